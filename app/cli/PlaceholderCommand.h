#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Cutover::Cli {

// cutover-cli placeholder PROJECT ACTION ...: the interim period.
//   create                       the firm contact and the "do not bill" matter in Clio
//   templates --out DIR          time-tracking workbooks (and CSVs) with drop-downs
//   load FILE...                 filled templates back, as interim entries
//   upload                       interim entries to Clio (migrated matter, else the placeholder)
//   suggest [--json]             entries on the placeholder, each with a suggested matter
//   reassign [--accept-above C]  move the accepted entries (one PATCH each, resumable)
// Exit code 3 (SomeRecordsFailed) when rows were refused or records failed.
class PlaceholderCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::PlaceholderCommand)

public:
    PlaceholderCommand();

protected:
    void describe(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;

private:
    int create(const QCommandLineParser &parser, const QString &project);
    int templates(const QCommandLineParser &parser, const QString &project);
    int load(const QCommandLineParser &parser, const QString &project, const QStringList &files);
    int upload(const QCommandLineParser &parser, const QString &project);
    int suggest(const QCommandLineParser &parser, const QString &project);
    int reassign(const QCommandLineParser &parser, const QString &project);
};

} // namespace Cutover::Cli
