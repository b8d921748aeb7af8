#pragma once

#include <QVariant>

namespace ar::ui {

// The user's preferences, keyed by an enum so no key string is scattered over the code
// (KeePassXC Config). Stored with QSettings under the organisation "ArchiveRoom".
enum class Setting
{
    Language,           // "zh_CN" or "en"; empty = default
    LastLogin,          // prefilled in the sign-in dialog
    MainWindowGeometry, // QByteArray from saveGeometry()
    MainSplitterState,  // QByteArray from QSplitter::saveState()
    RightSplitterState,
    ShowFormerOccupants, // bool
    ArchivePath,         // the archive the window opens (after "restore and switch"); empty = default
};

class Settings
{
public:
    static QVariant value(Setting s);
    static void setValue(Setting s, const QVariant& v);

private:
    static QString key(Setting s);
    static QVariant defaultValue(Setting s);
};

} // namespace ar::ui
