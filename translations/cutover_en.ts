<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cutover::Cli::CalendarCommand</name>
    <message numerus="yes">
        <source>%n business day(s) from %1 to %2 (%1 not counted, %2 counted).</source>
        <translation>
            <numerusform>%n business day from %1 to %2 (%1 not counted, %2 counted).</numerusform>
            <numerusform>%n business days from %1 to %2 (%1 not counted, %2 counted).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>-%n business day(s): %2 is before %1 (%2 not counted, %1 counted).</source>
        <translation>
            <numerusform>-%n business day: %2 is before %1 (%2 not counted, %1 counted).</numerusform>
            <numerusform>-%n business days: %2 is before %1 (%2 not counted, %1 counted).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::CloseOutCommand</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n transaction</numerusform>
            <numerusform>%n transactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::CutoffCommand</name>
    <message numerus="yes">
        <source>%n business day(s) from today (%1).</source>
        <translation>
            <numerusform>%n business day from today (%1).</numerusform>
            <numerusform>%n business days from today (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) ago.</source>
        <translation>
            <numerusform>%n business day ago.</numerusform>
            <numerusform>%n business days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshots checked again: %n row(s) are after the cutoff.</source>
        <translation>
            <numerusform>Snapshots checked again: %n row is after the cutoff.</numerusform>
            <numerusform>Snapshots checked again: %n rows are after the cutoff.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::ImportCommand</name>
    <message numerus="yes">
        <source>… and %n more failed record(s): cutover-cli ledger lists them all.</source>
        <translation>
            <numerusform>… and %n more failed record: cutover-cli ledger lists them all.</numerusform>
            <numerusform>… and %n more failed records: cutover-cli ledger lists them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::LedgerCommand</name>
    <message numerus="yes">
        <source>Failed: %1 %2 (%3), %n attempt(s): %4</source>
        <translation>
            <numerusform>Failed: %1 %2 (%3), %n attempt: %4</numerusform>
            <numerusform>Failed: %1 %2 (%3), %n attempts: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::PlaceholderCommand</name>
    <message numerus="yes">
        <source>Accepted %n suggestion(s) at or above %1%.</source>
        <translation>
            <numerusform>Accepted %n suggestion at or above %1%.</numerusform>
            <numerusform>Accepted %n suggestions at or above %1%.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::ReviewCommand</name>
    <message numerus="yes">
        <source>%n correction(s) to make.</source>
        <translation>
            <numerusform>%n correction to make.</numerusform>
            <numerusform>%n corrections to make.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::UsersCommand</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with entries to import have no Clio user yet; map them with --map SOURCE=ID.</source>
        <translation>
            <numerusform>%n user with entries to import has no Clio user yet; map it with --map SOURCE=ID.</numerusform>
            <numerusform>%n users with entries to import have no Clio user yet; map them with --map SOURCE=ID.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ClioConnector</name>
    <message numerus="yes">
        <source>Clio did not answer in time about %1 (after %n attempt(s)).</source>
        <translation>
            <numerusform>Clio did not answer in time about %1 (after %n attempt).</numerusform>
            <numerusform>Clio did not answer in time about %1 (after %n attempts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection to Clio failed while sending %1 (after %n attempt(s)): %2.</source>
        <translation>
            <numerusform>The connection to Clio failed while sending %1 (after %n attempt): %2.</numerusform>
            <numerusform>The connection to Clio failed while sending %1 (after %n attempts): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clio had a server error (HTTP %1) with %2, after %n attempt(s): %3</source>
        <translation>
            <numerusform>Clio had a server error (HTTP %1) with %2, after %n attempt: %3</numerusform>
            <numerusform>Clio had a server error (HTTP %1) with %2, after %n attempts: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::CloseOutAnalysis</name>
    <message numerus="yes">
        <source>%n unbilled time entry(s) with no rate: their amount is taken as 0.</source>
        <translation>
            <numerusform>%n unbilled time entry with no rate: its amount is taken as 0.</numerusform>
            <numerusform>%n unbilled time entries with no rate: their amount is taken as 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice number(s) do not end in digits (such as “%1”); no next number can be given for them.</source>
        <translation>
            <numerusform>%n invoice number does not end in digits (“%1”); no next number can be given for it.</numerusform>
            <numerusform>%n invoice numbers do not end in digits (such as “%1”); no next number can be given for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) with open items are not in the clients file: %1.</source>
        <translation>
            <numerusform>%n client with open items is not in the clients file: %1.</numerusform>
            <numerusform>%n clients with open items are not in the clients file: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1: %n client(s) with open items; %2 unbilled, %3 receivable, %4 in trust.</source>
        <translation>
            <numerusform>Snapshot %1: %n client with open items; %2 unbilled, %3 receivable, %4 in trust.</numerusform>
            <numerusform>Snapshot %1: %n clients with open items; %2 unbilled, %3 receivable, %4 in trust.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) missing billing details.</source>
        <translation>
            <numerusform>%n client missing billing details.</numerusform>
            <numerusform>%n clients missing billing details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::CloseOutPage</name>
    <message numerus="yes">
        <source>%n row(s), %1 in all.</source>
        <translation>
            <numerusform>%n row, %1 in all.</numerusform>
            <numerusform>%n rows, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 h in %2 entry(s) — invoice these first</source>
        <translation>
            <numerusform>%1 h in %2 entry — invoice these first</numerusform>
            <numerusform>%1 h in %2 entries — invoice these first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 entry(s)</source>
        <translation>
            <numerusform>%1 entry</numerusform>
            <numerusform>%1 entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 open invoice(s)</source>
        <translation>
            <numerusform>%1 open invoice</numerusform>
            <numerusform>%1 open invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>client(s)</source>
        <translation>
            <numerusform>client</numerusform>
            <numerusform>clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::CloseOutRecords</name>
    <message numerus="yes">
        <source>%n report(s) copied into the project for the Historical Data folder.</source>
        <translation>
            <numerusform>%n report copied into the project for the Historical Data folder.</numerusform>
            <numerusform>%n reports copied into the project for the Historical Data folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::CutoffPage</name>
    <message numerus="yes">
        <source>%n business day(s) from today</source>
        <translation>
            <numerusform>%n business day from today</numerusform>
            <numerusform>%n business days from today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) ago</source>
        <translation>
            <numerusform>%n business day ago</numerusform>
            <numerusform>%n business days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-export (snapshot %1) against the final export (snapshot %2): %n record(s) differ; %3 marked for import.</source>
        <translation>
            <numerusform>Re-export (snapshot %1) against the final export (snapshot %2): %n record differs; %3 marked for import.</numerusform>
            <numerusform>Re-export (snapshot %1) against the final export (snapshot %2): %n records differ; %3 marked for import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::CutoffStore</name>
    <message numerus="yes">
        <source>%Ln snapshot(s) checked against the new cutoff</source>
        <translation>
            <numerusform>%Ln snapshot checked against the new cutoff</numerusform>
            <numerusform>%Ln snapshots checked against the new cutoff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) are after it</source>
        <translation>
            <numerusform>%1 row is after it</numerusform>
            <numerusform>%1 rows are after it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ExportPage</name>
    <message numerus="yes">
        <source>No problems in these %n row(s)</source>
        <translation>
            <numerusform>No problems in this row</numerusform>
            <numerusform>No problems in these %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 issue(s)</source>
        <translation>
            <numerusform>%1 issue</numerusform>
            <numerusform>%1 issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fix list(s) written to %1.</source>
        <translation>
            <numerusform>%n fix list written to %1.</numerusform>
            <numerusform>%n fix lists written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 row</numerusform>
            <numerusform>%1 rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 file(s)</source>
        <translation>
            <numerusform>%1 file</numerusform>
            <numerusform>%1 files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 error(s)</source>
        <translation>
            <numerusform>%1 error</numerusform>
            <numerusform>%1 errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 warning(s)</source>
        <translation>
            <numerusform>%1 warning</numerusform>
            <numerusform>%1 warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ExportPlanModel</name>
    <message numerus="yes">
        <source>Archive of %n file(s), placed when loaded</source>
        <translation>
            <numerusform>Archive of %n file, placed when loaded</numerusform>
            <numerusform>Archive of %n files, placed when loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) need a map: choose what each holds in the “Holds” column.</source>
        <translation>
            <numerusform>%n file needs a map: choose what it holds in the “Holds” column.</numerusform>
            <numerusform>%n files need a map: choose what each holds in the “Holds” column.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have a map that leaves a required field without a column: finish it under Columns.</source>
        <translation>
            <numerusform>%n file has a map that leaves a required field without a column: finish it under Columns.</numerusform>
            <numerusform>%n files have a map that leaves a required field without a column: finish it under Columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read: remove them from the list.</source>
        <translation>
            <numerusform>%n file cannot be read: remove it from the list.</numerusform>
            <numerusform>%n files cannot be read: remove them from the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ImportJob</name>
    <message numerus="yes">
        <source>A rollback of this target did not finish (%n record(s) still being deleted). Run the rollback again before importing.</source>
        <translation>
            <numerusform>A rollback of this target did not finish (%n record still being deleted). Run the rollback again before importing.</numerusform>
            <numerusform>A rollback of this target did not finish (%n records still being deleted). Run the rollback again before importing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entry(s))</source>
        <translation>
            <numerusform>%1 (%n entry)</numerusform>
            <numerusform>%1 (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 minute(s)</source>
        <translation>
            <numerusform>%1 minute</numerusform>
            <numerusform>%1 minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CSV package written to %1: %n row(s).</source>
        <translation>
            <numerusform>CSV package written to %1: %n row.</numerusform>
            <numerusform>CSV package written to %1: %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the target</source>
        <translation>
            <numerusform>%n record in the target</numerusform>
            <numerusform>%n records in the target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ImportPage</name>
    <message numerus="yes">
        <source>%n user(s) without a user in the new system: %1. Their entries cannot be imported until one is chosen (users cannot be created through the API: add them in the new system first).</source>
        <translation>
            <numerusform>%n user without a user in the new system: %1. Their entries cannot be imported until one is chosen (users cannot be created through the API: add them in the new system first).</numerusform>
            <numerusform>%n users without a user in the new system: %1. Their entries cannot be imported until one is chosen (users cannot be created through the API: add them in the new system first).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to the new system</source>
        <translation>
            <numerusform>%n request to the new system</numerusform>
            <numerusform>%n requests to the new system</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> at its limit of %n request(s) a minute</source>
        <translation>
            <numerusform> at its limit of %n request a minute</numerusform>
            <numerusform> at its limit of %n requests a minute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ImportPlan</name>
    <message numerus="yes">
        <source>%n re-export(s) after the final export add the rows marked for import.</source>
        <translation>
            <numerusform>%n re-export after the final export adds the rows marked for import.</numerusform>
            <numerusform>%n re-exports after the final export add the rows marked for import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ImportProgressModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::InterimLoadJob</name>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 row</numerusform>
            <numerusform>%1 rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::JobProgressPanel</name>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 record</numerusform>
            <numerusform>%1 records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::PlaceholderJobs</name>
    <message numerus="yes">
        <source>%n interim entry(s) sent to their matters</source>
        <translation>
            <numerusform>%n interim entry sent to its matter</numerusform>
            <numerusform>%n interim entries sent to their matters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to the placeholder matter</source>
        <translation>
            <numerusform>%n to the placeholder matter</numerusform>
            <numerusform>%n to the placeholder matter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent before</source>
        <translation>
            <numerusform>%n sent before</numerusform>
            <numerusform>%n sent before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) on the placeholder matter</source>
        <translation>
            <numerusform>%n entry on the placeholder matter</numerusform>
            <numerusform>%n entries on the placeholder matter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a suggestion</source>
        <translation>
            <numerusform>%n with a suggestion</numerusform>
            <numerusform>%n with a suggestion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matter(s) to choose from</source>
        <translation>
            <numerusform>%n matter to choose from</numerusform>
            <numerusform>%n matters to choose from</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) listed before are no longer on it.</source>
        <translation>
            <numerusform>%n entry listed before is no longer on it.</numerusform>
            <numerusform>%n entries listed before are no longer on it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) moved</source>
        <translation>
            <numerusform>%n entry moved</numerusform>
            <numerusform>%n entries moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the target</source>
        <translation>
            <numerusform>%n refused by the target</numerusform>
            <numerusform>%n refused by the target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (tried again next time)</source>
        <translation>
            <numerusform>%n failed (tried again next time)</numerusform>
            <numerusform>%n failed (tried again next time)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::PlaceholderPage</name>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 row</numerusform>
            <numerusform>%1 rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies) found on the placeholder.</source>
        <translation>
            <numerusform>%n entry found on the placeholder.</numerusform>
            <numerusform>%n entries found on the placeholder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written. Share them with the firm; load them back when filled (section 3).</source>
        <translation>
            <numerusform>%n file written. Share it with the firm; load it back when filled (section 3).</numerusform>
            <numerusform>%n files written. Share them with the firm; load them back when filled (section 3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies) not changed: moved already, being moved, or billed.</source>
        <translation>
            <numerusform>%n entry not changed: moved already, being moved, or billed.</numerusform>
            <numerusform>%n entries not changed: moved already, being moved, or billed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n entr(y/ies) to:</source>
        <translation>
            <numerusform>Move %n entry to:</numerusform>
            <numerusform>Move %n entries to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies) accepted at %1 or more.</source>
        <translation>
            <numerusform>%n entry accepted at %1 or more.</numerusform>
            <numerusform>%n entries accepted at %1 or more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ProjectCalendarModel</name>
    <message numerus="yes">
        <source>%1 added: %n event(s).</source>
        <translation>
            <numerusform>%1 added: %n event.</numerusform>
            <numerusform>%1 added: %n events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ReassignSuggester</name>
    <message numerus="yes">
        <source>client %1 named in the description; the user&apos;s most recent of its %n matters</source>
        <translation>
            <numerusform>client %1 named in the description; the user&apos;s most recent of its %n matter</numerusform>
            <numerusform>client %1 named in the description; the user&apos;s most recent of its %n matters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>client %1 named in the description, but it has %n matters and nothing tells them apart</source>
        <translation>
            <numerusform>client %1 named in the description, but it has %n matter and nothing tells it apart</numerusform>
            <numerusform>client %1 named in the description, but it has %n matters and nothing tells them apart</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::Reconciliation</name>
    <message numerus="yes">
        <source>%n billed time or expense entries are left out: billed history stays in the old system&apos;s reports.</source>
        <translation>
            <numerusform>%n billed time or expense entry is left out: billed history stays in the old system&apos;s reports.</numerusform>
            <numerusform>%n billed time or expense entries are left out: billed history stays in the old system&apos;s reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the import skipped are left out.</source>
        <translation>
            <numerusform>%n record the import skipped is left out.</numerusform>
            <numerusform>%n records the import skipped are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the placeholder matter are left out.</source>
        <translation>
            <numerusform>%n record of the placeholder matter is left out.</numerusform>
            <numerusform>%n records of the placeholder matter are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interim entries (time recorded during the migration) are left out.</source>
        <translation>
            <numerusform>%n interim entry (time recorded during the migration) is left out.</numerusform>
            <numerusform>%n interim entries (time recorded during the migration) are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were refused before sending; each is listed as missing with the reason.</source>
        <translation>
            <numerusform>%n record was refused before sending; it is listed as missing with the reason.</numerusform>
            <numerusform>%n records were refused before sending; each is listed as missing with the reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between the source and the target.</source>
        <translation>
            <numerusform>%n difference between the source and the target.</numerusform>
            <numerusform>%n differences between the source and the target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n record(s) back from the target.</source>
        <translation>
            <numerusform>Read %n record back from the target.</numerusform>
            <numerusform>Read %n records back from the target.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewClock</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewPage</name>
    <message numerus="yes">
        <source>%n difference(s) between the source and the target</source>
        <translation>
            <numerusform>%n difference between the source and the target</numerusform>
            <numerusform>%n differences between the source and the target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still unexplained.</source>
        <translation>
            <numerusform>%n still unexplained.</numerusform>
            <numerusform>%n still unexplained.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the differences still need(s) an explanation: double-click the Explanation cell and type why it is acceptable or what will be corrected.</source>
        <translation>
            <numerusform>%n of the differences still needs an explanation: double-click the Explanation cell and type why it is acceptable or what will be corrected.</numerusform>
            <numerusform>%n of the differences still need an explanation: double-click the Explanation cell and type why it is acceptable or what will be corrected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewSignOff</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>differences named, then counted</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) without an explanation: %1. Type an explanation for each, or have it corrected and reconcile again.</source>
        <translation>
            <numerusform>%n difference without an explanation: %1. Type an explanation for it, or have it corrected and reconcile again.</numerusform>
            <numerusform>%n differences without an explanation: %1. Type an explanation for each, or have it corrected and reconcile again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spot check(s) not decided yet: accept or flag each.</source>
        <translation>
            <numerusform>%n spot check not decided yet: accept or flag it.</numerusform>
            <numerusform>%n spot checks not decided yet: accept or flag each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::RollbackJob</name>
    <message numerus="yes">
        <source>%n record(s) deleted from the target</source>
        <translation>
            <numerusform>%n record deleted from the target</numerusform>
            <numerusform>%n records deleted from the target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be deleted</source>
        <translation>
            <numerusform>%n could not be deleted</numerusform>
            <numerusform>%n could not be deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be deleted; run the rollback again. %1</source>
        <translation>
            <numerusform>%n record could not be deleted; run the rollback again. %1</numerusform>
            <numerusform>%n records could not be deleted; run the rollback again. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::StagingJob</name>
    <message numerus="yes">
        <source>%n row(s) of %1 hold another kind of record and were left to the map for that kind.</source>
        <translation>
            <numerusform>%n row of %1 holds another kind of record and was left to the map for that kind.</numerusform>
            <numerusform>%n rows of %1 hold another kind of record and were left to the map for that kind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 row</numerusform>
            <numerusform>%1 rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 error(s)</source>
        <translation>
            <numerusform>%1 error</numerusform>
            <numerusform>%1 errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 warning(s)</source>
        <translation>
            <numerusform>%1 warning</numerusform>
            <numerusform>%1 warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
