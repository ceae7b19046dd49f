#include "ProjectSettings.h"

#include "domain/Catalogs.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace Cutover {

namespace {

QString regionForZone(const QByteArray &zone)
{
    if (zone.startsWith("America/")) {
        static const QList<QByteArray> canadian = { "America/Toronto",  "America/Vancouver", "America/Edmonton",
                                                    "America/Winnipeg", "America/Halifax",   "America/St_Johns",
                                                    "America/Regina",   "America/Montreal" };
        return canadian.contains(zone) ? QStringLiteral("CA") : QStringLiteral("US");
    }
    if (zone == "Europe/London")
        return QStringLiteral("GB-EAW");
    if (zone == "Europe/Belfast")
        return QStringLiteral("GB-NIR");
    if (zone.startsWith("Australia/"))
        return QStringLiteral("AU");
    return QStringLiteral("NONE");
}

} // namespace

ProjectSettings ProjectSettings::defaultsForThisMachine()
{
    ProjectSettings s;
    QByteArray zone = QTimeZone::systemTimeZoneId();
    if (zone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(zone))
        zone = "UTC";
    s.timeZone = QString::fromLatin1(zone);
    s.holidayRegion = regionForZone(zone);
    return s;
}

QStringList ProjectSettings::problems() const
{
    QStringList out;
    if (firmName.trimmed().isEmpty())
        out << QCoreApplication::translate("Cutover::ProjectSettings", "The firm name is empty.");
    if (!SourceSystems::contains(sourceSystem))
        out << QCoreApplication::translate("Cutover::ProjectSettings", "“%1” is not a source system Cutover knows.")
                   .arg(sourceSystem);
    if (!TargetSystems::contains(targetSystem))
        out << QCoreApplication::translate("Cutover::ProjectSettings", "“%1” is not a target system Cutover knows.")
                   .arg(targetSystem);
    if (timeZone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(timeZone.toLatin1()))
        out << QCoreApplication::translate("Cutover::ProjectSettings",
                                           "“%1” is not an IANA time zone (for example America/New_York).")
                   .arg(timeZone);
    if (!HolidayRegions::contains(holidayRegion))
        out << QCoreApplication::translate("Cutover::ProjectSettings",
                                           "“%1” is not a holiday region Cutover knows (for example US, CA-ON, "
                                           "GB-EAW, AU-NSW or NONE).")
                   .arg(holidayRegion);
    return out;
}

} // namespace Cutover
