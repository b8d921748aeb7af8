// `reconcile start|scan|finish|list|lost|move` (CLI.md, R44), `print reconciliation` and
// `violation add|list` (R49).
#include "Command.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace ar::cli {

namespace {

bool sessionArg(Invocation& inv, const QString& usage, qint64* id, int* exit)
{
    if (inv.args.positional.isEmpty()) {
        *exit = inv.usage(usage);
        return false;
    }
    bool ok = false;
    const QString text = inv.args.positional.first();
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0) {
        *exit = inv.fail(Error::invalid(
            QStringLiteral("session"), text,
            QCoreApplication::translate("Cli", "Session %1: give the number of a reconciliation session "
                                               "(see reconcile list)")
                .arg(text)));
        return false;
    }
    return true;
}

QJsonObject sessionJson(const ReconSession& s)
{
    return QJsonObject{{QStringLiteral("session"), s.id},
                       {QStringLiteral("location"), s.scope.isEmpty() ? QJsonValue() : QJsonValue(s.scope)},
                       {QStringLiteral("status"), s.status},
                       {QStringLiteral("expected"), s.expected},
                       {QStringLiteral("scanned"), s.scanned},
                       {QStringLiteral("started_at"), s.startedAt.toLocalTime().toString(Qt::ISODate)},
                       {QStringLiteral("started_by"), s.startedBy},
                       {QStringLiteral("finished_at"),
                        s.finishedAt.isValid() ? QJsonValue(s.finishedAt.toLocalTime().toString(Qt::ISODate))
                                               : QJsonValue()}};
}

QString scopeText(const ReconSession& s)
{
    return s.scope.isEmpty() ? QCoreApplication::translate("Cli", "the whole archive") : s.scope;
}

int reconcileStart(Invocation& inv)
{
    if (!inv.args.positional.isEmpty())
        return inv.usage(QCoreApplication::translate("Cli", "reconcile start [--location PATH]"));
    auto s = inv.archive->reconSessions().start(inv.args.value(QStringLiteral("location")));
    if (!s)
        return inv.fail(s.error());
    if (inv.json)
        inv.print(QJsonObject{
            {QStringLiteral("session"), s->id},
            {QStringLiteral("expected"), s->expected},
            {QStringLiteral("location"), s->scope.isEmpty() ? QJsonValue() : QJsonValue(s->scope)}});
    else
        inv.out << QCoreApplication::translate("Cli", "Session %1 started over %2: %n dossier(s) expected",
                                               nullptr, s->expected)
                       .arg(s->id)
                       .arg(scopeText(s.value()))
                << Qt::endl;
    return Ok;
}

int reconcileScan(Invocation& inv)
{
    qint64 id = 0;
    int exit = Ok;
    if (!sessionArg(inv,
                    QCoreApplication::translate(
                        "Cli", "reconcile scan SESSION [CODE…] (or one code per line on standard input)"),
                    &id, &exit))
        return exit;
    ReconSessionService& rec = inv.archive->reconSessions();
    if (auto s = rec.session(id); !s)
        return inv.fail(s.error());
    QJsonArray out;
    // Each code is saved as it is read: a scan cut short keeps what came before.
    const auto one = [&](const QString& code) -> int {
        if (code.trimmed().isEmpty())
            return Ok;
        auto r = rec.scan(id, code);
        if (!r)
            return inv.fail(r.error());
        const ReconScan& c = r->scan;
        QString place = c.place;
        if (!r->note.isEmpty())
            place = place.isEmpty() ? r->note : place + QStringLiteral("; ") + r->note;
        if (inv.json) {
            QJsonObject o{{QStringLiteral("code"), c.code},
                          {QStringLiteral("archive_no"),
                           c.archiveNo.isEmpty() ? QJsonValue() : QJsonValue(c.archiveNo)},
                          {QStringLiteral("result"), c.result},
                          {QStringLiteral("place"), c.place.isEmpty() ? QJsonValue() : QJsonValue(c.place)}};
            if (c.loanId > 0)
                o.insert(QStringLiteral("loan"), c.loanId);
            if (r->wasMissingSince.isValid())
                o.insert(QStringLiteral("missing_since"), r->wasMissingSince.toString(Qt::ISODate));
            out << o;
        } else {
            inv.out << c.code << QStringLiteral("  ") << ReconciliationService::resultLabel(c.result);
            if (c.result != QLatin1String("found") && !place.isEmpty())
                inv.out << QStringLiteral("  ") << place;
            if (r->wasMissingSince.isValid())
                inv.out << QStringLiteral("  ")
                        << QCoreApplication::translate("Cli", "(missing since %1: found)")
                               .arg(r->wasMissingSince.toString(Qt::ISODate));
            inv.out << Qt::endl;
        }
        return Ok;
    };
    const QStringList codes = inv.args.positional.mid(1);
    if (!codes.isEmpty()) {
        for (const QString& code : codes)
            if (int e = one(code); e != Ok)
                return e;
    } else {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return inv.fail(Error::of(ErrorCode::Failed,
                                      QCoreApplication::translate("Cli", "Cannot read the standard input")));
        while (!in.atEnd()) {
            const QString line = QString::fromUtf8(in.readLine());
            if (int e = one(line); e != Ok)
                return e;
        }
    }
    if (inv.json)
        inv.print(out);
    return Ok;
}

QJsonArray numbers(const QList<ReconEntry>& list)
{
    QJsonArray a;
    for (const ReconEntry& e : list)
        a << e.archiveNo;
    return a;
}

int printTally(Invocation& inv, const ReconTally& t)
{
    if (inv.json) {
        QJsonArray places;
        for (const ReconEntry& e : t.misplacedList)
            places << QJsonObject{{QStringLiteral("archive_no"), e.archiveNo},
                                  {QStringLiteral("place"), e.place}};
        inv.print(QJsonObject{{QStringLiteral("session"), t.session.id},
                              {QStringLiteral("status"), t.session.status},
                              {QStringLiteral("expected"), t.expected},
                              {QStringLiteral("found"), t.found},
                              {QStringLiteral("misplaced"), t.misplaced},
                              {QStringLiteral("on_loan"), t.onLoan},
                              {QStringLiteral("missing"), t.missing},
                              {QStringLiteral("unknown"), t.unknown},
                              {QStringLiteral("destroyed"), t.destroyed},
                              {QStringLiteral("missing_list"), numbers(t.missingList)},
                              {QStringLiteral("misplaced_list"), numbers(t.misplacedList)},
                              {QStringLiteral("misplaced_places"), places},
                              {QStringLiteral("on_loan_list"), numbers(t.onLoanList)},
                              {QStringLiteral("unknown_list"), numbers(t.unknownList)}});
        return Ok;
    }
    inv.out
        << QCoreApplication::translate(
               "Cli",
               "Session %1 (%2): expected %3, in place %4, misplaced %5, on loan %6, missing %7, unknown %8")
               .arg(QString::number(t.session.id), scopeText(t.session))
               .arg(t.expected)
               .arg(t.found)
               .arg(t.misplaced)
               .arg(t.onLoan)
               .arg(t.missing)
               .arg(t.unknown)
        << Qt::endl;
    const auto list = [&inv](const QString& what, const QList<ReconEntry>& entries) {
        for (const ReconEntry& e : entries)
            inv.out << QStringLiteral("  ") << what << QStringLiteral("  ") << e.archiveNo
                    << QStringLiteral("  ") << e.place
                    << (e.note.isEmpty() ? QString() : QStringLiteral("  ") + e.note) << Qt::endl;
    };
    list(ReconciliationService::resultLabel(QStringLiteral("missing")), t.missingList);
    list(ReconciliationService::resultLabel(QStringLiteral("misplaced")), t.misplacedList);
    list(ReconciliationService::resultLabel(QStringLiteral("on_loan")), t.onLoanList);
    list(ReconciliationService::resultLabel(QStringLiteral("unknown")), t.unknownList);
    return Ok;
}

int reconcileFinish(Invocation& inv)
{
    qint64 id = 0;
    int exit = Ok;
    if (!sessionArg(inv, QCoreApplication::translate("Cli", "reconcile finish SESSION"), &id, &exit))
        return exit;
    auto t = inv.archive->reconSessions().finish(id);
    if (!t)
        return inv.fail(t.error());
    return printTally(inv, t.value());
}

int reconcileShow(Invocation& inv)
{
    qint64 id = 0;
    int exit = Ok;
    if (!sessionArg(inv, QCoreApplication::translate("Cli", "reconcile show SESSION"), &id, &exit))
        return exit;
    auto t = inv.archive->reconSessions().tally(id);
    if (!t)
        return inv.fail(t.error());
    return printTally(inv, t.value());
}

int reconcileList(Invocation& inv)
{
    auto all = inv.archive->reconSessions().sessions();
    if (!all)
        return inv.fail(all.error());
    QJsonArray a;
    for (const ReconSession& s : all.value()) {
        if (inv.json)
            a << sessionJson(s);
        else
            inv.out << QStringLiteral("%1  %2  %3  %4  ")
                           .arg(QString::number(s.id),
                                s.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")),
                                s.finished() ? QCoreApplication::translate("Cli", "finished")
                                             : QCoreApplication::translate("Cli", "open"),
                                scopeText(s))
                    << QCoreApplication::translate("Cli", "expected %1, scanned %2")
                           .arg(s.expected)
                           .arg(s.scanned)
                    << Qt::endl;
    }
    if (inv.json)
        inv.print(a);
    return Ok;
}

int reconcileMissing(Invocation& inv)
{
    auto all = inv.archive->reconciliation().missing();
    if (!all)
        return inv.fail(all.error());
    QJsonArray a;
    for (const MissingDossier& m : all.value()) {
        auto place = inv.archive->places().locationPath(m.locationId);
        if (inv.json)
            a << QJsonObject{{QStringLiteral("archive_no"), m.archiveNo},
                             {QStringLiteral("title"), m.title},
                             {QStringLiteral("missing_since"), m.since.toString(Qt::ISODate)},
                             {QStringLiteral("session"), m.sessionId},
                             {QStringLiteral("place"), place ? place.value() : QString()}};
        else
            inv.out
                << m.archiveNo << QStringLiteral("  ") << m.title << QStringLiteral("  ")
                << QCoreApplication::translate("Cli", "missing since %1").arg(m.since.toString(Qt::ISODate))
                << Qt::endl;
    }
    if (inv.json)
        inv.print(a);
    return Ok;
}

int reconcileLost(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate("Cli", "reconcile lost ARCHIVE-NO --report TEXT"));
    auto d = inv.archive->reconciliation().reportLost(inv.args.positional.first(),
                                                      inv.args.value(QStringLiteral("report")));
    if (!d)
        return inv.fail(d.error());
    if (inv.json)
        inv.print(
            QJsonObject{{QStringLiteral("archive_no"), d->archiveNo}, {QStringLiteral("status"), d->status}});
    else
        inv.out << QCoreApplication::translate("Cli",
                                               "%1 is recorded as lost; the report is kept in its history")
                       .arg(d->archiveNo)
                << Qt::endl;
    return Ok;
}

int reconcileMove(Invocation& inv)
{
    qint64 id = 0;
    int exit = Ok;
    if (!sessionArg(inv, QCoreApplication::translate("Cli", "reconcile move SESSION ARCHIVE-NO…"), &id,
                    &exit))
        return exit;
    if (inv.args.positional.size() < 2)
        return inv.usage(QCoreApplication::translate("Cli", "reconcile move SESSION ARCHIVE-NO…"));
    for (const QString& no : inv.args.positional.mid(1)) {
        if (auto s = inv.archive->reconSessions().moveHere(id, no); !s)
            return inv.fail(s.error());
        inv.out << QCoreApplication::translate("Cli", "%1 moved into the session's place").arg(no)
                << Qt::endl;
    }
    return Ok;
}

QJsonObject violationJson(const Violation& v)
{
    const bool fine = v.measure == QStringLiteral("罚款");
    return QJsonObject{
        {QStringLiteral("id"), v.id},
        {QStringLiteral("person"), v.person},
        {QStringLiteral("what"), v.what},
        {QStringLiteral("measure"), v.measure},
        {QStringLiteral("amount"), fine ? QJsonValue(double(v.amountFen) / 100) : QJsonValue()},
        {QStringLiteral("loan"), v.loanId ? QJsonValue(v.loanId) : QJsonValue()},
        {QStringLiteral("dossier"), v.archiveNo.isEmpty() ? QJsonValue() : QJsonValue(v.archiveNo)},
        {QStringLiteral("decided_by"), v.decidedBy},
        {QStringLiteral("at"), v.at.toLocalTime().toString(Qt::ISODate)}};
}

int violationAdd(Invocation& inv)
{
    if (!inv.args.positional.isEmpty())
        return inv.usage(QCoreApplication::translate("Cli",
                                                     "violation add --person NAME --what TEXT --measure "
                                                     "警告|记过|记大过|罚款 [--amount YUAN] [--loan ID] "
                                                     "[--dossier ARCHIVE-NO]"));
    ViolationService::Input in;
    in.person = inv.args.value(QStringLiteral("person"));
    in.what = inv.args.value(QStringLiteral("what"));
    in.measure = inv.args.value(QStringLiteral("measure"));
    in.amount = inv.args.value(QStringLiteral("amount"));
    in.archiveNo = inv.args.value(QStringLiteral("dossier"));
    if (inv.args.has(QStringLiteral("loan"))) {
        bool ok = false;
        const QString loan = inv.args.value(QStringLiteral("loan"));
        in.loanId = loan.toLongLong(&ok);
        if (!ok || in.loanId <= 0)
            return inv.fail(Error::invalid(
                QStringLiteral("loan"), loan,
                QCoreApplication::translate("Cli", "--loan %1: give the loan's number").arg(loan)));
    }
    auto v = inv.archive->violations().add(in);
    if (!v)
        return inv.fail(v.error());
    if (inv.json)
        inv.print(violationJson(v.value()));
    else
        inv.out << QCoreApplication::translate("Cli", "Violation %1 recorded: %2, %3")
                       .arg(QString::number(v->id), v->person, v->measure)
                << Qt::endl;
    return Ok;
}

int violationList(Invocation& inv)
{
    QDate from, to;
    if (!parseDate(inv, QStringLiteral("from"), &from) || !parseDate(inv, QStringLiteral("to"), &to))
        return Invalid;
    auto all = inv.archive->violations().list(inv.args.value(QStringLiteral("person")), from, to);
    if (!all)
        return inv.fail(all.error());
    QJsonArray a;
    for (const Violation& v : all.value()) {
        if (inv.json) {
            a << violationJson(v);
            continue;
        }
        QString measure = v.measure;
        if (v.measure == QStringLiteral("罚款"))
            measure += QStringLiteral(" %1 元").arg(QString::number(double(v.amountFen) / 100));
        inv.out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                       .arg(QString::number(v.id), v.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")),
                            v.person, v.what, measure, v.decidedBy)
                << Qt::endl;
    }
    if (inv.json)
        inv.print(a);
    return Ok;
}

Command reconcileCommand(const char* word, const char* summary, const char* usage, QSet<QString> options,
                         std::function<int(Invocation&)> run)
{
    return {{QStringLiteral("reconcile"), QString::fromLatin1(word)},
            summary,
            usage,
            std::move(options),
            {QStringLiteral("json")},
            Command::Needs::SignedIn,
            std::move(run)};
}

} // namespace

int printReconciliation(Invocation& inv)
{
    const QString session = inv.args.value(QStringLiteral("session"));
    const QString out = inv.args.value(QStringLiteral("out"));
    const bool byMonth = inv.args.has(QStringLiteral("month"));
    if ((session.isEmpty() == !byMonth) || out.isEmpty())
        return inv.usage(QCoreApplication::translate(
            "Cli", "print reconciliation --session S|--month YYYY-MM --out FILE.pdf|FILE.xlsx"));
    qint64 id = 0;
    QDate month;
    if (byMonth) {
        if (!parseMonth(inv, &month))
            return Invalid;
    } else {
        bool ok = false;
        id = session.toLongLong(&ok);
        if (!ok || id <= 0)
            return inv.fail(Error::invalid(
                QStringLiteral("session"), session,
                QCoreApplication::translate("Cli", "Session %1: give the number of a reconciliation session "
                                                   "(see reconcile list)")
                    .arg(session)));
    }
    ReconciliationService& rec = inv.archive->reconciliation();
    int pages = 0;
    if (out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        if (auto s = byMonth ? rec.monthReportXlsx(month, out) : rec.reportXlsx(id, out); !s)
            return inv.fail(s.error());
    } else if (out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        PrintRequest r;
        r.form = PrintForm::Reconciliation;
        r.session = id;
        r.month = month;
        auto n = inv.archive->printing().toPdf(r, out);
        if (!n)
            return inv.fail(n.error());
        pages = n.value();
    } else {
        return inv.usage(
            QCoreApplication::translate("Cli", "--out %1: the report is written as .pdf or .xlsx").arg(out));
    }
    if (inv.json)
        inv.print(QJsonObject{{QStringLiteral("form"), QStringLiteral("reconciliation")},
                              {QStringLiteral("file"), out},
                              {QStringLiteral("pages"), pages}});
    else
        inv.out << QCoreApplication::translate("Cli", "%1 written").arg(out) << Qt::endl;
    return Ok;
}

QList<Command> reconcileCommands()
{
    const auto o = [](const char* name) { return QString::fromLatin1(name); };
    return {
        reconcileCommand("start",
                         QT_TRANSLATE_NOOP("Cli",
                                           "Start a reconciliation of the whole archive or of a place and "
                                           "everything in it"),
                         "[--location PATH]", {o("location")}, reconcileStart),
        reconcileCommand("scan",
                         QT_TRANSLATE_NOOP("Cli",
                                           "Scan folders into a session (codes as arguments or one per line "
                                           "on standard input); each is classified at once"),
                         "SESSION [CODE…]", {}, reconcileScan),
        reconcileCommand("finish",
                         QT_TRANSLATE_NOOP("Cli",
                                           "Finish a session: lists the missing and the misplaced; the "
                                           "session becomes read-only"),
                         "SESSION", {}, reconcileFinish),
        reconcileCommand("show", QT_TRANSLATE_NOOP("Cli", "The counts and lists of a session (so far)"),
                         "SESSION", {}, reconcileShow),
        reconcileCommand("list", QT_TRANSLATE_NOOP("Cli", "List the reconciliation sessions"), "", {},
                         reconcileList),
        reconcileCommand("missing", QT_TRANSLATE_NOOP("Cli", "Dossiers found missing and not found since"),
                         "", {}, reconcileMissing),
        reconcileCommand("lost",
                         QT_TRANSLATE_NOOP("Cli", "Report the loss of a missing dossier that is not on loan"),
                         "ARCHIVE-NO --report TEXT", {o("report")}, reconcileLost),
        {{o("violation"), o("add")},
         QT_TRANSLATE_NOOP("Cli", "Record a violation and the measure taken (managers, leaders)"),
         "--person NAME --what TEXT --measure 警告|记过|记大过|罚款 [--amount YUAN] [--loan ID] [--dossier "
         "ARCHIVE-NO]",
         {o("person"), o("what"), o("measure"), o("amount"), o("loan"), o("dossier")},
         {o("json")},
         Command::Needs::SignedIn,
         violationAdd},
        {{o("violation"), o("list")},
         QT_TRANSLATE_NOOP("Cli", "List violations, newest first (managers, leaders)"),
         "[--person NAME] [--from DATE] [--to DATE]",
         {o("person"), o("from"), o("to")},
         {o("json")},
         Command::Needs::SignedIn,
         violationList},
        reconcileCommand(
            "move", QT_TRANSLATE_NOOP("Cli", "Move folders scanned as misplaced into the session's place"),
            "SESSION ARCHIVE-NO…", {}, reconcileMove),
    };
}

} // namespace ar::cli
