#pragma once

#include "SourceReader.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <vector>

class QuaZip;
class QuaZipFile;
class QXmlStreamReader;

namespace Cutover {

// Reads one worksheet of an Excel workbook (.xlsx, .xlsm, .xltx), streaming its
// rows: the sheet's XML is parsed as it is inflated from the zip, so memory does
// not grow with the number of rows. The shared-string table is held in memory
// (every sheet refers into it).
//
// Cells come back as text:
// - strings (shared, inline, formula results, rich text runs joined) as stored,
//   spaces kept, Excel's "_x000D_" escapes decoded; ISO date cells (t="d") as
//   stored, without a midnight time;
// - booleans as "TRUE" / "FALSE"; error values as their text ("#N/A"), with a
//   warning naming the cell;
// - numbers as their shortest exact text, at most 15 significant digits the way
//   Excel shows them ("42", "0.3", never "42.0" or "0.30000000000000004"); a
//   plain integer is kept digit for digit, however long;
// - numbers formatted as dates or times (built-in formats 14-22, 27-36, 45-47,
//   50-58, or a custom format with date/time codes) as ISO text, in the
//   workbook's date system (1900, with Excel's leap-year bug, or 1904):
//   "yyyy-MM-dd" for whole days, "yyyy-MM-ddTHH:mm:ss" when there is a time of
//   day (rounded to the second), "HH:mm:ss" for a time format and a value under
//   one day, "HH:mm:ss" counting whole hours past 24 for elapsed-time formats
//   ("[h]:mm"). Serial 60 (29 February 1900, which does not exist) is returned as
//   "1900-02-29" with a warning; a negative or out-of-range serial is returned
//   as a number with a warning.
//
// Sheets: sheetNames() lists the worksheets in workbook order (chart sheets,
// which hold no cells, are left out); the part of each is found through the
// workbook's relationships. ReaderOptions::sheet matches a name exactly, else
// regardless of case as Excel does.
//
// Rows: readRecord() returns the next row with at least one non-empty cell;
// row() is the sheet's own row number (empty rows are skipped, not counted).
// Cells are placed by their reference (r="C7"), missing ones read as "", and a
// row ends at its last non-empty cell. In a merged range only the top-left cell
// keeps a value; the other cells of the range read as "". Rows before the header
// whose non-empty cells all lie in one merged range at least two columns wide (a
// report title over the table) are skipped, each with a warning.
//
// Errors: a damaged zip, a missing workbook, sheet or relationship part, or
// malformed XML in them fail open(). Malformed XML or damaged compressed data
// in the sheet stops readRecord() with an error at the row being read; the rows
// already returned stand.
//
// Progress: totalBytes() is the compressed size of the sheet in the zip;
// bytesRead() estimates the compressed bytes consumed from the uncompressed
// position and the entry's compression ratio.
class XlsxReader : public SourceReader
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::XlsxReader)

public:
    static std::unique_ptr<XlsxReader> open(const QString &path, const ReaderOptions &options, ReaderMessage *error);
    ~XlsxReader() override;

    QString filePath() const override { return m_path; }
    QString format() const override { return QStringLiteral("xlsx"); }
    QStringList sheetNames() const override { return m_sheetNames; }
    QString sheet() const override { return m_sheet; }
    QString encoding() const override { return QStringLiteral("UTF-8"); }
    QChar delimiter() const override { return {}; }

    bool readRecord(QStringList &cells) override;
    qint64 row() const override { return m_row; }

    bool hasError() const override { return m_hasError; }
    ReaderMessage error() const override { return m_error; }
    QList<ReaderMessage> takeWarnings() override;

    qint64 bytesRead() const override;
    qint64 totalBytes() const override { return m_compressedSize; }

    // How a cell's number format shows a number (public for the tests).
    enum class NumberKind : quint8 {
        Plain, // General, 0.00, currency...
        Date, // has day, month or year codes (and maybe a time)
        Time, // time of day codes only
        Elapsed, // [h]:mm and the like
    };
    static NumberKind classifyFormat(QStringView formatCode);
    static NumberKind builtInFormatKind(int numFmtId);

private:
    struct Range
    {
        qint64 firstRow = 0, lastRow = 0;
        int firstColumn = 0, lastColumn = 0;
    };
    struct Part
    {
        QString name;
        QString path; // inside the zip
    };

    XlsxReader();

    bool fail(const QString &message, qint64 row = 0, int column = 0);
    void warn(const QString &message, qint64 row = 0, int column = 0);

    // Opening: each returns false with m_error set.
    bool openZip();
    QString workbookPart(); // from [Content_Types].xml, else the usual xl/workbook.xml
    bool readWorkbook(const QString &workbookPath);
    bool readWorkbookRels(const QString &relsPath, const QString &baseDir, QHash<QString, QString> *targets,
                          QString *sharedStringsPath, QString *stylesPath);
    bool readSharedStrings(const QString &partPath);
    void readStyles(const QString &partPath);
    bool scanMergedCells();
    bool openSheet();
    bool openPart(const QString &partPath, QuaZipFile &file);
    QString xmlProblem(const QXmlStreamReader &xml, const QString &partPath) const;

    // Sheet streaming.
    bool readRow(QStringList &cells);
    bool readCell(QStringList &cells, int *lastColumn);
    void appendNumber(QStringList &cells, int column, int style);
    bool dateText(double serial, NumberKind kind, int column, QString *out);
    void applyMerges(QStringList &cells);
    bool isTitleRow(const QStringList &cells) const;
    void updateActiveMerges();

    QString m_path;
    QString m_sheet;
    QString m_sheetPath;
    QStringList m_sheetNames;
    QList<Part> m_sheets;
    bool m_date1904 = false;

    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_file;
    std::unique_ptr<QXmlStreamReader> m_xml;
    qint64 m_compressedSize = 0;
    qint64 m_uncompressedSize = 0;

    QList<QString> m_sharedStrings;
    std::vector<NumberKind> m_styleKinds; // by cellXfs index

    std::vector<Range> m_merges; // sorted by first row
    std::vector<Range> m_activeMerges; // those covering m_currentRow
    size_t m_nextMerge = 0;
    qint64 m_mergesRow = 0;

    QString m_text; // reused for each cell's value
    qint64 m_currentRow = 0; // the row being parsed
    qint64 m_row = 0; // the row last returned
    bool m_inSheetData = false;
    bool m_finished = false;
    bool m_headerSeen = false;

    bool m_hasError = false;
    ReaderMessage m_error;
    QList<ReaderMessage> m_warnings;
};

} // namespace Cutover
