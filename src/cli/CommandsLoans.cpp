// loan request/approve/reject/withdraw/checkout/return/extend/lost/found/inbox/copy/list; the desk's
// registers and the calendar are in CommandsDeskRecords.cpp.
#include "Command.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace ar::cli {

QJsonValue jsonOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

bool positionalId(Invocation& inv, const QString& synopsis, qint64* id)
{
    bool ok = false;
    if (inv.args.positional.size() == 1)
        *id = inv.args.positional.first().toLongLong(&ok);
    if (!ok || *id <= 0) {
        inv.usage(synopsis);
        return false;
    }
    return true;
}

namespace {

QJsonObject loanJson(const Loan& l, bool withOverdue)
{
    QJsonObject o{
        {QStringLiteral("id"), l.id},
        {QStringLiteral("archive_no"), l.archiveNo},
        {QStringLiteral("borrower"), l.borrowerLogin.isEmpty() ? l.borrowerName : l.borrowerLogin},
        {QStringLiteral("borrower_name"), l.borrowerName},
        {QStringLiteral("department"), l.department},
        {QStringLiteral("mode"), accessModeCode(l.mode)},
        {QStringLiteral("status"), loanStatusCode(l.status)},
        {QStringLiteral("rule"), l.rule},
        {QStringLiteral("approver"), jsonOrNull(l.approverName)},
        {QStringLiteral("due"), l.due.isValid() ? QJsonValue(l.due.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("purpose"), l.purpose}};
    if (l.extensionPending)
        o.insert(QStringLiteral("extension_pending"), true);
    if (!l.returnCondition.isEmpty())
        o.insert(QStringLiteral("condition"), l.returnCondition);
    if (!l.warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(l.warnings));
    if (withOverdue)
        o.insert(QStringLiteral("days_overdue"), l.daysOverdue);
    return o;
}

QString loanLine(const Loan& l)
{
    QStringList parts{QCoreApplication::translate("Cli", "Loan %1").arg(l.id), l.archiveNo, l.borrowerName,
                      accessModeLabel(l.mode),
                      QStringLiteral("%1 (%2)").arg(loanStatusLabel(l.status), loanRuleReason(l.rule))};
    if (!l.approverName.isEmpty())
        parts << QCoreApplication::translate("Cli", "approver: %1").arg(l.approverName);
    if (l.due.isValid())
        parts << QCoreApplication::translate("Cli", "due %1").arg(l.due.toString(Qt::ISODate));
    if (l.daysOverdue > 0)
        parts << QCoreApplication::translate("Cli", "%n day(s) overdue", nullptr, l.daysOverdue);
    if (l.extensionPending)
        parts << QCoreApplication::translate("Cli", "extension asked");
    return parts.join(QStringLiteral("  "));
}

int printLoan(Invocation& inv, const Result<Loan>& l)
{
    if (!l)
        return inv.fail(l.error());
    for (const QString& w : l->warnings)
        inv.warn(QCoreApplication::translate("Cli", "Note: %1").arg(w));
    if (inv.json)
        inv.print(loanJson(l.value(), false));
    else
        inv.out << loanLine(l.value()) << Qt::endl;
    return Ok;
}

bool isNumber(const QString& s)
{
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    return digits.match(s).hasMatch();
}

int loanRequest(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate(
            "Cli", "loan request ARCHIVE-NO --borrower LOGIN --mode view|borrow|copy --purpose TEXT"));
    LoanService::Request r;
    r.archiveNo = inv.args.positional.first();
    r.borrowerLogin = inv.args.value(QStringLiteral("borrower"));
    const QString mode = inv.args.value(QStringLiteral("mode"), QStringLiteral("borrow"));
    bool ok = false;
    r.mode = accessModeFromCode(mode, &ok);
    if (!ok)
        return inv.fail(Error::invalid(
            QStringLiteral("mode"), mode,
            QCoreApplication::translate("Cli", "Mode %1: one of view, borrow, copy").arg(mode)));
    r.purpose = inv.args.value(QStringLiteral("purpose"));
    r.pages = inv.args.value(QStringLiteral("pages"));
    const QString until = inv.args.value(QStringLiteral("until"));
    if (!until.isEmpty()) {
        r.wantedReturn = QDate::fromString(until, Qt::ISODate);
        if (!r.wantedReturn.isValid())
            return inv.fail(Error::invalid(
                QStringLiteral("until"), until,
                QCoreApplication::translate("Cli", "--until %1: write the date as YYYY-MM-DD").arg(until)));
    }
    return printLoan(inv, inv.archive->loans().request(r));
}

int loanApprove(Invocation& inv)
{
    qint64 id = 0;
    if (!positionalId(inv, QCoreApplication::translate("Cli", "loan approve ID [--reason TEXT]"), &id))
        return Usage;
    return printLoan(inv, inv.archive->loans().approve(id, inv.args.value(QStringLiteral("reason"))));
}

int loanReject(Invocation& inv)
{
    qint64 id = 0;
    if (!positionalId(inv, QCoreApplication::translate("Cli", "loan reject ID --reason TEXT"), &id))
        return Usage;
    return printLoan(inv, inv.archive->loans().reject(id, inv.args.value(QStringLiteral("reason"))));
}

int loanWithdraw(Invocation& inv)
{
    qint64 id = 0;
    if (!positionalId(inv, QCoreApplication::translate("Cli", "loan withdraw ID [--reason TEXT]"), &id))
        return Usage;
    return printLoan(inv, inv.archive->loans().withdraw(id, inv.args.value(QStringLiteral("reason"))));
}

int loanCheckout(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate(
            "Cli", "loan checkout ID|ARCHIVE-NO [--borrower LOGIN] [--purpose TEXT]"));
    const QString what = inv.args.positional.first();
    if (isNumber(what))
        return printLoan(inv, inv.archive->desk().checkOut(what.toLongLong()));
    return printLoan(inv,
                     inv.archive->desk().checkOutByArchiveNo(what, inv.args.value(QStringLiteral("borrower")),
                                                             inv.args.value(QStringLiteral("purpose"))));
}

int loanReturn(Invocation& inv)
{
    // R33: the clerk states the condition of every folder that comes back; there is no default.
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate(
            "Cli", "loan return ID|ARCHIVE-NO --condition ok|damaged|incomplete [--note TEXT]"));
    const QString code = inv.args.value(QStringLiteral("condition"));
    if (code.isEmpty())
        return inv.usage(QCoreApplication::translate(
            "Cli", "--condition is required: say how the dossier came back (ok, damaged or incomplete)"));
    bool ok = false;
    const ReturnCondition c = returnConditionFromCode(code, &ok);
    if (!ok)
        return inv.fail(Error::invalid(
            QStringLiteral("condition"), code,
            QCoreApplication::translate("Cli", "Condition %1: one of ok, damaged, incomplete").arg(code)));
    const QString what = inv.args.positional.first();
    const QString note = inv.args.value(QStringLiteral("note"));
    if (isNumber(what))
        return printLoan(inv, inv.archive->desk().giveBack(what.toLongLong(), c, note));
    return printLoan(inv, inv.archive->desk().giveBackByArchiveNo(what, c, note));
}

int loanExtend(Invocation& inv)
{
    qint64 id = 0;
    if (!positionalId(inv,
                      QCoreApplication::translate("Cli", "loan extend ID --until YYYY-MM-DD [--reason TEXT]"),
                      &id))
        return Usage;
    const QString until = inv.args.value(QStringLiteral("until"));
    const QDate d = QDate::fromString(until, Qt::ISODate);
    if (!d.isValid())
        return inv.fail(Error::invalid(
            QStringLiteral("until"), until,
            QCoreApplication::translate("Cli", "--until %1: write the date as YYYY-MM-DD").arg(until)));
    return printLoan(inv, inv.archive->loans().extend(id, d, inv.args.value(QStringLiteral("reason"))));
}

int loanLost(Invocation& inv)
{
    qint64 id = 0;
    if (!positionalId(inv, QCoreApplication::translate("Cli", "loan lost ID --report TEXT"), &id))
        return Usage;
    return printLoan(inv, inv.archive->desk().reportLost(id, inv.args.value(QStringLiteral("report"))));
}

int loanFound(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate("Cli", "loan found ARCHIVE-NO --note TEXT"));
    auto d =
        inv.archive->desk().markFound(inv.args.positional.first(), inv.args.value(QStringLiteral("note")));
    if (!d)
        return inv.fail(d.error());
    if (inv.json) {
        inv.print(
            QJsonObject{{QStringLiteral("archive_no"), d->archiveNo}, {QStringLiteral("status"), d->status}});
        return Ok;
    }
    inv.out << QCoreApplication::translate("Cli", "%1 found again: %2")
                   .arg(d->archiveNo, dossierStatusLabel(d->status))
            << Qt::endl;
    return Ok;
}

int loanInbox(Invocation& inv)
{
    auto rows = inv.archive->loans().inbox();
    if (!rows)
        return inv.fail(rows.error());
    if (inv.json) {
        QJsonArray a;
        for (const Loan& l : rows.value())
            a << loanJson(l, false);
        inv.print(a);
        return Ok;
    }
    if (rows->isEmpty())
        inv.out << QCoreApplication::translate("Cli", "Nothing waits for your decision") << Qt::endl;
    for (const Loan& l : rows.value())
        inv.out << loanLine(l) << Qt::endl;
    return Ok;
}

int loanCopy(Invocation& inv)
{
    qint64 id = 0;
    if (!positionalId(
            inv, QCoreApplication::translate("Cli", "loan copy ID --pages PAGES --sheets N [--copies N]"),
            &id))
        return Usage;
    bool ok1 = false, ok2 = false;
    const int sheets = inv.args.value(QStringLiteral("sheets"), QStringLiteral("0")).toInt(&ok1);
    const int copies = inv.args.value(QStringLiteral("copies"), QStringLiteral("1")).toInt(&ok2);
    if (!ok1 || !ok2)
        return inv.usage(QCoreApplication::translate("Cli", "--sheets and --copies need numbers"));
    auto c = inv.archive->loanRegisters().recordCopy(id, inv.args.value(QStringLiteral("pages")), sheets,
                                                     copies, inv.args.value(QStringLiteral("note")));
    if (!c)
        return inv.fail(c.error());
    if (inv.json) {
        inv.print(QJsonObject{{QStringLiteral("id"), c->id},
                              {QStringLiteral("loan"), c->loanId},
                              {QStringLiteral("archive_no"), c->archiveNo},
                              {QStringLiteral("pages"), c->pages},
                              {QStringLiteral("sheets"), c->sheets},
                              {QStringLiteral("copies"), c->copies},
                              {QStringLiteral("purpose"), c->purpose}});
        return Ok;
    }
    inv.out << QCoreApplication::translate("Cli",
                                           "Copy registered (ZC-05/B05): %1 pages %2, %3 sheet(s) x %4")
                   .arg(c->archiveNo, c->pages)
                   .arg(c->sheets)
                   .arg(c->copies)
            << Qt::endl;
    return Ok;
}

int loanList(Invocation& inv)
{
    LoanService::ListFilter f;
    f.overdueOnly = inv.args.flags.contains(QStringLiteral("overdue"));
    f.mineOnly = inv.args.flags.contains(QStringLiteral("mine"));
    f.archiveNo = inv.args.value(QStringLiteral("dossier"));
    const QString status = inv.args.value(QStringLiteral("status"));
    if (!status.isEmpty()) {
        bool ok = false;
        f.statuses << loanStatusFromCode(status, &ok);
        if (!ok)
            return inv.fail(Error::invalid(
                QStringLiteral("status"), status,
                QCoreApplication::translate(
                    "Cli",
                    "Status %1: one of pending, approved, rejected, in_room, refused, out, returned, lost, "
                    "withdrawn")
                    .arg(status)));
    }
    auto rows = inv.archive->loans().list(f);
    if (!rows)
        return inv.fail(rows.error());
    if (inv.json) {
        QJsonArray a;
        for (const Loan& l : rows.value())
            a << loanJson(l, true);
        inv.print(a);
        return Ok;
    }
    if (rows->isEmpty())
        inv.out << QCoreApplication::translate("Cli", "No loans") << Qt::endl;
    for (const Loan& l : rows.value())
        inv.out << loanLine(l) << Qt::endl;
    return Ok;
}

Command loanCommand(const char* word, const char* summary, const char* usage, QSet<QString> options,
                    QSet<QString> flags, std::function<int(Invocation&)> run)
{
    flags << QStringLiteral("json");
    return {{QStringLiteral("loan"), QString::fromLatin1(word)},
            summary,
            usage,
            std::move(options),
            std::move(flags),
            Command::Needs::SignedIn,
            std::move(run)};
}

} // namespace

QList<Command> loanCommands()
{
    const auto o = [](const char* name) { return QString::fromLatin1(name); };
    QList<Command> commands{
        loanCommand(
            "request", QT_TRANSLATE_NOOP("Cli", "Ask to view, borrow or copy a dossier; prints the decision"),
            "ARCHIVE-NO [--borrower LOGIN] --mode view|borrow|copy --purpose TEXT [--until DATE] [--pages P]",
            {o("borrower"), o("mode"), o("purpose"), o("until"), o("pages")}, {}, loanRequest),
        loanCommand("approve",
                    QT_TRANSLATE_NOOP("Cli", "Approve a request or an extension (department head, leader)"),
                    "ID [--reason TEXT]", {o("reason")}, {}, loanApprove),
        loanCommand("reject", QT_TRANSLATE_NOOP("Cli", "Reject a request or an extension, with the reason"),
                    "ID --reason TEXT", {o("reason")}, {}, loanReject),
        loanCommand("withdraw",
                    QT_TRANSLATE_NOOP("Cli", "Withdraw your own request while it waits for its decision"),
                    "ID [--reason TEXT]", {o("reason")}, {}, loanWithdraw),
        loanCommand("checkout",
                    QT_TRANSLATE_NOOP("Cli", "Hand a dossier over at the desk (loan ID or scanned 档号)"),
                    "ID|ARCHIVE-NO [--borrower LOGIN] [--purpose TEXT]", {o("borrower"), o("purpose")}, {},
                    loanCheckout),
        loanCommand("return", QT_TRANSLATE_NOOP("Cli", "Check a dossier in and record its condition"),
                    "ID|ARCHIVE-NO --condition ok|damaged|incomplete [--note TEXT]",
                    {o("condition"), o("note")}, {}, loanReturn),
        loanCommand("extend",
                    QT_TRANSLATE_NOOP("Cli", "Ask for (or grant) a later due date, before the due date"),
                    "ID --until YYYY-MM-DD [--reason TEXT]", {o("until"), o("reason")}, {}, loanExtend),
        loanCommand("lost",
                    QT_TRANSLATE_NOOP("Cli", "Report a dossier lost on loan, with the written report"),
                    "ID --report TEXT", {o("report")}, {}, loanLost),
        loanCommand("found",
                    QT_TRANSLATE_NOOP("Cli", "Record that a lost dossier was found again, with a note"),
                    "ARCHIVE-NO --note TEXT", {o("note")}, {}, loanFound),
        loanCommand("inbox", QT_TRANSLATE_NOOP("Cli", "Requests and extensions waiting for your decision"),
                    "", {}, {}, loanInbox),
        loanCommand("copy", QT_TRANSLATE_NOOP("Cli", "Register the copies made for an approved copy request"),
                    "ID --pages PAGES --sheets N [--copies N] [--note TEXT]",
                    {o("pages"), o("sheets"), o("copies"), o("note")}, {}, loanCopy),
        loanCommand("list",
                    QT_TRANSLATE_NOOP("Cli", "List loans (all you may see, overdue ones, or your own)"),
                    "[--overdue] [--mine] [--dossier ARCHIVE-NO] [--status STATUS]",
                    {o("dossier"), o("status")}, {o("overdue"), o("mine")}, loanList),
    };
    return commands + deskRecordCommands();
}

} // namespace ar::cli
