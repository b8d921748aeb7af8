#include "PostgresUrl.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace ar {

namespace {

Error wrong(const QString& part, const QString& value, const QString& why)
{
    return Error::invalid(part, value,
                          QCoreApplication::translate("Database", "The PostgreSQL location is wrong at %1 (%2): %3")
                              .arg(part, value, why));
}

QString decoded(const QString& text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// libpq's conninfo quoting: 'value' with \ and ' escaped.
QString quoted(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

Result<int> portNumber(const QString& part, const QString& text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535 || text.startsWith(QLatin1Char('+')))
        return wrong(part, text,
                     QCoreApplication::translate("Database", "a port is a number from 1 to 65535"));
    return port;
}

} // namespace

bool isPostgresUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString PostgresLocation::connectOptions() const
{
    QStringList out;
    const auto add = [&out](const char* key, const QString& value) {
        if (!value.isEmpty())
            out << QLatin1String(key) + QLatin1Char('=') + quoted(value);
    };
    add("sslmode", sslMode);
    add("sslrootcert", sslRootCert);
    add("connect_timeout", connectTimeout);
    add("application_name", applicationName);
    add("options", options);
    return out.join(QLatin1Char(';'));
}

Result<PostgresLocation> parsePostgresUrl(const QString& url)
{
    const qsizetype schemeEnd = url.indexOf(QLatin1String("://"));
    const QString scheme = schemeEnd < 0 ? url : url.left(schemeEnd);
    if (schemeEnd < 0 || (scheme.compare(QLatin1String("postgresql"), Qt::CaseInsensitive) != 0 &&
                          scheme.compare(QLatin1String("postgres"), Qt::CaseInsensitive) != 0))
        return wrong(QStringLiteral("scheme"), scheme,
                     QCoreApplication::translate("Database", "it must begin with postgresql://"));
    QString rest = url.mid(schemeEnd + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    QString authority = slash < 0 ? rest : rest.left(slash);
    const QString path = slash < 0 ? QString() : rest.mid(slash + 1);

    PostgresLocation loc;
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        if (userInfo.contains(QLatin1Char(':')))
            return wrong(QStringLiteral("password"), QStringLiteral("***"),
                         QCoreApplication::translate("Database",
                                                     "do not write the password into the location; set "
                                                     "PGPASSWORD or put it in ~/.pgpass"));
        if (userInfo.isEmpty())
            return wrong(QStringLiteral("user"), userInfo,
                         QCoreApplication::translate("Database", "the user name before @ is empty"));
        loc.user = decoded(userInfo);
    }
    QString portText;
    if (authority.startsWith(QLatin1Char('['))) { // [IPv6]:port
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return wrong(QStringLiteral("host"), authority,
                         QCoreApplication::translate("Database", "an IPv6 address needs its closing ]"));
        loc.host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return wrong(QStringLiteral("host"), authority,
                         QCoreApplication::translate("Database", "only :port may follow the address"));
        portText = after.mid(1);
        if (after.startsWith(QLatin1Char(':')) && portText.isEmpty())
            return wrong(QStringLiteral("port"), portText,
                         QCoreApplication::translate("Database", "a port is a number from 1 to 65535"));
    } else {
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            portText = authority.mid(colon + 1);
            authority.truncate(colon);
            if (portText.isEmpty())
                return wrong(QStringLiteral("port"), portText,
                             QCoreApplication::translate("Database", "a port is a number from 1 to 65535"));
        }
        loc.host = decoded(authority);
        if (loc.host.contains(QLatin1Char(',')))
            return wrong(QStringLiteral("host"), loc.host,
                         QCoreApplication::translate("Database", "give one server, not a list"));
    }
    if (!portText.isEmpty()) {
        auto p = portNumber(QStringLiteral("port"), portText);
        if (!p)
            return p.error();
        loc.port = p.value();
    }

    loc.database = decoded(path);
    if (loc.database.isEmpty())
        return wrong(QStringLiteral("database"), loc.database,
                     QCoreApplication::translate("Database",
                                                 "name the database after the server, as in "
                                                 "postgresql://archivist@dbserver/archive"));
    if (loc.database.contains(QLatin1Char('/')))
        return wrong(QStringLiteral("database"), loc.database,
                     QCoreApplication::translate("Database", "a database name has no /"));

    if (!query.isEmpty()) {
        for (const QString& pair : query.split(QLatin1Char('&'))) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString key = decoded(eq < 0 ? pair : pair.left(eq));
            const QString value = eq < 0 ? QString() : decoded(pair.mid(eq + 1));
            if (eq < 0 || value.isEmpty())
                return wrong(key, value, QCoreApplication::translate("Database", "the parameter has no value"));
            if (value.contains(QLatin1Char(';')))
                return wrong(key, value, QCoreApplication::translate("Database", "a value may not contain ;"));
            if (key == QLatin1String("host")) {
                if (!loc.host.isEmpty())
                    return wrong(key, value,
                                 QCoreApplication::translate("Database", "the host is given twice"));
                loc.host = value;
            } else if (key == QLatin1String("port")) {
                if (loc.port != 0)
                    return wrong(key, value,
                                 QCoreApplication::translate("Database", "the port is given twice"));
                auto p = portNumber(key, value);
                if (!p)
                    return p.error();
                loc.port = p.value();
            } else if (key == QLatin1String("user")) {
                if (!loc.user.isEmpty())
                    return wrong(key, value,
                                 QCoreApplication::translate("Database", "the user is given twice"));
                loc.user = value;
            } else if (key == QLatin1String("sslmode")) {
                static const QStringList kModes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                                QStringLiteral("prefer"),    QStringLiteral("require"),
                                                QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
                if (!kModes.contains(value))
                    return wrong(key, value,
                                 QCoreApplication::translate("Database", "sslmode is one of %1")
                                     .arg(kModes.join(QLatin1String(", "))));
                loc.sslMode = value;
            } else if (key == QLatin1String("sslrootcert")) {
                loc.sslRootCert = value;
            } else if (key == QLatin1String("connect_timeout")) {
                bool ok = false;
                const int seconds = value.toInt(&ok);
                if (!ok || seconds < 0)
                    return wrong(key, value,
                                 QCoreApplication::translate("Database", "a number of seconds is expected"));
                loc.connectTimeout = value;
            } else if (key == QLatin1String("application_name")) {
                loc.applicationName = value;
            } else if (key == QLatin1String("options")) {
                loc.options = value;
            } else if (key == QLatin1String("password")) {
                return wrong(QStringLiteral("password"), QStringLiteral("***"),
                             QCoreApplication::translate("Database",
                                                         "do not write the password into the location; set "
                                                         "PGPASSWORD or put it in ~/.pgpass"));
            } else {
                return wrong(key, value,
                             QCoreApplication::translate(
                                 "Database", "unknown parameter (known: host, port, user, sslmode, "
                                             "sslrootcert, connect_timeout, application_name, options)"));
            }
        }
    }
    return loc;
}

} // namespace ar
