#include "ReadOnlyTable.h"

#include <QHeaderView>
#include <QTableView>
#include <QTableWidget>

namespace ar::ui {

void setUpReadOnlyTable(QTableView* table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

QTableWidget* readOnlyTable(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    setUpReadOnlyTable(t);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}

} // namespace ar::ui
