#include "review/ReviewModels.h"

#include "domain/LocaleFormat.h"
#include "privacy/PrivacyMask.h"
#include "review/ReviewReport.h"
#include "sources/ValueParsers.h"
#include "staging/PreviewModel.h"
#include "store/ProjectStore.h"
#include "targets/TargetConnector.h"

#include <QLocale>

namespace Cutover {

namespace {

// What a compared field's value reveals, for the privacy mask: money fields as
// money, a record's names as names, dates, durations and users as they are.
PiiKind fieldKind(const QString &field)
{
    if (field.isEmpty() || field == QLatin1String("client") || field == QLatin1String("matter"))
        return PiiKind::Name;
    if (field == QLatin1String("trust") || field == QLatin1String("balance"))
        return PiiKind::Money;
    for (Entity entity : Entities::all()) {
        if (const PiiKind kind = piiKindOf(entity, field); kind != PiiKind::None)
            return kind;
    }
    return PiiKind::None;
}

QVariant alignRight(int role)
{
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

} // namespace

ReviewPageState ReviewPageLoader::load(const QString &projectPath, const QString &targetKey, const QDateTime &nowUtc)
{
    ReviewPageState state;
    QString error;
    const bool opened = ProjectStore::withConnection(
        projectPath,
        [&](QSqlDatabase &db) {
            state.clock = ReviewDeadline::forProject(db, targetKey, nowUtc);
            state.signOff = ReviewSignOff::signedOff(db, targetKey);
            const qint64 run = Reconciler::latestRun(db, targetKey);
            state.read = run > 0;
            if (state.read && !Reconciler::compute(db, targetKey, run, &state.reconciliation, &state.error))
                state.read = false;
            QString sampleError;
            state.sample = SpotChecks::load(db, targetKey, run, &sampleError);
            if (state.error.isEmpty())
                state.error = sampleError;
        },
        &error);
    if (!opened)
        state.error = error;
    state.blockers = ReviewSignOff::blockers(state.reconciliation, state.sample, state.clock, state.signOff);
    if (!state.read)
        state.reconciliation.targetKey = targetKey;
    return state;
}

QString ReviewFormat::money(qint64 cents)
{
    return LocaleFormat::money(cents);
}

QString ReviewFormat::moneyDelta(qint64 cents)
{
    if (cents == 0)
        return {};
    return LocaleFormat::signedMoney(cents);
}

QString ReviewFormat::hours(qint64 seconds)
{
    // Two places, half away from zero, from integer seconds (no double on the way).
    const qint64 hundredths = (seconds * 100 + (seconds >= 0 ? 1800 : -1800)) / 3600;
    const qint64 whole = hundredths / 100;
    const qint64 part = qAbs(hundredths % 100);
    QString text = LocaleFormat::number(qAbs(whole)) + QLocale().decimalPoint()
        + QStringLiteral("%1").arg(part, 2, 10, QLatin1Char('0'));
    if (hundredths < 0)
        text.prepend(QLocale().negativeSign());
    return text;
}

QString ReviewFormat::hoursDelta(qint64 seconds)
{
    if (seconds == 0)
        return {};
    const QString text = hours(seconds < 0 ? -seconds : seconds);
    return (seconds < 0 ? QLocale().negativeSign() : QLocale().positiveSign()) + text;
}

// --- counts ------------------------------------------------------------------

ReviewCountsModel::ReviewCountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReviewCountsModel::setCounts(const QList<ReviewCount> &counts)
{
    beginResetModel();
    m_counts = counts;
    endResetModel();
}

int ReviewCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int ReviewCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewCountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_counts.size())
        return {};
    const ReviewCount &c = m_counts.at(index.row());
    const qint64 numbers[] = { 0, c.source, c.target, c.matched, c.missing, c.extra, c.changed };
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Entity)
            return ReviewReport::entityTitle(c.entity);
        return LocaleFormat::number(numbers[index.column()]);
    case ReviewSortRole:
        if (index.column() == Entity)
            return ReviewReport::entityTitle(c.entity);
        return numbers[index.column()];
    case ReviewKeyRole:
        return c.entity;
    case ReviewDiffersRole:
        return c.missing + c.extra + c.changed > 0 || c.source != c.target;
    default:
        return index.column() == Entity ? QVariant() : alignRight(role);
    }
}

QVariant ReviewCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Entity:
        return tr("Records");
    case Source:
        return tr("Source");
    case Target:
        return tr("Target");
    case Matched:
        return tr("Matched");
    case Missing:
        return tr("Missing");
    case Extra:
        return tr("Extra");
    case Changed:
        return tr("Changed");
    }
    return {};
}

// --- money -------------------------------------------------------------------

ReviewMoneyModel::ReviewMoneyModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReviewMoneyModel::setLines(const QList<ReviewMoneyLine> &clients, const QList<ReviewMoneyLine> &matters)
{
    m_clients = clients;
    m_matters = matters;
    rebuild();
}

void ReviewMoneyModel::setOnlyDiffering(bool only)
{
    if (only == m_onlyDiffering)
        return;
    m_onlyDiffering = only;
    rebuild();
}

void ReviewMoneyModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    QHash<QString, QList<const ReviewMoneyLine *>> mattersOf;
    for (const ReviewMoneyLine &m : std::as_const(m_matters))
        mattersOf[m.clientKey].append(&m);
    for (const ReviewMoneyLine &c : std::as_const(m_clients)) {
        QList<ReviewMoneyLine> differing;
        for (const ReviewMoneyLine *m : mattersOf.value(c.clientKey)) {
            if (!m_onlyDiffering || m->differs())
                differing.append(*m);
        }
        if (m_onlyDiffering && !c.differs() && differing.isEmpty())
            continue;
        m_rows.append(c);
        m_rows.append(differing);
    }
    endResetModel();
}

const ReviewMoneyLine *ReviewMoneyModel::lineAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ReviewMoneyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewMoneyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewMoneyModel::data(const QModelIndex &index, int role) const
{
    const ReviewMoneyLine *line = lineAt(index.row());
    if (!index.isValid() || !line)
        return {};
    const bool clientLine = line->matterKey.isEmpty();
    auto pair = [&](int column) -> std::pair<qint64, qint64> {
        switch (column) {
        case SourceHours:
        case TargetHours:
            return { line->sourceSeconds, line->targetSeconds };
        case SourceTime:
        case TargetTime:
            return { line->sourceTimeCents, line->targetTimeCents };
        case SourceExpenses:
        case TargetExpenses:
            return { line->sourceExpenseCents, line->targetExpenseCents };
        case SourceReceivable:
        case TargetReceivable:
            return { line->sourceReceivableCents, line->targetReceivableCents };
        case SourceTrust:
        case TargetTrust:
            return { line->sourceTrustCents, line->targetTrustCents };
        }
        return { 0, 0 };
    };
    const int column = index.column();
    const bool isTarget = column == TargetHours || column == TargetTime || column == TargetExpenses
        || column == TargetReceivable || column == TargetTrust;
    const auto [source, target] = pair(column);
    const qint64 value = isTarget ? target : source;
    const bool trustUnknown = (column == TargetTrust) && !line->trustEntered;

    switch (role) {
    case Qt::DisplayRole:
        if (column == Client)
            return clientLine ? line->clientName : QString();
        if (column == Matter)
            return clientLine
                ? tr("All matters")
                : (line->matterName.isEmpty() ? line->matterKey : tr("%1 — %2").arg(line->matterKey, line->matterName));
        if (trustUnknown)
            return line->sourceTrustCents == 0 ? ReviewFormat::money(0) : tr("not entered");
        if (column == SourceHours || column == TargetHours)
            return ReviewFormat::hours(value);
        return ReviewFormat::money(value);
    case Qt::EditRole:
        if (column == TargetTrust)
            return ReviewFormat::money(line->trustEntered ? line->targetTrustCents : line->sourceTrustCents);
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (column == TargetTrust && m_trustEditor)
            return tr("The opening trust balance as the target shows it. The target takes no trust import: enter "
                      "the balance there by hand, then type here what it shows.");
        if (column > Matter && source != target)
            return tr("Source %1, target %2")
                .arg(column == SourceHours || column == TargetHours ? ReviewFormat::hours(source)
                                                                    : ReviewFormat::money(source),
                     column == SourceHours || column == TargetHours ? ReviewFormat::hours(target)
                                                                    : ReviewFormat::money(target));
        return {};
    case ReviewSortRole:
        if (column == Client)
            return line->clientName;
        if (column == Matter)
            return line->matterKey;
        return value;
    case ReviewKeyRole:
        return ReviewTrust::lineKey(line->clientKey, line->matterKey);
    case ReviewDiffersRole:
        if (column <= Matter)
            return line->differs();
        return source != target || trustUnknown;
    default:
        return column <= Matter ? QVariant() : alignRight(role);
    }
}

QVariant ReviewMoneyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == PiiKindRole) {
        if (section == Client || section == Matter)
            return int(PiiKind::Name);
        const bool money = section == SourceTime || section == TargetTime || section == SourceExpenses
            || section == TargetExpenses || section == SourceReceivable || section == TargetReceivable
            || section == SourceTrust || section == TargetTrust;
        return int(money ? PiiKind::Money : PiiKind::None);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Client:
        return tr("Client");
    case Matter:
        return tr("Matter");
    case SourceHours:
        return tr("Hours (source)");
    case TargetHours:
        return tr("Hours (target)");
    case SourceTime:
        return tr("Unbilled time (source)");
    case TargetTime:
        return tr("Unbilled time (target)");
    case SourceExpenses:
        return tr("Expenses (source)");
    case TargetExpenses:
        return tr("Expenses (target)");
    case SourceReceivable:
        return tr("Receivable (source)");
    case TargetReceivable:
        return tr("Receivable (target)");
    case SourceTrust:
        return tr("Trust (source)");
    case TargetTrust:
        return tr("Trust (target)");
    }
    return {};
}

Qt::ItemFlags ReviewMoneyModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TargetTrust && m_trustEditor)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReviewMoneyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const ReviewMoneyLine *line = lineAt(index.row());
    if (role != Qt::EditRole || index.column() != TargetTrust || !line || !m_trustEditor)
        return false;
    // Typed money in the user's locale ("1,234.56" or "1234.56"), to exact cents.
    const QString text = value.toString().trimmed();
    const QLocale locale;
    ValueParsers::Separators separators;
    separators.decimal = locale.decimalPoint().at(0);
    separators.thousands = locale.groupSeparator().isEmpty() ? QChar(QChar::Nbsp) : locale.groupSeparator().at(0);
    const ValueParsers::Result<qint64> cents = ValueParsers::money(text, separators);
    if (!cents) {
        m_lastError = tr("“%1” is not an amount of money.").arg(text);
        return false;
    }
    if (!m_trustEditor(line->clientKey, line->matterKey, cents.value, &m_lastError))
        return false;
    m_lastError.clear();
    ReviewMoneyLine &edited = m_rows[index.row()];
    edited.targetTrustCents = cents.value;
    edited.trustEntered = true;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit trustEntered();
    return true;
}

// --- users -------------------------------------------------------------------

ReviewUsersModel::ReviewUsersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReviewUsersModel::setUsers(const QList<ReviewUserHours> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

int ReviewUsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int ReviewUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewUsersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const ReviewUserHours &u = m_users.at(index.row());
    const qint64 delta = u.targetSeconds - u.sourceSeconds;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case User:
            return u.userName.isEmpty() ? u.userKey : u.userName;
        case SourceEntries:
            return LocaleFormat::number(u.sourceEntries);
        case TargetEntries:
            return LocaleFormat::number(u.targetEntries);
        case SourceHours:
            return ReviewFormat::hours(u.sourceSeconds);
        case TargetHours:
            return ReviewFormat::hours(u.targetSeconds);
        case Difference:
            return ReviewFormat::hoursDelta(delta);
        }
        return {};
    case ReviewSortRole:
        switch (index.column()) {
        case User:
            return u.userName;
        case SourceEntries:
            return u.sourceEntries;
        case TargetEntries:
            return u.targetEntries;
        case SourceHours:
            return u.sourceSeconds;
        case TargetHours:
            return u.targetSeconds;
        case Difference:
            return delta;
        }
        return {};
    case ReviewKeyRole:
        return u.userKey;
    case ReviewDiffersRole:
        return delta != 0 || u.sourceEntries != u.targetEntries;
    default:
        return index.column() == User ? QVariant() : alignRight(role);
    }
}

QVariant ReviewUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case User:
        return tr("User");
    case SourceEntries:
        return tr("Entries (source)");
    case TargetEntries:
        return tr("Entries (target)");
    case SourceHours:
        return tr("Hours (source)");
    case TargetHours:
        return tr("Hours (target)");
    case Difference:
        return tr("Difference");
    }
    return {};
}

// --- differences ---------------------------------------------------------------

ReviewDifferencesModel::ReviewDifferencesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReviewDifferencesModel::setDifferences(const QList<ReviewDifference> &differences)
{
    beginResetModel();
    m_differences = differences;
    endResetModel();
}

qint64 ReviewDifferencesModel::unexplained() const
{
    return std::count_if(m_differences.cbegin(), m_differences.cend(),
                         [](const ReviewDifference &d) { return d.explanation.trimmed().isEmpty(); });
}

int ReviewDifferencesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_differences.size());
}

int ReviewDifferencesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewDifferencesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_differences.size())
        return {};
    const ReviewDifference &d = m_differences.at(index.row());
    switch (role) {
    case PiiKindRole:
        switch (index.column()) {
        case Source:
        case Target:
            return int(fieldKind(d.field));
        case Delta:
            return int(d.centsDelta != 0 ? PiiKind::Money : PiiKind::None);
        case Explanation:
            return int(d.explanation.isEmpty() ? PiiKind::None : PiiKind::Text);
        default:
            return {};
        }
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Kind:
            return ReviewDifference::kindTitle(d.kind);
        case Client:
            return d.clientName.isEmpty() ? d.clientKey : d.clientName;
        case Record:
            return d.label;
        case Field:
            return d.field;
        case Source:
            return d.sourceValue;
        case Target:
            return d.targetValue;
        case Delta:
            if (d.centsDelta != 0)
                return ReviewFormat::moneyDelta(d.centsDelta);
            if (d.secondsDelta != 0)
                return tr("%1 h").arg(ReviewFormat::hoursDelta(d.secondsDelta));
            return {};
        case Explanation:
            if (role == Qt::DisplayRole && d.explanation.isEmpty())
                return tr("(explain this difference)");
            return d.explanation;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Explanation)
            return d.explanation.isEmpty()
                ? tr("Type why this difference is acceptable or what will be corrected. The review cannot be "
                     "signed off while a difference is unexplained.")
                : tr("Explained by %1 on %2").arg(d.explainedBy, LocaleFormat::localDateTime(d.explainedUtc));
        return {};
    case ReviewSortRole:
        if (index.column() == Delta)
            return d.centsDelta != 0 ? d.centsDelta : d.secondsDelta;
        return data(index, Qt::DisplayRole);
    case ReviewKeyRole:
        return d.key;
    case ReviewDiffersRole:
        return index.column() == Explanation && d.explanation.isEmpty();
    default:
        return index.column() == Delta ? alignRight(role) : QVariant();
    }
}

QVariant ReviewDifferencesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == PiiKindRole) {
        return int(section == Client || section == Record ? PiiKind::Name : PiiKind::None);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Difference");
    case Client:
        return tr("Client");
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Source:
        return tr("Source");
    case Target:
        return tr("Target");
    case Delta:
        return tr("Off by");
    case Explanation:
        return tr("Explanation");
    }
    return {};
}

Qt::ItemFlags ReviewDifferencesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Explanation && m_explainer)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReviewDifferencesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Explanation || index.row() >= m_differences.size() || !m_explainer)
        return false;
    ReviewDifference &d = m_differences[index.row()];
    const QString text = value.toString().trimmed();
    if (text == d.explanation)
        return true;
    if (!m_explainer(d.key, text, &m_lastError))
        return false;
    m_lastError.clear();
    d.explanation = text;
    d.explainedUtc = text.isEmpty() ? QDateTime() : QDateTime::currentDateTimeUtc();
    emit dataChanged(index, index);
    emit explanationsChanged();
    return true;
}

// --- spot checks ---------------------------------------------------------------

SpotCheckModel::SpotCheckModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SpotCheckModel::setChecks(const QList<SpotCheck> &checks)
{
    beginResetModel();
    m_checks = checks;
    endResetModel();
}

const SpotCheck *SpotCheckModel::checkAt(int row) const
{
    return row >= 0 && row < m_checks.size() ? &m_checks.at(row) : nullptr;
}

qint64 SpotCheckModel::pending() const
{
    return std::count_if(m_checks.cbegin(), m_checks.cend(),
                         [](const SpotCheck &c) { return c.verdict == SpotCheck::Verdict::Pending; });
}

qint64 SpotCheckModel::flagged() const
{
    return std::count_if(m_checks.cbegin(), m_checks.cend(),
                         [](const SpotCheck &c) { return c.verdict == SpotCheck::Verdict::Flagged; });
}

int SpotCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int SpotCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpotCheckModel::data(const QModelIndex &index, int role) const
{
    const SpotCheck *c = checkAt(index.row());
    if (!index.isValid() || !c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Entity:
            return ReviewReport::entityTitle(c->entity);
        case Record:
            return c->label;
        case Client:
            return c->clientName;
        case Value:
            return ReviewFormat::money(c->weightCents);
        case Verdict:
            return SpotCheck::verdictTitle(c->verdict);
        case Note:
            return c->note;
        }
        return {};
    case ReviewSortRole:
        return index.column() == Value ? QVariant(c->weightCents) : data(index, Qt::DisplayRole);
    case ReviewKeyRole:
        return QString(c->entity + QLatin1Char(':') + c->sourceKey);
    case ReviewDiffersRole:
        return c->verdict == SpotCheck::Verdict::Flagged
            || std::any_of(c->fields.cbegin(), c->fields.cend(), [](const SpotCheckField &f) { return f.differs; });
    default:
        return index.column() == Value ? alignRight(role) : QVariant();
    }
}

QVariant SpotCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == PiiKindRole) {
        switch (section) {
        case Record:
        case Client:
            return int(PiiKind::Name);
        case Value:
            return int(PiiKind::Money);
        case Note:
            return int(PiiKind::Text);
        default:
            return int(PiiKind::None);
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Entity:
        return tr("Kind");
    case Record:
        return tr("Record");
    case Client:
        return tr("Client");
    case Value:
        return tr("Value");
    case Verdict:
        return tr("Verdict");
    case Note:
        return tr("Note");
    }
    return {};
}

SpotCheckFieldsModel::SpotCheckFieldsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SpotCheckFieldsModel::setFields(const QList<SpotCheckField> &fields)
{
    beginResetModel();
    m_fields = fields;
    endResetModel();
}

int SpotCheckFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int SpotCheckFieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpotCheckFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fields.size())
        return {};
    const SpotCheckField &f = m_fields.at(index.row());
    switch (role) {
    case PiiKindRole:
        return int(index.column() == Field ? PiiKind::None : fieldKind(f.field));
    case Qt::DisplayRole:
        switch (index.column()) {
        case Field:
            return f.title;
        case Source:
            return f.sourceValue;
        case Target:
            return f.targetValue;
        }
        return {};
    case ReviewKeyRole:
        return f.field;
    case ReviewDiffersRole:
        return f.differs;
    default:
        return {};
    }
}

QVariant SpotCheckFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Field:
        return tr("Field");
    case Source:
        return tr("In the old system");
    case Target:
        return tr("In the target");
    }
    return {};
}

} // namespace Cutover
