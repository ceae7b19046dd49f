#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace Cutover {

// The moment the old system stops being the record: a date and a wall-clock
// time in a named (IANA) zone, kept as the UTC instant with the zone and the
// wall-clock time beside it.
struct Cutoff
{
    QDateTime utc;
    QByteArray zoneId; // "America/New_York"
    QDate localDate;
    QTime localTime;

    bool isValid() const { return utc.isValid() && !zoneId.isEmpty(); }
    QTimeZone zone() const { return QTimeZone(zoneId); }
    // "2026-12-31 17:00 EST (UTC−05:00)": the fixed spelling of files and the CLI.
    QString displayText() const;
    // The same in the reader's locale: "12/31/2026 5:00 PM EST (UTC−05:00)".
    QString localeText(const QLocale &locale) const;
    bool operator==(const Cutoff &) const = default;
};

// Turning a wall-clock time into an instant. Around a DST change a wall-clock
// time can be missing (the clocks jump over it) or happen twice (the clocks go
// back); both are said, never guessed silently.
struct CutoffResolution
{
    enum class Kind {
        Exact, // one instant: `utc`
        Ambiguous, // happens twice: `earlierUtc` (first, still summer time) and `laterUtc`
        Skipped, // does not exist: `utc` is the first valid moment after the gap
        Invalid, // bad date, time or zone: `message`
    };
    Kind kind = Kind::Invalid;
    QDateTime utc;
    QDateTime earlierUtc;
    QDateTime laterUtc;
    QString message; // translated, for Ambiguous, Skipped and Invalid

    bool isUsable() const { return kind == Kind::Exact || kind == Kind::Ambiguous; }
};

namespace Cutoffs {

enum class Occurrence { Earlier, Later };

CutoffResolution resolve(const QDate &date, const QTime &time, const QByteArray &zoneId);
// The cutoff for a wall-clock time; an ambiguous time takes `occurrence`.
// Returns an invalid Cutoff when the time does not exist or the input is bad.
Cutoff make(const QDate &date, const QTime &time, const QByteArray &zoneId,
            Occurrence occurrence = Occurrence::Earlier);
// Parses "2026-12-31T17:00" (or with seconds) as a wall-clock time.
bool parseLocal(const QString &text, QDate *date, QTime *time);

} // namespace Cutoffs

} // namespace Cutover
