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
// A record's keys are deleted by computing them again from what it stores (issue #23, SearchIndex.h):
// changing forName, forRoom or forPhone means changing SearchIndex::kKeysVersion, and forPinyin or
// forTitle SearchIndex::kTermsVersion, or the keys the old function wrote are never deleted.
// Every suffix of the name with traditional characters in their simplified form (pinyin::
// simplified): 王小明 → 王小明, 小明, 明; 陳大文 → 陈大文, 大文, 文.
QStringList forName(const QString& name);
QStringList forRoom(const QString& ref, const QString& number); // 3-2-1201 and 1201
QStringList forPhone(const QString& phone);                     // the last four digits
QStringList forPerson(const QString& name, const QStringList& phones); // forName and each forPhone
// (An archive number is keyed by scancode::archiveKeys, in archive_keys: issue #23.)

// The pinyin keys of a name (a kind of their own: SearchIndex::Term::Pinyin): from each Chinese
// character on, the full pinyin and the initials of every combination of its characters'
// readings (at most kMaxReadingCombinations per suffix; past that, further characters keep their
// common reading). 张三 → zhangsan, zs, san; 单田 → dantian, dt, shantian, st, chantian, ct, tian.
// A reading with ü is indexed with v and with u (吕 → lv, lu). Letters and digits in the name
// count as themselves; other characters are skipped. A name without Chinese has none.
constexpr int kMaxReadingCombinations = 16;
QStringList forPinyin(const QString& name);

// The keys of a title (a dossier's or an item's): every suffix of its search key, simplified,
// cut to kTitleKeyLength characters (a longer query is looked up by its first kTitleKeyLength).
constexpr int kTitleKeyLength = 12;
QStringList forTitle(const QString& title);

} // namespace ar::searchkeys
