#pragma once

class QAction;
class QDialog;
class QWidget;

namespace ar::ui {

// Help › 用户手册: the Chinese user manual (docs/user-manual.md with its screenshots, built
// into the program, so it opens offline and always matches the version running).
QDialog* makeManualDialog(QWidget* parent);
// Help › 快捷键: every menu command of `window` that has a shortcut, read from the actions
// themselves (so the list cannot go stale), and the keys of the desk and the forms.
QDialog* makeShortcutsDialog(QWidget* window);

} // namespace ar::ui
