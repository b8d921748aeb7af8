#include "Dossier.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ar {

QString formatArchiveNo(const QString& pattern, const QString& fonds, const Category& c, int year, int seq)
{
    QString out = pattern;
    out.replace(QLatin1String("{fonds}"), fonds);
    out.replace(QLatin1String("{category}"), c.archiveCode);
    out.replace(QLatin1String("{year}"), QString::number(year));
    out.replace(QLatin1String("{retention}"), c.retention);
    static const QRegularExpression seqToken(QStringLiteral("\\{seq(?::(\\d+))?\\}"));
    QRegularExpressionMatch m = seqToken.match(out);
    while (m.hasMatch()) {
        const int width = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
        out.replace(m.capturedStart(), m.capturedLength(),
                    QStringLiteral("%1").arg(seq, width, 10, QLatin1Char('0')));
        m = seqToken.match(out);
    }
    return out;
}

bool isValidRetention(const QString& code)
{
    static const QRegularExpression re(QStringLiteral("^(Y|D[1-9][0-9]{0,2})$"));
    return re.match(code).hasMatch();
}

int retentionYears(const QString& code)
{
    if (!isValidRetention(code) || code == QLatin1String("Y"))
        return 0;
    return code.mid(1).toInt();
}

QString retentionLabel(const QString& code)
{
    if (code == QLatin1String("Y"))
        return QCoreApplication::translate("Dossier", "permanent");
    if (const int y = retentionYears(code); y > 0)
        return QCoreApplication::translate("Dossier", "%n year(s)", nullptr, y);
    return code;
}

QStringList dossierStatuses()
{
    return {QStringLiteral("open"),         QStringLiteral("filed"), QStringLiteral("on_loan"),
            QStringLiteral("former_owner"), QStringLiteral("lost"),  QStringLiteral("destroyed")};
}

QString dossierStatusLabel(const QString& status)
{
    if (status == QLatin1String("open"))
        return QCoreApplication::translate("Dossier", "open");
    if (status == QLatin1String("filed"))
        return QCoreApplication::translate("Dossier", "filed");
    if (status == QLatin1String("on_loan"))
        return QCoreApplication::translate("Dossier", "on loan");
    if (status == QLatin1String("former_owner"))
        return QCoreApplication::translate("Dossier", "former owner");
    if (status == QLatin1String("lost"))
        return QCoreApplication::translate("Dossier", "lost");
    if (status == QLatin1String("destroyed"))
        return QCoreApplication::translate("Dossier", "destroyed");
    return status;
}

bool dossierIsGone(const QString& status)
{
    return status == QLatin1String("lost") || status == QLatin1String("destroyed");
}

const char* dossierGoneRule(const QString& status)
{
    return status == QLatin1String("destroyed") ? "R43" : "R34";
}

bool dossierIsInRoom(const QString& status)
{
    return !dossierIsGone(status) && status != QLatin1String("on_loan");
}

QString dossierStatusAfterReturn(const QString& statusBeforeLoan)
{
    return statusBeforeLoan.isEmpty() ? QStringLiteral("open") : statusBeforeLoan;
}

QString dossierStatusWhenFound(const QString& statusBeforeLoss, bool ownerChanged)
{
    if (ownerChanged)
        return QStringLiteral("former_owner");
    if (statusBeforeLoss.isEmpty() || statusBeforeLoss == QLatin1String("on_loan") ||
        statusBeforeLoss == QLatin1String("lost"))
        return QStringLiteral("open");
    return statusBeforeLoss;
}

QDate filingDue(const QDate& received, bool campaignRunning)
{
    return campaignRunning ? received : received.addDays(7);
}

QDate destroyEligibleOn(const Dossier& d, const QString& retention)
{
    if (d.destroyEligible.isValid())
        return d.destroyEligible;
    const int years = retentionYears(retention);
    if (years <= 0 || d.year <= 0)
        return {};
    return QDate(d.year + years + 1, 1, 1);
}

QStringList locationKinds()
{
    return {QStringLiteral("room"), QStringLiteral("cabinet"), QStringLiteral("shelf"), QStringLiteral("box")};
}

QString locationKindLabel(const QString& kind)
{
    if (kind == QLatin1String("room"))
        return QCoreApplication::translate("Dossier", "archive room");
    if (kind == QLatin1String("cabinet"))
        return QCoreApplication::translate("Dossier", "cabinet");
    if (kind == QLatin1String("shelf"))
        return QCoreApplication::translate("Dossier", "shelf");
    if (kind == QLatin1String("box"))
        return QCoreApplication::translate("Dossier", "box");
    return kind;
}

} // namespace ar
