// TargetChoice (declared in importing/ImportEngine.h): where an import goes.

#include "importing/ImportEngine.h"

namespace Cutover {

QString TargetChoice::key() const
{
    if (kind == Kind::CsvPackage)
        return QStringLiteral("csv-package");
    const QUrl url = baseUrl.isValid() && !baseUrl.isEmpty() ? baseUrl : regionBaseUrl(region);
    QString text = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return QStringLiteral("clio:") + text;
}

// Clio's regions are separate instances, each with its own host for the app,
// OAuth and the API (shared/reference/clio-api-v4.md, 1.1).
QUrl TargetChoice::regionBaseUrl(const QString &region)
{
    const QString r = region.trimmed().toUpper();
    if (r == u"US")
        return QUrl(QStringLiteral("https://app.clio.com"));
    if (r == u"EU")
        return QUrl(QStringLiteral("https://eu.app.clio.com"));
    if (r == u"CA")
        return QUrl(QStringLiteral("https://ca.app.clio.com"));
    if (r == u"AU")
        return QUrl(QStringLiteral("https://au.app.clio.com"));
    return {};
}

} // namespace Cutover
