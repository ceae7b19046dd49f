#pragma once

class QCoreApplication;

namespace Cutover {

// Names and version shared by both programs: they decide where QSettings and the
// per-user data folder (the demo project) live.
void configureApplication(QCoreApplication &app);

} // namespace Cutover
