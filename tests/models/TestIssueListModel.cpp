#include "staging/IssueListModel.h"
#include "store/ProjectStore.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;

// The issue list reads a snapshot's issues in pages as a view asks for them,
// never all at once, and filters in the database.
class TestIssueListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_snapshot = 0;

    QString connection() const { return m_store->database().connectionName(); }

    qint64 exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_store->database());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.lastInsertId().toLongLong();
    }

    qint64 addSnapshot()
    {
        return exec(QStringLiteral("INSERT INTO snapshot (kind, state, started_at_utc, completed_at_utc, time_zone, "
                                   "created_by) VALUES ('trial', 'complete', '2026-03-01T10:00:00Z', "
                                   "'2026-03-01T10:01:00Z', 'UTC', 'test')"));
    }

    qint64 addFile(qint64 snapshot, const QString &path)
    {
        return exec(QStringLiteral("INSERT INTO source_file (snapshot_id, state, path, size, format, entity, map_json) "
                                   "VALUES (?, 'complete', ?, 100, 'csv', 'time_entry', '{}')"),
                    { snapshot, path });
    }

    // `count` issues in `file`: every tenth an error, every third a warning, the
    // rest notes; row = 2 + index.
    void addIssues(qint64 snapshot, qint64 file, int count)
    {
        QSqlDatabase db = m_store->database();
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO staging_issue (snapshot_id, file_id, entity, row, column_no, "
                                         "column_name, severity, code, message, raw_value) "
                                         "VALUES (?, ?, 'time_entry', ?, 4, 'Date', ?, ?, ?, ?)")));
        for (int i = 0; i < count; ++i) {
            const char *severity = i % 10 == 0 ? "error" : i % 3 == 0 ? "warning" : "info";
            q.bindValue(0, snapshot);
            q.bindValue(1, file);
            q.bindValue(2, 2 + i);
            q.bindValue(3, QString::fromLatin1(severity));
            q.bindValue(4, i % 10 == 0 ? QStringLiteral("bad_date") : QStringLiteral("note_%1").arg(i % 3));
            q.bindValue(5, QStringLiteral("Problem number %1").arg(i));
            q.bindValue(6, i == 1234 ? QStringLiteral("needle") : QStringLiteral("value %1").arg(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(db.commit());
    }

    static void fetchAll(IssueListModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
    }

private slots:
    void initTestCase()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QVERIFY(m_dir.isValid());
        ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
        settings.firmName = QStringLiteral("Issues LLP");
        QString error;
        m_store = ProjectStore::create(m_dir.filePath(QStringLiteral("issues.cutover")), settings, &error);
        QVERIFY2(m_store, qPrintable(error));
        m_snapshot = addSnapshot();
        const qint64 file = addFile(m_snapshot, QStringLiteral("/exports/time.csv"));
        addIssues(m_snapshot, file, 2000);
        // Another snapshot's issues never show.
        const qint64 other = addSnapshot();
        addIssues(other, addFile(other, QStringLiteral("/exports/other.csv")), 30);
    }

    void cleanupTestCase() { m_store.reset(); }

    void emptyUntilGivenASnapshot()
    {
        IssueListModel model;
        // (QAbstractItemModelTester is not used: in Qt 6.4 it calls fetchMore()
        // from its own modelReset handler, which both loads pages behind the
        // test's back and trips its own in-flight check.)
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.columnCount(), int(IssueListModel::ColumnCount));
        model.setSource(connection(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void fetchesInPagesOf500()
    {
        IssueListModel model;
        model.setSource(connection(), m_snapshot);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        for (int page = 1; page <= 4; ++page) {
            model.fetchMore({});
            QCOMPARE(model.rowCount(), page * IssueListModel::kPageSize);
        }
        // A full last page cannot know it was the last: one more fetch finds nothing.
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2000);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.matchingCount(), 2000);

        // In file order, with the location and the problem in their columns.
        const QModelIndex first = model.index(0, IssueListModel::FileColumn);
        QCOMPARE(first.data().toString(), QStringLiteral("time.csv"));
        QCOMPARE(first.data(IssueListModel::PathRole).toString(), QStringLiteral("/exports/time.csv"));
        QCOMPARE(model.index(0, IssueListModel::RowColumn).data().toLongLong(), 2);
        QCOMPARE(model.index(0, IssueListModel::ColumnColumn).data().toString(), QStringLiteral("Date"));
        QCOMPARE(model.index(0, IssueListModel::SeverityColumn).data(IssueListModel::SeverityRole).toInt(),
                 int(IssueSeverity::Error));
        QCOMPARE(model.index(0, IssueListModel::CodeColumn).data().toString(), QStringLiteral("bad_date"));
        QCOMPARE(model.index(1999, IssueListModel::MessageColumn).data().toString(),
                 QStringLiteral("Problem number 1999"));
        QCOMPARE(model.index(1999, IssueListModel::RawValueColumn).data().toString(), QStringLiteral("value 1999"));
        QCOMPARE(model.headerData(IssueListModel::RowColumn, Qt::Horizontal).toString(), QStringLiteral("Row"));
    }

    void filtersBySeverityCodeAndText()
    {
        IssueListModel model;
        model.setSource(connection(), m_snapshot);

        IssueFilter errors;
        errors.severity = IssueSeverity::Error;
        model.setFilter(errors);
        QCOMPARE(model.rowCount(), 0); // a new filter starts from the top again
        fetchAll(model);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.matchingCount(), 200);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, 0).data(IssueListModel::SeverityRole).toInt(), int(IssueSeverity::Error));

        IssueFilter byCode;
        byCode.code = QStringLiteral("note_1");
        model.setFilter(byCode);
        fetchAll(model);
        QCOMPARE(model.matchingCount(), qint64(model.rowCount()));
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, IssueListModel::CodeColumn).data().toString(), QStringLiteral("note_1"));

        IssueFilter byText;
        byText.text = QStringLiteral("NEEDLE"); // case-insensitive, in the raw value
        model.setFilter(byText);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, IssueListModel::RowColumn).data().toLongLong(), 1236);
    }

    void aViewFetchesOnlyWhatItShows()
    {
        IssueListModel model;
        model.setSource(connection(), m_snapshot);
        QTableView view;
        view.resize(600, 300);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(model.rowCount() > 0);
        QCOMPARE(model.rowCount(), IssueListModel::kPageSize);
        view.scrollToBottom();
        QTRY_COMPARE(model.rowCount(), 2 * IssueListModel::kPageSize);
    }

    void aClosedConnectionEndsTheList()
    {
        IssueListModel model;
        model.setSource(QStringLiteral("no-such-connection"), m_snapshot);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.matchingCount(), 0);
    }

    void aMillionIssuesCostOnePage()
    {
        const qint64 snapshot = addSnapshot();
        const qint64 file = addFile(snapshot, QStringLiteral("/exports/big.csv"));
        // Written by SQLite itself: a million bound inserts would take most of the test's time.
        exec(QStringLiteral("INSERT INTO staging_issue (snapshot_id, file_id, entity, row, severity, code, message) "
                            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999999) "
                            "SELECT ?, ?, 'time_entry', i + 2, CASE WHEN i % 10 = 0 THEN 'error' ELSE 'info' END, "
                            "'bad_date', 'Problem number ' || i FROM n"),
             { snapshot, file });
        IssueListModel model;
        model.setSource(connection(), snapshot);
        QElapsedTimer clock;
        clock.start();
        model.fetchMore({});
        QCOMPARE(model.rowCount(), IssueListModel::kPageSize);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        // Deep in the list a page still comes quickly.
        for (int i = 0; i < 20; ++i)
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 21 * IssueListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.matchingCount(), 1'000'000);
    }
};

QTEST_MAIN(TestIssueListModel)
#include "TestIssueListModel.moc"
