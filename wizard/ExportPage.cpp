#include "ExportPage.h"

namespace Cutover {

ExportPage::ExportPage(ProjectSession *session, QWidget *parent)
    : StepPage(WizardStep::Export, session, parent)
{
    setSubTitle(tr("Load the old system's export files and check every row."));
    setHelpText(tr("Add the CSV and Excel files the old system exported, or connect to its database. Cutover "
                   "recognises what each file holds, maps its columns, validates every row and finds duplicates. "
                   "Problems are listed with file, row and column; nothing is dropped silently."));
}

} // namespace Cutover
