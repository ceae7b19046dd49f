#pragma once

// What the review report says, gathered once from the project file, and the
// report's CSV forms. The PDF (with its chart) is drawn by report/ReviewPdf,
// which needs QtGui; this part does not.
// (Implementation: ReviewReport.cpp.)

#include "importing/ImportWorksheet.h"
#include "review/Reconciliation.h"
#include "review/ReviewState.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Cutover {

// A close-out approval, as the report lists it with the sign-off.
struct ReportApproval
{
    QString name, role, method, recordedBy, note;
    QDateTime approvedUtc; // invalid while not approved
};

struct ReviewReportData
{
    QString firmName;
    QString sourceSystem; // title, "Bill4Time"
    QString targetName; // "Clio (https://app.clio.com)", "CSV import package"
    QString targetKey;
    QString timeZone; // IANA id the dates are shown in
    QString holidayRegion;
    QDateTime cutoffUtc;
    QDateTime importFinishedUtc;
    QDateTime deadlineUtc;
    QDateTime generatedUtc;
    QString generatedBy;
    ReviewClock clock;
    Reconciliation reconciliation;
    QList<SpotCheck> sample;
    std::optional<SignOff> signOff;
    QList<ReportApproval> approvals;
    QList<WorksheetRow> worksheet;
};

namespace ReviewReport {

// Gathers everything for the report of `targetKey`: reconciles against the
// newest complete reading of the target (Reconciler::compute), loads the
// sample, the sign-off, the approvals and the worksheet.
bool gather(const QSqlDatabase &db, const QString &targetKey, const QDateTime &nowUtc, ReviewReportData *out,
            QString *error);
bool gather(const QString &projectPath, const QString &targetKey, const QDateTime &nowUtc, ReviewReportData *out,
            QString *error);

// The report as HTML for QTextDocument, one section a page: summary and chart
// (the image named `chartResource`, added by the PDF writer), counts, money per
// client, differences, spot checks, approvals and sign-off, the trust/AR
// worksheet. Every string translated; money exact from cents.
QString html(const ReviewReportData &data, const QString &chartResource = QStringLiteral("chart:entities"));

// The report as one CSV (UTF-8 with BOM, CRLF): a "section" column first
// (summary, count, client, matter, user, difference, spot_check, sign_off,
// worksheet), so a spreadsheet can filter it.
bool writeCsv(const ReviewReportData &data, const QString &path, QString *error);

// The correction list: every flagged spot check and every difference (with its
// explanation, if any), one row each: what to correct in the target, where.
bool writeCorrections(const ReviewReportData &data, const QString &path, QString *error);
// Rows the correction list would have (flagged checks + differences).
qint64 correctionCount(const ReviewReportData &data);

// The report's spellings, shared with the PDF's painted tables and the CLI:
// a duration exactly, "1:30" (hours and minutes) or "1:30:15"; an entity key's
// translated title ("time_entry" -> "Time entries").
QString formatDuration(qint64 seconds);
QString entityTitle(const QString &entityKey);

} // namespace ReviewReport

} // namespace Cutover
