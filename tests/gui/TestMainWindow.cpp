// The main window and what it holds for every step. The privacy mask for screen-shares: the masking function, the proxy
// every page's tables go through, the toggle (menu, toolbar, Ctrl+Shift+P) with its badge, and, on pages filled with
// real data, that no client name, e-mail, phone, address, description or amount can be read through a view's model
// while the mask is on — and that the same views did show them before.

#include "CloseOutPage.h"
#include "CutoverWindow.h"
#include "CutoverWizard.h"
#include "ExportPage.h"
#include "ImportFixture.h"
#include "PresenterMode.h"
#include "ProjectPage.h"
#include "ProjectSession.h"
#include "ReviewPage.h"
#include "StepPage.h"
#include "importing/ImportEngine.h"
#include "privacy/PrivacyMask.h"
#include "review/ReviewModels.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Cutover;

namespace {

const QChar kDot(0x2022);

// A table that declares column 0 a name, column 1 money and column 2 nothing.
class DeclaredModel : public QStandardItemModel
{
public:
    using QStandardItemModel::QStandardItemModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == PiiKindRole)
            return int(section == 0 ? PiiKind::Name : section == 1 ? PiiKind::Money : PiiKind::None);
        return QStandardItemModel::headerData(section, orientation, role);
    }
};

// Every value of the staged client-data fields (names, e-mails, phones,
// addresses, descriptions) that is long enough to be told apart from ordinary
// words: what must not be readable on a masked screen.
QStringList secretsOf(const QString &projectPath)
{
    QStringList secrets;
    const QString connection = QStringLiteral("privacy-secrets");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(projectPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            for (Entity entity : Entities::all()) {
                for (const FieldSpec &field : Entities::fields(entity)) {
                    const PiiKind kind = piiKindOf(entity, field);
                    if (kind == PiiKind::None || kind == PiiKind::Money)
                        continue;
                    QSqlQuery query(db);
                    if (!query.exec(QStringLiteral("SELECT DISTINCT \"%1\" FROM %2")
                                        .arg(field.key, Entities::tableName(entity))))
                        continue;
                    while (query.next()) {
                        const QString value = query.value(0).toString().trimmed();
                        if (value.size() >= 6 && !secrets.contains(value))
                            secrets << value;
                    }
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return secrets;
}

struct Reading
{
    int cells = 0; // non-empty cells read
    int shown = 0; // cells showing a secret
    int moneyWithDigits = 0; // money cells showing a digit
    QStringList where; // "view r,c: text" of what was found
};

// Reads every cell of `view` through its model, as the view displays it.
Reading read(QAbstractItemView *view, const QStringList &secrets)
{
    Reading reading;
    QAbstractItemModel *model = view->model();
    const auto *mask = qobject_cast<PrivacyProxyModel *>(model);
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex index = model->index(r, c);
            for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) }) {
                const QString text = index.data(role).toString();
                if (text.isEmpty())
                    continue;
                reading.cells += role == Qt::DisplayRole ? 1 : 0;
                for (const QString &secret : secrets) {
                    if (text.contains(secret, Qt::CaseInsensitive)) {
                        ++reading.shown;
                        reading.where << QStringLiteral("%1 %2,%3: %4").arg(view->objectName()).arg(r).arg(c).arg(text);
                        break;
                    }
                }
                if (role == Qt::DisplayRole && mask && mask->kindAt(index) == PiiKind::Money
                    && std::any_of(text.cbegin(), text.cend(), [](QChar ch) { return ch.isDigit(); })) {
                    ++reading.moneyWithDigits;
                    reading.where
                        << QStringLiteral("%1 %2,%3 (money): %4").arg(view->objectName()).arg(r).arg(c).arg(text);
                }
            }
        }
    }
    return reading;
}

// The labels of `root` (on every tab, shown or not) that show a secret or an
// amount of money ("469.50", "$1,234.56", "1 234,56 €").
QStringList labelsShowing(QWidget *root, const QStringList &secrets)
{
    static const QRegularExpression amount(QStringLiteral("\\d[\\d,.\\x{00a0}\\x{202f}]*[.,]\\d\\d(?!\\d)"));
    QStringList found;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        const QString text = label->text();
        if (const QRegularExpressionMatch money = amount.match(text); money.hasMatch()) {
            found << QStringLiteral("%1 (amount %2): %3").arg(label->objectName(), money.captured(), text.left(200));
            continue;
        }
        for (const QString &secret : secrets) {
            if (text.contains(secret, Qt::CaseInsensitive)) {
                found << QStringLiteral("%1: %2").arg(label->objectName(), text.left(200));
                break;
            }
        }
    }
    return found;
}

template<typename T> T *child(QWidget *root, const char *name)
{
    T *w = root->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning() << "no child" << name;
    return w;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_package;

    // With the mask off the views show client data (so the check below can
    // fail); with it on, none of it and no amount.
    void checkViews(QWidget *page, const QStringList &viewNames, const QStringList &secrets)
    {
        PrivacyState::instance()->setEnabled(false);
        int shownBefore = 0;
        for (const QString &name : viewNames) {
            auto *view = page->findChild<QAbstractItemView *>(name);
            QVERIFY2(view, qPrintable(name));
            QVERIFY2(qobject_cast<PrivacyProxyModel *>(view->model()),
                     qPrintable(name + QStringLiteral(" is not masked")));
            const Reading before = read(view, secrets);
            QVERIFY2(before.cells > 0, qPrintable(name + QStringLiteral(" shows nothing to check")));
            shownBefore += before.shown;
        }
        QVERIFY2(shownBefore > 0, "the views showed no client data to mask");

        PrivacyState::instance()->setEnabled(true);
        for (const QString &name : viewNames) {
            auto *view = page->findChild<QAbstractItemView *>(name);
            const Reading after = read(view, secrets);
            QVERIFY2(after.shown == 0 && after.moneyWithDigits == 0, qPrintable(after.where.join(QLatin1Char('\n'))));
        }
        const QStringList labels = labelsShowing(page, secrets);
        QVERIFY2(labels.isEmpty(), qPrintable(labels.join(QLatin1Char('\n'))));
        PrivacyState::instance()->setEnabled(false);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Cutover"));
        QCoreApplication::setApplicationName(QStringLiteral("CutoverPrivacyTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        const TestImport::ImportedPackage imported = TestImport::importIntoPackage(m_dir.path());
        QVERIFY(!imported.project.isEmpty());
        m_project = imported.project;
        m_package = imported.package;
    }

    void cleanup() { PrivacyState::instance()->setEnabled(false); }

    void masksEachKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        const QString d(kDot);
        auto dots = [&](int n) {
            return d.repeated(n);
        };
        QTest::newRow("firm") << int(PiiKind::Name) << QStringLiteral("Harbor & Pine LLP")
                              << QStringLiteral("H%1 & P%2 LLP").arg(dots(4), dots(3));
        QTest::newRow("legal form with a dot") << int(PiiKind::Name) << QStringLiteral("Acme Widgets, Inc.")
                                               << QStringLiteral("A%1 W%2, Inc.").arg(dots(3), dots(4));
        QTest::newRow("person, short name")
            << int(PiiKind::Name) << QStringLiteral("Al O'Neil") << QStringLiteral("A%1 O%2").arg(dots(2), dots(4));
        QTest::newRow("e-mail") << int(PiiKind::Email) << QStringLiteral("bayside.marine@mail.example.com")
                                << QStringLiteral("b%1@m%2.e%3.com").arg(dots(4), dots(3), dots(4));
        QTest::newRow("phone") << int(PiiKind::Phone) << QStringLiteral("(207) 555-1001 x12")
                               << QStringLiteral("(%1) %2-%3 %4").arg(dots(3), dots(3), dots(4), dots(3));
        QTest::newRow("address") << int(PiiKind::Address) << QStringLiteral("980 Pine St, 04101")
                                 << QStringLiteral("%1 P%2 S%3, %4").arg(dots(3), dots(3), dots(2), dots(4));
        QTest::newRow("description")
            << int(PiiKind::Text) << QStringLiteral("Call with Dana re: lease")
            << QStringLiteral("%1 %2 %3 %4: %5").arg(dots(4), dots(4), dots(4), dots(2), dots(5));
        QTest::newRow("dollars") << int(PiiKind::Money) << QStringLiteral("$12,480.00")
                                 << QStringLiteral("$%1.%2").arg(dots(3), dots(2));
        QTest::newRow("negative in parentheses")
            << int(PiiKind::Money) << QStringLiteral("($7.05)") << QStringLiteral("($%1.%2)").arg(dots(3), dots(2));
        QTest::newRow("euros, French") << int(PiiKind::Money) << QStringLiteral("-1\u202f234,56\u00a0€")
                                       << QStringLiteral("-%1,%2\u00a0€").arg(dots(3), dots(2));
        QTest::newRow("whole amount") << int(PiiKind::Money) << QStringLiteral("1500") << dots(3);
        QTest::newRow("no amount") << int(PiiKind::Money) << QStringLiteral("—") << QStringLiteral("—");
        QTest::newRow("empty stays empty") << int(PiiKind::Name) << QString() << QString();
        QTest::newRow("not client data") << int(PiiKind::None) << QStringLiteral("Harbor") << QStringLiteral("Harbor");
    }

    void masksEachKind()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QCOMPARE(PrivacyMask::mask(PiiKind(kind), text), masked);
    }

    void longTextIsCutAndHidesItsWords()
    {
        const QString text = QStringLiteral("Reviewed the Hendricks estate file and called Margaret about the "
                                            "trust account for the second quarter again today");
        const QString masked = PrivacyMask::freeText(text);
        QVERIFY(masked.endsWith(QChar(0x2026)));
        for (QChar c : masked)
            QVERIFY2(!c.isLetterOrNumber(), qPrintable(masked));
    }

    void proxyMasksDeclaredCellsOnly()
    {
        DeclaredModel model(0, 3);
        model.appendRow({ new QStandardItem(QStringLiteral("Cedar Ridge Dental")), new QStandardItem(),
                          new QStandardItem(QStringLiteral("Open")) });
        model.item(0, 1)->setData(QVariant::fromValue<qint64>(1234567), Qt::DisplayRole);
        model.item(0, 0)->setToolTip(QStringLiteral("Cedar Ridge Dental, Portland"));
        model.item(0, 0)->setEditable(true);
        // A cell may say more than its column: this one is an e-mail.
        model.appendRow({ new QStandardItem(QStringLiteral("cedar@mail.example")),
                          new QStandardItem(QStringLiteral("5.00")), new QStandardItem(QStringLiteral("Closed")) });
        model.item(1, 0)->setData(int(PiiKind::Email), PiiKindRole);

        PrivacyProxyModel proxy;
        proxy.setSourceModel(&model);
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);

        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Cedar Ridge Dental"));
        QVERIFY(proxy.flags(proxy.index(0, 0)) & Qt::ItemIsEditable);
        PrivacyState::instance()->setEnabled(true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), proxy.index(0, 0));
        QCOMPARE(changed.first().at(1).toModelIndex(), proxy.index(1, 2));

        const QString d(kDot);
        QCOMPARE(proxy.index(0, 0).data().toString(),
                 QStringLiteral("C%1 R%2 D%3").arg(d.repeated(4), d.repeated(4), d.repeated(4)));
        QVERIFY(!proxy.index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("Cedar")));
        QVERIFY(!proxy.index(0, 0).data(Qt::EditRole).toString().contains(QLatin1String("Cedar")));
        QVERIFY(!(proxy.flags(proxy.index(0, 0)) & Qt::ItemIsEditable));
        QCOMPARE(proxy.index(0, 1).data().toString(), d.repeated(3)); // a number, not text
        QCOMPARE(proxy.index(1, 0).data().toString(),
                 QStringLiteral("c%1@m%2.example").arg(d.repeated(4), d.repeated(3)));
        QCOMPARE(proxy.index(1, 1).data().toString(), QStringLiteral("%1.%2").arg(d.repeated(3), d.repeated(2)));
        QCOMPARE(proxy.index(0, 2).data().toString(), QStringLiteral("Open"));
        // The model under it is untouched, and an index maps back to it.
        QCOMPARE(model.item(0, 0)->text(), QStringLiteral("Cedar Ridge Dental"));
        QCOMPARE(PrivacyProxyModel::toSource(proxy.index(1, 2)), model.index(1, 2));
        QCOMPARE(PrivacyProxyModel::fromSource(&proxy, model.index(1, 2)), proxy.index(1, 2));

        PrivacyState::instance()->setEnabled(false);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Cedar Ridge Dental"));
        QVERIFY(proxy.flags(proxy.index(0, 0)) & Qt::ItemIsEditable);
    }

    void toggledFromMenuToolbarAndShortcutWithBadge()
    {
        ProjectSession session;
        QString error;
        QVERIFY2(session.open(m_project, &error), qPrintable(error));
        CutoverWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());

        QAction *action = window.privacyAction();
        QVERIFY(window.findChild<QToolBar *>()->actions().contains(action));
        bool inViewMenu = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(action))
                inViewMenu = true;
        }
        QVERIFY(inViewMenu);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QVERIFY(!window.privacyBadge()->isVisibleTo(&window));

        // F10 opens the menu bar (its titles have no Alt letter to clash with a page's).
        QTest::keyClick(window.wizard(), Qt::Key_F10);
        QTRY_VERIFY(window.menuBar()->activeAction() && window.menuBar()->activeAction()->menu()
                    && window.menuBar()->activeAction()->menu()->isVisible());
        window.menuBar()->activeAction()->menu()->close();
        QTRY_VERIFY(!QApplication::activePopupWidget());

        // The shortcut, from wherever the focus is on the page.
        QTest::keyClick(window.wizard(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(PrivacyState::instance()->isEnabled());
        QVERIFY(action->isChecked());
        QTRY_VERIFY(window.privacyBadge()->isVisibleTo(&window));
        QCOMPARE(window.privacyBadge()->text(), QStringLiteral("Privacy on"));
        QVERIFY(window.privacyBadge()->toolTip().contains(QLatin1String("not masked")));

        // The toolbar button turns it off again.
        auto *button = qobject_cast<QToolButton *>(window.findChild<QToolBar *>()->widgetForAction(action));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!PrivacyState::instance()->isEnabled());
        QTRY_VERIFY(!window.privacyBadge()->isVisibleTo(&window));
    }

    void closeOutViewsHideClientData()
    {
        ProjectSession session;
        QString error;
        QVERIFY2(session.open(m_project, &error), qPrintable(error));
        const QStringList secrets = secretsOf(m_project);
        QVERIFY(secrets.size() > 5);
        CloseOutPage page(&session);
        page.resize(1200, 900);
        page.show();
        QSignalSpy analysed(&page, &CloseOutPage::analysed);
        page.initializePage();
        QVERIFY(analysed.wait(20000));
        auto *clients = child<QTableView>(&page, "closeoutClients");
        QVERIFY(clients->model()->rowCount() > 0);
        clients->setCurrentIndex(clients->model()->index(0, 0));
        auto *rows = child<QTableView>(&page, "closeoutRows");
        QTRY_VERIFY_WITH_TIMEOUT(rows->model()->rowCount() > 0, 10000);
        checkViews(
            &page,
            { QStringLiteral("closeoutClients"), QStringLiteral("closeoutMatters"), QStringLiteral("closeoutRows") },
            secrets);
    }

    void demoCloseOutHidesItsClientsEvenInWarnings()
    {
        // The demo's figures include an overdrawn trust matter, named in a warning.
        ProjectSession session;
        QString error;
        QVERIFY2(session.openDemo(&error), qPrintable(error));
        const QStringList secrets = secretsOf(session.store()->filePath());
        CloseOutPage page(&session);
        page.resize(1200, 900);
        page.show();
        QSignalSpy analysed(&page, &CloseOutPage::analysed);
        page.initializePage();
        QVERIFY(analysed.wait(30000));
        auto *clients = child<QTableView>(&page, "closeoutClients");
        clients->setCurrentIndex(clients->model()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(child<QTableView>(&page, "closeoutRows")->model()->rowCount() > 0, 10000);
        QVERIFY(!labelsShowing(&page, secrets).isEmpty()); // the warning names a client
        checkViews(
            &page,
            { QStringLiteral("closeoutClients"), QStringLiteral("closeoutMatters"), QStringLiteral("closeoutRows") },
            secrets);
    }

    void exportClientsHideClientData()
    {
        ProjectSession session;
        QString error;
        QVERIFY2(session.open(m_project, &error), qPrintable(error));
        ExportPage page(&session);
        page.resize(1200, 900);
        page.show();
        page.initializePage();
        auto *clients = child<QTableView>(&page, "clientsView");
        QTRY_VERIFY_WITH_TIMEOUT(clients->model()->rowCount() > 0, 10000);
        checkViews(&page, { QStringLiteral("clientsView") }, secretsOf(m_project));
    }

    void reviewViewsHideClientData()
    {
        ProjectSession session;
        QString error;
        QVERIFY2(session.open(m_project, &error), qPrintable(error));
        const QStringList secrets = secretsOf(m_project);
        ReviewPage page(&session);
        page.resize(1200, 900);
        page.show();
        page.initializePage();
        auto *target = child<QComboBox>(&page, "importTarget");
        target->setCurrentIndex(target->findData(QStringLiteral("csv")));
        child<QLineEdit>(&page, "packageFolder")->setText(m_package);
        QVERIFY(TestImport::changeFirstPrice(QDir(m_package).filePath(QStringLiteral("activities.csv")), 1));
        child<QPushButton>(&page, "reviewRead")->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.state().read && !page.isRunning(), 30000);
        child<QSpinBox>(&page, "sampleSize")->setValue(3);
        child<QPushButton>(&page, "drawSample")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.state().sample.isEmpty(), 20000);
        auto *checks = child<QTableView>(&page, "spotChecks");
        checks->setCurrentIndex(checks->model()->index(0, 0));
        QTRY_VERIFY(child<QTableView>(&page, "spotCheckFields")->model()->rowCount() > 0);
        checkViews(&page,
                   { QStringLiteral("reviewMoney"), QStringLiteral("spotChecks"), QStringLiteral("spotCheckFields") },
                   secrets);
    }

    void otherPagesLabelsHideClientData()
    {
        ProjectSession session;
        QString error;
        QVERIFY2(session.open(m_project, &error), qPrintable(error));
        const QStringList secrets = secretsOf(m_project);
        CutoverWindow window(&session);
        window.show();
        PrivacyState::instance()->setEnabled(true);
        for (WizardStep step : { WizardStep::Cutoff, WizardStep::Placeholder, WizardStep::Import }) {
            QWizardPage *page = window.wizard()->page(int(step));
            page->initializePage();
            QTest::qWait(200);
            const QStringList labels = labelsShowing(page, secrets);
            QVERIFY2(labels.isEmpty(),
                     qPrintable(Steps::key(step) + QLatin1Char('\n') + labels.join(QLatin1Char('\n'))));
        }
    }

    void typedTextSurvivesAClosedWindow()
    {
        {
            ProjectSession session;
            QString error;
            QVERIFY2(session.open(m_project, &error), qPrintable(error));
            CutoverWindow window(&session);
            window.show();
            auto *cutoff = window.wizard()->page(int(WizardStep::Cutoff));
            cutoff->initializePage();
            auto *reason = child<QLineEdit>(cutoff, "cutoffReason");
            reason->setFocus();
            QTest::keyClicks(reason, QStringLiteral("Partner asked for Friday"));
            auto *review = window.wizard()->page(int(WizardStep::Review));
            QTest::keyClicks(child<QLineEdit>(review, "signOffName"), QStringLiteral("Dana Whitfield"));
            QTest::qWait(600); // past the pause that writes a draft
        } // the window closes without any button pressed
        ProjectSession session;
        QString error;
        QVERIFY2(session.open(m_project, &error), qPrintable(error));
        CutoverWindow window(&session);
        auto *cutoff = window.wizard()->page(int(WizardStep::Cutoff));
        cutoff->initializePage();
        QCOMPARE(child<QLineEdit>(cutoff, "cutoffReason")->text(), QStringLiteral("Partner asked for Friday"));
        auto *review = window.wizard()->page(int(WizardStep::Review));
        review->initializePage();
        QCOMPARE(child<QLineEdit>(review, "signOffName")->text(), QStringLiteral("Dana Whitfield"));
        // Emptied by the user: the draft goes too.
        auto *reason = child<QLineEdit>(cutoff, "cutoffReason");
        reason->selectAll();
        QTest::keyClick(reason, Qt::Key_Delete);
        QTest::qWait(600);
        QVERIFY(!session.store()
                     ->stepData(WizardStep::Cutoff)
                     .value(QStringLiteral("drafts"))
                     .toObject()
                     .contains(QStringLiteral("reason")));
    }

    void presenterModeIsRememberedAndKeepsHelpOpen()
    {
        QSettings().setValue(QStringLiteral("view/helpCollapsed"), true);
        ProjectSession session;
        QString error;
        QVERIFY2(session.open(m_project, &error), qPrintable(error));
        CutoverWindow window(&session);
        window.show();
        auto *page = qobject_cast<StepPage *>(window.wizard()->page(int(WizardStep::CloseOut)));
        QVERIFY(page);
        QVERIFY(!page->isHelpExpanded());
        const qreal before = QApplication::font().pointSizeF();

        window.presenterAction()->trigger();
        QVERIFY(PresenterMode::instance()->isEnabled());
        QVERIFY(QSettings().value(QStringLiteral("view/presenterMode")).toBool());
        QVERIFY(page->isHelpExpanded());
        QVERIFY(!page->helpToggle()->isVisibleTo(page));
        QVERIFY(QApplication::font().pointSizeF() > before * 1.2);
        auto *table = window.findChild<QTableView *>(QStringLiteral("closeoutClients"));
        QVERIFY(table->verticalHeader()->defaultSectionSize() >= table->fontMetrics().height() * 3 / 2);

        // Off again: back to the size it had, and the help as the user left it.
        window.presenterAction()->trigger();
        QVERIFY(!QSettings().value(QStringLiteral("view/presenterMode")).toBool());
        QCOMPARE(QApplication::font().pointSizeF(), before);
        QVERIFY(!page->isHelpExpanded());
        page->helpToggle()->click();
        QVERIFY(page->isHelpExpanded());
        QVERIFY(!QSettings().value(QStringLiteral("view/helpCollapsed")).toBool());

        // What restore() reads on the next start.
        QSettings().setValue(QStringLiteral("view/presenterMode"), true);
        PresenterMode::instance()->restore();
        QVERIFY(PresenterMode::instance()->isEnabled());
        QVERIFY(window.presenterAction()->isChecked());
        PresenterMode::instance()->setEnabled(false);
    }

    void aProjectHandedOverOpensAndSaysCredentialsAreNotInIt()
    {
        // The file as a specialist would send it: copied elsewhere, no keychain entry for it.
        const QString copy = m_dir.filePath(QStringLiteral("received/Harbor handed over.cutover"));
        QVERIFY(QDir().mkpath(QFileInfo(copy).path()));
        QVERIFY(QFile::copy(m_project, copy));
        ProjectSession session;
        CutoverWindow window(&session);
        window.show();
        QVERIFY(window.openHandedOver(copy));
        QVERIFY(session.isOpen());
        QCOMPARE(QFileInfo(session.store()->filePath()).canonicalFilePath(), QFileInfo(copy).canonicalFilePath());
        QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("handOverNotice")));
        auto *notice = window.findChild<QMessageBox *>(QStringLiteral("handOverNotice"));
        QVERIFY(notice->informativeText().contains(QLatin1String("never a password")));
        notice->accept();
        QVERIFY(session.recent().list().contains(QFileInfo(copy).absoluteFilePath())
                || session.recent().list().contains(QFileInfo(copy).canonicalFilePath()));
        // And it is in Open Recent.
        QStringList recent;
        emit window.recentMenu()->aboutToShow();
        for (QAction *a : window.recentMenu()->actions())
            recent << a->toolTip();
        QVERIFY2(
            std::any_of(recent.cbegin(), recent.cend(),
                        [&](const QString &tip) { return tip.endsWith(QLatin1String("Harbor handed over.cutover")); }),
            qPrintable(recent.join(QLatin1Char('|'))));

        // A file that is not a project: the reason is on the Project page, nothing opened.
        const QString junk = m_dir.filePath(QStringLiteral("received/notes.cutover"));
        QVERIFY(TestImport::writeFile(junk, "not a database"));
        ProjectSession other;
        CutoverWindow second(&other);
        second.show();
        QVERIFY(!second.openHandedOver(junk));
        QVERIFY(!other.isOpen());
        QVERIFY(!second.wizard()->projectPage()->errorText().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
