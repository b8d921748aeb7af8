#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

// Moves by scan (R15, issue #19 item 1; 档案 → 扫码移库…): scan a box's label, then the folders
// that go into it — each folder moves at once (PlaceService::scanToMove, history and audit);
// scan a shelf's label, then boxes' labels to move the boxes onto it. The current target and a
// running list of what moved are shown. Every move is saved as it happens, so Escape or closing
// asks nothing.
class MoveByScanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MoveByScanDialog(Archive& archive, QWidget* parent = nullptr);

    // 档案 → 扫码移库… (the clerk; the service decides).
    static QAction* createAction(Archive& archive, QWidget* parent);

    // What Enter in the scan field does; true when the scan was taken.
    bool scan(const QString& code);
    qint64 target() const { return m_target; }

private:
    void say(const QString& text, bool ok);

    Archive& m_archive;
    QLineEdit* m_scanEdit;
    QLabel* m_targetLabel;
    QLabel* m_message;
    QListWidget* m_list;
    qint64 m_target = 0;
};

} // namespace ar::ui
