#pragma once

#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace Cutover {

class ProjectSession;

// Step 0: create a migration project, open one, or pick a recent one. Complete
// once a project is open.
class ProjectPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProjectPage(ProjectSession *session, QWidget *parent = nullptr);

    bool isComplete() const override;
    void initializePage() override;

    // The file a new project will be saved to, following the firm name until the
    // user picks a location.
    QString newProjectPath() const;
    QString errorText() const;

    // Creates the project from the form; false with the error shown on the page.
    bool createFromForm();
    bool openPath(const QString &path);
    // Shown below the tabs until the next successful open or create; empty hides it.
    void showError(const QString &message);

signals:
    // An existing project was opened from this page (not created): the wizard resumes it.
    void projectOpened();

private:
    QWidget *buildNewTab();
    QWidget *buildOpenTab();
    void refresh();
    void refreshRecent();
    void browseSaveLocation();
    void browseOpen();
    void suggestPath();

    ProjectSession *m_session;
    QGroupBox *m_summary = nullptr;
    QFormLayout *m_summaryForm = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_firmName = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_create = nullptr;
    QListWidget *m_recent = nullptr;
    QPushButton *m_openRecent = nullptr;
    QLabel *m_error = nullptr;
    bool m_pathEdited = false;
};

} // namespace Cutover
