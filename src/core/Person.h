#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace ar {

enum class Gender
{
    Unknown,
    Male,
    Female
};

// 证件类型. Only the mainland resident ID has a checksum we can verify.
enum class IdType
{
    MainlandId,
    Passport,
    HkMacaoPermit,
    TaiwanPermit,
    ForeignerResidence,
    Other,
    // 统一社会信用代码 (GB 32100-2015): the record is an organisation, not a natural person.
    CreditCode
};

// 业主身份 and the other ways a person belongs to a room (R3).
enum class OccupancyRole
{
    Owner,
    CoOwner,
    Tenant,
    Member,
    Agent
};

// The fields of the 业主档案表 / 租户档案表 (R3, P1, P2) as typed or imported.
// Sensitive: idNumber, phones, workUnit, homeAddress, emergencyContact (see SensitiveField).
struct PersonData
{
    QString name;
    Gender gender = Gender::Unknown;
    IdType idType = IdType::MainlandId;
    QString idNumber;
    QStringList phones;
    QString workUnit;
    QString homeAddress;
    QString emergencyContact; // name and phone of the emergency contact, free text
    QDate moveInDate;         // 入住日期
    QString notes;
    // An organisation (idType CreditCode): its contact person. The contact's phones are `phones`.
    QString contactName;
    bool isOrganisation() const { return idType == IdType::CreditCode; }
};

struct Person
{
    qint64 id = 0;
    PersonData data;
    bool idLegacy = false; // a 15-digit ID number: accepted, flagged
    QDate birthDate;
    bool masked = true; // whether the sensitive fields of `data` are masked
    int version = 0;    // optimistic concurrency: bumped on every change
    // The sensitive fields (codes of sensitiveFieldCode) whose stored value failed its integrity
    // check; only set when loaded for correcting the record (see PersonRepository::load).
    QStringList damaged;
};

QString genderCode(Gender g);
Gender genderFromCode(const QString& code);
QString genderLabel(Gender g);

QString idTypeCode(IdType t);
IdType idTypeFromCode(const QString& code, bool* ok = nullptr);
QString idTypeLabel(IdType t);

QString roleCode(OccupancyRole r);
OccupancyRole roleFromCode(const QString& code, bool* ok = nullptr);
QString roleLabel(OccupancyRole r);
QList<OccupancyRole> allRoles();
QList<IdType> allIdTypes();

// What people write for a gender, a document type or a 业主身份 on a command line or in a
// roster: the codes, the labels, and the usual Chinese and English words (男, female, 身份证,
// 共同业主 …). nullopt when the text names none. Empty text is Gender::Unknown, and
// IdType::MainlandId (the default document); for a role it is nullopt.
std::optional<Gender> genderFromText(const QString& text);
std::optional<IdType> idTypeFromText(const QString& text);
std::optional<OccupancyRole> roleFromText(const QString& text);

} // namespace ar

namespace ar {

// A person's tie to a room (R3 业主身份), current while `until` is invalid.
struct Occupancy
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 roomId = 0;
    OccupancyRole role = OccupancyRole::Owner;
    QString relation; // for household members: 配偶, 子女 …
    QDate since;
    QDate until;
    // A tenant's lease (租期, issue #20 item 9): the term and the contract number; all empty for
    // the other roles and for a tenancy recorded without them.
    QDate leaseFrom;
    QDate leaseTo;
    QString contractNo;
    bool current() const { return !until.isValid(); }
    bool hasLease() const { return leaseFrom.isValid() || leaseTo.isValid() || !contractNo.isEmpty(); }
    // A current tie whose lease ended before `today` (the tenant has not moved out).
    bool leaseOverdue(const QDate& today) const { return current() && leaseTo.isValid() && leaseTo < today; }
};

// The lease term and contract as one line, for lists, history and prints: "2026-01-01 – 2026-12-31,
// 合同 HT-001"; empty when there is none.
QString leaseText(const Occupancy& o);

// One entry of a record's change history (R6): who changed which field when, old → new.
struct HistoryEntry
{
    QDateTime at;
    QString user;
    QString field;    // field code, e.g. "phones"
    QString oldValue; // masked for sensitive fields unless the reader may unmask
    QString newValue;
};

} // namespace ar
