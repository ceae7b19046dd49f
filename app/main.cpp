#include "ApplicationSetup.h"
#include "CutoverWindow.h"
#include "CutoverWizard.h"
#include "PresenterMode.h"
#include "ProjectPage.h"
#include "ProjectSession.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Cutover::configureApplication(app);
    QApplication::setDesktopFileName(QStringLiteral("app.cutover.Cutover"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cutover.svg")));

    QString languageProblem;
    if (!Cutover::Translations::install(&app, Cutover::Translations::languageFromArguments(app.arguments()),
                                        &languageProblem))
        std::fprintf(stderr, "cutover: %s\n", qPrintable(languageProblem));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Moves a small firm's practice data from one system to another."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("lang"),
                       QCoreApplication::translate("main", "Show Cutover in this language (for example fr or es)."),
                       QCoreApplication::translate("main", "code") });
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("main",
                                                             "The .cutover project to open. Without it, the last "
                                                             "project is reopened, or a demo project on first run."),
                                 QStringLiteral("[project]"));
    parser.process(app);

    Cutover::ProjectSession session;
    const QStringList positional = parser.positionalArguments();
    QString openError;
    if (!positional.isEmpty()) {
        session.open(positional.constFirst(), &openError);
    } else {
        const QStringList recent = session.recent().list();
        if (recent.isEmpty() || !session.open(recent.constFirst(), &openError)) {
            QString demoError;
            if (!session.openDemo(&demoError) && openError.isEmpty())
                openError = demoError;
        }
    }

    Cutover::PresenterMode::instance()->restore();
    Cutover::CutoverWindow window(&session);
    if (!openError.isEmpty())
        window.wizard()->projectPage()->showError(openError);
    window.show();
    return app.exec();
}
