#pragma once

#include <QObject>
#include <QUuid>

#include <functional>
#include <optional>

namespace Cutover {

// Passwords, API secrets and OAuth tokens of one project, kept in the operating
// system's keychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Manager) through QtKeychain, under "<project uuid>/<name>". Never in the
// project file, QSettings or a log: when no keychain is available the call fails
// with a message that says so; there is no plain-text fallback.
//
// Every call is asynchronous; `done` runs on this object's thread, and not at
// all if the store is destroyed first.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Error {
        None,
        NotFound,
        NoKeychain,
        AccessDenied,
        Other,
    };
    Q_ENUM(Error)

    struct Result
    {
        Error error = Error::None;
        QString message; // a sentence for the user; empty on success
        QByteArray secret; // read() only

        bool ok() const { return error == Error::None; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit CredentialStore(const QUuid &projectId, QObject *parent = nullptr);

    // The keychain service every Cutover secret is filed under.
    static QString serviceName();
    QString keychainKey(const QString &name) const;
    QUuid projectId() const { return m_projectId; }

    void write(const QString &name, const QByteArray &secret, Callback done);
    void read(const QString &name, Callback done);
    void remove(const QString &name, Callback done);

private:
    bool reportUnreachable(const QString &name, const Callback &done);

    QUuid m_projectId;
};

} // namespace Cutover
