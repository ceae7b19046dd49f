#include "ImportPage.h"

#include "ProjectSession.h"
#include "closeout/CloseOutRecords.h"
#include "closeout/CloseOutTables.h"
#include "store/ProjectStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

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

    auto *row = new QHBoxLayout;
    m_gate = new QLabel(this);
    m_gate->setObjectName(QStringLiteral("importGate"));
    m_gate->setWordWrap(true);
    m_gate->setTextFormat(Qt::RichText);
    m_gate->setFrameShape(QFrame::StyledPanel);
    m_gate->setMargin(6);
    m_goToCloseOut = new QPushButton(tr("Go to &Close out"), this);
    m_goToCloseOut->setObjectName(QStringLiteral("goToCloseOut"));
    row->addWidget(m_gate, 1);
    row->addWidget(m_goToCloseOut, 0, Qt::AlignTop);
    contentLayout()->addLayout(row);
    contentLayout()->addStretch(1);

    connect(m_goToCloseOut, &QPushButton::clicked, this, &ImportPage::closeOutRequested);
    connect(session, &ProjectSession::projectChanged, this, &ImportPage::refreshGate);
    refreshGate();
}

void ImportPage::initializePage()
{
    StepPage::initializePage();
    refreshGate();
}

void ImportPage::refreshGate()
{
    ProjectStore *store = session()->store();
    if (!store) {
        m_allowed = false;
        m_gate->setText(tr("No project is open."));
        m_goToCloseOut->setVisible(false);
        return;
    }
    const ImportGateStatus gate = CloseOutRecords::importGate(store->database());
    m_allowed = gate.ready();
    if (gate.checklistComplete && gate.approvalsComplete)
        m_gate->setText(tr("<b>Close-out complete.</b> The checklist is done and every approval is recorded."));
    else if (gate.overridden)
        m_gate->setText(tr("<b>Close-out overridden</b> by %1 on %2: “%3”. Still open:")
                            .arg(gate.overrideBy.toHtmlEscaped(),
                                 QLocale().toString(gate.overrideAtUtc.toLocalTime(), QLocale::ShortFormat),
                                 gate.overrideReason.toHtmlEscaped())
                        + CloseOutTables::missingHtml(gate));
    else
        m_gate->setText(tr("<b>The import cannot start yet.</b> Finish the close-out first (or override it there "
                           "with a reason):")
                        + CloseOutTables::missingHtml(gate));
    m_goToCloseOut->setVisible(!(gate.checklistComplete && gate.approvalsComplete));
}

} // namespace Cutover
