#include "ReviewReport.h"

#include "closeout/CloseOutRecords.h"
#include "closeout/CutoffStore.h"
#include "domain/Catalogs.h"
#include "sources/CsvWriter.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::ReviewReport)
};

QString cents(qint64 value)
{
    return Reconciler::formatCents(value);
}

QString duration(qint64 seconds)
{
    return ReviewReport::formatDuration(seconds);
}

QString entityTitle(const QString &key)
{
    return ReviewReport::entityTitle(key);
}

QTimeZone zoneOf(const ReviewReportData &data)
{
    const QTimeZone zone(data.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

// "2026-11-09 17:00 EST" in the firm's zone; "not set" when invalid.
QString when(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return Tr::tr("not set");
    const QDateTime local = utc.toTimeZone(zone);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char(' ') + zone.abbreviation(local);
}

QString isoUtc(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}

QString targetTitle(const QString &targetKey)
{
    if (targetKey.startsWith(QLatin1String("clio:")))
        return Tr::tr("Clio (%1)").arg(targetKey.mid(5));
    if (targetKey == QLatin1String("csv-package"))
        return Tr::tr("CSV import package");
    return targetKey;
}

QString verdict(const Reconciliation &r)
{
    if (r.reconciles())
        return Tr::tr("Reconciles");
    // Spelled out in both numbers: the English text is shown untranslated.
    if (r.differences.size() == 1)
        return Tr::tr("1 difference (%1 unexplained)").arg(r.unexplained());
    return Tr::tr("%1 differences (%2 unexplained)").arg(r.differences.size()).arg(r.unexplained());
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// --- HTML pieces ---

// A section's heading; every section but the first starts a new page. The
// comment before it names the section (ReviewPdf lays the sections out apart).
void heading(QString &h, const char *section, const QString &title, bool first)
{
    h += QStringLiteral("<!--section:%1-->\n").arg(QLatin1String(section));
    h += first ? QStringLiteral("<h1>") : QStringLiteral("<h1 style=\"page-break-before: always\">");
    h += esc(title);
    h += QStringLiteral("</h1>\n");
}

// `right`: the columns of figures, right-aligned and never wrapped (an amount
// split over two lines reads as two amounts). `widths`: percent per column.
void tableStart(QString &h, const QStringList &headers, const QList<bool> &right = {}, const QList<int> &widths = {})
{
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                        "style=\"border-collapse: collapse; border-color: #999999\">\n<thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        h += QStringLiteral("<th align=\"%1\" bgcolor=\"#e8e8e8\"%2%3>")
                 .arg(right.value(i) ? QStringLiteral("right") : QStringLiteral("left"),
                      right.value(i) ? QStringLiteral(" nowrap") : QString(),
                      widths.value(i) > 0 ? QStringLiteral(" width=\"%1%\"").arg(widths.value(i)) : QString());
        h += esc(headers.at(i));
        h += QStringLiteral("</th>");
    }
    h += QStringLiteral("</tr></thead>\n");
}

void row(QString &h, const QStringList &cells, const QList<bool> &right = {}, const QString &attributes = {})
{
    h += attributes.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr %1>").arg(attributes);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        h += right.value(i) ? QStringLiteral("<td align=\"right\" nowrap>") : QStringLiteral("<td>");
        h += esc(cells.at(i));
        h += QStringLiteral("</td>");
    }
    h += QStringLiteral("</tr>\n");
}

void tableEnd(QString &h)
{
    h += QStringLiteral("</table>\n");
}

// A long table is written as consecutive tables of about a page each, the same
// columns and widths, the header repeated: QTextDocument lays out and paints a
// table as one piece, so one table of 15,000 rows costs far more than 300 of 50.
struct LongTable
{
    static constexpr int kRows = 50;
    QString &h;
    QStringList headers;
    QList<bool> right;
    QList<int> widths;
    int rows = 0;

    LongTable(QString &html, QStringList headerTitles, QList<bool> rightAligned, QList<int> percent)
        : h(html)
        , headers(std::move(headerTitles))
        , right(std::move(rightAligned))
        , widths(std::move(percent))
    {
        tableStart(h, headers, right, widths);
    }
    ~LongTable() { tableEnd(h); }
    // Where the table may be cut (between a client's lines, not inside them).
    void mayBreak()
    {
        if (rows < kRows)
            return;
        tableEnd(h);
        tableStart(h, headers, right, widths);
        rows = 0;
    }
    void add(const QStringList &cells, const QString &attributes = {})
    {
        row(h, cells, right, attributes);
        ++rows;
    }
};

void paragraph(QString &h, const QString &text, const QString &style = {})
{
    h += style.isEmpty() ? QStringLiteral("<p>") : QStringLiteral("<p style=\"%1\">").arg(style);
    h += esc(text);
    h += QStringLiteral("</p>\n");
}

// The target's trust as the report shows it: "not entered" when unknown.
QString targetTrust(const ReviewMoneyLine &m)
{
    return m.trustEntered ? cents(m.targetTrustCents) : Tr::tr("not entered");
}

QString trustDelta(const ReviewMoneyLine &m)
{
    return m.trustEntered ? cents(m.targetTrustCents - m.sourceTrustCents) : QStringLiteral("—");
}

void summarySection(QString &h, const ReviewReportData &d, const QString &chartResource)
{
    const QTimeZone zone = zoneOf(d);
    const Reconciliation &r = d.reconciliation;
    heading(h, "summary", Tr::tr("Review report: %1").arg(d.firmName), true);
    tableStart(h, { Tr::tr("Item"), Tr::tr("Value") });
    row(h, { Tr::tr("Firm"), d.firmName });
    row(h, { Tr::tr("Moved from"), d.sourceSystem });
    row(h, { Tr::tr("Moved to"), d.targetName });
    row(h, { Tr::tr("Time zone"), d.timeZone });
    row(h, { Tr::tr("Holiday region"), HolidayRegions::title(d.holidayRegion) });
    row(h, { Tr::tr("Cutoff"), when(d.cutoffUtc, zone) });
    row(h, { Tr::tr("Import finished"), when(d.importFinishedUtc, zone) });
    row(h, { Tr::tr("Review deadline"), when(d.deadlineUtc, zone) });
    row(h, { Tr::tr("Review window"), d.clock.text() });
    row(h, { Tr::tr("Target read"), when(r.readUtc, zone) });
    row(h, { Tr::tr("Report written"), Tr::tr("%1 by %2").arg(when(d.generatedUtc, zone), d.generatedBy) });
    h += QStringLiteral("<tr><td><b>%1</b></td><td><b><span style=\"color: %2\">%3</span></b></td></tr>\n")
             .arg(esc(Tr::tr("Result")), r.reconciles() ? QStringLiteral("#1a7f37") : QStringLiteral("#b42318"),
                  esc(verdict(r)));
    const ReviewMoneyLine t = r.totals();
    row(h,
        { Tr::tr("Unbilled time (source / target)"),
          Tr::tr("%1 h, %2 / %3 h, %4")
              .arg(duration(t.sourceSeconds), cents(t.sourceTimeCents), duration(t.targetSeconds),
                   cents(t.targetTimeCents)) });
    row(h,
        { Tr::tr("Unbilled expenses (source / target)"),
          Tr::tr("%1 / %2").arg(cents(t.sourceExpenseCents), cents(t.targetExpenseCents)) });
    row(h,
        { Tr::tr("Receivable carried over (source / target)"),
          Tr::tr("%1 / %2").arg(cents(t.sourceReceivableCents), cents(t.targetReceivableCents)) });
    row(h,
        { Tr::tr("Opening trust balance (source / target)"),
          Tr::tr("%1 / %2").arg(cents(t.sourceTrustCents), cents(t.targetTrustCents)) });
    row(h,
        { Tr::tr("Signed off"),
          !d.signOff ? Tr::tr("not yet")
              : d.signOff->role.isEmpty()
              ? Tr::tr("%1 on %2").arg(d.signOff->name, when(d.signOff->signedUtc, zone))
              : Tr::tr("%1 (%2) on %3").arg(d.signOff->name, d.signOff->role, when(d.signOff->signedUtc, zone)) });
    tableEnd(h);
    h += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"600\" height=\"340\"></p>\n")
             .arg(esc(chartResource));
    if (!r.notes.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(esc(Tr::tr("What was compared")));
        for (const QString &n : r.notes)
            h += QStringLiteral("<li>%1</li>\n").arg(esc(n));
        h += QStringLiteral("</ul>\n");
    }
}

void countsSection(QString &h, const ReviewReportData &d)
{
    const Reconciliation &r = d.reconciliation;
    heading(h, "counts", Tr::tr("Records per entity"), false);
    const QList<bool> right { false, true, true, true, true, true, true };
    tableStart(h,
               { Tr::tr("Records"), Tr::tr("Source"), Tr::tr("Target"), Tr::tr("Matched"), Tr::tr("Missing"),
                 Tr::tr("Extra"), Tr::tr("Changed") },
               right);
    for (const ReviewCount &c : r.counts) {
        const bool bad = c.missing > 0 || c.extra > 0 || c.changed > 0;
        row(h,
            { entityTitle(c.entity), QString::number(c.source), QString::number(c.target), QString::number(c.matched),
              QString::number(c.missing), QString::number(c.extra), QString::number(c.changed) },
            right, bad ? QStringLiteral("bgcolor=\"#fde8e6\"") : QString());
    }
    tableEnd(h);
    if (!r.users.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Unbilled hours per user")));
        const QList<bool> r2 { false, false, true, true, true, true, true };
        tableStart(h,
                   { Tr::tr("User"), Tr::tr("Target user"), Tr::tr("Entries (source)"), Tr::tr("Entries (target)"),
                     Tr::tr("Hours (source)"), Tr::tr("Hours (target)"), Tr::tr("Difference") },
                   r2);
        for (const ReviewUserHours &u : r.users) {
            row(h,
                { u.userName.isEmpty() ? u.userKey : u.userName, u.targetUserId, QString::number(u.sourceEntries),
                  QString::number(u.targetEntries), duration(u.sourceSeconds), duration(u.targetSeconds),
                  duration(u.targetSeconds - u.sourceSeconds) },
                r2,
                u.sourceSeconds != u.targetSeconds || u.sourceEntries != u.targetEntries
                    ? QStringLiteral("bgcolor=\"#fde8e6\"")
                    : QString());
        }
        tableEnd(h);
    }
}

void moneySection(QString &h, const ReviewReportData &d)
{
    const Reconciliation &r = d.reconciliation;
    heading(h, "money", Tr::tr("Money per client"), false);
    paragraph(h,
              Tr::tr("Unbilled time (hours and value), unbilled expenses, the receivable carried over and the opening "
                     "trust balance of each client, in the source and in the target. A difference line (target "
                     "minus source) follows each client whose figures differ. Amounts are exact, in cents."));
    LongTable table(h,
                    { Tr::tr("Client"), QString(), Tr::tr("Hours"), Tr::tr("Time value"), Tr::tr("Expenses"),
                      Tr::tr("Receivable"), Tr::tr("Trust") },
                    { false, false, true, true, true, true, true }, { 28, 10, 11, 14, 12, 13, 12 });
    auto lines = [&](const ReviewMoneyLine &m, const QString &name, bool bold) {
        table.mayBreak();
        QString srcAttr = bold ? QStringLiteral("style=\"font-weight: bold\"") : QString();
        table.add({ name, Tr::tr("Source"), duration(m.sourceSeconds), cents(m.sourceTimeCents),
                    cents(m.sourceExpenseCents), cents(m.sourceReceivableCents), cents(m.sourceTrustCents) },
                  srcAttr);
        table.add({ QString(), Tr::tr("Target"), duration(m.targetSeconds), cents(m.targetTimeCents),
                    cents(m.targetExpenseCents), cents(m.targetReceivableCents), targetTrust(m) },
                  srcAttr);
        if (m.differs()) {
            table.add({ QString(), Tr::tr("Difference"), duration(m.targetSeconds - m.sourceSeconds),
                        cents(m.targetTimeCents - m.sourceTimeCents),
                        cents(m.targetExpenseCents - m.sourceExpenseCents),
                        cents(m.targetReceivableCents - m.sourceReceivableCents), trustDelta(m) },
                      QStringLiteral("bgcolor=\"#fde8e6\""));
        }
    };
    for (const ReviewMoneyLine &m : r.clients) {
        QString name = m.clientName;
        if (!m.clientKey.isEmpty() && m.clientKey != m.clientName)
            name += QStringLiteral(" (%1)").arg(m.clientKey);
        lines(m, name, false);
    }
    lines(r.totals(), Tr::tr("Total"), true);
}

void differencesSection(QString &h, const ReviewReportData &d)
{
    const QTimeZone zone = zoneOf(d);
    const Reconciliation &r = d.reconciliation;
    heading(h, "differences", Tr::tr("Differences"), false);
    if (r.differences.isEmpty()) {
        paragraph(h, Tr::tr("None: every record and every amount in the target matches the source."));
        return;
    }
    paragraph(h, verdict(r));
    LongTable table(h,
                    { Tr::tr("Kind"), Tr::tr("Record"), Tr::tr("Client"), Tr::tr("Field"), Tr::tr("Source"),
                      Tr::tr("Target"), Tr::tr("Difference"), Tr::tr("Explanation") },
                    { false, false, false, false, true, true, true, false }, { 8, 18, 12, 7, 9, 9, 10, 27 });
    for (const ReviewDifference &x : r.differences) {
        QString delta;
        if (x.centsDelta != 0)
            delta = cents(x.centsDelta);
        else if (x.secondsDelta != 0)
            delta = duration(x.secondsDelta);
        QString explanation = x.explanation.isEmpty()
            ? Tr::tr("Unexplained")
            : Tr::tr("%1 (%2, %3)").arg(x.explanation, x.explainedBy, when(x.explainedUtc, zone));
        table.mayBreak();
        table.add({ ReviewDifference::kindTitle(x.kind), x.label, x.clientName, x.field, x.sourceValue, x.targetValue,
                    delta, explanation },
                  x.explanation.isEmpty() ? QStringLiteral("bgcolor=\"#fde8e6\"") : QString());
    }
}

void sampleSection(QString &h, const ReviewReportData &d)
{
    const QTimeZone zone = zoneOf(d);
    heading(h, "sample", Tr::tr("Spot checks"), false);
    if (d.sample.isEmpty()) {
        paragraph(h, Tr::tr("No sample was drawn."));
        return;
    }
    int accepted = 0, flagged = 0, pending = 0;
    for (const SpotCheck &c : d.sample) {
        accepted += c.verdict == SpotCheck::Verdict::Accepted ? 1 : 0;
        flagged += c.verdict == SpotCheck::Verdict::Flagged ? 1 : 0;
        pending += c.verdict == SpotCheck::Verdict::Pending ? 1 : 0;
    }
    paragraph(h,
              Tr::tr("Records checked side by side: %1 (%2 accepted, %3 flagged, %4 not decided).")
                  .arg(d.sample.size())
                  .arg(accepted)
                  .arg(flagged)
                  .arg(pending));
    for (const SpotCheck &c : d.sample) {
        QString verdictLine = SpotCheck::verdictTitle(c.verdict);
        if (c.verdict != SpotCheck::Verdict::Pending)
            verdictLine = Tr::tr("%1 by %2 on %3").arg(verdictLine, c.decidedBy, when(c.decidedUtc, zone));
        const QString colour = c.verdict == SpotCheck::Verdict::Flagged ? QStringLiteral("#b42318")
            : c.verdict == SpotCheck::Verdict::Accepted                 ? QStringLiteral("#1a7f37")
                                                                        : QStringLiteral("#555555");
        h += QStringLiteral("<h3>%1 · %2</h3>\n<p><span style=\"color: %3\"><b>%4</b></span>%5</p>\n")
                 .arg(esc(entityTitle(c.entity)), esc(c.label), colour, esc(verdictLine),
                      c.note.isEmpty() ? QString() : QStringLiteral("<br>%1").arg(esc(Tr::tr("Note: %1").arg(c.note))));
        if (c.fields.isEmpty())
            continue;
        tableStart(h, { Tr::tr("Field"), Tr::tr("Source"), Tr::tr("Target"), QString() });
        for (const SpotCheckField &f : c.fields) {
            row(h, { f.title, f.sourceValue, f.targetValue, f.differs ? Tr::tr("differs") : QString() }, {},
                f.differs ? QStringLiteral("bgcolor=\"#fde8e6\"") : QString());
        }
        tableEnd(h);
    }
}

void approvalsSection(QString &h, const ReviewReportData &d)
{
    const QTimeZone zone = zoneOf(d);
    heading(h, "approvals", Tr::tr("Approvals and sign-off"), false);
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Close-out approvals")));
    if (d.approvals.isEmpty()) {
        paragraph(h, Tr::tr("No approvals were recorded."));
    } else {
        tableStart(h,
                   { Tr::tr("Name"), Tr::tr("Role"), Tr::tr("Approved"), Tr::tr("How"), Tr::tr("Recorded by"),
                     Tr::tr("Note") });
        for (const ReportApproval &a : d.approvals) {
            row(h,
                { a.name, a.role, a.approvedUtc.isValid() ? when(a.approvedUtc, zone) : Tr::tr("not approved"),
                  a.method, a.recordedBy, a.note });
        }
        tableEnd(h);
    }
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Review sign-off")));
    if (d.signOff) {
        const SignOff &s = *d.signOff;
        tableStart(h, { Tr::tr("Item"), Tr::tr("Value") });
        row(h, { Tr::tr("Signed by"), s.name });
        row(h, { Tr::tr("Role"), s.role });
        row(h, { Tr::tr("Signed"), when(s.signedUtc, zone) });
        row(h, { Tr::tr("Recorded by"), s.recordedBy });
        row(h, { Tr::tr("Target reading"), QString::number(s.runId) });
        tableEnd(h);
        paragraph(h, Tr::tr("After the sign-off the import can no longer be rolled back."));
    } else {
        paragraph(h, Tr::tr("Not signed off yet."));
        const QStringList open = ReviewSignOff::blockers(d.reconciliation, d.sample, d.clock, d.signOff);
        if (!open.isEmpty()) {
            h += QStringLiteral("<p>%1</p>\n<ul>\n").arg(esc(Tr::tr("Before it can be signed off:")));
            for (const QString &b : open)
                h += QStringLiteral("<li>%1</li>\n").arg(esc(b));
            h += QStringLiteral("</ul>\n");
        }
        h += QStringLiteral("<p><br><br>%1 ______________________________ &nbsp; %2 ______________</p>\n")
                 .arg(esc(Tr::tr("Signature")), esc(Tr::tr("Date")));
    }
}

void worksheetSection(QString &h, const ReviewReportData &d)
{
    heading(h, "worksheet", Tr::tr("Trust and receivable worksheet"), false);
    paragraph(h,
              Tr::tr("The opening trust balance per client and matter, which the firm enters in the target by "
                     "hand, and the receivable carried over, at the cutoff."));
    LongTable table(h, { Tr::tr("Client"), Tr::tr("Matter"), Tr::tr("Opening trust balance"), Tr::tr("Receivable") },
                    { false, false, true, true }, { 34, 36, 15, 15 });
    for (const WorksheetRow &w : d.worksheet) {
        QString matter = w.matterKey.isEmpty() ? Tr::tr("(client level)") : w.matterKey;
        if (!w.matterName.isEmpty())
            matter += QStringLiteral(" %1").arg(w.matterName);
        table.mayBreak();
        table.add({ w.clientName, matter, cents(w.trustCents), cents(w.receivableCents) });
    }
    table.add({ Tr::tr("Total"), QString(), cents(ImportWorksheet::totalTrust(d.worksheet)),
                cents(ImportWorksheet::totalReceivable(d.worksheet)) },
              QStringLiteral("style=\"font-weight: bold\""));
}

// --- CSV ---

QStringList csvHeader()
{
    return { Tr::tr("section"), Tr::tr("key"),        Tr::tr("client number"), Tr::tr("client"),
             Tr::tr("matter"),  Tr::tr("item"),       Tr::tr("field"),         Tr::tr("source"),
             Tr::tr("target"),  Tr::tr("difference"), Tr::tr("status"),        Tr::tr("note"),
             Tr::tr("by"),      Tr::tr("when (UTC)") };
}

struct CsvRow
{
    QString section, key, clientKey, client, matter, item, field, source, target, difference, status, note, by, at;
    QStringList cells() const
    {
        return {
            section, key, clientKey, client, matter, item, field, source, target, difference, status, note, by, at
        };
    }
};

void moneyRows(CsvWriter &w, const QString &section, const ReviewMoneyLine &m)
{
    auto line = [&](const QString &field, const QString &title, const QString &s, const QString &t, const QString &diff,
                    bool equal) {
        CsvRow r;
        r.section = section;
        r.key = m.matterKey.isEmpty() ? m.clientKey : m.clientKey + QLatin1Char('/') + m.matterKey;
        r.clientKey = m.clientKey;
        r.client = m.clientName;
        r.matter = m.matterKey;
        r.item = section == QLatin1String("matter") ? m.matterName : m.clientName;
        r.field = field;
        r.source = s;
        r.target = t;
        r.difference = diff;
        r.status = equal ? QStringLiteral("equal") : QStringLiteral("differs");
        r.note = title;
        w.writeRow(r.cells());
    };
    line(QStringLiteral("seconds"), Tr::tr("Unbilled time (seconds)"), QString::number(m.sourceSeconds),
         QString::number(m.targetSeconds), QString::number(m.targetSeconds - m.sourceSeconds),
         m.sourceSeconds == m.targetSeconds);
    line(QStringLiteral("time_value"), Tr::tr("Unbilled time's value"), cents(m.sourceTimeCents),
         cents(m.targetTimeCents), cents(m.targetTimeCents - m.sourceTimeCents),
         m.sourceTimeCents == m.targetTimeCents);
    line(QStringLiteral("expenses"), Tr::tr("Unbilled expenses"), cents(m.sourceExpenseCents),
         cents(m.targetExpenseCents), cents(m.targetExpenseCents - m.sourceExpenseCents),
         m.sourceExpenseCents == m.targetExpenseCents);
    line(QStringLiteral("receivable"), Tr::tr("Receivable carried over"), cents(m.sourceReceivableCents),
         cents(m.targetReceivableCents), cents(m.targetReceivableCents - m.sourceReceivableCents),
         m.sourceReceivableCents == m.targetReceivableCents);
    if (m.trustEntered) {
        line(QStringLiteral("trust"), Tr::tr("Opening trust balance"), cents(m.sourceTrustCents),
             cents(m.targetTrustCents), cents(m.targetTrustCents - m.sourceTrustCents),
             m.sourceTrustCents == m.targetTrustCents);
    } else {
        CsvRow r;
        r.section = section;
        r.key = m.matterKey.isEmpty() ? m.clientKey : m.clientKey + QLatin1Char('/') + m.matterKey;
        r.clientKey = m.clientKey;
        r.client = m.clientName;
        r.matter = m.matterKey;
        r.item = section == QLatin1String("matter") ? m.matterName : m.clientName;
        r.field = QStringLiteral("trust");
        r.source = cents(m.sourceTrustCents);
        r.status = QStringLiteral("not_entered");
        r.note = Tr::tr("Opening trust balance: not entered in the target");
        w.writeRow(r.cells());
    }
}

bool openWriter(CsvWriter &w, const QString &path, QString *error)
{
    QString why;
    if (w.open(&why))
        return true;
    if (error)
        *error = Tr::tr("Cannot write %1: %2").arg(path, why);
    return false;
}

bool commitWriter(CsvWriter &w, const QString &path, QString *error)
{
    QString why;
    if (w.commit(&why))
        return true;
    if (error)
        *error = Tr::tr("Cannot write %1: %2").arg(path, why);
    return false;
}

} // namespace

bool ReviewReport::gather(const QSqlDatabase &db, const QString &targetKey, const QDateTime &nowUtc,
                          ReviewReportData *out, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    error->clear();
    ReviewReportData d;
    d.targetKey = targetKey;
    d.targetName = targetTitle(targetKey);
    d.generatedUtc = nowUtc.toUTC();
    d.generatedBy = ProjectStore::currentActor();
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT firm_name, source_system, time_zone, holiday_region FROM project "
                                   "WHERE id = 1"))
            || !q.next()) {
            *error = Tr::tr("The report cannot read the project file: %1").arg(q.lastError().text());
            return false;
        }
        d.firmName = q.value(0).toString();
        d.sourceSystem = SourceSystems::title(q.value(1).toString());
        d.timeZone = q.value(2).toString();
        d.holidayRegion = q.value(3).toString();
    }
    if (const auto cutoff = CutoffStore::load(db))
        d.cutoffUtc = cutoff->utc;
    d.importFinishedUtc = ImportLedger::importFinishedUtc(db, targetKey);
    d.deadlineUtc = ImportLedger::reviewDeadlineUtc(db, targetKey);

    if (!Reconciler::compute(db, targetKey, 0, &d.reconciliation, error))
        return false;
    QString why;
    d.sample = SpotChecks::load(db, targetKey, d.reconciliation.runId, &why);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    d.clock = ReviewDeadline::forProject(db, targetKey, nowUtc);
    d.signOff = ReviewSignOff::signedOff(db, targetKey);

    for (const Approver &a : CloseOutRecords::approvers(db)) {
        ReportApproval r;
        r.name = a.name;
        r.role = ApproverRoles::title(a.role);
        r.method = a.method.isEmpty() ? QString() : ApprovalMethods::title(a.method);
        r.recordedBy = a.recordedBy;
        r.note = a.note;
        r.approvedUtc = a.approvedUtc;
        d.approvals.append(r);
    }
    d.worksheet = ImportWorksheet::compute(db, d.reconciliation.snapshotId, &why);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    *out = std::move(d);
    return true;
}

bool ReviewReport::gather(const QString &projectPath, const QString &targetKey, const QDateTime &nowUtc,
                          ReviewReportData *out, QString *error)
{
    bool ok = false;
    QString why;
    const bool opened = ProjectStore::withConnection(
        projectPath, [&](QSqlDatabase &db) { ok = gather(db, targetKey, nowUtc, out, &why); }, &why);
    if (error)
        *error = why;
    return opened && ok;
}

QString ReviewReport::html(const ReviewReportData &data, const QString &chartResource)
{
    QString h;
    h.reserve(4096 + 600 * (data.reconciliation.clients.size() + data.reconciliation.differences.size())
              + 200 * data.worksheet.size());
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                        "h1 { font-size: 16pt; } h2 { font-size: 12pt; } h3 { font-size: 10pt; } "
                        "td, th { font-size: 8pt; }"
                        "</style></head><body>\n")
             .arg(esc(Tr::tr("Review report: %1").arg(data.firmName)));
    summarySection(h, data, chartResource);
    countsSection(h, data);
    moneySection(h, data);
    differencesSection(h, data);
    sampleSection(h, data);
    approvalsSection(h, data);
    worksheetSection(h, data);
    h += QStringLiteral("</body></html>\n");
    return h;
}

bool ReviewReport::writeCsv(const ReviewReportData &data, const QString &path, QString *error)
{
    CsvWriter w(path);
    if (!openWriter(w, path, error))
        return false;
    const QTimeZone zone = zoneOf(data);
    const Reconciliation &r = data.reconciliation;
    w.writeRow(csvHeader());
    auto summary = [&](const QString &key, const QString &title, const QString &value, const QString &at = {}) {
        CsvRow row;
        row.section = QStringLiteral("summary");
        row.key = key;
        row.item = title;
        row.source = value;
        row.at = at;
        w.writeRow(row.cells());
    };
    summary(QStringLiteral("firm"), Tr::tr("Firm"), data.firmName);
    summary(QStringLiteral("source_system"), Tr::tr("Moved from"), data.sourceSystem);
    summary(QStringLiteral("target"), Tr::tr("Moved to"), data.targetName);
    summary(QStringLiteral("time_zone"), Tr::tr("Time zone"), data.timeZone);
    summary(QStringLiteral("holiday_region"), Tr::tr("Holiday region"), data.holidayRegion);
    summary(QStringLiteral("cutoff"), Tr::tr("Cutoff"), when(data.cutoffUtc, zone), isoUtc(data.cutoffUtc));
    summary(QStringLiteral("import_finished"), Tr::tr("Import finished"), when(data.importFinishedUtc, zone),
            isoUtc(data.importFinishedUtc));
    summary(QStringLiteral("deadline"), Tr::tr("Review deadline"), when(data.deadlineUtc, zone),
            isoUtc(data.deadlineUtc));
    summary(QStringLiteral("target_read"), Tr::tr("Target read"), when(r.readUtc, zone), isoUtc(r.readUtc));
    summary(QStringLiteral("generated"), Tr::tr("Report written"), data.generatedBy, isoUtc(data.generatedUtc));
    summary(QStringLiteral("result"), Tr::tr("Result"), verdict(r));
    summary(QStringLiteral("differences"), Tr::tr("Differences"), QString::number(r.differences.size()));
    summary(QStringLiteral("unexplained"), Tr::tr("Unexplained differences"), QString::number(r.unexplained()));

    for (const ReviewCount &c : r.counts) {
        CsvRow row;
        row.section = QStringLiteral("count");
        row.key = c.entity;
        row.item = entityTitle(c.entity);
        row.field = QStringLiteral("records");
        row.source = QString::number(c.source);
        row.target = QString::number(c.target);
        row.difference = QString::number(c.target - c.source);
        row.status =
            c.missing == 0 && c.extra == 0 && c.changed == 0 ? QStringLiteral("equal") : QStringLiteral("differs");
        row.note = Tr::tr("matched %1, missing %2, extra %3, changed %4")
                       .arg(c.matched)
                       .arg(c.missing)
                       .arg(c.extra)
                       .arg(c.changed);
        w.writeRow(row.cells());
    }
    for (const ReviewMoneyLine &m : r.clients)
        moneyRows(w, QStringLiteral("client"), m);
    for (const ReviewMoneyLine &m : r.matters)
        moneyRows(w, QStringLiteral("matter"), m);
    for (const ReviewUserHours &u : r.users) {
        CsvRow row;
        row.section = QStringLiteral("user");
        row.key = u.userKey;
        row.item = u.userName;
        row.field = QStringLiteral("seconds");
        row.source = QString::number(u.sourceSeconds);
        row.target = QString::number(u.targetSeconds);
        row.difference = QString::number(u.targetSeconds - u.sourceSeconds);
        row.status = u.sourceSeconds == u.targetSeconds && u.sourceEntries == u.targetEntries
            ? QStringLiteral("equal")
            : QStringLiteral("differs");
        row.note = Tr::tr("entries: %1 in the source, %2 in the target (target user %3)")
                       .arg(u.sourceEntries)
                       .arg(u.targetEntries)
                       .arg(u.targetUserId);
        w.writeRow(row.cells());
    }
    for (const ReviewDifference &x : r.differences) {
        CsvRow row;
        row.section = QStringLiteral("difference");
        row.key = x.key;
        row.clientKey = x.clientKey;
        row.client = x.clientName;
        row.matter = x.matterKey;
        row.item = x.label;
        row.field = x.field;
        row.source = x.sourceValue;
        row.target = x.targetValue;
        row.difference = x.centsDelta != 0 ? cents(x.centsDelta)
            : x.secondsDelta != 0          ? QString::number(x.secondsDelta)
                                           : QString();
        row.status = ReviewDifference::kindKey(x.kind);
        row.note = x.explanation;
        row.by = x.explainedBy;
        row.at = isoUtc(x.explainedUtc);
        w.writeRow(row.cells());
    }
    for (const SpotCheck &c : data.sample) {
        CsvRow row;
        row.section = QStringLiteral("spot_check");
        row.key = c.entity + QLatin1Char(':') + c.sourceKey;
        row.client = c.clientName;
        row.item = c.label;
        row.status = SpotCheck::verdictKey(c.verdict);
        row.note = c.note;
        row.by = c.decidedBy;
        row.at = isoUtc(c.decidedUtc);
        if (c.fields.isEmpty())
            w.writeRow(row.cells());
        for (const SpotCheckField &f : c.fields) {
            CsvRow fr = row;
            fr.field = f.field;
            fr.source = f.sourceValue;
            fr.target = f.targetValue;
            fr.difference = f.differs ? QStringLiteral("differs") : QString();
            w.writeRow(fr.cells());
        }
    }
    for (const ReportApproval &a : data.approvals) {
        CsvRow row;
        row.section = QStringLiteral("sign_off");
        row.key = QStringLiteral("approval");
        row.item = a.name;
        row.field = a.role;
        row.status = a.approvedUtc.isValid() ? QStringLiteral("approved") : QStringLiteral("not_approved");
        row.note = a.method.isEmpty() ? a.note : a.note.isEmpty() ? a.method : a.method + QStringLiteral(": ") + a.note;
        row.by = a.recordedBy;
        row.at = isoUtc(a.approvedUtc);
        w.writeRow(row.cells());
    }
    {
        CsvRow row;
        row.section = QStringLiteral("sign_off");
        row.key = QStringLiteral("review");
        if (data.signOff) {
            row.item = data.signOff->name;
            row.field = data.signOff->role;
            row.status = QStringLiteral("signed");
            row.note = Tr::tr("target reading %1").arg(data.signOff->runId);
            row.by = data.signOff->recordedBy;
            row.at = isoUtc(data.signOff->signedUtc);
        } else {
            row.status = QStringLiteral("not_signed");
            row.note = ReviewSignOff::blockers(r, data.sample, data.clock, data.signOff).join(QLatin1Char(' '));
        }
        w.writeRow(row.cells());
    }
    for (const WorksheetRow &x : data.worksheet) {
        for (const bool trust : { true, false }) {
            CsvRow row;
            row.section = QStringLiteral("worksheet");
            row.key = x.matterKey.isEmpty() ? x.clientKey : x.clientKey + QLatin1Char('/') + x.matterKey;
            row.clientKey = x.clientKey;
            row.client = x.clientName;
            row.matter = x.matterKey;
            row.item = x.matterName;
            row.field = trust ? QStringLiteral("trust") : QStringLiteral("receivable");
            row.source = cents(trust ? x.trustCents : x.receivableCents);
            w.writeRow(row.cells());
        }
    }
    return commitWriter(w, path, error);
}

QString ReviewReport::formatDuration(qint64 seconds)
{
    const bool negative = seconds < 0;
    const quint64 s = negative ? quint64(-(seconds + 1)) + 1 : quint64(seconds);
    QString text = QStringLiteral("%1%2:%3")
                       .arg(negative ? QStringLiteral("-") : QString())
                       .arg(s / 3600)
                       .arg((s / 60) % 60, 2, 10, QLatin1Char('0'));
    if (s % 60 != 0)
        text += QStringLiteral(":%1").arg(s % 60, 2, 10, QLatin1Char('0'));
    return text;
}

QString ReviewReport::entityTitle(const QString &entityKey)
{
    for (RecordKind kind :
         { RecordKind::User, RecordKind::Contact, RecordKind::Matter, RecordKind::TimeEntry, RecordKind::Expense,
           RecordKind::BalanceForward, RecordKind::Note, RecordKind::Folder, RecordKind::Document }) {
        if (RecordKinds::key(kind) == entityKey)
            return RecordKinds::title(kind);
    }
    return entityKey;
}

qint64 ReviewReport::correctionCount(const ReviewReportData &data)
{
    qint64 n = data.reconciliation.differences.size();
    for (const SpotCheck &c : data.sample)
        n += c.verdict == SpotCheck::Verdict::Flagged ? 1 : 0;
    return n;
}

bool ReviewReport::writeCorrections(const ReviewReportData &data, const QString &path, QString *error)
{
    CsvWriter w(path);
    if (!openWriter(w, path, error))
        return false;
    w.writeRow({ Tr::tr("source"), Tr::tr("key"), Tr::tr("kind"), Tr::tr("record"), Tr::tr("client number"),
                 Tr::tr("client"), Tr::tr("matter"), Tr::tr("target id"), Tr::tr("field"), Tr::tr("source value"),
                 Tr::tr("target value"), Tr::tr("difference"), Tr::tr("what to correct"), Tr::tr("note"), Tr::tr("by"),
                 Tr::tr("when (UTC)") });
    for (const SpotCheck &c : data.sample) {
        if (c.verdict != SpotCheck::Verdict::Flagged)
            continue;
        QStringList fields, sources, targets;
        for (const SpotCheckField &f : c.fields) {
            if (!f.differs)
                continue;
            fields << f.field;
            sources << f.sourceValue;
            targets << f.targetValue;
        }
        w.writeRow({ QStringLiteral("spot_check"), c.entity + QLatin1Char(':') + c.sourceKey,
                     SpotCheck::verdictKey(c.verdict), c.label, QString(), c.clientName, QString(), c.targetId,
                     fields.join(QStringLiteral("; ")), sources.join(QStringLiteral("; ")),
                     targets.join(QStringLiteral("; ")), QString(),
                     c.targetId.isEmpty() ? Tr::tr("Create the record in the target")
                                          : Tr::tr("Check the record in the target against the source"),
                     c.note, c.decidedBy, isoUtc(c.decidedUtc) });
    }
    for (const ReviewDifference &x : data.reconciliation.differences) {
        QString action;
        switch (x.kind) {
        case ReviewDifference::Kind::Missing:
            action = Tr::tr("Create the record in the target");
            break;
        case ReviewDifference::Kind::Extra:
            action = Tr::tr("Remove the record from the target, or account for it");
            break;
        case ReviewDifference::Kind::Changed:
            action = Tr::tr("Set %1 in the target to %2").arg(x.field, x.sourceValue);
            break;
        case ReviewDifference::Kind::Trust:
            action = Tr::tr("Enter the opening trust balance %1 in the target").arg(x.sourceValue);
            break;
        }
        const QString delta = x.centsDelta != 0 ? cents(x.centsDelta)
            : x.secondsDelta != 0               ? QString::number(x.secondsDelta)
                                                : QString();
        w.writeRow({ QStringLiteral("difference"), x.key, ReviewDifference::kindKey(x.kind), x.label, x.clientKey,
                     x.clientName, x.matterKey, x.targetId, x.field, x.sourceValue, x.targetValue, delta, action,
                     x.explanation, x.explainedBy, isoUtc(x.explainedUtc) });
    }
    return commitWriter(w, path, error);
}

} // namespace Cutover
