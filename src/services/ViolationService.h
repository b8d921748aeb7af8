#pragma once

#include "Forward.h"

#include <QCoreApplication>

namespace ar {

// A violation and the measure taken (R49).
struct Violation
{
    qint64 id = 0;
    QString person;       // who violated (a name: staff, a borrower, an outsider)
    QString what;         // unauthorised lending, a leak, a lost dossier, late return …
    QString measure;      // 警告 | 记过 | 记大过 | 罚款
    qint64 amountFen = 0; // 罚款 only
    qint64 loanId = 0;
    QString archiveNo; // the dossier concerned, if any
    QString decidedBy; // display name of the manager or leader who recorded it
    QDateTime at;
};

// The measures of R49, as they are written.
QStringList violationMeasures();

// Violations (R49): recorded with the measure taken by managers and company leaders, who also
// read them; never changed; each one audited.
class ViolationService
{
    Q_DECLARE_TR_FUNCTIONS(ViolationService)

public:
    explicit ViolationService(Context& ctx) : m_ctx(ctx) {}

    struct Input
    {
        QString person;
        QString what;
        QString measure;
        QString amount; // yuan, "100" or "100.50"; required for 罚款 and only for it
        qint64 loanId = 0;
        QString archiveNo;
    };
    Result<Violation> add(const Input& in);
    // Newest first; `person` narrows to one person's, `from`/`to` (local days) to a period.
    Result<QList<Violation>> list(const QString& person = {}, const QDate& from = {}, const QDate& to = {});

private:
    Context& m_ctx;
};

} // namespace ar
