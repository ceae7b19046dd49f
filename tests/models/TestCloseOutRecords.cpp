#include "ProjectSession.h"
#include "closeout/CloseOutRecords.h"
#include "store/ProjectStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;

class TestCloseOutRecords : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<ProjectStore> m_store;

    QSqlDatabase db() const { return m_store->database(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    void tickAllRequired()
    {
        QString error;
        for (const ChecklistItem &item : CloseOutRecords::checklist(db())) {
            if (item.required)
                QVERIFY2(CloseOutRecords::setChecked(db(), item.key, true, {}, &error), qPrintable(error));
        }
    }

    qint64 count(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = path(QStringLiteral("p%1.cutover").arg(QDateTime::currentMSecsSinceEpoch()));
        ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
        settings.firmName = QStringLiteral("Able & Co");
        settings.timeZone = QStringLiteral("America/New_York");
        QString error;
        m_store = ProjectStore::create(m_project, settings, &error);
        QVERIFY2(m_store, qPrintable(error));
    }
    void cleanup() { m_store.reset(); }

    void checklistKeepsWhoAndWhen()
    {
        QList<ChecklistItem> items = CloseOutRecords::checklist(db());
        QCOMPARE(items.size(), 7);
        QCOMPARE(items.first().key, QStringLiteral("invoices_generated"));
        for (const ChecklistItem &i : items) {
            QVERIFY(!i.done);
            QVERIFY(!i.title.isEmpty());
            QVERIFY(!i.help.isEmpty());
        }
        const QStringList keys { "invoices_generated", "credits_applied", "trust_applied",
                                 "reports_saved",      "syncs_off",       "staff_told" };
        for (const ChecklistItem &i : items)
            QCOMPARE(i.required, keys.contains(i.key));

        QString error;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY2(CloseOutRecords::setChecked(db(), QStringLiteral("syncs_off"), true,
                                             QStringLiteral("Outlook sync paused"), &error),
                 qPrintable(error));
        items = CloseOutRecords::checklist(db());
        const ChecklistItem &sync = items[4];
        QCOMPARE(sync.key, QStringLiteral("syncs_off"));
        QVERIFY(sync.done);
        QCOMPARE(sync.doneBy, ProjectStore::currentActor());
        QVERIFY(sync.doneAtUtc >= before && sync.doneAtUtc <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(sync.note, QStringLiteral("Outlook sync paused"));
        const AuditEntry e = m_store->auditLog(1).first();
        QCOMPARE(e.action, QStringLiteral("closeout.checked"));
        QCOMPARE(e.detail.value("item").toString(), QStringLiteral("syncs_off"));

        QVERIFY(CloseOutRecords::setChecked(db(), QStringLiteral("syncs_off"), false, {}, &error));
        QVERIFY(!CloseOutRecords::checklist(db())[4].done);
        QVERIFY(CloseOutRecords::checklist(db())[4].doneBy.isEmpty());
        QCOMPARE(m_store->auditLog(1).first().action, QStringLiteral("closeout.unchecked"));

        QVERIFY(!CloseOutRecords::setChecked(db(), QStringLiteral("made_up"), true, {}, &error));
        QVERIFY(error.contains(QStringLiteral("made_up")));
    }

    void approversAreListedAndApprovalsRecorded()
    {
        QString error;
        QVERIFY(!CloseOutRecords::addApprover(db(), QStringLiteral("  "), ApproverRole::Admin, {}, {}, &error));
        QVERIFY(!CloseOutRecords::addApprover(db(), QStringLiteral("Ann"), ApproverRole::Admin,
                                              QStringLiteral("not an address"), {}, &error));
        const auto ann = CloseOutRecords::addApprover(db(), QStringLiteral("Ann Able"), ApproverRole::Admin,
                                                      QStringLiteral("ann@able.test"), QStringLiteral("U1"), &error);
        QVERIFY2(ann, qPrintable(error));
        QVERIFY(!CloseOutRecords::addApprover(db(), QStringLiteral("ann able"), ApproverRole::Admin, {}, {}, &error));
        const auto bill = CloseOutRecords::addApprover(db(), QStringLiteral("Bill Payer"), ApproverRole::BillingContact,
                                                       QStringLiteral("bill@able.test"), {}, &error);
        QVERIFY(bill);
        QList<Approver> list = CloseOutRecords::approvers(db());
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].role, ApproverRole::BillingContact); // billing contact first
        QCOMPARE(list[1].sourceUserKey, QStringLiteral("U1"));
        QVERIFY(!list[1].approved());

        QVERIFY(!CloseOutRecords::recordApproval(db(), *ann, QStringLiteral("carrier pigeon"), {}, {}, &error));
        QVERIFY(!CloseOutRecords::recordApproval(db(), *ann, QStringLiteral("email"), {},
                                                 QDateTime::currentDateTimeUtc().addDays(2), &error));
        const QDateTime when = QDateTime(QDate(2026, 11, 20), QTime(15, 4, 5), Qt::UTC);
        QVERIFY2(CloseOutRecords::recordApproval(db(), *ann, QStringLiteral("email"),
                                                 QStringLiteral("Filed under Migration/Approvals"), when, &error),
                 qPrintable(error));
        list = CloseOutRecords::approvers(db());
        QVERIFY(list[1].approved());
        QCOMPARE(list[1].approvedUtc, when);
        QCOMPARE(list[1].method, QStringLiteral("email"));
        QCOMPARE(list[1].recordedBy, ProjectStore::currentActor());
        const AuditEntry e = m_store->auditLog(1).first();
        QCOMPARE(e.action, QStringLiteral("closeout.approved"));
        QCOMPARE(e.detail.value("name").toString(), QStringLiteral("Ann Able"));
        QCOMPARE(e.detail.value("email").toString(), QStringLiteral("ann@able.test"));
        QCOMPARE(e.detail.value("method").toString(), QStringLiteral("email"));

        QVERIFY(CloseOutRecords::withdrawApproval(db(), *ann, QStringLiteral("asked to wait"), &error));
        QVERIFY(!CloseOutRecords::approvers(db())[1].approved());
        QCOMPARE(m_store->auditLog(1).first().action, QStringLiteral("closeout.approval_withdrawn"));
        QVERIFY(CloseOutRecords::removeApprover(db(), *bill, &error));
        QCOMPARE(CloseOutRecords::approvers(db()).size(), 1);
        QVERIFY(!CloseOutRecords::removeApprover(db(), *bill, &error));
    }

    void importWaitsForChecklistAndApprovals()
    {
        QString error;
        ImportGateStatus gate = CloseOutRecords::importGate(db());
        QVERIFY(!gate.ready());
        QVERIFY(!gate.checklistComplete);
        QVERIFY(!gate.approvalsComplete);
        // Six items, no billing contact, no administrator.
        QCOMPARE(gate.missing.size(), 8);

        tickAllRequired();
        gate = CloseOutRecords::importGate(db());
        QVERIFY(gate.checklistComplete);
        QVERIFY(!gate.ready());
        QCOMPARE(gate.missing.size(), 2);

        const auto admin =
            CloseOutRecords::addApprover(db(), QStringLiteral("Ann Able"), ApproverRole::Admin, {}, {}, &error);
        const auto billing = CloseOutRecords::addApprover(db(), QStringLiteral("Bill Payer"),
                                                          ApproverRole::BillingContact, {}, {}, &error);
        QVERIFY(admin && billing);
        gate = CloseOutRecords::importGate(db());
        QVERIFY(!gate.ready());
        QCOMPARE(gate.missing.size(), 2);
        QVERIFY(gate.missing.join(QLatin1Char(' ')).contains(QStringLiteral("Ann Able")));

        QVERIFY(CloseOutRecords::recordApproval(db(), *admin, QStringLiteral("in_person"), {}, {}, &error));
        QVERIFY(!CloseOutRecords::importGate(db()).ready());
        QVERIFY(CloseOutRecords::recordApproval(db(), *billing, QStringLiteral("signed_letter"), {}, {}, &error));
        gate = CloseOutRecords::importGate(db());
        QVERIFY(gate.ready());
        QVERIFY(gate.missing.isEmpty());

        // An optional item does not hold the import back; un-ticking a required one does.
        QVERIFY(CloseOutRecords::setChecked(db(), QStringLiteral("staff_told"), false, {}, &error));
        QVERIFY(!CloseOutRecords::importGate(db()).ready());
    }

    void overrideNeedsATypedReasonAndIsAudited()
    {
        QString error;
        QVERIFY(!CloseOutRecords::overrideImportGate(db(), QStringLiteral("because"), &error));
        QVERIFY(error.contains(QStringLiteral("audit log")));
        QVERIFY(!CloseOutRecords::importGate(db()).ready());
        const QString reason = QStringLiteral("The billing contact is on leave; the partners approved in writing.");
        QVERIFY2(CloseOutRecords::overrideImportGate(db(), reason, &error), qPrintable(error));
        ImportGateStatus gate = CloseOutRecords::importGate(db());
        QVERIFY(gate.ready());
        QVERIFY(gate.overridden);
        QVERIFY(!gate.missing.isEmpty()); // still said, only no longer blocking
        QCOMPARE(gate.overrideReason, reason);
        QCOMPARE(gate.overrideBy, ProjectStore::currentActor());
        const AuditEntry e = m_store->auditLog(1).first();
        QCOMPARE(e.action, QStringLiteral("closeout.import_gate_overridden"));
        QCOMPARE(e.detail.value("reason").toString(), reason);
        QCOMPARE(e.detail.value("open").toArray().size(), gate.missing.size());
        // Other close-out step data is kept.
        QVERIFY(m_store->setStepData(
            WizardStep::CloseOut,
            QJsonObject { { "importOverride", m_store->stepData(WizardStep::CloseOut).value("importOverride") },
                          { "seen", true } }));
        QVERIFY(CloseOutRecords::clearImportGateOverride(db(), &error));
        QVERIFY(!CloseOutRecords::importGate(db()).ready());
        QCOMPARE(m_store->stepData(WizardStep::CloseOut).value("seen").toBool(), true);
        QVERIFY(CloseOutRecords::overrideImportGate(db(), reason, &error));
        QCOMPARE(m_store->stepData(WizardStep::CloseOut).value("seen").toBool(), true);
    }

    void reportsAreCopiedWithTheirHash()
    {
        // 3.5 MB: several chunks.
        QByteArray content;
        for (int i = 0; content.size() < 3'500'000; ++i)
            content += QByteArray::number(i) + " trust ledger line\n";
        QFile f(path("Trust ledger.pdf"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QFile small(path("Bank reconciliation.csv"));
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write("Date,Amount\n2026-11-30,100.00\n");
        small.close();

        AttachDocumentsJob job(m_project, { f.fileName(), small.fileName() });
        QCOMPARE(job.run(), Job::Outcome::Succeeded);
        QCOMPARE(job.added().size(), 2);
        const QList<HistoricalDocument> docs = CloseOutRecords::documents(db());
        QCOMPARE(docs.size(), 2);
        QCOMPARE(docs[0].name, QStringLiteral("Bank reconciliation.csv"));
        QCOMPARE(docs[1].name, QStringLiteral("Trust ledger.pdf"));
        QCOMPARE(docs[1].size, content.size());
        QCOMPARE(docs[1].sha256,
                 QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(docs[1].addedBy, ProjectStore::currentActor());
        QString error;
        QVERIFY2(CloseOutRecords::extractDocument(db(), docs[1].id, path("out.pdf"), &error), qPrintable(error));
        QFile out(path("out.pdf"));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), content);
        QCOMPARE(m_store->auditLog(1).first().action, QStringLiteral("closeout.document_attached"));

        QVERIFY(CloseOutRecords::removeDocument(db(), docs[0].id, &error));
        QCOMPARE(CloseOutRecords::documents(db()).size(), 1);
    }

    void aMissingFileOrACancelLeavesNothing()
    {
        AttachDocumentsJob missing(m_project, { path("nope.pdf") });
        QCOMPARE(missing.run(), Job::Outcome::Failed);
        QVERIFY(missing.errorString().contains(QStringLiteral("nope.pdf")));

        QFile f(path("big.pdf"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4 << 20, 'x'));
        f.close();
        AttachDocumentsJob job(m_project, { f.fileName() });
        connect(&job, &Job::progressChanged, &job, [&job] { job.cancel(); });
        QCOMPARE(job.run(), Job::Outcome::Cancelled);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM historical_document")), 0);

        // A row a crash left half copied is removed when the project opens.
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO historical_document (state, name, source_path, size, added_at_utc, "
                                      "added_by) VALUES ('copying', 'x', 'x', 1, 'now', 'me')")));
        QVERIFY(CloseOutRecords::documents(db()).isEmpty());
        m_store.reset();
        ProjectSession session;
        QString error;
        QVERIFY2(session.open(m_project, &error), qPrintable(error));
        QSqlQuery q2(session.store()->database());
        QVERIFY(q2.exec(QStringLiteral("SELECT count(*) FROM historical_document")) && q2.next());
        QCOMPARE(q2.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCloseOutRecords)
#include "TestCloseOutRecords.moc"
