#pragma once

// What the time-tracking templates (TimeTemplates.cpp) and their loader
// (InterimLoader.cpp) must agree on: the columns, the words of the Billable
// drop-down, how users are named in the drop-down, the sheet's name.

#include "InterimTime.h"

#include <QString>
#include <QStringList>

namespace Cutover::TimeTemplateText {

enum Column { Date, User, Client, Matter, Hours, Rate, Description, Billable, ColumnCount };

QStringList englishColumns(); // "Date", "User", ... as columns() before translation
QString yes(); // translated
QString no();
QString englishTimeSheet(); // "Time"
QString timeSheet(); // translated, a valid sheet name
// The drop-down's text for each user (same order): the name, or "Name (e-mail)"
// when two users share a name; the key when a user has no name.
QStringList userLabels(const QList<TemplateLists::User> &users);

} // namespace Cutover::TimeTemplateText
