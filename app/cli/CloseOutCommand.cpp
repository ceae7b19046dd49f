#include "CloseOutCommand.h"

#include "closeout/CloseOutAnalysis.h"
#include "closeout/CloseOutRecords.h"
#include "staging/PreviewModel.h"
#include "staging/StagingStore.h"
#include "store/ProjectLock.h"
#include "store/ProjectStore.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <algorithm>

namespace Cutover::Cli {

namespace {

// Money as 1,234.56 whatever the language: no currency, the C locale's
// separators with grouping on, so scripts and people read the same figure.
QString money(qint64 cents)
{
    static const QLocale locale = [] {
        QLocale c = QLocale::c();
        c.setNumberOptions(QLocale::DefaultNumberOptions);
        return c;
    }();
    return PreviewModel::formatCents(cents, locale);
}

// Hours as h:mm (h:mm:ss when an entry was not whole minutes): exact, unlike decimal hours.
QString hours(qint64 seconds)
{
    return PreviewModel::formatSeconds(seconds);
}

// A plain text table: the first row is the header; numbers right-aligned.
void printTable(QTextStream &out, const QList<QStringList> &rows, const QList<bool> &rightAligned)
{
    QList<qsizetype> widths(rightAligned.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    for (const QStringList &row : rows) {
        QString line = QStringLiteral("  ");
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += rightAligned.at(i) ? row.at(i).rightJustified(widths.at(i))
                                       : row.at(i).leftJustified(i + 1 == row.size() ? 0 : widths.at(i));
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    }
}

} // namespace

CloseOutCommand::CloseOutCommand()
    : Command(QStringLiteral("closeout"),
              tr("Show what is still open in the old system, per client: unbilled time and expenses, draft and open "
                 "invoices, unapplied credits, trust balances, missing billing details, the next invoice numbers "
                 "and the users."))
{
}

void CloseOutCommand::describe(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addOption({ QStringLiteral("snapshot"), tr("The snapshot (default: the newest)."), tr("id") });
    parser.addOption({ QStringLiteral("json"), tr("Print JSON (money in cents, time in seconds).") });
    parser.addOption({ QStringLiteral("override-gate"),
                       tr("Let the import start although the checklist or the approvals are not complete; the reason "
                          "is kept in the audit log."),
                       tr("reason") });
    parser.addOption({ QStringLiteral("clear-override"), tr("Withdraw an override of the import gate.") });
}

int CloseOutCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("closeout: give exactly one project file."), UsageError);
    qint64 snapshotId = 0;
    if (parser.isSet(QStringLiteral("snapshot"))) {
        bool ok = false;
        snapshotId = parser.value(QStringLiteral("snapshot")).toLongLong(&ok);
        if (!ok || snapshotId <= 0)
            return fail(tr("closeout: --snapshot takes a snapshot number, such as 1."), UsageError);
    }
    QString error;
    const bool overriding = parser.isSet(QStringLiteral("override-gate"));
    const bool clearing = parser.isSet(QStringLiteral("clear-override"));
    if (overriding && clearing)
        return fail(tr("closeout: give --override-gate or --clear-override, not both."), UsageError);
    if (overriding || clearing) {
        // What the Close out page's Override button does, for a scripted migration.
        const auto lock = ProjectLock::acquire(positional.constFirst(), &error);
        if (!lock)
            return fail(tr("closeout: %1").arg(error));
        auto store = ProjectStore::open(positional.constFirst(), &error);
        if (!store)
            return fail(tr("closeout: %1").arg(error));
        const bool done = overriding ? CloseOutRecords::overrideImportGate(
                              store->database(), parser.value(QStringLiteral("override-gate")), &error)
                                     : CloseOutRecords::clearImportGateOverride(store->database(), &error);
        if (!done)
            return fail(tr("closeout: %1").arg(error));
        const ImportGateStatus gate = CloseOutRecords::importGate(store->database());
        out() << (gate.ready() ? tr("The import may start.") : tr("The import cannot start yet:")) << '\n';
        for (const QString &point : gate.missing)
            out() << QStringLiteral("  - ") << point << '\n';
        return Success;
    }
    auto store = ProjectStore::open(positional.constFirst(), &error, ProjectStore::OpenMode::ReadOnly);
    if (!store)
        return fail(tr("closeout: %1").arg(error));
    QSqlDatabase db = store->database();
    if (snapshotId == 0 && !StagingStore::latestSnapshot(db))
        return fail(tr("closeout: nothing has been loaded into this project yet; load a trial export first "
                       "(cutover-cli stage)."));
    if (snapshotId > 0) {
        const auto snapshot = StagingStore::snapshot(db, snapshotId);
        if (!snapshot || !snapshot->complete)
            return fail(tr("closeout: there is no snapshot %1.").arg(snapshotId));
    }
    const auto report = CloseOutAnalysis::analyse(db, snapshotId, &error);
    if (!report)
        return fail(tr("closeout: %1").arg(error));

    QTextStream &o = out();
    if (parser.isSet(QStringLiteral("json"))) {
        o << QString::fromUtf8(QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented));
        return Success;
    }

    const CloseOutReport &r = *report;
    o << tr("Close-out of snapshot %1 (%2), loaded %3 UTC. Money as 1,234.56, time as h:mm.")
             .arg(r.snapshotId)
             .arg(SnapshotKinds::title(r.kind), r.snapshotCompletedUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
      << "\n\n";

    const CloseOutFigures &t = r.totals;
    o << tr("Still open in the old system") << '\n';
    printTable(o,
               {
                   { tr("Unbilled time"), tr("%n entry(s)", nullptr, int(t.unbilledTimeRows)),
                     hours(t.unbilledTimeSeconds), money(t.unbilledTimeCents) },
                   { tr("Unbilled expenses"), tr("%n entry(s)", nullptr, int(t.unbilledExpenseRows)), QString(),
                     money(t.unbilledExpenseCents) },
                   { tr("Draft invoices"), tr("%n invoice(s)", nullptr, int(t.draftInvoices)), QString(),
                     money(t.draftInvoiceCents) },
                   { tr("Open invoices (receivable)"), tr("%n invoice(s)", nullptr, int(t.openInvoices)), QString(),
                     money(t.receivableCents) },
                   { tr("Unapplied payments and credits"), tr("%n payment(s)", nullptr, int(t.unappliedRows)),
                     QString(), money(t.unappliedCents) },
                   { tr("Trust (carries over as opening balances)"), tr("%n transaction(s)", nullptr, int(t.trustRows)),
                     QString(), money(t.trustCents) },
               },
               { false, true, true, true });
    o << tr("Clients missing billing details: %1").arg(r.clientsMissingBilling) << "\n\n";

    if (!r.clients.isEmpty()) {
        o << tr("Clients with open items or missing billing details") << '\n';
        QList<QStringList> rows { { tr("Client"), tr("Number"), tr("Time"), tr("Time amount"), tr("Expenses"),
                                    tr("Receivable"), tr("Unapplied"), tr("Trust"), tr("Missing billing details") } };
        for (const CloseOutClient &c : r.clients) {
            QStringList missing;
            for (const QString &field : c.missingBilling)
                missing << Entities::fieldTitle(Entity::Client, field).toLower();
            QString missingText = missing.join(QStringLiteral(", "));
            if (c.missingBillingDetails())
                missingText = tr("yes: %1").arg(missingText);
            const CloseOutFigures &f = c.figures;
            rows.append({ c.name, c.clientKey, hours(f.unbilledTimeSeconds), money(f.unbilledTimeCents),
                          money(f.unbilledExpenseCents), money(f.receivableCents), money(f.unappliedCents),
                          money(f.trustCents), missingText });
        }
        printTable(o, rows, { false, false, true, true, true, true, true, true, false });
        o << '\n';
    }

    if (!r.invoiceSeries.isEmpty()) {
        o << tr("Invoice numbers") << '\n';
        QList<QStringList> rows { { tr("Series"), tr("Invoices"), tr("Highest"), tr("Next number") } };
        for (const InvoiceSeries &s : r.invoiceSeries) {
            const QString series = s.width == 0 ? tr("(no digits at the end)")
                : s.prefix.isEmpty()            ? tr("(plain numbers)")
                                                : s.prefix;
            rows.append({ series, QString::number(s.count), s.highestNumber,
                          s.nextNumber.isEmpty() ? tr("(none)") : s.nextNumber });
        }
        printTable(o, rows, { false, true, false, false });
        o << '\n';
    }

    if (!r.users.isEmpty()) {
        o << tr("Users") << '\n';
        QList<QStringList> rows { { tr("Name"), tr("User"), tr("Role"), tr("Active"), tr("Time entries"), QString() } };
        for (const CloseOutUser &u : r.users) {
            rows.append({ u.name, u.userKey, u.role, u.active ? (*u.active ? tr("yes") : tr("no")) : QString(),
                          QString::number(u.timeRows), u.inUserFile ? QString() : tr("not in the users file") });
        }
        printTable(o, rows, { false, false, false, false, true, false });
        o << '\n';
    }

    if (!r.entitiesMissing.isEmpty()) {
        QStringList titles;
        for (const QString &key : r.entitiesMissing) {
            if (const auto entity = Entities::fromKey(key))
                titles << Entities::title(*entity).toLower();
        }
        o << tr("This snapshot has no %1, so those figures are 0.").arg(titles.join(QStringLiteral(", "))) << "\n\n";
    }

    if (!r.warnings.isEmpty()) {
        o << tr("Warnings") << '\n';
        for (const QString &w : r.warnings)
            o << QStringLiteral("  - ") << w << '\n';
    }
    return Success;
}

} // namespace Cutover::Cli
