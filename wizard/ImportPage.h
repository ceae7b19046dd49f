#pragma once

#include "StepPage.h"

namespace Cutover {

class ImportPage : public StepPage
{
    Q_OBJECT

public:
    explicit ImportPage(ProjectSession *session, QWidget *parent = nullptr);
};

} // namespace Cutover
