#include "TestHooks.h"

#include <QtGlobal>

namespace ar::testhooks {

bool enabled()
{
#ifdef AR_TEST_HOOKS
    return true;
#else
    return false;
#endif
}

QString value(const char* name)
{
    if (!enabled())
        return {};
    return qEnvironmentVariable(QByteArray("ARCHIVEROOM_TEST_").append(name).constData());
}

} // namespace ar::testhooks
