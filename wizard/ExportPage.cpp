#include "ExportPage.h"

#include "ExportDelegates.h"
#include "JobProgressPanel.h"
#include "Palette.h"
#include "ProjectSession.h"
#include "TableViews.h"
#include "domain/LocaleFormat.h"
#include "staging/ClientSelectionModel.h"
#include "staging/EntityCountsModel.h"
#include "staging/ExportPlanModel.h"
#include "staging/IssueListModel.h"
#include "staging/MappingModel.h"
#include "staging/PreviewModel.h"
#include "staging/StagingJob.h"
#include "staging/StagingStore.h"
#include "staging/StagingTasks.h"
#include "store/ProjectStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Cutover {

namespace {

void setPlaceholder(QTableView *view, const QString &text)
{
    static_cast<PlaceholderTableView *>(view)->setPlaceholderText(text);
}

// The style's icon, but the status ones as SVGs that stay sharp at any scale
// and read on dark palettes (see Palette.h).
QIcon standardIcon(const QWidget *widget, QStyle::StandardPixmap which)
{
    switch (which) {
    case QStyle::SP_MessageBoxInformation:
        return Palette::icon(Palette::Status::Info);
    case QStyle::SP_MessageBoxWarning:
        return Palette::icon(Palette::Status::Warning);
    case QStyle::SP_MessageBoxCritical:
        return Palette::icon(Palette::Status::Error);
    case QStyle::SP_DialogApplyButton:
        return Palette::icon(Palette::Status::Ok);
    default:
        return widget->style()->standardIcon(which, nullptr, widget);
    }
}

// File-name safe id for a map saved under `name`.
QString mapIdFor(const QString &name)
{
    QString id;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            id += c;
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return QStringLiteral("project-") + (id.isEmpty() ? QStringLiteral("map") : id);
}

} // namespace

ExportPage::ExportPage(ProjectSession *session, QWidget *parent)
    : StepPage(WizardStep::Export, session, parent)
    , m_plan(new ExportPlanModel(this))
    , m_mapping(new MappingModel(this))
    , m_preview(new PreviewModel(this))
    , m_issues(new IssueListModel(this))
    , m_counts(new EntityCountsModel(this))
    , m_clients(new ClientSelectionModel(this))
    , m_snapshots(new SnapshotListModel(this))
{
    setSubTitle(tr("Load the old system's export files and check every row."));
    setHelpText(tr("Add the CSV and Excel files the old system exported, or connect to its database. Cutover "
                   "recognises what each file holds, maps its columns, validates every row and finds duplicates. "
                   "Problems are listed with file, row and column; nothing is dropped silently."));
    setAcceptDrops(true);

    buildLoadControls();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("exportSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildFilesArea());

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("exportTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildColumnsTab(), tr("Colu&mns"));
    m_tabs->addTab(buildIssuesTab(), tr("&Issues"));
    m_tabs->addTab(buildLoadedTab(), tr("Loaded &data"));
    m_tabs->addTab(buildClientsTab(), tr("Cli&ents to migrate"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 190, 330 });
    contentLayout()->addWidget(splitter, 1);

    m_progress = new JobProgressPanel(this);
    contentLayout()->addWidget(m_progress);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();
    contentLayout()->addWidget(m_message);

    connect(m_load, &QPushButton::clicked, this, &ExportPage::startLoad);
    connect(m_kind, &QComboBox::activated, this, [this] { m_kindChosen = true; });
    connect(m_plan, &ExportPlanModel::planChanged, this, &ExportPage::updateLoadState);
    connect(m_plan, &ExportPlanModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = currentFile();
        if (!m_applyingEdit && row >= from.row() && row <= to.row())
            showCurrentFile();
    });
    connect(m_plan, &ExportPlanModel::rowsInserted, this, [this] {
        if (currentFile() < 0 && m_plan->rowCount() > 0)
            selectFile(0);
    });
    connect(m_plan, &ExportPlanModel::modelReset, this, &ExportPage::showCurrentFile);
    connect(m_plan, &ExportPlanModel::rowsRemoved, this, &ExportPage::showCurrentFile);
    connect(m_mapping, &MappingModel::mapEdited, this, &ExportPage::onMapEdited);
    connect(m_clients, &ClientSelectionModel::inclusionChanged, this, &ExportPage::onInclusionChanged);
    connect(m_plan, &ExportPlanModel::planChanged, this, &ExportPage::savePlan);
    connect(m_plan, &ExportPlanModel::inspectingChanged, this, [this](bool inspecting) {
        if (inspecting)
            return;
        if (!m_restoring.isEmpty())
            finishRestore();
        else
            savePlan();
    });
    connect(session, &ProjectSession::projectChanged, this, &ExportPage::projectChanged);

    QWidget::setTabOrder(m_addFiles, m_addFolder);
    QWidget::setTabOrder(m_addFolder, m_remove);
    QWidget::setTabOrder(m_remove, m_kind);
    QWidget::setTabOrder(m_kind, m_load);
    QWidget::setTabOrder(m_load, m_filesView);
    QWidget::setTabOrder(m_filesView, m_tabs);

    projectChanged();
}

ExportPage::~ExportPage()
{
    if (m_job) {
        // The job deletes itself once its thread is gone (see JobProgressPanel);
        // wait here so it does not outlive the window writing to the project.
        m_job->disconnect(this);
        m_job->cancel();
        if (QThread *worker = m_job->thread(); worker && worker != thread())
            worker->wait(10000);
    }
}

void ExportPage::buildLoadControls()
{
    // Load: the kind of snapshot and the button; why it is disabled is said
    // below the files.
    m_kindLabel = new QLabel(tr("Load &as:"), this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("snapshotKind"));
    m_kind->setAccessibleName(tr("Snapshot kind"));
    for (SnapshotKind kind : { SnapshotKind::Trial, SnapshotKind::Final, SnapshotKind::Delta })
        m_kind->addItem(SnapshotKinds::title(kind), SnapshotKinds::key(kind));
    m_kind->setItemData(0, tr("A trial load: check the export as often as you like."), Qt::ToolTipRole);
    m_kind->setItemData(1, tr("The export taken at the cutoff: this is what will be imported."), Qt::ToolTipRole);
    m_kind->setItemData(2, tr("A re-export after the final one: compared with it to find later work."),
                        Qt::ToolTipRole);
    m_kindLabel->setBuddy(m_kind);
    m_load = new QPushButton(tr("&Load"), this);
    m_load->setObjectName(QStringLiteral("loadButton"));
    m_load->setIcon(standardIcon(this, QStyle::SP_ArrowDown));
    m_load->setDefault(false);
    m_load->setAutoDefault(false);

    m_loadReasonIcon = new QLabel(this);
    m_loadReasonIcon->setPixmap(standardIcon(this, QStyle::SP_MessageBoxInformation).pixmap(16, 16));
    m_loadReason = new QLabel(this);
    m_loadReason->setObjectName(QStringLiteral("loadBlockedReason"));
    m_loadReason->setWordWrap(true);
    m_loadReason->setTextFormat(Qt::PlainText);
    m_loadReason->setAccessibleName(tr("Why loading is not possible yet"));
}

QWidget *ExportPage::buildFilesArea()
{
    auto *area = new QWidget(this);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *buttons = new QHBoxLayout;
    m_addFiles = new QPushButton(standardIcon(this, QStyle::SP_FileIcon), tr("Add &files…"), area);
    m_addFiles->setObjectName(QStringLiteral("addFiles"));
    m_addFiles->setToolTip(tr("CSV, Excel (.xlsx) and zip backups the old system exported."));
    m_addFolder = new QPushButton(standardIcon(this, QStyle::SP_DirIcon), tr("Add f&older…"), area);
    m_addFolder->setObjectName(QStringLiteral("addFolder"));
    m_addFolder->setToolTip(tr("Every CSV, Excel and zip file in a folder and its subfolders."));
    m_remove = new QPushButton(tr("&Remove"), area);
    m_remove->setObjectName(QStringLiteral("removeFiles"));
    m_remove->setToolTip(tr("Takes the selected file off the list (Delete)."));
    m_remove->setEnabled(false);
    buttons->addWidget(m_addFiles);
    buttons->addWidget(m_addFolder);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_kindLabel);
    buttons->addWidget(m_kind);
    buttons->addWidget(m_load);
    layout->addLayout(buttons);

    m_filesView = makeTable(area, QStringLiteral("exportFiles"), tr("Files to load"));
    setPlaceholder(m_filesView, tr("Add the files the old system exported, or drop them (or a folder of them) here."));
    m_filesView->setModel(m_plan);
    m_filesView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::SelectedClicked);
    m_filesView->setToolTip(tr("Double-click “Holds” or “Map” (or press F2) to change what a file holds."));
    auto *header = m_filesView->horizontalHeader();
    header->setSectionResizeMode(ExportPlanModel::FileColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ExportPlanModel::StatusColumn, QHeaderView::Stretch);
    m_filesView->setTextElideMode(Qt::ElideRight);
    header->resizeSection(ExportPlanModel::FileColumn, 150);
    header->resizeSection(ExportPlanModel::FormatColumn, 140);
    header->resizeSection(ExportPlanModel::EntityColumn, 135);
    header->resizeSection(ExportPlanModel::MapColumn, 160);

    auto *delegate = new ExportCellDelegate(m_filesView);
    delegate->setDecorate([this](QStyleOptionViewItem *option, const QModelIndex &index) {
        if (index.column() != ExportPlanModel::StatusColumn)
            return;
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        switch (static_cast<ExportPlanModel::Status>(index.data(ExportPlanModel::StatusRole).toInt())) {
        case ExportPlanModel::Status::Inspecting:
            icon = QStyle::SP_BrowserReload;
            break;
        case ExportPlanModel::Status::Recognised:
        case ExportPlanModel::Status::Chosen:
            icon = QStyle::SP_DialogApplyButton;
            break;
        case ExportPlanModel::Status::Archive:
            icon = QStyle::SP_DirClosedIcon;
            break;
        case ExportPlanModel::Status::NeedsMap:
        case ExportPlanModel::Status::Ambiguous:
        case ExportPlanModel::Status::Incomplete:
            icon = QStyle::SP_MessageBoxWarning;
            ExportCellDelegate::applyTone(option, ExportCellDelegate::Tone::Warning);
            break;
        case ExportPlanModel::Status::Unreadable:
            icon = QStyle::SP_MessageBoxCritical;
            ExportCellDelegate::applyTone(option, ExportCellDelegate::Tone::Error);
            break;
        }
        option->icon = standardIcon(m_filesView, icon);
        option->features |= QStyleOptionViewItem::HasDecoration;
    });
    delegate->setChoices([this](const QModelIndex &index) {
        QList<ExportCellDelegate::Choice> choices;
        if (index.column() == ExportPlanModel::EntityColumn) {
            for (Entity e : Entities::all())
                choices.append({ Entities::title(e), Entities::key(e) });
        } else if (index.column() == ExportPlanModel::MapColumn) {
            for (const ExportPlanModel::MapChoice &c : m_plan->mapChoices(index.row()))
                choices.append({ c.title, c.id });
        }
        return choices;
    });
    m_filesView->setItemDelegate(delegate);
    layout->addWidget(m_filesView, 1);

    auto *reasonRow = new QHBoxLayout;
    reasonRow->setSpacing(6);
    reasonRow->addWidget(m_loadReasonIcon, 0, Qt::AlignTop);
    reasonRow->addWidget(m_loadReason, 1);
    layout->addLayout(reasonRow);

    auto *removeAction = new QAction(tr("Remove from the list"), m_filesView);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_filesView->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &ExportPage::removeSelectedFiles);
    connect(m_remove, &QPushButton::clicked, this, &ExportPage::removeSelectedFiles);
    connect(m_addFiles, &QPushButton::clicked, this, &ExportPage::browseFiles);
    connect(m_addFolder, &QPushButton::clicked, this, &ExportPage::browseFolder);
    connect(m_filesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_remove->setEnabled(currentFile() >= 0);
        showCurrentFile();
    });
    return area;
}

QWidget *ExportPage::buildColumnsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);

    auto *top = new QHBoxLayout;
    m_mappingTitle = new QLabel(tab);
    m_mappingTitle->setObjectName(QStringLiteral("mappingTitle"));
    m_mappingTitle->setTextFormat(Qt::PlainText);
    m_mappingTitle->setWordWrap(true);
    m_saveMap = new QPushButton(tr("&Save map…"), tab);
    m_saveMap->setObjectName(QStringLiteral("saveMap"));
    m_saveMap->setToolTip(tr("Keeps this map in the project, to use for other files."));
    m_exportMap = new QPushButton(tr("E&xport map…"), tab);
    m_exportMap->setObjectName(QStringLiteral("exportMap"));
    m_exportMap->setToolTip(tr("Writes this map to a JSON file another project can import."));
    m_importMap = new QPushButton(tr("Im&port map…"), tab);
    m_importMap->setObjectName(QStringLiteral("importMap"));
    m_importMap->setToolTip(tr("Uses a map from a JSON file for the selected file."));
    top->addWidget(m_mappingTitle, 1);
    top->addWidget(m_saveMap);
    top->addWidget(m_exportMap);
    top->addWidget(m_importMap);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal, tab);
    split->setChildrenCollapsible(false);

    m_mappingView = makeTable(split, QStringLiteral("mappingView"), tr("Columns of the selected file"));
    m_mappingView->setModel(m_mapping);
    m_mappingView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_mappingView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    auto *mh = m_mappingView->horizontalHeader();
    mh->setSectionResizeMode(QHeaderView::Interactive);
    mh->resizeSection(MappingModel::FieldColumn, 130);
    mh->resizeSection(MappingModel::RequiredColumn, 64);
    mh->resizeSection(MappingModel::SourceColumn, 130);
    mh->resizeSection(MappingModel::ConfidenceColumn, 70);
    mh->resizeSection(MappingModel::FormatColumn, 110);
    mh->setStretchLastSection(true);
    auto *mappingDelegate = new ExportCellDelegate(m_mappingView);
    mappingDelegate->setDecorate([](QStyleOptionViewItem *option, const QModelIndex &index) {
        if (index.data(MappingModel::MissingRole).toBool()
            && (index.column() == MappingModel::SourceColumn || index.column() == MappingModel::FieldColumn))
            ExportCellDelegate::applyTone(option, ExportCellDelegate::Tone::Error);
        if (index.column() == MappingModel::RequiredColumn || index.column() == MappingModel::ConfidenceColumn)
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    });
    mappingDelegate->setChoices(
        [](const QModelIndex &index) {
            QList<ExportCellDelegate::Choice> choices;
            for (const QString &c : index.data(MappingModel::ChoicesRole).toStringList())
                choices.append({ c.isEmpty() ? ExportPage::tr("default") : c, c });
            return choices;
        },
        [](const QModelIndex &index) { return index.column() == MappingModel::FormatColumn; });
    m_mappingView->setItemDelegate(mappingDelegate);
    split->addWidget(m_mappingView);

    auto *previewBox = new QWidget(split);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewLabel = new QLabel(tr("Preview, as loaded:"), previewBox);
    m_previewView = makeTable(previewBox, QStringLiteral("previewView"), tr("Preview"));
    setMaskedModel(m_previewView, m_preview);
    m_previewView->verticalHeader()->show();
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->horizontalHeader()->setDefaultSectionSize(110);
    previewLabel->setBuddy(m_previewView);
    auto *previewDelegate = new ExportCellDelegate(m_previewView);
    previewDelegate->setDecorate([](QStyleOptionViewItem *option, const QModelIndex &index) {
        if (!index.data(PreviewModel::HasProblemRole).toBool())
            return;
        const auto severity = static_cast<CellProblem::Severity>(index.data(PreviewModel::ProblemSeverityRole).toInt());
        ExportCellDelegate::applyTone(option,
                                      severity == CellProblem::Severity::Error ? ExportCellDelegate::Tone::Error
                                                                               : ExportCellDelegate::Tone::Warning);
    });
    m_previewView->setItemDelegate(previewDelegate);
    // How the rows fare, beside the title; why none converts, below the table.
    m_previewNote = new QLabel(previewBox);
    m_previewNote->setObjectName(QStringLiteral("previewNote"));
    m_previewNote->setTextFormat(Qt::PlainText);
    m_previewNote->setToolTip(
        tr("Cells with a problem, and rows that would be rejected. Point at a marked cell for the reason."));
    m_previewProblems = new QLabel(previewBox);
    m_previewProblems->setObjectName(QStringLiteral("previewProblems"));
    m_previewProblems->setWordWrap(true);
    m_previewProblems->setTextFormat(Qt::PlainText);
    m_previewProblems->setStyleSheet(Palette::labelStyleSheet(Palette::Status::Error, palette()));
    m_previewProblems->hide();
    auto *previewTop = new QHBoxLayout;
    previewTop->addWidget(previewLabel, 1);
    previewTop->addWidget(m_previewNote);
    previewLayout->addLayout(previewTop);
    previewLayout->addWidget(m_previewView, 1);
    previewLayout->addWidget(m_previewProblems);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({ 500, 500 });
    layout->addWidget(split, 1);

    connect(m_saveMap, &QPushButton::clicked, this, &ExportPage::askSaveMap);
    connect(m_exportMap, &QPushButton::clicked, this, &ExportPage::browseExportMap);
    connect(m_importMap, &QPushButton::clicked, this, &ExportPage::browseImportMap);
    return tab;
}

QWidget *ExportPage::buildIssuesTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);

    auto *top = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Fil&ter:"), tab);
    m_issueFilter = new QLineEdit(tab);
    m_issueFilter->setObjectName(QStringLiteral("issueFilter"));
    m_issueFilter->setAccessibleName(tr("Filter issues"));
    m_issueFilter->setPlaceholderText(tr("File, column, problem or value"));
    m_issueFilter->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_issueFilter);
    auto *severityLabel = new QLabel(tr("Se&verity:"), tab);
    m_severity = new QComboBox(tab);
    m_severity->setObjectName(QStringLiteral("issueSeverity"));
    m_severity->setAccessibleName(tr("Severity"));
    m_severity->addItem(tr("All"), QString());
    for (IssueSeverity s : { IssueSeverity::Error, IssueSeverity::Warning, IssueSeverity::Info })
        m_severity->addItem(IssueSeverities::title(s), IssueSeverities::key(s));
    severityLabel->setBuddy(m_severity);
    m_issueCount = new QLabel(tab);
    m_issueCount->setObjectName(QStringLiteral("issueCount"));
    m_exportIssues = new QPushButton(tr("Export iss&ues…"), tab);
    m_exportIssues->setObjectName(QStringLiteral("exportIssues"));
    m_exportIssues->setToolTip(tr("Writes every issue of the newest snapshot to a CSV file."));
    m_fixLists = new QPushButton(tr("&Write fix lists…"), tab);
    m_fixLists->setObjectName(QStringLiteral("writeFixLists"));
    m_fixLists->setToolTip(tr("Writes the rejected rows of each file to a CSV you can correct and load again."));
    top->addWidget(filterLabel);
    top->addWidget(m_issueFilter, 2);
    top->addWidget(severityLabel);
    top->addWidget(m_severity);
    top->addWidget(m_issueCount, 1);
    top->addWidget(m_exportIssues);
    top->addWidget(m_fixLists);
    layout->addLayout(top);

    m_issuesView = makeTable(tab, QStringLiteral("issuesView"), tr("Issues"));
    m_issuesView->setTextElideMode(Qt::ElideRight);
    setPlaceholder(m_issuesView, tr("No issues to show."));
    setMaskedModel(m_issuesView, m_issues);
    m_issuesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *ih = m_issuesView->horizontalHeader();
    ih->setSectionResizeMode(QHeaderView::Interactive);
    ih->resizeSection(IssueListModel::FileColumn, 120);
    ih->resizeSection(IssueListModel::SheetColumn, 60);
    ih->resizeSection(IssueListModel::RowColumn, 50);
    ih->resizeSection(IssueListModel::ColumnColumn, 110);
    ih->resizeSection(IssueListModel::SeverityColumn, 84);
    ih->resizeSection(IssueListModel::CodeColumn, 150);
    ih->resizeSection(IssueListModel::MessageColumn, 420);
    ih->setStretchLastSection(true);
    auto *issueDelegate = new ExportCellDelegate(m_issuesView);
    issueDelegate->setDecorate([this](QStyleOptionViewItem *option, const QModelIndex &index) {
        if (index.column() != IssueListModel::SeverityColumn)
            return;
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        switch (static_cast<IssueSeverity>(index.data(IssueListModel::SeverityRole).toInt())) {
        case IssueSeverity::Error:
            icon = QStyle::SP_MessageBoxCritical;
            break;
        case IssueSeverity::Warning:
            icon = QStyle::SP_MessageBoxWarning;
            break;
        case IssueSeverity::Info:
            break;
        }
        option->icon = standardIcon(m_issuesView, icon);
        option->features |= QStyleOptionViewItem::HasDecoration;
    });
    m_issuesView->setItemDelegate(issueDelegate);
    layout->addWidget(m_issuesView, 1);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filterTimer, &QTimer::timeout, this, &ExportPage::applyIssueFilter);
    connect(m_issueFilter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_issueFilter, &QLineEdit::returnPressed, this, &ExportPage::applyIssueFilter);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &ExportPage::applyIssueFilter);
    connect(m_exportIssues, &QPushButton::clicked, this, &ExportPage::browseExportIssues);
    connect(m_fixLists, &QPushButton::clicked, this, &ExportPage::browseFixLists);
    return tab;
}

QWidget *ExportPage::buildClientsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_clientsSummary = new QLabel(tab);
    m_clientsSummary->setObjectName(QStringLiteral("clientsSummary"));
    m_clientsSummary->setWordWrap(true);
    m_clientsSummary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_clientsSummary);

    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Searc&h:"), tab);
    auto *filter = new QLineEdit(tab);
    filter->setObjectName(QStringLiteral("clientsFilter"));
    filter->setClearButtonEnabled(true);
    filter->setPlaceholderText(tr("Client number or name"));
    filter->setAccessibleName(tr("Find clients"));
    filterLabel->setBuddy(filter);
    auto *includeAll = new QPushButton(tr("Migrate the clients &shown"), tab);
    includeAll->setObjectName(QStringLiteral("includeShownClients"));
    auto *excludeAll = new QPushButton(tr("Lea&ve out the clients shown"), tab);
    excludeAll->setObjectName(QStringLiteral("excludeShownClients"));
    bar->addWidget(filterLabel);
    bar->addWidget(filter, 1);
    bar->addWidget(includeAll);
    bar->addWidget(excludeAll);
    layout->addLayout(bar);

    m_clientsFilter = new QSortFilterProxyModel(this);
    m_clientsFilter->setSourceModel(m_clients);
    m_clientsFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_clientsFilter->setFilterKeyColumn(-1);
    auto *view = makeTable(tab, QStringLiteral("clientsView"), tr("Clients and whether each moves to the new system"));
    setPlaceholder(view, tr("The clients of the newest snapshot appear here once one is loaded."));
    setMaskedModel(view, m_clientsFilter);
    view->setSortingEnabled(true);
    view->sortByColumn(ClientSelectionModel::NameColumn, Qt::AscendingOrder);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(ClientSelectionModel::NameColumn, QHeaderView::Stretch);
    layout->addWidget(view, 1);

    connect(filter, &QLineEdit::textChanged, m_clientsFilter, &QSortFilterProxyModel::setFilterFixedString);
    auto shownRows = [this] {
        QList<int> rows;
        for (int r = 0; r < m_clientsFilter->rowCount(); ++r)
            rows << m_clientsFilter->mapToSource(m_clientsFilter->index(r, 0)).row();
        return rows;
    };
    connect(includeAll, &QPushButton::clicked, this, [this, shownRows] { m_clients->setIncluded(shownRows(), true); });
    connect(excludeAll, &QPushButton::clicked, this, [this, shownRows] { m_clients->setIncluded(shownRows(), false); });
    return tab;
}

void ExportPage::onInclusionChanged(const QStringList &clientKeys, bool included)
{
    ProjectStore *store = session()->store();
    if (!store)
        return;
    QString error;
    // One small write on the project's own connection; the counts that follow
    // are read again in the background.
    if (!StagingStore::setClientsIncluded(store->database(), clientKeys, included, &error)) {
        showMessage(tr("The choice of clients could not be saved: %1").arg(error), true);
        return;
    }
    store->appendAudit(included ? QStringLiteral("clients.included") : QStringLiteral("clients.excluded"),
                       { { QStringLiteral("clients"), QJsonArray::fromStringList(clientKeys) } });
    updateClientsSummary();
    refreshOverview();
}

void ExportPage::updateClientsSummary()
{
    const QLocale locale;
    const int total = m_clients->rowCount();
    if (total == 0) {
        m_clientsSummary->setText(tr("Every client moves unless you leave it out here."));
        return;
    }
    const qint64 entries = m_includedCounts.value(Entity::TimeEntry);
    const qint64 allEntries = m_allCounts.value(Entity::TimeEntry);
    m_clientsSummary->setText(tr("%1 of %2 clients move, with %3 of %4 matters and %5 of %6 time entries. A client "
                                 "left out takes its matters, entries and notes with it.")
                                  .arg(locale.toString(m_clients->includedCount()), locale.toString(total),
                                       locale.toString(m_includedCounts.value(Entity::Matter)),
                                       locale.toString(m_allCounts.value(Entity::Matter)), locale.toString(entries),
                                       locale.toString(allEntries)));
}

QWidget *ExportPage::buildLoadedTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_loadedSummary = new QLabel(tab);
    m_loadedSummary->setObjectName(QStringLiteral("loadedSummary"));
    m_loadedSummary->setWordWrap(true);
    m_loadedSummary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_loadedSummary);

    auto *split = new QSplitter(Qt::Horizontal, tab);
    split->setChildrenCollapsible(false);
    m_countsView = makeTable(split, QStringLiteral("countsView"), tr("Rows per kind of record in the newest snapshot"));
    m_countsView->setModel(m_counts);
    m_countsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_countsView->setTextElideMode(Qt::ElideRight);
    m_countsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_countsView->horizontalHeader()->setSectionResizeMode(EntityCountsModel::EntityColumn, QHeaderView::Stretch);
    setPlaceholder(m_countsView, tr("Nothing has been loaded yet."));
    m_snapshotsView = makeTable(split, QStringLiteral("snapshotsView"), tr("Snapshots loaded"));
    m_snapshotsView->setModel(m_snapshots);
    m_snapshotsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_snapshotsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_snapshotsView->horizontalHeader()->setStretchLastSection(true);
    split->addWidget(m_countsView);
    split->addWidget(m_snapshotsView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    return tab;
}

void ExportPage::initializePage()
{
    StepPage::initializePage();
    refreshSavedMaps();
    refreshOverview();
}

QString ExportPage::projectPath() const
{
    ProjectStore *store = session()->store();
    return store ? store->filePath() : QString();
}

void ExportPage::projectChanged()
{
    // A load still running was for the project that is gone.
    if (m_job)
        m_job->cancel();
    ProjectStore *store = session()->store();
    // Emptying the page is not the user removing files: keep the new project's list.
    m_switchingProject = true;
    m_restoring = QJsonArray();
    m_plan->clear();
    m_issues->clear();
    m_shownSnapshot = 0;
    m_counts->setOverview({});
    m_snapshots->setSnapshots({});
    m_loadedSummary->setText(tr("Nothing has been loaded yet."));
    m_issueCount->clear();
    m_kindChosen = false;
    m_showLoadedData = true;
    showMessage({}, false);
    if (store) {
        const QTimeZone zone(store->settings().timeZone.toUtf8());
        m_plan->setFirmZone(zone);
        m_preview->setFirmZone(zone);
        refreshSavedMaps();
        refreshOverview();
    }
    m_switchingProject = false;
    if (store)
        restorePlan();
    updateLoadState();
}

void ExportPage::savePlan()
{
    ProjectStore *store = session()->store();
    if (!store || store->isReadOnly() || m_switchingProject || !m_restoring.isEmpty() || m_plan->isInspecting())
        return;
    QJsonArray files;
    for (int row = 0; row < m_plan->rowCount(); ++row) {
        const InspectedSource &source = m_plan->source(row);
        QJsonObject file { { QStringLiteral("path"), source.path }, { QStringLiteral("sheet"), source.sheet } };
        const auto map = m_plan->map(row);
        if (m_plan->chosenByUser(row) && map) {
            file.insert(QStringLiteral("choice"), m_plan->mapChoice(row));
            file.insert(QStringLiteral("map"), map->toJson());
        }
        files.append(file);
    }
    QJsonObject stepData = store->stepData(WizardStep::Export);
    if (stepData.value(QStringLiteral("files")).toArray() == files)
        return;
    stepData.insert(QStringLiteral("files"), files);
    store->setStepData(WizardStep::Export, stepData);
}

void ExportPage::restorePlan()
{
    ProjectStore *store = session()->store();
    const QJsonArray files = store->stepData(WizardStep::Export).value(QStringLiteral("files")).toArray();
    QStringList paths;
    for (const QJsonValue &v : files) {
        const QString path = v.toObject().value(QStringLiteral("path")).toString();
        if (!path.isEmpty() && !paths.contains(path))
            paths << path;
    }
    if (paths.isEmpty())
        return;
    // A file that has gone since is shown as unreadable, saying so: not dropped.
    m_restoring = files;
    m_plan->addPaths(paths);
}

void ExportPage::finishRestore()
{
    const QJsonArray files = m_restoring;
    m_restoring = QJsonArray();
    for (const QJsonValue &v : files) {
        const QJsonObject file = v.toObject();
        if (!file.contains(QStringLiteral("map")))
            continue;
        const int row = m_plan->findRow(file.value(QStringLiteral("path")).toString(),
                                        file.value(QStringLiteral("sheet")).toString());
        QString ignored;
        const auto map = ImportMap::fromJson(file.value(QStringLiteral("map")).toObject(), &ignored);
        if (row >= 0 && map)
            m_plan->setMap(row, *map, file.value(QStringLiteral("choice")).toString());
    }
    savePlan();
}

void ExportPage::refreshSavedMaps()
{
    ProjectStore *store = session()->store();
    m_plan->setSavedMaps(store ? StagingStore::savedMaps(store->database()) : QList<ImportMap> {});
}

// --- files -------------------------------------------------------------------

void ExportPage::addPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    showMessage({}, false);
    m_plan->addPaths(paths);
    if (currentFile() < 0 && m_plan->rowCount() > 0)
        selectFile(0);
}

void ExportPage::browseFiles()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add export files"), folder, tr("Export files (*.csv *.tsv *.txt *.xlsx *.zip);;All files (*)"));
    addPaths(files);
}

void ExportPage::browseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Add a folder of export files"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (!folder.isEmpty())
        addPaths({ folder });
}

void ExportPage::removeSelectedFiles()
{
    const int row = currentFile();
    if (row < 0)
        return;
    m_plan->removeRows(row, 1);
    if (m_plan->rowCount() > 0)
        selectFile(qMin(row, m_plan->rowCount() - 1));
}

int ExportPage::currentFile() const
{
    const QModelIndex current = m_filesView->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ExportPage::selectFile(int row)
{
    if (row < 0 || row >= m_plan->rowCount())
        return;
    m_filesView->selectionModel()->setCurrentIndex(m_plan->index(row, ExportPlanModel::FileColumn),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ExportPage::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime && mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    event->ignore();
}

void ExportPage::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
    else
        event->ignore();
}

void ExportPage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    if (const QMimeData *mime = event->mimeData()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
    }
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    addPaths(paths);
}

// --- columns -----------------------------------------------------------------

void ExportPage::showCurrentFile()
{
    const int row = currentFile();
    const bool table = row >= 0 && m_plan->source(row).kind == InspectedSource::Kind::Table
        && m_plan->status(row) != ExportPlanModel::Status::Inspecting;
    const std::optional<ImportMap> map = table ? m_plan->map(row) : std::nullopt;
    m_saveMap->setEnabled(map.has_value());
    m_exportMap->setEnabled(map.has_value());
    m_importMap->setEnabled(table);
    if (!table) {
        m_mapping->clear();
        m_preview->clear();
        m_previewNote->clear();
        m_previewProblems->hide();
        if (row < 0)
            m_mappingTitle->setText(tr("Select a file to see how its columns are read."));
        else if (m_plan->status(row) == ExportPlanModel::Status::Inspecting)
            m_mappingTitle->setText(tr("Reading %1…").arg(QFileInfo(m_plan->source(row).path).fileName()));
        else if (m_plan->source(row).kind == InspectedSource::Kind::Archive)
            m_mappingTitle->setText(tr("The files in this archive are placed by their headers when it is loaded."));
        else
            m_mappingTitle->setText(m_plan->index(row, ExportPlanModel::StatusColumn).data().toString());
        return;
    }
    const InspectedSource &source = m_plan->source(row);
    const QString name = m_plan->index(row, ExportPlanModel::FileColumn).data().toString();
    if (map) {
        m_mappingTitle->setText(tr("%1 holds %2, read with the map “%3”.")
                                    .arg(name, Entities::title(map->entity),
                                         m_plan->index(row, ExportPlanModel::MapColumn).data().toString()));
    } else {
        m_mappingTitle->setText(
            tr("%1: choose what it holds in the “Holds” column above; its columns are then mapped here.").arg(name));
    }
    m_mapping->setSource(source.header, map);
    m_preview->setSource(source.header, source.headerRow, source.sample, source.sampleRows, map);
    updatePreviewNote();
}

void ExportPage::onMapEdited()
{
    const int row = currentFile();
    if (row >= 0 && m_mapping->hasMap()) {
        // The plan keeps the edited map; the editor is not rebuilt from it.
        m_applyingEdit = true;
        m_plan->setMap(row, m_mapping->map());
        m_applyingEdit = false;
        m_preview->setMap(m_mapping->map());
        const QString name = m_plan->index(row, ExportPlanModel::FileColumn).data().toString();
        m_mappingTitle->setText(tr("%1 holds %2, read with the map “%3”.")
                                    .arg(name, Entities::title(m_mapping->map().entity),
                                         m_plan->index(row, ExportPlanModel::MapColumn).data().toString()));
    }
    updatePreviewNote();
}

void ExportPage::updatePreviewNote()
{
    m_previewProblems->setVisible(m_mapping->hasMap() && !m_preview->problems().isEmpty());
    m_previewProblems->setText(m_preview->problems().join(QLatin1Char(' ')));
    if (!m_mapping->hasMap() || !m_preview->problems().isEmpty()) {
        m_previewNote->clear();
        return;
    }
    const int rejected = m_preview->rejectedRowCount();
    const int cells = m_preview->problemCellCount();
    if (cells == 0 && rejected == 0) {
        m_previewNote->setText(tr("No problems in these %n row(s)", nullptr, m_preview->rowCount()));
        m_previewNote->setStyleSheet(QString());
    } else {
        m_previewNote->setText(
            tr("%1 · %2").arg(tr("%n problem(s)", nullptr, cells), tr("%n rejected", nullptr, rejected)));
        m_previewNote->setStyleSheet(Palette::labelStyleSheet(Palette::Status::Error, palette()));
    }
}

bool ExportPage::saveMapToProject(const QString &name)
{
    const int row = currentFile();
    ProjectStore *store = session()->store();
    const std::optional<ImportMap> current = row >= 0 ? m_plan->map(row) : std::nullopt;
    if (!store || !current || name.trimmed().isEmpty())
        return false;
    ImportMap map = *current;
    map.name = name.trimmed();
    map.id = mapIdFor(map.name);
    if (map.source.isEmpty())
        map.source = store->settings().sourceSystem;
    QString error;
    if (!StagingStore::saveMap(store->database(), map, &error)) {
        showMessage(tr("The map could not be saved in the project: %1").arg(error), true);
        return false;
    }
    refreshSavedMaps();
    m_plan->setMap(row, map, QStringLiteral("saved:") + map.id);
    showMessage(tr("The map “%1” is saved in the project.").arg(map.name), false);
    return true;
}

void ExportPage::askSaveMap()
{
    const int row = currentFile();
    if (row < 0 || !m_plan->map(row))
        return;
    bool ok = false;
    const std::optional<ImportMap> map = m_plan->map(row);
    const QString suggested = map->name.isEmpty() || m_plan->mapChoice(row) == QLatin1String("suggested")
        ? tr("%1 from %2").arg(Entities::title(map->entity), QFileInfo(m_plan->source(row).path).completeBaseName())
        : map->name;
    const QString name =
        QInputDialog::getText(this, tr("Save map"), tr("Name of the map:"), QLineEdit::Normal, suggested, &ok);
    if (ok)
        saveMapToProject(name);
}

void ExportPage::exportMapTo(const QString &path)
{
    const int row = currentFile();
    const std::optional<ImportMap> map = row >= 0 ? m_plan->map(row) : std::nullopt;
    if (!map)
        return;
    runInBackground<TaskOutcome>(
        this, [map = *map, path] { return StagingTasks::saveMap(map, path); },
        [this, path](const TaskOutcome &outcome) {
            finishTask(outcome.ok,
                       outcome.ok ? tr("The map was written to %1.").arg(QDir::toNativeSeparators(path))
                                  : tr("The map could not be written: %1").arg(outcome.error));
        });
}

void ExportPage::browseExportMap()
{
    const int row = currentFile();
    const std::optional<ImportMap> map = row >= 0 ? m_plan->map(row) : std::nullopt;
    if (!map)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(mapIdFor(map->name).mid(8) + QStringLiteral(".json"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the map"), suggested, tr("Import maps (*.json)"));
    if (!path.isEmpty())
        exportMapTo(path);
}

void ExportPage::importMapFrom(const QString &path)
{
    const int row = currentFile();
    if (row < 0)
        return;
    const QString file = m_plan->source(row).path;
    const QString sheet = m_plan->source(row).sheet;
    runInBackground<MapFile>(
        this, [path] { return StagingTasks::loadMap(path); },
        [this, file, sheet, path](const MapFile &loaded) {
            const int at = m_plan->findRow(file, sheet);
            if (!loaded.map) {
                finishTask(false,
                           tr("The map in %1 cannot be used: %2").arg(QDir::toNativeSeparators(path), loaded.error));
                return;
            }
            if (at >= 0)
                m_plan->setMap(at, *loaded.map);
            finishTask(true, tr("The map “%1” is used for %2.").arg(loaded.map->name, QFileInfo(file).fileName()));
        });
}

void ExportPage::browseImportMap()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a map"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Import maps (*.json);;All files (*)"));
    if (!path.isEmpty())
        importMapFrom(path);
}

// --- loading -----------------------------------------------------------------

bool ExportPage::isLoading() const
{
    return m_job && m_job->isRunning();
}

QString ExportPage::loadBlockedReason() const
{
    if (!session()->isOpen())
        return tr("Open a project first.");
    if (isLoading())
        return tr("Loading…");
    return m_plan->blockingReason();
}

void ExportPage::updateLoadState()
{
    const QString reason = loadBlockedReason();
    m_load->setEnabled(reason.isEmpty());
    m_loadReason->setText(reason);
    m_loadReason->setVisible(!reason.isEmpty());
    m_loadReasonIcon->setVisible(!reason.isEmpty());
    m_addFiles->setEnabled(session()->isOpen());
    m_addFolder->setEnabled(session()->isOpen());
    m_load->setToolTip(reason.isEmpty() ? tr("Reads every file, stores its rows as a snapshot and lists every problem.")
                                        : reason);
}

bool ExportPage::startLoad()
{
    const QString reason = loadBlockedReason();
    if (!reason.isEmpty()) {
        showMessage(reason, true);
        return false;
    }
    showMessage({}, false);
    const auto kind = SnapshotKinds::fromKey(m_kind->currentData().toString()).value_or(SnapshotKind::Trial);
    auto *job = new StagingJob(m_plan->request(projectPath(), kind));
    m_job = job;
    m_progress->track(job);
    connect(job, &Job::finished, this, &ExportPage::onLoadFinished);
    JobProgressPanel::startAndDispose(job);
    updateLoadState();
    return true;
}

void ExportPage::onLoadFinished(Job::Outcome outcome)
{
    updateLoadState();
    if (outcome == Job::Outcome::Succeeded) {
        m_kindChosen = false; // a final load makes delta the next sensible kind
        refreshOverview();
    }
    emit loadFinished(outcome);
}

// --- loaded data and issues --------------------------------------------------

void ExportPage::refreshOverview()
{
    const QString path = projectPath();
    if (path.isEmpty())
        return;
    const quint64 generation = ++m_overviewGeneration;
    runInBackground<SnapshotOverview>(
        this, [path] { return StagingTasks::overview(path); },
        [this, generation, path](const SnapshotOverview &overview) {
            if (generation == m_overviewGeneration && path == projectPath())
                applyOverview(overview);
        });
}

void ExportPage::applyOverview(const SnapshotOverview &overview)
{
    m_counts->setOverview(overview);
    m_allCounts = overview.counts;
    m_includedCounts = overview.includedCounts;
    m_clients->setClients(overview.clients);
    updateClientsSummary();
    m_snapshots->setSnapshots(overview.snapshots);
    if (!overview.error.isEmpty()) {
        m_loadedSummary->setText(tr("The loaded data cannot be read: %1").arg(overview.error));
    } else if (overview.latestId == 0) {
        m_loadedSummary->setText(tr("Nothing has been loaded yet."));
    } else {
        const SnapshotInfo &latest = overview.snapshots.constFirst();
        qint64 rows = 0;
        for (qint64 n : overview.counts)
            rows += n;
        // Each count with its own plural form ("1 row", "2 rows").
        const auto counted = [](const QString &text, qint64 n) {
            return text.arg(LocaleFormat::number(n));
        };
        const auto n = [](qint64 v) {
            return int(qMin<qint64>(v, INT_MAX));
        };
        const qint64 files = overview.files.size(), errors = overview.issues.errors;
        const qint64 warnings = overview.issues.warnings;
        m_loadedSummary->setText(tr("Snapshot %1 (%2), loaded %3: %4 from %5; %6, %7.")
                                     .arg(QString::number(latest.id), SnapshotKinds::title(latest.kind).toLower(),
                                          LocaleFormat::localDateTime(latest.completedUtc),
                                          counted(tr("%1 row(s)", nullptr, n(rows)), rows),
                                          counted(tr("%1 file(s)", nullptr, n(files)), files),
                                          counted(tr("%1 error(s)", nullptr, n(errors)), errors),
                                          counted(tr("%1 warning(s)", nullptr, n(warnings)), warnings)));
    }
    bool hasFinal = false;
    for (const SnapshotInfo &s : overview.snapshots)
        hasFinal = hasFinal || s.kind == SnapshotKind::Final;
    if (!m_kindChosen)
        m_kind->setCurrentIndex(
            m_kind->findData(SnapshotKinds::key(hasFinal ? SnapshotKind::Delta : SnapshotKind::Trial)));
    m_tabs->setTabText(1,
                       overview.issues.total() > 0 ? tr("&Issues (%1)").arg(QLocale().toString(overview.issues.total()))
                                                   : tr("&Issues"));

    // A project opened with data loaded before: show it while no file is added.
    if (m_showLoadedData && overview.latestId > 0 && m_plan->rowCount() == 0)
        m_tabs->setCurrentIndex(2);
    m_showLoadedData = false;
    m_shownSnapshot = overview.latestId;
    ProjectStore *store = session()->store();
    m_issues->setSource(store ? store->database().connectionName() : QString(), overview.latestId);
    applyIssueFilter();
    m_exportIssues->setEnabled(overview.latestId > 0);
    m_fixLists->setEnabled(overview.latestId > 0);
    emit overviewRefreshed();
}

void ExportPage::applyIssueFilter()
{
    m_filterTimer->stop();
    IssueFilter filter;
    filter.text = m_issueFilter->text().trimmed();
    filter.severity = IssueSeverities::fromKey(m_severity->currentData().toString());
    m_issues->setFilter(filter);
    if (m_issues->canFetchMore({}))
        m_issues->fetchMore({});

    const qint64 snapshot = m_issues->snapshotId();
    const QString path = projectPath();
    if (snapshot <= 0 || path.isEmpty()) {
        m_issueCount->clear();
        return;
    }
    const quint64 generation = ++m_issueCountGeneration;
    runInBackground<qint64>(
        this, [path, snapshot, filter] { return StagingTasks::issueCount(path, snapshot, filter); },
        [this, generation](qint64 count) {
            if (generation != m_issueCountGeneration)
                return;
            m_issueCount->setText(
                count < 0
                    ? QString()
                    : tr("%1 issue(s)", nullptr, int(qMin<qint64>(count, INT_MAX))).arg(QLocale().toString(count)));
        });
}

void ExportPage::exportIssuesTo(const QString &path)
{
    const QString project = projectPath();
    const qint64 snapshot = m_shownSnapshot;
    if (project.isEmpty() || snapshot <= 0)
        return;
    m_exportIssues->setEnabled(false);
    runInBackground<TaskOutcome>(
        this, [project, snapshot, path] { return StagingTasks::writeIssuesCsv(project, snapshot, path); },
        [this, path](const TaskOutcome &outcome) {
            m_exportIssues->setEnabled(m_shownSnapshot > 0);
            finishTask(outcome.ok,
                       outcome.ok ? tr("The issues were written to %1.").arg(QDir::toNativeSeparators(path))
                                  : tr("The issues could not be written: %1").arg(outcome.error));
        });
}

void ExportPage::browseExportIssues()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("Issues - snapshot %1.csv").arg(m_shownSnapshot));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the issues"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportIssuesTo(path);
}

void ExportPage::writeFixListsTo(const QString &folder)
{
    const QString project = projectPath();
    const qint64 snapshot = m_shownSnapshot;
    if (project.isEmpty() || snapshot <= 0)
        return;
    m_fixLists->setEnabled(false);
    runInBackground<TaskOutcome>(
        this, [project, snapshot, folder] { return StagingTasks::writeFixLists(project, snapshot, folder); },
        [this, folder](const TaskOutcome &outcome) {
            m_fixLists->setEnabled(m_shownSnapshot > 0);
            if (!outcome.ok)
                finishTask(false, tr("The fix lists could not be written: %1").arg(outcome.error));
            else if (outcome.files.isEmpty())
                finishTask(true, tr("No row was rejected, so there is no fix list to write."));
            else
                finishTask(true,
                           tr("%n fix list(s) written to %1.", nullptr, int(outcome.files.size()))
                               .arg(QDir::toNativeSeparators(folder)));
        });
}

void ExportPage::browseFixLists()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Write the fix lists to"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty())
        writeFixListsTo(folder);
}

void ExportPage::finishTask(bool ok, const QString &message)
{
    showMessage(message, !ok);
    emit taskFinished(ok, message);
}

void ExportPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? Palette::labelStyleSheet(Palette::Status::Error, palette(), true)
                                   : QStringLiteral("QLabel { background: palette(alternate-base); padding: 6px; "
                                                    "border-radius: 3px; }"));
    m_message->setAccessibleName(error ? tr("Error") : tr("Message"));
    m_message->setVisible(!text.isEmpty());
}

QString ExportPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace Cutover
