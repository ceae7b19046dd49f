#include "StepSidePanel.h"

#include "StepListModel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Cutover {

namespace {

// Draws a state marker (empty ring, half-filled ring, filled ring with a tick),
// the step's name and its state underneath. Painted rather than bitmap icons so
// it stays sharp at any scale and follows the palette, dark ones included.
class StepDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return { 180, fm.height() * 2 + fm.height() };
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, widget);

        const auto state = static_cast<StepState>(index.data(StepListModel::StateRole).toInt());
        const bool current = index.data(StepListModel::IsCurrentRole).toBool();
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
        const QColor text = opt.palette.color(textRole);
        const QColor accent = selected ? text : opt.palette.color(QPalette::Highlight);

        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QFontMetrics fm(opt.font);
        const int d = fm.height();
        const QRect r = opt.rect.adjusted(8, 0, -6, 0);
        const QRectF ring(r.left() + 0.5, r.center().y() - d / 2.0 + 0.5, d - 1.0, d - 1.0);
        p->setPen(QPen(state == StepState::NotStarted ? text : accent, 1.5));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(ring);
        if (state == StepState::InProgress) {
            QPainterPath half;
            half.moveTo(ring.center());
            half.arcTo(ring.adjusted(2, 2, -2, -2), 90, 180);
            half.closeSubpath();
            p->fillPath(half, accent);
        } else if (state == StepState::Done) {
            p->setBrush(accent);
            p->drawEllipse(ring);
            QPen tick(opt.palette.color(selected ? QPalette::Highlight : QPalette::Base), 1.8);
            p->setPen(tick);
            const QPointF c = ring.center();
            const qreal s = ring.width() / 4.0;
            p->drawPolyline(QList<QPointF> {
                { c.x() - s, c.y() }, { c.x() - s / 3, c.y() + s * 0.8 }, { c.x() + s * 1.1, c.y() - s * 0.8 } });
        }

        QFont titleFont = opt.font;
        titleFont.setBold(current);
        const int x = r.left() + d + 8;
        const QRect titleRect(x, r.center().y() - fm.height(), r.right() - x, fm.height());
        p->setFont(titleFont);
        p->setPen(text);
        p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(titleFont).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                       titleRect.width()));
        QFont small = opt.font;
        small.setPointSizeF(opt.font.pointSizeF() * 0.85);
        p->setFont(small);
        QColor dim = text;
        dim.setAlphaF(0.7f);
        p->setPen(dim);
        p->drawText(QRect(x, r.center().y(), r.right() - x, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    Steps::stateTitle(state));

        // The style's focus frame is a faint tint, lost on the selection this row
        // usually has: a ring in the text colour shows where the keyboard is.
        if (opt.state & QStyle::State_HasFocus) {
            p->setPen(QPen(selected ? text : opt.palette.color(QPalette::Highlight), 2));
            p->setBrush(Qt::NoBrush);
            p->drawRoundedRect(QRectF(opt.rect).adjusted(2, 2, -2, -2), 3, 3);
        }
        p->restore();
    }
};

} // namespace

StepSidePanel::StepSidePanel(StepListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("stepSidePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("<b>Steps</b>"), this);
    heading->setBuddy(m_view);
    layout->addWidget(heading);
    layout->addWidget(m_view, 1);

    m_view->setObjectName(QStringLiteral("stepList"));
    m_view->setModel(model);
    m_view->setItemDelegate(new StepDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setAccessibleName(tr("Migration steps"));
    m_view->setMinimumWidth(190);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->viewport()->setAutoFillBackground(false);

    connect(m_view, &QListView::clicked, this, &StepSidePanel::activate);
    m_view->installEventFilter(this);
}

bool StepSidePanel::eventFilter(QObject *watched, QEvent *event)
{
    // Enter goes to the step; without this the wizard would also take it as "Next".
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space)
            && m_view->currentIndex().isValid()) {
            activate(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StepSidePanel::activate(const QModelIndex &index)
{
    if (index.isValid())
        emit stepActivated(static_cast<WizardStep>(index.data(StepListModel::StepRole).toInt()));
}

void StepSidePanel::setCurrentStep(WizardStep step)
{
    m_view->setCurrentIndex(m_view->model()->index(static_cast<int>(step), 0));
}

} // namespace Cutover
