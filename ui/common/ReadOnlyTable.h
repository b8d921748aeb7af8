#pragma once

class QTableView;

namespace ar::ui {

// The look of the read-only record tables (history, audit trail): whole rows selected,
// alternating colours, one line per row, columns the user can resize, the last one stretched.
void setUpReadOnlyTable(QTableView* table);

} // namespace ar::ui
