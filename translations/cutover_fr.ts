<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cutover::CalendarDialog</name>
    <message>
        <source>Business days</source>
        <translation>Jours ouvrés</translation>
    </message>
    <message>
        <source>Business days are Monday to Friday, except the days listed here: the public holidays of the project&apos;s region and the days the firm adds itself or imports from an iCalendar (.ics) file. The review deadline counts business days.</source>
        <translation>Les jours ouvrés vont du lundi au vendredi, sauf les jours listés ici&#xa0;: les jours fériés de la région du projet et les jours que le cabinet ajoute lui-même ou importe d&apos;un fichier iCalendar (.ics). L&apos;échéance de vérification se compte en jours ouvrés.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Holiday region:</source>
        <translation>Région des jours fériés&#xa0;:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>The year whose days off are listed.</source>
        <translation>L&apos;année dont les jours chômés sont listés.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée&#xa0;:</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Jours chômés</translation>
    </message>
    <message>
        <source>&amp;Add day…</source>
        <translation>&amp;Ajouter un jour…</translation>
    </message>
    <message>
        <source>Add a day the firm is closed.</source>
        <translation>Ajoute un jour de fermeture du cabinet.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>R&amp;etirer</translation>
    </message>
    <message>
        <source>Remove the selected day the firm added (public holidays cannot be removed).</source>
        <translation>Retire le jour sélectionné ajouté par le cabinet (les jours fériés ne peuvent pas être retirés).</translation>
    </message>
    <message>
        <source>&amp;Import iCalendar file…</source>
        <translation>&amp;Importer un fichier iCalendar…</translation>
    </message>
    <message>
        <source>Add the days of an .ics file exported from the firm&apos;s calendar.</source>
        <translation>Ajoute les jours d&apos;un fichier .ics exporté de l&apos;agenda du cabinet.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>No iCalendar file imported.</source>
        <translation>Aucun fichier iCalendar importé.</translation>
    </message>
    <message>
        <source>Imported iCalendar files: %1</source>
        <translation>Fichiers iCalendar importés&#xa0;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Add a day off</source>
        <translation>Ajouter un jour chômé</translation>
    </message>
    <message>
        <source>Date of the day off</source>
        <translation>Date du jour chômé</translation>
    </message>
    <message>
        <source>e.g. Office closed for the move</source>
        <translation>p. ex. Bureau fermé pour le déménagement</translation>
    </message>
    <message>
        <source>Name of the day off</source>
        <translation>Nom du jour chômé</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>%1 added: %2.</source>
        <translation>%1 ajouté&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 removed: %2.</source>
        <translation>%1 retiré&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Import an iCalendar file</source>
        <translation>Importer un fichier iCalendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb *.icalendar);;All files (*)</source>
        <translation>Fichiers iCalendar (*.ics *.ical *.ifb *.icalendar);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>Cutover::CalendarStore</name>
    <message>
        <source>A day off needs a valid date.</source>
        <translation>Un jour chômé doit avoir une date valide.</translation>
    </message>
    <message>
        <source>A day off needs a name, e.g. “Office closed”.</source>
        <translation>Un jour chômé doit avoir un nom, p. ex. «&#xa0;Bureau fermé&#xa0;».</translation>
    </message>
    <message>
        <source>There is no day off of the firm&apos;s own on %1.</source>
        <translation>Le cabinet n&apos;a ajouté aucun jour chômé le %1.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, as iCalendar files must be; save it as UTF-8 and import it again.</source>
        <translation>%1 n&apos;est pas un texte UTF-8, alors que les fichiers iCalendar doivent l&apos;être&#xa0;; enregistrez-le en UTF-8 et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1 is already in the project&apos;s calendar (as %2).</source>
        <translation>%1 figure déjà dans le calendrier du projet (sous le nom %2).</translation>
    </message>
    <message>
        <source>There is no iCalendar file %1 in the project&apos;s calendar.</source>
        <translation>Le calendrier du projet ne contient aucun fichier iCalendar %1.</translation>
    </message>
</context>
<context>
    <name>Cutover::Catalogs</name>
    <message>
        <source>Generic export or spreadsheet</source>
        <translation>Export générique ou tableur</translation>
    </message>
    <message>
        <source>Bill4Time</source>
        <translation>Bill4Time</translation>
    </message>
    <message>
        <source>Clio</source>
        <translation>Clio</translation>
    </message>
    <message>
        <source>Collect!</source>
        <translation>Collect!</translation>
    </message>
    <message>
        <source>MyCase</source>
        <translation>MyCase</translation>
    </message>
    <message>
        <source>PracticePanther</source>
        <translation>PracticePanther</translation>
    </message>
    <message>
        <source>QuickBooks</source>
        <translation>QuickBooks</translation>
    </message>
    <message>
        <source>TimeSlips</source>
        <translation>TimeSlips</translation>
    </message>
    <message>
        <source>Clio Manage (API v4)</source>
        <translation>Clio Manage (API v4)</translation>
    </message>
    <message>
        <source>CSV import package</source>
        <translation>Paquet d&apos;import CSV</translation>
    </message>
    <message>
        <source>United States (federal)</source>
        <translation>États-Unis (fédéral)</translation>
    </message>
    <message>
        <source>Canada (federal statutory)</source>
        <translation>Canada (jours fériés fédéraux légaux)</translation>
    </message>
    <message>
        <source>Canada — Alberta</source>
        <translation>Canada — Alberta</translation>
    </message>
    <message>
        <source>Canada — British Columbia</source>
        <translation>Canada — Colombie-Britannique</translation>
    </message>
    <message>
        <source>Canada — Manitoba</source>
        <translation>Canada — Manitoba</translation>
    </message>
    <message>
        <source>Canada — New Brunswick</source>
        <translation>Canada — Nouveau-Brunswick</translation>
    </message>
    <message>
        <source>Canada — Newfoundland and Labrador</source>
        <translation>Canada — Terre-Neuve-et-Labrador</translation>
    </message>
    <message>
        <source>Canada — Nova Scotia</source>
        <translation>Canada — Nouvelle-Écosse</translation>
    </message>
    <message>
        <source>Canada — Northwest Territories</source>
        <translation>Canada — Territoires du Nord-Ouest</translation>
    </message>
    <message>
        <source>Canada — Nunavut</source>
        <translation>Canada — Nunavut</translation>
    </message>
    <message>
        <source>Canada — Ontario</source>
        <translation>Canada — Ontario</translation>
    </message>
    <message>
        <source>Canada — Prince Edward Island</source>
        <translation>Canada — Île-du-Prince-Édouard</translation>
    </message>
    <message>
        <source>Canada — Quebec</source>
        <translation>Canada — Québec</translation>
    </message>
    <message>
        <source>Canada — Saskatchewan</source>
        <translation>Canada — Saskatchewan</translation>
    </message>
    <message>
        <source>Canada — Yukon</source>
        <translation>Canada — Yukon</translation>
    </message>
    <message>
        <source>United Kingdom — England and Wales</source>
        <translation>Royaume-Uni — Angleterre et pays de Galles</translation>
    </message>
    <message>
        <source>United Kingdom — Scotland</source>
        <translation>Royaume-Uni — Écosse</translation>
    </message>
    <message>
        <source>United Kingdom — Northern Ireland</source>
        <translation>Royaume-Uni — Irlande du Nord</translation>
    </message>
    <message>
        <source>Australia (national)</source>
        <translation>Australie (national)</translation>
    </message>
    <message>
        <source>Australia — Australian Capital Territory</source>
        <translation>Australie — Territoire de la capitale australienne</translation>
    </message>
    <message>
        <source>Australia — New South Wales</source>
        <translation>Australie — Nouvelle-Galles du Sud</translation>
    </message>
    <message>
        <source>Australia — Northern Territory</source>
        <translation>Australie — Territoire du Nord</translation>
    </message>
    <message>
        <source>Australia — Queensland</source>
        <translation>Australie — Queensland</translation>
    </message>
    <message>
        <source>Australia — South Australia</source>
        <translation>Australie — Australie-Méridionale</translation>
    </message>
    <message>
        <source>Australia — Tasmania</source>
        <translation>Australie — Tasmanie</translation>
    </message>
    <message>
        <source>Australia — Victoria</source>
        <translation>Australie — Victoria</translation>
    </message>
    <message>
        <source>Australia — Western Australia</source>
        <translation>Australie — Australie-Occidentale</translation>
    </message>
    <message>
        <source>No public holidays (weekends only)</source>
        <translation>Aucun jour férié (week-ends uniquement)</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Usage: cutover-cli [--lang CODE] COMMAND [options]

Cutover&apos;s engine without the wizard: anything the wizard does to a project can be done from here.

Commands:
</source>
        <translation>Utilisation&#xa0;: cutover-cli [--lang CODE] COMMANDE [options]

Le moteur de Cutover sans l&apos;assistant&#xa0;: tout ce que l&apos;assistant fait sur un projet peut se faire d&apos;ici.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>Run cutover-cli COMMAND --help for a command&apos;s options.</source>
        <translation>Lancez cutover-cli COMMANDE --help pour afficher les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>“%1” is not a command. Run cutover-cli --help for the list.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une commande. Lancez cutover-cli --help pour en afficher la liste.</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::CalendarCommand</name>
    <message>
        <source>Count business days for a holiday region: the date N business days on, the business days between two dates, or a year&apos;s holidays.</source>
        <translation>Compte les jours ouvrés d&apos;une région de jours fériés&#xa0;: la date située N jours ouvrés plus loin, les jours ouvrés entre deux dates, ou les jours fériés d&apos;une année.</translation>
    </message>
    <message>
        <source>The holiday region: %1 (or a country with --subregion).</source>
        <translation>La région des jours fériés&#xa0;: %1 (ou un pays avec --subregion).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>A province, state or nation of the region, e.g. ON, VIC, SCT.</source>
        <translation>Une province, un État ou une nation de la région, p. ex. ON, VIC, SCT.</translation>
    </message>
    <message>
        <source>The date to count from (YYYY-MM-DD); not counted itself.</source>
        <translation>La date à partir de laquelle compter (AAAA-MM-JJ)&#xa0;; elle-même n&apos;est pas comptée.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Print the date this many business days after --from (before it when negative).</source>
        <translation>Affiche la date située ce nombre de jours ouvrés après --from (avant, si le nombre est négatif).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the business days after --from up to and including this date.</source>
        <translation>Affiche les jours ouvrés après --from jusqu&apos;à cette date incluse.</translation>
    </message>
    <message>
        <source>Print the holidays of this year (no --from needed).</source>
        <translation>Affiche les jours fériés de cette année (--from n&apos;est pas nécessaire).</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>Also take the days of this iCalendar file; repeat for more.</source>
        <translation>Prend aussi en compte les jours de ce fichier iCalendar&#xa0;; à répéter pour d&apos;autres.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Affiche du JSON.</translation>
    </message>
    <message>
        <source>calendar: unexpected argument “%1”.</source>
        <translation>calendar&#xa0;: argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>calendar: --region CODE is required (%1).</source>
        <translation>calendar&#xa0;: l&apos;option --region CODE est obligatoire (%1).</translation>
    </message>
    <message>
        <source>calendar: “%1” is not a holiday region; use one of %2.</source>
        <translation>calendar&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une région de jours fériés&#xa0;; utilisez l&apos;une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>calendar: give exactly one of --add N, --to DATE or --holidays YEAR.</source>
        <translation>calendar&#xa0;: indiquez exactement une option parmi --add N, --to DATE et --holidays ANNÉE.</translation>
    </message>
    <message>
        <source>calendar: --from DATE is required with --add and --to.</source>
        <translation>calendar&#xa0;: l&apos;option --from DATE est obligatoire avec --add et --to.</translation>
    </message>
    <message>
        <source>calendar: “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>calendar&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>calendar: %1 cannot be read: %2</source>
        <translation>calendar&#xa0;: %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>calendar: “%1” is not a whole number of days.</source>
        <translation>calendar&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de jours.</translation>
    </message>
    <message>
        <source>calendar: no such business day: there is none within ten years of %1.</source>
        <translation>calendar&#xa0;: ce jour ouvré n&apos;existe pas&#xa0;: il n&apos;y en a aucun dans les dix ans autour de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) from %1 to %2 (%1 not counted, %2 counted).</source>
        <translation>
            <numerusform>%n jour ouvré du %1 au %2 (%1 non compté, %2 compté).</numerusform>
            <numerusform>%n jours ouvrés du %1 au %2 (%1 non compté, %2 compté).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>-%n business day(s): %2 is before %1 (%2 not counted, %1 counted).</source>
        <translation>
            <numerusform>-%n jour ouvré&#xa0;: %2 est antérieur à %1 (%2 non compté, %1 compté).</numerusform>
            <numerusform>-%n jours ouvrés&#xa0;: %2 est antérieur à %1 (%2 non compté, %1 compté).</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar: “%1” is not a year.</source>
        <translation>calendar&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une année.</translation>
    </message>
    <message>
        <source>%1 (%2), %3:</source>
        <translation>%1 (%2), %3&#xa0;:</translation>
    </message>
    <message>
        <source>Public holidays are computed for %1 to %2 only.</source>
        <translation>Les jours fériés ne sont calculés que de %1 à %2.</translation>
    </message>
    <message>
        <source>No holidays.</source>
        <translation>Aucun jour férié.</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::ClientsCommand</name>
    <message>
        <source>List the clients of the newest snapshot and choose which move; a client left out takes its matters, entries and notes with it.</source>
        <translation>Liste les clients de l&apos;instantané le plus récent et choisit ceux qui migrent&#xa0;; un client écarté emporte ses dossiers, saisies et notes.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Leave this client (by client number) out; repeat for more.</source>
        <translation>Écarte ce client (par numéro de client)&#xa0;; à répéter pour en écarter d&apos;autres.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>Move this client again; repeat for more.</source>
        <translation>Fait de nouveau migrer ce client&#xa0;; à répéter pour d&apos;autres.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Affiche du JSON.</translation>
    </message>
    <message>
        <source>clients: give exactly one project file.</source>
        <translation>clients&#xa0;: indiquez exactement un fichier de projet.</translation>
    </message>
    <message>
        <source>clients: %1</source>
        <translation>clients&#xa0;: %1</translation>
    </message>
    <message>
        <source>clients: nothing has been loaded into this project yet.</source>
        <translation>clients&#xa0;: rien n&apos;a encore été chargé dans ce projet.</translation>
    </message>
    <message>
        <source>clients: there is no client “%1” in snapshot %2.</source>
        <translation>clients&#xa0;: aucun client «&#xa0;%1&#xa0;» dans l&apos;instantané %2.</translation>
    </message>
    <message>
        <source>%1 of %2 clients move, with %3 of %4 matters and %5 of %6 time entries.</source>
        <translation>%1 clients sur %2 migrent, avec %3 dossiers sur %4 et %5 saisies de temps sur %6.</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::CloseOutCommand</name>
    <message>
        <source>Show what is still open in the old system, per client: unbilled time and expenses, draft and open invoices, unapplied credits, trust balances, missing billing details, the next invoice numbers and the users.</source>
        <translation>Affiche ce qui reste ouvert dans l&apos;ancien système, par client&#xa0;: temps et frais non facturés, factures en brouillon et non soldées, avoirs non imputés, soldes en fidéicommis, informations de facturation manquantes, prochains numéros de facture et utilisateurs.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>The snapshot (default: the newest).</source>
        <translation>L&apos;instantané (par défaut&#xa0;: le plus récent).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Print JSON (money in cents, time in seconds).</source>
        <translation>Affiche du JSON (montants en cents, temps en secondes).</translation>
    </message>
    <message>
        <source>closeout: give exactly one project file.</source>
        <translation>closeout&#xa0;: indiquez exactement un fichier de projet.</translation>
    </message>
    <message>
        <source>closeout: --snapshot takes a snapshot number, such as 1.</source>
        <translation>closeout&#xa0;: --snapshot attend un numéro d&apos;instantané, par exemple 1.</translation>
    </message>
    <message>
        <source>closeout: %1</source>
        <translation>closeout&#xa0;: %1</translation>
    </message>
    <message>
        <source>closeout: nothing has been loaded into this project yet; load a trial export first (cutover-cli stage).</source>
        <translation>closeout&#xa0;: rien n&apos;a encore été chargé dans ce projet&#xa0;; chargez d&apos;abord un export d&apos;essai (cutover-cli stage).</translation>
    </message>
    <message>
        <source>closeout: there is no snapshot %1.</source>
        <translation>closeout&#xa0;: l&apos;instantané %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Close-out of snapshot %1 (%2), loaded %3 UTC. Money as 1,234.56, time as h:mm.</source>
        <translation>Clôture de l&apos;instantané %1 (%2), chargé le %3 UTC. Montants au format 1,234.56, temps au format h:mm.</translation>
    </message>
    <message>
        <source>Still open in the old system</source>
        <translation>Encore ouvert dans l&apos;ancien système</translation>
    </message>
    <message>
        <source>Unbilled time</source>
        <translation>Temps non facturé</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n saisie</numerusform>
            <numerusform>%n saisies</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbilled expenses</source>
        <translation>Frais non facturés</translation>
    </message>
    <message>
        <source>Draft invoices</source>
        <translation>Factures en brouillon</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n facture</numerusform>
            <numerusform>%n factures</numerusform>
        </translation>
    </message>
    <message>
        <source>Open invoices (receivable)</source>
        <translation>Factures non soldées (créances)</translation>
    </message>
    <message>
        <source>Unapplied payments and credits</source>
        <translation>Paiements et avoirs non imputés</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n paiement</numerusform>
            <numerusform>%n paiements</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust (carries over as opening balances)</source>
        <translation>Fidéicommis (reporté en soldes d&apos;ouverture)</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n opération</numerusform>
            <numerusform>%n opérations</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients missing billing details: %1</source>
        <translation>Clients aux informations de facturation incomplètes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clients with open items or missing billing details</source>
        <translation>Clients ayant des éléments en suspens ou des informations de facturation incomplètes</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Time amount</source>
        <translation>Montant du temps</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Créances</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Non imputé</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Fidéicommis</translation>
    </message>
    <message>
        <source>Missing billing details</source>
        <translation>Informations de facturation manquantes</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>oui&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Numéros de facture</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Plus élevé</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Numéro suivant</translation>
    </message>
    <message>
        <source>(no digits at the end)</source>
        <translation>(aucun chiffre à la fin)</translation>
    </message>
    <message>
        <source>(plain numbers)</source>
        <translation>(numéros simples)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Saisies de temps</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not in the users file</source>
        <translation>absent du fichier des utilisateurs</translation>
    </message>
    <message>
        <source>This snapshot has no %1, so those figures are 0.</source>
        <translation>Cet instantané ne contient aucune donnée pour&#xa0;: %1&#xa0;; ces montants valent donc 0.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Let the import start although the checklist or the approvals are not complete; the reason is kept in the audit log.</source>
        <translation>Laisse l&apos;import commencer même si la liste de contrôle ou les approbations ne sont pas complètes&#xa0;; le motif est conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>Withdraw an override of the import gate.</source>
        <translation>Retire la dérogation au contrôle d&apos;import.</translation>
    </message>
    <message>
        <source>closeout: give --override-gate or --clear-override, not both.</source>
        <translation>closeout&#xa0;: indiquez --override-gate ou --clear-override, pas les deux.</translation>
    </message>
    <message>
        <source>The import may start.</source>
        <translation>L&apos;import peut commencer.</translation>
    </message>
    <message>
        <source>The import cannot start yet:</source>
        <translation>L&apos;import ne peut pas encore commencer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::CutoffCommand</name>
    <message>
        <source>Show or set the cutoff: the moment the old system stops being the record. Rows created or changed after it are flagged.</source>
        <translation>Affiche ou fixe la date de bascule&#xa0;: le moment où l&apos;ancien système cesse de faire foi. Les lignes créées ou modifiées après celle-ci sont signalées.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Set the cutoff to this wall-clock time, e.g. 2026-12-31T17:00.</source>
        <translation>Fixe la date de bascule à cette heure locale, p. ex. 2026-12-31T17:00.</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>heure locale</translation>
    </message>
    <message>
        <source>The time zone of --at (IANA name); the firm&apos;s by default.</source>
        <translation>Le fuseau horaire de --at (nom IANA)&#xa0;; par défaut, celui du cabinet.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>fuseau</translation>
    </message>
    <message>
        <source>When the time happens twice (the clocks go back), take the first.</source>
        <translation>Lorsque l&apos;heure survient deux fois (retour à l&apos;heure normale), prend la première.</translation>
    </message>
    <message>
        <source>When the time happens twice, take the second.</source>
        <translation>Lorsque l&apos;heure survient deux fois, prend la seconde.</translation>
    </message>
    <message>
        <source>Why the cutoff changes after the final export (required then).</source>
        <translation>Le motif du changement de la date de bascule après l&apos;export final (obligatoire dans ce cas).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Affiche du JSON.</translation>
    </message>
    <message>
        <source>cutoff: give exactly one project file.</source>
        <translation>cutoff&#xa0;: indiquez exactement un fichier de projet.</translation>
    </message>
    <message>
        <source>cutoff: --zone and --reason go with --at.</source>
        <translation>cutoff&#xa0;: --zone et --reason s&apos;utilisent avec --at.</translation>
    </message>
    <message>
        <source>cutoff: give --earlier or --later, not both.</source>
        <translation>cutoff&#xa0;: indiquez --earlier ou --later, pas les deux.</translation>
    </message>
    <message>
        <source>cutoff: %1</source>
        <translation>cutoff&#xa0;: %1</translation>
    </message>
    <message>
        <source>cutoff: “%1” is not a date and time like 2026-12-31T17:00.</source>
        <translation>cutoff&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une date et une heure comme 2026-12-31T17:00.</translation>
    </message>
    <message>
        <source>cutoff: %1 Add --earlier or --later.</source>
        <translation>cutoff&#xa0;: %1 Ajoutez --earlier ou --later.</translation>
    </message>
    <message>
        <source>No cutoff is set yet.</source>
        <translation>Aucune date de bascule n&apos;est encore fixée.</translation>
    </message>
    <message>
        <source>Cutoff: %1 (%2), %3 UTC</source>
        <translation>Date de bascule&#xa0;: %1 (%2), %3 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) from today (%1).</source>
        <translation>
            <numerusform>Dans %n jour ouvré (%1).</numerusform>
            <numerusform>Dans %n jours ouvrés (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) ago.</source>
        <translation>
            <numerusform>Il y a %n jour ouvré.</numerusform>
            <numerusform>Il y a %n jours ouvrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, or on the last business day.</source>
        <translation>Aujourd&apos;hui, ou le dernier jour ouvré.</translation>
    </message>
    <message>
        <source>The final export has been loaded; a change is audited and needs --reason.</source>
        <translation>L&apos;export final a été chargé&#xa0;; tout changement est consigné dans le journal d&apos;audit et nécessite --reason.</translation>
    </message>
    <message numerus="yes">
        <source>Snapshots checked again: %n row(s) are after the cutoff.</source>
        <translation>
            <numerusform>Instantanés vérifiés de nouveau&#xa0;: %n ligne est postérieure à la date de bascule.</numerusform>
            <numerusform>Instantanés vérifiés de nouveau&#xa0;: %n lignes sont postérieures à la date de bascule.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::DeltaCommand</name>
    <message>
        <source>List what a re-export loaded after the final one has new, changed or deleted, per kind of record.</source>
        <translation>Liste ce qu&apos;un nouvel export chargé après l&apos;export final contient de nouveau, de modifié ou de supprimé, par type d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>The delta snapshot (the newest by default).</source>
        <translation>L&apos;instantané delta (par défaut&#xa0;: le plus récent).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>List every row, not only the counts.</source>
        <translation>Liste chaque ligne, et pas seulement les totaux.</translation>
    </message>
    <message>
        <source>Print JSON (counts and rows).</source>
        <translation>Affiche du JSON (totaux et lignes).</translation>
    </message>
    <message>
        <source>delta: give exactly one project file.</source>
        <translation>delta&#xa0;: indiquez exactement un fichier de projet.</translation>
    </message>
    <message>
        <source>delta: %1</source>
        <translation>delta&#xa0;: %1</translation>
    </message>
    <message>
        <source>delta: snapshot “%1” is not a complete delta snapshot.</source>
        <translation>delta&#xa0;: l&apos;instantané «&#xa0;%1&#xa0;» n&apos;est pas un instantané delta complet.</translation>
    </message>
    <message>
        <source>delta: no re-export has been loaded since the final export. Load one as a delta snapshot (cutover-cli stage --snapshot delta).</source>
        <translation>delta&#xa0;: aucun nouvel export n&apos;a été chargé depuis l&apos;export final. Chargez-en un en tant qu&apos;instantané delta (cutover-cli stage --snapshot delta).</translation>
    </message>
    <message>
        <source>delta: there is no final export yet, so there is nothing to compare with.</source>
        <translation>delta&#xa0;: il n&apos;y a pas encore d&apos;export final&#xa0;; il n&apos;y a donc rien à comparer.</translation>
    </message>
    <message>
        <source>Delta snapshot %1 against final snapshot %2:</source>
        <translation>Instantané delta %1 comparé à l&apos;instantané final %2&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing is new, changed or deleted since the final export.</source>
        <translation>Rien n&apos;est nouveau, modifié ou supprimé depuis l&apos;export final.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>À importer</translation>
    </message>
    <message>
        <source>Deleted rows are not removed from the new system; deal with them there by hand.</source>
        <translation>Les lignes supprimées ne sont pas retirées du nouveau système&#xa0;; traitez-les-y à la main.</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::ImportCommand</name>
    <message>
        <source>Clio&apos;s address for the firm&apos;s region, or a sandbox&apos;s (default %1).</source>
        <translation>L&apos;adresse de Clio pour la région du cabinet, ou celle d&apos;un environnement de test (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The environment variable holding the Clio access token (default %1). The token is never printed.</source>
        <translation>La variable d&apos;environnement contenant le jeton d&apos;accès Clio (par défaut&#xa0;: %1). Le jeton n&apos;est jamais affiché.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>%1: “%2” is not an http(s) address.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse http(s).</translation>
    </message>
    <message>
        <source>%1: no Clio access token: set the environment variable %2 to it (or name another variable with --token-env).</source>
        <translation>%1&#xa0;: aucun jeton d&apos;accès Clio&#xa0;: placez-le dans la variable d&apos;environnement %2 (ou indiquez une autre variable avec --token-env).</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>, %1 s left</source>
        <translation>, encore %1 s</translation>
    </message>
    <message>
        <source>%1: %2/%3 · %4 sent · %5/s%6   </source>
        <translation>%1&#xa0;: %2/%3 · %4 envoyés · %5/s%6   </translation>
    </message>
    <message>
        <source>Import the project&apos;s records into Clio (or write a CSV package): resumable, with a ledger of every record.</source>
        <translation>Importe les enregistrements du projet dans Clio (ou écrit un paquet CSV)&#xa0;: l&apos;import peut reprendre après une interruption et chaque enregistrement est consigné dans un registre.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>clio or csv-package (default clio).</source>
        <translation>clio ou csv-package (par défaut&#xa0;: clio).</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>Folder for the CSV package or the opening-balance worksheet.</source>
        <translation>Répertoire du paquet CSV ou de la feuille de calcul des soldes d&apos;ouverture.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>répertoire</translation>
    </message>
    <message>
        <source>Check and count everything, estimate the time; send and write nothing.</source>
        <translation>Vérifie et compte tout, estime la durée&#xa0;; n&apos;envoie et n&apos;écrit rien.</translation>
    </message>
    <message>
        <source>Send only the records that failed before.</source>
        <translation>N&apos;envoie que les enregistrements qui ont échoué précédemment.</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 2).</source>
        <translation>Nombre de requêtes envoyées simultanément (par défaut&#xa0;: 2).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Affiche du JSON.</translation>
    </message>
    <message>
        <source>import: give exactly one project file.</source>
        <translation>import&#xa0;: indiquez exactement un fichier de projet.</translation>
    </message>
    <message>
        <source>import: --target is clio or csv-package.</source>
        <translation>import&#xa0;: --target accepte clio ou csv-package.</translation>
    </message>
    <message>
        <source>import: --concurrency takes a number from 1 to 16.</source>
        <translation>import&#xa0;: --concurrency attend un nombre de 1 à 16.</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dry run against %1: nothing was sent or written.</source>
        <translation>Simulation sur %1&#xa0;: rien n&apos;a été envoyé ni écrit.</translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation>Requêtes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rate limit: %1 per minute</source>
        <translation>Limite de requêtes&#xa0;: %1 par minute</translation>
    </message>
    <message>
        <source>Estimated time: %1 min %2 s</source>
        <translation>Durée estimée&#xa0;: %1 min %2 s</translation>
    </message>
    <message>
        <source>Not mapped: %1</source>
        <translation>Non associé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import into %1: %2</source>
        <translation>Import dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Failed: %1 %2 (%3): %4</source>
        <translation>Échec&#xa0;: %1 %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Opening-balance worksheet: %1</source>
        <translation>Feuille de calcul des soldes d&apos;ouverture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updates: %1 (records changed in the old system since they were imported)</source>
        <translation>Mises à jour&#xa0;: %1 (enregistrements modifiés dans l&apos;ancien système depuis leur import)</translation>
    </message>
    <message>
        <source>Updated: %1 (records changed in the old system since they were imported)</source>
        <translation>Mis à jour&#xa0;: %1 (enregistrements modifiés dans l&apos;ancien système depuis leur import)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more failed record(s): cutover-cli ledger lists them all.</source>
        <translation>
            <numerusform>… et %n autre enregistrement en échec&#xa0;: cutover-cli ledger les liste tous.</numerusform>
            <numerusform>… et %n autres enregistrements en échec&#xa0;: cutover-cli ledger les liste tous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::InfoCommand</name>
    <message>
        <source>Show a project&apos;s settings and the state of each step.</source>
        <translation>Affiche les paramètres d&apos;un projet et l&apos;état de chaque étape.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Affiche du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>info: give exactly one project file.</source>
        <translation>info&#xa0;: indiquez exactement un fichier de projet.</translation>
    </message>
    <message>
        <source>info: %1</source>
        <translation>info&#xa0;: %1</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>Identifiant du projet</translation>
    </message>
    <message>
        <source>Moving from</source>
        <translation>Système d&apos;origine</translation>
    </message>
    <message>
        <source>Moving to</source>
        <translation>Système cible</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::IssuesCommand</name>
    <message>
        <source>List the problems found when the export files were loaded.</source>
        <translation>Liste les problèmes détectés lors du chargement des fichiers d&apos;export.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>The snapshot (default: the newest).</source>
        <translation>L&apos;instantané (par défaut&#xa0;: le plus récent).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Only error, warning or info.</source>
        <translation>Uniquement error, warning ou info.</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravité</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Affiche du JSON.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Affiche du CSV.</translation>
    </message>
    <message>
        <source>Also write the rejected rows, one CSV per file, into this folder, to correct and load again.</source>
        <translation>Écrit aussi les lignes rejetées dans ce répertoire, un CSV par fichier, pour les corriger et les charger de nouveau.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>répertoire</translation>
    </message>
    <message>
        <source>issues: give exactly one project file.</source>
        <translation>issues&#xa0;: indiquez exactement un fichier de projet.</translation>
    </message>
    <message>
        <source>issues: %1</source>
        <translation>issues&#xa0;: %1</translation>
    </message>
    <message>
        <source>issues: there is no snapshot %1.</source>
        <translation>issues&#xa0;: l&apos;instantané %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>issues: nothing has been loaded into this project yet.</source>
        <translation>issues&#xa0;: rien n&apos;a encore été chargé dans ce projet.</translation>
    </message>
    <message>
        <source>issues: --severity is error, warning or info.</source>
        <translation>issues&#xa0;: --severity accepte error, warning ou info.</translation>
    </message>
    <message>
        <source>Fix list written: %1</source>
        <translation>Liste de corrections enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Snapshot %1: %2 errors, %3 warnings, %4 notes</source>
        <translation>Instantané %1&#xa0;: %2 erreurs, %3 avertissements, %4 remarques</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::LedgerCommand</name>
    <message>
        <source>Show the import ledger: records per kind and state, and the failures.</source>
        <translation>Affiche le registre d&apos;import&#xa0;: les enregistrements par type et par état, ainsi que les échecs.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Which target&apos;s ledger (the newest by default).</source>
        <translation>La cible dont le registre est affiché (par défaut&#xa0;: la plus récente).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Affiche du JSON.</translation>
    </message>
    <message>
        <source>ledger: give exactly one project file.</source>
        <translation>ledger&#xa0;: indiquez exactement un fichier de projet.</translation>
    </message>
    <message>
        <source>ledger: %1</source>
        <translation>ledger&#xa0;: %1</translation>
    </message>
    <message>
        <source>ledger: there is no ledger for “%1”; the project has: %2</source>
        <translation>ledger&#xa0;: il n&apos;existe aucun registre pour «&#xa0;%1&#xa0;»&#xa0;; le projet contient&#xa0;: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Nothing has been imported from this project yet.</source>
        <translation>Rien n&apos;a encore été importé depuis ce projet.</translation>
    </message>
    <message>
        <source>Ledger of %1</source>
        <translation>Registre de %1</translation>
    </message>
    <message>
        <source>Last import finished %1 UTC</source>
        <translation>Dernier import terminé le %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>Failed: %1 %2 (%3), %n attempt(s): %4</source>
        <translation>
            <numerusform>Échec&#xa0;: %1 %2 (%3), %n tentative&#xa0;: %4</numerusform>
            <numerusform>Échec&#xa0;: %1 %2 (%3), %n tentatives&#xa0;: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::MapsCommand</name>
    <message>
        <source>List import maps: the built-in ones and those saved in a project.</source>
        <translation>Liste les modèles d&apos;import&#xa0;: ceux intégrés à Cutover et ceux enregistrés dans un projet.</translation>
    </message>
    <message>
        <source>Also list the maps saved in this project.</source>
        <translation>Liste aussi les modèles enregistrés dans ce projet.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Print one map as JSON (to save it as a file).</source>
        <translation>Affiche un modèle en JSON (pour l&apos;enregistrer dans un fichier).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Save a map file into the project given with --project.</source>
        <translation>Enregistre un fichier de modèle dans le projet indiqué par --project.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Affiche du JSON.</translation>
    </message>
    <message>
        <source>maps: %1</source>
        <translation>maps&#xa0;: %1</translation>
    </message>
    <message>
        <source>maps: --import needs --project.</source>
        <translation>maps&#xa0;: --import nécessite --project.</translation>
    </message>
    <message>
        <source>Saved the map “%1” (%2) in the project.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» (%2) enregistré dans le projet.</translation>
    </message>
    <message>
        <source>maps: there is no map “%1”.</source>
        <translation>maps&#xa0;: le modèle «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Saved in the project:</source>
        <translation>Enregistrés dans le projet&#xa0;:</translation>
    </message>
    <message>
        <source>Built in:</source>
        <translation>Intégrés à Cutover&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::NewCommand</name>
    <message>
        <source>Create a migration project file.</source>
        <translation>Crée un fichier de projet de migration.</translation>
    </message>
    <message>
        <source>The project file to create (Firm name.cutover).</source>
        <translation>Le fichier de projet à créer (Nom du cabinet.cutover).</translation>
    </message>
    <message>
        <source>The firm&apos;s name.</source>
        <translation>Le nom du cabinet.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>The system the firm leaves: %1. Default: %2.</source>
        <translation>Le système que quitte le cabinet&#xa0;: %1. Par défaut&#xa0;: %2.</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>The system the firm moves to: %1. Default: %2.</source>
        <translation>Le système vers lequel migre le cabinet&#xa0;: %1. Par défaut&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The firm&apos;s IANA time zone. Default: this machine&apos;s (%1).</source>
        <translation>Le fuseau horaire IANA du cabinet. Par défaut&#xa0;: celui de cette machine (%1).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>fuseau</translation>
    </message>
    <message>
        <source>Holiday region for business days: %1. Default: %2.</source>
        <translation>Région des jours fériés pour le calcul des jours ouvrés&#xa0;: %1. Par défaut&#xa0;: %2.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>new: give exactly one project file, e.g. cutover-cli new &quot;Harbor &amp; Pine.cutover&quot; --firm &quot;Harbor &amp; Pine LLP&quot;.</source>
        <translation>new&#xa0;: indiquez exactement un fichier de projet, par exemple cutover-cli new &quot;Harbor &amp; Pine.cutover&quot; --firm &quot;Harbor &amp; Pine LLP&quot;.</translation>
    </message>
    <message>
        <source>new: --firm NAME is required.</source>
        <translation>new&#xa0;: l&apos;option --firm NOM est obligatoire.</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>new&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created %1 for %2.</source>
        <translation>%1 créé pour %2.</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::PlaceholderCommand</name>
    <message>
        <source>The interim period: the placeholder matter, time-tracking templates, interim entries, and moving them to the right matters.</source>
        <translation>La période transitoire&#xa0;: le dossier d&apos;attente, les modèles de suivi du temps, les saisies transitoires et leur déplacement vers les bons dossiers.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>create, templates, load, upload, suggest or reassign.</source>
        <translation>create, templates, load, upload, suggest ou reassign.</translation>
    </message>
    <message>
        <source>load: the filled templates (CSV or XLSX).</source>
        <translation>load&#xa0;: les modèles remplis (CSV ou XLSX).</translation>
    </message>
    <message>
        <source>templates: the folder to write them into.</source>
        <translation>templates&#xa0;: le répertoire dans lequel les écrire.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>répertoire</translation>
    </message>
    <message>
        <source>templates: xlsx, csv or both (default both).</source>
        <translation>templates&#xa0;: xlsx, csv ou both (par défaut&#xa0;: both).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>templates: one workbook per user, the user filled in.</source>
        <translation>templates&#xa0;: un classeur par utilisateur, avec l&apos;utilisateur déjà renseigné.</translation>
    </message>
    <message>
        <source>create: the firm contact&apos;s name (default: the firm&apos;s name, marked as the migration&apos;s).</source>
        <translation>create&#xa0;: le nom du contact du cabinet (par défaut&#xa0;: le nom du cabinet, marqué comme celui de la migration).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>create: the placeholder matter&apos;s description.</source>
        <translation>create&#xa0;: la description du dossier d&apos;attente.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>reassign: accept every undecided suggestion at or above this confidence (80, 80% or 0.8) first.</source>
        <translation>reassign&#xa0;: accepte d&apos;abord chaque suggestion non décidée dont la confiance atteint au moins cette valeur (80, 80% ou 0.8).</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>confiance</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 2).</source>
        <translation>Nombre de requêtes envoyées simultanément (par défaut&#xa0;: 2).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Affiche du JSON.</translation>
    </message>
    <message>
        <source>placeholder: give a project file and an action (%1).</source>
        <translation>placeholder&#xa0;: indiquez un fichier de projet et une action (%1).</translation>
    </message>
    <message>
        <source>placeholder: “%1” is not an action; use one of %2.</source>
        <translation>placeholder&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une action&#xa0;; utilisez l&apos;une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>placeholder load: give the filled templates to load.</source>
        <translation>placeholder load&#xa0;: indiquez les modèles remplis à charger.</translation>
    </message>
    <message>
        <source>placeholder %1: unexpected argument “%2”.</source>
        <translation>placeholder %1&#xa0;: argument inattendu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>placeholder: --concurrency takes a number from 1 to 16.</source>
        <translation>placeholder&#xa0;: --concurrency attend un nombre de 1 à 16.</translation>
    </message>
    <message>
        <source>placeholder: --accept-above goes with reassign.</source>
        <translation>placeholder&#xa0;: --accept-above s&apos;utilise avec reassign.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Client: %1 (id %2)</source>
        <translation>Client&#xa0;: %1 (id %2)</translation>
    </message>
    <message>
        <source>Matter: %1 %2 (id %3), not billable</source>
        <translation>Dossier&#xa0;: %1 %2 (id %3), non facturable</translation>
    </message>
    <message>
        <source>%1: give the folder to write into with --out.</source>
        <translation>%1&#xa0;: indiquez avec --out le répertoire dans lequel écrire.</translation>
    </message>
    <message>
        <source>%1: --format is xlsx, csv or both.</source>
        <translation>%1&#xa0;: --format accepte xlsx, csv ou both.</translation>
    </message>
    <message>
        <source>%1: the folder “%2” cannot be made.</source>
        <translation>%1&#xa0;: le répertoire «&#xa0;%2&#xa0;» ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Templates for %1 users, %2 clients and %3 matters:</source>
        <translation>Modèles pour %1 utilisateurs, %2 clients et %3 dossiers&#xa0;:</translation>
    </message>
    <message>
        <source>%1: there is no file “%2”.</source>
        <translation>%1&#xa0;: le fichier «&#xa0;%2&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Refused: %1, row %2, column %3: %4</source>
        <translation>Refus&#xa0;: %1, ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Warning: %1, row %2, column %3: %4</source>
        <translation>Avertissement&#xa0;: %1, ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Failed: %1 (%2): %3</source>
        <translation>Échec&#xa0;: %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>no suggestion</source>
        <translation>aucune suggestion</translation>
    </message>
    <message>
        <source> — billed in Clio: it cannot be moved</source>
        <translation> — facturée dans Clio&#xa0;: elle ne peut pas être déplacée</translation>
    </message>
    <message>
        <source> — moved</source>
        <translation> — déplacée</translation>
    </message>
    <message>
        <source>%1: --accept-above takes a confidence from 0 to 100 (80, 80% or 0.8), not “%2”.</source>
        <translation>%1&#xa0;: --accept-above attend un degré de confiance de 0 à 100 (80, 80% ou 0.8), et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1: no entries on the placeholder have been listed yet; run “placeholder suggest” first.</source>
        <translation>%1&#xa0;: aucune saisie du dossier d&apos;attente n&apos;a encore été listée&#xa0;; lancez d&apos;abord «&#xa0;placeholder suggest&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s) at or above %1%.</source>
        <translation>
            <numerusform>%n suggestion acceptée avec une confiance d&apos;au moins %1&#xa0;%.</numerusform>
            <numerusform>%n suggestions acceptées avec une confiance d&apos;au moins %1&#xa0;%.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: entry %1 (%2, %3): %4</source>
        <translation>Refus&#xa0;: saisie %1 (%2, %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Failed: entry %1 (%2, %3): %4</source>
        <translation>Échec&#xa0;: saisie %1 (%2, %3)&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::PreviewCommand</name>
    <message>
        <source>Print an export file&apos;s cells exactly as Cutover reads them.</source>
        <translation>Affiche les cellules d&apos;un fichier d&apos;export exactement comme Cutover les lit.</translation>
    </message>
    <message>
        <source>A CSV or XLSX export file.</source>
        <translation>Un fichier d&apos;export CSV ou XLSX.</translation>
    </message>
    <message>
        <source>The workbook sheet to read (default: the first).</source>
        <translation>La feuille du classeur à lire (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>The text encoding: %1 (default: detected).</source>
        <translation>L&apos;encodage du texte&#xa0;: %1 (par défaut&#xa0;: détecté automatiquement).</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>encodage</translation>
    </message>
    <message>
        <source>The field delimiter: , ; tab or | (default: detected).</source>
        <translation>Le séparateur de champs&#xa0;: , ; tab ou | (par défaut&#xa0;: détecté automatiquement).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>car</translation>
    </message>
    <message>
        <source>At most this many rows, the header included (default 20; 0 = all).</source>
        <translation>Nombre maximal de lignes, en-tête compris (par défaut 20&#xa0;; 0 = toutes).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print a JSON array of rows, each an array of strings.</source>
        <translation>Affiche un tableau JSON de lignes, chacune étant un tableau de chaînes.</translation>
    </message>
    <message>
        <source>preview: give exactly one file.</source>
        <translation>preview&#xa0;: indiquez exactement un fichier.</translation>
    </message>
    <message>
        <source>preview: the delimiter must be one of , ; tab |.</source>
        <translation>preview&#xa0;: le séparateur doit être l&apos;un des suivants&#xa0;: , ; tab |.</translation>
    </message>
    <message>
        <source>preview: --limit takes a whole number.</source>
        <translation>preview&#xa0;: --limit attend un nombre entier.</translation>
    </message>
    <message>
        <source>preview: %1: %2</source>
        <translation>preview&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avertissement&#xa0;: %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::ReviewCommand</name>
    <message>
        <source>Reconcile the target with the source to the cent, draw spot checks, write the review report.</source>
        <translation>Rapproche la cible de la source au centime près, tire des contrôles ponctuels et rédige le rapport de vérification.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Review a CSV import package in this folder instead of Clio.</source>
        <translation>Vérifie un paquet d&apos;import CSV situé dans ce répertoire au lieu de Clio.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>répertoire</translation>
    </message>
    <message>
        <source>Do not read the target again: compare against its newest reading.</source>
        <translation>Ne relit pas la cible&#xa0;: compare avec sa lecture la plus récente.</translation>
    </message>
    <message>
        <source>Write the review report as PDF.</source>
        <translation>Écrit le rapport de vérification en PDF.</translation>
    </message>
    <message>
        <source>file.pdf</source>
        <translation>fichier.pdf</translation>
    </message>
    <message>
        <source>Write the review report as CSV.</source>
        <translation>Écrit le rapport de vérification en CSV.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Write the correction list (CSV): flagged checks and differences.</source>
        <translation>Écrit la liste des corrections (CSV)&#xa0;: contrôles signalés et différences.</translation>
    </message>
    <message>
        <source>Draw a new spot-check sample of this many records per entity.</source>
        <translation>Tire un nouvel échantillon de contrôles ponctuels comptant ce nombre d&apos;enregistrements par type.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The sample&apos;s seed (default: a random one, printed so the draw can be repeated).</source>
        <translation>La graine de l&apos;échantillon (par défaut&#xa0;: une graine aléatoire, affichée pour que le tirage puisse être reproduit).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Affiche du JSON.</translation>
    </message>
    <message>
        <source>review: give exactly one project file.</source>
        <translation>review&#xa0;: indiquez exactement un fichier de projet.</translation>
    </message>
    <message>
        <source>review: give either --package or --base-url, not both.</source>
        <translation>review&#xa0;: indiquez soit --package, soit --base-url, mais pas les deux.</translation>
    </message>
    <message>
        <source>review: --sample takes a number from 1 to 1000.</source>
        <translation>review&#xa0;: --sample attend un nombre de 1 à 1000.</translation>
    </message>
    <message>
        <source>review: --seed takes a whole number.</source>
        <translation>review&#xa0;: --seed attend un nombre entier.</translation>
    </message>
    <message>
        <source>review: --seed goes with --sample.</source>
        <translation>review&#xa0;: --seed s&apos;utilise avec --sample.</translation>
    </message>
    <message>
        <source>review: the PDF report cannot be drawn without a graphical application object.</source>
        <translation>review&#xa0;: le rapport PDF ne peut pas être produit sans objet d&apos;application graphique.</translation>
    </message>
    <message>
        <source>review: %1</source>
        <translation>review&#xa0;: %1</translation>
    </message>
    <message>
        <source>review: reading %1: %2</source>
        <translation>review&#xa0;: lecture de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Review of %1 (%2), target read %3 (reading %4)</source>
        <translation>Vérification de %1 (%2), cible lue le %3 (lecture %4)</translation>
    </message>
    <message>
        <source>Result: reconciles.</source>
        <translation>Résultat&#xa0;: tout concorde.</translation>
    </message>
    <message>
        <source>Result: 1 difference, %1 unexplained.</source>
        <translation>Résultat&#xa0;: 1 différence, %1 sans explication.</translation>
    </message>
    <message>
        <source>Result: %1 differences, %2 unexplained.</source>
        <translation>Résultat&#xa0;: %1 différences, dont %2 sans explication.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Appariés</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquants</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>En trop</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Money (all clients)</source>
        <translation>Montants (tous clients)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Unbilled hours</source>
        <translation>Heures non facturées</translation>
    </message>
    <message>
        <source>Unbilled time value</source>
        <translation>Temps non facturé (valeur)</translation>
    </message>
    <message>
        <source>Unbilled expenses</source>
        <translation>Frais non facturés</translation>
    </message>
    <message>
        <source>Receivable carried over</source>
        <translation>Créances reportées</translation>
    </message>
    <message>
        <source>Opening trust balance</source>
        <translation>Fidéicommis (ouverture)</translation>
    </message>
    <message>
        <source>hours %1 → %2</source>
        <translation>heures %1 → %2</translation>
    </message>
    <message>
        <source>time value %1 → %2 (%3)</source>
        <translation>valeur du temps %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>expenses %1 → %2 (%3)</source>
        <translation>frais %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>receivable %1 → %2 (%3)</source>
        <translation>créances %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>trust %1 not entered in the target</source>
        <translation>fidéicommis %1 non saisi dans la cible</translation>
    </message>
    <message>
        <source>trust %1 → %2 (%3)</source>
        <translation>fidéicommis %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Client %1 %2: %3</source>
        <translation>Client %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Differences:</source>
        <translation>Différences&#xa0;:</translation>
    </message>
    <message>
        <source>: %1 %2 → %3</source>
        <translation>&#xa0;: %1 %2 → %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> — unexplained</source>
        <translation> — sans explication</translation>
    </message>
    <message>
        <source> — explained: %1</source>
        <translation> — expliquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Spot checks drawn with seed %1 (%2 per entity; repeat with --sample %2 --seed %1):</source>
        <translation>Contrôles ponctuels tirés avec la graine %1 (%2 par type&#xa0;; pour refaire le même tirage&#xa0;: --sample %2 --seed %1)&#xa0;:</translation>
    </message>
    <message>
        <source>Spot checks:</source>
        <translation>Contrôles ponctuels&#xa0;:</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2.</source>
        <translation>Vérification validée par %1 le %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) to make.</source>
        <translation>
            <numerusform>%n correction à apporter.</numerusform>
            <numerusform>%n corrections à apporter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: %2</source>
        <translation>Fichier écrit (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::RollbackCommand</name>
    <message>
        <source>Delete everything the import created in Clio, while the review window is open.</source>
        <translation>Supprime tout ce que l&apos;import a créé dans Clio, tant que la période de vérification est ouverte.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Affiche du JSON.</translation>
    </message>
    <message>
        <source>rollback: give exactly one project file.</source>
        <translation>rollback&#xa0;: indiquez exactement un fichier de projet.</translation>
    </message>
    <message>
        <source>rollback: %1</source>
        <translation>rollback&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rollback of %1: %2</source>
        <translation>Retour arrière sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::StageCommand</name>
    <message>
        <source>Load export files into a snapshot of the project, validating every row.</source>
        <translation>Charge des fichiers d&apos;export dans un instantané du projet, en validant chaque ligne.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Export files, folders of them, or a backup .zip of CSV files.</source>
        <translation>Des fichiers d&apos;export, des répertoires qui en contiennent, ou une sauvegarde .zip de fichiers CSV.</translation>
    </message>
    <message>
        <source>The import map: a built-in or saved map&apos;s id, a map file (.json), or auto (default) to recognise each file by its headers.</source>
        <translation>Le modèle d&apos;import&#xa0;: l&apos;id d&apos;un modèle intégré ou enregistré, un fichier de modèle (.json), ou auto (par défaut) pour reconnaître chaque fichier d&apos;après ses en-têtes.</translation>
    </message>
    <message>
        <source>map</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>trial (default), final or delta.</source>
        <translation>trial (par défaut), final ou delta.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Add the files to this existing snapshot (e.g. a corrected fix list).</source>
        <translation>Ajoute les fichiers à cet instantané existant (p. ex. une liste de corrections une fois corrigée).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The workbook sheet to read.</source>
        <translation>La feuille du classeur à lire.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>The text encoding of CSV files (default: detected).</source>
        <translation>L&apos;encodage du texte des fichiers CSV (par défaut&#xa0;: détecté automatiquement).</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>encodage</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Affiche le résultat en JSON.</translation>
    </message>
    <message>
        <source>stage: give a project file and at least one export file.</source>
        <translation>stage&#xa0;: indiquez un fichier de projet et au moins un fichier d&apos;export.</translation>
    </message>
    <message>
        <source>stage: --snapshot is trial, final or delta.</source>
        <translation>stage&#xa0;: --snapshot accepte trial, final ou delta.</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>stage&#xa0;: %1</translation>
    </message>
    <message>
        <source>stage: there is no map “%1”; `cutover-cli maps` lists them.</source>
        <translation>stage&#xa0;: le modèle «&#xa0;%1&#xa0;» n&apos;existe pas&#xa0;; `cutover-cli maps` en donne la liste.</translation>
    </message>
    <message>
        <source>stage: --append-to takes a snapshot number.</source>
        <translation>stage&#xa0;: --append-to attend un numéro d&apos;instantané.</translation>
    </message>
    <message>
        <source>, %1 s left</source>
        <translation>, encore %1 s</translation>
    </message>
    <message>
        <source>%1: %2% · %3 rows · %4 rows/s%5   </source>
        <translation>%1&#xa0;: %2&#xa0;% · %3 lignes · %4 lignes/s%5   </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>  %1%2: %3 via “%4”, %5 staged, %6 rejected
</source>
        <translation>  %1%2&#xa0;: %3 via «&#xa0;%4&#xa0;», %5 lignes chargées, %6 rejetées
</translation>
    </message>
    <message>
        <source>In snapshot %1:</source>
        <translation>Dans l&apos;instantané %1&#xa0;:</translation>
    </message>
    <message>
        <source>Issues: %1 errors, %2 warnings, %3 notes</source>
        <translation>Problèmes&#xa0;: %1 erreurs, %2 avertissements, %3 remarques</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::StepCommand</name>
    <message>
        <source>Mark a step not started, in progress or done.</source>
        <translation>Marque une étape comme non commencée, en cours ou terminée.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Valeurs possibles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>step: give the project, the step and its state, e.g. cutover-cli step x.cutover closeout done.</source>
        <translation>step&#xa0;: indiquez le projet, l&apos;étape et son état, par exemple cutover-cli step x.cutover closeout done.</translation>
    </message>
    <message>
        <source>step: “%1” is not a step; use one of %2.</source>
        <translation>step&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une étape&#xa0;; utilisez l&apos;une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>step: “%1” is not a state; use one of %2.</source>
        <translation>step&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un état&#xa0;; utilisez l&apos;un des suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>step: %1</source>
        <translation>step&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::UsersCommand</name>
    <message>
        <source>Show or set which Clio user each source user&apos;s time goes to (suggested from Clio&apos;s users).</source>
        <translation>Affiche ou définit l&apos;utilisateur Clio auquel est attribué le temps de chaque utilisateur d&apos;origine (avec des suggestions tirées des utilisateurs de Clio).</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Map a source user to a Clio user id (repeatable).</source>
        <translation>Associe un utilisateur d&apos;origine à un ID d&apos;utilisateur Clio (option répétable).</translation>
    </message>
    <message>
        <source>source=target</source>
        <translation>source=cible</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Affiche du JSON.</translation>
    </message>
    <message>
        <source>users: give exactly one project file.</source>
        <translation>users&#xa0;: indiquez exactement un fichier de projet.</translation>
    </message>
    <message>
        <source>users: --map takes SOURCE=TARGETID, not “%1”.</source>
        <translation>users&#xa0;: --map attend SOURCE=IDCIBLE, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>users: %1</source>
        <translation>users&#xa0;: %1</translation>
    </message>
    <message>
        <source>users: the connection to Clio could not be made.</source>
        <translation>users&#xa0;: la connexion à Clio n&apos;a pas pu être établie.</translation>
    </message>
    <message>
        <source>users: there is no source user “%1”.</source>
        <translation>users&#xa0;: il n&apos;existe aucun utilisateur d&apos;origine «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>users: Clio has no user with id “%1”.</source>
        <translation>users&#xa0;: Clio n&apos;a aucun utilisateur dont l&apos;ID est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n saisie</numerusform>
            <numerusform>%n saisies</numerusform>
        </translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(non associé)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with entries to import have no Clio user yet; map them with --map SOURCE=ID.</source>
        <translation>
            <numerusform>%n utilisateur ayant des saisies à importer n&apos;a pas encore d&apos;utilisateur Clio&#xa0;; associez-le avec --map SOURCE=ID.</numerusform>
            <numerusform>%n utilisateurs ayant des saisies à importer n&apos;ont pas encore d&apos;utilisateur Clio&#xa0;; associez-les avec --map SOURCE=ID.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ClientSelectionModel</name>
    <message>
        <source>Moves</source>
        <translation>Migre</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>%1 moves to the new system</source>
        <translation>%1 migre vers le nouveau système</translation>
    </message>
    <message>
        <source>%1 is left out of the migration</source>
        <translation>%1 est écarté de la migration</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrer</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Numéro de client</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>Cutover::ClioAuth</name>
    <message>
        <source>No Clio developer application is saved for this project yet: enter its client id and secret first.</source>
        <translation>Aucune application de développeur Clio n&apos;est encore enregistrée pour ce projet&#xa0;: saisissez d&apos;abord son ID client et son secret client.</translation>
    </message>
    <message>
        <source>The Clio developer application&apos;s secret is not saved: enter it again.</source>
        <translation>Le secret de l&apos;application de développeur Clio n&apos;est pas enregistré&#xa0;: saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>Clio did not authorise Cutover: %1</source>
        <translation>Clio n&apos;a pas autorisé Cutover&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cutover could not listen on 127.0.0.1 for Clio&apos;s answer; use the code from Clio&apos;s approval page instead.</source>
        <translation>Cutover n&apos;a pas pu écouter sur 127.0.0.1 pour recevoir la réponse de Clio&#xa0;; utilisez plutôt le code affiché sur la page d&apos;autorisation de Clio.</translation>
    </message>
    <message>
        <source>Cutover is connected to Clio. You can close this window.</source>
        <translation>Cutover est connecté à Clio. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>No Clio refresh token is saved: connect to Clio again.</source>
        <translation>Aucun jeton d&apos;actualisation Clio n&apos;est enregistré&#xa0;: connectez-vous de nouveau à Clio.</translation>
    </message>
    <message>
        <source>Cutover is not connected to Clio yet.</source>
        <translation>Cutover n&apos;est pas encore connecté à Clio.</translation>
    </message>
    <message>
        <source>Connecting to Clio was cancelled.</source>
        <translation>La connexion à Clio a été annulée.</translation>
    </message>
    <message>
        <source>Cutover could not reach Clio at %1: %2</source>
        <translation>Cutover n&apos;a pas pu joindre Clio à l&apos;adresse %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Clio refused the code or refresh token (%1): it may have been used already or expired; connect to Clio again.</source>
        <translation>Clio a refusé le code ou le jeton d&apos;actualisation (%1)&#xa0;: il a peut-être déjà été utilisé ou a expiré&#xa0;; connectez-vous de nouveau à Clio.</translation>
    </message>
    <message>
        <source>Clio refused the developer application (%1): check its client id and secret, and that it was made in the same Clio region (%2).</source>
        <translation>Clio a refusé l&apos;application de développeur (%1)&#xa0;: vérifiez son ID client et son secret client, et qu&apos;elle a bien été créée dans la même région Clio (%2).</translation>
    </message>
    <message>
        <source>Clio refused to hand out a token: %1</source>
        <translation>Clio a refusé de délivrer un jeton&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Cutover::ClioConnector</name>
    <message>
        <source>Clio (%1)</source>
        <translation>Clio (%1)</translation>
    </message>
    <message>
        <source>Clio at %1</source>
        <translation>Clio à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation>la réponse a été tronquée</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>matter</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>time entry</source>
        <translation>saisie de temps</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>saisie de frais</translation>
    </message>
    <message>
        <source>balance carried forward</source>
        <translation>solde reporté</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>répertoire</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation>%1 «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <source>Cancelled before Clio answered about %1.</source>
        <translation>Annulé avant que Clio ait répondu (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Clio did not answer in time about %1 (after %n attempt(s)).</source>
        <translation>
            <numerusform>Clio n&apos;a pas répondu à temps (%1) après %n tentative.</numerusform>
            <numerusform>Clio n&apos;a pas répondu à temps (%1) après %n tentatives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection to Clio failed while sending %1 (after %n attempt(s)): %2.</source>
        <translation>
            <numerusform>La connexion à Clio a échoué lors d&apos;un envoi (%1), après %n tentative&#xa0;: %2.</numerusform>
            <numerusform>La connexion à Clio a échoué lors d&apos;un envoi (%1), après %n tentatives&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Clio refused %1: %2</source>
        <translation>Clio a refusé la requête (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Clio did not accept the access token while handling %1: it is invalid or has expired, or it belongs to another Clio region than %2. Connect to Clio again. (Clio said: %3)</source>
        <translation>Clio n&apos;a pas accepté le jeton d&apos;accès lors du traitement de la requête (%1)&#xa0;: il n&apos;est pas valide ou a expiré, ou il appartient à une autre région Clio que %2. Connectez-vous de nouveau à Clio. (Réponse de Clio&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Clio did not allow %1: the connection lacks the permission (scope) for it, or your Clio user&apos;s role does not allow it. Check the developer application&apos;s permissions, then connect again. (Clio said: %2)</source>
        <translation>Clio n&apos;a pas autorisé la requête (%1)&#xa0;: la connexion n&apos;a pas l&apos;autorisation (scope) nécessaire, ou le rôle de votre utilisateur Clio ne le permet pas. Vérifiez les autorisations de l&apos;application de développeur, puis connectez-vous de nouveau. (Réponse de Clio&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Clio does not know %1 (not found): %2</source>
        <translation>Élément introuvable dans Clio (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Clio no longer supports API version %1 that this version of Cutover speaks; update Cutover. (Clio said: %2)</source>
        <translation>Clio ne prend plus en charge la version %1 de l&apos;API qu&apos;utilise cette version de Cutover&#xa0;; mettez Cutover à jour. (Réponse de Clio&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 was changed in Clio since it was read: %2</source>
        <translation>Élément modifié dans Clio depuis sa lecture (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Clio kept refusing requests over its rate limit while sending %1: %2</source>
        <translation>Clio a continué de refuser les requêtes au-delà de sa limite de requêtes lors d&apos;un envoi (%1)&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Clio had a server error (HTTP %1) with %2, after %n attempt(s): %3</source>
        <translation>
            <numerusform>Clio a rencontré une erreur de serveur (HTTP %1) sur la requête (%2), après %n tentative&#xa0;: %3</numerusform>
            <numerusform>Clio a rencontré une erreur de serveur (HTTP %1) sur la requête (%2), après %n tentatives&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Clio answered HTTP %1 to %2: %3</source>
        <translation>Clio a répondu HTTP %1 à la requête (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Users cannot be created through Clio&apos;s API; invite them in Clio.</source>
        <translation>Les utilisateurs ne peuvent pas être créés par l&apos;API de Clio&#xa0;; invitez-les dans Clio.</translation>
    </message>
    <message>
        <source>it has no client in Clio yet (its client was not imported)</source>
        <translation>son client n&apos;existe pas encore dans Clio (il n&apos;a pas été importé)</translation>
    </message>
    <message>
        <source>it has no matter in Clio yet (its matter was not imported)</source>
        <translation>son dossier n&apos;existe pas encore dans Clio (il n&apos;a pas été importé)</translation>
    </message>
    <message>
        <source>Balance brought forward from previous software</source>
        <translation>Solde reporté de l&apos;ancien logiciel</translation>
    </message>
    <message>
        <source>Balance brought forward from %1</source>
        <translation>Solde reporté de %1</translation>
    </message>
    <message>
        <source>it belongs to no matter or contact in Clio</source>
        <translation>aucun dossier ni contact ne lui correspond dans Clio</translation>
    </message>
    <message>
        <source>it has no folder, matter or contact to go into in Clio</source>
        <translation>aucun répertoire, dossier ou contact de Clio ne peut l&apos;accueillir</translation>
    </message>
    <message>
        <source>the connection test</source>
        <translation>test de connexion</translation>
    </message>
    <message>
        <source>the contact custom field “%1”</source>
        <translation>champ personnalisé de contact «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot send %1 to Clio: %2.</source>
        <translation>Envoi impossible vers Clio (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Clio gave no upload address for %1.</source>
        <translation>Clio n&apos;a fourni aucune adresse de téléversement (%1).</translation>
    </message>
    <message>
        <source>the file of %1</source>
        <translation>fichier de %1</translation>
    </message>
    <message>
        <source>the search for a %1</source>
        <translation>recherche de %1</translation>
    </message>
    <message>
        <source>the list of %1</source>
        <translation>liste «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Cutover::CloseOutAnalysis</name>
    <message>
        <source>The close-out analysis cannot read the project file: %1</source>
        <translation>L&apos;analyse de clôture ne peut pas lire le fichier de projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing has been loaded into this project yet: load a trial export first.</source>
        <translation>Rien n&apos;a encore été chargé dans ce projet&#xa0;: chargez d&apos;abord un export d&apos;essai.</translation>
    </message>
    <message>
        <source>There is no snapshot %1 in this project.</source>
        <translation>Ce projet ne contient pas d&apos;instantané %1.</translation>
    </message>
    <message>
        <source>Snapshot %1 is still loading.</source>
        <translation>L&apos;instantané %1 est encore en cours de chargement.</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(aucun client)</translation>
    </message>
    <message numerus="yes">
        <source>%n unbilled time entry(s) with no rate: their amount is taken as 0.</source>
        <translation>
            <numerusform>%n saisie de temps non facturée n&apos;a pas de taux&#xa0;: son montant est compté comme 0.</numerusform>
            <numerusform>%n saisies de temps non facturées n&apos;ont pas de taux&#xa0;: leur montant est compté comme 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trust balance of %1 is overdrawn: %2.</source>
        <translation>Le solde en fidéicommis de %1 est à découvert&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The trust balance %1 holds outside any matter is overdrawn: %2.</source>
        <translation>Le solde en fidéicommis que %1 détient hors de tout dossier est à découvert&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The trust balance of matter %1 (%2) is overdrawn: %3.</source>
        <translation>Le solde en fidéicommis du dossier %1 (%2) est à découvert&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice number(s) do not end in digits (such as “%1”); no next number can be given for them.</source>
        <translation>
            <numerusform>%n numéro de facture ne se termine pas par des chiffres (par exemple «&#xa0;%1&#xa0;»)&#xa0;; aucun numéro suivant ne peut être indiqué pour lui.</numerusform>
            <numerusform>%n numéros de facture ne se terminent pas par des chiffres (par exemple «&#xa0;%1&#xa0;»)&#xa0;; aucun numéro suivant ne peut être indiqué pour eux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) with open items are not in the clients file: %1.</source>
        <translation>
            <numerusform>%n client ayant des éléments en suspens est absent du fichier des clients&#xa0;: %1.</numerusform>
            <numerusform>%n clients ayant des éléments en suspens sont absents du fichier des clients&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding up unbilled time</source>
        <translation>Totalisation du temps non facturé</translation>
    </message>
    <message>
        <source>Counting the users&apos; time entries</source>
        <translation>Décompte des saisies de temps des utilisateurs</translation>
    </message>
    <message>
        <source>Adding up unbilled expenses</source>
        <translation>Totalisation des frais non facturés</translation>
    </message>
    <message>
        <source>Adding up invoices</source>
        <translation>Totalisation des factures</translation>
    </message>
    <message>
        <source>Adding up payments and credits</source>
        <translation>Totalisation des paiements et avoirs</translation>
    </message>
    <message>
        <source>Adding up trust</source>
        <translation>Totalisation du fidéicommis</translation>
    </message>
    <message>
        <source>Reading clients, matters and users</source>
        <translation>Lecture des clients, dossiers et utilisateurs</translation>
    </message>
    <message>
        <source>Putting the report together</source>
        <translation>Préparation du rapport</translation>
    </message>
    <message>
        <source>The project file cannot be opened for the close-out analysis: %1</source>
        <translation>Le fichier de projet ne peut pas être ouvert pour l&apos;analyse de clôture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was analysed.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été analysé.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1: %n client(s) with open items; %2 unbilled, %3 receivable, %4 in trust.</source>
        <translation>
            <numerusform>Instantané %1&#xa0;: %n client ayant des éléments en suspens&#xa0;; %2 non facturés, %3 de créances, %4 en fidéicommis.</numerusform>
            <numerusform>Instantané %1&#xa0;: %n clients ayant des éléments en suspens&#xa0;; %2 non facturés, %3 de créances, %4 en fidéicommis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) missing billing details.</source>
        <translation>
            <numerusform>%n client aux informations de facturation incomplètes.</numerusform>
            <numerusform>%n clients aux informations de facturation incomplètes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::CloseOutPage</name>
    <message>
        <source>Finish the work in the old system before the final export.</source>
        <translation>Terminez le travail dans l&apos;ancien système avant l&apos;export final.</translation>
    </message>
    <message>
        <source>Invoice outstanding time and expenses, apply credits and trust payments to open bills, save the banking and trust reports, and turn off calendar and contact syncs. Cutover analyses a trial export to show what is still open per client, keeps the checklist and the approvals of the billing contact and every administrator, and files the reports you saved for the new system&apos;s Historical Data folder.</source>
        <translation>Facturez le temps et les frais en attente, imputez les avoirs et les paiements par fidéicommis aux factures non soldées, enregistrez les rapports bancaires et de fidéicommis, et désactivez les synchronisations d&apos;agenda et de contacts. Cutover analyse un export d&apos;essai pour montrer ce qui reste ouvert pour chaque client, tient la liste de contrôle et les approbations du contact de facturation et de chaque administrateur, et classe les rapports que vous avez enregistrés pour le répertoire Historical Data du nouveau système.</translation>
    </message>
    <message>
        <source>&amp;Analyse again</source>
        <translation>&amp;Analyser de nouveau</translation>
    </message>
    <message>
        <source>Reads the newest snapshot again (load a fresh trial export on the Export step first).</source>
        <translation>Relit l&apos;instantané le plus récent (chargez d&apos;abord un nouvel export d&apos;essai à l&apos;étape Export).</translation>
    </message>
    <message>
        <source>Open items per client</source>
        <translation>Éléments en suspens par client</translation>
    </message>
    <message>
        <source>Clients with open items or missing billing details appear here once a snapshot is analysed.</source>
        <translation>Les clients ayant des éléments en suspens ou des informations de facturation incomplètes apparaissent ici une fois un instantané analysé.</translation>
    </message>
    <message>
        <source>Open items per matter of the client</source>
        <translation>Éléments en suspens par dossier du client</translation>
    </message>
    <message>
        <source>Select a client to see its matters.</source>
        <translation>Sélectionnez un client pour voir ses dossiers.</translation>
    </message>
    <message>
        <source>Which figure&apos;s rows to show</source>
        <translation>Montant dont les lignes sont affichées</translation>
    </message>
    <message>
        <source>Rows behind the figure</source>
        <translation>Lignes à l&apos;origine du montant</translation>
    </message>
    <message>
        <source>Select a client (and a matter) to see the rows behind its figures.</source>
        <translation>Sélectionnez un client (et un dossier) pour voir les lignes à l&apos;origine de ses montants.</translation>
    </message>
    <message>
        <source>&amp;Open items</source>
        <translation>Éléments en s&amp;uspens</translation>
    </message>
    <message>
        <source>Invoice numbering</source>
        <translation>Numérotation des factures</translation>
    </message>
    <message>
        <source>No invoices in the snapshot.</source>
        <translation>Aucune facture dans l&apos;instantané.</translation>
    </message>
    <message>
        <source>Users in the export</source>
        <translation>Utilisateurs de l&apos;export</translation>
    </message>
    <message>
        <source>No users in the snapshot.</source>
        <translation>Aucun utilisateur dans l&apos;instantané.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invoice numbering&lt;/b&gt; — set the new system to follow on from these:</source>
        <translation>&lt;b&gt;Numérotation des factures&lt;/b&gt; — configurez le nouveau système pour qu&apos;il prenne la suite de ces numéros&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users&lt;/b&gt; — active or not, with the e-mail each will sign in with:</source>
        <translation>&lt;b&gt;Utilisateurs&lt;/b&gt; — actifs ou non, avec l&apos;adresse courriel que chacun utilisera pour se connecter&#xa0;:</translation>
    </message>
    <message>
        <source>Close-out checklist</source>
        <translation>Liste de contrôle de la clôture</translation>
    </message>
    <message>
        <source>Tick an item (Space) once it is done in the old system; who ticked it and when is kept.</source>
        <translation>Cochez un élément (Espace) une fois qu&apos;il est fait dans l&apos;ancien système&#xa0;; l&apos;auteur et la date de la coche sont conservés.</translation>
    </message>
    <message>
        <source>A note on the selected item, e.g. where the report is filed.</source>
        <translation>Une note sur l&apos;élément sélectionné, p. ex. l&apos;endroit où le rapport est classé.</translation>
    </message>
    <message>
        <source>Reports saved from the old system (trust ledger, bank reconciliation, aged receivables...) are copied into the project with their SHA-256; the import uploads them to a “Historical Data” folder.</source>
        <translation>Les rapports enregistrés depuis l&apos;ancien système (grand livre du fidéicommis, rapprochement bancaire, balance âgée des créances...) sont copiés dans le projet avec leur SHA-256&#xa0;; l&apos;import les téléverse dans un répertoire «&#xa0;Historical Data&#xa0;».</translation>
    </message>
    <message>
        <source>Historical Data reports</source>
        <translation>Rapports Historical Data</translation>
    </message>
    <message>
        <source>Attach the reports you saved from the old system.</source>
        <translation>Joignez les rapports que vous avez enregistrés depuis l&apos;ancien système.</translation>
    </message>
    <message>
        <source>A&amp;ttach reports…</source>
        <translation>&amp;Joindre des rapports…</translation>
    </message>
    <message>
        <source>Copies the chosen files into the project.</source>
        <translation>Copie les fichiers choisis dans le projet.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Enregistrer une co&amp;pie…</translation>
    </message>
    <message>
        <source>Writes the selected report from the project to a file.</source>
        <translation>Enregistre dans un fichier le rapport sélectionné du projet.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>R&amp;etirer</translation>
    </message>
    <message>
        <source>Takes the selected report out of the project.</source>
        <translation>Retire du projet le rapport sélectionné.</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>Approbateurs</translation>
    </message>
    <message>
        <source>List the billing contact of the old system&apos;s account and every system administrator.</source>
        <translation>Listez le contact de facturation du compte de l&apos;ancien système et chaque administrateur système.</translation>
    </message>
    <message>
        <source>Lists someone who must approve.</source>
        <translation>Ajoute à la liste une personne dont l&apos;approbation est requise.</translation>
    </message>
    <message>
        <source>Lists the users of the newest snapshot whose role is an administrator.</source>
        <translation>Ajoute à la liste les utilisateurs de l&apos;instantané le plus récent dont le rôle est administrateur.</translation>
    </message>
    <message>
        <source>Records when and how the selected person approved.</source>
        <translation>Enregistre quand et comment la personne sélectionnée a donné son approbation.</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Marks the selected approval as withdrawn.</source>
        <translation>Marque l&apos;approbation sélectionnée comme révoquée.</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Takes the selected person off the list.</source>
        <translation>Retire de la liste la personne sélectionnée.</translation>
    </message>
    <message>
        <source>Puts an e-mail text with the figures on the clipboard.</source>
        <translation>Place dans le presse-papiers un texte de courriel contenant les montants.</translation>
    </message>
    <message>
        <source>O&amp;verride…</source>
        <translation>Dér&amp;oger…</translation>
    </message>
    <message>
        <source>Lets the import start without the checklist or the approvals; the reason is audited.</source>
        <translation>Permet de lancer l&apos;import sans la liste de contrôle ni les approbations&#xa0;; le motif est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>A&amp;pprovals</source>
        <translation>Appro&amp;bations</translation>
    </message>
    <message>
        <source>Attach reports saved from the old system</source>
        <translation>Joindre des rapports enregistrés depuis l&apos;ancien système</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.csv *.xlsx *.xls *.txt *.html);;All files (*)</source>
        <translation>Rapports (*.pdf *.csv *.xlsx *.xls *.txt *.html);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation>Pas encore analysé.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Analyse annulée.</translation>
    </message>
    <message>
        <source>Analysed: %1 snapshot %2, loaded %3.</source>
        <translation>Analyse&#xa0;: instantané %2 (%1), chargé le %3.</translation>
    </message>
    <message>
        <source>Unbilled time</source>
        <translation>Temps non facturé</translation>
    </message>
    <message>
        <source>Unbilled expenses</source>
        <translation>Frais non facturés</translation>
    </message>
    <message>
        <source>Draft invoices</source>
        <translation>Factures en brouillon</translation>
    </message>
    <message>
        <source>%1 to finalise or delete</source>
        <translation>%1 à finaliser ou à supprimer</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Créances</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Non imputé</translation>
    </message>
    <message>
        <source>apply to open bills</source>
        <translation>à imputer aux factures non soldées</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Fidéicommis</translation>
    </message>
    <message>
        <source>carries over as opening balance</source>
        <translation>reporté en solde d&apos;ouverture</translation>
    </message>
    <message>
        <source>Missing billing details</source>
        <translation>Informations de facturation manquantes</translation>
    </message>
    <message>
        <source>The snapshot has no %1, so their figures are not known.</source>
        <translation>L&apos;instantané ne contient aucune donnée pour&#xa0;: %1&#xa0;; ces montants sont donc inconnus.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1 in all.</source>
        <translation>
            <numerusform>%n ligne, %1 au total.</numerusform>
            <numerusform>%n lignes, %1 au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reports (%1)</source>
        <translation>&amp;Rapports (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready:&lt;/b&gt; the checklist is complete and every approval is recorded. The import can start.</source>
        <translation>&lt;b&gt;Prêt&#xa0;:&lt;/b&gt; la liste de contrôle est complète et toutes les approbations sont enregistrées. L&apos;import peut commencer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overridden&lt;/b&gt; by %1 on %2: “%3”. Still open:</source>
        <translation>&lt;b&gt;Dérogation&lt;/b&gt; accordée par %1 le %2&#xa0;: «&#xa0;%3&#xa0;». Encore en suspens&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import waits&lt;/b&gt; for these:</source>
        <translation>&lt;b&gt;L&apos;import attend&lt;/b&gt; les points suivants&#xa0;:</translation>
    </message>
    <message>
        <source>Clear o&amp;verride</source>
        <translation>Annuler la déro&amp;gation</translation>
    </message>
    <message>
        <source>A&amp;pprovals (waiting)</source>
        <translation>Appro&amp;bations (en attente)</translation>
    </message>
    <message>
        <source>Close out</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Add an approver</source>
        <translation>Ajouter un approbateur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>No user of the newest snapshot has an administrator role that is not listed already. Add the administrators by hand.</source>
        <translation>Aucun utilisateur de l&apos;instantané le plus récent ayant un rôle d&apos;administrateur n&apos;est absent de la liste. Ajoutez les administrateurs à la main.</translation>
    </message>
    <message>
        <source>Select the person who approved.</source>
        <translation>Sélectionnez la personne qui a donné son approbation.</translation>
    </message>
    <message>
        <source>Record an approval</source>
        <translation>Enregistrer une approbation</translation>
    </message>
    <message>
        <source>e.g. where the e-mail or letter is filed</source>
        <translation>p. ex. l&apos;endroit où le courriel ou la lettre est classé</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Approuvé par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Comment&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When (firm&apos;s time):</source>
        <translation>&amp;Quand (heure du cabinet)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Withdraw the approval</source>
        <translation>Révoquer l&apos;approbation</translation>
    </message>
    <message>
        <source>&amp;Why is it withdrawn?</source>
        <translation>&amp;Pourquoi est-elle révoquée&#xa0;?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Remove the report</source>
        <translation>Retirer le rapport</translation>
    </message>
    <message>
        <source>Take “%1” out of the project? The file on disk is not touched.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» du projet&#xa0;? Le fichier sur le disque n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Save a copy of the report</source>
        <translation>Enregistrer une copie du rapport</translation>
    </message>
    <message>
        <source>Override the close-out</source>
        <translation>Déroger à la clôture</translation>
    </message>
    <message>
        <source>The import will start without the open points listed. Say why: the reason is kept in the audit log.</source>
        <translation>L&apos;import démarrera sans que les points en suspens listés soient réglés. Indiquez pourquoi&#xa0;: le motif est conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Ro&amp;ws behind:</source>
        <translation>&amp;Lignes du montant&#xa0;:</translation>
    </message>
    <message>
        <source>Numbering and &amp;users</source>
        <translation>&amp;Numérotation et utilisateurs</translation>
    </message>
    <message>
        <source>Add a no&amp;te…</source>
        <translation>Ajouter une n&amp;ote…</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>Liste de &amp;contrôle</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Add administrators from the e&amp;xport</source>
        <translation>Ajouter les administrateurs de l&apos;e&amp;xport</translation>
    </message>
    <message>
        <source>Record approva&amp;l…</source>
        <translation>&amp;Enregistrer l&apos;approbation…</translation>
    </message>
    <message>
        <source>Cop&amp;y approval request</source>
        <translation>Copier la demande d&apos;a&amp;pprobation</translation>
    </message>
    <message numerus="yes">
        <source>%1 h in %2 entry(s) — invoice these first</source>
        <translation>
            <numerusform>%1 h en %2 saisie — à facturer en priorité</numerusform>
            <numerusform>%1 h en %2 saisies — à facturer en priorité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 entry(s)</source>
        <translation>
            <numerusform>%1 saisie</numerusform>
            <numerusform>%1 saisies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 open invoice(s)</source>
        <translation>
            <numerusform>%1 facture non soldée</numerusform>
            <numerusform>%1 factures non soldées</numerusform>
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
    <message>
        <source>Invoices generated</source>
        <translation>Factures émises</translation>
    </message>
    <message>
        <source>Every unbilled time entry and expense that should be billed is on an invoice, and draft invoices are finalised or deleted.</source>
        <translation>Chaque saisie de temps et chaque frais non facturés qui doivent l&apos;être figurent sur une facture, et les factures en brouillon sont finalisées ou supprimées.</translation>
    </message>
    <message>
        <source>Credits and payments applied</source>
        <translation>Avoirs et paiements imputés</translation>
    </message>
    <message>
        <source>Unapplied payments and credits are applied to open invoices, or refunded.</source>
        <translation>Les paiements et avoirs non imputés sont imputés aux factures non soldées, ou remboursés.</translation>
    </message>
    <message>
        <source>Trust applied to open bills</source>
        <translation>Fidéicommis imputé aux factures non soldées</translation>
    </message>
    <message>
        <source>Trust funds the clients agreed to are applied to their open invoices; what remains carries over as an opening trust balance.</source>
        <translation>Les fonds en fidéicommis dont les clients ont accepté l&apos;utilisation sont imputés à leurs factures non soldées&#xa0;; le reste est reporté en solde d&apos;ouverture du fidéicommis.</translation>
    </message>
    <message>
        <source>Banking and trust reports saved</source>
        <translation>Rapports bancaires et de fidéicommis enregistrés</translation>
    </message>
    <message>
        <source>The trust ledger, the bank reconciliation and the aged receivables are saved from the old system and attached below.</source>
        <translation>Le grand livre du fidéicommis, le rapprochement bancaire et la balance âgée des créances sont enregistrés depuis l&apos;ancien système et joints ci-dessous.</translation>
    </message>
    <message>
        <source>Calendar and contact syncs left off</source>
        <translation>Synchronisations d&apos;agenda et de contacts désactivées</translation>
    </message>
    <message>
        <source>Office 365 and Google calendar and contact syncs stay off in the new system until the migration is reviewed, so nothing is copied twice.</source>
        <translation>Les synchronisations d&apos;agenda et de contacts Office 365 et Google restent désactivées dans le nouveau système jusqu&apos;à la vérification de la migration, afin que rien ne soit copié deux fois.</translation>
    </message>
    <message>
        <source>Staff told</source>
        <translation>Personnel informé</translation>
    </message>
    <message>
        <source>Everyone knows that new clients and matters go into the new system only, from now on.</source>
        <translation>Tout le monde sait que, désormais, les nouveaux clients et dossiers sont créés uniquement dans le nouveau système.</translation>
    </message>
    <message>
        <source>Users reviewed</source>
        <translation>Utilisateurs vérifiés</translation>
    </message>
    <message>
        <source>The users who move, and the e-mail addresses they will sign in with, are agreed.</source>
        <translation>Les utilisateurs qui migrent et les adresses courriel avec lesquelles ils se connecteront sont validés.</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>Contact de facturation</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>Administrateur système</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Par courriel</translation>
    </message>
    <message>
        <source>Signed letter</source>
        <translation>Lettre signée</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>“%1” is not an item of the close-out checklist.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de la liste de contrôle de la clôture.</translation>
    </message>
    <message>
        <source>Give the approver&apos;s name.</source>
        <translation>Indiquez le nom de l&apos;approbateur.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>%1 is already listed as %2.</source>
        <translation>%1 figure déjà dans la liste en tant que %2.</translation>
    </message>
    <message>
        <source>That approver is no longer listed.</source>
        <translation>Cet approbateur ne figure plus dans la liste.</translation>
    </message>
    <message>
        <source>Say how the approval was given.</source>
        <translation>Indiquez comment l&apos;approbation a été donnée.</translation>
    </message>
    <message>
        <source>An approval cannot be dated in the future.</source>
        <translation>Une approbation ne peut pas être datée dans le futur.</translation>
    </message>
    <message>
        <source>That document is no longer in the project.</source>
        <translation>Ce document ne figure plus dans le projet.</translation>
    </message>
    <message>
        <source>The project connection is not an SQLite connection.</source>
        <translation>La connexion au projet n&apos;est pas une connexion SQLite.</translation>
    </message>
    <message>
        <source>The document could not be read from the project: %1</source>
        <translation>Le document n&apos;a pas pu être lu dans le projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checklist: “%1” is not ticked.</source>
        <translation>Liste de contrôle&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas coché.</translation>
    </message>
    <message>
        <source>Approval: %1 (%2) has not approved yet.</source>
        <translation>Approbation&#xa0;: %1 (%2) n&apos;a pas encore donné son approbation.</translation>
    </message>
    <message>
        <source>Approval: the billing contact of the old system&apos;s account is not listed.</source>
        <translation>Approbation&#xa0;: le contact de facturation du compte de l&apos;ancien système ne figure pas dans la liste.</translation>
    </message>
    <message>
        <source>Approval: no system administrator is listed.</source>
        <translation>Approbation&#xa0;: aucun administrateur système ne figure dans la liste.</translation>
    </message>
    <message>
        <source>Say why the import may start without the checklist and the approvals, in a few words: the reason is kept in the audit log.</source>
        <translation>Indiquez en quelques mots pourquoi l&apos;import peut commencer sans la liste de contrôle ni les approbations&#xa0;: le motif est conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>ce n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>%1 is larger than 2 GB; save the report in parts.</source>
        <translation>%1 dépasse 2 Go&#xa0;; enregistrez le rapport en plusieurs parties.</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>%1 changed while it was being copied; attach it again once it is saved.</source>
        <translation>%1 a été modifié pendant sa copie&#xa0;; joignez-le de nouveau une fois qu&apos;il est enregistré.</translation>
    </message>
    <message>
        <source>%1 could not be copied into the project: %2</source>
        <translation>%1 n&apos;a pas pu être copié dans le projet&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) copied into the project for the Historical Data folder.</source>
        <translation>
            <numerusform>%n rapport copié dans le projet pour le répertoire Historical Data.</numerusform>
            <numerusform>%n rapports copiés dans le projet pour le répertoire Historical Data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::CloseOutTables</name>
    <message>
        <source>(no client)</source>
        <translation>(aucun client)</translation>
    </message>
    <message>
        <source>Unbilled time</source>
        <translation>Temps non facturé</translation>
    </message>
    <message>
        <source>Unbilled expenses</source>
        <translation>Frais non facturés</translation>
    </message>
    <message>
        <source>Draft invoices</source>
        <translation>Factures en brouillon</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Factures non soldées</translation>
    </message>
    <message>
        <source>Unapplied payments and credits</source>
        <translation>Paiements et avoirs non imputés</translation>
    </message>
    <message>
        <source>Trust transactions</source>
        <translation>Opérations en fidéicommis</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Unbilled hours</source>
        <translation>Heures non facturées</translation>
    </message>
    <message>
        <source>Billable time not on an invoice yet (h:mm).</source>
        <translation>Temps facturable ne figurant encore sur aucune facture (h:mm).</translation>
    </message>
    <message>
        <source>What that time comes to at its rates.</source>
        <translation>Montant de ce temps à ses taux.</translation>
    </message>
    <message>
        <source>Invoices still in draft: finalise or delete them.</source>
        <translation>Factures encore en brouillon&#xa0;: finalisez-les ou supprimez-les.</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Créances</translation>
    </message>
    <message>
        <source>Balance of issued invoices not paid yet.</source>
        <translation>Solde des factures émises non encore payées.</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Non imputé</translation>
    </message>
    <message>
        <source>Payments and credits not applied to a bill.</source>
        <translation>Paiements et avoirs non imputés à une facture.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Fidéicommis</translation>
    </message>
    <message>
        <source>Trust balance: carries over as an opening balance.</source>
        <translation>Solde en fidéicommis&#xa0;: reporté en solde d&apos;ouverture.</translation>
    </message>
    <message>
        <source>Missing billing details</source>
        <translation>Informations de facturation manquantes</translation>
    </message>
    <message>
        <source>The new system will not let time be approved for these clients until they are filled in.</source>
        <translation>Le nouveau système ne permettra pas d&apos;approuver du temps pour ces clients tant que ces informations ne seront pas renseignées.</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>(not on a matter)</source>
        <translation>(hors dossier)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The file and row this comes from.</source>
        <translation>Le fichier et la ligne d&apos;où cela provient.</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>The text before the number.</source>
        <translation>Le texte qui précède le numéro.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Highest number</source>
        <translation>Numéro le plus élevé</translation>
    </message>
    <message>
        <source>Next free number</source>
        <translation>Prochain numéro libre</translation>
    </message>
    <message>
        <source>Set the new system&apos;s invoice numbering to start here, so numbers follow on.</source>
        <translation>Configurez la numérotation des factures du nouveau système pour qu&apos;elle commence ici, afin que les numéros se suivent.</translation>
    </message>
    <message>
        <source>(numbers only)</source>
        <translation>(chiffres uniquement)</translation>
    </message>
    <message>
        <source>(no number to follow on)</source>
        <translation>(aucun numéro à suivre)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>What they will sign in to the new system with.</source>
        <translation>L&apos;adresse avec laquelle l&apos;utilisateur se connectera au nouveau système.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Saisies de temps</translation>
    </message>
    <message>
        <source>Not in the users file</source>
        <translation>Absent du fichier des utilisateurs</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>The import waits for the required items.</source>
        <translation>L&apos;import attend que les éléments obligatoires soient faits.</translation>
    </message>
    <message>
        <source>Ticked by</source>
        <translation>Coché par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>The fingerprint of the copy kept in the project.</source>
        <translation>L&apos;empreinte de la copie conservée dans le projet.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Not removed from the new system: deal with them by hand.</source>
        <translation>Non retirés du nouveau système&#xa0;: traitez-les à la main.</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>À importer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import this new or changed record.</source>
        <translation>Importer cet enregistrement nouveau ou modifié.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Subject: Approval to migrate %1&apos;s practice data</source>
        <translation>Objet&#xa0;: Approbation de la migration des données de gestion de %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>We are moving %1 from %2 to %3. Before the final export, we need the written approval of the billing contact of the current account and of every system administrator.</source>
        <translation>Nous faisons migrer %1 de %2 vers %3. Avant l&apos;export final, nous avons besoin de l&apos;approbation écrite du contact de facturation du compte actuel et de chaque administrateur système.</translation>
    </message>
    <message>
        <source>Cutoff: %1. Work entered after it is carried over separately.</source>
        <translation>Date de bascule&#xa0;: %1. Le travail saisi après cette date est transféré séparément.</translation>
    </message>
    <message>
        <source>What is still open in the current system (snapshot %1):</source>
        <translation>Ce qui reste ouvert dans le système actuel (instantané %1)&#xa0;:</translation>
    </message>
    <message>
        <source>Unbilled time: %1 hours, %2</source>
        <translation>Temps non facturé&#xa0;: %1 heures, %2</translation>
    </message>
    <message>
        <source>Unbilled expenses: %1</source>
        <translation>Frais non facturés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Draft invoices: %1 (%2)</source>
        <translation>Factures en brouillon&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Open invoices: %1, receivable %2</source>
        <translation>Factures non soldées&#xa0;: %1, créances de %2</translation>
    </message>
    <message>
        <source>Unapplied payments and credits: %1</source>
        <translation>Paiements et avoirs non imputés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trust balances carried over: %1</source>
        <translation>Soldes en fidéicommis reportés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clients missing billing details: %1</source>
        <translation>Clients aux informations de facturation incomplètes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next invoice number: %1</source>
        <translation>Prochain numéro de facture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Still to do before the final export:</source>
        <translation>Reste à faire avant l&apos;export final&#xa0;:</translation>
    </message>
    <message>
        <source>Please reply to this message to approve the migration, or tell us what should change.</source>
        <translation>Merci de répondre à ce message pour approuver la migration, ou de nous indiquer ce qui doit être modifié.</translation>
    </message>
</context>
<context>
    <name>Cutover::CredentialStore</name>
    <message>
        <source>No system keychain is available to keep “%1” (%2). Cutover keeps passwords and tokens only in the system keychain, never in plain text: start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Aucun trousseau système n&apos;est disponible pour conserver «&#xa0;%1&#xa0;» (%2). Cutover conserve les mots de passe et les jetons uniquement dans le trousseau système, jamais en clair&#xa0;: démarrez ou déverrouillez votre trousseau (par exemple GNOME Keyring ou KWallet), puis réessayez.</translation>
    </message>
    <message>
        <source>No saved secret “%1” was found in the system keychain.</source>
        <translation>Aucun secret enregistré «&#xa0;%1&#xa0;» n&apos;a été trouvé dans le trousseau système.</translation>
    </message>
    <message>
        <source>The system keychain refused access to “%1” (%2). Unlock the keychain and try again.</source>
        <translation>Le trousseau système a refusé l&apos;accès à «&#xa0;%1&#xa0;» (%2). Déverrouillez le trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain could not handle “%1”: %2</source>
        <translation>Le trousseau système n&apos;a pas pu traiter «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>il n&apos;y a pas de bus de session D-Bus</translation>
    </message>
</context>
<context>
    <name>Cutover::CsvPackageTarget</name>
    <message>
        <source>The import package cannot read the project file: %1</source>
        <translation>Le paquet d&apos;import ne peut pas lire le fichier de projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1 in %2: %3</source>
        <translation>Impossible d&apos;écrire %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation>Impossible de relire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing has been loaded into this project yet: load the final export first.</source>
        <translation>Rien n&apos;a encore été chargé dans ce projet&#xa0;: chargez d&apos;abord l&apos;export final.</translation>
    </message>
    <message>
        <source>There is no snapshot %1 in this project.</source>
        <translation>Ce projet ne contient pas d&apos;instantané %1.</translation>
    </message>
    <message>
        <source>Snapshot %1 is still loading.</source>
        <translation>L&apos;instantané %1 est encore en cours de chargement.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>%1: the date &quot;%2&quot; is not a date; it is written as it was.</source>
        <translation>%1&#xa0;: la date «&#xa0;%2&#xa0;» n&apos;est pas une date valide&#xa0;; elle est écrite telle quelle.</translation>
    </message>
    <message>
        <source>Matter %1</source>
        <translation>Le dossier %1</translation>
    </message>
    <message>
        <source>Matter %1: its client &quot;%2&quot; is not among the contacts, so the target cannot link it; add the client or fix the matter before importing.</source>
        <translation>Dossier %1&#xa0;: son client «&#xa0;%2&#xa0;» ne figure pas parmi les contacts&#xa0;; la cible ne peut donc pas l&apos;y rattacher. Ajoutez le client ou corrigez le dossier avant l&apos;import.</translation>
    </message>
    <message>
        <source>Matter %1 has no description; its number is used instead.</source>
        <translation>Le dossier %1 n&apos;a pas de description&#xa0;; son numéro est utilisé à la place.</translation>
    </message>
    <message>
        <source>Time entry on row %1</source>
        <translation>La saisie de temps de la ligne %1</translation>
    </message>
    <message>
        <source>Time entry %1</source>
        <translation>La saisie de temps %1</translation>
    </message>
    <message>
        <source>%1 has no hourly rate; %2 an hour is derived from its amount.</source>
        <translation>%1 n&apos;a pas de taux horaire&#xa0;; un taux de %2 de l&apos;heure est déduit de son montant.</translation>
    </message>
    <message>
        <source>%1 has neither an hourly rate nor an amount; its price is 0.00.</source>
        <translation>%1 n&apos;a ni taux horaire ni montant&#xa0;; son prix est de 0.00.</translation>
    </message>
    <message>
        <source>%1: the old system values it at %2, the target will make %3 of %4 hours at %5; correct it after the import.</source>
        <translation>%1&#xa0;: l&apos;ancien système l&apos;évalue à %2, la cible calculera %3 (%4 heures à %5)&#xa0;; corrigez l&apos;écart après l&apos;import.</translation>
    </message>
    <message>
        <source>%1: its matter &quot;%2&quot; is not in the matters file; the target will refuse the row.</source>
        <translation>%1&#xa0;: son dossier «&#xa0;%2&#xa0;» ne figure pas dans le fichier des dossiers&#xa0;; la cible refusera la ligne.</translation>
    </message>
    <message>
        <source>Expense on row %1</source>
        <translation>La saisie de frais de la ligne %1</translation>
    </message>
    <message>
        <source>Expense %1</source>
        <translation>La saisie de frais %1</translation>
    </message>
    <message>
        <source>%1 has no amount; its price is 0.00.</source>
        <translation>%1 n&apos;a pas de montant&#xa0;; son prix est de 0.00.</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>La facture %1</translation>
    </message>
    <message>
        <source>%1 has no matter and its client &quot;%2&quot; has none either; give the row a matter before importing it.</source>
        <translation>%1 n&apos;a pas de dossier, et son client «&#xa0;%2&#xa0;» n&apos;en a pas non plus&#xa0;; attribuez un dossier à la ligne avant de l&apos;importer.</translation>
    </message>
    <message>
        <source>%1 has no matter; its balance goes to matter %2, the client&apos;s first.</source>
        <translation>%1 n&apos;a pas de dossier&#xa0;; son solde est affecté au dossier %2, le premier du client.</translation>
    </message>
    <message>
        <source>%1 has no date; the cutoff&apos;s date is used.</source>
        <translation>%1 n&apos;a pas de date&#xa0;; la date de bascule est utilisée.</translation>
    </message>
    <message>
        <source>Cannot create %1 (zip error %2).</source>
        <translation>Impossible de créer %1 (erreur zip %2).</translation>
    </message>
    <message>
        <source>Cannot add %1 to the zip (zip error %2).</source>
        <translation>Impossible d&apos;ajouter %1 à l&apos;archive zip (erreur zip %2).</translation>
    </message>
    <message>
        <source>Cannot write %1 (zip error %2).</source>
        <translation>Impossible d&apos;écrire %1 (erreur zip %2).</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
</context>
<context>
    <name>Cutover::CsvReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>no file was given</source>
        <translation>aucun fichier n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>%1 is not an encoding Cutover can read; expected one of %2.</source>
        <translation>%1 n&apos;est pas un encodage que Cutover sait lire&#xa0;; encodages possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate the values of a CSV file; a delimiter such as a comma, semicolon, tab or vertical bar was expected.</source>
        <translation>Un guillemet ou un saut de ligne ne peut pas séparer les valeurs d&apos;un fichier CSV&#xa0;; un séparateur tel qu&apos;une virgule, un point-virgule, une tabulation ou une barre verticale était attendu.</translation>
    </message>
    <message>
        <source>The file starts with a %1 byte-order mark but is read as %2, as requested.</source>
        <translation>Le fichier commence par une indication d&apos;ordre des octets (BOM) %1, mais il est lu en %2, comme demandé.</translation>
    </message>
    <message>
        <source>The encoding of the file was not recognised, so it is read as %1; choose the encoding if the text looks wrong.</source>
        <translation>L&apos;encodage du fichier n&apos;a pas été reconnu, il est donc lu en %1&#xa0;; choisissez l&apos;encodage si le texte paraît incorrect.</translation>
    </message>
    <message>
        <source>The file looks encoded in %1, which Cutover does not read, so it is read as %2; choose the encoding if the text looks wrong.</source>
        <translation>Le fichier semble encodé en %1, que Cutover ne sait pas lire, il est donc lu en %2&#xa0;; choisissez l&apos;encodage si le texte paraît incorrect.</translation>
    </message>
    <message>
        <source>The %1 encoding is not available on this computer.</source>
        <translation>L&apos;encodage %1 n&apos;est pas disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 could not be read to the end: %2</source>
        <translation>%1 n&apos;a pas pu être lu jusqu&apos;au bout&#xa0;: %2</translation>
    </message>
    <message>
        <source>More problems like the ones listed were found from this row on; they are not listed one by one.</source>
        <translation>D&apos;autres problèmes semblables à ceux listés ont été détectés à partir de cette ligne&#xa0;; ils ne sont pas listés un par un.</translation>
    </message>
    <message>
        <source>This row is longer than %1 characters, more than a CSV file holds; a closing quote (&quot;) missing after a quoted value is the likely cause.</source>
        <translation>Cette ligne dépasse %1 caractères, ce qui est anormal pour un fichier CSV&#xa0;; la cause probable est un guillemet fermant (&quot;) manquant après une valeur entre guillemets.</translation>
    </message>
    <message>
        <source>Some characters in this row are not valid %1 and were replaced by a placeholder; choose the file&apos;s encoding if the text looks wrong.</source>
        <translation>Certains caractères de cette ligne ne sont pas du %1 valide et ont été remplacés par un caractère de substitution&#xa0;; choisissez l&apos;encodage du fichier si le texte paraît incorrect.</translation>
    </message>
    <message>
        <source>The quoted value that starts here is never closed; a closing quote (&quot;) was expected before the end of the file.</source>
        <translation>La valeur entre guillemets qui commence ici n&apos;est jamais fermée&#xa0;; un guillemet fermant (&quot;) était attendu avant la fin du fichier.</translation>
    </message>
    <message>
        <source>A quote (&quot;) in a value that does not start with one was kept as text; a value with quotes in it was expected to be quoted, with each quote doubled.</source>
        <translation>Un guillemet (&quot;) figurant dans une valeur qui ne commence pas par un guillemet a été conservé tel quel&#xa0;; une valeur contenant des guillemets devrait être entre guillemets, chaque guillemet étant doublé.</translation>
    </message>
    <message>
        <source>Text after the closing quote of a value was kept; a delimiter or the end of the line was expected right after the closing quote.</source>
        <translation>Le texte situé après le guillemet fermant d&apos;une valeur a été conservé&#xa0;; un séparateur ou la fin de la ligne était attendu juste après le guillemet fermant.</translation>
    </message>
</context>
<context>
    <name>Cutover::Cutoff</name>
    <message>
        <source>Give a valid date and time for the cutoff.</source>
        <translation>Indiquez une date et une heure valides pour la bascule.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows (use an IANA name such as America/New_York).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu de cet ordinateur (utilisez un nom IANA tel que America/New_York).</translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks go back that night. Choose the first (%3) or the second (%4).</source>
        <translation>%1 survient deux fois dans le fuseau %2&#xa0;: on recule l&apos;heure cette nuit-là. Choisissez la première occurrence (%3) ou la seconde (%4).</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks jump forward that night. The next moment that exists is %3.</source>
        <translation>%1 n&apos;existe pas dans le fuseau %2&#xa0;: on avance l&apos;heure cette nuit-là. Le premier moment existant ensuite est %3.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
</context>
<context>
    <name>Cutover::CutoffPage</name>
    <message>
        <source>Pick the moment after which new work goes into the new system only.</source>
        <translation>Choisissez le moment à partir duquel tout nouveau travail est saisi uniquement dans le nouveau système.</translation>
    </message>
    <message>
        <source>Choose the cutoff date, time and time zone. Cutover freezes it, flags rows created or changed after it, and compares any later re-export against the final export so that work entered after the cutoff is listed and imported, not lost.</source>
        <translation>Choisissez la date, l&apos;heure et le fuseau horaire de la bascule. Cutover fige la date de bascule, signale les lignes créées ou modifiées après celle-ci et compare tout nouvel export ultérieur à l&apos;export final, afin que le travail saisi après la date de bascule soit listé et importé, et non perdu.</translation>
    </message>
    <message>
        <source>Cutoff date</source>
        <translation>Date de bascule</translation>
    </message>
    <message>
        <source>Cutoff time</source>
        <translation>Heure de bascule</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date et heure&#xa0;:</translation>
    </message>
    <message>
        <source>Cutoff time zone</source>
        <translation>Fuseau horaire de la bascule</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <source>The &amp;first time</source>
        <translation>La &amp;première occurrence</translation>
    </message>
    <message>
        <source>The &amp;second time</source>
        <translation>La &amp;seconde occurrence</translation>
    </message>
    <message>
        <source>&amp;Use the next moment that exists</source>
        <translation>&amp;Utiliser le premier moment existant suivant</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Motif du changement&#xa0;:</translation>
    </message>
    <message>
        <source>Required once the final export is loaded; kept in the audit log</source>
        <translation>Obligatoire une fois l&apos;export final chargé&#xa0;; conservé dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Saves the cutoff; snapshots already loaded are checked against it again.</source>
        <translation>Enregistre la date de bascule&#xa0;; les instantanés déjà chargés sont vérifiés de nouveau par rapport à celle-ci.</translation>
    </message>
    <message>
        <source>The firm&apos;s holidays, its own days off and imported holiday calendars.</source>
        <translation>Les jours fériés du cabinet, ses propres jours chômés et les calendriers de jours fériés importés.</translation>
    </message>
    <message>
        <source>Since the final export</source>
        <translation>Depuis l&apos;export final</translation>
    </message>
    <message>
        <source>Changes per kind of record</source>
        <translation>Changements par type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Load a re-export as a delta snapshot on the Export step to see what changed.</source>
        <translation>Chargez un nouvel export en tant qu&apos;instantané delta à l&apos;étape Export pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Tous les changements</translation>
    </message>
    <message>
        <source>Records new, changed or deleted</source>
        <translation>Enregistrements nouveaux, modifiés ou supprimés</translation>
    </message>
    <message>
        <source>Untick a record to leave it out of the import (Space).</source>
        <translation>Décochez un enregistrement pour l&apos;écarter de l&apos;import (Espace).</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Date de bascule</translation>
    </message>
    <message>
        <source>Deleted records are not imported: the import never deletes. Remove them in the new system by hand if they should go.</source>
        <translation>Les enregistrements supprimés ne sont pas importés&#xa0;: l&apos;import ne supprime jamais rien. Supprimez-les à la main dans le nouveau système s&apos;ils doivent disparaître.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n&apos;est ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) from today</source>
        <translation>
            <numerusform>dans %n jour ouvré</numerusform>
            <numerusform>dans %n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour ouvré</numerusform>
            <numerusform>il y a %n jours ouvrés</numerusform>
        </translation>
    </message>
    <message>
        <source>today or the last business day</source>
        <translation>aujourd&apos;hui ou le dernier jour ouvré</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cutoff:&lt;/b&gt; %1 — %2 UTC, %3 (holidays: %4).</source>
        <translation>&lt;b&gt;Date de bascule&#xa0;:&lt;/b&gt; %1 — %2 UTC, %3 (jours fériés&#xa0;: %4).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No cutoff is set yet.&lt;/b&gt; Pick the moment after which new work goes into the new system only.</source>
        <translation>&lt;b&gt;Aucune date de bascule n&apos;est encore fixée.&lt;/b&gt; Choisissez le moment à partir duquel tout nouveau travail est saisi uniquement dans le nouveau système.</translation>
    </message>
    <message>
        <source>= %1 UTC</source>
        <translation>= %1 UTC</translation>
    </message>
    <message>
        <source>No final export yet. Load it on the Export step as the final snapshot at the cutoff; a re-export loaded after it is compared with it here.</source>
        <translation>Pas encore d&apos;export final. Chargez-le à l&apos;étape Export en tant qu&apos;instantané final à la date de bascule&#xa0;; tout nouvel export chargé ensuite lui est comparé ici.</translation>
    </message>
    <message>
        <source>Final export: snapshot %1. No re-export since; load one as a delta snapshot to list the work entered after the cutoff.</source>
        <translation>Export final&#xa0;: instantané %1. Aucun nouvel export depuis&#xa0;; chargez-en un en tant qu&apos;instantané delta pour lister le travail saisi après la date de bascule.</translation>
    </message>
    <message numerus="yes">
        <source>Re-export (snapshot %1) against the final export (snapshot %2): %n record(s) differ; %3 marked for import.</source>
        <translation>
            <numerusform>Nouvel export (instantané %1) comparé à l&apos;export final (instantané %2)&#xa0;: %n enregistrement diffère&#xa0;; %3 marqué(s) pour l&apos;import.</numerusform>
            <numerusform>Nouvel export (instantané %1) comparé à l&apos;export final (instantané %2)&#xa0;: %n enregistrements diffèrent&#xa0;; %3 marqué(s) pour l&apos;import.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 records are shown; `cutover-cli delta --rows` lists all.</source>
        <translation>Seuls les %1 premiers enregistrements sur %2 sont affichés&#xa0;; `cutover-cli delta --rows` les liste tous.</translation>
    </message>
    <message>
        <source>Set the cu&amp;toff</source>
        <translation>Fixer la date de &amp;bascule</translation>
    </message>
    <message>
        <source>Business-day c&amp;alendar…</source>
        <translation>&amp;Calendrier des jours ouvrés…</translation>
    </message>
</context>
<context>
    <name>Cutover::CutoffStore</name>
    <message>
        <source>The cutoff is not a valid moment.</source>
        <translation>La date de bascule n&apos;est pas un moment valide.</translation>
    </message>
    <message>
        <source>The final export was taken with the cutoff at %1. Say why it changes: the reason is kept in the audit log.</source>
        <translation>L&apos;export final a été effectué avec une date de bascule fixée au %1. Indiquez pourquoi elle change&#xa0;: le motif est conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Flagging snapshot %1</source>
        <translation>Signalement dans l&apos;instantané %1</translation>
    </message>
    <message>
        <source>Snapshot %1 could not be flagged against the new cutoff: %2</source>
        <translation>L&apos;instantané %1 n&apos;a pas pu être vérifié par rapport à la nouvelle date de bascule&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <comment>snapshots checked; rows after the cutoff</comment>
        <translation>%1&#xa0;; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln snapshot(s) checked against the new cutoff</source>
        <translation>
            <numerusform>%Ln instantané vérifié par rapport à la nouvelle date de bascule</numerusform>
            <numerusform>%Ln instantanés vérifiés par rapport à la nouvelle date de bascule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) are after it</source>
        <translation>
            <numerusform>%1 ligne lui est postérieure</numerusform>
            <numerusform>%1 lignes lui sont postérieures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::CutoverWindow</name>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open a Project a &amp;Specialist Sent You…</source>
        <translation>Ouvrir un projet envoyé par un &amp;spécialiste…</translation>
    </message>
    <message>
        <source>Open a project file someone handed over. Passwords and tokens are never in it.</source>
        <translation>Ouvre un fichier de projet que l&apos;on vous a transmis. Il ne contient jamais de mot de passe ni de jeton.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Privacy Mask</source>
        <translation>&amp;Masque de confidentialité</translation>
    </message>
    <message>
        <source>Privacy mask (Ctrl+Shift+P): hide client names, contact details, descriptions and money on screen. Exports and reports keep the real data.</source>
        <translation>Masque de confidentialité (Ctrl+Maj+P)&#xa0;: masque à l&apos;écran les noms des clients, les coordonnées, les descriptions et les montants. Les exports et les rapports conservent les données réelles.</translation>
    </message>
    <message>
        <source>P&amp;resenter Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Presenter mode (Ctrl+Shift+M): larger text and rows, roomier buttons, and each step&apos;s help kept open. Remembered on this computer.</source>
        <translation>Mode présentation (Ctrl+Maj+M)&#xa0;: texte et lignes plus grands, boutons plus espacés et aide de chaque étape toujours affichée. Réglage mémorisé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;About Cutover</source>
        <translation>À &amp;propos de Cutover</translation>
    </message>
    <message>
        <source>About Cutover</source>
        <translation>À propos de Cutover</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cutover %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Moves a small firm&apos;s practice data from one system to another, step by step, and reconciles the result to the cent.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cutover %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Transfère les données de gestion d&apos;un petit cabinet d&apos;un système à un autre, étape par étape, et rapproche le résultat au centime près.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Screen sharing</source>
        <translation>Partage d&apos;écran</translation>
    </message>
    <message>
        <source>Privacy on</source>
        <translation>Confidentialité activée</translation>
    </message>
    <message>
        <source>Privacy mask is on</source>
        <translation>Le masque de confidentialité est activé</translation>
    </message>
    <message>
        <source>Client data is masked on screen. Exports and reports are not masked.</source>
        <translation>Les données des clients sont masquées à l&apos;écran. Les exports et les rapports ne sont pas masqués.</translation>
    </message>
    <message>
        <source>Privacy mask on: client data is hidden on screen only. Exports and reports are not masked.</source>
        <translation>Masque de confidentialité activé&#xa0;: les données des clients sont masquées à l&apos;écran uniquement. Les exports et les rapports ne sont pas masqués.</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Open a migration project</source>
        <translation>Ouvrir un projet de migration</translation>
    </message>
    <message>
        <source>Cutover projects (*.cutover);;All files (*)</source>
        <translation>Projets Cutover (*.cutover);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a project a specialist sent you</source>
        <translation>Ouvrir un projet envoyé par un spécialiste</translation>
    </message>
    <message>
        <source>Project opened</source>
        <translation>Projet ouvert</translation>
    </message>
    <message>
        <source>“%1” is open, on the step it was left at.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert, à l&apos;étape où il avait été laissé.</translation>
    </message>
    <message>
        <source>A project file holds the firm&apos;s data and the work done so far, never a password or a token. Sign in to the new system again with your own account when a step asks for it. Changes are saved in this file as you make them: send it back when you are done, or keep working in it.</source>
        <translation>Un fichier de projet contient les données du cabinet et le travail déjà effectué, jamais de mot de passe ni de jeton. Reconnectez-vous au nouveau système avec votre propre compte lorsqu&apos;une étape le demande. Les modifications sont enregistrées dans ce fichier au fur et à mesure&#xa0;: renvoyez-le une fois terminé, ou continuez à y travailler.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>Cutover::CutoverWizard</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>%1 — Cutover</source>
        <translation>%1 — Cutover</translation>
    </message>
    <message>
        <source>Cutover</source>
        <translation>Cutover</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Cutover could not record in the project file that you are on this step, so it may reopen on an earlier one: %1</source>
        <translation>Cutover n&apos;a pas pu enregistrer dans le fichier de projet que vous êtes à cette étape&#xa0;; il risque donc de rouvrir le projet à une étape antérieure&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Cutover::DeadlineBanner</name>
    <message>
        <source>Review deadline</source>
        <translation>Échéance de vérification</translation>
    </message>
    <message>
        <source>Review &amp;now</source>
        <translation>Vé&amp;rifier maintenant</translation>
    </message>
    <message>
        <source>Open the Review step</source>
        <translation>Ouvrir l&apos;étape Vérification</translation>
    </message>
</context>
<context>
    <name>Cutover::Delta</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
</context>
<context>
    <name>Cutover::DemoProject</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le répertoire %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The demo file %1 cannot be written.</source>
        <translation>Le fichier de démonstration %1 ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>Cutover::Entities</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Numéro d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Default hourly rate</source>
        <translation>Taux horaire par défaut</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Clients and contacts</source>
        <translation>Clients et contacts</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Numéro de client</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Personne ou entreprise</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>Contact de facturation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Matter number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Date d&apos;ouverture</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Date de fermeture</translation>
    </message>
    <message>
        <source>Responsible user</source>
        <translation>Utilisateur responsable</translation>
    </message>
    <message>
        <source>Billing method</source>
        <translation>Mode de facturation</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Saisies de temps</translation>
    </message>
    <message>
        <source>Entry ID</source>
        <translation>Numéro de saisie</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Taux horaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Activity category</source>
        <translation>Catégorie d&apos;activité</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Expense ID</source>
        <translation>Numéro de frais</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Expense category</source>
        <translation>Catégorie de frais</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Date de facture</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Solde dû</translation>
    </message>
    <message>
        <source>Payments and credits</source>
        <translation>Paiements et avoirs</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>Numéro de paiement</translation>
    </message>
    <message>
        <source>Unapplied amount</source>
        <translation>Montant non imputé</translation>
    </message>
    <message>
        <source>Payment or credit</source>
        <translation>Paiement ou avoir</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Trust transactions</source>
        <translation>Opérations en fidéicommis</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Numéro d&apos;opération</translation>
    </message>
    <message>
        <source>Deposit or withdrawal</source>
        <translation>Dépôt ou retrait</translation>
    </message>
    <message>
        <source>Note ID</source>
        <translation>Numéro de note</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Documents index</source>
        <translation>Index des documents</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>Numéro de document</translation>
    </message>
    <message>
        <source>Document name</source>
        <translation>Nom du document</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>Chemin du fichier</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>Taille en octets</translation>
    </message>
</context>
<context>
    <name>Cutover::EntityCountsModel</name>
    <message>
        <source>Holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Rows loaded</source>
        <translation>Lignes chargées</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Lignes rejetées</translation>
    </message>
</context>
<context>
    <name>Cutover::ExportPage</name>
    <message>
        <source>Load the old system&apos;s export files and check every row.</source>
        <translation>Chargez les fichiers d&apos;export de l&apos;ancien système et vérifiez chaque ligne.</translation>
    </message>
    <message>
        <source>Add the CSV and Excel files the old system exported, or connect to its database. Cutover recognises what each file holds, maps its columns, validates every row and finds duplicates. Problems are listed with file, row and column; nothing is dropped silently.</source>
        <translation>Ajoutez les fichiers CSV et Excel exportés par l&apos;ancien système, ou connectez-vous à sa base de données. Cutover reconnaît le contenu de chaque fichier, associe ses colonnes, valide chaque ligne et détecte les doublons. Les problèmes sont listés avec le fichier, la ligne et la colonne&#xa0;; rien n&apos;est écarté sans avertissement.</translation>
    </message>
    <message>
        <source>Colu&amp;mns</source>
        <translation>Colo&amp;nnes</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>Pro&amp;blèmes</translation>
    </message>
    <message>
        <source>Loaded &amp;data</source>
        <translation>&amp;Données chargées</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Load &amp;as:</source>
        <translation>Ch&amp;arger comme&#xa0;:</translation>
    </message>
    <message>
        <source>Snapshot kind</source>
        <translation>Type d&apos;instantané</translation>
    </message>
    <message>
        <source>A trial load: check the export as often as you like.</source>
        <translation>Un chargement d&apos;essai&#xa0;: vérifiez l&apos;export aussi souvent que vous le souhaitez.</translation>
    </message>
    <message>
        <source>The export taken at the cutoff: this is what will be imported.</source>
        <translation>L&apos;export effectué à la date de bascule&#xa0;: c&apos;est lui qui sera importé.</translation>
    </message>
    <message>
        <source>A re-export after the final one: compared with it to find later work.</source>
        <translation>Un nouvel export postérieur à l&apos;export final&#xa0;: il est comparé à celui-ci pour repérer le travail saisi depuis.</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <source>Why loading is not possible yet</source>
        <translation>Pourquoi le chargement n&apos;est pas encore possible</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des fic&amp;hiers…</translation>
    </message>
    <message>
        <source>CSV, Excel (.xlsx) and zip backups the old system exported.</source>
        <translation>Fichiers CSV, Excel (.xlsx) et sauvegardes zip exportés par l&apos;ancien système.</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Ajouter un &amp;répertoire…</translation>
    </message>
    <message>
        <source>Every CSV, Excel and zip file in a folder and its subfolders.</source>
        <translation>Tous les fichiers CSV, Excel et zip d&apos;un répertoire et de ses sous-répertoires.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>R&amp;etirer</translation>
    </message>
    <message>
        <source>Takes the selected file off the list (Delete).</source>
        <translation>Retire le fichier sélectionné de la liste (Suppr).</translation>
    </message>
    <message>
        <source>Files to load</source>
        <translation>Fichiers à charger</translation>
    </message>
    <message>
        <source>Add the files the old system exported, or drop them (or a folder of them) here.</source>
        <translation>Ajoutez les fichiers exportés par l&apos;ancien système, ou déposez-les ici (ou le répertoire qui les contient).</translation>
    </message>
    <message>
        <source>Double-click “Holds” or “Map” (or press F2) to change what a file holds.</source>
        <translation>Double-cliquez sur «&#xa0;Contenu&#xa0;» ou «&#xa0;Modèle&#xa0;» (ou appuyez sur F2) pour changer le contenu attribué à un fichier.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>&amp;Save map…</source>
        <translation>Enre&amp;gistrer le modèle…</translation>
    </message>
    <message>
        <source>Keeps this map in the project, to use for other files.</source>
        <translation>Conserve ce modèle dans le projet pour l&apos;utiliser avec d&apos;autres fichiers.</translation>
    </message>
    <message>
        <source>E&amp;xport map…</source>
        <translation>E&amp;xporter le modèle…</translation>
    </message>
    <message>
        <source>Writes this map to a JSON file another project can import.</source>
        <translation>Enregistre ce modèle dans un fichier JSON qu&apos;un autre projet peut importer.</translation>
    </message>
    <message>
        <source>Im&amp;port map…</source>
        <translation>&amp;Importer un modèle…</translation>
    </message>
    <message>
        <source>Uses a map from a JSON file for the selected file.</source>
        <translation>Applique au fichier sélectionné un modèle provenant d&apos;un fichier JSON.</translation>
    </message>
    <message>
        <source>Columns of the selected file</source>
        <translation>Colonnes du fichier sélectionné</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Preview, as loaded:</source>
        <translation>Aperçu, tel que chargé&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Cells with a problem, and rows that would be rejected. Point at a marked cell for the reason.</source>
        <translation>Cellules présentant un problème et lignes qui seraient rejetées. Survolez une cellule signalée pour en connaître la raison.</translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>Fil&amp;trer&#xa0;:</translation>
    </message>
    <message>
        <source>Filter issues</source>
        <translation>Filtrer les problèmes</translation>
    </message>
    <message>
        <source>File, column, problem or value</source>
        <translation>Fichier, colonne, problème ou valeur</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Gra&amp;vité&#xa0;:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Export iss&amp;ues…</source>
        <translation>Exporter les problè&amp;mes…</translation>
    </message>
    <message>
        <source>Writes every issue of the newest snapshot to a CSV file.</source>
        <translation>Enregistre tous les problèmes de l&apos;instantané le plus récent dans un fichier CSV.</translation>
    </message>
    <message>
        <source>&amp;Write fix lists…</source>
        <translation>Enregistrer les &amp;listes de corrections…</translation>
    </message>
    <message>
        <source>Writes the rejected rows of each file to a CSV you can correct and load again.</source>
        <translation>Enregistre les lignes rejetées de chaque fichier dans un CSV que vous pouvez corriger et charger de nouveau.</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>No issues to show.</source>
        <translation>Aucun problème à afficher.</translation>
    </message>
    <message>
        <source>Rows per kind of record in the newest snapshot</source>
        <translation>Lignes par type d&apos;enregistrement dans l&apos;instantané le plus récent</translation>
    </message>
    <message>
        <source>Nothing has been loaded yet.</source>
        <translation>Rien n&apos;a encore été chargé.</translation>
    </message>
    <message>
        <source>Snapshots loaded</source>
        <translation>Instantanés chargés</translation>
    </message>
    <message>
        <source>Add export files</source>
        <translation>Ajouter des fichiers d&apos;export</translation>
    </message>
    <message>
        <source>Export files (*.csv *.tsv *.txt *.xlsx *.zip);;All files (*)</source>
        <translation>Fichiers d&apos;export (*.csv *.tsv *.txt *.xlsx *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add a folder of export files</source>
        <translation>Ajouter un répertoire de fichiers d&apos;export</translation>
    </message>
    <message>
        <source>Select a file to see how its columns are read.</source>
        <translation>Sélectionnez un fichier pour voir comment ses colonnes sont lues.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>The files in this archive are placed by their headers when it is loaded.</source>
        <translation>Les fichiers de cette archive sont répartis d&apos;après leurs en-têtes lors du chargement.</translation>
    </message>
    <message>
        <source>%1 holds %2, read with the map “%3”.</source>
        <translation>Contenu de %1&#xa0;: %2, lu avec le modèle «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1: choose what it holds in the “Holds” column above; its columns are then mapped here.</source>
        <translation>%1&#xa0;: choisissez son contenu dans la colonne «&#xa0;Contenu&#xa0;» ci-dessus&#xa0;; ses colonnes seront ensuite associées ici.</translation>
    </message>
    <message numerus="yes">
        <source>No problems in these %n row(s)</source>
        <translation>
            <numerusform>Aucun problème dans %n ligne</numerusform>
            <numerusform>Aucun problème dans ces %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n ligne rejetée</numerusform>
            <numerusform>%n lignes rejetées</numerusform>
        </translation>
    </message>
    <message>
        <source>The map could not be saved in the project: %1</source>
        <translation>Le modèle n&apos;a pas pu être enregistré dans le projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>The map “%1” is saved in the project.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» est enregistré dans le projet.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>Save map</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Name of the map:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>The map was written to %1.</source>
        <translation>Le modèle a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>The map could not be written: %1</source>
        <translation>Le modèle n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <source>Import maps (*.json)</source>
        <translation>Modèles d&apos;import (*.json)</translation>
    </message>
    <message>
        <source>The map in %1 cannot be used: %2</source>
        <translation>Le modèle contenu dans %1 ne peut pas être utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The map “%1” is used for %2.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» est utilisé pour %2.</translation>
    </message>
    <message>
        <source>Import a map</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>Import maps (*.json);;All files (*)</source>
        <translation>Modèles d&apos;import (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Ouvrez d&apos;abord un projet.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Reads every file, stores its rows as a snapshot and lists every problem.</source>
        <translation>Lit chaque fichier, enregistre ses lignes dans un instantané et liste tous les problèmes.</translation>
    </message>
    <message>
        <source>The loaded data cannot be read: %1</source>
        <translation>Les données chargées ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Issues (%1)</source>
        <translation>Pro&amp;blèmes (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 issue(s)</source>
        <translation>
            <numerusform>%1 problème</numerusform>
            <numerusform>%1 problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>The issues were written to %1.</source>
        <translation>Les problèmes ont été enregistrés dans %1.</translation>
    </message>
    <message>
        <source>The issues could not be written: %1</source>
        <translation>Les problèmes n&apos;ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issues - snapshot %1.csv</source>
        <translation>Problèmes - instantané %1.csv</translation>
    </message>
    <message>
        <source>Export the issues</source>
        <translation>Exporter les problèmes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The fix lists could not be written: %1</source>
        <translation>Les listes de corrections n&apos;ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>No row was rejected, so there is no fix list to write.</source>
        <translation>Aucune ligne n&apos;a été rejetée&#xa0;; il n&apos;y a donc aucune liste de corrections à enregistrer.</translation>
    </message>
    <message numerus="yes">
        <source>%n fix list(s) written to %1.</source>
        <translation>
            <numerusform>%n liste de corrections enregistrée dans %1.</numerusform>
            <numerusform>%n listes de corrections enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the fix lists to</source>
        <translation>Enregistrer les listes de corrections dans</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Cli&amp;ents to migrate</source>
        <translation>Clien&amp;ts à migrer</translation>
    </message>
    <message>
        <source>Client number or name</source>
        <translation>Numéro ou nom du client</translation>
    </message>
    <message>
        <source>Find clients</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Migrate the clients &amp;shown</source>
        <translation>Faire migrer les clients &amp;affichés</translation>
    </message>
    <message>
        <source>Clients and whether each moves to the new system</source>
        <translation>Les clients et, pour chacun, s&apos;il migre vers le nouveau système</translation>
    </message>
    <message>
        <source>The clients of the newest snapshot appear here once one is loaded.</source>
        <translation>Les clients de l&apos;instantané le plus récent apparaissent ici une fois celui-ci chargé.</translation>
    </message>
    <message>
        <source>The choice of clients could not be saved: %1</source>
        <translation>Le choix des clients n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every client moves unless you leave it out here.</source>
        <translation>Chaque client migre, sauf si vous l&apos;écartez ici.</translation>
    </message>
    <message>
        <source>%1 of %2 clients move, with %3 of %4 matters and %5 of %6 time entries. A client left out takes its matters, entries and notes with it.</source>
        <translation>%1 clients sur %2 migrent, avec %3 dossiers sur %4 et %5 saisies de temps sur %6. Un client écarté emporte ses dossiers, saisies et notes.</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Rechercher un c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Lea&amp;ve out the clients shown</source>
        <translation>E&amp;xclure les clients affichés</translation>
    </message>
    <message>
        <source>Snapshot %1 (%2), loaded %3: %4 from %5; %6, %7.</source>
        <translation>Instantané %1 (%2), chargé le %3&#xa0;: %4 provenant de %5&#xa0;; %6, %7.</translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 ligne</numerusform>
            <numerusform>%1 lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 file(s)</source>
        <translation>
            <numerusform>%1 fichier</numerusform>
            <numerusform>%1 fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 error(s)</source>
        <translation>
            <numerusform>%1 erreur</numerusform>
            <numerusform>%1 erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 warning(s)</source>
        <translation>
            <numerusform>%1 avertissement</numerusform>
            <numerusform>%1 avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ExportPlanModel</name>
    <message>
        <source>Suggested from headers</source>
        <translation>Suggéré d&apos;après les en-têtes</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Reconnu</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message numerus="yes">
        <source>Archive of %n file(s), placed when loaded</source>
        <translation>
            <numerusform>Archive de %n fichier, réparti lors du chargement</numerusform>
            <numerusform>Archive de %n fichiers, répartis lors du chargement</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs a map</source>
        <translation>Modèle à choisir</translation>
    </message>
    <message>
        <source>Could be %1 or %2</source>
        <translation>Peut-être %1 ou %2</translation>
    </message>
    <message>
        <source>Map incomplete</source>
        <translation>Modèle incomplet</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>Zip archive</source>
        <translation>Archive zip</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>CSV, %1, %2</source>
        <translation>CSV, %1, %2</translation>
    </message>
    <message>
        <source>Placed by headers</source>
        <translation>Réparti d&apos;après les en-têtes</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Double-click or press F2 to choose another.</source>
        <translation>Double-cliquez ou appuyez sur F2 pour modifier ce choix.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lu comme</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Cutover cannot tell what this file holds from its headers.</source>
        <translation>Cutover ne peut pas déterminer le contenu de ce fichier d&apos;après ses en-têtes.</translation>
    </message>
    <message>
        <source>Choose what it holds in the “Holds” column.</source>
        <translation>Choisissez son contenu dans la colonne «&#xa0;Contenu&#xa0;».</translation>
    </message>
    <message>
        <source>No column feeds %1.</source>
        <translation>Aucune colonne n&apos;alimente %1.</translation>
    </message>
    <message>
        <source>Loaded as %1 with the map “%2”.</source>
        <translation>Chargé comme %1 avec le modèle «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Recognised from its headers as %1 (%2).</source>
        <translation>Reconnu d&apos;après ses en-têtes comme %1 (%2).</translation>
    </message>
    <message>
        <source>Built-in: %1</source>
        <translation>Intégré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add the export files first.</source>
        <translation>Ajoutez d&apos;abord les fichiers d&apos;export.</translation>
    </message>
    <message>
        <source>Still reading the files you added…</source>
        <translation>Lecture des fichiers ajoutés en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) need a map: choose what each holds in the “Holds” column.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas de modèle&#xa0;: choisissez son contenu dans la colonne «&#xa0;Contenu&#xa0;».</numerusform>
            <numerusform>%n fichiers n&apos;ont pas de modèle&#xa0;: choisissez le contenu de chacun dans la colonne «&#xa0;Contenu&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have a map that leaves a required field without a column: finish it under Columns.</source>
        <translation>
            <numerusform>%n fichier a un modèle qui laisse un champ obligatoire sans colonne&#xa0;: complétez-le dans l&apos;onglet Colonnes.</numerusform>
            <numerusform>%n fichiers ont un modèle qui laisse un champ obligatoire sans colonne&#xa0;: complétez-les dans l&apos;onglet Colonnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read: remove them from the list.</source>
        <translation>
            <numerusform>%n fichier est illisible&#xa0;: retirez-le de la liste.</numerusform>
            <numerusform>%n fichiers sont illisibles&#xa0;: retirez-les de la liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::HolidayListModel</name>
    <message>
        <source>Observed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Propre au cabinet</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Cutover::Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l&apos;An</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Vendredi saint</translation>
    </message>
    <message>
        <source>Easter Saturday</source>
        <translation>Samedi saint</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Dimanche de Pâques</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Lendemain de Noël</translation>
    </message>
    <message>
        <source>Queen&apos;s Birthday</source>
        <translation>Anniversaire de la Reine</translation>
    </message>
    <message>
        <source>King&apos;s Birthday</source>
        <translation>Anniversaire du Roi</translation>
    </message>
    <message>
        <source>Birthday of Martin Luther King, Jr.</source>
        <translation>Anniversaire de Martin Luther King Jr.</translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
        <translation>Anniversaire de Washington</translation>
    </message>
    <message>
        <source>Memorial Day</source>
        <translation>Memorial Day</translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day</source>
        <translation>Juneteenth (Jour national de l&apos;indépendance)</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Fête de l&apos;Indépendance</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Columbus Day</source>
        <translation>Jour de Christophe Colomb</translation>
    </message>
    <message>
        <source>Veterans Day</source>
        <translation>Jour des anciens combattants</translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation>Jour de l&apos;Action de grâce (Thanksgiving)</translation>
    </message>
    <message>
        <source>Family Day</source>
        <translation>Fête de la famille</translation>
    </message>
    <message>
        <source>Louis Riel Day</source>
        <translation>Journée Louis-Riel</translation>
    </message>
    <message>
        <source>Nova Scotia Heritage Day</source>
        <translation>Jour du patrimoine de la Nouvelle-Écosse</translation>
    </message>
    <message>
        <source>Islander Day</source>
        <translation>Fête des Insulaires</translation>
    </message>
    <message>
        <source>Victoria Day</source>
        <translation>Fête de Victoria</translation>
    </message>
    <message>
        <source>National Patriots&apos; Day</source>
        <translation>Journée nationale des patriotes</translation>
    </message>
    <message>
        <source>Saint-Jean-Baptiste Day (Fête nationale du Québec)</source>
        <translation>Fête nationale du Québec (Saint-Jean-Baptiste)</translation>
    </message>
    <message>
        <source>National Aboriginal Day</source>
        <translation>Journée nationale des Autochtones</translation>
    </message>
    <message>
        <source>National Indigenous Peoples Day</source>
        <translation>Journée nationale des peuples autochtones</translation>
    </message>
    <message>
        <source>Canada Day</source>
        <translation>Fête du Canada</translation>
    </message>
    <message>
        <source>Nunavut Day</source>
        <translation>Jour du Nunavut</translation>
    </message>
    <message>
        <source>Civic Holiday</source>
        <translation>Congé civique</translation>
    </message>
    <message>
        <source>British Columbia Day</source>
        <translation>Jour de la Colombie-Britannique</translation>
    </message>
    <message>
        <source>New Brunswick Day</source>
        <translation>Jour du Nouveau-Brunswick</translation>
    </message>
    <message>
        <source>Saskatchewan Day</source>
        <translation>Jour de la Saskatchewan</translation>
    </message>
    <message>
        <source>Discovery Day</source>
        <translation>Jour de la Découverte</translation>
    </message>
    <message>
        <source>National Day for Truth and Reconciliation</source>
        <translation>Journée nationale de la vérité et de la réconciliation</translation>
    </message>
    <message>
        <source>Thanksgiving</source>
        <translation>Action de grâce</translation>
    </message>
    <message>
        <source>Remembrance Day</source>
        <translation>Jour du Souvenir</translation>
    </message>
    <message>
        <source>Day of Mourning for Queen Elizabeth II</source>
        <translation>Jour de deuil en mémoire de la reine Elizabeth II</translation>
    </message>
    <message>
        <source>2nd January</source>
        <translation>2 janvier</translation>
    </message>
    <message>
        <source>St Patrick&apos;s Day</source>
        <translation>Saint-Patrick</translation>
    </message>
    <message>
        <source>Early May bank holiday</source>
        <translation>Jour férié de début mai</translation>
    </message>
    <message>
        <source>Early May bank holiday (VE day)</source>
        <translation>Jour férié de début mai (jour de la Victoire)</translation>
    </message>
    <message>
        <source>Spring bank holiday</source>
        <translation>Jour férié de printemps</translation>
    </message>
    <message>
        <source>Battle of the Boyne (Orangemen&apos;s Day)</source>
        <translation>Bataille de la Boyne (fête des orangistes)</translation>
    </message>
    <message>
        <source>Summer bank holiday</source>
        <translation>Jour férié d&apos;été</translation>
    </message>
    <message>
        <source>St Andrew&apos;s Day</source>
        <translation>Saint-André</translation>
    </message>
    <message>
        <source>Silver Jubilee of Queen Elizabeth II</source>
        <translation>Jubilé d&apos;argent de la reine Elizabeth II</translation>
    </message>
    <message>
        <source>Wedding of Prince Charles and Lady Diana Spencer</source>
        <translation>Mariage du prince Charles et de lady Diana Spencer</translation>
    </message>
    <message>
        <source>Millennium Celebrations</source>
        <translation>Célébrations du millénaire</translation>
    </message>
    <message>
        <source>Golden Jubilee bank holiday</source>
        <translation>Jour férié du jubilé d&apos;or</translation>
    </message>
    <message>
        <source>Royal wedding</source>
        <translation>Mariage royal</translation>
    </message>
    <message>
        <source>Queen&apos;s Diamond Jubilee</source>
        <translation>Jubilé de diamant de la Reine</translation>
    </message>
    <message>
        <source>Platinum Jubilee bank holiday</source>
        <translation>Jour férié du jubilé de platine</translation>
    </message>
    <message>
        <source>Bank Holiday for the State Funeral of Queen Elizabeth II</source>
        <translation>Jour férié pour les funérailles nationales de la reine Elizabeth II</translation>
    </message>
    <message>
        <source>Bank holiday for the coronation of King Charles III</source>
        <translation>Jour férié pour le couronnement du roi Charles III</translation>
    </message>
    <message>
        <source>Bank holiday for Scotland&apos;s men&apos;s World Cup finals debut</source>
        <translation>Jour férié pour le premier match de l&apos;équipe masculine d&apos;Écosse en phase finale de la Coupe du monde</translation>
    </message>
    <message>
        <source>Australia Day</source>
        <translation>Fête nationale de l&apos;Australie</translation>
    </message>
    <message>
        <source>Anzac Day</source>
        <translation>Anzac Day</translation>
    </message>
    <message>
        <source>Canberra Day</source>
        <translation>Fête de Canberra</translation>
    </message>
    <message>
        <source>Reconciliation Day</source>
        <translation>Journée de la réconciliation</translation>
    </message>
    <message>
        <source>Family &amp; Community Day</source>
        <translation>Journée de la famille et de la communauté</translation>
    </message>
    <message>
        <source>May Day</source>
        <translation>May Day (fête du Travail)</translation>
    </message>
    <message>
        <source>Picnic Day</source>
        <translation>Jour du pique-nique (Picnic Day)</translation>
    </message>
    <message>
        <source>Adelaide Cup Day</source>
        <translation>Jour de l&apos;Adelaide Cup</translation>
    </message>
    <message>
        <source>Proclamation Day</source>
        <translation>Jour de la Proclamation</translation>
    </message>
    <message>
        <source>Eight Hours Day</source>
        <translation>Fête des huit heures</translation>
    </message>
    <message>
        <source>Friday before the AFL Grand Final</source>
        <translation>Vendredi précédant la grande finale de l&apos;AFL</translation>
    </message>
    <message>
        <source>Melbourne Cup Day</source>
        <translation>Jour de la Melbourne Cup</translation>
    </message>
    <message>
        <source>Western Australia Day</source>
        <translation>Jour de l&apos;Australie-Occidentale</translation>
    </message>
    <message>
        <source>Foundation Day</source>
        <translation>Jour de la Fondation</translation>
    </message>
    <message>
        <source>National Day of Mourning for Queen Elizabeth II</source>
        <translation>Journée nationale de deuil en mémoire de la reine Elizabeth II</translation>
    </message>
    <message>
        <source>Special public holiday</source>
        <translation>Jour férié exceptionnel</translation>
    </message>
    <message>
        <source>%1 (observed)</source>
        <translation>%1 (reporté)</translation>
    </message>
    <message>
        <source>%1 (substitute day)</source>
        <translation>%1 (jour de remplacement)</translation>
    </message>
</context>
<context>
    <name>Cutover::ICalendarDays</name>
    <message>
        <source>%1, line %2: event “%3”: %4</source>
        <translation>%1, ligne %2&#xa0;: événement «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: event “%2”: %3</source>
        <translation>%1&#xa0;: événement «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is not an iCalendar file: it has no BEGIN:VCALENDAR line.</source>
        <translation>%1 n&apos;est pas un fichier iCalendar&#xa0;: il ne contient pas de ligne BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>%1 could not be read as an iCalendar file.</source>
        <translation>%1 n&apos;a pas pu être lu en tant que fichier iCalendar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no events (VEVENT).</source>
        <translation>%1 ne contient aucun événement (VEVENT).</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1 (the rest of the event is kept)</source>
        <translation>%1 (le reste de l&apos;événement est conservé)</translation>
    </message>
    <message>
        <source>it has no start date (DTSTART); it was left out.</source>
        <translation>il n&apos;a pas de date de début (DTSTART)&#xa0;; il a été écarté.</translation>
    </message>
    <message>
        <source>its start date is not a real date; it was left out.</source>
        <translation>sa date de début n&apos;est pas une date qui existe&#xa0;; il a été écarté.</translation>
    </message>
    <message>
        <source>its end is not a real date; only its first day is taken.</source>
        <translation>sa fin n&apos;est pas une date qui existe&#xa0;; seul son premier jour est retenu.</translation>
    </message>
    <message>
        <source>it lasts %1 days; an event longer than a year is not a day off and was left out.</source>
        <translation>il dure %1 jours&#xa0;; un événement de plus d&apos;un an n&apos;est pas un jour chômé et a été écarté.</translation>
    </message>
    <message>
        <source>its repeat rule (RRULE) cannot be read; only its first day is taken.</source>
        <translation>sa règle de répétition (RRULE) ne peut pas être lue&#xa0;; seul son premier jour est retenu.</translation>
    </message>
    <message>
        <source>it repeats more often than daily; only its first day is taken.</source>
        <translation>il se répète plus d&apos;une fois par jour&#xa0;; seul son premier jour est retenu.</translation>
    </message>
    <message>
        <source>its repeat rule (RRULE) cannot be followed; only its first day is taken.</source>
        <translation>sa règle de répétition (RRULE) ne peut pas être appliquée&#xa0;; seul son premier jour est retenu.</translation>
    </message>
    <message>
        <source>an extra date (RDATE) is not a real date and was left out.</source>
        <translation>une date supplémentaire (RDATE) n&apos;est pas une date qui existe et a été écartée.</translation>
    </message>
</context>
<context>
    <name>Cutover::ImportJob</name>
    <message>
        <source>Creating contacts</source>
        <translation>Création des contacts</translation>
    </message>
    <message>
        <source>Creating matters</source>
        <translation>Création des dossiers</translation>
    </message>
    <message>
        <source>Creating time entries</source>
        <translation>Création des saisies de temps</translation>
    </message>
    <message>
        <source>Creating expenses</source>
        <translation>Création des frais</translation>
    </message>
    <message>
        <source>Carrying balances forward</source>
        <translation>Report des soldes</translation>
    </message>
    <message>
        <source>Creating notes</source>
        <translation>Création des notes</translation>
    </message>
    <message>
        <source>Creating the “Historical Data” folder</source>
        <translation>Création du répertoire «&#xa0;Historical Data&#xa0;»</translation>
    </message>
    <message>
        <source>Uploading the close-out reports</source>
        <translation>Téléversement des rapports de clôture</translation>
    </message>
    <message>
        <source>The close-out is not finished, so the import cannot start: %1</source>
        <translation>La clôture n&apos;est pas terminée&#xa0;; l&apos;import ne peut donc pas commencer&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>A rollback of this target did not finish (%n record(s) still being deleted). Run the rollback again before importing.</source>
        <translation>
            <numerusform>Un retour arrière sur cette cible n&apos;a pas abouti (%n enregistrement en cours de suppression). Relancez le retour arrière avant d&apos;importer.</numerusform>
            <numerusform>Un retour arrière sur cette cible n&apos;a pas abouti (%n enregistrements en cours de suppression). Relancez le retour arrière avant d&apos;importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entry(s))</source>
        <translation>
            <numerusform>%1 (%n saisie)</numerusform>
            <numerusform>%1 (%n saisies)</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to the target was given.</source>
        <translation>Aucune connexion à la cible n&apos;a été fournie.</translation>
    </message>
    <message>
        <source>The connection to the target could not be made.</source>
        <translation>La connexion à la cible n&apos;a pas pu être établie.</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>Vérification de la connexion</translation>
    </message>
    <message>
        <source>The target answered without an id.</source>
        <translation>La cible a répondu sans ID.</translation>
    </message>
    <message>
        <source>Could not check whether it was created before: %1</source>
        <translation>Impossible de vérifier si l&apos;enregistrement a déjà été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dry run: the CSV package would be written to %1.</source>
        <translation>Simulation&#xa0;: le paquet CSV serait écrit dans %1.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Le répertoire «&#xa0;%1&#xa0;» n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Writing the CSV package</source>
        <translation>Écriture du paquet CSV</translation>
    </message>
    <message>
        <source>The import ledger cannot be written: %1</source>
        <translation>Le registre d&apos;import ne peut pas être écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>CSV package written to %1: %n row(s).</source>
        <translation>
            <numerusform>Paquet CSV écrit dans %1&#xa0;: %n ligne.</numerusform>
            <numerusform>Paquet CSV écrit dans %1&#xa0;: %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users cannot be created through Clio&apos;s API, so these users with time or expenses to import need a Clio user first (map them with the users step or cutover-cli users): %1</source>
        <translation>Les utilisateurs ne peuvent pas être créés par l&apos;API de Clio&#xa0;; ces utilisateurs qui ont du temps ou des frais à importer doivent donc d&apos;abord avoir un utilisateur Clio (associez-les dans la section Utilisateurs de l&apos;étape Import ou avec cutover-cli users)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writing the opening-balance worksheet</source>
        <translation>Écriture de la feuille de calcul des soldes d&apos;ouverture</translation>
    </message>
    <message>
        <source>The import ledger cannot be written, so the import stopped: %1</source>
        <translation>Le registre d&apos;import ne peut pas être écrit&#xa0;; l&apos;import a donc été interrompu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the target</source>
        <translation>
            <numerusform>%n enregistrement dans la cible</numerusform>
            <numerusform>%n enregistrements dans la cible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>The worksheet could not be written: %1</source>
        <translation>La feuille de calcul n&apos;a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; run it again to continue where it stopped.</source>
        <translation>L&apos;import a été annulé&#xa0;; relancez-le pour reprendre là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>%1 is in the target, but whether it changed since cannot be checked: %2</source>
        <translation>%1 est dans la cible, mais il est impossible de vérifier s&apos;il a changé depuis&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed in the old system after it was imported; %2 cannot update %3 through its API — change it by hand.</source>
        <translation>%1 a été modifié dans l&apos;ancien système après son import&#xa0;; %2 ne peut pas mettre à jour %3 par son API — modifiez-le à la main.</translation>
    </message>
    <message>
        <source>Changed in the old system after it was imported, but the update was refused: %1</source>
        <translation>Modifié dans l&apos;ancien système après son import, mais la mise à jour a été refusée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1, about %2; %3.</source>
        <translation>Simulation&#xa0;: %1, environ %2&#xa0;; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln requête</numerusform>
            <numerusform>%Ln requêtes</numerusform>
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
            <numerusform>%Ln problème</numerusform>
            <numerusform>%Ln problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ImportMap</name>
    <message>
        <source>The import map has an unknown key %1.</source>
        <translation>Le modèle d&apos;import contient une clé inconnue, %1.</translation>
    </message>
    <message>
        <source>The import map has an unknown key %1 in %2.</source>
        <translation>Le modèle d&apos;import contient une clé inconnue, %1, dans %2.</translation>
    </message>
    <message>
        <source>The import map has no %1.</source>
        <translation>Il manque %1 dans le modèle d&apos;import.</translation>
    </message>
    <message>
        <source>In the import map, %1 must be text.</source>
        <translation>Dans le modèle d&apos;import, %1 doit être du texte.</translation>
    </message>
    <message>
        <source>In the import map, %1 must be a list of texts.</source>
        <translation>Dans le modèle d&apos;import, %1 doit être une liste de textes.</translation>
    </message>
    <message>
        <source>In the import map, %1 must be true or false.</source>
        <translation>Dans le modèle d&apos;import, %1 doit valoir true ou false.</translation>
    </message>
    <message>
        <source>In the import map, %1 must be an object.</source>
        <translation>Dans le modèle d&apos;import, %1 doit être un objet.</translation>
    </message>
    <message>
        <source>In the import map, %1 must be one character that is not a letter or a digit.</source>
        <translation>Dans le modèle d&apos;import, %1 doit être un caractère unique qui n&apos;est ni une lettre ni un chiffre.</translation>
    </message>
    <message>
        <source>In the import map, %1 is not a date format such as M/d/yyyy, d/M/yyyy, yyyy-MM-dd or auto.</source>
        <translation>Dans le modèle d&apos;import, %1 n&apos;est pas un format de date tel que M/d/yyyy, d/M/yyyy, yyyy-MM-dd ou auto.</translation>
    </message>
    <message>
        <source>In the import map, %1 needs a column and a list of values.</source>
        <translation>Dans le modèle d&apos;import, %1 nécessite une colonne et une liste de valeurs.</translation>
    </message>
    <message>
        <source>In the import map, %1 and %2 must differ.</source>
        <translation>Dans le modèle d&apos;import, %1 et %2 doivent être différents.</translation>
    </message>
    <message>
        <source>In the import map, %1 must name the columns of a file without a header row.</source>
        <translation>Dans le modèle d&apos;import, %1 doit nommer les colonnes d&apos;un fichier sans ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>In the import map, %1 is not a field of %2.</source>
        <translation>Dans le modèle d&apos;import, %1 n&apos;est pas un champ de %2.</translation>
    </message>
    <message>
        <source>In the import map, %1 has both “column” and “columns”; give one.</source>
        <translation>Dans le modèle d&apos;import, %1 contient à la fois «&#xa0;column&#xa0;» et «&#xa0;columns&#xa0;»&#xa0;; n&apos;en indiquez qu&apos;un.</translation>
    </message>
    <message>
        <source>In the import map, %1 names an empty column.</source>
        <translation>Dans le modèle d&apos;import, %1 indique un nom de colonne vide.</translation>
    </message>
    <message>
        <source>In the import map, %1 needs a “column”, “columns” or a “default”.</source>
        <translation>Dans le modèle d&apos;import, %1 nécessite «&#xa0;column&#xa0;», «&#xa0;columns&#xa0;» ou «&#xa0;default&#xa0;».</translation>
    </message>
    <message>
        <source>In the import map, %1 has a “fallback” but no “columns”.</source>
        <translation>Dans le modèle d&apos;import, %1 contient «&#xa0;fallback&#xa0;» mais pas «&#xa0;columns&#xa0;».</translation>
    </message>
    <message>
        <source>In the import map, %1 is only for dates.</source>
        <translation>Dans le modèle d&apos;import, %1 ne s&apos;applique qu&apos;aux dates.</translation>
    </message>
    <message>
        <source>In the import map, %1 is only for durations.</source>
        <translation>Dans le modèle d&apos;import, %1 ne s&apos;applique qu&apos;aux durées.</translation>
    </message>
    <message>
        <source>In the import map, %1 must be auto, hours, hmm, hms, minutes or seconds, not %2.</source>
        <translation>Dans le modèle d&apos;import, %1 doit valoir auto, hours, hmm, hms, minutes ou seconds, et non %2.</translation>
    </message>
    <message>
        <source>In the import map, %1 needs both “split” and “part”.</source>
        <translation>Dans le modèle d&apos;import, %1 nécessite à la fois «&#xa0;split&#xa0;» et «&#xa0;part&#xa0;».</translation>
    </message>
    <message>
        <source>In the import map, %1 must be “last, first” or “first last”, not %2.</source>
        <translation>Dans le modèle d&apos;import, %1 doit valoir «&#xa0;last, first&#xa0;» ou «&#xa0;first last&#xa0;», et non %2.</translation>
    </message>
    <message>
        <source>In the import map, %1 must be “first” or “last”, not %2.</source>
        <translation>Dans le modèle d&apos;import, %1 doit valoir «&#xa0;first&#xa0;» ou «&#xa0;last&#xa0;», et non %2.</translation>
    </message>
    <message>
        <source>In the import map, %1 is only for yes-or-no fields.</source>
        <translation>Dans le modèle d&apos;import, %1 ne s&apos;applique qu&apos;aux champs oui/non.</translation>
    </message>
    <message>
        <source>The import map’s %1 is %2; this version of Cutover reads %3.</source>
        <translation>Dans le modèle d&apos;import, %1 vaut %2&#xa0;; cette version de Cutover lit %3.</translation>
    </message>
    <message>
        <source>The import map’s %1 must be letters, digits, “-”, “_” or “.”, not %2.</source>
        <translation>Dans le modèle d&apos;import, %1 ne doit contenir que des lettres, des chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;.&#xa0;», et non %2.</translation>
    </message>
    <message>
        <source>The import map’s %1 is %2, which is not a kind of data Cutover knows.</source>
        <translation>Dans le modèle d&apos;import, %1 vaut %2, qui n&apos;est pas un type de données connu de Cutover.</translation>
    </message>
    <message>
        <source>The import map %1 cannot be read: %2</source>
        <translation>Le modèle d&apos;import %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The import map %1 is not valid JSON (at character %2: %3).</source>
        <translation>Le modèle d&apos;import %1 n&apos;est pas un JSON valide (au caractère %2&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The import map %1 is not a JSON object.</source>
        <translation>Le modèle d&apos;import %1 n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The import map %1 cannot be written: %2</source>
        <translation>Le modèle d&apos;import %1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Cutover::ImportPage</name>
    <message>
        <source>Push the data into the new system.</source>
        <translation>Transférez les données dans le nouveau système.</translation>
    </message>
    <message>
        <source>Cutover matches the firm&apos;s users to the new system&apos;s users, then imports contacts, matters, time and expense entries, notes and documents in dependency order. Every record is written to a ledger, so an interrupted import resumes without duplicates. Trust balances and receivables the new system cannot take through its API are prepared as worksheets.</source>
        <translation>Cutover associe les utilisateurs du cabinet à ceux du nouveau système, puis importe les contacts, les dossiers, les saisies de temps et de frais, les notes et les documents dans l&apos;ordre de leurs dépendances. Chaque enregistrement est consigné dans un registre, de sorte qu&apos;un import interrompu reprend sans créer de doublons. Les soldes de fidéicommis et les créances que le nouveau système ne peut pas recevoir par son API sont préparés sous forme de feuilles de calcul.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Close-out complete.&lt;/b&gt; The checklist is done and every approval is recorded.</source>
        <translation>&lt;b&gt;Clôture terminée.&lt;/b&gt; La liste de contrôle est complète et toutes les approbations sont enregistrées.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Close-out overridden&lt;/b&gt; by %1 on %2: “%3”. Still open:</source>
        <translation>&lt;b&gt;Dérogation à la clôture&lt;/b&gt; accordée par %1 le %2&#xa0;: «&#xa0;%3&#xa0;». Encore en suspens&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import cannot start yet.&lt;/b&gt; Finish the close-out first (or override it there with a reason):</source>
        <translation>&lt;b&gt;L&apos;import ne peut pas encore commencer.&lt;/b&gt; Terminez d&apos;abord la clôture (ou dérogez-y à cette étape en indiquant un motif)&#xa0;:</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(non associé)</translation>
    </message>
    <message>
        <source>User mapping</source>
        <translation>Association des utilisateurs</translation>
    </message>
    <message>
        <source>Test the connection to see the new system&apos;s users.</source>
        <translation>Testez la connexion pour voir les utilisateurs du nouveau système.</translation>
    </message>
    <message>
        <source>Su&amp;ggest again</source>
        <translation>Su&amp;ggérer de nouveau</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>Si&amp;mulation</translation>
    </message>
    <message>
        <source>Start &amp;import</source>
        <translation>&amp;Lancer l&apos;import</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Roll back import…</source>
        <translation>Retour arrière sur l&apos;&amp;import…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <source>A dry run or an import shows its records here.</source>
        <translation>Une simulation ou un import affiche ici ses enregistrements.</translation>
    </message>
    <message>
        <source>Failed records</source>
        <translation>Enregistrements en échec</translation>
    </message>
    <message>
        <source>Records the new system refused are listed here.</source>
        <translation>Les enregistrements refusés par le nouveau système sont listés ici.</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Ren&amp;voyer les échecs</translation>
    </message>
    <message>
        <source>The close-out is not finished (see above).</source>
        <translation>La clôture n&apos;est pas terminée (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Reading the users…</source>
        <translation>Lecture des utilisateurs…</translation>
    </message>
    <message>
        <source>No user has entries to import.</source>
        <translation>Aucun utilisateur n&apos;a de saisies à importer.</translation>
    </message>
    <message>
        <source>Every user with entries has a user in the new system.</source>
        <translation>Chaque utilisateur ayant des saisies a un utilisateur correspondant dans le nouveau système.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a user in the new system: %1. Their entries cannot be imported until one is chosen (users cannot be created through the API: add them in the new system first).</source>
        <translation>
            <numerusform>%n utilisateur sans utilisateur correspondant dans le nouveau système&#xa0;: %1. Ses saisies ne peuvent pas être importées tant qu&apos;un utilisateur n&apos;est pas choisi (les utilisateurs ne peuvent pas être créés par l&apos;API&#xa0;: ajoutez-les d&apos;abord dans le nouveau système).</numerusform>
            <numerusform>%n utilisateurs sans utilisateur correspondant dans le nouveau système&#xa0;: %1. Leurs saisies ne peuvent pas être importées tant qu&apos;un utilisateur n&apos;est pas choisi (les utilisateurs ne peuvent pas être créés par l&apos;API&#xa0;: ajoutez-les d&apos;abord dans le nouveau système).</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: requests already sent finish; nothing new is sent until you resume.</source>
        <translation>En pause&#xa0;: les requêtes déjà envoyées se terminent&#xa0;; rien de nouveau n&apos;est envoyé tant que vous ne reprenez pas.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to the new system</source>
        <translation>
            <numerusform>%n requête vers le nouveau système</numerusform>
            <numerusform>%n requêtes vers le nouveau système</numerusform>
        </translation>
    </message>
    <message>
        <source>, about %1</source>
        <translation>, environ %1</translation>
    </message>
    <message numerus="yes">
        <source> at its limit of %n request(s) a minute</source>
        <translation>
            <numerusform> au rythme maximal de %n requête par minute</numerusform>
            <numerusform> au rythme maximal de %n requêtes par minute</numerusform>
        </translation>
    </message>
    <message>
        <source>Users without a user in the new system: %1</source>
        <translation>Utilisateurs sans utilisateur correspondant dans le nouveau système&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The review window closes on %1; after that the import can no longer be rolled back.</source>
        <translation>La période de vérification prend fin le %1&#xa0;; passé ce délai, aucun retour arrière sur l&apos;import ne sera plus possible.</translation>
    </message>
    <message>
        <source>Roll back the import</source>
        <translation>Retour arrière sur l&apos;import</translation>
    </message>
    <message>
        <source>Delete everything this import created in %1?</source>
        <translation>Supprimer tout ce que cet import a créé dans %1&#xa0;?</translation>
    </message>
    <message>
        <source>These records will be deleted from the new system:</source>
        <translation>Ces enregistrements seront supprimés du nouveau système&#xa0;:</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Les supprimer</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>Pr&amp;ogress</source>
        <translation>Progr&amp;ession</translation>
    </message>
    <message>
        <source>Fai&amp;led records</source>
        <translation>Enregistrements en éc&amp;hec</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>Repren&amp;dre</translation>
    </message>
    <message>
        <source>Fai&amp;led records (%L1)</source>
        <translation>Enregistrements en éc&amp;hec (%L1)</translation>
    </message>
    <message>
        <source>Go to Close out</source>
        <translation>Aller à la clôture</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
</context>
<context>
    <name>Cutover::ImportPlan</name>
    <message>
        <source>The import cannot read %1: %2</source>
        <translation>L&apos;import ne peut pas lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The project file cannot be read: %1</source>
        <translation>Le fichier de projet ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing has been loaded into this project yet: load the final export first.</source>
        <translation>Rien n&apos;a encore été chargé dans ce projet&#xa0;: chargez d&apos;abord l&apos;export final.</translation>
    </message>
    <message>
        <source>No final export has been loaded: this imports snapshot %1 (a %2 export) as a trial run. Load the final export before the real import.</source>
        <translation>Aucun export final n&apos;a été chargé&#xa0;: l&apos;instantané %1 (export de type %2) est importé à titre d&apos;essai. Chargez l&apos;export final avant l&apos;import réel.</translation>
    </message>
    <message numerus="yes">
        <source>%n re-export(s) after the final export add the rows marked for import.</source>
        <translation>
            <numerusform>%n nouvel export postérieur à l&apos;export final ajoute les lignes marquées pour l&apos;import.</numerusform>
            <numerusform>%n nouveaux exports postérieurs à l&apos;export final ajoutent les lignes marquées pour l&apos;import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Client %1: %2</source>
        <translation>Client %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Client number “%1” is the one the import keeps for the firm&apos;s own contact; renumber this client in the export.</source>
        <translation>Le numéro de client «&#xa0;%1&#xa0;» est celui que l&apos;import réserve au contact du cabinet lui-même&#xa0;; renumérotez ce client dans l&apos;export.</translation>
    </message>
    <message>
        <source>Matter %1: %2</source>
        <translation>Dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Matter %1 has no client; Clio needs one for every matter.</source>
        <translation>Le dossier %1 n&apos;a pas de client&#xa0;; Clio en exige un pour chaque dossier.</translation>
    </message>
    <message>
        <source>Matter %1 belongs to client %2, who is not in the export.</source>
        <translation>Le dossier %1 appartient au client %2, qui ne figure pas dans l&apos;export.</translation>
    </message>
    <message>
        <source>Matter number “%1” is the one the import keeps for the firm&apos;s own matter; renumber this matter in the export.</source>
        <translation>Le numéro de dossier «&#xa0;%1&#xa0;» est celui que l&apos;import réserve au dossier propre du cabinet&#xa0;; renumérotez ce dossier dans l&apos;export.</translation>
    </message>
    <message>
        <source>Time entry %1: %2</source>
        <translation>Saisie de temps %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Expense %1: %2</source>
        <translation>Saisie de frais %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Billed: billed history stays in the old system&apos;s reports.</source>
        <translation>Facturé&#xa0;: l&apos;historique facturé reste dans les rapports de l&apos;ancien système.</translation>
    </message>
    <message>
        <source>Time entry %1 has no matter; Clio keeps time on matters.</source>
        <translation>La saisie de temps %1 n&apos;a pas de dossier&#xa0;; Clio rattache le temps aux dossiers.</translation>
    </message>
    <message>
        <source>Expense %1 has no matter; Clio keeps expenses on matters.</source>
        <translation>La saisie de frais %1 n&apos;a pas de dossier&#xa0;; Clio rattache les frais aux dossiers.</translation>
    </message>
    <message>
        <source>Time entry %1 is on matter %2, which is not in the export.</source>
        <translation>La saisie de temps %1 porte sur le dossier %2, qui ne figure pas dans l&apos;export.</translation>
    </message>
    <message>
        <source>Expense %1 is on matter %2, which is not in the export.</source>
        <translation>La saisie de frais %1 porte sur le dossier %2, qui ne figure pas dans l&apos;export.</translation>
    </message>
    <message>
        <source>Time entry %1 has no user.</source>
        <translation>La saisie de temps %1 n&apos;a pas d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Expense %1 has no user.</source>
        <translation>La saisie de frais %1 n&apos;a pas d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Note %1: %2</source>
        <translation>Note %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Note %1 is on matter %2, which is not in the export.</source>
        <translation>La note %1 porte sur le dossier %2, qui ne figure pas dans l&apos;export.</translation>
    </message>
    <message>
        <source>Note %1 is on client %2, who is not in the export.</source>
        <translation>La note %1 porte sur le client %2, qui ne figure pas dans l&apos;export.</translation>
    </message>
    <message>
        <source>Note %1 belongs to no matter and no client.</source>
        <translation>La note %1 n&apos;est rattachée à aucun dossier ni à aucun client.</translation>
    </message>
    <message>
        <source>%1 has %2 receivable outside any matter; Clio keeps balances forward on matters, so enter it by hand (it is on the worksheet).</source>
        <translation>%1 a %2 de créances hors de tout dossier&#xa0;; Clio rattache les soldes reportés aux dossiers&#xa0;: saisissez ce montant à la main (il figure sur la feuille de calcul).</translation>
    </message>
    <message>
        <source>Matter %1 has %2 receivable but is not in the export.</source>
        <translation>Le dossier %1 a %2 de créances mais ne figure pas dans l&apos;export.</translation>
    </message>
    <message>
        <source>Historical data from %1</source>
        <translation>Données historiques de %1</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>le client %1</translation>
    </message>
    <message>
        <source>matter %1</source>
        <translation>le dossier %1</translation>
    </message>
    <message>
        <source>time entry %1</source>
        <translation>la saisie de temps %1</translation>
    </message>
    <message>
        <source>expense %1</source>
        <translation>la saisie de frais %1</translation>
    </message>
    <message>
        <source>the balance carried forward of matter %1</source>
        <translation>le solde reporté du dossier %1</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>la note %1</translation>
    </message>
    <message>
        <source>the folder “Historical Data”</source>
        <translation>le répertoire «&#xa0;Historical Data&#xa0;»</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>le rapport %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>%1 depends on %2, which was not created.</source>
        <translation>%1 dépend d&apos;un élément qui n&apos;a pas été créé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read from the project file: %2</source>
        <translation>%1 est illisible dans le fichier de projet&#xa0;: %2</translation>
    </message>
    <message>
        <source>Client %1 has neither a name nor a company.</source>
        <translation>Le client %1 n&apos;a ni nom ni entreprise.</translation>
    </message>
    <message>
        <source>%1 is by %2, who is not mapped to a user in the target.</source>
        <translation>%1 est au nom de %2, qui n&apos;est associé à aucun utilisateur de la cible.</translation>
    </message>
    <message>
        <source>%1 has no date.</source>
        <translation>%1 n&apos;a pas de date.</translation>
    </message>
    <message>
        <source>%1 has no amount.</source>
        <translation>%1 n&apos;a pas de montant.</translation>
    </message>
    <message>
        <source>Balance carried forward from %1</source>
        <translation>Solde reporté de %1</translation>
    </message>
    <message>
        <source>Note %1 has neither a subject nor a text.</source>
        <translation>La note %1 n&apos;a ni objet ni texte.</translation>
    </message>
    <message>
        <source>The report “%1” cannot be read from the project file: %2</source>
        <translation>Le rapport «&#xa0;%1&#xa0;» ne peut pas être lu dans le fichier de projet&#xa0;: %2</translation>
    </message>
    <message>
        <source>The report “%1” in the project file is incomplete.</source>
        <translation>Le rapport «&#xa0;%1&#xa0;» du fichier de projet est incomplet.</translation>
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
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévus</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
</context>
<context>
    <name>Cutover::ImportWorksheet</name>
    <message>
        <source>Nothing has been loaded into this project yet.</source>
        <translation>Rien n&apos;a encore été chargé dans ce projet.</translation>
    </message>
    <message>
        <source>The worksheet cannot read the project file: %1</source>
        <translation>La feuille de calcul ne peut pas lire le fichier de projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(aucun client)</translation>
    </message>
    <message>
        <source>no cutoff set</source>
        <translation>aucune date de bascule fixée</translation>
    </message>
    <message>
        <source>Opening balances of %1 at the cutoff (%2): trust %3, receivable %4. Enter the trust balances in Clio by hand; the receivables were imported as balance-forward entries.</source>
        <translation>Soldes d&apos;ouverture de %1 à la date de bascule (%2)&#xa0;: fidéicommis %3, créances %4. Saisissez à la main les soldes en fidéicommis dans Clio&#xa0;; les créances ont été importées sous forme d&apos;écritures de report de solde.</translation>
    </message>
    <message>
        <source>the firm</source>
        <translation>le cabinet</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Numéro de client</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Matter number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Opening trust balance</source>
        <translation>Solde d&apos;ouverture en fidéicommis</translation>
    </message>
    <message>
        <source>Receivable carried forward</source>
        <translation>Créances reportées</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Cutover::InterimEntryModel</name>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Sent (entry %1)</source>
        <translation>Envoyée (saisie %1)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>(the new system&apos;s rate)</source>
        <translation>(taux du nouveau système)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
</context>
<context>
    <name>Cutover::InterimIssueModel</name>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Cutover::InterimLoadJob</name>
    <message>
        <source>%1: the date is empty.</source>
        <translation>%1&#xa0;: la date est vide.</translation>
    </message>
    <message>
        <source>%1: %2 is not a date.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>%1: %2 is before the cutoff day, %3; that time belongs in the old system.</source>
        <translation>%1&#xa0;: %2 est antérieur au jour de bascule, le %3&#xa0;; ce temps relève de l&apos;ancien système.</translation>
    </message>
    <message>
        <source>%1: no user is given.</source>
        <translation>%1&#xa0;: aucun utilisateur n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>%1: %2 is not one of the firm&apos;s users.</source>
        <translation>%1&#xa0;: %2 ne fait pas partie des utilisateurs du cabinet.</translation>
    </message>
    <message>
        <source>%1: no matter is given.</source>
        <translation>%1&#xa0;: aucun dossier n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>%1: %2 is not a matter of the migration.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un dossier de la migration.</translation>
    </message>
    <message>
        <source>%1: %2 is not the client of matter %3 (%4); the matter decides and the row was kept.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas le client du dossier %3 (%4)&#xa0;; le dossier prévaut et la ligne a été conservée.</translation>
    </message>
    <message>
        <source>%1: no hours are given.</source>
        <translation>%1&#xa0;: aucun nombre d&apos;heures n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>%1: %2 is not a number of hours.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un nombre d&apos;heures.</translation>
    </message>
    <message>
        <source>%1: %2 is not more than 0 hours.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas supérieur à 0 heure.</translation>
    </message>
    <message>
        <source>%1: %2 is more than 24 hours.</source>
        <translation>%1&#xa0;: %2 dépasse 24 heures.</translation>
    </message>
    <message>
        <source>%1: %2 has more than two decimals.</source>
        <translation>%1&#xa0;: %2 a plus de deux décimales.</translation>
    </message>
    <message>
        <source>%1: %2 is not an amount.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>%1: %2 is negative.</source>
        <translation>%1&#xa0;: %2 est négatif.</translation>
    </message>
    <message>
        <source>%1: %2 is neither %3 nor %4.</source>
        <translation>%1&#xa0;: %2 n&apos;est ni %3 ni %4.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>The header row has no column %1: this is not a time-tracking template.</source>
        <translation>La ligne d&apos;en-tête n&apos;a pas de colonne %1&#xa0;: ce n&apos;est pas un modèle de suivi du temps.</translation>
    </message>
    <message>
        <source>Reading stopped here: %1 The rows before it were loaded.</source>
        <translation>La lecture s&apos;est arrêtée ici&#xa0;: %1 Les lignes précédentes ont été chargées.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>%1 could not be stored: %2</source>
        <translation>%1 n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>There is no interim entry %1.</source>
        <translation>Il n&apos;existe aucune saisie transitoire %1.</translation>
    </message>
    <message>
        <source>The entry from %1, row %2 was already sent to the new system; it cannot be removed here.</source>
        <translation>La saisie provenant de %1, ligne %2, a déjà été envoyée au nouveau système&#xa0;; elle ne peut pas être retirée ici.</translation>
    </message>
    <message>
        <source>%1 read from %2: %3 added, %4 already loaded, %5 refused.</source>
        <translation>Lecture de %1 dans %2&#xa0;: %3 ajoutée(s), %4 déjà chargée(s), %5 refusée(s).</translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 ligne</numerusform>
            <numerusform>%1 lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::IssueListModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Valeur dans le fichier</translation>
    </message>
</context>
<context>
    <name>Cutover::IssueSeverities</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>Cutover::JobProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stops the job; nothing it did so far is kept.</source>
        <translation>Arrête le traitement&#xa0;; rien de ce qu&apos;il a fait jusque-là n&apos;est conservé.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 restant</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>%1 écoulé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 enregistrement</numerusform>
            <numerusform>%1 enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 enregistrements/s</translation>
    </message>
    <message>
        <source>Cutover: done</source>
        <translation>Cutover&#xa0;: terminé</translation>
    </message>
    <message>
        <source>Cutover: cancelled</source>
        <translation>Cutover&#xa0;: annulé</translation>
    </message>
    <message>
        <source>Cutover: failed</source>
        <translation>Cutover&#xa0;: échec</translation>
    </message>
</context>
<context>
    <name>Cutover::LedgerFailureModel</name>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Motif de l&apos;échec</translation>
    </message>
</context>
<context>
    <name>Cutover::MapSuggester</name>
    <message>
        <source>Suggested map for %1</source>
        <translation>Modèle suggéré pour %1</translation>
    </message>
    <message>
        <source>The columns could be %1 or %2; choose which.</source>
        <translation>Les colonnes pourraient correspondre à %1 ou à %2&#xa0;; faites votre choix.</translation>
    </message>
    <message>
        <source>The columns fit no known kind of data; choose what the file holds.</source>
        <translation>Les colonnes ne correspondent à aucun type de données connu&#xa0;; choisissez le contenu du fichier.</translation>
    </message>
</context>
<context>
    <name>Cutover::MappingModel</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisie</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>par défaut (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Required: choose the column that holds it, or give a default.</source>
        <translation>Obligatoire&#xa0;: choisissez la colonne qui le contient ou indiquez une valeur par défaut.</translation>
    </message>
    <message>
        <source>No column: Cutover derives a number from each row&apos;s contents.</source>
        <translation>Aucune colonne&#xa0;: Cutover calcule un numéro à partir du contenu de chaque ligne.</translation>
    </message>
    <message>
        <source>Joined from %1</source>
        <translation>Combiné à partir de %1</translation>
    </message>
    <message>
        <source>Double-click or press F2 to choose the column.</source>
        <translation>Double-cliquez ou appuyez sur F2 pour choisir la colonne.</translation>
    </message>
    <message>
        <source>How sure Cutover is, from the header names, that this column holds the field.</source>
        <translation>Degré de certitude de Cutover, d&apos;après les noms d&apos;en-tête, que cette colonne contient le champ.</translation>
    </message>
    <message>
        <source>How dates are written in this column, e.g. M/d/yyyy or d/M/yyyy.</source>
        <translation>Format des dates dans cette colonne, p. ex. M/d/yyyy ou d/M/yyyy.</translation>
    </message>
    <message>
        <source>hours (1.25), hmm (1:15), hms (1:15:00), minutes, seconds, or auto.</source>
        <translation>hours (1.25), hmm (1:15), hms (1:15:00), minutes, seconds ou auto.</translation>
    </message>
    <message>
        <source>Used when the cell is empty or the file has no such column.</source>
        <translation>Valeur utilisée lorsque la cellule est vide ou que le fichier n&apos;a pas cette colonne.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Format or unit</source>
        <translation>Format ou unité</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
</context>
<context>
    <name>Cutover::PlaceholderJobs</name>
    <message>
        <source>The project file cannot be read: %1</source>
        <translation>Le fichier de projet ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The placeholder matter lives in Clio: a CSV package has none.</source>
        <translation>Le dossier d&apos;attente se trouve dans Clio&#xa0;: un paquet CSV n&apos;en a pas.</translation>
    </message>
    <message>
        <source>No connection to the target was given.</source>
        <translation>Aucune connexion à la cible n&apos;a été fournie.</translation>
    </message>
    <message>
        <source>The connection to the target could not be made.</source>
        <translation>La connexion à la cible n&apos;a pas pu être établie.</translation>
    </message>
    <message>
        <source>The placeholder matter cannot be recorded: %1</source>
        <translation>Le dossier d&apos;attente ne peut pas être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The target answered without an id.</source>
        <translation>La cible a répondu sans ID.</translation>
    </message>
    <message>
        <source>Finding or creating the contact “%1”</source>
        <translation>Recherche ou création du contact «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cancelled; run it again to finish the placeholder matter.</source>
        <translation>Annulé&#xa0;; relancez l&apos;opération pour achever le dossier d&apos;attente.</translation>
    </message>
    <message>
        <source>Finding or creating the matter “%1”</source>
        <translation>Recherche ou création du dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The placeholder matter %1 “%2” was created for “%3”; it is not billable.</source>
        <translation>Le dossier d&apos;attente %1 «&#xa0;%2&#xa0;» a été créé pour «&#xa0;%3&#xa0;»&#xa0;; il n&apos;est pas facturable.</translation>
    </message>
    <message>
        <source>The placeholder matter %1 “%2” of “%3” was there already; nothing new was created.</source>
        <translation>Le dossier d&apos;attente %1 «&#xa0;%2&#xa0;» de «&#xa0;%3&#xa0;» existait déjà&#xa0;; rien de nouveau n&apos;a été créé.</translation>
    </message>
    <message>
        <source>The interim entry of %1 by %2 (%3, row %4)</source>
        <translation>La saisie transitoire du %1 de %2 (%3, ligne %4)</translation>
    </message>
    <message>
        <source>The interim entries cannot be read: %1</source>
        <translation>Les saisies transitoires ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The import ledger cannot be written: %1</source>
        <translation>Le registre d&apos;import ne peut pas être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Uploading interim time</source>
        <translation>Envoi du temps de la période transitoire</translation>
    </message>
    <message>
        <source>%1: the user %2 is not mapped to a user in the target (map them in the users step).</source>
        <translation>%1&#xa0;: l&apos;utilisateur %2 n&apos;est associé à aucun utilisateur de la cible (associez-le dans la section Utilisateurs de l&apos;étape Import).</translation>
    </message>
    <message>
        <source>%1: its matter %2 is not in the target yet and there is no placeholder matter to hold it; create the placeholder matter first.</source>
        <translation>%1&#xa0;: son dossier %2 n&apos;est pas encore dans la cible et aucun dossier d&apos;attente ne peut l&apos;accueillir&#xa0;; créez d&apos;abord le dossier d&apos;attente.</translation>
    </message>
    <message>
        <source>[for %1] %2</source>
        <translation>[pour %1] %2</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 a été refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>the target answered without an id</source>
        <translation>la cible a répondu sans ID</translation>
    </message>
    <message>
        <source>%1: could not check whether it was sent before: %2</source>
        <translation>%1&#xa0;: impossible de vérifier si elle a déjà été envoyée&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n interim entry(s) sent to their matters</source>
        <translation>
            <numerusform>%n saisie transitoire envoyée vers son dossier</numerusform>
            <numerusform>%n saisies transitoires envoyées vers leurs dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to the placeholder matter</source>
        <translation>
            <numerusform>%n vers le dossier d&apos;attente</numerusform>
            <numerusform>%n vers le dossier d&apos;attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent before</source>
        <translation>
            <numerusform>%n déjà envoyée</numerusform>
            <numerusform>%n déjà envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>The import ledger cannot be written, so the upload stopped: %1</source>
        <translation>Le registre d&apos;import ne peut pas être écrit&#xa0;; l&apos;envoi a donc été interrompu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The upload was cancelled; run it again to continue where it stopped.</source>
        <translation>L&apos;envoi a été annulé&#xa0;; relancez-le pour reprendre là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>There is no placeholder matter in this target yet, so there is nothing to reassign.</source>
        <translation>Cette cible n&apos;a pas encore de dossier d&apos;attente&#xa0;; il n&apos;y a donc rien à réaffecter.</translation>
    </message>
    <message>
        <source>The listing was cancelled; nothing was changed.</source>
        <translation>La lecture des saisies a été annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Reading the target&apos;s users</source>
        <translation>Lecture des utilisateurs de la cible</translation>
    </message>
    <message>
        <source>Reading the entries on the placeholder matter</source>
        <translation>Lecture des saisies du dossier d&apos;attente</translation>
    </message>
    <message>
        <source>Reading the target&apos;s matters</source>
        <translation>Lecture des dossiers de la cible</translation>
    </message>
    <message>
        <source>The entries to reassign cannot be saved: %1</source>
        <translation>Les saisies à réaffecter ne peuvent pas être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Billed in the target: a billed entry cannot be moved.</source>
        <translation>Facturée dans la cible&#xa0;: une saisie facturée ne peut pas être déplacée.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) on the placeholder matter</source>
        <translation>
            <numerusform>%n saisie sur le dossier d&apos;attente</numerusform>
            <numerusform>%n saisies sur le dossier d&apos;attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a suggestion</source>
        <translation>
            <numerusform>%n avec une suggestion</numerusform>
            <numerusform>%n avec une suggestion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matter(s) to choose from</source>
        <translation>
            <numerusform>%n dossier disponible</numerusform>
            <numerusform>%n dossiers disponibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) listed before are no longer on it.</source>
        <translation>
            <numerusform>%n saisie listée précédemment n&apos;y figure plus.</numerusform>
            <numerusform>%n saisies listées précédemment n&apos;y figurent plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The entries to move cannot be read: %1</source>
        <translation>Les saisies à déplacer ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entry %1 (to %2)</source>
        <translation>Saisie %1 (vers %2)</translation>
    </message>
    <message>
        <source>%1: %2 answered, but the entry is on matter %3.</source>
        <translation>%1&#xa0;: %2 a répondu, mais la saisie se trouve sur le dossier %3.</translation>
    </message>
    <message>
        <source>%1 refused to move it: %2</source>
        <translation>%1 a refusé de la déplacer&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 no longer has this entry.</source>
        <translation>%1 ne contient plus cette saisie.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Moving entries to their matters</source>
        <translation>Déplacement des saisies vers leurs dossiers</translation>
    </message>
    <message>
        <source>%1: could not check whether it was moved before: %2</source>
        <translation>%1&#xa0;: impossible de vérifier si elle a déjà été déplacée&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) moved</source>
        <translation>
            <numerusform>%n saisie déplacée</numerusform>
            <numerusform>%n saisies déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the target</source>
        <translation>
            <numerusform>%n refusée par la cible</numerusform>
            <numerusform>%n refusées par la cible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (tried again next time)</source>
        <translation>
            <numerusform>%n en échec (nouvelle tentative la prochaine fois)</numerusform>
            <numerusform>%n en échec (nouvelle tentative la prochaine fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>The project file cannot be written, so the moves stopped: %1</source>
        <translation>Le fichier de projet ne peut pas être écrit&#xa0;; les déplacements ont donc été interrompus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The moves were cancelled; run them again to continue where they stopped.</source>
        <translation>Les déplacements ont été annulés&#xa0;; relancez-les pour reprendre là où ils se sont arrêtés.</translation>
    </message>
</context>
<context>
    <name>Cutover::PlaceholderPage</name>
    <message>
        <source>Keep tracking time while the migration runs.</source>
        <translation>Continuez à saisir votre temps pendant la migration.</translation>
    </message>
    <message>
        <source>New clients go straight into the new system. Time for existing clients is tracked on a placeholder matter in the new system or in the time-tracking spreadsheets Cutover writes, and moved to the right matters once they exist.</source>
        <translation>Les nouveaux clients sont créés directement dans le nouveau système. Le temps des clients existants est saisi sur un dossier d&apos;attente dans le nouveau système ou dans les feuilles de suivi du temps générées par Cutover, puis transféré vers les bons dossiers dès qu&apos;ils existent.</translation>
    </message>
    <message>
        <source>Matter to move the entry to</source>
        <translation>Dossier vers lequel déplacer la saisie</translation>
    </message>
    <message>
        <source>Placeholder matter</source>
        <translation>Dossier d&apos;attente</translation>
    </message>
    <message>
        <source>Client of the placeholder matter</source>
        <translation>Client du dossier d&apos;attente</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Description of the placeholder matter</source>
        <translation>Description du dossier d&apos;attente</translation>
    </message>
    <message>
        <source>Create &amp;placeholder</source>
        <translation>&amp;Créer le dossier d&apos;attente</translation>
    </message>
    <message>
        <source>Creates the client and a non-billable matter in the new system; running it again finds them instead of creating them twice.</source>
        <translation>Crée le client et un dossier non facturable dans le nouveau système&#xa0;; relancée, l&apos;opération les retrouve au lieu de les créer en double.</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>A CSV import package has no placeholder matter: nothing can be sent to it before the import. Track the time in the templates (section 2) and load them (section 3); choose a Clio target to create the placeholder matter.</source>
        <translation>Un paquet d&apos;import CSV n&apos;a pas de dossier d&apos;attente&#xa0;: rien ne peut y être envoyé avant l&apos;import. Saisissez le temps dans les modèles (section 2) et chargez-les (section 3)&#xa0;; choisissez une cible Clio pour créer le dossier d&apos;attente.</translation>
    </message>
    <message>
        <source>&amp;1 Target and placeholder</source>
        <translation>&amp;1 Cible et dossier d&apos;attente</translation>
    </message>
    <message>
        <source>Spreadsheets to track time in until the new system is ready: drop-down lists of the firm&apos;s users and of the clients and matters from the final snapshot, a date, hours, rate, description and billable. Fill them in, then load them in section 3.</source>
        <translation>Des feuilles de calcul pour saisir le temps jusqu&apos;à ce que le nouveau système soit prêt&#xa0;: listes déroulantes des utilisateurs du cabinet et des clients et dossiers de l&apos;instantané final, date, heures, taux, description et caractère facturable. Remplissez-les, puis chargez-les dans la section 3.</translation>
    </message>
    <message>
        <source>Folder for the templates</source>
        <translation>Répertoire des modèles</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Output fol&amp;der:</source>
        <translation>&amp;Répertoire de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;XLSX workbook (with drop-down lists)</source>
        <translation>Classeur &amp;XLSX (avec listes déroulantes)</translation>
    </message>
    <message>
        <source>CS&amp;V file</source>
        <translation>Fichier CS&amp;V</translation>
    </message>
    <message>
        <source>&amp;One per user</source>
        <translation>&amp;Un par utilisateur</translation>
    </message>
    <message>
        <source>A file for each user, with the user filled in.</source>
        <translation>Un fichier par utilisateur, avec l&apos;utilisateur déjà renseigné.</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formats&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Write templates</source>
        <translation>&amp;Enregistrer les modèles</translation>
    </message>
    <message>
        <source>O&amp;pen folder</source>
        <translation>&amp;Ouvrir le répertoire</translation>
    </message>
    <message>
        <source>Templates written</source>
        <translation>Modèles enregistrés</translation>
    </message>
    <message>
        <source>&amp;2 Templates</source>
        <translation>&amp;2 Modèles</translation>
    </message>
    <message>
        <source>&amp;Load filled templates…</source>
        <translation>&amp;Charger les modèles remplis…</translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation>&amp;Retirer la saisie</translation>
    </message>
    <message>
        <source>Removes an entry not sent yet, e.g. a wrong row you will load again corrected.</source>
        <translation>Retire une saisie pas encore envoyée, p. ex. une ligne erronée que vous chargerez de nouveau une fois corrigée.</translation>
    </message>
    <message>
        <source>&amp;Upload to the new system</source>
        <translation>&amp;Envoyer vers le nouveau système</translation>
    </message>
    <message>
        <source>Each entry goes to its matter when that matter was imported, otherwise to the placeholder matter (not billable there until it is moved).</source>
        <translation>Chaque saisie est envoyée vers son dossier si celui-ci a été importé, sinon vers le dossier d&apos;attente (où elle n&apos;est pas facturable tant qu&apos;elle n&apos;a pas été déplacée).</translation>
    </message>
    <message>
        <source>Interim entries</source>
        <translation>Saisies transitoires</translation>
    </message>
    <message>
        <source>Entries loaded from filled templates are listed here.</source>
        <translation>Les saisies chargées depuis les modèles remplis sont listées ici.</translation>
    </message>
    <message>
        <source>Rows refused</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <source>Rows and cells that could not be loaded are listed here, by file, row and column.</source>
        <translation>Les lignes et cellules qui n&apos;ont pas pu être chargées sont listées ici, par fichier, ligne et colonne.</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>S&amp;aisies</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>Pro&amp;blèmes</translation>
    </message>
    <message>
        <source>&amp;3 Interim time</source>
        <translation>&amp;3 Temps transitoire</translation>
    </message>
    <message>
        <source>Fin&amp;d entries on the placeholder</source>
        <translation>Rec&amp;hercher les saisies du dossier d&apos;attente</translation>
    </message>
    <message>
        <source>Reads every entry on the placeholder matter from the new system and suggests the real matter for each. Decisions already made are kept.</source>
        <translation>Lit dans le nouveau système chaque saisie du dossier d&apos;attente et suggère le dossier réel de chacune. Les décisions déjà prises sont conservées.</translation>
    </message>
    <message>
        <source>Mo&amp;ve accepted entries</source>
        <translation>&amp;Déplacer les saisies acceptées</translation>
    </message>
    <message>
        <source>Moves every entry marked Move to its matter, one at a time; an interrupted move resumes without moving an entry twice.</source>
        <translation>Déplace une à une vers son dossier chaque saisie marquée «&#xa0;Déplacer&#xa0;»&#xa0;; un déplacement interrompu reprend sans déplacer deux fois la même saisie.</translation>
    </message>
    <message>
        <source>Chec&amp;k all</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Move the checked entries (or the selected ones) to the matter shown in Move to.</source>
        <translation>Marque les saisies cochées (ou sélectionnées) pour qu&apos;elles soient déplacées vers le dossier indiqué dans «&#xa0;Déplacer vers&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Leave the checked entries (or the selected ones) on the placeholder.</source>
        <translation>Laisse les saisies cochées (ou sélectionnées) sur le dossier d&apos;attente.</translation>
    </message>
    <message>
        <source>Change &amp;matter…</source>
        <translation>&amp;Changer de dossier…</translation>
    </message>
    <message>
        <source>Accept all at &amp;least</source>
        <translation>Tout accepter à pa&amp;rtir de</translation>
    </message>
    <message>
        <source>Accepts every undecided entry whose suggestion is at least this sure.</source>
        <translation>Accepte chaque saisie non décidée dont la suggestion atteint au moins ce degré de confiance.</translation>
    </message>
    <message>
        <source>Lowest confidence to accept</source>
        <translation>Confiance minimale pour accepter</translation>
    </message>
    <message>
        <source>Only &amp;refused and failed</source>
        <translation>&amp;Uniquement refusées et en échec</translation>
    </message>
    <message>
        <source>Entries on the placeholder</source>
        <translation>Saisies du dossier d&apos;attente</translation>
    </message>
    <message>
        <source>Find the entries on the placeholder to see them here with a suggested matter.</source>
        <translation>Recherchez les saisies du dossier d&apos;attente pour les voir ici avec un dossier suggéré.</translation>
    </message>
    <message>
        <source>&amp;4 Reassign</source>
        <translation>&amp;4 Réaffectation</translation>
    </message>
    <message>
        <source>Folder for the time-tracking templates</source>
        <translation>Répertoire des modèles de suivi du temps</translation>
    </message>
    <message>
        <source>Time-tracking templates</source>
        <translation>Modèles de suivi du temps</translation>
    </message>
    <message>
        <source>Created: matter %1 “%2” of %3, on %4 by %5. Entries on it are not billable until moved.</source>
        <translation>Créé&#xa0;: dossier %1 «&#xa0;%2&#xa0;» de %3, le %4 par %5. Les saisies qu&apos;il contient ne sont pas facturables tant qu&apos;elles n&apos;ont pas été déplacées.</translation>
    </message>
    <message>
        <source>Not created yet in %1. The names can be changed until it is created.</source>
        <translation>Pas encore créé dans %1. Les noms peuvent être modifiés tant qu&apos;il n&apos;est pas créé.</translation>
    </message>
    <message>
        <source>&amp;Entries (%L1)</source>
        <translation>S&amp;aisies (%L1)</translation>
    </message>
    <message>
        <source>&amp;Issues (%L1)</source>
        <translation>Pro&amp;blèmes (%L1)</translation>
    </message>
    <message>
        <source>Entries are reassigned on a Clio target; a CSV import package has no placeholder matter.</source>
        <translation>Les saisies sont réaffectées sur une cible Clio&#xa0;; un paquet d&apos;import CSV n&apos;a pas de dossier d&apos;attente.</translation>
    </message>
    <message>
        <source>Create the placeholder matter first (section 1).</source>
        <translation>Créez d&apos;abord le dossier d&apos;attente (section 1).</translation>
    </message>
    <message>
        <source>Entries on %1 “%2”: find them, check the suggested matters, accept, change or skip them, then move the accepted ones.</source>
        <translation>Saisies du dossier %1 «&#xa0;%2&#xa0;»&#xa0;: recherchez-les, vérifiez les dossiers suggérés, acceptez-les, changez-en le dossier ou ignorez-les, puis déplacez celles qui sont acceptées.</translation>
    </message>
    <message>
        <source>%L1 to move, %L2 skipped, %L3 undecided; %L4 moved, %L5 refused, %L6 failed.</source>
        <translation>%L1 à déplacer, %L2 ignorées, %L3 non décidées&#xa0;; %L4 déplacées, %L5 refusées, %L6 en échec.</translation>
    </message>
    <message>
        <source>The placeholder matter exists.</source>
        <translation>Le dossier d&apos;attente existe.</translation>
    </message>
    <message>
        <source>Connect to the new system first (Test connection).</source>
        <translation>Connectez-vous d&apos;abord au nouveau système (Tester la connexion).</translation>
    </message>
    <message>
        <source>Connect to the new system first (section 1).</source>
        <translation>Connectez-vous d&apos;abord au nouveau système (section 1).</translation>
    </message>
    <message>
        <source>Sent %1 to their matters and %2 to the placeholder; %3 sent before; %4 failed.</source>
        <translation>Envoyées&#xa0;: %1 vers leurs dossiers et %2 vers le dossier d&apos;attente&#xa0;; %3 déjà envoyées&#xa0;; %4 en échec.</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies) found on the placeholder.</source>
        <translation>
            <numerusform>%n saisie trouvée sur le dossier d&apos;attente.</numerusform>
            <numerusform>%n saisies trouvées sur le dossier d&apos;attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved %1 (%2 found moved already); %3 refused by the new system; %4 failed and will be tried again on the next run.</source>
        <translation>Déplacées&#xa0;: %1 (dont %2 qui l&apos;étaient déjà)&#xa0;; %3 refusées par le nouveau système&#xa0;; %4 en échec, qui seront retentées au prochain lancement.</translation>
    </message>
    <message>
        <source>Writing the templates…</source>
        <translation>Enregistrement des modèles…</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le répertoire %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>No template was written.</source>
        <translation>Aucun modèle n&apos;a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written. Share them with the firm; load them back when filled (section 3).</source>
        <translation>
            <numerusform>%n fichier enregistré. Transmettez-le au cabinet&#xa0;; chargez-le une fois rempli (section 3).</numerusform>
            <numerusform>%n fichiers enregistrés. Transmettez-les au cabinet&#xa0;; chargez-les une fois remplis (section 3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Load filled time-tracking templates</source>
        <translation>Charger les modèles de suivi du temps remplis</translation>
    </message>
    <message>
        <source>Templates (*.xlsx *.csv);;All files (*)</source>
        <translation>Modèles (*.xlsx *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies) not changed: moved already, being moved, or billed.</source>
        <translation>
            <numerusform>%n saisie non modifiée&#xa0;: déjà déplacée, en cours de déplacement ou facturée.</numerusform>
            <numerusform>%n saisies non modifiées&#xa0;: déjà déplacées, en cours de déplacement ou facturées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change matter</source>
        <translation>Changer de dossier</translation>
    </message>
    <message numerus="yes">
        <source>Move %n entr(y/ies) to:</source>
        <translation>
            <numerusform>Déplacer %n saisie vers&#xa0;:</numerusform>
            <numerusform>Déplacer %n saisies vers&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies) accepted at %1 or more.</source>
        <translation>
            <numerusform>%n saisie acceptée avec une confiance d&apos;au moins %1.</numerusform>
            <numerusform>%n saisies acceptées avec une confiance d&apos;au moins %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 read, %2: %3 added, %4 loaded before, %5 refused.</source>
        <translation>Lecture de %1 (%2)&#xa0;: %3 ajoutée(s), %4 déjà chargée(s), %5 refusée(s).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 ligne</numerusform>
            <numerusform>%1 lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>Cutover::Placeholders</name>
    <message>
        <source>%1 (migration)</source>
        <translation>%1 (migration)</translation>
    </message>
    <message>
        <source>Migration placeholder — do not bill</source>
        <translation>Dossier d&apos;attente de la migration — ne pas facturer</translation>
    </message>
    <message>
        <source>The placeholder matter cannot be read: %1</source>
        <translation>Le dossier d&apos;attente ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The entries to reassign cannot be read: %1</source>
        <translation>Les saisies à réaffecter ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The matters to move entries to cannot be read: %1</source>
        <translation>Les dossiers vers lesquels déplacer les saisies ne peuvent pas être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The decisions cannot be saved: %1</source>
        <translation>Les décisions ne peuvent pas être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The decision for entry %1 cannot be saved: %2</source>
        <translation>La décision concernant la saisie %1 ne peut pas être enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The suggestions cannot be accepted: %1</source>
        <translation>Les suggestions ne peuvent pas être acceptées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Cutover::PreviewModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>Dans le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Row %1 would be rejected:</source>
        <translation>La ligne %1 serait rejetée&#xa0;:</translation>
    </message>
    <message>
        <source>Row %1 of the file</source>
        <translation>Ligne %1 du fichier</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Provient de %1</translation>
    </message>
</context>
<context>
    <name>Cutover::ProjectCalendarModel</name>
    <message>
        <source>%1 is too large for a calendar of days off (%2 MB).</source>
        <translation>%1 est trop volumineux pour un calendrier de jours chômés (%2 Mo).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Another iCalendar file is still being read.</source>
        <translation>Un autre fichier iCalendar est encore en cours de lecture.</translation>
    </message>
    <message>
        <source>%1 was not added: no event in it could be read.</source>
        <translation>%1 n&apos;a pas été ajouté&#xa0;: aucun de ses événements n&apos;a pu être lu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 added: %n event(s).</source>
        <translation>
            <numerusform>%1 ajouté&#xa0;: %n événement.</numerusform>
            <numerusform>%1 ajouté&#xa0;: %n événements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out or changed:</source>
        <translation>Écartés ou modifiés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Cutover::ProjectLock</name>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Le répertoire «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is open in another Cutover window (process %2 on %3). Close it there, then open it here.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert dans une autre fenêtre de Cutover (processus %2 sur %3). Fermez-le là-bas, puis ouvrez-le ici.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened for changes: you may not create files in its folder (Cutover keeps a lock file beside the project).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert en modification&#xa0;: vous n&apos;avez pas le droit de créer des fichiers dans son répertoire (Cutover place un fichier de verrou à côté du projet).</translation>
    </message>
    <message>
        <source>“%1” cannot be opened for changes: its lock file “%2” cannot be created or taken over.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert en modification&#xa0;: son fichier de verrou «&#xa0;%2&#xa0;» ne peut être ni créé ni repris.</translation>
    </message>
</context>
<context>
    <name>Cutover::ProjectPage</name>
    <message>
        <source>New migration</source>
        <translation>Nouvelle migration</translation>
    </message>
    <message>
        <source>Start a migration project for one firm, or continue one you started.</source>
        <translation>Démarrez un projet de migration pour un cabinet, ou reprenez un projet déjà commencé.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projet ouvert</translation>
    </message>
    <message>
        <source>&amp;Open project</source>
        <translation>&amp;Ouvrir un projet</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>e.g. Harbor &amp; Pine LLP</source>
        <translation>p. ex. Harbor &amp; Pine LLP</translation>
    </message>
    <message>
        <source>&amp;Firm name:</source>
        <translation>Nom du &amp;cabinet&#xa0;:</translation>
    </message>
    <message>
        <source>Moving &amp;to:</source>
        <translation>Migrer &amp;vers&#xa0;:</translation>
    </message>
    <message>
        <source>The firm&apos;s time zone: cutoff times and deadlines are shown in it.</source>
        <translation>Le fuseau horaire du cabinet&#xa0;: les heures de bascule et les échéances y sont affichées.</translation>
    </message>
    <message>
        <source>Firm&apos;s time &amp;zone:</source>
        <translation>Fuseau &amp;horaire du cabinet&#xa0;:</translation>
    </message>
    <message>
        <source>Public holidays here are not business days when deadlines are counted.</source>
        <translation>Les jours fériés de cette région ne comptent pas comme jours ouvrés dans le calcul des échéances.</translation>
    </message>
    <message>
        <source>&amp;Holidays of:</source>
        <translation>&amp;Jours fériés de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>Projets récent&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>Open &amp;selected</source>
        <translation>Ouvrir la sé&amp;lection</translation>
    </message>
    <message>
        <source>Open a &amp;file…</source>
        <translation>Ouvrir un f&amp;ichier…</translation>
    </message>
    <message>
        <source>Save the migration project as</source>
        <translation>Enregistrer le projet de migration sous</translation>
    </message>
    <message>
        <source>Cutover projects (*.cutover)</source>
        <translation>Projets Cutover (*.cutover)</translation>
    </message>
    <message>
        <source>Open a migration project</source>
        <translation>Ouvrir un projet de migration</translation>
    </message>
    <message>
        <source>Cutover projects (*.cutover);;All files (*)</source>
        <translation>Projets Cutover (*.cutover);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose where to save the project.</source>
        <translation>Choisissez où enregistrer le projet.</translation>
    </message>
    <message>
        <source>Firm:</source>
        <translation>Cabinet&#xa0;:</translation>
    </message>
    <message>
        <source>Moving:</source>
        <translation>Migration&#xa0;:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 vers %2</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Holidays of:</source>
        <translation>Jours fériés de&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé le&#xa0;:</translation>
    </message>
    <message>
        <source>Open project: %1</source>
        <translation>Projet ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (ouvert)</translation>
    </message>
    <message>
        <source>Ne&amp;w project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Moving from:</source>
        <translation>Migrer &amp;depuis&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;reate project</source>
        <translation>C&amp;réer le projet</translation>
    </message>
</context>
<context>
    <name>Cutover::ProjectSession</name>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Le répertoire «&#xa0;%1&#xa0;» n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>“%1” cannot be changed: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être modifié&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Cutover::ProjectSettings</name>
    <message>
        <source>The firm name is empty.</source>
        <translation>Le nom du cabinet est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a source system Cutover knows.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un système d&apos;origine connu de Cutover.</translation>
    </message>
    <message>
        <source>“%1” is not a target system Cutover knows.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un système cible connu de Cutover.</translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone (for example America/New_York).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire IANA (par exemple America/New_York).</translation>
    </message>
    <message>
        <source>“%1” is not a holiday region Cutover knows (for example US, CA-ON, GB-EAW, AU-NSW or NONE).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une région de jours fériés connue de Cutover (par exemple US, CA-ON, GB-EAW, AU-NSW ou NONE).</translation>
    </message>
</context>
<context>
    <name>Cutover::ProjectStore</name>
    <message>
        <source>The project file could not be switched to write-ahead logging (%1).</source>
        <translation>Impossible de passer le fichier de projet en journalisation à écriture anticipée (%1).</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name or open it instead.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom ou ouvrez plutôt ce fichier.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Le répertoire «&#xa0;%1&#xa0;» n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Cutover project file.</source>
        <translation>«&#xa0;%1&#xa0;» est un répertoire, et non un fichier de projet Cutover.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you do not have permission.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: vous n&apos;en avez pas l&apos;autorisation.</translation>
    </message>
    <message>
        <source>“%1” is not a Cutover project: it is not an SQLite database.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un projet Cutover&#xa0;: ce n&apos;est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). Open your latest backup instead.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et ne peut pas être ouvert (%2). Ouvrez plutôt votre dernière sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” is not a Cutover project: it is an empty SQLite database.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un projet Cutover&#xa0;: c&apos;est une base de données SQLite vide.</translation>
    </message>
    <message>
        <source>“%1” is not a Cutover project: it is an SQLite database of another program.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un projet Cutover&#xa0;: c&apos;est une base de données SQLite d&apos;un autre programme.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Cutover (project format %2; this version reads up to %3). Update Cutover to open it.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente de Cutover (format de projet %2&#xa0;; cette version lit jusqu&apos;au format %3). Mettez Cutover à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>“%1” is read-only. Copy it to a folder where you can save changes, then open the copy.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule. Copiez-le dans un répertoire où vous pouvez enregistrer des modifications, puis ouvrez la copie.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade, but its backup “%2” could not be written: %3</source>
        <translation>«&#xa0;%1&#xa0;» doit être mis à niveau, mais sa sauvegarde «&#xa0;%2&#xa0;» n&apos;a pas pu être écrite&#xa0;: %3</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade, but its backup could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» doit être mis à niveau, mais sa sauvegarde n&apos;a pas pu être écrite&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1”: %2 The file is unchanged; a backup is at “%3”.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 Le fichier n&apos;a pas été modifié&#xa0;; une sauvegarde se trouve dans «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the project settings are missing.</source>
        <translation>les paramètres du projet sont absents.</translation>
    </message>
    <message>
        <source>the project id “%1” is not a UUID.</source>
        <translation>l&apos;identifiant de projet «&#xa0;%1&#xa0;» n&apos;est pas un UUID.</translation>
    </message>
    <message>
        <source>“%1” uses an older project format (%2). Open it once in the Cutover wizard to upgrade it; a backup of the old file is kept.</source>
        <translation>«&#xa0;%1&#xa0;» utilise un ancien format de projet (%2). Ouvrez-le une fois dans l&apos;assistant Cutover pour le mettre à niveau&#xa0;; une sauvegarde de l&apos;ancien fichier est conservée.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The project is open for reading only.</source>
        <translation>Le projet est ouvert en lecture seule.</translation>
    </message>
</context>
<context>
    <name>Cutover::ReassignSuggester</name>
    <message>
        <source>the matter chosen in the time-tracking template (%1)</source>
        <translation>le dossier choisi dans le modèle de suivi du temps (%1)</translation>
    </message>
    <message>
        <source>matter number %1 in the description</source>
        <translation>numéro de dossier %1 dans la description</translation>
    </message>
    <message>
        <source>client %1 named in the description (its only matter)</source>
        <translation>client %1 cité dans la description (son seul dossier)</translation>
    </message>
    <message numerus="yes">
        <source>client %1 named in the description; the user&apos;s most recent of its %n matters</source>
        <translation>
            <numerusform>client %1 cité dans la description&#xa0;; le dossier le plus récent de l&apos;utilisateur parmi %n dossier du client</numerusform>
            <numerusform>client %1 cité dans la description&#xa0;; le dossier le plus récent de l&apos;utilisateur parmi les %n dossiers du client</numerusform>
        </translation>
    </message>
    <message>
        <source>client %1 named in the description; words of the matter&apos;s description too</source>
        <translation>client %1 cité dans la description&#xa0;; des mots de la description du dossier également</translation>
    </message>
    <message numerus="yes">
        <source>client %1 named in the description, but it has %n matters and nothing tells them apart</source>
        <translation>
            <numerusform>client %1 cité dans la description, mais il a %n dossier et rien ne permet de trancher</numerusform>
            <numerusform>client %1 cité dans la description, mais il a %n dossiers et rien ne permet de les départager</numerusform>
        </translation>
    </message>
    <message>
        <source>the user&apos;s most recent matter (%1)</source>
        <translation>le dossier le plus récent de l&apos;utilisateur (%1)</translation>
    </message>
    <message>
        <source>a name like client %1 in the description</source>
        <translation>un nom proche du client %1 dans la description</translation>
    </message>
</context>
<context>
    <name>Cutover::ReassignmentModel</name>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>À décider</translation>
    </message>
    <message>
        <source>On the placeholder</source>
        <translation>Sur le dossier d&apos;attente</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Déplacement en cours</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>No longer on the placeholder</source>
        <translation>N&apos;est plus sur le dossier d&apos;attente</translation>
    </message>
    <message>
        <source>Billed in the new system: it cannot be moved.</source>
        <translation>Facturée dans le nouveau système&#xa0;: elle ne peut pas être déplacée.</translation>
    </message>
    <message>
        <source>(no suggestion)</source>
        <translation>(aucune suggestion)</translation>
    </message>
    <message>
        <source>Billed: cannot be moved</source>
        <translation>Facturée&#xa0;: déplacement impossible</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Suggested matter</source>
        <translation>Dossier suggéré</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>Cutover::Reconciliation</name>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>matter</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>time entry</source>
        <translation>saisie de temps</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>saisie de frais</translation>
    </message>
    <message>
        <source>balance carried forward</source>
        <translation>solde reporté</translation>
    </message>
    <message>
        <source>The reconciliation cannot read the project file: %1</source>
        <translation>Le rapprochement ne peut pas lire le fichier de projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>time entry %1 of %2 by %3 on %4</source>
        <translation>saisie de temps %1 du %2 par %3, dossier %4</translation>
    </message>
    <message>
        <source>expense %1 of %2 by %3 on %4</source>
        <translation>saisie de frais %1 du %2 par %3, dossier %4</translation>
    </message>
    <message>
        <source>balance carried forward of matter %1</source>
        <translation>solde reporté du dossier %1</translation>
    </message>
    <message>
        <source>matter %1 (%2)</source>
        <translation>dossier %1 (%2)</translation>
    </message>
    <message>
        <source>client %1 (%2)</source>
        <translation>client %1 (%2)</translation>
    </message>
    <message>
        <source>%1, refused before sending: %2</source>
        <translation>%1, refus avant l&apos;envoi&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2 in the target of %3 on %4 (%5)</source>
        <translation>%1 %2 dans la cible, du %3, dossier %4 (%5)</translation>
    </message>
    <message>
        <source>%1 %2 in the target (%3)</source>
        <translation>%1 %2 dans la cible (%3)</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>le client %1</translation>
    </message>
    <message>
        <source>matter %1 of client %2</source>
        <translation>le dossier %1 du client %2</translation>
    </message>
    <message>
        <source>opening trust balance of %1: not on the package&apos;s worksheet</source>
        <translation>solde d&apos;ouverture en fidéicommis pour %1&#xa0;: absent de la feuille de calcul du paquet</translation>
    </message>
    <message>
        <source>opening trust balance of %1: not entered</source>
        <translation>solde d&apos;ouverture en fidéicommis pour %1&#xa0;: non saisi</translation>
    </message>
    <message>
        <source>opening trust balance of %1</source>
        <translation>solde d&apos;ouverture en fidéicommis pour %1</translation>
    </message>
    <message>
        <source>Records on matters outside the migration</source>
        <translation>Enregistrements de dossiers hors migration</translation>
    </message>
    <message>
        <source>receivable of client %1 outside any matter: not imported, to be entered by hand</source>
        <translation>créances du client %1 hors de tout dossier&#xa0;: non importées, à saisir à la main</translation>
    </message>
    <message>
        <source>No user in the target</source>
        <translation>Aucun utilisateur dans la cible</translation>
    </message>
    <message>
        <source>Target user %1</source>
        <translation>Utilisateur cible %1</translation>
    </message>
    <message>
        <source>The target was read back on %1 (UTC), reading %2.</source>
        <translation>La cible a été relue le %1 (UTC), lecture %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n billed time or expense entries are left out: billed history stays in the old system&apos;s reports.</source>
        <translation>
            <numerusform>%n saisie de temps ou de frais facturée est exclue&#xa0;: l&apos;historique facturé reste dans les rapports de l&apos;ancien système.</numerusform>
            <numerusform>%n saisies de temps ou de frais facturées sont exclues&#xa0;: l&apos;historique facturé reste dans les rapports de l&apos;ancien système.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the import skipped are left out.</source>
        <translation>
            <numerusform>%n enregistrement ignoré par l&apos;import est exclu.</numerusform>
            <numerusform>%n enregistrements ignorés par l&apos;import sont exclus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The firm&apos;s own contact and matter (for the close-out reports) are not part of a CSV package; they are left out.</source>
        <translation>Le contact et le dossier propres au cabinet (pour les rapports de clôture) ne font pas partie d&apos;un paquet CSV&#xa0;; ils sont exclus.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the placeholder matter are left out.</source>
        <translation>
            <numerusform>%n enregistrement du dossier d&apos;attente est exclu.</numerusform>
            <numerusform>%n enregistrements du dossier d&apos;attente sont exclus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interim entries (time recorded during the migration) are left out.</source>
        <translation>
            <numerusform>%n saisie transitoire (temps saisi pendant la migration) est exclue.</numerusform>
            <numerusform>%n saisies transitoires (temps saisi pendant la migration) sont exclues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were refused before sending; each is listed as missing with the reason.</source>
        <translation>
            <numerusform>%n enregistrement a été refusé avant l&apos;envoi&#xa0;; il figure parmi les manquants avec le motif du refus.</numerusform>
            <numerusform>%n enregistrements ont été refusés avant l&apos;envoi&#xa0;; chacun figure parmi les manquants avec le motif du refus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV package carries no references: its records were matched by content (client number or name, matter number, then date, duration and amount within each matter).</source>
        <translation>Le paquet CSV ne contient aucune référence&#xa0;: ses enregistrements ont été appariés selon leur contenu (numéro ou nom du client, numéro du dossier, puis date, durée et montant au sein de chaque dossier).</translation>
    </message>
    <message>
        <source>Missing in the target</source>
        <translation>Manquant dans la cible</translation>
    </message>
    <message>
        <source>Extra in the target</source>
        <translation>En trop dans la cible</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Trust balance</source>
        <translation>Solde en fidéicommis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Reading %1 of the target is not a complete reading of %2.</source>
        <translation>La lecture %1 de la cible n&apos;est pas une lecture complète de %2.</translation>
    </message>
    <message>
        <source>The target has not been read back yet: read it before reconciling.</source>
        <translation>La cible n&apos;a pas encore été relue&#xa0;: lisez-la avant de faire le rapprochement.</translation>
    </message>
    <message>
        <source>Comparing the source with the target</source>
        <translation>Comparaison de la source et de la cible</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Everything reconciles.</source>
        <translation>Tout concorde.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between the source and the target.</source>
        <translation>
            <numerusform>%n différence entre la source et la cible.</numerusform>
            <numerusform>%n différences entre la source et la cible.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reading of the target cannot be recorded in the project file: %1</source>
        <translation>La lecture de la cible ne peut pas être enregistrée dans le fichier de projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>The target&apos;s records cannot be written to the project file: %1</source>
        <translation>Les enregistrements de la cible ne peuvent pas être écrits dans le fichier de projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>The package&apos;s file %1 cannot be read in %2: %3</source>
        <translation>Le fichier %1 du paquet ne peut pas être lu dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The package&apos;s file %1 is empty.</source>
        <translation>Le fichier %1 du paquet est vide.</translation>
    </message>
    <message>
        <source>The package&apos;s file %1 cannot be read: %2</source>
        <translation>Le fichier %1 du paquet ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The package&apos;s file %1, row %2, column %3: “%4” is not a number the package writes.</source>
        <translation>Fichier %1 du paquet, ligne %2, colonne %3&#xa0;: «&#xa0;%4&#xa0;» n&apos;est pas un nombre au format qu&apos;écrit le paquet.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>No connection to the target was given.</source>
        <translation>Aucune connexion à la cible n&apos;a été fournie.</translation>
    </message>
    <message>
        <source>The connection to the target could not be made.</source>
        <translation>La connexion à la cible n&apos;a pas pu être établie.</translation>
    </message>
    <message>
        <source>The project file cannot be read: %1</source>
        <translation>Le fichier de projet ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The target could not be read (%1): %2</source>
        <translation>La cible n&apos;a pas pu être lue (%1)&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Read %n record(s) back from the target.</source>
        <translation>
            <numerusform>%n enregistrement relu dans la cible.</numerusform>
            <numerusform>%n enregistrements relus dans la cible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 of the target changed while it was compared: compare again.</source>
        <translation>La lecture %1 de la cible a changé pendant la comparaison&#xa0;: comparez de nouveau.</translation>
    </message>
</context>
<context>
    <name>Cutover::RecordKinds</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Saisies de temps</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Balances carried forward</source>
        <translation>Soldes reportés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Répertoires</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewClock</name>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 à %2</translation>
    </message>
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
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>2 business days and 5 hours</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Nothing has been imported into this target yet: the review window opens when an import finishes.</source>
        <translation>Rien n&apos;a encore été importé dans cette cible&#xa0;: la période de vérification commence à la fin d&apos;un import.</translation>
    </message>
    <message>
        <source>Review window: %1 left (closes %2)</source>
        <translation>Période de vérification&#xa0;: il reste %1 (fin le %2)</translation>
    </message>
    <message>
        <source>Last day to review: %1 left (closes %2)</source>
        <translation>Dernier jour de vérification&#xa0;: il reste %1 (fin le %2)</translation>
    </message>
    <message>
        <source>The review window closed on %1: corrections are made in the target now.</source>
        <translation>La période de vérification a pris fin le %1&#xa0;: les corrections se font désormais dans la cible.</translation>
    </message>
    <message>
        <source>Review signed off by %1 on %2.</source>
        <translation>Vérification validée par %1 le %2.</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewCountsModel</name>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Appariés</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquants</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>En trop</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewDifferencesModel</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>(explain this difference)</source>
        <translation>(expliquez cette différence)</translation>
    </message>
    <message>
        <source>Type why this difference is acceptable or what will be corrected. The review cannot be signed off while a difference is unexplained.</source>
        <translation>Indiquez pourquoi cette différence est acceptable ou ce qui sera corrigé. La vérification ne peut pas être validée tant qu&apos;une différence reste sans explication.</translation>
    </message>
    <message>
        <source>Explained by %1 on %2</source>
        <translation>Expliquée par %1 le %2</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Off by</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewMoneyModel</name>
    <message>
        <source>All matters</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>non saisi</translation>
    </message>
    <message>
        <source>The opening trust balance as the target shows it. The target takes no trust import: enter the balance there by hand, then type here what it shows.</source>
        <translation>Le solde d&apos;ouverture en fidéicommis tel que la cible l&apos;affiche. La cible n&apos;accepte pas l&apos;import du fidéicommis&#xa0;: saisissez-y le solde à la main, puis tapez ici ce qu&apos;elle affiche.</translation>
    </message>
    <message>
        <source>Source %1, target %2</source>
        <translation>Source %1, cible %2</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Hours (source)</source>
        <translation>Heures (source)</translation>
    </message>
    <message>
        <source>Hours (target)</source>
        <translation>Heures (cible)</translation>
    </message>
    <message>
        <source>Unbilled time (source)</source>
        <translation>Temps non facturé (source)</translation>
    </message>
    <message>
        <source>Unbilled time (target)</source>
        <translation>Temps non facturé (cible)</translation>
    </message>
    <message>
        <source>Expenses (source)</source>
        <translation>Frais (source)</translation>
    </message>
    <message>
        <source>Expenses (target)</source>
        <translation>Frais (cible)</translation>
    </message>
    <message>
        <source>Receivable (source)</source>
        <translation>Créances (source)</translation>
    </message>
    <message>
        <source>Receivable (target)</source>
        <translation>Créances (cible)</translation>
    </message>
    <message>
        <source>Trust (source)</source>
        <translation>Fidéicommis (source)</translation>
    </message>
    <message>
        <source>Trust (target)</source>
        <translation>Fidéicommis (cible)</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant.</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewPage</name>
    <message>
        <source>Check the result within three business days of the import.</source>
        <translation>Vérifiez le résultat dans les trois jours ouvrés qui suivent l&apos;import.</translation>
    </message>
    <message>
        <source>Cutover reads the new system back and reconciles it with the old one to the cent: records per kind, unbilled time and expenses, receivables carried over and trust per client and matter, and hours per user. Explain every difference in words, check the sample of records side by side, then sign off by name. After the sign-off (or the deadline) the import can no longer be rolled back; the report and the correction list go to the firm.</source>
        <translation>Cutover relit le nouveau système et le rapproche de l&apos;ancien au centime près&#xa0;: enregistrements par type, temps et frais non facturés, créances reportées et fidéicommis par client et par dossier, et heures par utilisateur. Expliquez chaque différence par écrit, contrôlez l&apos;échantillon d&apos;enregistrements côte à côte, puis validez en indiquant votre nom. Après la validation (ou l&apos;échéance), aucun retour arrière sur l&apos;import n&apos;est plus possible&#xa0;; le rapport et la liste des corrections sont remis au cabinet.</translation>
    </message>
    <message>
        <source>&amp;Read the target and reconcile</source>
        <translation>&amp;Lire la cible et rapprocher</translation>
    </message>
    <message>
        <source>Reads every record the new system holds and compares it with the old system&apos;s export.</source>
        <translation>Lit chaque enregistrement que contient le nouveau système et le compare à l&apos;export de l&apos;ancien système.</translation>
    </message>
    <message>
        <source>Reconcile a&amp;gain</source>
        <translation>Rapprocher de no&amp;uveau</translation>
    </message>
    <message>
        <source>Compares again with the last reading, after explanations or trust balances were entered, without asking the new system.</source>
        <translation>Compare de nouveau avec la dernière lecture, après la saisie d&apos;explications ou de soldes en fidéicommis, sans interroger le nouveau système.</translation>
    </message>
    <message>
        <source>Records per kind</source>
        <translation>Enregistrements par type</translation>
    </message>
    <message>
        <source>Read the target to compare the records.</source>
        <translation>Lisez la cible pour comparer les enregistrements.</translation>
    </message>
    <message>
        <source>Chart of records in the source and the target</source>
        <translation>Graphique des enregistrements de la source et de la cible</translation>
    </message>
    <message>
        <source>Money per client and matter</source>
        <translation>Montants par client et par dossier</translation>
    </message>
    <message>
        <source>Read the target to compare the money.</source>
        <translation>Lisez la cible pour comparer les montants.</translation>
    </message>
    <message>
        <source>The new system takes no trust balances through its API: enter each opening balance there by hand from the worksheet, then type in “Trust (target)” what it shows.</source>
        <translation>Le nouveau système n&apos;accepte aucun solde en fidéicommis par son API&#xa0;: saisissez-y à la main chaque solde d&apos;ouverture à partir de la feuille de calcul, puis tapez dans «&#xa0;Fidéicommis (cible)&#xa0;» ce qu&apos;il affiche.</translation>
    </message>
    <message>
        <source>&amp;Money</source>
        <translation>&amp;Montants</translation>
    </message>
    <message>
        <source>Hours per user</source>
        <translation>Heures par utilisateur</translation>
    </message>
    <message>
        <source>Read the target to compare each user&apos;s hours.</source>
        <translation>Lisez la cible pour comparer les heures de chaque utilisateur.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>No differences: the target holds what the source had.</source>
        <translation>Aucune différence&#xa0;: la cible contient tout ce que contenait la source.</translation>
    </message>
    <message>
        <source>&amp;Differences</source>
        <translation>&amp;Différences</translation>
    </message>
    <message>
        <source>Records to check per kind</source>
        <translation>Enregistrements à contrôler par type</translation>
    </message>
    <message>
        <source>Seed of the sample</source>
        <translation>Graine de l&apos;échantillon</translation>
    </message>
    <message>
        <source>The same seed draws the same records again, on any machine.</source>
        <translation>La même graine tire de nouveau les mêmes enregistrements, sur n&apos;importe quelle machine.</translation>
    </message>
    <message>
        <source>Picks records of each kind at random, larger amounts more often. Records already accepted or flagged stay.</source>
        <translation>Choisit au hasard des enregistrements de chaque type, les montants élevés plus souvent. Les enregistrements déjà acceptés ou signalés sont conservés.</translation>
    </message>
    <message>
        <source>Records to check</source>
        <translation>Enregistrements à contrôler</translation>
    </message>
    <message>
        <source>Draw a sample to check records side by side.</source>
        <translation>Tirez un échantillon pour contrôler des enregistrements côte à côte.</translation>
    </message>
    <message>
        <source>The record side by side</source>
        <translation>L&apos;enregistrement côte à côte</translation>
    </message>
    <message>
        <source>Select a record to see it in both systems.</source>
        <translation>Sélectionnez un enregistrement pour le voir dans les deux systèmes.</translation>
    </message>
    <message>
        <source>What is wrong (needed to flag)</source>
        <translation>Le problème constaté (requis pour signaler)</translation>
    </message>
    <message>
        <source>Note on the record</source>
        <translation>Note sur l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Flagged records go on the correction list.</source>
        <translation>Les enregistrements signalés sont ajoutés à la liste des corrections.</translation>
    </message>
    <message>
        <source>Name of who signs off</source>
        <translation>Nom de la personne qui valide</translation>
    </message>
    <message>
        <source>e.g. Managing partner</source>
        <translation>p. ex. Associé directeur</translation>
    </message>
    <message>
        <source>Role of who signs off</source>
        <translation>Rôle de la personne qui valide</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Save report as &amp;PDF…</source>
        <translation>Enre&amp;gistrer le rapport en PDF…</translation>
    </message>
    <message>
        <source>Save c&amp;orrection list…</source>
        <translation>Enregistrer la l&amp;iste des corrections…</translation>
    </message>
    <message>
        <source>Every difference and every flagged record, with where to correct it.</source>
        <translation>Chaque différence et chaque enregistrement signalé, avec l&apos;endroit où les corriger.</translation>
    </message>
    <message>
        <source>Clio at %1</source>
        <translation>Clio à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>Clio (%1)</source>
        <translation>Clio (%1)</translation>
    </message>
    <message>
        <source>the CSV import package in %1</source>
        <translation>le paquet d&apos;import CSV dans %1</translation>
    </message>
    <message>
        <source>Target: %1, connected.</source>
        <translation>Cible&#xa0;: %1, connectée.</translation>
    </message>
    <message>
        <source>Target: %1.</source>
        <translation>Cible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The target has not been read yet: connect to it, then read it and reconcile.</source>
        <translation>La cible n&apos;a pas encore été lue&#xa0;: connectez-vous-y, puis lisez-la et faites le rapprochement.</translation>
    </message>
    <message>
        <source>Everything reconciles: the target holds every record and every cent of the source.</source>
        <translation>Tout concorde&#xa0;: la cible contient chaque enregistrement et chaque centime de la source.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between the source and the target</source>
        <translation>
            <numerusform>%n différence entre la source et la cible</numerusform>
            <numerusform>%n différences entre la source et la cible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still unexplained.</source>
        <translation>
            <numerusform>%n encore sans explication.</numerusform>
            <numerusform>%n encore sans explication.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target read on %1</source>
        <translation>Cible lue le %1</translation>
    </message>
    <message>
        <source>Nothing to explain.</source>
        <translation>Rien à expliquer.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the differences still need(s) an explanation: double-click the Explanation cell and type why it is acceptable or what will be corrected.</source>
        <translation>
            <numerusform>%n des différences doit encore être expliquée&#xa0;: double-cliquez sur sa cellule Explication et indiquez pourquoi elle est acceptable ou ce qui sera corrigé.</numerusform>
            <numerusform>%n des différences doivent encore être expliquées&#xa0;: double-cliquez sur la cellule Explication de chacune et indiquez pourquoi elle est acceptable ou ce qui sera corrigé.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Differences (%1)</source>
        <translation>&amp;Différences (%1)</translation>
    </message>
    <message>
        <source>Signed off by %1%2 on %3.</source>
        <translation>Vérification validée par %1%2 le %3.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The review is signed off: the import can no longer be rolled back.</source>
        <translation>La vérification est validée&#xa0;: aucun retour arrière sur l&apos;import n&apos;est plus possible.</translation>
    </message>
    <message>
        <source>Nothing stands in the way: type your name and sign off.</source>
        <translation>Plus rien ne s&apos;y oppose&#xa0;: saisissez votre nom et validez.</translation>
    </message>
    <message>
        <source>Before the review can be signed off:</source>
        <translation>Avant que la vérification puisse être validée&#xa0;:</translation>
    </message>
    <message>
        <source>Connect to the target first (Test connection).</source>
        <translation>Connectez-vous d&apos;abord à la cible (Tester la connexion).</translation>
    </message>
    <message>
        <source>Sign off the review</source>
        <translation>Valider la vérification</translation>
    </message>
    <message>
        <source>Sign off the review as %1? It is recorded with the time and cannot be undone; the import can no longer be rolled back afterwards.</source>
        <translation>Valider la vérification au nom de %1&#xa0;? La validation est enregistrée avec l&apos;heure et ne peut pas être annulée&#xa0;; aucun retour arrière sur l&apos;import ne sera ensuite possible.</translation>
    </message>
    <message>
        <source>%1 review report.pdf</source>
        <translation>%1 rapport de vérification.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 review report.csv</source>
        <translation>%1 rapport de vérification.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 corrections.csv</source>
        <translation>%1 corrections.csv</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Change &amp;target…</source>
        <translation>Changer de ci&amp;ble…</translation>
    </message>
    <message>
        <source>Show &amp;only lines that differ</source>
        <translation>&amp;Afficher uniquement les lignes qui diffèrent</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;lag</source>
        <translation>S&amp;ignaler</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Rôl&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Sign off the re&amp;view</source>
        <translation>Valid&amp;er la vérification</translation>
    </message>
    <message>
        <source>S&amp;ign-off</source>
        <translation>&amp;Validation</translation>
    </message>
    <message>
        <source>Summar&amp;y</source>
        <translation>&amp;Synthèse</translation>
    </message>
    <message>
        <source>Hours per &amp;user</source>
        <translation>&amp;Heures par utilisateur</translation>
    </message>
    <message>
        <source>Records per ki&amp;nd:</source>
        <translation>&amp;Enregistrements par type&#xa0;:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
    <message>
        <source>Draw sam&amp;ple</source>
        <translation>Tirer l&apos;é&amp;chantillon</translation>
    </message>
    <message>
        <source>Spot checks</source>
        <translation>Contrôles ponctuels</translation>
    </message>
    <message>
        <source>Sig&amp;ned off by:</source>
        <translation>V&amp;alidée par&#xa0;:</translation>
    </message>
    <message>
        <source>Save report &amp;as CSV…</source>
        <translation>Enregistrer le rapport en &amp;CSV…</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewPdf</name>
    <message>
        <source>Money per client</source>
        <translation>Montants par client</translation>
    </message>
    <message>
        <source>Unbilled time (hours and value), unbilled expenses, the receivable carried over and the opening trust balance of each client, in the source and in the target. A difference line (target minus source) follows each client whose figures differ. Amounts are exact, in cents.</source>
        <translation>Temps non facturé (heures et valeur), frais non facturés, créances reportées et solde d&apos;ouverture en fidéicommis de chaque client, dans la source et dans la cible. Une ligne d&apos;écart (cible moins source) suit chaque client dont les chiffres diffèrent. Les montants sont exacts, au centime près.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Time value</source>
        <translation>Valeur du temps</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Créances</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Fidéicommis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>non saisi</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>1 difference (%1 unexplained)</source>
        <translation>1 différence (%1 sans explication)</translation>
    </message>
    <message>
        <source>%1 differences (%2 unexplained)</source>
        <translation>%1 différences (dont %2 sans explication)</translation>
    </message>
    <message>
        <source>None: every record and every amount in the target matches the source.</source>
        <translation>Aucune&#xa0;: chaque enregistrement et chaque montant de la cible correspond à la source.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation>Sans explication</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Trust and receivable worksheet</source>
        <translation>Feuille de calcul du fidéicommis et des créances</translation>
    </message>
    <message>
        <source>The opening trust balance per client and matter, which the firm enters in the target by hand, and the receivable carried over, at the cutoff.</source>
        <translation>Le solde d&apos;ouverture en fidéicommis par client et par dossier, que le cabinet saisit à la main dans la cible, et les créances reportées, à la date de bascule.</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Opening trust balance</source>
        <translation>Solde d&apos;ouverture en fidéicommis</translation>
    </message>
    <message>
        <source>(client level)</source>
        <translation>(niveau client)</translation>
    </message>
    <message>
        <source>Records per entity: source and target</source>
        <translation>Enregistrements par type&#xa0;: source et cible</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Review report: %1</source>
        <translation>Rapport de vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot lay out the pages of %1.</source>
        <translation>Impossible de mettre en page %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewReport</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Clio (%1)</source>
        <translation>Clio (%1)</translation>
    </message>
    <message>
        <source>CSV import package</source>
        <translation>Paquet d&apos;import CSV</translation>
    </message>
    <message>
        <source>Reconciles</source>
        <translation>Tout concorde</translation>
    </message>
    <message>
        <source>1 difference (%1 unexplained)</source>
        <translation>1 différence (%1 sans explication)</translation>
    </message>
    <message>
        <source>%1 differences (%2 unexplained)</source>
        <translation>%1 différences (dont %2 sans explication)</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>non saisi</translation>
    </message>
    <message>
        <source>Review report: %1</source>
        <translation>Rapport de vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Moved from</source>
        <translation>Système d&apos;origine</translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation>Système de destination</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Holiday region</source>
        <translation>Région des jours fériés</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Date de bascule</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Fin de l&apos;import</translation>
    </message>
    <message>
        <source>Review deadline</source>
        <translation>Échéance de vérification</translation>
    </message>
    <message>
        <source>Review window</source>
        <translation>Période de vérification</translation>
    </message>
    <message>
        <source>Target read</source>
        <translation>Cible lue le</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Rapport généré</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Unbilled time (source / target)</source>
        <translation>Temps non facturé (source / cible)</translation>
    </message>
    <message>
        <source>%1 h, %2 / %3 h, %4</source>
        <translation>%1 h, %2 / %3 h, %4</translation>
    </message>
    <message>
        <source>Unbilled expenses (source / target)</source>
        <translation>Frais non facturés (source / cible)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Receivable carried over (source / target)</source>
        <translation>Créances reportées (source / cible)</translation>
    </message>
    <message>
        <source>Opening trust balance (source / target)</source>
        <translation>Solde d&apos;ouverture en fidéicommis (source / cible)</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) le %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>What was compared</source>
        <translation>Ce qui a été comparé</translation>
    </message>
    <message>
        <source>Records per entity</source>
        <translation>Enregistrements par type</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Appariés</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquants</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>En trop</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Unbilled hours per user</source>
        <translation>Heures non facturées par utilisateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Target user</source>
        <translation>Utilisateur cible</translation>
    </message>
    <message>
        <source>Entries (source)</source>
        <translation>Saisies (source)</translation>
    </message>
    <message>
        <source>Entries (target)</source>
        <translation>Saisies (cible)</translation>
    </message>
    <message>
        <source>Hours (source)</source>
        <translation>Heures (source)</translation>
    </message>
    <message>
        <source>Hours (target)</source>
        <translation>Heures (cible)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Money per client</source>
        <translation>Montants par client</translation>
    </message>
    <message>
        <source>Unbilled time (hours and value), unbilled expenses, the receivable carried over and the opening trust balance of each client, in the source and in the target. A difference line (target minus source) follows each client whose figures differ. Amounts are exact, in cents.</source>
        <translation>Temps non facturé (heures et valeur), frais non facturés, créances reportées et solde d&apos;ouverture en fidéicommis de chaque client, dans la source et dans la cible. Une ligne d&apos;écart (cible moins source) suit chaque client dont les chiffres diffèrent. Les montants sont exacts, au centime près.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Time value</source>
        <translation>Valeur du temps</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Créances</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Fidéicommis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>None: every record and every amount in the target matches the source.</source>
        <translation>Aucune&#xa0;: chaque enregistrement et chaque montant de la cible correspond à la source.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation>Sans explication</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Spot checks</source>
        <translation>Contrôles ponctuels</translation>
    </message>
    <message>
        <source>No sample was drawn.</source>
        <translation>Aucun échantillon n&apos;a été tiré.</translation>
    </message>
    <message>
        <source>Records checked side by side: %1 (%2 accepted, %3 flagged, %4 not decided).</source>
        <translation>Enregistrements contrôlés côte à côte&#xa0;: %1 (acceptés&#xa0;: %2, signalés&#xa0;: %3, non décidés&#xa0;: %4).</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 par %2 le %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>Approvals and sign-off</source>
        <translation>Approbations et validation</translation>
    </message>
    <message>
        <source>Close-out approvals</source>
        <translation>Approbations de la clôture</translation>
    </message>
    <message>
        <source>No approvals were recorded.</source>
        <translation>Aucune approbation n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>non approuvé</translation>
    </message>
    <message>
        <source>Review sign-off</source>
        <translation>Validation de la vérification</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Validée par</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Validée le</translation>
    </message>
    <message>
        <source>Target reading</source>
        <translation>Lecture de la cible</translation>
    </message>
    <message>
        <source>After the sign-off the import can no longer be rolled back.</source>
        <translation>Après la validation, aucun retour arrière sur l&apos;import n&apos;est plus possible.</translation>
    </message>
    <message>
        <source>Not signed off yet.</source>
        <translation>La vérification n&apos;est pas encore validée.</translation>
    </message>
    <message>
        <source>Before it can be signed off:</source>
        <translation>Avant qu&apos;elle puisse être validée&#xa0;:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Trust and receivable worksheet</source>
        <translation>Feuille de calcul du fidéicommis et des créances</translation>
    </message>
    <message>
        <source>The opening trust balance per client and matter, which the firm enters in the target by hand, and the receivable carried over, at the cutoff.</source>
        <translation>Le solde d&apos;ouverture en fidéicommis par client et par dossier, que le cabinet saisit à la main dans la cible, et les créances reportées, à la date de bascule.</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Opening trust balance</source>
        <translation>Solde d&apos;ouverture en fidéicommis</translation>
    </message>
    <message>
        <source>(client level)</source>
        <translation>(niveau client)</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>client number</source>
        <translation>numéro de client</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>matter</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>écart</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <source>when (UTC)</source>
        <translation>date (UTC)</translation>
    </message>
    <message>
        <source>Unbilled time (seconds)</source>
        <translation>Temps non facturé (secondes)</translation>
    </message>
    <message>
        <source>Unbilled time&apos;s value</source>
        <translation>Valeur du temps non facturé</translation>
    </message>
    <message>
        <source>Unbilled expenses</source>
        <translation>Frais non facturés</translation>
    </message>
    <message>
        <source>Receivable carried over</source>
        <translation>Créances reportées</translation>
    </message>
    <message>
        <source>Opening trust balance: not entered in the target</source>
        <translation>Solde d&apos;ouverture en fidéicommis&#xa0;: non saisi dans la cible</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The report cannot read the project file: %1</source>
        <translation>Le rapport ne peut pas lire le fichier de projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unexplained differences</source>
        <translation>Différences sans explication</translation>
    </message>
    <message>
        <source>matched %1, missing %2, extra %3, changed %4</source>
        <translation>appariés&#xa0;: %1, manquants&#xa0;: %2, en trop&#xa0;: %3, modifiés&#xa0;: %4</translation>
    </message>
    <message>
        <source>entries: %1 in the source, %2 in the target (target user %3)</source>
        <translation>saisies&#xa0;: %1 dans la source, %2 dans la cible (utilisateur cible %3)</translation>
    </message>
    <message>
        <source>target reading %1</source>
        <translation>lecture de la cible %1</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>record</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>target id</source>
        <translation>ID dans la cible</translation>
    </message>
    <message>
        <source>source value</source>
        <translation>valeur source</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>valeur cible</translation>
    </message>
    <message>
        <source>what to correct</source>
        <translation>correction à apporter</translation>
    </message>
    <message>
        <source>Create the record in the target</source>
        <translation>Créer l&apos;enregistrement dans la cible</translation>
    </message>
    <message>
        <source>Check the record in the target against the source</source>
        <translation>Vérifier l&apos;enregistrement de la cible par rapport à la source</translation>
    </message>
    <message>
        <source>Remove the record from the target, or account for it</source>
        <translation>Supprimer l&apos;enregistrement de la cible, ou en justifier la présence</translation>
    </message>
    <message>
        <source>Set %1 in the target to %2</source>
        <translation>Mettre %1 à %2 dans la cible</translation>
    </message>
    <message>
        <source>Enter the opening trust balance %1 in the target</source>
        <translation>Saisir le solde d&apos;ouverture en fidéicommis %1 dans la cible</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewSignOff</name>
    <message>
        <source>The review was already signed off by %1 on %2.</source>
        <translation>La vérification a déjà été validée par %1 le %2.</translation>
    </message>
    <message>
        <source>Nothing has been imported into this target yet.</source>
        <translation>Rien n&apos;a encore été importé dans cette cible.</translation>
    </message>
    <message>
        <source>The review window closed on %1; the review can no longer be signed off.</source>
        <translation>La période de vérification a pris fin le %1&#xa0;; la vérification ne peut plus être validée.</translation>
    </message>
    <message>
        <source>The target has not been read back completely yet: reconcile before signing off.</source>
        <translation>La cible n&apos;a pas encore été entièrement relue&#xa0;: faites le rapprochement avant de valider.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>differences named, then counted</comment>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) without an explanation: %1. Type an explanation for each, or have it corrected and reconcile again.</source>
        <translation>
            <numerusform>%n différence sans explication&#xa0;: %1. Saisissez une explication, ou faites corriger l&apos;écart et refaites le rapprochement.</numerusform>
            <numerusform>%n différences sans explication&#xa0;: %1. Saisissez une explication pour chacune, ou faites corriger les écarts et refaites le rapprochement.</numerusform>
        </translation>
    </message>
    <message>
        <source>No records were drawn for spot checks yet.</source>
        <translation>Aucun enregistrement n&apos;a encore été tiré pour les contrôles ponctuels.</translation>
    </message>
    <message numerus="yes">
        <source>%n spot check(s) not decided yet: accept or flag each.</source>
        <translation>
            <numerusform>%n contrôle ponctuel n&apos;est pas encore décidé&#xa0;: acceptez-le ou signalez-le.</numerusform>
            <numerusform>%n contrôles ponctuels ne sont pas encore décidés&#xa0;: acceptez ou signalez chacun d&apos;eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the name of the person who signs off.</source>
        <translation>Saisissez le nom de la personne qui valide.</translation>
    </message>
    <message>
        <source>The review cannot be signed off yet: %1</source>
        <translation>La vérification ne peut pas encore être validée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-off cannot be written: %1</source>
        <translation>La validation ne peut pas être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewState</name>
    <message>
        <source>The difference to explain is not named.</source>
        <translation>La différence à expliquer n&apos;est pas indiquée.</translation>
    </message>
    <message>
        <source>The explanation could not be saved: %1</source>
        <translation>L&apos;explication n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The client of the trust balance is not named.</source>
        <translation>Le client du solde en fidéicommis n&apos;est pas indiqué.</translation>
    </message>
    <message>
        <source>The trust balance could not be saved: %1</source>
        <translation>Le solde en fidéicommis n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The trust balance could not be removed: %1</source>
        <translation>Le solde en fidéicommis n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewUsersModel</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Entries (source)</source>
        <translation>Saisies (source)</translation>
    </message>
    <message>
        <source>Entries (target)</source>
        <translation>Saisies (cible)</translation>
    </message>
    <message>
        <source>Hours (source)</source>
        <translation>Heures (source)</translation>
    </message>
    <message>
        <source>Hours (target)</source>
        <translation>Heures (cible)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>Cutover::RollbackJob</name>
    <message>
        <source>The project file cannot be read: %1</source>
        <translation>Le fichier de projet ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The review window closed on %1 (three business days after the import finished on %2), so the import can no longer be rolled back. Correct the records in the target instead.</source>
        <translation>La période de vérification a pris fin le %1 (trois jours ouvrés après la fin de l&apos;import, le %2)&#xa0;; aucun retour arrière sur l&apos;import n&apos;est donc plus possible. Corrigez plutôt les enregistrements dans la cible.</translation>
    </message>
    <message>
        <source>The import ledger cannot be read: %1</source>
        <translation>Le registre d&apos;import ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to roll back: the ledger holds no record created in this target.</source>
        <translation>Aucun retour arrière à effectuer&#xa0;: le registre ne contient aucun enregistrement créé dans cette cible.</translation>
    </message>
    <message>
        <source>No connection to the target was given.</source>
        <translation>Aucune connexion à la cible n&apos;a été fournie.</translation>
    </message>
    <message>
        <source>The connection to the target could not be made.</source>
        <translation>La connexion à la cible n&apos;a pas pu être établie.</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Suppression des %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted from the target</source>
        <translation>
            <numerusform>%n enregistrement supprimé de la cible</numerusform>
            <numerusform>%n enregistrements supprimés de la cible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be deleted</source>
        <translation>
            <numerusform>%n n&apos;a pas pu être supprimé</numerusform>
            <numerusform>%n n&apos;ont pas pu être supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>The import ledger cannot be written, so the rollback stopped: %1</source>
        <translation>Le registre d&apos;import ne peut pas être écrit&#xa0;; le retour arrière a donc été interrompu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The rollback was cancelled; run it again to finish it.</source>
        <translation>Le retour arrière a été annulé&#xa0;; relancez-le pour le terminer.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be deleted; run the rollback again. %1</source>
        <translation>
            <numerusform>%n enregistrement n&apos;a pas pu être supprimé&#xa0;; relancez le retour arrière. %1</numerusform>
            <numerusform>%n enregistrements n&apos;ont pas pu être supprimés&#xa0;; relancez le retour arrière. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The project file cannot be opened.</source>
        <translation>Le fichier de projet ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The review of this import was signed off by %1 on %2, so the import can no longer be rolled back. Correct the records in the target instead.</source>
        <translation>La vérification de cet import a été validée par %1 le %2&#xa0;; aucun retour arrière sur l&apos;import n&apos;est donc plus possible. Corrigez plutôt les enregistrements dans la cible.</translation>
    </message>
</context>
<context>
    <name>Cutover::RowConverter</name>
    <message>
        <source>yyyy-MM-dd or M/d/yyyy</source>
        <translation>yyyy-MM-dd ou M/d/yyyy</translation>
    </message>
    <message>
        <source>hours such as 1.25 or 1:15</source>
        <translation>heures, par exemple 1.25 ou 1:15</translation>
    </message>
    <message>
        <source>hours and minutes such as 1:15</source>
        <translation>heures et minutes, par exemple 1:15</translation>
    </message>
    <message>
        <source>hours, minutes and seconds such as 1:15:00</source>
        <translation>heures, minutes et secondes, par exemple 1:15:00</translation>
    </message>
    <message>
        <source>minutes such as 75</source>
        <translation>minutes, par exemple 75</translation>
    </message>
    <message>
        <source>seconds such as 4500</source>
        <translation>secondes, par exemple 4500</translation>
    </message>
    <message>
        <source>The map names a field %1 that %2 do not have; it is ignored.</source>
        <translation>Le modèle mentionne un champ %1 qui n&apos;existe pas pour «&#xa0;%2&#xa0;»&#xa0;; il est ignoré.</translation>
    </message>
    <message>
        <source>Nothing in the map feeds %1, which is required.</source>
        <translation>Rien dans le modèle n&apos;alimente %1, qui est obligatoire.</translation>
    </message>
    <message>
        <source>The column %1 for %2 is not in the file; its columns are: %3.</source>
        <translation>La colonne %1 prévue pour %2 ne figure pas dans le fichier&#xa0;; ses colonnes sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>No column of the file feeds %1, which is required.</source>
        <translation>Aucune colonne du fichier n&apos;alimente %1, qui est obligatoire.</translation>
    </message>
    <message>
        <source>The date format %1 for %2 is not one Cutover reads.</source>
        <translation>Le format de date %1 prévu pour %2 n&apos;est pas un format que Cutover sait lire.</translation>
    </message>
    <message>
        <source>The duration unit %1 for %2 is not one Cutover reads.</source>
        <translation>L&apos;unité de durée %1 prévue pour %2 n&apos;est pas une unité que Cutover sait lire.</translation>
    </message>
    <message>
        <source>The column %1 that picks this map’s rows is not in the file, so no row will be read; its columns are: %2.</source>
        <translation>La colonne %1, qui sélectionne les lignes de ce modèle, ne figure pas dans le fichier, donc aucune ligne ne sera lue&#xa0;; ses colonnes sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This row’s %1 is %2, so it is not read with the map %3.</source>
        <translation>Dans cette ligne, %1 vaut %2&#xa0;; elle n&apos;est donc pas lue avec le modèle %3.</translation>
    </message>
    <message>
        <source>%1 is empty, and it is required.</source>
        <translation>%1 est vide, alors que ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>%1 has more than two decimals; amounts must be exact to the cent.</source>
        <translation>%1 a plus de deux décimales&#xa0;; un montant ne peut pas en comporter davantage.</translation>
    </message>
    <message>
        <source>%1 is too large an amount.</source>
        <translation>%1 est un montant trop élevé.</translation>
    </message>
    <message>
        <source>%1 is not an amount of money such as %2.</source>
        <translation>%1 n&apos;est pas un montant valide, comme %2.</translation>
    </message>
    <message>
        <source>%1 is not a duration in %2.</source>
        <translation>%1 n&apos;est pas une durée en %2.</translation>
    </message>
    <message>
        <source>%1 is a negative duration; durations must be zero or more.</source>
        <translation>%1 est une durée négative&#xa0;; les durées doivent être positives ou nulles.</translation>
    </message>
    <message>
        <source>%1 is more than 24 hours for a single entry.</source>
        <translation>%1 dépasse 24 heures pour une seule saisie.</translation>
    </message>
    <message>
        <source>%1 is not a real date; dates here are in the form %2.</source>
        <translation>%1 n&apos;est pas une date qui existe&#xa0;; ici, les dates sont au format %2.</translation>
    </message>
    <message>
        <source>%1 is not a date in the form %2.</source>
        <translation>%1 n&apos;est pas une date au format %2.</translation>
    </message>
    <message>
        <source>%1 is not a date and time in the form %2 with an optional time such as 13:30 or 1:30 PM.</source>
        <translation>%1 n&apos;est pas une date au format %2, suivie éventuellement d&apos;une heure telle que 13:30 ou 1:30 PM.</translation>
    </message>
    <message>
        <source>%1 is not a yes-or-no value such as Yes, No, True, False, 1 or 0.</source>
        <translation>%1 n&apos;est pas une valeur oui/non telle que Yes, No, True, False, 1 ou 0.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>%1 is not one of: %2.</source>
        <translation>%1 ne fait pas partie des valeurs suivantes&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Cutover::SchemaMigrator</name>
    <message>
        <source>Could not upgrade the project file to version %1 (%2): %3</source>
        <translation>Impossible de mettre à niveau le fichier de projet vers la version %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not record the project file&apos;s new version %1: %2</source>
        <translation>Impossible d&apos;enregistrer la nouvelle version %1 du fichier de projet&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Cutover::SnapshotKinds</name>
    <message>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>Delta</translation>
    </message>
</context>
<context>
    <name>Cutover::SnapshotListModel</name>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Chargé le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>Cutover::SourceInspector</name>
    <message>
        <source>It holds no rows.</source>
        <translation>Il ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>The archive holds no CSV or Excel files.</source>
        <translation>L&apos;archive ne contient aucun fichier CSV ou Excel.</translation>
    </message>
    <message>
        <source>Every sheet of this workbook is empty.</source>
        <translation>Toutes les feuilles de ce classeur sont vides.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder holds no CSV, Excel or zip files.</source>
        <translation>Le répertoire ne contient aucun fichier CSV, Excel ou zip.</translation>
    </message>
</context>
<context>
    <name>Cutover::SourceReader</name>
    <message>
        <source>sheet %1</source>
        <translation>feuille %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an export file.</source>
        <translation>%1 est un répertoire, et non un fichier d&apos;export.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which Cutover cannot read. Open it in Excel or LibreOffice, remove the password if there is one, and save it as .xlsx or CSV.</source>
        <translation>%1 est un classeur Excel 97-2003 (.xls) ou un classeur protégé par mot de passe, que Cutover ne peut pas lire. Ouvrez-le dans Excel ou LibreOffice, retirez le mot de passe s&apos;il y en a un, puis enregistrez-le au format .xlsx ou CSV.</translation>
    </message>
</context>
<context>
    <name>Cutover::SpotCheckFieldsModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>In the old system</source>
        <translation>Dans l&apos;ancien système</translation>
    </message>
    <message>
        <source>In the target</source>
        <translation>Dans la cible</translation>
    </message>
</context>
<context>
    <name>Cutover::SpotCheckModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Cutover::SpotChecks</name>
    <message>
        <source>The spot checks cannot read the staged entries: %1</source>
        <translation>Les contrôles ponctuels ne peuvent pas lire les saisies chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The review was signed off by %1 on %2; its spot checks can no longer change.</source>
        <translation>La vérification a été validée par %1 le %2&#xa0;; ses contrôles ponctuels ne peuvent plus être modifiés.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore contrôlé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Draw at least one record of each kind.</source>
        <translation>Tirez au moins un enregistrement de chaque type.</translation>
    </message>
    <message>
        <source>The spot checks cannot be read: %1</source>
        <translation>Les contrôles ponctuels ne peuvent pas être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The spot checks cannot be written: %1</source>
        <translation>Les contrôles ponctuels ne peuvent pas être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Personne ou entreprise</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>The staged record %1 cannot be read: %2</source>
        <translation>L&apos;enregistrement chargé %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>user %1 of the target</source>
        <translation>utilisateur %1 de la cible</translation>
    </message>
    <message>
        <source>client %1 (%2)</source>
        <translation>client %1 (%2)</translation>
    </message>
    <message>
        <source>matter %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <source>time entry %1 of %2 by %3 on %4</source>
        <translation>saisie de temps %1 du %2 par %3, dossier %4</translation>
    </message>
    <message>
        <source>expense %1 of %2 by %3 on %4</source>
        <translation>saisie de frais %1 du %2 par %3, dossier %4</translation>
    </message>
    <message>
        <source>balance carried forward on %1</source>
        <translation>solde reporté du dossier %1</translation>
    </message>
    <message>
        <source>%1 (no longer in the import)</source>
        <translation>%1 (ne figure plus dans l&apos;import)</translation>
    </message>
    <message>
        <source>A flagged spot check needs a note saying what is wrong, for the correction list.</source>
        <translation>Un contrôle ponctuel signalé doit comporter une note indiquant le problème, pour la liste des corrections.</translation>
    </message>
    <message>
        <source>The spot check cannot be written: %1</source>
        <translation>Le contrôle ponctuel ne peut pas être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2 is not in the spot-check sample.</source>
        <translation>%1 %2 ne fait pas partie de l&apos;échantillon de contrôles ponctuels.</translation>
    </message>
</context>
<context>
    <name>Cutover::SqliteStatement</name>
    <message>
        <source>The project connection is not an SQLite connection.</source>
        <translation>La connexion au projet n&apos;est pas une connexion SQLite.</translation>
    </message>
</context>
<context>
    <name>Cutover::StagingJob</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder %1 holds no CSV or Excel files.</source>
        <translation>Le répertoire %1 ne contient aucun fichier CSV ou Excel.</translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened.</source>
        <translation>L&apos;archive %1 ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>%1 in the archive %2 cannot be extracted.</source>
        <translation>%1 ne peut pas être extrait de l&apos;archive %2.</translation>
    </message>
    <message>
        <source>The archive %1 holds no CSV or Excel files.</source>
        <translation>L&apos;archive %1 ne contient aucun fichier CSV ou Excel.</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, feuille %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 Candidates: %3.</source>
        <translation>%1&#xa0;: %2 Possibilités&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Cutover could not tell what these files hold; choose a map for each:
%1</source>
        <translation>Cutover n&apos;a pas pu déterminer le contenu de ces fichiers&#xa0;; choisissez un modèle pour chacun&#xa0;:
%1</translation>
    </message>
    <message>
        <source>There is nothing to load.</source>
        <translation>Il n&apos;y a rien à charger.</translation>
    </message>
    <message>
        <source>The project file cannot be opened for staging: %1</source>
        <translation>Le fichier de projet ne peut pas être ouvert pour le chargement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The project file has no settings: %1</source>
        <translation>Le fichier de projet ne contient pas de paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Snapshot %1 does not exist or is not complete.</source>
        <translation>L&apos;instantané %1 n&apos;existe pas ou est incomplet.</translation>
    </message>
    <message>
        <source>There is already a final snapshot (number %1). Load the re-export as a delta snapshot, or discard the final snapshot first.</source>
        <translation>Il existe déjà un instantané final (numéro %1). Chargez le nouvel export en tant qu&apos;instantané delta, ou supprimez d&apos;abord l&apos;instantané final.</translation>
    </message>
    <message>
        <source>A delta snapshot is compared with the final one, and there is no final snapshot yet. Load the export as final first.</source>
        <translation>Un instantané delta est comparé à l&apos;instantané final, et il n&apos;y a pas encore d&apos;instantané final. Chargez d&apos;abord l&apos;export en tant qu&apos;instantané final.</translation>
    </message>
    <message>
        <source>The snapshot cannot be recorded: %1</source>
        <translation>L&apos;instantané ne peut pas être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source> What was loaded could not be removed yet (%1); it will be removed when the project is next opened.</source>
        <translation> Les données chargées n&apos;ont pas encore pu être supprimées (%1)&#xa0;; elles le seront à la prochaine ouverture du projet.</translation>
    </message>
    <message>
        <source>Cancelled; nothing from this load was kept.</source>
        <translation>Annulé&#xa0;; rien de ce chargement n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>%1 does not fit the map “%2”: %3</source>
        <translation>%1 ne correspond pas au modèle «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 does not fit the map “%2”: it has no column “%3” for the %4.</source>
        <translation>%1 ne correspond pas au modèle «&#xa0;%2&#xa0;»&#xa0;: il n&apos;a pas de colonne «&#xa0;%3&#xa0;» pour le %4.</translation>
    </message>
    <message>
        <source>No %1 are loaded in this snapshot, so the “%2” values of %3 were not checked.</source>
        <translation>Cet instantané ne contient pas les %1&#xa0;; les valeurs «&#xa0;%2&#xa0;» de %3 n&apos;ont donc pas été vérifiées.</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Chargement de %1</translation>
    </message>
    <message>
        <source>This row has %1 cells where the header has %2; the missing cells are read as empty.</source>
        <translation>Cette ligne compte %1 cellules alors que l&apos;en-tête en compte %2&#xa0;; les cellules manquantes sont lues comme vides.</translation>
    </message>
    <message>
        <source>This row has %1 cells where the header has %2; the cells beyond the header are not loaded.</source>
        <translation>Cette ligne compte %1 cellules alors que l&apos;en-tête en compte %2&#xa0;; les cellules au-delà de l&apos;en-tête ne sont pas chargées.</translation>
    </message>
    <message>
        <source>The %1 is empty; every row needs one.</source>
        <translation>Le %1 est vide&#xa0;; chaque ligne doit en avoir un.</translation>
    </message>
    <message>
        <source>“%1” is not among the %2 loaded in this snapshot.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas parmi les %2 de cet instantané.</translation>
    </message>
    <message>
        <source>This row was created or changed after the cutoff (%1).</source>
        <translation>Cette ligne a été créée ou modifiée après la date de bascule (%1).</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse courriel</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>This contact has the same %1 as the one at %2; it may be a duplicate.</source>
        <translation>Ce contact partage son %1 avec celui de %2&#xa0;; il s&apos;agit peut-être d&apos;un doublon.</translation>
    </message>
    <message>
        <source>%1, row %2 cannot be stored: %3</source>
        <translation>La ligne %2 de %1 ne peut pas être enregistrée&#xa0;: %3</translation>
    </message>
    <message>
        <source>A problem found in %1 could not be recorded: %2</source>
        <translation>Un problème détecté dans %1 n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 hold another kind of record and were left to the map for that kind.</source>
        <translation>
            <numerusform>%n ligne de %1 contient un autre type d&apos;enregistrement et a été laissée au modèle de ce type.</numerusform>
            <numerusform>%n lignes de %1 contiennent un autre type d&apos;enregistrement et ont été laissées au modèle de ce type.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for duplicates</source>
        <translation>Recherche des doublons</translation>
    </message>
    <message>
        <source>This entry is identical to the one at %1 (same user, date, matter, amount and description). Both are kept; check it is not entered twice.</source>
        <translation>Cette saisie est identique à celle de %1 (mêmes utilisateur, date, dossier, montant et description). Les deux sont conservées&#xa0;; vérifiez qu&apos;il ne s&apos;agit pas d&apos;une double saisie.</translation>
    </message>
    <message>
        <source>%1 “%2” is used again here; it was first used at %3. Each must be unique.</source>
        <translation>%1 «&#xa0;%2&#xa0;» est réutilisé ici&#xa0;; il figure déjà dans %3. Chaque valeur doit être unique.</translation>
    </message>
    <message>
        <source>This entry (%1) has the same user, date, matter, amount and description as entry %2 at %3; check it is not entered twice.</source>
        <translation>Cette saisie (%1) a les mêmes utilisateur, date, dossier, montant et description que la saisie %2 de %3&#xa0;; vérifiez qu&apos;il ne s&apos;agit pas d&apos;une double saisie.</translation>
    </message>
    <message>
        <source>A problem found in the files could not be recorded: %1</source>
        <translation>Un problème détecté dans les fichiers n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Comparing with the final export</source>
        <translation>Comparaison avec l&apos;export final</translation>
    </message>
    <message>
        <source>The re-export could not be compared with the final export: %1</source>
        <translation>Le nouvel export n&apos;a pas pu être comparé à l&apos;export final&#xa0;: %1</translation>
    </message>
    <message>
        <source>Snapshot %1: %2 staged from %3, %4 rejected; %5, %6.</source>
        <translation>Instantané %1&#xa0;: chargement de %2 depuis %3, %4 rejetée(s)&#xa0;; %5, %6.</translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 ligne</numerusform>
            <numerusform>%1 lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 error(s)</source>
        <translation>
            <numerusform>%1 erreur</numerusform>
            <numerusform>%1 erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 warning(s)</source>
        <translation>
            <numerusform>%1 avertissement</numerusform>
            <numerusform>%1 avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::StagingStore</name>
    <message>
        <source>An interrupted load could not be cleared: %1</source>
        <translation>Un chargement interrompu n&apos;a pas pu être nettoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le répertoire %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1 - fix list.csv</source>
        <translation>%1 - liste de corrections.csv</translation>
    </message>
    <message>
        <source>Cutover: problems (delete this column or leave it)</source>
        <translation>Cutover&#xa0;: problèmes (supprimez cette colonne ou laissez-la)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>Cutover::StagingTasks</name>
    <message>
        <source>The project file cannot be opened.</source>
        <translation>Le fichier de projet ne peut pas être ouvert.</translation>
    </message>
</context>
<context>
    <name>Cutover::StepListModel</name>
    <message>
        <source>Step %1 of %2: %3 — %4</source>
        <translation>Étape %1 sur %2&#xa0;: %3 — %4</translation>
    </message>
</context>
<context>
    <name>Cutover::StepPage</name>
    <message>
        <source>I have finished this step</source>
        <translation>J&apos;ai terminé cette étape</translation>
    </message>
    <message>
        <source>Marks the step as done in the side panel and in the project&apos;s audit log.</source>
        <translation>Marque l&apos;étape comme terminée dans le panneau latéral et dans le journal d&apos;audit du projet.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The step could not be marked in the project file: %1</source>
        <translation>L&apos;étape n&apos;a pas pu être marquée dans le fichier de projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>What this step is for</source>
        <translation>À quoi sert cette étape</translation>
    </message>
    <message>
        <source>Show what this step is for</source>
        <translation>Afficher à quoi sert cette étape</translation>
    </message>
    <message>
        <source>Fold the help away.</source>
        <translation>Replier l&apos;aide.</translation>
    </message>
    <message>
        <source>Show what this step is for.</source>
        <translation>Afficher à quoi sert cette étape.</translation>
    </message>
</context>
<context>
    <name>Cutover::StepSidePanel</name>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Étapes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Migration steps</source>
        <translation>Étapes de la migration</translation>
    </message>
</context>
<context>
    <name>Cutover::Steps</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Close out</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Date de bascule</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Dossier d&apos;attente</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
</context>
<context>
    <name>Cutover::TargetConnectionBox</name>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Clio (United States)</source>
        <translation>Clio (États-Unis)</translation>
    </message>
    <message>
        <source>Clio (Europe)</source>
        <translation>Clio (Europe)</translation>
    </message>
    <message>
        <source>Clio (Canada)</source>
        <translation>Clio (Canada)</translation>
    </message>
    <message>
        <source>Clio (Australia)</source>
        <translation>Clio (Australie)</translation>
    </message>
    <message>
        <source>Custom address (sandbox or rehearsal)</source>
        <translation>Adresse personnalisée (environnement de test ou répétition)</translation>
    </message>
    <message>
        <source>CSV import package</source>
        <translation>Paquet d&apos;import CSV</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Ci&amp;ble&#xa0;:</translation>
    </message>
    <message>
        <source>Address of the target</source>
        <translation>Adresse de la cible</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Folder for the import package</source>
        <translation>Répertoire du paquet d&apos;import</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>&amp;Répertoire de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Client ID of the firm&apos;s Clio developer app</source>
        <translation>ID client de l&apos;application de développeur Clio du cabinet</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>&amp;Sign in with Clio</source>
        <translation>&amp;Se connecter avec Clio</translation>
    </message>
    <message>
        <source>Sign in &amp;with a code…</source>
        <translation>Conne&amp;xion par code…</translation>
    </message>
    <message>
        <source>Clio shows a code after you allow access; paste it here.</source>
        <translation>Clio affiche un code une fois l&apos;accès autorisé&#xa0;; collez-le ici.</translation>
    </message>
    <message>
        <source>Sign in:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>The code Clio shows after you allow access</source>
        <translation>Le code que Clio affiche une fois l&apos;accès autorisé</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>Code d&apos;autorisation</translation>
    </message>
    <message>
        <source>Use code</source>
        <translation>Utiliser le code</translation>
    </message>
    <message>
        <source>Paste an access token</source>
        <translation>Collez un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Use t&amp;his token</source>
        <translation>Utiliser ce &amp;jeton</translation>
    </message>
    <message>
        <source>Or use an access to&amp;ken:</source>
        <translation>Ou utiliser un jeton d&apos;acc&amp;ès&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Waiting for Clio in the browser…</source>
        <translation>En attente de Clio dans le navigateur…</translation>
    </message>
    <message>
        <source>Signed in. The token is kept in the keychain.</source>
        <translation>Connecté. Le jeton est conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>Allow access in the browser, then paste the code Clio shows.</source>
        <translation>Autorisez l&apos;accès dans le navigateur, puis collez le code que Clio affiche.</translation>
    </message>
    <message>
        <source>Paste the code Clio shows first.</source>
        <translation>Collez d&apos;abord le code que Clio affiche.</translation>
    </message>
    <message>
        <source>Renewing the access token…</source>
        <translation>Renouvellement du jeton d&apos;accès…</translation>
    </message>
    <message>
        <source>The access token was renewed.</source>
        <translation>Le jeton d&apos;accès a été renouvelé.</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Collez d&apos;abord un jeton.</translation>
    </message>
    <message>
        <source>The token is kept in the keychain.</source>
        <translation>Le jeton est conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>No token for %1 yet: sign in with Clio or paste an access token.</source>
        <translation>Aucun jeton pour %1 pour l&apos;instant&#xa0;: connectez-vous avec Clio ou collez un jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (%3).</source>
        <translation>Connecté à %1 en tant que %2 (%3).</translation>
    </message>
    <message>
        <source>The new system&apos;s users cannot be read: %1</source>
        <translation>Les utilisateurs du nouveau système ne peuvent pas être lus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Cutover::TargetConnector</name>
    <message>
        <source>This target cannot read back %1 %2 by its id.</source>
        <translation>Cette cible ne peut pas relire %1 %2 par son ID.</translation>
    </message>
</context>
<context>
    <name>Cutover::TimeTemplates</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Cannot create the sheets of %1.</source>
        <translation>Impossible de créer les feuilles de %1.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>A date from %1 to %2.</source>
        <translation>Une date du %1 au %2.</translation>
    </message>
    <message>
        <source>Enter a date from %1 (the cutoff day) to %2.</source>
        <translation>Saisissez une date du %1 (jour de bascule) au %2.</translation>
    </message>
    <message>
        <source>Choose a user from the list.</source>
        <translation>Choisissez un utilisateur dans la liste.</translation>
    </message>
    <message>
        <source>Choose the client from the list.</source>
        <translation>Choisissez le client dans la liste.</translation>
    </message>
    <message>
        <source>Choose the matter from the list.</source>
        <translation>Choisissez le dossier dans la liste.</translation>
    </message>
    <message>
        <source>Hours worked, as a decimal: 1.5 is an hour and a half.</source>
        <translation>Heures travaillées, en nombre décimal&#xa0;: 1.5 correspond à une heure et demie.</translation>
    </message>
    <message>
        <source>Enter the hours as a number from 0.1 to 24.</source>
        <translation>Saisissez les heures sous forme de nombre compris entre 0.1 et 24.</translation>
    </message>
    <message>
        <source>The hourly rate; leave it empty for the usual rate.</source>
        <translation>Le taux horaire&#xa0;; laissez vide pour appliquer le taux habituel.</translation>
    </message>
    <message>
        <source>Enter the rate as a number, 0 or more.</source>
        <translation>Saisissez le taux sous forme de nombre positif ou nul.</translation>
    </message>
    <message>
        <source>Yes or No; empty means Yes.</source>
        <translation>Oui ou Non&#xa0;; vide signifie Oui.</translation>
    </message>
    <message>
        <source>the firm</source>
        <translation>le cabinet</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non fixée)</translation>
    </message>
    <message>
        <source>Time tracking for %1 during the move to the new system</source>
        <translation>Suivi du temps de %1 pendant le passage au nouveau système</translation>
    </message>
    <message>
        <source>Record here the time you work for existing clients from the cutoff day, %1, until the new system has their matters.</source>
        <translation>Saisissez ici le temps consacré aux clients existants à partir du jour de bascule (%1), jusqu&apos;à ce que leurs dossiers existent dans le nouveau système.</translation>
    </message>
    <message>
        <source>Use the sheet “%1”: one row per entry. The header row is locked; do not rename or move its columns.</source>
        <translation>Utilisez la feuille «&#xa0;%1&#xa0;»&#xa0;: une ligne par saisie. La ligne d&apos;en-tête est verrouillée&#xa0;; ne renommez pas et ne déplacez pas ses colonnes.</translation>
    </message>
    <message>
        <source>Date: the day worked, from %1 on.</source>
        <translation>Date&#xa0;: le jour travaillé, à partir de %1.</translation>
    </message>
    <message>
        <source>User: who did the work, chosen from the list.</source>
        <translation>Utilisateur&#xa0;: la personne qui a effectué le travail, choisie dans la liste.</translation>
    </message>
    <message>
        <source>Client and Matter: chosen from the lists. The matter decides where the time goes; the client is checked against it.</source>
        <translation>Client et Dossier&#xa0;: choisis dans les listes. C&apos;est le dossier qui détermine où va le temps&#xa0;; le client est vérifié par rapport à celui-ci.</translation>
    </message>
    <message>
        <source>Hours: a decimal number from 0.1 to 24 (1.25 is an hour and a quarter).</source>
        <translation>Heures&#xa0;: un nombre décimal compris entre 0.1 et 24 (1.25 correspond à une heure et quart).</translation>
    </message>
    <message>
        <source>Rate: the hourly rate; leave it empty for the usual rate.</source>
        <translation>Taux&#xa0;: le taux horaire&#xa0;; laissez vide pour appliquer le taux habituel.</translation>
    </message>
    <message>
        <source>Description: what was done, as it should appear on the bill.</source>
        <translation>Description&#xa0;: le travail effectué, tel qu&apos;il doit apparaître sur la facture.</translation>
    </message>
    <message>
        <source>Billable: Yes or No; empty means Yes.</source>
        <translation>Facturable&#xa0;: Oui ou Non&#xa0;; vide signifie Oui.</translation>
    </message>
    <message>
        <source>When you are done, save the file (keep the format) and give it back to whoever runs the migration. It is loaded back through the Placeholder step of Cutover: every row is checked, and a row with a problem is listed with its row and column so it can be corrected and the file loaded again. Rows already loaded are not added twice.</source>
        <translation>Une fois terminé, enregistrez le fichier (en conservant son format) et remettez-le à la personne chargée de la migration. Il est rechargé à l&apos;étape Dossier d&apos;attente de Cutover&#xa0;: chaque ligne est vérifiée, et toute ligne présentant un problème est signalée avec sa ligne et sa colonne afin qu&apos;elle puisse être corrigée et le fichier chargé de nouveau. Les lignes déjà chargées ne sont pas ajoutées deux fois.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>the sheet of the time-tracking workbook</comment>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>There is no snapshot of the old system yet: load the export files first.</source>
        <translation>Il n&apos;y a pas encore d&apos;instantané de l&apos;ancien système&#xa0;: chargez d&apos;abord les fichiers d&apos;export.</translation>
    </message>
    <message>
        <source>The snapshot has no users or no matters to offer in the templates.</source>
        <translation>L&apos;instantané ne contient aucun utilisateur ou aucun dossier à proposer dans les modèles.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>time-tracking</source>
        <comment>file name of the templates</comment>
        <translation>suivi-du-temps</translation>
    </message>
    <message>
        <source>%1 - matters</source>
        <comment>file name: the matters to copy into the CSV template</comment>
        <translation>%1 - dossiers</translation>
    </message>
</context>
<context>
    <name>Cutover::Translations</name>
    <message>
        <source>Cutover has no translation for “%1”; it is shown in English.</source>
        <translation>Cutover n&apos;a pas de traduction pour «&#xa0;%1&#xa0;»&#xa0;; l&apos;interface est affichée en anglais.</translation>
    </message>
</context>
<context>
    <name>Cutover::UserMappingModel</name>
    <message>
        <source>This user&apos;s entries cannot be imported until a user of the new system is chosen.</source>
        <translation>Les saisies de cet utilisateur ne peuvent pas être importées tant qu&apos;aucun utilisateur du nouveau système n&apos;est choisi.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Missing: choose a user</source>
        <translation>Manquant&#xa0;: choisissez un utilisateur</translation>
    </message>
    <message>
        <source>Same e-mail</source>
        <translation>Même courriel</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Même nom</translation>
    </message>
    <message>
        <source>Chosen by hand</source>
        <translation>Choisi à la main</translation>
    </message>
    <message>
        <source>User in the old system</source>
        <translation>Utilisateur dans l&apos;ancien système</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>User in the new system</source>
        <translation>Utilisateur dans le nouveau système</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Critère d&apos;association</translation>
    </message>
</context>
<context>
    <name>Cutover::UserMappings</name>
    <message>
        <source>The user mapping cannot be read: %1</source>
        <translation>L&apos;association des utilisateurs ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The user mapping cannot be saved: %1</source>
        <translation>L&apos;association des utilisateurs ne peut pas être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Cutover::XlsxReader</name>
    <message>
        <source>%1 has no worksheets.</source>
        <translation>%1 ne contient aucune feuille de calcul.</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”. Its sheets are: %3.</source>
        <translation>%1 ne contient pas de feuille nommée «&#xa0;%2&#xa0;». Ses feuilles sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 is not a readable workbook: the zip archive is damaged (error %2).</source>
        <translation>%1 n&apos;est pas un classeur lisible&#xa0;: l&apos;archive zip est endommagée (erreur %2).</translation>
    </message>
    <message>
        <source>%1 is damaged: the compressed data of %2 cannot be read (error %3).</source>
        <translation>%1 est endommagé&#xa0;: les données compressées de %2 ne peuvent pas être lues (erreur %3).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 is not well-formed XML (%3, line %4).</source>
        <translation>%1 est endommagé&#xa0;: %2 n&apos;est pas un XML bien formé (%3, ligne %4).</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: it has no %2.</source>
        <translation>%1 n&apos;est pas un classeur Excel&#xa0;: %2 y est absent.</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of texts (%2) cannot be opened.</source>
        <translation>%1 est endommagé&#xa0;: sa liste de textes (%2) ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The cell formats of %1 cannot be read (%2); dates in it are read as numbers.</source>
        <translation>Les formats de cellule de %1 ne peuvent pas être lus (%2)&#xa0;; les dates qu&apos;il contient sont lues comme des nombres.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet %2 (%3) is missing.</source>
        <translation>%1 est endommagé&#xa0;: la feuille %2 (%3) est manquante.</translation>
    </message>
    <message>
        <source>This row looks like a title (“%1”), not the header, and was skipped.</source>
        <translation>Cette ligne ressemble à un titre («&#xa0;%1&#xa0;») et non à l&apos;en-tête&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>A cell beyond the last column Excel allows was ignored.</source>
        <translation>Une cellule située au-delà de la dernière colonne autorisée par Excel a été ignorée.</translation>
    </message>
    <message>
        <source>Cell %1 refers to text %2, which the workbook does not have; it is read as empty.</source>
        <translation>La cellule %1 fait référence au texte %2, absent du classeur&#xa0;; elle est lue comme vide.</translation>
    </message>
    <message>
        <source>Cell %1 holds the error value %2; it is read as that text.</source>
        <translation>La cellule %1 contient la valeur d&apos;erreur %2&#xa0;; elle est lue comme ce texte.</translation>
    </message>
    <message>
        <source>Cell %1 holds 29 February 1900, a day that does not exist (an old Excel quirk); it is read as 1900-02-29.</source>
        <translation>La cellule %1 contient le 29 février 1900, un jour qui n&apos;existe pas (une vieille bizarrerie d&apos;Excel)&#xa0;; elle est lue comme 1900-02-29.</translation>
    </message>
    <message>
        <source>Cell %1 is formatted as a date or time, but %2 is not one Excel can show; it is read as a number.</source>
        <translation>La cellule %1 est au format date ou heure, mais %2 n&apos;est pas une valeur qu&apos;Excel peut afficher&#xa0;; elle est lue comme un nombre.</translation>
    </message>
</context>
<context>
    <name>Cutover::XlsxWriter</name>
    <message>
        <source>Cannot write workbooks: the library %1 could not be loaded (%2). Install the libxlsxwriter%3 package.</source>
        <translation>Impossible d&apos;écrire des classeurs&#xa0;: la bibliothèque %1 n&apos;a pas pu être chargée (%2). Installez le paquet libxlsxwriter%3.</translation>
    </message>
    <message>
        <source>Cannot write workbooks: the library %1 has no function %2; it is too old.</source>
        <translation>Impossible d&apos;écrire des classeurs&#xa0;: la bibliothèque %1 ne contient pas la fonction %2&#xa0;; elle est trop ancienne.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Moves a small firm&apos;s practice data from one system to another.</source>
        <translation>Transfère les données de gestion d&apos;un petit cabinet d&apos;un système à un autre.</translation>
    </message>
    <message>
        <source>Show Cutover in this language (for example fr or es).</source>
        <translation>Affiche Cutover dans cette langue (par exemple fr ou es).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>The .cutover project to open. Without it, the last project is reopened, or a demo project on first run.</source>
        <translation>Le projet .cutover à ouvrir. Sans cet argument, le dernier projet est rouvert, ou un projet de démonstration au premier lancement.</translation>
    </message>
</context>
</TS>
