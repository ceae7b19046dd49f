#pragma once

#include "StepPage.h"

namespace Cutover {

class CloseOutPage : public StepPage
{
    Q_OBJECT

public:
    explicit CloseOutPage(ProjectSession *session, QWidget *parent = nullptr);
};

} // namespace Cutover
