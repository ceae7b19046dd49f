#pragma once

#include "SourceReader.h"

namespace Cutover {

// STUB: to be written (issue 3, CSV reader).
class CsvReader : public SourceReader
{
public:
    static std::unique_ptr<CsvReader> open(const QString &path, const ReaderOptions &options, ReaderMessage *error);
};

} // namespace Cutover
