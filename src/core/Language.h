#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QTranslator;

namespace ar::language {

// The UI languages: "zh_CN" (default) and "en".
QStringList available();
// The language to use: the explicit choice if given, else ARCHIVEROOM_LANG, else zh_CN.
QString resolve(const QString& choice = {});
// Loads the program's translation (and Qt's own) for `lang` into the application.
// English is the source language: nothing to load. The translators installed are added to
// `installed` when given, so that a caller that runs more than once in a process (the command
// line called in-process by its tests) can remove them again.
bool install(QCoreApplication& app, const QString& lang, QList<QTranslator*>* installed = nullptr);

} // namespace ar::language
