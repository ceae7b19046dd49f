// Renders every page of the wizard to PNG files, on a fresh demo-like project in
// a temporary folder, for the README and for looking at the GUI without a display:
//   QT_QPA_PLATFORM=offscreen build/tests/cutover-screenshots OUTDIR [--lang fr]
#include "CloseOutPage.h"
#include "CutoverWindow.h"
#include "CutoverWizard.h"
#include "DemoProject.h"
#include "ExportPage.h"
#include "ImportPage.h"
#include "PlaceholderPage.h"
#include "ProjectSession.h"
#include "ReviewPage.h"
#include "Translations.h"
#include "closeout/CloseOutRecords.h"
#include "closeout/CutoffStore.h"
#include "placeholder/InterimEntryModel.h"
#include "staging/ExportPlanModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

namespace {

// A small export in generic layouts, with a few problems to show, loaded on the
// Export page the way a user would: added, placed by its headers, loaded.
QStringList writeDemoExport(const QDir &dir)
{
    const struct
    {
        const char *name;
        const char *text;
    } files[] = {
        { "users.csv",
          "User ID,Name,Email,Rate\nAA,Ann Able,ann@harborpine.test,350.00\n"
          "BB,Bob Baker,bob@harborpine.test,275.00\nCC,Cara Cole,cara@harborpine.test,190.00\n" },
        { "clients.csv",
          "Client Number,Client Name,Email,Phone\n"
          "C001,Northwind Traders,ap@northwind.test,(555) 010-2000\n"
          "C002,Jane Doe,jane@doe.test,555 010 3000\n"
          "C003,Lakeside Dental PC,office@lakeside.test,555-010-4000\n" },
        { "matters.csv",
          "Matter Number,Client Number,Description,Status\n"
          "M-101,C001,Supply contract review,Open\nM-102,C002,Estate plan,Open\n"
          "M-103,C003,Lease renewal,Closed\nM-104,C009,Employment dispute,Open\n" },
        { "time.csv",
          "Entry ID,Matter Number,User,Date,Hours,Rate,Description\n"
          "T1,M-101,AA,2026-03-02,1.5,350.00,\"Call with client re: terms\"\n"
          "T2,M-102,BB,2026-03-03,0.25,275.00,Draft will\n"
          "T3,M-101,AA,2026-13-45,2,350.00,Markup of supply agreement\n"
          "T4,M-103,CC,2026-03-04,3,190.00,Research lease options\n"
          "T5,M-102,BB,2026-03-05,1.2,\"1,275.00\",Meeting with executor\n"
          "T6,M-101,AA,2026-03-05,0.75,350.00,Review redlines\n" },
    };
    QStringList paths;
    for (const auto &f : files) {
        QFile file(dir.filePath(QString::fromLatin1(f.name)));
        if (file.open(QIODevice::WriteOnly))
            file.write(f.text);
        paths << file.fileName();
    }
    return paths;
}

// Processes events until `done` or a few seconds have passed.
template<typename Done> bool waitFor(Done done, int ms = 10000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

void fillExportPage(Cutover::ExportPage *page, const QDir &dir)
{
    bool refreshed = false;
    QObject::connect(page, &Cutover::ExportPage::overviewRefreshed, page, [&refreshed] { refreshed = true; });
    page->addPaths(writeDemoExport(dir));
    waitFor([page] { return !page->planModel()->isInspecting(); });
    if (!page->startLoad()) {
        std::fprintf(stderr, "export page: %s\n", qPrintable(page->loadBlockedReason()));
        return;
    }
    waitFor([page, &refreshed] { return !page->isLoading() && refreshed; });
    page->selectFile(page->planModel()->findRow(dir.filePath(QStringLiteral("time.csv"))));
    if (auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("exportTabs")))
        tabs->setCurrentIndex(0);
}

// The Import step after a rehearsal: the demo imported into a local
// cutover-sandbox the tool starts, driven through the page as a user would
// (the token goes through the keychain, so run under a Secret Service, e.g.
// dbus-run-session -- scripts/with-keyring.sh). Returns false when it cannot.
QString rehearseImport(Cutover::CutoverWizard *wizard, const QDir &dir, QProcess *sandbox, QString *sandboxUrl)
{
    QFile users(dir.filePath(QStringLiteral("clio-users.csv")));
    if (!users.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write the users file");
    users.write("name,email\nDana Whitfield,dana@harborpine.example\nMarcus Lee,marcus@harborpine.example\n"
                "Priya Natarajan,priya@harborpine.example\nTom Alvarez,tom@harborpine.example\n"
                "Grace Okafor,grace@harborpine.example\nAnn Able,ann@harborpine.test\n"
                "Bob Baker,bob@harborpine.test\nCara Cole,cara@harborpine.test\n");
    users.close();
    sandbox->setProgram(QStringLiteral(CUTOVER_SANDBOX_PATH));
    sandbox->setArguments({ QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                            dir.filePath(QStringLiteral("sandbox.sqlite")), QStringLiteral("--token"),
                            QStringLiteral("demo-rehearsal-token"), QStringLiteral("--users"), users.fileName() });
    sandbox->start();
    if (!sandbox->waitForStarted(10000) || !waitFor([sandbox] { return sandbox->canReadLine(); }))
        return QStringLiteral("cutover-sandbox did not start");
    const auto match =
        QRegularExpression(QStringLiteral("listening on (http://\\S+)")).match(QString::fromUtf8(sandbox->readLine()));
    if (!match.hasMatch())
        return QStringLiteral("cutover-sandbox did not say where it listens");
    *sandboxUrl = match.captured(1);

    wizard->goToStep(Cutover::WizardStep::Import);
    auto *page = qobject_cast<Cutover::ImportPage *>(wizard->currentPage());
    if (!page)
        return QStringLiteral("no import page");
    page->initializePage(); // the close-out gate was overridden since the page was shown
    auto *target = page->findChild<QComboBox *>(QStringLiteral("importTarget"));
    auto *url = page->findChild<QLineEdit *>(QStringLiteral("customUrl"));
    target->setCurrentIndex(target->findData(QStringLiteral("custom")));
    url->setText(match.captured(1));
    QMetaObject::invokeMethod(url, "editingFinished");
    page->findChild<QLineEdit *>(QStringLiteral("accessToken"))->setText(QStringLiteral("demo-rehearsal-token"));
    page->findChild<QPushButton *>(QStringLiteral("saveToken"))->click();
    auto *tokenState = page->findChild<QLabel *>(QStringLiteral("tokenState"));
    if (!waitFor([tokenState] { return !tokenState->text().isEmpty(); })
        || tokenState->text()
            != QCoreApplication::translate("Cutover::TargetConnectionBox", "The token is kept in the keychain.")) {
        return tokenState->text();
    }
    page->findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
    auto *start = page->findChild<QPushButton *>(QStringLiteral("startImport"));
    auto *usersView = page->findChild<QTableView *>(QStringLiteral("userMapping"));
    if (!waitFor([start] { return start->isEnabled(); }, 30000))
        return QStringLiteral("the import cannot start (%1 users listed): %2")
            .arg(usersView->model()->rowCount())
            .arg(page->findChild<QLabel *>(QStringLiteral("missingUsers"))->text());
    start->click();
    if (!waitFor([page] { return !page->isRunning(); }, 120000))
        return QStringLiteral("the import did not finish");
    return {};
}

// The Placeholder step after the import rehearsal, on the same sandbox: the
// token the Import page kept in the keychain serves here too; the placeholder
// created, the templates written, a filled one (with a bad row) loaded and sent.
QString rehearsePlaceholder(Cutover::CutoverWizard *wizard, Cutover::ProjectStore *store, const QDir &dir,
                            const QString &sandboxUrl)
{
    wizard->goToStep(Cutover::WizardStep::Placeholder);
    auto *page = qobject_cast<Cutover::PlaceholderPage *>(wizard->currentPage());
    if (!page)
        return QStringLiteral("no placeholder page");
    auto *target = page->findChild<QComboBox *>(QStringLiteral("importTarget"));
    auto *url = page->findChild<QLineEdit *>(QStringLiteral("customUrl"));
    target->setCurrentIndex(target->findData(QStringLiteral("custom")));
    url->setText(sandboxUrl);
    QMetaObject::invokeMethod(url, "editingFinished");
    page->findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
    auto *create = page->findChild<QPushButton *>(QStringLiteral("createPlaceholder"));
    if (!waitFor([create] { return create->isEnabled(); }, 30000))
        return page->findChild<QLabel *>(QStringLiteral("connectionResult"))->text();
    create->click();
    if (!waitFor([page] { return !page->isBusy() && page->placeholder().exists(); }, 30000))
        return QStringLiteral("the placeholder was not created: %1").arg(page->messageText());
    page->findChild<QLineEdit *>(QStringLiteral("templateFolder"))->setText(dir.filePath(QStringLiteral("templates")));
    page->findChild<QPushButton *>(QStringLiteral("writeTemplates"))->click();
    waitFor([page] { return !page->isBusy(); }, 30000);

    // A filled template: two rows of the firm's, one with a user it does not have.
    QString error;
    const Cutover::TemplateLists lists = Cutover::TimeTemplates::lists(store->database(), &error);
    if (lists.users.size() < 2 || lists.matters.size() < 2)
        return QStringLiteral("no template lists: %1").arg(error);
    const auto quoted = [](const QString &v) {
        return QLatin1Char('"') + v + QLatin1Char('"');
    };
    // A day of the interim period: not before the cutoff.
    const QDate today = QDate::currentDate();
    const QString day =
        (lists.firstDate.isValid() && lists.firstDate > today ? lists.firstDate : today).toString(Qt::ISODate);
    QStringList lines { Cutover::TimeTemplates::columns().join(QLatin1Char(',')) };
    const struct
    {
        QString user;
        const Cutover::TemplateLists::Matter &matter;
        const char *hours;
        const char *text;
    } rows[] = {
        { quoted(lists.users.at(0).name), lists.matters.at(0), "1.5", "Call with client about the new system" },
        { quoted(lists.users.at(1).name), lists.matters.at(1), "0.5", "Letter to executor" },
        { QStringLiteral("Nobody Known"), lists.matters.at(0), "2", "Who wrote this?" },
    };
    for (const auto &r : rows)
        lines << QStringList { day,
                               r.user,
                               quoted(r.matter.clientName),
                               quoted(r.matter.label),
                               QLatin1String(r.hours),
                               QString(),
                               QLatin1String(r.text),
                               QStringLiteral("Yes") }
                     .join(QLatin1Char(','));
    // And one for the matter the import refused (its client is not in the export): it
    // goes to the placeholder, and the Reassign tab has an entry to suggest a matter for.
    for (const auto &m : lists.matters) {
        if (m.key == QLatin1String("M-104"))
            lines << QStringList { day,
                                   quoted(lists.users.at(0).name),
                                   quoted(m.clientName),
                                   quoted(m.label),
                                   QStringLiteral("0.75"),
                                   QString(),
                                   QStringLiteral("Call with Northwind Traders about the new supply terms"),
                                   QStringLiteral("Yes") }
                         .join(QLatin1Char(','));
    }
    QFile filled(dir.filePath(QStringLiteral("time-tracking (filled).csv")));
    if (!filled.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write the filled template");
    filled.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    filled.close();
    page->loadFiles({ filled.fileName() });
    waitFor([page] { return !page->isBusy(); }, 30000);
    auto *upload = page->findChild<QPushButton *>(QStringLiteral("uploadEntries"));
    if (upload->isEnabled()) {
        upload->click();
        waitFor([page] { return !page->isBusy(); }, 60000);
    }
    if (auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("interimTabs")))
        tabs->setCurrentIndex(0);
    // What is on the placeholder now (the demo's matters were imported first,
    // so only entries for matters the import could not create are there).
    auto *find = page->findChild<QPushButton *>(QStringLiteral("findEntries"));
    if (find->isEnabled()) {
        find->click();
        waitFor([page] { return !page->isBusy(); }, 60000);
    }
    return {};
}

// The Review step on the same sandbox after the rehearsal: read back and
// reconciled, a sample drawn with one record accepted and one flagged.
QString rehearseReview(Cutover::CutoverWizard *wizard, const QString &sandboxUrl)
{
    wizard->goToStep(Cutover::WizardStep::Review);
    auto *page = qobject_cast<Cutover::ReviewPage *>(wizard->currentPage());
    if (!page)
        return QStringLiteral("no review page");
    auto *target = page->findChild<QComboBox *>(QStringLiteral("importTarget"));
    auto *url = page->findChild<QLineEdit *>(QStringLiteral("customUrl"));
    target->setCurrentIndex(target->findData(QStringLiteral("custom")));
    url->setText(sandboxUrl);
    QMetaObject::invokeMethod(url, "editingFinished");
    page->findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
    auto *read = page->findChild<QPushButton *>(QStringLiteral("reviewRead"));
    if (!waitFor([read] { return read->isEnabled(); }, 30000))
        return QStringLiteral("the review cannot read the target");
    read->click();
    if (!waitFor([page] { return !page->isRunning() && page->state().read; }, 120000))
        return QStringLiteral("the target was not read: %1")
            .arg(page->findChild<QLabel *>(QStringLiteral("reviewMessage"))->text());
    page->findChild<QSpinBox *>(QStringLiteral("sampleSize"))->setValue(3);
    page->findChild<QSpinBox *>(QStringLiteral("sampleSeed"))->setValue(2026);
    page->findChild<QPushButton *>(QStringLiteral("drawSample"))->click();
    if (!waitFor([page] { return !page->state().sample.isEmpty(); }, 30000))
        return QStringLiteral("no sample was drawn");
    auto *checks = page->findChild<QTableView *>(QStringLiteral("spotChecks"));
    checks->setCurrentIndex(checks->model()->index(0, 0));
    page->findChild<QPushButton *>(QStringLiteral("acceptCheck"))->click();
    waitFor([page] { return page->state().sample.value(0).verdict != Cutover::SpotCheck::Verdict::Pending; });
    checks->setCurrentIndex(checks->model()->index(1, 0));
    page->findChild<QLineEdit *>(QStringLiteral("spotCheckNote"))
        ->setText(QStringLiteral("Description shortened in the new system"));
    page->findChild<QPushButton *>(QStringLiteral("flagCheck"))->click();
    waitFor([page] { return page->state().sample.value(1).verdict != Cutover::SpotCheck::Verdict::Pending; });
    checks->setCurrentIndex(checks->model()->index(2, 0));
    return {};
}

// The screenshots, by name: each is the window grabbed as it is when taken and
// written to OUTDIR/NAME[-LANG].png. `--only NAME,...` writes just those (every
// step is still driven the same way, so they are the same pictures). scripts/screenshots.sh
// copies every file written into docs/screenshots, so a new shot is one take().
class Shots
{
public:
    Shots(const QDir &out, const QString &suffix, const QStringList &only)
        : m_out(out)
        , m_suffix(suffix)
        , m_only(only)
    {
    }

    // What is grabbed: the wizard, or the window around it.
    void setWindow(QWidget *window) { m_window = window; }

    bool wants(const QString &name) const { return m_only.isEmpty() || m_only.contains(name); }

    void take(const QString &name)
    {
        // Events are processed and the window grabbed whether or not the shot is kept,
        // so that `--only` changes nothing but which files are written.
        QApplication::processEvents();
        const QPixmap pixmap = m_window->grab();
        if (!wants(name))
            return;
        const QString file = m_out.filePath(name + m_suffix + QStringLiteral(".png"));
        if (pixmap.save(file)) {
            std::printf("%s\n", qPrintable(file));
            m_taken << name;
        } else {
            std::fprintf(stderr, "could not write %s\n", qPrintable(file));
            m_failed = true;
        }
    }

    // Fails the run (exit 1) when a shot could not be taken, e.g. a rehearsal failed:
    // the script then leaves docs/screenshots as it was.
    void fail(const QString &why)
    {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        m_failed = true;
    }

    // Every wanted name was written and nothing failed.
    bool complete() const
    {
        bool ok = !m_failed;
        for (const QString &name : m_only) {
            if (!m_taken.contains(name)) {
                std::fprintf(stderr, "no shot named %s was taken\n", qPrintable(name));
                ok = false;
            }
        }
        return ok;
    }

private:
    QDir m_out;
    QString m_suffix;
    QStringList m_only;
    QWidget *m_window = nullptr;
    QStringList m_taken;
    bool m_failed = false;
};

} // namespace

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
        std::fprintf(stderr, "usage: cutover-screenshots OUTDIR [--lang CODE] [--only NAME,...]\n");
        return 2;
    }
    QStringList only;
    if (const qsizetype at = args.indexOf(QStringLiteral("--only")); at > 0 && at + 1 < args.size())
        only = args.at(at + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QDir out(args.at(1));
    QDir().mkpath(out.path());
    Shots shots(out, language.isEmpty() ? QString() : QLatin1Char('-') + language, only);

    QTemporaryDir dir;
    Cutover::ProjectSession session;
    QString error;
    // A fresh demo project (in the tool's test-mode folders, so the user's own
    // demo is untouched): its Bill4Time backup is loaded, so the close-out has
    // figures to show.
    QFileInfo demo(Cutover::DemoProject::path());
    QDir(demo.absolutePath()).removeRecursively();
    if (!session.openDemo(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // A project part-way through, so the side panel and the close-out show every state.
    Cutover::ProjectStore *store = session.store();
    QSqlDatabase db = store->database();
    store->setStepState(Cutover::WizardStep::CloseOut, Cutover::StepState::InProgress);
    for (const char *item : { "invoices_generated", "reports_saved", "syncs_off" })
        Cutover::CloseOutRecords::setChecked(db, QString::fromLatin1(item), true, {}, &error);
    if (const auto id = Cutover::CloseOutRecords::addApprover(db, QStringLiteral("Dana Whitfield"),
                                                              Cutover::ApproverRole::BillingContact,
                                                              QStringLiteral("dana@harborpine.example"), {}, &error))
        Cutover::CloseOutRecords::recordApproval(db, *id, QStringLiteral("email"), {}, {}, &error);
    Cutover::CloseOutRecords::addApprover(db, QStringLiteral("Marcus Lee"), Cutover::ApproverRole::Admin,
                                          QStringLiteral("marcus@harborpine.example"), {}, &error);
    Cutover::CutoffStore::save(*store, Cutover::Cutoffs::make(QDate(2026, 12, 31), QTime(17, 0), "America/New_York"),
                               {}, &error);

    // The application's window (menu bar, toolbar, status line) around the wizard.
    Cutover::CutoverWindow window(&session);
    Cutover::CutoverWizard &wizard = *window.wizard();
    // A 1080p laptop screen shared with the taskbar and the meeting's controls around it
    // (at 800 pixels high the Import page squeezes its connection box).
    window.resize(1280, 960);
    window.show();
    shots.setWindow(&window);

    // One shot per step, "<step>-page". Placeholder, Import and Review are empty
    // until something was sent to a target: theirs are taken after the rehearsal below.
    for (Cutover::WizardStep step : Cutover::Steps::all()) {
        wizard.goToStep(step);
        QApplication::processEvents();
        const QString name = Cutover::Steps::key(step) + QStringLiteral("-page");
        if (auto *closeOut = qobject_cast<Cutover::CloseOutPage *>(wizard.currentPage())) {
            waitFor([closeOut] { return closeOut->report().has_value(); });
            if (auto *clients = closeOut->findChild<QTableView *>(QStringLiteral("closeoutClients"))) {
                clients->setCurrentIndex(clients->model()->index(0, 0));
                QDeadlineTimer settle(1500);
                while (!settle.hasExpired())
                    QApplication::processEvents(QEventLoop::AllEvents, 50);
            }
            shots.take(name);
            // The approvals (the last tab).
            auto *tabs = closeOut->findChild<QTabWidget *>(QStringLiteral("closeoutTabs"));
            tabs->setCurrentIndex(tabs->count() - 1);
            shots.take(QStringLiteral("closeout-approvals"));
            tabs->setCurrentIndex(0);
        } else if (auto *page = qobject_cast<Cutover::ExportPage *>(wizard.currentPage())) {
            QDir exportDir(dir.filePath(QStringLiteral("export")));
            exportDir.mkpath(QStringLiteral("."));
            fillExportPage(page, exportDir);
            shots.take(name);
            // The issues, each with its file, row, column and raw value.
            auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("exportTabs"));
            tabs->setCurrentIndex(1);
            shots.take(QStringLiteral("export-issues"));
            tabs->setCurrentIndex(0);
        } else if (step != Cutover::WizardStep::Placeholder && step != Cutover::WizardStep::Import
                   && step != Cutover::WizardStep::Review) {
            shots.take(name);
        }
    }

    // A rehearsal against a local cutover-sandbox: Import, then Placeholder, then
    // Review on what was imported.
    QProcess sandbox;
    {
        Cutover::CloseOutRecords::overrideImportGate(db, QStringLiteral("Rehearsal against the local sandbox"), &error);
        QString sandboxUrl;
        if (const QString why = rehearseImport(&wizard, QDir(dir.path()), &sandbox, &sandboxUrl); !why.isEmpty()) {
            shots.fail(QStringLiteral("import: no rehearsal screenshot: %1").arg(why));
        } else {
            shots.take(QStringLiteral("import-page"));
            if (const QString noPlaceholder = rehearsePlaceholder(&wizard, store, QDir(dir.path()), sandboxUrl);
                !noPlaceholder.isEmpty()) {
                shots.fail(QStringLiteral("placeholder: no rehearsal screenshot: %1").arg(noPlaceholder));
            } else {
                auto *page = qobject_cast<Cutover::PlaceholderPage *>(wizard.currentPage());
                using Section = Cutover::PlaceholderPage::Section;
                for (const auto &[section, name] : { std::pair { Section::Placeholder, "placeholder-page" },
                                                     std::pair { Section::Templates, "placeholder-templates" },
                                                     std::pair { Section::InterimTime, "placeholder-interim" },
                                                     std::pair { Section::Reassign, "placeholder-reassign" } }) {
                    page->showSection(section);
                    shots.take(QLatin1String(name));
                }
            }
            if (const QString noReview = rehearseReview(&wizard, sandboxUrl); !noReview.isEmpty()) {
                shots.fail(QStringLiteral("review: no rehearsal screenshot: %1").arg(noReview));
            } else {
                auto *tabs = wizard.currentPage()->findChild<QTabWidget *>(QStringLiteral("reviewTabs"));
                // The splitter dragged so the chart's categories are not elided.
                if (auto *chart = wizard.currentPage()->findChild<QWidget *>(QStringLiteral("reviewChart")))
                    if (auto *split = qobject_cast<QSplitter *>(chart->parentWidget()))
                        split->setSizes({ 490, 530 });
                for (const auto &[tab, name] :
                     { std::pair { 0, "review-page" }, std::pair { 1, "review-money" },
                       std::pair { 4, "review-checks" }, std::pair { 5, "review-signoff" } }) {
                    tabs->setCurrentIndex(tab);
                    shots.take(QLatin1String(name));
                }
                // On a screen-share: the same money with the privacy mask on, its badge showing.
                tabs->setCurrentIndex(1);
                window.privacyAction()->trigger();
                shots.take(QStringLiteral("privacy-mask"));
                window.privacyAction()->trigger();
                // Presenter mode on the close-out: larger text and rows, the help kept open.
                wizard.goToStep(Cutover::WizardStep::CloseOut);
                window.presenterAction()->trigger();
                QApplication::processEvents();
                shots.take(QStringLiteral("presenter-mode"));
                window.presenterAction()->trigger();
            }
        }
    }
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return shots.complete() ? 0 : 1;
}
