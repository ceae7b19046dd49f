#pragma once

#include "ImportWorksheet.h"
#include "targets/TargetConnector.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace Cutover {

// One record the import means to write, before it is built: where its data is
// and what it depends on. The same plan drives the dry run and the import, so
// the dry run finds exactly the problems the import would meet.
struct PlannedRecord
{
    RecordKind kind = RecordKind::Contact;
    QString sourceKey; // ledger key
    QString label; // what the user recognises
    QString table; // staging table of the row ("" for records the import makes up)
    qint64 rowId = 0; // the staging row, or the historical_document id
    // What it needs created first: (kind, source key). The first is the link
    // the connector gets as "client"/"matter"/"parent".
    QList<QPair<RecordKind, QString>> dependsOn;
    QString userKey; // time and expenses: the source user (as resolved to the users file)
    qint64 cents = 0; // balance forward: the receivable
    QString skipReason; // not sent, ledger state 'skipped'
    QString problem; // refused before sending, ledger state 'failed'
    bool changedInDelta = false; // from a delta row marked 'changed' (and for import)
};

struct ImportPlan
{
    qint64 snapshotId = 0;
    bool trialRun = false; // no final snapshot: the newest complete one is used
    QList<qint64> deltaIds;
    QUuid projectId;
    QString firmName;
    QString sourceSystem;
    QString timeZone;
    QString holidayRegion;
    QDateTime cutoffUtc; // invalid when no cutoff is set
    QDate cutoffDay; // the firm's day of the cutoff (else of the snapshot)
    QList<PlannedRecord> records; // in import order
    QStringList notes; // translated: how the records were chosen
    QStringList problems; // translated: rows that cannot be imported, with why
    // Source users with time or expenses to import: key -> entries.
    QHash<QString, qint64> entriesPerUser;
    struct User
    {
        QString name;
        QString email;
    };
    QHash<QString, User> users; // every source user known (file and entries)
    QStringList userOrder; // users in file order, then those only seen on entries
    QList<WorksheetRow> worksheet;

    qint64 count(RecordKind kind) const;
};

struct PlannedEntries;

namespace ImportPlanner {

// Reads the snapshot to import (the final one, else the newest complete one),
// the delta rows marked for import, the client selection, the staging issues and
// the close-out reports, and lists every record in import order.
bool build(const QSqlDatabase &db, ImportPlan *plan, QString *error);

// The same plan with its time entries and expenses left compact in `entries`
// (PlannedEntries.h) instead of in plan->records: for a reader of a million
// entries (the review's reconciliation). The rest is as build() makes it: their
// problems in plan->problems, the users seen on them, plan->entriesPerUser.
bool build(const QSqlDatabase &db, ImportPlan *plan, PlannedEntries *entries, QString *error);

// The target id of a record already created (empty when it is not).
using TargetIdOf = std::function<QString(RecordKind kind, const QString &sourceKey)>;

// Builds what is sent for `record`: fields from its staging row (money in
// cents, durations in seconds), links to what it depends on, the reference.
// False with a translated sentence naming the record when it cannot be sent.
bool outgoing(const QSqlDatabase &db, const ImportPlan &plan, const PlannedRecord &record, const TargetIdOf &targetIdOf,
              const QHash<QString, QString> &userTargets, OutgoingRecord *out, QString *problem);

// What was sent, as a SHA-256 in hex: the kind, the fields and the links
// (sorted keys, compact JSON) and the content's own hash. Stable across runs
// and platforms; the ledger keeps it as id_map.sent_hash.
QString contentHash(const OutgoingRecord &record);

// "matter M-1 (Lease)": the record as a dependency names it.
QString describe(const ImportPlan &plan, RecordKind kind, const QString &sourceKey);

} // namespace ImportPlanner

} // namespace Cutover
