#pragma once

#include "SandboxApi.h"
#include "SandboxOptions.h"
#include "SandboxStore.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QRandomGenerator>

#include <memory>

class QTemporaryDir;

namespace Sandbox {

// cutover-sandbox's HTTP side on QtHttpServer: bearer check, X-API-VERSION, the
// per-token rate limit, the injected faults and the latency. The resources
// themselves are SandboxApi's. Binds 127.0.0.1 only.
//
// Latency does not hold up other requests: handleRequest() answers at once in
// the store, keeps the QHttpServerResponder and writes it from a timer.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens the data file, loads the users and listens. false + *error on failure.
    bool start(QString *error);
    quint16 port() const { return m_port; }
    QString dataFile() const { return m_dataFile; }
    const SandboxOptions &options() const { return m_options; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiReply apiReply(const ApiRequest &request, QString *fault);
    ApiReply rateLimited(const QString &token, QList<QPair<QByteArray, QByteArray>> *headers);
    ApiReply injectedFailure();
    bool roll(double probability);

    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };

    SandboxOptions m_options;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataFile;
    SandboxStore m_store;
    SandboxApi m_api;
    QRandomGenerator m_dice;
    QHash<QString, Window> m_windows;
    quint16 m_port = 0;
};

} // namespace Sandbox
