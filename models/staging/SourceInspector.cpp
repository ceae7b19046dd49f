#include "SourceInspector.h"

#include "sources/SourceReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <quazip/quazip.h>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::SourceInspector)
};

InspectedSource unreadable(const QString &path, const QString &sheet, const QString &message)
{
    InspectedSource s;
    s.path = path;
    s.sheet = sheet;
    s.kind = InspectedSource::Kind::Unreadable;
    // The row already names the file: its name reads better than its whole path.
    const QString name = QFileInfo(path).fileName();
    s.error = message;
    if (!name.isEmpty()) {
        s.error.replace(QDir::toNativeSeparators(path), name);
        s.error.replace(path, name);
    }
    s.size = QFileInfo(path).size();
    return s;
}

// Reads the header and the first records of one CSV file or one sheet.
// `empty` is set when it holds no record at all.
InspectedSource inspectTable(const QString &path, const ReaderOptions &options, int sampleRows, bool *empty)
{
    *empty = false;
    ReaderMessage message;
    auto reader = SourceReader::open(path, options, &message);
    if (!reader)
        return unreadable(path, options.sheet, message.message);
    InspectedSource s;
    s.path = path;
    s.sheet = reader->sheet();
    s.format = reader->format();
    s.size = QFileInfo(path).size();
    if (s.format == QLatin1String("csv")) {
        s.encoding = reader->encoding();
        s.delimiter = reader->delimiter();
    }
    QStringList cells;
    if (!reader->readRecord(cells)) {
        if (reader->hasError())
            return unreadable(path, s.sheet,
                              reader->error().where.toString() + QStringLiteral(": ") + reader->error().message);
        *empty = true;
        InspectedSource none = unreadable(path, s.sheet, Tr::tr("It holds no rows."));
        none.format = s.format;
        return none;
    }
    s.header = cells;
    s.headerRow = reader->row();
    while (s.sample.size() < sampleRows && reader->readRecord(cells)) {
        s.sample.append(cells);
        s.sampleRows.append(reader->row());
    }
    if (reader->hasError())
        s.warnings << reader->error().where.toString() + QStringLiteral(": ") + reader->error().message;
    for (const ReaderMessage &w : reader->takeWarnings())
        s.warnings << w.where.toString() + QStringLiteral(": ") + w.message;
    s.placement = MapSuggester::place(s.header);
    return s;
}

QList<InspectedSource> inspectFile(const QString &path, int sampleRows)
{
    InspectedSource archive;
    if (SourceInspector::backupArchiveEntries(path, &archive.archiveEntries)
        && QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0) {
        if (archive.archiveEntries.isEmpty())
            return { unreadable(path, {}, Tr::tr("The archive holds no CSV or Excel files.")) };
        archive.path = path;
        archive.kind = InspectedSource::Kind::Archive;
        archive.format = QStringLiteral("zip");
        archive.size = QFileInfo(path).size();
        return { archive };
    }

    ReaderMessage message;
    auto reader = SourceReader::open(path, {}, &message);
    if (!reader)
        return { unreadable(path, {}, message.message) };
    if (reader->format() != QLatin1String("xlsx")) {
        reader.reset();
        bool empty = false;
        return { inspectTable(path, {}, sampleRows, &empty) };
    }
    // A workbook: one entry per sheet that holds something.
    const QStringList sheets = reader->sheetNames();
    reader.reset();
    QList<InspectedSource> list;
    for (const QString &sheet : sheets) {
        ReaderOptions options;
        options.sheet = sheet;
        bool empty = false;
        InspectedSource s = inspectTable(path, options, sampleRows, &empty);
        s.sheet = sheet;
        if (!empty)
            list.append(s);
    }
    if (list.isEmpty()) {
        InspectedSource s = unreadable(path, {}, Tr::tr("Every sheet of this workbook is empty."));
        s.format = QStringLiteral("xlsx");
        list.append(s);
    }
    return list;
}

} // namespace

namespace SourceInspector {

bool isExportFileName(const QString &name)
{
    static const QStringList suffixes { QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"),
                                        QStringLiteral("xlsx"), QStringLiteral("zip") };
    return suffixes.contains(QFileInfo(name).suffix().toLower());
}

bool backupArchiveEntries(const QString &path, QStringList *entries)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.read(4).startsWith("PK\x03\x04"))
        return false;
    f.close();
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return false;
    if (zip.setCurrentFile(QStringLiteral("xl/workbook.xml"))) {
        zip.close();
        return false;
    }
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString entry = zip.getCurrentFileName();
        if (!entry.endsWith(QLatin1Char('/')) && isExportFileName(entry)
            && QFileInfo(entry).suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) != 0)
            if (entries)
                entries->append(entry);
    }
    zip.close();
    return true;
}

QList<InspectedSource> inspect(const QString &path, int sampleRows)
{
    const QFileInfo info(path);
    if (!info.exists())
        return { unreadable(path, {}, Tr::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path))) };
    if (!info.isDir())
        return inspectFile(info.absoluteFilePath(), sampleRows);

    QStringList names;
    QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        if (isExportFileName(p))
            names << QFileInfo(p).absoluteFilePath();
    }
    names.sort();
    if (names.isEmpty())
        return { unreadable(info.absoluteFilePath(), {}, Tr::tr("The folder holds no CSV, Excel or zip files.")) };
    QList<InspectedSource> list;
    for (const QString &p : names)
        list += inspectFile(p, sampleRows);
    return list;
}

} // namespace SourceInspector

} // namespace Cutover
