#include "ui/help/HelpDialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace ar::ui {

namespace {

QString plain(QString text)
{
    // "登记业主(&O)…" → "登记业主…", "Register &owner…" → "Register owner…"
    static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)"));
    text.remove(mnemonic);
    return text.remove(QLatin1Char('&'));
}

QDialog* frame(QWidget* parent, const QString& title, QWidget* body, const char* name)
{
    auto* d = new QDialog(parent);
    d->setObjectName(QString::fromLatin1(name));
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(title);
    auto* layout = new QVBoxLayout(d);
    body->setParent(d);
    layout->addWidget(body);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, d);
    QObject::connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    layout->addWidget(buttons);
    return d;
}

} // namespace

QString findManual(const QString& programDir)
{
    const QString dir = qEnvironmentVariableIsSet("ARCHIVEROOM_MANUAL_DIR")
                            ? qEnvironmentVariable("ARCHIVEROOM_MANUAL_DIR")
                            : QDir(programDir).filePath(QStringLiteral("../share/archiveroom/manual"));
    const QFileInfo manual(QDir(dir).filePath(QStringLiteral("user-manual.md")));
    return manual.isFile() ? QDir::cleanPath(manual.absoluteFilePath()) : QString();
}

QDialog* makeManualDialog(QWidget* parent)
{
    auto* browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("manualBrowser"));
    browser->setOpenExternalLinks(true);
    const QString programDir = QCoreApplication::applicationDirPath();
    const QString manual = findManual(programDir);
    if (manual.isEmpty()) {
        browser->setPlainText(
            QDialog::tr(
                "The user manual is not installed: %1 was not found. Reinstall the archiveroom package.")
                .arg(QDir::toNativeSeparators(QDir::cleanPath(
                    programDir + QStringLiteral("/../share/archiveroom/manual/user-manual.md")))));
    } else {
        // Relative image paths (images/…) resolve against the manual's own folder.
        browser->setSource(QUrl::fromLocalFile(manual), QTextDocument::MarkdownResource);
    }
    QDialog* d = frame(parent, QDialog::tr("User manual"), browser, "ManualDialog");
    d->resize(900, 700);
    return d;
}

QDialog* makeShortcutsDialog(QWidget* window)
{
    auto* table = new QTableWidget;
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({QDialog::tr("Command"), QDialog::tr("Keys")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    const auto addRow = [table](const QString& what, const QString& keys) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(what));
        table->setItem(row, 1, new QTableWidgetItem(keys));
    };
    for (QAction* a : window->findChildren<QAction*>()) {
        if (a->shortcuts().isEmpty() || a->objectName().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        addRow(plain(a->text()), keys.join(QLatin1String(" / ")));
    }
    addRow(QDialog::tr("Any form: save"), QDialog::tr("Ctrl+S, Ctrl+Enter, or Enter in a one-line field"));
    addRow(QDialog::tr("Any form: close (asks when something was typed)"), QDialog::tr("Esc"));
    addRow(QDialog::tr("Main window: start a search"), QDialog::tr("just type (or scan) anywhere"));
    addRow(QDialog::tr("Search box: open the first hit"), QDialog::tr("Enter"));
    addRow(QDialog::tr("A menu or a field"), QDialog::tr("Alt + the underlined letter"));
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    QDialog* d = frame(window, QDialog::tr("Keyboard shortcuts"), table, "ShortcutsDialog");
    d->resize(620, 520);
    return d;
}

} // namespace ar::ui
