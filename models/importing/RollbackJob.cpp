#include "ImportEngine.h"
#include "LedgerStore.h"
#include "RequestPump.h"
#include "domain/LocaleFormat.h"
#include "review/ReviewState.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::RollbackJob)
};

} // namespace

RollbackJob::RollbackJob(ImportRequest request, QObject *parent)
    : Job(parent)
    , m_request(std::move(request))
{
}

RollbackJob::~RollbackJob() = default;

Job::Outcome RollbackJob::execute()
{
    const QString connection =
        QStringLiteral("cutover-rollback-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QString error;
    Outcome outcome = Outcome::Failed;
    QString sentence;
    {
        QSqlDatabase db = ProjectStore::openConnection(m_request.projectPath, connection, &error);
        auto body = [&]() -> Outcome {
            if (!db.isOpen())
                return Outcome::Failed;
            const QString targetKey = m_request.target.key();
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT time_zone FROM project WHERE id = 1")) || !q.next()) {
                error = Tr::tr("The project file cannot be read: %1").arg(q.lastError().text());
                return Outcome::Failed;
            }
            const QTimeZone zone(q.value(0).toString().toUtf8());

            // Not after the review was signed off: the firm accepted the import.
            if (const std::optional<SignOff> signOff = ReviewSignOff::signedOff(db, targetKey)) {
                const QDateTime when = zone.isValid() ? signOff->signedUtc.toTimeZone(zone) : signOff->signedUtc;
                error = Tr::tr("The review of this import was signed off by %1 on %2, so the import can no longer "
                               "be rolled back. Correct the records in the target instead.")
                            .arg(signOff->name, QLocale().toString(when, QLocale::LongFormat));
                return Outcome::Failed;
            }

            // Only while the review window is open: after it the firm works in
            // the target and a rollback would delete their new work's context.
            const QDateTime finishedUtc = ImportLedger::importFinishedUtc(db, targetKey);
            if (const QDateTime deadline = ImportLedger::reviewDeadlineUtc(db, targetKey); deadline.isValid()) {
                if (QDateTime::currentDateTimeUtc() >= deadline) {
                    const QDateTime local = zone.isValid() ? deadline.toTimeZone(zone) : deadline.toUTC();
                    error =
                        Tr::tr("The review window closed on %1 (three business days after the import finished "
                               "on %2), so the import can no longer be rolled back. Correct the records in "
                               "the target instead.")
                            .arg(QLocale().toString(local, QLocale::LongFormat),
                                 LocaleFormat::dateTime(zone.isValid() ? finishedUtc.toTimeZone(zone) : finishedUtc));
                    return Outcome::Failed;
                }
            }

            struct Item
            {
                RecordKind kind;
                QString sourceKey;
                QString reference;
                QString targetId;
                QString state;
            };
            QHash<RecordKind, QList<Item>> byKind;
            q.prepare(QStringLiteral("SELECT entity, source_key, reference, coalesce(target_id, ''), state FROM id_map "
                                     "WHERE target_key = ? AND (state IN ('created', 'deleting', 'sending') OR "
                                     "(state = 'failed' AND coalesce(target_id, '') <> ''))"));
            q.addBindValue(targetKey);
            if (!q.exec()) {
                error = Tr::tr("The import ledger cannot be read: %1").arg(q.lastError().text());
                return Outcome::Failed;
            }
            qint64 total = 0;
            while (q.next()) {
                for (RecordKind kind : LedgerStore::importOrder()) {
                    if (RecordKinds::key(kind) == q.value(0).toString()) {
                        byKind[kind].append({ kind, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                              q.value(4).toString() });
                        ++total;
                    }
                }
            }
            if (total == 0) {
                sentence = Tr::tr("Nothing to roll back: the ledger holds no record created in this target.");
                return Outcome::Succeeded;
            }
            if (!m_request.connector) {
                error = Tr::tr("No connection to the target was given.");
                return Outcome::Failed;
            }
            std::unique_ptr<TargetConnector> connector = m_request.connector();
            if (!connector) {
                error = Tr::tr("The connection to the target could not be made.");
                return Outcome::Failed;
            }
            connector->setConcurrency(qMax(1, m_request.concurrency));
            LedgerStore ledger(db, targetKey);
            if (!ledger.startRun(QStringLiteral("clio"), m_request.target.baseUrl.toString(), 0,
                                 QStringLiteral("rollback"))) {
                error = ledger.lastError();
                return Outcome::Failed;
            }
            ProjectStore::appendAudit(db, QStringLiteral("import.rollback_started"),
                                      { { QStringLiteral("target"), targetKey }, { QStringLiteral("records"), total } },
                                      &error);
            error.clear();

            qint64 done = 0, deleted = 0, failed = 0;
            QStringList failures;
            QString ledgerError;
            auto note = [&](const Item &item, const QString &state, const QString &id, const QString &message) {
                if (!ledger.set(RecordKinds::key(item.kind), item.sourceKey, state, id, message)
                    && ledgerError.isEmpty())
                    ledgerError = ledger.lastError();
            };
            RequestPump pump(
                m_request.concurrency, [&] { return isCancelled() || !ledgerError.isEmpty(); }, [] { return false; });
            QList<RecordKind> order = LedgerStore::importOrder();
            std::reverse(order.begin(), order.end());
            bool stopped = false;
            for (RecordKind kind : order) {
                const QList<Item> items = byKind.value(kind);
                if (items.isEmpty())
                    continue;
                const QString stage = Tr::tr("Deleting %1").arg(RecordKinds::title(kind).toLower());
                QList<RequestPump::Task> tasks;
                for (const Item &item : items) {
                    tasks.append([&, item, stage](const RequestPump::Done &finished) {
                        auto finish = [&, finished, stage] {
                            ++done;
                            reportProgress(done, total, done, stage);
                            finished();
                        };
                        auto remove = [&, item, finish](const QString &id) {
                            // Announced before the request, like a create.
                            note(item, QStringLiteral("deleting"), id, QString());
                            connector->remove(item.kind, id, [&, item, id, finish](const TargetResult &r) {
                                if (r.ok() || r.error.kind == TargetError::Kind::NotFound) {
                                    note(item, QStringLiteral("deleted"), id, QString());
                                    ++deleted;
                                } else {
                                    note(item, QStringLiteral("deleting"), id, r.error.message);
                                    ++failed;
                                    failures << QStringLiteral("%1 %2: %3")
                                                    .arg(RecordKinds::key(item.kind), item.sourceKey, r.error.message);
                                }
                                finish();
                            });
                        };
                        if (!item.targetId.isEmpty()) {
                            remove(item.targetId);
                            return;
                        }
                        // 'sending' from a killed import: it may be in the target.
                        OutgoingRecord probe;
                        probe.kind = item.kind;
                        probe.reference = item.reference;
                        connector->findByReference(probe, [&, item, remove, finish](const TargetResult &r) {
                            if (r.ok() && !r.record.id.isEmpty()) {
                                remove(r.record.id);
                                return;
                            }
                            if (r.ok()) {
                                note(item, QStringLiteral("deleted"), QString(), QString());
                            } else {
                                ++failed;
                                failures << QStringLiteral("%1 %2: %3")
                                                .arg(RecordKinds::key(item.kind), item.sourceKey, r.error.message);
                            }
                            finish();
                        });
                    });
                }
                if (!pump.run(tasks)) {
                    stopped = true;
                    break;
                }
            }
            const QJsonObject summary { { QStringLiteral("deleted"), deleted },
                                        { QStringLiteral("failed"), failed },
                                        { QStringLiteral("failures"), QJsonArray::fromStringList(failures) } };
            ledger.finishRun(stopped          ? QStringLiteral("cancelled")
                                 : failed > 0 ? QStringLiteral("failed")
                                              : QStringLiteral("complete"),
                             summary);
            QString auditError;
            ProjectStore::appendAudit(db, QStringLiteral("import.rolled_back"),
                                      { { QStringLiteral("target"), targetKey },
                                        { QStringLiteral("deleted"), deleted },
                                        { QStringLiteral("failed"), failed } },
                                      &auditError);
            connector.reset();
            sentence = Tr::tr("%n record(s) deleted from the target", nullptr, int(deleted)) + QStringLiteral(", ")
                + Tr::tr("%n could not be deleted", nullptr, int(failed)) + QLatin1Char('.');
            if (!ledgerError.isEmpty()) {
                error = Tr::tr("The import ledger cannot be written, so the rollback stopped: %1").arg(ledgerError);
                return Outcome::Failed;
            }
            if (stopped) {
                error = Tr::tr("The rollback was cancelled; run it again to finish it.");
                return Outcome::Cancelled;
            }
            if (failed > 0) {
                error = Tr::tr("%n record(s) could not be deleted; run the rollback again. %1", nullptr, int(failed))
                            .arg(failures.mid(0, 5).join(QStringLiteral("; ")));
                return Outcome::Failed;
            }
            return Outcome::Succeeded;
        };
        outcome = body();
        if (error.isEmpty() && !db.isOpen())
            error = Tr::tr("The project file cannot be opened.");
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    setSummary(sentence);
    if (outcome != Outcome::Succeeded)
        failWith(error);
    return outcome;
}

} // namespace Cutover
