#include "ui/search/SearchController.h"

#include "services/SearchService.h"
#include "ui/search/SearchResultModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeView>

namespace ar::ui {

SearchController::SearchController(SearchService& service, QLineEdit* box, QWidget* overlayParent)
    : QObject(box), m_service(service), m_box(box), m_overlayParent(overlayParent),
      m_view(new QTreeView(overlayParent)), m_model(new SearchResultModel(this))
{
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFocusPolicy(Qt::NoFocus); // the keys stay in the box; the box steers the list
    m_view->setFrameShape(QFrame::Box);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->hide();

    m_pause.setSingleShot(true);
    m_pause.setInterval(PauseMs);
    connect(&m_pause, &QTimer::timeout, this, &SearchController::searchNow);
    connect(m_box, &QLineEdit::textChanged, this, [this] { m_pause.start(); });
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex& i) { open(i.row()); });
    connect(qApp, &QApplication::focusChanged, this, &SearchController::onFocusChanged);
    m_box->installEventFilter(this);
}

void SearchController::searchNow()
{
    m_pause.stop();
    const QString text = m_box->text();
    m_searched = text;
    if (text.trimmed().isEmpty()) {
        m_model->setHits({});
        hideList();
        setNoMatch({});
        return;
    }
    auto hits = m_service.search(text, Limit);
    if (!hits) {
        m_model->setHits({});
        hideList();
        setNoMatch({});
        emit message(hits.error().message);
        return;
    }
    m_model->setHits(std::move(hits).value());
    if (m_model->rowCount() == 0) {
        hideList();
        setNoMatch(tr("Nothing found for “%1”").arg(text));
        return;
    }
    setNoMatch({});
    m_view->setCurrentIndex(m_model->index(0, 0));
    showList();
}

void SearchController::setNoMatch(const QString& text)
{
    if (text == m_noMatch)
        return;
    if (!m_noMatch.isEmpty())
        emit noMatchCleared(m_noMatch);
    m_noMatch = text;
    if (!text.isEmpty())
        emit noMatch(text);
}

void SearchController::open(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const SearchHit hit = m_model->hit(row);
    hideList();
    m_box->selectAll(); // the next scan or query replaces this one
    emit hitChosen(hit);
}

bool SearchController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_box || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    switch (key->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (m_view->isHidden() && m_model->rowCount() > 0) {
            showList();
            return true;
        }
        moveCurrent(key->key() == Qt::Key_Down ? 1 : -1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        // A scan arrives faster than the pause: search now and take the first hit.
        const bool stale = m_pause.isActive() || m_searched != m_box->text();
        if (stale)
            searchNow();
        const QModelIndex current = m_view->currentIndex();
        open(stale || !current.isValid() ? 0 : current.row());
        return true;
    }
    case Qt::Key_Escape:
        if (m_view->isVisible()) {
            hideList();
            return true;
        }
        return false;
    default:
        return false;
    }
}

void SearchController::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_view->currentIndex().row() + delta, 0, rows - 1);
    m_view->setCurrentIndex(m_model->index(row, 0));
}

void SearchController::showList()
{
    const QPoint below = m_box->mapTo(m_overlayParent, QPoint(0, m_box->height() + 2));
    const int rows = std::min(m_model->rowCount(), 12);
    const int rowHeight = std::max(m_view->sizeHintForRow(0), m_view->fontMetrics().height() + 6);
    const int width = std::min(std::max(m_box->width(), 620), m_overlayParent->width() - below.x() - 8);
    m_view->setGeometry(below.x(), below.y(), width, rows * rowHeight + 2 * m_view->frameWidth() + 6);
    m_view->show();
    m_view->raise();
}

void SearchController::hideList()
{
    m_view->hide();
}

void SearchController::onFocusChanged(QWidget*, QWidget* now)
{
    // The list only makes sense while the clerk is in the box.
    if (now != m_box && m_view->isVisible())
        hideList();
}

} // namespace ar::ui
