#include "StagingJob.h"

#include "Delta.h"
#include "SourceInspector.h"
#include "SqliteStatement.h"
#include "StagingStore.h"
#include "domain/LocaleFormat.h"
#include "sources/MapSuggester.h"
#include "sources/RowConverter.h"
#include "store/ProjectStore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <functional>
#include <mutex>
#include <openssl/evp.h>
#include <thread>

#ifdef Q_OS_LINUX
#include <pthread.h>
#endif
#include <vector>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::StagingJob)
};

// A 64-bit hash that is the same on every run and machine (qHash is seeded and
// may use the CPU's AES unit), so row hashes and derived keys can be compared
// between snapshots. Eight bytes at a time, each word mixed in with a
// multiply and xor-shift (the finaliser of SplitMix64); on a million rows this
// is far cheaper than a byte-wise hash.
class StableHash
{
public:
    void add(const QVariant &v)
    {
        if (v.isNull()) {
            word(0xFFFF'FFFF'FFFF'FF01ULL);
        } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            word(quint64(v.toLongLong()));
            word(0x02);
        } else if (v.typeId() == QMetaType::QString) {
            add(QStringView(*static_cast<const QString *>(v.constData())));
        } else {
            const QString text = v.toString();
            add(QStringView(text));
        }
    }
    void add(QStringView s)
    {
        const char *bytes = reinterpret_cast<const char *>(s.utf16());
        const qsizetype n = s.size() * 2;
        qsizetype i = 0;
        for (; i + 8 <= n; i += 8) {
            quint64 w;
            std::memcpy(&w, bytes + i, 8);
            word(w);
        }
        quint64 tail = 0;
        std::memcpy(&tail, bytes + i, size_t(n - i));
        word(tail ^ (quint64(n) << 48) ^ 0x04);
    }
    quint64 value() const { return m_h; }

private:
    void word(quint64 w)
    {
        quint64 z = m_h ^ w;
        z += 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        m_h = z ^ (z >> 31);
    }
    quint64 m_h = 0x6a09e667f3bcc909ULL;
};

// OpenSSL's SHA-256 uses the CPU's SHA instructions where there are some:
// several times QCryptographicHash's speed, which was a sixth of a large load.
QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx || EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) != 1) {
        EVP_MD_CTX_free(ctx);
        return {};
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 n;
    while ((n = f.read(buffer.data(), buffer.size())) > 0)
        EVP_DigestUpdate(ctx, buffer.constData(), size_t(n));
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const bool ok = n == 0 && EVP_DigestFinal_ex(ctx, digest, &length) == 1;
    EVP_MD_CTX_free(ctx);
    return ok ? QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex())
              : QString();
}

QString normalisedEmail(const QString &email)
{
    return email.trimmed().toLower();
}

QString normalisedPhone(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    // Compare national numbers: a leading country code 1 is dropped (NANP).
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1')))
        digits.remove(0, 1);
    return digits.size() >= 7 ? digits : QString();
}

QString normalisedName(const QString &name)
{
    QString out;
    bool space = false;
    for (const QChar c : name) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out.append(QLatin1Char(' '));
            out.append(c.toLower());
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

// A null QString binds as SQL NULL; the text columns written here are NOT NULL
// DEFAULT '' (a CSV has no sheet, a workbook no delimiter, an issue may have no
// column name or value), so they are bound as empty text instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

int fieldIndex(Entity entity, const QString &key)
{
    const auto &fields = Entities::fields(entity);
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).key == key)
            return i;
    }
    return -1;
}

int entityOrder(Entity e)
{
    // Referenced entities first, so references can be checked as rows arrive.
    switch (e) {
    case Entity::User:
        return 0;
    case Entity::Client:
        return 1;
    case Entity::Matter:
        return 2;
    default:
        return 3;
    }
}

struct KeyRef
{
    quint64 hash;
    qint64 rowId;
    bool operator<(const KeyRef &o) const { return hash < o.hash || (hash == o.hash && rowId < o.rowId); }
};

// Reading and converting run on a thread of their own while the job's thread
// checks and inserts: on two cores the two halves overlap. Rows travel in
// batches through a short queue, so memory stays bounded whatever the file's
// size. The reader and the converter are used by the producer thread only.
struct ConvertedRow
{
    qint64 row = 0;
    bool skipped = false; // a row of another kind (RowConverter::wants)
    bool ok = false;
    QStringList cells;
    std::vector<QVariant> values;
    QList<CellProblem> problems;
    // Filled on the producer's thread by the job's prepare step (rows that converted):
    quint64 natural = 0; // hash of the entry's identity, without its key and timestamps
    quint64 rowHash = 0; // hash of every value, key included
    QList<QPair<int, QString>> unresolved; // (reference check, value) that found nothing
};

struct RowBatch
{
    std::vector<ConvertedRow> rows;
    QList<ReaderMessage> warnings;
    qint64 bytesRead = 0;
};

class RowProducer
{
public:
    using Prepare = std::function<void(ConvertedRow &)>;
    RowProducer(SourceReader *reader, const RowConverter *converter, size_t batchSize, Prepare prepare)
        : m_reader(reader)
        , m_converter(converter)
        , m_batchSize(batchSize)
        , m_prepare(std::move(prepare))
    {
        m_thread = std::thread([this] { produce(); });
    }
    ~RowProducer() { stop(); }

    // The next batch, in file order; false once every batch has been taken.
    // Hand the previous one back with recycle() so its buffers are reused.
    bool next(RowBatch &out)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_queue.empty() || m_done; });
        if (m_queue.empty())
            return false;
        out = std::move(m_queue.front());
        m_queue.pop_front();
        m_space.notify_one();
        return true;
    }

    // Returns a consumed batch: the producer refills its rows in place, so cells
    // and values are allocated and freed on the producer's thread only.
    void recycle(RowBatch &&batch)
    {
        std::lock_guard lock(m_mutex);
        if (m_free.size() < kQueued + 2)
            m_free.push_back(std::move(batch));
    }

    // Ends the producer (early when rows are left) and waits for it.
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_space.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    void produce()
    {
#ifdef Q_OS_LINUX
        pthread_setname_np(pthread_self(), "staging-reader"); // tells the two halves apart in profilers
#endif
        for (;;) {
            RowBatch batch;
            {
                std::lock_guard lock(m_mutex);
                if (!m_free.empty()) {
                    batch = std::move(m_free.front());
                    m_free.pop_front();
                }
            }
            batch.warnings.clear();
            if (batch.rows.size() < m_batchSize)
                batch.rows.resize(m_batchSize);
            size_t used = 0;
            bool end = false;
            while (used < m_batchSize) {
                ConvertedRow &r = batch.rows[used];
                // Drop the values first: they share text with the old cells, and
                // a shared cell cannot be refilled in place by the reader.
                for (QVariant &v : r.values)
                    v.clear();
                if (!m_reader->readRecord(r.cells)) {
                    end = true;
                    break;
                }
                r.row = m_reader->row();
                r.problems.clear();
                r.skipped = !m_converter->wants(r.cells);
                r.ok = !r.skipped && m_converter->convert(r.cells, r.values, r.problems);
                if (r.ok)
                    m_prepare(r);
                ++used;
            }
            batch.rows.resize(used);
            batch.warnings = m_reader->takeWarnings();
            batch.bytesRead = m_reader->bytesRead();
            std::unique_lock lock(m_mutex);
            m_space.wait(lock, [this] { return m_queue.size() < kQueued || m_stopping; });
            if (m_stopping)
                end = true;
            else
                m_queue.push_back(std::move(batch));
            if (end) {
                m_done = true;
                m_ready.notify_all();
                return;
            }
            m_ready.notify_one();
        }
    }

    static constexpr size_t kQueued = 4;
    SourceReader *m_reader;
    const RowConverter *m_converter;
    size_t m_batchSize;
    Prepare m_prepare;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<RowBatch> m_queue;
    std::deque<RowBatch> m_free;
    bool m_stopping = false;
    bool m_done = false;
};

} // namespace

// Everything one execution needs; lives only inside execute().
struct StagingJob::Run
{
    // One file or sheet to load, after folders and archives are expanded.
    struct Plan
    {
        QString readPath; // what the reader opens
        QString displayPath; // what the user is shown ("backup.zip/Clients.csv")
        ReaderOptions options;
        ImportMap map;
        qint64 size = 0;
    };

    QSqlDatabase db;
    QString connectionName;
    QList<QTemporaryDir *> tempDirs;
    QList<Plan> plans;
    QTimeZone zone;
    QDateTime cutoffUtc;
    QString cutoffLocalDate; // the cutoff as a date in the firm's zone, for date-only fields
    qint64 snapshotId = 0;
    SnapshotKind kind = SnapshotKind::Trial;
    qint64 baseSnapshotId = 0; // a delta snapshot's final snapshot
    bool newSnapshot = true;
    QList<qint64> fileIds;
    qint64 bytesTotal = 0;
    qint64 bytesBefore = 0; // bytes of finished files
    qint64 rowsDone = 0;

    // Keys seen in this snapshot, for references: user keys/names/e-mails,
    // client keys/names, matter keys (lower-cased where names are involved).
    QSet<QString> userAliases, clientAliases, matterKeys;
    bool haveUsers = false, haveClients = false, haveMatters = false;

    // Per entity: hashes of source keys (and of the natural identity of entries)
    // with the row id, sorted at the end to find duplicates without holding keys.
    QHash<Entity, std::vector<KeyRef>> keyHashes;
    QHash<Entity, std::vector<KeyRef>> naturalHashes;
    QSet<Entity> derivedKeys; // entities whose key was derived in this load

    // Duplicate contacts: normalised value -> "file, row".
    QHash<QString, QString> contactEmails, contactPhones, contactNames;

    QSqlQuery issueQuery;
    QString issueError; // the first issue that could not be stored: the load then fails
    IssueCounts issues;

    ~Run()
    {
        issueQuery = QSqlQuery();
        if (db.isOpen())
            db.close();
        db = QSqlDatabase();
        if (!connectionName.isEmpty())
            QSqlDatabase::removeDatabase(connectionName);
        qDeleteAll(tempDirs);
    }

    bool exec(QSqlQuery &q, QString *error)
    {
        if (q.exec())
            return true;
        *error = q.lastError().text();
        return false;
    }

    void addIssue(qint64 fileId, Entity entity, qint64 row, int column, const QString &columnName,
                  IssueSeverity severity, const QString &code, const QString &message, const QString &raw)
    {
        issueQuery.bindValue(0, snapshotId);
        issueQuery.bindValue(1, fileId > 0 ? QVariant(fileId) : QVariant(QMetaType(QMetaType::LongLong)));
        issueQuery.bindValue(2, Entities::key(entity));
        issueQuery.bindValue(3, row);
        issueQuery.bindValue(4, column);
        issueQuery.bindValue(5, notNull(columnName));
        issueQuery.bindValue(6, IssueSeverities::key(severity));
        issueQuery.bindValue(7, notNull(code));
        issueQuery.bindValue(8, notNull(message));
        issueQuery.bindValue(9, notNull(raw));
        if (!issueQuery.exec() && issueError.isEmpty())
            issueError = issueQuery.lastError().text();
        switch (severity) {
        case IssueSeverity::Error:
            ++issues.errors;
            break;
        case IssueSeverity::Warning:
            ++issues.warnings;
            break;
        case IssueSeverity::Info:
            ++issues.infos;
            break;
        }
    }
};

StagingJob::StagingJob(StagingRequest request, QObject *parent)
    : Job(parent)
    , m_request(std::move(request))
{
}

StagingJob::~StagingJob() = default;

StagingJob::Outcome StagingJob::execute()
{
    Run run;
    m_result = {};
    QString error;

    // 1. Expand folders and archives into files; refuse what is not there.
    struct Input
    {
        QString readPath, displayPath;
        StagingSource source;
    };
    QList<Input> inputs;
    for (const StagingSource &source : m_request.sources) {
        const QFileInfo info(source.path);
        if (!info.exists())
            return failWith(Tr::tr("%1 does not exist.").arg(source.path));
        if (info.isDir()) {
            QStringList names;
            QDirIterator it(source.path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString p = it.next();
                if (SourceInspector::isExportFileName(p))
                    names << p;
            }
            names.sort();
            if (names.isEmpty())
                return failWith(Tr::tr("The folder %1 holds no CSV or Excel files.").arg(source.path));
            for (const QString &p : names) {
                StagingSource s = source;
                s.path = p;
                inputs.append({ p, p, s });
            }
        } else {
            inputs.append({ source.path, source.path, source });
        }
    }
    for (int i = 0; i < inputs.size(); ++i) {
        if (!SourceInspector::backupArchiveEntries(inputs.at(i).readPath))
            continue;
        const Input archive = inputs.takeAt(i);
        auto *dir = new QTemporaryDir;
        run.tempDirs.append(dir);
        QuaZip zip(archive.readPath);
        if (!dir->isValid() || !zip.open(QuaZip::mdUnzip))
            return failWith(Tr::tr("The archive %1 cannot be opened.").arg(archive.displayPath));
        QList<Input> extracted;
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            const QString entry = zip.getCurrentFileName();
            if (entry.endsWith(QLatin1Char('/')) || !SourceInspector::isExportFileName(entry)
                || entry.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
                continue;
            // Only the entry's own name is used on disk: nothing in an archive
            // can write outside the temporary folder.
            const QString target =
                dir->filePath(QStringLiteral("%1-%2").arg(extracted.size()).arg(QFileInfo(entry).fileName()));
            QuaZipFile in(&zip);
            QFile out(target);
            if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
                return failWith(Tr::tr("%1 in the archive %2 cannot be extracted.").arg(entry, archive.displayPath));
            char buffer[1 << 16];
            qint64 n;
            while ((n = in.read(buffer, sizeof buffer)) > 0)
                out.write(buffer, n);
            in.close();
            out.close();
            StagingSource s = archive.source;
            s.path = target;
            extracted.append({ target, archive.displayPath + QLatin1Char('/') + entry, s });
        }
        zip.close();
        if (extracted.isEmpty())
            return failWith(Tr::tr("The archive %1 holds no CSV or Excel files.").arg(archive.displayPath));
        for (int j = 0; j < extracted.size(); ++j)
            inputs.insert(i + j, extracted.at(j));
        i += int(extracted.size()) - 1;
    }

    // 2. Plan: open each file (each sheet), read its header, settle its map.
    //    Nothing is written until every file is placed: auto mode never guesses.
    QStringList unplaced;
    for (const Input &input : inputs) {
        ReaderMessage message;
        auto reader = SourceReader::open(input.readPath, input.source.reader, &message);
        if (!reader) {
            message.where.file = input.displayPath;
            return failWith(message.where.toString() + QStringLiteral(": ") + message.message);
        }
        QStringList sheets { input.source.reader.sheet };
        if (reader->format() == QLatin1String("xlsx") && input.source.reader.sheet.isEmpty() && !input.source.map)
            sheets = reader->sheetNames(); // auto mode places every sheet
        for (const QString &sheet : sheets) {
            ReaderOptions options = input.source.reader;
            options.sheet = sheet;
            auto sheetReader = SourceReader::open(input.readPath, options, &message);
            if (!sheetReader) {
                message.where.file = input.displayPath;
                return failWith(message.where.toString() + QStringLiteral(": ") + message.message);
            }
            QStringList header;
            const bool hasRow = sheetReader->readRecord(header);
            if (sheetReader->hasError()) {
                ReaderMessage e = sheetReader->error();
                e.where.file = input.displayPath;
                return failWith(e.where.toString() + QStringLiteral(": ") + e.message);
            }
            Run::Plan plan;
            plan.readPath = input.readPath;
            plan.displayPath = input.displayPath;
            plan.options = sheetReader->format() == QLatin1String("csv") ? options : ReaderOptions { {}, {}, sheet };
            if (plan.options.encoding.isEmpty() && sheetReader->format() == QLatin1String("csv"))
                plan.options.encoding = sheetReader->encoding(); // the same decision for the real pass
            if (plan.options.delimiter.isNull() && sheetReader->format() == QLatin1String("csv"))
                plan.options.delimiter = sheetReader->delimiter();
            plan.size = QFileInfo(input.readPath).size();
            if (!hasRow) {
                if (sheets.size() > 1)
                    continue; // an empty sheet beside others is nothing to load
                return failWith(Tr::tr("%1 holds no rows.").arg(input.displayPath));
            }
            if (input.source.map) {
                plan.map = *input.source.map;
            } else {
                const Placement placement = MapSuggester::place(header);
                if (!placement.chosen) {
                    QStringList candidates;
                    for (const PlacementCandidate &c : placement.candidates.mid(0, 3))
                        candidates << Tr::tr("%1 (%2%)").arg(Entities::title(c.entity)).arg(qRound(c.score * 100));
                    QString where = input.displayPath;
                    if (!sheet.isEmpty())
                        where = Tr::tr("%1, sheet %2").arg(where, sheet);
                    unplaced << (candidates.isEmpty()
                                     ? Tr::tr("%1: %2").arg(where, placement.reason)
                                     : Tr::tr("%1: %2 Candidates: %3.")
                                           .arg(where, placement.reason, candidates.join(QStringLiteral(", "))));
                    continue;
                }
                plan.map = placement.chosen->map;
            }
            run.plans.append(plan);
            run.bytesTotal += plan.size;
        }
    }
    if (!unplaced.isEmpty())
        return failWith(Tr::tr("Cutover could not tell what these files hold; choose a map for each:\n%1")
                            .arg(unplaced.join(QLatin1Char('\n'))));
    if (run.plans.isEmpty())
        return failWith(Tr::tr("There is nothing to load."));
    std::stable_sort(run.plans.begin(), run.plans.end(), [](const Run::Plan &a, const Run::Plan &b) {
        return entityOrder(a.map.entity) < entityOrder(b.map.entity);
    });

    // 3. Our own connection; clear what an earlier crash left; settle the snapshot.
    run.connectionName = QStringLiteral("staging-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    run.db = ProjectStore::openConnection(m_request.projectPath, run.connectionName, &error);
    if (!run.db.isOpen())
        return failWith(Tr::tr("The project file cannot be opened for staging: %1").arg(error));
    if (!StagingStore::recover(run.db, &error))
        return failWith(error);

    QSqlQuery q(run.db);
    if (!q.exec(QStringLiteral("SELECT time_zone FROM project WHERE id = 1")) || !q.next())
        return failWith(Tr::tr("The project file has no settings: %1").arg(q.lastError().text()));
    run.zone = QTimeZone(q.value(0).toString().toUtf8());
    if (!run.zone.isValid())
        run.zone = QTimeZone::utc();
    if (q.exec(QStringLiteral("SELECT data FROM step_state WHERE step = 'cutoff'")) && q.next()) {
        const QJsonObject data = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        run.cutoffUtc = QDateTime::fromString(data.value(QLatin1String("cutoffUtc")).toString(), Qt::ISODate);
        if (run.cutoffUtc.isValid())
            run.cutoffLocalDate = run.cutoffUtc.toTimeZone(run.zone).date().toString(Qt::ISODate);
    }

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (m_request.appendToSnapshot > 0) {
        const auto snapshot = StagingStore::snapshot(run.db, m_request.appendToSnapshot);
        if (!snapshot || !snapshot->complete)
            return failWith(Tr::tr("Snapshot %1 does not exist or is not complete.").arg(m_request.appendToSnapshot));
        run.snapshotId = snapshot->id;
        run.kind = snapshot->kind;
        run.newSnapshot = false;
        if (run.kind == SnapshotKind::Delta)
            run.baseSnapshotId = Delta::baseOf(run.db, run.snapshotId).value_or(0);
    } else {
        const auto latestFinal = StagingStore::latestSnapshot(run.db, SnapshotKind::Final);
        if (m_request.kind == SnapshotKind::Final && latestFinal)
            return failWith(Tr::tr("There is already a final snapshot (number %1). Load the re-export as a delta "
                                   "snapshot, or discard the final snapshot first.")
                                .arg(latestFinal->id));
        if (m_request.kind == SnapshotKind::Delta && !latestFinal)
            return failWith(Tr::tr("A delta snapshot is compared with the final one, and there is no final "
                                   "snapshot yet. Load the export as final first."));
        run.kind = m_request.kind;
        if (run.kind == SnapshotKind::Delta)
            run.baseSnapshotId = latestFinal->id;
        q.prepare(QStringLiteral("INSERT INTO snapshot (kind, state, started_at_utc, time_zone, cutoff_utc, "
                                 "created_by) VALUES (?, 'loading', ?, ?, ?, ?)"));
        q.addBindValue(SnapshotKinds::key(m_request.kind));
        q.addBindValue(now);
        q.addBindValue(QString::fromUtf8(run.zone.id()));
        q.addBindValue(run.cutoffUtc.isValid() ? QVariant(run.cutoffUtc.toString(Qt::ISODate))
                                               : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(ProjectStore::currentActor());
        if (!q.exec())
            return failWith(Tr::tr("The snapshot cannot be recorded: %1").arg(q.lastError().text()));
        run.snapshotId = q.lastInsertId().toLongLong();
    }
    m_result.snapshotId = run.snapshotId;

    // Keys already in the snapshot (when adding files to it).
    if (!run.newSnapshot) {
        if (!StagingStore::loadReferenceKeys(run.db, run.snapshotId, &run.userAliases, &run.clientAliases,
                                             &run.matterKeys, &error))
            return failWith(error);
        run.haveUsers = !run.userAliases.isEmpty();
        run.haveClients = !run.clientAliases.isEmpty();
        run.haveMatters = !run.matterKeys.isEmpty();
    }

    run.issueQuery = QSqlQuery(run.db);
    run.issueQuery.prepare(QStringLiteral(
        "INSERT INTO staging_issue (snapshot_id, file_id, entity, row, column_no, column_name, severity, code, "
        "message, raw_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));

    // Undo on cancel or failure: the snapshot (or the files added to it) goes.
    auto abandon = [&](Outcome outcome, const QString &message) {
        run.db.rollback();
        QString why;
        const bool removed = run.newSnapshot ? StagingStore::deleteSnapshot(run.db, run.snapshotId, &why)
                                             : StagingStore::deleteFiles(run.db, run.fileIds, &why);
        // If even that fails, the load stays marked 'loading': no page reads it and
        // the next opening of the project removes it (StagingStore::recover).
        const QString leftover = removed ? QString()
                                         : Tr::tr(" What was loaded could not be removed yet (%1); it will be "
                                                  "removed when the project is next opened.")
                                               .arg(why);
        if (outcome == Outcome::Failed)
            return failWith(message + leftover);
        setSummary(Tr::tr("Cancelled; nothing from this load was kept.") + leftover);
        return outcome;
    };

    // Phase timings on stderr when CUTOVER_STAGING_PROFILE is set (benchmarks).
    const bool profile = qEnvironmentVariableIsSet("CUTOVER_STAGING_PROFILE");
    QElapsedTimer phase;
    phase.start();
    auto lap = [&](const char *what) {
        if (profile)
            std::fprintf(stderr, "staging: %-40s %7lld ms\n", what, static_cast<long long>(phase.restart()));
    };
    lap("plan and snapshot");

    // 4. Stream each file through its map into its staging table.
    for (const Run::Plan &plan : run.plans) {
        if (isCancelled())
            return abandon(Outcome::Cancelled, {});
        ReaderMessage message;
        auto reader = SourceReader::open(plan.readPath, plan.options, &message);
        if (!reader)
            return abandon(Outcome::Failed, plan.displayPath + QStringLiteral(": ") + message.message);
        const Entity entity = plan.map.entity;
        const QString table = Entities::tableName(entity);
        const auto &fields = Entities::fields(entity);

        QStringList header;
        if (plan.map.options.hasHeader) {
            reader->readRecord(header);
        } else {
            header = plan.map.options.columnNames;
        }
        QStringList problems;
        auto converter = RowConverter::create(plan.map, header, run.zone, &problems);
        if (!converter) {
            return abandon(Outcome::Failed,
                           Tr::tr("%1 does not fit the map “%2”: %3")
                               .arg(plan.displayPath, plan.map.name, problems.join(QLatin1Char(' '))));
        }
        // The record's own number (client, matter, user, invoice) is what other
        // files refer to: a map that names its column on a file without it is the
        // wrong map. Other missing columns are reported and read as empty.
        const bool keyRequired = Entities::fields(entity).at(0).required;
        if (keyRequired && plan.map.fields.contains(QStringLiteral("source_key")) && plan.map.options.hasHeader) {
            bool present = false;
            for (const QString &c : plan.map.fields.value(QStringLiteral("source_key")).columns) {
                for (const QString &h : header) {
                    if (h.trimmed() == c || Entities::normaliseHeader(h) == Entities::normaliseHeader(c))
                        present = true;
                }
            }
            if (!present) {
                return abandon(
                    Outcome::Failed,
                    Tr::tr("%1 does not fit the map “%2”: it has no column “%3” for the %4.")
                        .arg(plan.displayPath, plan.map.name,
                             plan.map.fields.value(QStringLiteral("source_key")).columns.join(QStringLiteral("”, “")),
                             Entities::fieldTitle(entity, QStringLiteral("source_key")).toLower()));
            }
        }

        // SHA-256 of the file as loaded, so the evidence can be matched later.
        const QString sha256 = fileSha256(plan.readPath);

        if (!run.db.transaction())
            return abandon(Outcome::Failed, run.db.lastError().text());
        q.prepare(QStringLiteral("INSERT INTO source_file (snapshot_id, state, path, sheet, size, sha256, format, "
                                 "encoding, delimiter, entity, map_id, map_json, header) "
                                 "VALUES (?, 'loading', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(run.snapshotId);
        q.addBindValue(plan.displayPath);
        q.addBindValue(notNull(reader->sheet()));
        q.addBindValue(plan.size);
        q.addBindValue(sha256);
        q.addBindValue(reader->format());
        q.addBindValue(notNull(reader->encoding()));
        q.addBindValue(notNull(reader->delimiter().isNull() ? QString() : QString(reader->delimiter())));
        q.addBindValue(Entities::key(entity));
        q.addBindValue(notNull(plan.map.id));
        q.addBindValue(QString::fromUtf8(QJsonDocument(plan.map.toJson()).toJson(QJsonDocument::Compact)));
        q.addBindValue(
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(header)).toJson(QJsonDocument::Compact)));
        if (!run.exec(q, &error) || !run.db.commit())
            return abandon(Outcome::Failed, error.isEmpty() ? run.db.lastError().text() : error);
        const qint64 fileId = q.lastInsertId().toLongLong();
        run.fileIds.append(fileId);
        for (const QString &problem : std::as_const(problems))
            run.addIssue(fileId, entity, 1, 0, {}, IssueSeverity::Warning, QStringLiteral("missing_column"), problem,
                         {});

        // The insert for this entity: the fixed columns, then the fields in order.
        QStringList columns { QStringLiteral("snapshot_id"), QStringLiteral("file_id"), QStringLiteral("source_row"),
                              QStringLiteral("row_hash"), QStringLiteral("after_cutoff") };
        for (const FieldSpec &f : fields)
            columns << f.key;
        const bool isClient = entity == Entity::Client;
        if (isClient)
            columns << QStringLiteral("norm_email") << QStringLiteral("norm_phone") << QStringLiteral("norm_name");
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns.size());
        SqliteStatement insert(run.db,
                               QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        if (!insert.isValid())
            return abandon(Outcome::Failed, insert.errorString());
        QSqlQuery reject(run.db);
        reject.prepare(QStringLiteral("INSERT INTO rejected_row (file_id, row, cells) VALUES (?, ?, ?)"));

        // Field positions the checks need.
        const int keyIdx = 0;
        const int createdIdx = fieldIndex(entity, QStringLiteral("created_at"));
        const int updatedIdx = fieldIndex(entity, QStringLiteral("updated_at"));
        int dateIdx = fieldIndex(entity, QStringLiteral("date"));
        if (dateIdx < 0)
            dateIdx = fieldIndex(entity, QStringLiteral("issue_date"));
        const int emailIdx = fieldIndex(entity, QStringLiteral("email"));
        const int phoneIdx = fieldIndex(entity, QStringLiteral("phone"));
        const int nameIdx = fieldIndex(entity, QStringLiteral("name"));
        struct RefCheck
        {
            int index;
            Entity target;
            QString fieldKey;
        };
        QList<RefCheck> refs;
        for (int i = 0; i < fields.size(); ++i) {
            if (!fields.at(i).references)
                continue;
            const Entity target = *fields.at(i).references;
            const bool loaded = (target == Entity::User && run.haveUsers)
                || (target == Entity::Client && run.haveClients) || (target == Entity::Matter && run.haveMatters);
            if (loaded) {
                refs.append({ i, target, fields.at(i).key });
            } else if (plan.map.fields.contains(fields.at(i).key)) {
                run.addIssue(fileId, entity, 0, 0, fields.at(i).key, IssueSeverity::Info, QStringLiteral("not_checked"),
                             Tr::tr("No %1 are loaded in this snapshot, so the “%2” values of %3 were not checked.")
                                 .arg(Entities::title(target).toLower(), Entities::fieldTitle(entity, fields.at(i).key),
                                      QFileInfo(plan.displayPath).fileName()),
                             {});
            }
        }
        // The natural identity of an entry, for duplicates and for a key when the
        // export has no entry id.
        const bool keyMapped = plan.map.fields.contains(Entities::fields(entity).at(0).key);
        QList<int> naturalIdx;
        if (!keyMapped || entity == Entity::TimeEntry || entity == Entity::Expense || entity == Entity::Note
            || entity == Entity::Payment || entity == Entity::TrustTransaction || entity == Entity::Document) {
            for (int i = 1; i < fields.size(); ++i)
                naturalIdx << i;
        }
        if (!keyMapped)
            run.derivedKeys.insert(entity);

        const int width = int(header.size());
        const QString stage = Tr::tr("Loading %1").arg(QFileInfo(plan.displayPath).fileName());
        qint64 read = 0, staged = 0, rejected = 0, inBatch = 0;
        if (!run.db.transaction())
            return abandon(Outcome::Failed, run.db.lastError().text());
        auto columnName = [&](int column) {
            return column >= 1 && column <= width ? header.at(column - 1) : QString();
        };
        qint64 skipped = 0; // rows of another kind (a mixed file read by two maps)
        // Hashes, derived keys and reference checks depend only on the row and on
        // files loaded before this one: they run on the producer's thread.
        auto prepare = [&](ConvertedRow &r) {
            std::vector<QVariant> &v = r.values;
            r.natural = 0;
            if (!naturalIdx.isEmpty()) {
                StableHash h;
                for (int i : naturalIdx) {
                    if (i != createdIdx && i != updatedIdx)
                        h.add(v[size_t(i)]);
                }
                r.natural = h.value();
            }
            // (A required key that is empty is rejected by the job, not derived.)
            if ((v[keyIdx].isNull() || v[keyIdx].toString().trimmed().isEmpty()) && !(keyRequired && keyMapped))
                v[keyIdx] = QStringLiteral("h:%1").arg(r.natural, 16, 16, QLatin1Char('0'));
            r.unresolved.clear();
            for (int k = 0; k < refs.size(); ++k) {
                const RefCheck &ref = refs.at(k);
                const QVariant &value = v[size_t(ref.index)];
                if (value.isNull())
                    continue;
                const QString text = value.toString();
                bool found = true;
                switch (ref.target) {
                case Entity::User:
                    found = run.userAliases.contains(text) || run.userAliases.contains(text.toLower());
                    break;
                case Entity::Client:
                    found = run.clientAliases.contains(text) || run.clientAliases.contains(text.toLower());
                    break;
                case Entity::Matter:
                    found = run.matterKeys.contains(text);
                    break;
                default:
                    break;
                }
                if (!found)
                    r.unresolved.append({ k, text });
            }
            StableHash rowHash;
            for (const QVariant &value : v)
                rowHash.add(value);
            r.rowHash = rowHash.value();
        };
        const QString cutoffText = run.cutoffUtc.isValid() ? run.cutoffUtc.toString(Qt::ISODate) : QString();
        RowProducer producer(reader.get(), converter.get(), 2048, prepare);
        RowBatch batch;
        while (producer.next(batch)) {
            for (const ReaderMessage &w : std::as_const(batch.warnings))
                run.addIssue(fileId, entity, w.where.row, w.where.column, columnName(w.where.column),
                             IssueSeverity::Warning, QStringLiteral("reader"), w.message, {});
            for (ConvertedRow &converted : batch.rows) {
                ++read;
                const qint64 row = converted.row;
                if (converted.skipped) {
                    ++skipped;
                    continue;
                }
                const QStringList &cells = converted.cells;
                std::vector<QVariant> &values = converted.values;
                QList<CellProblem> &cellProblems = converted.problems;
                if (plan.map.options.hasHeader && cells.size() != width) {
                    if (cells.size() < width) {
                        run.addIssue(fileId, entity, row, int(cells.size()) + 1, columnName(int(cells.size()) + 1),
                                     IssueSeverity::Warning, QStringLiteral("short_row"),
                                     Tr::tr("This row has %1 cells where the header has %2; the missing cells are read "
                                            "as empty.")
                                         .arg(cells.size())
                                         .arg(width),
                                     {});
                    } else {
                        for (int c = width; c < cells.size(); ++c) {
                            if (cells.at(c).trimmed().isEmpty())
                                continue;
                            run.addIssue(fileId, entity, row, c + 1, {}, IssueSeverity::Warning,
                                         QStringLiteral("long_row"),
                                         Tr::tr("This row has %1 cells where the header has %2; the cells beyond the "
                                                "header are not loaded.")
                                             .arg(cells.size())
                                             .arg(width),
                                         cells.at(c));
                            break;
                        }
                    }
                }
                bool ok = converted.ok;
                if (keyRequired && keyMapped && (values[0].isNull() || values[0].toString().trimmed().isEmpty())) {
                    // Other files refer to this record by its number: without one it cannot be placed.
                    const QStringList keyColumns = plan.map.fields.value(QStringLiteral("source_key")).columns;
                    const int column = keyColumns.isEmpty() ? 0 : int(header.indexOf(keyColumns.first())) + 1;
                    cellProblems.append(
                        { CellProblem::Severity::Error,
                          column,
                          QStringLiteral("source_key"),
                          QStringLiteral("required"),
                          Tr::tr("The %1 is empty; every row needs one.")
                              .arg(Entities::fieldTitle(entity, QStringLiteral("source_key")).toLower()),
                          {} });
                    ok = false;
                }
                for (const CellProblem &p : cellProblems) {
                    run.addIssue(fileId, entity, row, p.column, p.column > 0 ? columnName(p.column) : p.field,
                                 p.severity == CellProblem::Severity::Error ? IssueSeverity::Error
                                                                            : IssueSeverity::Warning,
                                 p.code, p.message, p.raw);
                }
                if (!ok) {
                    ++rejected;
                    reject.bindValue(0, fileId);
                    reject.bindValue(1, row);
                    reject.bindValue(
                        2,
                        QString::fromUtf8(
                            QJsonDocument(QJsonArray::fromStringList(cells)).toJson(QJsonDocument::Compact)));
                    if (!reject.exec())
                        return abandon(Outcome::Failed, reject.lastError().text());
                } else {
                    const quint64 natural = converted.natural;
                    const QString key = values[keyIdx].toString();
                    for (const auto &[k, text] : std::as_const(converted.unresolved)) {
                        const RefCheck &ref = refs.at(k);
                        const int column = converter->map().fields.contains(ref.fieldKey)
                            ? int(header.indexOf(converter->map().fields.value(ref.fieldKey).columns.value(0))) + 1
                            : 0;
                        run.addIssue(fileId, entity, row, column, columnName(column), IssueSeverity::Error,
                                     QStringLiteral("unresolved_reference"),
                                     Tr::tr("“%1” is not among the %2 loaded in this snapshot.")
                                         .arg(text, Entities::title(ref.target).toLower()),
                                     text);
                    }

                    // Rows created or changed after the cutoff.
                    bool after = false;
                    if (run.cutoffUtc.isValid()) {
                        for (int idx : { createdIdx, updatedIdx }) {
                            if (idx >= 0 && !values[size_t(idx)].isNull()
                                && values[size_t(idx)].toString() > cutoffText)
                                after = true;
                        }
                        if (!after && dateIdx >= 0 && !values[size_t(dateIdx)].isNull()
                            && values[size_t(dateIdx)].toString() > run.cutoffLocalDate)
                            after = true;
                        if (after)
                            run.addIssue(fileId, entity, row, 0, {}, IssueSeverity::Info,
                                         QStringLiteral("after_cutoff"),
                                         Tr::tr("This row was created or changed after the cutoff (%1).")
                                             .arg(run.cutoffUtc.toTimeZone(run.zone).toString(Qt::ISODate)),
                                         {});
                    }

                    int b = 0;
                    insert.bind(b++, run.snapshotId);
                    insert.bind(b++, fileId);
                    insert.bind(b++, row);
                    insert.bind(b++, qint64(converted.rowHash));
                    insert.bind(b++, after ? 1 : 0);
                    for (const QVariant &v : values)
                        insert.bind(b++, v);
                    if (isClient) {
                        const QString email = normalisedEmail(values[size_t(emailIdx)].toString());
                        const QString phone = normalisedPhone(values[size_t(phoneIdx)].toString());
                        const QString name = normalisedName(values[size_t(nameIdx)].toString());
                        insert.bind(b++, email);
                        insert.bind(b++, phone);
                        insert.bind(b++, name);
                        const QString here = Tr::tr("%1, row %2").arg(QFileInfo(plan.displayPath).fileName()).arg(row);
                        struct
                        {
                            QHash<QString, QString> *seen;
                            const QString &value;
                            const char *what;
                        } checks[] = {
                            { &run.contactEmails, email, QT_TRANSLATE_NOOP("Cutover::StagingJob", "e-mail address") },
                            { &run.contactPhones, phone, QT_TRANSLATE_NOOP("Cutover::StagingJob", "phone number") },
                            { &run.contactNames, name, QT_TRANSLATE_NOOP("Cutover::StagingJob", "name") },
                        };
                        for (const auto &c : checks) {
                            if (c.value.isEmpty())
                                continue;
                            const auto it = c.seen->constFind(c.value);
                            if (it == c.seen->constEnd()) {
                                c.seen->insert(c.value, here);
                            } else {
                                run.addIssue(fileId, entity, row, 0, {}, IssueSeverity::Warning,
                                             QStringLiteral("duplicate_contact"),
                                             Tr::tr("This contact has the same %1 as the one at %2; it may be a "
                                                    "duplicate.")
                                                 .arg(Tr::tr(c.what), it.value()),
                                             c.value);
                            }
                        }
                    }
                    if (!insert.exec())
                        return abandon(Outcome::Failed,
                                       Tr::tr("%1, row %2 cannot be stored: %3")
                                           .arg(plan.displayPath)
                                           .arg(row)
                                           .arg(insert.errorString()));
                    const qint64 rowId = insert.lastInsertId();
                    StableHash keyHash;
                    keyHash.add(QStringView(key));
                    run.keyHashes[entity].push_back({ keyHash.value(), rowId });
                    if (natural != 0 && keyMapped)
                        run.naturalHashes[entity].push_back({ natural, rowId });

                    switch (entity) {
                    case Entity::User:
                        run.haveUsers = true;
                        for (int i : { 0, nameIdx, emailIdx }) {
                            if (i >= 0 && !values[size_t(i)].isNull()) {
                                run.userAliases.insert(values[size_t(i)].toString());
                                run.userAliases.insert(values[size_t(i)].toString().toLower());
                            }
                        }
                        break;
                    case Entity::Client:
                        run.haveClients = true;
                        run.clientAliases.insert(key);
                        if (!values[size_t(nameIdx)].isNull())
                            run.clientAliases.insert(values[size_t(nameIdx)].toString().toLower());
                        break;
                    case Entity::Matter:
                        run.haveMatters = true;
                        run.matterKeys.insert(key);
                        break;
                    default:
                        break;
                    }
                    ++staged;
                }
                if (++inBatch >= m_request.batchRows) {
                    if (!run.issueError.isEmpty())
                        return abandon(Outcome::Failed,
                                       Tr::tr("A problem found in %1 could not be recorded: %2")
                                           .arg(plan.displayPath, run.issueError));
                    if (!run.db.commit())
                        return abandon(Outcome::Failed, run.db.lastError().text());
                    inBatch = 0;
                    if (isCancelled())
                        return abandon(Outcome::Cancelled, {});
                    if (!run.db.transaction())
                        return abandon(Outcome::Failed, run.db.lastError().text());
                }
            }
            reportProgress(
                run.bytesBefore
                    + qint64(double(batch.bytesRead) / qMax<qint64>(1, reader->totalBytes()) * double(plan.size)),
                run.bytesTotal, run.rowsDone + read, stage);
            producer.recycle(std::move(batch));
            batch = RowBatch();
        }
        producer.stop();
        if (skipped > 0) {
            run.addIssue(fileId, entity, 0, 0, plan.map.options.rowFilterColumn, IssueSeverity::Info,
                         QStringLiteral("other_kind_rows"),
                         Tr::tr("%n row(s) of %1 hold another kind of record and were left to the map for that kind.",
                                nullptr, int(qMin<qint64>(skipped, INT_MAX)))
                             .arg(QFileInfo(plan.displayPath).fileName()),
                         {});
        }
        if (reader->hasError()) {
            // Reading stopped early: what came before is kept and the reason is an
            // error on the row where it happened.
            const ReaderMessage e = reader->error();
            run.addIssue(fileId, entity, e.where.row, e.where.column, columnName(e.where.column), IssueSeverity::Error,
                         QStringLiteral("reader_stopped"), e.message, {});
        }
        q.prepare(
            QStringLiteral("UPDATE source_file SET rows_read = ?, rows_staged = ?, rows_rejected = ? WHERE id = ?"));
        q.addBindValue(read);
        q.addBindValue(staged);
        q.addBindValue(rejected);
        q.addBindValue(fileId);
        if (!run.exec(q, &error) || !run.db.commit())
            return abandon(Outcome::Failed, error.isEmpty() ? run.db.lastError().text() : error);
        run.bytesBefore += plan.size;
        run.rowsDone += read;
        m_result.files.append({ plan.displayPath, reader->sheet(), entity, plan.map.name, read, staged, rejected });
        lap(qPrintable(QFileInfo(plan.displayPath).fileName()));
        m_result.staged[entity] += staged;
        m_result.rejected += rejected;
    }

    if (isCancelled())
        return abandon(Outcome::Cancelled, {});

    // 5. Duplicates across the whole load: sort the key hashes, then confirm
    //    equal hashes against the stored keys.
    reportProgress(run.bytesTotal, run.bytesTotal, run.rowsDone, Tr::tr("Checking for duplicates"), true);
    if (!run.db.transaction())
        return abandon(Outcome::Failed, run.db.lastError().text());
    if (!run.newSnapshot) {
        // Keys already in the snapshot take part too.
        for (Entity e : Entities::all()) {
            if (!run.keyHashes.contains(e))
                continue;
            QSqlQuery existing(run.db);
            existing.setForwardOnly(true);
            existing.prepare(
                QStringLiteral("SELECT id, source_key FROM %1 WHERE snapshot_id = ? AND file_id NOT IN (%2)")
                    .arg(Entities::tableName(e),
                         QStringList(run.fileIds.size(), QStringLiteral("?")).join(QLatin1Char(','))));
            existing.addBindValue(run.snapshotId);
            for (qint64 id : run.fileIds)
                existing.addBindValue(id);
            if (!existing.exec())
                return abandon(Outcome::Failed, existing.lastError().text());
            while (existing.next()) {
                StableHash h;
                h.add(QStringView(existing.value(1).toString()));
                run.keyHashes[e].push_back({ h.value(), existing.value(0).toLongLong() });
            }
        }
    }
    for (auto it = run.keyHashes.begin(); it != run.keyHashes.end(); ++it) {
        const Entity entity = it.key();
        std::vector<KeyRef> &refs = it.value();
        std::sort(refs.begin(), refs.end());
        QSqlQuery fetch(run.db);
        fetch.prepare(QStringLiteral("SELECT t.source_key, t.source_row, f.path, t.file_id FROM %1 t "
                                     "JOIN source_file f ON f.id = t.file_id WHERE t.id = ?")
                          .arg(Entities::tableName(entity)));
        QSqlQuery rename(run.db);
        rename.prepare(QStringLiteral("UPDATE %1 SET source_key = ? WHERE id = ?").arg(Entities::tableName(entity)));
        const bool derived = run.derivedKeys.contains(entity);
        for (size_t i = 0; i < refs.size();) {
            size_t j = i + 1;
            while (j < refs.size() && refs[j].hash == refs[i].hash)
                ++j;
            if (j - i > 1) {
                // Equal hashes: group the rows by their real key.
                QHash<QString, QList<std::tuple<qint64, qint64, QString, qint64>>> byKey;
                QStringList order;
                for (size_t k = i; k < j; ++k) {
                    fetch.bindValue(0, refs[k].rowId);
                    if (fetch.exec() && fetch.next()) {
                        const QString key = fetch.value(0).toString();
                        if (!byKey.contains(key))
                            order << key;
                        byKey[key].append({ refs[k].rowId, fetch.value(1).toLongLong(), fetch.value(2).toString(),
                                            fetch.value(3).toLongLong() });
                    }
                }
                for (const QString &key : order) {
                    const auto &rows = byKey.value(key);
                    for (int n = 1; n < rows.size(); ++n) {
                        const auto &[rowId, row, path, fileId] = rows.at(n);
                        const auto &first = rows.first();
                        const QString firstAt =
                            Tr::tr("%1, row %2").arg(QFileInfo(std::get<2>(first)).fileName()).arg(std::get<1>(first));
                        if (derived && key.startsWith(QLatin1String("h:"))) {
                            run.addIssue(fileId, entity, row, 0, {}, IssueSeverity::Warning,
                                         QStringLiteral("duplicate_entry"),
                                         Tr::tr("This entry is identical to the one at %1 (same user, date, matter, "
                                                "amount and description). Both are kept; check it is not entered "
                                                "twice.")
                                             .arg(firstAt),
                                         {});
                            rename.bindValue(0, QStringLiteral("%1#%2").arg(key).arg(n + 1));
                            rename.bindValue(1, rowId);
                            rename.exec();
                        } else {
                            run.addIssue(
                                fileId, entity, row, 0, Entities::fieldTitle(entity, QStringLiteral("source_key")),
                                IssueSeverity::Error, QStringLiteral("duplicate_key"),
                                Tr::tr("%1 “%2” is used again here; it was first used at %3. Each must be "
                                       "unique.")
                                    .arg(Entities::fieldTitle(entity, QStringLiteral("source_key")), key, firstAt),
                                key);
                        }
                    }
                }
            }
            i = j;
        }
        std::vector<KeyRef>().swap(refs);
    }
    // Entries with their own ids that still look identical.
    for (auto it = run.naturalHashes.begin(); it != run.naturalHashes.end(); ++it) {
        std::vector<KeyRef> &refs = it.value();
        std::sort(refs.begin(), refs.end());
        QSqlQuery fetch(run.db);
        fetch.prepare(QStringLiteral("SELECT t.source_row, f.path, t.file_id, t.source_key FROM %1 t "
                                     "JOIN source_file f ON f.id = t.file_id WHERE t.id = ?")
                          .arg(Entities::tableName(it.key())));
        for (size_t i = 0; i < refs.size();) {
            size_t j = i + 1;
            while (j < refs.size() && refs[j].hash == refs[i].hash)
                ++j;
            if (j - i > 1) {
                fetch.bindValue(0, refs[i].rowId);
                if (fetch.exec() && fetch.next()) {
                    const QString firstAt = Tr::tr("%1, row %2")
                                                .arg(QFileInfo(fetch.value(1).toString()).fileName())
                                                .arg(fetch.value(0).toLongLong());
                    const QString firstKey = fetch.value(3).toString();
                    for (size_t k = i + 1; k < j; ++k) {
                        fetch.bindValue(0, refs[k].rowId);
                        if (!fetch.exec() || !fetch.next())
                            continue;
                        run.addIssue(fetch.value(2).toLongLong(), it.key(), fetch.value(0).toLongLong(), 0, {},
                                     IssueSeverity::Warning, QStringLiteral("duplicate_entry"),
                                     Tr::tr("This entry (%1) has the same user, date, matter, amount and description "
                                            "as entry %2 at %3; check it is not entered twice.")
                                         .arg(fetch.value(3).toString(), firstKey, firstAt),
                                     {});
                    }
                }
            }
            i = j;
        }
    }

    lap("duplicates");
    // 6. Done: the files, then the snapshot, become complete in one commit.
    if (!run.issueError.isEmpty())
        return abandon(Outcome::Failed,
                       Tr::tr("A problem found in the files could not be recorded: %1").arg(run.issueError));
    for (qint64 id : run.fileIds) {
        q.prepare(QStringLiteral("UPDATE source_file SET state = 'complete' WHERE id = ?"));
        q.addBindValue(id);
        if (!run.exec(q, &error))
            return abandon(Outcome::Failed, error);
    }
    // A re-export is compared with the final snapshot before it counts as loaded.
    if (run.kind == SnapshotKind::Delta && run.baseSnapshotId > 0) {
        reportProgress(run.bytesTotal, run.bytesTotal, run.rowsDone, Tr::tr("Comparing with the final export"), true);
        if (!Delta::compute(run.db, run.snapshotId, run.baseSnapshotId, &error))
            return abandon(Outcome::Failed,
                           Tr::tr("The re-export could not be compared with the final export: %1").arg(error));
    }
    if (run.newSnapshot) {
        q.prepare(QStringLiteral("UPDATE snapshot SET state = 'complete', completed_at_utc = ? WHERE id = ?"));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        q.addBindValue(run.snapshotId);
        if (!run.exec(q, &error))
            return abandon(Outcome::Failed, error);
    }
    QJsonArray files;
    for (const StagedFile &f : m_result.files) {
        files.append(QJsonObject { { QStringLiteral("path"), f.path },
                                   { QStringLiteral("sheet"), f.sheet },
                                   { QStringLiteral("entity"), Entities::key(f.entity) },
                                   { QStringLiteral("staged"), f.rowsStaged },
                                   { QStringLiteral("rejected"), f.rowsRejected } });
    }
    if (!ProjectStore::appendAudit(
            run.db, run.newSnapshot ? QStringLiteral("snapshot.loaded") : QStringLiteral("snapshot.files_added"),
            QJsonObject { { QStringLiteral("snapshot"), run.snapshotId },
                          { QStringLiteral("kind"), SnapshotKinds::key(m_request.kind) },
                          { QStringLiteral("files"), files } },
            &error))
        return abandon(Outcome::Failed, error);
    if (!run.db.commit())
        return abandon(Outcome::Failed, error.isEmpty() ? run.db.lastError().text() : error);

    lap("complete");
    m_result.issues = run.issues;
    qint64 staged = 0;
    for (qint64 n : std::as_const(m_result.staged))
        staged += n;
    const auto n = [](qint64 count) {
        return int(qMin<qint64>(count, INT_MAX));
    };
    setSummary(
        Tr::tr("Snapshot %1: %2 staged from %3, %4 rejected; %5, %6.")
            .arg(QString::number(run.snapshotId),
                 Tr::tr("%1 row(s)", nullptr, n(staged)).arg(LocaleFormat::number(staged)),
                 Tr::tr("%Ln file(s)", nullptr, n(m_result.files.size())), LocaleFormat::number(m_result.rejected),
                 Tr::tr("%1 error(s)", nullptr, n(run.issues.errors)).arg(LocaleFormat::number(run.issues.errors)),
                 Tr::tr("%1 warning(s)", nullptr, n(run.issues.warnings))
                     .arg(LocaleFormat::number(run.issues.warnings))));
    reportProgress(run.bytesTotal, run.bytesTotal, run.rowsDone, Tr::tr("Done"), true);
    return Outcome::Succeeded;
}

} // namespace Cutover
