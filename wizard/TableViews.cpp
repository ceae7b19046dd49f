#include "TableViews.h"

#include <QHeaderView>
#include <QPainter>

namespace Cutover {

void PlaceholderTableView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void PlaceholderTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_placeholder.isEmpty() || (model() && model()->rowCount() > 0))
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(12, 8, -12, -8), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}

PlaceholderTableView *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName,
                                const QString &placeholder)
{
    auto *view = new PlaceholderTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setPlaceholderText(placeholder);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setTabKeyNavigation(false);
    return view;
}

void fitColumns(QTableView *view)
{
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->resizeColumnsToContents();
    view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace Cutover
