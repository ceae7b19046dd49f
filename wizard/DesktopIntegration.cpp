#include "DesktopIntegration.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QPointer>
#include <QVariantMap>

#include <algorithm>
#include <cmath>

namespace Cutover {

DesktopIntegration::DesktopIntegration(QObject *parent)
    : QObject(parent)
{
}

DesktopIntegration *DesktopIntegration::instance()
{
    // Owned by the application, so it goes (with its last launcher update) before the bus does.
    static QPointer<DesktopIntegration> self;
    if (!self)
        self = new DesktopIntegration(QCoreApplication::instance());
    return self;
}

QString DesktopIntegration::desktopFileId()
{
    return QStringLiteral("app.cutover.Cutover");
}

QString DesktopIntegration::launcherObjectPath()
{
    return QStringLiteral("/app/cutover/Cutover/LauncherEntry");
}

void DesktopIntegration::setProgress(const QObject *owner, double fraction)
{
    if (!owner)
        return;
    if (!m_progress.contains(owner))
        connect(owner, &QObject::destroyed, this, [this, owner] { clearProgress(owner); });
    m_progress.insert(owner, std::clamp(fraction, 0.0, 1.0));
    sendLauncherUpdate();
}

void DesktopIntegration::clearProgress(const QObject *owner)
{
    if (m_progress.remove(owner) == 0)
        return;
    disconnect(owner, &QObject::destroyed, this, nullptr);
    sendLauncherUpdate();
}

void DesktopIntegration::sendLauncherUpdate()
{
    const bool visible = !m_progress.isEmpty();
    double fraction = 1;
    for (double f : std::as_const(m_progress))
        fraction = std::min(fraction, f);
    if (!visible)
        fraction = 0;
    // A signal per whole per cent is plenty for a bar a few pixels wide.
    if (visible == m_sentVisible && std::lround(fraction * 100) == std::lround(m_sentFraction * 100))
        return;
    m_sentVisible = visible;
    m_sentFraction = fraction;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage update = QDBusMessage::createSignal(
        launcherObjectPath(), QStringLiteral("com.canonical.Unity.LauncherEntry"), QStringLiteral("Update"));
    update << QStringLiteral("application://%1.desktop").arg(desktopFileId())
           << QVariantMap { { QStringLiteral("progress"), fraction }, { QStringLiteral("progress-visible"), visible } };
    bus.send(update);
}

void DesktopIntegration::notify(const QString &title, const QString &body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    const QString text = m_bodyFilter ? m_bodyFilter(body) : body;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    // The body is markup for most servers (GNOME, Plasma, dunst): "Harbor & Pine" must be escaped.
    call << QCoreApplication::applicationName() << uint(0) << desktopFileId() << title << text.toHtmlEscaped()
         << QStringList() << QVariantMap { { QStringLiteral("desktop-entry"), desktopFileId() } } << int(-1);
    // Asynchronous and unanswered: without a notification service the error reply is dropped.
    bus.asyncCall(call);
}

} // namespace Cutover
