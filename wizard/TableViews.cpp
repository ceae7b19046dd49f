#include "TableViews.h"

#include "PresenterMode.h"
#include "privacy/PrivacyMask.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>

#include <algorithm>

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
    view->verticalHeader()->setDefaultSectionSize(PresenterMode::rowHeight(view));
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setTabKeyNavigation(false);
    return view;
}

void setMaskedModel(QAbstractItemView *view, QAbstractItemModel *model)
{
    auto *proxy = new PrivacyProxyModel(view);
    proxy->setSourceModel(model);
    view->setModel(proxy);
}

namespace {
const char *const kRawTextProperty = "cutoverUnmaskedText";
const char *const kNamesProperty = "cutoverMaskedNames";

QString masked(QString text, QStringList names)
{
    // Longest first, so "Baker & Co" is masked whole before "Baker" could be.
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &name : std::as_const(names)) {
        if (name.trimmed().size() >= 2)
            text.replace(name, PrivacyMask::name(name));
    }
    return PrivacyMask::amountsIn(text);
}
} // namespace

void setMaskedText(QLabel *label, const QString &text, const QStringList &names)
{
    // One connection for the whole application re-renders every such label.
    static const bool connected = [] {
        QObject::connect(PrivacyState::instance(), &PrivacyState::enabledChanged, qApp, [] {
            for (QWidget *widget : QApplication::allWidgets()) {
                const QVariant raw = widget->property(kRawTextProperty);
                if (auto *each = qobject_cast<QLabel *>(widget); each && raw.isValid())
                    setMaskedText(each, raw.toString(), each->property(kNamesProperty).toStringList());
            }
        });
        return true;
    }();
    Q_UNUSED(connected)
    label->setProperty(kRawTextProperty, text);
    label->setProperty(kNamesProperty, names);
    label->setText(PrivacyState::instance()->isEnabled() ? masked(text, names) : text);
}

void fitColumns(QTableView *view)
{
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->resizeColumnsToContents();
    view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace Cutover
