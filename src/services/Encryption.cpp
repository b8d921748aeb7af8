#include "Encryption.h"

#include "Context.h"

namespace ar {

namespace {
const QString kHistoryBinding = QStringLiteral("history_binding");
const QString kBoundToHistory = QStringLiteral("history");

Status resealHistory(Context& ctx, bool fromPlain)
{
    auto rows = ctx.history.sensitiveRows();
    if (!rows)
        return rows.error();
    for (const auto& [rowId, row] : rows.value()) {
        const QString rowContext = ctx.persons.context(row.entityId);
        const QString historyContext = ctx.persons.historyContext(row.entityId);
        const SensitiveField f = sensitiveFieldOfPersonField(row.field).value_or(SensitiveField::Phone);
        const auto oldPlain = ctx.codec.openChecked(f, row.oldValue, rowContext);
        const auto newPlain = ctx.codec.openChecked(f, row.newValue, rowContext);
        if (!oldPlain || !newPlain) {
            if (fromPlain)
                return PersonRepository::damagedValue(row.entityId, sensitiveFieldCode(f));
            continue; // damaged already: reading it says so
        }
        if (auto s = ctx.history.rewriteValues(rowId, ctx.codec.seal(f, *oldPlain, historyContext),
                                               ctx.codec.seal(f, *newPlain, historyContext));
            !s)
            return s;
    }
    return ctx.meta.set(kHistoryBinding, kBoundToHistory);
}
} // namespace

Status encryptPlainRecords(Context& ctx)
{
    auto persons = ctx.search.allIds(HitKind::Person);
    if (!persons)
        return persons.error();
    for (qint64 id : persons.value()) {
        auto p = ctx.persons.load(id); // plain text opens as it is
        if (!p)
            return p.error();
        if (auto s = ctx.persons.rewriteSensitive(id, p->data); !s)
            return s;
    }
    return resealHistory(ctx, true);
}

Status bindHistoryValues(Context& ctx)
{
    auto binding = ctx.meta.get(kHistoryBinding);
    if (!binding)
        return binding.error();
    if (binding.value() == kBoundToHistory)
        return {};
    Transaction tx(ctx.db);
    if (auto s = tx.begin(); !s)
        return s;
    // Read again under the write lock: another desk may have done it meanwhile.
    binding = ctx.meta.get(kHistoryBinding);
    if (!binding)
        return binding.error();
    if (binding.value() == kBoundToHistory)
        return tx.commit();
    if (auto s = resealHistory(ctx, false); !s)
        return s;
    return tx.commit();
}

Result<QString> historyContextOf(Context& ctx, qint64 personId)
{
    auto binding = ctx.meta.get(kHistoryBinding);
    if (!binding)
        return binding.error();
    return binding.value() == kBoundToHistory ? ctx.persons.historyContext(personId)
                                              : ctx.persons.context(personId);
}

} // namespace ar
