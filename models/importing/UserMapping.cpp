#include "ImportEngine.h"
#include "ImportPlan.h"
#include "LedgerStore.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::UserMappings)
};

QString normalisedName(const QString &name)
{
    return name.simplified().toLower();
}

} // namespace

QList<UserMapping> UserMappings::load(const QSqlDatabase &db, const QString &targetKey, QString *error)
{
    ImportPlan plan;
    if (!ImportPlanner::build(db, &plan, error))
        return {};
    QHash<QString, UserMapping> saved;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT source_user_key, target_user_id, target_user_name, target_user_email, how "
                             "FROM user_map WHERE target_key = ?"));
    q.addBindValue(targetKey);
    if (!q.exec()) {
        *error = Tr::tr("The user mapping cannot be read: %1").arg(q.lastError().text());
        return {};
    }
    while (q.next()) {
        UserMapping m;
        m.targetId = q.value(1).toString();
        m.targetName = q.value(2).toString();
        m.targetEmail = q.value(3).toString();
        m.how = q.value(4).toString();
        saved.insert(q.value(0).toString(), m);
    }
    QList<UserMapping> list;
    for (const QString &key : std::as_const(plan.userOrder)) {
        UserMapping m = saved.value(key);
        m.sourceKey = key;
        m.sourceName = plan.users.value(key).name;
        m.sourceEmail = plan.users.value(key).email;
        m.entries = plan.entriesPerUser.value(key);
        list.append(m);
    }
    return list;
}

QList<UserMapping> UserMappings::suggest(QList<UserMapping> mappings, const QList<IncomingRecord> &targetUsers)
{
    auto nameOf = [](const IncomingRecord &u) {
        QString name = u.fields.value(QStringLiteral("name")).toString();
        if (name.trimmed().isEmpty())
            name = u.fields.value(QStringLiteral("first_name")).toString() + QLatin1Char(' ')
                + u.fields.value(QStringLiteral("last_name")).toString();
        return name.simplified();
    };
    for (UserMapping &m : mappings) {
        if (!m.targetId.isEmpty())
            continue;
        const IncomingRecord *match = nullptr;
        QString how;
        if (!m.sourceEmail.trimmed().isEmpty()) {
            for (const IncomingRecord &u : targetUsers) {
                if (u.fields.value(QStringLiteral("email"))
                        .toString()
                        .trimmed()
                        .compare(m.sourceEmail.trimmed(), Qt::CaseInsensitive)
                    == 0) {
                    match = &u;
                    how = QStringLiteral("email");
                    break;
                }
            }
        }
        if (!match && !normalisedName(m.sourceName).isEmpty()) {
            for (const IncomingRecord &u : targetUsers) {
                if (normalisedName(nameOf(u)) == normalisedName(m.sourceName)) {
                    match = &u;
                    how = QStringLiteral("name");
                    break;
                }
            }
        }
        if (match) {
            m.targetId = match->id;
            m.targetName = nameOf(*match);
            m.targetEmail = match->fields.value(QStringLiteral("email")).toString();
            m.how = how;
        }
    }
    return mappings;
}

bool UserMappings::save(QSqlDatabase db, const QString &targetKey, const QList<UserMapping> &mappings, QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO user_map (target_key, source_user_key, target_user_id, target_user_name, target_user_email, "
        "how, mapped_at_utc) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (target_key, source_user_key) DO UPDATE SET "
        "target_user_id = excluded.target_user_id, target_user_name = excluded.target_user_name, "
        "target_user_email = excluded.target_user_email, how = excluded.how, mapped_at_utc = excluded.mapped_at_utc"));
    const QString now = LedgerStore::nowUtc();
    auto text = [](const QString &s) {
        return s.isNull() ? QStringLiteral("") : s;
    };
    for (const UserMapping &m : mappings) {
        const bool mapped = !m.targetId.isEmpty();
        QString how = mapped ? m.how : QString();
        if (mapped && how.isEmpty())
            how = QStringLiteral("manual");
        q.bindValue(0, targetKey);
        q.bindValue(1, m.sourceKey);
        q.bindValue(2, text(m.targetId));
        q.bindValue(3, text(mapped ? m.targetName : QString()));
        q.bindValue(4, text(mapped ? m.targetEmail : QString()));
        q.bindValue(5, text(how));
        q.bindValue(6, mapped ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)));
        if (!q.exec()) {
            *error = Tr::tr("The user mapping cannot be saved: %1").arg(q.lastError().text());
            db.rollback();
            return false;
        }
    }
    if (!ProjectStore::appendAudit(
            db, QStringLiteral("import.users_mapped"),
            { { QStringLiteral("target"), targetKey }, { QStringLiteral("users"), qint64(mappings.size()) } }, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

QList<UserMapping> UserMappings::loadSuggested(const QString &projectPath, const QString &targetKey,
                                               const QList<IncomingRecord> &targetUsers, QString *error)
{
    QList<UserMapping> mappings;
    ProjectStore::withConnection(
        projectPath, [&](QSqlDatabase &db) { mappings = suggest(load(db, targetKey, error), targetUsers); }, error);
    return mappings;
}

QHash<QString, QString> UserMappings::targetIds(const QSqlDatabase &db, const QString &targetKey, QString *error)
{
    QHash<QString, QString> ids;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT source_user_key, target_user_id FROM user_map WHERE target_key = ? AND target_user_id <> ''"));
    q.addBindValue(targetKey);
    if (!q.exec()) {
        *error = Tr::tr("The user mapping cannot be read: %1").arg(q.lastError().text());
        return ids;
    }
    while (q.next())
        ids.insert(q.value(0).toString(), q.value(1).toString());
    return ids;
}

} // namespace Cutover
