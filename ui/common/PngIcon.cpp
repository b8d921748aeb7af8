#include "ui/common/PngIcon.h"

#include <QIconEngine>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>

#include <utility>

namespace ar::ui {

namespace {

// Knows its sizes from the start; builds the ordinary pixmap icon (scaling, the disabled and
// selected forms: QPixmapIconEngine's behaviour) from the files the first time a pixmap is
// needed. The offscreen and Wayland platforms never ask for the window icon's pixmaps.
class LazyPngIconEngine final : public QIconEngine
{
public:
    explicit LazyPngIconEngine(QList<QPair<int, QString>> files) : m_files(std::move(files)) {}

    QIconEngine* clone() const override { return new LazyPngIconEngine(*this); }
    QString key() const override { return QStringLiteral("ArchiveRoomLazyPng"); }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        loaded().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    // In device pixels, as QIcon asks its engine.
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return loaded().pixmap(size, qreal(1), mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return loaded().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const auto& f : std::as_const(m_files))
            sizes << QSize(f.first, f.first);
        return sizes;
    }
    bool isNull() override { return m_files.isEmpty(); }

private:
    const QIcon& loaded()
    {
        if (!m_loaded) {
            m_loaded = true;
            for (const auto& f : std::as_const(m_files)) {
                const QImage image = readPng(f.second);
                if (!image.isNull())
                    m_icon.addPixmap(QPixmap::fromImage(image));
            }
        }
        return m_icon;
    }

    QList<QPair<int, QString>> m_files;
    QIcon m_icon;
    bool m_loaded = false;
};

} // namespace

QImage readPng(const QString& path)
{
    QImageReader reader(path, QByteArrayLiteral("png"));
    // Without detection the reader takes the format as given: no plugin is asked or loaded.
    reader.setAutoDetectImageFormat(false);
    return reader.read();
}

QIcon pngIcon(const QList<QPair<int, QString>>& files)
{
    return QIcon(new LazyPngIconEngine(files));
}

} // namespace ar::ui
