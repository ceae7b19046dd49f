#include "credentials/CredentialStore.h"
#include "importing/ImportEngine.h"
#include "targets/ClioAuth.h"
#include "targets/ClioConnector.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>
#include <tuple>

using namespace Cutover;

namespace {

// One cutover-sandbox process (tests/sandbox/README.md), on a free port, with
// its records in a file of our own so the test can count them.
class Sandbox
{
public:
    explicit Sandbox(const QStringList &switches = {})
    {
        m_data = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
        m_process.setProgram(QStringLiteral(CUTOVER_SANDBOX_PATH));
        m_process.setArguments(QStringList { "--port", "0", "--data", m_data } + switches);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return;
        // Its first line: "cutover-sandbox listening on http://127.0.0.1:PORT".
        (void)QTest::qWaitFor([this] { return m_process.canReadLine() || m_process.state() != QProcess::Running; },
                              10000);
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        const qsizetype at = line.indexOf(QLatin1String("http://"));
        if (at >= 0)
            m_url = QUrl(line.mid(at));
    }
    ~Sandbox()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        QSqlDatabase::removeDatabase(m_connection);
    }
    QUrl url() const { return m_url; }
    QString error() { return QString::fromUtf8(m_process.readAllStandardError()); }

    // Live records of one resource in the sandbox's own file.
    qint64 count(const QString &resource)
    {
        return scalar(QStringLiteral("SELECT count(*) FROM record WHERE resource = '%1' AND deleted = 0").arg(resource))
            .toLongLong();
    }
    QVariant scalar(const QString &sql)
    {
        QSqlDatabase db = database();
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QSqlDatabase database()
    {
        if (!QSqlDatabase::contains(m_connection)) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
            db.setDatabaseName(m_data);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            db.open();
        }
        return QSqlDatabase::database(m_connection);
    }

    QTemporaryDir m_dir;
    QString m_data;
    QString m_connection = QStringLiteral("sandbox-%1").arg(quintptr(this));
    QProcess m_process;
    QUrl m_url;
};

QByteArray token()
{
    return QByteArrayLiteral("sandbox-token");
}

TargetResult wait(const std::function<void(TargetConnector::Callback)> &call, int ms = 30000)
{
    auto result = std::make_shared<std::optional<TargetResult>>();
    auto calls = std::make_shared<int>(0);
    call([result, calls](const TargetResult &r) {
        ++*calls;
        *result = r;
    });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, ms)) {
        TargetResult timedOut;
        timedOut.error.kind = TargetError::Kind::Other;
        timedOut.error.message = QStringLiteral("no answer within %1 ms").arg(ms);
        return timedOut;
    }
    return **result;
}

// Every page of a list, or the first error.
QList<IncomingRecord> listAll(TargetConnector &c, RecordKind kind, const QVariantMap &filter = {},
                              TargetError *error = nullptr, int *pages = nullptr)
{
    QList<IncomingRecord> all;
    bool finished = false;
    int count = 0;
    c.list(kind, filter, [&](const TargetPage &page) {
        ++count;
        all += page.records;
        if (page.error.kind != TargetError::Kind::None && error)
            *error = page.error;
        if (page.last || page.error.kind != TargetError::Kind::None)
            finished = true;
    });
    (void)QTest::qWaitFor([&] { return finished; }, 60000);
    if (pages)
        *pages = count;
    return all;
}

// Runs all creates at once (the connector queues them) and waits for every answer.
QList<TargetResult> createAll(TargetConnector &c, const QList<OutgoingRecord> &records, int ms = 60000)
{
    auto results = std::make_shared<QList<std::optional<TargetResult>>>(records.size());
    auto answered = std::make_shared<int>(0);
    for (qsizetype i = 0; i < records.size(); ++i)
        c.create(records.at(i), [results, answered, i](const TargetResult &r) {
            if (!(*results)[i])
                ++*answered;
            (*results)[i] = r;
        });
    (void)QTest::qWaitFor([&] { return *answered == records.size(); }, ms);
    QList<TargetResult> out;
    for (const auto &r : *results) {
        if (r) {
            out.append(*r);
        } else {
            TargetResult missing;
            missing.error.kind = TargetError::Kind::Other;
            missing.error.message = QStringLiteral("no answer");
            out.append(missing);
        }
    }
    return out;
}

QString reference(const QString &entity, const QString &key)
{
    static const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);
    return QStringLiteral("CUT-%1:%2:%3").arg(run, entity, key);
}

OutgoingRecord contact(const QString &key, const QString &first, const QString &last)
{
    OutgoingRecord r;
    r.kind = RecordKind::Contact;
    r.reference = reference("contact", key);
    r.fields = { { "source_key", key }, { "kind", "person" }, { "first_name", first }, { "last_name", last } };
    return r;
}

OutgoingRecord matter(const QString &key, const QString &clientId)
{
    OutgoingRecord r;
    r.kind = RecordKind::Matter;
    r.reference = reference("matter", key);
    r.fields = { { "source_key", key },
                 { "description", "Estate of " + key },
                 { "status", "pending" },
                 { "open_date", "2019-03-01" } };
    r.links.insert("client", clientId);
    return r;
}

OutgoingRecord timeEntry(const QString &key, const QString &matterId, qint64 seconds, qint64 rateCents)
{
    OutgoingRecord r;
    r.kind = RecordKind::TimeEntry;
    r.reference = reference("time_entry", key);
    r.fields = { { "source_key", key },
                 { "date", "2024-05-02" },
                 { "duration", seconds },
                 { "rate", rateCents },
                 { "description", "Draft motion " + key },
                 { "billable", 1 } };
    r.links.insert("matter", matterId);
    return r;
}

} // namespace

class TestClioConnector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectionTestNamesUserAndFirm();
    void wrongTokenIsExplained();
    void targetChoiceKeysAndRegions();
    void contactsRoundTrip();
    void mattersRoundTrip();
    void entriesRoundTripToTheCent();
    void notesRoundTrip();
    void foldersAndDocumentUpload();
    void paginatesOverTwoHundred();
    void refusedRecordIsNamed();
    void personWithOnlyAFullNameIsSplit();
    void rateLimitIsHonoured();
    void serverErrorsAreRetried();
    void droppedCreatesAreNotDuplicated();
    void slowAnswersAndTimeouts();
    void oauthPastedCodeAndRefresh();
    void oauthLoopback();

private:
    // A contact and a matter to hang entries on.
    QString makeClient(ClioConnector &c, const QString &key);
    QString makeMatter(ClioConnector &c, const QString &key, const QString &client);
    CredentialStore::Result waitStore(const std::function<void(CredentialStore::Callback)> &call);
    ClioAuth::Result waitAuth(const std::function<void(ClioAuth::Callback)> &call);
};

void TestClioConnector::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(CUTOVER_SANDBOX_PATH)), CUTOVER_SANDBOX_PATH);
}

QString TestClioConnector::makeClient(ClioConnector &c, const QString &key)
{
    const TargetResult r = wait([&](auto done) { c.create(contact(key, "Ann", "Lee " + key), done); });
    return r.record.id;
}

QString TestClioConnector::makeMatter(ClioConnector &c, const QString &key, const QString &client)
{
    const TargetResult r = wait([&](auto done) { c.create(matter(key, client), done); });
    return r.record.id;
}

void TestClioConnector::connectionTestNamesUserAndFirm()
{
    Sandbox sandbox;
    QVERIFY2(sandbox.url().isValid(), qPrintable(sandbox.error()));
    ClioConnector c(sandbox.url(), token());
    const TargetResult r = wait([&](auto done) { c.testConnection(done); });
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(!r.record.id.isEmpty());
    QVERIFY(!r.record.fields.value("name").toString().isEmpty());
    QVERIFY(r.record.fields.value("email").toString().contains('@'));
    QCOMPARE(r.record.fields.value("account").toString(), QStringLiteral("Sandbox Law LLP"));
    QVERIFY(c.rateStatus().requestsSent >= 1);
}

void TestClioConnector::wrongTokenIsExplained()
{
    Sandbox sandbox;
    QVERIFY2(sandbox.url().isValid(), qPrintable(sandbox.error()));
    ClioConnector c(sandbox.url(), QByteArrayLiteral("expired-token"));
    const TargetResult r = wait([&](auto done) { c.testConnection(done); });
    QCOMPARE(r.error.kind, TargetError::Kind::Unauthorized);
    QCOMPARE(r.error.httpStatus, 401);
    QVERIFY2(r.error.message.contains("invalid or has expired"), qPrintable(r.error.message));
    QVERIFY2(r.error.message.contains("region"), qPrintable(r.error.message));
    // Never the token itself.
    QVERIFY(!r.error.message.contains("expired-token"));

    // A write is refused the same way and names the record.
    const TargetResult w = wait([&](auto done) { c.create(contact("T1", "Tom", "Bell"), done); });
    QCOMPARE(w.error.kind, TargetError::Kind::Unauthorized);
}

void TestClioConnector::targetChoiceKeysAndRegions()
{
    QCOMPARE(TargetChoice::regionBaseUrl("US"), QUrl("https://app.clio.com"));
    QCOMPARE(TargetChoice::regionBaseUrl("eu"), QUrl("https://eu.app.clio.com"));
    QCOMPARE(TargetChoice::regionBaseUrl("CA"), QUrl("https://ca.app.clio.com"));
    QCOMPARE(TargetChoice::regionBaseUrl("AU"), QUrl("https://au.app.clio.com"));
    QVERIFY(TargetChoice::regionBaseUrl("XX").isEmpty());
    TargetChoice choice;
    choice.baseUrl = QUrl("http://127.0.0.1:4567/");
    QCOMPARE(choice.key(), QStringLiteral("clio:http://127.0.0.1:4567"));
    choice.baseUrl = QUrl();
    choice.region = "EU";
    QCOMPARE(choice.key(), QStringLiteral("clio:https://eu.app.clio.com"));
    choice.kind = TargetChoice::Kind::CsvPackage;
    QCOMPARE(choice.key(), QStringLiteral("csv-package"));
    QCOMPARE(ClioConnector(QUrl("https://au.app.clio.com"), token()).displayName(), QStringLiteral("Clio (AU)"));
}

void TestClioConnector::contactsRoundTrip()
{
    Sandbox sandbox;
    QVERIFY2(sandbox.url().isValid(), qPrintable(sandbox.error()));
    ClioConnector c(sandbox.url(), token());

    OutgoingRecord person = contact("C1", "Ann", "Lee");
    person.fields.insert("email", "ann@lee.example");
    person.fields.insert("phone", "555-0100");
    person.fields.insert("street", "1 Main St");
    person.fields.insert("city", "Springfield");
    person.fields.insert("region", "ON");
    person.fields.insert("postal_code", "A1A 1A1");
    person.fields.insert("country", "Canada");
    OutgoingRecord company;
    company.kind = RecordKind::Contact;
    company.reference = reference("contact", "C2");
    company.fields = { { "source_key", "C2" }, { "kind", "company" }, { "name", "Harbor & Pine LLP" } };

    const TargetResult a = wait([&](auto done) { c.create(person, done); });
    QVERIFY2(a.ok(), qPrintable(a.error.message));
    QVERIFY(!a.record.id.isEmpty());
    QCOMPARE(a.record.reference, person.reference);
    const TargetResult b = wait([&](auto done) { c.create(company, done); });
    QVERIFY2(b.ok(), qPrintable(b.error.message));
    // The custom field was made once, for both.
    QCOMPARE(sandbox.count("custom_fields"), 1);

    const TargetResult found = wait([&](auto done) { c.findByReference(person, done); });
    QVERIFY2(found.ok(), qPrintable(found.error.message));
    QCOMPARE(found.record.id, a.record.id);
    QCOMPARE(found.record.fields.value("first_name").toString(), QStringLiteral("Ann"));
    QCOMPARE(found.record.fields.value("last_name").toString(), QStringLiteral("Lee"));
    QCOMPARE(found.record.fields.value("kind").toString(), QStringLiteral("person"));
    QCOMPARE(found.record.fields.value("email").toString(), QStringLiteral("ann@lee.example"));
    QCOMPARE(found.record.fields.value("phone").toString(), QStringLiteral("555-0100"));
    QCOMPARE(found.record.fields.value("street").toString(), QStringLiteral("1 Main St"));
    QCOMPARE(found.record.fields.value("city").toString(), QStringLiteral("Springfield"));
    QCOMPARE(found.record.fields.value("region").toString(), QStringLiteral("ON"));
    QCOMPARE(found.record.fields.value("postal_code").toString(), QStringLiteral("A1A 1A1"));
    QCOMPARE(found.record.fields.value("country").toString(), QStringLiteral("Canada"));

    // Not there: an empty id, no error.
    OutgoingRecord missing = contact("C9", "No", "One");
    const TargetResult none = wait([&](auto done) { c.findByReference(missing, done); });
    QVERIFY2(none.ok(), qPrintable(none.error.message));
    QVERIFY(none.record.id.isEmpty());

    const QList<IncomingRecord> all = listAll(c, RecordKind::Contact);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(1).fields.value("kind").toString(), QStringLiteral("company"));
    QCOMPARE(all.at(1).fields.value("name").toString(), QStringLiteral("Harbor & Pine LLP"));
    QCOMPARE(all.at(1).reference, company.reference);

    // Update and delete.
    OutgoingRecord renamed = person;
    renamed.fields.insert("last_name", "Lee-Smith");
    const TargetResult u = wait([&](auto done) { c.update(RecordKind::Contact, a.record.id, renamed, done); });
    QVERIFY2(u.ok(), qPrintable(u.error.message));
    QCOMPARE(u.record.fields.value("last_name").toString(), QStringLiteral("Lee-Smith"));
    const TargetResult d = wait([&](auto done) { c.remove(RecordKind::Contact, b.record.id, done); });
    QVERIFY2(d.ok(), qPrintable(d.error.message));
    QCOMPARE(sandbox.count("contacts"), 1);
}

void TestClioConnector::mattersRoundTrip()
{
    Sandbox sandbox;
    QVERIFY2(sandbox.url().isValid(), qPrintable(sandbox.error()));
    ClioConnector c(sandbox.url(), token());
    const QString client = makeClient(c, "C1");
    QVERIFY(!client.isEmpty());

    OutgoingRecord m = matter("2019-0042", client);
    m.fields.insert("close_date", "2020-01-31");
    m.fields.insert("status", "closed");
    const TargetResult created = wait([&](auto done) { c.create(m, done); });
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    QCOMPARE(created.record.fields.value("status").toString(), QStringLiteral("closed"));
    QCOMPARE(created.record.links.value("client"), client);
    QCOMPARE(created.record.reference, m.reference);

    const TargetResult found = wait([&](auto done) { c.findByReference(m, done); });
    QCOMPARE(found.record.id, created.record.id);
    QCOMPARE(found.record.fields.value("description").toString(), QStringLiteral("Estate of 2019-0042"));
    QCOMPARE(found.record.fields.value("open_date").toString(), QStringLiteral("2019-03-01"));
    QCOMPARE(found.record.fields.value("close_date").toString(), QStringLiteral("2020-01-31"));
    QVERIFY(!found.record.fields.value("display_number").toString().isEmpty());

    // Without a client hint it is still found (all matters are searched).
    OutgoingRecord noHint = m;
    noHint.links.clear();
    QCOMPARE(wait([&](auto done) { c.findByReference(noHint, done); }).record.id, created.record.id);

    const QList<IncomingRecord> byClient = listAll(c, RecordKind::Matter, { { "client", client } });
    QCOMPARE(byClient.size(), 1);

    // A matter whose client never made it is refused before anything is sent.
    OutgoingRecord orphan = matter("2019-0043", QString());
    orphan.links.clear();
    const TargetResult refused = wait([&](auto done) { c.create(orphan, done); });
    QCOMPARE(refused.error.kind, TargetError::Kind::Invalid);
    QVERIFY2(refused.error.message.contains("2019-0043"), qPrintable(refused.error.message));
}

void TestClioConnector::entriesRoundTripToTheCent()
{
    Sandbox sandbox;
    QVERIFY2(sandbox.url().isValid(), qPrintable(sandbox.error()));
    ClioConnector c(sandbox.url(), token());
    const QString matterId = makeMatter(c, "M1", makeClient(c, "C1"));
    QVERIFY(!matterId.isEmpty());
    const QList<IncomingRecord> users = listAll(c, RecordKind::User);
    QVERIFY(users.size() >= 2);
    QVERIFY(users.at(1).fields.value("email").toString().contains('@'));

    // 1.5 h at 250.05 = 375.075 -> 375.08 (Clio rounds the total to the cent).
    OutgoingRecord time = timeEntry("T1", matterId, 5400, 25005);
    time.links.insert("user", users.at(1).id);
    time.fields.insert("billable", 0);
    const TargetResult t = wait([&](auto done) { c.create(time, done); });
    QVERIFY2(t.ok(), qPrintable(t.error.message));
    QCOMPARE(t.record.fields.value("duration").toLongLong(), 5400);
    QCOMPARE(t.record.fields.value("rate").toLongLong(), 25005);
    QCOMPARE(t.record.fields.value("amount").toLongLong(), 37508);
    QCOMPARE(t.record.fields.value("billable").toBool(), false);
    QCOMPARE(t.record.links.value("user"), users.at(1).id);
    QCOMPARE(t.record.links.value("matter"), matterId);

    OutgoingRecord expense;
    expense.kind = RecordKind::Expense;
    expense.reference = reference("expense", "E1");
    expense.fields = { { "date", "2024-05-03" },
                       { "quantity", 3 },
                       { "unit_price", 1999 },
                       { "amount", 5997 },
                       { "description", "Courier" } };
    expense.links.insert("matter", matterId);
    const TargetResult e = wait([&](auto done) { c.create(expense, done); });
    QVERIFY2(e.ok(), qPrintable(e.error.message));
    QCOMPARE(e.record.fields.value("amount").toLongLong(), 5997);
    QCOMPARE(e.record.fields.value("unit_price").toLongLong(), 1999);

    // An amount with no unit price is sent as one unit of the whole amount.
    OutgoingRecord odd = expense;
    odd.reference = reference("expense", "E2");
    odd.fields = { { "date", "2024-05-03" }, { "quantity", 3 }, { "amount", 1000 } };
    const TargetResult o = wait([&](auto done) { c.create(odd, done); });
    QVERIFY2(o.ok(), qPrintable(o.error.message));
    QCOMPARE(o.record.fields.value("amount").toLongLong(), 1000);

    OutgoingRecord balance;
    balance.kind = RecordKind::BalanceForward;
    balance.reference = reference("balance_forward", "M1");
    balance.fields = { { "date", "2024-06-30" }, { "amount", 123457 } };
    balance.links.insert("matter", matterId);
    c.setSourceSystemName("Bill4Time");
    const TargetResult bf = wait([&](auto done) { c.create(balance, done); });
    QVERIFY2(bf.ok(), qPrintable(bf.error.message));
    QCOMPARE(bf.record.fields.value("amount").toLongLong(), 123457);
    QCOMPARE(bf.record.raw.value("quantity").toInteger(), 3600);
    QCOMPARE(bf.record.fields.value("description").toString(),
             QStringLiteral("Balance brought forward from Bill4Time"));

    // Found by reference within the matter; listed per kind.
    for (const OutgoingRecord &r : { time, expense, balance }) {
        const TargetResult found = wait([&](auto done) { c.findByReference(r, done); });
        QVERIFY2(found.ok() && !found.record.id.isEmpty(), qPrintable(r.reference + found.error.message));
        QCOMPARE(found.record.reference, r.reference);
    }
    const QList<IncomingRecord> times = listAll(c, RecordKind::TimeEntry, { { "matter", matterId } });
    QCOMPARE(times.size(), 1);
    QCOMPARE(times.first().fields.value("amount").toLongLong(), 37508);
    const QList<IncomingRecord> balances = listAll(c, RecordKind::BalanceForward, { { "matter", matterId } });
    QCOMPARE(balances.size(), 1);
    QCOMPARE(balances.first().fields.value("amount").toLongLong(), 123457);
    const QList<IncomingRecord> expenses = listAll(c, RecordKind::Expense, { { "matter", matterId } });
    QCOMPARE(expenses.size(), 2);

    // Update an entry's rate; delete one.
    OutgoingRecord cheaper = time;
    cheaper.fields.insert("rate", 10001);
    const TargetResult u = wait([&](auto done) { c.update(RecordKind::TimeEntry, t.record.id, cheaper, done); });
    QVERIFY2(u.ok(), qPrintable(u.error.message));
    QCOMPARE(u.record.fields.value("amount").toLongLong(), 15002); // 1.5 h x 100.01 = 150.015 -> 150.02
    QVERIFY(wait([&](auto done) { c.remove(RecordKind::Expense, o.record.id, done); }).ok());
    QCOMPARE(sandbox.count("activities"), 3);
}

void TestClioConnector::notesRoundTrip()
{
    Sandbox sandbox;
    QVERIFY2(sandbox.url().isValid(), qPrintable(sandbox.error()));
    ClioConnector c(sandbox.url(), token());
    const QString client = makeClient(c, "C1");
    const QString matterId = makeMatter(c, "M1", client);

    OutgoingRecord onMatter;
    onMatter.kind = RecordKind::Note;
    onMatter.reference = reference("note", "N1");
    onMatter.fields = { { "subject", "Intake call" },
                        { "body", "Client called.\nWants a will." },
                        { "date", "2021-06-01" } };
    onMatter.links.insert("matter", matterId);
    OutgoingRecord onClient = onMatter;
    onClient.reference = reference("note", "N2");
    onClient.links.clear();
    onClient.links.insert("client", client);

    const TargetResult a = wait([&](auto done) { c.create(onMatter, done); });
    QVERIFY2(a.ok(), qPrintable(a.error.message));
    QCOMPARE(a.record.fields.value("body").toString(), QStringLiteral("Client called.\nWants a will."));
    QCOMPARE(a.record.reference, onMatter.reference);
    QVERIFY(a.record.raw.value("detail").toString().endsWith("Cutover reference: " + onMatter.reference));
    const TargetResult b = wait([&](auto done) { c.create(onClient, done); });
    QVERIFY2(b.ok(), qPrintable(b.error.message));
    QCOMPARE(b.record.links.value("client"), client);

    QCOMPARE(wait([&](auto done) { c.findByReference(onMatter, done); }).record.id, a.record.id);
    QCOMPARE(wait([&](auto done) { c.findByReference(onClient, done); }).record.id, b.record.id);
    QCOMPARE(listAll(c, RecordKind::Note, { { "matter", matterId } }).size(), 1);
    QCOMPARE(listAll(c, RecordKind::Note).size(), 2);
}

void TestClioConnector::foldersAndDocumentUpload()
{
    Sandbox sandbox;
    QVERIFY2(sandbox.url().isValid(), qPrintable(sandbox.error()));
    ClioConnector c(sandbox.url(), token());
    const QString matterId = makeMatter(c, "M1", makeClient(c, "C1"));

    OutgoingRecord folder;
    folder.kind = RecordKind::Folder;
    folder.fields = { { "name", "Historical Data" }, { "parent_type", "Matter" } };
    folder.links.insert("parent", matterId);
    const TargetResult f = wait([&](auto done) { c.create(folder, done); });
    QVERIFY2(f.ok(), qPrintable(f.error.message));
    QCOMPARE(f.record.links.value("parent"), matterId);
    QCOMPARE(wait([&](auto done) { c.findByReference(folder, done); }).record.id, f.record.id);

    QByteArray bytes;
    for (int i = 0; i < 70000; ++i)
        bytes.append(char(i * 31 % 256));
    OutgoingRecord doc;
    doc.kind = RecordKind::Document;
    doc.reference = reference("document", "D1");
    doc.fields = { { "name", "trust-report.pdf" }, { "parent_type", "Folder" } };
    doc.links.insert("parent", f.record.id);
    doc.content = bytes;
    const TargetResult d = wait([&](auto done) { c.create(doc, done); });
    QVERIFY2(d.ok(), qPrintable(d.error.message));
    QCOMPARE(d.record.reference, doc.reference);
    QCOMPARE(d.record.fields.value("fully_uploaded").toBool(), true);
    QCOMPARE(d.record.fields.value("size").toLongLong(), bytes.size());

    // The bytes the sandbox keeps are the file's.
    const QByteArray stored =
        sandbox.scalar(QStringLiteral("SELECT bytes FROM upload WHERE document_id = %1").arg(d.record.id))
            .toByteArray();
    QCOMPARE(stored.size(), bytes.size());
    QVERIFY(stored == bytes);

    const TargetResult found = wait([&](auto done) { c.findByReference(doc, done); });
    QCOMPARE(found.record.id, d.record.id);
    const QList<IncomingRecord> docs =
        listAll(c, RecordKind::Document, { { "parent", f.record.id }, { "parent_type", "Folder" } });
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs.first().fields.value("name").toString(), QStringLiteral("trust-report.pdf"));
}

void TestClioConnector::paginatesOverTwoHundred()
{
    Sandbox sandbox;
    QVERIFY2(sandbox.url().isValid(), qPrintable(sandbox.error()));
    ClioConnector c(sandbox.url(), token());
    c.setConcurrency(4);
    const QString matterId = makeMatter(c, "M1", makeClient(c, "C1"));
    QList<OutgoingRecord> entries;
    for (int i = 0; i < 205; ++i)
        entries.append(timeEntry(QString::number(i), matterId, 60 * (i + 1), 10000 + i));
    const QList<TargetResult> results = createAll(c, entries);
    for (const TargetResult &r : results)
        QVERIFY2(r.ok(), qPrintable(r.error.message));

    int pages = 0;
    TargetError error;
    const QList<IncomingRecord> all = listAll(c, RecordKind::TimeEntry, {}, &error, &pages);
    QVERIFY2(error.kind == TargetError::Kind::None, qPrintable(error.message));
    QCOMPARE(pages, 2);
    QCOMPARE(all.size(), 205);
    QSet<QString> references;
    qint64 sum = 0;
    for (const IncomingRecord &r : all) {
        references.insert(r.reference);
        sum += r.fields.value("rate").toLongLong();
    }
    QCOMPARE(references.size(), 205);
    QCOMPARE(sum, 205 * 10000 + 204 * 205 / 2);

    // The last of them is found across the page boundary.
    const TargetResult last = wait([&](auto done) { c.findByReference(entries.last(), done); });
    QCOMPARE(last.record.reference, entries.last().reference);
}

void TestClioConnector::refusedRecordIsNamed()
{
    Sandbox sandbox;
    QVERIFY2(sandbox.url().isValid(), qPrintable(sandbox.error()));
    ClioConnector c(sandbox.url(), token());
    // A "person" with no name at all: Clio needs a first or last name.
    OutgoingRecord r;
    r.kind = RecordKind::Contact;
    r.reference = reference("contact", "C7");
    r.fields = { { "kind", "person" }, { "source_key", "C7" }, { "email", "nobody@example.com" } };
    const TargetResult refused = wait([&](auto done) { c.create(r, done); });
    QCOMPARE(refused.error.kind, TargetError::Kind::Invalid);
    QCOMPARE(refused.error.httpStatus, 422);
    QVERIFY(!refused.error.type.isEmpty());
    QVERIFY2(refused.error.message.contains("Clio refused contact"), qPrintable(refused.error.message));
    QVERIFY2(refused.error.message.contains("(" + r.reference + "): "), qPrintable(refused.error.message));
    QVERIFY2(refused.error.message.contains("name", Qt::CaseInsensitive), qPrintable(refused.error.message));
    QVERIFY(!refused.error.transient());
    QCOMPARE(sandbox.count("contacts"), 0);
}

// Exports that keep a person's name in one column (Bill4Time, many CSVs):
// the connector sends the parts Clio needs instead of having the record refused.
void TestClioConnector::personWithOnlyAFullNameIsSplit()
{
    Sandbox sandbox;
    QVERIFY2(sandbox.url().isValid(), qPrintable(sandbox.error()));
    ClioConnector c(sandbox.url(), token());
    const QList<std::tuple<QString, QString, QString>> cases = {
        { "Hannah Patel", "Hannah", "Patel" },
        { "Patel, Hannah", "Hannah", "Patel" },
        { "  Ravi   Baker ", "Ravi", "Baker" },
        { "Cher", "", "Cher" },
    };
    int n = 0;
    for (const auto &[full, first, last] : cases) {
        OutgoingRecord r;
        r.kind = RecordKind::Contact;
        r.reference = reference("contact", QStringLiteral("N%1").arg(++n));
        r.fields = { { "kind", "person" }, { "name", full } };
        const TargetResult made = wait([&](auto done) { c.create(r, done); });
        QVERIFY2(made.ok(), qPrintable(full + ": " + made.error.message));
        const TargetResult found = wait([&](auto done) { c.findByReference(r, done); });
        QVERIFY2(found.ok(), qPrintable(found.error.message));
        QCOMPARE(found.record.fields.value("first_name").toString(), first);
        QCOMPARE(found.record.fields.value("last_name").toString(), last);
    }
    QCOMPARE(sandbox.count("contacts"), 4);
}

void TestClioConnector::rateLimitIsHonoured()
{
    // 30 requests per 3-second window (Clio's is 60 s; the switch keeps the test short).
    Sandbox sandbox({ "--rate-limit", "30", "--rate-window", "3" });
    QVERIFY2(sandbox.url().isValid(), qPrintable(sandbox.error()));

    // Another program on the same token used the window up: the connector meets 429s.
    QNetworkAccessManager other;
    int refusedByLimit = 0;
    for (int i = 0; i < 31 && refusedByLimit == 0; ++i) {
        QNetworkRequest req(QUrl(sandbox.url().toString() + "/api/v4/users.json?fields=id"));
        req.setRawHeader("Authorization", "Bearer sandbox-token");
        QNetworkReply *reply = other.get(req);
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000);
        refusedByLimit += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 429;
        reply->deleteLater();
    }
    QCOMPARE(refusedByLimit, 1);

    ClioConnector c(sandbox.url(), token());
    c.setConcurrency(4);
    QList<OutgoingRecord> records;
    for (int i = 0; i < 60; ++i)
        records.append(contact(QString::number(i), "Pat", "Doe " + QString::number(i)));
    const QList<TargetResult> results = createAll(c, records, 50000);
    for (const TargetResult &r : results)
        QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(sandbox.count("contacts"), 60);
    const RateStatus status = c.rateStatus();
    QCOMPARE(status.limitPerMinute, 30);
    QVERIFY(status.rateLimitedResponses >= 1);
    QVERIFY(status.resetUtc.isValid());
    // Every 429 the sandbox gave the connector was one it saw.
    const qint64 logged429 = sandbox.scalar("SELECT count(*) FROM request_log WHERE status = 429").toLongLong();
    QCOMPARE(logged429, status.rateLimitedResponses + 1);
}

void TestClioConnector::serverErrorsAreRetried()
{
    Sandbox sandbox({ "--fail-rate", "0.3", "--seed", "42" });
    QVERIFY2(sandbox.url().isValid(), qPrintable(sandbox.error()));
    ClioConnector c(sandbox.url(), token());
    c.setConcurrency(4);
    c.setRetryPolicy(8, 20);
    QList<OutgoingRecord> records;
    for (int i = 0; i < 40; ++i)
        records.append(contact(QString::number(i), "Sam", "Roe " + QString::number(i)));
    const QList<TargetResult> results = createAll(c, records);
    for (const TargetResult &r : results)
        QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(sandbox.count("contacts"), 40);
    QVERIFY(sandbox.scalar("SELECT count(*) FROM request_log WHERE status >= 500").toLongLong() > 0);
    QVERIFY(c.rateStatus().retries > 0);
    // Reads come back whole too.
    QCOMPARE(listAll(c, RecordKind::Contact).size(), 40);
}

void TestClioConnector::droppedCreatesAreNotDuplicated()
{
    Sandbox sandbox({ "--drop-rate", "0.3", "--seed", "7" });
    QVERIFY2(sandbox.url().isValid(), qPrintable(sandbox.error()));
    ClioConnector c(sandbox.url(), token());
    c.setConcurrency(4);
    c.setRetryPolicy(8, 20);
    QList<OutgoingRecord> contacts;
    for (int i = 0; i < 30; ++i)
        contacts.append(contact(QString::number(i), "Lee", "Poe " + QString::number(i)));
    QList<TargetResult> results = createAll(c, contacts);
    for (const TargetResult &r : results)
        QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(sandbox.count("contacts"), 30);

    // The connection was dropped after the write: the connector found the record instead of sending it again.
    const QString matterId = results.first().record.id.isEmpty() ? QString() : [&] {
        for (int attempt = 0; attempt < 5; ++attempt) {
            const TargetResult m = wait([&](auto done) { c.create(matter("M1", results.first().record.id), done); });
            if (m.ok())
                return m.record.id;
        }
        return QString();
    }();
    QVERIFY(!matterId.isEmpty());
    QCOMPARE(sandbox.count("matters"), 1);
    QList<OutgoingRecord> entries;
    for (int i = 0; i < 30; ++i)
        entries.append(timeEntry(QString::number(i), matterId, 600, 20000));
    results = createAll(c, entries);
    for (const TargetResult &r : results)
        QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(sandbox.count("activities"), 30);
    QVERIFY(sandbox.scalar("SELECT count(*) FROM request_log WHERE fault = 'drop'").toLongLong() > 5);
    // Each record once, under its own reference.
    QSet<QString> ids;
    for (qsizetype i = 0; i < results.size(); ++i) {
        QCOMPARE(results.at(i).record.reference, entries.at(i).reference);
        ids.insert(results.at(i).record.id);
    }
    QCOMPARE(ids.size(), 30);
}

void TestClioConnector::slowAnswersAndTimeouts()
{
    Sandbox sandbox({ "--latency-ms", "300" });
    QVERIFY2(sandbox.url().isValid(), qPrintable(sandbox.error()));
    {
        // Slow but in time: all answered, several at once.
        ClioConnector c(sandbox.url(), token());
        c.setConcurrency(4);
        QList<OutgoingRecord> records;
        for (int i = 0; i < 8; ++i)
            records.append(contact(QString::number(i), "Kim", "Loe " + QString::number(i)));
        for (const TargetResult &r : createAll(c, records))
            QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(sandbox.count("contacts"), 8);
    }
    {
        // Answers slower than the transfer time-out: retried a bounded number of times, then a Timeout.
        ClioConnector c(sandbox.url(), token());
        c.setTransferTimeout(100);
        c.setRetryPolicy(3, 10);
        const TargetResult r = wait([&](auto done) { c.testConnection(done); });
        QCOMPARE(r.error.kind, TargetError::Kind::Timeout);
        QVERIFY(r.error.transient());
        QVERIFY2(r.error.message.contains("3 attempt"), qPrintable(r.error.message));
        QCOMPARE(c.rateStatus().requestsSent, 3);
    }
    {
        // abortAll answers what is queued as cancelled, once each.
        ClioConnector c(sandbox.url(), token());
        c.setConcurrency(1);
        int cancelled = 0, answers = 0;
        for (int i = 0; i < 3; ++i)
            c.create(contact("A" + QString::number(i), "Al", "Bo"), [&](const TargetResult &r) {
                ++answers;
                cancelled += r.error.kind == TargetError::Kind::Cancelled;
            });
        QTest::qWait(50);
        c.abortAll();
        (void)QTest::qWaitFor([&] { return answers == 3; }, 5000);
        QTest::qWait(400);
        QCOMPARE(answers, 3);
        QCOMPARE(cancelled, 3);
    }
}

CredentialStore::Result TestClioConnector::waitStore(const std::function<void(CredentialStore::Callback)> &call)
{
    auto result = std::make_shared<std::optional<CredentialStore::Result>>();
    call([result](const CredentialStore::Result &r) { *result = r; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 20000)) {
        CredentialStore::Result timedOut;
        timedOut.error = CredentialStore::Error::Other;
        timedOut.message = "no answer from the keychain within 20 s";
        return timedOut;
    }
    return **result;
}

ClioAuth::Result TestClioConnector::waitAuth(const std::function<void(ClioAuth::Callback)> &call)
{
    auto result = std::make_shared<std::optional<ClioAuth::Result>>();
    call([result](const ClioAuth::Result &r) { *result = r; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 20000))
        return { false, "no answer within 20 s", {} };
    return **result;
}

void TestClioConnector::oauthPastedCodeAndRefresh()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the suite with scripts/test.sh, which starts one with an unlocked gnome-keyring.");
    Sandbox sandbox({ "--token", "fresh-access-token", "--client-id", "firm-app", "--client-secret", "firm-secret" });
    QVERIFY2(sandbox.url().isValid(), qPrintable(sandbox.error()));
    CredentialStore store(QUuid::createUuid());
    TargetChoice choice;
    choice.baseUrl = sandbox.url();
    ClioAuth auth(&store, choice.key(), sandbox.url());
    QCOMPARE(auth.secretName("client_id"), "clio/" + choice.key() + "/client_id");
    QCOMPARE(auth.approvalRedirectUrl().path(), QStringLiteral("/oauth/approval"));

    // Nothing saved yet: a clear message.
    ClioAuth::Result r = waitAuth([&](auto done) { auth.exchangeCode("sandbox-code", done); });
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains("client id and secret"), qPrintable(r.message));

    // A wrong secret is named as such.
    r = waitAuth([&](auto done) { auth.saveClientCredentials("firm-app", "not-the-secret", done); });
    QVERIFY2(r.ok, qPrintable(r.message));
    r = waitAuth([&](auto done) { auth.exchangeCode("sandbox-code", done); });
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains("client id and secret"), qPrintable(r.message));

    r = waitAuth([&](auto done) { auth.saveClientCredentials("firm-app", "firm-secret", done); });
    QVERIFY2(r.ok, qPrintable(r.message));
    // A wrong code.
    r = waitAuth([&](auto done) { auth.exchangeCode("not-the-code", done); });
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains("code"), qPrintable(r.message));

    // The pasted code: tokens handed out and kept in the keychain.
    const QDateTime before = QDateTime::currentDateTimeUtc();
    r = waitAuth([&](auto done) { auth.exchangeCode("  sandbox-code\n", done); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.tokens.accessToken, QByteArray("fresh-access-token"));
    QVERIFY(!r.tokens.refreshToken.isEmpty());
    QVERIFY(r.tokens.expiresUtc >= before.addSecs(2592000 - 5));
    QVERIFY(r.tokens.expiresUtc <= QDateTime::currentDateTimeUtc().addSecs(2592000 + 5));
    CredentialStore::Result kept = waitStore([&](auto done) { store.read(auth.secretName("access_token"), done); });
    QVERIFY2(kept.ok(), qPrintable(kept.message));
    QCOMPARE(kept.secret, QByteArray("fresh-access-token"));
    kept = waitStore([&](auto done) { store.read(auth.secretName("refresh_token"), done); });
    QCOMPARE(kept.secret, r.tokens.refreshToken);
    kept = waitStore([&](auto done) { store.read(auth.secretName("client_secret"), done); });
    QCOMPARE(kept.secret, QByteArray("firm-secret"));

    // The token works.
    ClioConnector c(sandbox.url(), r.tokens.accessToken);
    QVERIFY(wait([&](auto done) { c.testConnection(done); }).ok());

    // Refresh: with a fresh object, from the keychain alone.
    ClioAuth later(&store, choice.key(), sandbox.url());
    ClioAuth::Result refreshed = waitAuth([&](auto done) { later.refresh(done); });
    QVERIFY2(refreshed.ok, qPrintable(refreshed.message));
    QCOMPARE(refreshed.tokens.accessToken, QByteArray("fresh-access-token"));
    QCOMPARE(refreshed.tokens.refreshToken, r.tokens.refreshToken);
    const ClioAuth::Result loaded = waitAuth([&](auto done) { later.loadTokens(done); });
    QVERIFY2(loaded.ok, qPrintable(loaded.message));
    QCOMPARE(loaded.tokens.accessToken, QByteArray("fresh-access-token"));
    QVERIFY(loaded.tokens.expiresUtc.isValid());

    // A revoked refresh token is explained.
    QVERIFY(waitStore([&](auto done) { store.write(auth.secretName("refresh_token"), "revoked", done); }).ok());
    refreshed = waitAuth([&](auto done) { later.refresh(done); });
    QVERIFY(!refreshed.ok);
    QVERIFY2(refreshed.message.contains("refresh token"), qPrintable(refreshed.message));

    QVERIFY(waitAuth([&](auto done) { later.forgetTokens(done); }).ok);
    QCOMPARE(waitStore([&](auto done) { store.read(auth.secretName("access_token"), done); }).error,
             CredentialStore::Error::NotFound);
    QVERIFY(waitStore([&](auto done) { store.remove(auth.secretName("client_id"), done); }).ok());
    QVERIFY(waitStore([&](auto done) { store.remove(auth.secretName("client_secret"), done); }).ok());
}

void TestClioConnector::oauthLoopback()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the suite with scripts/test.sh, which starts one with an unlocked gnome-keyring.");
    Sandbox sandbox({ "--token", "loopback-token" });
    QVERIFY2(sandbox.url().isValid(), qPrintable(sandbox.error()));
    CredentialStore store(QUuid::createUuid());
    TargetChoice choice;
    choice.baseUrl = sandbox.url();
    ClioAuth auth(&store, choice.key(), sandbox.url());
    QVERIFY(waitAuth([&](auto done) { auth.saveClientCredentials("sandbox-client", "sandbox-secret", done); }).ok);

    // The "browser": opens the authorize page and follows Clio's redirect back to 127.0.0.1.
    QNetworkAccessManager browser;
    browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    QUrl opened;
    int callbackStatus = 0;
    connect(&auth, &ClioAuth::authorizeWithBrowser, this, [&](const QUrl &url) {
        opened = url;
        QNetworkReply *reply = browser.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, this, [&, reply] {
            callbackStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
        });
    });
    const ClioAuth::Result r = waitAuth([&](auto done) { auth.startLoopback(done); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(opened.path(), QStringLiteral("/oauth/authorize"));
    const QUrlQuery query(opened);
    QCOMPARE(query.queryItemValue("client_id"), QStringLiteral("sandbox-client"));
    QVERIFY(QUrl(query.queryItemValue("redirect_uri", QUrl::FullyDecoded)).host() == "127.0.0.1");
    QVERIFY(!query.queryItemValue("client_secret").contains("sandbox-secret"));
    QCOMPARE(r.tokens.accessToken, QByteArray("loopback-token"));
    const CredentialStore::Result kept =
        waitStore([&](auto done) { store.read(auth.secretName("access_token"), done); });
    QCOMPARE(kept.secret, QByteArray("loopback-token"));
    (void)QTest::qWaitFor([&] { return callbackStatus != 0; }, 5000);
    QCOMPARE(callbackStatus, 200);
    QVERIFY(waitAuth([&](auto done) { auth.forgetTokens(done); }).ok);
}

QTEST_GUILESS_MAIN(TestClioConnector)
#include "TestClioConnector.moc"
