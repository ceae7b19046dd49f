#include "sources/CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Cutover;

using Records = QList<QStringList>;

namespace {

// Everything a reader gave for one file.
struct Read
{
    bool opened = false;
    ReaderMessage openError;
    Records records;
    QList<qint64> rows;
    QList<ReaderMessage> warnings;
    bool hasError = false;
    ReaderMessage error;
    QString encoding;
    QChar delimiter;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
};

ReaderOptions withDelimiter(QChar delimiter)
{
    ReaderOptions options;
    options.delimiter = delimiter;
    return options;
}

ReaderOptions withEncoding(const QString &encoding)
{
    ReaderOptions options;
    options.encoding = encoding;
    return options;
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

QString cellsOf(const Records &records)
{
    QStringList lines;
    for (const QStringList &record : records)
        lines << QLatin1Char('[') + record.join(QStringLiteral("|")) + QLatin1Char(']');
    return lines.join(QLatin1Char(' '));
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void rfc4180_data();
    void rfc4180();
    void emptyFile();
    void headerOnly_data();
    void headerOnly();
    void strayQuoteIsKeptWithAWarning();
    void textAfterClosingQuoteIsKeptWithAWarning();
    void unterminatedQuoteIsAnErrorWhereItOpened();
    void warningsAreCappedPerKind();
    void overlongRecordIsAnError();
    void rowNumbersCountRecordsAndBlankLines();

    void byteOrderMarks_data();
    void byteOrderMarks();
    void detectsEncodingWithoutByteOrderMark_data();
    void detectsEncodingWithoutByteOrderMark();
    void encodingOverride_data();
    void encodingOverride();
    void unknownEncodingIsRefused();
    void conflictingByteOrderMarkIsReported();
    void invalidUtf8IsReportedWithItsRow();
    void truncatedSequenceAtEndIsReported();

    void sniffsDelimiter_data();
    void sniffsDelimiter();
    void delimiterOverride();
    void badDelimiterIsRefused();
    void raggedRowsAreNotPadded();

    void chunkBoundaries_data();
    void chunkBoundaries();
    void crLfSplitAcrossChunksIsOneLineBreak();
    void readsFromADevice();
    void reusesCellsWithoutTouchingCopies();
    void factoryOpensCsv();
    void streamsALargeFileInBoundedMemory();

private:
    Read read(const QByteArray &bytes, const ReaderOptions &options = {}, int chunkSize = CsvReader::DefaultChunkSize);
    QString writeFile(const QByteArray &bytes);

    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestCsvReader::writeFile(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("file%1.csv").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

Read TestCsvReader::read(const QByteArray &bytes, const ReaderOptions &options, int chunkSize)
{
    Read result;
    const QString path = writeFile(bytes);
    std::unique_ptr<CsvReader> reader = CsvReader::open(path, options, &result.openError, chunkSize);
    if (!reader)
        return result;
    result.opened = true;
    result.encoding = reader->encoding();
    result.delimiter = reader->delimiter();
    result.totalBytes = reader->totalBytes();
    QStringList cells;
    while (reader->readRecord(cells)) {
        result.records << cells;
        result.rows << reader->row();
    }
    // Once done, it stays done.
    if (reader->readRecord(cells) || !cells.isEmpty())
        qFatal("readRecord() returned a record after the end");
    result.hasError = reader->hasError();
    result.error = reader->error();
    result.warnings = reader->takeWarnings();
    result.bytesRead = reader->bytesRead();
    if (!reader->takeWarnings().isEmpty())
        qFatal("takeWarnings() did not empty the list");
    return result;
}

void TestCsvReader::rfc4180_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("records");
    QTest::addColumn<QList<qint64>>("rows");

    QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << Records { { "a", "b" }, { "1", "2" } } << QList<qint64> { 1, 2 };
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << Records { { "a", "b" }, { "1", "2" } }
                          << QList<qint64> { 1, 2 };
    QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r") << Records { { "a", "b" }, { "1", "2" } }
                             << QList<qint64> { 1, 2 };
    QTest::newRow("mixed line ends") << QByteArray("a\r\nb\nc\rd") << Records { { "a" }, { "b" }, { "c" }, { "d" } }
                                     << QList<qint64> { 1, 2, 3, 4 };
    QTest::newRow("no final line break") << QByteArray("a,b\n1,2") << Records { { "a", "b" }, { "1", "2" } }
                                         << QList<qint64> { 1, 2 };
    QTest::newRow("quoted fields") << QByteArray("\"a\",\"b c\"\n\"1\",2\n") << Records { { "a", "b c" }, { "1", "2" } }
                                   << QList<qint64> { 1, 2 };
    QTest::newRow("doubled quotes") << QByteArray("\"he said \"\"hi\"\"\",\"\"\"\"\n")
                                    << Records { { "he said \"hi\"", "\"" } } << QList<qint64> { 1 };
    QTest::newRow("delimiter in quotes") << QByteArray("\"Smith, Jones & Co\",\"a,b,c\"\n")
                                         << Records { { "Smith, Jones & Co", "a,b,c" } } << QList<qint64> { 1 };
    QTest::newRow("line breaks in quotes kept as written")
        << QByteArray("\"one\ntwo\",\"three\r\nfour\",\"five\rsix\"\n")
        << Records { { "one\ntwo", "three\r\nfour", "five\rsix" } } << QList<qint64> { 1 };
    QTest::newRow("empty fields") << QByteArray(",,\na,,b\n,x\n")
                                  << Records { { "", "", "" }, { "a", "", "b" }, { "", "x" } }
                                  << QList<qint64> { 1, 2, 3 };
    QTest::newRow("trailing delimiter") << QByteArray("a,\nb,") << Records { { "a", "" }, { "b", "" } }
                                        << QList<qint64> { 1, 2 };
    QTest::newRow("empty quoted fields") << QByteArray("\"\",x,\"\"\n") << Records { { "", "x", "" } }
                                         << QList<qint64> { 1 };
    QTest::newRow("blank lines counted, not returned")
        << QByteArray("a,b\n\n1,2\r\n\r\n\r\n3,4\n") << Records { { "a", "b" }, { "1", "2" }, { "3", "4" } }
        << QList<qint64> { 1, 3, 6 };
    QTest::newRow("leading blank line") << QByteArray("\na,b\n") << Records { { "a", "b" } } << QList<qint64> { 2 };
    QTest::newRow("trailing blank lines") << QByteArray("a,b\n\n\n") << Records { { "a", "b" } } << QList<qint64> { 1 };
    QTest::newRow("CR CR LF is a blank line")
        << QByteArray("a\r\r\nb") << Records { { "a" }, { "b" } } << QList<qint64> { 1, 3 };
    QTest::newRow("spaces are a value") << QByteArray("a\n  \nb\n") << Records { { "a" }, { "  " }, { "b" } }
                                        << QList<qint64> { 1, 2, 3 };
    QTest::newRow("spaces around values are kept")
        << QByteArray(" a , b \n") << Records { { " a ", " b " } } << QList<qint64> { 1 };
    QTest::newRow("quoted empty line is a record")
        << QByteArray("a\n\"\"\nb\n") << Records { { "a" }, { "" }, { "b" } } << QList<qint64> { 1, 2, 3 };
    QTest::newRow("multi-line record is one row")
        << QByteArray("h1,h2\n\"x\ny\nz\",1\nlast,2\n")
        << Records { { "h1", "h2" }, { "x\ny\nz", "1" }, { "last", "2" } } << QList<qint64> { 1, 2, 3 };
    QTest::newRow("quoted value at end without line break")
        << QByteArray("a,\"b\"") << Records { { "a", "b" } } << QList<qint64> { 1 };
    QTest::newRow("non-ASCII") << QByteArray("Café,€,日本,😀\n")
                               << Records { { QString::fromUtf8("Café"), QString::fromUtf8("€"),
                                              QString::fromUtf8("日本"), QString::fromUtf8("😀") } }
                               << QList<qint64> { 1 };
}

void TestCsvReader::rfc4180()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, records);
    QFETCH(QList<qint64>, rows);
    // The same outcome whatever the chunks the file is read in.
    for (int chunkSize : { CsvReader::DefaultChunkSize, 1, 2, 3, 5 }) {
        const Read r = read(input, withDelimiter(QLatin1Char(',')), chunkSize);
        QVERIFY(r.opened);
        QVERIFY2(r.records == records, qPrintable(QString("chunk %1: %2").arg(chunkSize).arg(cellsOf(r.records))));
        QCOMPARE(r.rows, rows);
        QVERIFY(!r.hasError);
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.value(0).message));
        QCOMPARE(r.bytesRead, qint64(input.size()));
        QCOMPARE(r.totalBytes, qint64(input.size()));
    }
}

void TestCsvReader::emptyFile()
{
    const Read r = read(QByteArray());
    QVERIFY(r.opened);
    QVERIFY(r.records.isEmpty());
    QVERIFY(!r.hasError);
    QVERIFY(r.warnings.isEmpty());
    QCOMPARE(r.encoding, QString("UTF-8"));
    QCOMPARE(r.delimiter, QChar(','));
    QCOMPARE(r.totalBytes, 0);

    // Only blank lines: no records either.
    const Read blank = read("\n\r\n\n");
    QVERIFY(blank.records.isEmpty());
    QVERIFY(!blank.hasError);
}

void TestCsvReader::headerOnly_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("with line break") << QByteArray("id;name;city\r\n");
    QTest::newRow("without line break") << QByteArray("id;name;city");
}

void TestCsvReader::headerOnly()
{
    QFETCH(QByteArray, input);
    const Read r = read(input);
    QCOMPARE(r.delimiter, QChar(';'));
    QCOMPARE(r.records, (Records { { "id", "name", "city" } }));
    QCOMPARE(r.rows, QList<qint64> { 1 });
    QVERIFY(!r.hasError);
}

void TestCsvReader::strayQuoteIsKeptWithAWarning()
{
    const Read r = read("name,size\nab\"c,5 \"\"inch\"\"\nok,1\n", withDelimiter(QLatin1Char(',')));
    QCOMPARE(r.records, (Records { { "name", "size" }, { "ab\"c", "5 \"\"inch\"\"" }, { "ok", "1" } }));
    QVERIFY(!r.hasError);
    QCOMPARE(r.warnings.size(), 2); // one per cell
    QCOMPARE(r.warnings.at(0).where.row, 2);
    QCOMPARE(r.warnings.at(0).where.column, 1);
    QCOMPARE(r.warnings.at(1).where.row, 2);
    QCOMPARE(r.warnings.at(1).where.column, 2);
    QVERIFY(r.warnings.at(0).message.contains(QLatin1String("quote")));
    QVERIFY(r.warnings.at(0).where.file.endsWith(QLatin1String(".csv")));
}

void TestCsvReader::textAfterClosingQuoteIsKeptWithAWarning()
{
    const Read r = read("h1,h2\nx,\"ab\"cd\"e\",y\nz,1\n", withDelimiter(QLatin1Char(',')));
    QCOMPARE(r.records, (Records { { "h1", "h2" }, { "x", "abcd\"e\"", "y" }, { "z", "1" } }));
    QVERIFY(!r.hasError);
    QCOMPARE(r.warnings.size(), 1);
    QCOMPARE(r.warnings.at(0).where.row, 2);
    QCOMPARE(r.warnings.at(0).where.column, 2);
    QVERIFY(r.warnings.at(0).message.contains(QLatin1String("closing quote")));
}

void TestCsvReader::unterminatedQuoteIsAnErrorWhereItOpened()
{
    const QByteArray input("a,b\n\"multi\nline\",2\n\n3,\"never closed\n4,5\n6,7\n");
    for (int chunkSize : { CsvReader::DefaultChunkSize, 1, 4 }) {
        const Read r = read(input, withDelimiter(QLatin1Char(',')), chunkSize);
        QCOMPARE(r.records, (Records { { "a", "b" }, { "multi\nline", "2" } }));
        QCOMPARE(r.rows, (QList<qint64> { 1, 2 }));
        QVERIFY(r.hasError);
        QCOMPARE(r.error.where.row, 4);
        QCOMPARE(r.error.where.column, 2);
        QVERIFY(r.error.message.contains(QLatin1String("never closed")));
        QVERIFY(r.error.where.toString().contains(QLatin1String("row 4, column 2")));
    }
}

void TestCsvReader::warningsAreCappedPerKind()
{
    QByteArray input("h\n");
    for (int i = 0; i < 300; ++i)
        input += "a\"b\n";
    const Read r = read(input, withDelimiter(QLatin1Char(',')));
    QCOMPARE(r.records.size(), 301);
    QCOMPARE(r.records.last(), QStringList { "a\"b" });
    QCOMPARE(r.warnings.size(), 101);
    QCOMPARE(r.warnings.at(99).where.row, 101);
    QCOMPARE(r.warnings.at(100).where.row, 102);
    QVERIFY(r.warnings.at(100).message.contains(QLatin1String("not listed")));
}

void TestCsvReader::overlongRecordIsAnError()
{
    // A quote opened and never closed in a large file: stopped, not read into memory whole.
    const QByteArray filler(CsvReader::MaxRecordLength + 1000, 'x');
    const Read quoted = read("h1,h2\nok,1\n2,\"" + filler + "\n3,4\n", withDelimiter(QLatin1Char(',')));
    QCOMPARE(quoted.records, (Records { { "h1", "h2" }, { "ok", "1" } }));
    QVERIFY(quoted.hasError);
    QCOMPARE(quoted.error.where.row, 3);
    QVERIFY(quoted.error.message.contains(QLatin1String("closing quote")));

    const Read unquoted = read("h\n" + filler, withDelimiter(QLatin1Char(',')));
    QCOMPARE(unquoted.records, (Records { { "h" } }));
    QVERIFY(unquoted.hasError);
    QCOMPARE(unquoted.error.where.row, 2);

    // The limit is on the length alone, whatever the chunks it falls across.
    const QByteArray atLimit(CsvReader::MaxRecordLength - 1, 'y'); // + the line break
    for (int chunkSize : { CsvReader::DefaultChunkSize, 1000 }) {
        const Read r = read("h\n" + atLimit + "\nz", withDelimiter(QLatin1Char(',')), chunkSize);
        QVERIFY(!r.hasError);
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(1).at(0).size(), CsvReader::MaxRecordLength - 1);
        const Read over = read("h\n" + atLimit + "y\nz", withDelimiter(QLatin1Char(',')), chunkSize);
        QVERIFY(over.hasError);
        QCOMPARE(over.records.size(), 1);
        QCOMPARE(over.error.where.row, 2);
    }
}

void TestCsvReader::rowNumbersCountRecordsAndBlankLines()
{
    const QString path = writeFile("id,notes\n1,\"first\nsecond\r\nthird\"\n\n2,plain\n3,\"x\"\"\ny\"\n4,end");
    ReaderMessage error;
    auto reader = CsvReader::open(path, {}, &error);
    QVERIFY(reader);
    QStringList cells;
    QCOMPARE(reader->row(), 0);
    QVERIFY(reader->readRecord(cells));
    QCOMPARE(reader->row(), 1);
    QVERIFY(reader->readRecord(cells));
    QCOMPARE(reader->row(), 2);
    QCOMPARE(cells, (QStringList { "1", "first\nsecond\r\nthird" }));
    QVERIFY(reader->readRecord(cells));
    QCOMPARE(reader->row(), 4); // row 3 is the blank line
    QCOMPARE(cells, (QStringList { "2", "plain" }));
    QVERIFY(reader->readRecord(cells));
    QCOMPARE(reader->row(), 5);
    QCOMPARE(cells, (QStringList { "3", "x\"\ny" }));
    QVERIFY(reader->readRecord(cells));
    QCOMPARE(reader->row(), 6);
    QCOMPARE(cells, (QStringList { "4", "end" }));
    QVERIFY(!reader->readRecord(cells));
    QVERIFY(!reader->hasError());
    QVERIFY(cells.isEmpty());
}

void TestCsvReader::byteOrderMarks_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding");

    const QString text = QString::fromUtf8("name,city,fee\nRené,Liège,€ 12\n");
    QTest::newRow("UTF-8") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "UTF-8";
    QTest::newRow("UTF-16LE") << QByteArray("\xFF\xFE") + utf16(text, QStringConverter::Utf16LE) << "UTF-16LE";
    QTest::newRow("UTF-16BE") << QByteArray("\xFE\xFF") + utf16(text, QStringConverter::Utf16BE) << "UTF-16BE";
}

void TestCsvReader::byteOrderMarks()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, encoding);
    for (int chunkSize : { CsvReader::DefaultChunkSize, 1, 3 }) {
        const Read r = read(input, {}, chunkSize);
        QCOMPARE(r.encoding, encoding);
        QCOMPARE(r.delimiter, QChar(','));
        // The mark is not part of the first cell.
        QCOMPARE(r.records, (Records { { "name", "city", "fee" }, { "René", "Liège", "€ 12" } }));
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.bytesRead, qint64(input.size()));
    }
}

void TestCsvReader::detectsEncodingWithoutByteOrderMark_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<Records>("records");

    QTest::newRow("ASCII is UTF-8") << QByteArray("a,b\n1,2\n") << "UTF-8" << Records { { "a", "b" }, { "1", "2" } };
    QTest::newRow("UTF-8") << QString::fromUtf8("client;city\nRené;Liège\nJosé;Zürich\n").toUtf8() << "UTF-8"
                           << Records { { "client", "city" }, { "René", "Liège" }, { "José", "Zürich" } };
    // é is 0xE9 and € is 0x80 in Windows-1252 (0x80 is a control character in ISO-8859-1).
    QTest::newRow("Windows-1252") << QByteArray(
        "client,matter,amount\nCaf\xE9 de la Gare,R\xE9sum\xE9 du dossier,\x80 120\n"
        "Soci\xE9t\xE9 G\xE9n\xE9rale,Cr\xE9\x61nce,\x80 45\n")
                                  << "Windows-1252"
                                  << Records { { "client", "matter", "amount" },
                                               { "Café de la Gare", "Résumé du dossier", "€ 120" },
                                               { "Société Générale", "Créance", "€ 45" } };
    QTest::newRow("ISO-8859-1") << QByteArray("client,city\nCaf\xE9 de la Gare,Li\xE8ge\nSoci\xE9t\xE9 "
                                              "G\xE9n\xE9rale,Paris\nH\xF4tel de Ville,Montr\xE9\x61l\n")
                                << "ISO-8859-1"
                                << Records { { "client", "city" },
                                             { "Café de la Gare", "Liège" },
                                             { "Société Générale", "Paris" },
                                             { "Hôtel de Ville", "Montréal" } };
    const QString text = QString::fromUtf8("name\tcity\nRené\tLiège\nŁukasz\tKraków 😀\n");
    const Records records { { "name", "city" }, { "René", "Liège" }, { "Łukasz", "Kraków 😀" } };
    QTest::newRow("UTF-16LE") << utf16(text, QStringConverter::Utf16LE) << "UTF-16LE" << records;
    QTest::newRow("UTF-16BE") << utf16(text, QStringConverter::Utf16BE) << "UTF-16BE" << records;
}

void TestCsvReader::detectsEncodingWithoutByteOrderMark()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, encoding);
    QFETCH(Records, records);
    for (int chunkSize : { CsvReader::DefaultChunkSize, 1, 3 }) {
        const Read r = read(input, {}, chunkSize);
        QCOMPARE(r.encoding, encoding);
        QCOMPARE(r.records, records);
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.value(0).message));
    }
}

void TestCsvReader::encodingOverride_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("cells");

    // UTF-8 bytes read as Windows-1252, as asked: each byte is a character.
    QTest::newRow("UTF-8 bytes as windows-1252")
        << QString::fromUtf8("René,€").toUtf8() << "windows-1252"
        << "Windows-1252" << QStringList { QString::fromUtf8("RenÃ©"), QString::fromUtf8("â‚¬") };
    QTest::newRow("Windows-1252 bytes as iso-8859-1") << QByteArray("Caf\xE9,\x80") << "iso-8859-1"
                                                      << "ISO-8859-1" << QStringList { "Café", QString(QChar(0x80)) };
    QTest::newRow("ASCII as utf-16le") << QByteArray("a\0,\0b\0", 6) << "utf-16le"
                                       << "UTF-16LE" << QStringList { "a", "b" };
    QTest::newRow("UTF-16 without mark is little-endian") << QByteArray("a\0,\0b\0", 6) << "UTF-16"
                                                          << "UTF-16LE" << QStringList { "a", "b" };
    QTest::newRow("UTF-16 with big-endian mark") << QByteArray("\xFE\xFF\0a\0,\0b", 8) << "utf-16"
                                                 << "UTF-16BE" << QStringList { "a", "b" };
    QTest::newRow("UTF-16BE as asked") << QByteArray("\0a\0,\0b", 6) << "UTF-16BE"
                                       << "UTF-16BE" << QStringList { "a", "b" };
    QTest::newRow("UTF-8 as asked, mark dropped") << QByteArray("\xEF\xBB\xBF\xC3\xA9,x") << " Utf-8 "
                                                  << "UTF-8" << QStringList { "é", "x" };
}

void TestCsvReader::encodingOverride()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, requested);
    QFETCH(QString, encoding);
    QFETCH(QStringList, cells);
    ReaderOptions options = withEncoding(requested);
    options.delimiter = QLatin1Char(',');
    const Read r = read(input, options);
    QVERIFY2(r.opened, qPrintable(r.openError.message));
    QCOMPARE(r.encoding, encoding);
    QCOMPARE(r.records, Records { cells });
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.value(0).message));
}

void TestCsvReader::unknownEncodingIsRefused()
{
    const Read r = read("a,b\n", withEncoding("KOI8-R"));
    QVERIFY(!r.opened);
    QVERIFY(r.openError.message.contains(QLatin1String("KOI8-R")));
    QVERIFY(r.openError.message.contains(QLatin1String("Windows-1252")));
    QCOMPARE(r.openError.where.row, 0);
    QVERIFY(r.openError.where.file.endsWith(QLatin1String(".csv")));
}

void TestCsvReader::conflictingByteOrderMarkIsReported()
{
    // Asked for Windows-1252 on a file with a UTF-8 mark: as asked, with a warning.
    const Read r = read("\xEF\xBB\xBFname,x\n", withEncoding("Windows-1252"));
    QCOMPARE(r.encoding, QString("Windows-1252"));
    QCOMPARE(r.records, (Records { { QString::fromUtf8("ï»¿name"), "x" } }));
    QCOMPARE(r.warnings.size(), 1);
    QCOMPARE(r.warnings.at(0).where.row, 0);
    QVERIFY(r.warnings.at(0).message.contains(QLatin1String("UTF-8")));
}

void TestCsvReader::invalidUtf8IsReportedWithItsRow()
{
    // Mostly good UTF-8 with one bad byte on row 3: detected as UTF-8 still.
    const QByteArray input =
        QByteArray("name,city\nRen\xC3\xA9,Li\xC3\xA8ge\nbad \xFF here,x\nJos\xC3\xA9,Z\xC3\xBCrich\n");
    for (const QString &encoding : { QString(), QString("UTF-8") }) {
        for (int chunkSize : { CsvReader::DefaultChunkSize, 1, 7 }) {
            const Read r = read(input, withEncoding(encoding), chunkSize);
            QCOMPARE(r.encoding, QString("UTF-8"));
            QCOMPARE(r.records,
                     (Records { { "name", "city" },
                                { "René", "Liège" },
                                { QString::fromUtf8("bad \uFFFD here"), "x" },
                                { "José", "Zürich" } }));
            QCOMPARE(r.warnings.size(), 1);
            QCOMPARE(r.warnings.at(0).where.row, 3);
            QVERIFY(r.warnings.at(0).message.contains(QLatin1String("UTF-8")));
            QVERIFY(!r.hasError);
        }
    }

    // Windows-1252 read as UTF-8 because asked: every row with an accent is reported.
    const Read r = read("a\nCaf\xE9\nok\nR\xE9sum\xE9\n", withEncoding("utf-8"));
    QCOMPARE(r.records.size(), 4);
    QCOMPARE(r.records.at(3), QStringList { QString::fromUtf8("R\uFFFDsum\uFFFD") });
    QCOMPARE(r.warnings.size(), 2);
    QCOMPARE(r.warnings.at(0).where.row, 2);
    QCOMPARE(r.warnings.at(1).where.row, 4);
}

void TestCsvReader::truncatedSequenceAtEndIsReported()
{
    // The file stops two bytes into the three of "€": each is replaced.
    for (int chunkSize : { CsvReader::DefaultChunkSize, 1, 2 }) {
        const Read r = read("a,b\n1,2\xE2\x82", withEncoding("UTF-8"), chunkSize);
        QCOMPARE(r.records, (Records { { "a", "b" }, { "1", QString::fromUtf8("2\uFFFD\uFFFD") } }));
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.warnings.at(0).where.row, 2);
    }
    // An odd number of bytes in UTF-16.
    const Read r = read(QByteArray("a\0b\0\n\0c", 7), withEncoding("UTF-16LE"));
    QCOMPARE(r.records, (Records { { "ab" }, { QString::fromUtf8("\uFFFD") } }));
    QCOMPARE(r.warnings.size(), 1);
    QCOMPARE(r.warnings.at(0).where.row, 2);
}

void TestCsvReader::sniffsDelimiter_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Records>("records");

    QTest::newRow("comma, with quoted semicolons and tabs")
        << QByteArray("name,note\n\"Smith; Jones\",\"a\tb\"\n\"x|y\",z\n") << QChar(',')
        << Records { { "name", "note" }, { "Smith; Jones", "a\tb" }, { "x|y", "z" } };
    QTest::newRow("semicolon, with decimal commas")
        << QByteArray("client;amount;rate\nBob;1,50;0,2\nAnn;\"2,00;3\";1\n") << QChar(';')
        << Records { { "client", "amount", "rate" }, { "Bob", "1,50", "0,2" }, { "Ann", "2,00;3", "1" } };
    QTest::newRow("tab, with commas in values")
        << QByteArray("name\taddress\nBob\t1 Main St, Springfield\nAnn\t\"2 High St,\tApt 3\"\n") << QChar('\t')
        << Records { { "name", "address" }, { "Bob", "1 Main St, Springfield" }, { "Ann", "2 High St,\tApt 3" } };
    QTest::newRow("vertical bar") << QByteArray("a|b|c\n1,5|\"x|y\"|;\n") << QChar('|')
                                  << Records { { "a", "b", "c" }, { "1,5", "x|y", ";" } };
    QTest::newRow("quoted line break does not split the count")
        << QByteArray("a;b\n\"x\ny,z\";2\n3;4\n") << QChar(';')
        << Records { { "a", "b" }, { "x\ny,z", "2" }, { "3", "4" } };
    QTest::newRow("tie: comma first") << QByteArray("a,b;c\n1,2;3\n") << QChar(',')
                                      << Records { { "a", "b;c" }, { "1", "2;3" } };
    QTest::newRow("single column") << QByteArray("name\nBob\nAnn\n") << QChar(',')
                                   << Records { { "name" }, { "Bob" }, { "Ann" } };
    QTest::newRow("ragged: the most common count wins")
        << QByteArray("a;b;c\n1;2;3\n4;5\n6;7;8\nx,y\n") << QChar(';')
        << Records { { "a", "b", "c" }, { "1", "2", "3" }, { "4", "5" }, { "6", "7", "8" }, { "x,y" } };
}

void TestCsvReader::sniffsDelimiter()
{
    QFETCH(QByteArray, input);
    QFETCH(QChar, delimiter);
    QFETCH(Records, records);
    const Read r = read(input);
    QCOMPARE(r.delimiter, delimiter);
    QCOMPARE(r.records, records);
    QCOMPARE(CsvReader::sniffDelimiter(QString::fromUtf8(input), true), delimiter);
}

void TestCsvReader::delimiterOverride()
{
    const Read r = read("a,b;c\n1,2;3\n", withDelimiter(QLatin1Char(';')));
    QCOMPARE(r.delimiter, QChar(';'));
    QCOMPARE(r.records, (Records { { "a,b", "c" }, { "1,2", "3" } }));

    const Read tab = read("a,b\tc\n", withDelimiter(QLatin1Char('\t')));
    QCOMPARE(tab.records, (Records { { "a,b", "c" } }));
}

void TestCsvReader::badDelimiterIsRefused()
{
    for (QChar c : { QChar('"'), QChar('\n'), QChar('\r') }) {
        const Read r = read("a,b\n", withDelimiter(c));
        QVERIFY(!r.opened);
        QVERIFY(!r.openError.message.isEmpty());
    }
}

void TestCsvReader::raggedRowsAreNotPadded()
{
    const Read r = read("a,b,c\n1\n1,2,3,4\n,\n");
    QCOMPARE(r.delimiter, QChar(','));
    QCOMPARE(r.records, (Records { { "a", "b", "c" }, { "1" }, { "1", "2", "3", "4" }, { "", "" } }));
    QVERIFY(r.warnings.isEmpty());
}

void TestCsvReader::chunkBoundaries_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("quotes and line ends")
        << QByteArray("id,\"na\"\"me\",x\r\n\"1\r\n2\",\"\",\"a,b\"\r\n\r\n3,\"q\"\"\"\r4,5\n\"\"\"\",z") << "UTF-8";
    QTest::newRow("stray quotes") << QByteArray("a,b\"c,\"d\"e\r\nf\"\",g") << "UTF-8";
    QTest::newRow("multi-byte UTF-8") << QString::fromUtf8("é€😀,\"ü\n😀\"\r\nÅ,日本語\r\n").toUtf8() << "UTF-8";
    QTest::newRow("UTF-16LE surrogates") << utf16(QString::fromUtf8("é€😀,\"ü\n😀\"\r\nÅ,日本語\r\n"),
                                                  QStringConverter::Utf16LE)
                                         << "UTF-16LE";
    QTest::newRow("UTF-16BE with mark") << QByteArray("\xFE\xFF")
            + utf16(QString::fromUtf8("a,😀\r\n\"b\r\nc\",d"), QStringConverter::Utf16BE)
                                        << "UTF-16BE";
    QTest::newRow("invalid bytes") << QByteArray("a\xFF,b\n\xC3\xA9\xE2\x82,\"\xF0\x9F\"\n") << "UTF-8";
    // Found by FuzzCsv: a run of lead bytes, each cut from its follower by a chunk.
    QTest::newRow("lead bytes") << QByteArrayLiteral("\xEF\xBB\xBF"
                                                     "a\tb\n\xE2\xE1\xE1\xE1\x00z\t\xC3\n\xF0\xE2\x82\xC3")
                                << "";
}

void TestCsvReader::chunkBoundaries()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, encoding);
    ReaderOptions options;
    options.encoding = encoding;
    const Read whole = read(input, options);
    QVERIFY(!whole.records.isEmpty());
    // Every field, multi-byte character and CRLF straddles some chunk boundary
    // for one of these sizes.
    for (int chunkSize = 1; chunkSize <= input.size() + 1; ++chunkSize) {
        const Read r = read(input, options, chunkSize);
        QVERIFY2(
            r.records == whole.records,
            qPrintable(QString("chunk %1: %2 vs %3").arg(chunkSize).arg(cellsOf(r.records), cellsOf(whole.records))));
        QCOMPARE(r.rows, whole.rows);
        QCOMPARE(r.delimiter, whole.delimiter);
        QCOMPARE(r.warnings.size(), whole.warnings.size());
        for (qsizetype i = 0; i < r.warnings.size(); ++i) {
            QCOMPARE(r.warnings.at(i).where.row, whole.warnings.at(i).where.row);
            QCOMPARE(r.warnings.at(i).where.column, whole.warnings.at(i).where.column);
            QCOMPARE(r.warnings.at(i).message, whole.warnings.at(i).message);
        }
        QCOMPARE(r.bytesRead, qint64(input.size()));
    }
}

void TestCsvReader::crLfSplitAcrossChunksIsOneLineBreak()
{
    // Chunks "a\r" "\nb" "\r\n" "c": no blank rows between.
    const Read r = read("a\r\nb\r\nc", withDelimiter(QLatin1Char(',')), 2);
    QCOMPARE(r.records, (Records { { "a" }, { "b" }, { "c" } }));
    QCOMPARE(r.rows, (QList<qint64> { 1, 2, 3 }));
    // A quoted value whose closing quote ends a chunk, then a doubled quote across.
    const Read q = read("\"ab\"\"c\",d\n", withDelimiter(QLatin1Char(',')), 3);
    QCOMPARE(q.records, (Records { { "ab\"c", "d" } }));
}

void TestCsvReader::readsFromADevice()
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData("x|y\n1|2\n");
    ReaderMessage error;
    auto reader = CsvReader::open(std::move(buffer), QStringLiteral("memory.csv"), {}, &error, 3);
    QVERIFY(reader);
    QCOMPARE(reader->filePath(), QString("memory.csv"));
    QCOMPARE(reader->delimiter(), QChar('|'));
    QCOMPARE(reader->totalBytes(), 8);
    QStringList cells;
    QVERIFY(reader->readRecord(cells));
    QCOMPARE(cells, (QStringList { "x", "y" }));
    QVERIFY(reader->readRecord(cells));
    QCOMPARE(cells, (QStringList { "1", "2" }));
    QVERIFY(!reader->readRecord(cells));
    QCOMPARE(reader->bytesRead(), 8);
}

void TestCsvReader::reusesCellsWithoutTouchingCopies()
{
    const QString path = writeFile("aaaaaaaa,bbbbbbbb,c\nx,y\n\"p\"\"q\",r,s,t\n");
    ReaderMessage error;
    auto reader = CsvReader::open(path, {}, &error);
    QVERIFY(reader);
    QStringList cells { "left", "over", "from", "before", "and", "more" };
    QVERIFY(reader->readRecord(cells));
    QCOMPARE(cells, (QStringList { "aaaaaaaa", "bbbbbbbb", "c" }));
    const QStringList first = cells;
    const QString firstCell = cells.first();
    QVERIFY(reader->readRecord(cells));
    QCOMPARE(cells, (QStringList { "x", "y" }));
    QCOMPARE(first, (QStringList { "aaaaaaaa", "bbbbbbbb", "c" }));
    QCOMPARE(firstCell, QString("aaaaaaaa"));
    QVERIFY(reader->readRecord(cells));
    QCOMPARE(cells, (QStringList { "p\"q", "r", "s", "t" }));
}

void TestCsvReader::factoryOpensCsv()
{
    const QString path = writeFile("a;b\n1;2\n");
    ReaderMessage error;
    std::unique_ptr<SourceReader> reader = SourceReader::open(path, {}, &error);
    QVERIFY2(reader, qPrintable(error.message));
    QCOMPARE(reader->format(), QString("csv"));
    QCOMPARE(reader->filePath(), path);
    QVERIFY(reader->sheetNames().isEmpty());
    QVERIFY(reader->sheet().isEmpty());
    QCOMPARE(reader->delimiter(), QChar(';'));
    QCOMPARE(reader->encoding(), QString("UTF-8"));
    QStringList cells;
    QVERIFY(reader->readRecord(cells));
    QCOMPARE(cells, (QStringList { "a", "b" }));
}

void TestCsvReader::streamsALargeFileInBoundedMemory()
{
    // About 50 MB; read whole into UTF-16 it would take twice that.
    const QString path = m_dir.filePath(QStringLiteral("large.csv"));
    constexpr int Count = 400000;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id;client;note;amount\r\n");
        QByteArray block;
        for (int i = 0; i < Count; ++i) {
            block += QByteArray::number(i) + ";Client " + QByteArray::number(i % 977)
                + ";\"a note with; a delimiter\nand a line break, and some padding to make it longer "
                  "..............................\";"
                + QByteArray::number(i * 3) + ",50\r\n";
            if (block.size() > (1 << 20)) {
                QCOMPARE(file.write(block), block.size());
                block.clear();
            }
        }
        QCOMPARE(file.write(block), block.size());
    }
    const qint64 size = QFileInfo(path).size();
    QVERIFY(size > 45'000'000);

    rusage before {};
    getrusage(RUSAGE_SELF, &before);
    ReaderMessage error;
    auto reader = CsvReader::open(path, {}, &error);
    QVERIFY(reader);
    QCOMPARE(reader->delimiter(), QChar(';'));
    QCOMPARE(reader->totalBytes(), size);
    QStringList cells;
    qint64 count = 0;
    qint64 halfwayBytes = 0;
    while (reader->readRecord(cells)) {
        if (count > 0 && cells.at(0).toLongLong() != count - 1)
            QFAIL(qPrintable(QString("record %1 reads %2").arg(count).arg(cells.at(0))));
        if (count == Count / 2)
            halfwayBytes = reader->bytesRead();
        if (count == 1234)
            QCOMPARE(cells,
                     (QStringList { "1233", "Client 256",
                                    "a note with; a delimiter\nand a line break, and some padding to make it longer "
                                    "..............................",
                                    "3699,50" }));
        ++count;
    }
    rusage after {};
    getrusage(RUSAGE_SELF, &after);

    QVERIFY(!reader->hasError());
    QCOMPARE(count, Count + 1);
    QCOMPARE(reader->row(), Count + 1);
    QCOMPARE(cells.size(), 0);
    QCOMPARE(reader->bytesRead(), size);
    QVERIFY(halfwayBytes > size / 3 && halfwayBytes < size * 2 / 3);
    // The peak grew by far less than the file (ru_maxrss is in kilobytes).
    const long grownKb = after.ru_maxrss - before.ru_maxrss;
    QVERIFY2(grownKb < 20 * 1024, qPrintable(QString("grew by %1 KB").arg(grownKb)));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
