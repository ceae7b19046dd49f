#pragma once

#include <QObject>

class QApplication;
class QWidget;

namespace Cutover {

// Presenter mode, for a screen-share: larger text and table rows, roomier
// buttons, and each step's help kept open. Remembered on this machine
// (QSettings), applied to the whole application.
class PresenterMode : public QObject
{
    Q_OBJECT

public:
    static PresenterMode *instance();

    bool isEnabled() const { return m_enabled; }
    // Applies and remembers the choice.
    void setEnabled(bool enabled);
    // Reads the remembered choice and applies it; call once at start-up.
    void restore();

    // How much larger text is in presenter mode.
    static constexpr double kScale = 1.3;
    // The row height a table of `widget`'s font should have now.
    static int rowHeight(const QWidget *widget);

signals:
    void enabledChanged(bool enabled);

private:
    using QObject::QObject;
    void apply();

    bool m_enabled = false;
    double m_basePointSize = 0;
};

} // namespace Cutover
