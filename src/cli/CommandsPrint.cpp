// `print FORM … --out FILE.pdf` (CLI.md): the forms of P1–P6 as PDF files.
#include "Command.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace ar::cli {

namespace {

bool parseNumber(Invocation& inv, const QString& option, double* value, int* exit)
{
    if (!inv.args.has(option))
        return true;
    bool ok = false;
    const QString text = inv.args.value(option);
    *value = text.toDouble(&ok);
    if (!ok || !std::isfinite(*value)) {
        *exit = inv.fail(Error::invalid(option, text, QCoreApplication::translate("Cli", "--%1 %2: give a number").arg(option, text)));
        return false;
    }
    return true;
}

// The labels of the locations (R15, issue #19 item 1): `print location-labels [--under PATH]`.
int printLocationLabels(Invocation& inv)
{
    const QString out = inv.args.value(QStringLiteral("out"));
    if (out.isEmpty() || !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return inv.usage(QCoreApplication::translate("Cli", "--out FILE.pdf is required"));
    print::CodeKind kind = print::CodeKind::Code128;
    if (inv.args.has(QStringLiteral("code"))) {
        auto k = print::codeKindFromCode(inv.args.value(QStringLiteral("code")));
        if (!k)
            return inv.fail(Error::invalid(QStringLiteral("code"), inv.args.value(QStringLiteral("code")),
                                           QCoreApplication::translate("Cli", "--code is qr or code128")));
        kind = k.value();
    }
    print::LabelSheet sheet = print::presetSheets().first();
    if (inv.args.has(QStringLiteral("sheet"))) {
        auto s = inv.archive->printing().labelSheet(inv.args.value(QStringLiteral("sheet")));
        if (!s)
            return inv.fail(s.error());
        sheet = s.value();
    }
    const QString under = inv.args.has(QStringLiteral("under")) ? inv.args.value(QStringLiteral("under"))
                                                                 : inv.args.value(QStringLiteral("location"));
    auto job = inv.archive->printing().locationLabels(under, kind, sheet);
    if (!job)
        return inv.fail(job.error());
    auto pages = inv.archive->printing().jobToPdf(job.value(), out);
    if (!pages)
        return inv.fail(pages.error());
    if (inv.json)
        inv.print(QJsonObject{{QStringLiteral("form"), QStringLiteral("location-labels")},
                              {QStringLiteral("file"), out},
                              {QStringLiteral("pages"), pages.value()},
                              {QStringLiteral("labels"), job->entries}});
    else
        inv.out << QCoreApplication::translate("Cli", "%1 written: %n page(s)", nullptr, pages.value()).arg(out)
                << Qt::endl;
    return Ok;
}

int printForm(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(
            QCoreApplication::translate("Cli", "Name one form: owner-form, tenant-form, catalog, "
                                               "borrow-register, copy-register, labels, destruction-list, "
                                               "reconciliation, self-inspection"));
    const QString code = inv.args.positional.first();
    if (code == QLatin1String("reconciliation"))
        return printReconciliation(inv);
    if (code == QLatin1String("location-labels"))
        return printLocationLabels(inv);
    auto form = printFormFromCode(code);
    if (!form)
        return inv.usage(
            QCoreApplication::translate("Cli", "Unknown form %1: owner-form, tenant-form, catalog, "
                                               "borrow-register, copy-register, labels, destruction-list, "
                                               "reconciliation, self-inspection, reminders")
                .arg(code));
    const QString out = inv.args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return inv.usage(QCoreApplication::translate("Cli", "--out FILE.pdf is required"));
    if (!out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return inv.usage(QCoreApplication::translate("Cli", "--out %1: the file is written as PDF and must end in .pdf").arg(out));

    PrintRequest r;
    r.form = form.value();
    r.estate = inv.args.value(QStringLiteral("estate"));
    r.building = inv.args.value(QStringLiteral("building"));
    r.unit = inv.args.value(QStringLiteral("unit"));
    r.room = inv.args.value(QStringLiteral("room"));
    r.lastRoom = inv.args.value(QStringLiteral("to-room"));
    r.archiveNo = inv.args.value(QStringLiteral("dossier"));
    r.location = inv.args.value(QStringLiteral("location"));
    r.category = inv.args.value(QStringLiteral("category"));
    r.blank = inv.args.has(QStringLiteral("blank"));
    r.unmask = inv.args.has(QStringLiteral("unmask"));
    r.reason = inv.args.value(QStringLiteral("reason"));
    if (r.form == PrintForm::DestructionList) {
        bool ok = false;
        r.batch = inv.args.value(QStringLiteral("batch")).toLongLong(&ok);
        if (!ok || r.batch <= 0)
            return inv.usage(
                QCoreApplication::translate("Cli", "print destruction-list --batch N --out FILE.pdf"));
    }
    if (r.form == PrintForm::SelfInspection && !parseMonth(inv, &r.month))
        return Invalid;
    // Reminder slips: the loans named (numbers, comma-separated), else every overdue one.
    for (const QString& id :
         inv.args.value(QStringLiteral("loan")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        r.loans << id.trimmed().toLongLong(&ok);
        if (!ok || r.loans.last() <= 0)
            return inv.fail(Error::invalid(QStringLiteral("loan"), id,
                                           QCoreApplication::translate("Cli", "--loan %1: give loan numbers, "
                                                                              "separated by commas")
                                               .arg(id)));
    }
    // `catalog` of one dossier is its 卷内目录; of a box, building or unit the 归档文件目录.
    if (r.form == PrintForm::DossierCatalog && r.archiveNo.isEmpty())
        r.form = PrintForm::FileCatalog;
    if (!parseDate(inv, QStringLiteral("from"), &r.from) || !parseDate(inv, QStringLiteral("to"), &r.to))
        return Invalid;
    if (r.form == PrintForm::Labels) {
        if (inv.args.has(QStringLiteral("sheet"))) {
            auto sheet = inv.archive->printing().labelSheet(inv.args.value(QStringLiteral("sheet")));
            if (!sheet)
                return inv.fail(sheet.error());
            r.sheet = sheet.value();
        }
        if (inv.args.has(QStringLiteral("code"))) {
            auto kind = print::codeKindFromCode(inv.args.value(QStringLiteral("code")));
            if (!kind)
                return inv.fail(Error::invalid(QStringLiteral("code"), inv.args.value(QStringLiteral("code")),
                                               QCoreApplication::translate("Cli", "--code is qr or code128")));
            r.code = kind.value();
        }
        int exit = Ok;
        double skip = 0;
        if (!parseNumber(inv, QStringLiteral("offset-x"), &r.calibration.dx, &exit) ||
            !parseNumber(inv, QStringLiteral("offset-y"), &r.calibration.dy, &exit) ||
            !parseNumber(inv, QStringLiteral("skip"), &skip, &exit))
            return exit;
        r.skip = int(skip);
    }
    auto pages = inv.archive->printing().toPdf(r, out);
    if (!pages)
        return inv.fail(pages.error());
    if (inv.json) {
        inv.print(QJsonObject{{QStringLiteral("form"), printFormCode(r.form)},
                              {QStringLiteral("file"), out},
                              {QStringLiteral("pages"), pages.value()},
                              {QStringLiteral("masked"), !r.unmask}});
    } else {
        inv.out << QCoreApplication::translate("Cli", "%1 written: %n page(s)", nullptr, pages.value()).arg(out) << Qt::endl;
    }
    return Ok;
}

int labelSheets(Invocation& inv)
{
    auto sheets = inv.archive->printing().labelSheets();
    if (!sheets)
        return inv.fail(sheets.error());
    QJsonArray a;
    for (const print::LabelSheet& s : sheets.value()) {
        if (inv.json)
            a << s.toJson();
        else
            inv.out << s.name << QStringLiteral("  ") << s.columns << QStringLiteral("×") << s.rows
                    << QStringLiteral("  ") << s.labelWidth << QStringLiteral("×") << s.labelHeight
                    << QStringLiteral(" mm") << Qt::endl;
    }
    if (inv.json)
        inv.print(a);
    return Ok;
}

int labelSheetAdd(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate("Cli", "Name the label sheet"));
    print::LabelSheet s;
    s.name = inv.args.positional.first();
    int exit = Ok;
    double rows = s.rows, cols = s.columns;
    for (const auto& [opt, target] :
         {std::pair{"page-width", &s.pageWidth}, std::pair{"page-height", &s.pageHeight},
          std::pair{"width", &s.labelWidth}, std::pair{"height", &s.labelHeight}, std::pair{"left", &s.marginLeft},
          std::pair{"top", &s.marginTop}, std::pair{"gap-x", &s.gapX}, std::pair{"gap-y", &s.gapY},
          std::pair{"rows", &rows}, std::pair{"columns", &cols}})
        if (!parseNumber(inv, QString::fromLatin1(opt), target, &exit))
            return exit;
    s.rows = int(rows);
    s.columns = int(cols);
    if (auto st = inv.archive->printing().saveLabelSheet(s); !st)
        return inv.fail(st.error());
    inv.out << QCoreApplication::translate("Cli", "Label sheet %1 saved").arg(s.name) << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> printCommands()
{
    const auto o = [](const char* name) { return QString::fromLatin1(name); };
    return {
        {{o("print")},
         QT_TRANSLATE_NOOP("Cli", "Print a form, catalog, register or spine labels to a PDF file"),
         "owner-form|tenant-form|catalog|borrow-register|copy-register|labels|destruction-list|"
         "reconciliation|"
         "self-inspection|reminders "
         "location-labels [--under PATH|LOCATION-CODE] "
         "[--estate CODE] [--building B] [--unit U] [--room B-U-R [--to-room B-U-R]] [--dossier ARCHIVE-NO] "
         "[--location PATH] [--category CAT] [--from DATE --to DATE] [--blank] [--unmask --reason TEXT] "
         "[--sheet NAME] [--code qr|code128] [--skip N] [--offset-x MM] [--offset-y MM] [--batch N] "
         "[--session S] [--month YYYY-MM] [--loan ID[,ID…]] --out FILE.pdf",
         {o("estate"),   o("building"), o("unit"),     o("room"),     o("to-room"), o("dossier"),
          o("location"), o("category"), o("from"),     o("to"),       o("reason"),  o("sheet"),
          o("code"),     o("skip"),     o("offset-x"), o("offset-y"), o("out"),     o("batch"),
          o("session"),  o("month"),    o("under"),    o("loan")},
         {o("blank"), o("unmask"), o("json")},
         Command::Needs::SignedIn,
         printForm},
        {{o("label-sheet"), o("list")},
         QT_TRANSLATE_NOOP("Cli", "The label sheets spine labels can be printed on"),
         "",
         {},
         {o("json")},
         Command::Needs::SignedIn,
         labelSheets},
        {{o("label-sheet"), o("add")},
         QT_TRANSLATE_NOOP("Cli", "Save a label sheet (sizes in millimetres)"),
         "NAME --rows N --columns N --width MM --height MM [--left MM] [--top MM] [--gap-x MM] [--gap-y MM] "
         "[--page-width MM] [--page-height MM]",
         {o("rows"), o("columns"), o("width"), o("height"), o("left"), o("top"), o("gap-x"), o("gap-y"),
          o("page-width"), o("page-height")},
         {},
         Command::Needs::SignedIn,
         labelSheetAdd},
    };
}

} // namespace ar::cli
