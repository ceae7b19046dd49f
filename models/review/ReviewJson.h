#pragma once

// One JSON spelling of the review's records, for `cutover-cli review --json`
// and the summary kept with a sign-off. Cents and seconds are JSON numbers:
// exact as doubles up to 2^53 (ninety trillion dollars in cents).

#include "review/Reconciliation.h"
#include "review/ReviewState.h"

#include <QJsonObject>

namespace Cutover::ReviewJson {

QJsonObject count(const ReviewCount &count);
QJsonObject money(const ReviewMoneyLine &line);
QJsonObject user(const ReviewUserHours &user);
QJsonObject difference(const ReviewDifference &difference);
QJsonObject spotCheck(const SpotCheck &check);
// "" for an invalid instant, else ISO 8601 in UTC.
QString utc(const QDateTime &instant);

} // namespace Cutover::ReviewJson
