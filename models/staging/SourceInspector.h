#pragma once

#include "sources/MapSuggester.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace Cutover {

// What a first look at one export file (one sheet of a workbook) found: how it
// is read, its header, its first data rows and where auto mode would place it.
struct InspectedSource
{
    enum class Kind {
        Table, // a CSV file or a workbook sheet with a header row
        Archive, // a zip backup of CSVs: its files are placed by their headers when loaded
        Unreadable, // the reader refused it, or it holds no rows; `error` says why
    };

    QString path;
    QString sheet; // workbooks only
    Kind kind = Kind::Table;
    QString format; // "csv", "xlsx", "zip"; empty when unreadable
    QString encoding; // CSV only
    QChar delimiter; // CSV only
    qint64 size = 0;
    QStringList header; // the first record
    qint64 headerRow = 0;
    QList<QStringList> sample; // up to `sampleRows` records after the header
    QList<qint64> sampleRows; // their row numbers
    QString error; // translated: the reader's message, when unreadable
    QStringList warnings; // translated, with their location
    QStringList archiveEntries; // archives: the data files inside
    Placement placement; // auto mode's verdict on the header (tables only)
};

// Opens export files to see what they hold. Blocking (it reads the files): call
// it off the GUI thread, e.g. with QtConcurrent::run.
namespace SourceInspector {

inline constexpr int kSampleRows = 50;

// Whether `name` looks like an export file by its suffix (csv, tsv, txt, xlsx, zip).
bool isExportFileName(const QString &name);

// Whether `path` is a zip that is not a workbook: an account backup (such as
// Bill4Time's) holding export files, whose names go into `entries`.
bool backupArchiveEntries(const QString &path, QStringList *entries = nullptr);

// A file: one entry (one per non-empty sheet of a workbook; one unreadable entry
// when every sheet is empty). A folder: every export file in it and below, in
// name order (one unreadable entry saying so when it holds none).
QList<InspectedSource> inspect(const QString &path, int sampleRows = kSampleRows);

} // namespace SourceInspector

} // namespace Cutover
