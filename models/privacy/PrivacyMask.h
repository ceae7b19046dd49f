#pragma once

#include "domain/Entity.h"

#include <QIdentityProxyModel>
#include <QObject>
#include <QString>

namespace Cutover {

// What a piece of displayed data reveals about a client, for the privacy mask
// used on screen-shares. A model says it per column (headerData with
// PiiKindRole, Qt::Horizontal) or per cell (data with PiiKindRole), the cell
// winning; a column or cell that says nothing is shown as it is.
enum class PiiKind {
    None = 0,
    Name, // a person, client, contact, firm or matter name
    Email,
    Phone,
    Address,
    Text, // descriptions, notes, free text that may quote a client
    Money,
};

// What a staged field reveals: money by its type; names, e-mails, phones,
// addresses and free text by the field. Record keys (client and matter numbers)
// and the firm's own users are not client data and stay as they are.
PiiKind piiKindOf(Entity entity, const QString &fieldKey);
PiiKind piiKindOf(Entity entity, const FieldSpec &field);

// The role a model answers with a PiiKind (as int) for a cell or a column.
inline constexpr int PiiKindRole = Qt::UserRole + 0x7e10;

// The masking itself, one function per kind; pure, so the report of what is
// shown can be checked without a display. Masks keep the shape that helps a
// viewer follow the screen (the first letter of a name's words, an e-mail's
// top-level domain, a currency sign) and hide the rest, including the length
// of long words and the size of an amount: "Harbor & Pine LLP" shows as
// "H•••• & P••• LLP", $12,480.00 as "$•••.••".
namespace PrivacyMask {
inline constexpr QChar kDot = QChar(0x2022);

QString name(const QString &text);
QString email(const QString &text);
QString phone(const QString &text);
QString address(const QString &text);
QString freeText(const QString &text);
QString money(const QString &text);
QString mask(PiiKind kind, const QString &text);
// Every amount inside a sentence ("515.00 unbilled, 4,100.01 in trust") masked
// as money, the words left as they are: for summaries that mix the two.
QString amountsIn(const QString &text);
} // namespace PrivacyMask

// Whether the mask is on, for the whole application. Not saved: every session
// starts unmasked, and a specialist turns it on before sharing the screen.
class PrivacyState : public QObject
{
    Q_OBJECT

public:
    static PrivacyState *instance();

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

signals:
    void enabledChanged(bool enabled);

private:
    using QObject::QObject;
    bool m_enabled = false;
};

// Sits between a page's model and its view: while the mask is on, the display,
// tool-tip and accessible text of every cell its model marks with PiiKindRole
// are masked, and such cells cannot be edited (an editor would show, and could
// write back, the real value). Rows, columns, sorting, selection and every
// other role pass through unchanged, so a page keeps working on its model;
// `toSource` turns the view's index back into the model's.
class PrivacyProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit PrivacyProxyModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    PiiKind kindAt(const QModelIndex &index) const;

    // `index` from a view showing a PrivacyProxyModel mapped to the model
    // under it; any other index unchanged.
    static QModelIndex toSource(const QModelIndex &index);
    // `sourceIndex` mapped into the proxy over its model when `model` is one;
    // unchanged otherwise.
    static QModelIndex fromSource(const QAbstractItemModel *model, const QModelIndex &sourceIndex);

private:
    void refresh();
};

} // namespace Cutover
