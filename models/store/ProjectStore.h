#pragma once

#include "ProjectSchema.h"
#include "ProjectSettings.h"
#include "domain/WizardStep.h"

#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>

class QSqlQuery;

#include <functional>
#include <memory>

namespace Cutover {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime atUtc;
    QString actor;
    QString action;
    QJsonObject detail;
};

// One migration project: a single SQLite file (`Firm name.cutover`) holding the
// settings, the state of every step and an append-only audit log. Opened in WAL
// mode with foreign keys on; the schema is versioned with PRAGMA user_version and
// moved forward by ProjectSchema. The file is created owner-only: it holds client
// data. It never holds a secret (see CredentialStore).
//
// A ProjectStore lives on the thread that opened it. Jobs on other threads open
// their own connection with openConnection().
class ProjectStore : public QObject
{
    Q_OBJECT

public:
    // "CUTR": written to the SQLite header so a Cutover file is recognised as one.
    static constexpr qint32 kApplicationId = 0x43555452;
    static constexpr auto kFileSuffix = "cutover";

    ~ProjectStore() override;

    // Creates a new project file; refuses to overwrite an existing file.
    static std::unique_ptr<ProjectStore> create(const QString &path, ProjectSettings settings, QString *error);

    enum class OpenMode {
        ReadWrite, // upgrades an older schema (after a backup) and may write
        ReadOnly, // changes nothing, not even the -wal/-shm files; refuses an older schema
    };

    // Opens an existing project. A file that is not a project, is damaged or comes
    // from a newer Cutover is refused with a message and left untouched. In
    // ReadWrite mode an older schema is upgraded after a backup is written beside
    // it. `schema` is the product's own except in tests of the upgrade path.
    static std::unique_ptr<ProjectStore> open(const QString &path, QString *error, OpenMode mode = OpenMode::ReadWrite,
                                              const SchemaMigrator &schema = projectSchema());

    // A further connection to an open project, for a worker thread. The caller
    // owns the connection name and must remove it with QSqlDatabase::removeDatabase.
    static QSqlDatabase openConnection(const QString &path, const QString &connectionName, QString *error);
    // Runs `work` on a connection of its own to the project (read work off the
    // GUI thread, on any thread), then closes and removes it. False, with the
    // reason, when the file cannot be opened.
    static bool withConnection(const QString &path, const std::function<void(QSqlDatabase &)> &work, QString *error);

    static int latestSchemaVersion();
    // "user@host" of whoever runs this process; written into the audit log.
    static QString currentActor();

    QString filePath() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;
    QString backupPath() const { return m_backupPath; }
    const ProjectSettings &settings() const { return m_settings; }
    bool updateSettings(const ProjectSettings &settings, QString *error);

    WizardStep currentStep() const { return m_currentStep; }
    bool setCurrentStep(WizardStep step);

    StepState stepState(WizardStep step) const;
    bool setStepState(WizardStep step, StepState state);
    QJsonObject stepData(WizardStep step) const;
    bool setStepData(WizardStep step, const QJsonObject &data);

    bool appendAudit(const QString &action, const QJsonObject &detail = {});
    // The same on any connection to a project (jobs, free functions); the
    // caller's transaction, if any, includes it.
    static bool appendAudit(const QSqlDatabase &db, const QString &action, const QJsonObject &detail, QString *error);
    // Runs `work` and the audit entry it describes in one transaction on `db`:
    // `work` fills in the entry's detail, or returns false with a message, and
    // nothing of it stays. How the close-out records, the calendar and the
    // delta marks change.
    static bool auditedChange(QSqlDatabase db, const QString &action, QString *error,
                              const std::function<bool(QJsonObject *detail, QString *error)> &work);
    // Newest first; limit < 0 returns all.
    QList<AuditEntry> auditLog(int limit = -1) const;

    // The message of the last failed write, for the caller to show.
    QString lastError() const { return m_lastError; }

    QSqlDatabase database() const;

signals:
    void settingsChanged();
    void currentStepChanged(Cutover::WizardStep step);
    void stepStateChanged(Cutover::WizardStep step, Cutover::StepState state);

private:
    explicit ProjectStore(QString path, QString connectionName);
    // Schema, settings row, step rows and the first audit entry of a new file.
    bool initialise(const ProjectSettings &settings, QString *error);
    bool loadSettings(QString *error);
    bool fail(const QString &message);
    bool execOrFail(QSqlQuery &query);
    // Runs `work` in one transaction: commits when it returns true, rolls back
    // (keeping the message work() recorded with fail()) when it returns false.
    bool inTransaction(const std::function<bool(QSqlDatabase &)> &work);

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    ProjectSettings m_settings;
    WizardStep m_currentStep = WizardStep::Project;
    QString m_lastError;
    bool m_readOnly = false;
};

} // namespace Cutover
