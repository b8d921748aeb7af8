#include "ViolationService.h"

#include "Context.h"

#include "AuditService.h"
#include "DossierService.h"
#include "UseCase.h"
#include "core/TextNormalize.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace ar {

namespace {

const char* const kMeasures[] = {"警告", "记过", "记大过", "罚款"};

QString yuan(qint64 fen)
{
    return fen % 100 == 0 ? QString::number(fen / 100)
                          : QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

QStringList violationMeasures()
{
    QStringList out;
    for (const char* m : kMeasures)
        out << QString::fromUtf8(m);
    return out;
}

Result<Violation> ViolationService::add(const Input& in)
{
    if (auto s = m_ctx.require(Permission::RecordViolations); !s)
        return s.error();
    Violation v;
    v.person = text::normalize(in.person);
    v.what = text::normalize(in.what);
    v.measure = text::normalize(in.measure);
    if (v.person.isEmpty())
        return Error::invalid(QStringLiteral("person"), in.person,
                              tr("Name the person who committed the violation"));
    if (v.what.isEmpty())
        return Error::invalid(QStringLiteral("what"), in.what, tr("Say what the violation was"));
    for (const auto& [field, value] :
         {std::pair{QStringLiteral("person"), v.person}, std::pair{QStringLiteral("what"), v.what}})
        if (const qsizetype at = text::forbiddenCharacter(value); at >= 0)
            return Error::invalid(field, value,
                                  tr("The text holds the invisible or control character %1")
                                      .arg(text::codePointName(value, at)));
    if (!violationMeasures().contains(v.measure))
        return Error::invalid(
            QStringLiteral("measure"), in.measure,
            tr("Measure %1: one of %2").arg(in.measure, violationMeasures().join(QStringLiteral("、"))));
    const QString amount = text::compact(in.amount);
    const bool fine = v.measure == QString::fromUtf8(kMeasures[3]);
    if (fine) {
        static const QRegularExpression money(QStringLiteral("^(\\d{1,7})(?:\\.(\\d{1,2}))?$"));
        const auto m = money.match(amount);
        if (!m.hasMatch())
            return Error::invalid(
                QStringLiteral("amount"), in.amount,
                tr("A fine needs its amount in yuan, e.g. 100 or 300 (given: %1)").arg(in.amount));
        v.amountFen =
            m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, QLatin1Char('0')).toLongLong();
        if (v.amountFen <= 0)
            return Error::invalid(QStringLiteral("amount"), in.amount, tr("A fine must be more than 0 yuan"));
    } else if (!amount.isEmpty()) {
        return Error::invalid(QStringLiteral("amount"), in.amount,
                              tr("An amount goes with a fine only, not with %1").arg(v.measure));
    }
    qint64 dossierId = 0;
    if (!in.archiveNo.trimmed().isEmpty()) {
        auto d = DossierService::resolveOne(m_ctx, in.archiveNo, QStringLiteral("dossier"));
        if (!d) {
            if (d.error().code != ErrorCode::NotFound)
                return d.error();
            return Error::invalid(QStringLiteral("dossier"), in.archiveNo, d.error().message);
        }
        dossierId = d->id;
        v.archiveNo = d->archiveNo;
    }
    if (in.loanId != 0) {
        auto n = m_ctx.db.scalar(QStringLiteral("SELECT COUNT(*) FROM loans WHERE id = ?"), {in.loanId});
        if (!n)
            return n.error();
        if (n.value().toInt() == 0)
            return Error::invalid(QStringLiteral("loan"), QString::number(in.loanId),
                                  tr("No loan %1").arg(in.loanId));
        v.loanId = in.loanId;
    }
    v.decidedBy = m_ctx.user()->displayName;
    v.at = m_ctx.clock.now();
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Result<Violation> {
        auto id = m_ctx.db.insert(
            QStringLiteral("INSERT INTO violations(person, what, measure, amount_fen, loan_id, dossier_id, "
                           "decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {v.person, v.what, v.measure,
             fine ? QVariant(v.amountFen) : QVariant(QMetaType::fromType<qint64>()),
             v.loanId ? QVariant(v.loanId) : QVariant(QMetaType::fromType<qint64>()),
             dossierId ? QVariant(dossierId) : QVariant(QMetaType::fromType<qint64>()), m_ctx.userId(),
             v.at.toUTC().toString(Qt::ISODate)});
        if (!id)
            return id.error();
        v.id = id.value();
        QJsonObject detail{{QStringLiteral("person"), v.person},
                           {QStringLiteral("measure"), v.measure},
                           {QStringLiteral("rule"), QStringLiteral("R49")}};
        if (fine)
            detail.insert(QStringLiteral("amount"), yuan(v.amountFen));
        if (v.loanId)
            detail.insert(QStringLiteral("loan"), v.loanId);
        step.audit(AuditAction::Violation, QStringLiteral("violation"), v.id, v.archiveNo,
                   auditDetail(detail), auditTextRef(QStringLiteral("violation"), v.what));
        return v;
    });
}

Result<QList<Violation>> ViolationService::list(const QString& person, const QDate& from, const QDate& to)
{
    if (auto s = m_ctx.require(Permission::RecordViolations); !s)
        return s.error();
    auto q = m_ctx.db.exec(
        QStringLiteral("SELECT v.id, v.person, v.what, v.measure, COALESCE(v.amount_fen, 0), "
                       "COALESCE(v.loan_id, 0), COALESCE(d.archive_no, ''), COALESCE(u.display_name, ''), "
                       "v.decided_at FROM violations v LEFT JOIN dossiers d ON d.id = v.dossier_id "
                       "LEFT JOIN users u ON u.id = v.decided_by ORDER BY v.id DESC"));
    if (!q)
        return q.error();
    const QString who = text::normalize(person);
    QList<Violation> out;
    while (q.value().next()) {
        Violation v;
        v.id = q.value().value(0).toLongLong();
        v.person = q.value().value(1).toString();
        v.what = q.value().value(2).toString();
        v.measure = q.value().value(3).toString();
        v.amountFen = q.value().value(4).toLongLong();
        v.loanId = q.value().value(5).toLongLong();
        v.archiveNo = q.value().value(6).toString();
        v.decidedBy = q.value().value(7).toString();
        v.at = QDateTime::fromString(q.value().value(8).toString(), Qt::ISODate);
        const QDate day = v.at.toLocalTime().date();
        if ((!who.isEmpty() && v.person != who) || (from.isValid() && day < from) ||
            (to.isValid() && day > to))
            continue;
        out << v;
    }
    return out;
}

} // namespace ar
