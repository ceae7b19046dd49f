#include "ExportDelegates.h"

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
    // Light fills that keep the text readable; selection still wins.
    const bool error = tone == Tone::Error;
    option->backgroundBrush = QBrush(error ? QColor(0xfd, 0xe3, 0xe3) : QColor(0xff, 0xf3, 0xcd));
    option->palette.setColor(QPalette::Text, error ? QColor(0x9b, 0x1c, 0x1c) : QColor(0x6b, 0x4a, 0x00));
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
