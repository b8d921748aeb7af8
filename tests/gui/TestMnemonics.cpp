// No two things in one window answer to the same Alt-letter (#20 item 3), in Chinese and in
// English: the menu bar's titles and the main window's own controls share one set of keys,
// each menu has its own, and each dialog has its own. The walk opens every dialog the
// main window's actions open, for each role, checks it as it shows and closes it again, so a
// dialog added later is covered without being listed here.
#include "TestSupport.h"

#include "ui/MainWindow.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/MessageBox.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <map>

using namespace ar;
using namespace ar::test;

namespace {

// The letter after a single '&' ("查找(&S)" → S), or a null QChar.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// What clashes in one set of keys: "S: 查找(&S) / 设置(&S)".
QStringList clashes(const QList<QString>& texts)
{
    std::map<QChar, QStringList> byKey;
    for (const QString& t : texts)
        if (const QChar k = mnemonicOf(t); !k.isNull())
            byKey[k] << t;
    QStringList out;
    for (const auto& [key, users] : byKey)
        if (users.size() > 1)
            out << QString(key) + QLatin1String(": ") + users.join(QLatin1String(" / "));
    return out;
}

// The keys of a window's own controls: buttons, labels with a buddy, group boxes and tabs
// that are shown in it (a hidden row takes no key).
QList<QString> controlTexts(QWidget* window)
{
    QList<QString> texts;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            texts << b->text();
        else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
            texts << l->text();
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            texts << g->title();
        else if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
    }
    return texts;
}

QList<QString> actionTexts(const QList<QAction*>& actions)
{
    QList<QString> texts;
    for (QAction* a : actions)
        if (!a->isSeparator() && a->isVisible())
            texts << a->text();
    return texts;
}

// Checks every dialog as it shows, then closes it, so the action that opened it returns.
class DialogWatcher : public QObject
{
public:
    QStringList problems;
    QStringList seen;

protected:
    bool eventFilter(QObject* o, QEvent* e) override
    {
        auto* d = qobject_cast<QDialog*>(o);
        if (e->type() != QEvent::Show || !d || !d->isWindow())
            return false;
        QPointer<QDialog> dialog(d);
        QTimer::singleShot(0, this, [this, dialog] {
            if (!dialog)
                return;
            if (qEnvironmentVariableIsSet("AR_TRACE_ACTIONS"))
                qInfo("closing %s", dialog->metaObject()->className());
            const QString name = QString::fromLatin1(dialog->metaObject()->className());
            seen << name;
            if (!name.startsWith(QLatin1Char('Q'))) // Qt's own file and input dialogs are Qt's
                for (const QString& c : clashes(controlTexts(dialog)))
                    problems << name + QLatin1String(" (") + dialog->windowTitle() + QLatin1String(") ") + c;
            dialog->reject();
        });
        return false;
    }
};

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ArchiveRoomTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestMnemonics"));
        ui::MessageBox::setAutoAnswer(true, QMessageBox::No);
    }
    void noWindowHasADuplicatedMnemonic_data();
    void noWindowHasADuplicatedMnemonic();
};

void TestMnemonics::noWindowHasADuplicatedMnemonic_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("role");
    for (const char* lang : {"zh_CN", "en"})
        for (const auto& [name, role] : {std::pair{"clerk", Role::Clerk}, std::pair{"manager", Role::Manager},
                                         std::pair{"leader", Role::Leader}, std::pair{"staff", Role::Staff},
                                         std::pair{"admin", Role::Admin}})
            QTest::addRow("%s-%s", lang, name) << QString::fromLatin1(lang) << int(role);
}

void TestMnemonics::noWindowHasADuplicatedMnemonic()
{
    QFETCH(QString, lang);
    QFETCH(int, role);
    QTranslator translator;
    if (lang != QLatin1String("en")) {
        QVERIFY(translator.load(QStringLiteral(AR_QM_DIR "/archiveroom_%1.qm").arg(lang)));
        QCoreApplication::installTranslator(&translator);
    }
    QSettings().clear();
    Fixture f{static_cast<Role>(role)};
    f.makeSmallEstate();
    if (allows(static_cast<Role>(role), Permission::RegisterPersons)) {
        // A room with its owner selected, so the forms that need one open too.
        Registration r;
        r.roomId = f.roomId(QStringLiteral("3-2-1201"));
        r.person.name = QStringLiteral("王小明");
        r.person.idNumber = fakeId(QDate(1980, 5, 17), true, 21);
        r.person.phones = {QStringLiteral("13812345678")};
        QVERIFY(f.archive->people().registerPerson(r).ok());
    }
    ui::MainWindow window(*f.archive);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectRoom(f.roomId(QStringLiteral("3-2-1201")));
    if (auto* people = window.findChild<QTableView*>(QStringLiteral("occupantTable"));
        people && people->model() && people->model()->rowCount())
        people->selectRow(0);

    QStringList problems;
    // The menu bar's titles and the window's own controls answer to Alt together.
    QList<QString> top = actionTexts(window.menuBar()->actions()) + controlTexts(&window);
    for (const QString& c : clashes(top))
        problems << QLatin1String("main window ") + c;
    for (QMenu* m : window.findChildren<QMenu*>())
        for (const QString& c : clashes(actionTexts(m->actions())))
            problems << QLatin1String("menu ") + m->title() + QLatin1Char(' ') + c;

    DialogWatcher watcher;
    qApp->installEventFilter(&watcher);
    const QStringList skipped{QStringLiteral("actionQuit"), QStringLiteral("actionSignOut"),
                              QStringLiteral("actionLanguage_zh_CN"), QStringLiteral("actionLanguage_en"),
                              QStringLiteral("actionLock")};
    int triggered = 0;
    for (QAction* a : window.findChildren<QAction*>()) {
        if (a->isSeparator() || a->menu() || !a->isEnabled() || !a->isVisible() || a->isCheckable() ||
            skipped.contains(a->objectName()) || a->objectName().isEmpty())
            continue;
        if (qEnvironmentVariableIsSet("AR_TRACE_ACTIONS"))
            qInfo("trigger %s", qPrintable(a->objectName()));
        a->trigger();
        ++triggered;
        QCoreApplication::processEvents();
    }
    qApp->removeEventFilter(&watcher);
    problems += watcher.problems;
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(triggered > 5, qPrintable(QString::number(triggered)));
    qInfo("%d actions, dialogs: %s", triggered, qPrintable(watcher.seen.join(QLatin1String(", "))));
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestMnemonics)
#include "TestMnemonics.moc"
