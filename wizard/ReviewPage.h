#pragma once

#include "StepPage.h"

namespace Cutover {

class ReviewPage : public StepPage
{
    Q_OBJECT

public:
    explicit ReviewPage(ProjectSession *session, QWidget *parent = nullptr);
};

} // namespace Cutover
