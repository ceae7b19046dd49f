#pragma once

#include "StepPage.h"

namespace Cutover {

class ExportPage : public StepPage
{
    Q_OBJECT

public:
    explicit ExportPage(ProjectSession *session, QWidget *parent = nullptr);
};

} // namespace Cutover
