#pragma once

#include "store/ProjectSettings.h"

namespace Cutover {

// A ready project for a first look at Cutover: a fictional small law firm moving
// from Bill4Time to Clio. Created on first run when no project is given.
namespace DemoProject {

// Where the demo lives: the per-user application data folder.
QString path();
ProjectSettings settings();
// Where the demo's export files are written: a folder beside the project.
QString exportFolder();
// Writes the demo's export files (a Bill4Time account backup) into
// exportFolder() and returns their paths.
QStringList writeExportFiles(QString *error);

} // namespace DemoProject

} // namespace Cutover
