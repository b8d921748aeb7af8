#include "Encryption.h"

namespace ar {

namespace {
SensitiveField historyField(const QString& field)
{
    if (field == QLatin1String("id_number"))
        return SensitiveField::IdNumber;
    if (field == QLatin1String("work_unit"))
        return SensitiveField::WorkUnit;
    if (field == QLatin1String("home_address"))
        return SensitiveField::HomeAddress;
    if (field == QLatin1String("emergency_contact"))
        return SensitiveField::EmergencyContact;
    return SensitiveField::Phone;
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
    auto rows = ctx.history.sensitiveRows();
    if (!rows)
        return rows.error();
    for (const auto& [rowId, row] : rows.value()) {
        const QString context = ctx.persons.context(row.entityId);
        const SensitiveField f = historyField(row.field);
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
