#include "ImportFloor.h"

#include "BenchData.h"
#include "Stats.h"

// The session extension is compiled into Debian's SQLite; its declarations need these.
#ifndef SQLITE_ENABLE_SESSION
#error "bench/CMakeLists.txt defines SQLITE_ENABLE_SESSION and SQLITE_ENABLE_PREUPDATE_HOOK for the bench"
#endif
#include <sqlite3.h>

#include <QHash>
#include <QScopeGuard>

#include <algorithm>
#include <chrono>
#include <map>
#include <vector>

namespace ar::bench {

namespace {

Error floorFailure(sqlite3* db, const QString& what)
{
    return Error::of(ErrorCode::Failed,
                     QStringLiteral("import floor: %1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
}

// One recorded change, its values copied out of the changeset (so that the timed loop only binds
// and steps): for an insert the row, for an update the primary key and the new values of the
// columns it changed, for a delete the primary key.
struct Change
{
    int op = 0;
    std::vector<sqlite3_value*> values; // per column; nullptr where the change has none
    std::vector<sqlite3_value*> key;    // the primary key's columns, in column order
};

struct TableChanges
{
    QByteArray name;
    int columns = 0;
    std::vector<bool> pk;
    std::vector<QByteArray> columnNames;
    std::vector<Change> changes;
};

int compareValues(sqlite3_value* a, sqlite3_value* b)
{
    const int ta = sqlite3_value_type(a), tb = sqlite3_value_type(b);
    if (ta != tb)
        return ta < tb ? -1 : 1;
    switch (ta) {
    case SQLITE_INTEGER: {
        const sqlite3_int64 x = sqlite3_value_int64(a), y = sqlite3_value_int64(b);
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    case SQLITE_FLOAT: {
        const double x = sqlite3_value_double(a), y = sqlite3_value_double(b);
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    case SQLITE_TEXT:
    case SQLITE_BLOB: {
        const int na = sqlite3_value_bytes(a), nb = sqlite3_value_bytes(b);
        const void* pa =
            ta == SQLITE_TEXT ? static_cast<const void*>(sqlite3_value_text(a)) : sqlite3_value_blob(a);
        const void* pb =
            ta == SQLITE_TEXT ? static_cast<const void*>(sqlite3_value_text(b)) : sqlite3_value_blob(b);
        const int c = memcmp(pa, pb, size_t(std::min(na, nb)));
        return c != 0 ? c : (na < nb ? -1 : (na > nb ? 1 : 0));
    }
    default:
        return 0;
    }
}

QByteArray quoted(const QByteArray& name)
{
    QByteArray q = name;
    q.replace('"', "\"\"");
    return '"' + q + '"';
}

} // namespace

struct ImportRecorder::Session
{
    sqlite3_session* session = nullptr;
    ~Session() { sqlite3session_delete(session); }
};

ImportRecorder::~ImportRecorder() = default;

Result<std::unique_ptr<ImportRecorder>> ImportRecorder::attach(sqlite3* db)
{
    std::unique_ptr<ImportRecorder> r(new ImportRecorder);
    r->m_session = std::make_unique<Session>();
    if (sqlite3session_create(db, "main", &r->m_session->session) != SQLITE_OK)
        return floorFailure(db, QStringLiteral("session"));
    if (sqlite3session_attach(r->m_session->session, nullptr) != SQLITE_OK)
        return floorFailure(db, QStringLiteral("session attach"));
    return r;
}

Result<QByteArray> ImportRecorder::changeset() const
{
    int n = 0;
    void* p = nullptr;
    if (sqlite3session_changeset(m_session->session, &n, &p) != SQLITE_OK)
        return Error::of(ErrorCode::Failed, QStringLiteral("import floor: cannot read the changeset"));
    QByteArray out(static_cast<const char*>(p), n);
    sqlite3_free(p);
    return out;
}

Result<ImportFloorResult> writeImportFloor(const QString& path, const QByteArray& changeset)
{
    sqlite3* db = nullptr;
    const auto closeDb = qScopeGuard([&] { sqlite3_close(db); });
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return floorFailure(db, QStringLiteral("open %1").arg(path));
    // The program's own settings (storage/Database.cpp), foreign keys aside: no checks.
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY"})
        if (sqlite3_exec(db, pragma, nullptr, nullptr, nullptr) != SQLITE_OK)
            return floorFailure(db, QString::fromLatin1(pragma));

    // The changes, table by table, values copied out.
    std::vector<TableChanges> tables;
    QHash<QByteArray, size_t> tableIndex;
    const auto freeValues = qScopeGuard([&] {
        for (auto& t : tables)
            for (auto& c : t.changes) {
                for (sqlite3_value* v : c.values)
                    sqlite3_value_free(v);
                for (sqlite3_value* v : c.key)
                    sqlite3_value_free(v);
            }
    });
    sqlite3_changeset_iter* it = nullptr;
    if (sqlite3changeset_start(&it, int(changeset.size()), const_cast<char*>(changeset.constData())) !=
        SQLITE_OK)
        return Error::of(ErrorCode::Failed, QStringLiteral("import floor: the changeset cannot be read"));
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char* name = nullptr;
        int nCol = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it, &name, &nCol, &op, &indirect);
        const QByteArray table(name);
        auto found = tableIndex.constFind(table);
        if (found == tableIndex.constEnd()) {
            TableChanges t;
            t.name = table;
            t.columns = nCol;
            unsigned char* pk = nullptr;
            int n = 0;
            sqlite3changeset_pk(it, &pk, &n);
            for (int i = 0; i < n; ++i)
                t.pk.push_back(pk[i] != 0);
            sqlite3_stmt* info = nullptr;
            const QByteArray sql = "SELECT name FROM pragma_table_info(?) ORDER BY cid";
            if (sqlite3_prepare_v2(db, sql.constData(), -1, &info, nullptr) != SQLITE_OK)
                return floorFailure(db, QStringLiteral("table info"));
            sqlite3_bind_text(info, 1, table.constData(), int(table.size()), SQLITE_TRANSIENT);
            while (sqlite3_step(info) == SQLITE_ROW)
                t.columnNames.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(info, 0)));
            sqlite3_finalize(info);
            if (int(t.columnNames.size()) != nCol) {
                sqlite3changeset_finalize(it);
                return Error::of(
                    ErrorCode::Failed,
                    QStringLiteral("import floor: table %1 has changed").arg(QString::fromUtf8(table)));
            }
            found = tableIndex.insert(table, tables.size());
            tables.push_back(std::move(t));
        }
        TableChanges& t = tables[found.value()];
        Change c;
        c.op = op;
        c.values.assign(size_t(nCol), nullptr);
        for (int i = 0; i < nCol; ++i) {
            sqlite3_value* v = nullptr;
            if (op != SQLITE_DELETE && sqlite3changeset_new(it, i, &v) == SQLITE_OK && v)
                c.values[size_t(i)] = sqlite3_value_dup(v);
            if (t.pk[size_t(i)]) {
                sqlite3_value* k = nullptr;
                if (op == SQLITE_INSERT)
                    sqlite3changeset_new(it, i, &k);
                else
                    sqlite3changeset_old(it, i, &k);
                c.key.push_back(sqlite3_value_dup(k));
            }
        }
        t.changes.push_back(std::move(c));
    }
    if (sqlite3changeset_finalize(it) != SQLITE_OK)
        return Error::of(ErrorCode::Failed, QStringLiteral("import floor: the changeset is damaged"));
    for (auto& t : tables)
        std::stable_sort(t.changes.begin(), t.changes.end(), [](const Change& a, const Change& b) {
            for (size_t i = 0; i < a.key.size() && i < b.key.size(); ++i)
                if (const int c = compareValues(a.key[i], b.key[i]); c != 0)
                    return c < 0;
            return false;
        });

    // The statements, prepared before the clock starts: an INSERT per table, an UPDATE per table
    // and set of changed columns, a DELETE per table.
    std::map<QByteArray, sqlite3_stmt*> statements;
    const auto finalize = qScopeGuard([&] {
        for (auto& [sql, stmt] : statements)
            sqlite3_finalize(stmt);
    });
    auto sqlFor = [](const TableChanges& t, const Change& c) {
        QByteArray where;
        for (size_t i = 0; i < t.pk.size(); ++i)
            if (t.pk[i])
                where += (where.isEmpty() ? " WHERE " : " AND ") + quoted(t.columnNames[i]) + " = ?";
        if (c.op == SQLITE_INSERT) {
            QByteArray marks;
            for (int i = 0; i < t.columns; ++i)
                marks += i ? ", ?" : "?";
            return "INSERT INTO " + quoted(t.name) + " VALUES (" + marks + ")";
        }
        if (c.op == SQLITE_DELETE)
            return "DELETE FROM " + quoted(t.name) + where;
        QByteArray set;
        for (int i = 0; i < t.columns; ++i)
            if (c.values[size_t(i)] && !t.pk[size_t(i)])
                set += (set.isEmpty() ? "" : ", ") + quoted(t.columnNames[size_t(i)]) + " = ?";
        return "UPDATE " + quoted(t.name) + " SET " + set + where;
    };
    struct Step
    {
        sqlite3_stmt* stmt;
        const TableChanges* table;
        const Change* change;
    };
    std::vector<Step> steps;
    ImportFloorResult out;
    for (const TableChanges& t : tables) {
        for (const Change& c : t.changes) {
            const QByteArray sql = sqlFor(t, c);
            auto& stmt = statements[sql];
            if (!stmt && sqlite3_prepare_v3(db, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &stmt,
                                            nullptr) != SQLITE_OK)
                return floorFailure(db, QString::fromUtf8(sql));
            steps.push_back({stmt, &t, &c});
            (c.op == SQLITE_INSERT ? out.inserted : c.op == SQLITE_UPDATE ? out.updated : out.deleted) += 1;
        }
    }
    out.tables = int(tables.size());
    for (const TableChanges& t : tables)
        out.rowsByTable.append({QString::fromUtf8(t.name), qint64(t.changes.size())});
    std::sort(out.rowsByTable.begin(), out.rowsByTable.end(),
              [](const auto& a, const auto& b) { return a.second > b.second; });

    const double cpu0 = cpuSec();
    const auto start = std::chrono::steady_clock::now();
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return floorFailure(db, QStringLiteral("begin"));
    for (const Step& s : steps) {
        int n = 0;
        if (s.change->op == SQLITE_INSERT) {
            for (sqlite3_value* v : s.change->values)
                sqlite3_bind_value(s.stmt, ++n, v);
        } else {
            if (s.change->op == SQLITE_UPDATE)
                for (size_t i = 0; i < s.change->values.size(); ++i)
                    if (s.change->values[i] && !s.table->pk[i])
                        sqlite3_bind_value(s.stmt, ++n, s.change->values[i]);
            for (sqlite3_value* k : s.change->key)
                sqlite3_bind_value(s.stmt, ++n, k);
        }
        if (sqlite3_step(s.stmt) != SQLITE_DONE)
            return floorFailure(db, QStringLiteral("write into %1").arg(QString::fromUtf8(s.table->name)));
        sqlite3_reset(s.stmt);
    }
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return floorFailure(db, QStringLiteral("commit"));
    out.ms = msSince(start);
    out.cpuMs = (cpuSec() - cpu0) * 1000;
    return out;
}

} // namespace ar::bench
