#include "ReassignSuggester.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::ReassignSuggester)
};

// Confidences, as documented in the header.
constexpr int kIntended = 100;
constexpr int kNumber = 95;
constexpr int kClientOneMatter = 80;
constexpr int kClientRecent = 60;
constexpr int kClientGuess = 30; // the client is named but nothing tells its matters apart
constexpr int kRecent = 40;
constexpr int kFuzzyMax = 50;
// How alike two words must be (1 - edit distance / longer length) to count as a misspelling.
constexpr double kFuzzyThreshold = 0.75;

// Lower case, accents dropped ("Müller" -> "muller"), every kind of dash a '-'.
QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining
            || c.category() == QChar::Mark_Enclosing)
            continue;
        if (c.category() == QChar::Punctuation_Dash)
            out.append(u'-');
        else
            out.append(c.toLower());
    }
    return out;
}

// Words that name no one: legal forms, articles, conjunctions, titles.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             { "the", "and", "of",      "a",  "an",   "for",         "re",      "v",  "vs",   "llp",    "llc",  "lp",
               "inc", "ltd", "limited", "co", "corp", "corporation", "company", "pc", "pllc", "plc",    "pa",   "gmbh",
               "ag",  "sa",  "srl",     "bv", "nv",   "mr",          "mrs",     "ms", "dr",   "estate", "trust" })
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

// The folded words of a text (letters and digits), in order.
QStringList words(const QString &text)
{
    QStringList out;
    QString current;
    for (const QChar c : fold(text)) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

// The words of a name that identify it: no stop words, no single letters.
QStringList significantWords(const QString &text)
{
    QStringList out;
    for (const QString &w : words(text)) {
        if (w.size() > 1 && !stopWords().contains(w) && !out.contains(w))
            out.append(w);
    }
    return out;
}

// A matter number as a pattern that matches it as a whole token in any of the
// usual spellings: "2019-0042", "2019/0042", "2019.0042", "2019 0042",
// "20190042", any case. "2019-004" does not match inside "2019-0042" nor
// "2019-004-2": the neighbours must not continue the number.
QRegularExpression numberPattern(const QString &number)
{
    QStringList groups;
    QString current;
    for (const QChar c : fold(number)) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            groups.append(QRegularExpression::escape(current));
            current.clear();
        }
    }
    if (!current.isEmpty())
        groups.append(QRegularExpression::escape(current));
    const QString canonical = groups.join(QString());
    bool allDigits = !canonical.isEmpty();
    for (const QChar c : canonical)
        allDigits = allDigits && c.isDigit();
    // Too short to tell a matter from any other number in a sentence.
    if (canonical.size() < 3 || (allDigits && canonical.size() < 4))
        return {};
    const QString sep = QStringLiteral("[-/._ ]?");
    const QString before = QStringLiteral("(?<![\\p{L}\\p{N}])(?<![\\p{N}][-/._])");
    const QString after = QStringLiteral("(?![\\p{L}\\p{N}])(?![-/._]\\p{N})");
    return QRegularExpression(before + groups.join(sep) + after, QRegularExpression::UseUnicodePropertiesOption);
}

// Edit distance counting a swap of two neighbours as one edit ("Jonhson").
int editDistance(const QString &a, const QString &b)
{
    QList<QList<int>> d(a.size() + 1, QList<int>(b.size() + 1));
    for (qsizetype i = 0; i <= a.size(); ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= b.size(); ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({ d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

double similarity(const QString &a, const QString &b)
{
    const qsizetype longer = std::max(a.size(), b.size());
    if (longer == 0)
        return 0.0;
    return 1.0 - double(editDistance(a, b)) / double(longer);
}

// How well the description's words spell a name, 0..1: the mean likeness of
// the name's words to their closest word in the description; more than half
// of the name's words must have a look-alike (or be there).
double fuzzyScore(const QStringList &nameWords, const QSet<QString> &descriptionWords)
{
    if (nameWords.isEmpty())
        return 0.0;
    double total = 0.0;
    int found = 0;
    for (const QString &nw : nameWords) {
        double best = 0.0;
        for (const QString &dw : descriptionWords) {
            // Short words are too easily alike ("case" and "cash").
            if (nw.size() < 4 || dw.size() < 4) {
                if (nw == dw)
                    best = 1.0;
                continue;
            }
            best = std::max(best, similarity(nw, dw));
        }
        if (best >= kFuzzyThreshold) {
            total += best;
            ++found;
        }
    }
    if (2 * found <= nameWords.size())
        return 0.0;
    return total / double(nameWords.size());
}

} // namespace

QString MatterCandidate::label() const
{
    const QString number = displayNumber.isEmpty() ? sourceNumber : displayNumber;
    QString text = number;
    if (!description.isEmpty())
        text = text.isEmpty() ? description : text + QStringLiteral(" · ") + description;
    if (!clientName.isEmpty())
        text = text.isEmpty() ? clientName : text + QStringLiteral(" — ") + clientName;
    return text;
}

ReassignSuggester::ReassignSuggester(QList<MatterCandidate> candidates, QHash<QString, QStringList> recentByUser)
    : m_candidates(std::move(candidates))
    , m_recentByUser(std::move(recentByUser))
{
}

Suggestion ReassignSuggester::suggest(const SuggestionInput &input) const
{
    const auto indexOf = [this](const QString &matterId) -> qsizetype {
        for (qsizetype i = 0; i < m_candidates.size(); ++i) {
            if (m_candidates.at(i).id == matterId)
                return i;
        }
        return -1;
    };

    // 1. The matter chosen in the template.
    if (!input.intendedMatterId.isEmpty()) {
        if (const qsizetype i = indexOf(input.intendedMatterId); i >= 0)
            return { m_candidates.at(i).id, kIntended,
                     Tr::tr("the matter chosen in the time-tracking template (%1)").arg(m_candidates.at(i).label()) };
    }

    const QString note = fold(input.note);
    const QStringList recent = m_recentByUser.value(input.userId);
    // Among several matters, the one the user worked on most recently; -1 when none.
    const auto mostRecent = [&](const QList<qsizetype> &among) -> qsizetype {
        for (const QString &id : recent) {
            for (const qsizetype i : among) {
                if (m_candidates.at(i).id == id)
                    return i;
            }
        }
        return -1;
    };

    // 2. A matter number in the description: the earliest one, the longest at a position.
    {
        qsizetype best = -1;
        qsizetype bestPos = -1;
        qsizetype bestLength = 0;
        QString bestText;
        for (qsizetype i = 0; i < m_candidates.size(); ++i) {
            const MatterCandidate &m = m_candidates.at(i);
            for (const QString &number : { m.displayNumber, m.sourceNumber }) {
                if (number.trimmed().isEmpty())
                    continue;
                const QRegularExpression pattern = numberPattern(number);
                if (pattern.pattern().isEmpty())
                    continue;
                const QRegularExpressionMatch match = pattern.match(note);
                if (!match.hasMatch())
                    continue;
                const qsizetype pos = match.capturedStart();
                const qsizetype length = match.capturedLength();
                if (best < 0 || pos < bestPos || (pos == bestPos && length > bestLength)) {
                    best = i;
                    bestPos = pos;
                    bestLength = length;
                    bestText = number;
                }
            }
        }
        if (best >= 0)
            return { m_candidates.at(best).id, kNumber,
                     Tr::tr("matter number %1 in the description").arg(bestText.trimmed()) };
    }

    // Candidates grouped by client (folded significant words of the name).
    struct Client
    {
        QString name;
        QStringList nameWords;
        QList<qsizetype> matters;
    };
    QList<Client> clients;
    {
        QHash<QString, qsizetype> byKey;
        for (qsizetype i = 0; i < m_candidates.size(); ++i) {
            const QStringList nameWords = significantWords(m_candidates.at(i).clientName);
            if (nameWords.isEmpty())
                continue;
            QStringList sorted = nameWords;
            sorted.sort();
            const QString key = sorted.join(u' ');
            auto it = byKey.find(key);
            if (it == byKey.end()) {
                it = byKey.insert(key, clients.size());
                clients.append({ m_candidates.at(i).clientName, nameWords, {} });
            }
            clients[*it].matters.append(i);
        }
    }
    const QStringList noteWordList = words(note);
    const QSet<QString> noteWords(noteWordList.cbegin(), noteWordList.cend());
    QStringList noteSignificant;
    for (const QString &w : noteWordList) {
        if (w.size() > 1 && !stopWords().contains(w))
            noteSignificant.append(w);
    }
    const QSet<QString> noteSignificantSet(noteSignificant.cbegin(), noteSignificant.cend());

    // Among a client's several matters with no recent work: the one whose own
    // description shares the most words with the note; -1 when none shares any.
    const auto byMatterWords = [&](const QList<qsizetype> &among) -> qsizetype {
        qsizetype best = -1;
        int bestShared = 0;
        for (const qsizetype i : among) {
            int shared = 0;
            for (const QString &w : significantWords(m_candidates.at(i).description))
                shared += noteSignificantSet.contains(w) ? 1 : 0;
            if (shared > bestShared) {
                best = i;
                bestShared = shared;
            }
        }
        return best;
    };

    // 3. A client's name in the description (every identifying word of it, in
    // any order: "John Smith" and "Smith, John"). The fullest name wins.
    {
        qsizetype best = -1;
        qsizetype bestWords = 0;
        for (qsizetype c = 0; c < clients.size(); ++c) {
            const Client &client = clients.at(c);
            bool all = true;
            for (const QString &w : client.nameWords)
                all = all && noteWords.contains(w);
            if (all && client.nameWords.size() > bestWords) {
                best = c;
                bestWords = client.nameWords.size();
            }
        }
        if (best >= 0) {
            const Client &client = clients.at(best);
            if (client.matters.size() == 1)
                return { m_candidates.at(client.matters.first()).id, kClientOneMatter,
                         Tr::tr("client %1 named in the description (its only matter)").arg(client.name) };
            if (const qsizetype i = mostRecent(client.matters); i >= 0)
                return { m_candidates.at(i).id, kClientRecent,
                         Tr::tr("client %1 named in the description; the user's most recent of its %n matters", nullptr,
                                int(client.matters.size()))
                             .arg(client.name) };
            if (const qsizetype i = byMatterWords(client.matters); i >= 0)
                return {
                    m_candidates.at(i).id, kClientRecent,
                    Tr::tr("client %1 named in the description; words of the matter's description too").arg(client.name)
                };
            return { m_candidates.at(client.matters.first()).id, kClientGuess,
                     Tr::tr("client %1 named in the description, but it has %n matters and nothing tells them apart",
                            nullptr, int(client.matters.size()))
                         .arg(client.name) };
        }
    }

    // 4. The user's most recent matter, and 5. a fuzzy match of the
    // description's words against client names: the more confident one.
    Suggestion result;
    if (!recent.isEmpty()) {
        QList<qsizetype> all;
        for (qsizetype i = 0; i < m_candidates.size(); ++i)
            all.append(i);
        if (const qsizetype i = mostRecent(all); i >= 0)
            result = { m_candidates.at(i).id, kRecent,
                       Tr::tr("the user's most recent matter (%1)").arg(m_candidates.at(i).label()) };
    }
    {
        qsizetype bestClient = -1;
        double bestScore = 0.0;
        for (qsizetype c = 0; c < clients.size(); ++c) {
            const double score = fuzzyScore(clients.at(c).nameWords, noteSignificantSet);
            if (score > bestScore) {
                bestClient = c;
                bestScore = score;
            }
        }
        if (bestClient >= 0) {
            const Client &client = clients.at(bestClient);
            qsizetype matter = client.matters.size() == 1 ? client.matters.first() : mostRecent(client.matters);
            int confidence = int(kFuzzyMax * bestScore + 0.5);
            if (matter < 0)
                matter = byMatterWords(client.matters);
            if (matter < 0) {
                // A guess among several: well below what the user's own recent work says.
                matter = client.matters.first();
                confidence = std::min(confidence, kClientGuess);
            }
            if (confidence > result.confidence)
                result = { m_candidates.at(matter).id, confidence,
                           Tr::tr("a name like client %1 in the description").arg(client.name) };
        }
    }
    return result;
}

} // namespace Cutover
