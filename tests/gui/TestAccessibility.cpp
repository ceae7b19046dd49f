// What a screen-reader or keyboard user gets from each page of the real wizard
// on the demo project: every input has a name, no two controls on a page share a
// mnemonic, focus is drawn, and the status colours keep WCAG AA contrast in a
// light and a dark palette.
#include "CutoverWindow.h"
#include "CutoverWizard.h"
#include "DemoProject.h"
#include "Palette.h"
#include "ProjectSession.h"
#include "StepPage.h"
#include "StepSidePanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMap>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Cutover;

namespace {

// A control the user tabs to and operates, not a part of one (the line edit in a
// combo or spin box, a scroll bar) and not text (labels, tabs).
bool isInput(const QWidget *w)
{
    // A widget that hands its focus on (a tab widget to its tab bar) is checked through that one.
    if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
        return false;
    if (qobject_cast<const QLabel *>(w) || qobject_cast<const QTabBar *>(w) || qobject_cast<const QScrollBar *>(w))
        return false;
    const QWidget *parent = w->parentWidget();
    return !(parent && (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)));
}

QString describe(const QWidget *w)
{
    QString text = QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    // A widget without a name is found by its nearest named parent.
    if (w->objectName().isEmpty()) {
        for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
            if (!p->objectName().isEmpty()) {
                text += QStringLiteral(" in %1 \"%2\"")
                            .arg(QString::fromLatin1(p->metaObject()->className()), p->objectName());
                break;
            }
        }
    }
    return text;
}

// The name assistive technology reads: the accessible name (Qt's
// implementation falls back on the button text or a sibling buddy label), or
// the text of any label that is its buddy (exposed as a "labelled by" relation).
QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
    if (name.isEmpty()) {
        for (QLabel *label : w->window()->findChildren<QLabel *>()) {
            if (label->buddy() == w && !label->text().trimmed().isEmpty())
                return label->text();
        }
    }
    return name;
}

QString mnemonicOf(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QString() : key.toString(QKeySequence::PortableText);
}

// The mnemonics of what is visible now under `root` (and `extra`), key -> who.
QMap<QString, QStringList> mnemonics(QWidget *root, const QList<QWidget *> &extra = {})
{
    QMap<QString, QStringList> keys;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets += extra;
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *menu : bar->actions()) {
                if (!mnemonicOf(menu->text()).isEmpty())
                    keys[mnemonicOf(menu->text())] << QStringLiteral("menu \"%1\"").arg(menu->text());
            }
        }
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && !mnemonicOf(b->text()).isEmpty())
            keys[mnemonicOf(b->text())] << describe(w) + QStringLiteral(" ") + b->text();
        if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy() && !mnemonicOf(l->text()).isEmpty())
            keys[mnemonicOf(l->text())] << QStringLiteral("label \"%1\" for %2").arg(l->text(), describe(l->buddy()));
        if (auto *g = qobject_cast<QGroupBox *>(w); g && !mnemonicOf(g->title()).isEmpty())
            keys[mnemonicOf(g->title())] << describe(w) + QStringLiteral(" ") + g->title();
        if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i) {
                if (!mnemonicOf(t->tabText(i)).isEmpty())
                    keys[mnemonicOf(t->tabText(i))] << QStringLiteral("tab \"%1\"").arg(t->tabText(i));
            }
        }
    }
    return keys;
}

// Calls `check` once with the page as it is and once with each tab of each tab
// widget showing, then puts the tabs back.
template<typename Check> void forEachTabState(QWidget *root, Check check)
{
    check();
    const QList<QTabWidget *> tabs = root->findChildren<QTabWidget *>();
    for (QTabWidget *tab : tabs) {
        if (!tab->isVisible())
            continue;
        const int was = tab->currentIndex();
        for (int i = 0; i < tab->count(); ++i) {
            if (i == was)
                continue;
            tab->setCurrentIndex(i);
            QCoreApplication::processEvents();
            check();
        }
        tab->setCurrentIndex(was);
    }
}

QStringList unnamedInputs(QWidget *root)
{
    QStringList missing;
    QSet<QWidget *> seen;
    forEachTabState(root, [&] {
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisible() || !isInput(w) || seen.contains(w))
                continue;
            seen.insert(w);
            if (accessibleName(w).isEmpty())
                missing << describe(w);
        }
    });
    return missing;
}

QStringList duplicateMnemonics(QWidget *root, const QList<QWidget *> &extra)
{
    QStringList duplicates;
    forEachTabState(root, [&] {
        const QMap<QString, QStringList> keys = mnemonics(root, extra);
        if (qEnvironmentVariableIsSet("CUTOVER_A11Y_DUMP")) // to pick a free letter
            for (auto it = keys.begin(); it != keys.end(); ++it)
                qInfo("%s %s", qPrintable(it.key()), qPrintable(it.value().join(QStringLiteral(", "))));
        for (auto it = keys.begin(); it != keys.end(); ++it) {
            if (it.value().size() > 1) {
                const QString line = it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
                if (!duplicates.contains(line))
                    duplicates << line;
            }
        }
    });
    return duplicates;
}

QPalette lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

// A high-contrast dark palette: black base, white text.
QPalette blackPalette()
{
    QPalette p = Palette::darkPalette();
    p.setColor(QPalette::Window, Qt::black);
    p.setColor(QPalette::Base, Qt::black);
    p.setColor(QPalette::AlternateBase, QColor(0x12, 0x12, 0x12));
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::WindowText, Qt::white);
    return p;
}

int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    int n = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    }
    return n;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyInputOnEveryPageHasAName_data();
    void everyInputOnEveryPageHasAName();
    void noPageHasADuplicateMnemonic_data();
    void noPageHasADuplicateMnemonic();
    void dialogsNameTheirInputs_data();
    void dialogsNameTheirInputs();
    void contrastIsComputedAsWcagSays();
    void statusColoursPassAaInEveryPalette_data();
    void statusColoursPassAaInEveryPalette();
    void noPageHardCodesAColour();
    void focusIsDrawn_data();
    void focusIsDrawn();

private:
    void pageRows();
    QWidget *showStep(WizardStep step);

    ProjectSession *m_session = nullptr;
    CutoverWindow *m_window = nullptr;
    CutoverWizard *m_wizard = nullptr;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Cutover"));
    QCoreApplication::setApplicationName(QStringLiteral("CutoverA11yTest"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // A fresh demo: this test's own data folder (test mode, its own application name).
    QDir(QFileInfo(DemoProject::path()).absolutePath()).removeRecursively();
    m_session = new ProjectSession(this);
    QString error;
    QVERIFY2(m_session->openDemo(&error), qPrintable(error));
    // The application's window: its menu bar shares the Alt keys with every page.
    m_window = new CutoverWindow(m_session);
    m_wizard = m_window->wizard();
    m_window->resize(1200, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestAccessibility::cleanupTestCase()
{
    delete m_window;
    m_window = nullptr;
    m_wizard = nullptr;
}

void TestAccessibility::pageRows()
{
    QTest::addColumn<int>("step");
    for (WizardStep step : Steps::all())
        QTest::newRow(qPrintable(Steps::key(step))) << int(step);
}

QWidget *TestAccessibility::showStep(WizardStep step)
{
    m_wizard->goToStep(step);
    if (m_wizard->currentStep() != step)
        return nullptr;
    QCoreApplication::processEvents();
    return m_wizard->currentPage();
}

void TestAccessibility::everyInputOnEveryPageHasAName_data()
{
    pageRows();
}

void TestAccessibility::everyInputOnEveryPageHasAName()
{
    QFETCH(int, step);
    QWidget *page = showStep(WizardStep(step));
    QVERIFY(page);
    const QStringList missing = unnamedInputs(page);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("page %1: no accessible name on %2")
                            .arg(page->objectName(), missing.join(QStringLiteral("; ")))));
    // The side panel and the wizard's own buttons too.
    QVERIFY2(unnamedInputs(m_wizard->sidePanel()).isEmpty(),
             qPrintable(unnamedInputs(m_wizard->sidePanel()).join(QStringLiteral("; "))));
}

void TestAccessibility::noPageHasADuplicateMnemonic_data()
{
    pageRows();
}

void TestAccessibility::noPageHasADuplicateMnemonic()
{
    QFETCH(int, step);
    QWidget *page = showStep(WizardStep(step));
    QVERIFY(page);
    // What shares the window with the page: the menu bar, the wizard's buttons and the side panel.
    QList<QWidget *> around { m_window->menuBar(), m_wizard->sidePanel() };
    around += m_wizard->sidePanel()->findChildren<QWidget *>();
    for (QWizard::WizardButton b : { QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                     QWizard::FinishButton, QWizard::CancelButton, QWizard::HelpButton })
        around << m_wizard->button(b);
    const QStringList duplicates = duplicateMnemonics(page, around);
    QVERIFY2(duplicates.isEmpty(),
             qPrintable(QStringLiteral("page %1: the same Alt key for %2")
                            .arg(page->objectName(), duplicates.join(QStringLiteral(" | ")))));
}

void TestAccessibility::dialogsNameTheirInputs_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("dialog");
    QTest::newRow("business-day calendar")
        << int(WizardStep::Cutoff) << QStringLiteral("openCalendar") << QStringLiteral("calendarDialog");
    QTest::newRow("add an approver") << int(WizardStep::CloseOut) << QStringLiteral("addApprover")
                                     << QStringLiteral("addApproverDialog");
}

void TestAccessibility::dialogsNameTheirInputs()
{
    QFETCH(int, step);
    QFETCH(QString, button);
    QFETCH(QString, dialog);
    // The dialog as its page opens it, looked at while it runs.
    QWidget *page = showStep(WizardStep(step));
    QVERIFY(page);
    auto *open = page->findChild<QPushButton *>(button);
    QVERIFY(open);
    QString seen;
    QStringList missing;
    QStringList duplicates;
    QTimer::singleShot(0, this, [&] {
        auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!modal)
            return;
        seen = modal->objectName();
        missing = unnamedInputs(modal);
        duplicates = duplicateMnemonics(modal, {});
        modal->reject();
    });
    open->click();
    QCOMPARE(seen, dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(dialog + QStringLiteral(": ") + missing.join(QStringLiteral("; "))));
    QVERIFY2(duplicates.isEmpty(), qPrintable(dialog + QStringLiteral(": ") + duplicates.join(QStringLiteral(" | "))));
}

void TestAccessibility::contrastIsComputedAsWcagSays()
{
    QCOMPARE(qRound(Palette::contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(Palette::contrastRatio(Qt::white, Qt::white), 1.0);
    // Published pairs: #777 on white is the classic near miss (4.48:1), #767676 just passes (4.54:1).
    QCOMPARE(qRound(Palette::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
    QCOMPARE(qRound(Palette::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    QCOMPARE(qRound(Palette::relativeLuminance(QColor(0xff, 0x00, 0x00)) * 10000), 2126);
    QVERIFY(!Palette::isDark(lightPalette()));
    QVERIFY(Palette::isDark(Palette::darkPalette()));
    // A colour that fails is moved until it passes, keeping its side of the scale.
    const QColor fixed = Palette::withContrast(QColor(0x99, 0x99, 0x99), { Qt::white });
    QVERIFY(Palette::contrastRatio(fixed, Qt::white) >= 4.5);
    QVERIFY(fixed.lightness() < 0x99);
}

void TestAccessibility::statusColoursPassAaInEveryPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("Fusion light") << lightPalette();
    QTest::newRow("dark") << Palette::darkPalette();
    QTest::newRow("black") << blackPalette();
}

void TestAccessibility::statusColoursPassAaInEveryPalette()
{
    QFETCH(QPalette, palette);
    const auto expectAa = [](const QColor &fg, const QColor &bg, const char *what) {
        const double ratio = Palette::contrastRatio(fg, bg);
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                .arg(QLatin1String(what), fg.name(), bg.name(), QString::number(ratio, 'f', 2))));
    };
    using S = Palette::Status;
    for (S status : { S::Ok, S::Warning, S::Error, S::Info }) {
        const QColor text = Palette::text(status, palette);
        for (QPalette::ColorRole role : { QPalette::Base, QPalette::Window, QPalette::AlternateBase })
            expectAa(text, palette.color(role), "status text");
        expectAa(Palette::textOnFill(status, palette), Palette::fill(status, palette), "text on a status fill");
        expectAa(Palette::textOnStrongFill(status, palette), Palette::strongFill(status, palette),
                 "text on a strong fill");
        // A fill is a tint: it must differ from the base it sits on.
        QVERIFY(Palette::fill(status, palette) != palette.color(QPalette::Base));
    }
    for (QPalette::ColorRole role : { QPalette::Base, QPalette::Window })
        expectAa(Palette::secondaryText(palette), palette.color(role), "secondary text");
}

void TestAccessibility::noPageHardCodesAColour()
{
    // Colours come from Palette.h, which knows the palette in use; a literal one
    // in a page is how a dark palette ends up with dark red on dark grey.
    const QRegularExpression literal(
        QStringLiteral("(QColor\\s*\\(\\s*(0x|\\d)|[\"'(\\s:]#[0-9a-fA-F]{3,8}\\b|Qt::(red|green|blue|white|black|"
                       "yellow|darkRed|darkGreen|darkBlue|gray|darkGray|lightGray)\\b)"));
    QStringList found;
    QDirIterator it(QStringLiteral(CUTOVER_SOURCE_DIR "/wizard"), { QStringLiteral("*.cpp"), QStringLiteral("*.h") });
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String("/Palette.cpp")) || path.endsWith(QLatin1String("/Palette.h")))
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const QString text = QString::fromUtf8(file.readLine());
            if (text.trimmed().startsWith(QLatin1String("//")))
                continue;
            if (literal.match(text).hasMatch())
                found << QStringLiteral("%1:%2: %3").arg(it.fileName()).arg(line).arg(text.trimmed());
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestAccessibility::focusIsDrawn_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("Fusion light") << lightPalette();
    QTest::newRow("dark") << Palette::darkPalette();
}

void TestAccessibility::focusIsDrawn()
{
    QFETCH(QPalette, palette);
    const QPalette before = QApplication::palette();
    QApplication::setPalette(palette);
    QWidget *page = showStep(WizardStep::CloseOut);
    QVERIFY(page);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    // As after a Tab: styles draw the focus frame only once the keyboard moved focus.
    m_window->setAttribute(Qt::WA_KeyboardFocusChange);

    auto *done = qobject_cast<StepPage *>(page)->doneCheckBox();
    QList<QWidget *> targets { m_wizard->sidePanel()->view(), done, m_wizard->button(QWizard::NextButton) };
    if (auto *table = page->findChild<QTableView *>(); table && table->isVisible())
        targets << table;
    QWidget *elsewhere = m_wizard->button(QWizard::CancelButton);
    for (QWidget *w : std::as_const(targets)) {
        elsewhere->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        const QImage without = w->grab().toImage();
        w->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        QVERIFY2(w->hasFocus(), qPrintable(describe(w)));
        const QImage with = w->grab().toImage();
        QVERIFY2(differingPixels(without, with) >= 20,
                 qPrintable(QStringLiteral("%1 looks the same with and without focus").arg(describe(w))));
    }
    QApplication::setPalette(before);
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
