#include "AccessPolicy.h"

#include <QCoreApplication>

namespace ar {

namespace {
template <typename E, size_t N>
E fromCode(const QString& code, const std::pair<E, const char*> (&table)[N], bool* ok, E fallback)
{
    for (const auto& [value, name] : table) {
        if (code == QLatin1String(name)) {
            if (ok)
                *ok = true;
            return value;
        }
    }
    if (ok)
        *ok = false;
    return fallback;
}

template <typename E, size_t N> QString toCode(E value, const std::pair<E, const char*> (&table)[N])
{
    for (const auto& [v, name] : table)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

const std::pair<AccessMode, const char*> kModes[] = {
    {AccessMode::View, "view"}, {AccessMode::Borrow, "borrow"}, {AccessMode::Copy, "copy"}};
const std::pair<AccessOutcome, const char*> kOutcomes[] = {{AccessOutcome::Granted, "granted"},
                                                           {AccessOutcome::NeedsApproval, "needs_approval"},
                                                           {AccessOutcome::InRoomOnly, "in_room"},
                                                           {AccessOutcome::Refused, "refused"}};
const std::pair<Approver, const char*> kApprovers[] = {
    {Approver::None, "none"},
    {Approver::OwnDepartmentHead, "own_department_head"},
    {Approver::OwningDepartmentHead, "owning_department_head"}};
} // namespace

QString accessModeCode(AccessMode m)
{
    return toCode(m, kModes);
}
AccessMode accessModeFromCode(const QString& code, bool* ok)
{
    return fromCode(code, kModes, ok, AccessMode::View);
}
QString accessOutcomeCode(AccessOutcome o)
{
    return toCode(o, kOutcomes);
}
AccessOutcome accessOutcomeFromCode(const QString& code, bool* ok)
{
    return fromCode(code, kOutcomes, ok, AccessOutcome::Refused);
}
QString approverCode(Approver a)
{
    return toCode(a, kApprovers);
}
Approver approverFromCode(const QString& code, bool* ok)
{
    return fromCode(code, kApprovers, ok, Approver::None);
}

QString accessModeLabel(AccessMode m)
{
    switch (m) {
    case AccessMode::View:
        return QCoreApplication::translate("Access", "View in the archive room");
    case AccessMode::Borrow:
        return QCoreApplication::translate("Access", "Take out");
    case AccessMode::Copy:
        break;
    }
    return QCoreApplication::translate("Access", "Copy");
}

} // namespace ar
