#include "Encryption.h"

namespace ar {

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
    auto rows = ctx.history.sensitiveRows();
    if (!rows)
        return rows.error();
    for (const auto& [rowId, row] : rows.value()) {
        const QString context = ctx.persons.context(row.entityId);
        const SensitiveField f = sensitiveFieldOfPersonField(row.field).value_or(SensitiveField::Phone);
        const QString oldPlain = ctx.codec.open(f, row.oldValue, context);
        const QString newPlain = ctx.codec.open(f, row.newValue, context);
        if (auto s = ctx.history.rewriteValues(rowId, ctx.codec.seal(f, oldPlain, context),
                                               ctx.codec.seal(f, newPlain, context));
            !s)
            return s;
    }
    return {};
}

} // namespace ar
