#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QTableWidget;
class QLabel;
class QWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

// The 档案 menu and the panel of the selected room's dossiers (issue #4): open a dossier by
// hand, the filing queue and late filings (R12), missing items (R11), the archive's places
// (R15), the handover campaign (R12). The main window tells it the current room and estate.
class DossierActions : public QObject
{
    Q_OBJECT

public:
    DossierActions(Archive& archive, QWidget* parent);

    void fillMenu(QMenu* menu);
    // The panel listing the dossiers of the current room (owner, former owners, tenants,
    // repair and service records); a double click or Enter opens one.
    QWidget* roomPanel();
    void setRoom(qint64 roomId, const QString& ref);
    void setEstate(qint64 estateId);
    QTableWidget* roomTable() const { return m_roomTable; }

    QAction* newDossier() const { return m_new; }
    QAction* filingQueue() const { return m_queue; }
    QAction* lateFilings() const { return m_late; }
    QAction* missingItems() const { return m_missing; }
    QAction* locations() const { return m_locations; }
    QAction* campaign() const { return m_campaign; }
    QAction* handover() const { return m_handover; }
    QAction* destruction() const { return m_destruction; }

    void openDossier(qint64 dossierId);

signals:
    void changed();
    void statusMessage(const QString& text);

private:
    void createDossier();
    void toggleCampaign(bool on);
    void recordHandover();
    void reloadRoom();
    void updateEnabled();

    Archive& m_archive;
    QWidget* m_parent;
    qint64 m_roomId = 0;
    QString m_roomRef;
    qint64 m_estateId = 0;
    QAction* m_new = nullptr;
    QAction* m_queue = nullptr;
    QAction* m_late = nullptr;
    QAction* m_missing = nullptr;
    QAction* m_locations = nullptr;
    QAction* m_campaign = nullptr;
    QAction* m_handover = nullptr;
    QAction* m_destruction = nullptr;
    QWidget* m_panel = nullptr;
    QLabel* m_roomTitle = nullptr;
    QTableWidget* m_roomTable = nullptr;
    QList<qint64> m_roomDossiers;
};

} // namespace ar::ui
