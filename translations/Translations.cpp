#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Cutover::Translations {

namespace {

// Where `cmake --install` puts the .qm files, found from the program's own folder
// (bin/../share/cutover/translations) so that a moved install still finds them. Empty
// before QCoreApplication exists.
QString installedDirectory()
{
    if (!QCoreApplication::instance())
        return {};
    return QDir::cleanPath(
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(CUTOVER_TRANSLATIONS_FROM_BINDIR)));
}

const QString kEmbeddedDirectory = QStringLiteral(":/i18n");

} // namespace

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
    // An installed translation wins over the embedded one, so a corrected .qm can be
    // dropped in without rebuilding; a build tree has none and uses the embedded copy.
    const QString installed = installedDirectory();
    auto load = [&](QTranslator *translator, const auto &...name) {
        return (!installed.isEmpty() && translator->load(name..., installed))
            || translator->load(name..., kEmbeddedDirectory);
    };
    auto *own = new QTranslator(app);
    const bool found = load(own, locale, QStringLiteral("cutover"), QStringLiteral("_"));
    // English has a file too, with the plural forms alone ("1 row", "2 rows"). It is
    // also what a language without a translation, and the C locale, read.
    if (found || load(own, QStringLiteral("cutover_en")))
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
    for (const QString &directory : { kEmbeddedDirectory, installedDirectory() }) {
        if (directory.isEmpty())
            continue;
        QDirIterator it(directory, { QStringLiteral("cutover_*.qm") });
        while (it.hasNext()) {
            const QString name = it.nextFileInfo().completeBaseName();
            const QString code = name.mid(name.indexOf(QLatin1Char('_')) + 1);
            if (code != QLatin1String("en")) // plural forms only: English is not a translation
                out.append(code);
        }
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace Cutover::Translations
