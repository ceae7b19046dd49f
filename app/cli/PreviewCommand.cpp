#include "PreviewCommand.h"

#include "sources/SourceReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace Cutover::Cli {

PreviewCommand::PreviewCommand()
    : Command(QStringLiteral("preview"), tr("Print an export file's cells exactly as Cutover reads them."))
{
}

void PreviewCommand::describe(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("file"), tr("A CSV or XLSX export file."));
    parser.addOption({ QStringLiteral("sheet"), tr("The workbook sheet to read (default: the first)."), tr("name") });
    parser.addOption({ QStringLiteral("encoding"),
                       tr("The text encoding: %1 (default: detected).")
                           .arg(ReaderOptions::supportedEncodings().join(QStringLiteral(", "))),
                       tr("encoding") });
    parser.addOption(
        { QStringLiteral("delimiter"), tr("The field delimiter: , ; tab or | (default: detected)."), tr("char") });
    parser.addOption({ QStringLiteral("limit"),
                       tr("At most this many rows, the header included (default 20; 0 = all)."), tr("n"),
                       QStringLiteral("20") });
    parser.addOption({ QStringLiteral("json"), tr("Print a JSON array of rows, each an array of strings.") });
}

int PreviewCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("preview: give exactly one file."), UsageError);
    ReaderOptions options;
    options.sheet = parser.value(QStringLiteral("sheet"));
    options.encoding = parser.value(QStringLiteral("encoding"));
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString d = parser.value(QStringLiteral("delimiter"));
        if (d == QLatin1String("tab") || d == QLatin1String("\\t"))
            options.delimiter = QLatin1Char('\t');
        else if (d.size() == 1 && QStringLiteral(",;|\t").contains(d))
            options.delimiter = d.at(0);
        else
            return fail(tr("preview: the delimiter must be one of , ; tab |."), UsageError);
    }
    bool ok = false;
    const qint64 limit = parser.value(QStringLiteral("limit")).toLongLong(&ok);
    if (!ok || limit < 0)
        return fail(tr("preview: --limit takes a whole number."), UsageError);

    ReaderMessage error;
    auto reader = SourceReader::open(positional.constFirst(), options, &error);
    if (!reader)
        return fail(tr("preview: %1: %2").arg(error.where.toString(), error.message));

    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray rows;
    QStringList cells;
    qint64 count = 0;
    while ((limit == 0 || count < limit) && reader->readRecord(cells)) {
        ++count;
        if (json)
            rows.append(QJsonArray::fromStringList(cells));
        else
            out() << QStringLiteral("%1: ").arg(reader->row(), 6) << cells.join(QStringLiteral(" | ")) << '\n';
    }
    if (json)
        out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    for (const ReaderMessage &w : reader->takeWarnings())
        std::fprintf(stderr, "%s\n", qPrintable(tr("warning: %1: %2").arg(w.where.toString(), w.message)));
    if (reader->hasError())
        return fail(tr("preview: %1: %2").arg(reader->error().where.toString(), reader->error().message));
    return Success;
}

} // namespace Cutover::Cli
