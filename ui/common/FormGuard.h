#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QShortcut>
#include <QStringList>

class QDialog;

namespace ar::ui {

// What a form owes the person typing into it (#20 item 2): Ctrl+S and Ctrl+Enter save
// (Enter in a one-line field presses the default button, which is 保存); Escape, 取消 and
// the window's close button ask before throwing typed values away. Changes are found by
// comparing every input's value with the snapshot taken when the form was filled, so a
// value typed and typed back is no change, and rows added to a list are one.
//
// The state when the form first shows (or when the form calls markClean(), e.g. at the end
// of its constructor or after a save it stays open for) is the clean one. The form overrides
// reject(): `if (m_guard->allowClose()) QDialog::reject();`.
class FormGuard : public QObject
{
    Q_OBJECT
public:
    explicit FormGuard(QDialog* form);
    // Takes its shortcuts with it (a form embedded in another dialog drops its guard).
    ~FormGuard() override;

    void markClean();
    bool isDirty() const;
    // True when nothing was typed, or the user agrees to discard it.
    bool allowClose();

protected:
    // The first time the form shows, what it shows is the clean state.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QStringList snapshot() const;

    QDialog* m_form;
    QList<QPointer<QShortcut>> m_shortcuts;
    QStringList m_clean;
    bool m_shown = false;
};

} // namespace ar::ui
