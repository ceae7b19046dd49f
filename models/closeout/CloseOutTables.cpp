#include "CloseOutTables.h"

#include "domain/Catalogs.h"
#include "staging/PreviewModel.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::CloseOutTables)
};

using Column = RecordTableModel::Column;

QString clientLabel(const QString &name, const QString &key)
{
    if (key.isEmpty())
        return Tr::tr("(no client)");
    return name.isEmpty() ? key : QStringLiteral("%1 (%2)").arg(name, key);
}

QString missingText(const QStringList &fields)
{
    QStringList titles;
    for (const QString &f : fields)
        titles.append(Entities::fieldTitle(Entity::Client, f));
    return titles.join(QStringLiteral(", "));
}

QString money(qint64 cents)
{
    return PreviewModel::formatCents(cents, QLocale());
}

QString hours(qint64 seconds)
{
    return PreviewModel::formatSeconds(seconds);
}

} // namespace

QString CloseOutTables::categoryTitle(CloseOutAnalysis::Category category)
{
    using C = CloseOutAnalysis::Category;
    switch (category) {
    case C::UnbilledTime:
        return Tr::tr("Unbilled time");
    case C::UnbilledExpenses:
        return Tr::tr("Unbilled expenses");
    case C::DraftInvoices:
        return Tr::tr("Draft invoices");
    case C::OpenInvoices:
        return Tr::tr("Open invoices");
    case C::Unapplied:
        return Tr::tr("Unapplied payments and credits");
    case C::Trust:
        return Tr::tr("Trust transactions");
    }
    return {};
}

void CloseOutTables::showClients(RecordTableModel *model, const CloseOutReport &report)
{
    model->setColumns({
        { Tr::tr("Client"), FieldType::Text, {}, false, PiiKind::Name },
        { Tr::tr("Unbilled hours"), FieldType::Duration, Tr::tr("Billable time not on an invoice yet (h:mm).") },
        { Tr::tr("Unbilled time"), FieldType::Money, Tr::tr("What that time comes to at its rates.") },
        { Tr::tr("Unbilled expenses"), FieldType::Money, {} },
        { Tr::tr("Draft invoices"), FieldType::Money, Tr::tr("Invoices still in draft: finalise or delete them.") },
        { Tr::tr("Receivable"), FieldType::Money, Tr::tr("Balance of issued invoices not paid yet.") },
        { Tr::tr("Unapplied"), FieldType::Money, Tr::tr("Payments and credits not applied to a bill.") },
        { Tr::tr("Trust"), FieldType::Money, Tr::tr("Trust balance: carries over as an opening balance.") },
        { Tr::tr("Missing billing details"), FieldType::Text,
          Tr::tr("The new system will not let time be approved for these clients until they are filled in.") },
    });
    QList<QVariantList> rows;
    QStringList keys;
    for (const CloseOutClient &c : report.clients) {
        const CloseOutFigures &f = c.figures;
        rows.append({ clientLabel(c.name, c.clientKey), f.unbilledTimeSeconds, f.unbilledTimeCents,
                      f.unbilledExpenseCents, f.draftInvoiceCents, f.receivableCents, f.unappliedCents, f.trustCents,
                      c.missingBillingDetails() ? missingText(c.missingBilling) : QString() });
        keys.append(c.clientKey);
    }
    model->setRows(rows, keys);
}

void CloseOutTables::showMatters(RecordTableModel *model, const CloseOutReport &report, const QString &clientKey)
{
    model->setColumns({
        { Tr::tr("Matter"), FieldType::Text, {}, false, PiiKind::Name },
        { Tr::tr("Unbilled hours"), FieldType::Duration, {} },
        { Tr::tr("Unbilled time"), FieldType::Money, {} },
        { Tr::tr("Unbilled expenses"), FieldType::Money, {} },
        { Tr::tr("Draft invoices"), FieldType::Money, {} },
        { Tr::tr("Receivable"), FieldType::Money, {} },
        { Tr::tr("Unapplied"), FieldType::Money, {} },
        { Tr::tr("Trust"), FieldType::Money, {} },
    });
    QList<QVariantList> rows;
    QStringList keys;
    for (const CloseOutMatter &m : report.matters) {
        if (!clientKey.isNull() && m.clientKey != clientKey)
            continue;
        const CloseOutFigures &f = m.figures;
        const QString label = m.matterKey.isEmpty()
            ? Tr::tr("(not on a matter)")
            : (m.description.isEmpty() ? m.matterKey : QStringLiteral("%1 — %2").arg(m.matterKey, m.description));
        rows.append({ label, f.unbilledTimeSeconds, f.unbilledTimeCents, f.unbilledExpenseCents, f.draftInvoiceCents,
                      f.receivableCents, f.unappliedCents, f.trustCents });
        keys.append(m.matterKey);
    }
    model->setRows(rows, keys);
}

void CloseOutTables::showRows(RecordTableModel *model, const QList<CloseOutRow> &list,
                              CloseOutAnalysis::Category category)
{
    const bool time = category == CloseOutAnalysis::Category::UnbilledTime;
    QList<Column> columns { { Tr::tr("Date"), FieldType::Date, {} },
                            { Tr::tr("ID"), FieldType::Text, {} },
                            { Tr::tr("Matter"), FieldType::Text, {}, false, PiiKind::Name },
                            { Tr::tr("Description"), FieldType::Text, {}, false, PiiKind::Text } };
    if (time)
        columns.append({ Tr::tr("Hours"), FieldType::Duration, {} });
    columns.append({ Tr::tr("Amount"), FieldType::Money, {} });
    columns.append({ Tr::tr("Source"), FieldType::Text, Tr::tr("The file and row this comes from.") });
    model->setColumns(columns);
    QList<QVariantList> rows;
    QStringList keys, tips;
    for (const CloseOutRow &r : list) {
        QVariantList row { r.date.isValid() ? QVariant(r.date.toString(Qt::ISODate)) : QVariant(), r.sourceKey,
                           r.matterKey, r.description };
        if (time)
            row.append(r.seconds);
        row.append(r.cents);
        const QString source = Tr::tr("%1, row %2").arg(QFileInfo(r.file).fileName()).arg(r.sourceRow);
        row.append(source);
        rows.append(row);
        keys.append(r.sourceKey);
        tips.append(r.file);
    }
    model->setRows(rows, keys);
    model->setRowToolTips(tips);
}

void CloseOutTables::showInvoiceSeries(RecordTableModel *model, const CloseOutReport &report)
{
    model->setColumns({
        { Tr::tr("Series"), FieldType::Text, Tr::tr("The text before the number.") },
        { Tr::tr("Invoices"), FieldType::Integer, {} },
        { Tr::tr("Highest number"), FieldType::Text, {} },
        { Tr::tr("Next free number"), FieldType::Text,
          Tr::tr("Set the new system's invoice numbering to start here, so numbers follow on.") },
    });
    QList<QVariantList> rows;
    for (const InvoiceSeries &s : report.invoiceSeries) {
        rows.append({ s.prefix.isEmpty() ? Tr::tr("(numbers only)") : s.prefix, s.count, s.highestNumber,
                      s.nextNumber.isEmpty() ? Tr::tr("(no number to follow on)") : s.nextNumber });
    }
    model->setRows(rows);
}

void CloseOutTables::showUsers(RecordTableModel *model, const CloseOutReport &report)
{
    model->setColumns({
        { Tr::tr("User"), FieldType::Text, {} },
        { Tr::tr("E-mail"), FieldType::Text, Tr::tr("What they will sign in to the new system with.") },
        { Tr::tr("Role"), FieldType::Text, {} },
        { Tr::tr("Active"), FieldType::Text, {} },
        { Tr::tr("Time entries"), FieldType::Integer, {} },
    });
    QList<QVariantList> rows;
    QStringList keys;
    for (const CloseOutUser &u : report.users) {
        const QString active = !u.inUserFile ? Tr::tr("Not in the users file")
            : !u.active.has_value()          ? QString()
            : *u.active                      ? Tr::tr("Yes")
                                             : Tr::tr("No");
        rows.append({ u.name.isEmpty() ? u.userKey : u.name, u.email, u.role, active, u.timeRows });
        keys.append(u.userKey);
    }
    model->setRows(rows, keys);
}

void CloseOutTables::showChecklist(RecordTableModel *model, const QList<ChecklistItem> &items)
{
    model->setColumns({
        { Tr::tr("Done"), FieldType::Bool, {}, true },
        { Tr::tr("Item"), FieldType::Text, {} },
        { Tr::tr("Required"), FieldType::Text, Tr::tr("The import waits for the required items.") },
        { Tr::tr("Ticked by"), FieldType::Text, {} },
        { Tr::tr("When"), FieldType::DateTime, {} },
        { Tr::tr("Note"), FieldType::Text, {} },
    });
    QList<QVariantList> rows;
    QStringList keys, tips;
    for (const ChecklistItem &i : items) {
        rows.append({ i.done, i.title, i.required ? Tr::tr("Required") : Tr::tr("Optional"), i.doneBy,
                      i.doneAtUtc.isValid() ? QVariant(i.doneAtUtc) : QVariant(), i.note });
        keys.append(i.key);
        tips.append(i.help);
    }
    model->setRows(rows, keys);
    model->setRowToolTips(tips);
}

void CloseOutTables::showApprovers(RecordTableModel *model, const QList<Approver> &approvers)
{
    model->setColumns({
        { Tr::tr("Name"), FieldType::Text, {} },
        { Tr::tr("Role"), FieldType::Text, {} },
        { Tr::tr("E-mail"), FieldType::Text, {} },
        { Tr::tr("Approved"), FieldType::DateTime, {} },
        { Tr::tr("How"), FieldType::Text, {} },
        { Tr::tr("Recorded by"), FieldType::Text, {} },
    });
    QList<QVariantList> rows;
    QStringList keys, tips;
    for (const Approver &a : approvers) {
        rows.append({ a.name, ApproverRoles::title(a.role), a.email,
                      a.approved() ? QVariant(a.approvedUtc) : QVariant(Tr::tr("Waiting")),
                      a.approved() ? ApprovalMethods::title(a.method) : QString(), a.recordedBy });
        keys.append(QString::number(a.id));
        tips.append(a.note);
    }
    model->setRows(rows, keys);
    model->setRowToolTips(tips);
}

void CloseOutTables::showDocuments(RecordTableModel *model, const QList<HistoricalDocument> &documents)
{
    model->setColumns({
        { Tr::tr("Report"), FieldType::Text, {} },
        { Tr::tr("Size"), FieldType::Text, {} },
        { Tr::tr("SHA-256"), FieldType::Text, Tr::tr("The fingerprint of the copy kept in the project.") },
        { Tr::tr("Added"), FieldType::DateTime, {} },
        { Tr::tr("By"), FieldType::Text, {} },
    });
    QList<QVariantList> rows;
    QStringList keys, tips;
    for (const HistoricalDocument &d : documents) {
        rows.append({ d.name, QLocale().formattedDataSize(d.size), d.sha256, QVariant(d.addedUtc), d.addedBy });
        keys.append(QString::number(d.id));
        tips.append(d.sourcePath);
    }
    model->setRows(rows, keys);
    model->setRowToolTips(tips);
}

void CloseOutTables::showDeltaCounts(RecordTableModel *model, const QList<DeltaCount> &counts)
{
    model->setColumns({
        { Tr::tr("Kind of record"), FieldType::Text, {} },
        { Tr::tr("New"), FieldType::Integer, {} },
        { Tr::tr("Changed"), FieldType::Integer, {} },
        { Tr::tr("Deleted"), FieldType::Integer, Tr::tr("Not removed from the new system: deal with them by hand.") },
        { Tr::tr("To import"), FieldType::Integer, {} },
    });
    QList<QVariantList> rows;
    QStringList keys;
    for (const DeltaCount &c : counts) {
        rows.append({ Entities::title(c.entity), c.added, c.changed, c.deleted, c.marked });
        keys.append(Entities::key(c.entity));
    }
    model->setRows(rows, keys);
}

void CloseOutTables::showDeltaRows(RecordTableModel *model, const QList<DeltaRow> &list)
{
    model->setColumns({
        { Tr::tr("Import"), FieldType::Bool, Tr::tr("Import this new or changed record."), true },
        { Tr::tr("Change"), FieldType::Text, {} },
        { Tr::tr("Kind of record"), FieldType::Text, {} },
        { Tr::tr("ID"), FieldType::Text, {} },
        { Tr::tr("Record"), FieldType::Text, {}, false, PiiKind::Name },
    });
    QList<QVariantList> rows;
    QStringList keys;
    for (const DeltaRow &r : list) {
        rows.append({ r.import, DeltaChanges::title(r.change), Entities::title(r.entity), r.sourceKey, r.label });
        keys.append(Entities::key(r.entity) + QLatin1Char('\x1f') + r.sourceKey);
    }
    model->setRows(rows, keys);
}

QString CloseOutTables::approvalRequest(const ProjectSettings &settings, const std::optional<CloseOutReport> &report,
                                        const std::optional<Cutoff> &cutoff, const QList<Approver> &approvers,
                                        const QList<ChecklistItem> &checklist)
{
    QStringList names;
    for (const Approver &a : approvers)
        names.append(a.name);
    QString text;
    text += Tr::tr("Subject: Approval to migrate %1's practice data").arg(settings.firmName) + QStringLiteral("\n\n");
    text += (names.isEmpty() ? Tr::tr("Hello,") : Tr::tr("Hello %1,").arg(names.join(QStringLiteral(", "))))
        + QStringLiteral("\n\n");
    text += Tr::tr("We are moving %1 from %2 to %3. Before the final export, we need the written approval of the "
                   "billing contact of the current account and of every system administrator.")
                .arg(settings.firmName, SourceSystems::title(settings.sourceSystem),
                     TargetSystems::title(settings.targetSystem))
        + QStringLiteral("\n\n");
    if (cutoff) {
        const QString when = cutoff->localeText(QLocale());
        text +=
            Tr::tr("Cutoff: %1. Work entered after it is carried over separately.").arg(when) + QStringLiteral("\n\n");
    }
    if (report) {
        const CloseOutFigures &t = report->totals;
        text += Tr::tr("What is still open in the current system (snapshot %1):").arg(report->snapshotId)
            + QLatin1Char('\n');
        text += QStringLiteral("- ")
            + Tr::tr("Unbilled time: %1 hours, %2").arg(hours(t.unbilledTimeSeconds), money(t.unbilledTimeCents))
            + QLatin1Char('\n');
        text += QStringLiteral("- ") + Tr::tr("Unbilled expenses: %1").arg(money(t.unbilledExpenseCents))
            + QLatin1Char('\n');
        text += QStringLiteral("- ")
            + Tr::tr("Draft invoices: %1 (%2)").arg(t.draftInvoices).arg(money(t.draftInvoiceCents))
            + QLatin1Char('\n');
        text += QStringLiteral("- ")
            + Tr::tr("Open invoices: %1, receivable %2").arg(t.openInvoices).arg(money(t.receivableCents))
            + QLatin1Char('\n');
        text += QStringLiteral("- ") + Tr::tr("Unapplied payments and credits: %1").arg(money(t.unappliedCents))
            + QLatin1Char('\n');
        text += QStringLiteral("- ") + Tr::tr("Trust balances carried over: %1").arg(money(t.trustCents))
            + QLatin1Char('\n');
        text += QStringLiteral("- ") + Tr::tr("Clients missing billing details: %1").arg(report->clientsMissingBilling)
            + QLatin1Char('\n');
        for (const InvoiceSeries &s : report->invoiceSeries) {
            if (!s.nextNumber.isEmpty())
                text += QStringLiteral("- ") + Tr::tr("Next invoice number: %1").arg(s.nextNumber) + QLatin1Char('\n');
        }
        text += QLatin1Char('\n');
    }
    QStringList open;
    for (const ChecklistItem &i : checklist) {
        if (i.required && !i.done)
            open.append(QStringLiteral("- ") + i.title);
    }
    if (!open.isEmpty())
        text += Tr::tr("Still to do before the final export:") + QLatin1Char('\n') + open.join(QLatin1Char('\n'))
            + QStringLiteral("\n\n");
    text += Tr::tr("Please reply to this message to approve the migration, or tell us what should change.")
        + QStringLiteral("\n");
    return text;
}

QList<CloseOutRow> CloseOutTables::readRows(const QString &projectPath, qint64 snapshotId,
                                            CloseOutAnalysis::Category category, const QString &clientKey,
                                            const QString &matterKey)
{
    QList<CloseOutRow> rows;
    QString error;
    ProjectStore::withConnection(
        projectPath,
        [&](QSqlDatabase &db) {
            rows = matterKey.isNull() ? CloseOutAnalysis::rows(db, snapshotId, category, clientKey)
                                      : CloseOutAnalysis::matterRows(db, snapshotId, category, clientKey, matterKey);
        },
        &error);
    return rows;
}

QString CloseOutTables::missingHtml(const ImportGateStatus &gate)
{
    QString items;
    for (const QString &m : gate.missing)
        items += QStringLiteral("<li>%1</li>").arg(m.toHtmlEscaped());
    return QStringLiteral("<ul style='margin:0'>") + items + QStringLiteral("</ul>");
}

} // namespace Cutover
