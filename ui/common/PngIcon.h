#pragma once

#include <QIcon>
#include <QList>
#include <QSize>
#include <QString>

namespace ar::ui {

// An icon made of PNG files of given sizes, read only when a size is first asked for, and read
// by Qt's built-in PNG reader alone. QIcon::addFile reads every file at once, and its reader asks
// every image-format plugin (gif, ico, jpeg: three libraries and libjpeg loaded) whether it reads
// "png" before using the built-in reader: about 2 ms at start for the window icon (issue #23).
// Each entry is a square size and the file (a resource path) holding the icon at that size.
QIcon pngIcon(const QList<QPair<int, QString>>& files);

// The image in the PNG file `path`, read without asking the image-format plugins; a null image
// when it cannot be read.
QImage readPng(const QString& path);

} // namespace ar::ui
