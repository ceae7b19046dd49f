#include "ReviewPage.h"

namespace Cutover {

ReviewPage::ReviewPage(ProjectSession *session, QWidget *parent)
    : StepPage(WizardStep::Review, session, parent)
{
    setSubTitle(tr("Check the result within three business days of the import."));
    setHelpText(tr("Cutover reconciles counts and money per client (work in progress, receivables, trust) between the "
                   "old and the new system, picks records for spot checks, tracks the three-business-day deadline and "
                   "records the sign-off in a report."));
}

} // namespace Cutover
