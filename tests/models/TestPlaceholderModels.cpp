#include "placeholder/InterimEntryModel.h"
#include "placeholder/ReassignmentModel.h"

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Cutover;

namespace {

Reassignment row(const char *id, int confidence, const char *matterId, const char *state = "listed")
{
    Reassignment r;
    r.activityId = QLatin1String(id);
    r.date = QDate(2026, 11, 10);
    r.userName = QStringLiteral("Ann Lee");
    r.seconds = 5400;
    r.note = QStringLiteral("Call about %1").arg(QLatin1String(id));
    r.suggestion.matterId = QLatin1String(matterId);
    r.suggestion.confidence = confidence;
    r.suggestion.reason = QStringLiteral("reason %1").arg(QLatin1String(id));
    r.suggestedMatterLabel = QStringLiteral("label of %1").arg(QLatin1String(matterId));
    r.chosenMatterId = r.suggestion.matterId;
    r.chosenMatterLabel = r.suggestedMatterLabel;
    r.state = QLatin1String(state);
    return r;
}

MatterCandidate candidate(const char *id, const char *number, const char *description)
{
    MatterCandidate c;
    c.id = QLatin1String(id);
    c.displayNumber = QLatin1String(number);
    c.description = QLatin1String(description);
    c.clientName = QStringLiteral("Able Holdings");
    return c;
}

} // namespace

// The Placeholder page's item models, without the page.
class TestPlaceholderModels : public QObject
{
    Q_OBJECT

private slots:
    void interimEntriesShowWhatWasLoadedAndWhereItWent()
    {
        InterimEntryModel model;
        InterimEntry sent;
        sent.id = 7;
        sent.fileName = QStringLiteral("time-tracking.csv");
        sent.row = 3;
        sent.date = QDate(2026, 11, 12);
        sent.userKey = QStringLiteral("U1");
        sent.userName = QStringLiteral("Ann Lee");
        sent.clientName = QStringLiteral("Able Holdings");
        sent.matterKey = QStringLiteral("M1");
        sent.matterLabel = QStringLiteral("M1 · Lease review");
        sent.seconds = 5400; // 1.5 h
        sent.rateCents = 25050;
        sent.description = QStringLiteral("Drafting");
        sent.state = QStringLiteral("created");
        sent.targetId = QStringLiteral("300012");
        InterimEntry unsent = sent;
        unsent.id = 8;
        unsent.seconds = 900;
        unsent.rateCents = -1;
        unsent.billable = false;
        unsent.state.clear();
        unsent.targetId.clear();
        InterimEntry failed = unsent;
        failed.id = 9;
        failed.state = QStringLiteral("failed");
        failed.lastError = QStringLiteral("Matter 7 is closed");
        model.setEntries({ sent, unsent, failed });

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(InterimEntryModel::ColumnCount));
        QCOMPARE(model.index(0, InterimEntryModel::HoursColumn).data().toString(), QStringLiteral("1.50"));
        QCOMPARE(model.index(1, InterimEntryModel::HoursColumn).data().toString(), QStringLiteral("0.25"));
        QVERIFY(model.index(0, InterimEntryModel::RateColumn).data().toString().contains(QStringLiteral("250.50")));
        QCOMPARE(model.index(0, InterimEntryModel::MatterColumn).data().toString(),
                 QStringLiteral("M1 · Lease review"));
        QCOMPARE(model.index(1, InterimEntryModel::BillableColumn).data().toString(), QStringLiteral("No"));
        QCOMPARE(model.index(0, 0).data(InterimEntryModel::EntryIdRole).toLongLong(), 7);
        QVERIFY(model.index(0, InterimEntryModel::StateColumn).data().toString().contains(QStringLiteral("300012")));
        QVERIFY(model.index(0, 0).data(InterimEntryModel::SentRole).toBool());
        QVERIFY(!model.index(1, 0).data(InterimEntryModel::SentRole).toBool());
        QVERIFY(!model.index(2, 0).data(InterimEntryModel::SentRole).toBool()); // failed: can be removed
        QVERIFY(model.index(2, InterimEntryModel::StateColumn).data().toString().contains(QStringLiteral("closed")));
        QCOMPARE(model.index(1, InterimEntryModel::HoursColumn).data(InterimEntryModel::SortRole).toLongLong(), 900);
        const QHash<QString, qint64> counts = model.countsByState();
        QCOMPARE(counts.value(QStringLiteral("created")), 1);
        QCOMPARE(counts.value(QString()), 1);
        QCOMPARE(counts.value(QStringLiteral("failed")), 1);
    }

    void issuesNameFileRowAndColumn()
    {
        InterimIssueModel model;
        InterimIssue issue;
        issue.fileName = QStringLiteral("time-tracking.csv");
        issue.row = 4;
        issue.column = 2;
        issue.message = QStringLiteral("User: “Zed” is not one of the firm's users.");
        InterimIssue warning = issue;
        warning.column = 0;
        warning.error = false;
        model.setIssues({ issue, warning });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, InterimIssueModel::FileColumn).data().toString(), QStringLiteral("time-tracking.csv"));
        QCOMPARE(model.index(0, InterimIssueModel::RowColumn).data().toString(), QStringLiteral("4"));
        QCOMPARE(model.index(0, InterimIssueModel::ColumnColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(1, InterimIssueModel::ColumnColumn).data().toString(), QString()); // the whole row
        QVERIFY(model.index(0, 0).data(InterimIssueModel::ErrorRole).toBool());
        QVERIFY(!model.index(1, 0).data(InterimIssueModel::ErrorRole).toBool());
        QCOMPARE(model.index(0, InterimIssueModel::MessageColumn).data().toString(), issue.message);
    }

    void reassignmentRolesAndConfidence()
    {
        ReassignmentModel model;
        Reassignment billed = row("a3", 40, "m2");
        billed.billed = true;
        model.setRows({ row("a1", 95, "m1"), row("a2", 0, ""), billed, row("a4", 60, "m1", "moved") });
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, ReassignmentModel::ConfidenceColumn).data().toString(), QStringLiteral("95%"));
        QCOMPARE(model.index(0, 0).data(ReassignmentModel::ConfidenceRole).toInt(), 95);
        QCOMPARE(model.index(0, 0).data(ReassignmentModel::ActivityIdRole).toString(), QStringLiteral("a1"));
        QCOMPARE(model.index(0, ReassignmentModel::HoursColumn).data().toString(), QStringLiteral("1.50"));
        QCOMPARE(model.index(0, ReassignmentModel::ReasonColumn).data().toString(), QStringLiteral("reason a1"));
        // No suggestion: said so, and no percentage.
        QCOMPARE(model.index(1, ReassignmentModel::ConfidenceColumn).data().toString(), QString());
        QVERIFY(!model.index(1, ReassignmentModel::SuggestedColumn).data().toString().isEmpty());
        // Billed and moved rows cannot be decided or edited.
        QVERIFY(model.index(0, 0).data(ReassignmentModel::DecidableRole).toBool());
        QVERIFY(!model.index(2, 0).data(ReassignmentModel::DecidableRole).toBool());
        QVERIFY(!model.index(3, 0).data(ReassignmentModel::DecidableRole).toBool());
        QVERIFY(model.flags(model.index(0, ReassignmentModel::ChosenColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(2, ReassignmentModel::ChosenColumn)) & Qt::ItemIsEditable));
        QVERIFY(!(model.flags(model.index(0, ReassignmentModel::NoteColumn)) & Qt::ItemIsEditable));
        QCOMPARE(model.index(3, ReassignmentModel::StateColumn).data(ReassignmentModel::StateKeyRole).toString(),
                 QStringLiteral("moved"));
    }

    void checkStateIsKeptAcrossReloads()
    {
        ReassignmentModel model;
        model.setRows({ row("a1", 95, "m1"), row("a2", 50, "m2"), row("a3", 70, "m1") });
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QSignalSpy checked(&model, &ReassignmentModel::checkedChanged);
        QVERIFY(model.setData(model.index(2, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(checked.count(), 2);
        QCOMPARE(model.checkedIds(), (QStringList { QStringLiteral("a1"), QStringLiteral("a3") }));
        QVERIFY(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.checkedIds(), QStringList { QStringLiteral("a3") });

        // Reloaded (a decision stored, a row gone): marks of rows still listed stay.
        model.setRows({ row("a3", 70, "m1"), row("a2", 50, "m2") });
        QCOMPARE(model.checkedIds(), QStringList { QStringLiteral("a3") });
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        model.setRows({ row("a2", 50, "m2") });
        QVERIFY(model.checkedIds().isEmpty());

        model.setRows({ row("a1", 95, "m1"), row("a2", 50, "m2") });
        model.setAllChecked(true);
        QCOMPARE(model.checkedIds().size(), 2);
        model.setAllChecked(false);
        QVERIFY(model.checkedIds().isEmpty());
    }

    void sortingByConfidence()
    {
        ReassignmentModel model;
        model.setRows({ row("a1", 60, "m1"), row("a2", 0, ""), row("a3", 95, "m2"), row("a4", 9, "m1") });
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(ReassignmentModel::SortRole);
        sorted.sort(ReassignmentModel::ConfidenceColumn, Qt::DescendingOrder);
        QStringList order;
        for (int i = 0; i < sorted.rowCount(); ++i)
            order << sorted.index(i, 0).data(ReassignmentModel::ActivityIdRole).toString();
        // Numerically (9 below 60, not above it as text would be); no suggestion last.
        QCOMPARE(
            order,
            (QStringList { QStringLiteral("a3"), QStringLiteral("a1"), QStringLiteral("a4"), QStringLiteral("a2") }));
    }

    void choosingAMatterIsAnnouncedNotStored()
    {
        ReassignmentModel model;
        model.setRows({ row("a1", 40, "m1") });
        model.setCandidates({ candidate("m1", "00001", "Lease review"), candidate("m2", "00002", "Estate plan") });
        const QVariantList choices =
            model.index(0, ReassignmentModel::ChosenColumn).data(ReassignmentModel::CandidatesRole).toList();
        QCOMPARE(choices.size(), 2);
        QCOMPARE(choices.at(1).toMap().value(QStringLiteral("id")).toString(), QStringLiteral("m2"));
        QVERIFY(
            choices.at(1).toMap().value(QStringLiteral("label")).toString().contains(QStringLiteral("Estate plan")));

        QSignalSpy chosen(&model, &ReassignmentModel::matterChosen);
        QVERIFY(!model.setData(model.index(0, ReassignmentModel::ChosenColumn), QStringLiteral("m9"))); // not a matter
        QCOMPARE(chosen.count(), 0);
        QVERIFY(model.setData(model.index(0, ReassignmentModel::ChosenColumn), QStringLiteral("m2")));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("a1"));
        QCOMPARE(chosen.at(0).at(1).toString(), QStringLiteral("m2"));
        QCOMPARE(model.index(0, 0).data(ReassignmentModel::ChosenMatterIdRole).toString(), QStringLiteral("m2"));
        QCOMPARE(model.index(0, 0).data(ReassignmentModel::DecisionRole).toInt(), int(Reassignment::Decision::Accept));
    }
};

QTEST_MAIN(TestPlaceholderModels)
#include "TestPlaceholderModels.moc"
