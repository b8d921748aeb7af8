// Importing handover rosters: read (src/io), check with the register's validators, match what
// is on file, then one transaction (issue #7).
#include "ImportService.h"

#include "Context.h"
#include "io/Roster.h"

#include "AuditService.h"
#include "KeysByRole.h"
#include "core/Estate.h"
#include "core/Masking.h"
#include "core/TextNormalize.h"
#include "io/Csv.h"
#include "io/Xls.h"
#include "io/Xlsx.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace ar {

namespace {

const QString kMappingPrefix = QStringLiteral("import_mapping:");
// Rows registered together (and between two looks at the progress callback, which may cancel).
constexpr int kBatchRows = 200;

} // namespace

QString importActionCode(ImportAction a)
{
    switch (a) {
    case ImportAction::Add: return QStringLiteral("add");
    case ImportAction::Update: return QStringLiteral("update");
    case ImportAction::Unchanged: return QStringLiteral("unchanged");
    case ImportAction::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

QString importActionLabel(ImportAction a)
{
    switch (a) {
    case ImportAction::Add: return ImportService::tr("Add");
    case ImportAction::Update: return ImportService::tr("Update");
    case ImportAction::Unchanged: return ImportService::tr("Unchanged");
    case ImportAction::Rejected: return ImportService::tr("Rejected");
    }
    return {};
}

namespace {

// Which workbook reader a file needs: by its content first (a roster saved as .xlsx and renamed
// .xls, or the reverse, and WPS's .et, are read for what they are), else by its name (an empty or
// damaged .xlsx then gets the .xlsx reader's message naming what is wrong).
io::SpreadsheetKind spreadsheetKind(const QString& path, const QString& suffix)
{
    if (const io::SpreadsheetKind kind = io::sniffSpreadsheet(path); kind != io::SpreadsheetKind::Unknown)
        return kind;
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return io::SpreadsheetKind::Xlsx;
    if (suffix == QLatin1String("xls") || suffix == QLatin1String("et"))
        return io::SpreadsheetKind::Xls;
    return io::SpreadsheetKind::Unknown;
}

} // namespace

Result<io::Sheet> ImportService::readSheet(const QString& path, const QString& sheetName, ImportReport* report)
{
    report->file = QFileInfo(path).fileName();
    const QString suffix = QFileInfo(path).suffix().toLower();
    // The preview and the import that follows it read the same file: parsed once, as long as
    // its content is the same (the digest of its bytes, not its name or date, decides).
    QByteArray digest;
    if (QFile f(path); f.open(QIODevice::ReadOnly)) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        digest = h.result();
    }
    QList<io::Sheet> sheets;
    if (!digest.isEmpty() && m_lastRead.digest == digest && m_lastRead.suffix == suffix) {
        sheets = m_lastRead.sheets;
    } else if (const io::SpreadsheetKind kind = spreadsheetKind(path, suffix); kind != io::SpreadsheetKind::Unknown) {
        auto s = kind == io::SpreadsheetKind::Xlsx ? io::readXlsx(path) : io::readXls(path);
        if (!s)
            return s.error();
        sheets = s.value();
    } else if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt")) {
        auto s = io::readCsv(path);
        if (!s)
            return s.error();
        sheets << s.value();
    } else {
        return Error::invalid(QStringLiteral("file"), path,
                              tr("%1: only .xlsx, .xls and .csv files can be imported").arg(report->file));
    }
    m_lastRead = {digest, suffix, sheets};
    for (const io::Sheet& s : std::as_const(sheets)) {
        if (!sheetName.isEmpty() && s.name != sheetName)
            continue;
        if (!sheetName.isEmpty() || io::findHeader(s))
            return s;
    }
    if (!sheetName.isEmpty()) {
        QStringList names;
        for (const io::Sheet& s : std::as_const(sheets))
            names << s.name;
        return Error::invalid(QStringLiteral("sheet"), sheetName,
                              tr("%1 has no sheet %2; it has: %3").arg(report->file, sheetName, names.join(QStringLiteral(", "))));
    }
    QString message = tr("No sheet of %1 has a header row naming the room and the owner (房号, 姓名, 身份证号码 …)").arg(report->file);
    // Big5 (and other encodings) read as GB18030 without an error, as other characters: the
    // header is then not found, and the encoding is the likely reason.
    if (sheets.size() == 1 && sheets.first().encoding == QLatin1String("GB18030"))
        message += tr("; the file was read as GB18030 (简体中文): if it was saved in another encoding such as Big5, save it again as UTF-8");
    return Error::invalid(QStringLiteral("file"), path, message);
}

Result<ImportReport> ImportService::inspect(const QString& path, const Options& o)
{
    ImportReport report;
    auto sheet = readSheet(path, o.sheet, &report);
    if (!sheet)
        return sheet.error();
    return inspectSheet(sheet.value(), o, report);
}

Result<ImportReport> ImportService::inspectSheet(const io::Sheet& sheet, const Options& o, ImportReport report)
{
    report.sheet = sheet.name;
    report.encoding = sheet.encoding;
    const auto header = io::findHeader(sheet);
    if (!header)
        return Error::invalid(QStringLiteral("sheet"), sheet.name,
                              tr("The sheet %1 has no header row naming the room and the owner (房号, 姓名, 身份证号码 …)")
                                  .arg(sheet.name));
    report.headerRow = header->rowNumber;
    report.headers = header->headers;
    report.layout = io::layoutKey(header->headers);
    report.mapping = header->columns;
    if (!o.mapping.isEmpty()) {
        report.mapping = o.mapping;
    } else if (auto saved = rememberedMapping(report.layout); saved && !saved->isEmpty()) {
        report.mapping = saved.value();
    }
    return report;
}

Result<ImportReport> ImportService::importRoster(const QString& path, const Options& o)
{
    if (auto s = m_ctx.require(Permission::ImportRegister); !s)
        return s.error();
    if (auto s = keysbyrole::requireFullKey(m_ctx); !s)
        return s.error();
    ImportReport read;
    auto sheet = readSheet(path, o.sheet, &read);
    if (!sheet)
        return sheet.error();
    // Checked and written in one transaction: what the check matched is what is written against,
    // whatever another desk does meanwhile. A dry run or a refused import only reads in it.
    Transaction tx(m_ctx.db);
    if (auto s = tx.begin(); !s)
        return s.error();
    QList<Plan> plans;
    auto checked = checkSheet(sheet.value(), read, o, &plans);
    if (!checked)
        return checked;
    ImportReport report = checked.value();
    if (report.cancelled || o.dryRun || (report.hasErrors() && !o.onlyValid))
        return report;
    // The same roster again: nothing to add or change, nothing written, not even a record.
    if (report.added == 0 && report.updated == 0)
        return report;
    // What is written is in the report and the plans: the parsed sheet (a third of the memory of a
    // 100,000-row roster) goes before the writing starts. A failed import reads the file again.
    sheet = io::Sheet();
    m_lastRead = {};

    auto estate = m_estate.estateFor(o.estate);
    if (!estate)
        return estate.error();
    auto rowError = [](const ImportRow& r, Error e) {
        e.row = r.row;
        e.message = tr("Row %1: %2").arg(r.row).arg(e.message);
        return e;
    };
    // The search keys of every new room, person and dossier, written at the end in key order:
    // in one pass over the key index instead of one visit to a random page per key.
    SearchIndex::Pending keys;
    // The new rooms first, all at once: one audit record per unit, as a room grid.
    QList<EstateService::NewRoom> newRooms;
    QSet<QString> seenRooms; // an owner and a co-owner of the same new room: one room
    for (int i = 0; i < report.rows.size(); ++i) {
        const Plan& p = plans.at(i);
        if (report.rows.at(i).action == ImportAction::Rejected || !report.rows.at(i).newRoom || seenRooms.contains(p.ref))
            continue;
        seenRooms.insert(p.ref);
        newRooms << EstateService::NewRoom{p.ref, p.areaCenti};
    }
    QHash<QString, qint64> newRoomIds;
    if (!newRooms.isEmpty()) {
        auto added = m_estate.addRoomsByRef(estate->code, newRooms, &keys);
        if (!added)
            return added.error();
        newRoomIds = added.value();
    }
    // The new people go in batches (RegisterService::registerMany reads what they depend on once
    // per batch); an update is written in its turn, after the batch before it, so the first
    // problem found is the first in the sheet's order.
    const int total = report.rows.size();
    QList<Registration> batch;
    QList<int> batchRows; // index into report.rows of each registration in `batch`
    auto flush = [&]() -> Status {
        if (batch.isEmpty())
            return {};
        int failedAt = 0;
        auto r = m_people.registerMany(batch, &failedAt, &keys);
        if (!r)
            return rowError(report.rows.at(batchRows.value(failedAt)), r.error());
        batch.clear();
        batchRows.clear();
        // Options::keysInMemory, ~20 MB by default: a 10,000-row roster writes its keys once, at
        // the end; a larger one in a few passes instead of holding 1.7 million keys (170 MB at
        // 100,000 rows) until the end.
        if (keys.size() >= o.keysInMemory)
            return keys.flush(m_ctx.search);
        return {};
    };
    for (int i = 0; i < total; ++i) {
        const ImportRow& row = report.rows.at(i);
        const Plan& plan = plans.at(i);
        if (o.progress && (i + 1) % kBatchRows == 0) {
            if (auto s = flush(); !s)
                return s.error();
            if (!o.progress(total + i + 1, total * 2)) {
                report.cancelled = true;
                return report; // the transaction rolls back: nothing is kept
            }
        }
        if (row.action == ImportAction::Rejected || row.action == ImportAction::Unchanged || row.name.isEmpty())
            continue;
        if (row.action == ImportAction::Add) {
            Registration reg;
            reg.roomId = row.newRoom ? newRoomIds.value(plan.ref) : plan.roomId;
            reg.role = row.role;
            reg.relation = plan.relation;
            const QDate moveIn = plan.person.moveInDate;
            reg.since = moveIn.isValid() && moveIn <= m_ctx.clock.today() ? moveIn : QDate();
            reg.person = plan.person;
            reg.leaseFrom = plan.leaseFrom;
            reg.leaseTo = plan.leaseTo;
            reg.contractNo = plan.contractNo;
            batch << reg;
            batchRows << i;
            if (batch.size() >= kBatchRows)
                if (auto s = flush(); !s)
                    return s.error();
        } else {
            if (auto s = flush(); !s)
                return s.error();
            // The stored record with the row's values, as the check compared them.
            auto stored = m_ctx.persons.load(plan.personId);
            if (!stored)
                return rowError(row, stored.error());
            Person p = stored.value();
            p.data = plan.person;
            if (auto u = m_people.updatePerson(p); !u)
                return rowError(row, u.error());
        }
    }
    if (auto s = flush(); !s)
        return s.error();
    if (auto s = keys.flush(m_ctx.search); !s)
        return s.error();
    const QJsonObject detail{{QStringLiteral("file"), report.file},
                             {QStringLiteral("sheet"), report.sheet},
                             {QStringLiteral("added"), report.added},
                             {QStringLiteral("updated"), report.updated},
                             {QStringLiteral("unchanged"), report.unchanged},
                             {QStringLiteral("rejected"), report.rejected}};
    if (auto s = AuditService(m_ctx).record(AuditAction::Import, QStringLiteral("roster"), 0, {}, auditDetail(detail));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    report.written = true;
    m_lastRead = {}; // imported: no need to keep it
    return report;
}

Status ImportService::rememberMapping(const QString& layout, const QMap<int, io::RosterField>& mapping)
{
    if (auto s = m_ctx.require(Permission::ImportRegister); !s)
        return s;
    QJsonObject o;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        o.insert(QString::number(it.key()), io::rosterFieldCode(it.value()));
    return m_ctx.meta.set(kMappingPrefix + layout, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QList<io::RosterField> ImportService::rosterFields()
{
    return io::allRosterFields();
}

QString ImportService::rosterFieldLabel(io::RosterField f)
{
    return io::rosterFieldLabel(f);
}

std::optional<io::RosterField> ImportService::fieldForHeader(const QString& header)
{
    return io::fieldForHeader(header);
}

QString ImportService::columnName(int column)
{
    return io::columnName(column);
}

Result<QMap<int, io::RosterField>> ImportService::rememberedMapping(const QString& layout)
{
    auto raw = m_ctx.meta.get(kMappingPrefix + layout);
    if (!raw)
        return raw.error();
    QMap<int, io::RosterField> out;
    const QJsonObject o = QJsonDocument::fromJson(raw->toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (const auto f = io::rosterFieldFromCode(it.value().toString()))
            out.insert(it.key().toInt(), *f);
    return out;
}

Status ImportService::writeRejected(const ImportReport& report, const QString& path)
{
    QStringList header = report.headers;
    header << tr("Problems");
    QList<QStringList> rows;
    for (const ImportRow& r : report.rows) {
        if (r.action != ImportAction::Rejected)
            continue;
        QStringList cells = r.cells;
        while (cells.size() < report.headers.size())
            cells << QString();
        QStringList why;
        for (const Error& e : r.errors)
            why << tr("row %1, %2: %3").arg(r.row).arg(e.field, e.message);
        cells << why.join(QStringLiteral("；"));
        rows << cells;
    }
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return io::writeCsv(path, header, rows);
    return io::writeXlsx(path, tr("Rejected rows"), header, rows);
}

} // namespace ar

