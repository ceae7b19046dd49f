#include "PresenterMode.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace Cutover {

namespace {
const char *const kSettingsKey = "view/presenterMode";
}

PresenterMode *PresenterMode::instance()
{
    static auto *mode = new PresenterMode;
    return mode;
}

void PresenterMode::restore()
{
    m_enabled = QSettings().value(QLatin1String(kSettingsKey), false).toBool();
    apply();
    emit enabledChanged(m_enabled);
}

void PresenterMode::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    QSettings().setValue(QLatin1String(kSettingsKey), enabled);
    apply();
    emit enabledChanged(enabled);
}

int PresenterMode::rowHeight(const QWidget *widget)
{
    const int text = widget->fontMetrics().height();
    return text + (instance()->isEnabled() ? text / 2 + 8 : 10);
}

void PresenterMode::apply()
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    QFont font = QApplication::font();
    if (m_basePointSize <= 0)
        m_basePointSize = font.pointSizeF() > 0 ? font.pointSizeF() : 10.0;
    font.setPointSizeF(m_enabled ? m_basePointSize * kScale : m_basePointSize);
    QApplication::setFont(font);
    // Buttons a pointer finds easily on a shared screen: taller, wider, and the
    // focused one outlined (the style's own look otherwise).
    app->setStyleSheet(m_enabled ? QStringLiteral("QPushButton, QToolButton { min-height: 2.1em; padding: 4px 14px; }"
                                                  "QCheckBox::indicator, QRadioButton::indicator { width: 1.1em; "
                                                  "height: 1.1em; }")
                                 : QString());
    for (QWidget *widget : QApplication::allWidgets()) {
        if (auto *table = qobject_cast<QTableView *>(widget))
            table->verticalHeader()->setDefaultSectionSize(rowHeight(table));
    }
}

} // namespace Cutover
