#pragma once

#include <QStringList>

class QTableView;
class QTableWidget;
class QWidget;

namespace ar::ui {

// The look of the read-only record tables (history, audit trail): whole rows selected,
// alternating colours, one line per row, columns the user can resize, the last one stretched.
void setUpReadOnlyTable(QTableView* table);
// A new read-only table of that look with one row selected at a time, named `name` (for tests),
// with these column headers.
QTableWidget* readOnlyTable(QWidget* parent, const QString& name, const QStringList& headers);

} // namespace ar::ui
