#include "CloseOutPage.h"

namespace Cutover {

CloseOutPage::CloseOutPage(ProjectSession *session, QWidget *parent)
    : StepPage(WizardStep::CloseOut, session, parent)
{
    setSubTitle(tr("Finish the work in the old system before the final export."));
    setHelpText(
        tr("Invoice outstanding time and expenses, apply credits and trust payments to open bills, save the banking "
           "and trust reports, and turn off calendar and contact syncs. Cutover analyses a trial export to show what "
           "is still open per client, keeps the checklist and the approvals of the billing contact and every "
           "administrator, and files the reports you saved for the new system's Historical Data folder."));
}

} // namespace Cutover
