#pragma once

// Interim time (the Placeholder step): the time-tracking templates Cutover
// writes from the final snapshot, and the filled templates loaded back as
// interim entries. See Placeholder.h for the step as a whole.
// Implementation: TimeTemplates.cpp, InterimLoader.cpp.

#include "jobs/Job.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Cutover {

// ---------------------------------------------------------------------------
// Time-tracking templates.

// What the drop-downs offer, from the final snapshot (the latest final one, or
// the latest snapshot when there is no final one): the firm's users, and the
// clients and matters included in the migration (open matters first).
struct TemplateLists
{
    struct User
    {
        QString key; // stg_user.source_key
        QString name;
        QString email;
    };
    struct Matter
    {
        QString key; // stg_matter.source_key (the matter number)
        QString label; // "2019-0042 · Smith v Jones": the drop-down value
        QString description;
        QString clientKey;
        QString clientName;
        bool open = true;
    };
    qint64 snapshotId = 0;
    QList<User> users;
    QStringList clients; // client names, sorted
    QList<Matter> matters;
    QDate firstDate; // the cutoff day (date validation lower bound)
};

struct TemplateOptions
{
    QString outDir;
    bool xlsx = true;
    bool csv = true;
    bool perUser = false; // one workbook per user, the user filled in and locked
};

namespace TimeTemplates {
// The header row, in order (translated): Date, User, Client, Matter, Hours,
// Rate, Description, Billable. The loader also accepts the English headers.
QStringList columns();
TemplateLists lists(const QSqlDatabase &db, QString *error);
// Writes "time-tracking.xlsx" / "time-tracking.csv" (or one pair per user,
// "time-tracking - <user>.xlsx") into options.outDir, with an instructions
// sheet, a locked header, list validation (users, clients, matters, Yes/No),
// date and number validation. Returns the files written; empty and `error`
// on failure.
QStringList write(const TemplateLists &lists, const TemplateOptions &options, const QString &firmName, QString *error);
} // namespace TimeTemplates

// ---------------------------------------------------------------------------
// Interim entries: filled templates loaded back.

struct InterimEntry
{
    qint64 id = 0;
    QString entryKey; // content hash + occurrence: the same row loaded twice is one entry
    QString fileName;
    qint64 row = 0; // spreadsheet row (header = 1)
    QDate date;
    QString userKey;
    QString userName;
    QString clientName;
    QString matterKey;
    QString matterLabel;
    qint64 seconds = 0;
    qint64 rateCents = -1; // -1: no rate given (the target's rate applies)
    QString description;
    bool billable = true;
    // For the target asked about: the ledger state ("" when never sent,
    // pending, sending, created, failed) and where it went.
    QString state;
    QString targetId;
    QString lastError;
};

struct InterimIssue
{
    QString fileName;
    qint64 row = 0;
    int column = 0; // 1-based; 0 for the whole row or file
    bool error = true; // false: a warning, the row was kept
    QString message; // translated; names the column's header
};

struct InterimLoadSummary
{
    int files = 0;
    qint64 rows = 0; // data rows read
    qint64 added = 0;
    qint64 alreadyLoaded = 0;
    qint64 rejected = 0;
    QList<InterimIssue> issues; // of this load
};

namespace InterimEntries {
QList<InterimEntry> load(const QSqlDatabase &db, const QString &targetKey, QString *error = nullptr);
QList<InterimIssue> issues(const QSqlDatabase &db, QString *error = nullptr);
// Removes an entry not yet sent (a wrong row the user will load again fixed).
bool remove(QSqlDatabase db, qint64 entryId, QString *error);
} // namespace InterimEntries

// Reads filled templates (CSV or XLSX, through SourceReader and the value
// parsers of the export step), validates every cell against the final
// snapshot's users and matters, and stores the good rows. A bad cell rejects
// its row with an issue naming file, row and column; the other rows are kept.
class InterimLoadJob : public Job
{
    Q_OBJECT

public:
    InterimLoadJob(QString projectPath, QStringList files, QObject *parent = nullptr);
    InterimLoadSummary loadSummary() const; // valid after the run

protected:
    Outcome execute() override;

private:
    QString m_projectPath;
    QStringList m_files;
    InterimLoadSummary m_summary;
};

} // namespace Cutover
