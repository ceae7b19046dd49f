#include "Cutoff.h"

#include "LocaleFormat.h"

#include <QCoreApplication>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cutoff)
};

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? QChar(0x2212) : QLatin1Char('+');
    seconds = qAbs(seconds);
    return QStringLiteral("UTC%1%2:%3")
        .arg(sign)
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString instantText(const QDateTime &utc, const QTimeZone &zone, const QLocale *locale = nullptr)
{
    const QDateTime local = utc.toTimeZone(zone);
    return QStringLiteral("%1 %2 (%3)")
        .arg(locale ? LocaleFormat::dateTime(utc, zone, *locale) : local.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             zone.abbreviation(utc), offsetText(zone.offsetFromUtc(utc)));
}

} // namespace

QString Cutoff::displayText() const
{
    if (!isValid())
        return {};
    return instantText(utc, zone());
}

QString Cutoff::localeText(const QLocale &locale) const
{
    if (!isValid())
        return {};
    return instantText(utc, zone(), &locale);
}

CutoffResolution Cutoffs::resolve(const QDate &date, const QTime &time, const QByteArray &zoneId)
{
    CutoffResolution r;
    const QTimeZone zone(zoneId);
    if (!date.isValid() || !time.isValid()) {
        r.message = Tr::tr("Give a valid date and time for the cutoff.");
        return r;
    }
    if (zoneId.isEmpty() || !zone.isValid()) {
        r.message = Tr::tr("“%1” is not a time zone this computer knows (use an IANA name such as "
                           "America/New_York).")
                        .arg(QString::fromUtf8(zoneId));
        return r;
    }
    // Every instant whose wall-clock reading in the zone is date + time. The
    // offsets in force a day either side bound where it can lie.
    const qint64 wall = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    QList<qint64> hits;
    QList<int> offsets;
    for (qint64 probe : { wall - 86400 * 2, wall - 86400, wall, wall + 86400, wall + 86400 * 2 }) {
        const int offset = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(probe, Qt::UTC));
        if (!offsets.contains(offset))
            offsets.append(offset);
    }
    // Transitions between the probes are found through the zone's own list.
    const auto transitions = zone.transitions(QDateTime::fromSecsSinceEpoch(wall - 86400 * 2, Qt::UTC),
                                              QDateTime::fromSecsSinceEpoch(wall + 86400 * 2, Qt::UTC));
    for (const auto &t : transitions) {
        if (!offsets.contains(t.offsetFromUtc))
            offsets.append(t.offsetFromUtc);
    }
    for (int offset : std::as_const(offsets)) {
        const qint64 candidate = wall - offset;
        const QDateTime utc = QDateTime::fromSecsSinceEpoch(candidate, Qt::UTC);
        if (zone.offsetFromUtc(utc) == offset && !hits.contains(candidate))
            hits.append(candidate);
    }
    std::sort(hits.begin(), hits.end());
    const QString wallText =
        QStringLiteral("%1 %2").arg(date.toString(Qt::ISODate), time.toString(QStringLiteral("HH:mm")));
    if (hits.size() == 1) {
        r.kind = CutoffResolution::Kind::Exact;
        r.utc = QDateTime::fromSecsSinceEpoch(hits.first(), Qt::UTC);
        return r;
    }
    if (hits.size() >= 2) {
        r.kind = CutoffResolution::Kind::Ambiguous;
        r.earlierUtc = QDateTime::fromSecsSinceEpoch(hits.first(), Qt::UTC);
        r.laterUtc = QDateTime::fromSecsSinceEpoch(hits.last(), Qt::UTC);
        r.utc = r.earlierUtc;
        r.message = Tr::tr("%1 happens twice in %2: the clocks go back that night. Choose the first (%3) or the "
                           "second (%4).")
                        .arg(wallText, QString::fromUtf8(zoneId), instantText(r.earlierUtc, zone),
                             instantText(r.laterUtc, zone));
        return r;
    }
    // In a gap: the first valid moment after it is where the clocks land.
    r.kind = CutoffResolution::Kind::Skipped;
    for (const auto &t : transitions) {
        const qint64 at = t.atUtc.toSecsSinceEpoch();
        if (at >= wall - 86400 && at <= wall + 86400) {
            r.utc = t.atUtc.toUTC();
            break;
        }
    }
    r.message =
        Tr::tr("%1 does not exist in %2: the clocks jump forward that night. The next moment that exists "
               "is %3.")
            .arg(wallText, QString::fromUtf8(zoneId), r.utc.isValid() ? instantText(r.utc, zone) : Tr::tr("(unknown)"));
    return r;
}

Cutoff Cutoffs::make(const QDate &date, const QTime &time, const QByteArray &zoneId, Occurrence occurrence)
{
    const CutoffResolution r = resolve(date, time, zoneId);
    if (!r.isUsable())
        return {};
    Cutoff c;
    c.utc = r.kind == CutoffResolution::Kind::Ambiguous && occurrence == Occurrence::Later ? r.laterUtc : r.utc;
    c.zoneId = zoneId;
    c.localDate = date;
    c.localTime = time;
    return c;
}

bool Cutoffs::parseLocal(const QString &text, QDate *date, QTime *time)
{
    const QString t = text.trimmed();
    for (const QString &format : { QStringLiteral("yyyy-MM-ddTHH:mm"), QStringLiteral("yyyy-MM-ddTHH:mm:ss"),
                                   QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-dd HH:mm:ss") }) {
        // Parsed as UTC so that no zone's gap can make a wall-clock time invalid.
        const QDateTime dt = QDateTime::fromString(t, format);
        if (dt.isValid()) {
            *date = dt.date();
            *time = dt.time();
            return true;
        }
        const QDate d = QDate::fromString(t.left(10), QStringLiteral("yyyy-MM-dd"));
        const QTime tm = QTime::fromString(t.mid(11), format.mid(11));
        if (t.size() > 11 && d.isValid() && tm.isValid()) {
            *date = d;
            *time = tm;
            return true;
        }
    }
    return false;
}

} // namespace Cutover
