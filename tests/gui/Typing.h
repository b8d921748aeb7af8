#pragma once

// Driving widgets the way a clerk does, for the offscreen GUI tests of the register forms.
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace ar::test::gui {

template <typename T> inline T* child(QWidget* parent, const char* name)
{
    T* c = parent->findChild<T*>(QString::fromLatin1(name));
    if (!c)
        qFatal("no widget %s", name);
    return c;
}

// Chinese text arrives through the input method, not as key presses.
inline void typeText(QWidget* w, const QString& text)
{
    w->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(w, &commit);
}

// Replaces the whole text of `e` by typing.
inline void retype(QLineEdit* e, const QString& text)
{
    e->setFocus();
    e->selectAll();
    QTest::keyClick(e, Qt::Key_Delete);
    QTest::keyClicks(e, text);
}

} // namespace ar::test::gui
