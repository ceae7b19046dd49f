#include "credentials/CredentialStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Cutover;

// Runs against the real Secret Service of the session bus: the test command
// (scripts/test.sh) starts gnome-keyring-daemon, unlocked, under dbus-run-session.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesReadsAndRemovesASecret();
    void keepsProjectsApart();
    void reportsAMissingSecret();
    void secretIsInTheSystemKeyring();

private:
    CredentialStore::Result wait(const std::function<void(CredentialStore::Callback)> &call);
};

CredentialStore::Result TestCredentialStore::wait(const std::function<void(CredentialStore::Callback)> &call)
{
    // Shared, so a late answer after a time-out writes somewhere that still exists.
    auto result = std::make_shared<std::optional<CredentialStore::Result>>();
    call([result](const CredentialStore::Result &r) { *result = r; });
    // The keychain answers over D-Bus; give it time but never hang the suite.
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 20000)) {
        CredentialStore::Result timedOut;
        timedOut.error = CredentialStore::Error::Other;
        timedOut.message = QStringLiteral("no answer from the keychain within 20 s");
        return timedOut;
    }
    return **result;
}

void TestCredentialStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the suite with scripts/test.sh, which starts one with an unlocked "
              "gnome-keyring.");
}

void TestCredentialStore::writesReadsAndRemovesASecret()
{
    CredentialStore store(QUuid::createUuid());
    // Binary-safe: OAuth refresh tokens are opaque bytes.
    const QByteArray secret("rt-\x00\x01\xff-token", 13);
    auto r = wait([&](auto done) { store.write(QStringLiteral("clio.refresh_token"), secret, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(r.message.isEmpty());

    r = wait([&](auto done) { store.read(QStringLiteral("clio.refresh_token"), done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.secret, secret);

    r = wait([&](auto done) { store.remove(QStringLiteral("clio.refresh_token"), done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = wait([&](auto done) { store.read(QStringLiteral("clio.refresh_token"), done); });
    QCOMPARE(r.error, CredentialStore::Error::NotFound);
}

void TestCredentialStore::keepsProjectsApart()
{
    CredentialStore a(QUuid::createUuid());
    CredentialStore b(QUuid::createUuid());
    QVERIFY(a.keychainKey(QStringLiteral("clio.client_secret")) != b.keychainKey(QStringLiteral("clio.client_secret")));
    auto r = wait([&](auto done) { a.write(QStringLiteral("clio.client_secret"), "secret-of-a", done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = wait([&](auto done) { b.write(QStringLiteral("clio.client_secret"), "secret-of-b", done); });
    QVERIFY2(r.ok(), qPrintable(r.message));

    r = wait([&](auto done) { a.read(QStringLiteral("clio.client_secret"), done); });
    QCOMPARE(r.secret, QByteArray("secret-of-a"));
    r = wait([&](auto done) { b.read(QStringLiteral("clio.client_secret"), done); });
    QCOMPARE(r.secret, QByteArray("secret-of-b"));
    wait([&](auto done) { a.remove(QStringLiteral("clio.client_secret"), done); });
    r = wait([&](auto done) { b.read(QStringLiteral("clio.client_secret"), done); });
    QCOMPARE(r.secret, QByteArray("secret-of-b"));
    wait([&](auto done) { b.remove(QStringLiteral("clio.client_secret"), done); });
}

void TestCredentialStore::reportsAMissingSecret()
{
    CredentialStore store(QUuid::createUuid());
    const auto r = wait([&](auto done) { store.read(QStringLiteral("never.written"), done); });
    QCOMPARE(r.error, CredentialStore::Error::NotFound);
    QVERIFY(r.message.contains(QLatin1String("never.written")));
    QVERIFY(r.secret.isEmpty());
}

void TestCredentialStore::secretIsInTheSystemKeyring()
{
    // Read it back with another Secret Service client, so the test proves the
    // secret went to the keyring and not to some store of QtKeychain's own.
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty())
        QFAIL("secret-tool (Debian package libsecret-tools) is needed for this test.");
    CredentialStore store(QUuid::createUuid());
    auto r = wait([&](auto done) { store.write(QStringLiteral("source.db_password"), "pa55-w0rd", done); });
    QVERIFY2(r.ok(), qPrintable(r.message));

    QProcess tool;
    tool.start(secretTool,
               { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--unlock"), QStringLiteral("user"),
                 store.keychainKey(QStringLiteral("source.db_password")) });
    QVERIFY(tool.waitForFinished(20000));
    const QByteArray listing = tool.readAllStandardOutput() + tool.readAllStandardError();
    QVERIFY2(listing.contains("attribute.server = " + CredentialStore::serviceName().toUtf8()), listing.constData());
    // QtKeychain files binary secrets base64-encoded and says so in the item.
    QVERIFY2(listing.contains("attribute.type = base64"), listing.constData());
    QByteArray stored;
    for (const QByteArray &line : listing.split('\n')) {
        if (line.startsWith("secret = "))
            stored = QByteArray::fromBase64(line.mid(9).trimmed());
    }
    QCOMPARE(stored, QByteArray("pa55-w0rd"));
    wait([&](auto done) { store.remove(QStringLiteral("source.db_password"), done); });
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "TestCredentialStore.moc"
