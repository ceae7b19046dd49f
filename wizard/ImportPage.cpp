#include "ImportPage.h"

namespace Cutover {

ImportPage::ImportPage(ProjectSession *session, QWidget *parent)
    : StepPage(WizardStep::Import, session, parent)
{
    setSubTitle(tr("Push the data into the new system."));
    setHelpText(tr(
        "Cutover matches the firm's users to the new system's users, then imports contacts, matters, time and expense "
        "entries, notes and documents in dependency order. Every record is written to a ledger, so an interrupted "
        "import resumes without duplicates. Trust "
        "balances and receivables the new system cannot take through its API are prepared as worksheets."));
}

} // namespace Cutover
