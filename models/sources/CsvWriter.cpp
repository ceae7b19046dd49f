#include "CsvWriter.h"

namespace Cutover {

CsvWriter::CsvWriter(const QString &path)
    : m_file(path)
{
}

bool CsvWriter::open(QString *error)
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        *error = m_file.errorString();
        return false;
    }
    m_file.write("\xEF\xBB\xBF");
    return true;
}

QString CsvWriter::escape(const QString &cell)
{
    bool quote = false;
    for (const QChar c : cell) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return cell;
    QString out = cell;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line.append(QLatin1Char(','));
        line.append(escape(cells.at(i)));
    }
    line.append(QLatin1String("\r\n"));
    m_file.write(line.toUtf8());
}

bool CsvWriter::commit(QString *error)
{
    if (!m_file.commit()) {
        *error = m_file.errorString();
        return false;
    }
    return true;
}

} // namespace Cutover
