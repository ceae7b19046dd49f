#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Cutover {

// Where a problem in an export file is: file, sheet (workbooks only), row and
// column, numbered from 1 the way a spreadsheet program numbers them (the header
// is row 1). 0 means "not applicable" (a problem with the whole file has row 0).
struct SourceLocation
{
    QString file; // the path as given
    QString sheet;
    qint64 row = 0;
    int column = 0;

    // "clients.csv, row 12, column 3" / "book.xlsx, sheet Time, row 4, column B"
    QString toString() const;
};

struct ReaderMessage
{
    SourceLocation where;
    QString message; // translated, one sentence
};

struct ReaderOptions
{
    // Empty: detect (byte-order mark, then uchardet). Otherwise one of
    // supportedEncodings(). Ignored for workbooks.
    QString encoding;
    // Null: sniff among , ; tab | from the first records. Ignored for workbooks.
    QChar delimiter;
    // Workbooks: the sheet to read; empty means the first sheet.
    QString sheet;

    static QStringList supportedEncodings(); // "UTF-8", "Windows-1252", "ISO-8859-1", "UTF-16LE", "UTF-16BE"
};

// Streams the records of one export file (one sheet of a workbook), one at a
// time; memory does not grow with the file. Cells are returned as text exactly
// as the file holds them (workbook numbers, booleans and dates are turned into
// text by the reader, see XlsxReader). Rows are not padded: a record with fewer
// or more cells than the header is returned as it is, for the caller to report.
class SourceReader
{
public:
    virtual ~SourceReader();

    // Opens a CSV/TSV/TXT or XLSX file (chosen by content, not only by the
    // name). On failure returns null and fills `error` (row 0).
    static std::unique_ptr<SourceReader> open(const QString &path, const ReaderOptions &options, ReaderMessage *error);

    virtual QString filePath() const = 0;
    virtual QString format() const = 0; // "csv" or "xlsx"
    virtual QStringList sheetNames() const = 0; // empty for CSV
    virtual QString sheet() const = 0; // the sheet being read; empty for CSV
    virtual QString encoding() const = 0; // the encoding in use (detected or given)
    virtual QChar delimiter() const = 0; // CSV: the delimiter in use; null for workbooks

    // Reads the next record into `cells` (cleared first). Returns false at the
    // end of the data or on an error that stops reading; hasError() tells which.
    virtual bool readRecord(QStringList &cells) = 0;
    // The row number of the record last returned (see SourceLocation).
    virtual qint64 row() const = 0;

    virtual bool hasError() const = 0;
    virtual ReaderMessage error() const = 0;
    // Problems that did not stop reading (an invalid byte sequence replaced, a
    // skipped title row...), each with its location. Taking them empties the list.
    virtual QList<ReaderMessage> takeWarnings() = 0;

    // Progress: bytes consumed so far and the total (the file's size; for
    // workbooks the compressed size of the sheet).
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;
};

} // namespace Cutover
