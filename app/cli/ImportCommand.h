#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Cutover::Cli {

// Exit code of `import` when it ran to the end but some records failed (they
// are listed, and `import --retry-failed` sends them again).
constexpr int SomeRecordsFailed = 3;

// cutover-cli import PROJECT --target clio|csv-package [--base-url URL] [--token-env VAR] [--out DIR]
//     [--dry-run] [--retry-failed] [--concurrency N] [--json]
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::ImportCommand)

public:
    ImportCommand();

protected:
    void describe(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

// cutover-cli users PROJECT [--base-url URL] [--token-env VAR] [--map SOURCE=TARGETID ...] [--json]
class UsersCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::UsersCommand)

public:
    UsersCommand();

protected:
    void describe(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

// cutover-cli ledger PROJECT [--target-key KEY] [--json]
class LedgerCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::LedgerCommand)

public:
    LedgerCommand();

protected:
    void describe(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

// cutover-cli rollback PROJECT [--base-url URL] [--token-env VAR] [--json]
class RollbackCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::RollbackCommand)

public:
    RollbackCommand();

protected:
    void describe(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Cutover::Cli
