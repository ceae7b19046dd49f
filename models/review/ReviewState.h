#pragma once

// The reviewer's own work, kept per target in the project file: spot checks
// and their verdicts, explanations of differences, trust balances as entered
// by hand in the target, the deadline, and the sign-off.
// (Implementation: SpotChecks.cpp, ReviewDeadline.cpp, ReviewSignOff.cpp.)

#include "review/Reconciliation.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace Cutover {

class BusinessCalendar;

// One field of a spot-checked record, side by side.
struct SpotCheckField
{
    QString field; // "amount"
    QString title; // translated, "Amount"
    QString sourceValue; // as the user reads it ("1,234.56", "1.50 h", "2026-03-02")
    QString targetValue;
    bool differs = false;
};

struct SpotCheck
{
    enum class Verdict { Pending, Accepted, Flagged };
    QString entity; // RecordKinds::key
    QString sourceKey;
    QString targetId; // "" when the target has no such record
    QString label; // translated, as ReviewDifference::label
    QString clientName;
    qint64 weightCents = 0; // the value the draw weighted it by
    int position = 0; // order within its entity
    Verdict verdict = Verdict::Pending;
    QString note; // required when flagged
    QString decidedBy;
    QDateTime decidedUtc;
    QList<SpotCheckField> fields;

    static QString verdictKey(Verdict verdict); // "pending", "accepted", "flagged"
    static QString verdictTitle(Verdict verdict); // translated
};

namespace SpotChecks {

// Draws a new sample of `perEntity` records of each entity that was imported
// (fewer when it has fewer), replacing the undecided ones of an earlier draw
// and keeping those already decided. Stratified by entity; within one, a
// weighted draw without replacement where a record's weight grows with its
// value in cents, so large amounts come up more often but small ones can.
// The same seed and data give the same sample on every machine. Audited.
bool draw(QSqlDatabase db, const QString &targetKey, int perEntity, quint64 seed, QString *error);

// The sample with both sides of each record: the source's staging row and the
// target's record of the newest complete review run (the run given when > 0).
QList<SpotCheck> load(const QSqlDatabase &db, const QString &targetKey, qint64 runId, QString *error);

// Accepts or flags one (a flag needs a note saying what is wrong); back to
// pending with Verdict::Pending. Audited.
bool decide(QSqlDatabase db, const QString &targetKey, const QString &entity, const QString &sourceKey,
            SpotCheck::Verdict verdict, const QString &note, QString *error);

} // namespace SpotChecks

namespace ReviewExplanations {

// Saves (or, with empty text, removes) the explanation of one difference. Audited.
bool set(QSqlDatabase db, const QString &targetKey, const QString &differenceKey, const QString &text, QString *error);

// Fills explanation, explainedBy and explainedUtc of the differences that have one.
void apply(const QSqlDatabase &db, const QString &targetKey, QList<ReviewDifference> *differences);

} // namespace ReviewExplanations

// The trust opening balance the firm entered in the target by hand (the API
// takes none), as the reviewer reads it back there. matterKey "" is the
// client level.
namespace ReviewTrust {

bool enter(QSqlDatabase db, const QString &targetKey, const QString &clientKey, const QString &matterKey, qint64 cents,
           QString *error);
bool clear(QSqlDatabase db, const QString &targetKey, const QString &clientKey, const QString &matterKey,
           QString *error);
// (clientKey + '\x1f' + matterKey) -> cents.
QHash<QString, qint64> load(const QSqlDatabase &db, const QString &targetKey);
QString lineKey(const QString &clientKey, const QString &matterKey);

} // namespace ReviewTrust

// How long the review window has left, for the deadline banner, the page and
// the report. The window is three business days after the import finished
// (ImportLedger::reviewDeadlineUtc); business time counts only the hours of
// business days in the firm's zone and holiday calendar.
struct ReviewClock
{
    enum class State {
        NoImport, // nothing imported into this target yet
        Open, // more than the last business day left
        LastDay, // the deadline falls at the end of today (firm's day): urgent
        Closed, // the deadline has passed
        SignedOff, // signed off before the deadline
    };
    State state = State::NoImport;
    QDateTime finishedUtc; // when the import finished
    QDateTime deadlineUtc; // when the window closes
    QTimeZone zone;
    // Business days left, today counted when it is one (LastDay: 1; Closed: 0).
    int businessDaysLeft = 0;
    // Seconds of business days left until the deadline (today's remaining part included).
    qint64 businessSecondsLeft = 0;
    // SignedOff: who signed (as typed) and when.
    QString signedOffBy;
    QDateTime signedOffUtc;

    bool urgent() const { return state == State::LastDay; }
    // Translated, one line for the banner: "Review window: 2 business days
    // and 5 hours left (closes Thursday, 10 December 2026 at 00:00 EST)".
    QString text() const;
};

namespace ReviewDeadline {

// The clock at `nowUtc` for an import that finished at `finishedUtc`.
ReviewClock at(const BusinessCalendar &calendar, const QTimeZone &zone, const QDateTime &finishedUtc,
               const QDateTime &nowUtc, int days = 3);

// The clock of the project's last complete import into `targetKey` (the
// newest import target when empty), signed off or not.
ReviewClock forProject(const QSqlDatabase &db, const QString &targetKey, const QDateTime &nowUtc);
ReviewClock forProject(const QString &projectPath, const QString &targetKey, const QDateTime &nowUtc, QString *error);

} // namespace ReviewDeadline

struct SignOff
{
    qint64 id = 0;
    QString targetKey;
    QString name; // who signs, as typed
    QString role;
    QDateTime signedUtc;
    QString recordedBy; // ProjectStore::currentActor()
    qint64 runId = 0;
};

namespace ReviewSignOff {

// Why the review cannot be signed off yet (translated sentences; empty when
// it can): differences without a typed explanation, spot checks not decided,
// no reading of the target, the window closed, already signed off.
QStringList blockers(const Reconciliation &reconciliation, const QList<SpotCheck> &sample, const ReviewClock &clock,
                     const std::optional<SignOff> &existing);

// Signs off: checks the blockers again on this connection (reconciling once
// more), then records the name, the time and a summary (counts, differences
// with their explanations, verdicts) and writes the audit entry, in one
// transaction. After it the import can no longer be rolled back.
bool sign(QSqlDatabase db, const QString &targetKey, const QString &name, const QString &role, QString *error);

std::optional<SignOff> signedOff(const QSqlDatabase &db, const QString &targetKey);

} // namespace ReviewSignOff

} // namespace Cutover
