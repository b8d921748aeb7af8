#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ar {

// A hold on a dossier (R43): while it is open the dossier is never a destruction candidate.
struct DossierHold
{
    qint64 id = 0;
    qint64 dossierId = 0;
    QString reason;
    QDateTime placedAt;
    QString placedBy; // display name
    QString placedByLogin;
};

// One approval of a destruction batch: an owning department's head (part = the department) or a
// company leader (part = "*").
struct DestructionApproval
{
    QString part;
    QString by; // display name
    QString byLogin;
    QDateTime at;
    bool leader() const { return part == QLatin1String("*"); }
};

// One dossier of a batch as the 销毁清册 lists it.
struct DestructionEntry
{
    qint64 dossierId = 0;
    QString archiveNo, title, category, categoryName, department, retention, status;
    int year = 0;
    int pages = 0; // as when proposed
};

struct DestructionBatch
{
    qint64 id = 0;
    QString status; // proposed, approved, rejected, destroyed
    QString reason;
    QDateTime proposedAt;
    qint64 proposedById = 0;
    QString proposedBy, proposedByLogin;
    QDateTime rejectedAt;
    QString rejectedBy, rejectReason;
    QString method;
    QDate executedOn;
    QString executedBy;
    QString witness1, witness2; // display names
    QString witness1Login, witness2Login;
    QList<DestructionEntry> entries;      // in 档号 order
    QList<DestructionApproval> approvals; // in the order given
    QStringList archiveNos() const;
    // The owning departments of the batch's categories (R2), sorted.
    QStringList departments() const;
};

} // namespace ar
