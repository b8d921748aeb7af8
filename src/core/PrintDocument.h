#pragma once

// The documents the services hand the print layer (print/) and the front-ends: tables, person
// forms, spine labels and the sheets they go on, as plain values. Painting them is print/'s.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ar::print {

// The code on a spine label, read back by the borrow desk's scanner. Both carry the label's
// code: for a dossier the ASCII form of its 档号 (scancode::forScanner: "." for "·"), which every
// keyboard-wedge scanner types and DossierService::resolve reads back; the printed text keeps
// the real 档号.
enum class CodeKind
{
    QrCode,  // a square code (UTF-8: a 档号 with Chinese characters in it too)
    Code128, // the default: a linear code every scanner reads; ASCII only
};
QString codeKindCode(CodeKind k); // "qr", "code128"
std::optional<CodeKind> codeKindFromCode(const QString& code);

// A sheet of self-adhesive labels: page size, rows × columns, label size, margins and gaps
// in millimetres. Sheets are data (saved by name in the archive); presets ship for the
// common A4 sheets.
struct LabelSheet
{
    QString name;
    double pageWidth = 210, pageHeight = 297;
    int rows = 8, columns = 3;
    double labelWidth = 70, labelHeight = 37;
    double marginLeft = 0, marginTop = 0.5;
    double gapX = 0, gapY = 0;

    int perPage() const { return rows * columns; }
    // Empty when the labels fit on the page; otherwise what is wrong, in words.
    QString problem() const;
    QJsonObject toJson() const;
    static LabelSheet fromJson(const QJsonObject& o);
};
QList<LabelSheet> presetSheets();

// One spine label (P6, R14): the room number large, the 档号, building and unit, the code.
struct SpineLabel
{
    QString room;      // "1201"
    QString place;     // "3座 2单元"
    QString archiveNo; // "Z109-YZ·2026-Y-0001", printed as it is
    QString title;     // a second line for dossiers without a room
    QString code;      // what the code carries; empty: scancode::forScanner(archiveNo)
};
// What the code of `l` carries.
QString labelCode(const SpineLabel& l);

// The printer's offset (calibration, saved per printer): what is printed lands this many
// millimetres right and down of where it should; the layout shifts by minus that.
struct Calibration
{
    double dx = 0, dy = 0;
};

// How a page is turned (QPageLayout's two orientations; core does not use QtGui).
enum class PageOrientation
{
    Portrait,
    Landscape,
};

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
    PageOrientation orientation = PageOrientation::Portrait;
    QList<Column> columns;
    QList<QStringList> rows;
    int blankRows = 0;  // empty rows after the last, for entries by hand
    QStringList footer; // signature lines after the table: "经办人：", "审核人：" …
    int footerColumns = 0; // signature lines per row (0: all in one row)
    QString pageFormat; // "第 %1 页 共 %2 页"
    double fontSize = 9;
};

// One box of the form: a label and what is written beside it. Narrow boxes go two to a row,
// wide ones take the whole row.
struct FormField
{
    QString label;
    QString value;
    bool wide = false;
};

// 业主档案表 (P1) / 租户档案表 (P2): laid out like the paper form. A blank form has the labels
// and empty boxes, to be filled in by hand.
struct PersonFormDoc
{
    QString title;       // 业主档案表
    QString building;    // what goes on "____座": "3"
    QString room;        // what goes on "____号": "2单元1201"
    QString buildingTag; // "座"
    QString roomTag;     // "号"
    QString filledOnLabel; // "填写日期："
    QString filledOn;
    QString archiveNoLabel; // "档号："
    QString archiveNo;
    QList<FormField> fields;
    QString membersTitle; // "家庭成员"
    QStringList memberHeaders;
    QList<QStringList> members;
    int memberRows = 4; // at least this many rows, blank ones to fill in by hand
    QString notesLabel;
    QString notes;
    QStringList signatures; // "业主签字：", "经办人：", "日期："
    QString footnote;       // under the form: masking note
};

// A letter on a page of its own, A5: the overdue reminder slip (催还单, R35). A title, whom it is
// to, the text, and who sends it when; a reference (the loan's number) top right.
struct LetterDoc
{
    QString title;     // 催还单
    QString reference; // "借阅编号 12"
    QString addressee; // "王五（工程部）："
    QStringList paragraphs;
    // Under the text, one per line (a 档号 is never broken across lines): 档号, 题名, dates …
    QList<FormField> facts;
    QString sender; // "档案室"
    QString date;   // "2026-12-06"
};

} // namespace ar::print
