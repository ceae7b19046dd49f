#include "CloseOutPage.h"

#include "JobProgressPanel.h"
#include "ProjectSession.h"
#include "RecordTableModel.h"
#include "TableViews.h"
#include "closeout/CloseOutRecords.h"
#include "closeout/CloseOutTables.h"
#include "closeout/CutoffStore.h"
#include "domain/LocaleFormat.h"
#include "privacy/PrivacyMask.h"
#include "staging/PreviewModel.h"
#include "store/ProjectStore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Cutover {

namespace {

QString money(qint64 cents)
{
    return PreviewModel::formatCents(cents, QLocale());
}

QPushButton *button(QWidget *parent, const QString &text, const QString &name, const QString &tip)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(tip);
    return b;
}

} // namespace

CloseOutPage::CloseOutPage(ProjectSession *session, QWidget *parent)
    : StepPage(WizardStep::CloseOut, session, parent)
{
    setSubTitle(tr("Finish the work in the old system before the final export."));
    setHelpText(
        tr("Invoice outstanding time and expenses, apply credits and trust payments to open bills, save the banking "
           "and trust reports, and turn off calendar and contact syncs. Cutover analyses a trial export to show what "
           "is still open per client, keeps the checklist and the approvals of the billing contact and every "
           "administrator, and files the reports you saved for the new system's Historical Data folder."));

    QVBoxLayout *layout = contentLayout();

    auto *top = new QHBoxLayout;
    m_snapshotLine = new QLabel(this);
    m_snapshotLine->setObjectName(QStringLiteral("closeoutSnapshot"));
    m_snapshotLine->setWordWrap(true);
    m_analyse = button(this, tr("&Analyse again"), QStringLiteral("analyse"),
                       tr("Reads the newest snapshot again (load a fresh trial export on the Export step first)."));
    top->addWidget(m_snapshotLine, 1);
    top->addWidget(m_analyse);
    layout->addLayout(top);
    m_progress = new JobProgressPanel(this);
    layout->addWidget(m_progress);

    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("closeoutFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_figures);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("closeoutWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setVisible(false);
    layout->addWidget(m_warnings);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("closeoutTabs"));
    layout->addWidget(m_tabs, 1);

    // --- Open items per client, with the matters and the rows behind a figure.
    auto *openTab = new QWidget(m_tabs);
    auto *openLayout = new QVBoxLayout(openTab);
    auto *split = new QSplitter(Qt::Vertical, openTab);
    m_clients = new RecordTableModel(this);
    m_clientsSorted = new QSortFilterProxyModel(this);
    m_clientsSorted->setSourceModel(m_clients);
    m_clientsSorted->setSortRole(RecordTableModel::SortRole);
    m_clientsView = makeTable(split, QStringLiteral("closeoutClients"), tr("Open items per client"),
                              tr("Clients with open items or missing billing details appear here once a snapshot is "
                                 "analysed."));
    setMaskedModel(m_clientsView, m_clientsSorted);
    m_clientsView->setSortingEnabled(true);
    m_matters = new RecordTableModel(this);
    m_mattersView = makeTable(split, QStringLiteral("closeoutMatters"), tr("Open items per matter of the client"),
                              tr("Select a client to see its matters."));
    setMaskedModel(m_mattersView, m_matters);
    auto *drill = new QWidget(split);
    auto *drillLayout = new QVBoxLayout(drill);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    auto *drillTop = new QHBoxLayout;
    auto *categoryLabel = new QLabel(tr("Ro&ws behind:"), drill);
    m_category = new QComboBox(drill);
    m_category->setObjectName(QStringLiteral("closeoutCategory"));
    m_category->setAccessibleName(tr("Which figure's rows to show"));
    using C = CloseOutAnalysis::Category;
    for (C c : { C::UnbilledTime, C::UnbilledExpenses, C::DraftInvoices, C::OpenInvoices, C::Unapplied, C::Trust })
        m_category->addItem(CloseOutTables::categoryTitle(c), int(c));
    categoryLabel->setBuddy(m_category);
    m_rowsLine = new QLabel(drill);
    m_rowsLine->setObjectName(QStringLiteral("closeoutRowsLine"));
    drillTop->addWidget(categoryLabel);
    drillTop->addWidget(m_category);
    drillTop->addWidget(m_rowsLine, 1);
    drillLayout->addLayout(drillTop);
    m_rows = new RecordTableModel(this);
    m_rowsView = makeTable(drill, QStringLiteral("closeoutRows"), tr("Rows behind the figure"),
                           tr("Select a client (and a matter) to see the rows behind its figures."));
    setMaskedModel(m_rowsView, m_rows);
    drillLayout->addWidget(m_rowsView);
    split->addWidget(m_clientsView);
    split->addWidget(m_mattersView);
    split->addWidget(drill);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 4);
    split->setSizes({ 500, 200, 400 });
    openLayout->addWidget(split);
    m_tabs->addTab(openTab, tr("&Open items"));

    // --- Invoice numbering and users.
    auto *numberingTab = new QWidget(m_tabs);
    auto *numberingLayout = new QVBoxLayout(numberingTab);
    m_series = new RecordTableModel(this);
    auto *seriesView = makeTable(numberingTab, QStringLiteral("closeoutSeries"), tr("Invoice numbering"),
                                 tr("No invoices in the snapshot."));
    seriesView->setModel(m_series);
    m_users = new RecordTableModel(this);
    auto *usersView = makeTable(numberingTab, QStringLiteral("closeoutUsers"), tr("Users in the export"),
                                tr("No users in the snapshot."));
    usersView->setModel(m_users);
    auto *seriesLabel =
        new QLabel(tr("<b>Invoice numbering</b> — set the new system to follow on from these:"), numberingTab);
    seriesLabel->setBuddy(seriesView);
    auto *usersLabel =
        new QLabel(tr("<b>Users</b> — active or not, with the e-mail each will sign in with:"), numberingTab);
    usersLabel->setBuddy(usersView);
    numberingLayout->addWidget(seriesLabel);
    numberingLayout->addWidget(seriesView, 1);
    numberingLayout->addWidget(usersLabel);
    numberingLayout->addWidget(usersView, 2);
    m_tabs->addTab(numberingTab, tr("Numbering and &users"));

    // --- Checklist.
    auto *checkTab = new QWidget(m_tabs);
    auto *checkLayout = new QVBoxLayout(checkTab);
    m_checklist = new RecordTableModel(this);
    m_checklistView = makeTable(checkTab, QStringLiteral("closeoutChecklist"), tr("Close-out checklist"));
    m_checklistView->setModel(m_checklist);
    m_checklistView->setToolTip(tr("Tick an item (Space) once it is done in the old system; who ticked it and when "
                                   "is kept."));
    auto *noteButton = button(checkTab, tr("Add a no&te…"), QStringLiteral("checklistNote"),
                              tr("A note on the selected item, e.g. where the report is filed."));
    auto *checkButtons = new QHBoxLayout;
    checkButtons->addStretch(1);
    checkButtons->addWidget(noteButton);
    checkLayout->addWidget(m_checklistView, 1);
    checkLayout->addLayout(checkButtons);
    m_tabs->addTab(checkTab, tr("Chec&klist"));

    // --- Reports for the Historical Data folder.
    auto *docsTab = new QWidget(m_tabs);
    auto *docsLayout = new QVBoxLayout(docsTab);
    auto *docsIntro = new QLabel(tr("Reports saved from the old system (trust ledger, bank reconciliation, aged "
                                    "receivables...) are copied into the project with their SHA-256; the import "
                                    "uploads them to a “Historical Data” folder."),
                                 docsTab);
    docsIntro->setWordWrap(true);
    docsLayout->addWidget(docsIntro);
    m_documents = new RecordTableModel(this);
    m_documentsView = makeTable(docsTab, QStringLiteral("closeoutDocuments"), tr("Historical Data reports"),
                                tr("Attach the reports you saved from the old system."));
    m_documentsView->setModel(m_documents);
    docsLayout->addWidget(m_documentsView, 1);
    m_attachProgress = new JobProgressPanel(docsTab);
    docsLayout->addWidget(m_attachProgress);
    auto *docButtons = new QHBoxLayout;
    auto *attach = button(docsTab, tr("A&ttach reports…"), QStringLiteral("attachReports"),
                          tr("Copies the chosen files into the project."));
    auto *saveCopy = button(docsTab, tr("&Save a copy…"), QStringLiteral("saveReportCopy"),
                            tr("Writes the selected report from the project to a file."));
    auto *removeDoc = button(docsTab, tr("Re&move"), QStringLiteral("removeReport"),
                             tr("Takes the selected report out of the project."));
    docButtons->addWidget(attach);
    docButtons->addStretch(1);
    docButtons->addWidget(saveCopy);
    docButtons->addWidget(removeDoc);
    docsLayout->addLayout(docButtons);
    m_tabs->addTab(docsTab, tr("&Reports"));

    // --- Approvals and the import gate.
    auto *approvalTab = new QWidget(m_tabs);
    auto *approvalLayout = new QVBoxLayout(approvalTab);
    m_gate = new QLabel(approvalTab);
    m_gate->setObjectName(QStringLiteral("importGate"));
    m_gate->setWordWrap(true);
    m_gate->setTextFormat(Qt::RichText);
    m_gate->setFrameShape(QFrame::StyledPanel);
    m_gate->setMargin(6);
    approvalLayout->addWidget(m_gate);
    m_approvers = new RecordTableModel(this);
    m_approversView = makeTable(approvalTab, QStringLiteral("closeoutApprovers"), tr("Approvers"),
                                tr("List the billing contact of the old system's account and every system "
                                   "administrator."));
    m_approversView->setModel(m_approvers);
    approvalLayout->addWidget(m_approversView, 1);
    auto *approverButtons = new QHBoxLayout;
    auto *add = button(approvalTab, tr("A&dd…"), QStringLiteral("addApprover"), tr("Lists someone who must approve."));
    auto *suggested =
        button(approvalTab, tr("Add administrators from the e&xport"), QStringLiteral("addSuggestedApprovers"),
               tr("Lists the users of the newest snapshot whose role is an administrator."));
    auto *record = button(approvalTab, tr("Record approva&l…"), QStringLiteral("recordApproval"),
                          tr("Records when and how the selected person approved."));
    auto *withdraw = button(approvalTab, tr("&Withdraw…"), QStringLiteral("withdrawApproval"),
                            tr("Marks the selected approval as withdrawn."));
    auto *removeApproverButton = button(approvalTab, tr("R&emove"), QStringLiteral("removeApprover"),
                                        tr("Takes the selected person off the list."));
    auto *copy = button(approvalTab, tr("Cop&y approval request"), QStringLiteral("copyApprovalRequest"),
                        tr("Puts an e-mail text with the figures on the clipboard."));
    m_override = button(approvalTab, tr("O&verride…"), QStringLiteral("overrideGate"),
                        tr("Lets the import start without the checklist or the approvals; the reason is audited."));
    approverButtons->addWidget(add);
    approverButtons->addWidget(suggested);
    approverButtons->addWidget(record);
    approverButtons->addWidget(withdraw);
    approverButtons->addWidget(removeApproverButton);
    approverButtons->addStretch(1);
    approverButtons->addWidget(copy);
    approverButtons->addWidget(m_override);
    approvalLayout->addLayout(approverButtons);
    m_tabs->addTab(approvalTab, tr("A&pprovals"));

    connect(m_analyse, &QPushButton::clicked, this, &CloseOutPage::analyse);
    connect(m_clientsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CloseOutPage::showMattersOfSelectedClient);
    connect(m_mattersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CloseOutPage::loadDrillDown);
    connect(m_category, &QComboBox::currentIndexChanged, this, &CloseOutPage::loadDrillDown);
    connect(noteButton, &QPushButton::clicked, this, &CloseOutPage::editChecklistNote);
    connect(attach, &QPushButton::clicked, this, [this] {
        const QStringList files =
            QFileDialog::getOpenFileNames(this, tr("Attach reports saved from the old system"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                          tr("Reports (*.pdf *.csv *.xlsx *.xls *.txt *.html);;All files (*)"));
        if (!files.isEmpty())
            attachFiles(files);
    });
    connect(saveCopy, &QPushButton::clicked, this, &CloseOutPage::saveDocumentCopy);
    connect(removeDoc, &QPushButton::clicked, this, &CloseOutPage::removeDocument);
    connect(add, &QPushButton::clicked, this, &CloseOutPage::addApprover);
    connect(suggested, &QPushButton::clicked, this, &CloseOutPage::addSuggestedApprovers);
    connect(record, &QPushButton::clicked, this, &CloseOutPage::recordApproval);
    connect(withdraw, &QPushButton::clicked, this, &CloseOutPage::withdrawApproval);
    connect(removeApproverButton, &QPushButton::clicked, this, &CloseOutPage::removeApprover);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(approvalRequestText()); });
    connect(m_override, &QPushButton::clicked, this, &CloseOutPage::overrideGate);

    m_checklist->setCheckHandler([this](int row, int, bool checked) {
        ProjectStore *store = this->session()->store();
        QString error;
        if (!store
            || !CloseOutRecords::setChecked(store->database(), m_checklist->key(row), checked,
                                            m_checklist->value(row, CloseOutTables::ChecklistNote).toString(),
                                            &error)) {
            showError(error);
            return false;
        }
        // Who and when are filled in by the store; show them.
        QMetaObject::invokeMethod(this, &CloseOutPage::refreshRecords, Qt::QueuedConnection);
        return true;
    });

    connect(session, &ProjectSession::projectChanged, this, &CloseOutPage::projectChanged);
    projectChanged();
}

CloseOutPage::~CloseOutPage()
{
    for (Job *job : { static_cast<Job *>(m_job.data()), m_attachJob.data() }) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

void CloseOutPage::initializePage()
{
    StepPage::initializePage();
    refreshRecords();
    if (!m_report && !m_job)
        analyse();
}

void CloseOutPage::projectChanged()
{
    m_report.reset();
    m_clients->setRows({});
    m_matters->setRows({});
    m_rows->setRows({});
    setMaskedText(m_figures, QString());
    m_warnings->setVisible(false);
    const bool open = session()->store() != nullptr;
    m_analyse->setEnabled(open);
    m_snapshotLine->setText(open ? tr("Not analysed yet.") : tr("No project is open."));
    refreshRecords();
}

void CloseOutPage::analyse()
{
    ProjectStore *store = session()->store();
    if (!store || m_job)
        return;
    auto *job = new CloseOutJob(store->filePath());
    m_job = job;
    m_analyse->setEnabled(false);
    m_progress->track(job);
    connect(job, &Job::finished, this, [this, job](Job::Outcome outcome) {
        m_analyse->setEnabled(session()->store() != nullptr);
        if (outcome == Job::Outcome::Succeeded && job->report()) {
            m_report = job->report();
            // The figures below say what the summary would; the panel stays for errors only.
            m_progress->hide();
        } else {
            m_report.reset();
            m_snapshotLine->setText(outcome == Job::Outcome::Failed ? job->errorString() : tr("Analysis cancelled."));
        }
        showReport();
        emit analysed();
    });
    JobProgressPanel::startAndDispose(job);
}

void CloseOutPage::showReport()
{
    if (!m_report) {
        CloseOutTables::showClients(m_clients, {});
        CloseOutTables::showMatters(m_matters, {}, QString());
        CloseOutTables::showInvoiceSeries(m_series, {});
        CloseOutTables::showUsers(m_users, {});
        setMaskedText(m_figures, QString());
        m_warnings->setVisible(false);
        refreshGate();
        return;
    }
    const CloseOutReport &r = *m_report;
    m_snapshotLine->setText(tr("Analysed: %1 snapshot %2, loaded %3.")
                                .arg(SnapshotKinds::title(r.kind).toLower())
                                .arg(r.snapshotId)
                                .arg(LocaleFormat::localDateTime(r.snapshotCompletedUtc)));
    const CloseOutFigures &t = r.totals;
    // The number that picks a plural form ("1 entry", "2 entries").
    const auto count = [](qint64 n) {
        return int(qMin<qint64>(n, INT_MAX));
    };
    auto cell = [](const QString &title, const QString &value, const QString &hint) {
        return QStringLiteral("<td style='padding-right:18px'><small>%1</small><br><b style='font-size:large'>%2</b>"
                              "<br><small>%3</small></td>")
            .arg(title.toHtmlEscaped(), value.toHtmlEscaped(), hint.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table><tr>");
    html += cell(tr("Unbilled time"), money(t.unbilledTimeCents),
                 tr("%1 h in %2 entry(s) — invoice these first", nullptr, count(t.unbilledTimeRows))
                     .arg(PreviewModel::formatSeconds(t.unbilledTimeSeconds))
                     .arg(LocaleFormat::number(t.unbilledTimeRows)));
    html +=
        cell(tr("Unbilled expenses"), money(t.unbilledExpenseCents),
             tr("%1 entry(s)", nullptr, count(t.unbilledExpenseRows)).arg(LocaleFormat::number(t.unbilledExpenseRows)));
    html += cell(tr("Draft invoices"), money(t.draftInvoiceCents),
                 tr("%1 to finalise or delete").arg(LocaleFormat::number(t.draftInvoices)));
    html += cell(tr("Receivable"), money(t.receivableCents),
                 tr("%1 open invoice(s)", nullptr, count(t.openInvoices)).arg(LocaleFormat::number(t.openInvoices)));
    html += cell(tr("Unapplied"), money(t.unappliedCents), tr("apply to open bills"));
    html += cell(tr("Trust"), money(t.trustCents), tr("carries over as opening balance"));
    html += cell(tr("Missing billing details"), LocaleFormat::number(r.clientsMissingBilling),
                 tr("client(s)", nullptr, count(r.clientsMissingBilling)));
    html += QStringLiteral("</tr></table>");
    setMaskedText(m_figures, html);
    QStringList notes = r.warnings;
    if (!r.entitiesMissing.isEmpty()) {
        QStringList titles;
        for (const QString &e : r.entitiesMissing) {
            if (const auto entity = Entities::fromKey(e))
                titles.append(Entities::title(*entity).toLower());
        }
        notes.append(
            tr("The snapshot has no %1, so their figures are not known.").arg(titles.join(QStringLiteral(", "))));
    }
    QStringList names;
    for (const CloseOutClient &client : r.clients)
        names.append(client.name);
    for (const CloseOutMatter &matter : r.matters)
        names.append(matter.description);
    setMaskedText(m_warnings, notes.join(QLatin1Char('\n')), names);
    m_warnings->setVisible(!notes.isEmpty());

    CloseOutTables::showClients(m_clients, r);
    m_clientsSorted->sort(-1);
    fitColumns(m_clientsView);
    CloseOutTables::showMatters(m_matters, r, QStringLiteral("\x1f")); // none until a client is chosen
    m_rows->setRows({});
    CloseOutTables::showInvoiceSeries(m_series, r);
    CloseOutTables::showUsers(m_users, r);
    for (QTableView *view : findChildren<QTableView *>(QStringLiteral("closeoutSeries"))
             + findChildren<QTableView *>(QStringLiteral("closeoutUsers")))
        fitColumns(view);
    refreshGate();
}

void CloseOutPage::showMattersOfSelectedClient()
{
    if (!m_report)
        return;
    const QModelIndex current =
        m_clientsSorted->mapToSource(PrivacyProxyModel::toSource(m_clientsView->currentIndex()));
    const QString client = current.isValid() ? m_clients->key(current.row()) : QStringLiteral("\x1f");
    CloseOutTables::showMatters(m_matters, *m_report, client);
    fitColumns(m_mattersView);
    loadDrillDown();
}

void CloseOutPage::loadDrillDown()
{
    ProjectStore *store = session()->store();
    const QModelIndex client = m_clientsSorted->mapToSource(PrivacyProxyModel::toSource(m_clientsView->currentIndex()));
    const auto category = CloseOutAnalysis::Category(m_category->currentData().toInt());
    if (!store || !m_report || !client.isValid()) {
        m_rows->setRows({});
        setMaskedText(m_rowsLine, QString());
        return;
    }
    const QString clientKey = m_clients->key(client.row());
    const QModelIndex matter = PrivacyProxyModel::toSource(m_mattersView->currentIndex());
    // An empty matter key is the client's own row (items not on a matter); null means all.
    const QString matterKey = matter.isValid() ? m_matters->key(matter.row()) : QString();
    const int request = ++m_drillRequest;
    setMaskedText(m_rowsLine, tr("Reading…"));
    runInBackground<QList<CloseOutRow>>(
        this,
        [path = store->filePath(), snapshot = m_report->snapshotId, category, clientKey, matterKey] {
            return CloseOutTables::readRows(path, snapshot, category, clientKey, matterKey);
        },
        [this, request, category](const QList<CloseOutRow> &rows) {
            if (request != m_drillRequest)
                return; // a later selection superseded this one
            CloseOutTables::showRows(m_rows, rows, category);
            fitColumns(m_rowsView);
            qint64 cents = 0;
            for (const CloseOutRow &r : rows)
                cents += r.cents;
            setMaskedText(m_rowsLine, tr("%n row(s), %1 in all.", nullptr, int(rows.size())).arg(money(cents)));
        });
}

void CloseOutPage::refreshRecords()
{
    ProjectStore *store = session()->store();
    if (!store) {
        m_checklist->setRows({});
        m_documents->setRows({});
        m_approvers->setRows({});
        m_gate->clear();
        return;
    }
    const QSqlDatabase db = store->database();
    const QTimeZone zone(store->settings().timeZone.toUtf8());
    for (RecordTableModel *m : { m_checklist, m_documents, m_approvers })
        m->setTimeZone(zone);
    const QModelIndex checkCurrent = m_checklistView->currentIndex();
    CloseOutTables::showChecklist(m_checklist, CloseOutRecords::checklist(db));
    fitColumns(m_checklistView);
    if (checkCurrent.isValid())
        m_checklistView->setCurrentIndex(m_checklist->index(checkCurrent.row(), checkCurrent.column()));
    CloseOutTables::showDocuments(m_documents, CloseOutRecords::documents(db));
    fitColumns(m_documentsView);
    const QModelIndex approverCurrent = m_approversView->currentIndex();
    CloseOutTables::showApprovers(m_approvers, CloseOutRecords::approvers(db));
    fitColumns(m_approversView);
    if (approverCurrent.isValid() && approverCurrent.row() < m_approvers->rowCount())
        m_approversView->setCurrentIndex(m_approvers->index(approverCurrent.row(), 0));
    const int docs = m_documents->rowCount();
    m_tabs->setTabText(3, docs > 0 ? tr("&Reports (%1)").arg(docs) : tr("&Reports"));
    refreshGate();
}

void CloseOutPage::refreshGate()
{
    ProjectStore *store = session()->store();
    if (!store)
        return;
    const ImportGateStatus gate = CloseOutRecords::importGate(store->database());
    QString html;
    if (gate.checklistComplete && gate.approvalsComplete) {
        html = tr("<b>Ready:</b> the checklist is complete and every approval is recorded. The import can start.");
    } else {
        html = (gate.overridden ? tr("<b>Overridden</b> by %1 on %2: “%3”. Still open:")
                                      .arg(gate.overrideBy.toHtmlEscaped(),
                                           QLocale().toString(gate.overrideAtUtc.toLocalTime(), QLocale::ShortFormat),
                                           gate.overrideReason.toHtmlEscaped())
                                : tr("<b>The import waits</b> for these:"))
            + CloseOutTables::missingHtml(gate);
    }
    m_gate->setText(html);
    m_override->setText(gate.overridden ? tr("Clear o&verride") : tr("O&verride…"));
    m_override->setEnabled(gate.overridden || !(gate.checklistComplete && gate.approvalsComplete));
    m_tabs->setTabText(4, gate.ready() ? tr("A&pprovals") : tr("A&pprovals (waiting)"));
}

qint64 CloseOutPage::selectedId(QTableView *view, RecordTableModel *model) const
{
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? model->key(current.row()).toLongLong() : 0;
}

void CloseOutPage::showError(const QString &message)
{
    if (!message.isEmpty())
        QMessageBox::warning(this, tr("Close out"), message);
}

void CloseOutPage::addApprover()
{
    ProjectStore *store = session()->store();
    if (!store)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addApproverDialog"));
    dialog.setWindowTitle(tr("Add an approver"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("approverName"));
    auto *role = new QComboBox(&dialog);
    role->setObjectName(QStringLiteral("approverRole"));
    role->addItem(ApproverRoles::title(ApproverRole::BillingContact), int(ApproverRole::BillingContact));
    role->addItem(ApproverRoles::title(ApproverRole::Admin), int(ApproverRole::Admin));
    auto *email = new QLineEdit(&dialog);
    email->setObjectName(QStringLiteral("approverEmail"));
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Role:"), role);
    form->addRow(tr("&E-mail:"), email);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QString error;
        if (CloseOutRecords::addApprover(store->database(), name->text(), ApproverRole(role->currentData().toInt()),
                                         email->text(), {}, &error))
            dialog.accept();
        else
            showError(error);
    });
    if (dialog.exec() == QDialog::Accepted)
        refreshRecords();
}

void CloseOutPage::addSuggestedApprovers()
{
    ProjectStore *store = session()->store();
    if (!store)
        return;
    const QList<Approver> suggestions = CloseOutRecords::suggestedApprovers(store->database());
    if (suggestions.isEmpty()) {
        QMessageBox::information(this, tr("Close out"),
                                 tr("No user of the newest snapshot has an administrator role that is not listed "
                                    "already. Add the administrators by hand."));
        return;
    }
    QString error;
    for (const Approver &a : suggestions) {
        if (!CloseOutRecords::addApprover(store->database(), a.name, a.role, a.email, a.sourceUserKey, &error)) {
            showError(error);
            break;
        }
    }
    refreshRecords();
}

void CloseOutPage::recordApproval()
{
    ProjectStore *store = session()->store();
    const qint64 id = selectedId(m_approversView, m_approvers);
    if (!store || id == 0) {
        showError(tr("Select the person who approved."));
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("recordApprovalDialog"));
    dialog.setWindowTitle(tr("Record an approval"));
    auto *form = new QFormLayout(&dialog);
    auto *who = new QLabel(m_approvers->value(m_approversView->currentIndex().row(), 0).toString(), &dialog);
    auto *method = new QComboBox(&dialog);
    method->setObjectName(QStringLiteral("approvalMethod"));
    for (const QString &key : ApprovalMethods::keys())
        method->addItem(ApprovalMethods::title(key), key);
    const QTimeZone zone(store->settings().timeZone.toUtf8());
    // The editor shows the firm's wall-clock time; it is read back in the firm's zone.
    const QDateTime nowThere = QDateTime::currentDateTimeUtc().toTimeZone(zone);
    auto *when = new QDateTimeEdit(QDateTime(nowThere.date(), nowThere.time()), &dialog);
    when->setObjectName(QStringLiteral("approvalWhen"));
    when->setCalendarPopup(true);
    auto *note = new QLineEdit(&dialog);
    note->setObjectName(QStringLiteral("approvalNote"));
    note->setPlaceholderText(tr("e.g. where the e-mail or letter is filed"));
    form->addRow(tr("Approved by:"), who);
    form->addRow(tr("&How:"), method);
    form->addRow(tr("&When (firm's time):"), when);
    form->addRow(tr("&Note:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QString error;
        if (CloseOutRecords::recordApproval(store->database(), id, method->currentData().toString(), note->text(),
                                            QDateTime(when->date(), when->time(), zone).toUTC(), &error))
            dialog.accept();
        else
            showError(error);
    });
    if (dialog.exec() == QDialog::Accepted)
        refreshRecords();
}

void CloseOutPage::withdrawApproval()
{
    ProjectStore *store = session()->store();
    const qint64 id = selectedId(m_approversView, m_approvers);
    if (!store || id == 0)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Withdraw the approval"), tr("&Why is it withdrawn?"),
                                                 QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    QString error;
    if (!CloseOutRecords::withdrawApproval(store->database(), id, reason, &error))
        showError(error);
    refreshRecords();
}

void CloseOutPage::removeApprover()
{
    ProjectStore *store = session()->store();
    const qint64 id = selectedId(m_approversView, m_approvers);
    if (!store || id == 0)
        return;
    QString error;
    if (!CloseOutRecords::removeApprover(store->database(), id, &error))
        showError(error);
    refreshRecords();
}

void CloseOutPage::editChecklistNote()
{
    ProjectStore *store = session()->store();
    const QModelIndex current = m_checklistView->currentIndex();
    if (!store || !current.isValid())
        return;
    const int row = current.row();
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, tr("Note"), m_checklist->value(row, CloseOutTables::ChecklistItemTitle).toString(), QLineEdit::Normal,
        m_checklist->value(row, CloseOutTables::ChecklistNote).toString(), &ok);
    if (!ok)
        return;
    QString error;
    if (!CloseOutRecords::setChecked(store->database(), m_checklist->key(row),
                                     m_checklist->value(row, CloseOutTables::ChecklistDone).toBool(), note, &error))
        showError(error);
    refreshRecords();
}

void CloseOutPage::attachFiles(const QStringList &paths)
{
    ProjectStore *store = session()->store();
    if (!store || m_attachJob)
        return;
    auto *job = new AttachDocumentsJob(store->filePath(), paths);
    m_attachJob = job;
    m_attachProgress->track(job);
    connect(job, &Job::finished, this, [this] {
        refreshRecords();
        emit documentsAttached();
    });
    JobProgressPanel::startAndDispose(job);
}

void CloseOutPage::removeDocument()
{
    ProjectStore *store = session()->store();
    const qint64 id = selectedId(m_documentsView, m_documents);
    if (!store || id == 0)
        return;
    if (QMessageBox::question(this, tr("Remove the report"),
                              tr("Take “%1” out of the project? The file on disk is not touched.")
                                  .arg(m_documents->value(m_documentsView->currentIndex().row(), 0).toString()))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!CloseOutRecords::removeDocument(store->database(), id, &error))
        showError(error);
    refreshRecords();
}

void CloseOutPage::saveDocumentCopy()
{
    ProjectStore *store = session()->store();
    const qint64 id = selectedId(m_documentsView, m_documents);
    if (!store || id == 0)
        return;
    const QString name = m_documents->value(m_documentsView->currentIndex().row(), 0).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy of the report"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name));
    if (path.isEmpty())
        return;
    QString error;
    if (!CloseOutRecords::extractDocument(store->database(), id, path, &error))
        showError(error);
}

void CloseOutPage::overrideGate()
{
    ProjectStore *store = session()->store();
    if (!store)
        return;
    QString error;
    if (CloseOutRecords::importGate(store->database()).overridden) {
        if (!CloseOutRecords::clearImportGateOverride(store->database(), &error))
            showError(error);
        refreshGate();
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Override the close-out"),
        tr("The import will start without the open points listed. Say why: the reason is kept in the audit log."), {},
        &ok);
    if (!ok)
        return;
    if (!CloseOutRecords::overrideImportGate(store->database(), reason, &error))
        showError(error);
    refreshGate();
}

QString CloseOutPage::approvalRequestText() const
{
    ProjectStore *store = session()->store();
    if (!store)
        return {};
    const QSqlDatabase db = store->database();
    return CloseOutTables::approvalRequest(store->settings(), m_report, CutoffStore::load(db),
                                           CloseOutRecords::approvers(db), CloseOutRecords::checklist(db));
}

} // namespace Cutover
