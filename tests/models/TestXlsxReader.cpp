#include "placeholder/XlsxWriterLibrary.h"
#include "sources/XlsxReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Cutover;

// libxlsxwriter is loaded at run time, apart from QuaZip (see XlsxWriterLibrary.h).
namespace xw = Cutover::XlsxWriter;

namespace {

struct ReadResult
{
    QList<QStringList> rows;
    QList<qint64> rowNumbers;
    QList<ReaderMessage> warnings;
    bool hasError = false;
    ReaderMessage error;
};

ReadResult readAll(XlsxReader &reader)
{
    ReadResult result;
    QStringList cells;
    while (reader.readRecord(cells)) {
        result.rows << cells;
        result.rowNumbers << reader.row();
    }
    result.warnings = reader.takeWarnings();
    result.hasError = reader.hasError();
    result.error = reader.error();
    return result;
}

// The parts of a workbook written by hand (what libxlsxwriter cannot write).
struct Part
{
    QString name;
    QByteArray data;
};

bool writeZip(const QString &path, const QList<Part> &parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const Part &part : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.name)))
            return false;
        file.write(part.data);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

const QByteArray mainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

struct CraftedSheet
{
    QByteArray name;
    QByteArray target; // relationship target, relative to xl/ or absolute
    QString part; // zip entry
    QByteArray body; // inside <worksheet>
};

QByteArray worksheetXml(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + mainNs
        + "\" xmlns:r=\"" + relNs + "\">" + body + "</worksheet>";
}

// Styles for crafted sheets: xf 0 General, 1 built-in 14 (m/d/yyyy), 2 custom
// dd/mm/yyyy, 3 built-in 21 (h:mm:ss), 4 custom [h]:mm, 5 custom 0.00. The
// cellStyleXfs entry (a date) must not be taken for a cell format.
const QByteArray craftedStyles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + mainNs
    + "\"><numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"[h]:mm\"/><numFmt numFmtId=\"166\" formatCode=\"0.00\"/></numFmts>"
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
      "<cellXfs count=\"6\"><xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"14\" xfId=\"0\" applyNumberFormat=\"1\"/>"
      "<xf numFmtId=\"164\"/><xf numFmtId=\"21\"/><xf numFmtId=\"165\"/><xf numFmtId=\"166\"/></cellXfs>"
      "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

bool craftWorkbook(const QString &path, const QList<CraftedSheet> &sheets, const QByteArray &sharedStrings = {},
                   bool date1904 = false, const QByteArray &styles = craftedStyles)
{
    QByteArray types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       "<Default Extension=\"rels\" "
                       "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                       "<Override PartName=\"/xl/workbook.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + mainNs + "\" xmlns:r=\""
        + relNs + "\">" + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QList<Part> parts;
    int id = 1;
    for (const CraftedSheet &sheet : sheets) {
        const QByteArray rid = "rId" + QByteArray::number(id);
        workbook +=
            "<sheet name=\"" + sheet.name + "\" sheetId=\"" + QByteArray::number(id) + "\" r:id=\"" + rid + "\"/>";
        rels += "<Relationship Id=\"" + rid
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\""
            + sheet.target + "\"/>";
        types += "<Override PartName=\"/" + sheet.part.toUtf8()
            + "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        // A body that is a whole document is taken as it is (to test damaged ones).
        parts << Part { sheet.part, sheet.body.startsWith("<?xml") ? sheet.body : worksheetXml(sheet.body) };
        ++id;
    }
    workbook += "</sheets></workbook>";
    rels += "<Relationship Id=\"rIdStyles\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
            "Target=\"styles.xml\"/>";
    if (!sharedStrings.isEmpty())
        rels += "<Relationship Id=\"rIdStrings\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                "Target=\"sharedStrings.xml\"/>";
    rels += "</Relationships>";
    types += "</Types>";
    parts << Part { "[Content_Types].xml", types } << Part { "xl/workbook.xml", workbook }
          << Part { "xl/_rels/workbook.xml.rels", rels } << Part { "xl/styles.xml", styles };
    if (!sharedStrings.isEmpty())
        parts << Part { "xl/sharedStrings.xml", sharedStrings };
    return writeZip(path, parts);
}

QByteArray sst(const QByteArray &items)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + mainNs + "\" count=\"9\" uniqueCount=\"9\">"
        + items + "</sst>";
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void basicValues();
    void gapsAndRowNumbers();
    void datesFromLibxlsxwriter();
    void dateSerialEdges_data();
    void dateSerialEdges();
    void leapYearBugWarns();
    void date1904();
    void numberText_data();
    void numberText();
    void craftedCellTypes();
    void sharedStringOutOfRange();
    void mergedTitleRowSkipped();
    void mergedCellsInDataRows();
    void mergedHeaderIsNotTitle();
    void sheetSelection();
    void unknownSheet();
    void classifyFormat_data();
    void classifyFormat();
    void factoryDispatch();
    void corruptZip();
    void notAWorkbook();
    void truncatedWorkbook();
    void malformedSheetKeepsEarlierRows();
    void damagedCompressedData();
    void progress();
    void readSpeed();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<XlsxReader> open(const QString &file, const QString &sheet = {})
    {
        ReaderOptions options;
        options.sheet = sheet;
        ReaderMessage error;
        auto reader = XlsxReader::open(file, options, &error);
        if (!reader)
            qWarning() << "open failed:" << error.message;
        return reader;
    }
    // A crafted one-sheet workbook whose sheetData holds `rows`; read all of it.
    ReadResult readCrafted(const QByteArray &rows, const QByteArray &sharedStrings = {}, bool date1904 = false,
                           const QByteArray &afterRows = {})
    {
        const QString file = path(QStringLiteral("crafted%1.xlsx").arg(++m_crafted));
        if (!craftWorkbook(file,
                           { { "Data", "worksheets/data.xml", "xl/worksheets/data.xml",
                               "<sheetData>" + rows + "</sheetData>" + afterRows } },
                           sharedStrings, date1904)) {
            qWarning("cannot write %s", qPrintable(file));
            return {};
        }
        auto reader = open(file);
        if (!reader)
            return {};
        return readAll(*reader);
    }

    static bool writeSpeedWorkbook(const QString &file, int rows);

    QTemporaryDir m_dir;
    int m_crafted = 0;
};

void TestXlsxReader::initTestCase()
{
    QString why;
    QVERIFY2(xw::load(&why), qPrintable(why));
}

void TestXlsxReader::init()
{
    QVERIFY(m_dir.isValid());
}

void TestXlsxReader::basicValues()
{
    const QString file = path("basic.xlsx");
    lxw_workbook *wb = xw::workbook_new(file.toUtf8().constData());
    lxw_worksheet *ws = xw::workbook_add_worksheet(wb, "Clients");
    xw::worksheet_write_string(ws, 0, 0, "Id", nullptr);
    xw::worksheet_write_string(ws, 0, 1, "Name", nullptr);
    xw::worksheet_write_string(ws, 0, 2, "Balance", nullptr);
    xw::worksheet_write_string(ws, 0, 3, "Active", nullptr);
    xw::worksheet_write_string(ws, 0, 4, "Ratio", nullptr);
    xw::worksheet_write_string(ws, 1, 0, "00010", nullptr);
    xw::worksheet_write_string(ws, 1, 1, " Émilie Dupont ", nullptr);
    xw::worksheet_write_number(ws, 1, 2, 1234.5, nullptr);
    xw::worksheet_write_boolean(ws, 1, 3, 1, nullptr);
    xw::worksheet_write_number(ws, 1, 4, 1.0 / 3.0, nullptr);
    xw::worksheet_write_string(ws, 2, 0, "00011", nullptr);
    xw::worksheet_write_string(ws, 2, 1, "Line one\nline two", nullptr);
    xw::worksheet_write_number(ws, 2, 2, -42, nullptr);
    xw::worksheet_write_boolean(ws, 2, 3, 0, nullptr);
    xw::worksheet_write_number(ws, 2, 4, 0.1 + 0.2, nullptr);
    xw::worksheet_write_formula_str(ws, 3, 0, "=\"A\"&\"B\"", nullptr, "AB");
    xw::worksheet_write_formula_num(ws, 3, 2, "=1+1", nullptr, 2);
    lxw_format *bold = xw::workbook_add_format(wb);
    xw::format_set_bold(bold);
    lxw_rich_string_tuple first = { nullptr, const_cast<char *>("Rich ") };
    lxw_rich_string_tuple second = { bold, const_cast<char *>("text") };
    lxw_rich_string_tuple *runs[] = { &first, &second, nullptr };
    xw::worksheet_write_rich_string(ws, 3, 1, runs, nullptr);
    QCOMPARE(xw::workbook_close(wb), LXW_NO_ERROR);

    auto reader = open(file);
    QVERIFY(reader);
    QCOMPARE(reader->format(), "xlsx");
    QCOMPARE(reader->encoding(), "UTF-8");
    QVERIFY(reader->delimiter().isNull());
    QCOMPARE(reader->sheetNames(), QStringList { "Clients" });
    QCOMPARE(reader->sheet(), "Clients");
    QCOMPARE(reader->filePath(), file);
    const ReadResult read = readAll(*reader);
    QVERIFY2(!read.hasError, qPrintable(read.error.message));
    QCOMPARE(read.rows.size(), 4);
    QCOMPARE(read.rows[0], (QStringList { "Id", "Name", "Balance", "Active", "Ratio" }));
    QCOMPARE(read.rows[1], (QStringList { "00010", " Émilie Dupont ", "1234.5", "TRUE", "0.333333333333333" }));
    QCOMPARE(read.rows[2], (QStringList { "00011", "Line one\nline two", "-42", "FALSE", "0.3" }));
    QCOMPARE(read.rows[3], (QStringList { "AB", "Rich text", "2" }));
    QCOMPARE(read.rowNumbers, (QList<qint64> { 1, 2, 3, 4 }));
    QVERIFY(read.warnings.isEmpty());
}

void TestXlsxReader::gapsAndRowNumbers()
{
    const QString file = path("gaps.xlsx");
    lxw_workbook *wb = xw::workbook_new(file.toUtf8().constData());
    lxw_worksheet *ws = xw::workbook_add_worksheet(wb, nullptr);
    lxw_format *boxed = xw::workbook_add_format(wb);
    xw::format_set_border(boxed, LXW_BORDER_THIN);
    xw::worksheet_write_string(ws, 0, 0, "a", nullptr);
    xw::worksheet_write_string(ws, 0, 3, "d", nullptr);
    // Row 2 only has formatted blanks: skipped. Row 3 is absent.
    xw::worksheet_write_blank(ws, 1, 0, boxed);
    xw::worksheet_write_blank(ws, 1, 1, boxed);
    xw::worksheet_write_number(ws, 3, 1, 7, nullptr);
    xw::worksheet_write_blank(ws, 3, 2, boxed); // trailing blank: not a cell of the record
    xw::worksheet_write_string(ws, 3, 4, "", nullptr); // empty string: libxlsxwriter writes nothing
    xw::worksheet_write_string(ws, 9, 2, "last", nullptr);
    QCOMPARE(xw::workbook_close(wb), LXW_NO_ERROR);

    auto reader = open(file);
    QVERIFY(reader);
    QCOMPARE(reader->sheetNames(), QStringList { "Sheet1" });
    const ReadResult read = readAll(*reader);
    QVERIFY(!read.hasError);
    QCOMPARE(read.rows.size(), 3);
    QCOMPARE(read.rows[0], (QStringList { "a", "", "", "d" }));
    QCOMPARE(read.rows[1], (QStringList { "", "7" }));
    QCOMPARE(read.rows[2], (QStringList { "", "", "last" }));
    QCOMPARE(read.rowNumbers, (QList<qint64> { 1, 4, 10 }));
}

void TestXlsxReader::datesFromLibxlsxwriter()
{
    const QString file = path("dates.xlsx");
    lxw_workbook *wb = xw::workbook_new(file.toUtf8().constData());
    lxw_worksheet *ws = xw::workbook_add_worksheet(wb, "Time");
    auto format = [wb](const char *code) {
        lxw_format *f = xw::workbook_add_format(wb);
        xw::format_set_num_format(f, code);
        return f;
    };
    lxw_format *dmy = format("dd/mm/yyyy");
    lxw_format *mdyhm = format("m/d/yy h:mm");
    lxw_format *clock = format("hh:mm:ss");
    lxw_format *elapsed = format("[h]:mm:ss");
    lxw_format *money = format("#,##0.00 \"USD\"");
    lxw_format *upper = format("DD-MMM-YYYY");
    lxw_format *builtin = xw::workbook_add_format(wb);
    xw::format_set_num_format_index(builtin, 14);
    xw::worksheet_write_string(ws, 0, 0, "header", nullptr);
    lxw_datetime ides = { 2024, 3, 15, 0, 0, 0 };
    xw::worksheet_write_datetime(ws, 1, 0, &ides, dmy);
    xw::worksheet_write_number(ws, 1, 1, 45292.75, mdyhm); // 2024-01-01 18:00
    xw::worksheet_write_number(ws, 1, 2, 0.5, clock);
    xw::worksheet_write_number(ws, 1, 3, 1.0625, elapsed); // 25:30
    xw::worksheet_write_number(ws, 1, 4, 45292, money); // not a date
    xw::worksheet_write_number(ws, 1, 5, 45292, upper);
    xw::worksheet_write_number(ws, 1, 6, 45292, builtin);
    lxw_datetime withSeconds = { 2024, 2, 29, 23, 59, 58.6 }; // rounds to :59
    xw::worksheet_write_datetime(ws, 1, 7, &withSeconds, mdyhm);
    xw::worksheet_write_number(ws, 1, 8, 45292.0 + 0.4 / 86400, mdyhm); // rounds down to midnight
    QCOMPARE(xw::workbook_close(wb), LXW_NO_ERROR);

    auto reader = open(file);
    QVERIFY(reader);
    const ReadResult read = readAll(*reader);
    QVERIFY(!read.hasError);
    QCOMPARE(read.rows.size(), 2);
    QCOMPARE(read.rows[1],
             (QStringList { "2024-03-15", "2024-01-01T18:00:00", "12:00:00", "25:30:00", "45292", "2024-01-01",
                            "2024-01-01", "2024-02-29T23:59:59", "2024-01-01" }));
    QVERIFY(read.warnings.isEmpty());
}

void TestXlsxReader::dateSerialEdges_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("expected");
    // style 1: built-in 14; 2: dd/mm/yyyy; 3: built-in 21 (h:mm:ss); 4: [h]:mm; 5: 0.00
    QTest::newRow("serial 1") << QByteArray("1") << 1 << "1900-01-01";
    QTest::newRow("serial 59") << QByteArray("59") << 2 << "1900-02-28";
    QTest::newRow("serial 61") << QByteArray("61") << 1 << "1900-03-01";
    QTest::newRow("serial 62") << QByteArray("62") << 1 << "1900-03-02";
    QTest::newRow("modern") << QByteArray("45658") << 2 << "2025-01-01";
    QTest::newRow("fraction") << QByteArray("45658.25") << 1 << "2025-01-01T06:00:00";
    QTest::newRow("fraction before the bug") << QByteArray("31.5") << 1 << "1900-01-31T12:00:00";
    QTest::newRow("noon") << QByteArray("0.5") << 3 << "12:00:00";
    QTest::newRow("time rounds to the second") << QByteArray("0.0000115740740") << 3 << "00:00:01";
    QTest::newRow("almost midnight") << QByteArray("0.99999999") << 3 << "00:00:00";
    QTest::newRow("time format, whole day and a time") << QByteArray("45658.75") << 3 << "2025-01-01T18:00:00";
    QTest::newRow("elapsed") << QByteArray("2.5") << 4 << "60:00:00";
    QTest::newRow("not a date format") << QByteArray("45658.25") << 5 << "45658.25";
    QTest::newRow("general") << QByteArray("45658") << 0 << "45658";
    QTest::newRow("no such style") << QByteArray("45658") << 99 << "45658";
    QTest::newRow("last day") << QByteArray("2958465") << 1 << "9999-12-31";
}

void TestXlsxReader::dateSerialEdges()
{
    QFETCH(QByteArray, value);
    QFETCH(int, style);
    QFETCH(QString, expected);
    const ReadResult read = readCrafted("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>when</t></is></c></row>"
                                        "<row r=\"2\"><c r=\"A2\" s=\""
                                        + QByteArray::number(style) + "\"><v>" + value + "</v></c></row>");
    QVERIFY2(!read.hasError, qPrintable(read.error.message));
    QCOMPARE(read.rows.size(), 2);
    QCOMPARE(read.rows[1], QStringList { expected });
    QVERIFY(read.warnings.isEmpty());
}

void TestXlsxReader::leapYearBugWarns()
{
    const ReadResult read = readCrafted("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>when</t></is></c></row>"
                                        "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>60</v></c></row>"
                                        "<row r=\"3\"><c r=\"B3\" s=\"1\"><v>-3</v></c></row>"
                                        "<row r=\"4\"><c r=\"C4\" s=\"1\"><v>3000000</v></c></row>");
    QVERIFY(!read.hasError);
    QCOMPARE(read.rows.size(), 4);
    QCOMPARE(read.rows[1], QStringList { "1900-02-29" });
    QCOMPARE(read.rows[2], (QStringList { "", "-3" }));
    QCOMPARE(read.rows[3], (QStringList { "", "", "3000000" }));
    QCOMPARE(read.warnings.size(), 3);
    QCOMPARE(read.warnings[0].where.row, 2);
    QCOMPARE(read.warnings[0].where.column, 1);
    QCOMPARE(read.warnings[0].where.sheet, "Data");
    QVERIFY2(read.warnings[0].message.contains("29 February 1900"), qPrintable(read.warnings[0].message));
    QCOMPARE(read.warnings[1].where.row, 3);
    QCOMPARE(read.warnings[1].where.column, 2);
    QCOMPARE(read.warnings[2].where.row, 4);
    QCOMPARE(read.warnings[2].where.column, 3);
}

void TestXlsxReader::date1904()
{
    const ReadResult read =
        readCrafted("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"2\"><v>1.5</v></c>"
                    "<c r=\"C1\" s=\"1\"><v>60</v></c><c r=\"D1\" s=\"1\"><v>43830</v></c>"
                    "<c r=\"E1\" s=\"3\"><v>0.25</v></c></row>",
                    {}, true);
    QVERIFY(!read.hasError);
    QCOMPARE(read.rows.size(), 1);
    QCOMPARE(read.rows[0],
             (QStringList { "1904-01-01", "1904-01-02T12:00:00", "1904-03-01", "2024-01-01", "06:00:00" }));
    QVERIFY(read.warnings.isEmpty()); // no leap-year bug in 1904
}

void TestXlsxReader::numberText_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QString>("expected");
    QTest::newRow("integer") << QByteArray("42") << "42";
    QTest::newRow("integer with .0") << QByteArray("42.0") << "42";
    QTest::newRow("trailing zeros") << QByteArray("1.2500") << "1.25";
    QTest::newRow("negative") << QByteArray("-0.5") << "-0.5";
    QTest::newRow("negative zero") << QByteArray("-0") << "0";
    QTest::newRow("17 digits") << QByteArray("0.30000000000000004") << "0.3";
    QTest::newRow("17 digits below") << QByteArray("0.29999999999999999") << "0.3";
    QTest::newRow("exponent") << QByteArray("1.5E-3") << "0.0015";
    QTest::newRow("tiny") << QByteArray("1.0000000000000001E-5") << "0.00001";
    QTest::newRow("large exponent") << QByteArray("1E+20") << "100000000000000000000";
    QTest::newRow("huge") << QByteArray("1.2345E+300") << "1.2345E+300";
    QTest::newRow("long integer kept") << QByteArray("123456789012345678") << "123456789012345678";
    QTest::newRow("15 digits") << QByteArray("1234567.89012345") << "1234567.89012345";
    QTest::newRow("16 digits") << QByteArray("1234567.890123456") << "1234567.89012346";
    QTest::newRow("money") << QByteArray("19.989999999999998") << "19.99";
    QTest::newRow("not a number") << QByteArray("abc") << "abc";
}

void TestXlsxReader::numberText()
{
    QFETCH(QByteArray, literal);
    QFETCH(QString, expected);
    const ReadResult read = readCrafted("<row r=\"1\"><c r=\"A1\"><v>" + literal
                                        + "</v></c>"
                                          "<c r=\"B1\" s=\"5\"><v>"
                                        + literal + "</v></c></row>");
    QVERIFY(!read.hasError);
    QCOMPARE(read.rows.size(), 1);
    QCOMPARE(read.rows[0], (QStringList { expected, expected }));
}

void TestXlsxReader::craftedCellTypes()
{
    const QByteArray strings = sst("<si><t>plain</t></si>"
                                   "<si><r><t xml:space=\"preserve\">Rich </t></r><r><rPr><b/></rPr>"
                                   "<t>runs</t></r><rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>"
                                   "<si><t xml:space=\"preserve\">  spaced  </t></si>"
                                   "<si><t>a_x000D_b_x005F_x0041_</t></si>"
                                   "<si><t>Tom &amp; Jerry &lt;3</t></si>"
                                   "<si><t/></si>");
    const ReadResult read = readCrafted(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
        "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>inline</t></is></c>"
        "<c r=\"B2\" t=\"inlineStr\"><is><r><t>in</t></r><r><t>line runs</t></r></is></c>"
        "<c r=\"C2\" t=\"str\"><f>CONCAT(\"x\",\"y\")</f><v>xy</v></c>"
        "<c r=\"D2\" t=\"e\"><f>VLOOKUP(1,A:A,2,0)</f><v>#N/A</v></c>"
        "<c r=\"E2\" t=\"b\"><v>1</v></c><c r=\"F2\" t=\"s\"><v>5</v></c></row>"
        // No references: cells follow one another. A formula number result.
        "<row><c t=\"inlineStr\"><is><t>x</t></is></c><c><f>1+1</f><v>2</v></c><c r=\"E3\"><v>5</v></c>"
        "<c><v>6</v></c></row>"
        "<row r=\"4\"><c r=\"A4\" t=\"d\"><v>2024-05-06T00:00:00</v></c>"
        "<c r=\"B4\" t=\"d\"><v>2024-05-06T10:30:00</v></c><c r=\"C4\" t=\"e\"><v>#DIV/0!</v></c></row>",
        strings);
    QVERIFY2(!read.hasError, qPrintable(read.error.message));
    QCOMPARE(read.rows.size(), 4);
    QCOMPARE(read.rows[0], (QStringList { "plain", "Rich runs", "  spaced  ", "a\rb_x0041_", "Tom & Jerry <3" }));
    QCOMPARE(read.rows[1], (QStringList { "inline", "inline runs", "xy", "#N/A", "TRUE" }));
    QCOMPARE(read.rows[2], (QStringList { "x", "2", "", "", "5", "6" }));
    QCOMPARE(read.rowNumbers[2], 3);
    QCOMPARE(read.rows[3], (QStringList { "2024-05-06", "2024-05-06T10:30:00", "#DIV/0!" }));
    QCOMPARE(read.warnings.size(), 2);
    QCOMPARE(read.warnings[0].where.row, 2);
    QCOMPARE(read.warnings[0].where.column, 4);
    QCOMPARE(read.warnings[0].where.sheet, "Data");
    QVERIFY(read.warnings[0].message.contains("#N/A"));
    QVERIFY(read.warnings[0].message.contains("D2"));
    QCOMPARE(read.warnings[1].where.row, 4);
    QCOMPARE(read.warnings[1].where.column, 3);
}

void TestXlsxReader::sharedStringOutOfRange()
{
    const ReadResult read = readCrafted("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>7</v></c>"
                                        "<c r=\"C1\" t=\"s\"><v>x</v></c></row>",
                                        sst("<si><t>only</t></si>"));
    QVERIFY(!read.hasError);
    QCOMPARE(read.rows, QList<QStringList> { QStringList { "only" } });
    QCOMPARE(read.warnings.size(), 2);
    QCOMPARE(read.warnings[0].where.column, 2);
    QCOMPARE(read.warnings[1].where.column, 3);
}

void TestXlsxReader::mergedTitleRowSkipped()
{
    const QString file = path("title.xlsx");
    lxw_workbook *wb = xw::workbook_new(file.toUtf8().constData());
    lxw_worksheet *ws = xw::workbook_add_worksheet(wb, "Report");
    lxw_format *centered = xw::workbook_add_format(wb);
    xw::format_set_align(centered, LXW_ALIGN_CENTER);
    xw::worksheet_merge_range(ws, 0, 0, 0, 3, "Time by client, March 2025", centered);
    xw::worksheet_merge_range(ws, 1, 1, 1, 2, "Harbor & Pine LLP", centered); // a subtitle
    xw::worksheet_write_string(ws, 3, 0, "Client", nullptr);
    xw::worksheet_write_string(ws, 3, 1, "Hours", nullptr);
    xw::worksheet_write_string(ws, 4, 0, "Acme", nullptr);
    xw::worksheet_write_number(ws, 4, 1, 3.25, nullptr);
    QCOMPARE(xw::workbook_close(wb), LXW_NO_ERROR);

    auto reader = open(file);
    QVERIFY(reader);
    const ReadResult read = readAll(*reader);
    QVERIFY(!read.hasError);
    QCOMPARE(read.rows, (QList<QStringList> { { "Client", "Hours" }, { "Acme", "3.25" } }));
    QCOMPARE(read.rowNumbers, (QList<qint64> { 4, 5 }));
    QCOMPARE(read.warnings.size(), 2);
    QCOMPARE(read.warnings[0].where.row, 1);
    QVERIFY(read.warnings[0].message.contains("Time by client, March 2025"));
    QCOMPARE(read.warnings[1].where.row, 2);
}

void TestXlsxReader::mergedCellsInDataRows()
{
    // A writer that repeats the value over the merged cells: only the first keeps it.
    const ReadResult read = readCrafted(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Client</t></is></c>"
        "<c r=\"B1\" t=\"inlineStr\"><is><t>Notes</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>x</t></is></c>"
        "<c r=\"D1\" t=\"inlineStr\"><is><t>Hours</t></is></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Acme</t></is></c>"
        "<c r=\"B2\" t=\"inlineStr\"><is><t>long note</t></is></c>"
        "<c r=\"C2\" t=\"inlineStr\"><is><t>long note</t></is></c><c r=\"D2\"><v>2</v></c></row>"
        "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>Beta</t></is></c>"
        "<c r=\"B3\" t=\"inlineStr\"><is><t>tail</t></is></c><c r=\"C3\" t=\"inlineStr\"><is><t>tail</t></is></c>"
        "</row><row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>Beta</t></is></c></row>",
        {}, false,
        "<mergeCells count=\"3\"><mergeCell ref=\"B2:C2\"/><mergeCell ref=\"B3:C3\"/>"
        "<mergeCell ref=\"A3:A4\"/></mergeCells>");
    QVERIFY2(!read.hasError, qPrintable(read.error.message));
    QCOMPARE(read.rows,
             (QList<QStringList> {
                 { "Client", "Notes", "x", "Hours" }, { "Acme", "long note", "", "2" }, { "Beta", "tail" } }));
    QCOMPARE(read.rowNumbers, (QList<qint64> { 1, 2, 3 }));
}

void TestXlsxReader::mergedHeaderIsNotTitle()
{
    // A header with a merged group label next to other headers is the header.
    const QString file = path("group.xlsx");
    lxw_workbook *wb = xw::workbook_new(file.toUtf8().constData());
    lxw_worksheet *ws = xw::workbook_add_worksheet(wb, nullptr);
    xw::worksheet_write_string(ws, 0, 0, "Client", nullptr);
    xw::worksheet_merge_range(ws, 0, 1, 0, 2, "Hours", nullptr);
    xw::worksheet_write_string(ws, 1, 0, "Acme", nullptr);
    xw::worksheet_write_number(ws, 1, 1, 1, nullptr);
    xw::worksheet_write_number(ws, 1, 2, 2, nullptr);
    QCOMPARE(xw::workbook_close(wb), LXW_NO_ERROR);

    auto reader = open(file);
    QVERIFY(reader);
    const ReadResult read = readAll(*reader);
    QCOMPARE(read.rows, (QList<QStringList> { { "Client", "Hours" }, { "Acme", "1", "2" } }));
    QVERIFY(read.warnings.isEmpty());
}

void TestXlsxReader::sheetSelection()
{
    const QString file = path("two.xlsx");
    lxw_workbook *wb = xw::workbook_new(file.toUtf8().constData());
    lxw_worksheet *clients = xw::workbook_add_worksheet(wb, "Clients");
    lxw_worksheet *time = xw::workbook_add_worksheet(wb, "Time entries");
    xw::worksheet_write_string(clients, 0, 0, "client", nullptr);
    xw::worksheet_write_string(time, 0, 0, "time", nullptr);
    xw::worksheet_write_number(time, 1, 0, 1.5, nullptr);
    QCOMPARE(xw::workbook_close(wb), LXW_NO_ERROR);

    auto first = open(file);
    QVERIFY(first);
    QCOMPARE(first->sheetNames(), (QStringList { "Clients", "Time entries" }));
    QCOMPARE(first->sheet(), "Clients");
    QCOMPARE(readAll(*first).rows, QList<QStringList> { QStringList { "client" } });

    auto second = open(file, "Time entries");
    QVERIFY(second);
    QCOMPARE(second->sheet(), "Time entries");
    const ReadResult read = readAll(*second);
    QCOMPARE(read.rows, (QList<QStringList> { { "time" }, { "1.5" } }));

    auto anyCase = open(file, "time ENTRIES");
    QVERIFY(anyCase);
    QCOMPARE(anyCase->sheet(), "Time entries");

    // Sheet parts are found through the relationships, not by their names.
    const QString crafted = path("parts.xlsx");
    QVERIFY(craftWorkbook(crafted,
                          { { "Zeta", "/xl/worksheets/other.xml", "xl/worksheets/other.xml",
                              "<sheetData><row r=\"1\"><c r=\"A1\"><v>26</v></c></row></sheetData>" },
                            { "Alpha", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml",
                              "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>" } }));
    auto zeta = open(crafted);
    QVERIFY(zeta);
    QCOMPARE(zeta->sheetNames(), (QStringList { "Zeta", "Alpha" }));
    QCOMPARE(readAll(*zeta).rows, QList<QStringList> { QStringList { "26" } });
    auto alpha = open(crafted, "Alpha");
    QVERIFY(alpha);
    QCOMPARE(readAll(*alpha).rows, QList<QStringList> { QStringList { "1" } });
}

void TestXlsxReader::unknownSheet()
{
    const QString file = path("named.xlsx");
    lxw_workbook *wb = xw::workbook_new(file.toUtf8().constData());
    xw::workbook_add_worksheet(wb, "Clients");
    xw::workbook_add_worksheet(wb, "Matters");
    QCOMPARE(xw::workbook_close(wb), LXW_NO_ERROR);

    ReaderOptions options;
    options.sheet = "Invoices";
    ReaderMessage error;
    QVERIFY(!XlsxReader::open(file, options, &error));
    QVERIFY2(error.message.contains("Invoices"), qPrintable(error.message));
    QVERIFY2(error.message.contains("Clients, Matters"), qPrintable(error.message));
    QCOMPARE(error.where.file, file);
    QCOMPARE(error.where.row, 0);
}

void TestXlsxReader::classifyFormat_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    const int plain = int(XlsxReader::NumberKind::Plain);
    const int date = int(XlsxReader::NumberKind::Date);
    const int time = int(XlsxReader::NumberKind::Time);
    const int elapsed = int(XlsxReader::NumberKind::Elapsed);
    QTest::newRow("General") << "General" << plain;
    QTest::newRow("0.00") << "0.00" << plain;
    QTest::newRow("currency") << "_(\"$\"* #,##0.00_);_(\"$\"* \\(#,##0.00\\)" << plain;
    QTest::newRow("quoted letters") << "#,##0 \"days and hours\"" << plain;
    QTest::newRow("escaped d") << "0\\d" << plain;
    QTest::newRow("colour") << "[Red]0.00;[Blue]-0.00" << plain;
    QTest::newRow("scientific") << "0.00E+00" << plain;
    QTest::newRow("text") << "@" << plain;
    QTest::newRow("dd/mm/yyyy") << "dd/mm/yyyy" << date;
    QTest::newRow("upper case") << "DD/MM/YYYY" << date;
    QTest::newRow("m/d/yy h:mm") << "m/d/yy h:mm" << date;
    QTest::newRow("mmm-yy") << "mmm-yy" << date;
    QTest::newRow("locale prefix") << "[$-409]mmmm d, yyyy;@" << date;
    QTest::newRow("iso") << "yyyy\\-mm\\-dd\"T\"hh:mm:ss" << date;
    QTest::newRow("hh:mm:ss") << "hh:mm:ss" << time;
    QTest::newRow("h:mm AM/PM") << "h:mm AM/PM" << time;
    QTest::newRow("mm:ss") << "mm:ss" << time;
    QTest::newRow("mm:ss.0") << "mm:ss.0" << time;
    QTest::newRow("[h]:mm") << "[h]:mm" << elapsed;
    QTest::newRow("[mm]:ss") << "[mm]:ss" << elapsed;
}

void TestXlsxReader::classifyFormat()
{
    QFETCH(QString, code);
    QFETCH(int, kind);
    QCOMPARE(int(XlsxReader::classifyFormat(code)), kind);
}

void TestXlsxReader::factoryDispatch()
{
    const QString file = path("renamed.csv"); // a workbook by content
    lxw_workbook *wb = xw::workbook_new(file.toUtf8().constData());
    lxw_worksheet *ws = xw::workbook_add_worksheet(wb, nullptr);
    xw::worksheet_write_string(ws, 0, 0, "x", nullptr);
    QCOMPARE(xw::workbook_close(wb), LXW_NO_ERROR);
    ReaderMessage error;
    auto reader = SourceReader::open(file, {}, &error);
    QVERIFY2(reader, qPrintable(error.message));
    QCOMPARE(reader->format(), "xlsx");
    QStringList cells;
    QVERIFY(reader->readRecord(cells));
    QCOMPARE(cells, QStringList { "x" });
    QVERIFY(!reader->readRecord(cells));
    QVERIFY(!reader->hasError());
}

void TestXlsxReader::corruptZip()
{
    const QString file = path("corrupt.xlsx");
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray("PK\x03\x04", 4) + QByteArray(300, 'z'));
    out.close();
    ReaderMessage error;
    QVERIFY(!XlsxReader::open(file, {}, &error));
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.where.file, file);
    QCOMPARE(error.where.row, 0);

    ReaderMessage viaFactory;
    QVERIFY(!SourceReader::open(file, {}, &viaFactory));
    QCOMPARE(viaFactory.message, error.message);
}

void TestXlsxReader::notAWorkbook()
{
    const QString file = path("notes.zip");
    QVERIFY(writeZip(file, { { "notes.txt", "hello" } }));
    ReaderMessage error;
    QVERIFY(!XlsxReader::open(file, {}, &error));
    QVERIFY2(error.message.contains("xl/workbook.xml"), qPrintable(error.message));

    // A workbook whose sheet part is missing.
    const QString missing = path("missing.xlsx");
    QVERIFY(craftWorkbook(missing, { { "Gone", "worksheets/gone.xml", "xl/worksheets/present.xml", "" } }));
    QVERIFY(!XlsxReader::open(missing, {}, &error));
    QVERIFY2(error.message.contains("Gone"), qPrintable(error.message));
}

void TestXlsxReader::truncatedWorkbook()
{
    const QString file = path("full.xlsx");
    lxw_workbook *wb = xw::workbook_new(file.toUtf8().constData());
    lxw_worksheet *ws = xw::workbook_add_worksheet(wb, nullptr);
    for (int row = 0; row < 2000; ++row)
        xw::worksheet_write_number(ws, row, 0, row, nullptr);
    QCOMPARE(xw::workbook_close(wb), LXW_NO_ERROR);
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    const QString cut = path("cut.xlsx");
    QFile out(cut);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() / 2)); // no central directory any more
    out.close();
    ReaderMessage error;
    QVERIFY(!XlsxReader::open(cut, {}, &error));
    QVERIFY(!error.message.isEmpty());
}

void TestXlsxReader::malformedSheetKeepsEarlierRows()
{
    const QString file = path("malformed.xlsx");
    QVERIFY(craftWorkbook(file,
                          { { "Data", "worksheets/data.xml", "xl/worksheets/data.xml",
                              "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                              "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"
                              "<row r=\"3\"><c r=\"A3\"><v>3</c></row></sheetData>" } }));
    auto reader = open(file);
    QVERIFY(reader);
    const ReadResult read = readAll(*reader);
    QCOMPARE(read.rows, (QList<QStringList> { { "1" }, { "2" } }));
    QVERIFY(read.hasError);
    QCOMPARE(read.error.where.file, file);
    QCOMPARE(read.error.where.sheet, "Data");
    QCOMPARE(read.error.where.row, 3);
    QVERIFY2(read.error.message.contains("xl/worksheets/data.xml"), qPrintable(read.error.message));
    QStringList cells { "stale" };
    QVERIFY(!reader->readRecord(cells));
    QVERIFY(cells.isEmpty());

    // Truncated XML: the end of the document is missing.
    const QString truncated = path("truncated-xml.xlsx");
    QVERIFY(craftWorkbook(truncated,
                          { { "Data", "worksheets/data.xml", "xl/worksheets/data.xml",
                              worksheetXml("<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                                           "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row>")
                                  .chopped(30) } }));
    auto cutReader = open(truncated);
    QVERIFY(cutReader);
    const ReadResult cutRead = readAll(*cutReader);
    QCOMPARE(cutRead.rows, QList<QStringList> { QStringList { "1" } });
    QVERIFY(cutRead.hasError);
    QCOMPARE(cutRead.error.where.row, 2);

    // A damaged list of shared strings stops the workbook from opening.
    const QString badStrings = path("bad-strings.xlsx");
    QVERIFY(craftWorkbook(badStrings, { { "Data", "worksheets/data.xml", "xl/worksheets/data.xml", "" } },
                          sst("<si><t>open</si>")));
    ReaderMessage error;
    QVERIFY(!XlsxReader::open(badStrings, {}, &error));
    QVERIFY2(error.message.contains("sharedStrings.xml"), qPrintable(error.message));
}

void TestXlsxReader::damagedCompressedData()
{
    // The deflated bytes of a part overwritten in the middle: inflating fails
    // there, and the parser must stop rather than wait for more data.
    auto damage = [](const QString &file, const QByteArray &entry, bool atStart = false) {
        QFile zip(file);
        if (!zip.open(QIODevice::ReadWrite))
            return false;
        QByteArray bytes = zip.readAll();
        const qsizetype name = bytes.indexOf(entry); // in the local header, which comes first
        if (name < 30)
            return false;
        const auto le32 = [&](qsizetype at) {
            return quint32(quint8(bytes[at])) | quint32(quint8(bytes[at + 1])) << 8
                | quint32(quint8(bytes[at + 2])) << 16 | quint32(quint8(bytes[at + 3])) << 24;
        };
        const qsizetype local = name - 30;
        const quint32 compressed = le32(local + 18);
        const qsizetype data = name + entry.size() + (quint8(bytes[local + 28]) | quint8(bytes[local + 29]) << 8);
        const qsizetype from = atStart ? data : data + compressed / 3;
        if (compressed < 30 || data + compressed > bytes.size())
            return false;
        for (qsizetype i = from; i < from + std::min<qsizetype>(64, compressed / 3); ++i)
            bytes[i] = char(0xff);
        zip.seek(0);
        zip.write(bytes);
        return true;
    };
    QByteArray rows;
    for (int row = 1; row <= 3000; ++row)
        rows += "<row r=\"" + QByteArray::number(row) + "\"><c r=\"A" + QByteArray::number(row) + "\"><v>"
            + QByteArray::number(row * 7919 % 10007) + "</v></c></row>";
    const QString file = path("deflate.xlsx");
    QVERIFY(craftWorkbook(
        file, { { "Data", "worksheets/data.xml", "xl/worksheets/data.xml", "<sheetData>" + rows + "</sheetData>" } }));
    QVERIFY(damage(file, "xl/worksheets/data.xml"));
    auto reader = open(file);
    QVERIFY(reader);
    const ReadResult read = readAll(*reader);
    QVERIFY(read.hasError);
    QVERIFY(read.rows.size() > 100);
    QVERIFY(read.rows.size() < 3000);
    QCOMPARE(read.error.where.sheet, "Data");
    QVERIFY(read.error.where.row > 100);

    // Damaged from its first byte (an invalid block type): no rows, an error.
    const QString first = path("deflate-first.xlsx");
    QVERIFY(craftWorkbook(
        first, { { "Data", "worksheets/data.xml", "xl/worksheets/data.xml", "<sheetData>" + rows + "</sheetData>" } }));
    QVERIFY(damage(first, "xl/worksheets/data.xml", true));
    auto firstReader = open(first);
    QVERIFY(firstReader);
    const ReadResult firstRead = readAll(*firstReader);
    QVERIFY(firstRead.rows.isEmpty());
    QVERIFY(firstRead.hasError);
    QVERIFY2(firstRead.error.message.contains("compressed data"), qPrintable(firstRead.error.message));

    // The same in a small part read while opening.
    const QString rels = path("deflate-rels.xlsx");
    QVERIFY(craftWorkbook(rels, { { "Data", "worksheets/data.xml", "xl/worksheets/data.xml", "<sheetData/>" } },
                          sst(QByteArray("<si><t>padding</t></si>").repeated(400))));
    QVERIFY(damage(rels, "xl/sharedStrings.xml"));
    ReaderMessage error;
    QVERIFY(!XlsxReader::open(rels, {}, &error));
    QVERIFY2(error.message.contains("sharedStrings.xml"), qPrintable(error.message));
}

void TestXlsxReader::progress()
{
    const QString file = path("progress.xlsx");
    lxw_workbook *wb = xw::workbook_new(file.toUtf8().constData());
    lxw_worksheet *ws = xw::workbook_add_worksheet(wb, nullptr);
    for (int row = 0; row < 20000; ++row) {
        xw::worksheet_write_number(ws, row, 0, row, nullptr);
        xw::worksheet_write_string(ws, row, 1, qPrintable(QString("client %1").arg(row)), nullptr);
    }
    QCOMPARE(xw::workbook_close(wb), LXW_NO_ERROR);
    auto reader = open(file);
    QVERIFY(reader);
    QVERIFY(reader->totalBytes() > 0);
    QVERIFY(reader->totalBytes() < QFileInfo(file).size());
    QCOMPARE(reader->bytesRead(), 0);
    QStringList cells;
    for (int i = 0; i < 10000; ++i)
        QVERIFY(reader->readRecord(cells));
    QCOMPARE(cells, (QStringList { "9999", "client 9999" }));
    const qint64 halfway = reader->bytesRead();
    QVERIFY2(halfway > reader->totalBytes() / 4 && halfway < reader->totalBytes() * 3 / 4,
             qPrintable(QString("%1 of %2").arg(halfway).arg(reader->totalBytes())));
    while (reader->readRecord(cells)) { }
    QCOMPARE(reader->row(), 20000);
    QCOMPARE(reader->bytesRead(), reader->totalBytes());
}

void TestXlsxReader::readSpeed()
{
    const int rows = qEnvironmentVariableIntValue("CUTOVER_XLSX_ROWS") > 0
        ? qEnvironmentVariableIntValue("CUTOVER_XLSX_ROWS")
        : 100000;
    // CUTOVER_XLSX_BENCH_FILE keeps the workbook between runs (to profile the reading alone).
    const QString kept = qEnvironmentVariable("CUTOVER_XLSX_BENCH_FILE");
    const QString file = kept.isEmpty() ? path("speed.xlsx") : kept;
    if (kept.isEmpty() || !QFileInfo::exists(kept))
        QVERIFY(writeSpeedWorkbook(file, rows));

    QElapsedTimer timer;
    timer.start();
    auto reader = open(file);
    QVERIFY(reader);
    QStringList cells;
    qint64 count = 0;
    qint64 checksum = 0;
    while (reader->readRecord(cells)) {
        ++count;
        checksum += cells.size();
    }
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    QVERIFY(!reader->hasError());
    QCOMPARE(count, rows + 1);
    QCOMPARE(checksum, qint64(rows + 1) * 8);
    QCOMPARE(cells.size(), 0);
    qInfo("%d rows x 8 columns in %lld ms: %lld rows/s", rows, ms, qint64(rows) * 1000 / ms);
}

// Time entries as a practice system exports them: ids, repeated clients and
// matters, dates, hours, rates, flags, free text.
bool TestXlsxReader::writeSpeedWorkbook(const QString &file, int rows)
{
    lxw_workbook *wb = xw::workbook_new(file.toUtf8().constData());
    lxw_worksheet *ws = xw::workbook_add_worksheet(wb, "Time");
    lxw_format *dateFormat = xw::workbook_add_format(wb);
    xw::format_set_num_format(dateFormat, "yyyy-mm-dd");
    const char *headers[] = { "Id", "Client", "Matter", "Date", "Hours", "Rate", "Billable", "Description" };
    for (int c = 0; c < 8; ++c)
        xw::worksheet_write_string(ws, 0, lxw_col_t(c), headers[c], nullptr);
    for (int r = 1; r <= rows; ++r) {
        xw::worksheet_write_number(ws, lxw_row_t(r), 0, r, nullptr);
        xw::worksheet_write_string(ws, lxw_row_t(r), 1, qPrintable(QString("Client %1").arg(r % 500)), nullptr);
        xw::worksheet_write_string(ws, lxw_row_t(r), 2, qPrintable(QString("M-%1").arg(r % 3000, 5, 10, QChar('0'))),
                                   nullptr);
        xw::worksheet_write_number(ws, lxw_row_t(r), 3, 44927 + r % 730, dateFormat);
        xw::worksheet_write_number(ws, lxw_row_t(r), 4, (r % 40) * 0.25, nullptr);
        xw::worksheet_write_number(ws, lxw_row_t(r), 5, 150 + r % 7 * 25, nullptr);
        xw::worksheet_write_boolean(ws, lxw_row_t(r), 6, r % 3 != 0, nullptr);
        xw::worksheet_write_string(ws, lxw_row_t(r), 7, qPrintable(QString("Drafted document %1").arg(r)), nullptr);
    }
    return xw::workbook_close(wb) == LXW_NO_ERROR;
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"
