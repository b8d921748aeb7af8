#pragma once

#include "core/Sealed.h" // private to the services

#include "Database.h"
#include "core/Person.h"

namespace ar {

// The change history of R6: appended to, never updated or deleted.
class HistoryRepository
{
public:
    explicit HistoryRepository(Database& db) : m_db(db) {}

    struct Row
    {
        QString entity; // "person", "room", "occupancy" …
        qint64 entityId = 0;
        QString field;
        QString oldValue; // already sealed by the caller when `sensitive`
        QString newValue;
        bool sensitive = false;
        // Keys by role: the masked forms of oldValue and newValue (JSON), sealed under the
        // operational key, for roles without the full key. Empty for rows written before.
        QString masked = {};
    };
    Status append(const Row& row, qint64 userId, const QDateTime& at);
    // The rows in order, many per statement (an import); append() is a list of one.
    Status appendMany(const QList<Row>& rows, qint64 userId, const QDateTime& at);

    struct Stored
    {
        Row row;
        QDateTime at;
        QString user;
    };
    Result<QList<Stored>> list(const QString& entity, qint64 entityId);

    // The rows holding sensitive values, with their ids: for encrypting an older archive,
    // which stores the same values again in their sealed form.
    Result<QList<std::pair<qint64, Row>>> sensitiveRows();
    Status rewriteValues(qint64 rowId, const QString& oldValue, const QString& newValue);
    Status setMasked(qint64 rowId, const QString& masked);

private:
    Database& m_db;
};

} // namespace ar
