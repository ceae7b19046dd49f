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

    // v2: the export step. Every load is a snapshot of typed rows, one staging
    // table per entity (columns = Entities::fields, checked by TestStagingSchema),
    // with the problems found on the way in and the raw text of rejected rows.
    // Staging tables reach their snapshot through source_file (deleting a file or
    // a snapshot cascades) and carry no other index on the large tables, so a
    // million-row load stays fast; loading files are removed by recovery.
    list.append({ 2,
                  QStringLiteral("export snapshots, staging tables and validation issues"),
                  {
                      QStringLiteral(R"(CREATE TABLE snapshot (
                          id               INTEGER PRIMARY KEY,
                          kind             TEXT NOT NULL CHECK (kind IN ('trial', 'final', 'delta')),
                          state            TEXT NOT NULL DEFAULT 'loading' CHECK (state IN ('loading', 'complete')),
                          started_at_utc   TEXT NOT NULL,
                          completed_at_utc TEXT,
                          time_zone        TEXT NOT NULL,
                          cutoff_utc       TEXT,
                          created_by       TEXT NOT NULL))"),
                      QStringLiteral(R"(CREATE TABLE source_file (
                          id            INTEGER PRIMARY KEY,
                          snapshot_id   INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
                          state         TEXT NOT NULL DEFAULT 'loading' CHECK (state IN ('loading', 'complete')),
                          path          TEXT NOT NULL,
                          sheet         TEXT NOT NULL DEFAULT '',
                          size          INTEGER NOT NULL,
                          sha256        TEXT,
                          format        TEXT NOT NULL,
                          encoding      TEXT NOT NULL DEFAULT '',
                          delimiter     TEXT NOT NULL DEFAULT '',
                          entity        TEXT NOT NULL,
                          map_id        TEXT NOT NULL DEFAULT '',
                          map_json      TEXT NOT NULL CHECK (json_valid(map_json)),
                          header        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(header)),
                          rows_read     INTEGER NOT NULL DEFAULT 0,
                          rows_staged   INTEGER NOT NULL DEFAULT 0,
                          rows_rejected INTEGER NOT NULL DEFAULT 0))"),
                      QStringLiteral("CREATE INDEX source_file_snapshot ON source_file(snapshot_id)"),
                      QStringLiteral(R"(CREATE TABLE staging_issue (
                          id          INTEGER PRIMARY KEY,
                          snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
                          file_id     INTEGER REFERENCES source_file(id) ON DELETE CASCADE,
                          entity      TEXT NOT NULL DEFAULT '',
                          row         INTEGER NOT NULL DEFAULT 0,
                          column_no   INTEGER NOT NULL DEFAULT 0,
                          column_name TEXT NOT NULL DEFAULT '',
                          severity    TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
                          code        TEXT NOT NULL,
                          message     TEXT NOT NULL,
                          raw_value   TEXT NOT NULL DEFAULT '',
                          resolved    INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1))))"),
                      QStringLiteral("CREATE INDEX staging_issue_snapshot ON staging_issue(snapshot_id, severity)"),
                      QStringLiteral("CREATE INDEX staging_issue_file ON staging_issue(file_id, row)"),
                      QStringLiteral(R"(CREATE TABLE rejected_row (
                          id      INTEGER PRIMARY KEY,
                          file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
                          row     INTEGER NOT NULL,
                          cells   TEXT NOT NULL CHECK (json_valid(cells)),
                          fixed   INTEGER NOT NULL DEFAULT 0 CHECK (fixed IN (0, 1))))"),
                      QStringLiteral("CREATE INDEX rejected_row_file ON rejected_row(file_id, row)"),
                      QStringLiteral(R"(CREATE TABLE import_map (
                          id           TEXT PRIMARY KEY,
                          name         TEXT NOT NULL,
                          entity       TEXT NOT NULL,
                          json         TEXT NOT NULL CHECK (json_valid(json)),
                          saved_at_utc TEXT NOT NULL))"),
                      QStringLiteral(R"(CREATE TABLE client_selection (
                          client_key     TEXT PRIMARY KEY,
                          included       INTEGER NOT NULL CHECK (included IN (0, 1)),
                          changed_at_utc TEXT NOT NULL))"),
                      QStringLiteral(R"(CREATE TABLE stg_user (
                          id INTEGER PRIMARY KEY, snapshot_id INTEGER NOT NULL,
                          file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
                          source_row INTEGER NOT NULL, row_hash INTEGER NOT NULL,
                          after_cutoff INTEGER NOT NULL DEFAULT 0 CHECK (after_cutoff IN (0, 1)),
                          source_key TEXT NOT NULL, name TEXT, first_name TEXT, last_name TEXT, email TEXT, role TEXT, rate INTEGER, active INTEGER CHECK (active IN (0, 1))))"),
                      QStringLiteral(R"(CREATE TABLE stg_client (
                          id INTEGER PRIMARY KEY, snapshot_id INTEGER NOT NULL,
                          file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
                          source_row INTEGER NOT NULL, row_hash INTEGER NOT NULL,
                          after_cutoff INTEGER NOT NULL DEFAULT 0 CHECK (after_cutoff IN (0, 1)),
                          source_key TEXT NOT NULL, name TEXT, kind TEXT, first_name TEXT, last_name TEXT, company TEXT, email TEXT, phone TEXT, street TEXT, city TEXT, region TEXT, postal_code TEXT, country TEXT, billing_contact TEXT, status TEXT, notes TEXT, created_at TEXT, updated_at TEXT, norm_email TEXT, norm_phone TEXT, norm_name TEXT))"),
                      QStringLiteral(R"(CREATE TABLE stg_matter (
                          id INTEGER PRIMARY KEY, snapshot_id INTEGER NOT NULL,
                          file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
                          source_row INTEGER NOT NULL, row_hash INTEGER NOT NULL,
                          after_cutoff INTEGER NOT NULL DEFAULT 0 CHECK (after_cutoff IN (0, 1)),
                          source_key TEXT NOT NULL, client_key TEXT, client_name TEXT, description TEXT, status TEXT, open_date TEXT, close_date TEXT, responsible_user TEXT, billing_method TEXT, created_at TEXT, updated_at TEXT))"),
                      QStringLiteral(R"(CREATE TABLE stg_time_entry (
                          id INTEGER PRIMARY KEY, snapshot_id INTEGER NOT NULL,
                          file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
                          source_row INTEGER NOT NULL, row_hash INTEGER NOT NULL,
                          after_cutoff INTEGER NOT NULL DEFAULT 0 CHECK (after_cutoff IN (0, 1)),
                          source_key TEXT NOT NULL, matter_key TEXT, client_key TEXT, user_key TEXT, date TEXT, duration INTEGER, rate INTEGER, amount INTEGER, description TEXT, activity TEXT, billable INTEGER CHECK (billable IN (0, 1)), billed INTEGER CHECK (billed IN (0, 1)), invoice_number TEXT, created_at TEXT, updated_at TEXT))"),
                      QStringLiteral(R"(CREATE TABLE stg_expense (
                          id INTEGER PRIMARY KEY, snapshot_id INTEGER NOT NULL,
                          file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
                          source_row INTEGER NOT NULL, row_hash INTEGER NOT NULL,
                          after_cutoff INTEGER NOT NULL DEFAULT 0 CHECK (after_cutoff IN (0, 1)),
                          source_key TEXT NOT NULL, matter_key TEXT, client_key TEXT, user_key TEXT, date TEXT, quantity INTEGER, unit_price INTEGER, amount INTEGER, description TEXT, category TEXT, billable INTEGER CHECK (billable IN (0, 1)), billed INTEGER CHECK (billed IN (0, 1)), invoice_number TEXT, created_at TEXT, updated_at TEXT))"),
                      QStringLiteral(R"(CREATE TABLE stg_invoice (
                          id INTEGER PRIMARY KEY, snapshot_id INTEGER NOT NULL,
                          file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
                          source_row INTEGER NOT NULL, row_hash INTEGER NOT NULL,
                          after_cutoff INTEGER NOT NULL DEFAULT 0 CHECK (after_cutoff IN (0, 1)),
                          source_key TEXT NOT NULL, client_key TEXT, matter_key TEXT, issue_date TEXT, due_date TEXT, total INTEGER, paid INTEGER, balance INTEGER, status TEXT))"),
                      QStringLiteral(R"(CREATE TABLE stg_payment (
                          id INTEGER PRIMARY KEY, snapshot_id INTEGER NOT NULL,
                          file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
                          source_row INTEGER NOT NULL, row_hash INTEGER NOT NULL,
                          after_cutoff INTEGER NOT NULL DEFAULT 0 CHECK (after_cutoff IN (0, 1)),
                          source_key TEXT NOT NULL, client_key TEXT, matter_key TEXT, invoice_number TEXT, date TEXT, amount INTEGER, unapplied INTEGER, kind TEXT, method TEXT))"),
                      QStringLiteral(R"(CREATE TABLE stg_trust_transaction (
                          id INTEGER PRIMARY KEY, snapshot_id INTEGER NOT NULL,
                          file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
                          source_row INTEGER NOT NULL, row_hash INTEGER NOT NULL,
                          after_cutoff INTEGER NOT NULL DEFAULT 0 CHECK (after_cutoff IN (0, 1)),
                          source_key TEXT NOT NULL, client_key TEXT, matter_key TEXT, date TEXT, amount INTEGER, kind TEXT, description TEXT))"),
                      QStringLiteral(R"(CREATE TABLE stg_note (
                          id INTEGER PRIMARY KEY, snapshot_id INTEGER NOT NULL,
                          file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
                          source_row INTEGER NOT NULL, row_hash INTEGER NOT NULL,
                          after_cutoff INTEGER NOT NULL DEFAULT 0 CHECK (after_cutoff IN (0, 1)),
                          source_key TEXT NOT NULL, client_key TEXT, matter_key TEXT, date TEXT, subject TEXT, body TEXT, user_key TEXT))"),
                      QStringLiteral(R"(CREATE TABLE stg_document (
                          id INTEGER PRIMARY KEY, snapshot_id INTEGER NOT NULL,
                          file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
                          source_row INTEGER NOT NULL, row_hash INTEGER NOT NULL,
                          after_cutoff INTEGER NOT NULL DEFAULT 0 CHECK (after_cutoff IN (0, 1)),
                          source_key TEXT NOT NULL, client_key TEXT, matter_key TEXT, name TEXT, path TEXT, date TEXT, size INTEGER))"),
                      QStringLiteral("CREATE INDEX stg_user_key ON stg_user(snapshot_id, source_key)"),
                      QStringLiteral("CREATE INDEX stg_client_key ON stg_client(snapshot_id, source_key)"),
                      QStringLiteral("CREATE INDEX stg_matter_key ON stg_matter(snapshot_id, source_key)"),
                      QStringLiteral("CREATE INDEX stg_invoice_key ON stg_invoice(snapshot_id, source_key)"),
                  } });

    // v3: close out and cutoff. The checklist, the approvals and the reports saved
    // from the old system (kept in the file itself, so a project handed over is
    // complete); the project's own holidays; the rows a delta snapshot found new,
    // changed or deleted since the final one, each marked for import or not.
    list.append(
        { 3,
          QStringLiteral("close-out checklist, approvals, historical documents, calendar and delta"),
          {
              QStringLiteral(R"(CREATE TABLE checklist_item (
                          key         TEXT PRIMARY KEY,
                          done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
                          done_by     TEXT NOT NULL DEFAULT '',
                          done_at_utc TEXT,
                          note        TEXT NOT NULL DEFAULT ''))"),
              QStringLiteral(R"(CREATE TABLE approver (
                          id              INTEGER PRIMARY KEY,
                          name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
                          role            TEXT NOT NULL CHECK (role IN ('billing_contact', 'admin')),
                          email           TEXT NOT NULL DEFAULT '',
                          source_user_key TEXT NOT NULL DEFAULT '',
                          added_at_utc    TEXT NOT NULL,
                          approved_at_utc TEXT,
                          method          TEXT NOT NULL DEFAULT '',
                          recorded_by     TEXT NOT NULL DEFAULT '',
                          note            TEXT NOT NULL DEFAULT ''))"),
              QStringLiteral(R"(CREATE TABLE historical_document (
                          id           INTEGER PRIMARY KEY,
                          state        TEXT NOT NULL DEFAULT 'copying' CHECK (state IN ('copying', 'complete')),
                          name         TEXT NOT NULL,
                          source_path  TEXT NOT NULL,
                          size         INTEGER NOT NULL,
                          sha256       TEXT,
                          content      BLOB,
                          added_at_utc TEXT NOT NULL,
                          added_by     TEXT NOT NULL))"),
              QStringLiteral(R"(CREATE TABLE calendar_day (
                          date         TEXT PRIMARY KEY,
                          name         TEXT NOT NULL,
                          added_at_utc TEXT NOT NULL,
                          added_by     TEXT NOT NULL))"),
              QStringLiteral(R"(CREATE TABLE calendar_ics (
                          id           INTEGER PRIMARY KEY,
                          name         TEXT NOT NULL,
                          content      TEXT NOT NULL,
                          sha256       TEXT NOT NULL,
                          added_at_utc TEXT NOT NULL,
                          added_by     TEXT NOT NULL))"),
              QStringLiteral("ALTER TABLE snapshot ADD COLUMN base_snapshot_id INTEGER REFERENCES snapshot(id)"),
              QStringLiteral(R"(CREATE TABLE delta_row (
                          snapshot_id      INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
                          entity           TEXT NOT NULL,
                          source_key       TEXT NOT NULL,
                          change           TEXT NOT NULL CHECK (change IN ('new', 'changed', 'deleted')),
                          staging_id       INTEGER,
                          base_staging_id  INTEGER,
                          import           INTEGER NOT NULL DEFAULT 1 CHECK (import IN (0, 1)),
                          PRIMARY KEY (snapshot_id, entity, source_key)))"),
          } });

    // v4: the import. The ledger (id_map) has one row per source record per
    // target: a rehearsal against the sandbox and the real import into Clio
    // keep separate rows. A row is marked 'sending' and committed before its
    // request goes out and gets its target id after the answer, so a killed
    // import finds (by the record's reference) what it sent before sending it
    // again. user_map says which target user each source user's time goes to.
    // No secret is ever stored here: tokens live in the keychain.
    list.append({ 4,
                  QStringLiteral("import runs, the import ledger and the user mapping"),
                  {
                      QStringLiteral(R"(CREATE TABLE import_run (
                          id              INTEGER PRIMARY KEY,
                          target_key      TEXT NOT NULL,
                          target          TEXT NOT NULL CHECK (target IN ('clio', 'csv-package')),
                          base_url        TEXT NOT NULL DEFAULT '',
                          snapshot_id     INTEGER REFERENCES snapshot(id),
                          kind            TEXT NOT NULL DEFAULT 'import' CHECK (kind IN ('import', 'dry_run', 'retry', 'rollback')),
                          state           TEXT NOT NULL DEFAULT 'running'
                                          CHECK (state IN ('running', 'cancelled', 'failed', 'complete')),
                          started_at_utc  TEXT NOT NULL,
                          finished_at_utc TEXT,
                          started_by      TEXT NOT NULL,
                          summary         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary))))"),
                      QStringLiteral(R"(CREATE TABLE id_map (
                          target_key     TEXT NOT NULL,
                          entity         TEXT NOT NULL,
                          source_key     TEXT NOT NULL,
                          reference      TEXT NOT NULL,
                          label          TEXT NOT NULL DEFAULT '',
                          target_id      TEXT,
                          state          TEXT NOT NULL DEFAULT 'pending'
                                         CHECK (state IN ('pending', 'sending', 'created', 'failed', 'skipped', 'deleting', 'deleted')),
                          attempts       INTEGER NOT NULL DEFAULT 0,
                          last_error     TEXT NOT NULL DEFAULT '',
                          run_id         INTEGER REFERENCES import_run(id),
                          updated_at_utc TEXT NOT NULL,
                          PRIMARY KEY (target_key, entity, source_key)))"),
                      QStringLiteral("CREATE INDEX id_map_state ON id_map(target_key, state, entity)"),
                      QStringLiteral(R"(CREATE TABLE user_map (
                          target_key        TEXT NOT NULL,
                          source_user_key   TEXT NOT NULL,
                          target_user_id    TEXT NOT NULL DEFAULT '',
                          target_user_name  TEXT NOT NULL DEFAULT '',
                          target_user_email TEXT NOT NULL DEFAULT '',
                          how               TEXT NOT NULL DEFAULT '' CHECK (how IN ('', 'email', 'name', 'manual')),
                          mapped_at_utc     TEXT,
                          PRIMARY KEY (target_key, source_user_key)))"),
                  } });

    // Version 5: what was last sent of each record. sent_hash is a SHA-256
    // (hex) of the record's neutral fields and links as the import last sent
    // them; a later run that builds a different record (a re-export marked it
    // changed) updates the record in the target instead of leaving it stale.
    // '' for rows created before this version: those are updated only when a
    // delta marks their row changed.
    list.append({ 5,
                  QStringLiteral("the import ledger remembers what it sent"),
                  {
                      QStringLiteral("ALTER TABLE id_map ADD COLUMN sent_hash TEXT NOT NULL DEFAULT ''"),
                  } });

    // Version 6: the interim period (the Placeholder step). `placeholder` is
    // the firm contact and the "do not bill" matter made in one target while
    // the migration runs. Interim time comes back from the filled templates
    // (interim_file, one row per file loaded; interim_entry, one per good row,
    // keyed by its content so a file loaded twice adds nothing; interim_issue,
    // every row or cell refused, naming file, row and column). Uploads of
    // interim entries are ledgered in id_map like the import (entity
    // 'interim_entry'). `reassignment` is one entry found on the placeholder
    // matter in the target, the matter suggested for it, what the user decided
    // and how its move went: 'sending' is committed before its PATCH goes out.
    list.append({ 6,
                  QStringLiteral("the placeholder matter, interim time and its reassignment"),
                  {
                      QStringLiteral(R"(CREATE TABLE placeholder (
                          target_key         TEXT PRIMARY KEY,
                          client_name        TEXT NOT NULL,
                          matter_description TEXT NOT NULL,
                          client_id          TEXT NOT NULL DEFAULT '',
                          matter_id          TEXT NOT NULL DEFAULT '',
                          display_number     TEXT NOT NULL DEFAULT '',
                          state              TEXT NOT NULL DEFAULT 'creating' CHECK (state IN ('creating', 'created')),
                          created_at_utc     TEXT,
                          created_by         TEXT NOT NULL DEFAULT ''))"),
                      QStringLiteral(R"(CREATE TABLE interim_file (
                          id             INTEGER PRIMARY KEY,
                          name           TEXT NOT NULL,
                          source_path    TEXT NOT NULL,
                          sha256         TEXT NOT NULL,
                          rows           INTEGER NOT NULL DEFAULT 0,
                          added          INTEGER NOT NULL DEFAULT 0,
                          rejected       INTEGER NOT NULL DEFAULT 0,
                          loaded_at_utc  TEXT NOT NULL,
                          loaded_by      TEXT NOT NULL))"),
                      QStringLiteral(R"(CREATE TABLE interim_entry (
                          id           INTEGER PRIMARY KEY,
                          entry_key    TEXT NOT NULL UNIQUE,
                          file_id      INTEGER NOT NULL REFERENCES interim_file(id),
                          source_row   INTEGER NOT NULL,
                          date         TEXT NOT NULL,
                          user_key     TEXT NOT NULL,
                          user_name    TEXT NOT NULL DEFAULT '',
                          client_key   TEXT NOT NULL DEFAULT '',
                          client_name  TEXT NOT NULL DEFAULT '',
                          matter_key   TEXT NOT NULL,
                          matter_label TEXT NOT NULL DEFAULT '',
                          seconds      INTEGER NOT NULL CHECK (seconds > 0),
                          rate_cents   INTEGER,
                          description  TEXT NOT NULL DEFAULT '',
                          billable     INTEGER NOT NULL DEFAULT 1 CHECK (billable IN (0, 1))))"),
                      QStringLiteral(R"(CREATE TABLE interim_issue (
                          id        INTEGER PRIMARY KEY,
                          file_id   INTEGER NOT NULL REFERENCES interim_file(id),
                          row       INTEGER NOT NULL,
                          col       INTEGER NOT NULL DEFAULT 0,
                          severity  TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
                          message   TEXT NOT NULL,
                          raw       TEXT NOT NULL DEFAULT ''))"),
                      QStringLiteral(R"(CREATE TABLE reassignment (
                          target_key        TEXT NOT NULL,
                          activity_id       TEXT NOT NULL,
                          date              TEXT NOT NULL DEFAULT '',
                          user_id           TEXT NOT NULL DEFAULT '',
                          user_name         TEXT NOT NULL DEFAULT '',
                          seconds           INTEGER NOT NULL DEFAULT 0,
                          total_cents       INTEGER NOT NULL DEFAULT 0,
                          note              TEXT NOT NULL DEFAULT '',
                          reference         TEXT NOT NULL DEFAULT '',
                          billed            INTEGER NOT NULL DEFAULT 0,
                          make_billable     INTEGER NOT NULL DEFAULT 1 CHECK (make_billable IN (0, 1)),
                          suggested_matter_id    TEXT NOT NULL DEFAULT '',
                          suggested_matter_label TEXT NOT NULL DEFAULT '',
                          confidence        INTEGER NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 100),
                          reason            TEXT NOT NULL DEFAULT '',
                          chosen_matter_id    TEXT NOT NULL DEFAULT '',
                          chosen_matter_label TEXT NOT NULL DEFAULT '',
                          decision          TEXT NOT NULL DEFAULT 'undecided' CHECK (decision IN ('undecided', 'accept', 'skip')),
                          state             TEXT NOT NULL DEFAULT 'listed'
                                            CHECK (state IN ('listed', 'sending', 'moved', 'refused', 'failed', 'gone')),
                          attempts          INTEGER NOT NULL DEFAULT 0,
                          last_error        TEXT NOT NULL DEFAULT '',
                          listed_at_utc     TEXT NOT NULL,
                          updated_at_utc    TEXT NOT NULL,
                          PRIMARY KEY (target_key, activity_id)))"),
                  } });

    // Version 7: the matters the last reassignment listing read from the
    // target, one row each, so the page can offer "change matter" without
    // asking the target again. Replaced as a whole by every listing.
    list.append({ 7,
                  QStringLiteral("the matters an entry on the placeholder can be moved to"),
                  {
                      QStringLiteral(R"(CREATE TABLE reassign_matter (
                          target_key     TEXT NOT NULL,
                          id             TEXT NOT NULL,
                          display_number TEXT NOT NULL DEFAULT '',
                          source_number  TEXT NOT NULL DEFAULT '',
                          description    TEXT NOT NULL DEFAULT '',
                          client_name    TEXT NOT NULL DEFAULT '',
                          PRIMARY KEY (target_key, id)))"),
                  } });

    // Version 8: the review. Each reading of the target back is a review_run
    // whose records (review_target_record) are kept, so the reconciliation,
    // the spot checks and the report can be redone without asking the target
    // again. The reviewer's own work (trust balances as entered by hand in the
    // target, explanations of differences, spot-check verdicts, the sign-off)
    // is kept per target; the sign-off rows are evidence, never changed.
    list.append({ 8,
                  QStringLiteral("review: the target read back, explanations, spot checks, trust entered, sign-off"),
                  {
                      QStringLiteral(R"(CREATE TABLE review_run (
                          id              INTEGER PRIMARY KEY,
                          target_key      TEXT NOT NULL,
                          state           TEXT NOT NULL DEFAULT 'reading'
                                          CHECK (state IN ('reading', 'complete', 'failed', 'cancelled')),
                          started_at_utc  TEXT NOT NULL,
                          finished_at_utc TEXT,
                          started_by      TEXT NOT NULL,
                          summary         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary))))"),
                      QStringLiteral(R"(CREATE TABLE review_target_record (
                          run_id     INTEGER NOT NULL REFERENCES review_run(id) ON DELETE CASCADE,
                          entity     TEXT NOT NULL,
                          target_id  TEXT NOT NULL,
                          reference  TEXT NOT NULL DEFAULT '',
                          source_key TEXT NOT NULL DEFAULT '',
                          client_id  TEXT NOT NULL DEFAULT '',
                          matter_id  TEXT NOT NULL DEFAULT '',
                          user_id    TEXT NOT NULL DEFAULT '',
                          date       TEXT NOT NULL DEFAULT '',
                          seconds    INTEGER NOT NULL DEFAULT 0,
                          cents      INTEGER NOT NULL DEFAULT 0,
                          label      TEXT NOT NULL DEFAULT '',
                          fields     TEXT NOT NULL DEFAULT '{}',
                          PRIMARY KEY (run_id, entity, target_id)) WITHOUT ROWID)"),
                      QStringLiteral(R"(CREATE TABLE review_trust (
                          target_key     TEXT NOT NULL,
                          client_key     TEXT NOT NULL,
                          matter_key     TEXT NOT NULL DEFAULT '',
                          cents          INTEGER NOT NULL,
                          entered_by     TEXT NOT NULL,
                          entered_at_utc TEXT NOT NULL,
                          PRIMARY KEY (target_key, client_key, matter_key)))"),
                      QStringLiteral(R"(CREATE TABLE review_explanation (
                          target_key     TEXT NOT NULL,
                          difference_key TEXT NOT NULL,
                          text           TEXT NOT NULL CHECK (length(trim(text)) > 0),
                          written_by     TEXT NOT NULL,
                          written_at_utc TEXT NOT NULL,
                          PRIMARY KEY (target_key, difference_key)))"),
                      QStringLiteral(R"(CREATE TABLE review_sample (
                          target_key     TEXT NOT NULL,
                          entity         TEXT NOT NULL,
                          source_key     TEXT NOT NULL,
                          position       INTEGER NOT NULL,
                          seed           INTEGER NOT NULL,
                          weight_cents   INTEGER NOT NULL DEFAULT 0,
                          verdict        TEXT NOT NULL DEFAULT 'pending' CHECK (verdict IN ('pending', 'accepted', 'flagged')),
                          note           TEXT NOT NULL DEFAULT '',
                          decided_by     TEXT NOT NULL DEFAULT '',
                          decided_at_utc TEXT,
                          PRIMARY KEY (target_key, entity, source_key)))"),
                      QStringLiteral(R"(CREATE TABLE review_signoff (
                          id             INTEGER PRIMARY KEY,
                          target_key     TEXT NOT NULL,
                          name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
                          role           TEXT NOT NULL DEFAULT '',
                          signed_at_utc  TEXT NOT NULL,
                          recorded_by    TEXT NOT NULL,
                          run_id         INTEGER REFERENCES review_run(id),
                          summary        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary))))"),
                      QStringLiteral(R"(CREATE TRIGGER review_signoff_no_update BEFORE UPDATE ON review_signoff
                          BEGIN SELECT RAISE(ABORT, 'a sign-off cannot be changed'); END)"),
                      QStringLiteral(R"(CREATE TRIGGER review_signoff_no_delete BEFORE DELETE ON review_signoff
                          BEGIN SELECT RAISE(ABORT, 'a sign-off cannot be removed'); END)"),
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
