#include "TargetOptions.h"

#include "jobs/Job.h"
#include "targets/ClioConnector.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace Cutover::Cli::TargetOptions {

namespace {

// The strings keep the context they were first translated in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::ImportCommand)
};

const QString kDefaultBaseUrl = QStringLiteral("https://app.clio.com");
const QString kDefaultTokenEnv = QStringLiteral("CUTOVER_CLIO_TOKEN");

} // namespace

void addClioOptions(QCommandLineParser &parser)
{
    parser.addOption(
        { QStringLiteral("base-url"),
          Tr::tr("Clio's address for the firm's region, or a sandbox's (default %1).").arg(kDefaultBaseUrl),
          Tr::tr("url") });
    parser.addOption({ QStringLiteral("token-env"),
                       Tr::tr("The environment variable holding the Clio access token (default %1). The token is "
                              "never printed.")
                           .arg(kDefaultTokenEnv),
                       Tr::tr("name") });
}

// The target's address and the token from the environment; false with a
// message (never the token) when either is missing.
bool clioAccess(const QCommandLineParser &parser, const QString &command, QUrl *baseUrl, QByteArray *token,
                QString *error)
{
    const QString url =
        parser.isSet(QStringLiteral("base-url")) ? parser.value(QStringLiteral("base-url")) : kDefaultBaseUrl;
    *baseUrl = QUrl(url);
    if (!baseUrl->isValid()
        || (baseUrl->scheme() != QLatin1String("https") && baseUrl->scheme() != QLatin1String("http"))
        || baseUrl->host().isEmpty()) {
        *error = Tr::tr("%1: “%2” is not an http(s) address.").arg(command, url);
        return false;
    }
    const QString variable =
        parser.isSet(QStringLiteral("token-env")) ? parser.value(QStringLiteral("token-env")) : kDefaultTokenEnv;
    *token = qgetenv(variable.toLocal8Bit().constData());
    if (token->trimmed().isEmpty()) {
        *error = Tr::tr("%1: no Clio access token: set the environment variable %2 to it (or name another variable "
                        "with --token-env).")
                     .arg(command, variable);
        return false;
    }
    return true;
}

ConnectorFactory clioFactory(const QUrl &baseUrl, const QByteArray &token)
{
    return [baseUrl, token]() -> std::unique_ptr<TargetConnector> {
        return std::make_unique<ClioConnector>(baseUrl, token);
    };
}

void printJson(const QJsonObject &o)
{
    QTextStream out(stdout);
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

void showProgress(Job &job)
{
    if (!isatty(fileno(stderr)))
        return;
    QObject::connect(&job, &Job::progressChanged, [](const JobProgress &p) {
        const QString eta = p.etaSeconds >= 0 ? Tr::tr(", %1 s left").arg(p.etaSeconds) : QString();
        std::fprintf(stderr, "\r%s",
                     qPrintable(Tr::tr("%1: %2/%3 · %4 sent · %5/s%6   ")
                                    .arg(p.stage)
                                    .arg(p.done)
                                    .arg(p.total)
                                    .arg(p.items)
                                    .arg(p.itemsPerSecond, 0, 'f', 1)
                                    .arg(eta)));
    });
}

void endProgress()
{
    if (isatty(fileno(stderr)))
        std::fprintf(stderr, "\n");
}

} // namespace Cutover::Cli::TargetOptions
