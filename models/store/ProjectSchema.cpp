#include "ProjectSchema.h"

namespace Cutover {

namespace {

QList<Migration> projectMigrations()
{
    QList<Migration> list;

    list.append({ 1,
                  QStringLiteral("project settings, step state and audit log"),
                  {
                      QStringLiteral(R"(CREATE TABLE project (
                          id             INTEGER PRIMARY KEY CHECK (id = 1),
                          uuid           TEXT NOT NULL,
                          firm_name      TEXT NOT NULL CHECK (length(trim(firm_name)) > 0),
                          source_system  TEXT NOT NULL,
                          target_system  TEXT NOT NULL,
                          time_zone      TEXT NOT NULL,
                          holiday_region TEXT NOT NULL,
                          current_step   TEXT NOT NULL DEFAULT 'project',
                          created_at_utc TEXT NOT NULL,
                          created_by     TEXT NOT NULL,
                          app_version    TEXT NOT NULL))"),
                      QStringLiteral(R"(CREATE TABLE step_state (
                          step           TEXT PRIMARY KEY,
                          state          TEXT NOT NULL DEFAULT 'not_started'
                                         CHECK (state IN ('not_started', 'in_progress', 'done')),
                          data           TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data)),
                          updated_at_utc TEXT NOT NULL))"),
                      QStringLiteral(R"(CREATE TABLE audit_log (
                          id      INTEGER PRIMARY KEY AUTOINCREMENT,
                          at_utc  TEXT NOT NULL,
                          actor   TEXT NOT NULL,
                          action  TEXT NOT NULL,
                          detail  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))))"),
                      // The audit log is evidence: rows are added, never changed or removed.
                      QStringLiteral(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                          BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"),
                      QStringLiteral(R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                          BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"),
                  } });

    return list;
}

} // namespace

const SchemaMigrator &projectSchema()
{
    static const SchemaMigrator schema(projectMigrations());
    return schema;
}

} // namespace Cutover
