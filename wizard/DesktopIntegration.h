#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace Cutover {

// What the desktop offers around the window, over the session D-Bus: a
// notification (org.freedesktop.Notifications) when a long job ends while the
// user looks elsewhere, and progress on the launcher or task bar entry
// (com.canonical.Unity.LauncherEntry, read by KDE Plasma, Dash to Dock, Unity).
// Without a session bus or a notification service this does nothing, silently:
// it is a courtesy, never a place where a job can fail.
class DesktopIntegration : public QObject
{
    Q_OBJECT

public:
    static DesktopIntegration *instance();

    // The desktop file (without .desktop) the launcher entry and notifications name.
    static QString desktopFileId();
    // The object path the launcher entry's Update signal is sent from.
    static QString launcherObjectPath();

    // Progress of one running job, 0..1, keyed by `owner` (cleared when it is
    // destroyed); the launcher shows the least advanced of the running jobs.
    void setProgress(const QObject *owner, double fraction);
    void clearProgress(const QObject *owner);
    // The fraction last sent to the launcher; -1 when no progress is shown.
    double launcherProgress() const { return m_sentVisible ? m_sentFraction : -1; }

    // Shows a desktop notification, asynchronously; the body passes the body filter first.
    void notify(const QString &title, const QString &body);
    // Applied to every notification body before it leaves the program (the
    // privacy mask plugs in here, so a screen share does not show client data).
    void setBodyFilter(std::function<QString(const QString &)> filter) { m_bodyFilter = std::move(filter); }

private:
    explicit DesktopIntegration(QObject *parent = nullptr);
    void sendLauncherUpdate();

    QHash<const QObject *, double> m_progress;
    std::function<QString(const QString &)> m_bodyFilter;
    double m_sentFraction = -1;
    bool m_sentVisible = false;
};

} // namespace Cutover
