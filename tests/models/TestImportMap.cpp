#include "sources/ImportMap.h"
#include "sources/MapSuggester.h"
#include "sources/RowConverter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(e.errorString()));
    return doc.object();
}

// A map with every feature, for round trips.
ImportMap fullMap()
{
    ImportMap m;
    m.id = "firm-clients.v2";
    m.name = "Firm clients — März";
    m.source = "collect";
    m.description = "Every option set";
    m.entity = Entity::Client;
    m.fingerprint = { "Client #", "Amount (*" };
    m.options.dateFormat = "d/M/yyyy";
    m.options.decimalSeparator = QLatin1Char(',');
    m.options.thousandsSeparator = QChar();
    m.options.hasHeader = false;
    m.options.columnNames = { "Client #", "Name", "Company", "Archived", "Listed" };
    m.options.rowFilterColumn = "Kind";
    m.options.rowFilterValues = { "", "C" };
    FieldMapping key;
    key.columns = { "Client #" };
    m.fields.insert("source_key", key);
    FieldMapping name;
    name.columns = { "First", "Last" };
    name.fallbackColumns = { "Company" };
    name.join = " / ";
    m.fields.insert("name", name);
    FieldMapping first;
    first.columns = { "Name" };
    first.split = "last, first";
    first.part = "first";
    m.fields.insert("first_name", first);
    FieldMapping status;
    status.columns = { "Archived" };
    status.lookup = { { "yes", "inactive" }, { "*", "active" } };
    status.defaultValue = "active";
    m.fields.insert("status", status);
    FieldMapping created;
    created.columns = { "Listed" };
    created.format = "MM/dd/yy";
    m.fields.insert("created_at", created);
    FieldMapping kind;
    kind.defaultValue = "company";
    m.fields.insert("kind", kind);
    return m;
}

QString convertError(const ImportMap &map, const QStringList &header, QStringList *problems = nullptr)
{
    QStringList p;
    const auto c = RowConverter::create(map, header, QTimeZone("America/New_York"), &p);
    if (problems)
        *problems = p;
    return c ? QString() : p.join(QLatin1Char('\n'));
}

// A time entry map exercising every field type.
ImportMap timeMap()
{
    const auto m = ImportMap::fromJson(parse(R"({
        "format": "cutover-map/1", "id": "t", "entity": "time_entry",
        "options": { "dateFormat": "M/d/yyyy" },
        "fields": {
            "source_key": { "column": "ID" },
            "matter_key": { "column": "Matter" },
            "user_key": { "columns": ["First", "Last"] },
            "date": { "column": "Date" },
            "duration": { "column": "Hours", "unit": "hours" },
            "rate": { "column": "Rate" },
            "amount": { "column": "Amount" },
            "description": { "columns": ["Public", "Private"], "join": "\n" },
            "activity": { "column": "Task", "default": "General" },
            "billable": { "column": "Non-billable", "invert": true, "default": "no" },
            "billed": { "column": "Status", "lookup": { "Billing Complete": "true", "*": "false" } },
            "invoice_number": { "column": "Invoice" },
            "created_at": { "column": "Entered", "format": "M/d/yyyy h:mm AP" },
            "client_key": { "column": "Client" }
        } })"),
                                       nullptr);
    Q_ASSERT(m);
    return *m;
}

const QStringList kTimeHeader = { "ID",     "Matter",  "First",   "Last",    "Date", "Hours",
                                  "Rate",   "Amount",  "Public",  "Private", "Task", "Non-billable",
                                  "Status", "Invoice", "Entered", "Client" };

QStringList goodTimeRow()
{
    return { "E-1",     "00042", "Jane", "Doe", "3/4/2026",         "1.25",  "$250.00",          "312.50",
             "Drafted", "",      "",     "",    "Billing Complete", "INV-7", "3/4/2026 9:15 AM", "C-9" };
}

QVariant valueOf(const std::vector<QVariant> &values, Entity entity, const char *field)
{
    const QList<FieldSpec> &specs = Entities::fields(entity);
    for (int i = 0; i < specs.size(); ++i) {
        if (specs.at(i).key == QLatin1String(field))
            return values.at(size_t(i));
    }
    qFatal("no field %s", field);
}

} // namespace

class TestImportMap : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip();
    void saveAndLoad();
    void strictErrors_data();
    void strictErrors();
    void loadErrors();
    void missingRequiredFields();
    void builtInMapsLoadAndValidate();
    void builtInMapsAreDocumented();
    void genericMapsFollowTheRegistry();

    void convertsEveryType();
    void tripsEveryProblemCode_data();
    void tripsEveryProblemCode();
    void bindsHeadersExactlyThenNormalised();
    void reportsMissingColumns();
    void joinsSplitsAndFallsBack();
    void lookupsAndInvert();
    void choicesAcceptCommonWords();
    void readsHeaderlessFilesByPosition();
    void filtersRows();
    void europeanNumbers();
    void convertIsFast();
};

void TestImportMap::jsonRoundTrip()
{
    const ImportMap m = fullMap();
    const QJsonObject json = m.toJson();
    QCOMPARE(json.value("format").toString(), QString("cutover-map/1"));
    QCOMPARE(json.value("entity").toString(), QString("client"));
    QVERIFY(json.value("fields").toObject().value("source_key").toObject().contains("column"));
    QVERIFY(json.value("fields").toObject().value("name").toObject().contains("columns"));
    QString error;
    const auto back = ImportMap::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), json);
    QVERIFY(*back == m);

    // Defaults survive too, and a missing name or source is filled in.
    const auto minimal = ImportMap::fromJson(
        parse(R"({"format":"cutover-map/1","id":"m","entity":"note","fields":{"body":{"column":"Text"}}})"), &error);
    QVERIFY2(minimal, qPrintable(error));
    QCOMPARE(minimal->name, QString("m"));
    QCOMPARE(minimal->source, QString("generic"));
    QCOMPARE(minimal->options, MapOptions());
    QCOMPARE(*ImportMap::fromJson(minimal->toJson(), &error), *minimal);
}

void TestImportMap::saveAndLoad()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("map.json");
    const ImportMap m = fullMap();
    QString error;
    QVERIFY2(m.save(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("\n    \"fields\": {")); // indented for people
    QVERIFY(bytes.contains("März")); // UTF-8 kept
    const auto loaded = ImportMap::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, m);
    // Saving replaces atomically: no temporary file is left behind.
    QVERIFY(m.save(path, &error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { "map.json" });
    // An unwritable place is reported.
    QVERIFY(!m.save(dir.filePath("missing/dir/map.json"), &error));
    QVERIFY(error.contains("cannot be written"));
}

void TestImportMap::strictErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    auto row = [](const char *name, const char *fields, const char *extra, const char *mentions) {
        const QByteArray json = QByteArray(R"({"format":"cutover-map/1","id":"x","entity":"time_entry",)") + extra
            + R"("fields":)" + fields + "}";
        QTest::newRow(name) << json << QString::fromUtf8(mentions);
    };
    const char *ok = R"({"matter_key":{"column":"M"}})";
    QTest::newRow("no format") << QByteArray(R"({"id":"x","entity":"note","fields":{}})") << "“format”";
    QTest::newRow("newer format") << QByteArray(R"({"format":"cutover-map/2","id":"x","entity":"note","fields":{}})")
                                  << "“cutover-map/2”";
    row("unknown top key", ok, R"("colour":"red",)", "“colour”");
    row("no fields", "{}", "", "");
    QTest::newRow("fields missing") << QByteArray(R"({"format":"cutover-map/1","id":"x","entity":"note"})")
                                    << "“fields”";
    QTest::newRow("no id") << QByteArray(R"({"format":"cutover-map/1","entity":"note","fields":{}})") << "“id”";
    QTest::newRow("unsafe id") << QByteArray(R"({"format":"cutover-map/1","id":"a/b","entity":"note","fields":{}})")
                               << "“id”";
    QTest::newRow("unknown entity") << QByteArray(
        R"({"format":"cutover-map/1","id":"x","entity":"widget","fields":{}})")
                                    << "“widget”";
    row("name not text", ok, R"("name":3,)", "“name”");
    row("fingerprint not a list", ok, R"("fingerprint":"Date",)", "“fingerprint”");
    row("fingerprint of numbers", ok, R"("fingerprint":[1,2],)", "“fingerprint”");
    row("unknown field", R"({"hours":{"column":"H"}})", "", "“fields.hours”");
    row("field not an object", R"({"date":"Date"})", "", "“fields.date”");
    row("unknown field key", R"({"date":{"column":"D","colour":"red"}})", "", "“colour” in “fields.date”");
    row("column and columns", R"({"date":{"column":"D","columns":["E"]}})", "", "“fields.date”");
    row("column not text", R"({"date":{"column":3}})", "", "“fields.date.column”");
    row("columns not a list", R"({"date":{"columns":"D"}})", "", "“fields.date.columns”");
    row("empty column name", R"({"date":{"column":" "}})", "", "“fields.date”");
    row("nothing feeds", R"({"date":{"format":"M/d/yyyy"}})", "", "“fields.date”");
    row("fallback alone", R"({"date":{"fallback":["D"],"default":"1/1/2026"}})", "", "“fields.date”");
    row("bad unit", R"({"duration":{"column":"H","unit":"days"}})", "", "“fields.duration.unit”");
    row("unit on a date", R"({"date":{"column":"D","unit":"hours"}})", "", "“fields.date.unit”");
    row("bad field date format", R"({"date":{"column":"D","format":"banana"}})", "", "“fields.date.format”");
    row("format on money", R"({"amount":{"column":"A","format":"M/d/yyyy"}})", "", "“fields.amount.format”");
    row("bad split", R"({"description":{"column":"N","split":"middle","part":"first"}})", "",
        "“fields.description.split”");
    row("bad part", R"({"description":{"column":"N","split":"first last","part":"middle"}})", "",
        "“fields.description.part”");
    row("part without split", R"({"description":{"column":"N","part":"first"}})", "", "“fields.description”");
    row("invert on text", R"({"description":{"column":"N","invert":true}})", "", "“fields.description.invert”");
    row("invert not a flag", R"({"billable":{"column":"B","invert":"yes"}})", "", "“fields.billable.invert”");
    row("lookup not an object", R"({"billed":{"column":"S","lookup":["a"]}})", "", "“fields.billed.lookup”");
    row("lookup value not text", R"({"billed":{"column":"S","lookup":{"Done":true}}})", "",
        "“fields.billed.lookup.Done”");
    row("default not text", R"({"billed":{"column":"S","default":false}})", "", "“fields.billed.default”");
    row("options not an object", ok, R"("options":[],)", "“options”");
    row("unknown option", ok, R"("options":{"delimiter":";"},)", "“delimiter” in “options”");
    row("bad date format", ok, R"("options":{"dateFormat":"dd/mm"},)", "“options.dateFormat”");
    row("long decimal", ok, R"("options":{"decimal":"::"},)", "“options.decimal”");
    row("digit decimal", ok, R"("options":{"decimal":"0"},)", "“options.decimal”");
    row("same separators", ok, R"("options":{"decimal":",","thousands":","},)", "“options.thousands”");
    row("header flag not a flag", ok, R"("options":{"hasHeader":"no"},)", "“options.hasHeader”");
    row("headerless without names", ok, R"("options":{"hasHeader":false},)", "“options.columnNames”");
    row("rows without values", ok, R"("options":{"rows":{"column":"type"}},)", "“options.rows”");
    row("rows unknown key", ok, R"("options":{"rows":{"column":"type","values":[""],"not":1}},)",
        "“not” in “options.rows”");
}

void TestImportMap::strictErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    const auto m = ImportMap::fromJson(QJsonDocument::fromJson(json).object(), &error);
    if (mentions.isEmpty()) { // "no fields": an empty field list is a valid (useless) map
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->missingRequiredFields(), (QStringList { "matter_key", "user_key", "date", "duration" }));
        return;
    }
    QVERIFY(!m);
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error)); // one sentence
    // A null error pointer is allowed.
    QVERIFY(!ImportMap::fromJson(QJsonDocument::fromJson(json).object(), nullptr));
}

void TestImportMap::loadErrors()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!ImportMap::load(dir.filePath("none.json"), &error));
    QVERIFY2(error.contains("cannot be read"), qPrintable(error));

    QFile bad(dir.filePath("bad.json"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"format\": \"cutover-map/1\",");
    bad.close();
    QVERIFY(!ImportMap::load(bad.fileName(), &error));
    QVERIFY2(error.contains("not valid JSON"), qPrintable(error));

    QFile array(dir.filePath("array.json"));
    QVERIFY(array.open(QIODevice::WriteOnly));
    array.write("[]");
    array.close();
    QVERIFY(!ImportMap::load(array.fileName(), &error));
    QVERIFY2(error.contains("not a JSON object"), qPrintable(error));
}

void TestImportMap::missingRequiredFields()
{
    ImportMap m;
    m.entity = Entity::TimeEntry;
    FieldMapping date;
    date.columns = { "Date" };
    m.fields.insert("date", date);
    QCOMPARE(m.missingRequiredFields(), (QStringList { "matter_key", "user_key", "duration" }));
    FieldMapping user;
    user.defaultValue = "JD"; // a default feeds a field
    m.fields.insert("user_key", user);
    QCOMPARE(m.missingRequiredFields(), (QStringList { "matter_key", "duration" }));
    // A client's number is required but staging derives it when nothing feeds it.
    m.entity = Entity::Client;
    m.fields.clear();
    QCOMPARE(m.missingRequiredFields(), QStringList { "name" });
}

void TestImportMap::builtInMapsLoadAndValidate()
{
    const QStringList files = QDir(":/maps").entryList({ "*.json" }, QDir::Files);
    const QList<ImportMap> maps = BuiltInMaps::all();
    QCOMPARE(maps.size(), files.size()); // none left out
    QStringList ids;
    for (const ImportMap &m : maps)
        ids << m.id;
    const QStringList expected = {
        "bill4time-clients",
        "bill4time-projects",
        "bill4time-time",
        "clio-activities",
        "clio-contacts",
        "clio-matters",
        "clockify-detailed",
        "collect-clients",
        "collect-debtors",
        "collect-transactions",
        "generic-client",
        "generic-document",
        "generic-expense",
        "generic-invoice",
        "generic-matter",
        "generic-note",
        "generic-payment",
        "generic-time-entry",
        "generic-trust-transaction",
        "generic-user",
        "harvest-detailed-time",
        "mycase-companies",
        "practicepanther-contacts",
        "practicepanther-matters",
        "quickbooks-online-time",
        "timesolv-time",
        "toggl-detailed",
    };
    QCOMPARE(ids, expected);
    QCOMPARE(BuiltInMaps::find("bill4time-time")->entity, Entity::TimeEntry);
    QVERIFY(!BuiltInMaps::find("no-such-map"));

    for (const ImportMap &m : maps) {
        QVERIFY2(files.contains(m.id + ".json"), qPrintable(m.id)); // file named by id
        QVERIFY2(!m.name.isEmpty() && !m.description.isEmpty(), qPrintable(m.id));
        QVERIFY2(m.missingRequiredFields().isEmpty(), qPrintable(m.id + ": " + m.missingRequiredFields().join(",")));
        QString error;
        const auto again = ImportMap::fromJson(m.toJson(), &error);
        QVERIFY2(again && *again == m, qPrintable(m.id + error));
        QVERIFY2(!m.fingerprint.isEmpty() || m.source == "generic", qPrintable(m.id));
        // Binds to a header made of the columns it names: no problem at all.
        QStringList header = m.options.columnNames;
        if (m.options.hasHeader) {
            for (const FieldMapping &f : m.fields) {
                for (QString c : f.columns + f.fallbackColumns) {
                    if (c.endsWith('*'))
                        c = c.chopped(1) + "EUR)";
                    if (!header.contains(c))
                        header << c;
                }
            }
            if (!m.options.rowFilterColumn.isEmpty())
                header << m.options.rowFilterColumn;
        }
        QStringList problems;
        QVERIFY2(convertError(m, header, &problems).isEmpty(), qPrintable(m.id));
        QVERIFY2(problems.isEmpty(), qPrintable(m.id + ": " + problems.join('\n')));
    }
}

void TestImportMap::builtInMapsAreDocumented()
{
    QFile readme(QStringLiteral(CUTOVER_SOURCE_DIR) + "/resources/maps/README.md");
    QVERIFY2(readme.open(QIODevice::ReadOnly), qPrintable(readme.fileName()));
    const QString text = QString::fromUtf8(readme.readAll());
    for (const ImportMap &m : BuiltInMaps::all()) {
        const QString heading = "### `" + m.id + "`";
        const qsizetype start = text.indexOf(heading + '\n');
        QVERIFY2(start >= 0, qPrintable(heading));
        qsizetype end = text.indexOf("\n#", start + heading.size());
        if (end < 0)
            end = text.size();
        const QString section = text.mid(start, end - start);
        // Every column the map names, every fingerprint header and each field it feeds.
        QStringList names = m.fingerprint + m.options.columnNames;
        if (!m.options.rowFilterColumn.isEmpty())
            names << m.options.rowFilterColumn;
        for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
            names += it->columns + it->fallbackColumns;
            QVERIFY2(section.contains("\n| " + it.key() + " |"), qPrintable(m.id + " field " + it.key()));
        }
        for (const QString &name : names)
            QVERIFY2(section.contains('`' + name + '`'), qPrintable(m.id + " column " + name));
        // Source maps say where each column's name comes from.
        if (m.source != "generic") {
            for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
                static const QRegularExpression provenance(" \\| \\[[PSI]\\] \\| ");
                const qsizetype row = section.indexOf("\n| " + it.key() + " |");
                const QString line = section.mid(row + 1, section.indexOf('\n', row + 1) - row - 1);
                QVERIFY2(provenance.match(line).hasMatch(), qPrintable(m.id + ": " + line));
            }
        }
    }
}

void TestImportMap::genericMapsFollowTheRegistry()
{
    for (const Entity e : Entities::all()) {
        const QString id = "generic-" + Entities::key(e).replace('_', '-');
        const auto m = BuiltInMaps::find(id);
        QVERIFY2(m, qPrintable(id));
        QCOMPARE(m->entity, e);
        QCOMPARE(m->options.dateFormat, QString("yyyy-MM-dd"));
        QStringList columns;
        for (const FieldSpec &spec : Entities::fields(e)) {
            const FieldMapping f = m->fields.value(spec.key);
            QCOMPARE(f.columns, QStringList { spec.synonyms.first() });
            if (spec.type == FieldType::Duration)
                QCOMPARE(f.unit, QString("hours"));
            columns << spec.synonyms.first();
        }
        QCOMPARE(m->fields.size(), Entities::fields(e).size());
        QCOMPARE(m->fingerprint, columns);
    }
}

void TestImportMap::convertsEveryType()
{
    QStringList problems;
    const auto c = RowConverter::create(timeMap(), kTimeHeader, QTimeZone("America/New_York"), &problems);
    QVERIFY2(c, qPrintable(problems.join('\n')));
    QVERIFY(problems.isEmpty());
    QCOMPARE(c->entity(), Entity::TimeEntry);
    QCOMPARE(c->map().id, QString("t"));

    std::vector<QVariant> v;
    QList<CellProblem> cellProblems;
    QVERIFY(c->convert(goodTimeRow(), v, cellProblems));
    QVERIFY(cellProblems.isEmpty());
    QCOMPARE(v.size(), size_t(Entities::fields(Entity::TimeEntry).size()));
    const Entity te = Entity::TimeEntry;
    QCOMPARE(valueOf(v, te, "source_key"), QVariant(QString("E-1")));
    QCOMPARE(valueOf(v, te, "matter_key"), QVariant(QString("00042"))); // leading zeros kept
    QCOMPARE(valueOf(v, te, "client_key"), QVariant(QString("C-9")));
    QCOMPARE(valueOf(v, te, "user_key"), QVariant(QString("Jane Doe")));
    QCOMPARE(valueOf(v, te, "date"), QVariant(QString("2026-03-04")));
    QCOMPARE(valueOf(v, te, "duration"), QVariant(qint64(4500)));
    QCOMPARE(valueOf(v, te, "rate"), QVariant(qint64(25000)));
    QCOMPARE(valueOf(v, te, "amount"), QVariant(qint64(31250)));
    QCOMPARE(valueOf(v, te, "description"), QVariant(QString("Drafted")));
    QCOMPARE(valueOf(v, te, "activity"), QVariant(QString("General"))); // default
    QCOMPARE(valueOf(v, te, "billable"), QVariant(qint64(1))); // empty non-billable: default no, inverted
    QCOMPARE(valueOf(v, te, "billed"), QVariant(qint64(1)));
    QCOMPARE(valueOf(v, te, "invoice_number"), QVariant(QString("INV-7")));
    QCOMPARE(valueOf(v, te, "created_at"), QVariant(QString("2026-03-04T14:15:00Z"))); // EST + 5 h
    QVERIFY(valueOf(v, te, "updated_at").isNull()); // not in the map
    QCOMPARE(valueOf(v, te, "duration").typeId(), QMetaType::LongLong);

    // A short row, into the same vector: the missing cells are empty, and nothing is left from the last row.
    QStringList shortRow = goodTimeRow().mid(0, 6);
    QVERIFY(c->convert(shortRow, v, cellProblems));
    QVERIFY(valueOf(v, te, "rate").isNull());
    QVERIFY(valueOf(v, te, "description").isNull());
    QCOMPARE(valueOf(v, te, "billed"), QVariant()); // empty status: lookups only apply to words
    // A rejected cell leaves no value behind either.
    QStringList badRate = goodTimeRow();
    badRate[6] = "lots";
    QVERIFY(!c->convert(badRate, v, cellProblems));
    QVERIFY(valueOf(v, te, "rate").isNull());
    QCOMPARE(valueOf(v, te, "amount"), QVariant(qint64(31250)));
    cellProblems.clear();
    // A vector used for something else first: fields the map does not feed come back null.
    std::vector<QVariant> stale(v.size(), QVariant(QString("stale")));
    QVERIFY(c->convert(goodTimeRow(), stale, cellProblems));
    QVERIFY(valueOf(stale, te, "updated_at").isNull());
    QCOMPARE(valueOf(stale, te, "source_key"), QVariant(QString("E-1")));
    QVERIFY(cellProblems.isEmpty());
}

void TestImportMap::tripsEveryProblemCode_data()
{
    QTest::addColumn<int>("column"); // 1-based, in kTimeHeader
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("rejected");
    QTest::addColumn<QString>("message");

    QTest::newRow("required") << 2 << "  "
                              << "required" << true << "Matter number is empty, and it is required.";
    QTest::newRow("bad_date") << 5 << "3-4"
                              << "bad_date" << true << "“3-4” is not a date in the form M/d/yyyy.";
    QTest::newRow("bad_date, no such day")
        << 5 << "13/45/2026"
        << "bad_date" << true << "“13/45/2026” is not a real date; dates here are in the form M/d/yyyy.";
    QTest::newRow("bad_date, instant") << 15 << "yesterday"
                                       << "bad_date" << true
                                       << "“yesterday” is not a date and time in the form M/d/yyyy h:mm AP with an "
                                          "optional time such as 13:30 or 1:30 PM.";
    QTest::newRow("bad_money") << 7 << "about 50"
                               << "bad_money" << true << "“about 50” is not an amount of money such as 1,234.56.";
    QTest::newRow("bad_money, precision")
        << 8 << "12.345"
        << "bad_money" << true << "“12.345” has more than two decimals; amounts must be exact to the cent.";
    QTest::newRow("bad_money, range") << 8 << "99999999999999999999"
                                      << "bad_money" << true << "“99999999999999999999” is too large an amount.";
    QTest::newRow("bad_duration") << 6 << "1:75"
                                  << "bad_duration" << true
                                  << "“1:75” is not a duration in hours such as 1.25 or 1:15.";
    QTest::newRow("negative_duration") << 6 << "-0.5"
                                       << "negative_duration" << true
                                       << "“-0.5” is a negative duration; durations must be zero or more.";
    QTest::newRow("absurd_duration") << 6 << "25"
                                     << "absurd_duration" << false << "“25” is more than 24 hours for a single entry.";
    QTest::newRow("bad_bool") << 12 << "maybe"
                              << "bad_bool" << true
                              << "“maybe” is not a yes-or-no value such as Yes, No, True, False, 1 or 0.";
}

void TestImportMap::tripsEveryProblemCode()
{
    QFETCH(int, column);
    QFETCH(QString, cell);
    QFETCH(QString, code);
    QFETCH(bool, rejected);
    QFETCH(QString, message);
    const auto c = RowConverter::create(timeMap(), kTimeHeader, QTimeZone("America/New_York"), nullptr);
    QVERIFY(c);
    QStringList row = goodTimeRow();
    row[column - 1] = cell;
    std::vector<QVariant> v;
    QList<CellProblem> problems;
    QCOMPARE(c->convert(row, v, problems), !rejected);
    QCOMPARE(problems.size(), 1);
    const CellProblem &p = problems.first();
    QCOMPARE(p.code, code);
    QCOMPARE(p.column, column);
    QCOMPARE(p.raw, cell.trimmed());
    QCOMPARE(p.message, message);
    QCOMPARE(p.severity, rejected ? CellProblem::Severity::Error : CellProblem::Severity::Warning);
    QCOMPARE(p.field,
             Entities::fields(Entity::TimeEntry)
                 .at([&] {
                     int i = 0;
                     for (const FieldSpec &s : Entities::fields(Entity::TimeEntry)) {
                         if (timeMap().fields.value(s.key).columns.contains(kTimeHeader.at(column - 1)))
                             return i;
                         ++i;
                     }
                     return -1;
                 }())
                 .key);
    if (!rejected) // the warning keeps the value
        QCOMPARE(valueOf(v, Entity::TimeEntry, "duration"), QVariant(qint64(90000)));
}

void TestImportMap::bindsHeadersExactlyThenNormalised()
{
    // Exact first: "Matter" and "matter" are different columns; the exact one wins.
    const ImportMap m = *ImportMap::fromJson(parse(R"({"format":"cutover-map/1","id":"n","entity":"note",
        "fields":{"body":{"column":"Note Detail"},"matter_key":{"column":"Matter"},"date":{"column":"E-mail Date"}}})"),
                                             nullptr);
    const QStringList header = { "matter", "NOTE-DETAIL ", "Matter", "e mail date" };
    QStringList problems;
    const auto c = RowConverter::create(m, header, QTimeZone(), &problems);
    QVERIFY(c);
    QVERIFY(problems.isEmpty());
    std::vector<QVariant> v;
    QList<CellProblem> cellProblems;
    QVERIFY(c->convert({ "lower", "text", "UPPER", "2026-03-04" }, v, cellProblems));
    QCOMPARE(valueOf(v, Entity::Note, "matter_key"), QVariant(QString("UPPER")));
    QCOMPARE(valueOf(v, Entity::Note, "body"), QVariant(QString("text")));
    QCOMPARE(valueOf(v, Entity::Note, "date"), QVariant(QString("2026-03-04")));
}

void TestImportMap::reportsMissingColumns()
{
    // A missing optional column: reported, converter built.
    ImportMap m = timeMap();
    QStringList header = kTimeHeader;
    header.removeAll("Invoice");
    QStringList problems;
    QVERIFY(convertError(m, header, &problems).isEmpty());
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith("The column “Invoice” for Invoice number is not in the file; its columns are: "
                                         "“ID”, “Matter”"),
             qPrintable(problems.first()));
    // A missing required column: not built.
    header.removeAll("Hours");
    const QString error = convertError(m, header, &problems);
    QVERIFY(error.contains("The column “Hours” for Duration is not in the file"));
    QVERIFY2(error.contains("No column of the file feeds Duration, which is required."), qPrintable(error));
    // A required field the map leaves out.
    m.fields.remove("user_key");
    QVERIFY(convertError(m, kTimeHeader).contains("Nothing in the map feeds User, which is required."));
    // A required field with only a default is fed.
    m.fields["user_key"].defaultValue = "JD";
    QVERIFY(convertError(m, kTimeHeader).isEmpty());
    // A field the entity does not have (a map built in code) is reported and ignored.
    FieldMapping colour;
    colour.columns = { "ID" };
    m.fields.insert("colour", colour);
    QVERIFY(convertError(m, kTimeHeader, &problems).isEmpty());
    QVERIFY(problems.join('\n').contains("“colour”"));
}

void TestImportMap::joinsSplitsAndFallsBack()
{
    const ImportMap m = *ImportMap::fromJson(parse(R"({"format":"cutover-map/1","id":"c","entity":"client",
        "fields":{
          "source_key":{"column":"No"},
          "name":{"columns":["First","Last"],"fallback":["Company"]},
          "first_name":{"column":"Sorted","split":"last, first","part":"first"},
          "last_name":{"column":"Sorted","split":"last, first","part":"last"},
          "billing_contact":{"column":"Contact","split":"first last","part":"first"},
          "notes":{"column":"Contact","split":"first last","part":"last"},
          "street":{"columns":["A1","A2","A3"],"join":"\n"}}})"),
                                             nullptr);
    const QStringList header = { "No", "First", "Last", "Company", "Sorted", "Contact", "A1", "A2", "A3" };
    const auto c = RowConverter::create(m, header, QTimeZone(), nullptr);
    QVERIFY(c);
    std::vector<QVariant> v;
    QList<CellProblem> problems;
    const Entity cl = Entity::Client;

    QVERIFY(c->convert({ "1", " Jane ", "Doe", "Acme", "Doe,  Jane Q.", "Jane Q.  Doe", "1 Main St", "", "Suite 2" }, v,
                       problems));
    QCOMPARE(valueOf(v, cl, "name"), QVariant(QString("Jane Doe"))); // joined, trimmed
    QCOMPARE(valueOf(v, cl, "first_name"), QVariant(QString("Jane Q.")));
    QCOMPARE(valueOf(v, cl, "last_name"), QVariant(QString("Doe")));
    QCOMPARE(valueOf(v, cl, "billing_contact"), QVariant(QString("Jane Q.")));
    QCOMPARE(valueOf(v, cl, "notes"), QVariant(QString("Doe")));
    QCOMPARE(valueOf(v, cl, "street"), QVariant(QString("1 Main St\nSuite 2"))); // empty cells skipped

    // No names: the company; no comma: a business, no name parts; one word: a last name only.
    QVERIFY(c->convert({ "2", "", "", "Acme LLC", "Acme LLC", "Cher", "", "", "" }, v, problems));
    QCOMPARE(valueOf(v, cl, "name"), QVariant(QString("Acme LLC")));
    QVERIFY(valueOf(v, cl, "first_name").isNull());
    QVERIFY(valueOf(v, cl, "last_name").isNull());
    QVERIFY(valueOf(v, cl, "billing_contact").isNull());
    QCOMPARE(valueOf(v, cl, "notes"), QVariant(QString("Cher")));
    QVERIFY(valueOf(v, cl, "street").isNull());

    // Only a first name: no fallback needed.
    QVERIFY(c->convert({ "3", "Jane", "", "Acme", "", "", "", "", "" }, v, problems));
    QCOMPARE(valueOf(v, cl, "name"), QVariant(QString("Jane")));

    // Nothing at all: the required name is missing.
    QVERIFY(!c->convert({ "4", "", "", "", "", "", "", "", "" }, v, problems));
    QCOMPARE(problems.last().code, QString("required"));
    QCOMPARE(problems.last().column, 2);
    QVERIFY(problems.isEmpty() == false);
}

void TestImportMap::lookupsAndInvert()
{
    const ImportMap m = timeMap();
    const auto c = RowConverter::create(m, kTimeHeader, QTimeZone(), nullptr);
    std::vector<QVariant> v;
    QList<CellProblem> problems;
    const Entity te = Entity::TimeEntry;
    QStringList row = goodTimeRow();
    // Lookups: case-insensitive, trimmed; "*" takes any other word.
    for (const auto &[status, billed] :
         { std::pair { "billing complete", 1 }, std::pair { " BILLING COMPLETE ", 1 },
           std::pair { "Ready for Billing", 0 }, std::pair { "Pending Matter Close", 0 } }) {
        row[12] = QString::fromLatin1(status);
        QVERIFY(c->convert(row, v, problems));
        QCOMPARE(valueOf(v, te, "billed"), QVariant(qint64(billed)));
    }
    // Invert: the column says "not billable".
    for (const auto &[nonBillable, billable] : { std::pair { "yes", 0 }, std::pair { "Y", 0 }, std::pair { "no", 1 },
                                                 std::pair { "", 1 }, std::pair { "Non-Billable", 1 } }) {
        row[11] = QString::fromLatin1(nonBillable);
        QVERIFY(c->convert(row, v, problems));
        QCOMPARE(valueOf(v, te, "billable"), QVariant(qint64(billable)));
    }
    QVERIFY(problems.isEmpty());
}

void TestImportMap::choicesAcceptCommonWords()
{
    const ImportMap clients = *ImportMap::fromJson(parse(R"({"format":"cutover-map/1","id":"c","entity":"client",
        "fields":{"name":{"column":"N"},"status":{"column":"S"},"kind":{"column":"K"}}})"),
                                                   nullptr);
    const auto c = RowConverter::create(clients, { "N", "S", "K" }, QTimeZone(), nullptr);
    std::vector<QVariant> v;
    QList<CellProblem> problems;
    const struct
    {
        const char *status, *kind, *wantStatus, *wantKind;
    } cases[] = {
        { "Active", "Person", "active", "person" },        { "Disabled", "Individual", "inactive", "person" },
        { "INACTIVE", "Company", "inactive", "company" },  { "Archived", "Business", "inactive", "company" },
        { "active", "Organization", "active", "company" }, { "Enabled", "organisation", "active", "company" },
    };
    for (const auto &k : cases) {
        QVERIFY2(c->convert({ "X", k.status, k.kind }, v, problems), k.status);
        QCOMPARE(valueOf(v, Entity::Client, "status"), QVariant(QString(k.wantStatus)));
        QCOMPARE(valueOf(v, Entity::Client, "kind"), QVariant(QString(k.wantKind)));
    }
    QVERIFY(problems.isEmpty());
    QVERIFY(!c->convert({ "X", "Prospect", "" }, v, problems));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().code, QString("bad_choice"));
    QCOMPARE(problems.first().column, 2);
    QCOMPARE(problems.first().message, QString("“Prospect” is not one of: active, inactive."));

    const ImportMap matters = *ImportMap::fromJson(parse(R"({"format":"cutover-map/1","id":"m","entity":"matter",
        "fields":{"client_key":{"column":"C"},"description":{"column":"D"},
                  "status":{"column":"S"},"billing_method":{"column":"B"}}})"),
                                                   nullptr);
    const auto mc = RowConverter::create(matters, { "C", "D", "S", "B" }, QTimeZone(), nullptr);
    const struct
    {
        const char *status, *method, *wantStatus, *wantMethod;
    } mcases[] = {
        { "Open", "Hourly", "open", "hourly" },
        { "Closed", "Flat Fee", "closed", "flat" },
        { "Pending", "flat-fee", "pending", "flat" },
        { "on hold", "Contingency", "pending", "contingency" },
    };
    for (const auto &k : mcases) {
        QVERIFY2(mc->convert({ "C1", "Smith v. Jones", k.status, k.method }, v, problems), k.method);
        QCOMPARE(valueOf(v, Entity::Matter, "status"), QVariant(QString(k.wantStatus)));
        QCOMPARE(valueOf(v, Entity::Matter, "billing_method"), QVariant(QString(k.wantMethod)));
    }
}

void TestImportMap::readsHeaderlessFilesByPosition()
{
    const ImportMap debtors = *BuiltInMaps::find("collect-debtors");
    QVERIFY(!debtors.options.hasHeader);
    // The header given is ignored: the map names the columns by position.
    const auto c = RowConverter::create(debtors, { "whatever" }, QTimeZone(), nullptr);
    QVERIFY(c);
    std::vector<QVariant> v;
    QList<CellProblem> problems;
    QVERIFY(c->convert({ "C100", "A-0042", "Doe, Jane", "Jane Doe", "1 Main St", "", "Springfield", "IL", "x" }, v,
                       problems));
    QCOMPARE(valueOf(v, Entity::Matter, "source_key"), QVariant(QString("A-0042")));
    QCOMPARE(valueOf(v, Entity::Matter, "client_key"), QVariant(QString("C100")));
    QCOMPARE(valueOf(v, Entity::Matter, "description"), QVariant(QString("Doe, Jane")));

    // Collect! clients: "Last, First" split into first and last names.
    const auto cc = RowConverter::create(*BuiltInMaps::find("collect-clients"), {}, QTimeZone(), nullptr);
    QVERIFY(cc);
    QVERIFY(cc->convert({ "CL1", "", "Smith, John", "", "Mary", "12 Oak" }, v, problems));
    QCOMPARE(valueOf(v, Entity::Client, "first_name"), QVariant(QString("John")));
    QCOMPARE(valueOf(v, Entity::Client, "last_name"), QVariant(QString("Smith")));
    QCOMPARE(valueOf(v, Entity::Client, "name"), QVariant(QString("Smith, John")));
    QCOMPARE(valueOf(v, Entity::Client, "billing_contact"), QVariant(QString("Mary")));
    QVERIFY(problems.isEmpty());
}

void TestImportMap::filtersRows()
{
    const ImportMap clio = *BuiltInMaps::find("clio-activities");
    const QStringList header = { "matter",   "date", "activity_description", "note",        "price",
                                 "quantity", "type", "activity_user",        "non_billable" };
    QStringList problems;
    const auto c = RowConverter::create(clio, header, QTimeZone(), &problems);
    QVERIFY(c);
    QVERIFY(problems.isEmpty());
    const QStringList time = { "00042-Smith", "03/04/2026", "Drafting", "Letter", "250", "1.5", "", "Jane Doe", "" };
    QStringList timeTyped = time;
    timeTyped[6] = "TimeEntry";
    QStringList expense = time;
    expense[6] = "ExpenseEntry";
    QVERIFY(c->wants(time));
    QVERIFY(c->wants(timeTyped));
    QVERIFY(!c->wants(expense));
    std::vector<QVariant> v;
    QList<CellProblem> cellProblems;
    QVERIFY(c->convert(timeTyped, v, cellProblems));
    QCOMPARE(valueOf(v, Entity::TimeEntry, "duration"), QVariant(qint64(5400)));
    QCOMPARE(valueOf(v, Entity::TimeEntry, "billable"), QVariant(qint64(1)));
    QCOMPARE(valueOf(v, Entity::TimeEntry, "rate"), QVariant(qint64(25000)));
    QVERIFY(!c->convert(expense, v, cellProblems));
    QCOMPARE(cellProblems.size(), 1);
    QCOMPARE(cellProblems.first().code, QString("excluded_row"));
    QCOMPARE(cellProblems.first().column, 7);
    QCOMPARE(cellProblems.first().raw, QString("ExpenseEntry"));

    // No type column: every row is a time entry, and nothing to report.
    QStringList noType = header;
    noType.removeAt(6);
    const auto c2 = RowConverter::create(clio, noType, QTimeZone(), &problems);
    QVERIFY(problems.isEmpty());
    QVERIFY(c2->wants({ "1", "2" }));

    // A filter that can never match is reported.
    ImportMap expensesOnly = clio;
    expensesOnly.options.rowFilterValues = { "ExpenseEntry" };
    QVERIFY(RowConverter::create(expensesOnly, noType, QTimeZone(), &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains("“type”"));
}

void TestImportMap::europeanNumbers()
{
    const ImportMap m = *ImportMap::fromJson(parse(R"({"format":"cutover-map/1","id":"e","entity":"expense",
        "options":{"decimal":",","thousands":".","dateFormat":"d.M.yyyy"},
        "fields":{"matter_key":{"column":"Akte"},"date":{"column":"Datum"},"amount":{"column":"Betrag"},
                  "quantity":{"column":"Menge"}}})"),
                                             nullptr);
    const auto c = RowConverter::create(m, { "Akte", "Datum", "Betrag", "Menge" }, QTimeZone(), nullptr);
    std::vector<QVariant> v;
    QList<CellProblem> problems;
    QVERIFY(c->convert({ "A1", "4.3.2026", "€ 1.234,56", "1.000" }, v, problems));
    QCOMPARE(valueOf(v, Entity::Expense, "amount"), QVariant(qint64(123456)));
    QCOMPARE(valueOf(v, Entity::Expense, "date"), QVariant(QString("2026-03-04")));
    QCOMPARE(valueOf(v, Entity::Expense, "quantity"), QVariant(qint64(1000)));
    QVERIFY(!c->convert({ "A1", "4.3.2026", "1,234.56", "2,5" }, v, problems));
    QCOMPARE(problems.size(), 2); // in field order
    QCOMPARE(problems.at(0).code, QString("bad_integer"));
    QCOMPARE(problems.at(0).message, QString("“2,5” is not a whole number."));
    QCOMPARE(problems.at(1).code, QString("bad_money"));
    QCOMPARE(problems.at(1).message, QString("“1,234.56” is not an amount of money such as 1.234,56."));
}

void TestImportMap::convertIsFast()
{
    // A 14-column time entry row, the shape of a Bill4Time or Harvest export.
    const auto c = RowConverter::create(timeMap(), kTimeHeader, QTimeZone("America/New_York"), nullptr);
    QList<QStringList> rows;
    for (int i = 0; i < 100; ++i) {
        QStringList r = goodTimeRow();
        r[0] = QString::number(i);
        r[4] = QStringLiteral("%1/%2/2025").arg(i % 12 + 1).arg(i % 28 + 1);
        r[5] = QString::number(0.25 * (i % 16 + 1));
        r[9] = i % 3 ? QString() : QStringLiteral("Private note %1").arg(i);
        r[14] = QStringLiteral("%1/%2/2025 %3:15 PM").arg(i % 12 + 1).arg(i % 28 + 1).arg(i % 12 + 1);
        rows.append(r);
    }
    std::vector<QVariant> v;
    QList<CellProblem> problems;
    const int n = 100000;
    QElapsedTimer timer;
    timer.start();
    int ok = 0;
    for (int i = 0; i < n; ++i)
        ok += c->convert(rows.at(i % rows.size()), v, problems) ? 1 : 0;
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    qInfo("%d rows in %lld ms: %lld rows/s", n, ms, qint64(n) * 1000 / ms);
    QCOMPARE(ok, n);
    QVERIFY(problems.isEmpty());
    // A tripwire for accidental slowness (a regular expression, a zone lookup per row), not a benchmark:
    // even an unoptimised build under load stays well below it.
    QVERIFY2(ms < 8000, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(TestImportMap)
#include "TestImportMap.moc"
