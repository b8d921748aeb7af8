#include "ui/dossiers/ReconciliationDialog.h"

#include "services/Archive.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/DialogSeam.h"
#include "ui/common/MessageBox.h"
#include "ui/io/ExportHelper.h"
#include "ui/print/PrintDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ar::ui {

namespace {

enum Column
{
    ColCode,
    ColResult,
    ColPlace,
    ColTitle,
    ColCount
};

QColor colourOf(const QString& result)
{
    if (result == QLatin1String("found"))
        return QColor(0x1d, 0x6b, 0x2a); // green
    if (result == QLatin1String("misplaced") || result == QLatin1String("on_loan"))
        return QColor(0xa8, 0x5a, 0x00); // amber
    if (result == QLatin1String("duplicate"))
        return QColor(0x55, 0x55, 0x55);
    return QColor(0xb0, 0x20, 0x20); // red: destroyed, unknown
}

} // namespace

QAction* ReconciliationDialog::createAction(Archive& archive, QWidget* parent)
{
    auto* a = new QAction(tr("&Reconciliation…"), parent);
    a->setObjectName(QStringLiteral("actionReconciliation"));
    QObject::connect(a, &QAction::triggered, parent, [&archive, parent] {
        ReconciliationDialog d(archive, parent);
        DialogRunner::exec(d);
    });
    return a;
}

ReconciliationDialog::ReconciliationDialog(Archive& archive, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_range(new QComboBox(this)),
      m_start(new QPushButton(tr("&Start a session"), this)), m_sessions(new QComboBox(this)),
      m_scanEdit(new QLineEdit(this)), m_message(new QLabel(this)), m_tally(new QLabel(this)),
      m_table(new QTableWidget(0, ColCount, this)), m_moveHere(new QPushButton(tr("&Move here"), this)),
      m_finish(new QPushButton(tr("&Finish…"), this)), m_pdf(new QPushButton(tr("Report as &PDF…"), this)),
      m_xlsx(new QPushButton(tr("Report as E&xcel…"), this))
{
    setWindowTitle(tr("Reconciliation"));
    setObjectName(QStringLiteral("ReconciliationDialog"));
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_start->setObjectName(QStringLiteral("startButton"));
    m_sessions->setObjectName(QStringLiteral("sessionCombo"));
    m_scanEdit->setObjectName(QStringLiteral("scanEdit"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_tally->setObjectName(QStringLiteral("tallyLabel"));
    m_table->setObjectName(QStringLiteral("scanTable"));
    m_moveHere->setObjectName(QStringLiteral("moveHereButton"));
    m_finish->setObjectName(QStringLiteral("finishButton"));
    m_pdf->setObjectName(QStringLiteral("pdfButton"));
    m_xlsx->setObjectName(QStringLiteral("xlsxButton"));

    m_range->addItem(tr("The whole archive"), QString());
    if (auto places = m_archive.places().locations())
        for (const Location& l : places.value())
            if (auto path = m_archive.places().locationPath(l.id))
                m_range->addItem(path.value(), path.value());
    m_scanEdit->setPlaceholderText(tr("scan the spine label or type the archive no., then Enter"));
    QFont big = m_scanEdit->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_scanEdit->setFont(big);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tally->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Archive no."), tr("Result"), tr("Place / remarks"), tr("Title")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(ColCode, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ColResult, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ColPlace, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ColTitle, QHeaderView::Stretch);
    m_table->setColumnWidth(ColPlace, 320);
    m_table->setFocusPolicy(Qt::NoFocus); // the scan field keeps the focus while scans arrive

    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_range, 1);
    startRow->addWidget(m_start);
    auto* form = new QFormLayout;
    form->addRow(tr("&Range:"), startRow);
    form->addRow(tr("S&ession:"), m_sessions);
    form->addRow(tr("S&can:"), m_scanEdit);
    for (QWidget* w : {static_cast<QWidget*>(m_range), static_cast<QWidget*>(m_sessions),
                       static_cast<QWidget*>(m_scanEdit)})
        if (auto* l = qobject_cast<QLabel*>(form->labelForField(w)))
            l->setBuddy(w);
    if (auto* l = qobject_cast<QLabel*>(form->labelForField(startRow)))
        l->setBuddy(m_range);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_moveHere);
    buttons->addStretch(1);
    buttons->addWidget(m_finish);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_xlsx);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_tally);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(900, 600);

    connect(m_start, &QPushButton::clicked, this, &ReconciliationDialog::startSession);
    connect(m_sessions, qOverload<int>(&QComboBox::activated), this,
            [this](int i) { showSession(m_sessions->itemData(i).toLongLong()); });
    // Keyboard-wedge input: each Enter takes the text typed so far; nothing waits on a timer,
    // so codes arriving several per second are handled one after the other and none is lost.
    connect(m_scanEdit, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_scanEdit->text();
        m_scanEdit->clear();
        if (!text.trimmed().isEmpty())
            scan(text);
        m_scanEdit->setFocus();
    });
    connect(m_moveHere, &QPushButton::clicked, this, &ReconciliationDialog::moveSelectedHere);
    connect(m_finish, &QPushButton::clicked, this, &ReconciliationDialog::finishSession);
    connect(m_pdf, &QPushButton::clicked, this, &ReconciliationDialog::savePdf);
    connect(m_xlsx, &QPushButton::clicked, this, &ReconciliationDialog::saveXlsx);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        const bool misplaced =
            row >= 0 && m_table->item(row, ColResult) &&
            m_table->item(row, ColResult)->data(Qt::UserRole).toString() == QLatin1String("misplaced");
        m_moveHere->setEnabled(misplaced && m_scanEdit->isEnabled());
    });

    // Enter belongs to the scan field: no button may take it as the dialog's default (a scan
    // would otherwise also start a new session or finish this one).
    for (QPushButton* b : findChildren<QPushButton*>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    const bool clerk = m_archive.can(Permission::FileDossiers);
    m_range->setEnabled(clerk);
    m_start->setEnabled(clerk);
    reloadSessions();
    // Resume the newest open session, if any.
    qint64 open = 0;
    if (auto all = m_archive.reconSessions().sessions())
        for (const ReconSession& s : all.value())
            if (!s.finished() && !open)
                open = s.id;
    showSession(open);
}

void ReconciliationDialog::reloadSessions()
{
    m_sessions->clear();
    auto all = m_archive.reconSessions().sessions();
    if (!all) {
        say(all.error().message, false);
        return;
    }
    for (const ReconSession& s : all.value())
        m_sessions->addItem(tr("%1 — %2, %3 (%4)")
                                .arg(QString::number(s.id),
                                     s.scope.isEmpty() ? tr("the whole archive") : s.scope,
                                     s.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")),
                                     s.finished() ? tr("finished") : tr("open")),
                            s.id);
}

void ReconciliationDialog::showSession(qint64 id)
{
    m_session = id;
    m_table->setRowCount(0);
    const int index = m_sessions->findData(id);
    if (index >= 0)
        m_sessions->setCurrentIndex(index);
    bool open = false;
    if (id > 0) {
        auto s = m_archive.reconSessions().session(id);
        if (!s) {
            say(s.error().message, false);
            m_session = 0;
        } else {
            open = !s->finished();
            if (auto all = m_archive.reconSessions().scans(id))
                for (const ReconScanResult& r : all.value())
                    appendScan(r);
            say(open ? tr("Session %1 is open: scan the folders.").arg(id)
                     : tr("Session %1 is finished and can only be read.").arg(id),
                true);
        }
    } else {
        say(tr("Choose the range and start a session, or pick an open one to resume."), true);
    }
    const bool clerk = m_archive.can(Permission::FileDossiers);
    m_scanEdit->setEnabled(open && clerk);
    m_finish->setEnabled(open && clerk);
    m_moveHere->setEnabled(false);
    m_pdf->setEnabled(m_session > 0);
    m_xlsx->setEnabled(m_session > 0);
    refreshTally();
    if (m_scanEdit->isEnabled())
        m_scanEdit->setFocus();
}

bool ReconciliationDialog::startSession()
{
    auto s = m_archive.reconSessions().start(m_range->currentData().toString());
    if (!s) {
        say(s.error().message, false);
        return false;
    }
    reloadSessions();
    showSession(s->id);
    say(tr("Session %1 started: %n folder(s) expected. Scan them now.", nullptr, s->expected).arg(s->id),
        true);
    emit changed();
    return true;
}

void ReconciliationDialog::appendScan(const ReconScanResult& r)
{
    const ReconScan& c = r.scan;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    // In place: nothing to say, so that what is not stands out.
    QString place = c.result == QLatin1String("found") ? QString() : c.place;
    if (!r.note.isEmpty())
        place = place.isEmpty() ? r.note : place + QStringLiteral("; ") + r.note;
    if (r.wasMissingSince.isValid())
        place +=
            QStringLiteral("; ") + tr("missing since %1: found").arg(r.wasMissingSince.toString(Qt::ISODate));
    auto* code = new QTableWidgetItem(c.archiveNo.isEmpty() ? c.code : c.archiveNo);
    auto* result = new QTableWidgetItem(ReconciliationService::resultLabel(c.result));
    result->setData(Qt::UserRole, c.result);
    const QColor colour = colourOf(c.result);
    for (QTableWidgetItem* i : {code, result})
        i->setForeground(colour);
    QFont bold = result->font();
    bold.setBold(true);
    result->setFont(bold);
    m_table->setItem(row, ColCode, code);
    m_table->setItem(row, ColResult, result);
    m_table->setItem(row, ColPlace, new QTableWidgetItem(place));
    m_table->setItem(row, ColTitle, new QTableWidgetItem(c.title));
    m_table->scrollToBottom();
}

bool ReconciliationDialog::scan(const QString& code)
{
    if (m_session <= 0) {
        say(tr("Start a session or pick an open one first."), false);
        QApplication::beep();
        return false;
    }
    auto r = m_archive.reconSessions().scan(m_session, code);
    if (!r) {
        say(r.error().message, false);
        QApplication::beep();
        return false;
    }
    appendScan(r.value());
    const ReconScan& c = r->scan;
    const bool found = c.result == QLatin1String("found");
    if (!found)
        QApplication::beep();
    QString text = tr("%1: %2").arg(c.archiveNo.isEmpty() ? c.code : c.archiveNo,
                                    ReconciliationService::resultLabel(c.result));
    if (c.result == QLatin1String("misplaced"))
        text += QStringLiteral(" — ") + tr("it belongs at %1 (Move here puts it on this shelf)").arg(c.place);
    else if (!r->note.isEmpty())
        text += QStringLiteral(" — ") + r->note;
    say(text, found);
    refreshTally();
    return true;
}

void ReconciliationDialog::refreshTally()
{
    if (m_session <= 0) {
        m_tally->clear();
        return;
    }
    auto t = m_archive.reconSessions().tally(m_session);
    if (!t) {
        m_tally->setText(t.error().message);
        return;
    }
    m_tally->setText(tr("Expected %1 · in place %2 · misplaced %3 · on loan %4 · %5 %6 · unknown %7")
                         .arg(t->expected)
                         .arg(t->found)
                         .arg(t->misplaced)
                         .arg(t->onLoan)
                         .arg(t->session.finished() ? tr("missing") : tr("not scanned yet"))
                         .arg(t->missing)
                         .arg(t->unknown));
}

bool ReconciliationDialog::moveSelectedHere()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, ColCode))
        return false;
    const QString no = m_table->item(row, ColCode)->text();
    if (auto s = m_archive.reconSessions().moveHere(m_session, no); !s) {
        say(s.error().message, false);
        return false;
    }
    m_table->item(row, ColPlace)->setText(tr("moved here"));
    m_moveHere->setEnabled(false);
    say(tr("%1 moved into this session's place").arg(no), true);
    emit changed();
    return true;
}

bool ReconciliationDialog::finishSession()
{
    auto live = m_archive.reconSessions().tally(m_session);
    if (!live) {
        say(live.error().message, false);
        return false;
    }
    if (MessageBox::question(
            this, tr("Finish the reconciliation"),
            tr("Finish session %1? The %n folder(s) not scanned and not on loan will be recorded "
               "as missing, and the session can no longer be changed.",
               nullptr, live->missing)
                .arg(m_session)) != QMessageBox::Yes)
        return false;
    auto t = m_archive.reconSessions().finish(m_session);
    if (!t) {
        say(t.error().message, false);
        return false;
    }
    const qint64 id = m_session;
    reloadSessions();
    showSession(id);
    QStringList lines;
    for (const ReconEntry& e : t->missingList)
        lines << QStringLiteral("%1  %2  %3").arg(e.archiveNo, e.title, e.place);
    MessageBox::information(
        this, tr("Reconciliation finished"),
        t->missingList.isEmpty()
            ? tr("Nothing is missing.")
            : tr("Missing (%1):\n%2").arg(t->missingList.size()).arg(lines.join(QLatin1Char('\n'))));
    emit changed();
    return true;
}

void ReconciliationDialog::say(const QString& text, bool ok)
{
    m_message->setText(text);
    m_message->setStyleSheet(ok ? QStringLiteral("color: #1d6b2a;") : QStringLiteral("color: #b02020;"));
}

void ReconciliationDialog::savePdf()
{
    QString path;
    std::optional<PdfTarget> answer;
    if (DialogSeam<PdfTarget>::take(answer))
        path = answer ? answer->path : QString();
    else
        path = QFileDialog::getSaveFileName(this, tr("Save the report as PDF"),
                                            tr("reconciliation-%1.pdf").arg(m_session), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    PrintRequest r;
    r.form = PrintForm::Reconciliation;
    r.session = m_session;
    auto pages = m_archive.printing().toPdf(r, path);
    if (!pages)
        say(pages.error().message, false);
    else
        say(tr("%1 written: %n page(s)", nullptr, pages.value()).arg(path), true);
}

void ReconciliationDialog::saveXlsx()
{
    QString path = ExportHelper::askSavePath(this, tr("Save the report as Excel"),
                                             tr("reconciliation-%1.xlsx").arg(m_session));
    if (path.isEmpty())
        return;
    if (auto s = m_archive.reconciliation().reportXlsx(m_session, path); !s)
        say(s.error().message, false);
    else
        say(tr("%1 written").arg(path), true);
}

} // namespace ar::ui
