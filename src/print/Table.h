#pragma once

#include <QList>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QString>
#include <QStringList>

namespace ar::print {

// A column of a printed table: its header, its share of the width and how its text wraps.
struct Column
{
    QString header;
    double weight = 1; // share of the table width
    Qt::Alignment align = Qt::AlignLeft;
    bool anywhere = false; // codes (档号) wrap at any character, text at word and CJK breaks
};

// A register or catalog sheet (P3, P4, P5): title, the lines under it, a table whose header
// row repeats on every page, signature lines after the last row and "第 x 页 共 y 页" below
// every page.
struct TableDoc
{
    QString title;
    QString formCode;     // top right, e.g. "ZC-05/B05"
    QStringList subtitle; // left under the title: 楼座, 单元, 期间 …
    QString rightNote;    // right under the title: 打印日期 …
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QList<Column> columns;
    QList<QStringList> rows;
    int blankRows = 0;  // empty rows after the last, for entries by hand
    QStringList footer; // signature lines after the table: "经办人：", "审核人：" …
    int footerColumns = 0; // signature lines per row (0: all in one row)
    QString pageFormat; // "第 %1 页 共 %2 页"
    double fontSize = 9;
};

// Lays the table out on `device` and paints it; returns the number of pages.
int renderTable(const TableDoc& doc, QPagedPaintDevice& device);

} // namespace ar::print
