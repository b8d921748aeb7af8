#include "ui/io/ExportHelper.h"

#include "services/Archive.h"
#include "ui/common/DialogSeam.h"
#include "ui/common/MessageBox.h"

#include <QAbstractItemModel>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace ar::ui {

ExportTable ExportHelper::tableFrom(const QAbstractItemModel* model, const QString& list, const QString& title,
                                    const QTableView* view)
{
    ExportTable t;
    t.list = list;
    t.title = title;
    if (!model)
        return t;
    QList<int> columns;
    const int count = model->columnCount();
    for (int visual = 0; visual < count; ++visual) {
        const int c = view ? view->horizontalHeader()->logicalIndex(visual) : visual;
        if (c < 0 || (view && view->isColumnHidden(c)))
            continue;
        columns << c;
    }
    for (int c : columns)
        t.header << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (view && view->isRowHidden(r))
            continue;
        QStringList row;
        for (int c : columns)
            row << model->index(r, c).data(Qt::DisplayRole).toString();
        t.rows << row;
    }
    return t;
}

ExportTable ExportHelper::tableFrom(const QTableView* view, const QString& list, const QString& title)
{
    return tableFrom(view ? view->model() : nullptr, list, title, view);
}

QString ExportHelper::askSavePath(QWidget* parent, const QString& caption, const QString& suggestedName)
{
    std::optional<ExportTarget> answer;
    QString path;
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV, UTF-8 (*.csv)");
    QString filter = xlsx;
    if (DialogSeam<ExportTarget>::take(answer)) {
        path = answer ? answer->path : QString();
    } else {
        const QString start = QDir(QDir::homePath()).filePath(suggestedName + QStringLiteral(".xlsx"));
        path = QFileDialog::getSaveFileName(parent, caption, start, xlsx + QStringLiteral(";;") + csv, &filter);
    }
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        path += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    return path;
}

bool ExportHelper::exportTable(Archive& archive, QWidget* parent, const ExportTable& table)
{
    return exportTable(archive, parent, [&table]() -> Result<ExportTable> { return table; }, table.title);
}

bool ExportHelper::exportTable(Archive& archive, QWidget* parent,
                               const std::function<Result<ExportTable>()>& build, const QString& suggestedName)
{
    const QString caption = tr("Export list");
    if (!archive.can(Permission::ExportLists)) {
        MessageBox::warning(parent, caption, tr("Your role may not export lists."));
        return false;
    }
    const QString path = askSavePath(parent, caption, suggestedName);
    if (path.isEmpty())
        return false;
    auto table = build();
    if (!table) {
        MessageBox::warning(parent, caption, table.error().message);
        return false;
    }
    if (auto s = archive.exports().write(table.value(), path); !s) {
        MessageBox::warning(parent, caption, tr("The list was not exported: %1").arg(s.error().message));
        return false;
    }
    MessageBox::information(parent, caption,
                            tr("%n row(s) written to %1.", nullptr, int(table->rows.size()))
                                .arg(QDir::toNativeSeparators(path)));
    return true;
}

QPushButton* ExportHelper::addButton(Archive& archive, QDialogButtonBox* box, QWidget* dialog,
                                     std::function<ExportTable()> build)
{
    auto* button = box->addButton(tr("E&xport…"), QDialogButtonBox::ActionRole);
    button->setObjectName(QStringLiteral("exportButton"));
    button->setToolTip(tr("Write the list as shown (masked) to an Excel or CSV file"));
    const bool may = archive.can(Permission::ExportLists);
    button->setEnabled(may);
    button->setVisible(may);
    QObject::connect(button, &QPushButton::clicked, dialog, [&archive, dialog, build = std::move(build)] {
        exportTable(archive, dialog, build());
    });
    return button;
}

} // namespace ar::ui
