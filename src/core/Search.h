#pragma once

#include <QString>

namespace ar {

enum class HitKind
{
    Room = 1,
    Person = 2,
    Dossier = 3
};

// One line of the search results (CLI.md `search --json`: kind, room, name, archive_no, category).
struct SearchHit
{
    HitKind kind = HitKind::Room;
    qint64 id = 0;     // room, person or dossier id
    qint64 roomId = 0; // the room it belongs to (for a person: the current room), 0 if none
    QString room;      // B-U-R
    QString name;      // person name, or for a room its current owners
    QString role;      // a person's role in that room, translated
    QString archiveNo;
    QString category;
    QString detail; // e.g. "138****5678" when the phone tail matched
};

QString hitKindCode(HitKind k);

} // namespace ar

#include <QStringList>

namespace ar::searchkeys {

// The fragments under which a record is indexed; a query matches when it is a prefix of one.
QStringList forName(const QString& name); // every suffix: 王小明 → 王小明, 小明, 明
QStringList forRoom(const QString& ref, const QString& number); // 3-2-1201 and 1201
QStringList forPhone(const QString& phone);                     // the last four digits
QStringList forArchiveNo(const QString& archiveNo);             // the number and each tail after - or ·
QStringList forPerson(const QString& name, const QStringList& phones); // forName and each forPhone

} // namespace ar::searchkeys
