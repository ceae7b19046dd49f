// libFuzzer target for CsvReader: reads the input as a CSV file, detecting the
// encoding and sniffing the delimiter, once in the usual chunks and once in
// tiny ones, and checks both reads agree and hold the reader's invariants.

#include "sources/CsvReader.h"

#include <QBuffer>

#include <cstdio>
#include <cstdlib>

using namespace Cutover;

namespace {

struct Outcome
{
    QList<QStringList> records;
    QList<qint64> rows;
    QList<ReaderMessage> warnings;
    bool hasError = false;
    ReaderMessage error;
    QString encoding;
    QChar delimiter;
};

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "FuzzCsv: %s\n", what);
    std::abort();
}

bool same(const ReaderMessage &a, const ReaderMessage &b)
{
    return a.where.row == b.where.row && a.where.column == b.where.column && a.message == b.message;
}

Outcome readAll(const QByteArray &bytes, const ReaderOptions &options, int chunkSize)
{
    Outcome out;
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    ReaderMessage error;
    std::unique_ptr<CsvReader> reader =
        CsvReader::open(std::move(buffer), QStringLiteral("fuzz.csv"), options, &error, chunkSize);
    if (!reader)
        fail("open failed on valid options");
    out.encoding = reader->encoding();
    out.delimiter = reader->delimiter();
    QStringList cells;
    qint64 lastRow = 0;
    while (reader->readRecord(cells)) {
        if (cells.isEmpty())
            fail("a record without cells");
        if (reader->row() <= lastRow)
            fail("row numbers do not increase");
        lastRow = reader->row();
        out.records << cells;
        out.rows << lastRow;
    }
    if (reader->readRecord(cells) || !cells.isEmpty())
        fail("a record after the end");
    out.hasError = reader->hasError();
    out.error = reader->error();
    out.warnings = reader->takeWarnings();
    if (out.hasError && (out.error.where.row <= lastRow || out.error.message.isEmpty()))
        fail("an error without a location after the records read");
    if (!out.hasError && reader->bytesRead() != reader->totalBytes())
        fail("not all bytes were read");
    const qint64 maxRow = out.hasError ? out.error.where.row : lastRow;
    for (const ReaderMessage &warning : std::as_const(out.warnings)) {
        if (warning.message.isEmpty() || warning.where.row < 0 || warning.where.row > maxRow)
            fail("a warning without a message or outside the rows read");
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Mostly detection; now and then an encoding given, picked from the input.
    ReaderOptions options;
    unsigned hash = 0;
    for (size_t i = 0; i < size; ++i)
        hash = hash * 31 + data[i];
    const QStringList encodings = ReaderOptions::supportedEncodings();
    if (hash % 3 == 0)
        options.encoding = encodings.at(qsizetype(hash / 3 % unsigned(encodings.size())));

    const Outcome whole = readAll(bytes, options, CsvReader::DefaultChunkSize);
    const Outcome chunked = readAll(bytes, options, int(1 + hash % 7));
    if (whole.records != chunked.records || whole.rows != chunked.rows)
        fail("the records depend on the chunk size");
    if (whole.hasError != chunked.hasError || (whole.hasError && !same(whole.error, chunked.error)))
        fail("the error depends on the chunk size");
    if (whole.warnings.size() != chunked.warnings.size())
        fail("the warnings depend on the chunk size");
    for (qsizetype i = 0; i < whole.warnings.size(); ++i) {
        if (!same(whole.warnings.at(i), chunked.warnings.at(i)))
            fail("the warnings depend on the chunk size");
    }
    if (whole.encoding != chunked.encoding || whole.delimiter != chunked.delimiter)
        fail("the detection depends on the chunk size");
    return 0;
}
