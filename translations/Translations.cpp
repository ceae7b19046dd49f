#include "Translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Cutover::Translations {

QString languageFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

bool install(QCoreApplication *app, const QString &language, QString *problem)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    auto *own = new QTranslator(app);
    const bool found = own->load(locale, QStringLiteral("cutover"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // English has a file too, with the plural forms alone ("1 row", "2 rows"). It is
    // also what a language without a translation, and the C locale, read.
    if (found || own->load(QStringLiteral("cutover_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    if (found)
        return true;
    if (!language.isEmpty() && !english) {
        if (problem)
            *problem = QCoreApplication::translate("Cutover::Translations",
                                                   "Cutover has no translation for “%1”; it is shown in English.")
                           .arg(language);
        return false;
    }
    return true;
}

QStringList available()
{
    QStringList out;
    QDirIterator it(QStringLiteral(":/i18n"), { QStringLiteral("cutover_*.qm") });
    while (it.hasNext()) {
        const QString name = it.nextFileInfo().completeBaseName();
        const QString code = name.mid(name.indexOf(QLatin1Char('_')) + 1);
        if (code != QLatin1String("en")) // plural forms only: English is not a translation
            out.append(code);
    }
    out.sort();
    return out;
}

} // namespace Cutover::Translations
