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

    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("cutover"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
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
        out.append(name.mid(name.indexOf(QLatin1Char('_')) + 1));
    }
    out.sort();
    return out;
}

} // namespace Cutover::Translations
