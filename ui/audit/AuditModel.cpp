#include "ui/audit/AuditModel.h"

#include "services/RegisterService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ar::ui {

AuditModel::AuditModel(AuditService& service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
    m_filter.newestFirst = true;
}

void AuditModel::setFilter(const AuditService::Filter& filter)
{
    m_filter = filter;
    m_filter.offset = 0;
    auto first = m_service.list(m_filter);
    // The first page comes with the reset; nothing is fetched while the reset is announced
    // (views and testers react to it by asking for more).
    m_fetching = true;
    beginResetModel();
    m_rows = first ? first.value() : QList<AuditEntry>();
    m_atEnd = !first || m_rows.size() < m_filter.limit;
    endResetModel();
    m_fetching = false;
    if (!first)
        emit loadFailed(first.error().message);
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void AuditModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    AuditService::Filter page = m_filter;
    page.offset = int(m_rows.size());
    auto more = m_service.list(page);
    if (!more) {
        m_atEnd = true; // do not ask again on every scroll
        emit loadFailed(more.error().message);
        return;
    }
    m_atEnd = more->size() < m_filter.limit;
    if (more->isEmpty())
        return;
    m_fetching = true; // a view or tester asking for more while rows go in gets nothing
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more->size() - 1));
    m_rows += more.value();
    endInsertRows();
    m_fetching = false;
}

QString AuditModel::detailText(const QString& detail)
{
    const QJsonDocument doc = QJsonDocument::fromJson(detail.toUtf8());
    if (!doc.isObject())
        return detail;
    static const QHash<QString, const char*> values{
        {QStringLiteral("add"), QT_TRANSLATE_NOOP("ar::ui::AuditModel", "added")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("ar::ui::AuditModel", "changed")},
        {QStringLiteral("remove"), QT_TRANSLATE_NOOP("ar::ui::AuditModel", "removed")},
        {QStringLiteral("add_rooms"), QT_TRANSLATE_NOOP("ar::ui::AuditModel", "rooms added")},
        {QStringLiteral("edit"), QT_TRANSLATE_NOOP("ar::ui::AuditModel", "edit form")},
        {QStringLiteral("history"), QT_TRANSLATE_NOOP("ar::ui::AuditModel", "change history")},
    };
    QStringList parts;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        QString value;
        if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue& v : it.value().toArray())
                items << (it.key() == QLatin1String("fields") ? RegisterService::fieldLabel(v.toString())
                                                              : v.toVariant().toString());
            value = items.join(QStringLiteral(", "));
        } else {
            value = it.value().toVariant().toString();
            if (const char* label = values.value(value, nullptr))
                value = tr(label);
        }
        parts << (it.key() == QLatin1String("op") || it.key() == QLatin1String("view")
                      ? value
                      : QStringLiteral("%1=%2").arg(it.key(), value));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = m_rows.at(index.row());
    const AuditRecord& r = e.record;
    if (role == IdRole)
        return r.id;
    if (role == ActionCodeRole)
        return r.action;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        return AuditService::localTime(r.at);
    case User:
        return e.userName.isEmpty() || e.userName == r.userLogin
                   ? r.userLogin
                   : QStringLiteral("%1 (%2)").arg(e.userName, r.userLogin);
    case Action:
        return auditActionLabel(r.action);
    case Subject:
        if (r.entity.isEmpty())
            return QString();
        return QStringLiteral("%1 %2 %3")
            .arg(auditEntityLabel(r.entity), r.entityId ? QString::number(r.entityId) : QString(), e.subject)
            .simplified();
    case Dossier:
        return r.dossier;
    case Detail:
        return role == Qt::ToolTipRole ? r.detail : detailText(r.detail);
    case Reason:
        return r.reason;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Subject:
        return tr("Concerning");
    case Dossier:
        return tr("Dossier");
    case Detail:
        return tr("Detail");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace ar::ui
