// .xlsx out (libxlsxwriter): one sheet, every cell text. Reading is Xlsx.cpp.
#include "Xlsx.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <xlsxwriter.h>

namespace ar::io {

Status writeXlsx(const QString& path, const QString& sheetName, const QStringList& header,
                 const QList<QStringList>& rows)
{
    const QString temp = path + QStringLiteral(".part");
    QFile::remove(temp);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // row by row: a long list does not sit in memory twice
    lxw_workbook* wb = workbook_new_opt(QFile::encodeName(temp).constData(), &options);
    if (!wb)
        return Error::invalid(QStringLiteral("file"), path,
                              QCoreApplication::translate("Io", "Cannot write %1").arg(path));
    // Sheet names: at most 31 characters, none of []:*?/\ .
    QString safe = sheetName;
    safe.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral("_"));
    lxw_worksheet* ws = workbook_add_worksheet(wb, safe.left(31).toUtf8().constData());
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format* text = workbook_add_format(wb);
    format_set_num_format(text, "@");
    // Widths from the header and the first rows, in characters (a Chinese character counts two).
    QList<double> widths;
    auto measure = [&](const QStringList& cells) {
        for (int c = 0; c < cells.size(); ++c) {
            double w = 0;
            for (QChar ch : cells.at(c))
                w += ch.unicode() > 0x2E80 ? 2.1 : 1.1;
            while (widths.size() <= c)
                widths << 6;
            widths[c] = std::clamp(std::max(widths[c], w + 2), 6.0, 60.0);
        }
    };
    measure(header);
    for (int i = 0; i < rows.size() && i < 200; ++i)
        measure(rows.at(i));
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths.at(c), text);
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), bold);
    worksheet_freeze_panes(ws, 1, 0);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            if (!rows.at(r).at(c).isEmpty())
                worksheet_write_string(ws, lxw_row_t(r + 1), lxw_col_t(c),
                                       rows.at(r).at(c).toUtf8().constData(), text);
    const lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR) {
        QFile::remove(temp);
        return Error::invalid(QStringLiteral("file"), path,
                              QCoreApplication::translate("Io", "Cannot write %1: %2")
                                  .arg(path, QString::fromUtf8(lxw_strerror(err))));
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return Error::invalid(QStringLiteral("file"), path,
                              QCoreApplication::translate("Io", "Cannot write %1").arg(path));
    }
    return {};
}

} // namespace ar::io
