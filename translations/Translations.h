#pragma once

#include <QStringList>

class QCoreApplication;

namespace Cutover::Translations {

// The value of --lang CODE or --lang=CODE, read before the command line is parsed
// so that the parser's own help text is already translated. Empty when absent.
QString languageFromArguments(const QStringList &arguments);

// Installs Qt's and Cutover's translators for `language` (a BCP 47 code such as
// "fr" or "es-MX"), or for the system locale when it is empty, and makes that
// locale the default for dates and numbers. English gets its plural forms
// ("1 row", "2 rows") from cutover_en, as does a language without a translation
// and the C locale. Returns false, with the reason, when
// an explicitly requested language has no Cutover translation; English is used.
bool install(QCoreApplication *app, const QString &language, QString *problem = nullptr);

// Languages with a Cutover translation, besides English.
QStringList available();

} // namespace Cutover::Translations
