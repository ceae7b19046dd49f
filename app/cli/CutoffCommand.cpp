#include "CutoffCommand.h"

#include "closeout/CutoffStore.h"
#include "domain/BusinessCalendar.h"
#include "staging/Delta.h"
#include "staging/StagingStore.h"
#include "store/ProjectLock.h"
#include "store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Cutover::Cli {

namespace {

QString isoUtc(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

} // namespace

CutoffCommand::CutoffCommand()
    : Command(QStringLiteral("cutoff"),
              tr("Show or set the cutoff: the moment the old system stops being the record. Rows created or changed "
                 "after it are flagged."))
{
}

void CutoffCommand::describe(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addOption({ QStringLiteral("at"), tr("Set the cutoff to this wall-clock time, e.g. 2026-12-31T17:00."),
                       tr("local time") });
    parser.addOption(
        { QStringLiteral("zone"), tr("The time zone of --at (IANA name); the firm's by default."), tr("zone") });
    parser.addOption(
        { QStringLiteral("earlier"), tr("When the time happens twice (the clocks go back), take the first.") });
    parser.addOption({ QStringLiteral("later"), tr("When the time happens twice, take the second.") });
    parser.addOption(
        { QStringLiteral("reason"), tr("Why the cutoff changes after the final export (required then)."), tr("text") });
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
}

int CutoffCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("cutoff: give exactly one project file."), UsageError);
    const bool setting = parser.isSet(QStringLiteral("at"));
    if (!setting && (parser.isSet(QStringLiteral("zone")) || parser.isSet(QStringLiteral("reason"))))
        return fail(tr("cutoff: --zone and --reason go with --at."), UsageError);
    if (parser.isSet(QStringLiteral("earlier")) && parser.isSet(QStringLiteral("later")))
        return fail(tr("cutoff: give --earlier or --later, not both."), UsageError);
    QString error;
    std::unique_ptr<ProjectLock> lock;
    if (setting) {
        lock = ProjectLock::acquire(positional.constFirst(), &error);
        if (!lock)
            return fail(tr("cutoff: %1").arg(error));
    }
    auto store = ProjectStore::open(positional.constFirst(), &error,
                                    setting ? ProjectStore::OpenMode::ReadWrite : ProjectStore::OpenMode::ReadOnly);
    if (!store)
        return fail(tr("cutoff: %1").arg(error));
    const QByteArray firmZone = store->settings().timeZone.toUtf8();

    qint64 flagged = -1;
    if (setting) {
        QDate date;
        QTime time;
        if (!Cutoffs::parseLocal(parser.value(QStringLiteral("at")), &date, &time))
            return fail(tr("cutoff: “%1” is not a date and time like 2026-12-31T17:00.")
                            .arg(parser.value(QStringLiteral("at"))),
                        UsageError);
        const QByteArray zone =
            parser.isSet(QStringLiteral("zone")) ? parser.value(QStringLiteral("zone")).toUtf8() : firmZone;
        const CutoffResolution r = Cutoffs::resolve(date, time, zone);
        if (r.kind == CutoffResolution::Kind::Invalid)
            return fail(tr("cutoff: %1").arg(r.message), UsageError);
        if (r.kind == CutoffResolution::Kind::Skipped)
            return fail(tr("cutoff: %1").arg(r.message));
        if (r.kind == CutoffResolution::Kind::Ambiguous && !parser.isSet(QStringLiteral("earlier"))
            && !parser.isSet(QStringLiteral("later")))
            return fail(tr("cutoff: %1 Add --earlier or --later.").arg(r.message), UsageError);
        const Cutoff cutoff = Cutoffs::make(date, time, zone,
                                            parser.isSet(QStringLiteral("later")) ? Cutoffs::Occurrence::Later
                                                                                  : Cutoffs::Occurrence::Earlier);
        if (!CutoffStore::save(*store, cutoff, parser.value(QStringLiteral("reason")), &error))
            return fail(tr("cutoff: %1").arg(error));
        if (!CutoffStore::needsReflag(store->database()).isEmpty()) {
            CutoffReflagJob job(store->filePath());
            if (job.run() != Job::Outcome::Succeeded)
                return fail(tr("cutoff: %1").arg(job.errorString()));
            flagged = job.rowsFlagged();
        }
    }

    const auto cutoff = CutoffStore::load(store->database());
    if (!cutoff) {
        if (parser.isSet(QStringLiteral("json")))
            out() << "{\"cutoff\": null}\n";
        else
            out() << tr("No cutoff is set yet.") << '\n';
        return Success;
    }
    const BusinessCalendar calendar = BusinessCalendar::forProject(store->database(), store->settings().holidayRegion);
    const QTimeZone zone(firmZone.isEmpty() ? cutoff->zoneId : firmZone);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    const QDate cutoffDay = cutoff->utc.toTimeZone(zone).date();
    const int businessDays = calendar.businessDaysBetween(today, cutoffDay);
    const bool hasFinal = CutoffStore::hasFinalSnapshot(store->database());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o {
            { QStringLiteral("utc"), isoUtc(cutoff->utc) },
            { QStringLiteral("zone"), QString::fromUtf8(cutoff->zoneId) },
            { QStringLiteral("local"),
              QDateTime(cutoff->localDate, cutoff->localTime).toString(QStringLiteral("yyyy-MM-ddTHH:mm")) },
            { QStringLiteral("display"), cutoff->displayText() },
            { QStringLiteral("business_days_until"), businessDays },
            { QStringLiteral("final_snapshot"), hasFinal }
        };
        if (flagged >= 0)
            o.insert(QStringLiteral("rows_after_cutoff"), flagged);
        out() << QString::fromUtf8(
            QJsonDocument(QJsonObject { { QStringLiteral("cutoff"), o } }).toJson(QJsonDocument::Indented));
        return Success;
    }
    out() << tr("Cutoff: %1 (%2), %3 UTC")
                 .arg(cutoff->displayText(), QString::fromUtf8(cutoff->zoneId),
                      cutoff->utc.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
          << '\n';
    if (businessDays > 0)
        out() << tr("%n business day(s) from today (%1).", nullptr, businessDays).arg(today.toString(Qt::ISODate))
              << '\n';
    else if (businessDays < 0)
        out() << tr("%n business day(s) ago.", nullptr, -businessDays) << '\n';
    else
        out() << tr("Today, or on the last business day.") << '\n';
    if (hasFinal)
        out() << tr("The final export has been loaded; a change is audited and needs --reason.") << '\n';
    if (flagged >= 0)
        out() << tr("Snapshots checked again: %n row(s) are after the cutoff.", nullptr, int(flagged)) << '\n';
    return Success;
}

DeltaCommand::DeltaCommand()
    : Command(QStringLiteral("delta"),
              tr("List what a re-export loaded after the final one has new, changed or deleted, per kind of record."))
{
}

void DeltaCommand::describe(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addOption({ QStringLiteral("snapshot"), tr("The delta snapshot (the newest by default)."), tr("number") });
    parser.addOption({ QStringLiteral("rows"), tr("List every row, not only the counts.") });
    parser.addOption({ QStringLiteral("json"), tr("Print JSON (counts and rows).") });
}

int DeltaCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("delta: give exactly one project file."), UsageError);
    QString error;
    auto store = ProjectStore::open(positional.constFirst(), &error, ProjectStore::OpenMode::ReadOnly);
    if (!store)
        return fail(tr("delta: %1").arg(error));
    QSqlDatabase db = store->database();
    qint64 snapshot = 0;
    if (parser.isSet(QStringLiteral("snapshot"))) {
        bool ok = false;
        snapshot = parser.value(QStringLiteral("snapshot")).toLongLong(&ok);
        const auto info = ok ? StagingStore::snapshot(db, snapshot) : std::nullopt;
        if (!info || info->kind != SnapshotKind::Delta || !info->complete)
            return fail(tr("delta: snapshot “%1” is not a complete delta snapshot.")
                            .arg(parser.value(QStringLiteral("snapshot"))),
                        UsageError);
    } else {
        const auto latest = Delta::latestDelta(db);
        if (!latest)
            return fail(StagingStore::latestSnapshot(db, SnapshotKind::Final)
                            ? tr("delta: no re-export has been loaded since the final export. Load one as a delta "
                                 "snapshot (cutover-cli stage --snapshot delta).")
                            : tr("delta: there is no final export yet, so there is nothing to compare with."));
        snapshot = *latest;
    }
    const qint64 base = Delta::baseOf(db, snapshot).value_or(0);
    const QList<DeltaCount> counts = Delta::counts(db, snapshot);
    const bool json = parser.isSet(QStringLiteral("json"));
    const QList<DeltaRow> rows =
        json || parser.isSet(QStringLiteral("rows")) ? Delta::rows(db, snapshot, {}) : QList<DeltaRow> {};
    if (json) {
        QJsonArray countArray;
        for (const DeltaCount &c : counts) {
            countArray.append(QJsonObject { { QStringLiteral("entity"), Entities::key(c.entity) },
                                            { QStringLiteral("new"), c.added },
                                            { QStringLiteral("changed"), c.changed },
                                            { QStringLiteral("deleted"), c.deleted },
                                            { QStringLiteral("marked_for_import"), c.marked } });
        }
        QJsonArray rowArray;
        for (const DeltaRow &r : rows) {
            rowArray.append(QJsonObject { { QStringLiteral("entity"), Entities::key(r.entity) },
                                          { QStringLiteral("source_key"), r.sourceKey },
                                          { QStringLiteral("change"), DeltaChanges::key(r.change) },
                                          { QStringLiteral("import"), r.import },
                                          { QStringLiteral("label"), r.label } });
        }
        out() << QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("snapshot"), snapshot },
                                                               { QStringLiteral("final_snapshot"), base },
                                                               { QStringLiteral("counts"), countArray },
                                                               { QStringLiteral("rows"), rowArray } })
                                       .toJson(QJsonDocument::Indented));
        return Success;
    }
    out() << tr("Delta snapshot %1 against final snapshot %2:").arg(snapshot).arg(base) << '\n';
    if (counts.isEmpty()) {
        out() << tr("Nothing is new, changed or deleted since the final export.") << '\n';
        return Success;
    }
    const QString header = QStringLiteral("%1 %2 %3 %4 %5\n");
    out() << header.arg(tr("Kind").leftJustified(24), tr("New").rightJustified(8), tr("Changed").rightJustified(8),
                        tr("Deleted").rightJustified(8), tr("To import").rightJustified(10));
    for (const DeltaCount &c : counts) {
        out() << header.arg(Entities::title(c.entity).leftJustified(24), QString::number(c.added).rightJustified(8),
                            QString::number(c.changed).rightJustified(8), QString::number(c.deleted).rightJustified(8),
                            QString::number(c.marked).rightJustified(10));
    }
    for (const DeltaRow &r : rows) {
        out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(r.import ? QStringLiteral("[x]") : QStringLiteral("[ ]"),
                          DeltaChanges::title(r.change).leftJustified(8), Entities::key(r.entity).leftJustified(18),
                          r.sourceKey.leftJustified(14), r.label);
    }
    out() << tr("Deleted rows are not removed from the new system; deal with them there by hand.") << '\n';
    return Success;
}

} // namespace Cutover::Cli
