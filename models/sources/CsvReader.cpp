#include "CsvReader.h"

namespace Cutover {

// STUB: to be written.
std::unique_ptr<CsvReader> CsvReader::open(const QString &, const ReaderOptions &, ReaderMessage *error)
{
    if (error)
        error->message = QStringLiteral("not yet implemented");
    return nullptr;
}

} // namespace Cutover
