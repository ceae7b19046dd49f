#include "ReviewState.h"
#include "domain/LocaleFormat.h"
#include "domain/Money.h"
#include "importing/ImportPlan.h"
#include "placeholder/InterimEntryModel.h"
#include "review/ReviewReport.h"
#include "staging/PreviewModel.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cfloat>
#include <cmath>

// The spot-check sample.
//
// | what            | rule                                                                                          |
// |-----------------|-----------------------------------------------------------------------------------------------|
// | records         | those the import plans to write (ImportPlanner::build, no skip reason: billed history is not  |
// |                 | one; no problem: those were refused) of the kinds reconciled: contacts, matters, time,        |
// |                 | expenses, balances forward; the firm's own contact and matter, made up by the import, are not |
// | value (cents)   | time: its amount, else duration x rate / 3600; expense: its amount; balance forward: the       |
// |                 | receivable; matter: its entries' values; contact: its matters' values                         |
// | weight          | w = 1 + |value| in whole currency units                                                       |
// | draw            | per entity, Efraimidis-Spirakis without replacement: u in (0, 1) from splitmix64 of the seed   |
// |                 | and an FNV-1a of "entity, source key"; key = u^(1/w), compared as ln(u) / w with a logarithm   |
// |                 | of + - * / only (no libm), so every machine draws the same; the perEntity largest keys win,    |
// |                 | ties by source key. Independent of the order the records are read in.                          |
// | redraw          | decided records stay (and count towards perEntity); undecided ones are drawn again             |

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::SpotChecks)
};

const QList<RecordKind> &sampledKinds()
{
    static const QList<RecordKind> kinds = { RecordKind::Contact, RecordKind::Matter, RecordKind::TimeEntry,
                                             RecordKind::Expense, RecordKind::BalanceForward };
    return kinds;
}

int entityOrder(const QString &entity)
{
    const QList<RecordKind> &kinds = sampledKinds();
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        if (RecordKinds::key(kinds.at(i)) == entity)
            return int(i);
    }
    return int(kinds.size());
}

bool isSampled(const PlannedRecord &p)
{
    // A record with a problem was refused before sending: the reconciliation
    // lists it as missing, with why; a spot check would only say it again.
    if (!p.skipReason.isEmpty() || !p.problem.isEmpty() || !sampledKinds().contains(p.kind))
        return false;
    // Balances forward come from the worksheet; the others from a staging row
    // (the firm's own contact and matter have none).
    return p.kind == RecordKind::BalanceForward || p.table.startsWith(QLatin1String("stg_"));
}

quint64 fnv1a(const QByteArray &bytes)
{
    quint64 h = 14695981039346656037ULL;
    for (const char c : bytes) {
        h ^= quint64(quint8(c));
        h *= 1099511628211ULL;
    }
    return h;
}

quint64 splitmix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// ln(x) for x in (0, 1] with IEEE + - * / only, so it gives the same bits
// everywhere (libm's log may differ in the last place between systems).
double portableLn(double x)
{
    int exponent = 0;
    const double m = std::frexp(x, &exponent); // x = m * 2^e, m in [0.5, 1): exact
    const double t = (m - 1.0) / (m + 1.0); // |t| <= 1/3
    const double t2 = t * t;
    double term = t, sum = 0.0;
    for (int k = 1; k <= 41; k += 2) { // ln m = 2 atanh t; 1/9^21 is below double precision
        sum += term / double(k);
        term *= t2;
    }
    constexpr double kLn2 = 0.693147180559945309417232121458176568;
    return double(exponent) * kLn2 + 2.0 * sum;
}

// u in (0, 1) for one record under one seed.
double uniformOf(quint64 seed, const QString &entity, const QString &sourceKey)
{
    const quint64 h = splitmix64(seed ^ splitmix64(fnv1a((entity + QChar(0x1f) + sourceKey).toUtf8())));
    return (double(h >> 11) + 0.5) * 0x1.0p-53;
}

qint64 magnitude(qint64 cents)
{
    return cents < 0 ? -cents : cents;
}

QString snapshotList(const ImportPlan &plan)
{
    QStringList ids { QString::number(plan.snapshotId) };
    for (qint64 s : plan.deltaIds)
        ids << QString::number(s);
    return ids.join(QLatin1Char(','));
}

// The users' own rates (cents per hour), for entries that have none: the
// close-out's and the reconciliation's rule.
QHash<QString, qint64> userRatesOf(const QSqlDatabase &db, const ImportPlan &plan)
{
    QHash<QString, qint64> rates;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT source_key, rate FROM stg_user WHERE snapshot_id IN (%1) AND rate IS NOT NULL "
                               "ORDER BY id")
                    .arg(snapshotList(plan))))
        return rates;
    while (q.next()) {
        if (!rates.contains(q.value(0).toString().trimmed()))
            rates.insert(q.value(0).toString().trimmed(), q.value(1).toLongLong());
    }
    return rates;
}

// Cents per staging row id of the time entries and expenses in the plan's snapshots.
QHash<qint64, qint64> entryValues(const QSqlDatabase &db, const ImportPlan &plan, RecordKind kind, QString *error)
{
    QHash<qint64, qint64> values;
    const bool time = kind == RecordKind::TimeEntry;
    const QHash<QString, qint64> userRates = time ? userRatesOf(db, plan) : QHash<QString, qint64>();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, amount, %1 FROM %2 WHERE snapshot_id IN (%3)")
                    .arg(time ? QStringLiteral("duration, rate, user_key") : QStringLiteral("0, 0, ''"),
                         time ? QStringLiteral("stg_time_entry") : QStringLiteral("stg_expense"),
                         snapshotList(plan)))) {
        *error = Tr::tr("The spot checks cannot read the staged entries: %1").arg(q.lastError().text());
        return values;
    }
    while (q.next()) {
        qint64 cents = q.value(1).toLongLong();
        if (q.value(1).isNull() && time) {
            const qint64 rate =
                q.value(3).isNull() ? userRates.value(q.value(4).toString().trimmed()) : q.value(3).toLongLong();
            cents = Money::mulDivRounded(q.value(2).toLongLong(), rate, 3600);
        }
        values.insert(q.value(0).toLongLong(), cents);
    }
    return values;
}

struct Candidate
{
    QString sourceKey;
    qint64 cents = 0;
    double key = 0; // ln(u) / w: the larger, the earlier drawn
};

bool signedOffRefusal(const QSqlDatabase &db, const QString &targetKey, QString *error)
{
    if (const std::optional<SignOff> s = ReviewSignOff::signedOff(db, targetKey)) {
        *error = Tr::tr("The review was signed off by %1 on %2; its spot checks can no longer change.")
                     .arg(s->name, LocaleFormat::localDateTime(s->signedUtc));
        return true;
    }
    return false;
}

QString money(qint64 cents)
{
    return PreviewModel::formatCents(cents, QLocale());
}

QString hours(qint64 seconds)
{
    return Tr::tr("%1 h", "hours").arg(InterimEntryModel::hoursText(seconds));
}

} // namespace

QString SpotCheck::verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pending:
        return QStringLiteral("pending");
    case Verdict::Accepted:
        return QStringLiteral("accepted");
    case Verdict::Flagged:
        return QStringLiteral("flagged");
    }
    return {};
}

QString SpotCheck::verdictTitle(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pending:
        return Tr::tr("Not checked yet");
    case Verdict::Accepted:
        return Tr::tr("Accepted");
    case Verdict::Flagged:
        return Tr::tr("Flagged");
    }
    return {};
}

bool SpotChecks::draw(QSqlDatabase db, const QString &targetKey, int perEntity, quint64 seed, QString *error)
{
    QString why;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (perEntity < 1)
        return fail(Tr::tr("Draw at least one record of each kind."));
    if (signedOffRefusal(db, targetKey, &why))
        return fail(why);
    ImportPlan plan;
    if (!ImportPlanner::build(db, &plan, &why))
        return fail(why);

    // Values: entries first, then the matters and contacts they belong to.
    const QHash<qint64, qint64> timeValues = entryValues(db, plan, RecordKind::TimeEntry, &why);
    const QHash<qint64, qint64> expenseValues = entryValues(db, plan, RecordKind::Expense, &why);
    if (!why.isEmpty())
        return fail(why);
    QHash<QString, qint64> matterCents, clientCents;
    QHash<QString, QString> matterClient;
    for (const PlannedRecord &p : std::as_const(plan.records)) {
        if (p.kind == RecordKind::Matter && !p.dependsOn.isEmpty())
            matterClient.insert(p.sourceKey, p.dependsOn.first().second);
    }
    QHash<RecordKind, QList<Candidate>> candidates;
    for (const PlannedRecord &p : std::as_const(plan.records)) {
        if (!isSampled(p))
            continue;
        qint64 cents = 0;
        if (p.kind == RecordKind::TimeEntry)
            cents = timeValues.value(p.rowId);
        else if (p.kind == RecordKind::Expense)
            cents = expenseValues.value(p.rowId);
        else if (p.kind == RecordKind::BalanceForward)
            cents = p.cents;
        if (p.kind == RecordKind::TimeEntry || p.kind == RecordKind::Expense) {
            const QString matter = p.dependsOn.isEmpty() ? QString() : p.dependsOn.first().second;
            matterCents[matter] += magnitude(cents);
            clientCents[matterClient.value(matter)] += magnitude(cents);
        }
        candidates[p.kind].append({ p.sourceKey, cents, 0 });
    }
    const int maxEntity = int(sampledKinds().size());
    QList<int> counts(maxEntity, 0);
    for (RecordKind kind : sampledKinds()) {
        const QString entity = RecordKinds::key(kind);
        for (Candidate &c : candidates[kind]) {
            if (kind == RecordKind::Matter)
                c.cents = matterCents.value(c.sourceKey);
            else if (kind == RecordKind::Contact)
                c.cents = clientCents.value(c.sourceKey);
            // Whole currency units, so the weight is exact in a double up to 2^53.
            const double w = 1.0 + double(magnitude(c.cents) / 100);
            c.key = portableLn(uniformOf(seed, entity, c.sourceKey)) / w;
        }
        std::sort(candidates[kind].begin(), candidates[kind].end(), [](const Candidate &a, const Candidate &b) {
            return a.key != b.key ? a.key > b.key : a.sourceKey < b.sourceKey;
        });
    }

    return ProjectStore::auditedChange(
        db, QStringLiteral("review.sample_drawn"), error, [&](QJsonObject *detail, QString *err) {
            QSqlQuery q(db);
            // The decided ones stay, in their order.
            q.prepare(QStringLiteral("SELECT entity, source_key FROM review_sample WHERE target_key = ? AND "
                                     "verdict <> 'pending' ORDER BY entity, position, source_key"));
            q.addBindValue(targetKey);
            if (!q.exec()) {
                *err = Tr::tr("The spot checks cannot be read: %1").arg(q.lastError().text());
                return false;
            }
            QHash<QString, QStringList> kept;
            while (q.next())
                kept[q.value(0).toString()].append(q.value(1).toString());
            q.prepare(QStringLiteral("DELETE FROM review_sample WHERE target_key = ? AND verdict = 'pending'"));
            q.addBindValue(targetKey);
            if (!q.exec()) {
                *err = Tr::tr("The spot checks cannot be written: %1").arg(q.lastError().text());
                return false;
            }
            QSqlQuery move(db);
            move.prepare(QStringLiteral(
                "UPDATE review_sample SET position = ? WHERE target_key = ? AND entity = ? AND source_key = ?"));
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO review_sample (target_key, entity, source_key, position, seed, "
                                          "weight_cents) VALUES (?, ?, ?, ?, ?, ?)"));
            QJsonObject drawn;
            qint64 keptCount = 0;
            for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
                for (qsizetype i = 0; i < it.value().size(); ++i) {
                    move.addBindValue(int(i));
                    move.addBindValue(targetKey);
                    move.addBindValue(it.key());
                    move.addBindValue(it.value().at(i));
                    if (!move.exec()) {
                        *err = Tr::tr("The spot checks cannot be written: %1").arg(move.lastError().text());
                        return false;
                    }
                    ++keptCount;
                }
            }
            for (RecordKind kind : sampledKinds()) {
                const QString entity = RecordKinds::key(kind);
                const QStringList already = kept.value(entity);
                const QSet<QString> alreadySet(already.cbegin(), already.cend());
                int position = int(already.size());
                int added = 0;
                for (const Candidate &c : std::as_const(candidates[kind])) {
                    if (position >= perEntity)
                        break;
                    if (alreadySet.contains(c.sourceKey))
                        continue;
                    insert.addBindValue(targetKey);
                    insert.addBindValue(entity);
                    insert.addBindValue(c.sourceKey);
                    insert.addBindValue(position);
                    insert.addBindValue(qint64(seed)); // the seed's 64 bits as SQLite's signed integer
                    insert.addBindValue(c.cents);
                    if (!insert.exec()) {
                        *err = Tr::tr("The spot checks cannot be written: %1").arg(insert.lastError().text());
                        return false;
                    }
                    ++position;
                    ++added;
                }
                if (added > 0)
                    drawn.insert(entity, added);
            }
            detail->insert(QStringLiteral("target"), targetKey);
            detail->insert(QStringLiteral("seed"), QString::number(seed)); // text: JSON numbers are doubles
            detail->insert(QStringLiteral("per_entity"), perEntity);
            detail->insert(QStringLiteral("drawn"), drawn);
            detail->insert(QStringLiteral("kept"), keptCount);
            return true;
        });
}

namespace {

// One side of a sampled record, as the fields the reviewer compares.
struct Side
{
    QHash<QString, QString> text; // field -> as shown
    QHash<QString, QString> compare; // field -> as compared (cents, seconds, normalised text)
};

void put(Side *side, const QString &field, const QString &shown, const QString &compared)
{
    side->text.insert(field, shown);
    side->compare.insert(field, compared);
}

void putMoney(Side *side, const QString &field, qint64 cents)
{
    put(side, field, money(cents), QString::number(cents));
}

void putText(Side *side, const QString &field, const QString &value)
{
    put(side, field, value.trimmed(), value.trimmed());
}

void putLower(Side *side, const QString &field, const QString &value)
{
    put(side, field, value.trimmed(), value.trimmed().toLower());
}

QString str(const QSqlQuery &q, const char *column)
{
    return q.value(QLatin1String(column)).toString().trimmed();
}

QList<QPair<QString, QString>> fieldsOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Contact:
        return { { QStringLiteral("name"), Tr::tr("Name") },
                 { QStringLiteral("kind"), Tr::tr("Person or company") },
                 { QStringLiteral("email"), Tr::tr("E-mail") } };
    case RecordKind::Matter:
        return { { QStringLiteral("description"), Tr::tr("Description") },
                 { QStringLiteral("client"), Tr::tr("Client") },
                 { QStringLiteral("status"), Tr::tr("Status") } };
    case RecordKind::TimeEntry:
        return {
            { QStringLiteral("date"), Tr::tr("Date") },         { QStringLiteral("user"), Tr::tr("User") },
            { QStringLiteral("duration"), Tr::tr("Duration") }, { QStringLiteral("rate"), Tr::tr("Rate") },
            { QStringLiteral("amount"), Tr::tr("Amount") },     { QStringLiteral("description"), Tr::tr("Description") }
        };
    case RecordKind::Expense:
        return { { QStringLiteral("date"), Tr::tr("Date") },
                 { QStringLiteral("user"), Tr::tr("User") },
                 { QStringLiteral("amount"), Tr::tr("Amount") },
                 { QStringLiteral("description"), Tr::tr("Description") } };
    case RecordKind::BalanceForward:
        return { { QStringLiteral("date"), Tr::tr("Date") }, { QStringLiteral("amount"), Tr::tr("Amount") } };
    default:
        return {};
    }
}

RecordKind kindOf(const QString &entity)
{
    for (RecordKind kind : sampledKinds()) {
        if (RecordKinds::key(kind) == entity)
            return kind;
    }
    return RecordKind::Note;
}

} // namespace

QList<SpotCheck> SpotChecks::load(const QSqlDatabase &db, const QString &targetKey, qint64 runId, QString *error)
{
    QList<SpotCheck> sample;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QList<SpotCheck>();
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT entity, source_key, position, weight_cents, verdict, note, decided_by, "
                             "decided_at_utc FROM review_sample WHERE target_key = ?"));
    q.addBindValue(targetKey);
    if (!q.exec())
        return fail(Tr::tr("The spot checks cannot be read: %1").arg(q.lastError().text()));
    while (q.next()) {
        SpotCheck s;
        s.entity = q.value(0).toString();
        s.sourceKey = q.value(1).toString();
        s.position = q.value(2).toInt();
        s.weightCents = q.value(3).toLongLong();
        const QString verdict = q.value(4).toString();
        s.verdict = verdict == u"accepted" ? SpotCheck::Verdict::Accepted
            : verdict == u"flagged"        ? SpotCheck::Verdict::Flagged
                                           : SpotCheck::Verdict::Pending;
        s.note = q.value(5).toString();
        s.decidedBy = q.value(6).toString();
        if (!q.value(7).isNull())
            s.decidedUtc = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs).toUTC();
        sample.append(s);
    }
    std::sort(sample.begin(), sample.end(), [](const SpotCheck &a, const SpotCheck &b) {
        const int ea = entityOrder(a.entity), eb = entityOrder(b.entity);
        if (ea != eb)
            return ea < eb;
        return a.position != b.position ? a.position < b.position : a.sourceKey < b.sourceKey;
    });
    if (sample.isEmpty())
        return sample;

    QString why;
    ImportPlan plan;
    if (!ImportPlanner::build(db, &plan, &why))
        return fail(why);
    // (kind, source key) -> its planned record.
    QHash<QString, const PlannedRecord *> planned;
    auto keyOf = [](RecordKind kind, const QString &sourceKey) {
        return RecordKinds::key(kind) + QChar(0x1f) + sourceKey;
    };
    for (const PlannedRecord &p : std::as_const(plan.records))
        planned.insert(keyOf(p.kind, p.sourceKey), &p);
    const QHash<QString, QString> userTargets = UserMappings::targetIds(db, targetKey, &why);
    const qint64 run = runId > 0 ? runId : Reconciler::latestRun(db, targetKey);
    const QHash<QString, qint64> userRates = userRatesOf(db, plan);
    // The CSV package's rows carry no reference: they are found by their numbers.
    const bool package = targetKey == TargetChoice { TargetChoice::Kind::CsvPackage, {}, {}, {} }.key();

    // Client names of the source, by key (for labels and the matter's client).
    QHash<QString, QString> clientNames;
    auto clientName = [&](const QString &clientKey) -> QString {
        if (clientKey.isEmpty())
            return {};
        if (auto it = clientNames.constFind(clientKey); it != clientNames.cend())
            return it.value();
        QString name = clientKey;
        if (const PlannedRecord *p = planned.value(keyOf(RecordKind::Contact, clientKey)); p && p->rowId > 0) {
            QSqlQuery c(db);
            c.prepare(QStringLiteral("SELECT name, company, first_name, last_name FROM stg_client WHERE id = ?"));
            c.addBindValue(p->rowId);
            if (c.exec() && c.next()) {
                name = str(c, "name");
                if (name.isEmpty())
                    name = str(c, "company");
                if (name.isEmpty())
                    name = (str(c, "first_name") + QLatin1Char(' ') + str(c, "last_name")).trimmed();
                if (name.isEmpty())
                    name = clientKey;
            }
        }
        clientNames.insert(clientKey, name);
        return name;
    };
    auto clientOfMatter = [&](const QString &matterKey) -> QString {
        const PlannedRecord *m = planned.value(keyOf(RecordKind::Matter, matterKey));
        return m && !m->dependsOn.isEmpty() ? m->dependsOn.first().second : QString();
    };
    auto userName = [&](const QString &userKey) {
        const QString name = plan.users.value(userKey).name;
        return name.isEmpty() ? userKey : name;
    };
    auto ledgerId = [&](const QString &entity, const QString &sourceKey) {
        QSqlQuery l(db);
        l.prepare(QStringLiteral("SELECT coalesce(target_id, '') FROM id_map WHERE target_key = ? AND entity = ? AND "
                                 "source_key = ?"));
        l.addBindValue(targetKey);
        l.addBindValue(entity);
        l.addBindValue(sourceKey);
        return l.exec() && l.next() ? l.value(0).toString() : QString();
    };
    // A target record of the run: by the source key it carries, else by the ledger's id.
    struct Hint
    {
        QString matter, date;
        qint64 seconds = 0, cents = 0;
    };
    auto targetRecord = [&](const QString &entity, const QString &sourceKey, const Hint &hint, QJsonObject *fields,
                            QHash<QString, QString> *columns) -> bool {
        if (run <= 0)
            return false;
        QSqlQuery t(db);
        const QString columnsSql =
            QStringLiteral("SELECT target_id, client_id, matter_id, user_id, date, seconds, cents, fields "
                           "FROM review_target_record WHERE run_id = ? AND entity = ? AND ");
        t.prepare(columnsSql + QStringLiteral("source_key = ? ORDER BY target_id LIMIT 1"));
        t.addBindValue(run);
        t.addBindValue(entity);
        t.addBindValue(sourceKey);
        bool found = t.exec() && t.next();
        if (!found && package && !hint.matter.isEmpty() && entity != u"contact" && entity != u"matter") {
            // Entries and balances: on their matter, the same date, then the closest values.
            t.prepare(columnsSql
                      + QStringLiteral("matter_id = ? AND (? = '' OR date = ?) ORDER BY (seconds = ?) + (cents = ?) "
                                       "DESC, target_id LIMIT 1"));
            t.addBindValue(run);
            t.addBindValue(entity);
            t.addBindValue(hint.matter);
            t.addBindValue(entity == u"balance_forward" ? QString() : hint.date);
            t.addBindValue(hint.date);
            t.addBindValue(hint.seconds);
            t.addBindValue(hint.cents);
            found = t.exec() && t.next();
        } else if (!found && package) {
            // Contacts by their client number, matters by their number.
            t.prepare(columnsSql
                      + (entity == u"contact" ? QStringLiteral("client_id = ?") : QStringLiteral("matter_id = ?"))
                      + QStringLiteral(" ORDER BY target_id LIMIT 1"));
            t.addBindValue(run);
            t.addBindValue(entity);
            t.addBindValue(sourceKey);
            found = t.exec() && t.next();
        }
        if (!found && !package) {
            const QString id = ledgerId(entity, sourceKey);
            if (id.isEmpty())
                return false;
            t.prepare(columnsSql + QStringLiteral("target_id = ?"));
            t.addBindValue(run);
            t.addBindValue(entity);
            t.addBindValue(id);
            found = t.exec() && t.next();
        }
        if (!found)
            return false;
        const char *names[] = { "target_id", "client_id", "matter_id", "user_id", "date", "seconds", "cents" };
        for (int i = 0; i < 7; ++i)
            columns->insert(QLatin1String(names[i]), t.value(i).toString());
        *fields = QJsonDocument::fromJson(t.value(7).toString().toUtf8()).object();
        return true;
    };
    // The name of a contact of the run, by its target id.
    auto targetContactName = [&](const QString &targetId) -> QString {
        if (targetId.isEmpty() || run <= 0)
            return {};
        QSqlQuery t(db);
        t.prepare(QStringLiteral("SELECT fields, label FROM review_target_record WHERE run_id = ? AND "
                                 "entity = 'contact' AND target_id = ?"));
        t.addBindValue(run);
        t.addBindValue(targetId);
        if (!t.exec() || !t.next())
            return {};
        const QString name =
            QJsonDocument::fromJson(t.value(0).toString().toUtf8()).object().value(QLatin1String("name")).toString();
        return name.isEmpty() ? t.value(1).toString() : name;
    };

    for (SpotCheck &s : sample) {
        const RecordKind kind = kindOf(s.entity);
        const PlannedRecord *p = planned.value(keyOf(kind, s.sourceKey));
        Side source, target;
        QString matterKey, date, userKey;

        // The source: its staging row (the worksheet for a balance forward).
        if (p && kind == RecordKind::BalanceForward) {
            matterKey = p->sourceKey;
            date = plan.cutoffDay.toString(Qt::ISODate);
            putText(&source, QStringLiteral("date"), date);
            putMoney(&source, QStringLiteral("amount"), p->cents);
        } else if (p && p->rowId > 0 && p->table.startsWith(QLatin1String("stg_"))) {
            QSqlQuery r(db);
            r.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(p->table));
            r.addBindValue(p->rowId);
            if (!r.exec() || !r.next())
                return fail(Tr::tr("The staged record %1 cannot be read: %2").arg(s.sourceKey, r.lastError().text()));
            switch (kind) {
            case RecordKind::Contact:
                putText(&source, QStringLiteral("name"), clientName(s.sourceKey));
                {
                    // An export without the kind: the import sends a company unless a first or
                    // last name is given (ClioConnector's rule), so that is the source's side.
                    QString contactKind = str(r, "kind").toLower();
                    if (contactKind.isEmpty())
                        contactKind = str(r, "first_name").isEmpty() && str(r, "last_name").isEmpty()
                            ? QStringLiteral("company")
                            : QStringLiteral("person");
                    putLower(&source, QStringLiteral("kind"), contactKind);
                }
                putLower(&source, QStringLiteral("email"), str(r, "email"));
                break;
            case RecordKind::Matter:
                putText(&source, QStringLiteral("description"), str(r, "description"));
                putText(&source, QStringLiteral("client"), clientName(clientOfMatter(s.sourceKey)));
                putLower(&source, QStringLiteral("status"), str(r, "status"));
                break;
            case RecordKind::TimeEntry:
            case RecordKind::Expense: {
                matterKey = str(r, "matter_key");
                date = str(r, "date");
                userKey = p->userKey;
                putText(&source, QStringLiteral("date"), date);
                put(&source, QStringLiteral("user"), userName(userKey), userTargets.value(userKey));
                qint64 cents = r.value(QStringLiteral("amount")).toLongLong();
                if (kind == RecordKind::TimeEntry) {
                    const qint64 seconds = r.value(QStringLiteral("duration")).toLongLong();
                    const qint64 rate = r.value(QStringLiteral("rate")).toLongLong();
                    if (r.value(QStringLiteral("amount")).isNull())
                        cents = Money::mulDivRounded(
                            seconds, r.value(QStringLiteral("rate")).isNull() ? userRates.value(userKey) : rate, 3600);
                    put(&source, QStringLiteral("duration"), hours(seconds), QString::number(seconds));
                    if (!r.value(QStringLiteral("rate")).isNull())
                        putMoney(&source, QStringLiteral("rate"), rate);
                }
                putMoney(&source, QStringLiteral("amount"), cents);
                putText(&source, QStringLiteral("description"), str(r, "description"));
                break;
            }
            default:
                break;
            }
        }

        // The target, as read back in the run.
        QJsonObject fields;
        QHash<QString, QString> columns;
        const Hint hint { matterKey, date, source.compare.value(QStringLiteral("duration")).toLongLong(),
                          source.compare.value(QStringLiteral("amount")).toLongLong() };
        const bool inTarget = targetRecord(s.entity, s.sourceKey, hint, &fields, &columns);
        auto field = [&](const char *name) {
            return fields.value(QLatin1String(name)).toVariant().toString();
        };
        if (inTarget) {
            s.targetId = columns.value(QStringLiteral("target_id"));
            const QString targetDate =
                columns.value(QStringLiteral("date")).isEmpty() ? field("date") : columns.value(QStringLiteral("date"));
            switch (kind) {
            case RecordKind::Contact:
                putText(&target, QStringLiteral("name"), field("name"));
                putLower(&target, QStringLiteral("kind"), field("kind"));
                putLower(&target, QStringLiteral("email"), field("email"));
                break;
            case RecordKind::Matter: {
                putText(&target, QStringLiteral("description"), field("description"));
                const QString clientId = columns.value(QStringLiteral("client_id"));
                QString client = package ? (clientId == clientOfMatter(s.sourceKey) ? clientName(clientId) : clientId)
                                         : targetContactName(clientId);
                if (client.isEmpty())
                    client = field("client_name");
                putText(&target, QStringLiteral("client"), client);
                putLower(&target, QStringLiteral("status"), field("status"));
                break;
            }
            case RecordKind::TimeEntry:
            case RecordKind::Expense: {
                putText(&target, QStringLiteral("date"), targetDate.left(10));
                const QString userId = columns.value(QStringLiteral("user_id"));
                const auto &user = plan.users.value(userKey);
                const bool sameUser = !userId.isEmpty()
                    && (userId == userTargets.value(userKey)
                        || (package
                            && (userId.compare(user.name, Qt::CaseInsensitive) == 0
                                || userId.compare(user.email, Qt::CaseInsensitive) == 0)));
                put(&target, QStringLiteral("user"),
                    sameUser               ? userName(userKey)
                        : userId.isEmpty() ? QString()
                                           : Tr::tr("user %1 of the target").arg(userId),
                    sameUser ? userTargets.value(userKey) : userId);
                if (kind == RecordKind::TimeEntry) {
                    const qint64 seconds = columns.value(QStringLiteral("seconds")).toLongLong();
                    put(&target, QStringLiteral("duration"), hours(seconds), QString::number(seconds));
                    if (fields.contains(QLatin1String("rate")))
                        putMoney(&target, QStringLiteral("rate"), fields.value(QLatin1String("rate")).toInteger());
                }
                putMoney(&target, QStringLiteral("amount"), columns.value(QStringLiteral("cents")).toLongLong());
                putText(&target, QStringLiteral("description"), field("description"));
                break;
            }
            case RecordKind::BalanceForward:
                putText(&target, QStringLiteral("date"), targetDate.left(10));
                putMoney(&target, QStringLiteral("amount"), columns.value(QStringLiteral("cents")).toLongLong());
                break;
            default:
                break;
            }
        }

        // Where it belongs and what the reviewer reads.
        QString clientKey;
        switch (kind) {
        case RecordKind::Contact:
            clientKey = s.sourceKey;
            s.label = Tr::tr("client %1 (%2)").arg(clientName(s.sourceKey), s.sourceKey);
            break;
        case RecordKind::Matter:
            clientKey = clientOfMatter(s.sourceKey);
            s.label = Tr::tr("matter %1").arg(s.sourceKey);
            break;
        case RecordKind::TimeEntry:
            clientKey = clientOfMatter(matterKey);
            s.label = Tr::tr("time entry %1 of %2 by %3 on %4").arg(s.sourceKey, date, userName(userKey), matterKey);
            break;
        case RecordKind::Expense:
            clientKey = clientOfMatter(matterKey);
            s.label = Tr::tr("expense %1 of %2 by %3 on %4").arg(s.sourceKey, date, userName(userKey), matterKey);
            break;
        case RecordKind::BalanceForward:
            clientKey = clientOfMatter(matterKey);
            s.label = Tr::tr("balance carried forward on %1").arg(s.sourceKey);
            break;
        default:
            s.label = s.sourceKey;
            break;
        }
        if (!p)
            s.label = Tr::tr("%1 (no longer in the import)").arg(s.label);
        s.clientName = clientName(clientKey);

        for (const auto &[name, title] : fieldsOf(kind)) {
            if (!source.text.contains(name) && !target.text.contains(name))
                continue;
            SpotCheckField f;
            f.field = name;
            f.title = title;
            f.sourceValue = source.text.value(name);
            f.targetValue = target.text.value(name);
            // Without a reading of the target nothing can be said to differ.
            f.differs = run > 0 && source.compare.value(name) != target.compare.value(name);
            s.fields.append(f);
        }
    }
    return sample;
}

bool SpotChecks::decide(QSqlDatabase db, const QString &targetKey, const QString &entity, const QString &sourceKey,
                        SpotCheck::Verdict verdict, const QString &note, QString *error)
{
    const QString text = note.trimmed();
    if (verdict == SpotCheck::Verdict::Flagged && text.isEmpty()) {
        if (error)
            *error = Tr::tr("A flagged spot check needs a note saying what is wrong, for the correction list.");
        return false;
    }
    QString why;
    if (signedOffRefusal(db, targetKey, &why)) {
        if (error)
            *error = why;
        return false;
    }
    return ProjectStore::auditedChange(
        db, QStringLiteral("review.spot_check_decided"), error, [&](QJsonObject *detail, QString *err) {
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("UPDATE review_sample SET verdict = ?, note = ?, decided_by = ?, decided_at_utc = ? "
                               "WHERE target_key = ? AND entity = ? AND source_key = ?"));
            const bool pending = verdict == SpotCheck::Verdict::Pending;
            q.addBindValue(SpotCheck::verdictKey(verdict));
            q.addBindValue(text.isNull() ? QStringLiteral("") : text); // NOT NULL columns: never a null QString
            q.addBindValue(pending ? QStringLiteral("") : ProjectStore::currentActor());
            q.addBindValue(pending ? QVariant(QMetaType::fromType<QString>())
                                   : QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)));
            q.addBindValue(targetKey);
            q.addBindValue(entity);
            q.addBindValue(sourceKey);
            if (!q.exec()) {
                *err = Tr::tr("The spot check cannot be written: %1").arg(q.lastError().text());
                return false;
            }
            if (q.numRowsAffected() != 1) {
                *err =
                    Tr::tr("%1 %2 is not in the spot-check sample.").arg(ReviewReport::entityTitle(entity), sourceKey);
                return false;
            }
            detail->insert(QStringLiteral("target"), targetKey);
            detail->insert(QStringLiteral("entity"), entity);
            detail->insert(QStringLiteral("source_key"), sourceKey);
            detail->insert(QStringLiteral("verdict"), SpotCheck::verdictKey(verdict));
            if (!text.isEmpty())
                detail->insert(QStringLiteral("note"), text);
            return true;
        });
}

} // namespace Cutover
