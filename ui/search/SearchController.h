#pragma once

#include "core/Search.h"

#include <QObject>
#include <QTimer>

class QLineEdit;
class QTreeView;
class QWidget;

namespace ar {
class SearchService;
}

namespace ar::ui {

class SearchResultModel;

// Search as you type: the box's text goes to SearchService after a short pause, the hits
// appear in a list under the box. Up/Down move in the list, Enter opens, Escape closes.
// A barcode scanner types its text and Enter faster than the pause: Enter then searches at
// once and opens the first hit.
class SearchController : public QObject
{
    Q_OBJECT
public:
    // The result list is created as a child of `overlayParent` (the main window), floating
    // over the views below the box, so that typing never leaves the box.
    SearchController(SearchService& service, QLineEdit* box, QWidget* overlayParent);

    QTreeView* resultView() const { return m_view; }
    SearchResultModel* results() const { return m_model; }
    // Runs the search for the box's current text now (no pause).
    void searchNow();
    // Opens the hit in `row` (closes the list, selects the text for the next scan).
    void open(int row);

    static constexpr int Limit = 20;
    static constexpr int PauseMs = 50;

signals:
    void hitChosen(const SearchHit& hit);
    void message(const QString& text);
    // "Nothing found for …" while the text typed finds nothing; it stays until a later search
    // finds something or the box is emptied, which emit noMatchCleared with the same text.
    void noMatch(const QString& text);
    void noMatchCleared(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showList();
    void hideList();
    void moveCurrent(int delta);
    void onFocusChanged(QWidget* old, QWidget* now);

    SearchService& m_service;
    QLineEdit* m_box;
    QWidget* m_overlayParent;
    QTreeView* m_view;
    SearchResultModel* m_model;
    QTimer m_pause;
    QString m_searched; // the text the current results are for
    QString m_noMatch;  // the "nothing found" message shown, if any
    void setNoMatch(const QString& text);
};

} // namespace ar::ui
