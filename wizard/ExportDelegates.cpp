#include "ExportDelegates.h"

#include "Palette.h"

#include <QComboBox>
#include <QLineEdit>

namespace Cutover {

ExportCellDelegate::ExportCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void ExportCellDelegate::setChoices(Choices choices, Editable typedTextAllowed)
{
    m_choices = std::move(choices);
    m_typedText = std::move(typedTextAllowed);
}

void ExportCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_decorate)
        m_decorate(option, index);
}

void ExportCellDelegate::applyTone(QStyleOptionViewItem *option, Tone tone)
{
    // Quiet fills that keep the text readable in light and dark palettes; selection still wins.
    const Palette::Status status = tone == Tone::Error ? Palette::Status::Error : Palette::Status::Warning;
    option->backgroundBrush = QBrush(Palette::fill(status, option->palette));
    option->palette.setColor(QPalette::Text, Palette::textOnFill(status, option->palette));
}

QWidget *ExportCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const QList<Choice> choices = m_choices ? m_choices(index) : QList<Choice> {};
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("cellChoice"));
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    combo->setEditable(m_typedText && m_typedText(index));
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const Choice &c : choices)
        combo->addItem(c.text, c.value);
    // A choice made with the mouse or the keyboard is taken at once.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ExportCellDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ExportCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QVariant value = index.data(Qt::EditRole);
    int at = combo->findData(value);
    if (at < 0)
        at = combo->findText(value.toString());
    if (at >= 0)
        combo->setCurrentIndex(at);
    else if (combo->isEditable())
        combo->setEditText(value.toString());
}

void ExportCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (combo->isEditable() && combo->currentText() != combo->itemText(combo->currentIndex())) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    const QVariant value = combo->currentData();
    if (value != index.data(Qt::EditRole))
        model->setData(index, value, Qt::EditRole);
}

} // namespace Cutover
