#include "CsvReader.h"

#include <QFile>
#include <QIODevice>

#include <algorithm>
#include <bit>
#include <cstring>
#include <uchardet/uchardet.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Cutover {

namespace {

constexpr char16_t Quote = u'"';
constexpr char16_t Cr = u'\r';
constexpr char16_t Lf = u'\n';
constexpr char16_t Replacement = 0xFFFD;
// Each kind of warning is listed this many times, then summed up in one more.
constexpr int MaxWarningsPerKind = 100;

const QString Utf8 = QStringLiteral("UTF-8");
const QString Windows1252 = QStringLiteral("Windows-1252");
const QString Latin1 = QStringLiteral("ISO-8859-1");
const QString Utf16 = QStringLiteral("UTF-16");
const QString Utf16Le = QStringLiteral("UTF-16LE");
const QString Utf16Be = QStringLiteral("UTF-16BE");

// The first of [p, end) that is a, b, c or d; end if none is.
inline const char16_t *findAny(const char16_t *p, const char16_t *end, char16_t a, char16_t b, char16_t c, char16_t d)
{
#ifdef __SSE2__
    const __m128i va = _mm_set1_epi16(short(a));
    const __m128i vb = _mm_set1_epi16(short(b));
    const __m128i vc = _mm_set1_epi16(short(c));
    const __m128i vd = _mm_set1_epi16(short(d));
    for (; end - p >= 8; p += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(v, va), _mm_cmpeq_epi16(v, vb)),
                                         _mm_or_si128(_mm_cmpeq_epi16(v, vc), _mm_cmpeq_epi16(v, vd)));
        if (const int mask = _mm_movemask_epi8(hit))
            return p + (std::countr_zero(unsigned(mask)) >> 1);
    }
#endif
    while (p < end && *p != a && *p != b && *p != c && *p != d)
        ++p;
    return p;
}

// The first of [p, end) that is a; end if none is.
inline const char16_t *findOne(const char16_t *p, const char16_t *end, char16_t a)
{
#ifdef __SSE2__
    const __m128i va = _mm_set1_epi16(short(a));
    for (; end - p >= 8; p += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        if (const int mask = _mm_movemask_epi8(_mm_cmpeq_epi16(v, va)))
            return p + (std::countr_zero(unsigned(mask)) >> 1);
    }
#endif
    while (p < end && *p != a)
        ++p;
    return p;
}

struct Bom
{
    QString encoding; // empty: none
    int length = 0;
};

Bom findBom(const QByteArray &start)
{
    if (start.startsWith("\xEF\xBB\xBF"))
        return { Utf8, 3 };
    if (start.startsWith("\xFF\xFE"))
        return { Utf16Le, 2 };
    if (start.startsWith("\xFE\xFF"))
        return { Utf16Be, 2 };
    return {};
}

// Counts what UTF-8 decoding of `bytes` would find: well-formed multi-byte
// sequences and malformed ones. A sequence cut off by the end of `bytes` counts
// as neither when `complete` is false (the sample stops there, not the file).
struct Utf8Census
{
    qsizetype multiByte = 0;
    qsizetype invalid = 0;
};

Utf8Census utf8Census(QByteArrayView bytes, bool complete)
{
    Utf8Census census;
    const auto *s = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar b = s[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80, high = 0xBF; // the range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                low = 0xA0;
            else if (b == 0xED)
                high = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                low = 0x90;
            else if (b == 0xF4)
                high = 0x8F;
        }
        if (length == 0) {
            ++census.invalid;
            ++i;
            continue;
        }
        int k = 1;
        for (; k < length && i + k < n; ++k) {
            const uchar c = s[i + k];
            if (k == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xBF))
                break;
        }
        if (k == length) {
            ++census.multiByte;
        } else if (i + k < n || complete) {
            ++census.invalid;
        }
        i += std::max(k, 1);
    }
    return census;
}

// How many bytes at the end of `bytes` begin a UTF-8 sequence that they do not
// finish (0 to 3).
qsizetype utf8Incomplete(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype k = 1; k <= 3 && k <= n; ++k) {
        const uchar b = uchar(bytes.at(n - k));
        if ((b & 0xC0) == 0x80) // a continuation byte: look further back
            continue;
        if (b < 0xC0)
            return 0;
        const qsizetype length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        return k < length ? k : 0;
    }
    return 0;
}

struct EncodingGuess
{
    QString encoding;
    QString unsupported; // what uchardet guessed when it is none we read (encoding is then Windows-1252)
    bool unknown = false; // uchardet had no guess (encoding is then Windows-1252)
};

EncodingGuess guessEncoding(const QByteArray &sample, bool sampleIsWholeFile)
{
    if (sample.isEmpty())
        return { Utf8, {}, false };

    // UTF-16 without a byte-order mark: text in Latin script has a zero byte in
    // most code units, always on the same side. uchardet does not see it.
    const qsizetype pairs = sample.size() / 2;
    if (pairs > 0) {
        qsizetype evenZeros = 0, oddZeros = 0;
        for (qsizetype i = 0; i + 1 < sample.size(); i += 2) {
            evenZeros += sample.at(i) == 0;
            oddZeros += sample.at(i + 1) == 0;
        }
        if (oddZeros * 10 >= pairs * 3 && evenZeros * 10 <= oddZeros)
            return { Utf16Le, {}, false };
        if (evenZeros * 10 >= pairs * 3 && oddZeros * 10 <= evenZeros)
            return { Utf16Be, {}, false };
    }

    // Text in a legacy 8-bit encoding almost never forms valid UTF-8 sequences;
    // a UTF-8 file with a few damaged bytes still has more good ones than bad.
    const Utf8Census census = utf8Census(sample, sampleIsWholeFile);
    if (census.invalid == 0 || census.multiByte > census.invalid)
        return { Utf8, {}, false };

    QByteArray guess;
    if (uchardet_t detector = uchardet_new()) {
        if (uchardet_handle_data(detector, sample.constData(), size_t(sample.size())) == 0) {
            uchardet_data_end(detector);
            guess = QByteArray(uchardet_get_charset(detector)).toUpper();
        }
        uchardet_delete(detector);
    }
    if (guess == "UTF-8" || guess == "ASCII")
        return { Utf8, {}, false };
    // ISO-8859-15 is Latin-1 with the euro sign; Windows-1252 has every letter of both.
    if (guess == "WINDOWS-1252" || guess == "ISO-8859-15")
        return { Windows1252, {}, false };
    if (guess == "ISO-8859-1") {
        // Bytes 0x80-0x9F are control characters in ISO-8859-1 that no export
        // holds, but letters and signs (€, Œ, ‘...) in Windows-1252.
        const bool c1 =
            std::any_of(sample.cbegin(), sample.cend(), [](char c) { return uchar(c) >= 0x80 && uchar(c) <= 0x9F; });
        return { c1 ? Windows1252 : Latin1, {}, false };
    }
    if (guess == "UTF-16LE" || guess == "UTF-16BE")
        return { QString::fromLatin1(guess), {}, false };
    if (guess.isEmpty())
        return { Windows1252, {}, true };
    return { Windows1252, QString::fromLatin1(guess), false };
}

// The number of fields in each of the first records of `text` split by
// `delimiter`, quote-aware; blank lines are skipped. Without `complete` the
// last record is left out (the sample may have cut it).
QList<int> fieldCounts(QStringView text, QChar delimiter, int maxRecords, bool complete)
{
    QList<int> counts;
    int fields = 1;
    bool inQuotes = false, lineIsEmpty = true;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n && counts.size() < maxRecords; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"'))
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (!lineIsEmpty)
                counts.append(fields);
            fields = 1;
            lineIsEmpty = true;
            continue;
        }
        lineIsEmpty = false;
        if (c == QLatin1Char('"'))
            inQuotes = true;
        else if (c == delimiter)
            ++fields;
    }
    if (!lineIsEmpty && counts.size() < maxRecords && complete && !inQuotes)
        counts.append(fields);
    return counts;
}

} // namespace

CsvReader::~CsvReader() = default;

QString CsvReader::canonicalEncoding(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.compare(Utf16, Qt::CaseInsensitive) == 0)
        return Utf16;
    const QStringList supported = ReaderOptions::supportedEncodings();
    for (const QString &encoding : supported) {
        if (trimmed.compare(encoding, Qt::CaseInsensitive) == 0)
            return encoding;
    }
    return {};
}

QChar CsvReader::sniffDelimiter(QStringView sample, bool sampleIsWholeFile)
{
    constexpr int RecordsToCompare = 50;
    const QChar candidates[] = { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|') };
    QList<int> counts[std::size(candidates)];
    for (size_t c = 0; c < std::size(candidates); ++c) {
        counts[c] = fieldCounts(sample, candidates[c], RecordsToCompare, sampleIsWholeFile);
        // A sample cut inside its only record: better that partial record than nothing.
        if (counts[c].isEmpty() && !sampleIsWholeFile)
            counts[c] = fieldCounts(sample, candidates[c], 1, true);
    }
    // The first candidate (in the order above) that splits every record into
    // the same number of fields, more than one.
    for (size_t c = 0; c < std::size(candidates); ++c) {
        const QList<int> &n = counts[c];
        if (!n.isEmpty() && n.first() > 1 && std::all_of(n.cbegin(), n.cend(), [&](int k) { return k == n.first(); }))
            return candidates[c];
    }
    // A ragged file: the candidate whose most common field count (more than
    // one) covers the most records.
    size_t best = 0;
    qsizetype bestRecords = 0;
    for (size_t c = 0; c < std::size(candidates); ++c) {
        QList<int> sorted = counts[c];
        std::sort(sorted.begin(), sorted.end());
        qsizetype modeRecords = 0;
        for (qsizetype i = 0; i < sorted.size();) {
            qsizetype j = i;
            while (j < sorted.size() && sorted.at(j) == sorted.at(i))
                ++j;
            if (sorted.at(i) > 1)
                modeRecords = std::max(modeRecords, j - i);
            i = j;
        }
        if (modeRecords > bestRecords) {
            best = c;
            bestRecords = modeRecords;
        }
    }
    return candidates[best];
}

std::unique_ptr<CsvReader> CsvReader::open(const QString &path, const ReaderOptions &options, ReaderMessage *error,
                                           int chunkSize)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = { { path, {}, 0, 0 }, tr("%1 cannot be read: %2").arg(path, file->errorString()) };
        return nullptr;
    }
    return open(std::move(file), path, options, error, chunkSize);
}

std::unique_ptr<CsvReader> CsvReader::open(std::unique_ptr<QIODevice> device, const QString &name,
                                           const ReaderOptions &options, ReaderMessage *error, int chunkSize)
{
    if (!device) {
        if (error)
            *error = { { name, {}, 0, 0 }, tr("%1 cannot be read: %2").arg(name, tr("no file was given")) };
        return nullptr;
    }
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_path = name;
    reader->m_chunkSize = std::max(chunkSize, 1);
    if (!device->isOpen() && !device->open(QIODevice::ReadOnly)) {
        if (error)
            *error = { { name, {}, 0, 0 }, tr("%1 cannot be read: %2").arg(name, device->errorString()) };
        return nullptr;
    }
    reader->m_device = std::move(device);
    if (!reader->start(options, error))
        return nullptr;
    return reader;
}

bool CsvReader::start(const ReaderOptions &options, ReaderMessage *error)
{
    auto failWith = [&](const QString &message) {
        if (error)
            *error = { { m_path, {}, 0, 0 }, message };
        return false;
    };

    QString requested;
    if (!options.encoding.isEmpty()) {
        requested = canonicalEncoding(options.encoding);
        if (requested.isEmpty()) {
            QStringList names = ReaderOptions::supportedEncodings();
            names << Utf16;
            return failWith(tr("%1 is not an encoding Cutover can read; expected one of %2.")
                                .arg(options.encoding, names.join(QStringLiteral(", "))));
        }
    }
    const QChar delimiter = options.delimiter;
    if (!delimiter.isNull()
        && (delimiter == QLatin1Char('"') || delimiter == QLatin1Char('\r') || delimiter == QLatin1Char('\n')))
        return failWith(tr("A quote or a line break cannot separate the values of a CSV file; a delimiter such as "
                           "a comma, semicolon, tab or vertical bar was expected."));

    if (!m_device->isSequential())
        m_totalBytes = m_device->size();
    // No larger buffers than the file needs: most exports are small.
    const qint64 known = m_device->isSequential() ? -1 : m_totalBytes - m_device->pos();
    m_sample = m_device->read(known >= 0 ? std::min<qint64>(SampleSize, known) : SampleSize);
    const bool wholeFile = m_device->atEnd();

    // The encoding: as requested, else as the byte-order mark says, else guessed.
    const Bom bom = findBom(m_sample);
    if (requested == Utf16)
        requested = bom.encoding == Utf16Be ? Utf16Be : Utf16Le;
    if (!requested.isEmpty()) {
        m_encoding = requested;
        if (!bom.encoding.isEmpty() && bom.encoding != requested)
            m_warnings.append({ { m_path, {}, 0, 0 },
                                tr("The file starts with a %1 byte-order mark but is read as %2, as requested.")
                                    .arg(bom.encoding, requested) });
    } else if (!bom.encoding.isEmpty()) {
        m_encoding = bom.encoding;
    } else {
        const EncodingGuess guess = guessEncoding(m_sample, wholeFile);
        m_encoding = guess.encoding;
        if (guess.unknown)
            m_warnings.append({ { m_path, {}, 0, 0 },
                                tr("The encoding of the file was not recognised, so it is read as %1; choose the "
                                   "encoding if the text looks wrong.")
                                    .arg(m_encoding) });
        else if (!guess.unsupported.isEmpty())
            m_warnings.append({ { m_path, {}, 0, 0 },
                                tr("The file looks encoded in %1, which Cutover does not read, so it is read as %2; "
                                   "choose the encoding if the text looks wrong.")
                                    .arg(guess.unsupported, m_encoding) });
    }
    if (bom.encoding == m_encoding) {
        m_sampleOffset = bom.length;
        m_bytesRead = bom.length;
    }

    // The byte-order mark is handled above: one more U+FEFF is text. UTF-8 is
    // decoded without state between chunks: QStringDecoder (Qt 6.4) drops the
    // byte after a sequence that a chunk cut and the next chunk shows invalid.
    // refill() cuts chunks between characters instead.
    const QByteArray codecName = m_encoding.toLatin1();
    QStringConverter::Flags flags = QStringConverter::Flag::ConvertInitialBom;
    if (m_encoding == Utf8)
        flags |= QStringConverter::Flag::Stateless;
    m_decoder = Decoder(codecName.constData(), flags);
    if (!m_decoder.isValid())
        return failWith(tr("The %1 encoding is not available on this computer.").arg(m_encoding));

    if (delimiter.isNull()) {
        Decoder sampleDecoder(codecName.constData(), QStringConverter::Flag::ConvertInitialBom);
        const QString text = sampleDecoder.decode(QByteArrayView(m_sample).sliced(m_sampleOffset));
        m_delimiter = sniffDelimiter(text, wholeFile);
    } else {
        m_delimiter = delimiter;
    }

    if (known >= 0)
        m_chunkSize = int(std::clamp<qint64>(known, 1, m_chunkSize));
    m_raw.resize(qsizetype(m_chunkSize) + 4); // + the bytes of a character cut by the last chunk
    return true;
}

// Decodes the next chunk into m_text (replacing what it held). Returns false
// when there is nothing more to decode (or the file cannot be read further).
bool CsvReader::refill()
{
    m_textSize = 0;
    m_pos = 0;
    m_undecodable.clear();
    m_undecodableNext = 0;
    while (!m_eof) {
        // m_raw holds the bytes held back from the last chunk, then the next chunk.
        char *raw = m_raw.data();
        qsizetype n = 0;
        if (m_sampleOffset < m_sample.size()) {
            n = std::min<qsizetype>(m_chunkSize, m_sample.size() - m_sampleOffset);
            std::memcpy(raw + m_heldBack, m_sample.constData() + m_sampleOffset, size_t(n));
            m_sampleOffset += n;
        } else {
            if (!m_sample.isEmpty()) {
                m_sample = QByteArray();
                m_sampleOffset = 0;
            }
            n = m_device->read(raw + m_heldBack, m_chunkSize);
            if (n < 0) {
                m_eof = true;
                m_hasError = true;
                m_error = { { m_path, {}, 0, 0 },
                            tr("%1 could not be read to the end: %2").arg(m_path, m_device->errorString()) };
                return false;
            }
        }
        m_bytesRead += n;
        const qsizetype size = m_heldBack + n;
        // A chunk must not end inside a character (see start()): what could be
        // the start of one waits for the next chunk. Each byte of a sequence
        // the file or an invalid byte ends becomes a replacement character.
        qsizetype hold = 0;
        if (n == 0)
            m_eof = true;
        else if (m_encoding == Utf8)
            hold = utf8Incomplete(QByteArrayView(raw, size));
        else if (m_encoding == Utf16Le || m_encoding == Utf16Be)
            hold = size % 2;

        const QByteArrayView bytes(raw, size - hold);
        const qsizetype space = m_decoder.requiredSpace(bytes.size()) + 1;
        if (m_text.size() < space)
            m_text.resize(space);
        QChar *out = m_text.data();
        if (!bytes.isEmpty())
            out = m_decoder.appendToBuffer(out, bytes);
        // Bytes the file ends in the middle of: one replacement character.
        if (m_eof && m_decoder.holdsPartialSequence())
            *out++ = QChar(Replacement);
        m_textSize = out - m_text.constData();
        if (hold > 0)
            std::memmove(raw, raw + size - hold, size_t(hold));
        m_heldBack = hold;
        if (m_textSize > 0)
            break;
    }
    if (m_textSize == 0)
        return false;
    const auto *text = reinterpret_cast<const char16_t *>(m_text.constData());
    noteUndecodable(text, text + m_textSize);
    return true;
}

void CsvReader::noteUndecodable(const char16_t *from, const char16_t *to)
{
    for (const char16_t *p = findOne(from, to, Replacement); p < to; p = findOne(p + 1, to, Replacement))
        m_undecodable.append(p - from);
}

void CsvReader::warn(WarningKind kind, qint64 row, int column, const QString &message)
{
    int &count = m_warningCounts[int(kind)];
    if (count > MaxWarningsPerKind)
        return;
    if (count++ < MaxWarningsPerKind)
        m_warnings.append({ { m_path, {}, row, column }, message });
    else
        m_warnings.append({ { m_path, {}, row, 0 },
                            tr("More problems like the ones listed were found from this row on; they are not listed "
                               "one by one.") });
}

QList<ReaderMessage> CsvReader::takeWarnings()
{
    QList<ReaderMessage> taken;
    taken.swap(m_warnings);
    return taken;
}

// The hot path. The record is scanned in spans between the characters that
// matter (delimiter, quote, line breaks), which are appended to the cells whole;
// the cells of `cells` are reused so their buffers are too.
bool CsvReader::readRecord(QStringList &cells)
{
    if (m_done) {
        cells.clear();
        return false;
    }

    const char16_t delimiter = m_delimiter.unicode();
    const auto *text = reinterpret_cast<const char16_t *>(m_text.constData());
    const char16_t *p = text + m_pos;
    const char16_t *end = text + m_textSize;
    const char16_t *slice = p; // the start of the cell text not yet appended
    const char16_t *recordStart = p; // in this chunk
    qsizetype recordLength = 0; // in the chunks before this one
    State state = State::RecordStart;
    qsizetype used = 0; // cells filled
    QString *cell = nullptr;
    qint64 row = m_nextRow;
    qint64 quoteRow = 0;
    int quoteColumn = 0;
    bool quoteWarned = false; // one warning per cell is enough
    bool undecodable = false;
    bool fresh = false; // the cell still holds what it held in the last record

    // Most cells are one span: copied over the old text, without a reallocation
    // when the old buffer is large enough and not shared.
    auto append = [&](const char16_t *to) {
        const qsizetype n = to - slice;
        if (fresh) {
            fresh = false;
            cell->resize(n);
            if (n > 0)
                std::memcpy(static_cast<void *>(cell->data()), slice, size_t(n) * sizeof(char16_t));
        } else if (n > 0) {
            cell->append(reinterpret_cast<const QChar *>(slice), n);
        }
    };
    auto newCell = [&] {
        if (used < cells.size()) {
            cell = &cells[used];
        } else {
            cells.append(QString());
            cell = &cells.last();
        }
        ++used;
        fresh = true;
        quoteWarned = false;
    };
    // Decided on the length alone, so the same whatever the chunks.
    auto tooLong = [&] {
        m_done = true;
        m_hasError = true;
        m_error = { { m_path, {}, row, 0 },
                    tr("This row is longer than %1 characters, more than a CSV file holds; a closing quote (\") "
                       "missing after a quoted value is the likely cause.")
                        .arg(MaxRecordLength) };
        cells.clear();
        return false;
    };
    auto finish = [&](qsizetype at) {
        if (recordLength > 0 && recordLength + (text + at - recordStart) > MaxRecordLength)
            return tooLong();
        m_pos = at;
        if (used < cells.size())
            cells.resize(used);
        m_row = row;
        ++m_nextRow;
        while (m_undecodableNext < m_undecodable.size() && m_undecodable.at(m_undecodableNext) < m_pos) {
            undecodable = true;
            ++m_undecodableNext;
        }
        if (undecodable)
            warn(WarningKind::Undecodable, row, 0,
                 tr("Some characters in this row are not valid %1 and were replaced by a placeholder; choose the "
                    "file's encoding if the text looks wrong.")
                     .arg(m_encoding));
        return true;
    };

    for (;;) {
        if (p == end) {
            if (state == State::Unquoted || state == State::Quoted)
                append(p);
            // What is left to report in this chunk is in this record.
            if (m_undecodableNext < m_undecodable.size())
                undecodable = true;
            if (state != State::RecordStart) {
                recordLength += end - recordStart;
                if (recordLength > MaxRecordLength)
                    return tooLong();
            }
            if (!refill()) {
                m_pos = 0;
                m_textSize = 0;
                if (m_hasError) {
                    m_done = true;
                    cells.clear();
                    return false;
                }
                switch (state) {
                case State::RecordStart:
                    m_done = true;
                    cells.clear();
                    return false;
                case State::FieldStart: // after a delimiter: one more, empty cell
                    newCell();
                    cell->resize(0);
                    [[fallthrough]];
                case State::Unquoted:
                case State::AfterQuote:
                    return finish(0);
                case State::Quoted:
                    m_done = true;
                    m_hasError = true;
                    m_error = { { m_path, {}, quoteRow, quoteColumn },
                                tr("The quoted value that starts here is never closed; a closing quote (\") was "
                                   "expected before the end of the file.") };
                    cells.clear();
                    return false;
                }
            }
            text = reinterpret_cast<const char16_t *>(m_text.constData());
            p = slice = recordStart = text;
            end = text + m_textSize;
            continue;
        }

        switch (state) {
        case State::RecordStart:
            if (m_skipLf) {
                m_skipLf = false;
                if (*p == Lf) {
                    ++p;
                    continue;
                }
            }
            if (*p == Cr || *p == Lf) { // an empty line: an empty row, not returned
                m_skipLf = *p == Cr;
                ++p;
                ++m_nextRow;
                continue;
            }
            row = m_nextRow;
            recordStart = p;
            [[fallthrough]];
        case State::FieldStart:
            newCell();
            if (*p == Quote) {
                state = State::Quoted;
                quoteRow = row;
                quoteColumn = int(used);
                slice = ++p;
                continue;
            }
            state = State::Unquoted;
            slice = p;
            [[fallthrough]];
        case State::Unquoted: {
            p = findAny(p, end, delimiter, Quote, Cr, Lf);
            if (p == end)
                continue;
            const char16_t c = *p;
            if (c == Quote) { // kept as text
                if (!quoteWarned) {
                    quoteWarned = true;
                    warn(WarningKind::StrayQuote, row, int(used),
                         tr("A quote (\") in a value that does not start with one was kept as text; a value with "
                            "quotes in it was expected to be quoted, with each quote doubled."));
                }
                ++p;
                continue;
            }
            append(p);
            if (c == delimiter) {
                state = State::FieldStart;
                ++p;
                continue;
            }
            m_skipLf = c == Cr;
            return finish(p + 1 - text);
        }
        case State::Quoted:
            p = findOne(p, end, Quote);
            if (p == end)
                continue;
            append(p);
            ++p;
            state = State::AfterQuote;
            continue;
        case State::AfterQuote: {
            const char16_t c = *p;
            if (c == Quote) { // a doubled quote: one quote, and the value goes on
                slice = p++;
                state = State::Quoted;
                continue;
            }
            if (c == delimiter) {
                state = State::FieldStart;
                ++p;
                continue;
            }
            if (c == Cr || c == Lf) {
                m_skipLf = c == Cr;
                return finish(p + 1 - text);
            }
            if (!quoteWarned) {
                quoteWarned = true;
                warn(WarningKind::TextAfterQuote, row, int(used),
                     tr("Text after the closing quote of a value was kept; a delimiter or the end of the line was "
                        "expected right after the closing quote."));
            }
            state = State::Unquoted;
            slice = p;
            continue;
        }
        }
    }
}

} // namespace Cutover
