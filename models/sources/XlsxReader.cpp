#include "XlsxReader.h"

#include <QDate>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Cutover {

namespace {

constexpr int MaxColumns = 16384; // XFD, Excel's last column
constexpr qint64 MaxRows = qint64(1) << 40; // far beyond Excel's 1,048,576; keeps arithmetic safe
constexpr qint64 ScanChunk = 64 * 1024;
constexpr qsizetype MaxTagLength = 4096; // a <mergeCell> tag longer than this is not one

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// "C7" -> column 3, row 7. Either part may be absent ("C", "7"); at least one
// must be there, and nothing else.
bool parseCellReference(QStringView reference, int *column, qint64 *row)
{
    qsizetype i = 0;
    int col = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = reference[i].unicode();
        int letter = 0;
        if (c >= u'A' && c <= u'Z')
            letter = c - u'A' + 1;
        else if (c >= u'a' && c <= u'z')
            letter = c - u'a' + 1;
        else
            break;
        col = col * 26 + letter;
        if (col > MaxColumns)
            return false;
    }
    const qsizetype digits = i;
    qint64 r = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = reference[i].unicode();
        if (!isDigit(c))
            return false;
        r = r * 10 + (c - u'0');
        if (r > MaxRows)
            return false;
    }
    if (col == 0 && digits == i)
        return false;
    *column = col;
    *row = r;
    return true;
}

QString columnName(int column)
{
    QString name;
    while (column > 0) {
        const int rest = (column - 1) % 26;
        name.prepend(QChar(u'A' + rest));
        column = (column - 1) / 26;
    }
    return name;
}

QString cellName(int column, qint64 row)
{
    return columnName(column) + QString::number(row);
}

// A double as Excel shows it in General: at most 15 significant digits, no
// trailing zeros, plain notation unless the number is very large or small.
QString formatDouble(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    // "-1.23450000000000e+05": one digit, the point, 14 digits, the exponent.
    const QString e = QString::number(value, 'e', 14);
    const bool negative = e.startsWith(u'-');
    const QStringView text = QStringView(e).mid(negative ? 1 : 0);
    const qsizetype ePos = text.indexOf(u'e');
    if (ePos < 3)
        return e;
    QString digits = text.left(1).toString();
    digits.append(text.mid(2, ePos - 2));
    const int exponent = text.mid(ePos + 1).toInt();
    while (digits.size() > 1 && digits.endsWith(u'0'))
        digits.chop(1);

    QString out;
    if (negative)
        out += u'-';
    if (exponent > 20 || exponent < -10) {
        out += digits.left(1);
        if (digits.size() > 1) {
            out += u'.';
            out += QStringView(digits).mid(1);
        }
        out += exponent < 0 ? QStringLiteral("E-") : QStringLiteral("E+");
        out += QString::number(std::abs(exponent));
        return out;
    }
    if (exponent < 0) {
        out += QStringLiteral("0.");
        out += QString(-exponent - 1, u'0');
        out += digits;
        return out;
    }
    const qsizetype integerDigits = exponent + 1;
    if (digits.size() <= integerDigits) {
        out += digits;
        out += QString(integerDigits - digits.size(), u'0');
    } else {
        out += QStringView(digits).left(integerDigits);
        out += u'.';
        out += QStringView(digits).mid(integerDigits);
    }
    return out;
}

// The text of a number literal from a <v> element. Excel writes up to 17
// significant digits ("0.30000000000000004") but shows 15; a plain decimal with
// at most 15 is kept as written (trailing fractional zeros dropped), a plain
// integer is kept whatever its length (ids written by other programs), anything
// else goes through the double.
QString numberText(QStringView literal)
{
    const qsizetype n = literal.size();
    qsizetype i = 0;
    bool negative = false;
    if (i < n && (literal[i] == u'-' || literal[i] == u'+')) {
        negative = literal[i] == u'-';
        ++i;
    }
    qsizetype intStart = i;
    while (i < n && isDigit(literal[i].unicode()))
        ++i;
    const qsizetype intEnd = i;
    qsizetype fracStart = i, fracEnd = i;
    bool point = false;
    if (i < n && literal[i] == u'.') {
        point = true;
        fracStart = ++i;
        while (i < n && isDigit(literal[i].unicode()))
            ++i;
        fracEnd = i;
    }
    if (i == n && (intEnd > intStart || fracEnd > fracStart)) {
        while (intStart < intEnd - 1 && literal[intStart] == u'0')
            ++intStart;
        while (fracEnd > fracStart && literal[fracEnd - 1] == u'0')
            --fracEnd;
        const bool zeroInteger = intEnd == intStart || (intEnd - intStart == 1 && literal[intStart] == u'0');
        if (!point || fracEnd == fracStart) {
            if (zeroInteger)
                return QStringLiteral("0");
            QString out;
            out.reserve(intEnd - intStart + 1);
            if (negative)
                out += u'-';
            out += literal.mid(intStart, intEnd - intStart);
            return out;
        }
        qsizetype significant = fracEnd - fracStart;
        if (!zeroInteger) {
            significant += intEnd - intStart;
        } else {
            qsizetype k = fracStart;
            while (k < fracEnd && literal[k] == u'0')
                ++k;
            significant = fracEnd - k;
        }
        if (significant <= 15) {
            QString out;
            out.reserve(fracEnd - intStart + 3);
            if (negative)
                out += u'-';
            if (zeroInteger)
                out += u'0';
            else
                out += literal.mid(intStart, intEnd - intStart);
            out += u'.';
            out += literal.mid(fracStart, fracEnd - fracStart);
            return out;
        }
    }
    bool ok = false;
    const double value = literal.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return literal.toString();
    return formatDouble(value);
}

// "HH:mm:ss" from seconds (hours may pass 24 for elapsed times).
QString clockText(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const int minutes = int(seconds / 60 % 60);
    const int secs = int(seconds % 60);
    char buffer[32];
    int length = 0;
    char digits[24];
    int count = 0;
    qint64 h = hours;
    do {
        digits[count++] = char('0' + h % 10);
        h /= 10;
    } while (h > 0);
    if (count < 2)
        buffer[length++] = '0';
    while (count > 0)
        buffer[length++] = digits[--count];
    buffer[length++] = ':';
    buffer[length++] = char('0' + minutes / 10);
    buffer[length++] = char('0' + minutes % 10);
    buffer[length++] = ':';
    buffer[length++] = char('0' + secs / 10);
    buffer[length++] = char('0' + secs % 10);
    return QString::fromLatin1(buffer, length);
}

// "yyyy-MM-dd", and "THH:mm:ss" after it when there is a time of day.
QString isoDateText(int year, int month, int day, qint64 seconds)
{
    char buffer[20];
    int length = 0;
    auto two = [&](int value) {
        buffer[length++] = char('0' + value / 10);
        buffer[length++] = char('0' + value % 10);
    };
    two(year / 100);
    two(year % 100);
    buffer[length++] = '-';
    two(month);
    buffer[length++] = '-';
    two(day);
    if (seconds > 0) {
        buffer[length++] = 'T';
        two(int(seconds / 3600));
        buffer[length++] = ':';
        two(int(seconds / 60 % 60));
        buffer[length++] = ':';
        two(int(seconds % 60));
    }
    return QString::fromLatin1(buffer, length);
}

// Resolves a relationship target against the folder of the part that holds it.
QString resolvePartPath(const QString &baseDir, QStringView target)
{
    QString joined = target.startsWith(u'/') ? target.mid(1).toString() : baseDir + target.toString();
    joined.replace(u'\\', u'/');
    QStringList out;
    for (const QString &segment : joined.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == QStringLiteral("."))
            continue;
        if (segment == QStringLiteral("..")) {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out << segment;
    }
    return out.join(u'/');
}

QString folderOf(const QString &partPath)
{
    const qsizetype slash = partPath.lastIndexOf(u'/');
    return slash < 0 ? QString() : partPath.left(slash + 1);
}

bool isTrue(QStringView value)
{
    return value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0
        || value.compare(u"on", Qt::CaseInsensitive) == 0;
}

// Whether `hit` (the index of "mergeCell" in `buffer`) starts a tag name:
// "<mergeCell" or "<prefix:mergeCell".
bool startsTag(const QByteArray &buffer, qsizetype hit)
{
    qsizetype j = hit - 1;
    if (j < 0)
        return false;
    if (buffer[j] == '<')
        return true;
    if (buffer[j] != ':')
        return false;
    for (--j; j >= 0; --j) {
        const char c = buffer[j];
        if (c == '<')
            return j < hit - 2;
        const bool nameChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
            || c == '-' || c == '.';
        if (!nameChar)
            return false;
    }
    return false;
}

// The value of attribute `name` in the text of one tag, or empty.
QByteArray attributeIn(QByteArrayView tag, QByteArrayView name)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = tag.indexOf(name, from);
        if (at < 1)
            return {};
        from = at + 1;
        const char before = tag[at - 1];
        if (before != ' ' && before != '\t' && before != '\r' && before != '\n')
            continue;
        qsizetype k = at + name.size();
        while (k < tag.size() && (tag[k] == ' ' || tag[k] == '\t' || tag[k] == '\r' || tag[k] == '\n'))
            ++k;
        if (k >= tag.size() || tag[k] != '=')
            continue;
        ++k;
        while (k < tag.size() && (tag[k] == ' ' || tag[k] == '\t' || tag[k] == '\r' || tag[k] == '\n'))
            ++k;
        if (k >= tag.size() || (tag[k] != '"' && tag[k] != '\''))
            continue;
        const char quote = tag[k];
        const qsizetype end = tag.indexOf(quote, k + 1);
        if (end < 0)
            return {};
        return tag.sliced(k + 1, end - k - 1).toByteArray();
    }
}

// Appends the text of the current element, through its end tag.
void appendElementText(QXmlStreamReader &xml, QString &out)
{
    while (!xml.atEnd() && !xml.hasError()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Characters)
            out += xml.text();
        else if (token == QXmlStreamReader::StartElement)
            xml.skipCurrentElement();
        else if (token == QXmlStreamReader::EndElement)
            return;
    }
}

void readRichText(QXmlStreamReader &xml, QString &out)
{
    // <si>/<is>: <t> directly, or runs <r><rPr/><t/></r>; phonetic runs (<rPh>) are
    // reading aids, not text, and are left out.
    int depth = 1;
    while (depth > 0 && !xml.atEnd() && !xml.hasError()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"t")
                appendElementText(xml, out);
            else if (name == u"r")
                ++depth;
            else
                xml.skipCurrentElement();
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    // Control characters are stored escaped: "_x000D_" (and "_x005F_" for "_").
    if (!out.contains(QStringLiteral("_x")))
        return;
    QString decoded;
    decoded.reserve(out.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i] == u'_' && i + 6 < out.size() && out[i + 1] == u'x' && out[i + 6] == u'_') {
            bool ok = false;
            const ushort code = QStringView(out).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                decoded += QChar(code);
                i += 6;
                continue;
            }
        }
        decoded += out[i];
    }
    out = decoded;
}

} // namespace

XlsxReader::XlsxReader() = default;

XlsxReader::~XlsxReader()
{
    // The device before the zip it reads from, and the parser before its device.
    m_xml.reset();
    if (m_file && m_file->isOpen())
        m_file->close();
    m_file.reset();
    if (m_zip)
        m_zip->close();
}

std::unique_ptr<XlsxReader> XlsxReader::open(const QString &path, const ReaderOptions &options, ReaderMessage *error)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    reader->m_path = path;
    auto failed = [&]() -> std::unique_ptr<XlsxReader> {
        if (error)
            *error = reader->m_error;
        return nullptr;
    };
    if (!reader->openZip() || !reader->readWorkbook(reader->workbookPart()))
        return failed();

    if (reader->m_sheets.isEmpty()) {
        reader->fail(tr("%1 has no worksheets.").arg(QFileInfo(path).fileName()));
        return failed();
    }
    const Part *chosen = &reader->m_sheets.first();
    if (!options.sheet.isEmpty()) {
        chosen = nullptr;
        for (const Part &part : std::as_const(reader->m_sheets)) {
            if (part.name == options.sheet) {
                chosen = &part;
                break;
            }
        }
        // Excel's sheet names are unique regardless of case.
        for (qsizetype i = 0; !chosen && i < reader->m_sheets.size(); ++i) {
            if (reader->m_sheets.at(i).name.compare(options.sheet, Qt::CaseInsensitive) == 0)
                chosen = &reader->m_sheets.at(i);
        }
        if (!chosen) {
            reader->fail(
                tr("%1 has no sheet named “%2”. Its sheets are: %3.")
                    .arg(QFileInfo(path).fileName(), options.sheet, reader->m_sheetNames.join(QStringLiteral(", "))));
            return failed();
        }
    }
    reader->m_sheet = chosen->name;
    reader->m_sheetPath = chosen->path;
    if (!reader->scanMergedCells() || !reader->openSheet())
        return failed();
    return reader;
}

QList<ReaderMessage> XlsxReader::takeWarnings()
{
    return std::exchange(m_warnings, {});
}

qint64 XlsxReader::bytesRead() const
{
    if (m_finished || !m_file)
        return m_compressedSize;
    if (m_uncompressedSize <= 0)
        return 0;
    const double share = double(m_file->pos()) / double(m_uncompressedSize);
    return std::clamp(qint64(share * double(m_compressedSize)), qint64(0), m_compressedSize);
}

bool XlsxReader::fail(const QString &message, qint64 row, int column)
{
    m_hasError = true;
    m_error = { { m_path, m_sheet, row, column }, message };
    return false;
}

void XlsxReader::warn(const QString &message, qint64 row, int column)
{
    m_warnings.append({ { m_path, m_sheet, row, column }, message });
}

bool XlsxReader::openZip()
{
    m_zip = std::make_unique<QuaZip>(m_path);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        return fail(tr("%1 is not a readable workbook: the zip archive is damaged (error %2).")
                        .arg(QFileInfo(m_path).fileName())
                        .arg(m_zip->getZipError()));
    }
    return true;
}

bool XlsxReader::openPart(const QString &partPath, QuaZipFile &file)
{
    if (partPath.isEmpty() || !m_zip->setCurrentFile(partPath, QuaZip::csInsensitive))
        return false;
    return file.open(QIODevice::ReadOnly);
}

QString XlsxReader::xmlProblem(const QXmlStreamReader &xml, const QString &partPath) const
{
    const auto *device = qobject_cast<const QuaZipFile *>(xml.device());
    if (device && device->getZipError() != 0) {
        return tr("%1 is damaged: the compressed data of %2 cannot be read (error %3).")
            .arg(QFileInfo(m_path).fileName(), partPath)
            .arg(device->getZipError());
    }
    return tr("%1 is damaged: %2 is not well-formed XML (%3, line %4).")
        .arg(QFileInfo(m_path).fileName(), partPath, xml.errorString())
        .arg(xml.lineNumber());
}

QString XlsxReader::workbookPart()
{
    QString workbookPath;
    QuaZipFile file(m_zip.get());
    if (openPart(QStringLiteral("[Content_Types].xml"), file)) {
        QXmlStreamReader xml(&file);
        while (!xml.atEnd() && !xml.hasError()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Override")
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            const QStringView type = attributes.value(QLatin1StringView("ContentType"));
            const bool spreadsheet = type.contains(u"spreadsheetml") || type.contains(u"ms-excel");
            if (spreadsheet && type.endsWith(u".main+xml")) {
                workbookPath = resolvePartPath(QString(), attributes.value(QLatin1StringView("PartName")));
                break;
            }
        }
        // A damaged content-types part does not matter if the workbook is where it usually is.
        file.close();
    }
    return workbookPath.isEmpty() ? QStringLiteral("xl/workbook.xml") : workbookPath;
}

bool XlsxReader::readWorkbook(const QString &workbookPath)
{
    const QString fileName = QFileInfo(m_path).fileName();
    QList<std::pair<QString, QString>> entries; // name, relationship id
    {
        QuaZipFile file(m_zip.get());
        if (!openPart(workbookPath, file))
            return fail(tr("%1 is not an Excel workbook: it has no %2.").arg(fileName, workbookPath));
        QXmlStreamReader xml(&file);
        while (!xml.atEnd() && !xml.hasError()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = xml.name();
            if (name == u"workbookPr") {
                m_date1904 = isTrue(xml.attributes().value(QLatin1StringView("date1904")));
            } else if (name == u"sheet") {
                QString sheetName, id;
                const QXmlStreamAttributes attributes = xml.attributes();
                for (const QXmlStreamAttribute &attribute : attributes) {
                    if (attribute.name() == u"name")
                        sheetName = attribute.value().toString();
                    else if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                        id = attribute.value().toString();
                }
                entries.append({ sheetName, id });
            } else if (name == u"definedNames" || name == u"bookViews" || name == u"extLst") {
                xml.skipCurrentElement();
            }
        }
        if (xml.hasError())
            return fail(xmlProblem(xml, workbookPath));
        file.close();
    }

    const QString baseDir = folderOf(workbookPath);
    const QString relsPath =
        baseDir + QStringLiteral("_rels/") + workbookPath.mid(baseDir.size()) + QStringLiteral(".rels");
    QHash<QString, QString> targets;
    QString sharedStringsPath, stylesPath;
    if (!readWorkbookRels(relsPath, baseDir, &targets, &sharedStringsPath, &stylesPath))
        return false;

    for (const auto &[name, id] : std::as_const(entries)) {
        const auto target = targets.constFind(id);
        if (target == targets.cend() || name.isEmpty())
            continue; // a chart sheet, or a dangling entry
        m_sheets.append({ name, *target });
        m_sheetNames.append(name);
    }

    // Writers that leave the relationship out still use the usual names.
    if (sharedStringsPath.isEmpty() && m_zip->setCurrentFile(baseDir + QStringLiteral("sharedStrings.xml")))
        sharedStringsPath = baseDir + QStringLiteral("sharedStrings.xml");
    if (stylesPath.isEmpty() && m_zip->setCurrentFile(baseDir + QStringLiteral("styles.xml")))
        stylesPath = baseDir + QStringLiteral("styles.xml");
    if (!sharedStringsPath.isEmpty() && !readSharedStrings(sharedStringsPath))
        return false;
    if (!stylesPath.isEmpty())
        readStyles(stylesPath);
    return true;
}

bool XlsxReader::readWorkbookRels(const QString &relsPath, const QString &baseDir, QHash<QString, QString> *targets,
                                  QString *sharedStringsPath, QString *stylesPath)
{
    QuaZipFile file(m_zip.get());
    if (!openPart(relsPath, file))
        return fail(tr("%1 is not an Excel workbook: it has no %2.").arg(QFileInfo(m_path).fileName(), relsPath));
    QXmlStreamReader xml(&file);
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1StringView("TargetMode")) == u"External")
            continue;
        const QStringView type = attributes.value(QLatin1StringView("Type"));
        const QString target = resolvePartPath(baseDir, attributes.value(QLatin1StringView("Target")));
        if (type.endsWith(u"/worksheet"))
            targets->insert(attributes.value(QLatin1StringView("Id")).toString(), target);
        else if (type.endsWith(u"/sharedStrings"))
            *sharedStringsPath = target;
        else if (type.endsWith(u"/styles"))
            *stylesPath = target;
    }
    if (xml.hasError())
        return fail(xmlProblem(xml, relsPath));
    return true;
}

bool XlsxReader::readSharedStrings(const QString &partPath)
{
    QuaZipFile file(m_zip.get());
    if (!openPart(partPath, file))
        return fail(
            tr("%1 is damaged: its list of texts (%2) cannot be opened.").arg(QFileInfo(m_path).fileName(), partPath));
    QXmlStreamReader xml(&file);
    xml.setNamespaceProcessing(false); // local names are enough, and faster
    QString text;
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"si") {
            text.resize(0);
            readRichText(xml, text);
            m_sharedStrings.append(text);
        } else if (name == u"sst") {
            // Trust the count only so far: it is the file's word.
            const qint64 count = xml.attributes().value(QLatin1StringView("uniqueCount")).toLongLong();
            if (count > 0)
                m_sharedStrings.reserve(qsizetype(std::min<qint64>(count, 1 << 20)));
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return fail(xmlProblem(xml, partPath));
    return true;
}

void XlsxReader::readStyles(const QString &partPath)
{
    QuaZipFile file(m_zip.get());
    if (!openPart(partPath, file))
        return;
    QHash<int, QString> customFormats;
    std::vector<int> formatIds;
    QXmlStreamReader xml(&file);
    bool inCellXfs = false;
    while (!xml.atEnd() && !xml.hasError()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"numFmt") {
            const QXmlStreamAttributes attributes = xml.attributes();
            customFormats.insert(attributes.value(QLatin1StringView("numFmtId")).toInt(),
                                 attributes.value(QLatin1StringView("formatCode")).toString());
        } else if (name == u"cellXfs") {
            inCellXfs = true;
        } else if (name == u"xf" && inCellXfs) {
            formatIds.push_back(xml.attributes().value(QLatin1StringView("numFmtId")).toInt());
            xml.skipCurrentElement();
        } else if (name == u"cellStyleXfs" || name == u"fonts" || name == u"fills" || name == u"borders"
                   || name == u"dxfs" || name == u"cellStyles" || name == u"extLst") {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        warn(tr("The cell formats of %1 cannot be read (%2); dates in it are read as numbers.")
                 .arg(QFileInfo(m_path).fileName(), xml.errorString()));
        return;
    }
    m_styleKinds.reserve(formatIds.size());
    for (const int id : formatIds) {
        const auto custom = customFormats.constFind(id);
        m_styleKinds.push_back(custom != customFormats.cend() ? classifyFormat(*custom) : builtInFormatKind(id));
    }
}

XlsxReader::NumberKind XlsxReader::builtInFormatKind(int numFmtId)
{
    if ((numFmtId >= 14 && numFmtId <= 17) || numFmtId == 22 || (numFmtId >= 27 && numFmtId <= 36)
        || (numFmtId >= 50 && numFmtId <= 58))
        return NumberKind::Date;
    if ((numFmtId >= 18 && numFmtId <= 21) || numFmtId == 45 || numFmtId == 47)
        return NumberKind::Time;
    if (numFmtId == 46)
        return NumberKind::Elapsed;
    return NumberKind::Plain;
}

XlsxReader::NumberKind XlsxReader::classifyFormat(QStringView code)
{
    if (code.compare(u"General", Qt::CaseInsensitive) == 0)
        return NumberKind::Plain;
    // The date and time codes in order, runs collapsed ("yyyy" -> 'y').
    char16_t tokens[64];
    int count = 0;
    bool elapsed = false;
    auto push = [&](char16_t token) {
        if (count > 0 && tokens[count - 1] == token)
            return;
        if (count < 64)
            tokens[count++] = token;
    };
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = code[i].unicode();
        if (c == u';')
            break; // the first section decides
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            if (close < 0)
                break;
            i = close;
            continue;
        }
        if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped character, a space as wide as one, a fill character
            continue;
        }
        if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            if (close < 0)
                break;
            const QStringView inside = code.mid(i + 1, close - i - 1);
            const char16_t first = inside.isEmpty() ? 0 : (inside[0].unicode() | 0x20);
            bool same = first == u'h' || first == u'm' || first == u's';
            for (const QChar ch : inside)
                same = same && (ch.unicode() | 0x20) == first;
            if (same) {
                elapsed = true;
                push(first);
            }
            i = close;
            continue;
        }
        const char16_t lower = (c >= u'A' && c <= u'Z') ? char16_t(c | 0x20) : c;
        if (lower == u'a') {
            // AM/PM and A/P mark a time; their letters are not codes.
            if (code.mid(i, 5).compare(u"am/pm", Qt::CaseInsensitive) == 0) {
                push(u'h');
                i += 4;
            } else if (code.mid(i, 3).compare(u"a/p", Qt::CaseInsensitive) == 0) {
                push(u'h');
                i += 2;
            }
            continue;
        }
        if (lower == u'y' || lower == u'm' || lower == u'd' || lower == u'h' || lower == u's')
            push(lower);
    }
    bool date = false, time = false;
    for (int k = 0; k < count; ++k) {
        switch (tokens[k]) {
        case u'y':
        case u'd':
            date = true;
            break;
        case u'h':
        case u's':
            time = true;
            break;
        case u'm':
            // Minutes right after hours or right before seconds; months otherwise.
            if ((k > 0 && tokens[k - 1] == u'h') || (k + 1 < count && tokens[k + 1] == u's'))
                time = true;
            else
                date = true;
            break;
        default:
            break;
        }
    }
    if (elapsed && !date)
        return NumberKind::Elapsed;
    if (date)
        return NumberKind::Date;
    return time ? NumberKind::Time : NumberKind::Plain;
}

bool XlsxReader::scanMergedCells()
{
    // <mergeCells> follows <sheetData>, but the rows need it first: one pass over
    // the inflated bytes, looking for the tags without parsing the XML. A damaged
    // entry just ends the scan; reading the rows reports it where it happens.
    QuaZipFile file(m_zip.get());
    if (!openPart(m_sheetPath, file))
        return fail(
            tr("%1 is damaged: the sheet %2 (%3) is missing.").arg(QFileInfo(m_path).fileName(), m_sheet, m_sheetPath));
    QByteArray buffer;
    QByteArray chunk(ScanChunk, Qt::Uninitialized);
    static const QByteArray needle = QByteArrayLiteral("mergeCell");
    while (true) {
        const qint64 got = file.read(chunk.data(), ScanChunk);
        if (got <= 0)
            break;
        buffer.append(chunk.constData(), got);
        qsizetype keep = std::max<qsizetype>(0, buffer.size() - needle.size());
        qsizetype from = 0;
        while (true) {
            const qsizetype hit = buffer.indexOf(needle, from);
            if (hit < 0)
                break;
            const qsizetype end = buffer.indexOf('>', hit);
            if (end < 0) {
                // The tag goes on in the next chunk, unless it is not a tag at all.
                if (buffer.size() - hit < MaxTagLength)
                    keep = std::max<qsizetype>(0, hit - 64);
                break;
            }
            from = hit + needle.size();
            const char after = end > from ? buffer[from] : '>';
            const bool element = after == ' ' || after == '\t' || after == '\r' || after == '\n' || after == '/';
            if (element && startsTag(buffer, hit)) {
                const QByteArray reference =
                    attributeIn(QByteArrayView(buffer).sliced(from, end - from), QByteArrayView("ref"));
                const qsizetype colon = reference.indexOf(':');
                Range range;
                if (colon > 0
                    && parseCellReference(QString::fromLatin1(reference.left(colon)), &range.firstColumn,
                                          &range.firstRow)
                    && parseCellReference(QString::fromLatin1(reference.mid(colon + 1)), &range.lastColumn,
                                          &range.lastRow)
                    && range.firstColumn > 0 && range.firstRow > 0) {
                    if (range.lastRow < range.firstRow)
                        std::swap(range.lastRow, range.firstRow);
                    if (range.lastColumn < range.firstColumn)
                        std::swap(range.lastColumn, range.firstColumn);
                    m_merges.push_back(range);
                }
                from = end + 1;
            }
        }
        buffer.remove(0, keep);
    }
    file.close();
    std::stable_sort(m_merges.begin(), m_merges.end(),
                     [](const Range &a, const Range &b) { return a.firstRow < b.firstRow; });
    return true;
}

bool XlsxReader::openSheet()
{
    m_file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!openPart(m_sheetPath, *m_file))
        return fail(
            tr("%1 is damaged: the sheet %2 (%3) is missing.").arg(QFileInfo(m_path).fileName(), m_sheet, m_sheetPath));
    m_compressedSize = m_file->csize();
    m_uncompressedSize = m_file->usize();
    m_xml = std::make_unique<QXmlStreamReader>(m_file.get());
    // Local names are all the cells need; resolving namespaces costs time on every element.
    m_xml->setNamespaceProcessing(false);
    return true;
}

bool XlsxReader::readRecord(QStringList &cells)
{
    cells.clear();
    while (!m_finished) {
        if (!readRow(cells)) {
            m_finished = true;
            break;
        }
        applyMerges(cells);
        if (cells.isEmpty())
            continue;
        if (!m_headerSeen) {
            if (isTitleRow(cells)) {
                QString title;
                for (const QString &cell : std::as_const(cells))
                    title += cell;
                warn(tr("This row looks like a title (“%1”), not the header, and was skipped.").arg(title),
                     m_currentRow);
                cells.clear();
                continue;
            }
            m_headerSeen = true;
        }
        m_row = m_currentRow;
        return true;
    }
    cells.clear();
    return false;
}

bool XlsxReader::readRow(QStringList &cells)
{
    QXmlStreamReader &xml = *m_xml;
    cells.clear();
    while (!xml.atEnd() && !xml.hasError()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (!m_inSheetData) {
                if (name == u"sheetData")
                    m_inSheetData = true;
                else if (name != u"worksheet")
                    xml.skipCurrentElement(); // columns, views, anything before the cells
                continue;
            }
            if (name != u"row") {
                xml.skipCurrentElement();
                continue;
            }
            qint64 rowNumber = 0;
            bool ok = false;
            {
                // Released before the parser moves on, or it would copy its attribute list on every element.
                const QXmlStreamAttributes attributes = xml.attributes();
                const QStringView r = attributes.value(QLatin1StringView("r"));
                if (!r.isEmpty())
                    rowNumber = r.toLongLong(&ok);
            }
            m_currentRow = ok && rowNumber > 0 && rowNumber <= MaxRows ? rowNumber : m_currentRow + 1;
            int lastColumn = 0;
            while (!xml.atEnd() && !xml.hasError()) {
                const QXmlStreamReader::TokenType inRow = xml.readNext();
                if (inRow == QXmlStreamReader::StartElement) {
                    if (xml.name() == u"c")
                        readCell(cells, &lastColumn);
                    else
                        xml.skipCurrentElement();
                } else if (inRow == QXmlStreamReader::EndElement) {
                    return true; // </row>
                }
            }
            break;
        }
        if (token == QXmlStreamReader::EndElement && m_inSheetData)
            return false; // </sheetData>: what follows holds no cells
    }
    if (xml.hasError()) {
        m_currentRow = std::max(m_currentRow, qint64(1));
        fail(xmlProblem(xml, m_sheetPath), m_currentRow);
    }
    return false;
}

bool XlsxReader::readCell(QStringList &cells, int *lastColumn)
{
    enum class Type { Number, Shared, Inline, Formula, Boolean, Error, Date };
    QXmlStreamReader &xml = *m_xml;
    Type type = Type::Number;
    int column = 0;
    int style = 0;
    // Everything is taken from the attributes, and the copy released, before the
    // parser moves on (else it would copy its list for the next element). A const
    // copy: begin() on a non-const one would detach it from the parser's.
    {
        const QXmlStreamAttributes attributes = xml.attributes();
        for (const QXmlStreamAttribute &attribute : attributes) {
            const QStringView name = attribute.qualifiedName(); // r, t and s have no prefix
            const QStringView value = attribute.value();
            if (name == u"r") {
                qint64 row = 0;
                if (!parseCellReference(value, &column, &row))
                    column = 0;
            } else if (name == u"t") {
                if (value == u"s")
                    type = Type::Shared;
                else if (value == u"inlineStr")
                    type = Type::Inline;
                else if (value == u"str")
                    type = Type::Formula;
                else if (value == u"b")
                    type = Type::Boolean;
                else if (value == u"e")
                    type = Type::Error;
                else if (value == u"d")
                    type = Type::Date;
            } else if (name == u"s") {
                style = value.toInt();
            }
        }
    }
    if (column <= 0)
        column = *lastColumn + 1;
    *lastColumn = column;

    m_text.resize(0);
    while (!xml.atEnd() && !xml.hasError()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"v")
                appendElementText(xml, m_text);
            else if (name == u"is")
                readRichText(xml, m_text);
            else
                xml.skipCurrentElement(); // <f>: the formula; its result is in <v>
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    if (xml.hasError() || m_text.isEmpty())
        return !xml.hasError();
    if (column > MaxColumns) {
        warn(tr("A cell beyond the last column Excel allows was ignored."), m_currentRow);
        return true;
    }

    QString value;
    switch (type) {
    case Type::Shared: {
        bool ok = false;
        const qint64 index = QStringView(m_text).trimmed().toLongLong(&ok);
        if (ok && index >= 0 && index < m_sharedStrings.size()) {
            value = m_sharedStrings.at(qsizetype(index));
        } else {
            warn(tr("Cell %1 refers to text %2, which the workbook does not have; it is read as empty.")
                     .arg(cellName(column, m_currentRow), m_text),
                 m_currentRow, column);
        }
        break;
    }
    case Type::Inline:
    case Type::Formula:
        value = m_text;
        break;
    case Type::Boolean:
        if (m_text == u"1" || m_text.compare(u"true", Qt::CaseInsensitive) == 0)
            value = QStringLiteral("TRUE");
        else if (m_text == u"0" || m_text.compare(u"false", Qt::CaseInsensitive) == 0)
            value = QStringLiteral("FALSE");
        else
            value = m_text;
        break;
    case Type::Error:
        value = m_text;
        warn(
            tr("Cell %1 holds the error value %2; it is read as that text.").arg(cellName(column, m_currentRow), value),
            m_currentRow, column);
        break;
    case Type::Date: {
        // ISO 8601 as stored; midnight times are left out like whole-day serials.
        value = m_text;
        if (value.endsWith(QStringLiteral("T00:00:00")) || value.endsWith(QStringLiteral("T00:00:00Z")))
            value.truncate(value.indexOf(u'T'));
        break;
    }
    case Type::Number: {
        const NumberKind kind =
            style >= 0 && size_t(style) < m_styleKinds.size() ? m_styleKinds[size_t(style)] : NumberKind::Plain;
        if (kind != NumberKind::Plain) {
            bool ok = false;
            const double serial = QStringView(m_text).toDouble(&ok);
            if (ok && dateText(serial, kind, column, &value))
                break;
        }
        value = numberText(m_text);
        break;
    }
    }
    if (value.isEmpty())
        return true;
    if (column > cells.size()) {
        if (column - 1 > cells.size())
            cells.resize(column - 1);
        cells.append(value);
    } else {
        cells[column - 1] = value;
    }
    return true;
}

bool XlsxReader::dateText(double serial, NumberKind kind, int column, QString *out)
{
    const qint64 totalSeconds =
        std::isfinite(serial) && serial >= 0 && serial < 1e8 ? std::llround(serial * 86400.0) : -1;
    const qint64 days = totalSeconds / 86400;
    const qint64 seconds = totalSeconds % 86400;
    if (totalSeconds >= 0 && kind == NumberKind::Elapsed) {
        *out = clockText(totalSeconds);
        return true;
    }
    if (totalSeconds >= 0 && kind == NumberKind::Time && serial < 1) {
        *out = clockText(seconds); // 0.99999999 is midnight, shown as Excel shows it
        return true;
    }
    int year = 0, month = 0, day = 0;
    if (totalSeconds < 0) {
        // Negative, or far beyond 9999-12-31: Excel shows ####.
    } else if (m_date1904) {
        QDate(1904, 1, 1).addDays(days).getDate(&year, &month, &day);
    } else if (days < 60) {
        // Serial 1 is 1900-01-01 (and 0 the "1900-01-00" Excel shows).
        QDate(1899, 12, 31).addDays(days).getDate(&year, &month, &day);
    } else if (days == 60) {
        // Lotus 1-2-3 took 1900 for a leap year, and Excel kept the day for compatibility.
        year = 1900, month = 2, day = 29;
        warn(tr("Cell %1 holds 29 February 1900, a day that does not exist (an old Excel quirk); it is read as "
                "1900-02-29.")
                 .arg(cellName(column, m_currentRow)),
             m_currentRow, column);
    } else {
        QDate(1899, 12, 30).addDays(days).getDate(&year, &month, &day);
    }
    if (year < 1 || year > 9999) {
        warn(tr("Cell %1 is formatted as a date or time, but %2 is not one Excel can show; it is read as a number.")
                 .arg(cellName(column, m_currentRow), numberText(m_text)),
             m_currentRow, column);
        return false;
    }
    *out = isoDateText(year, month, day, seconds);
    return true;
}

void XlsxReader::updateActiveMerges()
{
    if (m_currentRow < m_mergesRow) {
        // Rows out of order (rare): start over.
        m_activeMerges.clear();
        m_nextMerge = 0;
    }
    m_mergesRow = m_currentRow;
    std::erase_if(m_activeMerges, [this](const Range &range) { return range.lastRow < m_currentRow; });
    for (; m_nextMerge < m_merges.size() && m_merges[m_nextMerge].firstRow <= m_currentRow; ++m_nextMerge) {
        if (m_merges[m_nextMerge].lastRow >= m_currentRow)
            m_activeMerges.push_back(m_merges[m_nextMerge]);
    }
}

void XlsxReader::applyMerges(QStringList &cells)
{
    if (m_merges.empty())
        return;
    updateActiveMerges();
    for (const Range &range : m_activeMerges) {
        const int last = std::min<int>(range.lastColumn, int(cells.size()));
        for (int column = range.firstColumn; column <= last; ++column) {
            if (column == range.firstColumn && m_currentRow == range.firstRow)
                continue;
            if (!cells.at(column - 1).isEmpty())
                cells[column - 1] = QString();
        }
    }
    while (!cells.isEmpty() && cells.last().isEmpty())
        cells.removeLast();
}

bool XlsxReader::isTitleRow(const QStringList &cells) const
{
    int first = 0;
    while (first < cells.size() && cells.at(first).isEmpty())
        ++first;
    const int firstColumn = first + 1;
    const int lastColumn = int(cells.size());
    for (const Range &range : m_activeMerges) {
        if (range.lastColumn > range.firstColumn && range.firstColumn <= firstColumn && lastColumn <= range.lastColumn)
            return true;
    }
    return false;
}

} // namespace Cutover
