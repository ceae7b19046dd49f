#include "PlaceholderPage.h"

#include "JobProgressPanel.h"
#include "ProjectSession.h"
#include "TableViews.h"
#include "TargetConnectionBox.h"
#include "placeholder/InterimEntryModel.h"
#include "placeholder/ReassignmentModel.h"
#include "privacy/PrivacyMask.h"
#include "store/ProjectStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace Cutover {

namespace {

// Offers the target's matters in a drop-down on the reassignment's "Move to" column.
class MatterDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("matterEditor"));
        combo->setAccessibleName(PlaceholderPage::tr("Matter to move the entry to"));
        for (const QVariant &v : index.data(ReassignmentModel::CandidatesRole).toList()) {
            const QVariantMap matter = v.toMap();
            combo->addItem(matter.value(QStringLiteral("label")).toString(), matter.value(QStringLiteral("id")));
        }
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(ReassignmentModel::ChosenMatterIdRole))));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

QLabel *noteLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

PlaceholderPage::PlaceholderPage(ProjectSession *session, QWidget *parent)
    : StepPage(WizardStep::Placeholder, session, parent)
    , m_entries(new InterimEntryModel(this))
    , m_issues(new InterimIssueModel(this))
    , m_reassignments(new ReassignmentModel(this))
{
    setSubTitle(tr("Keep tracking time while the migration runs."));
    setHelpText(tr("New clients go straight into the new system. Time for existing clients is tracked on a placeholder "
                   "matter in the new system or in the time-tracking spreadsheets Cutover writes, and moved to the "
                   "right matters once they exist."));

    m_sections = new QTabWidget(this);
    m_sections->setObjectName(QStringLiteral("placeholderSections"));
    contentLayout()->addWidget(m_sections, 1);

    // 1. The target and the placeholder matter.
    auto *first = new QWidget(m_sections);
    auto *firstLayout = new QVBoxLayout(first);
    m_targetBox = new TargetConnectionBox(session, first);
    m_targetBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    firstLayout->addWidget(m_targetBox);
    m_placeholderBox = new QGroupBox(tr("Placeholder matter"), first);
    m_placeholderBox->setObjectName(QStringLiteral("placeholderBox"));
    auto *placeholderLayout = new QVBoxLayout(m_placeholderBox);
    auto *placeholderForm = new QFormLayout;
    placeholderLayout->addLayout(placeholderForm);
    m_clientName = new QLineEdit(m_placeholderBox);
    m_clientName->setObjectName(QStringLiteral("placeholderClient"));
    m_clientName->setAccessibleName(tr("Client of the placeholder matter"));
    auto *clientLabel = new QLabel(tr("C&lient:"), m_placeholderBox);
    clientLabel->setBuddy(m_clientName);
    placeholderForm->addRow(clientLabel, m_clientName);
    auto *matterRow = new QHBoxLayout;
    m_matterDescription = new QLineEdit(m_placeholderBox);
    m_matterDescription->setObjectName(QStringLiteral("placeholderMatter"));
    m_matterDescription->setAccessibleName(tr("Description of the placeholder matter"));
    m_create = button(tr("Create &placeholder"), QStringLiteral("createPlaceholder"), m_placeholderBox);
    m_create->setToolTip(tr("Creates the client and a non-billable matter in the new system; running it again "
                            "finds them instead of creating them twice."));
    matterRow->addWidget(m_matterDescription, 1);
    matterRow->addWidget(m_create);
    auto *matterLabel = new QLabel(tr("&Matter:"), m_placeholderBox);
    matterLabel->setBuddy(m_matterDescription);
    placeholderForm->addRow(matterLabel, matterRow);
    m_placeholderState = noteLabel(m_placeholderBox, QStringLiteral("placeholderState"));
    // Below the form, not in it: a wrapped label in a form row takes the height
    // of its narrowest layout.
    placeholderLayout->addWidget(m_placeholderState);
    // The boxes keep their natural height; the space left goes below them.
    m_placeholderBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    firstLayout->addWidget(m_placeholderBox);
    m_placeholderNote = noteLabel(first, QStringLiteral("placeholderNote"));
    m_placeholderNote->setText(tr("A CSV import package has no placeholder matter: nothing can be sent to it before "
                                  "the import. Track the time in the templates (section 2) and load them (section "
                                  "3); choose a Clio target to create the placeholder matter."));
    firstLayout->addWidget(m_placeholderNote);
    firstLayout->addStretch(1);
    m_createPanel = new JobProgressPanel(first);
    m_createPanel->setObjectName(QStringLiteral("createProgress"));
    firstLayout->addWidget(m_createPanel);
    m_sections->addTab(first, tr("&1 Target and placeholder"));

    // 2. Templates.
    auto *second = new QWidget(m_sections);
    auto *secondLayout = new QVBoxLayout(second);
    auto *templatesIntro = noteLabel(second, QString());
    templatesIntro->setText(tr("Spreadsheets to track time in until the new system is ready: drop-down lists of the "
                               "firm's users and of the clients and matters from the final snapshot, a date, hours, "
                               "rate, description and billable. Fill them in, then load them in section 3."));
    secondLayout->addWidget(templatesIntro);
    auto *templatesForm = new QFormLayout;
    auto *dirRow = new QHBoxLayout;
    m_templateDir = new QLineEdit(second);
    m_templateDir->setObjectName(QStringLiteral("templateFolder"));
    m_templateDir->setAccessibleName(tr("Folder for the templates"));
    m_chooseDir = button(tr("C&hoose…"), QStringLiteral("chooseTemplateFolder"), second);
    dirRow->addWidget(m_templateDir, 1);
    dirRow->addWidget(m_chooseDir);
    auto *dirLabel = new QLabel(tr("Output fol&der:"), second);
    dirLabel->setBuddy(m_templateDir);
    templatesForm->addRow(dirLabel, dirRow);
    auto *formatRow = new QHBoxLayout;
    m_xlsx = new QCheckBox(tr("&XLSX workbook (with drop-down lists)"), second);
    m_xlsx->setObjectName(QStringLiteral("templateXlsx"));
    m_xlsx->setChecked(true);
    m_csv = new QCheckBox(tr("CS&V file"), second);
    m_csv->setObjectName(QStringLiteral("templateCsv"));
    m_csv->setChecked(true);
    m_perUser = new QCheckBox(tr("&One per user"), second);
    m_perUser->setObjectName(QStringLiteral("templatePerUser"));
    m_perUser->setToolTip(tr("A file for each user, with the user filled in."));
    formatRow->addWidget(m_xlsx);
    formatRow->addWidget(m_csv);
    formatRow->addWidget(m_perUser);
    formatRow->addStretch(1);
    templatesForm->addRow(tr("Formats:"), formatRow);
    secondLayout->addLayout(templatesForm);
    auto *writeRow = new QHBoxLayout;
    m_writeTemplates = button(tr("&Write templates"), QStringLiteral("writeTemplates"), second);
    m_openFolder = button(tr("O&pen folder"), QStringLiteral("openTemplateFolder"), second);
    m_templatesResult = noteLabel(second, QStringLiteral("templatesResult"));
    writeRow->addWidget(m_writeTemplates);
    writeRow->addWidget(m_openFolder);
    writeRow->addWidget(m_templatesResult, 1);
    secondLayout->addLayout(writeRow);
    m_templateFiles = new QListWidget(second);
    m_templateFiles->setObjectName(QStringLiteral("templateFiles"));
    m_templateFiles->setAccessibleName(tr("Templates written"));
    secondLayout->addWidget(m_templateFiles, 1);
    m_sections->addTab(second, tr("&2 Templates"));

    // 3. Interim time: load, check, upload.
    auto *third = new QWidget(m_sections);
    auto *thirdLayout = new QVBoxLayout(third);
    auto *interimRow = new QHBoxLayout;
    m_load = button(tr("&Load filled templates…"), QStringLiteral("loadTemplates"), third);
    m_remove = button(tr("&Remove entry"), QStringLiteral("removeEntry"), third);
    m_remove->setToolTip(tr("Removes an entry not sent yet, e.g. a wrong row you will load again corrected."));
    m_upload = button(tr("&Upload to the new system"), QStringLiteral("uploadEntries"), third);
    m_upload->setToolTip(tr("Each entry goes to its matter when that matter was imported, otherwise to the "
                            "placeholder matter (not billable there until it is moved)."));
    interimRow->addWidget(m_load);
    interimRow->addWidget(m_remove);
    interimRow->addStretch(1);
    interimRow->addWidget(m_upload);
    thirdLayout->addLayout(interimRow);
    m_interimSummary = noteLabel(third, QStringLiteral("interimSummary"));
    thirdLayout->addWidget(m_interimSummary);
    m_interimTabs = new QTabWidget(third);
    m_interimTabs->setObjectName(QStringLiteral("interimTabs"));
    m_entriesView = makeTable(m_interimTabs, QStringLiteral("interimEntries"), tr("Interim entries"),
                              tr("Entries loaded from filled templates are listed here."));
    auto *entriesSorted = new QSortFilterProxyModel(this);
    entriesSorted->setSourceModel(m_entries);
    entriesSorted->setSortRole(InterimEntryModel::SortRole);
    setMaskedModel(m_entriesView, entriesSorted);
    m_entriesView->setSortingEnabled(true);
    m_entriesView->sortByColumn(-1, Qt::AscendingOrder);
    fitColumns(m_entriesView);
    m_issuesView = makeTable(m_interimTabs, QStringLiteral("interimIssues"), tr("Rows refused"),
                             tr("Rows and cells that could not be loaded are listed here, by file, row and column."));
    m_issuesView->setModel(m_issues);
    fitColumns(m_issuesView);
    m_interimTabs->addTab(m_entriesView, tr("&Entries"));
    m_interimTabs->addTab(m_issuesView, tr("&Issues"));
    thirdLayout->addWidget(m_interimTabs, 1);
    m_interimPanel = new JobProgressPanel(third);
    m_interimPanel->setObjectName(QStringLiteral("interimProgress"));
    thirdLayout->addWidget(m_interimPanel);
    m_sections->addTab(third, tr("&3 Interim time"));

    // 4. Reassignment.
    auto *fourth = new QWidget(m_sections);
    auto *fourthLayout = new QVBoxLayout(fourth);
    m_reassignNote = noteLabel(fourth, QStringLiteral("reassignNote"));
    fourthLayout->addWidget(m_reassignNote);
    auto *findRow = new QHBoxLayout;
    m_find = button(tr("Fin&d entries on the placeholder"), QStringLiteral("findEntries"), fourth);
    m_find->setToolTip(tr("Reads every entry on the placeholder matter from the new system and suggests the real "
                          "matter for each. Decisions already made are kept."));
    m_move = button(tr("Mo&ve accepted entries"), QStringLiteral("moveAccepted"), fourth);
    m_move->setToolTip(tr("Moves every entry marked Move to its matter, one at a time; an interrupted move resumes "
                          "without moving an entry twice."));
    findRow->addWidget(m_find);
    findRow->addStretch(1);
    findRow->addWidget(m_move);
    fourthLayout->addLayout(findRow);
    auto *bulkRow = new QHBoxLayout;
    m_checkAll = new QCheckBox(tr("Chec&k all"), fourth);
    m_checkAll->setObjectName(QStringLiteral("checkAllRows"));
    m_accept = button(tr("&Accept"), QStringLiteral("acceptRows"), fourth);
    m_accept->setToolTip(tr("Move the checked entries (or the selected ones) to the matter shown in Move to."));
    m_skip = button(tr("&Skip"), QStringLiteral("skipRows"), fourth);
    m_skip->setToolTip(tr("Leave the checked entries (or the selected ones) on the placeholder."));
    m_changeMatter = button(tr("Change &matter…"), QStringLiteral("changeMatter"), fourth);
    m_acceptAbove = button(tr("Accept all at &least"), QStringLiteral("acceptAbove"), fourth);
    m_acceptAbove->setToolTip(tr("Accepts every undecided entry whose suggestion is at least this sure."));
    m_threshold = new QSpinBox(fourth);
    m_threshold->setObjectName(QStringLiteral("acceptThreshold"));
    m_threshold->setAccessibleName(tr("Lowest confidence to accept"));
    m_threshold->setRange(0, 100);
    m_threshold->setValue(80);
    m_threshold->setSuffix(QLocale().percent());
    bulkRow->addWidget(m_checkAll);
    bulkRow->addWidget(m_accept);
    bulkRow->addWidget(m_skip);
    bulkRow->addWidget(m_changeMatter);
    bulkRow->addSpacing(12);
    bulkRow->addWidget(m_acceptAbove);
    bulkRow->addWidget(m_threshold);
    bulkRow->addStretch(1);
    auto *problemsOnly = new QCheckBox(tr("Only &refused and failed"), fourth);
    problemsOnly->setObjectName(QStringLiteral("problemsOnly"));
    bulkRow->addWidget(problemsOnly);
    fourthLayout->addLayout(bulkRow);
    m_reassignView = makeTable(fourth, QStringLiteral("reassignments"), tr("Entries on the placeholder"),
                               tr("Find the entries on the placeholder to see them here with a suggested matter."));
    m_reassignView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_reassignSorted = new QSortFilterProxyModel(this);
    m_reassignSorted->setSourceModel(m_reassignments);
    m_reassignSorted->setSortRole(ReassignmentModel::SortRole);
    m_reassignSorted->setFilterRole(ReassignmentModel::StateKeyRole);
    m_reassignSorted->setFilterKeyColumn(ReassignmentModel::StateColumn);
    setMaskedModel(m_reassignView, m_reassignSorted);
    m_reassignView->setSortingEnabled(true);
    m_reassignView->sortByColumn(-1, Qt::AscendingOrder);
    m_reassignView->setItemDelegateForColumn(ReassignmentModel::ChosenColumn, new MatterDelegate(m_reassignView));
    m_reassignView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::SelectedClicked);
    fitColumns(m_reassignView);
    fourthLayout->addWidget(m_reassignView, 1);
    m_reassignSummary = noteLabel(fourth, QStringLiteral("reassignSummary"));
    fourthLayout->addWidget(m_reassignSummary);
    m_reassignPanel = new JobProgressPanel(fourth);
    m_reassignPanel->setObjectName(QStringLiteral("reassignProgress"));
    fourthLayout->addWidget(m_reassignPanel);
    m_sections->addTab(fourth, tr("&4 Reassign"));

    m_message = noteLabel(this, QStringLiteral("placeholderMessage"));
    m_message->hide();
    contentLayout()->addWidget(m_message);

    connect(m_targetBox, &TargetConnectionBox::targetChanged, this, &PlaceholderPage::onTargetChanged);
    connect(m_targetBox, &TargetConnectionBox::inputsEdited, this, &PlaceholderPage::updateButtons);
    connect(m_targetBox, &TargetConnectionBox::connected, this, [this] {
        updateButtons();
        refresh();
    });
    connect(session, &ProjectSession::projectChanged, this, [this] {
        m_clientName->clear();
        m_matterDescription->clear();
        m_templateDir->clear();
        m_templateFiles->clear();
        m_templatesResult->clear();
    });
    connect(m_clientName, &QLineEdit::textChanged, this, &PlaceholderPage::updateButtons);
    connect(m_matterDescription, &QLineEdit::textChanged, this, &PlaceholderPage::updateButtons);
    connect(m_create, &QPushButton::clicked, this, &PlaceholderPage::createPlaceholder);
    connect(m_chooseDir, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the time-tracking templates"),
                                                              m_templateDir->text());
        if (!dir.isEmpty())
            m_templateDir->setText(dir);
    });
    connect(m_templateDir, &QLineEdit::textChanged, this, &PlaceholderPage::updateButtons);
    connect(m_xlsx, &QCheckBox::toggled, this, &PlaceholderPage::updateButtons);
    connect(m_csv, &QCheckBox::toggled, this, &PlaceholderPage::updateButtons);
    connect(m_writeTemplates, &QPushButton::clicked, this, &PlaceholderPage::writeTemplates);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_templateDir->text().trimmed())); });
    connect(m_templateFiles, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(item->data(Qt::UserRole).toString()));
    });
    connect(m_load, &QPushButton::clicked, this, &PlaceholderPage::browseLoad);
    connect(m_remove, &QPushButton::clicked, this, &PlaceholderPage::removeEntry);
    connect(m_entriesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlaceholderPage::updateButtons);
    connect(m_upload, &QPushButton::clicked, this, [this] {
        start(RunKind::Upload, new InterimUploadJob(request()), m_interimPanel);
        m_interimTabs->setCurrentWidget(m_entriesView);
    });
    connect(m_find, &QPushButton::clicked, this,
            [this] { start(RunKind::List, new ReassignListJob(request()), m_reassignPanel); });
    connect(m_move, &QPushButton::clicked, this,
            [this] { start(RunKind::Move, new ReassignMoveJob(request()), m_reassignPanel); });
    connect(m_checkAll, &QCheckBox::toggled, m_reassignments, &ReassignmentModel::setAllChecked);
    connect(m_reassignments, &ReassignmentModel::checkedChanged, this, &PlaceholderPage::updateButtons);
    connect(m_reassignView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlaceholderPage::updateButtons);
    connect(m_accept, &QPushButton::clicked, this,
            [this] { decide(chosenRows(), int(Reassignment::Decision::Accept)); });
    connect(m_skip, &QPushButton::clicked, this, [this] { decide(chosenRows(), int(Reassignment::Decision::Skip)); });
    connect(m_changeMatter, &QPushButton::clicked, this, &PlaceholderPage::changeMatter);
    connect(m_acceptAbove, &QPushButton::clicked, this, &PlaceholderPage::acceptAbove);
    connect(m_reassignments, &ReassignmentModel::matterChosen, this,
            [this](const QString &id, const QString &matterId, const QString &label) {
                decide({ id }, int(Reassignment::Decision::Accept), matterId, label);
            });
    connect(problemsOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_reassignSorted->setFilterRegularExpression(only ? QStringLiteral("^(refused|failed)$") : QString());
    });

    onTargetChanged();
}

PlaceholderPage::~PlaceholderPage()
{
    if (m_job)
        m_job->cancel();
}

void PlaceholderPage::initializePage()
{
    StepPage::initializePage();
    if (ProjectStore *store = session()->store(); store && m_templateDir->text().isEmpty())
        m_templateDir->setText(
            QDir(QFileInfo(store->filePath()).absolutePath()).filePath(tr("Time-tracking templates")));
    refresh();
}

TargetChoice PlaceholderPage::targetChoice() const
{
    return m_targetBox->targetChoice();
}

void PlaceholderPage::showSection(Section section)
{
    m_sections->setCurrentIndex(int(section));
}

QString PlaceholderPage::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void PlaceholderPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PlaceholderPage::onTargetChanged()
{
    const bool package = targetChoice().kind == TargetChoice::Kind::CsvPackage;
    m_placeholderBox->setVisible(!package);
    m_placeholderNote->setVisible(package);
    m_view = {};
    m_entries->setEntries({});
    m_issues->setIssues({});
    m_reassignments->setRows({});
    m_reassignments->setCandidates({});
    m_interimSummary->clear();
    m_reassignSummary->clear();
    showMessage(QString());
    refresh();
    updateButtons();
}

void PlaceholderPage::refresh()
{
    ProjectStore *store = session()->store();
    if (!store || isRunning())
        return;
    const QString path = store->filePath();
    const QString key = targetChoice().key();
    ++m_backgroundWork;
    updateButtons();
    runInBackground<PlaceholderView::View>(
        this, [path, key] { return PlaceholderView::read(path, key); },
        [this, key](const PlaceholderView::View &view) {
            --m_backgroundWork;
            if (targetChoice().key() == key && !isRunning())
                apply(view);
            updateButtons();
        });
}

void PlaceholderPage::apply(const PlaceholderView::View &view)
{
    m_view = view;
    if (!view.error.isEmpty())
        showMessage(view.error);

    // The placeholder matter.
    const PlaceholderInfo &info = view.placeholder;
    const ProjectStore *store = session()->store();
    if (info.exists()) {
        m_clientName->setText(info.clientName);
        m_matterDescription->setText(info.matterDescription);
        m_placeholderState->setText(
            tr("Created: matter %1 “%2” of %3, on %4 by %5. Entries on it are not billable until moved.")
                .arg(info.displayNumber, info.matterDescription, info.clientName,
                     QLocale().toString(info.createdUtc.toLocalTime(), QLocale::ShortFormat), info.createdBy));
    } else {
        if (m_clientName->text().isEmpty())
            m_clientName->setText(!info.clientName.isEmpty() ? info.clientName
                                                             : Placeholders::defaultClientName(
                                                                 store ? store->settings().firmName : QString()));
        if (m_matterDescription->text().isEmpty())
            m_matterDescription->setText(!info.matterDescription.isEmpty() ? info.matterDescription
                                                                           : Placeholders::defaultMatterDescription());
        m_placeholderState->setText(tr("Not created yet in %1. The names can be changed until it is created.")
                                        .arg(targetChoice().baseUrl.toDisplayString()));
    }
    m_clientName->setReadOnly(info.exists());
    m_matterDescription->setReadOnly(info.exists());

    // Interim time.
    m_entries->setEntries(view.entries);
    m_issues->setIssues(view.issues);
    fitColumns(m_entriesView);
    if (!view.issues.isEmpty())
        fitColumns(m_issuesView);
    m_interimTabs->setTabText(m_interimTabs->indexOf(m_entriesView),
                              view.entries.isEmpty() ? tr("&Entries") : tr("&Entries (%L1)").arg(view.entries.size()));
    m_interimTabs->setTabText(m_interimTabs->indexOf(m_issuesView),
                              view.issues.isEmpty() ? tr("&Issues") : tr("&Issues (%L1)").arg(view.issues.size()));

    // Reassignment.
    m_reassignments->setCandidates(view.candidates);
    m_reassignments->setRows(view.reassignments);
    if (!view.reassignments.isEmpty())
        fitColumns(m_reassignView);
    showReassignSummary();
}

void PlaceholderPage::showReassignSummary()
{
    const PlaceholderInfo &info = m_view.placeholder;
    const bool package = targetChoice().kind == TargetChoice::Kind::CsvPackage;
    if (package)
        m_reassignNote->setText(tr("Entries are reassigned on a Clio target; a CSV import package has no placeholder "
                                   "matter."));
    else if (!info.exists())
        m_reassignNote->setText(tr("Create the placeholder matter first (section 1)."));
    else
        m_reassignNote->setText(tr("Entries on %1 “%2”: find them, check the suggested matters, accept, change or "
                                   "skip them, then move the accepted ones.")
                                    .arg(info.displayNumber, info.matterDescription));

    qint64 toMove = 0;
    qint64 skipped = 0;
    qint64 undecided = 0;
    for (const Reassignment &r : m_reassignments->rows()) {
        if (!ReassignmentModel::isDecidable(r))
            continue;
        switch (r.decision) {
        case Reassignment::Decision::Accept:
            ++toMove;
            break;
        case Reassignment::Decision::Skip:
            ++skipped;
            break;
        case Reassignment::Decision::Undecided:
            ++undecided;
            break;
        }
    }
    if (m_reassignments->rowCount() == 0) {
        m_reassignSummary->setText(m_lastRunSummary);
        return;
    }
    const QHash<QString, qint64> states = m_reassignments->countsByState();
    QString text = tr("%L1 to move, %L2 skipped, %L3 undecided; %L4 moved, %L5 refused, %L6 failed.")
                       .arg(toMove)
                       .arg(skipped)
                       .arg(undecided)
                       .arg(states.value(QStringLiteral("moved")))
                       .arg(states.value(QStringLiteral("refused")))
                       .arg(states.value(QStringLiteral("failed")));
    if (!m_lastRunSummary.isEmpty())
        text = m_lastRunSummary + QLatin1Char(' ') + text;
    m_reassignSummary->setText(text);
}

void PlaceholderPage::updateButtons()
{
    const bool project = session()->store() != nullptr;
    const bool busy = isBusy();
    const TargetChoice choice = targetChoice();
    const bool clio = choice.kind == TargetChoice::Kind::Clio;
    const bool connected = clio && m_targetBox->isConnected();
    const bool exists = m_view.placeholder.exists();
    m_targetBox->setBusy(isRunning());

    m_create->setEnabled(project && connected && !exists && !busy && !m_clientName->text().trimmed().isEmpty()
                         && !m_matterDescription->text().trimmed().isEmpty());
    m_create->setToolTip(exists          ? tr("The placeholder matter exists.")
                             : connected ? QString()
                                         : tr("Connect to the new system first (Test connection)."));

    m_writeTemplates->setEnabled(project && !busy && !m_templateDir->text().trimmed().isEmpty()
                                 && (m_xlsx->isChecked() || m_csv->isChecked()));
    m_openFolder->setEnabled(QFileInfo(m_templateDir->text().trimmed()).isDir());

    m_load->setEnabled(project && !busy);
    bool removable = false;
    const QModelIndex current = m_entriesView->selectionModel()->currentIndex();
    if (current.isValid() && m_entriesView->selectionModel()->hasSelection())
        removable = !current.data(InterimEntryModel::SentRole).toBool();
    m_remove->setEnabled(project && !busy && removable);
    qint64 unsent = 0;
    for (const InterimEntry &e : m_entries->entries())
        unsent += InterimEntryModel::isSent(e) ? 0 : 1;
    m_upload->setEnabled(project && connected && !busy && unsent > 0);
    m_upload->setToolTip(connected ? QString() : tr("Connect to the new system first (section 1)."));

    const bool rows = m_reassignments->rowCount() > 0;
    const bool chosen = !m_reassignments->checkedIds().isEmpty() || m_reassignView->selectionModel()->hasSelection();
    m_find->setEnabled(project && connected && exists && !busy);
    m_checkAll->setEnabled(rows && !busy);
    m_accept->setEnabled(rows && chosen && !busy);
    m_skip->setEnabled(rows && chosen && !busy);
    m_changeMatter->setEnabled(rows && chosen && !busy && !m_reassignments->candidates().isEmpty());
    m_acceptAbove->setEnabled(rows && !busy);
    m_threshold->setEnabled(rows && !busy);
    bool accepted = false;
    for (const Reassignment &r : m_reassignments->rows()) {
        if (r.decision == Reassignment::Decision::Accept && r.state != QLatin1String("moved")
            && r.state != QLatin1String("gone") && r.state != QLatin1String("refused") && !r.billed)
            accepted = true;
    }
    m_move->setEnabled(project && connected && !busy && accepted);
    m_reassignView->setEditTriggers(busy ? QAbstractItemView::NoEditTriggers
                                         : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                            | QAbstractItemView::SelectedClicked);
}

PlaceholderRequest PlaceholderPage::request() const
{
    PlaceholderRequest r;
    if (ProjectStore *store = session()->store())
        r.projectPath = store->filePath();
    r.target = targetChoice();
    r.connector = m_targetBox->connectorFactory();
    r.clientName = m_clientName->text().trimmed();
    r.matterDescription = m_matterDescription->text().trimmed();
    return r;
}

void PlaceholderPage::start(RunKind kind, Job *job, JobProgressPanel *panel)
{
    if (isRunning() || !session()->store()) {
        delete job;
        return;
    }
    showMessage(QString());
    connect(job, &Job::finished, this, [this, kind] { onRunFinished(kind); });
    m_job = job;
    m_running = kind;
    panel->track(job);
    JobProgressPanel::startAndDispose(job);
    updateButtons();
}

void PlaceholderPage::onRunFinished(RunKind kind)
{
    Job *job = m_job.data();
    const bool ok = job && job->outcome() == Job::Outcome::Succeeded;
    if (job && job->outcome() == Job::Outcome::Failed)
        showMessage(job->errorString());
    if (ok) {
        QLocale l;
        if (auto *load = qobject_cast<InterimLoadJob *>(job)) {
            const InterimLoadSummary s = load->loadSummary();
            m_interimSummary->setText(
                tr("%1 read, %2: %3 added, %4 loaded before, %5 refused.")
                    .arg(tr("%Ln file(s)", nullptr, s.files),
                         tr("%1 row(s)", nullptr, int(qMin<qint64>(s.rows, INT_MAX))).arg(l.toString(s.rows)),
                         l.toString(s.added), l.toString(s.alreadyLoaded), l.toString(s.rejected)));
        } else if (auto *upload = qobject_cast<InterimUploadJob *>(job)) {
            const InterimUploadSummary s = upload->uploadSummary();
            QString text = tr("Sent %1 to their matters and %2 to the placeholder; %3 sent before; %4 failed.")
                               .arg(l.toString(s.toMatter), l.toString(s.toPlaceholder), l.toString(s.alreadySent),
                                    l.toString(s.failed));
            for (const LedgerFailure &f : s.failures)
                text +=
                    QLatin1Char('\n') + (f.label.isEmpty() ? f.sourceKey : f.label) + QStringLiteral(": ") + f.error;
            m_interimSummary->setText(text);
        } else if (auto *list = qobject_cast<ReassignListJob *>(job)) {
            m_lastRunSummary = tr("%n entr(y/ies) found on the placeholder.", nullptr, int(list->listed()));
        } else if (auto *move = qobject_cast<ReassignMoveJob *>(job)) {
            const ReassignMoveSummary s = move->moveSummary();
            m_lastRunSummary =
                tr("Moved %1 (%2 found moved already); %3 refused by the new system; %4 failed and will be tried "
                   "again on the next run.")
                    .arg(l.toString(s.moved + s.alreadyMoved), l.toString(s.alreadyMoved), l.toString(s.refused),
                         l.toString(s.failed));
        }
    }
    if (auto *load = qobject_cast<InterimLoadJob *>(job); load && kind == RunKind::Load) {
        // What was refused comes forward.
        m_interimTabs->setCurrentWidget(load->loadSummary().rejected > 0 ? static_cast<QWidget *>(m_issuesView)
                                                                         : m_entriesView);
    }
    m_job = nullptr;
    m_running = RunKind::None;
    refresh();
    updateButtons();
}

void PlaceholderPage::createPlaceholder()
{
    start(RunKind::Create, new PlaceholderCreateJob(request()), m_createPanel);
}

void PlaceholderPage::writeTemplates()
{
    ProjectStore *store = session()->store();
    if (!store || isBusy())
        return;
    TemplateOptions options;
    options.outDir = m_templateDir->text().trimmed();
    options.xlsx = m_xlsx->isChecked();
    options.csv = m_csv->isChecked();
    options.perUser = m_perUser->isChecked();
    const QString path = store->filePath();
    const QString firm = store->settings().firmName;
    struct Written
    {
        QStringList files;
        QString error;
    };
    m_templatesResult->setText(tr("Writing the templates…"));
    m_templateFiles->clear();
    ++m_backgroundWork;
    updateButtons();
    runInBackground<Written>(
        this,
        [path, options, firm] {
            Written w;
            if (!QDir().mkpath(options.outDir)) {
                w.error = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(options.outDir));
                return w;
            }
            w.files = PlaceholderView::writeTemplates(path, options, firm, &w.error);
            return w;
        },
        [this](const Written &w) {
            --m_backgroundWork;
            if (w.files.isEmpty()) {
                m_templatesResult->setText(w.error.isEmpty() ? tr("No template was written.") : w.error);
            } else {
                m_templatesResult->setText(tr("%n file(s) written. Share them with the firm; load them back when "
                                              "filled (section 3).",
                                              nullptr, int(w.files.size())));
                for (const QString &file : w.files) {
                    auto *item = new QListWidgetItem(QDir::toNativeSeparators(file), m_templateFiles);
                    item->setData(Qt::UserRole, file);
                }
            }
            updateButtons();
        });
}

void PlaceholderPage::browseLoad()
{
    const QString folder = m_templateDir->text().trimmed().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : m_templateDir->text().trimmed();
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Load filled time-tracking templates"), folder,
                                                            tr("Templates (*.xlsx *.csv);;All files (*)"));
    if (!files.isEmpty())
        loadFiles(files);
}

void PlaceholderPage::loadFiles(const QStringList &files)
{
    ProjectStore *store = session()->store();
    if (!store || files.isEmpty())
        return;
    showSection(Section::InterimTime);
    start(RunKind::Load, new InterimLoadJob(store->filePath(), files), m_interimPanel);
}

void PlaceholderPage::removeEntry()
{
    ProjectStore *store = session()->store();
    const QModelIndex current = m_entriesView->selectionModel()->currentIndex();
    if (!store || !current.isValid() || isBusy() || current.data(InterimEntryModel::SentRole).toBool())
        return;
    const qint64 id = current.data(InterimEntryModel::EntryIdRole).toLongLong();
    const QString path = store->filePath();
    struct Removed
    {
        bool ok = false;
        QString error;
    };
    ++m_backgroundWork;
    updateButtons();
    runInBackground<Removed>(
        this,
        [path, id] {
            Removed r;
            r.ok = PlaceholderView::removeEntry(path, id, &r.error);
            return r;
        },
        [this](const Removed &r) {
            --m_backgroundWork;
            if (!r.ok)
                showMessage(r.error);
            refresh();
        });
}

QStringList PlaceholderPage::chosenRows() const
{
    QStringList ids = m_reassignments->checkedIds();
    if (!ids.isEmpty())
        return ids;
    for (const QModelIndex &index : m_reassignView->selectionModel()->selectedRows())
        ids.append(index.data(ReassignmentModel::ActivityIdRole).toString());
    return ids;
}

void PlaceholderPage::decide(const QStringList &ids, int decision, const QString &matterId, const QString &label)
{
    ProjectStore *store = session()->store();
    if (!store || ids.isEmpty() || isBusy())
        return;
    const QString path = store->filePath();
    const QString key = targetChoice().key();
    struct Decided
    {
        int changed = -1;
        QString error;
    };
    ++m_backgroundWork;
    updateButtons();
    runInBackground<Decided>(
        this,
        [path, key, ids, decision, matterId, label] {
            Decided d;
            d.changed =
                PlaceholderView::decide(path, key, ids, Reassignment::Decision(decision), matterId, label, &d.error);
            return d;
        },
        [this, ids](const Decided &d) {
            --m_backgroundWork;
            if (d.changed < 0)
                showMessage(d.error);
            else if (d.changed < ids.size())
                showMessage(tr("%n entr(y/ies) not changed: moved already, being moved, or billed.", nullptr,
                               int(ids.size()) - d.changed));
            else
                showMessage(QString());
            refresh();
        });
}

void PlaceholderPage::changeMatter()
{
    const QStringList ids = chosenRows();
    const QList<MatterCandidate> &candidates = m_reassignments->candidates();
    if (ids.isEmpty() || candidates.isEmpty())
        return;
    // Masked labels can look alike; numbered, each still names one matter.
    const bool masked = PrivacyState::instance()->isEnabled();
    QStringList labels;
    for (const MatterCandidate &c : candidates) {
        labels.append(masked ? tr("%1. %2").arg(labels.size() + 1).arg(PrivacyMask::name(c.label())) : c.label());
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Change matter"), tr("Move %n entr(y/ies) to:", nullptr, int(ids.size())), labels, 0, false, &ok);
    const qsizetype at = labels.indexOf(chosen);
    if (!ok || at < 0)
        return;
    decide(ids, int(Reassignment::Decision::Accept), candidates.at(at).id, candidates.at(at).label());
}

void PlaceholderPage::acceptAbove()
{
    ProjectStore *store = session()->store();
    if (!store || isBusy())
        return;
    const QString path = store->filePath();
    const QString key = targetChoice().key();
    const int threshold = m_threshold->value();
    struct Decided
    {
        int changed = -1;
        QString error;
    };
    ++m_backgroundWork;
    updateButtons();
    runInBackground<Decided>(
        this,
        [path, key, threshold] {
            Decided d;
            d.changed = PlaceholderView::acceptAbove(path, key, threshold, &d.error);
            return d;
        },
        [this, threshold](const Decided &d) {
            --m_backgroundWork;
            if (d.changed < 0)
                showMessage(d.error);
            else
                m_lastRunSummary = tr("%n entr(y/ies) accepted at %1 or more.", nullptr, d.changed)
                                       .arg(QLocale().toString(threshold) + QLocale().percent());
            refresh();
        });
}

} // namespace Cutover
