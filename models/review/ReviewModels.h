#pragma once

// The Review page's item models: counts per entity, money per client and
// matter, hours per user, the differences (with their typed explanations) and
// the spot checks side by side. They hold what a reconciliation produced; the
// page fills them from a ReconcileJob's result, off the GUI thread.

#include "review/Reconciliation.h"
#include "review/ReviewState.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Cutover {

// Shared by the review models: money in the user's locale, exact from cents.
namespace ReviewFormat {
QString money(qint64 cents);
// "+0.01" / "−12.50": a difference, signed, in the user's locale ("" when 0).
QString moneyDelta(qint64 cents);
// "1.50": decimal hours to two places (exact seconds kept in the data).
QString hours(qint64 seconds);
QString hoursDelta(qint64 seconds);
} // namespace ReviewFormat

// Everything the Review page shows, read on a connection of its own (off the
// GUI thread): the reconciliation against the newest reading of the target
// (none when it was never read), the sample, the sign-off, the clock and what
// still blocks the sign-off.
struct ReviewPageState
{
    bool read = false; // a complete reading of the target exists
    Reconciliation reconciliation;
    QList<SpotCheck> sample;
    std::optional<SignOff> signOff;
    ReviewClock clock;
    QStringList blockers;
    QString error; // translated; empty when everything could be read
};

namespace ReviewPageLoader {
ReviewPageState load(const QString &projectPath, const QString &targetKey, const QDateTime &nowUtc);
} // namespace ReviewPageLoader

// Role for the raw values the views sort by and the tests read.
enum ReviewRoles { ReviewSortRole = Qt::UserRole + 1, ReviewKeyRole, ReviewDiffersRole };

class ReviewCountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Entity, Source, Target, Matched, Missing, Extra, Changed, ColumnCount };
    explicit ReviewCountsModel(QObject *parent = nullptr);

    void setCounts(const QList<ReviewCount> &counts);
    const QList<ReviewCount> &counts() const { return m_counts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReviewCount> m_counts;
};

// One row per client, followed by its matters (indented); a filter keeps only
// the lines that differ. The target's trust column is editable on Clio targets
// (the trust balance read back by hand): `trustEditor` saves it.
class ReviewMoneyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Client,
        Matter,
        SourceHours,
        TargetHours,
        SourceTime,
        TargetTime,
        SourceExpenses,
        TargetExpenses,
        SourceReceivable,
        TargetReceivable,
        SourceTrust,
        TargetTrust,
        ColumnCount
    };
    // Saves a trust balance as entered in the target (clientKey, matterKey, cents);
    // false with a message when it cannot.
    using TrustEditor = std::function<bool(const QString &, const QString &, qint64, QString *)>;

    explicit ReviewMoneyModel(QObject *parent = nullptr);

    void setLines(const QList<ReviewMoneyLine> &clients, const QList<ReviewMoneyLine> &matters);
    void setOnlyDiffering(bool only);
    bool onlyDiffering() const { return m_onlyDiffering; }
    // Empty: the trust column is read-only (the CSV package's sheet is the target side).
    void setTrustEditor(TrustEditor editor) { m_trustEditor = std::move(editor); }
    const ReviewMoneyLine *lineAt(int row) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A trust balance was saved: the reconciliation should be computed again.
    void trustEntered();

private:
    void rebuild();

    QList<ReviewMoneyLine> m_clients, m_matters;
    QList<ReviewMoneyLine> m_rows; // clients, each followed by its matters
    bool m_onlyDiffering = false;
    TrustEditor m_trustEditor;
    QString m_lastError;
};

class ReviewUsersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { User, SourceEntries, TargetEntries, SourceHours, TargetHours, Difference, ColumnCount };
    explicit ReviewUsersModel(QObject *parent = nullptr);

    void setUsers(const QList<ReviewUserHours> &users);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReviewUserHours> m_users;
};

// The differences; the Explanation column is editable and saved at once
// through `explainer` (ReviewExplanations::set on the project).
class ReviewDifferencesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, Client, Record, Field, Source, Target, Delta, Explanation, ColumnCount };
    using Explainer = std::function<bool(const QString &differenceKey, const QString &text, QString *error)>;

    explicit ReviewDifferencesModel(QObject *parent = nullptr);

    void setDifferences(const QList<ReviewDifference> &differences);
    const QList<ReviewDifference> &differences() const { return m_differences; }
    void setExplainer(Explainer explainer) { m_explainer = std::move(explainer); }
    qint64 unexplained() const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void explanationsChanged();

private:
    QList<ReviewDifference> m_differences;
    Explainer m_explainer;
    QString m_lastError;
};

// The spot checks, one row each; the side by side of the current one is
// SpotCheckFieldsModel.
class SpotCheckModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Verdict, Entity, Record, Client, Value, Note, ColumnCount };
    explicit SpotCheckModel(QObject *parent = nullptr);

    void setChecks(const QList<SpotCheck> &checks);
    const QList<SpotCheck> &checks() const { return m_checks; }
    const SpotCheck *checkAt(int row) const;
    qint64 pending() const;
    qint64 flagged() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SpotCheck> m_checks;
};

class SpotCheckFieldsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Field, Source, Target, ColumnCount };
    explicit SpotCheckFieldsModel(QObject *parent = nullptr);

    void setFields(const QList<SpotCheckField> &fields);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SpotCheckField> m_fields;
};

} // namespace Cutover
