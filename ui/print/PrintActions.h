#pragma once

#include "services/PrintService.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

// The 打印 menu of the main window (issue #6): one action per form, the blank forms, and the
// label sheets with printer calibration. `scope` returns what the window has selected (the
// estate, building, unit, room and dossier) to preset each form's dialog with.
class PrintActions : public QObject
{
    Q_OBJECT
public:
    PrintActions(Archive& archive, QWidget* dialogParent, std::function<PrintRequest()> scope = {});

    void fillMenu(QMenu* menu) const;
    QAction* action(PrintForm form, bool blank = false) const;
    QAction* labelSheets() const { return m_sheets; }
    // The request a form's dialog starts from: the window's selection, as far as it applies.
    static PrintRequest presetFor(PrintForm form, const PrintRequest& selection);

private:
    QAction* add(PrintForm form, bool blank, const QString& text, const char* name);
    void open(PrintForm form, bool blank);

    Archive& m_archive;
    QWidget* m_parent;
    std::function<PrintRequest()> m_scope;
    QList<QAction*> m_forms;
    QAction* m_sheets = nullptr;
};

} // namespace ar::ui
