#pragma once

#include <QCoreApplication>
#include <QString>

namespace ar::language {

// The UI languages: "zh_CN" (default) and "en".
QStringList available();
// The language to use: the explicit choice if given, else ARCHIVEROOM_LANG, else zh_CN.
QString resolve(const QString& choice = {});
// Loads the program's translation (and Qt's own) for `lang` into the application.
// English is the source language: nothing to load.
bool install(QCoreApplication& app, const QString& lang);

} // namespace ar::language
