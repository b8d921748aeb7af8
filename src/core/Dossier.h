#pragma once

#include <QString>

namespace ar {

// A dossier category (R1, R2, R40), as configured in the database.
struct Category
{
    QString code;        // owner, tenant, service, repair, security, engineering, finance
    QString name;        // 业主 …
    QString archiveCode; // 门类代码 in the archive number: YZ, ZH, FW …
    QString department;  // owning department (R2)
    QString retention;   // 保管期限代码: Y (permanent), D30, D10
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
};

// Fills an archive-number pattern (R10). Tokens: {fonds} {category} {year} {retention} {seq}
// and {seq:N} (zero-padded to N digits). Default: {fonds}-{category}·{year}-{retention}-{seq:4},
// e.g. Z109-YZ·2026-Y-0001.
QString formatArchiveNo(const QString& pattern, const QString& fonds, const Category& c, int year, int seq);

} // namespace ar
