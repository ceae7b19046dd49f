#include "CloseOutAnalysis.h"

// Placeholder so the tree builds while the analysis is written.
namespace Cutover {

CloseOutJob::CloseOutJob(QString projectPath, qint64 snapshotId, QObject *parent)
    : Job(parent)
    , m_projectPath(std::move(projectPath))
    , m_snapshotId(snapshotId)
{
}

Job::Outcome CloseOutJob::execute()
{
    return failWith(QStringLiteral("not implemented"));
}

} // namespace Cutover
