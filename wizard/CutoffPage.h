#pragma once

#include "StepPage.h"

namespace Cutover {

class CutoffPage : public StepPage
{
    Q_OBJECT

public:
    explicit CutoffPage(ProjectSession *session, QWidget *parent = nullptr);
};

} // namespace Cutover
