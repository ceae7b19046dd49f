#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Cutover {

// One line of the opening-balance worksheet: what Clio cannot take through its
// API and the firm enters by hand (the opening trust balance per client and
// matter), and the receivable carried forward per matter (also imported as a
// balance-forward entry). matterKey "" is the client level (trust or invoices
// held outside any matter).
struct WorksheetRow
{
    QString clientKey, clientName, matterKey, matterName;
    qint64 trustCents = 0;
    qint64 receivableCents = 0;
};

// Written above the column header of the CSV.
struct WorksheetHeader
{
    QString firmName;
    QDateTime cutoffUtc; // invalid when no cutoff is set
    QString zone; // IANA id the cutoff is shown in
};

namespace ImportWorksheet {

// Per client and matter with a trust balance or a receivable, by client name then
// matter key, from one complete snapshot (the newest final one when 0; else the
// newest complete one). Clients left out of the migration are left out here.
// Trust: deposits +|amount|, withdrawals -|amount|, other kinds as signed (the
// close-out rule). Receivable: open invoices (not draft, void or paid) with
// balance > 0, balance = balance if given, else total - paid.
QList<WorksheetRow> compute(const QSqlDatabase &db, qint64 snapshotId, QString *error);

qint64 totalTrust(const QList<WorksheetRow> &rows);
qint64 totalReceivable(const QList<WorksheetRow> &rows);

// "1234.56", "-0.05": exact, from integer cents.
QString formatCents(qint64 cents);

// CSV (UTF-8 with BOM, CRLF): a line naming the firm, the cutoff and the totals,
// then the columns, the rows and a totals row.
bool writeCsv(const QList<WorksheetRow> &rows, const QString &path, QString *error, const WorksheetHeader &header = {});

} // namespace ImportWorksheet

} // namespace Cutover
