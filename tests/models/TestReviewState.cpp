#include "ImportFixture.h"
#include "domain/BusinessCalendar.h"
#include "importing/ImportEngine.h"
#include "review/Reconciliation.h"
#include "review/ReviewState.h"
#include "store/CalendarStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, mi, s), QTimeZone::utc());
}

const QTimeZone kNewYork("America/New_York");

bool exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

qint64 scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

// A complete import into `targetKey` that finished at `finished`.
bool recordImport(QSqlDatabase db, const QString &targetKey, const QDateTime &finished)
{
    return exec(
        db,
        QStringLiteral("INSERT INTO import_run (target_key, target, kind, state, started_at_utc, "
                       "finished_at_utc, started_by) VALUES (?, 'clio', 'import', 'complete', ?, ?, 'test')"),
        { targetKey, finished.addSecs(-600).toString(Qt::ISODateWithMs), finished.toString(Qt::ISODateWithMs) });
}

// A complete reading of the target; returns its id.
qint64 recordRun(QSqlDatabase db, const QString &targetKey)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (!exec(db,
              QStringLiteral("INSERT INTO review_run (target_key, state, started_at_utc, finished_at_utc, started_by) "
                             "VALUES (?, 'complete', ?, ?, 'test')"),
              { targetKey, now, now }))
        return 0;
    return scalar(db, QStringLiteral("SELECT max(id) FROM review_run"));
}

// The fixture's staged project (C3 left out, T3 and E2 billed) in a folder of its own.
struct Project
{
    QTemporaryDir dir;
    std::unique_ptr<ProjectStore> store = TestImport::makeProject(dir.path());
};

// T1 read back from the target one cent short (374.99 for 1.5 h at 250.00).
bool insertT1OneCentShort(QSqlDatabase db, qint64 run)
{
    return exec(db,
                QStringLiteral("INSERT INTO review_target_record (run_id, entity, target_id, source_key, date, "
                               "seconds, cents, fields) VALUES (?, 'time_entry', '9001', 'T1', '2026-11-02', 5400, "
                               "37499, ?)"),
                { run, QStringLiteral(R"({"description":"Drafting the lease","rate":25000})") });
}

QStringList keysOf(const QList<SpotCheck> &sample)
{
    QStringList keys;
    for (const SpotCheck &s : sample)
        keys << s.entity + QLatin1Char(':') + s.sourceKey;
    return keys;
}

QHash<QString, int> perEntity(const QList<SpotCheck> &sample)
{
    QHash<QString, int> n;
    for (const SpotCheck &s : sample)
        ++n[s.entity];
    return n;
}

} // namespace

class TestReviewState : public QObject
{
    Q_OBJECT

private:
    const QString m_target = QStringLiteral("clio:http://127.0.0.1:9");

private slots:
    void deadlineAcrossWeekend();
    void deadlineAcrossThanksgiving();
    void deadlineWithFirmDayOff();
    void deadlineAcrossDstChange();
    void clockOfProject();
    void sampleIsSeededAndStratified();
    void sampleWeighsLargeValues();
    void verdictsSurviveRedraw();
    void flagNeedsNote();
    void loadShowsBothSides();
    void blockersSayWhy();
    void signOffGating();
};

void TestReviewState::deadlineAcrossWeekend()
{
    const BusinessCalendar us(QStringLiteral("US"));
    // Friday 16 October 2026, 15:00 EDT: Monday, Tuesday and Wednesday are the
    // three business days; the window closes at the start of Thursday 22.
    const QDateTime finished = utc(2026, 10, 16, 19);
    const QDateTime deadline = utc(2026, 10, 22, 4);

    ReviewClock c = ReviewDeadline::at(us, kNewYork, finished, finished);
    QCOMPARE(c.state, ReviewClock::State::Open);
    QCOMPARE(c.deadlineUtc, deadline);
    QCOMPARE(c.finishedUtc, finished);
    QCOMPARE(c.businessDaysLeft, 4); // Friday's rest, Monday, Tuesday, Wednesday
    QCOMPARE(c.businessSecondsLeft, 9 * 3600 + 3 * 86400);
    QVERIFY(!c.urgent());

    // Saturday noon: the weekend counts nothing.
    c = ReviewDeadline::at(us, kNewYork, finished, utc(2026, 10, 17, 16));
    QCOMPARE(c.state, ReviewClock::State::Open);
    QCOMPARE(c.businessDaysLeft, 3);
    QCOMPARE(c.businessSecondsLeft, 3 * 86400);

    // Tuesday 23:30 EDT: still open, half an hour of Tuesday and all of Wednesday.
    c = ReviewDeadline::at(us, kNewYork, finished, utc(2026, 10, 21, 3, 30));
    QCOMPARE(c.state, ReviewClock::State::Open);
    QCOMPARE(c.businessDaysLeft, 2);
    QCOMPARE(c.businessSecondsLeft, 1800 + 86400);

    // Wednesday 00:00 EDT: the last day, urgent.
    c = ReviewDeadline::at(us, kNewYork, finished, utc(2026, 10, 21, 4));
    QCOMPARE(c.state, ReviewClock::State::LastDay);
    QVERIFY(c.urgent());
    QCOMPARE(c.businessDaysLeft, 1);
    QCOMPARE(c.businessSecondsLeft, 86400);

    // Wednesday 10:00 EDT.
    c = ReviewDeadline::at(us, kNewYork, finished, utc(2026, 10, 21, 14));
    QCOMPARE(c.state, ReviewClock::State::LastDay);
    QCOMPARE(c.businessSecondsLeft, 14 * 3600);

    // One second before the deadline, and at it.
    c = ReviewDeadline::at(us, kNewYork, finished, deadline.addSecs(-1));
    QCOMPARE(c.state, ReviewClock::State::LastDay);
    QCOMPARE(c.businessSecondsLeft, 1);
    c = ReviewDeadline::at(us, kNewYork, finished, deadline);
    QCOMPARE(c.state, ReviewClock::State::Closed);
    QCOMPARE(c.businessDaysLeft, 0);
    QCOMPARE(c.businessSecondsLeft, 0);
    QVERIFY(!c.urgent());

    // No import: no window.
    c = ReviewDeadline::at(us, kNewYork, QDateTime(), finished);
    QCOMPARE(c.state, ReviewClock::State::NoImport);
    QVERIFY(!c.deadlineUtc.isValid());
}

void TestReviewState::deadlineAcrossThanksgiving()
{
    const BusinessCalendar us(QStringLiteral("US"));
    QVERIFY(!us.isBusinessDay(QDate(2026, 11, 26))); // Thanksgiving Day, Thursday
    // Wednesday 25 November 2026, 10:00 EST, the day before the holiday:
    // Friday 27, Monday 30 and Tuesday 1 December; closes Wednesday 2 December 00:00 EST.
    const QDateTime finished = utc(2026, 11, 25, 15);
    const QDateTime deadline = utc(2026, 12, 2, 5);
    ReviewClock c = ReviewDeadline::at(us, kNewYork, finished, finished);
    QCOMPARE(c.deadlineUtc, deadline);
    QCOMPARE(c.businessDaysLeft, 4);
    QCOMPARE(c.businessSecondsLeft, 14 * 3600 + 3 * 86400);

    // On Thanksgiving itself nothing of the day counts.
    c = ReviewDeadline::at(us, kNewYork, finished, utc(2026, 11, 26, 17));
    QCOMPARE(c.state, ReviewClock::State::Open);
    QCOMPARE(c.businessDaysLeft, 3);
    QCOMPARE(c.businessSecondsLeft, 3 * 86400);

    // Without the holiday region the same import closes a day earlier.
    const BusinessCalendar none(QStringLiteral("NONE"));
    QCOMPARE(ReviewDeadline::at(none, kNewYork, finished, finished).deadlineUtc, utc(2026, 12, 1, 5));

    // Friday afternoon before it: Monday 23, Tuesday 24, Wednesday 25.
    const QDateTime friday = utc(2026, 11, 20, 21, 45); // 16:45 EST
    c = ReviewDeadline::at(us, kNewYork, friday, friday);
    QCOMPARE(c.deadlineUtc, utc(2026, 11, 26, 5));
    QCOMPARE(c.businessSecondsLeft, 7 * 3600 + 15 * 60 + 3 * 86400);
    c = ReviewDeadline::at(us, kNewYork, friday, utc(2026, 11, 25, 23)); // Wednesday 18:00 EST
    QCOMPARE(c.state, ReviewClock::State::LastDay);
    QCOMPARE(c.businessSecondsLeft, 6 * 3600);
}

void TestReviewState::deadlineWithFirmDayOff()
{
    BusinessCalendar us(QStringLiteral("US"));
    us.addCustomDay(QDate(2026, 10, 20), QStringLiteral("Firm retreat")); // a Tuesday
    const QDateTime finished = utc(2026, 10, 16, 19); // Friday 15:00 EDT
    // Monday 19, Wednesday 21, Thursday 22: closes Friday 23 00:00 EDT.
    ReviewClock c = ReviewDeadline::at(us, kNewYork, finished, finished);
    QCOMPARE(c.deadlineUtc, utc(2026, 10, 23, 4));
    // On the retreat day: Wednesday and Thursday left, the day itself counts nothing.
    c = ReviewDeadline::at(us, kNewYork, finished, utc(2026, 10, 20, 16));
    QCOMPARE(c.state, ReviewClock::State::Open);
    QCOMPARE(c.businessDaysLeft, 2);
    QCOMPARE(c.businessSecondsLeft, 2 * 86400);
    // Thursday is the last day.
    c = ReviewDeadline::at(us, kNewYork, finished, utc(2026, 10, 22, 20));
    QCOMPARE(c.state, ReviewClock::State::LastDay);
    QCOMPARE(c.businessSecondsLeft, 8 * 3600);
}

void TestReviewState::deadlineAcrossDstChange()
{
    const BusinessCalendar us(QStringLiteral("US"));
    // Summer time ends on Sunday 1 November 2026 (a 25-hour day). Friday 30
    // October 14:00 EDT: Monday 2, Tuesday 3, Wednesday 4 November; the window
    // closes Thursday 5 November 00:00 EST, which is 05:00 UTC, not 04:00.
    const QDateTime finished = utc(2026, 10, 30, 18);
    ReviewClock c = ReviewDeadline::at(us, kNewYork, finished, finished);
    QCOMPARE(c.deadlineUtc, utc(2026, 11, 5, 5));
    QCOMPARE(c.businessDaysLeft, 4);
    // Friday's 10 hours and three days; the 25-hour Sunday counts nothing.
    QCOMPARE(c.businessSecondsLeft, 10 * 3600 + 3 * 86400);
    // Saturday 23:00 EDT, before the change: exactly three business days.
    c = ReviewDeadline::at(us, kNewYork, finished, utc(2026, 11, 1, 3));
    QCOMPARE(c.businessSecondsLeft, 3 * 86400);

    // Summer time begins on Sunday 8 March 2026 (23 hours). Friday 6 March
    // 12:00 EST: closes Thursday 12 March 00:00 EDT = 04:00 UTC.
    const QDateTime march = utc(2026, 3, 6, 17);
    c = ReviewDeadline::at(us, kNewYork, march, march);
    QCOMPARE(c.deadlineUtc, utc(2026, 3, 12, 4));
    QCOMPARE(c.businessSecondsLeft, 12 * 3600 + 3 * 86400);
    c = ReviewDeadline::at(us, kNewYork, march, utc(2026, 3, 9, 4)); // Monday 00:00 EDT
    QCOMPARE(c.businessDaysLeft, 3);
    QCOMPARE(c.businessSecondsLeft, 3 * 86400);

    // The banner's line, in English without a translation loaded ("(s)" stays).
    c = ReviewDeadline::at(us, kNewYork, finished, finished);
    QVERIFY2(c.text().startsWith(QLatin1String("Review window: 3 business day(s) and 10 hour(s) left (closes ")),
             qPrintable(c.text()));
    QVERIFY2(c.text().contains(QLatin1String("EST")), qPrintable(c.text()));
    c = ReviewDeadline::at(us, kNewYork, finished, utc(2026, 11, 4, 19, 30)); // Wednesday 14:30 EST
    QCOMPARE(c.state, ReviewClock::State::LastDay);
    QVERIFY2(c.text().startsWith(QLatin1String("Last day to review: 9 hour(s) left")), qPrintable(c.text()));
    c = ReviewDeadline::at(us, kNewYork, finished, utc(2026, 11, 5, 4, 50)); // 23:50 EST
    QVERIFY2(c.text().startsWith(QLatin1String("Last day to review: 10 minute(s) left")), qPrintable(c.text()));
    c = ReviewDeadline::at(us, kNewYork, finished, utc(2026, 11, 6));
    QVERIFY2(c.text().startsWith(QLatin1String("The review window closed on ")), qPrintable(c.text()));
}

void TestReviewState::clockOfProject()
{
    Project project;
    QVERIFY(project.store);
    QSqlDatabase db = project.store->database();
    const QDateTime finished = utc(2026, 10, 16, 19); // Friday 15:00 EDT
    QCOMPARE(ReviewDeadline::forProject(db, m_target, finished).state, ReviewClock::State::NoImport);
    QVERIFY(recordImport(db, m_target, finished));
    // The newest target with a ledger when none is named.
    QVERIFY(exec(db,
                 QStringLiteral("INSERT INTO id_map (target_key, entity, source_key, reference, state, "
                                "updated_at_utc) VALUES (?, 'contact', 'C1', 'r', 'created', ?)"),
                 { m_target, finished.toString(Qt::ISODate) }));
    ReviewClock c = ReviewDeadline::forProject(db, QString(), finished);
    QCOMPARE(c.state, ReviewClock::State::Open);
    QCOMPARE(c.deadlineUtc, utc(2026, 10, 22, 4));
    QCOMPARE(c.zone.id(), QByteArray("America/New_York"));
    QCOMPARE(c.deadlineUtc, ImportLedger::reviewDeadlineUtc(db, m_target));
    // A day the firm takes off, kept in the project, moves it.
    QString error;
    QVERIFY2(CalendarStore::addCustomDay(db, QDate(2026, 10, 20), QStringLiteral("Firm retreat"), &error),
             qPrintable(error));
    c = ReviewDeadline::forProject(project.store->filePath(), m_target, finished, &error);
    QCOMPARE(c.deadlineUtc, utc(2026, 10, 23, 4));
    QCOMPARE(c.businessDaysLeft, 4);
}

void TestReviewState::sampleIsSeededAndStratified()
{
    Project project;
    QVERIFY(project.store);
    QSqlDatabase db = project.store->database();
    QString error;
    QVERIFY2(SpotChecks::draw(db, m_target, 2, 42, &error), qPrintable(error));
    const QList<SpotCheck> first = SpotChecks::load(db, m_target, 0, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Planned records only: C3 is left out, T3 and E2 are billed, the firm's own contact is made up.
    const QHash<QString, int> n = perEntity(first);
    QCOMPARE(n.value(QStringLiteral("contact")), 2); // C1, C2
    QCOMPARE(n.value(QStringLiteral("matter")), 2); // M1, M2
    QCOMPARE(n.value(QStringLiteral("time_entry")), 2); // of T1, T2, T5
    QCOMPARE(n.value(QStringLiteral("expense")), 1); // E1 only
    QCOMPARE(n.value(QStringLiteral("balance_forward")), 2); // M1 600.00, M2 80.05
    const QStringList keys = keysOf(first);
    for (const char *never : { "contact:C3", "contact:firm", "matter:M3", "time_entry:T3", "time_entry:T4",
                               "expense:E2", "balance_forward:M3" })
        QVERIFY2(!keys.contains(QLatin1String(never)), qPrintable(keys.join(u' ')));
    // Entities in import order, positions in order within each.
    QCOMPARE(first.first().entity, QStringLiteral("contact"));
    QCOMPARE(first.last().entity, QStringLiteral("balance_forward"));
    for (const SpotCheck &s : first) {
        QCOMPARE(s.verdict, SpotCheck::Verdict::Pending);
        QVERIFY(!s.fields.isEmpty());
    }
    const SpotCheck bf = first.last();
    QVERIFY(bf.weightCents == 60000 || bf.weightCents == 8005);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'review.sample_drawn'")), 1);

    // The same seed draws the same again; other seeds draw other samples.
    QVERIFY(SpotChecks::draw(db, m_target, 2, 42, &error));
    QCOMPARE(keysOf(SpotChecks::load(db, m_target, 0, &error)), keys);
    QSet<QString> samples;
    for (quint64 seed = 1; seed <= 12; ++seed) {
        QVERIFY(SpotChecks::draw(db, m_target, 1, seed, &error));
        samples.insert(keysOf(SpotChecks::load(db, m_target, 0, &error)).join(u' '));
    }
    QVERIFY2(samples.size() >= 3, qPrintable(QStringList(samples.cbegin(), samples.cend()).join(u'\n')));
    QVERIFY(SpotChecks::draw(db, m_target, 1, 5, &error));
    const QStringList five = keysOf(SpotChecks::load(db, m_target, 0, &error));
    QVERIFY(SpotChecks::draw(db, m_target, 1, 6, &error));
    QVERIFY(SpotChecks::draw(db, m_target, 1, 5, &error));
    QCOMPARE(keysOf(SpotChecks::load(db, m_target, 0, &error)), five);
    QCOMPARE(five.size(), 5);
    QVERIFY(!SpotChecks::draw(db, m_target, 0, 5, &error));
}

void TestReviewState::sampleWeighsLargeValues()
{
    Project project;
    QVERIFY(project.store);
    QSqlDatabase db = project.store->database();
    // T1 worth 1,000.00; T2 and T5 10.00 each: a hundredfold.
    QVERIFY(exec(db, QStringLiteral("UPDATE stg_time_entry SET amount = 100000 WHERE source_key = 'T1'")));
    QVERIFY(exec(db, QStringLiteral("UPDATE stg_time_entry SET amount = 1000 WHERE source_key IN ('T2', 'T5')")));
    QHash<QString, int> drawn;
    QString error;
    for (quint64 seed = 1000; seed < 1300; ++seed) {
        QVERIFY2(SpotChecks::draw(db, m_target, 1, seed, &error), qPrintable(error));
        for (const SpotCheck &s : SpotChecks::load(db, m_target, 0, &error)) {
            if (s.entity == u"time_entry") {
                ++drawn[s.sourceKey];
                QCOMPARE(s.weightCents, s.sourceKey == u"T1" ? 100000 : 1000);
            }
        }
    }
    qInfo() << "drawn of 300:" << drawn;
    QCOMPARE(drawn.value(QStringLiteral("T1")) + drawn.value(QStringLiteral("T2")) + drawn.value(QStringLiteral("T5")),
             300);
    // Expected about 1001 / 1023 of the draws; the small ones still come up.
    QVERIFY2(drawn.value(QStringLiteral("T1")) >= 20 * std::max(1, drawn.value(QStringLiteral("T2"))),
             qPrintable(QString::number(drawn.value(QStringLiteral("T1")))));
    QVERIFY(drawn.value(QStringLiteral("T1")) >= 280);
    QVERIFY(drawn.value(QStringLiteral("T2")) + drawn.value(QStringLiteral("T5")) >= 1);
}

void TestReviewState::verdictsSurviveRedraw()
{
    Project project;
    QVERIFY(project.store);
    QSqlDatabase db = project.store->database();
    QString error;
    QVERIFY(SpotChecks::draw(db, m_target, 2, 7, &error));
    QList<SpotCheck> sample = SpotChecks::load(db, m_target, 0, &error);
    SpotCheck time, contact;
    for (const SpotCheck &s : sample) {
        if (s.entity == u"time_entry" && time.sourceKey.isEmpty())
            time = s;
        if (s.entity == u"contact" && contact.sourceKey.isEmpty())
            contact = s;
    }
    QVERIFY2(
        SpotChecks::decide(db, m_target, time.entity, time.sourceKey, SpotCheck::Verdict::Accepted, QString(), &error),
        qPrintable(error));
    QVERIFY2(SpotChecks::decide(db, m_target, contact.entity, contact.sourceKey, SpotCheck::Verdict::Flagged,
                                QStringLiteral("E-mail address missing in Clio"), &error),
             qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'review.spot_check_decided'")),
             2);

    for (quint64 seed : { 8, 9, 10, 11 }) {
        QVERIFY(SpotChecks::draw(db, m_target, 2, seed, &error));
        sample = SpotChecks::load(db, m_target, 0, &error);
        bool sawTime = false, sawContact = false;
        for (const SpotCheck &s : sample) {
            if (s.entity == time.entity && s.sourceKey == time.sourceKey) {
                sawTime = true;
                QCOMPARE(s.verdict, SpotCheck::Verdict::Accepted);
                QCOMPARE(s.decidedBy, ProjectStore::currentActor());
                QVERIFY(s.decidedUtc.isValid());
            }
            if (s.entity == contact.entity && s.sourceKey == contact.sourceKey) {
                sawContact = true;
                QCOMPARE(s.verdict, SpotCheck::Verdict::Flagged);
                QCOMPARE(s.note, QStringLiteral("E-mail address missing in Clio"));
            }
        }
        QVERIFY(sawTime && sawContact);
        QCOMPARE(perEntity(sample).value(QStringLiteral("time_entry")), 2);
        QCOMPARE(perEntity(sample).value(QStringLiteral("contact")), 2);
    }
    // Back to pending: the next draw may replace it.
    QVERIFY(
        SpotChecks::decide(db, m_target, time.entity, time.sourceKey, SpotCheck::Verdict::Pending, QString(), &error));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM review_sample WHERE verdict = 'pending' AND decided_by = '' "
                                   "AND decided_at_utc IS NULL AND source_key = ?"),
                    { time.sourceKey }),
             1);
    QVERIFY(!SpotChecks::decide(db, m_target, QStringLiteral("time_entry"), QStringLiteral("T404"),
                                SpotCheck::Verdict::Accepted, QString(), &error));
    QVERIFY2(error.contains(QLatin1String("T404")), qPrintable(error));
}

void TestReviewState::flagNeedsNote()
{
    Project project;
    QVERIFY(project.store);
    QSqlDatabase db = project.store->database();
    QString error;
    QVERIFY(SpotChecks::draw(db, m_target, 1, 1, &error));
    const SpotCheck s = SpotChecks::load(db, m_target, 0, &error).first();
    const qint64 audits = scalar(db, QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY(!SpotChecks::decide(db, m_target, s.entity, s.sourceKey, SpotCheck::Verdict::Flagged, QStringLiteral("   "),
                                &error));
    QVERIFY2(error.contains(QLatin1String("note")), qPrintable(error));
    QCOMPARE(SpotChecks::load(db, m_target, 0, &error).first().verdict, SpotCheck::Verdict::Pending);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")), audits);
}

void TestReviewState::loadShowsBothSides()
{
    Project project;
    QVERIFY(project.store);
    QSqlDatabase db = project.store->database();
    const qint64 run = recordRun(db, m_target);
    QVERIFY(run > 0);
    // T1 in the target one cent short; T2 not there at all.
    QVERIFY(insertT1OneCentShort(db, run));
    QString error;
    QVERIFY(SpotChecks::draw(db, m_target, 3, 1, &error));
    const QList<SpotCheck> sample = SpotChecks::load(db, m_target, 0, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, SpotCheck> time;
    for (const SpotCheck &s : sample) {
        if (s.entity == u"time_entry")
            time.insert(s.sourceKey, s);
    }
    QCOMPARE(time.size(), 3);
    const SpotCheck t1 = time.value(QStringLiteral("T1"));
    QCOMPARE(t1.targetId, QStringLiteral("9001"));
    QCOMPARE(t1.clientName, QStringLiteral("Able Holdings"));
    QVERIFY2(t1.label.contains(QLatin1String("T1")) && t1.label.contains(QLatin1String("Ann Lee")),
             qPrintable(t1.label));
    QCOMPARE(t1.weightCents, 37500);
    QHash<QString, SpotCheckField> f;
    for (const SpotCheckField &x : t1.fields)
        f.insert(x.field, x);
    QCOMPARE(f.value(QStringLiteral("amount")).sourceValue, QStringLiteral("375.00"));
    QCOMPARE(f.value(QStringLiteral("amount")).targetValue, QStringLiteral("374.99"));
    QVERIFY(f.value(QStringLiteral("amount")).differs);
    QCOMPARE(f.value(QStringLiteral("duration")).sourceValue, QStringLiteral("1.50 h"));
    QCOMPARE(f.value(QStringLiteral("duration")).targetValue, QStringLiteral("1.50 h"));
    QVERIFY(!f.value(QStringLiteral("duration")).differs);
    QVERIFY(!f.value(QStringLiteral("date")).differs);
    QVERIFY(!f.value(QStringLiteral("rate")).differs);
    QVERIFY(!f.value(QStringLiteral("description")).differs);
    QVERIFY(!f.value(QStringLiteral("amount")).title.isEmpty());
    const SpotCheck t2 = time.value(QStringLiteral("T2"));
    QVERIFY(t2.targetId.isEmpty());
    for (const SpotCheckField &x : t2.fields) {
        if (x.field != u"user") // neither side has a target user for Bob (nothing mapped)
            QVERIFY2(x.differs && x.targetValue.isEmpty(), qPrintable(x.field));
    }
}

void TestReviewState::blockersSayWhy()
{
    Reconciliation r;
    r.runId = 3;
    r.counts.append({ QStringLiteral("time_entry"), 3, 2, 2, 1, 0, 0 });
    ReviewDifference missing;
    missing.key = QStringLiteral("missing:time_entry:T7");
    missing.label = QStringLiteral("time entry T7 of 2026-03-02 by Ann Lee on M1");
    ReviewDifference explained;
    explained.key = QStringLiteral("changed:time_entry:T1:amount");
    explained.label = QStringLiteral("time entry T1");
    explained.explanation = QStringLiteral("Rounded by Clio; agreed with the firm.");
    r.differences = { missing, explained };
    SpotCheck pending, accepted;
    accepted.verdict = SpotCheck::Verdict::Accepted;
    ReviewClock open;
    open.state = ReviewClock::State::Open;

    QStringList b = ReviewSignOff::blockers(r, { pending, accepted }, open, std::nullopt);
    QCOMPARE(b.size(), 2);
    QVERIFY2(b.at(0).startsWith(QLatin1String("1 difference(s) without an explanation: time entry T7 of 2026-03-02")),
             qPrintable(b.at(0)));
    QVERIFY2(b.at(1).contains(QLatin1String("1 spot check(s) not decided")), qPrintable(b.at(1)));

    r.differences[0].explanation = QStringLiteral("Entered after the cutoff by mistake; deleted in the old system.");
    QVERIFY(ReviewSignOff::blockers(r, { accepted }, open, std::nullopt).isEmpty());
    QVERIFY(!ReviewSignOff::blockers(r, {}, open, std::nullopt).isEmpty()); // nothing drawn

    // Many unexplained: counted, the first three named.
    Reconciliation many = r;
    many.differences.clear();
    for (int i = 1; i <= 5; ++i) {
        ReviewDifference d;
        d.key = QStringLiteral("missing:contact:C%1").arg(i);
        d.label = QStringLiteral("client C%1").arg(i);
        many.differences.append(d);
    }
    b = ReviewSignOff::blockers(many, { accepted }, open, std::nullopt);
    QCOMPARE(b.size(), 1);
    QVERIFY2(b.at(0).contains(QLatin1String("5 difference(s)")) && b.at(0).contains(QLatin1String("client C3"))
                 && !b.at(0).contains(QLatin1String("client C4")) && b.at(0).contains(QLatin1String("2 more")),
             qPrintable(b.at(0)));

    ReviewClock closed;
    closed.state = ReviewClock::State::Closed;
    closed.deadlineUtc = utc(2026, 10, 22, 4);
    closed.zone = kNewYork;
    b = ReviewSignOff::blockers(r, { accepted }, closed, std::nullopt);
    QCOMPARE(b.size(), 1);
    QVERIFY2(b.at(0).contains(QLatin1String("window closed")), qPrintable(b.at(0)));

    SignOff earlier;
    earlier.name = QStringLiteral("Ann Reviewer");
    earlier.signedUtc = utc(2026, 10, 20, 15);
    b = ReviewSignOff::blockers(r, { accepted }, open, earlier);
    QCOMPARE(b.size(), 1);
    QVERIFY2(b.at(0).contains(QLatin1String("already signed off by Ann Reviewer")), qPrintable(b.at(0)));

    Reconciliation unread;
    b = ReviewSignOff::blockers(unread, {}, open, std::nullopt);
    QCOMPARE(b.size(), 1);
    QVERIFY2(b.at(0).contains(QLatin1String("not been read back")), qPrintable(b.at(0)));

    ReviewClock none;
    QVERIFY(ReviewSignOff::blockers(r, { accepted }, none, std::nullopt)
                .contains(QStringLiteral("Nothing has been imported into this target yet.")));
}

void TestReviewState::signOffGating()
{
    Project project;
    QVERIFY(project.store);
    QSqlDatabase db = project.store->database();
    ImportRequest rollback;
    rollback.projectPath = project.store->filePath();
    rollback.target.kind = TargetChoice::Kind::Clio;
    rollback.target.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    QCOMPARE(rollback.target.key(), m_target);

    QString error;
    QVERIFY(!ReviewSignOff::sign(db, m_target, QStringLiteral("Ann Reviewer"), QString(), &error));
    QVERIFY(!error.isEmpty());

    QVERIFY(recordImport(db, m_target, QDateTime::currentDateTimeUtc().addSecs(-60)));
    const qint64 run = recordRun(db, m_target);
    QVERIFY(run > 0);
    // The target holds T1 only, one cent short: everything else is missing.
    QVERIFY(insertT1OneCentShort(db, run));
    QVERIFY2(SpotChecks::draw(db, m_target, 1, 99, &error), qPrintable(error));

    Reconciliation r;
    QVERIFY2(Reconciler::compute(db, m_target, 0, &r, &error), qPrintable(error));
    QVERIFY(!r.differences.isEmpty());
    bool centOff = false;
    for (const ReviewDifference &d : std::as_const(r.differences))
        centOff |= d.key == u"changed:time_entry:T1:amount" && d.centsDelta == -1;
    QVERIFY(centOff);
    QVERIFY(!ReviewSignOff::sign(db, m_target, QStringLiteral("Ann Reviewer"), QStringLiteral("Partner"), &error));
    QVERIFY2(error.contains(QStringLiteral("%1 difference(s) without an explanation").arg(r.differences.size())),
             qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("spot check(s) not decided")), qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM review_signoff")), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'review.signed_off'")), 0);

    for (const ReviewDifference &d : std::as_const(r.differences)) {
        QVERIFY2(ReviewExplanations::set(db, m_target, d.key, QStringLiteral("Known: %1").arg(d.label), &error),
                 qPrintable(error));
    }
    QVERIFY(!ReviewSignOff::sign(db, m_target, QStringLiteral("Ann Reviewer"), QStringLiteral("Partner"), &error));
    QVERIFY2(!error.contains(QLatin1String("without an explanation")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("spot check(s) not decided")), qPrintable(error));

    const QList<SpotCheck> sample = SpotChecks::load(db, m_target, 0, &error);
    QVERIFY(!sample.isEmpty());
    for (const SpotCheck &s : sample) {
        const bool flag = s.entity == u"time_entry";
        QVERIFY2(SpotChecks::decide(db, m_target, s.entity, s.sourceKey,
                                    flag ? SpotCheck::Verdict::Flagged : SpotCheck::Verdict::Accepted,
                                    flag ? QStringLiteral("Amount one cent short") : QString(), &error),
                 qPrintable(error));
    }
    QVERIFY(!ReviewSignOff::sign(db, m_target, QStringLiteral("  "), QString(), &error));
    QVERIFY2(error.contains(QLatin1String("name")), qPrintable(error));

    QVERIFY2(ReviewSignOff::sign(db, m_target, QStringLiteral("Ann Reviewer"), QStringLiteral("Partner"), &error),
             qPrintable(error));
    const std::optional<SignOff> s = ReviewSignOff::signedOff(db, m_target);
    QVERIFY(s);
    QCOMPARE(s->name, QStringLiteral("Ann Reviewer"));
    QCOMPARE(s->role, QStringLiteral("Partner"));
    QCOMPARE(s->runId, run);
    QCOMPARE(s->recordedBy, ProjectStore::currentActor());
    QVERIFY(qAbs(s->signedUtc.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT summary FROM review_signoff")) && q.next());
    const QJsonObject summary = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    const QJsonArray differences = summary.value(QLatin1String("differences")).toArray();
    QCOMPARE(differences.size(), r.differences.size());
    for (const QJsonValue &d : differences)
        QVERIFY(d.toObject().value(QLatin1String("explanation")).toString().startsWith(QLatin1String("Known: ")));
    QCOMPARE(summary.value(QLatin1String("verdicts")).toArray().size(), sample.size());
    QCOMPARE(summary.value(QLatin1String("run_id")).toInteger(), run);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'review.signed_off' AND "
                                   "json_extract(detail, '$.name') = 'Ann Reviewer'")),
             1);

    // Once: a second sign-off is refused, the verdicts are frozen, the clock says so.
    QVERIFY(!ReviewSignOff::sign(db, m_target, QStringLiteral("Bob Roe"), QString(), &error));
    QVERIFY2(error.contains(QLatin1String("already signed off by Ann Reviewer")), qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM review_signoff")), 1);
    QVERIFY(!SpotChecks::decide(db, m_target, sample.first().entity, sample.first().sourceKey,
                                SpotCheck::Verdict::Pending, QString(), &error));
    QVERIFY(!SpotChecks::draw(db, m_target, 1, 5, &error));
    const ReviewClock clock = ReviewDeadline::forProject(db, m_target, QDateTime::currentDateTimeUtc());
    QCOMPARE(clock.state, ReviewClock::State::SignedOff);
    QVERIFY2(clock.text().contains(QLatin1String("signed off by Ann Reviewer")), qPrintable(clock.text()));

    // And the import can no longer be rolled back.
    RollbackJob job(rollback);
    QCOMPARE(job.run(), Job::Outcome::Failed);
    QVERIFY2(job.errorString().contains(QLatin1String("signed off by Ann Reviewer")), qPrintable(job.errorString()));
}

QTEST_GUILESS_MAIN(TestReviewState)
#include "TestReviewState.moc"
