#include "ImportPage.h"

#include "JobProgressPanel.h"
#include "ProjectSession.h"
#include "TableViews.h"
#include "TargetConnectionBox.h"
#include "closeout/CloseOutRecords.h"
#include "closeout/CloseOutTables.h"
#include "importing/ImportProgressModel.h"
#include "importing/LedgerFailureModel.h"
#include "importing/UserMappingModel.h"
#include "store/ProjectStore.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Cutover {

namespace {

// Offers the target's users in a drop-down on the mapping's target column.
class TargetUserDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("targetUserEditor"));
        combo->addItem(ImportPage::tr("(not mapped)"), QString());
        for (const QVariant &v : index.data(UserMappingModel::TargetChoicesRole).toList()) {
            const QVariantMap user = v.toMap();
            combo->addItem(user.value(QStringLiteral("name")).toString(), user.value(QStringLiteral("id")));
        }
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(UserMappingModel::TargetIdRole))));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

struct LoadedUsers
{
    QList<UserMapping> mappings;
    QString error;
};

} // namespace

ImportPage::ImportPage(ProjectSession *session, QWidget *parent)
    : StepPage(WizardStep::Import, session, parent)
    , m_progress(new ImportProgressModel(this))
    , m_users(new UserMappingModel(this))
    , m_failures(new LedgerFailureModel(this))
{
    setSubTitle(tr("Push the data into the new system."));
    setHelpText(tr(
        "Cutover matches the firm's users to the new system's users, then imports contacts, matters, time and expense "
        "entries, notes and documents in dependency order. Every record is written to a ledger, so an interrupted "
        "import resumes without duplicates. Trust "
        "balances and receivables the new system cannot take through its API are prepared as worksheets."));

    // The close-out gate.
    auto *row = new QHBoxLayout;
    m_gate = new QLabel(this);
    m_gate->setObjectName(QStringLiteral("importGate"));
    m_gate->setWordWrap(true);
    m_gate->setTextFormat(Qt::RichText);
    m_gate->setFrameShape(QFrame::StyledPanel);
    m_gate->setMargin(6);
    m_goToCloseOut = new QPushButton(tr("Go to Close out"), this);
    m_goToCloseOut->setObjectName(QStringLiteral("goToCloseOut"));
    row->addWidget(m_gate, 1);
    row->addWidget(m_goToCloseOut, 0, Qt::AlignTop);
    contentLayout()->addLayout(row);

    // The target and the connection (shared with the Placeholder page).
    m_targetBox = new TargetConnectionBox(session, this);
    contentLayout()->addWidget(m_targetBox);

    // The users.
    // Users, progress and failures share one tabbed area, so the page fits a
    // laptop screen shared on a call; a run brings its tab forward.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("importTabs"));
    m_usersBox = new QGroupBox(m_tabs);
    m_usersBox->setObjectName(QStringLiteral("usersBox"));
    m_usersBox->setFlat(true);
    auto *users = new QVBoxLayout(m_usersBox);
    m_usersView = makeTable(m_usersBox, QStringLiteral("userMapping"), tr("User mapping"),
                            tr("Test the connection to see the new system's users."));
    m_usersView->setModel(m_users);
    fitColumns(m_usersView);
    m_usersView->setItemDelegateForColumn(UserMappingModel::TargetColumn, new TargetUserDelegate(m_usersView));
    m_usersView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    users->addWidget(m_usersView, 1);
    auto *usersRow = new QHBoxLayout;
    m_missing = new QLabel(m_usersBox);
    m_missing->setObjectName(QStringLiteral("missingUsers"));
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);
    m_suggest = new QPushButton(tr("Su&ggest again"), m_usersBox);
    m_suggest->setObjectName(QStringLiteral("suggestUsers"));
    usersRow->addWidget(m_missing, 1);
    usersRow->addWidget(m_suggest, 0, Qt::AlignTop);
    users->addLayout(usersRow);

    // The run.
    auto *runRow = new QHBoxLayout;
    m_dryRun = new QPushButton(tr("&Dry run"), this);
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_start = new QPushButton(tr("Start &import"), this);
    m_start->setObjectName(QStringLiteral("startImport"));
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseImport"));
    m_cancel = new QPushButton(tr("C&ancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_rollback = new QPushButton(tr("&Roll back import…"), this);
    m_rollback->setObjectName(QStringLiteral("rollbackImport"));
    runRow->addWidget(m_dryRun);
    runRow->addWidget(m_start);
    runRow->addWidget(m_pause);
    runRow->addWidget(m_cancel);
    runRow->addStretch(1);
    runRow->addWidget(m_rollback);
    contentLayout()->addLayout(runRow);
    m_dryResult = new QLabel(this);
    m_dryResult->setObjectName(QStringLiteral("dryRunSummary"));
    m_dryResult->setWordWrap(true);
    m_dryResult->setTextFormat(Qt::PlainText);
    m_dryResult->hide();
    contentLayout()->addWidget(m_dryResult);
    m_progressView = makeTable(m_tabs, QStringLiteral("importProgress"), tr("Import progress"),
                               tr("A dry run or an import shows its records here."));
    m_progressView->setModel(m_progress);
    fitColumns(m_progressView);
    auto *failuresTab = new QWidget(m_tabs);
    auto *failuresRow = new QHBoxLayout(failuresTab);
    m_failuresView = makeTable(failuresTab, QStringLiteral("importFailures"), tr("Failed records"),
                               tr("Records the new system refused are listed here."));
    setMaskedModel(m_failuresView, m_failures);
    fitColumns(m_failuresView);
    m_retry = new QPushButton(tr("Retry &failed"), failuresTab);
    m_retry->setObjectName(QStringLiteral("retryFailed"));
    failuresRow->addWidget(m_failuresView, 1);
    failuresRow->addWidget(m_retry, 0, Qt::AlignTop);
    m_tabs->addTab(m_usersBox, tr("&Users"));
    m_tabs->addTab(m_progressView, tr("Pr&ogress"));
    m_tabs->addTab(failuresTab, tr("Fai&led records"));
    contentLayout()->addWidget(m_tabs, 1);
    m_panel = new JobProgressPanel(this);
    contentLayout()->addWidget(m_panel);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    contentLayout()->addWidget(m_message);

    connect(m_goToCloseOut, &QPushButton::clicked, this, &ImportPage::closeOutRequested);
    connect(session, &ProjectSession::projectChanged, this, &ImportPage::refreshGate);
    connect(m_targetBox, &TargetConnectionBox::targetChanged, this, &ImportPage::onTargetChanged);
    connect(m_targetBox, &TargetConnectionBox::inputsEdited, this, &ImportPage::updateButtons);
    connect(m_targetBox, &TargetConnectionBox::connected, this,
            [this](const QByteArray &, const QList<IncomingRecord> &targetUsers) {
                m_users->setTargetUsers(UserMappingModel::targetUsersFrom(targetUsers));
                loadUsers();
                updateButtons();
            });
    connect(m_suggest, &QPushButton::clicked, this, &ImportPage::loadUsers);
    connect(m_users, &UserMappingModel::mappingEdited, this, [this] {
        saveUsers();
        showMissingUsers();
    });
    connect(m_dryRun, &QPushButton::clicked, this, [this] { start(RunKind::DryRun); });
    connect(m_start, &QPushButton::clicked, this, [this] { start(RunKind::Import); });
    connect(m_retry, &QPushButton::clicked, this, [this] { start(RunKind::Retry); });
    connect(m_pause, &QPushButton::clicked, this, &ImportPage::togglePause);
    connect(m_cancel, &QPushButton::clicked, this, &ImportPage::cancelRun);
    connect(m_rollback, &QPushButton::clicked, this, &ImportPage::rollBack);

    refreshGate();
    onTargetChanged();
}

ImportPage::~ImportPage()
{
    if (m_job)
        m_job->cancel();
}

void ImportPage::initializePage()
{
    StepPage::initializePage();
    refreshGate();
    refreshLedger();
    updateButtons();
}

bool ImportPage::isRunning() const
{
    return m_running != RunKind::None;
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
    if (m_start)
        updateButtons();
}

TargetChoice ImportPage::targetChoice() const
{
    return m_targetBox->targetChoice();
}

void ImportPage::onTargetChanged()
{
    const bool package = targetChoice().kind == TargetChoice::Kind::CsvPackage;
    m_tabs->setTabVisible(m_tabs->indexOf(m_usersBox), !package);
    m_rollback->setVisible(!package);
    m_users->setMappings({});
    m_users->setTargetUsers({});
    m_missing->clear();
    m_dryResult->hide();
    m_progress->clear();
    m_failures->setFailures({});
    refreshLedger();
    updateButtons();
}

void ImportPage::updateButtons()
{
    if (!m_start)
        return;
    const TargetChoice choice = targetChoice();
    const bool package = choice.kind == TargetChoice::Kind::CsvPackage;
    const bool running = isRunning();
    const bool project = session()->store() != nullptr;
    const bool importing = m_running == RunKind::Import || m_running == RunKind::Retry;
    const bool connected = m_targetBox->isConnected();
    const bool ready = project && !running && (package ? !choice.outDir.isEmpty() : connected);
    m_targetBox->setBusy(running);
    m_suggest->setEnabled(connected && !running);
    m_dryRun->setEnabled(ready);
    m_start->setEnabled(ready && m_allowed);
    m_start->setToolTip(m_allowed ? QString() : tr("The close-out is not finished (see above)."));
    m_pause->setEnabled(importing);
    m_cancel->setEnabled(running && m_running != RunKind::Rollback);
    m_retry->setEnabled(ready && m_allowed && m_failures->rowCount() > 0);
    qint64 created = 0;
    for (const EntityLedgerCounts &c : m_progress->counts())
        created += c.created;
    m_rollback->setEnabled(!package && ready && created > 0);
    if (!importing)
        m_pause->setText(tr("&Pause"));
}

void ImportPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

ConnectorFactory ImportPage::connectorFactory() const
{
    return m_targetBox->connectorFactory();
}

void ImportPage::loadUsers()
{
    ProjectStore *store = session()->store();
    if (!store)
        return;
    const QString path = store->filePath();
    const QString key = targetChoice().key();
    const QList<IncomingRecord> targets = m_targetBox->targetUsers();
    m_missing->setText(tr("Reading the users…"));
    // The entries per user are counted over the whole snapshot: off the GUI thread.
    runInBackground<LoadedUsers>(
        this,
        [path, key, targets] {
            LoadedUsers out;
            out.mappings = UserMappings::loadSuggested(path, key, targets, &out.error);
            return out;
        },
        [this, key](const LoadedUsers &loaded) {
            if (targetChoice().key() != key)
                return; // the target changed meanwhile
            if (!loaded.error.isEmpty()) {
                m_missing->setText(loaded.error);
                return;
            }
            m_users->setMappings(loaded.mappings);
            fitColumns(m_usersView);
            saveUsers();
            showMissingUsers();
        });
}

void ImportPage::saveUsers()
{
    ProjectStore *store = session()->store();
    QString error;
    if (store && !UserMappings::save(store->database(), targetChoice().key(), m_users->mappings(), &error))
        showMessage(error);
}

void ImportPage::showMissingUsers()
{
    const QStringList missing = m_users->unmappedNames();
    if (m_users->rowCount() == 0)
        m_missing->setText(tr("No user has entries to import."));
    else if (missing.isEmpty())
        m_missing->setText(tr("Every user with entries has a user in the new system."));
    else
        m_missing->setText(tr("%n user(s) without a user in the new system: %1. Their entries cannot be imported "
                              "until one is chosen (users cannot be created through the API: add them in the new "
                              "system first).",
                              nullptr, int(missing.size()))
                               .arg(missing.join(QStringLiteral(", "))));
}

void ImportPage::start(RunKind kind)
{
    ProjectStore *store = session()->store();
    if (!store || isRunning())
        return;
    ImportRequest request;
    request.projectPath = store->filePath();
    request.target = targetChoice();
    request.connector = connectorFactory();
    request.dryRun = kind == RunKind::DryRun;
    request.retryFailedOnly = kind == RunKind::Retry;
    showMessage(QString());
    if (kind == RunKind::DryRun)
        m_dryResult->hide();

    Job *job = nullptr;
    if (kind == RunKind::Rollback) {
        job = new RollbackJob(request);
    } else {
        auto *import = new ImportJob(request);
        connect(import, &ImportJob::entityCountsChanged, this,
                [this](const QList<EntityLedgerCounts> &counts) { m_progress->setCounts(counts, m_clock.elapsed()); });
        job = import;
    }
    connect(job, &Job::finished, this, [this, kind] { onRunFinished(kind); });
    m_job = job;
    m_running = kind;
    m_clock.start();
    if (kind != RunKind::Retry && kind != RunKind::Rollback)
        m_progress->clear();
    m_panel->track(job);
    JobProgressPanel::startAndDispose(job);
    m_tabs->setCurrentWidget(m_progressView);
    updateButtons();
}

void ImportPage::togglePause()
{
    auto *job = qobject_cast<ImportJob *>(m_job.data());
    if (!job)
        return;
    const bool pause = !job->isPaused();
    job->setPaused(pause);
    m_pause->setText(pause ? tr("Resu&me") : tr("&Pause"));
    showMessage(pause ? tr("Paused: requests already sent finish; nothing new is sent until you resume.") : QString());
}

void ImportPage::cancelRun()
{
    if (m_job)
        m_job->cancel();
}

void ImportPage::onRunFinished(RunKind kind)
{
    Job *job = m_job.data();
    m_running = RunKind::None;
    if (job) {
        if (job->outcome() == Job::Outcome::Failed)
            showMessage(job->errorString());
        if (auto *import = qobject_cast<ImportJob *>(job);
            import && kind == RunKind::DryRun && job->outcome() == Job::Outcome::Succeeded) {
            const DryRunSummary dry = import->dryRunSummary();
            m_progress->setCounts(dry.planned, m_clock.elapsed());
            QString text = tr("%n request(s) to the new system", nullptr, int(dry.requests));
            if (dry.estimatedSeconds >= 0)
                text += tr(", about %1").arg(JobProgressPanel::formatDuration(dry.estimatedSeconds));
            if (dry.rateLimitPerMinute > 0)
                text += tr(" at its limit of %n request(s) a minute", nullptr, dry.rateLimitPerMinute);
            text += QLatin1Char('.');
            if (!dry.unmappedUsers.isEmpty())
                text += QLatin1Char('\n')
                    + tr("Users without a user in the new system: %1")
                          .arg(dry.unmappedUsers.join(QStringLiteral(", ")));
            for (const QString &problem : dry.problems)
                text += QLatin1Char('\n') + problem;
            m_dryResult->setText(text);
            m_dryResult->show();
        }
    }
    m_job = nullptr;
    if (kind != RunKind::DryRun) {
        refreshLedger(kind != RunKind::Rollback);
        session()->notifyReviewChanged(); // the review window opens (or closes) with it
    }
    fitColumns(m_progressView);
    updateButtons();
}

void ImportPage::refreshLedger(bool bringFailuresForward)
{
    ProjectStore *store = session()->store();
    if (!store || isRunning())
        return;
    const QString path = store->filePath();
    const QString key = targetChoice().key();
    // A ledger of a large firm is read off the GUI thread.
    runInBackground<ImportLedger::View>(
        this, [path, key] { return ImportLedger::read(path, key); },
        [this, key, bringFailuresForward](const ImportLedger::View &view) {
            if (targetChoice().key() != key || isRunning())
                return; // the target changed, or a run started, meanwhile
            if (!view.error.isEmpty())
                showMessage(view.error);
            if (!view.counts.isEmpty())
                m_progress->setCounts(view.counts, m_clock.isValid() ? m_clock.elapsed() : 0);
            fitColumns(m_progressView);
            m_failures->setFailures(view.failures);
            if (m_failures->rowCount() > 0)
                fitColumns(m_failuresView);
            const int failuresTab = m_tabs->indexOf(m_failuresView->parentWidget());
            m_tabs->setTabText(failuresTab,
                               m_failures->rowCount() > 0 ? tr("Fai&led records (%L1)").arg(m_failures->rowCount())
                                                          : tr("Fai&led records"));
            // What went wrong comes forward; otherwise the figures stay in front.
            if (bringFailuresForward && m_failures->rowCount() > 0)
                m_tabs->setCurrentIndex(failuresTab);
            updateButtons();
        });
}

void ImportPage::rollBack()
{
    ProjectStore *store = session()->store();
    if (!store || isRunning())
        return;
    const QString path = store->filePath();
    const QString key = targetChoice().key();
    const QTimeZone zone(store->settings().timeZone.toUtf8());
    // What goes and until when, read off the GUI thread; then the question.
    runInBackground<ImportLedger::View>(
        this, [path, key] { return ImportLedger::read(path, key); },
        [this, key, zone](const ImportLedger::View &view) {
            if (targetChoice().key() != key || isRunning())
                return;
            QStringList what;
            for (const EntityLedgerCounts &c : view.counts) {
                if (c.created > 0)
                    what << tr("%1: %2").arg(ImportProgressModel::entityTitle(c.entity), QLocale().toString(c.created));
            }
            if (what.isEmpty())
                return;
            QString deadlineText;
            if (view.reviewDeadlineUtc.isValid()) {
                const QDateTime deadline =
                    zone.isValid() ? view.reviewDeadlineUtc.toTimeZone(zone) : view.reviewDeadlineUtc;
                deadlineText = tr("The review window closes on %1; after that the import can no longer be rolled back.")
                                   .arg(QLocale().toString(deadline, QLocale::LongFormat));
            }
            QMessageBox box(
                QMessageBox::Warning, tr("Roll back the import"),
                tr("Delete everything this import created in %1?").arg(targetChoice().baseUrl.toDisplayString()),
                QMessageBox::Cancel, this);
            box.setObjectName(QStringLiteral("rollbackConfirmation"));
            box.setInformativeText(tr("These records will be deleted from the new system:") + QLatin1Char('\n')
                                   + what.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + deadlineText);
            QPushButton *confirm = box.addButton(tr("Delete them"), QMessageBox::DestructiveRole);
            box.setDefaultButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() != confirm)
                return;
            start(RunKind::Rollback);
        });
}

} // namespace Cutover
