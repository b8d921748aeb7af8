#pragma once

// Driving widgets the way a clerk does, for the offscreen GUI tests of the register forms.
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTest>
#include <QTranslator>
#include <QWidget>

#include <memory>
#include <vector>

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

// Screenshots for docs/ in the language of the docs: AR_SCREENSHOT_QM names .qm files,
// separated by ':'. Keep the result alive while the pictures are taken.
inline std::vector<std::unique_ptr<QTranslator>> installScreenshotTranslators()
{
    std::vector<std::unique_ptr<QTranslator>> out;
    for (const QString& file :
         qEnvironmentVariable("AR_SCREENSHOT_QM").split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        auto t = std::make_unique<QTranslator>();
        if (t->load(file)) {
            QCoreApplication::installTranslator(t.get());
            out.push_back(std::move(t));
        }
    }
    return out;
}

} // namespace ar::test::gui
