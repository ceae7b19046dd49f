#pragma once

#include "StepPage.h"

namespace Cutover {

class PlaceholderPage : public StepPage
{
    Q_OBJECT

public:
    explicit PlaceholderPage(ProjectSession *session, QWidget *parent = nullptr);
};

} // namespace Cutover
