<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cutover::Catalogs</name>
    <message>
        <source>Generic export or spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill4Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PracticePanther</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimeSlips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clio Manage (API v4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV import package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States (federal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada (federal statutory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada — Alberta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada — British Columbia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada — Manitoba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada — New Brunswick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada — Newfoundland and Labrador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada — Nova Scotia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada — Northwest Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada — Nunavut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada — Ontario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada — Prince Edward Island</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada — Quebec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada — Saskatchewan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada — Yukon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom — England and Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom — Scotland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom — Northern Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia (national)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia — Australian Capital Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia — New South Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia — Northern Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia — Queensland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia — South Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia — Tasmania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia — Victoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia — Western Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public holidays (weekends only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::Cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cutover-cli [--lang CODE] COMMAND [options]

Cutover&apos;s engine without the wizard: anything the wizard does to a project can be done from here.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run cutover-cli COMMAND --help for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a command. Run cutover-cli --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::InfoCommand</name>
    <message>
        <source>Show a project&apos;s settings and the state of each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info: give exactly one project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::NewCommand</name>
    <message>
        <source>Create a migration project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to create (Firm name.cutover).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system the firm leaves: %1. Default: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system the firm moves to: %1. Default: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm&apos;s IANA time zone. Default: this machine&apos;s (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday region for business days: %1. Default: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: give exactly one project file, e.g. cutover-cli new &quot;Harbor &amp; Pine.cutover&quot; --firm &quot;Harbor &amp; Pine LLP&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: --firm NAME is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::CloseOutPage</name>
    <message>
        <source>Finish the work in the old system before the final export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice outstanding time and expenses, apply credits and trust payments to open bills, save the banking and trust reports, and turn off calendar and contact syncs. Cutover analyses a trial export to show what is still open per client, keeps the checklist and the approvals of the billing contact and every administrator, and files the reports you saved for the new system&apos;s Historical Data folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::CredentialStore</name>
    <message>
        <source>No saved secret “%1” was found in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access to “%1” (%2). Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available to keep “%1” (%2). Cutover keeps passwords and tokens only in the system keychain, never in plain text: start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not handle “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::CutoffPage</name>
    <message>
        <source>Pick the moment after which new work goes into the new system only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cutoff date, time and time zone. Cutover freezes it, flags rows created or changed after it, and compares any later re-export against the final export so that work entered after the cutoff is listed and imported, not lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::CutoverWizard</name>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Cutover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::ExportPage</name>
    <message>
        <source>Load the old system&apos;s export files and check every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the CSV and Excel files the old system exported, or connect to its database. Cutover recognises what each file holds, maps its columns, validates every row and finds duplicates. Problems are listed with file, row and column; nothing is dropped silently.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::ImportPage</name>
    <message>
        <source>Push the data into the new system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutover imports users&apos; time, contacts, matters, time and expense entries, notes and documents in dependency order. Every record is written to a ledger, so an interrupted import resumes without duplicates. Trust balances and receivables the new system cannot take through its API are prepared as worksheets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::PlaceholderPage</name>
    <message>
        <source>Keep tracking time while the migration runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients go straight into the new system. Time for existing clients is tracked on a placeholder matter in the new system or in the time-tracking spreadsheets Cutover writes, and moved to the right matters once they exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::ProjectPage</name>
    <message>
        <source>New migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a migration project for one firm, or continue one you started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Harbor &amp; Pine LLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Firm name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm&apos;s time zone: cutoff times and deadlines are shown in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm&apos;s time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays here are not business days when deadlines are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holidays of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the migration project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutover projects (*.cutover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a migration project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutover projects (*.cutover);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::ProjectSettings</name>
    <message>
        <source>The firm name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a source system Cutover knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a target system Cutover knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone (for example America/New_York).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a holiday region Cutover knows (for example US, CA-ON, GB-EAW, AU-NSW or NONE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::ProjectStore</name>
    <message>
        <source>The project file could not be switched to write-ahead logging (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Cutover project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: you do not have permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Cutover project: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). Open your latest backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Cutover project: it is an empty SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Cutover project: it is an SQLite database of another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Cutover (project format %2; this version reads up to %3). Update Cutover to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only. Copy it to a folder where you can save changes, then open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs an upgrade, but its backup “%2” could not be written: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs an upgrade, but its backup could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2 The file is unchanged; a backup is at “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project settings are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project id “%1” is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewPage</name>
    <message>
        <source>Check the result within three business days of the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutover reconciles counts and money per client (work in progress, receivables, trust) between the old and the new system, picks records for spot checks, tracks the three-business-day deadline and records the sign-off in a report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::SchemaMigrator</name>
    <message>
        <source>Could not upgrade the project file to version %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::StepListModel</name>
    <message>
        <source>Step %1 of %2: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::StepPage</name>
    <message>
        <source>&lt;b&gt;What this step is for&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have finished this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the step as done in the side panel and in the project&apos;s audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::StepSidePanel</name>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::Steps</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cutover::Translations</name>
    <message>
        <source>Cutover has no translation for “%1”; it is shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Moves a small firm&apos;s practice data from one system to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Cutover in this language (for example fr or es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .cutover project to open. Without it, the last project is reopened, or a demo project on first run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
