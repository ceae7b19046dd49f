// The reassignment suggester on a small firm whose right answers are known:
// every signal alone, the traps (a matter number inside another, accents,
// legal forms, a misspelt name) and nothing fitting at all.

#include "placeholder/ReassignSuggester.h"

#include <QTest>

using namespace Cutover;

namespace {

enum class Band { None, Fuzzy, Recent, ClientSeveral, ClientOne, Number, Intended };

Band bandOf(int confidence)
{
    if (confidence == 0)
        return Band::None;
    if (confidence == 100)
        return Band::Intended;
    if (confidence >= 90)
        return Band::Number;
    if (confidence >= 75)
        return Band::ClientOne;
    if (confidence >= 55 && confidence < 75)
        return Band::ClientSeveral;
    if (confidence == 40)
        return Band::Recent;
    return Band::Fuzzy; // 1..50 but not 40
}

QList<MatterCandidate> firm()
{
    return {
        { QStringLiteral("m42"), QStringLiteral("00042-Smith"), QStringLiteral("2019-0042"),
          QStringLiteral("Smith v Jones"), QStringLiteral("John Smith") },
        { QStringLiteral("m4"), QStringLiteral("00004-Okafor"), QStringLiteral("2019-004"),
          QStringLiteral("Lease renewal"), QStringLiteral("Okafor Holdings LLP") },
        // One client, two matters: the user's recent work decides.
        { QStringLiteral("m7"), QStringLiteral("00007-Muller"), QStringLiteral("2020-0007"),
          QStringLiteral("Estate planning"), QStringLiteral("Müller & Söhne GmbH") },
        { QStringLiteral("m8"), QStringLiteral("00008-Muller"), QStringLiteral("2020-0008"),
          QStringLiteral("Employment dispute"), QStringLiteral("Müller & Söhne GmbH") },
        { QStringLiteral("m9"), QStringLiteral("00009-Johnson"), QStringLiteral("2021-0100"),
          QStringLiteral("Contract review"), QStringLiteral("The Johnson and Whitfield Partnership Inc") },
        // A new matter (no old number) of a client whose name is all legal form and articles but one word.
        { QStringLiteral("m10"), QStringLiteral("00010-Acme"), QString(), QStringLiteral("Trademark filing"),
          QStringLiteral("The Acme Company Inc") },
    };
}

QHash<QString, QStringList> recentWork()
{
    return { { QStringLiteral("u-anna"), { QStringLiteral("m8"), QStringLiteral("m42") } },
             { QStringLiteral("u-ben"), { QStringLiteral("m7") } },
             { QStringLiteral("u-new"), {} } };
}

} // namespace

class TestReassignSuggester : public QObject
{
    Q_OBJECT

private slots:
    void label();
    void suggests_data();
    void suggests();
    void intendedMatterUnknownFallsThrough();
};

void TestReassignSuggester::label()
{
    const QList<MatterCandidate> c = firm();
    QCOMPARE(c.at(0).label(), QStringLiteral("00042-Smith · Smith v Jones — John Smith"));
    MatterCandidate bare;
    bare.sourceNumber = QStringLiteral("2019-0042");
    QCOMPARE(bare.label(), QStringLiteral("2019-0042"));
    bare.clientName = QStringLiteral("Jones");
    QCOMPARE(bare.label(), QStringLiteral("2019-0042 — Jones"));
}

void TestReassignSuggester::suggests_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("intended");
    QTest::addColumn<QString>("matter");
    QTest::addColumn<int>("band");
    QTest::addColumn<QString>("reasonNames"); // what the reason must mention

    const auto row = [](const char *name, const char *note, const char *user, const char *intended, const char *matter,
                        Band band, const char *reasonNames) {
        QTest::newRow(name) << QString::fromUtf8(note) << QString::fromUtf8(user) << QString::fromUtf8(intended)
                            << QString::fromUtf8(matter) << int(band) << QString::fromUtf8(reasonNames);
    };
    // The template's matter beats everything written in the note.
    row("intended", "Call re 2019-004 with Okafor", "u-anna", "m9", "m9", Band::Intended, "template");
    // Matter numbers, in several spellings and positions.
    row("number at start", "2019-0042: drafted reply", "u-new", "", "m42", Band::Number, "2019-0042");
    row("number at end", "Drafted reply for matter 2019-0042.", "u-new", "", "m42", Band::Number, "2019-0042");
    row("number slashed", "Drafted reply (2019/0042)", "u-new", "", "m42", Band::Number, "2019-0042");
    row("number unseparated", "Drafted reply #20190042 today", "u-new", "", "m42", Band::Number, "2019-0042");
    row("number spaced", "re 2019 0042 hearing prep", "u-new", "", "m42", Band::Number, "2019-0042");
    row("number en dash", "re 2019–0042 hearing prep", "u-new", "", "m42", Band::Number, "2019-0042");
    row("display number any case", "Prepared bundle 00042-SMITH", "u-new", "", "m42", Band::Number, "00042-Smith");
    // 2019-004 is a substring of 2019-0042: only the whole token counts.
    row("number not substring", "Hearing on 2019-0042 tomorrow", "u-ben", "", "m42", Band::Number, "2019-0042");
    row("short number whole", "Lease notes for 2019-004, sent", "u-new", "", "m4", Band::Number, "2019-004");
    row("number not continued", "Ref 2019-004-2 unclear", "u-new", "", "", Band::None, "");
    // Client names: one matter.
    row("client one matter", "Meeting with okafor holdings re lease", "u-new", "", "m4", Band::ClientOne,
        "Okafor Holdings LLP");
    row("client reordered", "Call with Smith, John", "u-new", "", "m42", Band::ClientOne, "John Smith");
    row("client legal form ignored", "Acme trademark search", "u-new", "", "m10", Band::ClientOne,
        "The Acme Company Inc");
    // Accents and case do not matter; "&" and "GmbH" do not count.
    row("client accents recent", "Email to MULLER SOHNE", "u-anna", "", "m8", Band::ClientSeveral, "Müller");
    row("client accents other user", "Email to Müller Söhne", "u-ben", "", "m7", Band::ClientSeveral, "Müller");
    row("client several by matter words", "Müller Söhne employment letter", "u-new", "", "m8", Band::ClientSeveral,
        "Müller");
    // Common words alone name no client ("The", "and", "Inc", "Company").
    row("common words only", "The company and the partnership inc", "u-new", "", "", Band::None, "");
    // Nothing in the note: the user's most recent matter.
    row("recent only", "Internal research", "u-anna", "", "m8", Band::Recent, "most recent");
    // A misspelt client name.
    row("fuzzy misspelt", "Review of Jonhson Whitfeld contract", "u-new", "", "m9", Band::Fuzzy, "Johnson");
    row("fuzzy beats recent", "Okafer Holdngs call", "u-ben", "", "m4", Band::Fuzzy, "Okafor");
    // Nothing fits.
    row("nothing", "Internal research", "u-new", "", "", Band::None, "");
    row("nothing unknown user", "Lunch", "u-nobody", "", "", Band::None, "");
}

void TestReassignSuggester::suggests()
{
    QFETCH(QString, note);
    QFETCH(QString, user);
    QFETCH(QString, intended);
    QFETCH(QString, matter);
    QFETCH(int, band);
    QFETCH(QString, reasonNames);

    const ReassignSuggester suggester(firm(), recentWork());
    const Suggestion s = suggester.suggest({ note, user, QDate(2026, 3, 2), intended });
    QCOMPARE(s.matterId, matter);
    QCOMPARE(int(bandOf(s.confidence)), band);
    QVERIFY(s.confidence >= 0 && s.confidence <= 100);
    if (matter.isEmpty()) {
        QCOMPARE(s.confidence, 0);
        QVERIFY(s.reason.isEmpty());
    } else {
        QVERIFY2(s.reason.contains(reasonNames, Qt::CaseInsensitive), qPrintable(s.reason));
    }
}

void TestReassignSuggester::intendedMatterUnknownFallsThrough()
{
    // A template matter the target does not have (not migrated yet): the note decides.
    const ReassignSuggester suggester(firm(), recentWork());
    const Suggestion s = suggester.suggest(
        { QStringLiteral("2019-0042 letter"), QStringLiteral("u-new"), QDate(), QStringLiteral("gone") });
    QCOMPARE(s.matterId, QStringLiteral("m42"));
    QCOMPARE(s.confidence, 95);
}

QTEST_GUILESS_MAIN(TestReassignSuggester)
#include "TestReassignSuggester.moc"
