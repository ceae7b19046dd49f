#pragma once

// The review report as a PDF: ReviewReport's HTML laid out by QTextDocument on
// QPdfWriter's pages, with a Qt Charts chart of source against target per
// entity drawn into it. Needs a QApplication (Qt Charts draws through the
// graphics view); the CLI makes one on the offscreen platform.

#include "review/ReviewReport.h"

#include <QImage>
#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Cutover {

namespace ReviewPdf {

// A bar chart: per entity, records in the source and in the target. The
// caller owns it (the page shows it in a QChartView).
QChart *entityChart(const Reconciliation &reconciliation);

// The chart drawn into an image of `size` pixels, white background.
QImage chartImage(const Reconciliation &reconciliation, const QSize &size);

// Writes the PDF (A4 or Letter by the firm's locale), with the firm's name and
// page numbers in the footer. False with a message naming the file on failure.
bool write(const ReviewReportData &data, const QString &path, QString *error);
// The same with the chart already drawn (chartImage, on the GUI thread), so the
// layout and the writing can run on a worker thread.
bool write(const ReviewReportData &data, const QImage &chart, const QString &path, QString *error);

} // namespace ReviewPdf

} // namespace Cutover
