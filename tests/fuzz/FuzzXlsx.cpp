// libFuzzer target for XlsxReader: the bytes become a file, which is opened
// and read to the end, every sheet. Nothing may crash, hang or leak, whatever
// the zip, the XML or the numbers hold. Seeds: tests/fuzz/corpus/xlsx/.
//
//   FuzzXlsx -max_len=65536 tests/fuzz/corpus/xlsx

#include "sources/XlsxReader.h"

#include <QByteArray>
#include <QDir>
#include <QTemporaryFile>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

namespace {

void quiet(QtMsgType, const QMessageLogContext &, const QString &) { }

void readAll(const QString &path, const QString &sheet)
{
    Cutover::ReaderOptions options;
    options.sheet = sheet;
    Cutover::ReaderMessage error;
    auto reader = Cutover::XlsxReader::open(path, options, &error);
    if (!reader)
        return;
    QStringList cells;
    qint64 previous = 0;
    while (reader->readRecord(cells)) {
        // Progress stays within its bounds.
        const qint64 read = reader->bytesRead();
        if (read < previous || read > reader->totalBytes())
            __builtin_trap();
        previous = read;
    }
    reader->takeWarnings();
    if (reader->hasError() && reader->error().message.isEmpty())
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // QuaZip and QXmlStreamReader report through qWarning(): keep the output for libFuzzer's.
    qInstallMessageHandler(quiet);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString pattern = QDir::tempPath() + QStringLiteral("/fuzz-xlsx-XXXXXX.xlsx");
    QTemporaryFile file(pattern);
    if (!file.open())
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();

    Cutover::ReaderMessage error;
    auto first = Cutover::XlsxReader::open(file.fileName(), {}, &error);
    if (!first)
        return 0;
    const QStringList sheets = first->sheetNames().mid(0, 8); // enough to cover the paths, still fast
    first.reset();
    for (const QString &sheet : sheets)
        readAll(file.fileName(), sheet);
    readAll(file.fileName(), QStringLiteral("no such sheet"));
    return 0;
}
