#include "RecordTableModel.h"
#include "domain/Cutoff.h"
#include "domain/LocaleFormat.h"
#include "importing/ImportWorksheet.h"
#include "staging/PreviewModel.h"
#include "targets/CsvPackageTarget.h"

#include <QTest>

#include <limits>

using namespace Cutover;

namespace {

// French groups with a narrow no-break space and puts a no-break space before the
// currency; written out so that the expectations below say which space is which.
const QString nnbsp(QChar(0x202F));
const QString nbsp(QChar(0x00A0));
const QString euro(QChar(0x20AC));

QString fr(const char *utf8)
{
    return QString::fromUtf8(utf8).replace(QLatin1Char('_'), nnbsp).replace(QLatin1Char('~'), nbsp);
}

// 2^53 + 1 cents: the first amount a double cannot hold (it would read ...409.92).
constexpr qint64 kBeyondDouble = (qint64(1) << 53) + 1;

} // namespace

class TestLocaleFormat : public QObject
{
    Q_OBJECT

private slots:
    void money_data();
    void money();
    void signedMoney();
    void currency_data();
    void currency();
    void currencyOfTheFirmsRegion();
    void numbers_data();
    void numbers();
    void datesAndTimes_data();
    void datesAndTimes();
    void modelsFeedingThePagesUseTheLocale();
    void filesKeepTheirFixedSpelling();
};

void TestLocaleFormat::money_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");
    const qint64 min = std::numeric_limits<qint64>::min();
    const qint64 max = std::numeric_limits<qint64>::max();
    QTest::newRow("en zero") << "en_US" << qint64(0) << "0.00";
    QTest::newRow("en cents") << "en_US" << qint64(5) << "0.05";
    QTest::newRow("en negative") << "en_US" << qint64(-123456) << "-1,234.56";
    QTest::newRow("en trailing zero") << "en_US" << qint64(123450) << "1,234.50";
    QTest::newRow("en beyond 2^53") << "en_US" << kBeyondDouble << "90,071,992,547,409.93";
    QTest::newRow("en min") << "en_US" << min << "-92,233,720,368,547,758.08";
    QTest::newRow("en max") << "en_US" << max << "92,233,720,368,547,758.07";
    QTest::newRow("fr zero") << "fr_FR" << qint64(0) << "0,00";
    QTest::newRow("fr cents") << "fr_FR" << qint64(-5) << "-0,05";
    QTest::newRow("fr negative") << "fr_FR" << qint64(-123456) << fr("-1_234,56");
    QTest::newRow("fr beyond 2^53") << "fr_FR" << kBeyondDouble << fr("90_071_992_547_409,93");
    QTest::newRow("fr min") << "fr_FR" << min << fr("-92_233_720_368_547_758,08");
    QTest::newRow("es zero") << "es_ES" << qint64(0) << "0,00";
    // Spanish groups from five digits on: 1234,56 but 12.345,67.
    QTest::newRow("es four digits") << "es_ES" << qint64(-123456) << "-1234,56";
    QTest::newRow("es five digits") << "es_ES" << qint64(1234567) << "12.345,67";
    QTest::newRow("es seven digits") << "es_ES" << qint64(123456789) << "1.234.567,89";
    QTest::newRow("es beyond 2^53") << "es_ES" << kBeyondDouble << "90.071.992.547.409,93";
    QTest::newRow("es max") << "es_ES" << max << "92.233.720.368.547.758,07";
}

void TestLocaleFormat::money()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    QCOMPARE(LocaleFormat::money(cents, QLocale(locale)), expected);
}

void TestLocaleFormat::signedMoney()
{
    const QLocale en(QStringLiteral("en_US"));
    QCOMPARE(LocaleFormat::signedMoney(1200, en), QStringLiteral("+12.00"));
    QCOMPARE(LocaleFormat::signedMoney(-1200, en), QStringLiteral("-12.00"));
    QCOMPARE(LocaleFormat::signedMoney(0, en), QStringLiteral("0.00"));
    QCOMPARE(LocaleFormat::signedMoney(-kBeyondDouble, en), QStringLiteral("-90,071,992,547,409.93"));
    QCOMPARE(LocaleFormat::signedMoney(std::numeric_limits<qint64>::min(), QLocale(QStringLiteral("fr_FR"))),
             fr("-92_233_720_368_547_758,08"));
    QCOMPARE(LocaleFormat::signedMoney(123456, QLocale(QStringLiteral("es_ES"))), QStringLiteral("+1234,56"));
}

void TestLocaleFormat::currency_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("expected");
    // Where the symbol goes and how a negative amount is marked are the locale's
    // (QLocale::toCurrencyString: accounting brackets in en_US and fr_FR).
    QTest::newRow("en") << "en_US" << qint64(123456) << "$"
                        << "$1,234.56";
    QTest::newRow("en negative") << "en_US" << qint64(-123456) << "$"
                                 << "($1,234.56)";
    QTest::newRow("en zero") << "en_US" << qint64(0) << "$"
                             << "$0.00";
    QTest::newRow("en beyond 2^53") << "en_US" << kBeyondDouble << "$"
                                    << "$90,071,992,547,409.93";
    QTest::newRow("en euro") << "en_US" << qint64(-5) << euro << QLatin1String("(") + euro + QLatin1String("0.05)");
    QTest::newRow("en no symbol") << "en_US" << qint64(-123456) << ""
                                  << "-1,234.56";
    QTest::newRow("fr") << "fr_FR" << qint64(123456) << euro << fr("1_234,56~") + euro;
    QTest::newRow("fr negative") << "fr_FR" << qint64(-5) << euro << fr("(0,05~") + euro + QLatin1String(")");
    QTest::newRow("fr dollar") << "fr_FR" << kBeyondDouble << "$" << fr("90_071_992_547_409,93~$");
    QTest::newRow("es") << "es_ES" << qint64(123456) << euro << fr("1234,56~") + euro;
    QTest::newRow("es negative") << "es_ES" << qint64(-1234567) << euro << fr("-12.345,67~") + euro;
    QTest::newRow("es zero") << "es_ES" << qint64(0) << "$" << fr("0,00~$");
}

void TestLocaleFormat::currency()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, symbol);
    QFETCH(QString, expected);
    QCOMPARE(LocaleFormat::currency(cents, symbol, QLocale(locale)), expected);
}

void TestLocaleFormat::currencyOfTheFirmsRegion()
{
    QCOMPARE(LocaleFormat::currencySymbolOfRegion(QStringLiteral("US")), QStringLiteral("$"));
    QCOMPARE(LocaleFormat::currencySymbolOfRegion(QStringLiteral("CA-ON")), QStringLiteral("$"));
    QCOMPARE(LocaleFormat::currencySymbolOfRegion(QStringLiteral("GB")), QString(QChar(0x00A3)));
    QCOMPARE(LocaleFormat::currencySymbolOfRegion(QStringLiteral("fr")), euro);
    QCOMPARE(LocaleFormat::currencySymbolOfRegion(QStringLiteral("ES")), euro);
    QCOMPARE(LocaleFormat::currencySymbolOfRegion(QStringLiteral("XX")), QString());
    QCOMPARE(LocaleFormat::currencySymbolOfRegion(QString()), QString());
}

void TestLocaleFormat::numbers_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en small") << "en_US" << qint64(999) << "999";
    QTest::newRow("en thousand") << "en_US" << qint64(1234) << "1,234";
    QTest::newRow("en million") << "en_US" << qint64(1234567) << "1,234,567";
    QTest::newRow("en negative") << "en_US" << qint64(-1234567) << "-1,234,567";
    QTest::newRow("en max") << "en_US" << std::numeric_limits<qint64>::max() << "9,223,372,036,854,775,807";
    QTest::newRow("fr thousand") << "fr_FR" << qint64(1234) << fr("1_234");
    QTest::newRow("fr million") << "fr_FR" << qint64(-1234567) << fr("-1_234_567");
    QTest::newRow("fr min") << "fr_FR" << std::numeric_limits<qint64>::min() << fr("-9_223_372_036_854_775_808");
    QTest::newRow("es thousand") << "es_ES" << qint64(1234) << "1234";
    QTest::newRow("es ten thousand") << "es_ES" << qint64(12345) << "12.345";
    // Qt 6.4 alone writes 1234.567 here.
    QTest::newRow("es million") << "es_ES" << qint64(1234567) << "1.234.567";
    QTest::newRow("es negative") << "es_ES" << qint64(-1234567) << "-1.234.567";
    QTest::newRow("es zero") << "es_ES" << qint64(0) << "0";
}

void TestLocaleFormat::numbers()
{
    QFETCH(QString, locale);
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    QCOMPARE(LocaleFormat::number(value, QLocale(locale)), expected);
}

void TestLocaleFormat::datesAndTimes_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("dateTime");
    // The short forms, with the year written in full.
    QTest::newRow("en_US") << "en_US"
                           << "3/5/2026"
                           << "1:30 PM"
                           << "3/5/2026 1:30 PM";
    QTest::newRow("fr_FR") << "fr_FR"
                           << "05/03/2026"
                           << "13:30"
                           << "05/03/2026 13:30";
    QTest::newRow("es_ES") << "es_ES"
                           << "5/3/2026"
                           << "13:30"
                           << "5/3/2026 13:30";
}

void TestLocaleFormat::datesAndTimes()
{
    QFETCH(QString, locale);
    QFETCH(QString, date);
    QFETCH(QString, time);
    QFETCH(QString, dateTime);
    const QLocale l(locale);
    QCOMPARE(LocaleFormat::date(QDate(2026, 3, 5), l), date);
    QCOMPARE(LocaleFormat::time(QTime(13, 30), l), time);
    // 18:30 UTC is 13:30 in New York (EST) on 5 March 2026.
    const QDateTime utc(QDate(2026, 3, 5), QTime(18, 30), Qt::UTC);
    QCOMPARE(LocaleFormat::dateTime(utc, QTimeZone("America/New_York"), l), dateTime);
    QCOMPARE(LocaleFormat::dateTime(utc.toTimeZone(QTimeZone("America/New_York")), l), dateTime);
    QCOMPARE(LocaleFormat::date(QDate(), l), QString());
    QCOMPARE(LocaleFormat::dateTime(QDateTime(), l), QString());
}

// The item models behind the pages spell values through the helper, in the default locale.
void TestLocaleFormat::modelsFeedingThePagesUseTheLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("fr_FR")));
    const QTimeZone ny("America/New_York");
    QCOMPARE(PreviewModel::formatCents(-123456, QLocale()), fr("-1_234,56"));
    QCOMPARE(PreviewModel::displayText(FieldType::Money, qint64(kBeyondDouble), ny, QLocale()),
             fr("90_071_992_547_409,93"));
    QCOMPARE(PreviewModel::displayText(FieldType::Date, QStringLiteral("2026-03-05"), ny, QLocale()),
             QStringLiteral("05/03/2026"));
    QCOMPARE(PreviewModel::displayText(FieldType::DateTime, QStringLiteral("2026-03-05T18:30:00Z"), ny, QLocale()),
             QStringLiteral("05/03/2026 13:30"));
    QCOMPARE(PreviewModel::displayText(FieldType::Integer, qint64(1234567), ny, QLocale()), fr("1_234_567"));

    // A table of records: a date kept as ISO text is shown as a date, a note as it is.
    RecordTableModel table;
    table.setTimeZone(ny);
    table.setColumns({ { QStringLiteral("Date"), FieldType::Date, {} },
                       { QStringLiteral("Amount"), FieldType::Money, {} },
                       { QStringLiteral("Entries"), FieldType::Integer, {} } });
    table.setRows({ { QStringLiteral("2026-12-31"), qint64(-123456), qint64(12345) },
                    { QStringLiteral("—"), QStringLiteral("—"), qint64(0) } });
    QCOMPARE(table.index(0, 0).data().toString(), QStringLiteral("31/12/2026"));
    QCOMPARE(table.index(0, 1).data().toString(), fr("-1_234,56"));
    QCOMPARE(table.index(0, 2).data().toString(), fr("12_345"));
    QCOMPARE(table.index(1, 0).data().toString(), QStringLiteral("—"));
    QCOMPARE(table.index(1, 1).data().toString(), QStringLiteral("—"));
    // Sorting still reads the raw value.
    QCOMPARE(table.index(0, 0).data(RecordTableModel::SortRole).toString(), QStringLiteral("2026-12-31"));

    // The cutoff as the page shows it, and as files and the CLI keep it.
    const Cutoff cutoff = Cutoffs::make(QDate(2026, 12, 31), QTime(17, 0), "America/New_York");
    QCOMPARE(cutoff.localeText(QLocale(QStringLiteral("en_US"))),
             QString::fromUtf8("12/31/2026 5:00 PM EST (UTC\u221205:00)"));
    QCOMPARE(cutoff.localeText(QLocale()), QString::fromUtf8("31/12/2026 17:00 EST (UTC\u221205:00)"));
    QCOMPARE(cutoff.displayText(), QString::fromUtf8("2026-12-31 17:00 EST (UTC\u221205:00)"));
    QLocale::setDefault(before);
}

// Exports, the import package and the review's files keep one spelling in every language.
void TestLocaleFormat::filesKeepTheirFixedSpelling()
{
    const QLocale before;
    for (const char *name : { "fr_FR", "es_ES", "en_US" }) {
        QLocale::setDefault(QLocale(QString::fromLatin1(name)));
        QCOMPARE(ImportWorksheet::formatCents(-123456), QStringLiteral("-1234.56"));
        QCOMPARE(ImportWorksheet::formatCents(kBeyondDouble), QStringLiteral("90071992547409.93"));
        QCOMPARE(CsvPackageTarget::formatCents(123456), QStringLiteral("1234.56"));
        QCOMPARE(CsvPackageTarget::formatCents(-5), QStringLiteral("-0.05"));
    }
    QLocale::setDefault(before);
    // The CLI's close-out tables: the C locale with grouping on, in every language.
    QLocale cli = QLocale::c();
    cli.setNumberOptions(QLocale::DefaultNumberOptions);
    QCOMPARE(PreviewModel::formatCents(-123456789, cli), QStringLiteral("-1,234,567.89"));
    QCOMPARE(PreviewModel::formatCents(123456, QLocale::c()), QStringLiteral("1234.56"));
}

QTEST_APPLESS_MAIN(TestLocaleFormat)
#include "TestLocaleFormat.moc"
