#include "ReviewPdf.h"

#include "targets/TargetConnector.h"

#include <QAbstractTextDocumentLayout>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFile>
#include <QGraphicsScene>
#include <QLegend>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::ReviewPdf)
};

QString entityTitle(const QString &key)
{
    for (RecordKind kind : { RecordKind::Contact, RecordKind::Matter, RecordKind::TimeEntry, RecordKind::Expense,
                             RecordKind::BalanceForward, RecordKind::Note, RecordKind::Folder, RecordKind::Document }) {
        if (RecordKinds::key(kind) == key)
            return RecordKinds::title(kind);
    }
    return key;
}

bool usesLetter(const QString &code)
{
    return code == QLatin1String("US") || code.startsWith(QLatin1String("US-")) || code == QLatin1String("CA")
        || code.startsWith(QLatin1String("CA-"));
}

// The firm's paper: its holiday region names its country; with no region
// ("NONE"), the locale of whoever writes the report decides.
QPageSize paperFor(const ReviewReportData &data)
{
    if (!data.holidayRegion.isEmpty() && data.holidayRegion != QLatin1String("NONE"))
        return QPageSize(usesLetter(data.holidayRegion) ? QPageSize::Letter : QPageSize::A4);
    const QLocale::Territory t = QLocale().territory();
    return QPageSize(t == QLocale::UnitedStates || t == QLocale::Canada ? QPageSize::Letter : QPageSize::A4);
}

} // namespace

QChart *ReviewPdf::entityChart(const Reconciliation &reconciliation)
{
    auto *chart = new QChart;
    chart->setTitle(Tr::tr("Records per entity: source and target"));
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *source = new QBarSet(Tr::tr("Source"));
    auto *target = new QBarSet(Tr::tr("Target"));
    source->setColor(QColor(0x3b, 0x6e, 0xa8));
    target->setColor(QColor(0xe0, 0x8e, 0x2b));
    QStringList categories;
    qint64 top = 0;
    for (const ReviewCount &c : reconciliation.counts) {
        categories << entityTitle(c.entity);
        *source << qreal(c.source);
        *target << qreal(c.target);
        top = std::max({ top, c.source, c.target });
    }
    auto *series = new QBarSeries;
    series->append(source);
    series->append(target);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, top > 0 ? qreal(top) * 1.1 : 1.0);
    y->setTitleText(Tr::tr("Records"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QImage ReviewPdf::chartImage(const Reconciliation &reconciliation, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    if (size.isEmpty())
        return image;
    // Laid out at a size its fonts suit, then scaled into the image: a large
    // image is a sharper chart, not one with tiny labels.
    const qreal scale = std::max<qreal>(1.0, size.width() / 700.0);
    const QSizeF logical(size.width() / scale, size.height() / scale);
    QGraphicsScene scene;
    QChart *chart = entityChart(reconciliation);
    scene.addItem(chart); // the scene owns it now
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    chart->setBackgroundBrush(Qt::white);
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), scene.sceneRect());
    painter.end();
    return image;
}

bool ReviewPdf::write(const ReviewReportData &data, const QString &path, QString *error)
{
    return write(data, chartImage(data.reconciliation, QSize(1200, 680)), path, error);
}

bool ReviewPdf::write(const ReviewReportData &data, const QImage &chart, const QString &path, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    // Written beside the file first, so a failed report does not leave half a PDF
    // where an older one was.
    const QString partial = path + QStringLiteral(".part");
    {
        QPdfWriter writer(partial);
        writer.setResolution(300);
        writer.setTitle(Tr::tr("Review report: %1").arg(data.firmName));
        writer.setCreator(QStringLiteral("Cutover"));
        const QPageLayout layout(paperFor(data), QPageLayout::Portrait, QMarginsF(18, 18, 18, 24),
                                 QPageLayout::Millimeter);
        if (!writer.setPageLayout(layout)) {
            *error = Tr::tr("Cannot lay out the pages of %1.").arg(path);
            return false;
        }
        const QRect body = writer.pageLayout().paintRectPixels(writer.resolution());

        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9);
        // No ligatures: "ff" drawn as one glyph would not be found when the
        // PDF is searched or read back as text ("differences").
        font.setStyleStrategy(QFont::PreferNoShaping);
        doc.setDefaultFont(font);
        doc.setDocumentMargin(0);
        doc.setPageSize(QSizeF(body.width(), body.height()));
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:entities")), chart);
        doc.setHtml(ReviewReport::html(data, QStringLiteral("chart:entities")));

        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = Tr::tr("Cannot write %1.").arg(path);
            QFile::remove(partial);
            return false;
        }
        const int pages = doc.pageCount();
        QFont footerFont = font;
        footerFont.setPointSizeF(8);
        const qreal pageHeight = body.height();
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            // The painter's origin is the body's top left corner (QPdfWriter
            // paints inside the margins).
            painter.save();
            const QRectF clip(0, page * pageHeight, body.width(), pageHeight);
            painter.translate(0, -page * pageHeight);
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, Qt::black);
            doc.documentLayout()->draw(&painter, context);
            painter.restore();

            // Footer in the bottom margin: the firm on the left, the page on the right.
            painter.save();
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const int footerTop = body.height() + writer.resolution() * 6 / 25; // 6 mm below the body
            const QRect footer(0, footerTop, body.width(), painter.fontMetrics().height() * 2);
            painter.drawLine(QPointF(0, footerTop - 4), QPointF(body.width(), footerTop - 4));
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, data.firmName);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, Tr::tr("Page %1 of %2").arg(page + 1).arg(pages));
            painter.restore();
        }
        if (!painter.end()) {
            *error = Tr::tr("Cannot write %1.").arg(path);
            QFile::remove(partial);
            return false;
        }
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        *error = Tr::tr("Cannot write %1.").arg(path);
        QFile::remove(partial);
        return false;
    }
    return true;
}

} // namespace Cutover
