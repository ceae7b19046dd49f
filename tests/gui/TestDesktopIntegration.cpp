// The end of a long job as the desktop sees it, on the test's private session
// bus (dbus-run-session): a fake notification server registered here receives
// the Notify call, and the launcher entry's Update signals are listened to.
#include "DesktopIntegration.h"
#include "JobProgressPanel.h"
#include "jobs/Job.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QVBoxLayout>

using namespace Cutover;

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

// Counts to `total` records in five steps, then ends as told.
class CountingJob : public Job
{
public:
    CountingJob(Outcome ending, QString summary)
        : m_ending(ending)
        , m_summary(std::move(summary))
    {
    }

protected:
    Outcome execute() override
    {
        for (int i = 1; i <= 5; ++i) {
            QThread::msleep(20);
            reportProgress(i, 5, i * 100, QStringLiteral("Counting"), true);
        }
        if (m_ending == Outcome::Failed)
            return failWith(m_summary);
        setSummary(m_summary);
        return m_ending;
    }

private:
    Outcome m_ending;
    QString m_summary;
};

} // namespace

// What a notification server receives; org.freedesktop.Notifications as the
// Desktop Notifications Specification 1.2 defines its methods.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        QString icon;
        QString summary;
        QString body;
        QVariantMap hints;
        int timeout = 0;
    };
    QList<Call> calls;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(replacesId);
        Q_UNUSED(actions);
        calls.append({ appName, appIcon, summary, body, hints, expireTimeout });
        emit notified();
        return uint(calls.size());
    }
    QStringList GetCapabilities() { return { QStringLiteral("body"), QStringLiteral("body-markup") }; }

signals:
    void notified();
};

// The launcher entry's Update signals, as a dock would receive them.
class LauncherListener : public QObject
{
    Q_OBJECT

public:
    struct Update
    {
        QString appUri;
        QVariantMap properties;
    };
    QList<Update> updates;

public slots:
    void onUpdate(const QString &appUri, const QVariantMap &properties)
    {
        updates.append({ appUri, properties });
        emit updated();
    }

signals:
    void updated();
};

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aLongJobEndingInTheBackgroundNotifiesAndShowsLauncherProgress();
    void aFailedJobSaysSoWithItsError();
    void staysQuietWhenTheWindowIsActiveOrTheJobWasShort();
    void theBodyFilterIsApplied();
    void noNotificationServiceIsNoError();

private:
    // Runs a job through the panel in a window that is not the active one.
    void runJob(JobProgressPanel *panel, Job::Outcome ending, const QString &summary);
    bool registerServer();

    QDBusConnection m_bus { QString() };
    FakeNotificationServer m_server;
    LauncherListener m_launcher;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<QWidget> m_other;
    JobProgressPanel *m_panel = nullptr;
};

void TestDesktopIntegration::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "no session bus: run the test under dbus-run-session, as ctest does");
    // A second connection, as another program on the bus: the fake server and a dock.
    m_bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("desktop-under-test"));
    QVERIFY(m_bus.isConnected());
    QVERIFY(m_bus.registerObject(kPath, &m_server, QDBusConnection::ExportAllSlots));
    // Only this program's updates: every test of the suite shares one session bus, and
    // another test's job sends the same launcher signal.
    QVERIFY(m_bus.connect(QDBusConnection::sessionBus().baseService(), DesktopIntegration::launcherObjectPath(),
                          QStringLiteral("com.canonical.Unity.LauncherEntry"), QStringLiteral("Update"), &m_launcher,
                          SLOT(onUpdate(QString, QVariantMap))));
}

void TestDesktopIntegration::init()
{
    // Any warning fails, but the environment's: an unset XDG_RUNTIME_DIR, and the
    // offscreen platform's note that it keeps no size hints.
    QTest::failOnWarning(QRegularExpression(
        QStringLiteral("^(?!QStandardPaths: XDG_RUNTIME_DIR|This plugin does not support propagateSizeHints)")));
    m_server.calls.clear();
    m_launcher.updates.clear();
    m_window = std::make_unique<QWidget>();
    m_window->setWindowTitle(QStringLiteral("Cutover"));
    auto *layout = new QVBoxLayout(m_window.get());
    m_panel = new JobProgressPanel(m_window.get());
    layout->addWidget(m_panel);
    m_window->show();
    // The user went to another window while the job runs.
    m_other = std::make_unique<QWidget>();
    m_other->setWindowTitle(QStringLiteral("Elsewhere"));
    m_other->show();
    m_other->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_other.get()));
    QVERIFY(!m_window->isActiveWindow());
}

void TestDesktopIntegration::cleanup()
{
    m_panel = nullptr;
    m_window.reset();
    m_other.reset();
    m_bus.unregisterService(kService);
}

bool TestDesktopIntegration::registerServer()
{
    return m_bus.registerService(kService);
}

void TestDesktopIntegration::runJob(JobProgressPanel *panel, Job::Outcome ending, const QString &summary)
{
    auto *job = new CountingJob(ending, summary);
    QSignalSpy finished(job, &Job::finished);
    panel->track(job);
    JobProgressPanel::startAndDispose(job);
    QVERIFY(finished.wait(10000));
    QTRY_VERIFY(!panel->isRunning());
}

void TestDesktopIntegration::aLongJobEndingInTheBackgroundNotifiesAndShowsLauncherProgress()
{
    QVERIFY(registerServer());
    m_panel->setNotificationThreshold(0);
    const QString summary = QStringLiteral("Snapshot 2: 500 row(s) staged from Harbor & Pine's 3 file(s).");
    QSignalSpy notified(&m_server, &FakeNotificationServer::notified);
    runJob(m_panel, Job::Outcome::Succeeded, summary);
    QVERIFY(notified.count() > 0 || notified.wait(5000));

    QCOMPARE(m_server.calls.size(), 1);
    const FakeNotificationServer::Call &call = m_server.calls.first();
    QCOMPARE(call.summary, QStringLiteral("Cutover: done"));
    // The body is the job's summary, escaped for servers that read markup.
    QCOMPARE(call.body, summary.toHtmlEscaped());
    QVERIFY(call.body.contains(QStringLiteral("Harbor &amp; Pine")));
    QCOMPARE(m_panel->resultText(), summary);
    QCOMPARE(call.icon, QStringLiteral("app.cutover.Cutover"));
    QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("app.cutover.Cutover"));
    QCOMPARE(call.appName, QCoreApplication::applicationName());

    // The launcher showed the job's progress and then hid it.
    QTRY_VERIFY(!m_launcher.updates.isEmpty()
                && !m_launcher.updates.last().properties.value(QStringLiteral("progress-visible")).toBool());
    bool sawProgress = false;
    double last = -1;
    for (const LauncherListener::Update &u : std::as_const(m_launcher.updates)) {
        QCOMPARE(u.appUri, QStringLiteral("application://app.cutover.Cutover.desktop"));
        if (!u.properties.value(QStringLiteral("progress-visible")).toBool())
            continue;
        const double progress = u.properties.value(QStringLiteral("progress")).toDouble();
        QVERIFY2(progress > 0 && progress <= 1, qPrintable(QString::number(progress)));
        QVERIFY2(progress >= last, "the launcher's progress went backwards");
        last = progress;
        sawProgress = true;
    }
    QVERIFY(sawProgress);
    QCOMPARE(DesktopIntegration::instance()->launcherProgress(), -1.0);
}

void TestDesktopIntegration::aFailedJobSaysSoWithItsError()
{
    QVERIFY(registerServer());
    m_panel->setNotificationThreshold(0);
    QSignalSpy notified(&m_server, &FakeNotificationServer::notified);
    runJob(m_panel, Job::Outcome::Failed, QStringLiteral("The project file is read-only."));
    QVERIFY(notified.count() > 0 || notified.wait(5000));
    QCOMPARE(m_server.calls.size(), 1);
    QCOMPARE(m_server.calls.first().summary, QStringLiteral("Cutover: failed"));
    QCOMPARE(m_server.calls.first().body, QStringLiteral("The project file is read-only."));
}

void TestDesktopIntegration::staysQuietWhenTheWindowIsActiveOrTheJobWasShort()
{
    QVERIFY(registerServer());
    // Short: under the (default, 10 s) threshold, while the user is elsewhere.
    QCOMPARE(m_panel->notificationThreshold(), 10000);
    runJob(m_panel, Job::Outcome::Succeeded, QStringLiteral("Short."));
    // In front of the user: threshold reached, but the window is active.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_panel->setNotificationThreshold(0);
    runJob(m_panel, Job::Outcome::Succeeded, QStringLiteral("In front."));
    // A third job, in the background, is the control: its notification arrives,
    // and it is the only one, so the two before sent none.
    m_other->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_other.get()));
    QSignalSpy notified(&m_server, &FakeNotificationServer::notified);
    runJob(m_panel, Job::Outcome::Succeeded, QStringLiteral("Background."));
    QVERIFY(notified.count() > 0 || notified.wait(5000));
    QCOMPARE(m_server.calls.size(), 1);
    QCOMPARE(m_server.calls.first().body, QStringLiteral("Background."));
}

void TestDesktopIntegration::theBodyFilterIsApplied()
{
    QVERIFY(registerServer());
    m_panel->setNotificationThreshold(0);
    DesktopIntegration::instance()->setBodyFilter(
        [](const QString &text) { return QString(text).replace(QStringLiteral("Harbor"), QStringLiteral("H•••••")); });
    QSignalSpy notified(&m_server, &FakeNotificationServer::notified);
    runJob(m_panel, Job::Outcome::Succeeded, QStringLiteral("Harbor done."));
    DesktopIntegration::instance()->setBodyFilter({});
    QVERIFY(notified.count() > 0 || notified.wait(5000));
    QCOMPARE(m_server.calls.first().body, QStringLiteral("H••••• done."));
}

void TestDesktopIntegration::noNotificationServiceIsNoError()
{
    // Nobody owns the name (unless a real server could be activated, which a
    // private test bus has not): the job ends as usual, with no warning (init fails on any).
    QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(kService));
    m_panel->setNotificationThreshold(0);
    runJob(m_panel, Job::Outcome::Succeeded, QStringLiteral("Nobody listens."));
    QTest::qWait(200);
    QCOMPARE(m_panel->resultText(), QStringLiteral("Nobody listens."));
    QVERIFY(m_server.calls.isEmpty());
}

QTEST_MAIN(TestDesktopIntegration)
#include "TestDesktopIntegration.moc"
