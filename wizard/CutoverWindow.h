#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QToolBar;

namespace Cutover {

class CutoverWizard;
class ProjectSession;

// The application's window: the wizard with a menu bar, a toolbar and a status
// line around it. Holds what belongs to the whole application rather than a
// step: opening projects (recent ones, and one a specialist sent), the privacy
// mask for screen-shares with its "Privacy on" badge, and presenter mode.
class CutoverWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit CutoverWindow(ProjectSession *session, QWidget *parent = nullptr);

    CutoverWizard *wizard() const { return m_wizard; }
    QAction *privacyAction() const { return m_privacy; }
    QAction *presenterAction() const { return m_presenter; }
    QLabel *privacyBadge() const { return m_badge; }
    QMenu *recentMenu() const { return m_recentMenu; }

    // Opens `path` as a project handed over by someone else: says what it is
    // and that credentials are not in it, then resumes it. False (with the
    // reason on the Project page) when it cannot be opened.
    bool openHandedOver(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void buildMenus();
    void browseOpen();
    void browseHandedOver();
    void openRecent(const QString &path);
    bool openOrExplain(const QString &path);
    void rebuildRecentMenu();
    void syncPrivacy(bool enabled);
    void syncPresenter(bool enabled);
    void updateTitle();
    void retintIcons();

    ProjectSession *m_session;
    CutoverWizard *m_wizard;
    QToolBar *m_toolBar = nullptr;
    QAction *m_privacy = nullptr;
    QAction *m_presenter = nullptr;
    QAction *m_handOver = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_badge = nullptr;
    QAction *m_badgeAction = nullptr; // shows and hides the badge in the toolbar
    QLabel *m_statusProject = nullptr;
    // The wizard's own default button while another button has focus.
    QPointer<QPushButton> m_mainDefault;
};

} // namespace Cutover
