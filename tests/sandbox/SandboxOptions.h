#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Sandbox {

// The switches of cutover-sandbox (see README.md). A test may fill one and run a
// SandboxServer in-process instead of starting the executable.
struct SandboxOptions
{
    quint16 port = 0;
    QString dataFile; // empty: a temporary file that goes away with the server
    QString token = QStringLiteral("sandbox-token");
    QString usersFile; // empty: the two built-in users
    int rateLimit = 0; // requests per window per token; 0 = no limit
    int rateWindowSeconds = 60; // the window's length (Clio's is 60 s; tests shorten it)
    int latencyMs = 0;
    double failRate = 0.0;
    double dropRate = 0.0;
    std::optional<quint32> seed;
    QString clientId = QStringLiteral("sandbox-client");
    QString clientSecret = QStringLiteral("sandbox-secret");

    // Parses the command line (arguments[0] is the program). Returns nullopt and
    // sets *error on a bad switch; *helpText is set when --help was asked for.
    static std::optional<SandboxOptions> fromArguments(const QStringList &arguments, QString *error, QString *helpText);
};

} // namespace Sandbox
