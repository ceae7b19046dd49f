#pragma once

#include <QSaveFile>
#include <QString>
#include <QStringList>

namespace Cutover {

// Writes RFC 4180 CSV (comma, CRLF, fields quoted when they hold a comma, a
// quote or a line break) in UTF-8 with a byte-order mark, so Excel opens it with
// the right characters. The file appears only when commit() succeeds.
class CsvWriter
{
public:
    explicit CsvWriter(const QString &path);
    bool open(QString *error);
    void writeRow(const QStringList &cells);
    bool commit(QString *error);

    static QString escape(const QString &cell);

private:
    QSaveFile m_file;
};

} // namespace Cutover
