#include "ui/dossiers/ViolationsDialog.h"

#include "services/Archive.h"
#include "ui/common/DialogRunner.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ar::ui {

QAction* ViolationsDialog::createAction(Archive& archive, QWidget* parent)
{
    auto* a = new QAction(tr("&Violations…"), parent);
    a->setObjectName(QStringLiteral("actionViolations"));
    QObject::connect(a, &QAction::triggered, parent, [&archive, parent] {
        ViolationsDialog d(archive, parent);
        DialogRunner::exec(d);
    });
    return a;
}

ViolationsDialog::ViolationsDialog(Archive& archive, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_table(new QTableWidget(0, 7, this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Violations and measures"));
    setObjectName(QStringLiteral("ViolationsDialog"));
    m_table->setObjectName(QStringLiteral("violationTable"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Person"), tr("What"), tr("Measure"),
                                        tr("Loan / dossier"), tr("Decided by"), tr("No.")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto* add = new QPushButton(tr("&Record a violation…"), this);
    add->setObjectName(QStringLiteral("addButton"));
    connect(add, &QPushButton::clicked, this, &ViolationsDialog::addViolation);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Violations are recorded with the measure taken by the department managers "
                      "and company leaders; they cannot be changed afterwards."),
                   this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(820, 420);
    refresh();
}

void ViolationsDialog::refresh()
{
    m_table->setRowCount(0);
    auto all = m_archive.violations().list();
    if (!all) {
        m_message->setText(all.error().message);
        return;
    }
    for (const Violation& v : all.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString measure = v.measure;
        if (v.amountFen > 0)
            measure += tr(" %1 yuan").arg(QString::number(double(v.amountFen) / 100));
        QStringList about;
        if (v.loanId)
            about << tr("loan %1").arg(v.loanId);
        if (!v.archiveNo.isEmpty())
            about << v.archiveNo;
        const QStringList cells{v.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")),
                                v.person,
                                v.what,
                                measure,
                                about.join(QStringLiteral(", ")),
                                v.decidedBy,
                                QString::number(v.id)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
}

bool ViolationsDialog::addViolation()
{
    QDialog form(this);
    form.setObjectName(QStringLiteral("violationForm"));
    form.setWindowTitle(tr("Record a violation"));
    auto* person = new QLineEdit(&form);
    person->setObjectName(QStringLiteral("personEdit"));
    auto* what = new QLineEdit(&form);
    what->setObjectName(QStringLiteral("whatEdit"));
    what->setPlaceholderText(tr("unauthorised lending, a leak, a lost dossier, late return …"));
    auto* measure = new QComboBox(&form);
    measure->setObjectName(QStringLiteral("measureCombo"));
    measure->addItems(violationMeasures());
    auto* amount = new QLineEdit(&form);
    amount->setObjectName(QStringLiteral("amountEdit"));
    amount->setPlaceholderText(tr("yuan, for a fine (e.g. 100 or 300)"));
    auto* loan = new QSpinBox(&form);
    loan->setObjectName(QStringLiteral("loanSpin"));
    loan->setRange(0, 999999999);
    loan->setSpecialValueText(tr("none"));
    auto* dossier = new QLineEdit(&form);
    dossier->setObjectName(QStringLiteral("dossierEdit"));
    auto* error = new QLabel(&form);
    error->setObjectName(QStringLiteral("errorLabel"));
    error->setStyleSheet(QStringLiteral("color: #b02020;"));
    error->setWordWrap(true);
    auto* fl = new QFormLayout(&form);
    fl->addRow(tr("&Person:"), person);
    fl->addRow(tr("&What:"), what);
    fl->addRow(tr("&Measure:"), measure);
    fl->addRow(tr("&Amount:"), amount);
    fl->addRow(tr("&Loan no.:"), loan);
    fl->addRow(tr("&Dossier (archive no.):"), dossier);
    fl->addRow(error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    fl->addRow(box);
    std::optional<Violation> recorded;
    connect(box, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &form, [&] {
        ViolationService::Input in;
        in.person = person->text();
        in.what = what->text();
        in.measure = measure->currentText();
        in.amount = amount->text();
        in.loanId = loan->value();
        in.archiveNo = dossier->text();
        auto v = m_archive.violations().add(in);
        if (!v) {
            error->setText(v.error().message); // the form stays open with what was typed
            return;
        }
        recorded = v.value();
        form.accept();
    });
    DialogRunner::exec(form);
    if (!recorded)
        return false;
    m_message->setText(tr("Violation %1 recorded: %2, %3")
                           .arg(QString::number(recorded->id), recorded->person, recorded->measure));
    refresh();
    return true;
}

} // namespace ar::ui
