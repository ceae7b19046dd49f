#include "ProjectPage.h"

#include "Palette.h"
#include "ProjectSession.h"
#include "domain/Catalogs.h"
#include "domain/WizardStep.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Cutover {

namespace {

void fillCatalog(QComboBox *combo, const QList<CatalogEntry> &entries, const QString &current)
{
    for (const CatalogEntry &e : entries)
        combo->addItem(e.title, e.key);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

// A file name from the firm's name: characters no file system accepts are dropped.
QString fileNameFor(const QString &firm)
{
    QString name = firm.simplified();
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    name.removeIf([](QChar c) { return forbidden.contains(c) || c.category() == QChar::Other_Control; });
    if (name.isEmpty())
        name = QCoreApplication::translate("Cutover::ProjectPage", "New migration");
    return name + QLatin1Char('.') + QLatin1String(ProjectStore::kFileSuffix);
}

QString defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("Cutover"));
}

} // namespace

ProjectPage::ProjectPage(ProjectSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("projectPage"));
    setTitle(Steps::title(WizardStep::Project));
    setSubTitle(tr("Start a migration project for one firm, or continue one you started."));

    auto *layout = new QVBoxLayout(this);

    m_summary = new QGroupBox(tr("Open project"), this);
    m_summary->setObjectName(QStringLiteral("projectSummary"));
    m_summaryForm = new QFormLayout(m_summary);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("projectTabs"));
    m_tabs->addTab(buildNewTab(), tr("Ne&w project"));
    m_tabs->addTab(buildOpenTab(), tr("&Open project"));
    layout->addWidget(m_tabs, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("projectError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(Palette::labelStyleSheet(Palette::Status::Error, palette(), true));
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();
    layout->addWidget(m_error);

    connect(m_session, &ProjectSession::projectChanged, this, &ProjectPage::refresh);
    refresh();
}

QWidget *ProjectPage::buildNewTab()
{
    auto *tab = new QWidget(this);
    auto *form = new QFormLayout(tab);
    const ProjectSettings defaults = ProjectSettings::defaultsForThisMachine();

    m_firmName = new QLineEdit(tab);
    m_firmName->setObjectName(QStringLiteral("firmName"));
    m_firmName->setPlaceholderText(tr("e.g. Harbor & Pine LLP"));
    m_firmName->setMaxLength(200);
    form->addRow(tr("&Firm name:"), m_firmName);

    m_source = new QComboBox(tab);
    m_source->setObjectName(QStringLiteral("sourceSystem"));
    fillCatalog(m_source, SourceSystems::all(), defaults.sourceSystem);
    form->addRow(tr("&Moving from:"), m_source);

    m_target = new QComboBox(tab);
    m_target->setObjectName(QStringLiteral("targetSystem"));
    fillCatalog(m_target, TargetSystems::all(), defaults.targetSystem);
    form->addRow(tr("Moving &to:"), m_target);

    m_zone = new QComboBox(tab);
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(id));
    m_zone->setCurrentText(defaults.timeZone);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->setToolTip(tr("The firm's time zone: cutoff times and deadlines are shown in it."));
    form->addRow(tr("Firm's time &zone:"), m_zone);

    m_region = new QComboBox(tab);
    m_region->setObjectName(QStringLiteral("holidayRegion"));
    fillCatalog(m_region, HolidayRegions::all(), defaults.holidayRegion);
    m_region->setToolTip(tr("Public holidays here are not business days when deadlines are counted."));
    form->addRow(tr("&Holidays of:"), m_region);

    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(tab);
    m_path->setObjectName(QStringLiteral("projectPath"));
    auto *browse = new QPushButton(tr("&Browse…"), tab);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("&Save as:"), pathRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(pathRow)))
        label->setBuddy(m_path);

    m_create = new QPushButton(tr("C&reate project"), tab);
    m_create->setObjectName(QStringLiteral("createProject"));
    m_create->setEnabled(false);
    form->addRow(QString(), m_create);

    connect(m_firmName, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_create->setEnabled(!text.trimmed().isEmpty());
        suggestPath();
    });
    connect(m_firmName, &QLineEdit::returnPressed, this, &ProjectPage::createFromForm);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(browse, &QPushButton::clicked, this, &ProjectPage::browseSaveLocation);
    connect(m_create, &QPushButton::clicked, this, &ProjectPage::createFromForm);
    suggestPath();
    return tab;
}

QWidget *ProjectPage::buildOpenTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *label = new QLabel(tr("&Recent projects:"), tab);
    m_recent = new QListWidget(tab);
    m_recent->setObjectName(QStringLiteral("recentProjects"));
    m_recent->setAlternatingRowColors(true);
    label->setBuddy(m_recent);
    layout->addWidget(label);
    layout->addWidget(m_recent, 1);

    auto *buttons = new QHBoxLayout;
    m_openRecent = new QPushButton(tr("Open &selected"), tab);
    m_openRecent->setObjectName(QStringLiteral("openRecent"));
    m_openRecent->setEnabled(false);
    auto *browse = new QPushButton(tr("Open a &file…"), tab);
    browse->setObjectName(QStringLiteral("openFile"));
    buttons->addStretch(1);
    buttons->addWidget(m_openRecent);
    buttons->addWidget(browse);
    layout->addLayout(buttons);

    auto openCurrent = [this] {
        if (QListWidgetItem *item = m_recent->currentItem())
            openPath(item->data(Qt::UserRole).toString());
    };
    connect(m_recent, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { m_openRecent->setEnabled(item != nullptr); });
    connect(m_recent, &QListWidget::itemActivated, this, openCurrent);
    connect(m_openRecent, &QPushButton::clicked, this, openCurrent);
    connect(browse, &QPushButton::clicked, this, &ProjectPage::browseOpen);
    return tab;
}

void ProjectPage::initializePage()
{
    refreshRecent();
}

bool ProjectPage::isComplete() const
{
    return m_session->isOpen();
}

QString ProjectPage::newProjectPath() const
{
    return m_path->text().trimmed();
}

QString ProjectPage::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ProjectPage::suggestPath()
{
    if (m_pathEdited)
        return;
    const QString folder = m_path->text().isEmpty() ? defaultFolder() : QFileInfo(m_path->text()).absolutePath();
    m_path->setText(QDir::toNativeSeparators(QDir(folder).filePath(fileNameFor(m_firmName->text()))));
}

void ProjectPage::browseSaveLocation()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save the migration project as"), newProjectPath(),
                                                        tr("Cutover projects (*.cutover)"));
    if (chosen.isEmpty())
        return;
    QString path = chosen;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(ProjectStore::kFileSuffix);
    m_path->setText(QDir::toNativeSeparators(path));
    m_pathEdited = true;
}

void ProjectPage::browseOpen()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Open a migration project"), defaultFolder(),
                                                        tr("Cutover projects (*.cutover);;All files (*)"));
    if (!chosen.isEmpty())
        openPath(chosen);
}

bool ProjectPage::createFromForm()
{
    ProjectSettings settings;
    settings.firmName = m_firmName->text().trimmed();
    settings.sourceSystem = m_source->currentData().toString();
    settings.targetSystem = m_target->currentData().toString();
    settings.timeZone = m_zone->currentText().trimmed();
    settings.holidayRegion = m_region->currentData().toString();
    QString path = QDir::fromNativeSeparators(newProjectPath());
    if (path.isEmpty()) {
        showError(tr("Choose where to save the project."));
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(ProjectStore::kFileSuffix);
    QString error;
    if (!m_session->create(path, settings, &error)) {
        showError(error);
        return false;
    }
    m_firmName->clear();
    m_pathEdited = false;
    suggestPath();
    return true;
}

bool ProjectPage::openPath(const QString &path)
{
    QString error;
    if (!m_session->open(path, &error)) {
        showError(error);
        refreshRecent();
        return false;
    }
    emit projectOpened();
    return true;
}

void ProjectPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ProjectPage::refresh()
{
    showError(QString());
    while (m_summaryForm->rowCount() > 0)
        m_summaryForm->removeRow(0);
    ProjectStore *store = m_session->store();
    m_summary->setVisible(store != nullptr);
    if (store) {
        const ProjectSettings &s = store->settings();
        auto addRow = [this](const QString &label, const QString &value) {
            auto *field = new QLabel(value, m_summary);
            field->setTextFormat(Qt::PlainText); // names come from the file: never render them as HTML
            field->setTextInteractionFlags(Qt::TextSelectableByMouse);
            field->setWordWrap(true);
            m_summaryForm->addRow(label, field);
        };
        addRow(tr("Firm:"), s.firmName);
        addRow(tr("Moving:"),
               tr("from %1 to %2").arg(SourceSystems::title(s.sourceSystem), TargetSystems::title(s.targetSystem)));
        addRow(tr("Time zone:"), s.timeZone);
        addRow(tr("Holidays of:"), HolidayRegions::title(s.holidayRegion));
        addRow(tr("File:"), QDir::toNativeSeparators(store->filePath()));
        addRow(tr("Created:"), QLocale().toString(s.createdUtc.toLocalTime(), QLocale::LongFormat));
        // "&" would become a keyboard mnemonic in a group box title.
        m_summary->setTitle(
            tr("Open project: %1").arg(QString(s.firmName).replace(QLatin1Char('&'), QLatin1String("&&"))));
    }
    refreshRecent();
    emit completeChanged();
}

void ProjectPage::refreshRecent()
{
    const QString current = m_session->store() ? m_session->store()->filePath() : QString();
    m_recent->clear();
    for (const QString &path : m_session->recent().list()) {
        auto *item = new QListWidgetItem(QFileInfo(path).completeBaseName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (path == current)
            item->setText(tr("%1 (open)").arg(item->text()));
    }
}

} // namespace Cutover
