// Renders every page of the wizard to PNG files, on a fresh demo-like project in
// a temporary folder, for the README and for looking at the GUI without a display:
//   QT_QPA_PLATFORM=offscreen build/tests/cutover-screenshots OUTDIR [--lang fr]
#include "CutoverWizard.h"
#include "ProjectSession.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Cutover"));
    QCoreApplication::setApplicationName(QStringLiteral("CutoverScreenshots"));
    const QString language = Cutover::Translations::languageFromArguments(app.arguments());
    Cutover::Translations::install(&app, language);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-'))) {
        std::fprintf(stderr, "usage: cutover-screenshots OUTDIR [--lang CODE]\n");
        return 2;
    }
    const QDir out(args.at(1));
    QDir().mkpath(out.path());

    QTemporaryDir dir;
    Cutover::ProjectSession session;
    Cutover::ProjectSettings settings;
    settings.firmName = QStringLiteral("Harbor & Pine LLP");
    settings.sourceSystem = QStringLiteral("bill4time");
    settings.timeZone = QStringLiteral("America/New_York");
    QString error;
    if (!session.create(dir.filePath(QStringLiteral("Harbor & Pine LLP.cutover")), settings, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // A project part-way through, so the side panel shows every state.
    session.store()->setStepState(Cutover::WizardStep::CloseOut, Cutover::StepState::Done);

    Cutover::CutoverWizard wizard(&session);
    wizard.resize(1000, 680);
    wizard.show();
    const QString suffix = language.isEmpty() ? QString() : QLatin1Char('-') + language;
    for (Cutover::WizardStep step : Cutover::Steps::all()) {
        wizard.goToStep(step);
        QApplication::processEvents();
        const QString file = out.filePath(Cutover::Steps::key(step) + suffix + QStringLiteral(".png"));
        if (!wizard.grab().save(file)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(file));
            return 1;
        }
        std::printf("%s\n", qPrintable(file));
    }
    return 0;
}
