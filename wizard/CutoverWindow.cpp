#include "CutoverWindow.h"

#include "CutoverWizard.h"
#include "DesktopIntegration.h"
#include "PresenterMode.h"
#include "ProjectPage.h"
#include "ProjectSession.h"
#include "privacy/PrivacyMask.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

namespace Cutover {

namespace {

// An action icon drawn from its SVG in the palette's text colour, so it keeps
// its contrast in a dark palette, at every size and device pixel ratio.
QIcon tintedIcon(const QString &resource, const QColor &colour, qreal ratio)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    // The files draw in "currentColor", which the SVG renderer does not know: the palette's colour goes in.
    svg.replace("currentColor", colour.name().toLatin1());
    QIcon icon;
    for (int size : { 16, 22, 24, 32, 48 }) {
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(QSize(size, size) * ratio);
        QPixmap pixmap = QPixmap::fromImage(reader.read());
        pixmap.setDevicePixelRatio(ratio);
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

CutoverWindow::CutoverWindow(ProjectSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_wizard(new CutoverWizard(session))
{
    setObjectName(QStringLiteral("cutoverWindow"));
    setCentralWidget(m_wizard);
    // The wizard is a dialog: its Close and Finish close the window, and Escape,
    // which would reject it, does nothing (a keyboard user presses it often).
    connect(m_wizard, &QDialog::finished, this, &QWidget::close);
    m_wizard->installEventFilter(this);
    connect(m_wizard, &QWidget::windowTitleChanged, this, &CutoverWindow::updateTitle);
    // Inside a window the wizard is no longer a dialog to Qt, which then stops making the
    // focused push button the default as a dialog does. The style draws a default button
    // as if it had focus, so focus on another button would not show, and Return would
    // press Next rather than the button with focus: do what a dialog does.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now || !m_wizard->isAncestorOf(now))
            return;
        auto *focused = qobject_cast<QPushButton *>(now);
        if (focused && !focused->autoDefault())
            focused = nullptr;
        if (focused && !m_mainDefault) {
            for (QPushButton *b : m_wizard->findChildren<QPushButton *>()) {
                if (b->isDefault())
                    m_mainDefault = b;
            }
        }
        QPushButton *wanted = focused ? focused : m_mainDefault.data();
        if (!wanted)
            return;
        for (QPushButton *b : m_wizard->findChildren<QPushButton *>()) {
            if (b != wanted && b->isDefault())
                b->setDefault(false);
        }
        wanted->setDefault(true);
        if (!focused)
            m_mainDefault = nullptr; // the wizard decides again on the next page
    });

    buildMenus();

    m_statusProject = new QLabel(this);
    statusBar()->addWidget(m_statusProject, 1);

    connect(PrivacyState::instance(), &PrivacyState::enabledChanged, this, &CutoverWindow::syncPrivacy);
    // A notification pops up over a shared screen too: its amounts masked like the page's.
    DesktopIntegration::instance()->setBodyFilter([](const QString &body) {
        return PrivacyState::instance()->isEnabled() ? PrivacyMask::amountsIn(body) : body;
    });
    connect(PresenterMode::instance(), &PresenterMode::enabledChanged, this, &CutoverWindow::syncPresenter);
    connect(m_session, &ProjectSession::projectChanged, this, &CutoverWindow::updateTitle);
    connect(m_session, &ProjectSession::projectChanged, this, &CutoverWindow::rebuildRecentMenu);
    syncPrivacy(PrivacyState::instance()->isEnabled());
    syncPresenter(PresenterMode::instance()->isEnabled());
    updateTitle();

    const QByteArray geometry = QSettings().value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1180, 820);
}

void CutoverWindow::buildMenus()
{
    QMenu *project = menuBar()->addMenu(tr("Project"));
    QAction *open = project->addAction(tr("&Open Project…"), this, &CutoverWindow::browseOpen);
    open->setShortcut(QKeySequence::Open);
    m_handOver =
        project->addAction(tr("Open a Project a &Specialist Sent You…"), this, &CutoverWindow::browseHandedOver);
    m_handOver->setObjectName(QStringLiteral("openHandedOver"));
    m_handOver->setStatusTip(tr("Open a project file someone handed over. Passwords and tokens are never in it."));
    m_recentMenu = project->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &CutoverWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    project->addSeparator();
    QAction *quit = project->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("View"));
    m_privacy = view->addAction(tr("&Privacy Mask"));
    m_privacy->setObjectName(QStringLiteral("privacyAction"));
    m_privacy->setCheckable(true);
    m_privacy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_privacy->setShortcutContext(Qt::ApplicationShortcut);
    m_privacy->setToolTip(tr("Privacy mask (Ctrl+Shift+P): hide client names, contact details, descriptions and "
                             "money on screen. Exports and reports keep the real data."));
    m_privacy->setStatusTip(m_privacy->toolTip());
    connect(m_privacy, &QAction::toggled, PrivacyState::instance(), &PrivacyState::setEnabled);

    m_presenter = view->addAction(tr("P&resenter Mode"));
    m_presenter->setObjectName(QStringLiteral("presenterAction"));
    m_presenter->setCheckable(true);
    m_presenter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_presenter->setShortcutContext(Qt::ApplicationShortcut);
    m_presenter->setToolTip(tr("Presenter mode (Ctrl+Shift+M): larger text and rows, roomier buttons, and each "
                               "step's help kept open. Remembered on this computer."));
    m_presenter->setStatusTip(m_presenter->toolTip());
    connect(m_presenter, &QAction::toggled, PresenterMode::instance(), &PresenterMode::setEnabled);

    QMenu *help = menuBar()->addMenu(tr("Help"));
    help->addAction(tr("&About Cutover"), this, [this] {
        QMessageBox::about(this, tr("About Cutover"),
                           tr("<p><b>Cutover %1</b></p><p>Moves a small firm's practice data from one system to "
                              "another, step by step, and reconciles the result to the cent.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    // The menu titles have no Alt letter: every page already uses most of the alphabet,
    // and a shared letter makes Alt ambiguous. F10 opens the menu bar instead, as in
    // GNOME and Windows; the arrows go on from there.
    auto *openMenus = new QAction(this);
    openMenus->setObjectName(QStringLiteral("openMenuBar"));
    openMenus->setShortcut(Qt::Key_F10);
    openMenus->setShortcutContext(Qt::WindowShortcut);
    connect(openMenus, &QAction::triggered, this, [this, project] {
        menuBar()->setFocus(Qt::ShortcutFocusReason);
        menuBar()->setActiveAction(project->menuAction());
    });
    addAction(openMenus);

    m_toolBar = addToolBar(tr("Screen sharing"));
    m_toolBar->setObjectName(QStringLiteral("screenShareToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_privacy);
    m_toolBar->addAction(m_presenter);
    m_toolBar->addAction(m_handOver);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_badge = new QLabel(tr("Privacy on"), m_toolBar);
    m_badge->setObjectName(QStringLiteral("privacyBadge"));
    m_badge->setAccessibleName(tr("Privacy mask is on"));
    m_badge->setToolTip(tr("Client data is masked on screen. Exports and reports are not masked."));
    m_badgeAction = m_toolBar->addWidget(m_badge);
    retintIcons();
}

bool CutoverWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_wizard && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier)
        return true;
    return QMainWindow::eventFilter(watched, event);
}

bool CutoverWindow::event(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        retintIcons();
    return QMainWindow::event(event);
}

void CutoverWindow::retintIcons()
{
    if (!m_privacy)
        return;
    const QColor text = palette().color(QPalette::WindowText);
    const qreal ratio = devicePixelRatioF();
    m_privacy->setIcon(tintedIcon(QStringLiteral(":/icons/actions/privacy-mask.svg"), text, ratio));
    m_presenter->setIcon(tintedIcon(QStringLiteral(":/icons/actions/presenter-mode.svg"), text, ratio));
    m_handOver->setIcon(tintedIcon(QStringLiteral(":/icons/actions/open-handover.svg"), text, ratio));
    // The badge in the palette's highlight colours: the pair the style already
    // keeps readable, in a light palette and a dark one.
    m_badge->setStyleSheet(
        QStringLiteral(
            "QLabel { background: %1; color: %2; border-radius: 4px; padding: 3px 10px; font-weight: bold; }")
            .arg(palette().color(QPalette::Highlight).name(), palette().color(QPalette::HighlightedText).name()));
}

void CutoverWindow::syncPrivacy(bool enabled)
{
    {
        const QSignalBlocker block(m_privacy);
        m_privacy->setChecked(enabled);
    }
    // The badge is shown through its toolbar action; hiding the label alone
    // would leave an empty gap.
    m_badgeAction->setVisible(enabled);
    statusBar()->showMessage(enabled ? tr("Privacy mask on: client data is hidden on screen only. Exports and "
                                          "reports are not masked.")
                                     : QString());
}

void CutoverWindow::syncPresenter(bool enabled)
{
    const QSignalBlocker block(m_presenter);
    m_presenter->setChecked(enabled);
    m_toolBar->setIconSize(enabled ? QSize(32, 32) : QSize(22, 22));
}

void CutoverWindow::updateTitle()
{
    setWindowTitle(m_wizard->windowTitle());
    const ProjectStore *store = m_session->store();
    m_statusProject->setText(store ? QDir::toNativeSeparators(store->filePath()) : tr("No project open"));
}

void CutoverWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_session->recent().list();
    for (int i = 0; i < recent.size(); ++i) {
        const QString &path = recent.at(i);
        const QString text = i < 9 ? tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).completeBaseName())
                                   : QFileInfo(path).completeBaseName();
        QAction *action = m_recentMenu->addAction(text, this, [this, path] { openRecent(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear the List"), this, [this] {
        m_session->recent().clear();
        rebuildRecentMenu();
    });
    clear->setEnabled(!recent.isEmpty());
}

void CutoverWindow::openRecent(const QString &path)
{
    openOrExplain(path);
}

bool CutoverWindow::openOrExplain(const QString &path)
{
    ProjectPage *page = m_wizard->projectPage();
    if (page->openPath(path))
        return true;
    // The Project page says why; going there refreshes it, so the reason is set again after.
    const QString reason = page->errorText();
    m_wizard->goToStep(WizardStep::Project);
    page->showError(reason);
    return false;
}

void CutoverWindow::browseOpen()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Open a migration project"), defaultFolder(),
                                                        tr("Cutover projects (*.cutover);;All files (*)"));
    if (!chosen.isEmpty())
        openRecent(chosen);
}

void CutoverWindow::browseHandedOver()
{
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Open a project a specialist sent you"),
                                                        downloads.isEmpty() ? defaultFolder() : downloads,
                                                        tr("Cutover projects (*.cutover);;All files (*)"));
    if (!chosen.isEmpty())
        openHandedOver(chosen);
}

bool CutoverWindow::openHandedOver(const QString &path)
{
    if (!openOrExplain(path))
        return false;
    const ProjectStore *store = m_session->store();
    const ProjectSettings settings = store->settings();
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Project opened"),
                        tr("“%1” is open, on the step it was left at.").arg(settings.firmName), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("handOverNotice"));
    box->setInformativeText(tr("A project file holds the firm's data and the work done so far, never a password or a "
                               "token. Sign in to the new system again with your own account when a step asks for "
                               "it. Changes are saved in this file as you make them: send it back when you are "
                               "done, or keep working in it."));
    box->open();
    return true;
}

void CutoverWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

} // namespace Cutover
