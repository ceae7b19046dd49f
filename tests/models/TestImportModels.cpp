#include "importing/ImportProgressModel.h"
#include "importing/LedgerFailureModel.h"
#include "importing/UserMappingModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Cutover;

// The Import page's item models, without the page.
class TestImportModels : public QObject
{
    Q_OBJECT

private slots:
    void progressRateAndEta()
    {
        ImportProgressModel model;
        EntityLedgerCounts contacts { QStringLiteral("contact"), 100, 100, 0, 0, 0, 0, 0 };
        EntityLedgerCounts time { QStringLiteral("time_entry"), 1000, 1000, 0, 0, 0, 0, 0 };
        model.setCounts({ contacts, time }, 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1, ImportProgressModel::EntityColumn)).toString(),
                 RecordKinds::title(RecordKind::TimeEntry));
        QCOMPARE(model.rate(QStringLiteral("contact")), 0.0);
        QCOMPARE(model.etaSeconds(QStringLiteral("contact")), -1);

        // Contacts move 50 in 10 s: 5/s, 50 left: 10 s. Time entries wait their
        // turn, then move 200 in the next 2 s: 100/s, 800 left: 8 s.
        contacts.created = 40;
        contacts.failed = 5;
        contacts.skipped = 5;
        model.setCounts({ contacts, time }, 10000);
        QCOMPARE(model.rate(QStringLiteral("contact")), 5.0);
        QCOMPARE(model.etaSeconds(QStringLiteral("contact")), 10);
        QCOMPARE(
            model.data(model.index(0, ImportProgressModel::FailedColumn), ImportProgressModel::ValueRole).toLongLong(),
            5);
        time.created = 200;
        model.setCounts({ contacts, time }, 12000);
        QCOMPARE(model.rate(QStringLiteral("time_entry")), 100.0);
        QCOMPARE(model.etaSeconds(QStringLiteral("time_entry")), 8);

        contacts.created = 90;
        model.setCounts({ contacts, time }, 13000);
        QCOMPARE(model.etaSeconds(QStringLiteral("contact")), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void userMappingEditsAndMissingUsers()
    {
        UserMappingModel model;
        UserMapping ann;
        ann.sourceKey = QStringLiteral("U1");
        ann.sourceName = QStringLiteral("Ann Able");
        ann.entries = 12;
        UserMapping bob = ann;
        bob.sourceKey = QStringLiteral("U2");
        bob.sourceName = QStringLiteral("Bob Baker");
        bob.entries = 3;
        bob.targetId = QStringLiteral("7");
        bob.targetName = QStringLiteral("Bob Baker");
        bob.how = QStringLiteral("email");
        UserMapping idle = ann;
        idle.sourceKey = QStringLiteral("U3");
        idle.sourceName = QStringLiteral("Cy Crane");
        idle.entries = 0; // nothing to import: not missing
        model.setMappings({ ann, bob, idle });
        QCOMPARE(model.unmappedNames(), QStringList { QStringLiteral("Ann Able") });
        QVERIFY(model.data(model.index(0, UserMappingModel::TargetColumn), UserMappingModel::UnmappedRole).toBool());
        // No target users known: nothing to choose from.
        QVERIFY(!(model.flags(model.index(0, UserMappingModel::TargetColumn)) & Qt::ItemIsEditable));

        IncomingRecord u1;
        u1.kind = RecordKind::User;
        u1.id = QStringLiteral("5");
        u1.fields = { { QStringLiteral("name"), QStringLiteral("Ann Able-Smith") },
                      { QStringLiteral("email"), QStringLiteral("ann@firm.test") } };
        model.setTargetUsers(UserMappingModel::targetUsersFrom({ u1 }));
        const QModelIndex target = model.index(0, UserMappingModel::TargetColumn);
        QVERIFY(model.flags(target) & Qt::ItemIsEditable);
        QCOMPARE(model.data(target, UserMappingModel::TargetChoicesRole).toList().size(), 1);
        QSignalSpy edited(&model, &UserMappingModel::mappingEdited);
        QVERIFY(!model.setData(target, QStringLiteral("404"))); // not a target user
        QVERIFY(model.setData(target, QStringLiteral("5")));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(model.mappings().at(0).targetName, QStringLiteral("Ann Able-Smith"));
        QCOMPARE(model.mappings().at(0).how, QStringLiteral("manual"));
        QVERIFY(model.unmappedNames().isEmpty());
        QVERIFY(model.setData(target, QString()));
        QCOMPARE(model.unmappedNames(), QStringList { QStringLiteral("Ann Able") });
    }

    void failures()
    {
        LedgerFailureModel model;
        model.setFailures({ { QStringLiteral("matter"), QStringLiteral("M9"), QStringLiteral("M9 Bad matter"), 3,
                              QStringLiteral("Matter M9: description is missing") } });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, LedgerFailureModel::RecordColumn)).toString(),
                 QStringLiteral("M9 Bad matter"));
        QCOMPARE(model.data(model.index(0, LedgerFailureModel::EntityColumn)).toString(),
                 RecordKinds::title(RecordKind::Matter));
        QCOMPARE(model.data(model.index(0, LedgerFailureModel::AttemptsColumn)).toString(), QStringLiteral("3"));
        QVERIFY(model.data(model.index(0, LedgerFailureModel::ErrorColumn)).toString().contains(u"M9"));
    }
};

QTEST_GUILESS_MAIN(TestImportModels)
#include "TestImportModels.moc"
