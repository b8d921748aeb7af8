#pragma once

// What the main-window tests share: a fresh archive per test, the window with every model
// watched by QAbstractItemModelTester, two registered people, and helpers to drive widgets.
#include "TestSupport.h"
#include "Typing.h"

#include "ui/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/estate/EstateTreeModel.h"
#include "ui/estate/RoomTableModel.h"
#include "ui/register/OccupantModel.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchResultModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCoreApplication>
#include <QSettings>
#include <QTest>

#include <memory>
#include <vector>

namespace ar::test {

using gui::child;
using gui::typeText;

inline PersonData person(const QString& name, const QString& phone, const QDate& birth, bool male, int seq)
{
    PersonData d;
    d.name = name;
    d.idNumber = fakeId(birth, male, seq);
    d.phones = {phone};
    return d;
}

class WindowTestBase
{
protected:
    static void setUpCase(const char* name)
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ArchiveRoomTest"));
        QCoreApplication::setApplicationName(QString::fromLatin1(name));
        // Every box the window raises is recorded, never shown (a shown box would block).
        ui::MessageBox::setAutoAnswer(true, QMessageBox::Yes);
    }

    void start()
    {
        m_f = std::make_unique<Fixture>(Role::Clerk);
        ui::MessageBox::resetRecord();
        QSettings().clear(); // each test starts from the default layout and choices
    }

    void stop()
    {
        m_testers.clear();
        m_window.reset();
        m_f.reset();
    }

    // Every model is watched by QAbstractItemModelTester for the whole test.
    void openWindow()
    {
        m_window = std::make_unique<ui::MainWindow>(*m_f->archive);
        for (QAbstractItemModel* m : {static_cast<QAbstractItemModel*>(m_window->estateModel()),
                                      static_cast<QAbstractItemModel*>(m_window->roomModel()),
                                      static_cast<QAbstractItemModel*>(m_window->occupantModel()),
                                      static_cast<QAbstractItemModel*>(m_window->search()->results())})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // Estate HY, building 3, unit 2, rooms 1201, 1202, 1301 (TestSupport), with
    // 王小明 owner of 3-2-1201 (phone …5678) and 李四 tenant of 3-2-1202.
    void registerOwners()
    {
        m_f->makeSmallEstate();
        Registration r;
        r.roomId = m_f->roomId(QStringLiteral("3-2-1201"));
        r.person =
            person(QStringLiteral("王小明"), QStringLiteral("13812345678"), QDate(1980, 5, 17), true, 21);
        auto a = m_f->archive->people().registerPerson(r);
        if (!a)
            qFatal("cannot register: %s", qPrintable(a.error().message));
        m_wang = a->personId;
        r.roomId = m_f->roomId(QStringLiteral("3-2-1202"));
        r.role = OccupancyRole::Tenant;
        r.person =
            person(QStringLiteral("李四"), QStringLiteral("13998761111"), QDate(1990, 1, 2), false, 22);
        auto b = m_f->archive->people().registerPerson(r);
        if (!b)
            qFatal("cannot register: %s", qPrintable(b.error().message));
        m_li = b->personId;
    }

    QAction* action(const char* name) { return child<QAction>(m_window.get(), name); }

    std::unique_ptr<Fixture> m_f;
    std::unique_ptr<ui::MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    qint64 m_wang = 0;
    qint64 m_li = 0;
};

} // namespace ar::test
