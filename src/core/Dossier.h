#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ar {

// A dossier category (R1, R2, R40), as configured in the database.
struct Category
{
    QString code;        // owner, tenant, service, repair, security, engineering, finance
    QString name;        // 业主 …
    QString archiveCode; // 门类代码 in the archive number: YZ, ZH, FW …
    QString department;  // owning department (R2)
    QString retention;   // 保管期限代码: Y (permanent), D30, D10
    int loanDays = 0;    // default loan period (R31): 0 = the same day
    bool loanWorkingDays = false;
    QString numberingPattern; // empty: the archive-wide pattern (R10)
};

// The retention codes an administrator may choose (R40): Y permanent, D<n> n years.
bool isValidRetention(const QString& code);
// Years of a retention code; 0 for permanent (and for an invalid code).
int retentionYears(const QString& code);
// "永久", "30年" …
QString retentionLabel(const QString& code);

// The statuses of a dossier (issue #4): open, filed, on_loan, former_owner, lost, destroyed.
QString dossierStatusLabel(const QString& status);
QStringList dossierStatuses();
// Rules on a dossier's status that the services share (issue #21), pure and without the database.
// Lost (R34) or destroyed (R43): no folder to lend, show in the room or check.
bool dossierIsGone(const QString& status);
// The rule that keeps a gone dossier from the desk: "R43" destroyed, "R34" lost.
const char* dossierGoneRule(const QString& status);
// The folder is in the archive room: neither gone nor on loan (R24, R33).
bool dossierIsInRoom(const QString& status);
// What a dossier becomes when its loan comes back: the status saved at check-out (open if none).
QString dossierStatusAfterReturn(const QString& statusBeforeLoan);
// What a lost dossier becomes when found again (R34): the status before it was lost when that is
// known (never on_loan or lost), otherwise open; former_owner if its owner changed meanwhile (R42).
QString dossierStatusWhenFound(const QString& statusBeforeLoss, bool ownerChanged);

// A kind of item a dossier of a category holds (R1, R4). Required kinds make the checklist
// of R11; a kind may carry its own fields (a repair record: 报修时间, 维修人员 …).
struct ItemKind
{
    qint64 id = 0;
    QString category;
    QString name;
    bool required = false;
    QStringList fields;
    int sortOrder = 0;
    bool active = true;
    // Required only in a case (R4): "agent" = when an entrusted agent received the handover
    // (委托收楼) of the dossier's room. Empty: `required` alone decides.
    QString requiredWhen;
};

struct Dossier
{
    qint64 id = 0;
    QString archiveNo;
    QString category;
    QString title;
    qint64 roomId = 0;
    qint64 personId = 0;
    int year = 0;
    int seq = 0;
    QString status; // open, filed, on_loan, former_owner, lost, destroyed
    QString securityLevel;
    qint64 locationId = 0;
    QDate destroyEligible; // set when it became a former owner's dossier (R42)
    QDate closedOn;
    // 保管期限代码 fixed when the dossier was opened (R40): the category's period then; a later
    // change of the category applies to new dossiers only.
    QString retention;
};

// A received item (卷内文件, R11, R12).
struct DossierItem
{
    qint64 id = 0;
    qint64 dossierId = 0;
    qint64 kindId = 0;
    QString kindName;
    int seq = 0; // 卷内序号
    QString title;
    QString docNo;       // 文号
    QString responsible; // 责任者
    QDate date;          // the document's own date
    int pages = 0;
    QDate receivedOn;
    QString receivedBy;
    QDate dueOn; // filing due (R12)
    QDateTime filedAt;
    QString filedBy;
    QMap<QString, QString> fields; // the kind's own fields
    QString note;
    int attachments = 0;
    bool filed() const { return filedAt.isValid(); }
};

// R12: filing is due a week after receipt, the same day while a handover campaign runs.
QDate filingDue(const QDate& received, bool campaignRunning);

// When a dossier may be destroyed (R40, R42): a former owner's dossier three years after the
// change; otherwise the start of the year after the retention period has run from the
// dossier's year; never for permanent ones (an invalid date).
QDate destroyEligibleOn(const Dossier& d, const QString& retention);
constexpr int kFormerOwnerKeepYears = 3;

// An archive room, cabinet, shelf or box (R15).
struct Location
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString kind; // room, cabinet, shelf, box
    QString name;
    int sortOrder = 0;
};
QStringList locationKinds();
QString locationKindLabel(const QString& kind);

// Fills an archive-number pattern (R10). Tokens: {fonds} {category} {year} {retention} {seq}
// and {seq:N} (zero-padded to N digits). Default: {fonds}-{category}·{year}-{retention}-{seq:4},
// e.g. Z109-YZ·2026-Y-0001.
QString formatArchiveNo(const QString& pattern, const QString& fonds, const Category& c, int year, int seq);

// One line of a catalog or label run, in shelf order (R14): the dossier, its room and, for an
// item-level catalog, one of its items (itemSeq 0 for a dossier without items).
struct ShelfEntry
{
    qint64 dossierId = 0;
    QString archiveNo, category, title, securityLevel, status;
    QString retention; // the dossier's own (R40)
    qint64 roomId = 0;
    qint64 personId = 0; // the owner or tenant of a household dossier
    int year = 0;
    qint64 locationId = 0; // where it is kept; 0 = not placed yet
    QString buildingCode, buildingName, unitCode, unitName, roomNumber;
    int itemSeq = 0;
    QString itemTitle, docNo, responsible, itemNote;
    QDate itemDate;
    int pages = 0;
};

struct ShelfFilter
{
    qint64 estateId = 0;   // required unless locationId is set
    qint64 buildingId = 0; // 0 = all
    qint64 unitId = 0;     // 0 = all
    qint64 roomId = 0;     // 0 = all
    qint64 locationId = 0; // a box (or shelf): the dossiers kept there
    QString category;      // empty = all
    bool withItems = false;
    bool withoutRoom = false; // also the estate's dossiers tied to no room (after the rooms)
};

} // namespace ar
