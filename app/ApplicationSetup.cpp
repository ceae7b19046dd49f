#include "ApplicationSetup.h"

#include <QCoreApplication>

namespace Cutover {

void configureApplication(QCoreApplication &app)
{
    Q_UNUSED(app)
    QCoreApplication::setOrganizationName(QStringLiteral("Cutover"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("cutover.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Cutover"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUTOVER_VERSION));
}

} // namespace Cutover
