#pragma once

#include "services/ExportService.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QDialogButtonBox;
class QPushButton;
class QTableView;
class QWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

// The answer of the "Export" / "Save rejected rows" file dialog, for tests
// (DialogSeam<ExportTarget>); an empty path is "cancelled".
struct ExportTarget
{
    QString path;
};

// Lists out of the window (issue #7): a list as shown (its headers and the displayed text of
// every row, masked as on screen) to .xlsx or .csv through ExportService, which checks the
// permission and records the export.
class ExportHelper
{
    Q_DECLARE_TR_FUNCTIONS(ExportHelper)

public:
    // The model's headers and the displayed text of every row; with a view, only the columns
    // and rows it shows, in its column order.
    static ExportTable tableFrom(const QAbstractItemModel* model, const QString& list, const QString& title,
                                 const QTableView* view = nullptr);
    static ExportTable tableFrom(const QTableView* view, const QString& list, const QString& title);

    // The save dialog with the .xlsx and .csv filters (or the test's answer); the suffix is
    // added from the chosen filter when missing. Empty: cancelled.
    static QString askSavePath(QWidget* parent, const QString& caption, const QString& suggestedName);

    // Asks where, writes, and says "N rows written to FILE" or why not. True when written.
    static bool exportTable(Archive& archive, QWidget* parent, const ExportTable& table);
    // The same for a table built only when the user has chosen (the owner list is read then).
    static bool exportTable(Archive& archive, QWidget* parent, const std::function<Result<ExportTable>()>& build,
                            const QString& suggestedName);

    // An "Export…" button in a dialog's button box, enabled with the ExportLists permission.
    static QPushButton* addButton(Archive& archive, QDialogButtonBox* box, QWidget* dialog,
                                  std::function<ExportTable()> build);
};

} // namespace ar::ui
