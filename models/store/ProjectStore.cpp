#include "ProjectStore.h"

#include "ProjectSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUrl>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Cutover {

namespace {

QString nowUtcText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString uniqueConnectionName(const char *purpose)
{
    return QStringLiteral("cutover-%1-%2")
        .arg(QLatin1String(purpose), QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

void removeProjectFiles(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

// Everything needed to decide whether a file may be opened as a project, read
// through a read-only connection so a refused file is never modified.
struct Inspection
{
    qint32 applicationId = 0;
    int userVersion = 0;
    int schemaObjects = 0;
};

// A read-only connection that leaves no trace. A cleanly closed project has no
// write-ahead log: everything is in the main file, which is then read as
// immutable so SQLite creates no -wal or -shm beside it. With a log present (the
// project is open elsewhere, or a crash left it) its content counts, so read
// through it; the -wal and -shm already exist then.
QSqlDatabase addReadOnlyConnection(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (QFileInfo::exists(path + QLatin1String("-wal"))) {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QLatin1String("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
    return db;
}

bool inspect(const QString &path, Inspection *out, QString *error)
{
    const QString name = uniqueConnectionName("inspect");
    bool ok = false;
    {
        QSqlDatabase db = addReadOnlyConnection(path, name);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next()) {
                out->applicationId = q.value(0).toInt();
                if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
                    out->userVersion = q.value(0).toInt();
                    // Reading the schema makes SQLite parse page 1; a damaged file fails here.
                    if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next()) {
                        out->schemaObjects = q.value(0).toInt();
                        ok = true;
                    }
                }
            }
            if (!ok)
                *error = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool hasSqliteHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

} // namespace

ProjectStore::ProjectStore(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

ProjectStore::~ProjectStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int ProjectStore::latestSchemaVersion()
{
    return projectSchema().latestVersion();
}

QString ProjectStore::currentActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (user.isEmpty()) {
        if (const passwd *pw = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return user + QLatin1Char('@') + QSysInfo::machineHostName();
}

bool ProjectStore::withConnection(const QString &path, const std::function<void(QSqlDatabase &)> &work, QString *error)
{
    const QString name = QStringLiteral("cutover-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    bool opened = false;
    {
        QSqlDatabase db = openConnection(path, name, error);
        if (db.isOpen()) {
            opened = true;
            work(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return opened;
}

QSqlDatabase ProjectStore::openConnection(const QString &path, const QString &connectionName, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    // FULL: a committed batch survives a power cut as well as a crash.
    const char *pragmas[] = { "PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL" };
    for (const char *sql : pragmas) {
        if (!q.exec(QLatin1String(sql))) {
            *error = q.lastError().text();
            db.close();
            return db;
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = tr("The project file could not be switched to write-ahead logging (%1).").arg(q.lastError().text());
        db.close();
    }
    return db;
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString &path, ProjectSettings settings, QString *error)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path)) {
        *error = tr("“%1” already exists. Choose another name or open it instead.").arg(nativePath);
        return nullptr;
    }
    if (const QStringList problems = settings.problems(); !problems.isEmpty()) {
        *error = problems.join(QLatin1Char(' '));
        return nullptr;
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("The folder “%1” could not be created.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return nullptr;
    }
    // Create the file owner-only before SQLite touches it; SQLite gives its -wal
    // and -shm files the same permissions.
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = tr("“%1” could not be created: %2").arg(nativePath, file.errorString());
            return nullptr;
        }
    }

    if (settings.id.isNull())
        settings.id = QUuid::createUuid();
    settings.firmName = settings.firmName.trimmed();
    settings.createdUtc = QDateTime::currentDateTimeUtc();
    settings.createdBy = currentActor();

    std::unique_ptr<ProjectStore> store(new ProjectStore(info.absoluteFilePath(), uniqueConnectionName("project")));
    QString why;
    if (!store->initialise(settings, &why)) {
        store.reset();
        removeProjectFiles(path);
        *error = tr("“%1” could not be created: %2").arg(nativePath, why);
        return nullptr;
    }
    return store;
}

bool ProjectStore::initialise(const ProjectSettings &settings, QString *error)
{
    QSqlDatabase db = openConnection(m_path, m_connectionName, error);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    auto failed = [&](const QString &why) {
        db.rollback();
        *error = why;
        return false;
    };
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
        return failed(q.lastError().text());
    if (!projectSchema().migrate(db, error))
        return false;

    if (!db.transaction())
        return failed(db.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO project (id, uuid, firm_name, source_system, target_system, time_zone, "
                             "holiday_region, current_step, created_at_utc, created_by, app_version) "
                             "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(settings.id.toString(QUuid::WithoutBraces));
    q.addBindValue(settings.firmName);
    q.addBindValue(settings.sourceSystem);
    q.addBindValue(settings.targetSystem);
    q.addBindValue(settings.timeZone);
    q.addBindValue(settings.holidayRegion);
    q.addBindValue(Steps::key(WizardStep::Project));
    q.addBindValue(settings.createdUtc.toString(Qt::ISODateWithMs));
    q.addBindValue(settings.createdBy);
    q.addBindValue(QStringLiteral(CUTOVER_VERSION));
    if (!q.exec())
        return failed(q.lastError().text());

    q.prepare(QStringLiteral("INSERT INTO step_state (step, state, updated_at_utc) VALUES (?, ?, ?)"));
    for (WizardStep step : Steps::all()) {
        // The project step is done the moment the file exists.
        const StepState state = step == WizardStep::Project ? StepState::Done : StepState::NotStarted;
        q.addBindValue(Steps::key(step));
        q.addBindValue(Steps::stateKey(state));
        q.addBindValue(nowUtcText());
        if (!q.exec())
            return failed(q.lastError().text());
    }
    const QJsonObject detail {
        { QStringLiteral("firm"), settings.firmName },        { QStringLiteral("source"), settings.sourceSystem },
        { QStringLiteral("target"), settings.targetSystem },  { QStringLiteral("zone"), settings.timeZone },
        { QStringLiteral("region"), settings.holidayRegion }, { QStringLiteral("schema"), latestSchemaVersion() }
    };
    if (!appendAudit(QStringLiteral("project.created"), detail))
        return failed(m_lastError);
    if (!db.commit())
        return failed(db.lastError().text());
    return loadSettings(error);
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, QString *error, OpenMode mode,
                                                 const SchemaMigrator &schema)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("“%1” does not exist.").arg(nativePath);
        return nullptr;
    }
    if (!info.isFile()) {
        *error = tr("“%1” is a folder, not a Cutover project file.").arg(nativePath);
        return nullptr;
    }
    if (!info.isReadable()) {
        *error = tr("“%1” cannot be read: you do not have permission.").arg(nativePath);
        return nullptr;
    }
    if (!hasSqliteHeader(path)) {
        *error = tr("“%1” is not a Cutover project: it is not an SQLite database.").arg(nativePath);
        return nullptr;
    }
    Inspection seen;
    QString why;
    if (!inspect(info.absoluteFilePath(), &seen, &why)) {
        *error = tr("“%1” is damaged and cannot be opened (%2). Open your latest backup instead.").arg(nativePath, why);
        return nullptr;
    }
    if (seen.applicationId != kApplicationId) {
        *error = seen.schemaObjects == 0
            ? tr("“%1” is not a Cutover project: it is an empty SQLite database.").arg(nativePath)
            : tr("“%1” is not a Cutover project: it is an SQLite database of another program.").arg(nativePath);
        return nullptr;
    }
    const int latest = schema.latestVersion();
    if (seen.userVersion > latest) {
        *error = tr("“%1” was saved by a newer version of Cutover (project format %2; this version reads up to %3). "
                    "Update Cutover to open it.")
                     .arg(nativePath)
                     .arg(seen.userVersion)
                     .arg(latest);
        return nullptr;
    }
    if (mode == OpenMode::ReadOnly) {
        // Reading never upgrades: that writes, and keeps a backup, so it is the wizard's to do.
        if (seen.userVersion < latest) {
            *error = tr("“%1” uses an older project format (%2). Open it once in the Cutover wizard to upgrade it; "
                        "a backup of the old file is kept.")
                         .arg(nativePath)
                         .arg(seen.userVersion);
            return nullptr;
        }
        std::unique_ptr<ProjectStore> store(new ProjectStore(info.absoluteFilePath(), uniqueConnectionName("read")));
        store->m_readOnly = true;
        QSqlDatabase db = addReadOnlyConnection(store->m_path, store->m_connectionName);
        if (!db.open() || !store->loadSettings(&why)) {
            *error = tr("“%1” could not be read: %2").arg(nativePath, why.isEmpty() ? db.lastError().text() : why);
            return nullptr;
        }
        return store;
    }
    if (!info.isWritable()) {
        *error = tr("“%1” is read-only. Copy it to a folder where you can save changes, then open the copy.")
                     .arg(nativePath);
        return nullptr;
    }

    std::unique_ptr<ProjectStore> store(new ProjectStore(info.absoluteFilePath(), uniqueConnectionName("project")));
    QSqlDatabase db = openConnection(store->m_path, store->m_connectionName, &why);
    if (!db.isOpen()) {
        *error = tr("“%1” could not be opened: %2").arg(nativePath, why);
        return nullptr;
    }

    const int from = seen.userVersion;
    if (from < latest) {
        // Keep the file as it was before an upgrade: a forward-only migration
        // cannot be undone, but a backup can be reopened by the older Cutover.
        QString backup = store->m_path + QStringLiteral(".v%1-backup").arg(from);
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = store->m_path + QStringLiteral(".v%1-backup-%2").arg(from).arg(n);
        {
            QFile f(backup);
            if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
                *error = tr("“%1” needs an upgrade, but its backup “%2” could not be written: %3")
                             .arg(nativePath, QDir::toNativeSeparators(backup), f.errorString());
                return nullptr;
            }
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(backup);
        if (!q.exec()) {
            QFile::remove(backup);
            *error = tr("“%1” needs an upgrade, but its backup could not be written: %2")
                         .arg(nativePath, q.lastError().text());
            return nullptr;
        }
        store->m_backupPath = backup;
        if (!schema.migrate(db, &why)) {
            *error = tr("“%1”: %2 The file is unchanged; a backup is at “%3”.")
                         .arg(nativePath, why, QDir::toNativeSeparators(backup));
            return nullptr;
        }
    }

    if (!store->loadSettings(&why)) {
        *error = tr("“%1” is damaged: %2").arg(nativePath, why);
        return nullptr;
    }
    if (from < latest) {
        store->appendAudit(QStringLiteral("project.schema_upgraded"),
                           { { QStringLiteral("from"), from },
                             { QStringLiteral("to"), latest },
                             { QStringLiteral("backup"), store->m_backupPath } });
    }
    return store;
}

QSqlDatabase ProjectStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int ProjectStore::schemaVersion() const
{
    return SchemaMigrator::currentVersion(database());
}

bool ProjectStore::loadSettings(QString *error)
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT uuid, firm_name, source_system, target_system, time_zone, holiday_region, "
                               "current_step, created_at_utc, created_by FROM project WHERE id = 1"))) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.next()) {
        *error = tr("the project settings are missing.");
        return false;
    }
    ProjectSettings s;
    s.id = QUuid::fromString(q.value(0).toString());
    s.firmName = q.value(1).toString();
    s.sourceSystem = q.value(2).toString();
    s.targetSystem = q.value(3).toString();
    s.timeZone = q.value(4).toString();
    s.holidayRegion = q.value(5).toString();
    s.createdUtc = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    s.createdBy = q.value(8).toString();
    if (s.id.isNull()) {
        *error = tr("the project id “%1” is not a UUID.").arg(q.value(0).toString());
        return false;
    }
    m_settings = s;
    m_currentStep = Steps::fromKey(q.value(6).toString()).value_or(WizardStep::Project);
    return true;
}

bool ProjectStore::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool ProjectStore::execOrFail(QSqlQuery &query)
{
    return query.exec() || fail(query.lastError().text());
}

bool ProjectStore::inTransaction(const std::function<bool(QSqlDatabase &)> &work)
{
    if (m_readOnly)
        return fail(tr("The project is open for reading only."));
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(db.lastError().text());
    if (!work(db)) {
        db.rollback();
        return false; // work() recorded why
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return fail(why);
    }
    return true;
}

bool ProjectStore::updateSettings(const ProjectSettings &settings, QString *error)
{
    ProjectSettings next = settings;
    next.firmName = next.firmName.trimmed();
    // Identity and provenance are fixed at creation.
    next.id = m_settings.id;
    next.createdUtc = m_settings.createdUtc;
    next.createdBy = m_settings.createdBy;
    if (const QStringList problems = next.problems(); !problems.isEmpty()) {
        *error = problems.join(QLatin1Char(' '));
        return false;
    }
    if (next == m_settings)
        return true;

    QJsonObject before, after;
    auto diff = [&](const char *field, const QString &a, const QString &b) {
        if (a != b) {
            before.insert(QLatin1String(field), a);
            after.insert(QLatin1String(field), b);
        }
    };
    diff("firm", m_settings.firmName, next.firmName);
    diff("source", m_settings.sourceSystem, next.sourceSystem);
    diff("target", m_settings.targetSystem, next.targetSystem);
    diff("zone", m_settings.timeZone, next.timeZone);
    diff("region", m_settings.holidayRegion, next.holidayRegion);

    const bool ok = inTransaction([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE project SET firm_name = ?, source_system = ?, target_system = ?, "
                                 "time_zone = ?, holiday_region = ? WHERE id = 1"));
        q.addBindValue(next.firmName);
        q.addBindValue(next.sourceSystem);
        q.addBindValue(next.targetSystem);
        q.addBindValue(next.timeZone);
        q.addBindValue(next.holidayRegion);
        return execOrFail(q)
            && appendAudit(QStringLiteral("project.settings_changed"),
                           { { QStringLiteral("before"), before }, { QStringLiteral("after"), after } });
    });
    if (!ok) {
        *error = m_lastError;
        return false;
    }
    m_settings = next;
    emit settingsChanged();
    return true;
}

bool ProjectStore::setCurrentStep(WizardStep step)
{
    if (step == m_currentStep && stepState(step) != StepState::NotStarted)
        return true;
    bool started = false;
    const bool ok = inTransaction([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE project SET current_step = ? WHERE id = 1"));
        q.addBindValue(Steps::key(step));
        if (!execOrFail(q))
            return false;
        // Arriving at a step for the first time starts it.
        QSqlQuery start(db);
        start.prepare(QStringLiteral("UPDATE step_state SET state = 'in_progress', updated_at_utc = ? "
                                     "WHERE step = ? AND state = 'not_started'"));
        start.addBindValue(nowUtcText());
        start.addBindValue(Steps::key(step));
        if (!execOrFail(start))
            return false;
        started = start.numRowsAffected() > 0;
        return !started
            || appendAudit(QStringLiteral("step.state_changed"),
                           { { QStringLiteral("step"), Steps::key(step) },
                             { QStringLiteral("from"), Steps::stateKey(StepState::NotStarted) },
                             { QStringLiteral("to"), Steps::stateKey(StepState::InProgress) },
                             { QStringLiteral("reason"), QStringLiteral("entered") } });
    });
    if (!ok)
        return false;
    const bool moved = step != m_currentStep;
    m_currentStep = step;
    if (moved)
        emit currentStepChanged(step);
    if (started)
        emit stepStateChanged(step, StepState::InProgress);
    return true;
}

StepState ProjectStore::stepState(WizardStep step) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT state FROM step_state WHERE step = ?"));
    q.addBindValue(Steps::key(step));
    if (q.exec() && q.next())
        return Steps::stateFromKey(q.value(0).toString()).value_or(StepState::NotStarted);
    return StepState::NotStarted;
}

bool ProjectStore::setStepState(WizardStep step, StepState state)
{
    const StepState old = stepState(step);
    if (old == state)
        return true;
    const bool ok = inTransaction([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO step_state (step, state, updated_at_utc) VALUES (?, ?, ?) "
                                 "ON CONFLICT (step) DO UPDATE SET state = excluded.state, "
                                 "updated_at_utc = excluded.updated_at_utc"));
        q.addBindValue(Steps::key(step));
        q.addBindValue(Steps::stateKey(state));
        q.addBindValue(nowUtcText());
        return execOrFail(q)
            && appendAudit(QStringLiteral("step.state_changed"),
                           { { QStringLiteral("step"), Steps::key(step) },
                             { QStringLiteral("from"), Steps::stateKey(old) },
                             { QStringLiteral("to"), Steps::stateKey(state) } });
    });
    if (!ok)
        return false;
    emit stepStateChanged(step, state);
    return true;
}

QJsonObject ProjectStore::stepData(WizardStep step) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT data FROM step_state WHERE step = ?"));
    q.addBindValue(Steps::key(step));
    if (q.exec() && q.next())
        return jsonObject(q.value(0).toString());
    return {};
}

bool ProjectStore::setStepData(WizardStep step, const QJsonObject &data)
{
    if (m_readOnly)
        return fail(tr("The project is open for reading only."));
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO step_state (step, data, updated_at_utc) VALUES (?, ?, ?) "
                             "ON CONFLICT (step) DO UPDATE SET data = excluded.data, "
                             "updated_at_utc = excluded.updated_at_utc"));
    q.addBindValue(Steps::key(step));
    q.addBindValue(jsonText(data));
    q.addBindValue(nowUtcText());
    if (!q.exec())
        return fail(q.lastError().text());
    return true;
}

bool ProjectStore::appendAudit(const QString &action, const QJsonObject &detail)
{
    if (m_readOnly)
        return fail(tr("The project is open for reading only."));
    QString error;
    return appendAudit(database(), action, detail, &error) || fail(error);
}

bool ProjectStore::appendAudit(const QSqlDatabase &db, const QString &action, const QJsonObject &detail, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at_utc, actor, action, detail) VALUES (?, ?, ?, ?)"));
    q.addBindValue(nowUtcText());
    q.addBindValue(currentActor());
    q.addBindValue(action);
    q.addBindValue(jsonText(detail));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool ProjectStore::auditedChange(QSqlDatabase db, const QString &action, QString *error,
                                 const std::function<bool(QJsonObject *, QString *)> &work)
{
    QString why;
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QJsonObject detail;
    if (work(&detail, &why) && appendAudit(db, action, detail, &why)) {
        if (db.commit())
            return true;
        why = db.lastError().text();
    }
    db.rollback();
    if (error)
        *error = why;
    return false;
}

QList<AuditEntry> ProjectStore::auditLog(int limit) const
{
    QList<AuditEntry> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, at_utc, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit < 0 ? -1 : limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({ q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                     q.value(2).toString(), q.value(3).toString(), jsonObject(q.value(4).toString()) });
    }
    return out;
}

} // namespace Cutover
