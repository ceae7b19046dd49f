#include "ProjectSession.h"
#include "StepListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;

class TestStepListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void listsEveryStepInOrderWithoutAProject();
    void followsTheOpenProject();
};

void TestStepListModel::listsEveryStepInOrderWithoutAProject()
{
    ProjectSession session;
    StepListModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 7);
    const QStringList expected = { "Project", "Close out", "Cutoff", "Export", "Placeholder", "Import", "Review" };
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row);
        QCOMPARE(i.data().toString(), expected.at(row));
        QCOMPARE(i.data(StepListModel::StepRole).toInt(), row);
        QCOMPARE(i.data(StepListModel::StateRole).toInt(), int(StepState::NotStarted));
    }
    QVERIFY(model.index(0).data(StepListModel::IsCurrentRole).toBool());
    QVERIFY(model.index(3).data(Qt::ToolTipRole).toString().contains(QString("Export — Not started")));
}

void TestStepListModel::followsTheOpenProject()
{
    QTemporaryDir dir;
    ProjectSession session;
    StepListModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    ProjectSettings s = ProjectSettings::defaultsForThisMachine();
    s.firmName = QStringLiteral("Lakeside Collections");
    QString error;
    QVERIFY2(session.create(dir.filePath(QStringLiteral("l.cutover")), s, &error), qPrintable(error));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.index(0).data(StepListModel::StateRole).toInt(), int(StepState::Done));

    session.store()->setCurrentStep(WizardStep::Cutoff);
    QCOMPARE(model.index(2).data(StepListModel::StateRole).toInt(), int(StepState::InProgress));
    QVERIFY(model.index(2).data(StepListModel::IsCurrentRole).toBool());
    QVERIFY(!model.index(0).data(StepListModel::IsCurrentRole).toBool());
    QVERIFY(changed.count() >= 2);

    const int before = changed.count();
    session.store()->setStepState(WizardStep::Cutoff, StepState::Done);
    QCOMPARE(changed.count(), before + 1);
    QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(model.state(WizardStep::Cutoff), StepState::Done);

    session.close();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.index(2).data(StepListModel::StateRole).toInt(), int(StepState::NotStarted));
}

QTEST_GUILESS_MAIN(TestStepListModel)
#include "TestStepListModel.moc"
