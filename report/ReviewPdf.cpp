#include "ReviewPdf.h"

#include "targets/TargetConnector.h"

#include <QAbstractTextDocumentLayout>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::ReviewPdf)
};

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

QString duration(qint64 seconds)
{
    return ReviewReport::formatDuration(seconds);
}

QString cents(qint64 value)
{
    return Reconciler::formatCents(value);
}

// A table painted row by row straight onto the pages: QTextDocument lays out a
// table of thousands of rows far too slowly for the report of a large firm
// (about 40 ms a page). The header is repeated on every page; rows of one
// group (a client's source, target and difference) stay on one page; text
// wraps, figures do not.
struct PaintedTable
{
    struct Row
    {
        QStringList cells;
        bool bold = false;
        bool highlight = false;
        bool startsGroup = true;
    };
    QString title;
    QString intro;
    QStringList headers;
    QList<bool> right;
    QList<int> percent;
    QList<Row> rows;
    QString empty; // said instead of the table when there are no rows

    // Laid out: each row's height and the first row of each page.
    QList<qreal> heights;
    QList<int> pageStarts;
};

class TablePainter
{
public:
    TablePainter(QPaintDevice *device, const QFont &font, const QSizeF &body)
        : m_font(font)
        , m_bold(font)
        , m_title(font)
        , m_metrics(font, device)
        , m_boldMetrics(m_bold, device)
        , m_body(body)
    {
        m_bold.setBold(true);
        m_boldMetrics = QFontMetricsF(m_bold, device);
        m_title.setPointSizeF(16);
        m_title.setBold(true);
        m_titleMetrics = std::make_unique<QFontMetricsF>(m_title, device);
        m_pad = m_metrics.height() * 0.3;
    }

    void layout(PaintedTable &t) const
    {
        t.heights.clear();
        t.pageStarts = { 0 };
        const QList<qreal> widths = columnWidths(t);
        qreal y = firstPageTop(t) + headerHeight(t, widths);
        const qreal top = headerHeight(t, widths);
        for (qsizetype i = 0; i < t.rows.size(); ++i)
            t.heights.append(rowHeight(t.rows.at(i), widths));
        for (qsizetype i = 0; i < t.rows.size(); ++i) {
            qreal need = t.heights.at(i);
            if (t.rows.at(i).startsGroup) {
                for (qsizetype j = i + 1; j < t.rows.size() && !t.rows.at(j).startsGroup; ++j)
                    need += t.heights.at(j);
            }
            if (y + need > m_body.height() && y > top + 0.5
                && (t.rows.at(i).startsGroup || y + t.heights.at(i) > m_body.height())) {
                t.pageStarts.append(int(i));
                y = top;
            }
            y += t.heights.at(i);
        }
    }

    int pages(const PaintedTable &t) const { return int(t.pageStarts.size()); }

    void paint(QPainter &p, const PaintedTable &t, int page) const
    {
        const QList<qreal> widths = columnWidths(t);
        qreal y = 0;
        if (page == 0) {
            p.setFont(m_title);
            p.setPen(Qt::black);
            p.drawText(QRectF(0, 0, m_body.width(), m_titleMetrics->height()), Qt::AlignLeft | Qt::AlignTop, t.title);
            y = m_titleMetrics->height() * 1.6;
            p.setFont(m_font);
            const QString intro = t.rows.isEmpty() && !t.empty.isEmpty() ? t.empty : t.intro;
            if (!intro.isEmpty()) {
                const QRectF r = m_metrics.boundingRect(QRectF(0, 0, m_body.width(), 1e6), Qt::TextWordWrap, intro);
                p.drawText(QRectF(0, y, m_body.width(), r.height()), Qt::TextWordWrap, intro);
                y += r.height() + m_metrics.height() * 0.8;
            }
            if (t.rows.isEmpty())
                return;
        }
        // Header.
        const qreal hh = headerHeight(t, widths);
        p.fillRect(QRectF(0, y, m_body.width(), hh), QColor(0xe8, 0xe8, 0xe8));
        paintCells(p, t.headers, t.right, widths, y, hh, m_bold, true);
        y += hh;
        const int from = t.pageStarts.at(page);
        const int to = page + 1 < t.pageStarts.size() ? t.pageStarts.at(page + 1) : int(t.rows.size());
        for (int i = from; i < to; ++i) {
            const PaintedTable::Row &row = t.rows.at(i);
            const qreal h = t.heights.at(i);
            if (row.highlight)
                p.fillRect(QRectF(0, y, m_body.width(), h), QColor(0xfd, 0xe8, 0xe6));
            paintCells(p, row.cells, t.right, widths, y, h, row.bold ? m_bold : m_font, false);
            y += h;
        }
    }

private:
    QFont m_font, m_bold, m_title;
    QFontMetricsF m_metrics, m_boldMetrics;
    std::unique_ptr<QFontMetricsF> m_titleMetrics;
    QSizeF m_body;
    qreal m_pad = 0;

    QList<qreal> columnWidths(const PaintedTable &t) const
    {
        QList<qreal> w;
        for (qsizetype i = 0; i < t.headers.size(); ++i)
            w.append(m_body.width() * t.percent.value(i) / 100.0);
        return w;
    }

    qreal firstPageTop(const PaintedTable &t) const
    {
        qreal y = m_titleMetrics->height() * 1.6;
        const QString intro = t.rows.isEmpty() && !t.empty.isEmpty() ? t.empty : t.intro;
        if (!intro.isEmpty())
            y += m_metrics.boundingRect(QRectF(0, 0, m_body.width(), 1e6), Qt::TextWordWrap, intro).height()
                + m_metrics.height() * 0.8;
        return y;
    }

    qreal cellHeight(const QString &text, bool right, qreal width, const QFontMetricsF &fm) const
    {
        const qreal inner = width - 2 * m_pad;
        if (right || text.isEmpty() || fm.horizontalAdvance(text) <= inner)
            return fm.height();
        return fm.boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWordWrap | Qt::TextWrapAnywhere, text).height();
    }

    qreal headerHeight(const PaintedTable &t, const QList<qreal> &widths) const
    {
        qreal h = m_boldMetrics.height();
        for (qsizetype i = 0; i < t.headers.size(); ++i)
            h = std::max(h, cellHeight(t.headers.at(i), false, widths.at(i), m_boldMetrics));
        return h + 2 * m_pad;
    }

    qreal rowHeight(const PaintedTable::Row &row, const QList<qreal> &widths) const
    {
        const QFontMetricsF &fm = row.bold ? m_boldMetrics : m_metrics;
        qreal h = fm.height();
        for (qsizetype i = 0; i < row.cells.size() && i < widths.size(); ++i)
            h = std::max(h, cellHeight(row.cells.at(i), false, widths.at(i), fm));
        return h + 2 * m_pad;
    }

    void paintCells(QPainter &p, const QStringList &cells, const QList<bool> &right, const QList<qreal> &widths,
                    qreal y, qreal h, const QFont &font, bool header) const
    {
        p.setFont(font);
        p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0));
        qreal x = 0;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            p.drawRect(QRectF(x, y, widths.at(i), h));
            x += widths.at(i);
        }
        p.setPen(Qt::black);
        x = 0;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString text = cells.value(i);
            if (!text.isEmpty()) {
                const QRectF r(x + m_pad, y + m_pad, widths.at(i) - 2 * m_pad, h - 2 * m_pad);
                if (right.value(i))
                    p.drawText(r, Qt::AlignRight | Qt::AlignTop, text);
                else
                    p.drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextWrapAnywhere, text);
            }
            x += widths.at(i);
        }
        Q_UNUSED(header);
    }
};

// The report's sections as ReviewReport::html writes them, by name.
QHash<QString, QString> sections(const QString &html, QString *head)
{
    QHash<QString, QString> out;
    const QString marker = QStringLiteral("<!--section:");
    qsizetype at = html.indexOf(marker);
    *head = html.left(at);
    while (at >= 0) {
        const qsizetype nameEnd = html.indexOf(QStringLiteral("-->"), at);
        const QString name = html.mid(at + marker.size(), nameEnd - at - marker.size());
        qsizetype next = html.indexOf(marker, nameEnd);
        QString body = html.mid(nameEnd + 3, next < 0 ? -1 : next - nameEnd - 3);
        if (next < 0)
            body.remove(QStringLiteral("</body></html>"));
        // Each section is a document of its own, on a new page already.
        body.replace(QStringLiteral("<h1 style=\"page-break-before: always\">"), QStringLiteral("<h1>"));
        out.insert(name, body);
        at = next;
    }
    return out;
}

PaintedTable moneyTable(const ReviewReportData &data)
{
    const Reconciliation &r = data.reconciliation;
    PaintedTable t;
    t.title = Tr::tr("Money per client");
    t.intro = Tr::tr("Unbilled time (hours and value), unbilled expenses, the receivable carried over and the opening "
                     "trust balance of each client, in the source and in the target. A difference line (target "
                     "minus source) follows each client whose figures differ. Amounts are exact, in cents.");
    t.headers = { Tr::tr("Client"),     QString(),      Tr::tr("Hours"), Tr::tr("Time value"), Tr::tr("Expenses"),
                  Tr::tr("Receivable"), Tr::tr("Trust") };
    t.right = { false, false, true, true, true, true, true };
    t.percent = { 28, 10, 11, 14, 12, 13, 12 };
    auto lines = [&](const ReviewMoneyLine &m, const QString &name, bool bold) {
        t.rows.append({ { name, Tr::tr("Source"), duration(m.sourceSeconds), cents(m.sourceTimeCents),
                          cents(m.sourceExpenseCents), cents(m.sourceReceivableCents), cents(m.sourceTrustCents) },
                        bold,
                        false,
                        true });
        t.rows.append({ { QString(), Tr::tr("Target"), duration(m.targetSeconds), cents(m.targetTimeCents),
                          cents(m.targetExpenseCents), cents(m.targetReceivableCents),
                          m.trustEntered ? cents(m.targetTrustCents) : Tr::tr("not entered") },
                        bold,
                        false,
                        false });
        if (m.differs()) {
            t.rows.append(
                { { QString(), Tr::tr("Difference"), duration(m.targetSeconds - m.sourceSeconds),
                    cents(m.targetTimeCents - m.sourceTimeCents), cents(m.targetExpenseCents - m.sourceExpenseCents),
                    cents(m.targetReceivableCents - m.sourceReceivableCents),
                    m.trustEntered ? cents(m.targetTrustCents - m.sourceTrustCents) : QStringLiteral("—") },
                  bold,
                  true,
                  false });
        }
    };
    for (const ReviewMoneyLine &m : r.clients) {
        QString name = m.clientName;
        if (!m.clientKey.isEmpty() && m.clientKey != m.clientName)
            name += QStringLiteral(" (%1)").arg(m.clientKey);
        lines(m, name, false);
    }
    lines(r.totals(), Tr::tr("Total"), true);
    return t;
}

QString when(const QDateTime &utc, const QString &zoneId)
{
    if (!utc.isValid())
        return Tr::tr("not set");
    QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDateTime local = utc.toTimeZone(zone);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char(' ') + zone.abbreviation(local);
}

PaintedTable differencesTable(const ReviewReportData &data)
{
    const Reconciliation &r = data.reconciliation;
    PaintedTable t;
    t.title = Tr::tr("Differences");
    if (r.differences.size() == 1)
        t.intro = Tr::tr("1 difference (%1 unexplained)").arg(r.unexplained());
    else
        t.intro = Tr::tr("%1 differences (%2 unexplained)").arg(r.differences.size()).arg(r.unexplained());
    t.empty = Tr::tr("None: every record and every amount in the target matches the source.");
    t.headers = { Tr::tr("Kind"),   Tr::tr("Record"), Tr::tr("Client"),     Tr::tr("Field"),
                  Tr::tr("Source"), Tr::tr("Target"), Tr::tr("Difference"), Tr::tr("Explanation") };
    t.right = { false, false, false, false, true, true, true, false };
    t.percent = { 8, 18, 12, 7, 9, 9, 10, 27 };
    for (const ReviewDifference &x : r.differences) {
        QString delta;
        if (x.centsDelta != 0)
            delta = cents(x.centsDelta);
        else if (x.secondsDelta != 0)
            delta = duration(x.secondsDelta);
        const QString explanation = x.explanation.isEmpty()
            ? Tr::tr("Unexplained")
            : Tr::tr("%1 (%2, %3)").arg(x.explanation, x.explainedBy, when(x.explainedUtc, data.timeZone));
        t.rows.append({ { ReviewDifference::kindTitle(x.kind), x.label, x.clientName, x.field, x.sourceValue,
                          x.targetValue, delta, explanation },
                        false,
                        x.explanation.isEmpty(),
                        true });
    }
    return t;
}

PaintedTable worksheetTable(const ReviewReportData &data)
{
    PaintedTable t;
    t.title = Tr::tr("Trust and receivable worksheet");
    t.intro = Tr::tr("The opening trust balance per client and matter, which the firm enters in the target by "
                     "hand, and the receivable carried over, at the cutoff.");
    t.headers = { Tr::tr("Client"), Tr::tr("Matter"), Tr::tr("Opening trust balance"), Tr::tr("Receivable") };
    t.right = { false, false, true, true };
    t.percent = { 34, 36, 15, 15 };
    for (const WorksheetRow &w : data.worksheet) {
        QString matter = w.matterKey.isEmpty() ? Tr::tr("(client level)") : w.matterKey;
        if (!w.matterName.isEmpty())
            matter += QStringLiteral(" %1").arg(w.matterName);
        t.rows.append({ { w.clientName, matter, cents(w.trustCents), cents(w.receivableCents) }, false, false, true });
    }
    t.rows.append({ { Tr::tr("Total"), QString(), cents(ImportWorksheet::totalTrust(data.worksheet)),
                      cents(ImportWorksheet::totalReceivable(data.worksheet)) },
                    true,
                    false,
                    true });
    return t;
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
    // Bars across, the kinds of record down the side: the names ("Balances carried
    // forward") keep their full width instead of being cut under narrow columns.
    // Inserted in reverse, so the first kind is on top as in the table beside it.
    QStringList categories;
    qint64 top = 0;
    for (auto it = reconciliation.counts.crbegin(); it != reconciliation.counts.crend(); ++it) {
        categories << ReviewReport::entityTitle(it->entity);
        *source << qreal(it->source);
        *target << qreal(it->target);
        top = std::max({ top, it->source, it->target });
    }
    auto *series = new QHorizontalBarSeries;
    series->append(source);
    series->append(target);
    chart->addSeries(series);
    auto *kinds = new QBarCategoryAxis;
    kinds->append(categories);
    chart->addAxis(kinds, Qt::AlignLeft);
    series->attachAxis(kinds);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    // Whole-number ticks: a step of 1, 2 or 5 times a power of ten, at most
    // five steps, so a label never rounds a tick it does not stand on.
    qint64 step = 1;
    for (qint64 power = 1; step * 5 < top; power *= 10) {
        for (qint64 m : { 1, 2, 5 }) {
            step = m * power;
            if (step * 5 >= top)
                break;
        }
    }
    const qint64 steps = std::max<qint64>(1, (top + step - 1) / step);
    y->setRange(0, qreal(steps * step));
    y->setTickCount(int(steps) + 1);
    y->setTitleText(Tr::tr("Records"));
    chart->addAxis(y, Qt::AlignBottom);
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
    const bool profile = qEnvironmentVariableIsSet("CUTOVER_REPORT_PROFILE");
    QElapsedTimer phase;
    phase.start();
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
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9);
        // No ligatures: "ff" drawn as one glyph would not be found when the
        // PDF is searched or read back as text ("differences").
        font.setStyleStrategy(QFont::PreferNoShaping);
        QFont tableFont = font;
        tableFont.setPointSizeF(8);

        // The sections in order: the prose ones laid out by QTextDocument, the
        // long tables painted (see PaintedTable).
        QString head;
        const QHash<QString, QString> html =
            sections(ReviewReport::html(data, QStringLiteral("chart:entities")), &head);
        struct Part
        {
            std::unique_ptr<QTextDocument> doc;
            std::unique_ptr<PaintedTable> table;
            int pages = 0;
        };
        TablePainter tables(&writer, tableFont, QSizeF(body.size()));
        std::vector<Part> parts;
        auto document = [&](const QString &name) {
            Part part;
            part.doc = std::make_unique<QTextDocument>();
            part.doc->documentLayout()->setPaintDevice(&writer);
            part.doc->setDefaultFont(font);
            part.doc->setDocumentMargin(0);
            part.doc->setPageSize(QSizeF(body.width(), body.height()));
            if (name == QLatin1String("summary"))
                part.doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:entities")), chart);
            part.doc->setHtml(head + html.value(name) + QStringLiteral("</body></html>"));
            part.pages = part.doc->pageCount();
            parts.push_back(std::move(part));
        };
        auto painted = [&](PaintedTable t) {
            Part part;
            part.table = std::make_unique<PaintedTable>(std::move(t));
            tables.layout(*part.table);
            part.pages = tables.pages(*part.table);
            parts.push_back(std::move(part));
        };
        document(QStringLiteral("summary"));
        document(QStringLiteral("counts"));
        painted(moneyTable(data));
        painted(differencesTable(data));
        document(QStringLiteral("sample"));
        document(QStringLiteral("approvals"));
        painted(worksheetTable(data));
        int pages = 0;
        for (const Part &part : parts)
            pages += part.pages;
        if (profile)
            std::fprintf(stderr, "report: layout %lld ms, %d pages\n", phase.restart(), pages);

        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = Tr::tr("Cannot write %1.").arg(path);
            QFile::remove(partial);
            return false;
        }
        QFont footerFont = font;
        footerFont.setPointSizeF(8);
        const qreal pageHeight = body.height();
        int pageNumber = 0;
        for (const Part &part : parts) {
            for (int page = 0; page < part.pages; ++page) {
                if (pageNumber > 0)
                    writer.newPage();
                ++pageNumber;
                // The painter's origin is the body's top left corner (QPdfWriter
                // paints inside the margins).
                painter.save();
                if (part.doc) {
                    const QRectF clip(0, page * pageHeight, body.width(), pageHeight);
                    painter.translate(0, -page * pageHeight);
                    painter.setClipRect(clip);
                    QAbstractTextDocumentLayout::PaintContext context;
                    context.clip = clip;
                    context.palette.setColor(QPalette::Text, Qt::black);
                    part.doc->documentLayout()->draw(&painter, context);
                } else {
                    tables.paint(painter, *part.table, page);
                }
                painter.restore();

                // Footer in the bottom margin: the firm on the left, the page on the right.
                painter.save();
                painter.setFont(footerFont);
                painter.setPen(QColor(0x55, 0x55, 0x55));
                const int footerTop = body.height() + writer.resolution() * 6 / 25; // 6 mm below the body
                const QRect footer(0, footerTop, body.width(), painter.fontMetrics().height() * 2);
                painter.drawLine(QPointF(0, footerTop - 4), QPointF(body.width(), footerTop - 4));
                painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, data.firmName);
                painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                                 Tr::tr("Page %1 of %2").arg(pageNumber).arg(pages));
                painter.restore();
            }
        }
        if (profile)
            std::fprintf(stderr, "report: painting %lld ms\n", phase.restart());
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
