#include "credentials/CredentialStore.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Cutover;

// Run by CTest with DBUS_SESSION_BUS_ADDRESS pointing nowhere: no keychain can
// be reached. The store must say so, and must not keep the secret anywhere else.
class TestCredentialStoreUnavailable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeFailsWithAClearMessageAndNoFallback();
};

void TestCredentialStoreUnavailable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Cutover"));
    QCoreApplication::setApplicationName(QStringLiteral("CutoverTest"));
    QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent")),
             "CTest runs this with an unreachable D-Bus session address.");
}

void TestCredentialStoreUnavailable::writeFailsWithAClearMessageAndNoFallback()
{
    QSettings().clear();
    CredentialStore store(QUuid::createUuid());
    std::optional<CredentialStore::Result> result;
    store.write(QStringLiteral("clio.client_secret"), "do-not-leak-me",
                [&result](const CredentialStore::Result &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
    QVERIFY(!result->ok());
    qInfo("keychain said: %s", qPrintable(result->message));
    QVERIFY2(result->error == CredentialStore::Error::NoKeychain, qPrintable(result->message));
    QVERIFY2(result->message.contains(QLatin1String("No system keychain")), qPrintable(result->message));
    QVERIFY2(result->message.contains(QLatin1String("keychain")), qPrintable(result->message));
    QVERIFY2(result->message.contains(QLatin1String("clio.client_secret")), qPrintable(result->message));

    // QtKeychain's plain-text fallback would have written to the application's QSettings.
    QSettings settings;
    settings.sync();
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QLatin1String("do-not-leak-me")), qPrintable(key));
    QVERIFY2(settings.allKeys().isEmpty(), qPrintable(settings.allKeys().join(QLatin1Char(','))));
}

QTEST_GUILESS_MAIN(TestCredentialStoreUnavailable)
#include "TestCredentialStoreUnavailable.moc"
