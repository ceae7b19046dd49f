#pragma once

// What the import tests share: a small hand-made export staged into a new
// project, and the real sandbox program (tests/sandbox) started on a free port.

#include "TestMaps.h"
#include "closeout/CloseOutRecords.h"
#include "importing/ImportEngine.h"
#include "staging/StagingJob.h"
#include "store/ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace Cutover::TestImport {

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

// The bytes of the close-out report attached to the project: binary on purpose.
inline QByteArray reportBytes()
{
    QByteArray b("%PDF-1.4\n");
    for (int i = 0; i < 3000; ++i)
        b.append(char(i % 256));
    b.append("\n%%EOF\n");
    return b;
}

struct ExportOptions
{
    bool mistypedEmail = false; // client C4: a person whose e-mail address is mistyped (Clio refuses it)
    bool fixedPerson = false; // C4 again, with its e-mail address right
    bool unknownMatter = false; // time entry T7 on a matter the export does not have
    // Edited after the import: T1 longer with a new description, matter M1 and
    // note N1 with new text, and a new time entry T8.
    bool editedAfterImport = false;
};

// Writes the export files into `dir` and stages them into the project as a
// snapshot of `kind`; returns the snapshot id (0 on failure, with a warning).
inline qint64 stageExport(const QString &projectPath, const QString &dir, SnapshotKind kind,
                          const ExportOptions &options = {})
{
    QByteArray clients = "Client ID,Name,Type,First,Last,Email\n"
                         "C1,Able Holdings,company,,,office@able.test\n"
                         "C2,Dana Fox,person,Dana,Fox,dana@fox.test\n"
                         "C3,Excluded Co,company,,,\n";
    QByteArray matters = "Matter ID,Client ID,Description,Status\n"
                         "M1,C1,Lease review,open\n"
                         "M2,C2,Estate plan,open\n"
                         "M3,C3,Not moving,open\n";
    QByteArray time = "Entry ID,Matter ID,User,Date,Hours,Rate,Description,Billed,Invoice\n"
                      "T1,M1,U1,2026-11-02,1.5,250.00,Drafting the lease,0,\n"
                      "T2,M1,U2,2026-11-03,0.25,300.00,Call with landlord,0,\n"
                      "T3,M2,U1,2026-10-01,1.0,250.00,Billed work,1,INV-2\n"
                      "T4,M3,U1,2026-11-04,2.0,200.00,Excluded client's work,0,\n"
                      "T5,M2,U2,2026-11-05,0.1,195.00,Short call,0,\n";
    QByteArray expenses = "Expense ID,Matter ID,User,Date,Amount,Description,Billed\n"
                          "E1,M2,U2,2026-11-04,45.50,Filing fee,0\n"
                          "E2,M1,U1,2026-10-02,12.00,Couriers (billed),1\n";
    if (options.mistypedEmail || options.fixedPerson) {
        clients += options.fixedPerson ? "C4,Gale Moss,person,Gale,Moss,gale@moss.test\n"
                                       : "C4,Gale Moss,person,Gale,Moss,gale.moss.test\n";
        matters += "M4,C4,Purchase of a house,open\n";
        time += "T6,M4,U1,2026-11-06,2.0,250.00,Contract review,0,\n";
    }
    if (options.unknownMatter)
        time += "T7,M9,U1,2026-11-07,1.0,250.00,On a matter nobody exported,0,\n";
    QByteArray notes = "Note ID,Client ID,Matter ID,Date,Subject,Body\n"
                       "N1,C1,M1,2026-10-01,Call,Landlord agrees to the extension.\n"
                       "N2,C2,,2026-10-02,Intro,Referred by Able Holdings.\n";
    if (options.editedAfterImport) {
        time.replace("T1,M1,U1,2026-11-02,1.5,250.00,Drafting the lease,0,",
                     "T1,M1,U1,2026-11-02,2.0,250.00,Drafting and revising the lease,0,");
        time += "T8,M2,U1,2026-11-09,0.5,250.00,Follow-up call,0,\n";
        matters.replace("M1,C1,Lease review,open", "M1,C1,Lease review and renewal,open");
        notes.replace("Landlord agrees to the extension.", "Landlord agrees to a two-year extension.");
    }
    const QByteArray users = "User ID,Name,Email\nU1,Ann Lee,ann@able.test\nU2,Bob Roe,bob@able.test\n";
    const QByteArray invoices = "Invoice No,Client ID,Matter ID,Date,Total,Paid,Balance,Status\n"
                                "INV-1,C1,M1,2026-09-30,1000.00,400.00,600.00,open\n"
                                "INV-2,C2,M2,2026-10-31,250.00,250.00,0.00,paid\n"
                                "INV-3,C3,M3,2026-10-31,200.00,0.00,200.00,open\n"
                                "INV-4,C2,M2,2026-11-01,80.05,0.00,80.05,open\n";
    const QByteArray trust = "Trust ID,Client ID,Matter ID,Date,Amount,Kind\n"
                             "TR1,C1,M1,2026-01-05,5000.00,deposit\n"
                             "TR2,C1,M1,2026-03-05,1200.00,withdrawal\n"
                             "TR3,C2,M2,2026-04-05,300.01,deposit\n"
                             "TR4,C3,M3,2026-04-05,99.00,deposit\n";
    struct File
    {
        const char *name;
        const QByteArray &bytes;
        Entity entity;
        QMap<QString, QString> fields;
    };
    const QList<File> files = {
        { "users.csv", users, Entity::User, { { "source_key", "User ID" }, { "name", "Name" }, { "email", "Email" } } },
        { "clients.csv",
          clients,
          Entity::Client,
          { { "source_key", "Client ID" },
            { "name", "Name" },
            { "kind", "Type" },
            { "first_name", "First" },
            { "last_name", "Last" },
            { "email", "Email" } } },
        { "matters.csv",
          matters,
          Entity::Matter,
          { { "source_key", "Matter ID" },
            { "client_key", "Client ID" },
            { "description", "Description" },
            { "status", "Status" } } },
        { "time.csv",
          time,
          Entity::TimeEntry,
          { { "source_key", "Entry ID" },
            { "matter_key", "Matter ID" },
            { "user_key", "User" },
            { "date", "Date" },
            { "duration", "Hours" },
            { "rate", "Rate" },
            { "description", "Description" },
            { "billed", "Billed" },
            { "invoice_number", "Invoice" } } },
        { "expenses.csv",
          expenses,
          Entity::Expense,
          { { "source_key", "Expense ID" },
            { "matter_key", "Matter ID" },
            { "user_key", "User" },
            { "date", "Date" },
            { "amount", "Amount" },
            { "description", "Description" },
            { "billed", "Billed" } } },
        { "invoices.csv",
          invoices,
          Entity::Invoice,
          { { "source_key", "Invoice No" },
            { "client_key", "Client ID" },
            { "matter_key", "Matter ID" },
            { "issue_date", "Date" },
            { "total", "Total" },
            { "paid", "Paid" },
            { "balance", "Balance" },
            { "status", "Status" } } },
        { "trust.csv",
          trust,
          Entity::TrustTransaction,
          { { "source_key", "Trust ID" },
            { "client_key", "Client ID" },
            { "matter_key", "Matter ID" },
            { "date", "Date" },
            { "amount", "Amount" },
            { "kind", "Kind" } } },
        { "notes.csv",
          notes,
          Entity::Note,
          { { "source_key", "Note ID" },
            { "client_key", "Client ID" },
            { "matter_key", "Matter ID" },
            { "date", "Date" },
            { "subject", "Subject" },
            { "body", "Body" } } },
    };
    StagingRequest request;
    request.projectPath = projectPath;
    request.kind = kind;
    for (const File &f : files) {
        const QString path = QDir(dir).filePath(QLatin1String(f.name));
        if (!writeFile(path, f.bytes)) {
            qWarning("cannot write %s", f.name);
            return 0;
        }
        StagingSource source;
        source.path = path;
        source.map = TestMaps::make(f.entity, f.fields);
        if (f.entity == Entity::TimeEntry)
            source.map->fields[QStringLiteral("duration")].unit = QStringLiteral("hours");
        request.sources.append(source);
    }
    StagingJob job(request);
    if (job.run() != Job::Outcome::Succeeded) {
        qWarning() << "staging failed:" << job.errorString();
        return 0;
    }
    return job.result().snapshotId;
}

// A project with the export staged as the final snapshot, client C3 left out,
// the close-out report attached and the import gate overridden (the tests are
// about the import, not the checklist).
inline std::unique_ptr<ProjectStore> makeProject(const QString &dir, const ExportOptions &options = {},
                                                 SnapshotKind kind = SnapshotKind::Final)
{
    const QString path = QDir(dir).filePath(QStringLiteral("Able & Co.cutover"));
    ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
    settings.firmName = QStringLiteral("Able & Co");
    settings.sourceSystem = QStringLiteral("bill4time");
    settings.timeZone = QStringLiteral("America/New_York");
    settings.holidayRegion = QStringLiteral("US");
    QString error;
    auto store = ProjectStore::create(path, settings, &error);
    if (!store) {
        qWarning() << error;
        return nullptr;
    }
    if (stageExport(path, dir, kind, options) == 0)
        return nullptr;
    QSqlQuery q(store->database());
    q.prepare(
        QStringLiteral("INSERT INTO client_selection (client_key, included, changed_at_utc) VALUES ('C3', 0, ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return nullptr;
    }
    const QString report = QDir(dir).filePath(QStringLiteral("Aged receivables at cutoff.pdf"));
    writeFile(report, reportBytes());
    AttachDocumentsJob attach(path, { report });
    if (attach.run() != Job::Outcome::Succeeded) {
        qWarning() << attach.errorString();
        return nullptr;
    }
    if (!CloseOutRecords::overrideImportGate(
            store->database(), QStringLiteral("The import tests do not go through the checklist."), &error)) {
        qWarning() << error;
        return nullptr;
    }
    return store;
}

// The sandbox program (tests/sandbox/README.md), with its state in `dataPath`.
class Sandbox
{
public:
    static constexpr auto kToken = "sandbox-token-7f3a9c2e41";

    ~Sandbox() { stop(); }

    bool start(const QString &dataPath, const QString &usersCsv, const QStringList &extra = {})
    {
        m_data = dataPath;
        QStringList args { QStringLiteral("--port"),  QStringLiteral("0"),   QStringLiteral("--data"),  dataPath,
                           QStringLiteral("--token"), QLatin1String(kToken), QStringLiteral("--users"), usersCsv,
                           QStringLiteral("--seed"),  QStringLiteral("42") };
        args += extra;
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(CUTOVER_SANDBOX_PATH), args);
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray line;
        while (!line.contains('\n')) {
            if (!m_process.waitForReadyRead(10000)) {
                qWarning() << "sandbox said nothing:" << m_process.readAllStandardError();
                return false;
            }
            line += m_process.readAllStandardOutput();
        }
        const QByteArray prefix = "cutover-sandbox listening on ";
        const qsizetype at = line.indexOf(prefix);
        if (at < 0)
            return false;
        m_url = QUrl(QString::fromUtf8(line.mid(at + prefix.size()).trimmed()));
        return m_url.isValid();
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QUrl baseUrl() const { return m_url; }

    // Reads the sandbox's SQLite file (WAL: readable while it runs).
    template<typename F> auto read(F &&with) const
    {
        const QString name = QStringLiteral("sandbox-read-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        using Result = decltype(with(std::declval<QSqlDatabase &>()));
        Result result {};
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_data);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open())
                result = with(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

    // Live (not deleted) records of a resource, by id.
    QList<QJsonObject> records(const QString &resource, bool deleted = false) const
    {
        return read([&](QSqlDatabase &db) {
            QList<QJsonObject> list;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT json, id FROM record WHERE resource = ? AND deleted = ? ORDER BY id"));
            q.addBindValue(resource);
            q.addBindValue(deleted ? 1 : 0);
            if (!q.exec())
                return list;
            while (q.next()) {
                QJsonObject o = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
                o.insert(QStringLiteral("id"), q.value(1).toLongLong());
                list.append(o);
            }
            return list;
        });
    }

    qint64 count(const QString &resource, bool deleted = false) const
    {
        return read([&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT count(*) FROM record WHERE resource = ? AND deleted = ?"));
            q.addBindValue(resource);
            q.addBindValue(deleted ? 1 : 0);
            return q.exec() && q.next() ? q.value(0).toLongLong() : qint64(-1);
        });
    }

    // Every record the import writes (contacts, matters, activities, notes, folders, documents).
    qint64 importedRecords() const
    {
        qint64 n = 0;
        for (const char *r : { "contacts", "matters", "activities", "notes", "folders", "documents" })
            n += count(QLatin1String(r));
        return n;
    }

    QByteArray uploadedBytes(qint64 documentId) const
    {
        return read([&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT bytes FROM upload WHERE document_id = ? ORDER BY rowid DESC LIMIT 1"));
            q.addBindValue(documentId);
            return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
        });
    }

    qint64 requests(const QString &method) const
    {
        return read([&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT count(*) FROM request_log WHERE method = ?"));
            q.addBindValue(method);
            return q.exec() && q.next() ? q.value(0).toLongLong() : qint64(-1);
        });
    }

    // Requests the sandbox's dice answered with a fault ("fail", "drop").
    qint64 faults(const QString &kind) const
    {
        return read([&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT count(*) FROM request_log WHERE fault = ?"));
            q.addBindValue(kind);
            return q.exec() && q.next() ? q.value(0).toLongLong() : qint64(-1);
        });
    }

private:
    QProcess m_process;
    QString m_data;
    QUrl m_url;
};

// The firm's users in the target: Bob's e-mail in capitals (matched all the
// same), and one more user nobody maps to.
inline QString writeSandboxUsers(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("sandbox-users.csv"));
    writeFile(path, "name,email\nAnn Lee,ann@able.test\nBob Roe,BOB@ABLE.TEST\nCy Admin,cy@able.test\n");
    return path;
}

// makeProject's project imported into a CSV import package in `dir`/package:
// what the review and main-window tests read back. Empty paths on failure.
struct ImportedPackage
{
    QString project;
    QString package;
};

inline ImportedPackage importIntoPackage(const QString &dir)
{
    auto store = makeProject(dir);
    if (!store)
        return {};
    ImportedPackage result { store->filePath(), QDir(dir).filePath(QStringLiteral("package")) };
    store.reset();
    ImportRequest request;
    request.projectPath = result.project;
    request.target.kind = TargetChoice::Kind::CsvPackage;
    request.target.outDir = result.package;
    ImportJob import(request);
    if (import.run() != Job::Outcome::Succeeded) {
        qWarning("import into the package failed");
        return {};
    }
    return result;
}

// Adds `cents` to the price of the package's first time entry (activities.csv),
// as if someone had changed it in the new system.
inline bool changeFirstPrice(const QString &file, qint64 cents)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    const qsizetype price = lines.value(0).trimmed().split(',').indexOf("price");
    if (price < 0 || lines.size() < 2)
        return false;
    QList<QByteArray> cells = lines[1].split(',');
    const QList<QByteArray> parts = cells.value(price).split('.');
    const qint64 value = parts.value(0).toLongLong() * 100 + parts.value(1).leftJustified(2, '0').toLongLong() + cents;
    cells[price] = QByteArray::number(value / 100) + '.' + QByteArray::number(value % 100).rightJustified(2, '0');
    lines[1] = cells.join(',');
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(lines.join('\n')) > 0;
}

} // namespace Cutover::TestImport
