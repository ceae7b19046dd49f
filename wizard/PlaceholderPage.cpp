#include "PlaceholderPage.h"

namespace Cutover {

PlaceholderPage::PlaceholderPage(ProjectSession *session, QWidget *parent)
    : StepPage(WizardStep::Placeholder, session, parent)
{
    setSubTitle(tr("Keep tracking time while the migration runs."));
    setHelpText(tr("New clients go straight into the new system. Time for existing clients is tracked on a placeholder "
                   "matter in the new system or in the time-tracking spreadsheets Cutover writes, and moved to the "
                   "right matters once they exist."));
}

} // namespace Cutover
