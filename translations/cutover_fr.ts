<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <name>Cutover::CloseOutPage</name>
    <message>
        <source>Finish the work in the old system before the final export.</source>
        <translation>Terminez le travail dans l&apos;ancien système avant l&apos;export final.</translation>
    </message>
    <message>
        <source>Invoice outstanding time and expenses, apply credits and trust payments to open bills, save the banking and trust reports, and turn off calendar and contact syncs. Cutover analyses a trial export to show what is still open per client, keeps the checklist and the approvals of the billing contact and every administrator, and files the reports you saved for the new system&apos;s Historical Data folder.</source>
        <translation>Facturez le temps et les frais en attente, imputez les avoirs et les paiements par fidéicommis aux factures non soldées, enregistrez les rapports bancaires et de fidéicommis, et désactivez les synchronisations d&apos;agenda et de contacts. Cutover analyse un export d&apos;essai pour montrer ce qui reste ouvert pour chaque client, tient la liste de contrôle et les approbations du contact de facturation et de chaque administrateur, et classe les rapports que vous avez enregistrés pour le répertoire Historical Data du nouveau système.</translation>
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
    <name>Cutover::CutoffPage</name>
    <message>
        <source>Pick the moment after which new work goes into the new system only.</source>
        <translation>Choisissez le moment à partir duquel tout nouveau travail est saisi uniquement dans le nouveau système.</translation>
    </message>
    <message>
        <source>Choose the cutoff date, time and time zone. Cutover freezes it, flags rows created or changed after it, and compares any later re-export against the final export so that work entered after the cutoff is listed and imported, not lost.</source>
        <translation>Choisissez la date, l&apos;heure et le fuseau horaire de la bascule. Cutover fige la date de bascule, signale les lignes créées ou modifiées après celle-ci et compare tout nouvel export ultérieur à l&apos;export final, afin que le travail saisi après la date de bascule soit listé et importé, et non perdu.</translation>
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
    <name>Cutover::ExportPage</name>
    <message>
        <source>Load the old system&apos;s export files and check every row.</source>
        <translation>Chargez les fichiers d&apos;export de l&apos;ancien système et vérifiez chaque ligne.</translation>
    </message>
    <message>
        <source>Add the CSV and Excel files the old system exported, or connect to its database. Cutover recognises what each file holds, maps its columns, validates every row and finds duplicates. Problems are listed with file, row and column; nothing is dropped silently.</source>
        <translation>Ajoutez les fichiers CSV et Excel exportés par l&apos;ancien système, ou connectez-vous à sa base de données. Cutover reconnaît le contenu de chaque fichier, associe ses colonnes, valide chaque ligne et détecte les doublons. Les problèmes sont listés avec le fichier, la ligne et la colonne&#xa0;; rien n&apos;est écarté sans avertissement.</translation>
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
        <source>&amp;New project</source>
        <translation>&amp;Nouveau projet</translation>
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
        <source>Moving &amp;from:</source>
        <translation>Migrer &amp;depuis&#xa0;:</translation>
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
        <source>&amp;Create project</source>
        <translation>C&amp;réer le projet</translation>
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
    <name>Cutover::ReviewPage</name>
    <message>
        <source>Check the result within three business days of the import.</source>
        <translation>Vérifiez le résultat dans les trois jours ouvrés qui suivent l&apos;import.</translation>
    </message>
    <message>
        <source>Cutover reconciles counts and money per client (work in progress, receivables, trust) between the old and the new system, picks records for spot checks, tracks the three-business-day deadline and records the sign-off in a report.</source>
        <translation>Cutover rapproche les nombres d&apos;enregistrements et les montants par client (travaux en cours, créances, fidéicommis) entre l&apos;ancien et le nouveau système, sélectionne des enregistrements pour des contrôles ponctuels, suit l&apos;échéance des trois jours ouvrés et consigne la validation finale dans un rapport.</translation>
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
    <name>Cutover::StepListModel</name>
    <message>
        <source>Step %1 of %2: %3 — %4</source>
        <translation>Étape %1 sur %2&#xa0;: %3 — %4</translation>
    </message>
</context>
<context>
    <name>Cutover::StepPage</name>
    <message>
        <source>&lt;b&gt;What this step is for&lt;/b&gt;</source>
        <translation>&lt;b&gt;À quoi sert cette étape&lt;/b&gt;</translation>
    </message>
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
    <name>Cutover::Translations</name>
    <message>
        <source>Cutover has no translation for “%1”; it is shown in English.</source>
        <translation>Cutover n&apos;a pas de traduction pour «&#xa0;%1&#xa0;»&#xa0;; l&apos;interface est affichée en anglais.</translation>
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
