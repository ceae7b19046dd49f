#pragma once

// What the commands that talk to Clio share: the --base-url and --token-env
// options, the token from the environment (never printed), the connector
// factory, JSON output and progress on a terminal.

#include "importing/ImportEngine.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Cutover {
class Job;
}

namespace Cutover::Cli::TargetOptions {

void addClioOptions(QCommandLineParser &parser);
// The target's address and the token from the environment; false with a
// message (never the token) when either is missing. `command` names the
// command in the message.
bool clioAccess(const QCommandLineParser &parser, const QString &command, QUrl *baseUrl, QByteArray *token,
                QString *error);
ConnectorFactory clioFactory(const QUrl &baseUrl, const QByteArray &token);
void printJson(const QJsonObject &o);
// Progress on stderr, one line rewritten in place, when stderr is a terminal.
void showProgress(Job &job);
// Ends the progress line.
void endProgress();

} // namespace Cutover::Cli::TargetOptions
