#pragma once

class QAction;
class QDialog;
class QString;
class QWidget;

namespace ar::ui {

// Help › 用户手册: the Chinese user manual (docs/user-manual.md with its screenshots in images/),
// read offline from the folder findManual() names; a message saying where it was looked for when
// it is not there.
QDialog* makeManualDialog(QWidget* parent);
// The manual's user-manual.md, or an empty string: in $ARCHIVEROOM_MANUAL_DIR when that is set,
// else in share/archiveroom/manual beside the program's folder `programDir` — /usr/bin →
// /usr/share/archiveroom/manual when installed, build/<preset>/bin → build/<preset>/share/… in a
// build tree (packaging/CMakeLists.txt copies it there).
QString findManual(const QString& programDir);
// Help › 快捷键: every menu command of `window` that has a shortcut, read from the actions
// themselves (so the list cannot go stale), and the keys of the desk and the forms.
QDialog* makeShortcutsDialog(QWidget* window);

} // namespace ar::ui
