#include "MapSuggester.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::MapSuggester)
};

// Confidence of one header for one field.
constexpr double kExact = 1.0; // the header is a known name
constexpr double kNormalised = 0.9; // the same once case, spaces and punctuation are ignored
constexpr double kContainsBase = 0.5; // a known name's words inside the header: 0.5 .. 0.8
constexpr double kContainsSpan = 0.3;
constexpr double kFuzzyOne = 0.6; // one typing slip
constexpr double kFuzzyTwo = 0.5; // two slips in a long name
constexpr double kAccept = 0.5; // below this a header is not suggested

// Auto mode: a file is placed only when its best entity scores at least this
// and is that far ahead of the next one.
constexpr double kChooseAtLeast = 0.6;
constexpr double kAheadBy = 0.15;
// Entities listed as candidates: at least this, and within kCandidateBand of the best.
constexpr double kCandidateFloor = 0.45;
constexpr double kCandidateBand = 0.3;

// Words of a header: letters and digits, split at case changes ("CompanyName").
QStringList splitWords(const QString &text)
{
    QStringList out;
    QString current;
    QChar previous;
    for (const QChar c : text) {
        if (!c.isLetterOrNumber()) {
            if (!current.isEmpty())
                out.append(current);
            current.clear();
            previous = QChar();
            continue;
        }
        if (!current.isEmpty() && c.isUpper() && previous.isLower()) {
            out.append(current);
            current.clear();
        }
        current.append(c.toLower());
        previous = c;
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

struct Name
{
    QString text; // trimmed
    QString normalised;
    QStringList words;

    static Name of(const QString &s)
    {
        const QString t = s.trimmed();
        return { t, Entities::normaliseHeader(t), splitWords(t) };
    }
};

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min({ up + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
            diagonal = up;
        }
    }
    return row[size_t(b.size())];
}

bool containsRun(const QStringList &haystack, const QStringList &needle)
{
    if (needle.isEmpty() || needle.size() > haystack.size())
        return false;
    for (qsizetype i = 0; i + needle.size() <= haystack.size(); ++i) {
        bool all = true;
        for (qsizetype j = 0; j < needle.size() && all; ++j)
            all = haystack.at(i + j) == needle.at(j);
        if (all)
            return true;
    }
    return false;
}

double confidence(const Name &header, const Name &synonym)
{
    if (header.normalised.isEmpty() || synonym.normalised.isEmpty())
        return 0;
    if (header.text == synonym.text)
        return kExact;
    if (header.normalised == synonym.normalised)
        return kNormalised;
    double best = 0;
    if (synonym.normalised.size() >= 4 && header.words.size() > synonym.words.size()
        && containsRun(header.words, synonym.words))
        best = kContainsBase + kContainsSpan * double(synonym.words.size()) / double(header.words.size());
    const qsizetype shorter = std::min(header.normalised.size(), synonym.normalised.size());
    if (shorter >= 5 && std::abs(header.normalised.size() - synonym.normalised.size()) <= 2) {
        const int d = editDistance(header.normalised, synonym.normalised);
        if (d == 1)
            best = std::max(best, kFuzzyOne);
        else if (d == 2 && shorter >= 8)
            best = std::max(best, kFuzzyTwo);
    }
    return best;
}

// Every entity's synonyms, prepared once.
const QHash<Entity, QList<QList<Name>>> &synonymNames()
{
    static const QHash<Entity, QList<QList<Name>>> names = [] {
        QHash<Entity, QList<QList<Name>>> all;
        for (const Entity e : Entities::all()) {
            QList<QList<Name>> perField;
            for (const FieldSpec &f : Entities::fields(e)) {
                QList<Name> list;
                for (const QString &s : f.synonyms)
                    list.append(Name::of(s));
                perField.append(list);
            }
            all.insert(e, perField);
        }
        return all;
    }();
    return names;
}

// The fields that say whether a file holds an entity: its required fields but
// source_key, which staging can derive (for users, source_key is all there is).
QList<int> keyFields(Entity entity)
{
    QList<int> out;
    const QList<FieldSpec> &specs = Entities::fields(entity);
    for (int i = 0; i < specs.size(); ++i) {
        if (specs.at(i).required)
            out.append(i);
    }
    if (out.isEmpty())
        out.append(0);
    return out;
}

struct Assignment
{
    QList<int> columnOfField; // -1: none
    QList<double> confidenceOfField;
    double requiredFraction = 0;
};

Assignment assign(Entity entity, const QList<Name> &header)
{
    struct Candidate
    {
        double confidence;
        int rank; // position of the synonym: earlier names are the more usual ones
        int field;
        int column;
    };
    const QList<QList<Name>> &fields = synonymNames().value(entity);
    std::vector<Candidate> candidates;
    for (int f = 0; f < fields.size(); ++f) {
        for (int c = 0; c < header.size(); ++c) {
            double best = 0;
            int rank = 0;
            for (int s = 0; s < fields.at(f).size(); ++s) {
                const double conf = confidence(header.at(c), fields.at(f).at(s));
                if (conf > best) {
                    best = conf;
                    rank = s;
                }
            }
            if (best >= kAccept)
                candidates.push_back({ best, rank, f, c });
        }
    }
    // Best matches first; between equals, required fields first ("Company" names a
    // client before it fills its company), then the more usual names.
    const QList<FieldSpec> &specs = Entities::fields(entity);
    std::sort(candidates.begin(), candidates.end(), [&specs](const Candidate &a, const Candidate &b) {
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        const bool ra = specs.at(a.field).required;
        const bool rb = specs.at(b.field).required;
        if (ra != rb)
            return ra;
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.field != b.field)
            return a.field < b.field;
        return a.column < b.column;
    });
    Assignment out;
    out.columnOfField = QList<int>(fields.size(), -1);
    out.confidenceOfField = QList<double>(fields.size(), 0.0);
    QList<bool> columnUsed(header.size(), false);
    for (const Candidate &c : candidates) {
        if (out.columnOfField.at(c.field) >= 0 || columnUsed.at(c.column))
            continue;
        out.columnOfField[c.field] = c.column;
        out.confidenceOfField[c.field] = c.confidence;
        columnUsed[c.column] = true;
    }
    const QList<int> keys = keyFields(entity);
    double sum = 0;
    for (const int f : keys)
        sum += out.confidenceOfField.at(f);
    out.requiredFraction = sum / double(keys.size());
    return out;
}

QList<Name> headerNames(const QStringList &header)
{
    QList<Name> names;
    names.reserve(header.size());
    for (const QString &h : header)
        names.append(Name::of(h));
    return names;
}

int nonEmptyColumns(const QList<Name> &header)
{
    int n = 0;
    for (const Name &h : header)
        n += h.normalised.isEmpty() ? 0 : 1;
    return n;
}

MapSuggestion toSuggestion(Entity entity, const QList<Name> &header, const Assignment &a, double score)
{
    MapSuggestion s;
    s.map.id = QStringLiteral("suggested-") + Entities::key(entity);
    s.map.name = Tr::tr("Suggested map for %1").arg(Entities::title(entity));
    s.map.source = QStringLiteral("generic");
    s.map.entity = entity;
    const QList<FieldSpec> &specs = Entities::fields(entity);
    for (int f = 0; f < specs.size(); ++f) {
        ColumnSuggestion c;
        c.field = specs.at(f).key;
        const int column = a.columnOfField.at(f);
        if (column >= 0) {
            c.column = header.at(column).text;
            c.confidence = a.confidenceOfField.at(f);
            FieldMapping m;
            m.columns = QStringList { c.column };
            s.map.fields.insert(c.field, m);
        }
        s.columns.append(c);
    }
    s.score = score;
    return s;
}

// Does a fingerprint entry name one of the header's columns? Normalised
// equality, or a normalised prefix for an entry ending in '*'.
int findColumn(const QList<Name> &header, const QString &entry)
{
    const QString e = entry.trimmed();
    if (e.endsWith(QLatin1Char('*'))) {
        const QString prefix = Entities::normaliseHeader(e.chopped(1));
        for (int i = 0; i < header.size(); ++i) {
            if (!prefix.isEmpty() && header.at(i).normalised.startsWith(prefix))
                return i;
        }
        return -1;
    }
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).text == e)
            return i;
    }
    const QString n = Entities::normaliseHeader(e);
    for (int i = 0; i < header.size(); ++i) {
        if (!n.isEmpty() && header.at(i).normalised == n)
            return i;
    }
    return -1;
}

MapSuggestion builtInSuggestion(const ImportMap &map, const QList<Name> &header)
{
    MapSuggestion s;
    s.map = map;
    // The file names its columns, so a map written for headerless files reads it with its header.
    s.map.options.hasHeader = true;
    s.builtInId = map.id;
    s.score = 1.0;
    for (const FieldSpec &spec : Entities::fields(map.entity)) {
        ColumnSuggestion c;
        c.field = spec.key;
        const auto it = map.fields.constFind(spec.key);
        if (it != map.fields.constEnd()) {
            for (const QString &column : it->columns + it->fallbackColumns) {
                const int at = findColumn(header, column);
                if (at >= 0) {
                    c.column = header.at(at).text;
                    c.confidence = 1.0;
                    break;
                }
            }
        }
        s.columns.append(c);
    }
    return s;
}

struct Scored
{
    Entity entity;
    double score;
    Assignment assignment;
};

// Every entity scored against the header, from three things:
// - how well its required fields are fed (45%);
// - how much of the header it explains (35%), each column counting in
//   proportion to how few entities it fits: "Hours" says time entries, "Date"
//   says little;
// - its exclusive evidence (20%): by how much columns fit it better than any
//   other entity ("Unit Price" is an expense's known name, and only words
//   inside a time entry's "price"). Half a column's worth is full marks.
QList<Scored> scoreEntities(const QList<Name> &header)
{
    QList<Scored> scored;
    QList<int> fits(header.size(), 0);
    QList<QList<double>> fit; // per entity, per column: the confidence of the field it feeds
    for (const Entity e : Entities::all()) {
        const Assignment a = assign(e, header);
        QList<double> perColumn(header.size(), 0.0);
        for (int f = 0; f < a.columnOfField.size(); ++f) {
            const int column = a.columnOfField.at(f);
            if (column >= 0) {
                ++fits[column];
                perColumn[column] = a.confidenceOfField.at(f);
            }
        }
        fit.append(perColumn);
        scored.append({ e, 0, a });
    }
    double totalWeight = 0;
    QList<double> weight(header.size(), 0);
    for (int c = 0; c < header.size(); ++c) {
        if (header.at(c).normalised.isEmpty())
            continue;
        weight[c] = 1.0 / double(std::max(1, fits.at(c)));
        totalWeight += weight.at(c);
    }
    for (int e = 0; e < scored.size(); ++e) {
        Scored &s = scored[e];
        double explained = 0;
        double exclusive = 0;
        for (int c = 0; c < header.size(); ++c) {
            explained += weight.at(c) * fit.at(e).at(c);
            double others = 0;
            for (int o = 0; o < fit.size(); ++o) {
                if (o != e)
                    others = std::max(others, fit.at(o).at(c));
            }
            exclusive += std::max(0.0, fit.at(e).at(c) - others);
        }
        const double columnFraction = totalWeight > 0 ? explained / totalWeight : 0;
        s.score = 0.45 * s.assignment.requiredFraction + 0.35 * columnFraction + 0.2 * std::min(1.0, exclusive / 0.5);
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) { return a.score > b.score; });
    return scored;
}

} // namespace

namespace MapSuggester {

MapSuggestion suggest(Entity entity, const QStringList &header)
{
    const QList<Name> names = headerNames(header);
    const Assignment a = assign(entity, names);
    double used = 0;
    for (int f = 0; f < a.columnOfField.size(); ++f)
        used += a.columnOfField.at(f) >= 0 ? a.confidenceOfField.at(f) : 0;
    const int columns = nonEmptyColumns(names);
    const double columnFraction = columns > 0 ? used / double(columns) : 0;
    return toSuggestion(entity, names, a, 0.6 * a.requiredFraction + 0.4 * columnFraction);
}

Placement place(const QStringList &header)
{
    const QList<Name> names = headerNames(header);
    Placement placement;

    // A built-in layout whose fingerprint headers are all there; the longest fingerprint wins.
    QList<const ImportMap *> matches;
    const QList<ImportMap> &builtIns = BuiltInMaps::all();
    qsizetype longest = 0;
    for (const ImportMap &map : builtIns) {
        if (map.fingerprint.isEmpty())
            continue;
        const bool all = std::all_of(map.fingerprint.begin(), map.fingerprint.end(),
                                     [&](const QString &entry) { return findColumn(names, entry) >= 0; });
        if (!all)
            continue;
        if (map.fingerprint.size() > longest) {
            matches.clear();
            longest = map.fingerprint.size();
        }
        if (map.fingerprint.size() == longest)
            matches.append(&map);
    }
    const QList<Scored> scored = scoreEntities(names);
    if (!matches.isEmpty()) {
        for (const ImportMap *m : matches)
            placement.candidates.append({ m->entity, m->id, 1.0 });
        if (matches.size() == 1) {
            placement.chosen = builtInSuggestion(*matches.first(), names);
        } else {
            placement.reason =
                Tr::tr("The columns could be %1 or %2; choose which.").arg(matches.at(0)->name, matches.at(1)->name);
        }
        for (const Scored &s : scored) {
            if (s.score >= kCandidateFloor && s.score >= scored.first().score - kCandidateBand
                && s.entity != matches.first()->entity)
                placement.candidates.append({ s.entity, QString(), s.score });
        }
        return placement;
    }

    const double best = scored.isEmpty() ? 0 : scored.at(0).score;
    for (const Scored &s : scored) {
        if (s.score >= kCandidateFloor && s.score >= best - kCandidateBand)
            placement.candidates.append({ s.entity, QString(), s.score });
    }
    const double second = scored.size() > 1 ? scored.at(1).score : 0;
    if (best < kChooseAtLeast) {
        placement.reason = Tr::tr("The columns fit no known kind of data; choose what the file holds.");
    } else if (best - second < kAheadBy) {
        placement.reason = Tr::tr("The columns could be %1 or %2; choose which.")
                               .arg(Entities::title(scored.at(0).entity), Entities::title(scored.at(1).entity));
    } else {
        placement.chosen = toSuggestion(scored.at(0).entity, names, scored.at(0).assignment, best);
    }
    return placement;
}

} // namespace MapSuggester

} // namespace Cutover
