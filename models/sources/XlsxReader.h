#pragma once

#include "SourceReader.h"

namespace Cutover {

// STUB: to be written (issue 3, XLSX reader).
class XlsxReader : public SourceReader
{
public:
    static std::unique_ptr<XlsxReader> open(const QString &path, const ReaderOptions &options, ReaderMessage *error);
};

} // namespace Cutover
