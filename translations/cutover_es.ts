<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Cutover::Catalogs</name>
    <message>
        <source>Generic export or spreadsheet</source>
        <translation>Exportación genérica u hoja de cálculo</translation>
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
        <translation>Paquete de importación CSV</translation>
    </message>
    <message>
        <source>United States (federal)</source>
        <translation>Estados Unidos (federal)</translation>
    </message>
    <message>
        <source>Canada (federal statutory)</source>
        <translation>Canadá (festivos oficiales federales)</translation>
    </message>
    <message>
        <source>Canada — Alberta</source>
        <translation>Canadá — Alberta</translation>
    </message>
    <message>
        <source>Canada — British Columbia</source>
        <translation>Canadá — Columbia Británica</translation>
    </message>
    <message>
        <source>Canada — Manitoba</source>
        <translation>Canadá — Manitoba</translation>
    </message>
    <message>
        <source>Canada — New Brunswick</source>
        <translation>Canadá — Nuevo Brunswick</translation>
    </message>
    <message>
        <source>Canada — Newfoundland and Labrador</source>
        <translation>Canadá — Terranova y Labrador</translation>
    </message>
    <message>
        <source>Canada — Nova Scotia</source>
        <translation>Canadá — Nueva Escocia</translation>
    </message>
    <message>
        <source>Canada — Northwest Territories</source>
        <translation>Canadá — Territorios del Noroeste</translation>
    </message>
    <message>
        <source>Canada — Nunavut</source>
        <translation>Canadá — Nunavut</translation>
    </message>
    <message>
        <source>Canada — Ontario</source>
        <translation>Canadá — Ontario</translation>
    </message>
    <message>
        <source>Canada — Prince Edward Island</source>
        <translation>Canadá — Isla del Príncipe Eduardo</translation>
    </message>
    <message>
        <source>Canada — Quebec</source>
        <translation>Canadá — Quebec</translation>
    </message>
    <message>
        <source>Canada — Saskatchewan</source>
        <translation>Canadá — Saskatchewan</translation>
    </message>
    <message>
        <source>Canada — Yukon</source>
        <translation>Canadá — Yukón</translation>
    </message>
    <message>
        <source>United Kingdom — England and Wales</source>
        <translation>Reino Unido — Inglaterra y Gales</translation>
    </message>
    <message>
        <source>United Kingdom — Scotland</source>
        <translation>Reino Unido — Escocia</translation>
    </message>
    <message>
        <source>United Kingdom — Northern Ireland</source>
        <translation>Reino Unido — Irlanda del Norte</translation>
    </message>
    <message>
        <source>Australia (national)</source>
        <translation>Australia (nacional)</translation>
    </message>
    <message>
        <source>Australia — Australian Capital Territory</source>
        <translation>Australia — Territorio de la Capital Australiana</translation>
    </message>
    <message>
        <source>Australia — New South Wales</source>
        <translation>Australia — Nueva Gales del Sur</translation>
    </message>
    <message>
        <source>Australia — Northern Territory</source>
        <translation>Australia — Territorio del Norte</translation>
    </message>
    <message>
        <source>Australia — Queensland</source>
        <translation>Australia — Queensland</translation>
    </message>
    <message>
        <source>Australia — South Australia</source>
        <translation>Australia — Australia Meridional</translation>
    </message>
    <message>
        <source>Australia — Tasmania</source>
        <translation>Australia — Tasmania</translation>
    </message>
    <message>
        <source>Australia — Victoria</source>
        <translation>Australia — Victoria</translation>
    </message>
    <message>
        <source>Australia — Western Australia</source>
        <translation>Australia — Australia Occidental</translation>
    </message>
    <message>
        <source>No public holidays (weekends only)</source>
        <translation>Sin festivos (solo fines de semana)</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Usage: cutover-cli [--lang CODE] COMMAND [options]

Cutover&apos;s engine without the wizard: anything the wizard does to a project can be done from here.

Commands:
</source>
        <translation>Uso: cutover-cli [--lang CÓDIGO] COMANDO [opciones]

El motor de Cutover sin el asistente: todo lo que el asistente hace con un proyecto se puede hacer desde aquí.

Comandos:
</translation>
    </message>
    <message>
        <source>Run cutover-cli COMMAND --help for a command&apos;s options.</source>
        <translation>Ejecute cutover-cli COMANDO --help para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>“%1” is not a command. Run cutover-cli --help for the list.</source>
        <translation>“%1” no es un comando. Ejecute cutover-cli --help para ver la lista.</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::InfoCommand</name>
    <message>
        <source>Show a project&apos;s settings and the state of each step.</source>
        <translation>Muestra la configuración de un proyecto y el estado de cada paso.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>El archivo del proyecto.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Muestra JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>info: give exactly one project file.</source>
        <translation>info: indique exactamente un archivo de proyecto.</translation>
    </message>
    <message>
        <source>info: %1</source>
        <translation>info: %1</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Despacho</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>ID del proyecto</translation>
    </message>
    <message>
        <source>Moving from</source>
        <translation>Sistema de origen</translation>
    </message>
    <message>
        <source>Moving to</source>
        <translation>Sistema de destino</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Paso actual</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::NewCommand</name>
    <message>
        <source>Create a migration project file.</source>
        <translation>Crea un archivo de proyecto de migración.</translation>
    </message>
    <message>
        <source>The project file to create (Firm name.cutover).</source>
        <translation>El archivo de proyecto que se va a crear (Nombre del despacho.cutover).</translation>
    </message>
    <message>
        <source>The firm&apos;s name.</source>
        <translation>El nombre del despacho.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The system the firm leaves: %1. Default: %2.</source>
        <translation>El sistema que deja el despacho: %1. Valor predeterminado: %2.</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>The system the firm moves to: %1. Default: %2.</source>
        <translation>El sistema al que se traslada el despacho: %1. Valor predeterminado: %2.</translation>
    </message>
    <message>
        <source>The firm&apos;s IANA time zone. Default: this machine&apos;s (%1).</source>
        <translation>La zona horaria IANA del despacho. Valor predeterminado: la de este equipo (%1).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <source>Holiday region for business days: %1. Default: %2.</source>
        <translation>Región de festivos para calcular los días hábiles: %1. Valor predeterminado: %2.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>new: give exactly one project file, e.g. cutover-cli new &quot;Harbor &amp; Pine.cutover&quot; --firm &quot;Harbor &amp; Pine LLP&quot;.</source>
        <translation>new: indique exactamente un archivo de proyecto; p. ej., cutover-cli new &quot;Harbor &amp; Pine.cutover&quot; --firm &quot;Harbor &amp; Pine LLP&quot;.</translation>
    </message>
    <message>
        <source>new: --firm NAME is required.</source>
        <translation>new: la opción --firm NOMBRE es obligatoria.</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>new: %1</translation>
    </message>
    <message>
        <source>Created %1 for %2.</source>
        <translation>Se ha creado %1 para %2.</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::StepCommand</name>
    <message>
        <source>Mark a step not started, in progress or done.</source>
        <translation>Marca un paso como sin empezar, en curso o completado.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>El archivo del proyecto.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Valores posibles: %1.</translation>
    </message>
    <message>
        <source>step: give the project, the step and its state, e.g. cutover-cli step x.cutover closeout done.</source>
        <translation>step: indique el proyecto, el paso y su estado; p. ej., cutover-cli step x.cutover closeout done.</translation>
    </message>
    <message>
        <source>step: “%1” is not a step; use one of %2.</source>
        <translation>step: “%1” no es un paso; use uno de los siguientes: %2.</translation>
    </message>
    <message>
        <source>step: “%1” is not a state; use one of %2.</source>
        <translation>step: “%1” no es un estado; use uno de los siguientes: %2.</translation>
    </message>
    <message>
        <source>step: %1</source>
        <translation>step: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Cutover::CloseOutPage</name>
    <message>
        <source>Finish the work in the old system before the final export.</source>
        <translation>Termine el trabajo en el sistema antiguo antes de la exportación final.</translation>
    </message>
    <message>
        <source>Invoice outstanding time and expenses, apply credits and trust payments to open bills, save the banking and trust reports, and turn off calendar and contact syncs. Cutover analyses a trial export to show what is still open per client, keeps the checklist and the approvals of the billing contact and every administrator, and files the reports you saved for the new system&apos;s Historical Data folder.</source>
        <translation>Facture el tiempo y los gastos pendientes, aplique los créditos y los pagos de la cuenta fiduciaria a las facturas abiertas, guarde los informes bancarios y del fideicomiso, y desactive la sincronización del calendario y de los contactos. Cutover analiza una exportación de prueba para mostrar lo que sigue abierto por cliente, lleva la lista de comprobación y las aprobaciones del contacto de facturación y de cada administrador, y archiva los informes que guardó para la carpeta Historical Data del nuevo sistema.</translation>
    </message>
</context>
<context>
    <name>Cutover::CredentialStore</name>
    <message>
        <source>No system keychain is available to keep “%1” (%2). Cutover keeps passwords and tokens only in the system keychain, never in plain text: start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>No hay ningún llavero del sistema disponible para guardar “%1” (%2). Cutover guarda las contraseñas y los tokens solo en el llavero del sistema, nunca como texto sin cifrar: inicie o desbloquee su llavero (por ejemplo, GNOME Keyring o KWallet) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No saved secret “%1” was found in the system keychain.</source>
        <translation>No se encontró ningún secreto guardado “%1” en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The system keychain refused access to “%1” (%2). Unlock the keychain and try again.</source>
        <translation>El llavero del sistema denegó el acceso a “%1” (%2). Desbloquee el llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain could not handle “%1”: %2</source>
        <translation>El llavero del sistema no pudo procesar “%1”: %2</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>no hay ningún bus de sesión de D-Bus</translation>
    </message>
</context>
<context>
    <name>Cutover::CutoffPage</name>
    <message>
        <source>Pick the moment after which new work goes into the new system only.</source>
        <translation>Elija el momento a partir del cual el trabajo nuevo se registra solo en el nuevo sistema.</translation>
    </message>
    <message>
        <source>Choose the cutoff date, time and time zone. Cutover freezes it, flags rows created or changed after it, and compares any later re-export against the final export so that work entered after the cutoff is listed and imported, not lost.</source>
        <translation>Elija la fecha, la hora y la zona horaria de corte. Cutover fija ese momento, marca las filas creadas o modificadas después de él y compara cualquier reexportación posterior con la exportación final, de modo que el trabajo registrado después de la fecha de corte se enumere y se importe en lugar de perderse.</translation>
    </message>
</context>
<context>
    <name>Cutover::CutoverWizard</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
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
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>Cutover could not record in the project file that you are on this step, so it may reopen on an earlier one: %1</source>
        <translation>Cutover no pudo registrar en el archivo del proyecto que se encuentra en este paso, por lo que podría volver a abrirse en uno anterior: %1</translation>
    </message>
</context>
<context>
    <name>Cutover::ExportPage</name>
    <message>
        <source>Load the old system&apos;s export files and check every row.</source>
        <translation>Cargue los archivos de exportación del sistema antiguo y compruebe cada fila.</translation>
    </message>
    <message>
        <source>Add the CSV and Excel files the old system exported, or connect to its database. Cutover recognises what each file holds, maps its columns, validates every row and finds duplicates. Problems are listed with file, row and column; nothing is dropped silently.</source>
        <translation>Añada los archivos CSV y Excel que exportó el sistema antiguo o conéctese a su base de datos. Cutover reconoce lo que contiene cada archivo, asigna sus columnas, valida cada fila y detecta los duplicados. Los problemas se enumeran con su archivo, fila y columna; no se descarta nada sin avisar.</translation>
    </message>
</context>
<context>
    <name>Cutover::ImportPage</name>
    <message>
        <source>Push the data into the new system.</source>
        <translation>Transfiera los datos al nuevo sistema.</translation>
    </message>
    <message>
        <source>Cutover matches the firm&apos;s users to the new system&apos;s users, then imports contacts, matters, time and expense entries, notes and documents in dependency order. Every record is written to a ledger, so an interrupted import resumes without duplicates. Trust balances and receivables the new system cannot take through its API are prepared as worksheets.</source>
        <translation>Cutover asocia los usuarios del despacho con los del nuevo sistema y luego importa los contactos, los asuntos, las entradas de tiempo y gastos, las notas y los documentos en el orden de sus dependencias. Cada registro se anota en un libro de control, de modo que una importación interrumpida se reanuda sin duplicados. Los saldos fiduciarios y las cuentas por cobrar que el nuevo sistema no puede recibir a través de su API se preparan como hojas de trabajo.</translation>
    </message>
</context>
<context>
    <name>Cutover::PlaceholderPage</name>
    <message>
        <source>Keep tracking time while the migration runs.</source>
        <translation>Siga registrando el tiempo durante la migración.</translation>
    </message>
    <message>
        <source>New clients go straight into the new system. Time for existing clients is tracked on a placeholder matter in the new system or in the time-tracking spreadsheets Cutover writes, and moved to the right matters once they exist.</source>
        <translation>Los clientes nuevos se dan de alta directamente en el nuevo sistema. El tiempo de los clientes existentes se registra en un asunto provisional del nuevo sistema o en las hojas de cálculo de registro de tiempo que genera Cutover, y se traslada a los asuntos correctos en cuanto existan.</translation>
    </message>
</context>
<context>
    <name>Cutover::ProjectLock</name>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>La carpeta “%1” no existe.</translation>
    </message>
    <message>
        <source>“%1” is open in another Cutover window (process %2 on %3). Close it there, then open it here.</source>
        <translation>“%1” está abierto en otra ventana de Cutover (proceso %2 en %3). Ciérrelo allí y luego ábralo aquí.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened for changes: you may not create files in its folder (Cutover keeps a lock file beside the project).</source>
        <translation>No se puede abrir “%1” para modificarlo: no tiene permiso para crear archivos en su carpeta (Cutover guarda un archivo de bloqueo junto al proyecto).</translation>
    </message>
    <message>
        <source>“%1” cannot be opened for changes: its lock file “%2” cannot be created or taken over.</source>
        <translation>No se puede abrir “%1” para modificarlo: no se puede crear ni tomar el control de su archivo de bloqueo “%2”.</translation>
    </message>
</context>
<context>
    <name>Cutover::ProjectPage</name>
    <message>
        <source>New migration</source>
        <translation>Nueva migración</translation>
    </message>
    <message>
        <source>Start a migration project for one firm, or continue one you started.</source>
        <translation>Inicie un proyecto de migración para un despacho o continúe uno que ya haya empezado.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Proyecto abierto</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Nuevo proyecto</translation>
    </message>
    <message>
        <source>&amp;Open project</source>
        <translation>&amp;Abrir proyecto</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>e.g. Harbor &amp; Pine LLP</source>
        <translation>p. ej., Harbor &amp; Pine LLP</translation>
    </message>
    <message>
        <source>&amp;Firm name:</source>
        <translation>Nombre del &amp;despacho:</translation>
    </message>
    <message>
        <source>Moving &amp;from:</source>
        <translation>Sistema de &amp;origen:</translation>
    </message>
    <message>
        <source>Moving &amp;to:</source>
        <translation>Sistema de des&amp;tino:</translation>
    </message>
    <message>
        <source>The firm&apos;s time zone: cutoff times and deadlines are shown in it.</source>
        <translation>La zona horaria del despacho: en ella se muestran las horas de corte y los plazos.</translation>
    </message>
    <message>
        <source>Firm&apos;s time &amp;zone:</source>
        <translation>&amp;Zona horaria del despacho:</translation>
    </message>
    <message>
        <source>Public holidays here are not business days when deadlines are counted.</source>
        <translation>Los festivos de esta región no cuentan como días hábiles al calcular los plazos.</translation>
    </message>
    <message>
        <source>&amp;Holidays of:</source>
        <translation>&amp;Festivos de:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Create project</source>
        <translation>&amp;Crear proyecto</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>Proyectos &amp;recientes:</translation>
    </message>
    <message>
        <source>Open &amp;selected</source>
        <translation>Abrir el &amp;seleccionado</translation>
    </message>
    <message>
        <source>Open a &amp;file…</source>
        <translation>Abrir un arc&amp;hivo…</translation>
    </message>
    <message>
        <source>Save the migration project as</source>
        <translation>Guardar el proyecto de migración como</translation>
    </message>
    <message>
        <source>Cutover projects (*.cutover)</source>
        <translation>Proyectos de Cutover (*.cutover)</translation>
    </message>
    <message>
        <source>Open a migration project</source>
        <translation>Abrir un proyecto de migración</translation>
    </message>
    <message>
        <source>Cutover projects (*.cutover);;All files (*)</source>
        <translation>Proyectos de Cutover (*.cutover);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose where to save the project.</source>
        <translation>Elija dónde guardar el proyecto.</translation>
    </message>
    <message>
        <source>Firm:</source>
        <translation>Despacho:</translation>
    </message>
    <message>
        <source>Moving:</source>
        <translation>Migración:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Holidays of:</source>
        <translation>Festivos de:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado el:</translation>
    </message>
    <message>
        <source>Open project: %1</source>
        <translation>Proyecto abierto: %1</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (abierto)</translation>
    </message>
</context>
<context>
    <name>Cutover::ProjectSession</name>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>No se pudo crear la carpeta “%1”.</translation>
    </message>
    <message>
        <source>“%1” cannot be changed: %2</source>
        <translation>No se puede modificar “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Cutover::ProjectSettings</name>
    <message>
        <source>The firm name is empty.</source>
        <translation>El nombre del despacho está vacío.</translation>
    </message>
    <message>
        <source>“%1” is not a source system Cutover knows.</source>
        <translation>“%1” no es un sistema de origen que Cutover conozca.</translation>
    </message>
    <message>
        <source>“%1” is not a target system Cutover knows.</source>
        <translation>“%1” no es un sistema de destino que Cutover conozca.</translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone (for example America/New_York).</source>
        <translation>“%1” no es una zona horaria IANA (por ejemplo, America/New_York).</translation>
    </message>
    <message>
        <source>“%1” is not a holiday region Cutover knows (for example US, CA-ON, GB-EAW, AU-NSW or NONE).</source>
        <translation>“%1” no es una región de festivos que Cutover conozca (por ejemplo, US, CA-ON, GB-EAW, AU-NSW o NONE).</translation>
    </message>
</context>
<context>
    <name>Cutover::ProjectStore</name>
    <message>
        <source>The project file could not be switched to write-ahead logging (%1).</source>
        <translation>No se pudo activar el registro de escritura anticipada en el archivo del proyecto (%1).</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name or open it instead.</source>
        <translation>“%1” ya existe. Elija otro nombre o, en su lugar, ábralo.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>No se pudo crear la carpeta “%1”.</translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation>No se pudo crear “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” no existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Cutover project file.</source>
        <translation>“%1” es una carpeta, no un archivo de proyecto de Cutover.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you do not have permission.</source>
        <translation>No se puede leer “%1”: no tiene permiso.</translation>
    </message>
    <message>
        <source>“%1” is not a Cutover project: it is not an SQLite database.</source>
        <translation>“%1” no es un proyecto de Cutover: no es una base de datos SQLite.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). Open your latest backup instead.</source>
        <translation>“%1” está dañado y no se puede abrir (%2). Abra en su lugar su copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>“%1” is not a Cutover project: it is an empty SQLite database.</source>
        <translation>“%1” no es un proyecto de Cutover: es una base de datos SQLite vacía.</translation>
    </message>
    <message>
        <source>“%1” is not a Cutover project: it is an SQLite database of another program.</source>
        <translation>“%1” no es un proyecto de Cutover: es una base de datos SQLite de otro programa.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Cutover (project format %2; this version reads up to %3). Update Cutover to open it.</source>
        <translation>“%1” se guardó con una versión más reciente de Cutover (formato de proyecto %2; esta versión lee hasta el formato %3). Actualice Cutover para abrirlo.</translation>
    </message>
    <message>
        <source>“%1” is read-only. Copy it to a folder where you can save changes, then open the copy.</source>
        <translation>“%1” es de solo lectura. Cópielo en una carpeta donde pueda guardar cambios y, después, abra la copia.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>No se pudo abrir “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade, but its backup “%2” could not be written: %3</source>
        <translation>“%1” necesita actualizarse, pero no se pudo escribir su copia de seguridad “%2”: %3</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade, but its backup could not be written: %2</source>
        <translation>“%1” necesita actualizarse, pero no se pudo escribir su copia de seguridad: %2</translation>
    </message>
    <message>
        <source>“%1”: %2 The file is unchanged; a backup is at “%3”.</source>
        <translation>“%1”: %2 El archivo no se ha modificado; hay una copia de seguridad en “%3”.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>“%1” está dañado: %2</translation>
    </message>
    <message>
        <source>the project settings are missing.</source>
        <translation>falta la configuración del proyecto.</translation>
    </message>
    <message>
        <source>the project id “%1” is not a UUID.</source>
        <translation>el ID del proyecto “%1” no es un UUID.</translation>
    </message>
    <message>
        <source>“%1” uses an older project format (%2). Open it once in the Cutover wizard to upgrade it; a backup of the old file is kept.</source>
        <translation>“%1” usa un formato de proyecto anterior (%2). Ábralo una vez en el asistente de Cutover para actualizarlo; se conserva una copia de seguridad del archivo antiguo.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>No se pudo leer “%1”: %2</translation>
    </message>
    <message>
        <source>The project is open for reading only.</source>
        <translation>El proyecto está abierto en modo de solo lectura.</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewPage</name>
    <message>
        <source>Check the result within three business days of the import.</source>
        <translation>Revise el resultado en los tres días hábiles posteriores a la importación.</translation>
    </message>
    <message>
        <source>Cutover reconciles counts and money per client (work in progress, receivables, trust) between the old and the new system, picks records for spot checks, tracks the three-business-day deadline and records the sign-off in a report.</source>
        <translation>Cutover concilia el número de registros y los importes por cliente (trabajo en curso, cuentas por cobrar, fideicomiso) entre el sistema antiguo y el nuevo, selecciona registros para comprobaciones puntuales, controla el plazo de tres días hábiles y deja constancia de la aprobación final en un informe.</translation>
    </message>
</context>
<context>
    <name>Cutover::SchemaMigrator</name>
    <message>
        <source>Could not upgrade the project file to version %1 (%2): %3</source>
        <translation>No se pudo actualizar el archivo del proyecto a la versión %1 (%2): %3</translation>
    </message>
    <message>
        <source>Could not record the project file&apos;s new version %1: %2</source>
        <translation>No se pudo registrar la nueva versión %1 del archivo del proyecto: %2</translation>
    </message>
</context>
<context>
    <name>Cutover::StepListModel</name>
    <message>
        <source>Step %1 of %2: %3 — %4</source>
        <translation>Paso %1 de %2: %3 — %4</translation>
    </message>
</context>
<context>
    <name>Cutover::StepPage</name>
    <message>
        <source>&lt;b&gt;What this step is for&lt;/b&gt;</source>
        <translation>&lt;b&gt;Para qué sirve este paso&lt;/b&gt;</translation>
    </message>
    <message>
        <source>I have finished this step</source>
        <translation>He terminado este paso</translation>
    </message>
    <message>
        <source>Marks the step as done in the side panel and in the project&apos;s audit log.</source>
        <translation>Marca el paso como completado en el panel lateral y en el registro de auditoría del proyecto.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>The step could not be marked in the project file: %1</source>
        <translation>No se pudo marcar el paso en el archivo del proyecto: %1</translation>
    </message>
</context>
<context>
    <name>Cutover::StepSidePanel</name>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pasos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Migration steps</source>
        <translation>Pasos de la migración</translation>
    </message>
</context>
<context>
    <name>Cutover::Steps</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Close out</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Asunto provisional</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
</context>
<context>
    <name>Cutover::Translations</name>
    <message>
        <source>Cutover has no translation for “%1”; it is shown in English.</source>
        <translation>Cutover no tiene traducción para “%1”; se muestra en inglés.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Moves a small firm&apos;s practice data from one system to another.</source>
        <translation>Traslada los datos de gestión de un despacho pequeño de un sistema a otro.</translation>
    </message>
    <message>
        <source>Show Cutover in this language (for example fr or es).</source>
        <translation>Muestra Cutover en este idioma (por ejemplo, fr o es).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>The .cutover project to open. Without it, the last project is reopened, or a demo project on first run.</source>
        <translation>El proyecto .cutover que se va a abrir. Si se omite, se vuelve a abrir el último proyecto o, la primera vez, un proyecto de demostración.</translation>
    </message>
</context>
</TS>
