#include "ChangeWatcher.h"

#include "Archive.h"
#include "Context.h"
#include "core/Audit.h"
#include "storage/ChangeSignal.h"

#include <QSet>

namespace ar {

namespace {
// Records of reading, signing in and out, printing and failed attempts: what they record
// changes nothing another desk shows.
const QSet<QString>& readOnlyActions()
{
    static const QSet<QString> kActions = [] {
        QSet<QString> s;
        for (AuditAction a :
             {AuditAction::SignIn, AuditAction::SignInFailed, AuditAction::SignOut, AuditAction::ViewPerson,
              AuditAction::ViewDossier, AuditAction::Unmask, AuditAction::Print, AuditAction::Export,
              AuditAction::ViewAttachment, AuditAction::SearchNumber, AuditAction::Refused,
              AuditAction::DamagedValue, AuditAction::BackupVerify})
            s.insert(auditActionCode(a));
        return s;
    }();
    return kActions;
}
} // namespace

ChangeWatcher::ChangeWatcher(Archive& archive, QObject* parent) : QObject(parent), m_archive(archive)
{
    Database& db = m_archive.database();
    if (auto h = m_archive.context().audit.head())
        m_seen = h->count;
    if (auto v = changesignal::dataVersion(db))
        m_dataVersion = v.value();
    // Several notices in a row (an import on another desk commits many transactions) are
    // looked at once: the first one starts the timer, the others find it running.
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::checkNow);
    m_listening = changesignal::listen(db, this, [this] {
        if (!m_timer.isActive())
            m_timer.start(50);
    });
    m_timer.setSingleShot(m_listening);
    if (!m_listening) // SQLite, or a server connection that cannot listen: look every kPollMs
        m_timer.start(kPollMs);
}

bool ChangeWatcher::changesViews(const QString& action)
{
    return !readOnlyActions().contains(action);
}

void ChangeWatcher::checkNow()
{
    Database& db = m_archive.database();
    if (db.inTransaction() || m_failed)
        return; // a nested event loop inside a transaction: the next tick looks
    if (!db.isPostgres()) {
        auto v = changesignal::dataVersion(db);
        if (!v) {
            m_failed = true; // the file went away (a restore replaced it): nothing to watch
            m_timer.stop();
            return;
        }
        if (v.value() == m_dataVersion)
            return;
        m_dataVersion = v.value();
    }
    auto head = m_archive.context().audit.head();
    if (!head)
        return;
    if (head->count < m_seen) { // another trail (a restored archive): everything may differ
        m_seen = head->count;
        emit changedElsewhere();
        return;
    }
    if (head->count == m_seen)
        return;
    auto actions = m_archive.context().audit.othersActionsAfter(m_seen);
    m_seen = head->count;
    if (!actions)
        return;
    for (const QString& a : actions.value())
        if (changesViews(a)) {
            emit changedElsewhere();
            return;
        }
}

} // namespace ar
