#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace Cutover {

// An item delegate whose look is decided by a function (colours, icons, fonts
// from the model's roles), and whose editor is a combo box when a second
// function offers choices for the cell. The combo commits as soon as a choice is
// made; editable combos also take typed text.
class ExportCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct Choice
    {
        QString text;
        QVariant value;
    };
    using Decorate = std::function<void(QStyleOptionViewItem *, const QModelIndex &)>;
    using Choices = std::function<QList<Choice>(const QModelIndex &)>;
    using Editable = std::function<bool(const QModelIndex &)>;

    explicit ExportCellDelegate(QObject *parent = nullptr);

    void setDecorate(Decorate decorate) { m_decorate = std::move(decorate); }
    // No function, or no choices for a cell: the usual editor.
    void setChoices(Choices choices, Editable typedTextAllowed = {});

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // The colours of a cell with a problem; views keep them in one place.
    enum class Tone { Error, Warning };
    static void applyTone(QStyleOptionViewItem *option, Tone tone);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Decorate m_decorate;
    Choices m_choices;
    Editable m_typedText;
};

} // namespace Cutover
