#pragma once

// Driving widgets the way a clerk does, for the offscreen GUI tests of the register forms.
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
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

// A dialog as a 1366×768 screen shows it (issue #20): the main window at the screen's size less a
// 40-pixel task bar, the dialog at its own size in the middle, saved as
// AR_SCREENSHOT_DIR/<name>-<AR_SCREENSHOT_LANG, default zh>.png. False when the dialog does not fit
// the screen (it would be cut off) or the file cannot be written.
inline bool saveOn1366By768Screen(QWidget& mainWindow, QWidget& dialog, const QString& name)
{
    const QSize screen(1366, 768);
    const QSize work(screen.width(), screen.height() - 40);
    mainWindow.resize(work);
    mainWindow.show();
    dialog.show();
    QCoreApplication::processEvents();
    const QSize size = dialog.size();
    if (size.width() > work.width() || size.height() > work.height())
        return false;
    QPixmap shot(screen);
    shot.fill(QColor(0x30, 0x30, 0x30));
    QPainter painter(&shot);
    painter.drawPixmap(0, 0, mainWindow.grab());
    painter.fillRect(QRect(QPoint(0, work.height()), QSize(screen.width(), 40)), QColor(0x20, 0x20, 0x28));
    const QPoint at((work.width() - size.width()) / 2, (work.height() - size.height()) / 2);
    painter.fillRect(QRect(at + QPoint(3, 3), size), QColor(0, 0, 0, 90)); // a shadow
    painter.drawPixmap(at, dialog.grab());
    painter.end();
    const QString lang = qEnvironmentVariable("AR_SCREENSHOT_LANG", QStringLiteral("zh"));
    return shot.save(qEnvironmentVariable("AR_SCREENSHOT_DIR") + QLatin1Char('/') + name + QLatin1Char('-') +
                     lang + QStringLiteral(".png"));
}

} // namespace ar::test::gui
