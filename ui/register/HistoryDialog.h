#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace ar {
class Archive;
}

namespace ar::ui {

class HistoryModel;

// The change history of one person (R6, R41): who changed which field when, old → new.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(Archive& archive, qint64 personId, QWidget* parent = nullptr);

    HistoryModel* model() const { return m_model; }
    // Reads the history again (after the person was corrected).
    void reload();

private:
    Archive& m_archive;
    qint64 m_personId;
    HistoryModel* m_model;
    QTableView* m_table;
    QLabel* m_titleLabel;
    QLabel* m_errorLabel;
};

} // namespace ar::ui
