#include "CalendarCommand.h"

#include "HolidayListModel.h"
#include "domain/BusinessCalendar.h"
#include "domain/Catalogs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

namespace Cutover::Cli {

namespace {

QString regionKeys()
{
    QStringList keys;
    for (const CatalogEntry &e : HolidayRegions::all())
        keys << e.key;
    return keys.join(QLatin1String(", "));
}

// Weekday names in JSON are English whatever the language, for scripts.
QString englishWeekday(const QDate &date)
{
    return QLocale::c().dayName(date.dayOfWeek());
}

QString kindKey(const Holiday &h)
{
    switch (h.source) {
    case Holiday::Source::Rule:
        return h.observed ? QStringLiteral("observed") : QStringLiteral("rule");
    case Holiday::Source::Custom:
        return QStringLiteral("custom");
    case Holiday::Source::ICalendar:
        return QStringLiteral("icalendar");
    }
    return {};
}

void printJson(QTextStream &out, const QJsonObject &o)
{
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace

CalendarCommand::CalendarCommand()
    : Command(QStringLiteral("calendar"),
              tr("Count business days for a holiday region: the date N business days on, the business days between "
                 "two dates, or a year's holidays."))
{
}

void CalendarCommand::describe(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("region"),
                       tr("The holiday region: %1 (or a country with --subregion).").arg(regionKeys()), tr("code") });
    parser.addOption({ QStringLiteral("subregion"), tr("A province, state or nation of the region, e.g. ON, VIC, SCT."),
                       tr("code") });
    parser.addOption(
        { QStringLiteral("from"), tr("The date to count from (YYYY-MM-DD); not counted itself."), tr("date") });
    parser.addOption({ QStringLiteral("add"),
                       tr("Print the date this many business days after --from (before it "
                          "when negative)."),
                       tr("N") });
    parser.addOption({ QStringLiteral("to"), tr("Print the business days after --from up to and including this date."),
                       tr("date") });
    parser.addOption(
        { QStringLiteral("holidays"), tr("Print the holidays of this year (no --from needed)."), tr("year") });
    parser.addOption(
        { QStringLiteral("ics"), tr("Also take the days of this iCalendar file; repeat for more."), tr("file") });
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
}

int CalendarCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("calendar: unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()),
                    UsageError);
    if (!parser.isSet(QStringLiteral("region")))
        return fail(tr("calendar: --region CODE is required (%1).").arg(regionKeys()), UsageError);
    const QString given = parser.value(QStringLiteral("region"));
    const QString subregion = parser.value(QStringLiteral("subregion"));
    const QString region = BusinessCalendar::regionKey(given, subregion);
    if (region.isEmpty()) {
        const QString asked = subregion.isEmpty() ? given : given + QLatin1Char('-') + subregion;
        return fail(tr("calendar: “%1” is not a holiday region; use one of %2.").arg(asked, regionKeys()), UsageError);
    }

    const int modes = int(parser.isSet(QStringLiteral("add"))) + int(parser.isSet(QStringLiteral("to")))
        + int(parser.isSet(QStringLiteral("holidays")));
    if (modes != 1)
        return fail(tr("calendar: give exactly one of --add N, --to DATE or --holidays YEAR."), UsageError);
    auto parseDate = [](const QString &text) {
        return QDate::fromString(text.trimmed(), Qt::ISODate);
    };
    QDate from;
    if (!parser.isSet(QStringLiteral("holidays"))) {
        if (!parser.isSet(QStringLiteral("from")))
            return fail(tr("calendar: --from DATE is required with --add and --to."), UsageError);
        from = parseDate(parser.value(QStringLiteral("from")));
        if (!from.isValid())
            return fail(
                tr("calendar: “%1” is not a date; write it as YYYY-MM-DD.").arg(parser.value(QStringLiteral("from"))),
                UsageError);
    }

    BusinessCalendar calendar(region);
    for (const QString &path : parser.values(QStringLiteral("ics"))) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("calendar: %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        QString problems;
        int added = 0;
        if (!calendar.addICalendar(file.readAll(), QDir::toNativeSeparators(path), &problems, &added)) {
            // The good events are taken; what was left out is said, one line each.
            for (const QString &line : problems.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                std::fprintf(stderr, "cutover-cli: calendar: %s\n",
                             qPrintable(tr("warning: %1").arg(line.simplified())));
        }
    }

    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("add"))) {
        bool ok = false;
        const int days = parser.value(QStringLiteral("add")).trimmed().toInt(&ok);
        if (!ok)
            return fail(tr("calendar: “%1” is not a whole number of days.").arg(parser.value(QStringLiteral("add"))),
                        UsageError);
        const QDate date = calendar.addBusinessDays(from, days);
        if (!date.isValid())
            return fail(tr("calendar: no such business day: there is none within ten years of %1.")
                            .arg(from.toString(Qt::ISODate)));
        if (json) {
            printJson(out(),
                      { { QStringLiteral("region"), region },
                        { QStringLiteral("from"), from.toString(Qt::ISODate) },
                        { QStringLiteral("add"), days },
                        { QStringLiteral("date"), date.toString(Qt::ISODate) },
                        { QStringLiteral("weekday"), englishWeekday(date) } });
        } else {
            out() << date.toString(Qt::ISODate) << ' ' << QLocale().dayName(date.dayOfWeek()) << '\n';
        }
        return Success;
    }

    if (parser.isSet(QStringLiteral("to"))) {
        const QDate to = parseDate(parser.value(QStringLiteral("to")));
        if (!to.isValid())
            return fail(
                tr("calendar: “%1” is not a date; write it as YYYY-MM-DD.").arg(parser.value(QStringLiteral("to"))),
                UsageError);
        const int count = calendar.businessDaysBetween(from, to);
        if (json) {
            printJson(out(),
                      { { QStringLiteral("region"), region },
                        { QStringLiteral("from"), from.toString(Qt::ISODate) },
                        { QStringLiteral("to"), to.toString(Qt::ISODate) },
                        { QStringLiteral("businessDays"), count } });
        } else {
            // Qt fills in %n for counts of zero and more only.
            const QString a = from.toString(Qt::ISODate);
            const QString b = to.toString(Qt::ISODate);
            out()
                << (count >= 0
                        ? tr("%n business day(s) from %1 to %2 (%1 not counted, %2 counted).", nullptr, count).arg(a, b)
                        : tr("-%n business day(s): %2 is before %1 (%2 not counted, %1 counted).", nullptr, -count)
                              .arg(a, b))
                << '\n';
        }
        return Success;
    }

    bool ok = false;
    const int year = parser.value(QStringLiteral("holidays")).trimmed().toInt(&ok);
    if (!ok || year < 1 || year > 9999)
        return fail(tr("calendar: “%1” is not a year.").arg(parser.value(QStringLiteral("holidays"))), UsageError);
    const QList<Holiday> holidays = calendar.holidays(year);
    if (json) {
        QJsonArray list;
        for (const Holiday &h : holidays) {
            list.append(QJsonObject { { QStringLiteral("date"), h.date.toString(Qt::ISODate) },
                                      { QStringLiteral("weekday"), englishWeekday(h.date) },
                                      { QStringLiteral("name"), h.name },
                                      { QStringLiteral("kind"), kindKey(h) },
                                      { QStringLiteral("observed"), h.observed } });
        }
        printJson(out(),
                  { { QStringLiteral("region"), region },
                    { QStringLiteral("regionName"), HolidayRegions::title(region) },
                    { QStringLiteral("year"), year },
                    { QStringLiteral("holidays"), list } });
        return Success;
    }
    out() << tr("%1 (%2), %3:").arg(HolidayRegions::title(region), region).arg(year) << '\n';
    if (year < BusinessCalendar::firstRuleYear() || year > BusinessCalendar::lastRuleYear())
        out() << tr("Public holidays are computed for %1 to %2 only.")
                     .arg(BusinessCalendar::firstRuleYear())
                     .arg(BusinessCalendar::lastRuleYear())
              << '\n';
    for (const Holiday &h : holidays) {
        out() << h.date.toString(Qt::ISODate) << "  " << QLocale().dayName(h.date.dayOfWeek()).leftJustified(10) << "  "
              << h.name;
        if (h.source != Holiday::Source::Rule)
            out() << "  [" << HolidayListModel::kindText(h) << ']';
        out() << '\n';
    }
    if (holidays.isEmpty())
        out() << tr("No holidays.") << '\n';
    return Success;
}

} // namespace Cutover::Cli
