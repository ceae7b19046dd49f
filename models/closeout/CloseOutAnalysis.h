#pragma once

#include "jobs/Job.h"
#include "staging/StagingTypes.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cutover {

// What is still open in the old system, per client and matter, as a snapshot
// shows it. Money in cents, time in seconds, all integers.
struct CloseOutFigures
{
    qint64 unbilledTimeSeconds = 0;
    qint64 unbilledTimeCents = 0;
    qint64 unbilledTimeRows = 0;
    qint64 unbilledExpenseCents = 0;
    qint64 unbilledExpenseRows = 0;
    qint64 draftInvoices = 0; // invoices still in draft: finalise or delete them
    qint64 draftInvoiceCents = 0;
    qint64 openInvoices = 0; // issued, balance > 0
    qint64 receivableCents = 0;
    qint64 unappliedCents = 0; // payments and credits not applied to a bill
    qint64 unappliedRows = 0;
    qint64 trustCents = 0; // deposits minus withdrawals
    qint64 trustRows = 0;

    bool hasOpenItems() const;
    CloseOutFigures &operator+=(const CloseOutFigures &other);
    bool operator==(const CloseOutFigures &) const = default;
};

struct CloseOutMatter
{
    QString clientKey;
    QString matterKey;
    QString description;
    CloseOutFigures figures;
};

struct CloseOutClient
{
    QString clientKey;
    QString name;
    CloseOutFigures figures;
    // Billing details the new system will need before it lets time be approved:
    // field keys of Entities (client) that are empty: "street", "city",
    // "postal_code", "billing_contact", "email".
    QStringList missingBilling;
    bool missingBillingDetails() const; // no street or city, or neither a billing contact nor an e-mail
};

// One numbering series of invoice numbers: "INV-" + digits. Numbers that end in
// no digit are gathered in one series of their own: empty prefix, width 0, the
// greatest such number as highestNumber and no nextNumber.
struct InvoiceSeries
{
    QString prefix; // text before the trailing digits ("" for plain numbers)
    int width = 0; // digits of the widest number seen (zero-padded series)
    qint64 count = 0;
    qint64 highest = 0;
    QString highestNumber; // as written in the export
    QString nextNumber; // prefix + (highest + 1), padded to width
};

struct CloseOutUser
{
    QString userKey;
    QString name;
    QString email;
    QString role;
    std::optional<bool> active;
    qint64 timeRows = 0; // time entries of this user in the snapshot (of the clients that move)
    bool inUserFile = true; // false: only seen as the user of time entries
};

struct CloseOutReport
{
    qint64 snapshotId = 0;
    SnapshotKind kind = SnapshotKind::Trial;
    QDateTime snapshotCompletedUtc;
    // Clients with open items or missing billing details, by name.
    QList<CloseOutClient> clients;
    // Matters with open items, by client then matter.
    QList<CloseOutMatter> matters;
    QList<InvoiceSeries> invoiceSeries;
    QList<CloseOutUser> users;
    CloseOutFigures totals;
    qint64 clientsMissingBilling = 0;
    // Entities the snapshot has no rows of, so a figure cannot be computed
    // ("invoice", "payment", "trust_transaction", ...).
    QStringList entitiesMissing;
    // Plain sentences about what needs care (overdrawn trust, time without a rate).
    QStringList warnings;

    QJsonObject toJson() const;
};

// The rows behind one figure, for the drill-down.
struct CloseOutRow
{
    QString entity; // entity key
    QString sourceKey;
    QString file; // source file path
    qint64 sourceRow = 0;
    QString clientKey;
    QString matterKey;
    QDate date;
    QString description;
    qint64 seconds = 0;
    qint64 cents = 0;
};

namespace CloseOutAnalysis {

enum class Category { UnbilledTime, UnbilledExpenses, DraftInvoices, OpenInvoices, Unapplied, Trust };

// Analyses a complete snapshot (the newest complete one when snapshotId is 0).
// Honours the client selection: excluded clients are left out.
std::optional<CloseOutReport> analyse(const QSqlDatabase &db, qint64 snapshotId, QString *error);

// The rows of one category for a client (and a matter, when given).
QList<CloseOutRow> rows(const QSqlDatabase &db, qint64 snapshotId, Category category, const QString &clientKey,
                        const QString &matterKey = {}, int limit = 10000);
// The rows of one matter row of the report: exactly `matterKey`, where "" means
// the client's rows with no matter (invoices, payments or trust at client level).
QList<CloseOutRow> matterRows(const QSqlDatabase &db, qint64 snapshotId, Category category, const QString &clientKey,
                              const QString &matterKey, int limit = 10000);

} // namespace CloseOutAnalysis

// Runs analyse() on its own connection off the GUI thread.
class CloseOutJob : public Job
{
    Q_OBJECT

public:
    CloseOutJob(QString projectPath, qint64 snapshotId = 0, QObject *parent = nullptr);
    const std::optional<CloseOutReport> &report() const { return m_report; }

protected:
    Outcome execute() override;

private:
    QString m_projectPath;
    qint64 m_snapshotId;
    std::optional<CloseOutReport> m_report;
};

} // namespace Cutover
