#pragma once

#include <QList>
#include <QPagedPaintDevice>
#include <QString>
#include <QStringList>

namespace ar::print {

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

// Paints each form on its own page(s); returns the number of pages.
int renderPersonForms(const QList<PersonFormDoc>& forms, QPagedPaintDevice& device);

} // namespace ar::print
