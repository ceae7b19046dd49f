#include "ReviewPage.h"

#include "JobProgressPanel.h"
#include "Palette.h"
#include "ProjectSession.h"
#include "ReviewPdf.h"
#include "TableViews.h"
#include "TargetConnectionBox.h"
#include "review/ReviewReport.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Cutover {

namespace {

// Marks what differs: bold, in the error colour for the palette in use (a
// contrast that holds in light and dark palettes alike).
class DiffersDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(ReviewDiffersRole).toBool())
            return;
        option->font.setBold(true);
        option->palette.setColor(QPalette::Text, Palette::text(Palette::Status::Error, option->palette));
    }
};

QTableView *reviewTable(QWidget *parent, const QString &objectName, const QString &accessibleName,
                        QAbstractItemModel *model, const QString &placeholder)
{
    PlaceholderTableView *view = makeTable(parent, objectName, accessibleName, placeholder);
    setMaskedModel(view, model);
    view->setItemDelegate(new DiffersDelegate(view));
    fitColumns(view);
    return view;
}

} // namespace

ReviewPage::ReviewPage(ProjectSession *session, QWidget *parent)
    : StepPage(WizardStep::Review, session, parent)
{
    setSubTitle(tr("Check the result within three business days of the import."));
    setHelpText(tr("Cutover reads the new system back and reconciles it with the old one to the cent: records per "
                   "kind, unbilled time and expenses, receivables carried over and trust per client and matter, "
                   "and hours per user. Explain every difference in words, check the sample of records side by "
                   "side, then sign off by name. After the sign-off (or the deadline) the import can no longer be "
                   "rolled back; the report and the correction list go to the firm."));

    m_counts = new ReviewCountsModel(this);
    m_money = new ReviewMoneyModel(this);
    m_users = new ReviewUsersModel(this);
    m_differences = new ReviewDifferencesModel(this);
    m_checks = new SpotCheckModel(this);
    m_fields = new SpotCheckFieldsModel(this);

    m_targetBox = new TargetConnectionBox(session, this);
    contentLayout()->addWidget(m_targetBox);
    // Once connected the box folds to one line, so the tables get the room.
    m_targetSummary = new QWidget(this);
    auto *summaryRow = new QHBoxLayout(m_targetSummary);
    summaryRow->setContentsMargins(0, 0, 0, 0);
    m_targetText = new QLabel(m_targetSummary);
    m_targetText->setObjectName(QStringLiteral("reviewTarget"));
    m_targetText->setTextFormat(Qt::PlainText);
    m_changeTarget = new QPushButton(tr("Change &target…"), m_targetSummary);
    m_changeTarget->setObjectName(QStringLiteral("reviewChangeTarget"));
    summaryRow->addWidget(m_targetText, 1);
    summaryRow->addWidget(m_changeTarget);
    m_targetSummary->hide();
    contentLayout()->addWidget(m_targetSummary);
    connect(m_changeTarget, &QPushButton::clicked, this, [this] { setTargetFolded(false); });

    auto *runRow = new QHBoxLayout;
    m_read = new QPushButton(tr("&Read the target and reconcile"), this);
    m_read->setObjectName(QStringLiteral("reviewRead"));
    m_read->setToolTip(tr("Reads every record the new system holds and compares it with the old system's export."));
    m_recompute = new QPushButton(tr("Reconcile a&gain"), this);
    m_recompute->setObjectName(QStringLiteral("reviewRecompute"));
    m_recompute->setToolTip(tr("Compares again with the last reading, after explanations or trust balances were "
                               "entered, without asking the new system."));
    m_lastRead = new QLabel(this);
    m_lastRead->setObjectName(QStringLiteral("reviewLastRead"));
    runRow->addWidget(m_read);
    runRow->addWidget(m_recompute);
    runRow->addWidget(m_lastRead, 1);
    contentLayout()->addLayout(runRow);

    m_panel = new JobProgressPanel(this);
    contentLayout()->addWidget(m_panel);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("reviewVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_verdict->setFont(big);
    contentLayout()->addWidget(m_verdict);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));

    // Summary: counts and the chart.
    auto *summary = new QSplitter(Qt::Horizontal, m_tabs);
    m_countsView = reviewTable(summary, QStringLiteral("reviewCounts"), tr("Records per kind"), m_counts,
                               tr("Read the target to compare the records."));
    m_chart = new QChartView(summary);
    m_chart->setObjectName(QStringLiteral("reviewChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setAccessibleName(tr("Chart of records in the source and the target"));
    m_chart->setMinimumWidth(280);
    summary->addWidget(m_countsView);
    summary->addWidget(m_chart);
    summary->setStretchFactor(0, 3);
    summary->setStretchFactor(1, 2);
    m_tabs->addTab(summary, tr("Summar&y"));

    // Money per client and matter.
    auto *moneyTab = new QWidget(m_tabs);
    auto *moneyLayout = new QVBoxLayout(moneyTab);
    m_onlyDiffering = new QCheckBox(tr("Show &only lines that differ"), moneyTab);
    m_onlyDiffering->setObjectName(QStringLiteral("reviewOnlyDiffering"));
    m_moneyView = reviewTable(moneyTab, QStringLiteral("reviewMoney"), tr("Money per client and matter"), m_money,
                              tr("Read the target to compare the money."));
    m_moneyView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::AnyKeyPressed);
    auto *trustHint = new QLabel(tr("The new system takes no trust balances through its API: enter each opening "
                                    "balance there by hand from the worksheet, then type in “Trust (target)” what it "
                                    "shows."),
                                 moneyTab);
    trustHint->setObjectName(QStringLiteral("reviewTrustHint"));
    trustHint->setWordWrap(true);
    moneyLayout->addWidget(m_onlyDiffering);
    moneyLayout->addWidget(m_moneyView, 1);
    moneyLayout->addWidget(trustHint);
    m_tabs->addTab(moneyTab, tr("&Money"));

    // Hours per user.
    m_usersView = reviewTable(m_tabs, QStringLiteral("reviewUsers"), tr("Hours per user"), m_users,
                              tr("Read the target to compare each user's hours."));
    m_tabs->addTab(m_usersView, tr("Hours per &user"));

    // Differences.
    auto *diffTab = new QWidget(m_tabs);
    auto *diffLayout = new QVBoxLayout(diffTab);
    m_unexplained = new QLabel(diffTab);
    m_unexplained->setObjectName(QStringLiteral("reviewUnexplained"));
    m_unexplained->setWordWrap(true);
    m_differencesView = reviewTable(diffTab, QStringLiteral("reviewDifferences"), tr("Differences"), m_differences,
                                    tr("No differences: the target holds what the source had."));
    m_differencesView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                       | QAbstractItemView::AnyKeyPressed);
    diffLayout->addWidget(m_unexplained);
    diffLayout->addWidget(m_differencesView, 1);
    m_tabs->addTab(diffTab, tr("&Differences"));

    // Spot checks.
    auto *checksTab = new QWidget(m_tabs);
    auto *checksLayout = new QVBoxLayout(checksTab);
    auto *drawRow = new QHBoxLayout;
    auto *sizeLabel = new QLabel(tr("Records per ki&nd:"), checksTab);
    m_sampleSize = new QSpinBox(checksTab);
    m_sampleSize->setObjectName(QStringLiteral("sampleSize"));
    m_sampleSize->setRange(1, 200);
    m_sampleSize->setValue(5);
    m_sampleSize->setAccessibleName(tr("Records to check per kind"));
    sizeLabel->setBuddy(m_sampleSize);
    auto *seedLabel = new QLabel(tr("Seed:"), checksTab);
    m_seed = new QSpinBox(checksTab);
    m_seed->setObjectName(QStringLiteral("sampleSeed"));
    m_seed->setRange(1, 999999999);
    m_seed->setValue(int(QRandomGenerator::global()->bounded(1, 1000000)));
    m_seed->setAccessibleName(tr("Seed of the sample"));
    m_seed->setToolTip(tr("The same seed draws the same records again, on any machine."));
    seedLabel->setBuddy(m_seed);
    m_draw = new QPushButton(tr("Draw sam&ple"), checksTab);
    m_draw->setObjectName(QStringLiteral("drawSample"));
    m_draw->setToolTip(tr("Picks records of each kind at random, larger amounts more often. Records already "
                          "accepted or flagged stay."));
    drawRow->addWidget(sizeLabel);
    drawRow->addWidget(m_sampleSize);
    drawRow->addWidget(seedLabel);
    drawRow->addWidget(m_seed);
    drawRow->addWidget(m_draw);
    drawRow->addStretch(1);
    checksLayout->addLayout(drawRow);
    auto *checksSplit = new QSplitter(Qt::Horizontal, checksTab);
    m_checksView = reviewTable(checksSplit, QStringLiteral("spotChecks"), tr("Records to check"), m_checks,
                               tr("Draw a sample to check records side by side."));
    auto *sideBySide = new QWidget(checksSplit);
    auto *sideLayout = new QVBoxLayout(sideBySide);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_fieldsView = reviewTable(sideBySide, QStringLiteral("spotCheckFields"), tr("The record side by side"), m_fields,
                               tr("Select a record to see it in both systems."));
    auto *noteRow = new QHBoxLayout;
    auto *noteLabel = new QLabel(tr("N&ote:"), sideBySide);
    m_note = new QLineEdit(sideBySide);
    m_note->setObjectName(QStringLiteral("spotCheckNote"));
    m_note->setPlaceholderText(tr("What is wrong (needed to flag)"));
    m_note->setAccessibleName(tr("Note on the record"));
    noteLabel->setBuddy(m_note);
    m_accept = new QPushButton(tr("&Accept"), sideBySide);
    m_accept->setObjectName(QStringLiteral("acceptCheck"));
    m_flag = new QPushButton(tr("F&lag"), sideBySide);
    m_flag->setObjectName(QStringLiteral("flagCheck"));
    m_flag->setToolTip(tr("Flagged records go on the correction list."));
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_accept);
    noteRow->addWidget(m_flag);
    sideLayout->addWidget(m_fieldsView, 1);
    sideLayout->addLayout(noteRow);
    checksSplit->addWidget(m_checksView);
    checksSplit->addWidget(sideBySide);
    checksSplit->setStretchFactor(0, 3);
    checksSplit->setStretchFactor(1, 2);
    checksLayout->addWidget(checksSplit, 1);
    m_tabs->addTab(checksTab, tr("Spot checks"));

    // Sign-off and the files.
    auto *signTab = new QWidget(m_tabs);
    auto *signLayout = new QVBoxLayout(signTab);
    m_blockers = new QLabel(signTab);
    m_blockers->setObjectName(QStringLiteral("signOffBlockers"));
    m_blockers->setWordWrap(true);
    m_blockers->setTextFormat(Qt::PlainText);
    signLayout->addWidget(m_blockers);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(signTab);
    m_name->setObjectName(QStringLiteral("signOffName"));
    m_name->setAccessibleName(tr("Name of who signs off"));
    m_role = new QLineEdit(signTab);
    keepDraft(m_name, QStringLiteral("signOffName"));
    keepDraft(m_role, QStringLiteral("signOffRole"));
    m_role->setObjectName(QStringLiteral("signOffRole"));
    m_role->setPlaceholderText(tr("e.g. Managing partner"));
    m_role->setAccessibleName(tr("Role of who signs off"));
    form->addRow(tr("Sig&ned off by:"), m_name);
    form->addRow(tr("Ro&le:"), m_role);
    signLayout->addLayout(form);
    auto *signRow = new QHBoxLayout;
    m_signOff = new QPushButton(tr("Sign off the re&view"), signTab);
    m_signOff->setObjectName(QStringLiteral("signOff"));
    m_signedOff = new QLabel(signTab);
    m_signedOff->setObjectName(QStringLiteral("signedOff"));
    m_signedOff->setWordWrap(true);
    signRow->addWidget(m_signOff);
    signRow->addWidget(m_signedOff, 1);
    signLayout->addLayout(signRow);
    auto *files = new QGroupBox(tr("Report"), signTab);
    auto *filesRow = new QHBoxLayout(files);
    m_savePdf = new QPushButton(tr("Save report as &PDF…"), files);
    m_savePdf->setObjectName(QStringLiteral("saveReportPdf"));
    m_saveCsv = new QPushButton(tr("Save report &as CSV…"), files);
    m_saveCsv->setObjectName(QStringLiteral("saveReportCsv"));
    m_saveCorrections = new QPushButton(tr("Save c&orrection list…"), files);
    m_saveCorrections->setObjectName(QStringLiteral("saveCorrections"));
    m_saveCorrections->setToolTip(tr("Every difference and every flagged record, with where to correct it."));
    filesRow->addWidget(m_savePdf);
    filesRow->addWidget(m_saveCsv);
    filesRow->addWidget(m_saveCorrections);
    filesRow->addStretch(1);
    signLayout->addWidget(files);
    signLayout->addStretch(1);
    m_tabs->addTab(signTab, tr("S&ign-off"));

    contentLayout()->addWidget(m_tabs, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    contentLayout()->addWidget(m_message);

    // Typed explanations and trust balances are saved at once, audited.
    m_differences->setExplainer([this](const QString &key, const QString &text, QString *error) {
        ProjectStore *store = this->session()->store();
        return store && ReviewExplanations::set(store->database(), targetChoice().key(), key, text, error);
    });
    connect(m_differences, &ReviewDifferencesModel::explanationsChanged, this, &ReviewPage::reload);
    connect(m_money, &ReviewMoneyModel::trustEntered, this, &ReviewPage::reload);

    connect(m_read, &QPushButton::clicked, this, &ReviewPage::readAndReconcile);
    connect(m_recompute, &QPushButton::clicked, this, &ReviewPage::reload);
    connect(m_onlyDiffering, &QCheckBox::toggled, m_money, &ReviewMoneyModel::setOnlyDiffering);
    connect(m_draw, &QPushButton::clicked, this, &ReviewPage::drawSample);
    connect(m_checksView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewPage::onCheckSelected);
    connect(m_accept, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_flag, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_signOff, &QPushButton::clicked, this, &ReviewPage::signOff);
    connect(m_name, &QLineEdit::textChanged, this, &ReviewPage::updateButtons);
    connect(m_note, &QLineEdit::textChanged, this, &ReviewPage::updateButtons);
    connect(m_savePdf, &QPushButton::clicked, this, [this] { saveFile(FileKind::Pdf); });
    connect(m_saveCsv, &QPushButton::clicked, this, [this] { saveFile(FileKind::Csv); });
    connect(m_saveCorrections, &QPushButton::clicked, this, [this] { saveFile(FileKind::Corrections); });
    connect(m_targetBox, &TargetConnectionBox::targetChanged, this, &ReviewPage::reload);
    connect(m_targetBox, &TargetConnectionBox::inputsEdited, this, &ReviewPage::updateButtons);
    connect(m_targetBox, &TargetConnectionBox::connected, this, [this] {
        setTargetFolded(true);
        updateButtons();
    });
    connect(session, &ProjectSession::projectChanged, this, &ReviewPage::reload);
    connect(session, &ProjectSession::reviewChanged, this, &ReviewPage::reload);
    updateButtons();
}

ReviewPage::~ReviewPage()
{
    if (m_job)
        m_job->cancel();
}

void ReviewPage::initializePage()
{
    StepPage::initializePage();
    reload();
}

bool ReviewPage::isRunning() const
{
    return !m_job.isNull();
}

TargetChoice ReviewPage::targetChoice() const
{
    return m_targetBox->targetChoice();
}

void ReviewPage::setTargetFolded(bool folded)
{
    const TargetChoice target = targetChoice();
    QString where;
    switch (target.kind) {
    case TargetChoice::Kind::Clio:
        where = target.region.isEmpty() ? tr("Clio at %1").arg(target.baseUrl.toDisplayString())
                                        : tr("Clio (%1)").arg(target.region);
        break;
    case TargetChoice::Kind::CsvPackage:
        where = tr("the CSV import package in %1").arg(QDir::toNativeSeparators(target.outDir));
        break;
    }
    m_targetText->setText(m_targetBox->isConnected() ? tr("Target: %1, connected.").arg(where)
                                                     : tr("Target: %1.").arg(where));
    m_targetBox->setVisible(!folded);
    m_targetSummary->setVisible(folded);
}

void ReviewPage::reload()
{
    ProjectStore *store = session()->store();
    if (!store) {
        showState(ReviewPageState());
        return;
    }
    const QString path = store->filePath();
    const QString targetKey = targetChoice().key();
    const int generation = ++m_generation;
    m_busy = true;
    updateButtons();
    QPointer<ReviewPage> self(this);
    runInBackground<ReviewPageState>(
        this, [path, targetKey] { return ReviewPageLoader::load(path, targetKey, QDateTime::currentDateTimeUtc()); },
        [self, generation](const ReviewPageState &state) {
            if (!self || generation != self->m_generation)
                return;
            self->m_busy = false;
            self->showState(state);
        });
}

void ReviewPage::readAndReconcile()
{
    ProjectStore *store = session()->store();
    if (!store || m_job)
        return;
    m_message->hide();
    ReconcileJob::Request request;
    request.read.projectPath = store->filePath();
    request.read.target = targetChoice();
    request.read.connector = m_targetBox->connectorFactory();
    auto *job = new ReconcileJob(request);
    m_job = job;
    m_panel->track(job);
    m_targetBox->setBusy(true);
    connect(job, &Job::finished, this, &ReviewPage::onJobFinished);
    JobProgressPanel::startAndDispose(job);
    updateButtons();
}

void ReviewPage::onJobFinished()
{
    if (m_job && m_job->outcome() == Job::Outcome::Failed)
        showMessage(m_job->errorString());
    m_job = nullptr;
    m_targetBox->setBusy(false);
    session()->notifyReviewChanged(); // reloads this page and the banners
    updateButtons();
}

void ReviewPage::showState(const ReviewPageState &state)
{
    m_state = state;
    const Reconciliation &r = state.reconciliation;
    m_counts->setCounts(r.counts);
    m_money->setLines(r.clients, r.matters);
    m_users->setUsers(r.users);
    m_differences->setDifferences(r.differences);
    const int current = m_checksView->currentIndex().row();
    m_checks->setChecks(state.sample);
    if (current >= 0 && current < m_checks->rowCount())
        m_checksView->setCurrentIndex(m_checks->index(current, 0));
    onCheckSelected();

    // Trust is typed on Clio targets; the CSV package's own sheet is its target side.
    if (targetChoice().kind == TargetChoice::Kind::Clio && !state.signOff) {
        m_money->setTrustEditor([this](const QString &client, const QString &matter, qint64 cents, QString *error) {
            ProjectStore *store = session()->store();
            return store && ReviewTrust::enter(store->database(), targetChoice().key(), client, matter, cents, error);
        });
    } else {
        m_money->setTrustEditor({});
    }
    if (state.signOff)
        m_differences->setExplainer({});

    QChart *old = m_chart->chart();
    QChart *chart = ReviewPdf::entityChart(r);
    chart->setTitle(QString()); // the tab says what it is; the bars get the room
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setChart(chart);
    delete old;

    if (!state.read) {
        m_verdict->setText(tr("The target has not been read yet: connect to it, then read it and reconcile."));
        m_lastRead->clear();
    } else if (r.reconciles()) {
        m_verdict->setText(tr("Everything reconciles: the target holds every record and every cent of the source."));
    } else {
        m_verdict->setText(tr("%n difference(s) between the source and the target", nullptr, int(r.differences.size()))
                           + QStringLiteral(" — ") + tr("%n still unexplained.", nullptr, int(r.unexplained())));
    }
    if (state.read && targetChoice().kind == TargetChoice::Kind::CsvPackage && m_targetBox->isVisible())
        setTargetFolded(true);
    if (state.read)
        m_lastRead->setText(
            tr("Target read on %1").arg(QLocale().toString(r.readUtc.toLocalTime(), QLocale::ShortFormat)));
    m_unexplained->setText(r.differences.isEmpty()
                               ? tr("Nothing to explain.")
                               : tr("%n of the differences still need(s) an explanation: double-click the "
                                    "Explanation cell and type why it is acceptable or what will be corrected.",
                                    nullptr, int(r.unexplained())));
    m_tabs->setTabText(
        3, r.differences.isEmpty() ? tr("&Differences") : tr("&Differences (%1)").arg(r.differences.size()));

    if (state.signOff) {
        m_signedOff->setText(tr("Signed off by %1%2 on %3.")
                                 .arg(state.signOff->name,
                                      state.signOff->role.isEmpty() ? QString() : tr(" (%1)").arg(state.signOff->role),
                                      QLocale().toString(state.signOff->signedUtc.toLocalTime(), QLocale::LongFormat)));
        m_blockers->setText(tr("The review is signed off: the import can no longer be rolled back."));
    } else {
        m_signedOff->clear();
        m_blockers->setText(state.blockers.isEmpty() ? tr("Nothing stands in the way: type your name and sign off.")
                                                     : tr("Before the review can be signed off:") + QLatin1Char('\n')
                                    + QStringLiteral("• ") + state.blockers.join(QStringLiteral("\n• ")));
    }
    if (!state.error.isEmpty())
        showMessage(state.error);
    for (QTableView *view : { m_countsView, m_moneyView, m_usersView, m_differencesView, m_checksView })
        fitColumns(view);
    updateButtons();
    emit stateShown();
}

void ReviewPage::updateButtons()
{
    const bool open = session()->store() != nullptr;
    const bool running = !m_job.isNull();
    const TargetChoice target = targetChoice();
    const bool canRead =
        target.kind == TargetChoice::Kind::CsvPackage ? !target.outDir.isEmpty() : m_targetBox->isConnected();
    m_read->setEnabled(open && !running && canRead);
    m_read->setToolTip(canRead ? tr("Reads every record the new system holds and compares it with the old system's "
                                    "export.")
                               : tr("Connect to the target first (Test connection)."));
    m_recompute->setEnabled(open && !running && !m_busy);
    const bool signedOff = m_state.signOff.has_value();
    const SpotCheck *check = m_checks->checkAt(m_checksView->currentIndex().row());
    m_draw->setEnabled(open && !running && !m_busy && m_state.read && !signedOff);
    m_accept->setEnabled(check && !running && !signedOff);
    m_flag->setEnabled(check && !running && !signedOff && !m_note->text().trimmed().isEmpty());
    m_signOff->setEnabled(open && !running && !m_busy && !signedOff && m_state.blockers.isEmpty()
                          && !m_name->text().trimmed().isEmpty());
    m_name->setEnabled(!signedOff);
    m_role->setEnabled(!signedOff);
    m_savePdf->setEnabled(open && !running && m_state.read);
    m_saveCsv->setEnabled(open && !running && m_state.read);
    m_saveCorrections->setEnabled(open && !running && m_state.read);
}

void ReviewPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ReviewPage::drawSample()
{
    ProjectStore *store = session()->store();
    if (!store)
        return;
    const QString path = store->filePath();
    const QString targetKey = targetChoice().key();
    const int perEntity = m_sampleSize->value();
    const quint64 seed = quint64(m_seed->value());
    m_busy = true;
    updateButtons();
    QPointer<ReviewPage> self(this);
    runInBackground<QString>(
        this,
        [path, targetKey, perEntity, seed] {
            QString error;
            QString openError;
            ProjectStore::withConnection(
                path, [&](QSqlDatabase &db) { SpotChecks::draw(db, targetKey, perEntity, seed, &error); }, &openError);
            return error.isEmpty() ? openError : error;
        },
        [self](const QString &error) {
            if (!self)
                return;
            self->showMessage(error);
            self->reload();
            self->m_tabs->setCurrentIndex(4);
        });
}

void ReviewPage::onCheckSelected()
{
    const SpotCheck *check = m_checks->checkAt(m_checksView->currentIndex().row());
    m_fields->setFields(check ? check->fields : QList<SpotCheckField>());
    {
        const QSignalBlocker block(m_note);
        m_note->setText(check ? check->note : QString());
    }
    fitColumns(m_fieldsView);
    updateButtons();
}

void ReviewPage::decide(bool accept)
{
    const int row = m_checksView->currentIndex().row();
    const SpotCheck *check = m_checks->checkAt(row);
    ProjectStore *store = session()->store();
    if (!check || !store)
        return;
    QString error;
    if (!SpotChecks::decide(store->database(), targetChoice().key(), check->entity, check->sourceKey,
                            accept ? SpotCheck::Verdict::Accepted : SpotCheck::Verdict::Flagged, m_note->text(),
                            &error)) {
        showMessage(error);
        return;
    }
    // On to the next undecided record.
    for (int next = row + 1; next < m_checks->rowCount(); ++next) {
        if (m_checks->checkAt(next)->verdict == SpotCheck::Verdict::Pending) {
            m_checksView->setCurrentIndex(m_checks->index(next, 0));
            break;
        }
    }
    reload();
}

void ReviewPage::signOff()
{
    ProjectStore *store = session()->store();
    const QString name = m_name->text().trimmed();
    if (!store || name.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Sign off the review"),
        tr("Sign off the review as %1? It is recorded with the time and cannot be undone; the import can no longer "
           "be rolled back afterwards.")
            .arg(name));
    if (answer != QMessageBox::Yes)
        return;
    const QString path = store->filePath();
    const QString targetKey = targetChoice().key();
    const QString role = m_role->text().trimmed();
    m_busy = true;
    updateButtons();
    QPointer<ReviewPage> self(this);
    runInBackground<QString>(
        this,
        [path, targetKey, name, role] {
            QString error;
            QString openError;
            ProjectStore::withConnection(
                path, [&](QSqlDatabase &db) { ReviewSignOff::sign(db, targetKey, name, role, &error); }, &openError);
            return error.isEmpty() ? openError : error;
        },
        [self](const QString &error) {
            if (!self)
                return;
            self->showMessage(error);
            if (error.isEmpty()) {
                self->clearDraft(QStringLiteral("signOffName"));
                self->clearDraft(QStringLiteral("signOffRole"));
            }
            self->session()->notifyReviewChanged();
        });
}

void ReviewPage::saveFile(FileKind kind)
{
    ProjectStore *store = session()->store();
    if (!store)
        return;
    const QString firm = store->settings().firmName;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString suggested;
    QString filter;
    switch (kind) {
    case FileKind::Pdf:
        suggested = tr("%1 review report.pdf").arg(firm);
        filter = tr("PDF documents (*.pdf)");
        break;
    case FileKind::Csv:
        suggested = tr("%1 review report.csv").arg(firm);
        filter = tr("CSV files (*.csv)");
        break;
    case FileKind::Corrections:
        suggested = tr("%1 corrections.csv").arg(firm);
        filter = tr("CSV files (*.csv)");
        break;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save"), QDir(dir).filePath(suggested), filter);
    if (!path.isEmpty())
        writeFile(kind, path);
}

void ReviewPage::writeFile(FileKind kind, const QString &path)
{
    ProjectStore *store = session()->store();
    if (!store)
        return;
    const QString project = store->filePath();
    const QString targetKey = targetChoice().key();
    m_busy = true;
    updateButtons();
    struct Gathered
    {
        ReviewReportData data;
        QString error;
    };
    QPointer<ReviewPage> self(this);
    // The data is gathered off the GUI thread; the chart is drawn on it (Qt
    // Charts draws through the graphics view) and the files written off it.
    runInBackground<Gathered>(
        this,
        [project, targetKey] {
            Gathered g;
            ReviewReport::gather(project, targetKey, QDateTime::currentDateTimeUtc(), &g.data, &g.error);
            return g;
        },
        [self, kind, path](const Gathered &g) {
            if (!self)
                return;
            if (!g.error.isEmpty()) {
                self->m_busy = false;
                self->updateButtons();
                self->showMessage(g.error);
                emit self->fileWritten(path, g.error);
                return;
            }
            const QImage chart =
                kind == FileKind::Pdf ? ReviewPdf::chartImage(g.data.reconciliation, QSize(1600, 900)) : QImage();
            ReviewReportData report = g.data;
            runInBackground<QString>(
                self,
                [kind, path, report, chart] {
                    QString error;
                    switch (kind) {
                    case FileKind::Pdf:
                        ReviewPdf::write(report, chart, path, &error);
                        break;
                    case FileKind::Csv:
                        ReviewReport::writeCsv(report, path, &error);
                        break;
                    case FileKind::Corrections:
                        ReviewReport::writeCorrections(report, path, &error);
                        break;
                    }
                    return error;
                },
                [self, path](const QString &error) {
                    if (!self)
                        return;
                    self->m_busy = false;
                    self->updateButtons();
                    self->showMessage(error.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : error);
                    emit self->fileWritten(path, error);
                });
        });
}

} // namespace Cutover
