#pragma once

#include "core/Dossier.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ar {

// What the filing side of the dossiers gives out (FilingRepository, DossierService): a dossier
// with required items missing (R11), an item waiting to be filed (R12), a hand-over batch
// (R13) and an attachment's record (R16).
struct FilingMissingRow
{
    Dossier dossier;
    QString room; // B-U-R
    QStringList missing;
};

struct FilingQueueRow
{
    DossierItem item;
    QString archiveNo;
    QString room;
};

struct FilingHandover
{
    qint64 id = 0;
    QString stage; // to_clerk, to_company
    QString fromName;
    QString toName;
    QDateTime handedAt;
    QString recordedBy;
    QString note;
    QStringList archiveNos;
};

struct FilingAttachment
{
    qint64 id = 0;
    qint64 itemId = 0;
    QString contentKey;
    QString fileName;
    QString mime;
    qint64 size = 0;
    QDateTime addedAt;
};

} // namespace ar
