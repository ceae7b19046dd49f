#include "SandboxOptions.h"

#include <QCommandLineParser>

namespace Sandbox {

std::optional<SandboxOptions> SandboxOptions::fromArguments(const QStringList &arguments, QString *error,
                                                            QString *helpText)
{
    SandboxOptions o;
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("A local stand-in for the Clio Manage API v4 (see tests/sandbox/README.md)."));
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (0 = a free one)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("SQLite file with the sandbox's records."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("The bearer token it accepts."),
                                   QStringLiteral("T"), o.token);
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("CSV with name and email columns."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption rate(QStringLiteral("rate-limit"),
                                  QStringLiteral("Requests per 60-second window per token (0 = no limit)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption window(QStringLiteral("rate-window"),
                                    QStringLiteral("Length of the rate limit's window in seconds (Clio: 60)."),
                                    QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Delay before every answer."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption fail(QStringLiteral("fail-rate"),
                                  QStringLiteral("Probability of a 5xx answer without doing anything."),
                                  QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption drop(QStringLiteral("drop-rate"),
                                  QStringLiteral("Probability of closing the connection after a write was applied."),
                                  QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the fault dice."),
                                  QStringLiteral("S"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), QStringLiteral("OAuth client id it accepts."),
                                      QStringLiteral("ID"), o.clientId);
    const QCommandLineOption clientSecret(QStringLiteral("client-secret"),
                                          QStringLiteral("OAuth client secret it accepts."), QStringLiteral("SECRET"),
                                          o.clientSecret);
    p.addOptions({ port, data, token, users, rate, window, latency, fail, drop, seed, clientId, clientSecret });
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return std::nullopt;
    }
    if (p.isSet(help)) {
        *helpText = p.helpText();
        return std::nullopt;
    }
    if (!p.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument: %1").arg(p.positionalArguments().constFirst());
        return std::nullopt;
    }
    bool ok = false;
    const uint portValue = p.value(port).toUInt(&ok);
    if (!ok || portValue > 65535) {
        *error = QStringLiteral("--port must be a number from 0 to 65535");
        return std::nullopt;
    }
    o.port = static_cast<quint16>(portValue);
    o.dataFile = p.value(data);
    o.token = p.value(token);
    if (o.token.isEmpty()) {
        *error = QStringLiteral("--token must not be empty");
        return std::nullopt;
    }
    o.usersFile = p.value(users);
    o.rateLimit = p.value(rate).toInt(&ok);
    if (!ok || o.rateLimit < 0) {
        *error = QStringLiteral("--rate-limit must be a whole number, 0 or more");
        return std::nullopt;
    }
    o.rateWindowSeconds = p.value(window).toInt(&ok);
    if (!ok || o.rateWindowSeconds < 1) {
        *error = QStringLiteral("--rate-window must be a whole number of seconds, 1 or more");
        return std::nullopt;
    }
    o.latencyMs = p.value(latency).toInt(&ok);
    if (!ok || o.latencyMs < 0) {
        *error = QStringLiteral("--latency-ms must be a whole number, 0 or more");
        return std::nullopt;
    }
    o.failRate = p.value(fail).toDouble(&ok);
    if (!ok || o.failRate < 0.0 || o.failRate > 1.0) {
        *error = QStringLiteral("--fail-rate must be a probability from 0 to 1");
        return std::nullopt;
    }
    o.dropRate = p.value(drop).toDouble(&ok);
    if (!ok || o.dropRate < 0.0 || o.dropRate > 1.0) {
        *error = QStringLiteral("--drop-rate must be a probability from 0 to 1");
        return std::nullopt;
    }
    if (p.isSet(seed)) {
        const uint s = p.value(seed).toUInt(&ok);
        if (!ok) {
            *error = QStringLiteral("--seed must be a whole number");
            return std::nullopt;
        }
        o.seed = s;
    }
    o.clientId = p.value(clientId);
    o.clientSecret = p.value(clientSecret);
    return o;
}

} // namespace Sandbox
