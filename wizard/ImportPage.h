#pragma once

#include "StepPage.h"

class QLabel;
class QPushButton;

namespace Cutover {

// Import: pushes the data into the new system. Starts only once the close-out
// is complete (checklist and approvals) or overridden with a reason.
class ImportPage : public StepPage
{
    Q_OBJECT

public:
    explicit ImportPage(ProjectSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    // Whether the close-out lets the import start.
    bool importAllowed() const { return m_allowed; }

signals:
    // "Go to Close out" was pressed.
    void closeOutRequested();

private:
    void refreshGate();

    bool m_allowed = false;
    QLabel *m_gate = nullptr;
    QPushButton *m_goToCloseOut = nullptr;
};

} // namespace Cutover
