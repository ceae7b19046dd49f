#include "CredentialStore.h"

#include <QCoreApplication>
#include <QMetaObject>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#define CUTOVER_SECRET_SERVICE 1
#include <QDBusConnection>
#endif
#include <qt6keychain/keychain.h>

namespace Cutover {

namespace {

// Free functions name their context in full so lupdate files the strings where
// they are looked up.
QString noKeychainMessage(const QString &name, const QString &detail)
{
    return QCoreApplication::translate(
               "Cutover::CredentialStore",
               "No system keychain is available to keep “%1” (%2). Cutover keeps passwords and tokens only in the "
               "system keychain, never in plain text: start or unlock your keyring (for example GNOME Keyring or "
               "KWallet) and try again.")
        .arg(name, detail);
}

CredentialStore::Result resultOf(QKeychain::Job *job, const QString &name)
{
    CredentialStore::Result r;
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        return r;
    case QKeychain::EntryNotFound:
        r.error = CredentialStore::Error::NotFound;
        r.message = QCoreApplication::translate("Cutover::CredentialStore",
                                                "No saved secret “%1” was found in the system keychain.")
                        .arg(name);
        return r;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.error = CredentialStore::Error::AccessDenied;
        r.message = QCoreApplication::translate(
                        "Cutover::CredentialStore",
                        "The system keychain refused access to “%1” (%2). Unlock the keychain and try again.")
                        .arg(name, detail);
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.error = CredentialStore::Error::NoKeychain;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        r.error = CredentialStore::Error::Other;
        break;
    }
    if (r.error == CredentialStore::Error::NoKeychain) {
        r.message = noKeychainMessage(name, detail);
    } else {
        r.message =
            QCoreApplication::translate("Cutover::CredentialStore", "The system keychain could not handle “%1”: %2")
                .arg(name, detail);
    }
    return r;
}

// On Linux the keychain is a D-Bus service; without a session bus QtKeychain
// reports a bare connection error, so say plainly that there is no keychain.
std::optional<CredentialStore::Result> keychainUnreachable(const QString &name)
{
#ifdef CUTOVER_SECRET_SERVICE
    if (!QDBusConnection::sessionBus().isConnected()) {
        CredentialStore::Result r;
        r.error = CredentialStore::Error::NoKeychain;
        r.message = noKeychainMessage(
            name, QCoreApplication::translate("Cutover::CredentialStore", "there is no D-Bus session bus"));
        return r;
    }
#else
    Q_UNUSED(name)
#endif
    return std::nullopt;
}

template<typename JobType> JobType *makeJob(QObject *owner, const QString &key)
{
    auto *job = new JobType(CredentialStore::serviceName(), owner);
    job->setAutoDelete(true);
    // Explicit although it is the default: a secret must never land in a settings file.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

bool CredentialStore::reportUnreachable(const QString &name, const Callback &done)
{
    const auto r = keychainUnreachable(name);
    if (!r)
        return false;
    // Still asynchronous, like every other answer.
    QMetaObject::invokeMethod(
        this, [done, result = *r] { done(result); }, Qt::QueuedConnection);
    return true;
}

CredentialStore::CredentialStore(const QUuid &projectId, QObject *parent)
    : QObject(parent)
    , m_projectId(projectId)
{
}

QString CredentialStore::serviceName()
{
    return QStringLiteral("Cutover");
}

QString CredentialStore::keychainKey(const QString &name) const
{
    return m_projectId.toString(QUuid::WithoutBraces) + QLatin1Char('/') + name;
}

void CredentialStore::write(const QString &name, const QByteArray &secret, Callback done)
{
    if (reportUnreachable(name, done))
        return;
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, keychainKey(name));
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [name, done = std::move(done)](QKeychain::Job *j) { done(resultOf(j, name)); });
    job->start();
}

void CredentialStore::read(const QString &name, Callback done)
{
    if (reportUnreachable(name, done))
        return;
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, keychainKey(name));
    connect(job, &QKeychain::Job::finished, this, [name, done = std::move(done)](QKeychain::Job *j) {
        Result r = resultOf(j, name);
        if (r.ok())
            r.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
        done(r);
    });
    job->start();
}

void CredentialStore::remove(const QString &name, Callback done)
{
    if (reportUnreachable(name, done))
        return;
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, keychainKey(name));
    connect(job, &QKeychain::Job::finished, this,
            [name, done = std::move(done)](QKeychain::Job *j) { done(resultOf(j, name)); });
    job->start();
}

} // namespace Cutover
