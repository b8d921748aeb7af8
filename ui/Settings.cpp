#include "ui/Settings.h"

#include <QSettings>

namespace ar::ui {

QString Settings::key(Setting s)
{
    switch (s) {
    case Setting::Language:
        return QStringLiteral("ui/language");
    case Setting::LastLogin:
        return QStringLiteral("ui/lastLogin");
    case Setting::MainWindowGeometry:
        return QStringLiteral("mainWindow/geometry");
    case Setting::MainSplitterState:
        return QStringLiteral("mainWindow/mainSplitter");
    case Setting::RightSplitterState:
        return QStringLiteral("mainWindow/rightSplitter");
    case Setting::ShowFormerOccupants:
        return QStringLiteral("register/showFormer");
    case Setting::ArchivePath:
        return QStringLiteral("archive/path");
    }
    return {};
}

QVariant Settings::defaultValue(Setting s)
{
    switch (s) {
    case Setting::ShowFormerOccupants:
        return false;
    default:
        return {};
    }
}

QVariant Settings::value(Setting s)
{
    return QSettings().value(key(s), defaultValue(s));
}

void Settings::setValue(Setting s, const QVariant& v)
{
    QSettings().setValue(key(s), v);
}

} // namespace ar::ui
