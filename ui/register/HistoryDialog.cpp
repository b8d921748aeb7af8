#include "ui/register/HistoryDialog.h"

#include "ui/common/ReadOnlyTable.h"
#include "ui/register/HistoryModel.h"

#include "services/Archive.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ar::ui {

HistoryDialog::HistoryDialog(Archive& archive, qint64 personId, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_personId(personId), m_model(new HistoryModel(this)),
      m_table(new QTableView(this)), m_titleLabel(new QLabel(this)), m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("HistoryDialog"));
    resize(820, 420);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: bold;"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
}

void HistoryDialog::reload()
{
    QString name;
    if (auto p = m_archive.people().person(m_personId))
        name = p->data.name;
    setWindowTitle(tr("Change history — %1").arg(name));
    m_titleLabel->setText(tr("Change history of %1").arg(name));

    auto entries = m_archive.people().history(m_personId);
    m_errorLabel->setVisible(!entries);
    if (!entries) {
        m_errorLabel->setText(entries.error().message);
        m_model->setEntries({});
        return;
    }
    m_model->setEntries(entries.value());
    m_table->resizeColumnsToContents();
    m_table->scrollToBottom(); // the latest change
}

} // namespace ar::ui
