#include "CutoffPage.h"

namespace Cutover {

CutoffPage::CutoffPage(ProjectSession *session, QWidget *parent)
    : StepPage(WizardStep::Cutoff, session, parent)
{
    setSubTitle(tr("Pick the moment after which new work goes into the new system only."));
    setHelpText(tr("Choose the cutoff date, time and time zone. Cutover freezes it, flags rows created or changed "
                   "after it, and compares any later re-export against the final export so that work entered after the "
                   "cutoff is listed and imported, not lost."));
}

} // namespace Cutover
