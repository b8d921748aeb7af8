#include "Context.h"

#include <QCoreApplication>

namespace ar {

Status Context::require(Permission p) const
{
    if (!m_user)
        return Error::of(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("Services", "Please sign in first"));
    if (!allows(m_user->role, p))
        return Error::of(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("Services", "%1 (%2) is not allowed to do this")
                             .arg(m_user->displayName, roleLabel(m_user->role)));
    return {};
}

} // namespace ar
