#include "SourceReader.h"

#include "CsvReader.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Cutover {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::SourceReader)
};
} // namespace

QString SourceLocation::toString() const
{
    const QString name = QFileInfo(file).fileName();
    QStringList parts { name.isEmpty() ? file : name };
    if (!sheet.isEmpty())
        parts << Tr::tr("sheet %1").arg(sheet);
    if (row > 0)
        parts << Tr::tr("row %1").arg(row);
    if (column > 0)
        parts << Tr::tr("column %1").arg(column);
    return parts.join(QStringLiteral(", "));
}

QStringList ReaderOptions::supportedEncodings()
{
    return { QStringLiteral("UTF-8"), QStringLiteral("Windows-1252"), QStringLiteral("ISO-8859-1"),
             QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE") };
}

SourceReader::~SourceReader() = default;

std::unique_ptr<SourceReader> SourceReader::open(const QString &path, const ReaderOptions &options,
                                                 ReaderMessage *error)
{
    auto failWith = [&](const QString &message) -> std::unique_ptr<SourceReader> {
        if (error)
            *error = { { path, {}, 0, 0 }, message };
        return nullptr;
    };
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        return failWith(Tr::tr("%1 does not exist.").arg(path));
    if (info.isDir())
        return failWith(Tr::tr("%1 is a folder, not an export file.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return failWith(Tr::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray magic = file.read(8);
    file.close();

    // By content first: a workbook renamed .csv is still a workbook.
    if (magic.startsWith("PK\x03\x04"))
        return XlsxReader::open(path, options, error);
    if (magic.startsWith("\xD0\xCF\x11\xE0"))
        return failWith(Tr::tr("%1 is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which "
                               "Cutover cannot read. Open it in Excel or LibreOffice, remove the password if there "
                               "is one, and save it as .xlsx or CSV.")
                            .arg(path));
    return CsvReader::open(path, options, error);
}

} // namespace Cutover
