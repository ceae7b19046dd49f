#include "PrivacyMask.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Cutover {

namespace {

using PrivacyMask::kDot;

QString dots(qsizetype count)
{
    return QString(count, kDot);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Words a reader of the screen may see without learning who the client is: the
// legal form of a firm and a few joiners. Compared without case and dots.
bool isKeptWord(const QString &core)
{
    static const QSet<QString> kept = {
        QStringLiteral("llp"),  QStringLiteral("llc"), QStringLiteral("inc"),  QStringLiteral("pc"),
        QStringLiteral("pllc"), QStringLiteral("ltd"), QStringLiteral("co"),   QStringLiteral("corp"),
        QStringLiteral("lp"),   QStringLiteral("pa"),  QStringLiteral("gmbh"), QStringLiteral("sa"),
        QStringLiteral("sarl"), QStringLiteral("sas"), QStringLiteral("sl"),   QStringLiteral("srl"),
        QStringLiteral("plc"),  QStringLiteral("cpa"), QStringLiteral("esq"),
    };
    QString key = core.toLower();
    key.remove(QLatin1Char('.'));
    return kept.contains(key);
}

// Applies `maskCore` to each run of word characters (with the dots and
// apostrophes inside it: "P.C.", "O'Neil"), keeping spaces and punctuation.
template<typename MaskCore> QString maskWords(const QString &text, MaskCore maskCore)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text.at(i))) {
            out += text.at(i++);
            continue;
        }
        qsizetype end = i;
        while (end < text.size()
               && (isWordChar(text.at(end))
                   || ((text.at(end) == QLatin1Char('.') || text.at(end) == QLatin1Char('\'')) && end + 1 < text.size()
                       && isWordChar(text.at(end + 1)))))
            ++end;
        // A trailing dot of an abbreviation ("Inc.") belongs to the word.
        if (end < text.size() && text.at(end) == QLatin1Char('.') && isKeptWord(text.mid(i, end - i)))
            ++end;
        out += maskCore(text.mid(i, end - i));
        i = end;
    }
    return out;
}

// "Harbor" -> "H••••", "Pine" -> "P•••", "Al" -> "A••": the first character,
// then as many dots as the rest has letters, at least two and at most four.
QString initialAndDots(const QString &word)
{
    return word.left(1) + dots(std::clamp<qsizetype>(word.size() - 1, 2, 4));
}

} // namespace

PiiKind piiKindOf(Entity entity, const FieldSpec &field)
{
    if (field.type == FieldType::Money)
        return PiiKind::Money;
    if (field.type != FieldType::Text)
        return PiiKind::None;
    const QString &key = field.key;
    if (key == QLatin1String("email"))
        return PiiKind::Email;
    if (key == QLatin1String("phone"))
        return PiiKind::Phone;
    if (key == QLatin1String("street") || key == QLatin1String("city") || key == QLatin1String("postal_code")
        || key == QLatin1String("region"))
        return PiiKind::Address;
    if (key == QLatin1String("description") || key == QLatin1String("notes") || key == QLatin1String("note")
        || key == QLatin1String("body") || key == QLatin1String("subject"))
        return PiiKind::Text;
    if (entity == Entity::User)
        return PiiKind::None;
    if (key == QLatin1String("name") || key == QLatin1String("first_name") || key == QLatin1String("last_name")
        || key == QLatin1String("client_name") || key == QLatin1String("billing_contact")
        || key == QLatin1String("company") || key == QLatin1String("path"))
        return PiiKind::Name;
    return PiiKind::None;
}

PiiKind piiKindOf(Entity entity, const QString &fieldKey)
{
    const FieldSpec *spec = Entities::field(entity, fieldKey);
    return spec ? piiKindOf(entity, *spec) : PiiKind::None;
}

QString PrivacyMask::name(const QString &text)
{
    return maskWords(text, [](const QString &word) { return isKeptWord(word) ? word : initialAndDots(word); });
}

QString PrivacyMask::email(const QString &text)
{
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at < 0)
        return name(text);
    const QString local = text.left(at).trimmed();
    const QStringList labels = text.mid(at + 1).trimmed().split(QLatin1Char('.'));
    QStringList masked;
    for (qsizetype i = 0; i < labels.size(); ++i)
        masked << ((i + 1 == labels.size() && labels.size() > 1) ? labels.at(i) : initialAndDots(labels.at(i)));
    return initialAndDots(local) + QLatin1Char('@') + masked.join(QLatin1Char('.'));
}

QString PrivacyMask::phone(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.isLetterOrNumber())
            c = kDot;
    }
    return out;
}

QString PrivacyMask::address(const QString &text)
{
    return maskWords(text, [](const QString &word) {
        const bool hasDigit = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
        return hasDigit ? dots(std::min<qsizetype>(word.size(), 4)) : initialAndDots(word);
    });
}

QString PrivacyMask::freeText(const QString &text)
{
    // Nothing of the words is kept, only their rhythm, and at most a dozen of them.
    constexpr int kMaxWords = 12;
    int words = 0;
    bool cut = false;
    QString out = maskWords(text, [&](const QString &word) {
        ++words;
        if (words > kMaxWords) {
            cut = true;
            return QString();
        }
        return dots(std::clamp<qsizetype>(word.size(), 2, 5));
    });
    if (cut)
        out = out.trimmed() + QChar(0x2026);
    return out;
}

QString PrivacyMask::money(const QString &text)
{
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isDigit()) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first < 0)
        return text;
    const QString amount = text.mid(first, last - first + 1);
    // Cents after a dot or a comma (1,234.56 / 1 234,56 / 1.234,56) are kept as
    // two dots so the field still reads as money; the size of the amount is not.
    QString masked = dots(3);
    if (amount.size() >= 4) {
        const QChar separator = amount.at(amount.size() - 3);
        if ((separator == QLatin1Char('.') || separator == QLatin1Char(',')) && amount.at(amount.size() - 2).isDigit())
            masked += separator + dots(2);
    }
    return text.left(first) + masked + text.mid(last + 1);
}

QString PrivacyMask::amountsIn(const QString &text)
{
    // A number with cents after a dot or a comma, group separators allowed
    // (comma, dot, no-break and narrow no-break spaces); hours ("1:51 h") and
    // counts have no cents and stay.
    static const QRegularExpression amount(QStringLiteral("\\d[\\d,.\\x{00a0}\\x{202f}]*[.,]\\d\\d(?!\\d)"));
    QString out;
    qsizetype from = 0;
    for (QRegularExpressionMatchIterator it = amount.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += text.mid(from, match.capturedStart() - from) + money(match.captured());
        from = match.capturedEnd();
    }
    return out + text.mid(from);
}

QString PrivacyMask::mask(PiiKind kind, const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (kind) {
    case PiiKind::None:
        return text;
    case PiiKind::Name:
        return name(text);
    case PiiKind::Email:
        return email(text);
    case PiiKind::Phone:
        return phone(text);
    case PiiKind::Address:
        return address(text);
    case PiiKind::Text:
        return freeText(text);
    case PiiKind::Money:
        return money(text);
    }
    return text;
}

PrivacyState *PrivacyState::instance()
{
    // Lives as long as the process: proxies and windows may outlive any owner.
    static auto *state = new PrivacyState;
    return state;
}

void PrivacyState::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    emit enabledChanged(enabled);
}

PrivacyProxyModel::PrivacyProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{
    connect(PrivacyState::instance(), &PrivacyState::enabledChanged, this, &PrivacyProxyModel::refresh);
}

PiiKind PrivacyProxyModel::kindAt(const QModelIndex &index) const
{
    if (!index.isValid() || !sourceModel())
        return PiiKind::None;
    const QModelIndex source = mapToSource(index);
    const QVariant cell = source.data(PiiKindRole);
    if (cell.isValid())
        return static_cast<PiiKind>(cell.toInt());
    return static_cast<PiiKind>(sourceModel()->headerData(source.column(), Qt::Horizontal, PiiKindRole).toInt());
}

QVariant PrivacyProxyModel::data(const QModelIndex &index, int role) const
{
    const QVariant value = QIdentityProxyModel::data(index, role);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
    case Qt::StatusTipRole:
    case Qt::WhatsThisRole:
    case Qt::AccessibleTextRole:
    case Qt::AccessibleDescriptionRole:
        break;
    default:
        return value;
    }
    if (!PrivacyState::instance()->isEnabled() || !value.isValid() || value.isNull())
        return value;
    const PiiKind kind = kindAt(index);
    if (kind == PiiKind::None)
        return value;
    return PrivacyMask::mask(kind, value.toString());
}

Qt::ItemFlags PrivacyProxyModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QIdentityProxyModel::flags(index);
    if (PrivacyState::instance()->isEnabled() && kindAt(index) != PiiKind::None)
        flags &= ~Qt::ItemIsEditable;
    return flags;
}

void PrivacyProxyModel::refresh()
{
    const int rows = rowCount();
    const int columns = columnCount();
    if (rows > 0 && columns > 0)
        emit dataChanged(index(0, 0), index(rows - 1, columns - 1));
    if (columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
}

QModelIndex PrivacyProxyModel::toSource(const QModelIndex &index)
{
    if (const auto *proxy = qobject_cast<const PrivacyProxyModel *>(index.model()))
        return proxy->mapToSource(index);
    return index;
}

QModelIndex PrivacyProxyModel::fromSource(const QAbstractItemModel *model, const QModelIndex &sourceIndex)
{
    if (const auto *proxy = qobject_cast<const PrivacyProxyModel *>(model)) {
        if (sourceIndex.model() == proxy->sourceModel())
            return proxy->mapFromSource(sourceIndex);
    }
    return sourceIndex;
}

} // namespace Cutover
