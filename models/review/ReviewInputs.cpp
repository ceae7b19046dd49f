// What the reviewer types: explanations of differences and the trust balances
// read back from the target by hand. Both are audited: the sign-off rests on them.

#include "review/ReviewState.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::ReviewState)
};

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

bool ReviewExplanations::set(QSqlDatabase db, const QString &targetKey, const QString &differenceKey,
                             const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (differenceKey.isEmpty()) {
        if (error)
            *error = Tr::tr("The difference to explain is not named.");
        return false;
    }
    QString why;
    const bool ok = ProjectStore::auditedChange(
        db, trimmed.isEmpty() ? QStringLiteral("review.explanation_removed") : QStringLiteral("review.explained"), &why,
        [&](QJsonObject *detail, QString *message) {
            QSqlQuery q(db);
            if (trimmed.isEmpty()) {
                q.prepare(QStringLiteral("DELETE FROM review_explanation WHERE target_key = ? AND difference_key = ?"));
                q.addBindValue(targetKey);
                q.addBindValue(differenceKey);
            } else {
                q.prepare(QStringLiteral(
                    "INSERT INTO review_explanation (target_key, difference_key, text, written_by, written_at_utc) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (target_key, difference_key) DO UPDATE SET "
                    "text = excluded.text, written_by = excluded.written_by, written_at_utc = "
                    "excluded.written_at_utc"));
                q.addBindValue(targetKey);
                q.addBindValue(differenceKey);
                q.addBindValue(trimmed);
                q.addBindValue(ProjectStore::currentActor());
                q.addBindValue(nowText());
            }
            if (!q.exec()) {
                *message = q.lastError().text();
                return false;
            }
            *detail = { { QStringLiteral("target"), targetKey },
                        { QStringLiteral("difference"), differenceKey },
                        { QStringLiteral("text"), trimmed } };
            return true;
        });
    if (!ok && error)
        *error = Tr::tr("The explanation could not be saved: %1").arg(why);
    return ok;
}

void ReviewExplanations::apply(const QSqlDatabase &db, const QString &targetKey, QList<ReviewDifference> *differences)
{
    if (!differences || differences->isEmpty())
        return;
    struct Written
    {
        QString text, by;
        QDateTime at;
    };
    QHash<QString, Written> byKey;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT difference_key, text, written_by, written_at_utc FROM review_explanation WHERE target_key = ?"));
    q.addBindValue(targetKey);
    if (!q.exec())
        return;
    while (q.next())
        byKey.insert(q.value(0).toString(),
                     { q.value(1).toString(), q.value(2).toString(),
                       QDateTime::fromString(q.value(3).toString(), Qt::ISODate) });
    for (ReviewDifference &d : *differences) {
        const auto it = byKey.constFind(d.key);
        if (it == byKey.constEnd()) {
            d.explanation.clear();
            d.explainedBy.clear();
            d.explainedUtc = {};
            continue;
        }
        d.explanation = it->text;
        d.explainedBy = it->by;
        d.explainedUtc = it->at;
    }
}

QString ReviewTrust::lineKey(const QString &clientKey, const QString &matterKey)
{
    return clientKey + QChar(0x1f) + matterKey;
}

bool ReviewTrust::enter(QSqlDatabase db, const QString &targetKey, const QString &clientKey, const QString &matterKey,
                        qint64 cents, QString *error)
{
    if (clientKey.isEmpty()) {
        if (error)
            *error = Tr::tr("The client of the trust balance is not named.");
        return false;
    }
    QString why;
    const bool ok = ProjectStore::auditedChange(
        db, QStringLiteral("review.trust_entered"), &why, [&](QJsonObject *detail, QString *message) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO review_trust (target_key, client_key, matter_key, cents, entered_by, entered_at_utc) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (target_key, client_key, matter_key) DO UPDATE SET "
                "cents = excluded.cents, entered_by = excluded.entered_by, entered_at_utc = excluded.entered_at_utc"));
            q.addBindValue(targetKey);
            q.addBindValue(clientKey);
            q.addBindValue(matterKey);
            q.addBindValue(cents);
            q.addBindValue(ProjectStore::currentActor());
            q.addBindValue(nowText());
            if (!q.exec()) {
                *message = q.lastError().text();
                return false;
            }
            *detail = { { QStringLiteral("target"), targetKey },
                        { QStringLiteral("client"), clientKey },
                        { QStringLiteral("matter"), matterKey },
                        { QStringLiteral("cents"), cents } };
            return true;
        });
    if (!ok && error)
        *error = Tr::tr("The trust balance could not be saved: %1").arg(why);
    return ok;
}

bool ReviewTrust::clear(QSqlDatabase db, const QString &targetKey, const QString &clientKey, const QString &matterKey,
                        QString *error)
{
    QString why;
    const bool ok = ProjectStore::auditedChange(
        db, QStringLiteral("review.trust_cleared"), &why, [&](QJsonObject *detail, QString *message) {
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("DELETE FROM review_trust WHERE target_key = ? AND client_key = ? AND matter_key = ?"));
            q.addBindValue(targetKey);
            q.addBindValue(clientKey);
            q.addBindValue(matterKey);
            if (!q.exec()) {
                *message = q.lastError().text();
                return false;
            }
            *detail = { { QStringLiteral("target"), targetKey },
                        { QStringLiteral("client"), clientKey },
                        { QStringLiteral("matter"), matterKey } };
            return true;
        });
    if (!ok && error)
        *error = Tr::tr("The trust balance could not be removed: %1").arg(why);
    return ok;
}

QHash<QString, qint64> ReviewTrust::load(const QSqlDatabase &db, const QString &targetKey)
{
    QHash<QString, qint64> entered;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT client_key, matter_key, cents FROM review_trust WHERE target_key = ?"));
    q.addBindValue(targetKey);
    if (!q.exec())
        return entered;
    while (q.next())
        entered.insert(lineKey(q.value(0).toString(), q.value(1).toString()), q.value(2).toLongLong());
    return entered;
}

} // namespace Cutover
