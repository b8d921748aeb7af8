// `status` (CLI.md, R48): the self-inspection numbers, and with `--list KEY` the list behind one.
#include "Command.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace ar::cli {

bool parseMonth(Invocation& inv, QDate* month)
{
    const QString text = inv.args.value(QStringLiteral("month"));
    if (text.isEmpty())
        return true;
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}$"));
    *month = QDate::fromString(text + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    if (!shape.match(text).hasMatch() || !month->isValid()) {
        inv.fail(Error::invalid(
            QStringLiteral("month"), text,
            QCoreApplication::translate("Cli", "--month %1: write the month as YYYY-MM").arg(text)));
        return false;
    }
    return true;
}

namespace {

// Cells that are numbers are numbers in JSON.
QJsonValue cellJson(const QString& column, const QString& cell)
{
    static const QStringList numeric{QStringLiteral("loan"),     QStringLiteral("session"),
                                     QStringLiteral("id"),       QStringLiteral("days_overdue"),
                                     QStringLiteral("expected"), QStringLiteral("scanned"),
                                     QStringLiteral("dossiers")};
    bool ok = false;
    const qint64 n = cell.toLongLong(&ok);
    if (numeric.contains(column) && ok)
        return n;
    return cell.isEmpty() ? QJsonValue() : QJsonValue(cell);
}

QJsonValue number(const SelfInspection& si, const char* key)
{
    const InspectionItem* i = si.item(QString::fromLatin1(key));
    return i && i->shown ? QJsonValue(i->count()) : QJsonValue();
}

QJsonObject statusJson(const SelfInspection& si)
{
    QJsonObject o;
    o.insert(QStringLiteral("date"), si.day.toString(Qt::ISODate));
    for (const char* key : {"overdue", "lost", "pending_approvals", "damaged", "missing_items",
                            "late_filings", "missing_dossiers", "destroy_candidates", "held", "violations"})
        o.insert(QString::fromLatin1(key), number(si, key));
    o.insert(QStringLiteral("last_backup"),
             si.lastBackup.isValid()
                 ? QJsonValue(si.lastBackup.toTimeZone(si.at.timeZone()).toString(Qt::ISODate))
                 : QJsonValue());
    o.insert(QStringLiteral("last_backup_age_hours"),
             si.lastBackup.isValid() ? QJsonValue(si.backupAgeHours()) : QJsonValue());
    QJsonArray byBuilding;
    for (const auto& [building, n] : si.missingByBuilding)
        byBuilding << QJsonObject{{QStringLiteral("building"), building}, {QStringLiteral("dossiers"), n}};
    o.insert(QStringLiteral("missing_items_by_building"), byBuilding);
    QJsonObject rec{{QStringLiteral("month"), si.month.toString(QStringLiteral("yyyy-MM"))}};
    if (si.reconciliation) {
        const ReconMonth& r = *si.reconciliation;
        QJsonArray uncovered, missing;
        for (const ReconPlace& p : r.uncovered)
            uncovered << p.path;
        for (const ReconEntry& e : r.missing)
            missing << e.archiveNo;
        rec.insert(QStringLiteral("state"), r.state);
        rec.insert(QStringLiteral("sessions"), number(si, "reconciliation_sessions"));
        rec.insert(QStringLiteral("finished"), r.finished);
        rec.insert(QStringLiteral("missing"), number(si, "reconciliation_missing"));
        rec.insert(QStringLiteral("missing_list"), missing);
        rec.insert(QStringLiteral("uncovered"), uncovered);
    }
    o.insert(QStringLiteral("reconciliation"), rec);
    return o;
}

int printList(Invocation& inv, const SelfInspection& si, const QString& key)
{
    const InspectionItem* i = si.item(key);
    if (!i)
        return inv.usage(QCoreApplication::translate("Cli", "--list %1: one of %2")
                             .arg(key, SelfInspectionService::keys().join(QStringLiteral(", "))));
    if (!i->shown)
        return inv.fail(Error::of(
            ErrorCode::PermissionDenied,
            QCoreApplication::translate("Cli", "%1 is not part of what your role sees").arg(i->label)));
    if (inv.json) {
        QJsonArray a;
        for (const InspectionRow& r : i->rows) {
            QJsonObject o;
            for (int c = 0; c < i->columns.size(); ++c)
                o.insert(i->columns.at(c), cellJson(i->columns.at(c), r.cells.value(c)));
            a << o;
        }
        inv.print(a);
        return Ok;
    }
    inv.out << i->label << QStringLiteral(": ") << i->count() << Qt::endl;
    if (!i->rows.isEmpty())
        inv.out << QStringLiteral("  ") << i->header.join(QStringLiteral("  |  ")) << Qt::endl;
    for (const InspectionRow& r : i->rows)
        inv.out << QStringLiteral("  ") << r.cells.join(QStringLiteral("  |  ")) << Qt::endl;
    return Ok;
}

int status(Invocation& inv)
{
    if (!inv.args.positional.isEmpty())
        return inv.usage(QCoreApplication::translate("Cli", "status [--month YYYY-MM] [--list KEY]"));
    QDate month;
    if (!parseMonth(inv, &month))
        return Invalid;
    auto si = inv.archive->selfInspection().inspect(month);
    if (!si)
        return inv.fail(si.error());
    if (inv.args.has(QStringLiteral("list")))
        return printList(inv, si.value(), inv.args.value(QStringLiteral("list")));
    if (inv.json) {
        inv.print(statusJson(si.value()));
        return Ok;
    }
    inv.out << QCoreApplication::translate("Cli", "Self-inspection of %1 (month %2)")
                   .arg(si->day.toString(Qt::ISODate), si->month.toString(QStringLiteral("yyyy-MM")))
            << Qt::endl;
    for (const InspectionItem& i : si->items)
        inv.out << QStringLiteral("  %1  %2  (--list %3)")
                       .arg(i.shown ? QString::number(i.count()) : QStringLiteral("—"), 5)
                       .arg(i.label, i.key)
                << Qt::endl;
    if (si->reconciliation) {
        const ReconMonth& r = *si->reconciliation;
        inv.out << QCoreApplication::translate(
                       "Cli", "Reconciliation this month: %1 — %2 of %3 session(s) finished, %4 place(s) not "
                              "reconciled, %5 found missing")
                       .arg(ReconciliationService::monthStateLabel(r.state))
                       .arg(r.finished)
                       .arg(r.sessions.size())
                       .arg(r.uncovered.size())
                       .arg(r.missing.size())
                << Qt::endl;
    }
    if (si->lastBackup.isValid())
        inv.out << QCoreApplication::translate("Cli", "Last backup: %1 (%2 hours ago)")
                       .arg(si->lastBackup.toTimeZone(si->at.timeZone())
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                       .arg(si->backupAgeHours())
                << Qt::endl;
    else
        inv.out << QCoreApplication::translate("Cli", "Last backup: none") << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> statusCommands()
{
    const auto o = [](const char* name) { return QString::fromLatin1(name); };
    return {
        {{o("status")},
         QT_TRANSLATE_NOOP("Cli", "The self-inspection numbers; --list KEY prints the list behind one"),
         "[--month YYYY-MM] [--list KEY]",
         {o("month"), o("list")},
         {o("json")},
         Command::Needs::SignedIn,
         status},
    };
}

} // namespace ar::cli
