#include "Language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ar::language {

QStringList available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString resolve(const QString& choice)
{
    QString lang = choice;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("ARCHIVEROOM_LANG");
    if (lang.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    return QStringLiteral("zh_CN");
}

bool install(QCoreApplication& app, const QString& lang, QList<QTranslator*>* installed)
{
    if (lang == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto* own = new QTranslator(&app);
    const bool ok = own->load(QStringLiteral(":/i18n/archiveroom_%1.qm").arg(lang));
    if (ok)
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    if (installed)
        *installed << own << qt;
    return ok;
}

} // namespace ar::language
