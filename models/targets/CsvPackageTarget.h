#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Cutover {

// One file of a CSV import package, as the manifest describes it.
struct CsvPackageFile
{
    QString name; // file name inside the package ("activities.csv")
    qint64 rows = 0; // data rows, the header not counted
    // Integer cents per money column of the file, summed over its rows.
    QMap<QString, qint64> moneyCents;
    // Sums that are not a column: "value" (cents the old system values the rows
    // at), "time_value", "expense_value", "non_billable_value" (cents of the rows
    // marked non_billable), "seconds" (time entries' durations).
    QMap<QString, qint64> figures;
    QString sha256; // lower-case hex of the file's bytes
};

// What CsvPackageTarget wrote: manifest.json in memory.
struct CsvPackageManifest
{
    QString firmName;
    qint64 snapshotId = 0;
    QDateTime cutoffUtc; // invalid when the snapshot was loaded without a cutoff
    QDateTime createdUtc;
    QList<CsvPackageFile> files; // manifest.json itself not included
    qint64 totalRows = 0;
    QMap<QString, qint64> totalMoneyCents; // per money column name, over every file
    QMap<QString, qint64> totalFigures; // per figure name, over every file
    // Translated sentences naming the records the target will likely refuse or
    // value differently (a matter without client, a time entry without rate).
    QStringList warnings;
    QString zipPath; // the package as one .zip (the loose files stay beside it)

    const CsvPackageFile *file(const QString &name) const;
    QJsonObject toJson() const;
};

// Writes the import package for targets that take an import request instead of
// an API: Clio's contacts, matters and activities templates (the receivable as
// "Balance Brought Forward" activities), a trust/AR worksheet and manifest.json,
// as loose files in `outDir` and zipped together in one .zip there. Reads one
// complete snapshot (the newest complete one when snapshotId is 0), leaving out
// the clients deselected in the client selection. See the .cpp for the rules.
class CsvPackageTarget
{
public:
    static bool write(const QSqlDatabase &db, qint64 snapshotId, const QString &outDir, CsvPackageManifest *manifest,
                      QString *error);

    // The package's file names, in the order they are imported.
    static QStringList fileNames();
    static QString zipFileName(); // "clio-import-package.zip"

    // Formatting used in the templates (public for the tests and the CLI).
    static QString formatCents(qint64 cents); // "1234.56", "-0.05": no thousands separator
    // Decimal hours to at most 4 places, half up, no trailing zeros: 5400 -> "1.5".
    static QString formatHours(qint64 seconds);
};

} // namespace Cutover
