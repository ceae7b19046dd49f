#pragma once

#include "SourceReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringDecoder>

class QIODevice;

namespace Cutover {

// Streams the records of a delimited text file (CSV, TSV, TXT) as RFC 4180
// describes it, forgiving what real exports get wrong.
//
// - Fields may be quoted; a doubled quote inside quotes is one quote; delimiters
//   and line breaks inside quotes are text. Records end with CRLF, LF or a lone
//   CR; the last one needs no line break.
// - A stray quote inside an unquoted field, or text after a closing quote, is
//   kept as text and reported as a warning. A quote left open at the end of the
//   file is an error located where it opened; the records before it are read.
// - Rows are numbered the way a spreadsheet opening the file shows them: a
//   record is one row however many lines its quoted fields span, the header is
//   row 1, and an empty line is an empty row: it counts in the numbering but is
//   not returned. Records are not padded to the header's width.
// - Encoding: a byte-order mark decides it (and is dropped); without one, a
//   sample of the start of the file is examined (UTF-16 by its zero bytes, then
//   UTF-8 validity, then uchardet). ReaderOptions::encoding overrides. Text that
//   cannot be decoded is replaced by U+FFFD and reported once per row.
// - Delimiter: ReaderOptions::delimiter, or the one of , ; tab | that splits the
//   first records into the same number (more than one) of fields.
//
// The file is read in chunks (256 KB) and decoded chunk by chunk, so memory
// does not depend on the size of the file, only on the longest record (which
// is bounded, see MaxRecordLength).
class CsvReader : public SourceReader
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::CsvReader)

public:
    static constexpr int DefaultChunkSize = 256 * 1024;
    // How much of the start of the file the encoding and delimiter are guessed from.
    static constexpr int SampleSize = 64 * 1024;
    // A record is held in memory whole; one longer than this many characters
    // (Excel holds 32,767 in a cell) is an error: a quote left open, or not a CSV
    // file at all.
    static constexpr qsizetype MaxRecordLength = 16 * 1024 * 1024;

    ~CsvReader() override;

    // `chunkSize` (bytes read and decoded at a time) is for tests; the factory
    // SourceReader::open() uses the default.
    static std::unique_ptr<CsvReader> open(const QString &path, const ReaderOptions &options, ReaderMessage *error,
                                           int chunkSize = DefaultChunkSize);
    // The same from a device (opened read-only here if it is not open yet); `name`
    // stands for the file in messages and filePath().
    static std::unique_ptr<CsvReader> open(std::unique_ptr<QIODevice> device, const QString &name,
                                           const ReaderOptions &options, ReaderMessage *error,
                                           int chunkSize = DefaultChunkSize);

    // The encoding ReaderOptions::encoding names, in its canonical spelling
    // ("utf-16le" -> "UTF-16LE"); "UTF-16" is returned as is (the byte-order
    // mark decides, little-endian without one). Empty if it is none we read.
    static QString canonicalEncoding(const QString &name);
    // The delimiter a sample of decoded text suggests (see the class comment);
    // ',' when no candidate splits the records consistently.
    static QChar sniffDelimiter(QStringView sample, bool sampleIsWholeFile);

    QString filePath() const override { return m_path; }
    QString format() const override { return QStringLiteral("csv"); }
    QStringList sheetNames() const override { return {}; }
    QString sheet() const override { return {}; }
    QString encoding() const override { return m_encoding; }
    QChar delimiter() const override { return m_delimiter; }

    bool readRecord(QStringList &cells) override;
    qint64 row() const override { return m_row; }

    bool hasError() const override { return m_hasError; }
    ReaderMessage error() const override { return m_error; }
    QList<ReaderMessage> takeWarnings() override;

    qint64 bytesRead() const override { return m_bytesRead; }
    qint64 totalBytes() const override { return m_totalBytes; }

private:
    enum class State : quint8 { RecordStart, FieldStart, Unquoted, Quoted, AfterQuote };
    enum class WarningKind : quint8 { StrayQuote, TextAfterQuote, Undecodable, Count };

    // A QStringDecoder that tells whether it holds the start of a sequence the
    // input ended in the middle of (which it would otherwise drop silently).
    class Decoder : public QStringDecoder
    {
    public:
        using QStringDecoder::QStringDecoder;
        bool holdsPartialSequence() const { return state.remainingChars > 0; }
    };

    CsvReader() = default;
    bool start(const ReaderOptions &options, ReaderMessage *error);
    bool refill();
    void noteUndecodable(const char16_t *from, const char16_t *to);
    void warn(WarningKind kind, qint64 row, int column, const QString &message);

    std::unique_ptr<QIODevice> m_device;
    QString m_path;
    QString m_encoding;
    QChar m_delimiter;
    Decoder m_decoder;
    int m_chunkSize = DefaultChunkSize;

    QByteArray m_sample; // raw bytes read ahead for detection, decoded before the rest
    qsizetype m_sampleOffset = 0; // how much of m_sample has been decoded
    QByteArray m_raw; // one chunk of raw bytes
    qsizetype m_heldBack = 0; // bytes at the start of m_raw kept from the last chunk
    QString m_text; // one chunk of decoded text
    qsizetype m_textSize = 0;
    qsizetype m_pos = 0; // parse position in m_text
    // Offsets in m_text of U+FFFD (text that could not be decoded), in order.
    QList<qsizetype> m_undecodable;
    qsizetype m_undecodableNext = 0;
    bool m_eof = false; // nothing more to decode
    bool m_done = false; // readRecord() has returned false

    bool m_skipLf = false; // the last line ended with CR: a following LF belongs to it
    qint64 m_nextRow = 1;
    qint64 m_row = 0;

    bool m_hasError = false;
    ReaderMessage m_error;
    QList<ReaderMessage> m_warnings;
    int m_warningCounts[int(WarningKind::Count)] = {};

    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
};

} // namespace Cutover
