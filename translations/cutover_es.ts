<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Cutover::CalendarDialog</name>
    <message>
        <source>Business days</source>
        <translation>Días hábiles</translation>
    </message>
    <message>
        <source>Business days are Monday to Friday, except the days listed here: the public holidays of the project&apos;s region and the days the firm adds itself or imports from an iCalendar (.ics) file. The review deadline counts business days.</source>
        <translation>Los días hábiles son de lunes a viernes, salvo los días que se enumeran aquí: los festivos de la región del proyecto y los días que el despacho añade por su cuenta o importa de un archivo iCalendar (.ics). El plazo de revisión se cuenta en días hábiles.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Holiday region:</source>
        <translation>Región de festivos:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>The year whose days off are listed.</source>
        <translation>El año cuyos días no laborables se enumeran.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Días no laborables</translation>
    </message>
    <message>
        <source>&amp;Add day…</source>
        <translation>Aña&amp;dir día…</translation>
    </message>
    <message>
        <source>Add a day the firm is closed.</source>
        <translation>Añade un día en que el despacho está cerrado.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected day the firm added (public holidays cannot be removed).</source>
        <translation>Quita el día seleccionado que añadió el despacho (los festivos no se pueden quitar).</translation>
    </message>
    <message>
        <source>&amp;Import iCalendar file…</source>
        <translation>&amp;Importar archivo iCalendar…</translation>
    </message>
    <message>
        <source>Add the days of an .ics file exported from the firm&apos;s calendar.</source>
        <translation>Añade los días de un archivo .ics exportado del calendario del despacho.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>No iCalendar file imported.</source>
        <translation>No se ha importado ningún archivo iCalendar.</translation>
    </message>
    <message>
        <source>Imported iCalendar files: %1</source>
        <translation>Archivos iCalendar importados: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Add a day off</source>
        <translation>Añadir un día no laborable</translation>
    </message>
    <message>
        <source>Date of the day off</source>
        <translation>Fecha del día no laborable</translation>
    </message>
    <message>
        <source>e.g. Office closed for the move</source>
        <translation>p. ej., Oficina cerrada por la mudanza</translation>
    </message>
    <message>
        <source>Name of the day off</source>
        <translation>Nombre del día no laborable</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>%1 added: %2.</source>
        <translation>Se ha añadido %1: %2.</translation>
    </message>
    <message>
        <source>%1 removed: %2.</source>
        <translation>Se ha quitado %1: %2.</translation>
    </message>
    <message>
        <source>Import an iCalendar file</source>
        <translation>Importar un archivo iCalendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb *.icalendar);;All files (*)</source>
        <translation>Archivos iCalendar (*.ics *.ical *.ifb *.icalendar);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Cutover::CalendarStore</name>
    <message>
        <source>A day off needs a valid date.</source>
        <translation>Un día no laborable necesita una fecha válida.</translation>
    </message>
    <message>
        <source>A day off needs a name, e.g. “Office closed”.</source>
        <translation>Un día no laborable necesita un nombre; p. ej., “Oficina cerrada”.</translation>
    </message>
    <message>
        <source>There is no day off of the firm&apos;s own on %1.</source>
        <translation>El despacho no ha añadido ningún día no laborable el %1.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, as iCalendar files must be; save it as UTF-8 and import it again.</source>
        <translation>%1 no es texto UTF-8, como deben serlo los archivos iCalendar; guárdelo como UTF-8 y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>%1 is already in the project&apos;s calendar (as %2).</source>
        <translation>%1 ya está en el calendario del proyecto (como %2).</translation>
    </message>
    <message>
        <source>There is no iCalendar file %1 in the project&apos;s calendar.</source>
        <translation>El calendario del proyecto no contiene ningún archivo iCalendar %1.</translation>
    </message>
</context>
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
    <name>Cutover::Cli::CalendarCommand</name>
    <message>
        <source>Count business days for a holiday region: the date N business days on, the business days between two dates, or a year&apos;s holidays.</source>
        <translation>Cuenta los días hábiles de una región de festivos: la fecha que cae N días hábiles después, los días hábiles entre dos fechas o los festivos de un año.</translation>
    </message>
    <message>
        <source>The holiday region: %1 (or a country with --subregion).</source>
        <translation>La región de festivos: %1 (o un país con --subregion).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>A province, state or nation of the region, e.g. ON, VIC, SCT.</source>
        <translation>Una provincia, estado o nación de la región; p. ej., ON, VIC, SCT.</translation>
    </message>
    <message>
        <source>The date to count from (YYYY-MM-DD); not counted itself.</source>
        <translation>La fecha desde la que se cuenta (AAAA-MM-DD); no se cuenta ella misma.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Print the date this many business days after --from (before it when negative).</source>
        <translation>Muestra la fecha que cae este número de días hábiles después de --from (antes, si es negativo).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the business days after --from up to and including this date.</source>
        <translation>Muestra los días hábiles posteriores a --from hasta esta fecha incluida.</translation>
    </message>
    <message>
        <source>Print the holidays of this year (no --from needed).</source>
        <translation>Muestra los festivos de este año (no hace falta --from).</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>Also take the days of this iCalendar file; repeat for more.</source>
        <translation>Tiene en cuenta también los días de este archivo iCalendar; repítalo para añadir más.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Muestra JSON.</translation>
    </message>
    <message>
        <source>calendar: unexpected argument “%1”.</source>
        <translation>calendar: argumento inesperado “%1”.</translation>
    </message>
    <message>
        <source>calendar: --region CODE is required (%1).</source>
        <translation>calendar: la opción --region CÓDIGO es obligatoria (%1).</translation>
    </message>
    <message>
        <source>calendar: “%1” is not a holiday region; use one of %2.</source>
        <translation>calendar: “%1” no es una región de festivos; use una de las siguientes: %2.</translation>
    </message>
    <message>
        <source>calendar: give exactly one of --add N, --to DATE or --holidays YEAR.</source>
        <translation>calendar: indique exactamente una de estas opciones: --add N, --to FECHA o --holidays AÑO.</translation>
    </message>
    <message>
        <source>calendar: --from DATE is required with --add and --to.</source>
        <translation>calendar: la opción --from FECHA es obligatoria con --add y --to.</translation>
    </message>
    <message>
        <source>calendar: “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>calendar: “%1” no es una fecha; escríbala con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>calendar: %1 cannot be read: %2</source>
        <translation>calendar: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>calendar: “%1” is not a whole number of days.</source>
        <translation>calendar: “%1” no es un número entero de días.</translation>
    </message>
    <message>
        <source>calendar: no such business day: there is none within ten years of %1.</source>
        <translation>calendar: no existe ese día hábil: no hay ninguno en los diez años en torno a %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) from %1 to %2 (%1 not counted, %2 counted).</source>
        <translation>
            <numerusform>%n día hábil del %1 al %2 (%1 no incluido, %2 incluido).</numerusform>
            <numerusform>%n días hábiles del %1 al %2 (%1 no incluido, %2 incluido).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>-%n business day(s): %2 is before %1 (%2 not counted, %1 counted).</source>
        <translation>
            <numerusform>-%n día hábil: %2 es anterior a %1 (%2 no incluido, %1 incluido).</numerusform>
            <numerusform>-%n días hábiles: %2 es anterior a %1 (%2 no incluido, %1 incluido).</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar: “%1” is not a year.</source>
        <translation>calendar: “%1” no es un año.</translation>
    </message>
    <message>
        <source>%1 (%2), %3:</source>
        <translation>%1 (%2), %3:</translation>
    </message>
    <message>
        <source>Public holidays are computed for %1 to %2 only.</source>
        <translation>Los festivos solo se calculan de %1 a %2.</translation>
    </message>
    <message>
        <source>No holidays.</source>
        <translation>No hay festivos.</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::ClientsCommand</name>
    <message>
        <source>List the clients of the newest snapshot and choose which move; a client left out takes its matters, entries and notes with it.</source>
        <translation>Lista los clientes de la instantánea más reciente y elige cuáles migran; un cliente excluido se lleva sus asuntos, entradas y notas.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>El archivo del proyecto.</translation>
    </message>
    <message>
        <source>Leave this client (by client number) out; repeat for more.</source>
        <translation>Excluye este cliente (por número de cliente); repítalo para excluir más.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Move this client again; repeat for more.</source>
        <translation>Vuelve a incluir este cliente en la migración; repítalo para más.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Muestra JSON.</translation>
    </message>
    <message>
        <source>clients: give exactly one project file.</source>
        <translation>clients: indique exactamente un archivo de proyecto.</translation>
    </message>
    <message>
        <source>clients: %1</source>
        <translation>clients: %1</translation>
    </message>
    <message>
        <source>clients: nothing has been loaded into this project yet.</source>
        <translation>clients: todavía no se ha cargado nada en este proyecto.</translation>
    </message>
    <message>
        <source>clients: there is no client “%1” in snapshot %2.</source>
        <translation>clients: no hay ningún cliente “%1” en la instantánea %2.</translation>
    </message>
    <message>
        <source>%1 of %2 clients move, with %3 of %4 matters and %5 of %6 time entries.</source>
        <translation>Migran %1 de %2 clientes, con %3 de %4 asuntos y %5 de %6 entradas de tiempo.</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::CloseOutCommand</name>
    <message>
        <source>Show what is still open in the old system, per client: unbilled time and expenses, draft and open invoices, unapplied credits, trust balances, missing billing details, the next invoice numbers and the users.</source>
        <translation>Muestra lo que sigue abierto en el sistema antiguo, por cliente: tiempo y gastos sin facturar, facturas en borrador y abiertas, créditos sin aplicar, saldos fiduciarios, datos de facturación incompletos, los próximos números de factura y los usuarios.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>El archivo del proyecto.</translation>
    </message>
    <message>
        <source>The snapshot (default: the newest).</source>
        <translation>La instantánea (valor predeterminado: la más reciente).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Print JSON (money in cents, time in seconds).</source>
        <translation>Muestra JSON (importes en centavos, tiempo en segundos).</translation>
    </message>
    <message>
        <source>closeout: give exactly one project file.</source>
        <translation>closeout: indique exactamente un archivo de proyecto.</translation>
    </message>
    <message>
        <source>closeout: --snapshot takes a snapshot number, such as 1.</source>
        <translation>closeout: --snapshot requiere un número de instantánea, como 1.</translation>
    </message>
    <message>
        <source>closeout: %1</source>
        <translation>closeout: %1</translation>
    </message>
    <message>
        <source>closeout: nothing has been loaded into this project yet; load a trial export first (cutover-cli stage).</source>
        <translation>closeout: todavía no se ha cargado nada en este proyecto; cargue primero una exportación de prueba (cutover-cli stage).</translation>
    </message>
    <message>
        <source>closeout: there is no snapshot %1.</source>
        <translation>closeout: no existe la instantánea %1.</translation>
    </message>
    <message>
        <source>Close-out of snapshot %1 (%2), loaded %3 UTC. Money as 1,234.56, time as h:mm.</source>
        <translation>Cierre de la instantánea %1 (%2), cargada el %3 UTC. Importes con el formato 1,234.56; tiempo con el formato h:mm.</translation>
    </message>
    <message>
        <source>Still open in the old system</source>
        <translation>Sigue abierto en el sistema antiguo</translation>
    </message>
    <message>
        <source>Unbilled time</source>
        <translation>Tiempo sin facturar</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbilled expenses</source>
        <translation>Gastos sin facturar</translation>
    </message>
    <message>
        <source>Draft invoices</source>
        <translation>Facturas en borrador</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factura</numerusform>
            <numerusform>%n facturas</numerusform>
        </translation>
    </message>
    <message>
        <source>Open invoices (receivable)</source>
        <translation>Facturas abiertas (por cobrar)</translation>
    </message>
    <message>
        <source>Unapplied payments and credits</source>
        <translation>Pagos y créditos sin aplicar</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n pago</numerusform>
            <numerusform>%n pagos</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust (carries over as opening balances)</source>
        <translation>Fideicomiso (se traslada como saldos iniciales)</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n movimiento</numerusform>
            <numerusform>%n movimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients missing billing details: %1</source>
        <translation>Clientes con datos de facturación incompletos: %1</translation>
    </message>
    <message>
        <source>Clients with open items or missing billing details</source>
        <translation>Clientes con elementos pendientes o datos de facturación incompletos</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Time amount</source>
        <translation>Importe del tiempo</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Por cobrar</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Sin aplicar</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Fideicomiso</translation>
    </message>
    <message>
        <source>Missing billing details</source>
        <translation>Datos de facturación incompletos</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>sí: %1</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Números de factura</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Número siguiente</translation>
    </message>
    <message>
        <source>(no digits at the end)</source>
        <translation>(sin dígitos al final)</translation>
    </message>
    <message>
        <source>(plain numbers)</source>
        <translation>(solo números)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Entradas de tiempo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not in the users file</source>
        <translation>no figura en el archivo de usuarios</translation>
    </message>
    <message>
        <source>This snapshot has no %1, so those figures are 0.</source>
        <translation>Esta instantánea no contiene %1, por lo que esas cifras son 0.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Let the import start although the checklist or the approvals are not complete; the reason is kept in the audit log.</source>
        <translation>Permite que la importación comience aunque la lista de verificación o las aprobaciones no estén completas; el motivo se guarda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>Withdraw an override of the import gate.</source>
        <translation>Retira la excepción al control de importación.</translation>
    </message>
    <message>
        <source>closeout: give --override-gate or --clear-override, not both.</source>
        <translation>closeout: indique --override-gate o --clear-override, no ambos.</translation>
    </message>
    <message>
        <source>The import may start.</source>
        <translation>La importación puede comenzar.</translation>
    </message>
    <message>
        <source>The import cannot start yet:</source>
        <translation>La importación aún no puede comenzar:</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::CutoffCommand</name>
    <message>
        <source>Show or set the cutoff: the moment the old system stops being the record. Rows created or changed after it are flagged.</source>
        <translation>Muestra o establece la fecha de corte: el momento en que el sistema antiguo deja de ser el registro oficial. Se marcan las filas creadas o modificadas después de ella.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>El archivo del proyecto.</translation>
    </message>
    <message>
        <source>Set the cutoff to this wall-clock time, e.g. 2026-12-31T17:00.</source>
        <translation>Establece la fecha de corte en esta hora local; p. ej., 2026-12-31T17:00.</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>hora local</translation>
    </message>
    <message>
        <source>The time zone of --at (IANA name); the firm&apos;s by default.</source>
        <translation>La zona horaria de --at (nombre IANA); de forma predeterminada, la del despacho.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <source>When the time happens twice (the clocks go back), take the first.</source>
        <translation>Cuando la hora se da dos veces (se atrasan los relojes), toma la primera.</translation>
    </message>
    <message>
        <source>When the time happens twice, take the second.</source>
        <translation>Cuando la hora se da dos veces, toma la segunda.</translation>
    </message>
    <message>
        <source>Why the cutoff changes after the final export (required then).</source>
        <translation>Por qué cambia la fecha de corte después de la exportación final (obligatorio en ese caso).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Muestra JSON.</translation>
    </message>
    <message>
        <source>cutoff: give exactly one project file.</source>
        <translation>cutoff: indique exactamente un archivo de proyecto.</translation>
    </message>
    <message>
        <source>cutoff: --zone and --reason go with --at.</source>
        <translation>cutoff: --zone y --reason se usan con --at.</translation>
    </message>
    <message>
        <source>cutoff: give --earlier or --later, not both.</source>
        <translation>cutoff: indique --earlier o --later, no ambos.</translation>
    </message>
    <message>
        <source>cutoff: %1</source>
        <translation>cutoff: %1</translation>
    </message>
    <message>
        <source>cutoff: “%1” is not a date and time like 2026-12-31T17:00.</source>
        <translation>cutoff: “%1” no es una fecha y hora como 2026-12-31T17:00.</translation>
    </message>
    <message>
        <source>cutoff: %1 Add --earlier or --later.</source>
        <translation>cutoff: %1 Añada --earlier o --later.</translation>
    </message>
    <message>
        <source>No cutoff is set yet.</source>
        <translation>Todavía no se ha establecido la fecha de corte.</translation>
    </message>
    <message>
        <source>Cutoff: %1 (%2), %3 UTC</source>
        <translation>Fecha de corte: %1 (%2), %3 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) from today (%1).</source>
        <translation>
            <numerusform>Dentro de %n día hábil (%1).</numerusform>
            <numerusform>Dentro de %n días hábiles (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) ago.</source>
        <translation>
            <numerusform>Hace %n día hábil.</numerusform>
            <numerusform>Hace %n días hábiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, or on the last business day.</source>
        <translation>Hoy, o el último día hábil.</translation>
    </message>
    <message>
        <source>The final export has been loaded; a change is audited and needs --reason.</source>
        <translation>Ya se cargó la exportación final; cualquier cambio queda registrado en la auditoría y requiere --reason.</translation>
    </message>
    <message numerus="yes">
        <source>Snapshots checked again: %n row(s) are after the cutoff.</source>
        <translation>
            <numerusform>Instantáneas comprobadas de nuevo: %n fila es posterior a la fecha de corte.</numerusform>
            <numerusform>Instantáneas comprobadas de nuevo: %n filas son posteriores a la fecha de corte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::DeltaCommand</name>
    <message>
        <source>List what a re-export loaded after the final one has new, changed or deleted, per kind of record.</source>
        <translation>Enumera lo que una reexportación cargada después de la final tiene de nuevo, modificado o eliminado, por tipo de registro.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>El archivo del proyecto.</translation>
    </message>
    <message>
        <source>The delta snapshot (the newest by default).</source>
        <translation>La instantánea delta (valor predeterminado: la más reciente).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>List every row, not only the counts.</source>
        <translation>Enumera todas las filas, no solo los recuentos.</translation>
    </message>
    <message>
        <source>Print JSON (counts and rows).</source>
        <translation>Muestra JSON (recuentos y filas).</translation>
    </message>
    <message>
        <source>delta: give exactly one project file.</source>
        <translation>delta: indique exactamente un archivo de proyecto.</translation>
    </message>
    <message>
        <source>delta: %1</source>
        <translation>delta: %1</translation>
    </message>
    <message>
        <source>delta: snapshot “%1” is not a complete delta snapshot.</source>
        <translation>delta: la instantánea “%1” no es una instantánea delta completa.</translation>
    </message>
    <message>
        <source>delta: no re-export has been loaded since the final export. Load one as a delta snapshot (cutover-cli stage --snapshot delta).</source>
        <translation>delta: no se ha cargado ninguna reexportación desde la exportación final. Cargue una como instantánea delta (cutover-cli stage --snapshot delta).</translation>
    </message>
    <message>
        <source>delta: there is no final export yet, so there is nothing to compare with.</source>
        <translation>delta: todavía no hay ninguna exportación final, así que no hay nada con qué comparar.</translation>
    </message>
    <message>
        <source>Delta snapshot %1 against final snapshot %2:</source>
        <translation>Instantánea delta %1 comparada con la instantánea final %2:</translation>
    </message>
    <message>
        <source>Nothing is new, changed or deleted since the final export.</source>
        <translation>No hay nada nuevo, modificado ni eliminado desde la exportación final.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificados</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>Para importar</translation>
    </message>
    <message>
        <source>Deleted rows are not removed from the new system; deal with them there by hand.</source>
        <translation>Las filas eliminadas no se quitan del nuevo sistema; trátelas allí manualmente.</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::ImportCommand</name>
    <message>
        <source>Clio&apos;s address for the firm&apos;s region, or a sandbox&apos;s (default %1).</source>
        <translation>La dirección de Clio para la región del despacho, o la de un entorno de pruebas (valor predeterminado: %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The environment variable holding the Clio access token (default %1). The token is never printed.</source>
        <translation>La variable de entorno que contiene el token de acceso de Clio (valor predeterminado: %1). El token nunca se muestra.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>%1: “%2” is not an http(s) address.</source>
        <translation>%1: “%2” no es una dirección http(s).</translation>
    </message>
    <message>
        <source>%1: no Clio access token: set the environment variable %2 to it (or name another variable with --token-env).</source>
        <translation>%1: no hay ningún token de acceso de Clio: guárdelo en la variable de entorno %2 (o indique otra variable con --token-env).</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>, %1 s left</source>
        <translation>, quedan %1 s</translation>
    </message>
    <message>
        <source>%1: %2/%3 · %4 sent · %5/s%6   </source>
        <translation>%1: %2/%3 · %4 enviados · %5/s%6   </translation>
    </message>
    <message>
        <source>Import the project&apos;s records into Clio (or write a CSV package): resumable, with a ledger of every record.</source>
        <translation>Importa los registros del proyecto en Clio (o escribe un paquete CSV): la importación se puede reanudar y cada registro queda anotado en un libro de control.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>El archivo del proyecto.</translation>
    </message>
    <message>
        <source>clio or csv-package (default clio).</source>
        <translation>clio o csv-package (valor predeterminado: clio).</translation>
    </message>
    <message>
        <source>target</source>
        <translation>destino</translation>
    </message>
    <message>
        <source>Folder for the CSV package or the opening-balance worksheet.</source>
        <translation>Carpeta para el paquete CSV o la hoja de trabajo de saldos iniciales.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Check and count everything, estimate the time; send and write nothing.</source>
        <translation>Comprueba y cuenta todo y estima el tiempo; no envía ni escribe nada.</translation>
    </message>
    <message>
        <source>Send only the records that failed before.</source>
        <translation>Envía solo los registros que fallaron anteriormente.</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 2).</source>
        <translation>Número de solicitudes simultáneas en curso (valor predeterminado: 2).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Muestra JSON.</translation>
    </message>
    <message>
        <source>import: give exactly one project file.</source>
        <translation>import: indique exactamente un archivo de proyecto.</translation>
    </message>
    <message>
        <source>import: --target is clio or csv-package.</source>
        <translation>import: --target admite clio o csv-package.</translation>
    </message>
    <message>
        <source>import: --concurrency takes a number from 1 to 16.</source>
        <translation>import: --concurrency requiere un número del 1 al 16.</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import: %1</translation>
    </message>
    <message>
        <source>Dry run against %1: nothing was sent or written.</source>
        <translation>Simulación con %1: no se envió ni se escribió nada.</translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation>Solicitudes: %1</translation>
    </message>
    <message>
        <source>Rate limit: %1 per minute</source>
        <translation>Límite de solicitudes: %1 por minuto</translation>
    </message>
    <message>
        <source>Estimated time: %1 min %2 s</source>
        <translation>Tiempo estimado: %1 min %2 s</translation>
    </message>
    <message>
        <source>Not mapped: %1</source>
        <translation>Sin asociar: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Import into %1: %2</source>
        <translation>Importación en %1: %2</translation>
    </message>
    <message>
        <source>Failed: %1 %2 (%3): %4</source>
        <translation>Error: %1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>Opening-balance worksheet: %1</source>
        <translation>Hoja de trabajo de saldos iniciales: %1</translation>
    </message>
    <message>
        <source>Updates: %1 (records changed in the old system since they were imported)</source>
        <translation>Actualizaciones: %1 (registros modificados en el sistema antiguo desde su importación)</translation>
    </message>
    <message>
        <source>Updated: %1 (records changed in the old system since they were imported)</source>
        <translation>Actualizados: %1 (registros modificados en el sistema antiguo desde su importación)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more failed record(s): cutover-cli ledger lists them all.</source>
        <translation>
            <numerusform>… y %n registro fallido más: cutover-cli ledger los lista todos.</numerusform>
            <numerusform>… y %n registros fallidos más: cutover-cli ledger los lista todos.</numerusform>
        </translation>
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
    <name>Cutover::Cli::IssuesCommand</name>
    <message>
        <source>List the problems found when the export files were loaded.</source>
        <translation>Enumera los problemas detectados al cargar los archivos de exportación.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>El archivo del proyecto.</translation>
    </message>
    <message>
        <source>The snapshot (default: the newest).</source>
        <translation>La instantánea (valor predeterminado: la más reciente).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Only error, warning or info.</source>
        <translation>Solo error, warning o info.</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravedad</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Muestra JSON.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Muestra CSV.</translation>
    </message>
    <message>
        <source>Also write the rejected rows, one CSV per file, into this folder, to correct and load again.</source>
        <translation>Escribe además las filas rechazadas en esta carpeta, un CSV por archivo, para corregirlas y volver a cargarlas.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>issues: give exactly one project file.</source>
        <translation>issues: indique exactamente un archivo de proyecto.</translation>
    </message>
    <message>
        <source>issues: %1</source>
        <translation>issues: %1</translation>
    </message>
    <message>
        <source>issues: there is no snapshot %1.</source>
        <translation>issues: no existe la instantánea %1.</translation>
    </message>
    <message>
        <source>issues: nothing has been loaded into this project yet.</source>
        <translation>issues: todavía no se ha cargado nada en este proyecto.</translation>
    </message>
    <message>
        <source>issues: --severity is error, warning or info.</source>
        <translation>issues: --severity admite error, warning o info.</translation>
    </message>
    <message>
        <source>Fix list written: %1</source>
        <translation>Lista de correcciones escrita: %1</translation>
    </message>
    <message>
        <source>Snapshot %1: %2 errors, %3 warnings, %4 notes</source>
        <translation>Instantánea %1: %2 errores, %3 advertencias, %4 notas</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::LedgerCommand</name>
    <message>
        <source>Show the import ledger: records per kind and state, and the failures.</source>
        <translation>Muestra el libro de control de la importación: los registros por tipo y estado, y los errores.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>El archivo del proyecto.</translation>
    </message>
    <message>
        <source>Which target&apos;s ledger (the newest by default).</source>
        <translation>El destino cuyo libro de control se muestra (valor predeterminado: el más reciente).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Muestra JSON.</translation>
    </message>
    <message>
        <source>ledger: give exactly one project file.</source>
        <translation>ledger: indique exactamente un archivo de proyecto.</translation>
    </message>
    <message>
        <source>ledger: %1</source>
        <translation>ledger: %1</translation>
    </message>
    <message>
        <source>ledger: there is no ledger for “%1”; the project has: %2</source>
        <translation>ledger: no hay ningún libro de control para “%1”; el proyecto tiene: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Nothing has been imported from this project yet.</source>
        <translation>Todavía no se ha importado nada de este proyecto.</translation>
    </message>
    <message>
        <source>Ledger of %1</source>
        <translation>Libro de control de %1</translation>
    </message>
    <message>
        <source>Last import finished %1 UTC</source>
        <translation>Última importación finalizada el %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>Failed: %1 %2 (%3), %n attempt(s): %4</source>
        <translation>
            <numerusform>Error: %1 %2 (%3), %n intento: %4</numerusform>
            <numerusform>Error: %1 %2 (%3), %n intentos: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::MapsCommand</name>
    <message>
        <source>List import maps: the built-in ones and those saved in a project.</source>
        <translation>Enumera los mapas de importación: los integrados y los guardados en un proyecto.</translation>
    </message>
    <message>
        <source>Also list the maps saved in this project.</source>
        <translation>Enumera también los mapas guardados en este proyecto.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Print one map as JSON (to save it as a file).</source>
        <translation>Muestra un mapa como JSON (para guardarlo como archivo).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Save a map file into the project given with --project.</source>
        <translation>Guarda un archivo de mapa en el proyecto indicado con --project.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Muestra JSON.</translation>
    </message>
    <message>
        <source>maps: %1</source>
        <translation>maps: %1</translation>
    </message>
    <message>
        <source>maps: --import needs --project.</source>
        <translation>maps: --import requiere --project.</translation>
    </message>
    <message>
        <source>Saved the map “%1” (%2) in the project.</source>
        <translation>Se ha guardado el mapa “%1” (%2) en el proyecto.</translation>
    </message>
    <message>
        <source>maps: there is no map “%1”.</source>
        <translation>maps: no existe el mapa “%1”.</translation>
    </message>
    <message>
        <source>Saved in the project:</source>
        <translation>Guardados en el proyecto:</translation>
    </message>
    <message>
        <source>Built in:</source>
        <translation>Integrados:</translation>
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
    <name>Cutover::Cli::PlaceholderCommand</name>
    <message>
        <source>The interim period: the placeholder matter, time-tracking templates, interim entries, and moving them to the right matters.</source>
        <translation>El periodo de transición: el asunto provisional, las plantillas de registro de tiempo, las entradas de transición y su traslado a los asuntos correctos.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>El archivo del proyecto.</translation>
    </message>
    <message>
        <source>create, templates, load, upload, suggest or reassign.</source>
        <translation>create, templates, load, upload, suggest o reassign.</translation>
    </message>
    <message>
        <source>load: the filled templates (CSV or XLSX).</source>
        <translation>load: las plantillas rellenadas (CSV o XLSX).</translation>
    </message>
    <message>
        <source>templates: the folder to write them into.</source>
        <translation>templates: la carpeta en la que se escriben.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>templates: xlsx, csv or both (default both).</source>
        <translation>templates: xlsx, csv o both (valor predeterminado: both).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>templates: one workbook per user, the user filled in.</source>
        <translation>templates: un libro por usuario, con el usuario ya indicado.</translation>
    </message>
    <message>
        <source>create: the firm contact&apos;s name (default: the firm&apos;s name, marked as the migration&apos;s).</source>
        <translation>create: el nombre del contacto del despacho (valor predeterminado: el nombre del despacho, marcado como de la migración).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>create: the placeholder matter&apos;s description.</source>
        <translation>create: la descripción del asunto provisional.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>reassign: accept every undecided suggestion at or above this confidence (80, 80% or 0.8) first.</source>
        <translation>reassign: acepta primero todas las sugerencias sin decidir con una confianza igual o superior a esta (80, 80% o 0.8).</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>confianza</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 2).</source>
        <translation>Número de solicitudes simultáneas en curso (valor predeterminado: 2).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Muestra JSON.</translation>
    </message>
    <message>
        <source>placeholder: give a project file and an action (%1).</source>
        <translation>placeholder: indique un archivo de proyecto y una acción (%1).</translation>
    </message>
    <message>
        <source>placeholder: “%1” is not an action; use one of %2.</source>
        <translation>placeholder: “%1” no es una acción; use una de las siguientes: %2.</translation>
    </message>
    <message>
        <source>placeholder load: give the filled templates to load.</source>
        <translation>placeholder load: indique las plantillas rellenadas que se van a cargar.</translation>
    </message>
    <message>
        <source>placeholder %1: unexpected argument “%2”.</source>
        <translation>placeholder %1: argumento inesperado “%2”.</translation>
    </message>
    <message>
        <source>placeholder: --concurrency takes a number from 1 to 16.</source>
        <translation>placeholder: --concurrency requiere un número del 1 al 16.</translation>
    </message>
    <message>
        <source>placeholder: --accept-above goes with reassign.</source>
        <translation>placeholder: --accept-above solo se usa con reassign.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Client: %1 (id %2)</source>
        <translation>Cliente: %1 (ID %2)</translation>
    </message>
    <message>
        <source>Matter: %1 %2 (id %3), not billable</source>
        <translation>Asunto: %1 %2 (ID %3), no facturable</translation>
    </message>
    <message>
        <source>%1: give the folder to write into with --out.</source>
        <translation>%1: indique con --out la carpeta en la que escribir.</translation>
    </message>
    <message>
        <source>%1: --format is xlsx, csv or both.</source>
        <translation>%1: --format admite xlsx, csv o both.</translation>
    </message>
    <message>
        <source>%1: the folder “%2” cannot be made.</source>
        <translation>%1: no se puede crear la carpeta “%2”.</translation>
    </message>
    <message>
        <source>Templates for %1 users, %2 clients and %3 matters:</source>
        <translation>Plantillas para %1 usuarios, %2 clientes y %3 asuntos:</translation>
    </message>
    <message>
        <source>%1: there is no file “%2”.</source>
        <translation>%1: no existe el archivo “%2”.</translation>
    </message>
    <message>
        <source>Refused: %1, row %2, column %3: %4</source>
        <translation>Rechazada: %1, fila %2, columna %3: %4</translation>
    </message>
    <message>
        <source>Warning: %1, row %2, column %3: %4</source>
        <translation>Advertencia: %1, fila %2, columna %3: %4</translation>
    </message>
    <message>
        <source>Failed: %1 (%2): %3</source>
        <translation>Error: %1 (%2): %3</translation>
    </message>
    <message>
        <source>no suggestion</source>
        <translation>sin sugerencia</translation>
    </message>
    <message>
        <source> — billed in Clio: it cannot be moved</source>
        <translation> — facturada en Clio: no se puede trasladar</translation>
    </message>
    <message>
        <source> — moved</source>
        <translation> — trasladada</translation>
    </message>
    <message>
        <source>%1: --accept-above takes a confidence from 0 to 100 (80, 80% or 0.8), not “%2”.</source>
        <translation>%1: --accept-above requiere una confianza de 0 a 100 (80, 80% o 0.8), no “%2”.</translation>
    </message>
    <message>
        <source>%1: no entries on the placeholder have been listed yet; run “placeholder suggest” first.</source>
        <translation>%1: todavía no se ha listado ninguna entrada del asunto provisional; ejecute primero “placeholder suggest”.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s) at or above %1%.</source>
        <translation>
            <numerusform>Se aceptó %n sugerencia con una confianza igual o superior al %1%.</numerusform>
            <numerusform>Se aceptaron %n sugerencias con una confianza igual o superior al %1%.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: entry %1 (%2, %3): %4</source>
        <translation>Rechazada: entrada %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Failed: entry %1 (%2, %3): %4</source>
        <translation>Error: entrada %1 (%2, %3): %4</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::PreviewCommand</name>
    <message>
        <source>Print an export file&apos;s cells exactly as Cutover reads them.</source>
        <translation>Muestra las celdas de un archivo de exportación tal como las lee Cutover.</translation>
    </message>
    <message>
        <source>A CSV or XLSX export file.</source>
        <translation>Un archivo de exportación CSV o XLSX.</translation>
    </message>
    <message>
        <source>The workbook sheet to read (default: the first).</source>
        <translation>La hoja del libro que se va a leer (valor predeterminado: la primera).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The text encoding: %1 (default: detected).</source>
        <translation>La codificación del texto: %1 (valor predeterminado: la detectada).</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>codificación</translation>
    </message>
    <message>
        <source>The field delimiter: , ; tab or | (default: detected).</source>
        <translation>El delimitador de campos: , ; tab o | (valor predeterminado: el detectado).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>carácter</translation>
    </message>
    <message>
        <source>At most this many rows, the header included (default 20; 0 = all).</source>
        <translation>Número máximo de filas, incluido el encabezado (valor predeterminado: 20; 0 = todas).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print a JSON array of rows, each an array of strings.</source>
        <translation>Muestra una matriz JSON de filas, cada una como una matriz de cadenas.</translation>
    </message>
    <message>
        <source>preview: give exactly one file.</source>
        <translation>preview: indique exactamente un archivo.</translation>
    </message>
    <message>
        <source>preview: the delimiter must be one of , ; tab |.</source>
        <translation>preview: el delimitador debe ser uno de estos: , ; tab |.</translation>
    </message>
    <message>
        <source>preview: --limit takes a whole number.</source>
        <translation>preview: --limit requiere un número entero.</translation>
    </message>
    <message>
        <source>preview: %1: %2</source>
        <translation>preview: %1: %2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>advertencia: %1: %2</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::ReviewCommand</name>
    <message>
        <source>Reconcile the target with the source to the cent, draw spot checks, write the review report.</source>
        <translation>Concilia el destino con el origen al centavo, extrae comprobaciones puntuales y escribe el informe de revisión.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>El archivo del proyecto.</translation>
    </message>
    <message>
        <source>Review a CSV import package in this folder instead of Clio.</source>
        <translation>Revisa un paquete de importación CSV de esta carpeta en lugar de Clio.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Do not read the target again: compare against its newest reading.</source>
        <translation>No vuelve a leer el destino: compara con su lectura más reciente.</translation>
    </message>
    <message>
        <source>Write the review report as PDF.</source>
        <translation>Escribe el informe de revisión en PDF.</translation>
    </message>
    <message>
        <source>file.pdf</source>
        <translation>archivo.pdf</translation>
    </message>
    <message>
        <source>Write the review report as CSV.</source>
        <translation>Escribe el informe de revisión en CSV.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Write the correction list (CSV): flagged checks and differences.</source>
        <translation>Escribe la lista de correcciones (CSV): comprobaciones señaladas y diferencias.</translation>
    </message>
    <message>
        <source>Draw a new spot-check sample of this many records per entity.</source>
        <translation>Extrae una nueva muestra de comprobaciones puntuales con este número de registros por entidad.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>The sample&apos;s seed (default: a random one, printed so the draw can be repeated).</source>
        <translation>La semilla de la muestra (valor predeterminado: una aleatoria, que se muestra para poder repetir la extracción).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Muestra JSON.</translation>
    </message>
    <message>
        <source>review: give exactly one project file.</source>
        <translation>review: indique exactamente un archivo de proyecto.</translation>
    </message>
    <message>
        <source>review: give either --package or --base-url, not both.</source>
        <translation>review: indique --package o --base-url, no ambos.</translation>
    </message>
    <message>
        <source>review: --sample takes a number from 1 to 1000.</source>
        <translation>review: --sample requiere un número del 1 al 1000.</translation>
    </message>
    <message>
        <source>review: --seed takes a whole number.</source>
        <translation>review: --seed requiere un número entero.</translation>
    </message>
    <message>
        <source>review: --seed goes with --sample.</source>
        <translation>review: --seed solo se usa con --sample.</translation>
    </message>
    <message>
        <source>review: the PDF report cannot be drawn without a graphical application object.</source>
        <translation>review: el informe PDF no se puede generar sin un objeto de aplicación gráfica.</translation>
    </message>
    <message>
        <source>review: %1</source>
        <translation>review: %1</translation>
    </message>
    <message>
        <source>review: reading %1: %2</source>
        <translation>review: al leer %1: %2</translation>
    </message>
    <message>
        <source>Review of %1 (%2), target read %3 (reading %4)</source>
        <translation>Revisión de %1 (%2), destino leído el %3 (lectura %4)</translation>
    </message>
    <message>
        <source>Result: reconciles.</source>
        <translation>Resultado: cuadra.</translation>
    </message>
    <message>
        <source>Result: 1 difference, %1 unexplained.</source>
        <translation>Resultado: 1 diferencia, %1 sin explicar.</translation>
    </message>
    <message>
        <source>Result: %1 differences, %2 unexplained.</source>
        <translation>Resultado: %1 diferencias, %2 sin explicar.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Iguales</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltan</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Sobran</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambian</translation>
    </message>
    <message>
        <source>Money (all clients)</source>
        <translation>Importes (total clientes)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Unbilled hours</source>
        <translation>Horas sin facturar</translation>
    </message>
    <message>
        <source>Unbilled time value</source>
        <translation>Valor tiempo sin facturar</translation>
    </message>
    <message>
        <source>Unbilled expenses</source>
        <translation>Gastos sin facturar</translation>
    </message>
    <message>
        <source>Receivable carried over</source>
        <translation>Por cobrar trasladado</translation>
    </message>
    <message>
        <source>Opening trust balance</source>
        <translation>Saldo fiduciario inicial</translation>
    </message>
    <message>
        <source>hours %1 → %2</source>
        <translation>horas %1 → %2</translation>
    </message>
    <message>
        <source>time value %1 → %2 (%3)</source>
        <translation>valor del tiempo %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>expenses %1 → %2 (%3)</source>
        <translation>gastos %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>receivable %1 → %2 (%3)</source>
        <translation>por cobrar %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>trust %1 not entered in the target</source>
        <translation>fideicomiso %1 sin introducir en el destino</translation>
    </message>
    <message>
        <source>trust %1 → %2 (%3)</source>
        <translation>fideicomiso %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Client %1 %2: %3</source>
        <translation>Cliente %1 %2: %3</translation>
    </message>
    <message>
        <source>Differences:</source>
        <translation>Diferencias:</translation>
    </message>
    <message>
        <source>: %1 %2 → %3</source>
        <translation>: %1 %2 → %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> — unexplained</source>
        <translation> — sin explicar</translation>
    </message>
    <message>
        <source> — explained: %1</source>
        <translation> — explicada: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Spot checks drawn with seed %1 (%2 per entity; repeat with --sample %2 --seed %1):</source>
        <translation>Comprobaciones puntuales extraídas con la semilla %1 (%2 por entidad; para repetirlas: --sample %2 --seed %1):</translation>
    </message>
    <message>
        <source>Spot checks:</source>
        <translation>Comprobaciones puntuales:</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2.</source>
        <translation>Revisión firmada por %1 el %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) to make.</source>
        <translation>
            <numerusform>%n corrección pendiente.</numerusform>
            <numerusform>%n correcciones pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: %2</source>
        <translation>Se escribió %1: %2</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::RollbackCommand</name>
    <message>
        <source>Delete everything the import created in Clio, while the review window is open.</source>
        <translation>Elimina todo lo que la importación creó en Clio, mientras el periodo de revisión siga abierto.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>El archivo del proyecto.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Muestra JSON.</translation>
    </message>
    <message>
        <source>rollback: give exactly one project file.</source>
        <translation>rollback: indique exactamente un archivo de proyecto.</translation>
    </message>
    <message>
        <source>rollback: %1</source>
        <translation>rollback: %1</translation>
    </message>
    <message>
        <source>Rollback of %1: %2</source>
        <translation>Reversión de %1: %2</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli::StageCommand</name>
    <message>
        <source>Load export files into a snapshot of the project, validating every row.</source>
        <translation>Carga archivos de exportación en una instantánea del proyecto y valida cada fila.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>El archivo del proyecto.</translation>
    </message>
    <message>
        <source>Export files, folders of them, or a backup .zip of CSV files.</source>
        <translation>Archivos de exportación, carpetas que los contengan o una copia de seguridad .zip de archivos CSV.</translation>
    </message>
    <message>
        <source>The import map: a built-in or saved map&apos;s id, a map file (.json), or auto (default) to recognise each file by its headers.</source>
        <translation>El mapa de importación: el id de un mapa integrado o guardado, un archivo de mapa (.json) o auto (valor predeterminado) para reconocer cada archivo por sus encabezados.</translation>
    </message>
    <message>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <source>trial (default), final or delta.</source>
        <translation>trial (valor predeterminado), final o delta.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>Add the files to this existing snapshot (e.g. a corrected fix list).</source>
        <translation>Añade los archivos a esta instantánea existente (p. ej., una lista de correcciones ya corregida).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The workbook sheet to read.</source>
        <translation>La hoja del libro que se va a leer.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The text encoding of CSV files (default: detected).</source>
        <translation>La codificación del texto de los archivos CSV (valor predeterminado: la detectada).</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>codificación</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Muestra el resultado como JSON.</translation>
    </message>
    <message>
        <source>stage: give a project file and at least one export file.</source>
        <translation>stage: indique un archivo de proyecto y al menos un archivo de exportación.</translation>
    </message>
    <message>
        <source>stage: --snapshot is trial, final or delta.</source>
        <translation>stage: --snapshot admite trial, final o delta.</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>stage: %1</translation>
    </message>
    <message>
        <source>stage: there is no map “%1”; `cutover-cli maps` lists them.</source>
        <translation>stage: no existe el mapa “%1”; `cutover-cli maps` muestra la lista.</translation>
    </message>
    <message>
        <source>stage: --append-to takes a snapshot number.</source>
        <translation>stage: --append-to requiere un número de instantánea.</translation>
    </message>
    <message>
        <source>, %1 s left</source>
        <translation>, quedan %1 s</translation>
    </message>
    <message>
        <source>%1: %2% · %3 rows · %4 rows/s%5   </source>
        <translation>%1: %2% · %3 filas · %4 filas/s%5   </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>  %1%2: %3 via “%4”, %5 staged, %6 rejected
</source>
        <translation>  %1%2: %3 con “%4”, %5 cargadas, %6 rechazadas
</translation>
    </message>
    <message>
        <source>In snapshot %1:</source>
        <translation>En la instantánea %1:</translation>
    </message>
    <message>
        <source>Issues: %1 errors, %2 warnings, %3 notes</source>
        <translation>Incidencias: %1 errores, %2 advertencias, %3 notas</translation>
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
    <name>Cutover::Cli::UsersCommand</name>
    <message>
        <source>Show or set which Clio user each source user&apos;s time goes to (suggested from Clio&apos;s users).</source>
        <translation>Muestra o establece a qué usuario de Clio se asigna el tiempo de cada usuario de origen (con sugerencias a partir de los usuarios de Clio).</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>El archivo del proyecto.</translation>
    </message>
    <message>
        <source>Map a source user to a Clio user id (repeatable).</source>
        <translation>Asocia un usuario de origen con un ID de usuario de Clio (se puede repetir).</translation>
    </message>
    <message>
        <source>source=target</source>
        <translation>origen=destino</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Muestra JSON.</translation>
    </message>
    <message>
        <source>users: give exactly one project file.</source>
        <translation>users: indique exactamente un archivo de proyecto.</translation>
    </message>
    <message>
        <source>users: --map takes SOURCE=TARGETID, not “%1”.</source>
        <translation>users: --map requiere ORIGEN=IDDESTINO, no “%1”.</translation>
    </message>
    <message>
        <source>users: %1</source>
        <translation>users: %1</translation>
    </message>
    <message>
        <source>users: the connection to Clio could not be made.</source>
        <translation>users: no se pudo establecer la conexión con Clio.</translation>
    </message>
    <message>
        <source>users: there is no source user “%1”.</source>
        <translation>users: no existe ningún usuario de origen “%1”.</translation>
    </message>
    <message>
        <source>users: Clio has no user with id “%1”.</source>
        <translation>users: Clio no tiene ningún usuario con el ID “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(sin asociar)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with entries to import have no Clio user yet; map them with --map SOURCE=ID.</source>
        <translation>
            <numerusform>%n usuario con entradas que importar todavía no tiene usuario de Clio; asócielo con --map ORIGEN=ID.</numerusform>
            <numerusform>%n usuarios con entradas que importar todavía no tienen usuario de Clio; asócielos con --map ORIGEN=ID.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ClientSelectionModel</name>
    <message>
        <source>Moves</source>
        <translation>Migra</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Excluido</translation>
    </message>
    <message>
        <source>%1 moves to the new system</source>
        <translation>%1 migra al nuevo sistema</translation>
    </message>
    <message>
        <source>%1 is left out of the migration</source>
        <translation>%1 queda fuera de la migración</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrar</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Asuntos</translation>
    </message>
</context>
<context>
    <name>Cutover::ClioAuth</name>
    <message>
        <source>No Clio developer application is saved for this project yet: enter its client id and secret first.</source>
        <translation>Todavía no hay ninguna aplicación de desarrollador de Clio guardada para este proyecto: introduzca primero su ID de cliente y su secreto de cliente.</translation>
    </message>
    <message>
        <source>The Clio developer application&apos;s secret is not saved: enter it again.</source>
        <translation>El secreto de la aplicación de desarrollador de Clio no está guardado: vuelva a introducirlo.</translation>
    </message>
    <message>
        <source>Clio did not authorise Cutover: %1</source>
        <translation>Clio no autorizó a Cutover: %1</translation>
    </message>
    <message>
        <source>Cutover could not listen on 127.0.0.1 for Clio&apos;s answer; use the code from Clio&apos;s approval page instead.</source>
        <translation>Cutover no pudo escuchar en 127.0.0.1 para recibir la respuesta de Clio; use en su lugar el código de la página de autorización de Clio.</translation>
    </message>
    <message>
        <source>Cutover is connected to Clio. You can close this window.</source>
        <translation>Cutover está conectado a Clio. Puede cerrar esta ventana.</translation>
    </message>
    <message>
        <source>No Clio refresh token is saved: connect to Clio again.</source>
        <translation>No hay ningún token de actualización de Clio guardado: vuelva a conectarse a Clio.</translation>
    </message>
    <message>
        <source>Cutover is not connected to Clio yet.</source>
        <translation>Cutover todavía no está conectado a Clio.</translation>
    </message>
    <message>
        <source>Connecting to Clio was cancelled.</source>
        <translation>Se canceló la conexión con Clio.</translation>
    </message>
    <message>
        <source>Cutover could not reach Clio at %1: %2</source>
        <translation>Cutover no pudo conectar con Clio en %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Clio refused the code or refresh token (%1): it may have been used already or expired; connect to Clio again.</source>
        <translation>Clio rechazó el código o el token de actualización (%1): puede que ya se haya usado o que haya caducado; vuelva a conectarse a Clio.</translation>
    </message>
    <message>
        <source>Clio refused the developer application (%1): check its client id and secret, and that it was made in the same Clio region (%2).</source>
        <translation>Clio rechazó la aplicación de desarrollador (%1): compruebe su ID de cliente y su secreto de cliente, y que se creó en la misma región de Clio (%2).</translation>
    </message>
    <message>
        <source>Clio refused to hand out a token: %1</source>
        <translation>Clio se negó a emitir un token: %1</translation>
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
        <translation>Clio en %1</translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation>la respuesta llegó truncada</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>matter</source>
        <translation>asunto</translation>
    </message>
    <message>
        <source>time entry</source>
        <translation>entrada de tiempo</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>gasto</translation>
    </message>
    <message>
        <source>balance carried forward</source>
        <translation>saldo trasladado</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation>%1 “%2” (%3)</translation>
    </message>
    <message>
        <source>Cancelled before Clio answered about %1.</source>
        <translation>Cancelado antes de que Clio respondiera (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Clio did not answer in time about %1 (after %n attempt(s)).</source>
        <translation>
            <numerusform>Clio no respondió a tiempo (%1) tras %n intento.</numerusform>
            <numerusform>Clio no respondió a tiempo (%1) tras %n intentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection to Clio failed while sending %1 (after %n attempt(s)): %2.</source>
        <translation>
            <numerusform>La conexión con Clio falló durante un envío (%1), tras %n intento: %2.</numerusform>
            <numerusform>La conexión con Clio falló durante un envío (%1), tras %n intentos: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Clio refused %1: %2</source>
        <translation>Clio rechazó la solicitud (%1): %2</translation>
    </message>
    <message>
        <source>Clio did not accept the access token while handling %1: it is invalid or has expired, or it belongs to another Clio region than %2. Connect to Clio again. (Clio said: %3)</source>
        <translation>Clio no aceptó el token de acceso al procesar la solicitud (%1): no es válido o ha caducado, o pertenece a una región de Clio distinta de %2. Vuelva a conectarse a Clio. (Respuesta de Clio: %3)</translation>
    </message>
    <message>
        <source>Clio did not allow %1: the connection lacks the permission (scope) for it, or your Clio user&apos;s role does not allow it. Check the developer application&apos;s permissions, then connect again. (Clio said: %2)</source>
        <translation>Clio no permitió la solicitud (%1): la conexión no tiene el permiso (scope) necesario o el rol de su usuario de Clio no lo permite. Compruebe los permisos de la aplicación de desarrollador y vuelva a conectarse. (Respuesta de Clio: %2)</translation>
    </message>
    <message>
        <source>Clio does not know %1 (not found): %2</source>
        <translation>Elemento no encontrado en Clio (%1): %2</translation>
    </message>
    <message>
        <source>Clio no longer supports API version %1 that this version of Cutover speaks; update Cutover. (Clio said: %2)</source>
        <translation>Clio ya no admite la versión %1 de la API que usa esta versión de Cutover; actualice Cutover. (Respuesta de Clio: %2)</translation>
    </message>
    <message>
        <source>%1 was changed in Clio since it was read: %2</source>
        <translation>Elemento modificado en Clio desde que se leyó (%1): %2</translation>
    </message>
    <message>
        <source>Clio kept refusing requests over its rate limit while sending %1: %2</source>
        <translation>Clio siguió rechazando solicitudes por superar su límite de solicitudes durante un envío (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>Clio had a server error (HTTP %1) with %2, after %n attempt(s): %3</source>
        <translation>
            <numerusform>Clio tuvo un error de servidor (HTTP %1) con la solicitud (%2), tras %n intento: %3</numerusform>
            <numerusform>Clio tuvo un error de servidor (HTTP %1) con la solicitud (%2), tras %n intentos: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Clio answered HTTP %1 to %2: %3</source>
        <translation>Clio respondió HTTP %1 a la solicitud (%2): %3</translation>
    </message>
    <message>
        <source>Users cannot be created through Clio&apos;s API; invite them in Clio.</source>
        <translation>No se pueden crear usuarios a través de la API de Clio; invítelos en Clio.</translation>
    </message>
    <message>
        <source>it has no client in Clio yet (its client was not imported)</source>
        <translation>todavía no tiene cliente en Clio (su cliente no se importó)</translation>
    </message>
    <message>
        <source>it has no matter in Clio yet (its matter was not imported)</source>
        <translation>todavía no tiene asunto en Clio (su asunto no se importó)</translation>
    </message>
    <message>
        <source>Balance brought forward from previous software</source>
        <translation>Saldo trasladado del software anterior</translation>
    </message>
    <message>
        <source>Balance brought forward from %1</source>
        <translation>Saldo trasladado de %1</translation>
    </message>
    <message>
        <source>it belongs to no matter or contact in Clio</source>
        <translation>no pertenece a ningún asunto ni contacto en Clio</translation>
    </message>
    <message>
        <source>it has no folder, matter or contact to go into in Clio</source>
        <translation>no hay en Clio ninguna carpeta, asunto ni contacto donde ubicarlo</translation>
    </message>
    <message>
        <source>the connection test</source>
        <translation>prueba de conexión</translation>
    </message>
    <message>
        <source>the contact custom field “%1”</source>
        <translation>campo personalizado de contacto “%1”</translation>
    </message>
    <message>
        <source>Cannot send %1 to Clio: %2.</source>
        <translation>No se puede enviar a Clio (%1): %2.</translation>
    </message>
    <message>
        <source>Clio gave no upload address for %1.</source>
        <translation>Clio no proporcionó ninguna dirección de subida (%1).</translation>
    </message>
    <message>
        <source>the file of %1</source>
        <translation>archivo de %1</translation>
    </message>
    <message>
        <source>the search for a %1</source>
        <translation>búsqueda de %1</translation>
    </message>
    <message>
        <source>the list of %1</source>
        <translation>lista “%1”</translation>
    </message>
</context>
<context>
    <name>Cutover::CloseOutAnalysis</name>
    <message>
        <source>The close-out analysis cannot read the project file: %1</source>
        <translation>El análisis del cierre no puede leer el archivo del proyecto: %1</translation>
    </message>
    <message>
        <source>Nothing has been loaded into this project yet: load a trial export first.</source>
        <translation>Todavía no se ha cargado nada en este proyecto: cargue primero una exportación de prueba.</translation>
    </message>
    <message>
        <source>There is no snapshot %1 in this project.</source>
        <translation>Este proyecto no tiene ninguna instantánea %1.</translation>
    </message>
    <message>
        <source>Snapshot %1 is still loading.</source>
        <translation>La instantánea %1 todavía se está cargando.</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(sin cliente)</translation>
    </message>
    <message numerus="yes">
        <source>%n unbilled time entry(s) with no rate: their amount is taken as 0.</source>
        <translation>
            <numerusform>%n entrada de tiempo sin facturar no tiene tarifa: su importe se toma como 0.</numerusform>
            <numerusform>%n entradas de tiempo sin facturar no tienen tarifa: su importe se toma como 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trust balance of %1 is overdrawn: %2.</source>
        <translation>El saldo fiduciario de %1 está en descubierto: %2.</translation>
    </message>
    <message>
        <source>The trust balance %1 holds outside any matter is overdrawn: %2.</source>
        <translation>El saldo fiduciario que %1 tiene fuera de cualquier asunto está en descubierto: %2.</translation>
    </message>
    <message>
        <source>The trust balance of matter %1 (%2) is overdrawn: %3.</source>
        <translation>El saldo fiduciario del asunto %1 (%2) está en descubierto: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice number(s) do not end in digits (such as “%1”); no next number can be given for them.</source>
        <translation>
            <numerusform>%n número de factura no termina en dígitos (como “%1”); no se puede indicar un número siguiente para él.</numerusform>
            <numerusform>%n números de factura no terminan en dígitos (como “%1”); no se puede indicar un número siguiente para ellos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) with open items are not in the clients file: %1.</source>
        <translation>
            <numerusform>%n cliente con elementos pendientes no figura en el archivo de clientes: %1.</numerusform>
            <numerusform>%n clientes con elementos pendientes no figuran en el archivo de clientes: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding up unbilled time</source>
        <translation>Sumando el tiempo sin facturar</translation>
    </message>
    <message>
        <source>Counting the users&apos; time entries</source>
        <translation>Contando las entradas de tiempo de los usuarios</translation>
    </message>
    <message>
        <source>Adding up unbilled expenses</source>
        <translation>Sumando los gastos sin facturar</translation>
    </message>
    <message>
        <source>Adding up invoices</source>
        <translation>Sumando las facturas</translation>
    </message>
    <message>
        <source>Adding up payments and credits</source>
        <translation>Sumando los pagos y créditos</translation>
    </message>
    <message>
        <source>Adding up trust</source>
        <translation>Sumando el fideicomiso</translation>
    </message>
    <message>
        <source>Reading clients, matters and users</source>
        <translation>Leyendo clientes, asuntos y usuarios</translation>
    </message>
    <message>
        <source>Putting the report together</source>
        <translation>Preparando el informe</translation>
    </message>
    <message>
        <source>The project file cannot be opened for the close-out analysis: %1</source>
        <translation>No se puede abrir el archivo del proyecto para el análisis del cierre: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was analysed.</source>
        <translation>Cancelado; no se analizó nada.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1: %n client(s) with open items; %2 unbilled, %3 receivable, %4 in trust.</source>
        <translation>
            <numerusform>Instantánea %1: %n cliente con elementos pendientes; %2 sin facturar, %3 por cobrar, %4 en fideicomiso.</numerusform>
            <numerusform>Instantánea %1: %n clientes con elementos pendientes; %2 sin facturar, %3 por cobrar, %4 en fideicomiso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) missing billing details.</source>
        <translation>
            <numerusform>%n cliente con datos de facturación incompletos.</numerusform>
            <numerusform>%n clientes con datos de facturación incompletos.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Analyse again</source>
        <translation>&amp;Volver a analizar</translation>
    </message>
    <message>
        <source>Reads the newest snapshot again (load a fresh trial export on the Export step first).</source>
        <translation>Vuelve a leer la instantánea más reciente (cargue antes una exportación de prueba nueva en el paso Exportación).</translation>
    </message>
    <message>
        <source>Open items per client</source>
        <translation>Elementos pendientes por cliente</translation>
    </message>
    <message>
        <source>Clients with open items or missing billing details appear here once a snapshot is analysed.</source>
        <translation>Los clientes con elementos pendientes o datos de facturación incompletos aparecen aquí una vez analizada una instantánea.</translation>
    </message>
    <message>
        <source>Open items per matter of the client</source>
        <translation>Elementos pendientes por asunto del cliente</translation>
    </message>
    <message>
        <source>Select a client to see its matters.</source>
        <translation>Seleccione un cliente para ver sus asuntos.</translation>
    </message>
    <message>
        <source>Which figure&apos;s rows to show</source>
        <translation>Cifra cuyas filas se muestran</translation>
    </message>
    <message>
        <source>Rows behind the figure</source>
        <translation>Filas que componen la cifra</translation>
    </message>
    <message>
        <source>Select a client (and a matter) to see the rows behind its figures.</source>
        <translation>Seleccione un cliente (y un asunto) para ver las filas que componen sus cifras.</translation>
    </message>
    <message>
        <source>&amp;Open items</source>
        <translation>&amp;Elementos pendientes</translation>
    </message>
    <message>
        <source>Invoice numbering</source>
        <translation>Numeración de facturas</translation>
    </message>
    <message>
        <source>No invoices in the snapshot.</source>
        <translation>No hay facturas en la instantánea.</translation>
    </message>
    <message>
        <source>Users in the export</source>
        <translation>Usuarios de la exportación</translation>
    </message>
    <message>
        <source>No users in the snapshot.</source>
        <translation>No hay usuarios en la instantánea.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invoice numbering&lt;/b&gt; — set the new system to follow on from these:</source>
        <translation>&lt;b&gt;Numeración de facturas&lt;/b&gt;: configure el nuevo sistema para que continúe a partir de estos números:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users&lt;/b&gt; — active or not, with the e-mail each will sign in with:</source>
        <translation>&lt;b&gt;Usuarios&lt;/b&gt;: activos o no, con el correo electrónico con el que cada uno iniciará sesión:</translation>
    </message>
    <message>
        <source>Close-out checklist</source>
        <translation>Lista de comprobación del cierre</translation>
    </message>
    <message>
        <source>Tick an item (Space) once it is done in the old system; who ticked it and when is kept.</source>
        <translation>Marque un elemento (Espacio) una vez hecho en el sistema antiguo; se guarda quién lo marcó y cuándo.</translation>
    </message>
    <message>
        <source>A note on the selected item, e.g. where the report is filed.</source>
        <translation>Una nota sobre el elemento seleccionado; p. ej., dónde está archivado el informe.</translation>
    </message>
    <message>
        <source>Reports saved from the old system (trust ledger, bank reconciliation, aged receivables...) are copied into the project with their SHA-256; the import uploads them to a “Historical Data” folder.</source>
        <translation>Los informes guardados desde el sistema antiguo (libro de la cuenta fiduciaria, conciliación bancaria, antigüedad de las cuentas por cobrar...) se copian en el proyecto con su SHA-256; la importación los sube a una carpeta “Historical Data”.</translation>
    </message>
    <message>
        <source>Historical Data reports</source>
        <translation>Informes de Historical Data</translation>
    </message>
    <message>
        <source>Attach the reports you saved from the old system.</source>
        <translation>Adjunte los informes que guardó desde el sistema antiguo.</translation>
    </message>
    <message>
        <source>A&amp;ttach reports…</source>
        <translation>Ad&amp;juntar informes…</translation>
    </message>
    <message>
        <source>Copies the chosen files into the project.</source>
        <translation>Copia los archivos elegidos en el proyecto.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <source>Writes the selected report from the project to a file.</source>
        <translation>Escribe en un archivo el informe seleccionado del proyecto.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Takes the selected report out of the project.</source>
        <translation>Quita del proyecto el informe seleccionado.</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>Aprobadores</translation>
    </message>
    <message>
        <source>List the billing contact of the old system&apos;s account and every system administrator.</source>
        <translation>Incluya el contacto de facturación de la cuenta del sistema antiguo y a cada administrador del sistema.</translation>
    </message>
    <message>
        <source>Lists someone who must approve.</source>
        <translation>Añade a la lista a alguien que debe dar su aprobación.</translation>
    </message>
    <message>
        <source>Lists the users of the newest snapshot whose role is an administrator.</source>
        <translation>Añade a la lista los usuarios de la instantánea más reciente cuyo rol es de administrador.</translation>
    </message>
    <message>
        <source>Records when and how the selected person approved.</source>
        <translation>Registra cuándo y cómo dio su aprobación la persona seleccionada.</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;tirar…</translation>
    </message>
    <message>
        <source>Marks the selected approval as withdrawn.</source>
        <translation>Marca la aprobación seleccionada como retirada.</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Takes the selected person off the list.</source>
        <translation>Quita de la lista a la persona seleccionada.</translation>
    </message>
    <message>
        <source>Puts an e-mail text with the figures on the clipboard.</source>
        <translation>Copia en el portapapeles el texto de un correo electrónico con las cifras.</translation>
    </message>
    <message>
        <source>O&amp;verride…</source>
        <translation>Hacer una e&amp;xcepción…</translation>
    </message>
    <message>
        <source>Lets the import start without the checklist or the approvals; the reason is audited.</source>
        <translation>Permite iniciar la importación sin la lista de comprobación ni las aprobaciones; el motivo queda registrado en la auditoría.</translation>
    </message>
    <message>
        <source>A&amp;pprovals</source>
        <translation>A&amp;probaciones</translation>
    </message>
    <message>
        <source>Attach reports saved from the old system</source>
        <translation>Adjuntar informes guardados desde el sistema antiguo</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.csv *.xlsx *.xls *.txt *.html);;All files (*)</source>
        <translation>Informes (*.pdf *.csv *.xlsx *.xls *.txt *.html);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation>Todavía no se ha analizado.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Análisis cancelado.</translation>
    </message>
    <message>
        <source>Analysed: %1 snapshot %2, loaded %3.</source>
        <translation>Análisis: instantánea %2 (%1), cargada el %3.</translation>
    </message>
    <message>
        <source>Unbilled time</source>
        <translation>Tiempo sin facturar</translation>
    </message>
    <message>
        <source>Unbilled expenses</source>
        <translation>Gastos sin facturar</translation>
    </message>
    <message>
        <source>Draft invoices</source>
        <translation>Facturas en borrador</translation>
    </message>
    <message>
        <source>%1 to finalise or delete</source>
        <translation>%1 por finalizar o eliminar</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Por cobrar</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Sin aplicar</translation>
    </message>
    <message>
        <source>apply to open bills</source>
        <translation>aplíquelo a las facturas abiertas</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Fideicomiso</translation>
    </message>
    <message>
        <source>carries over as opening balance</source>
        <translation>se traslada como saldo inicial</translation>
    </message>
    <message>
        <source>Missing billing details</source>
        <translation>Datos de facturación incompletos</translation>
    </message>
    <message>
        <source>The snapshot has no %1, so their figures are not known.</source>
        <translation>La instantánea no contiene %1, por lo que sus cifras no se conocen.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1 in all.</source>
        <translation>
            <numerusform>%n fila, %1 en total.</numerusform>
            <numerusform>%n filas, %1 en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reports (%1)</source>
        <translation>&amp;Informes (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready:&lt;/b&gt; the checklist is complete and every approval is recorded. The import can start.</source>
        <translation>&lt;b&gt;Listo:&lt;/b&gt; la lista de comprobación está completa y todas las aprobaciones están registradas. Ya se puede iniciar la importación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overridden&lt;/b&gt; by %1 on %2: “%3”. Still open:</source>
        <translation>&lt;b&gt;Excepción&lt;/b&gt; aplicada por %1 el %2: “%3”. Sigue pendiente:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import waits&lt;/b&gt; for these:</source>
        <translation>&lt;b&gt;La importación está a la espera&lt;/b&gt; de lo siguiente:</translation>
    </message>
    <message>
        <source>Clear o&amp;verride</source>
        <translation>Anular la e&amp;xcepción</translation>
    </message>
    <message>
        <source>A&amp;pprovals (waiting)</source>
        <translation>A&amp;probaciones (pendientes)</translation>
    </message>
    <message>
        <source>Close out</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Add an approver</source>
        <translation>Añadir un aprobador</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>No user of the newest snapshot has an administrator role that is not listed already. Add the administrators by hand.</source>
        <translation>Ningún usuario de la instantánea más reciente con rol de administrador falta en la lista. Añada los administradores manualmente.</translation>
    </message>
    <message>
        <source>Select the person who approved.</source>
        <translation>Seleccione a la persona que dio su aprobación.</translation>
    </message>
    <message>
        <source>Record an approval</source>
        <translation>Registrar una aprobación</translation>
    </message>
    <message>
        <source>e.g. where the e-mail or letter is filed</source>
        <translation>p. ej., dónde está archivado el correo o la carta</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Aprobado por:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Cómo:</translation>
    </message>
    <message>
        <source>&amp;When (firm&apos;s time):</source>
        <translation>C&amp;uándo (hora del despacho):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Withdraw the approval</source>
        <translation>Retirar la aprobación</translation>
    </message>
    <message>
        <source>&amp;Why is it withdrawn?</source>
        <translation>¿&amp;Por qué se retira?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Remove the report</source>
        <translation>Quitar el informe</translation>
    </message>
    <message>
        <source>Take “%1” out of the project? The file on disk is not touched.</source>
        <translation>¿Quitar “%1” del proyecto? El archivo del disco no se modifica.</translation>
    </message>
    <message>
        <source>Save a copy of the report</source>
        <translation>Guardar una copia del informe</translation>
    </message>
    <message>
        <source>Override the close-out</source>
        <translation>Hacer una excepción al cierre</translation>
    </message>
    <message>
        <source>The import will start without the open points listed. Say why: the reason is kept in the audit log.</source>
        <translation>La importación se iniciará sin resolver los puntos pendientes enumerados. Indique el motivo: se guarda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Ro&amp;ws behind:</source>
        <translation>&amp;Filas de:</translation>
    </message>
    <message>
        <source>Numbering and &amp;users</source>
        <translation>Numeración y &amp;usuarios</translation>
    </message>
    <message>
        <source>Add a no&amp;te…</source>
        <translation>Añadir una &amp;nota…</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>&amp;Lista de comprobación</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add administrators from the e&amp;xport</source>
        <translation>Añadir a&amp;dministradores de la exportación</translation>
    </message>
    <message>
        <source>Record approva&amp;l…</source>
        <translation>Re&amp;gistrar aprobación…</translation>
    </message>
    <message>
        <source>Cop&amp;y approval request</source>
        <translation>&amp;Copiar solicitud de aprobación</translation>
    </message>
    <message numerus="yes">
        <source>%1 h in %2 entry(s) — invoice these first</source>
        <translation>
            <numerusform>%1 h en %2 entrada — factúrela primero</numerusform>
            <numerusform>%1 h en %2 entradas — factúrelas primero</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 entry(s)</source>
        <translation>
            <numerusform>%1 entrada</numerusform>
            <numerusform>%1 entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 open invoice(s)</source>
        <translation>
            <numerusform>%1 factura abierta</numerusform>
            <numerusform>%1 facturas abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>client(s)</source>
        <translation>
            <numerusform>cliente</numerusform>
            <numerusform>clientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::CloseOutRecords</name>
    <message>
        <source>Invoices generated</source>
        <translation>Facturas generadas</translation>
    </message>
    <message>
        <source>Every unbilled time entry and expense that should be billed is on an invoice, and draft invoices are finalised or deleted.</source>
        <translation>Todas las entradas de tiempo y gastos sin facturar que deban facturarse figuran en una factura, y las facturas en borrador están finalizadas o eliminadas.</translation>
    </message>
    <message>
        <source>Credits and payments applied</source>
        <translation>Créditos y pagos aplicados</translation>
    </message>
    <message>
        <source>Unapplied payments and credits are applied to open invoices, or refunded.</source>
        <translation>Los pagos y créditos sin aplicar se han aplicado a las facturas abiertas o se han reembolsado.</translation>
    </message>
    <message>
        <source>Trust applied to open bills</source>
        <translation>Fideicomiso aplicado a las facturas abiertas</translation>
    </message>
    <message>
        <source>Trust funds the clients agreed to are applied to their open invoices; what remains carries over as an opening trust balance.</source>
        <translation>Los fondos fiduciarios que los clientes autorizaron se han aplicado a sus facturas abiertas; el resto se traslada como saldo fiduciario inicial.</translation>
    </message>
    <message>
        <source>Banking and trust reports saved</source>
        <translation>Informes bancarios y fiduciarios guardados</translation>
    </message>
    <message>
        <source>The trust ledger, the bank reconciliation and the aged receivables are saved from the old system and attached below.</source>
        <translation>El libro de la cuenta fiduciaria, la conciliación bancaria y la antigüedad de las cuentas por cobrar se han guardado desde el sistema antiguo y se adjuntan abajo.</translation>
    </message>
    <message>
        <source>Calendar and contact syncs left off</source>
        <translation>Sincronización del calendario y los contactos desactivada</translation>
    </message>
    <message>
        <source>Office 365 and Google calendar and contact syncs stay off in the new system until the migration is reviewed, so nothing is copied twice.</source>
        <translation>La sincronización del calendario y los contactos de Office 365 y Google sigue desactivada en el nuevo sistema hasta que se revise la migración, para que no se copie nada dos veces.</translation>
    </message>
    <message>
        <source>Staff told</source>
        <translation>Personal informado</translation>
    </message>
    <message>
        <source>Everyone knows that new clients and matters go into the new system only, from now on.</source>
        <translation>Todos saben que, a partir de ahora, los clientes y asuntos nuevos se dan de alta solo en el nuevo sistema.</translation>
    </message>
    <message>
        <source>Users reviewed</source>
        <translation>Usuarios revisados</translation>
    </message>
    <message>
        <source>The users who move, and the e-mail addresses they will sign in with, are agreed.</source>
        <translation>Se han acordado los usuarios que migran y los correos electrónicos con los que iniciarán sesión.</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>Contacto de facturación</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>Administrador del sistema</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Por correo electrónico</translation>
    </message>
    <message>
        <source>Signed letter</source>
        <translation>Carta firmada</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>“%1” is not an item of the close-out checklist.</source>
        <translation>“%1” no es un elemento de la lista de comprobación del cierre.</translation>
    </message>
    <message>
        <source>Give the approver&apos;s name.</source>
        <translation>Indique el nombre del aprobador.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>%1 is already listed as %2.</source>
        <translation>%1 ya figura en la lista como %2.</translation>
    </message>
    <message>
        <source>That approver is no longer listed.</source>
        <translation>Ese aprobador ya no figura en la lista.</translation>
    </message>
    <message>
        <source>Say how the approval was given.</source>
        <translation>Indique cómo se dio la aprobación.</translation>
    </message>
    <message>
        <source>An approval cannot be dated in the future.</source>
        <translation>Una aprobación no puede tener una fecha futura.</translation>
    </message>
    <message>
        <source>That document is no longer in the project.</source>
        <translation>Ese documento ya no está en el proyecto.</translation>
    </message>
    <message>
        <source>The project connection is not an SQLite connection.</source>
        <translation>La conexión del proyecto no es una conexión SQLite.</translation>
    </message>
    <message>
        <source>The document could not be read from the project: %1</source>
        <translation>No se pudo leer el documento del proyecto: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Checklist: “%1” is not ticked.</source>
        <translation>Lista de comprobación: “%1” no está marcado.</translation>
    </message>
    <message>
        <source>Approval: %1 (%2) has not approved yet.</source>
        <translation>Aprobación: %1 (%2) todavía no ha dado su aprobación.</translation>
    </message>
    <message>
        <source>Approval: the billing contact of the old system&apos;s account is not listed.</source>
        <translation>Aprobación: el contacto de facturación de la cuenta del sistema antiguo no figura en la lista.</translation>
    </message>
    <message>
        <source>Approval: no system administrator is listed.</source>
        <translation>Aprobación: no figura ningún administrador del sistema en la lista.</translation>
    </message>
    <message>
        <source>Say why the import may start without the checklist and the approvals, in a few words: the reason is kept in the audit log.</source>
        <translation>Indique en pocas palabras por qué la importación puede iniciarse sin la lista de comprobación ni las aprobaciones: el motivo se guarda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>%1 is larger than 2 GB; save the report in parts.</source>
        <translation>%1 ocupa más de 2 GB; guarde el informe en varias partes.</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>Copiando %1</translation>
    </message>
    <message>
        <source>%1 changed while it was being copied; attach it again once it is saved.</source>
        <translation>%1 cambió mientras se copiaba; vuelva a adjuntarlo cuando esté guardado.</translation>
    </message>
    <message>
        <source>%1 could not be copied into the project: %2</source>
        <translation>No se pudo copiar %1 en el proyecto: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) copied into the project for the Historical Data folder.</source>
        <translation>
            <numerusform>Se copió %n informe en el proyecto para la carpeta Historical Data.</numerusform>
            <numerusform>Se copiaron %n informes en el proyecto para la carpeta Historical Data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::CloseOutTables</name>
    <message>
        <source>(no client)</source>
        <translation>(sin cliente)</translation>
    </message>
    <message>
        <source>Unbilled time</source>
        <translation>Tiempo sin facturar</translation>
    </message>
    <message>
        <source>Unbilled expenses</source>
        <translation>Gastos sin facturar</translation>
    </message>
    <message>
        <source>Draft invoices</source>
        <translation>Facturas en borrador</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Facturas abiertas</translation>
    </message>
    <message>
        <source>Unapplied payments and credits</source>
        <translation>Pagos y créditos sin aplicar</translation>
    </message>
    <message>
        <source>Trust transactions</source>
        <translation>Movimientos de la cuenta fiduciaria</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Unbilled hours</source>
        <translation>Horas sin facturar</translation>
    </message>
    <message>
        <source>Billable time not on an invoice yet (h:mm).</source>
        <translation>Tiempo facturable que todavía no figura en ninguna factura (h:mm).</translation>
    </message>
    <message>
        <source>What that time comes to at its rates.</source>
        <translation>Lo que suma ese tiempo según sus tarifas.</translation>
    </message>
    <message>
        <source>Invoices still in draft: finalise or delete them.</source>
        <translation>Facturas todavía en borrador: finalícelas o elimínelas.</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Por cobrar</translation>
    </message>
    <message>
        <source>Balance of issued invoices not paid yet.</source>
        <translation>Saldo de las facturas emitidas que todavía no se han pagado.</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Sin aplicar</translation>
    </message>
    <message>
        <source>Payments and credits not applied to a bill.</source>
        <translation>Pagos y créditos no aplicados a ninguna factura.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Fideicomiso</translation>
    </message>
    <message>
        <source>Trust balance: carries over as an opening balance.</source>
        <translation>Saldo fiduciario: se traslada como saldo inicial.</translation>
    </message>
    <message>
        <source>Missing billing details</source>
        <translation>Datos de facturación incompletos</translation>
    </message>
    <message>
        <source>The new system will not let time be approved for these clients until they are filled in.</source>
        <translation>El nuevo sistema no permitirá aprobar tiempo para estos clientes hasta que se completen estos datos.</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>(not on a matter)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>The file and row this comes from.</source>
        <translation>El archivo y la fila de donde procede.</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, fila %2</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>The text before the number.</source>
        <translation>El texto que precede al número.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Highest number</source>
        <translation>Número más alto</translation>
    </message>
    <message>
        <source>Next free number</source>
        <translation>Siguiente número libre</translation>
    </message>
    <message>
        <source>Set the new system&apos;s invoice numbering to start here, so numbers follow on.</source>
        <translation>Configure la numeración de facturas del nuevo sistema para que empiece aquí, de modo que los números sean correlativos.</translation>
    </message>
    <message>
        <source>(numbers only)</source>
        <translation>(solo números)</translation>
    </message>
    <message>
        <source>(no number to follow on)</source>
        <translation>(ningún número que continuar)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>What they will sign in to the new system with.</source>
        <translation>Con lo que iniciará sesión en el nuevo sistema.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Entradas de tiempo</translation>
    </message>
    <message>
        <source>Not in the users file</source>
        <translation>No figura en el archivo de usuarios</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>The import waits for the required items.</source>
        <translation>La importación espera a que se completen los elementos obligatorios.</translation>
    </message>
    <message>
        <source>Ticked by</source>
        <translation>Marcado por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>The fingerprint of the copy kept in the project.</source>
        <translation>La huella digital de la copia guardada en el proyecto.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificados</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>Not removed from the new system: deal with them by hand.</source>
        <translation>No se quitan del nuevo sistema: trátelos manualmente.</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>Para importar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import this new or changed record.</source>
        <translation>Importar este registro nuevo o modificado.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Subject: Approval to migrate %1&apos;s practice data</source>
        <translation>Asunto: Aprobación para migrar los datos de gestión de %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hola:</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hola, %1:</translation>
    </message>
    <message>
        <source>We are moving %1 from %2 to %3. Before the final export, we need the written approval of the billing contact of the current account and of every system administrator.</source>
        <translation>Estamos migrando %1 de %2 a %3. Antes de la exportación final, necesitamos la aprobación por escrito del contacto de facturación de la cuenta actual y de cada administrador del sistema.</translation>
    </message>
    <message>
        <source>Cutoff: %1. Work entered after it is carried over separately.</source>
        <translation>Fecha de corte: %1. El trabajo registrado después de esa fecha se traslada por separado.</translation>
    </message>
    <message>
        <source>What is still open in the current system (snapshot %1):</source>
        <translation>Lo que sigue abierto en el sistema actual (instantánea %1):</translation>
    </message>
    <message>
        <source>Unbilled time: %1 hours, %2</source>
        <translation>Tiempo sin facturar: %1 horas, %2</translation>
    </message>
    <message>
        <source>Unbilled expenses: %1</source>
        <translation>Gastos sin facturar: %1</translation>
    </message>
    <message>
        <source>Draft invoices: %1 (%2)</source>
        <translation>Facturas en borrador: %1 (%2)</translation>
    </message>
    <message>
        <source>Open invoices: %1, receivable %2</source>
        <translation>Facturas abiertas: %1; por cobrar: %2</translation>
    </message>
    <message>
        <source>Unapplied payments and credits: %1</source>
        <translation>Pagos y créditos sin aplicar: %1</translation>
    </message>
    <message>
        <source>Trust balances carried over: %1</source>
        <translation>Saldos fiduciarios trasladados: %1</translation>
    </message>
    <message>
        <source>Clients missing billing details: %1</source>
        <translation>Clientes con datos de facturación incompletos: %1</translation>
    </message>
    <message>
        <source>Next invoice number: %1</source>
        <translation>Siguiente número de factura: %1</translation>
    </message>
    <message>
        <source>Still to do before the final export:</source>
        <translation>Pendiente antes de la exportación final:</translation>
    </message>
    <message>
        <source>Please reply to this message to approve the migration, or tell us what should change.</source>
        <translation>Responda a este mensaje para aprobar la migración o indíquenos qué debería cambiar.</translation>
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
    <name>Cutover::CsvPackageTarget</name>
    <message>
        <source>The import package cannot read the project file: %1</source>
        <translation>El paquete de importación no puede leer el archivo del proyecto: %1</translation>
    </message>
    <message>
        <source>Cannot write %1 in %2: %3</source>
        <translation>No se puede escribir %1 en %2: %3</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation>No se puede volver a leer %1: %2</translation>
    </message>
    <message>
        <source>Nothing has been loaded into this project yet: load the final export first.</source>
        <translation>Todavía no se ha cargado nada en este proyecto: cargue primero la exportación final.</translation>
    </message>
    <message>
        <source>There is no snapshot %1 in this project.</source>
        <translation>Este proyecto no tiene ninguna instantánea %1.</translation>
    </message>
    <message>
        <source>Snapshot %1 is still loading.</source>
        <translation>La instantánea %1 todavía se está cargando.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1: the date &quot;%2&quot; is not a date; it is written as it was.</source>
        <translation>%1: la fecha “%2” no es una fecha válida; se escribe tal cual.</translation>
    </message>
    <message>
        <source>Matter %1</source>
        <translation>El asunto %1</translation>
    </message>
    <message>
        <source>Matter %1: its client &quot;%2&quot; is not among the contacts, so the target cannot link it; add the client or fix the matter before importing.</source>
        <translation>Asunto %1: su cliente “%2” no figura entre los contactos, por lo que el destino no puede vincularlo; añada el cliente o corrija el asunto antes de importar.</translation>
    </message>
    <message>
        <source>Matter %1 has no description; its number is used instead.</source>
        <translation>El asunto %1 no tiene descripción; se usa su número en su lugar.</translation>
    </message>
    <message>
        <source>Time entry on row %1</source>
        <translation>La entrada de tiempo de la fila %1</translation>
    </message>
    <message>
        <source>Time entry %1</source>
        <translation>La entrada de tiempo %1</translation>
    </message>
    <message>
        <source>%1 has no hourly rate; %2 an hour is derived from its amount.</source>
        <translation>%1 no tiene tarifa por hora; se deduce una tarifa de %2 por hora a partir de su importe.</translation>
    </message>
    <message>
        <source>%1 has neither an hourly rate nor an amount; its price is 0.00.</source>
        <translation>%1 no tiene ni tarifa por hora ni importe; su precio es 0.00.</translation>
    </message>
    <message>
        <source>%1: the old system values it at %2, the target will make %3 of %4 hours at %5; correct it after the import.</source>
        <translation>%1: el sistema antiguo la valora en %2 y el destino calculará %3 (%4 horas a %5); corrija la diferencia después de la importación.</translation>
    </message>
    <message>
        <source>%1: its matter &quot;%2&quot; is not in the matters file; the target will refuse the row.</source>
        <translation>%1: su asunto “%2” no figura en el archivo de asuntos; el destino rechazará la fila.</translation>
    </message>
    <message>
        <source>Expense on row %1</source>
        <translation>El gasto de la fila %1</translation>
    </message>
    <message>
        <source>Expense %1</source>
        <translation>El gasto %1</translation>
    </message>
    <message>
        <source>%1 has no amount; its price is 0.00.</source>
        <translation>%1 no tiene importe; su precio es 0.00.</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>La factura %1</translation>
    </message>
    <message>
        <source>%1 has no matter and its client &quot;%2&quot; has none either; give the row a matter before importing it.</source>
        <translation>%1 no tiene asunto y su cliente “%2” tampoco tiene ninguno; asigne un asunto a la fila antes de importarla.</translation>
    </message>
    <message>
        <source>%1 has no matter; its balance goes to matter %2, the client&apos;s first.</source>
        <translation>%1 no tiene asunto; su saldo se asigna al asunto %2, el primero del cliente.</translation>
    </message>
    <message>
        <source>%1 has no date; the cutoff&apos;s date is used.</source>
        <translation>%1 no tiene fecha; se usa la fecha de corte.</translation>
    </message>
    <message>
        <source>Cannot create %1 (zip error %2).</source>
        <translation>No se puede crear %1 (error de zip %2).</translation>
    </message>
    <message>
        <source>Cannot add %1 to the zip (zip error %2).</source>
        <translation>No se puede añadir %1 al zip (error de zip %2).</translation>
    </message>
    <message>
        <source>Cannot write %1 (zip error %2).</source>
        <translation>No se puede escribir %1 (error de zip %2).</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>No se puede cambiar el nombre de %1 a %2.</translation>
    </message>
</context>
<context>
    <name>Cutover::CsvReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>no file was given</source>
        <translation>no se indicó ningún archivo</translation>
    </message>
    <message>
        <source>%1 is not an encoding Cutover can read; expected one of %2.</source>
        <translation>%1 no es una codificación que Cutover pueda leer; se esperaba una de estas: %2.</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate the values of a CSV file; a delimiter such as a comma, semicolon, tab or vertical bar was expected.</source>
        <translation>Unas comillas o un salto de línea no pueden separar los valores de un archivo CSV; se esperaba un delimitador como una coma, un punto y coma, un tabulador o una barra vertical.</translation>
    </message>
    <message>
        <source>The file starts with a %1 byte-order mark but is read as %2, as requested.</source>
        <translation>El archivo empieza con una marca de orden de bytes de %1, pero se lee como %2, según lo solicitado.</translation>
    </message>
    <message>
        <source>The encoding of the file was not recognised, so it is read as %1; choose the encoding if the text looks wrong.</source>
        <translation>No se reconoció la codificación del archivo, por lo que se lee como %1; elija la codificación si el texto no se ve bien.</translation>
    </message>
    <message>
        <source>The file looks encoded in %1, which Cutover does not read, so it is read as %2; choose the encoding if the text looks wrong.</source>
        <translation>El archivo parece estar codificado en %1, que Cutover no lee, por lo que se lee como %2; elija la codificación si el texto no se ve bien.</translation>
    </message>
    <message>
        <source>The %1 encoding is not available on this computer.</source>
        <translation>La codificación %1 no está disponible en este equipo.</translation>
    </message>
    <message>
        <source>%1 could not be read to the end: %2</source>
        <translation>No se pudo leer %1 hasta el final: %2</translation>
    </message>
    <message>
        <source>More problems like the ones listed were found from this row on; they are not listed one by one.</source>
        <translation>A partir de esta fila se encontraron más problemas como los enumerados; no se enumeran uno por uno.</translation>
    </message>
    <message>
        <source>This row is longer than %1 characters, more than a CSV file holds; a closing quote (&quot;) missing after a quoted value is the likely cause.</source>
        <translation>Esta fila tiene más de %1 caracteres, más de lo que admite un archivo CSV; la causa probable es que falten las comillas de cierre (&quot;) después de un valor entrecomillado.</translation>
    </message>
    <message>
        <source>Some characters in this row are not valid %1 and were replaced by a placeholder; choose the file&apos;s encoding if the text looks wrong.</source>
        <translation>Algunos caracteres de esta fila no son válidos en %1 y se sustituyeron por un carácter de reemplazo; elija la codificación del archivo si el texto no se ve bien.</translation>
    </message>
    <message>
        <source>The quoted value that starts here is never closed; a closing quote (&quot;) was expected before the end of the file.</source>
        <translation>El valor entrecomillado que empieza aquí nunca se cierra; se esperaban unas comillas de cierre (&quot;) antes del final del archivo.</translation>
    </message>
    <message>
        <source>A quote (&quot;) in a value that does not start with one was kept as text; a value with quotes in it was expected to be quoted, with each quote doubled.</source>
        <translation>Unas comillas (&quot;) dentro de un valor que no empieza con comillas se conservaron como texto; se esperaba que un valor con comillas estuviera entrecomillado y con cada comilla duplicada.</translation>
    </message>
    <message>
        <source>Text after the closing quote of a value was kept; a delimiter or the end of the line was expected right after the closing quote.</source>
        <translation>Se conservó el texto que sigue a las comillas de cierre de un valor; se esperaba un delimitador o el final de la línea justo después de las comillas de cierre.</translation>
    </message>
</context>
<context>
    <name>Cutover::Cutoff</name>
    <message>
        <source>Give a valid date and time for the cutoff.</source>
        <translation>Indique una fecha y una hora válidas para el corte.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows (use an IANA name such as America/New_York).</source>
        <translation>“%1” no es una zona horaria que este equipo conozca (use un nombre IANA como America/New_York).</translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks go back that night. Choose the first (%3) or the second (%4).</source>
        <translation>%1 se da dos veces en %2: esa noche se atrasan los relojes. Elija la primera (%3) o la segunda (%4).</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks jump forward that night. The next moment that exists is %3.</source>
        <translation>%1 no existe en %2: esa noche se adelantan los relojes. El siguiente momento que existe es %3.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
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
    <message>
        <source>Cutoff date</source>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <source>Cutoff time</source>
        <translation>Hora de corte</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Fecha y hora:</translation>
    </message>
    <message>
        <source>Cutoff time zone</source>
        <translation>Zona horaria del corte</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>The &amp;first time</source>
        <translation>La &amp;primera vez</translation>
    </message>
    <message>
        <source>The &amp;second time</source>
        <translation>La &amp;segunda vez</translation>
    </message>
    <message>
        <source>&amp;Use the next moment that exists</source>
        <translation>&amp;Usar el siguiente momento que existe</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Motivo del cambio:</translation>
    </message>
    <message>
        <source>Required once the final export is loaded; kept in the audit log</source>
        <translation>Obligatorio una vez cargada la exportación final; se guarda en el registro de auditoría</translation>
    </message>
    <message>
        <source>Saves the cutoff; snapshots already loaded are checked against it again.</source>
        <translation>Guarda la fecha de corte; las instantáneas ya cargadas se vuelven a comprobar con ella.</translation>
    </message>
    <message>
        <source>The firm&apos;s holidays, its own days off and imported holiday calendars.</source>
        <translation>Los festivos del despacho, sus propios días no laborables y los calendarios de festivos importados.</translation>
    </message>
    <message>
        <source>Since the final export</source>
        <translation>Desde la exportación final</translation>
    </message>
    <message>
        <source>Changes per kind of record</source>
        <translation>Cambios por tipo de registro</translation>
    </message>
    <message>
        <source>Load a re-export as a delta snapshot on the Export step to see what changed.</source>
        <translation>Cargue una reexportación como instantánea delta en el paso Exportación para ver qué ha cambiado.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Mos&amp;trar:</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Todos los cambios</translation>
    </message>
    <message>
        <source>Records new, changed or deleted</source>
        <translation>Registros nuevos, modificados o eliminados</translation>
    </message>
    <message>
        <source>Untick a record to leave it out of the import (Space).</source>
        <translation>Desmarque un registro para excluirlo de la importación (Espacio).</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <source>Deleted records are not imported: the import never deletes. Remove them in the new system by hand if they should go.</source>
        <translation>Los registros eliminados no se importan: la importación nunca elimina nada. Elimínelos manualmente en el nuevo sistema si deben desaparecer.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) from today</source>
        <translation>
            <numerusform>dentro de %n día hábil</numerusform>
            <numerusform>dentro de %n días hábiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) ago</source>
        <translation>
            <numerusform>hace %n día hábil</numerusform>
            <numerusform>hace %n días hábiles</numerusform>
        </translation>
    </message>
    <message>
        <source>today or the last business day</source>
        <translation>hoy o el último día hábil</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cutoff:&lt;/b&gt; %1 — %2 UTC, %3 (holidays: %4).</source>
        <translation>&lt;b&gt;Fecha de corte:&lt;/b&gt; %1 — %2 UTC, %3 (festivos: %4).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No cutoff is set yet.&lt;/b&gt; Pick the moment after which new work goes into the new system only.</source>
        <translation>&lt;b&gt;Todavía no se ha establecido la fecha de corte.&lt;/b&gt; Elija el momento a partir del cual el trabajo nuevo se registra solo en el nuevo sistema.</translation>
    </message>
    <message>
        <source>= %1 UTC</source>
        <translation>= %1 UTC</translation>
    </message>
    <message>
        <source>No final export yet. Load it on the Export step as the final snapshot at the cutoff; a re-export loaded after it is compared with it here.</source>
        <translation>Todavía no hay exportación final. Cárguela en el paso Exportación como instantánea final en la fecha de corte; cualquier reexportación cargada después se compara aquí con ella.</translation>
    </message>
    <message>
        <source>Final export: snapshot %1. No re-export since; load one as a delta snapshot to list the work entered after the cutoff.</source>
        <translation>Exportación final: instantánea %1. No hay ninguna reexportación desde entonces; cargue una como instantánea delta para enumerar el trabajo registrado después de la fecha de corte.</translation>
    </message>
    <message numerus="yes">
        <source>Re-export (snapshot %1) against the final export (snapshot %2): %n record(s) differ; %3 marked for import.</source>
        <translation>
            <numerusform>Reexportación (instantánea %1) comparada con la exportación final (instantánea %2): %n registro es distinto; %3 marcado(s) para importar.</numerusform>
            <numerusform>Reexportación (instantánea %1) comparada con la exportación final (instantánea %2): %n registros son distintos; %3 marcado(s) para importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 records are shown; `cutover-cli delta --rows` lists all.</source>
        <translation>Se muestran los primeros %1 de %2 registros; `cutover-cli delta --rows` los enumera todos.</translation>
    </message>
    <message>
        <source>Set the cu&amp;toff</source>
        <translation>Fijar la fecha de &amp;corte</translation>
    </message>
    <message>
        <source>Business-day c&amp;alendar…</source>
        <translation>Ca&amp;lendario de días hábiles…</translation>
    </message>
</context>
<context>
    <name>Cutover::CutoffStore</name>
    <message>
        <source>The cutoff is not a valid moment.</source>
        <translation>La fecha de corte no es un momento válido.</translation>
    </message>
    <message>
        <source>The final export was taken with the cutoff at %1. Say why it changes: the reason is kept in the audit log.</source>
        <translation>La exportación final se hizo con la fecha de corte en %1. Indique por qué cambia: el motivo se guarda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Flagging snapshot %1</source>
        <translation>Marcando la instantánea %1</translation>
    </message>
    <message>
        <source>Snapshot %1 could not be flagged against the new cutoff: %2</source>
        <translation>No se pudo marcar la instantánea %1 con la nueva fecha de corte: %2</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <comment>snapshots checked; rows after the cutoff</comment>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln snapshot(s) checked against the new cutoff</source>
        <translation>
            <numerusform>%Ln instantánea comprobada con la nueva fecha de corte</numerusform>
            <numerusform>%Ln instantáneas comprobadas con la nueva fecha de corte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) are after it</source>
        <translation>
            <numerusform>%1 fila es posterior a ella</numerusform>
            <numerusform>%1 filas son posteriores a ella</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::CutoverWindow</name>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open a Project a &amp;Specialist Sent You…</source>
        <translation>Abrir un proyecto enviado por un es&amp;pecialista…</translation>
    </message>
    <message>
        <source>Open a project file someone handed over. Passwords and tokens are never in it.</source>
        <translation>Abre un archivo de proyecto que le ha entregado otra persona. Nunca contiene contraseñas ni tokens.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Privacy Mask</source>
        <translation>&amp;Máscara de privacidad</translation>
    </message>
    <message>
        <source>Privacy mask (Ctrl+Shift+P): hide client names, contact details, descriptions and money on screen. Exports and reports keep the real data.</source>
        <translation>Máscara de privacidad (Ctrl+Mayús+P): oculta en pantalla los nombres de los clientes, los datos de contacto, las descripciones y los importes. Las exportaciones y los informes conservan los datos reales.</translation>
    </message>
    <message>
        <source>P&amp;resenter Mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>Presenter mode (Ctrl+Shift+M): larger text and rows, roomier buttons, and each step&apos;s help kept open. Remembered on this computer.</source>
        <translation>Modo presentación (Ctrl+Mayús+M): texto y filas más grandes, botones más amplios y la ayuda de cada paso siempre abierta. Se recuerda en este equipo.</translation>
    </message>
    <message>
        <source>&amp;About Cutover</source>
        <translation>&amp;Acerca de Cutover</translation>
    </message>
    <message>
        <source>About Cutover</source>
        <translation>Acerca de Cutover</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cutover %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Moves a small firm&apos;s practice data from one system to another, step by step, and reconciles the result to the cent.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cutover %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Traslada los datos de gestión de un pequeño despacho de un sistema a otro, paso a paso, y concilia el resultado hasta el último centavo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Screen sharing</source>
        <translation>Compartir pantalla</translation>
    </message>
    <message>
        <source>Privacy on</source>
        <translation>Privacidad activada</translation>
    </message>
    <message>
        <source>Privacy mask is on</source>
        <translation>La máscara de privacidad está activada</translation>
    </message>
    <message>
        <source>Client data is masked on screen. Exports and reports are not masked.</source>
        <translation>Los datos de los clientes se ocultan en pantalla. Las exportaciones y los informes no se ocultan.</translation>
    </message>
    <message>
        <source>Privacy mask on: client data is hidden on screen only. Exports and reports are not masked.</source>
        <translation>Máscara de privacidad activada: los datos de los clientes solo se ocultan en pantalla. Las exportaciones y los informes no se ocultan.</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>No hay proyectos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Borrar la lista</translation>
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
        <source>Open a project a specialist sent you</source>
        <translation>Abrir un proyecto enviado por un especialista</translation>
    </message>
    <message>
        <source>Project opened</source>
        <translation>Proyecto abierto</translation>
    </message>
    <message>
        <source>“%1” is open, on the step it was left at.</source>
        <translation>El proyecto “%1” está abierto en el paso en el que se dejó.</translation>
    </message>
    <message>
        <source>A project file holds the firm&apos;s data and the work done so far, never a password or a token. Sign in to the new system again with your own account when a step asks for it. Changes are saved in this file as you make them: send it back when you are done, or keep working in it.</source>
        <translation>Un archivo de proyecto contiene los datos del despacho y el trabajo realizado hasta el momento, nunca una contraseña ni un token. Cuando un paso se lo pida, vuelva a iniciar sesión en el nuevo sistema con su propia cuenta. Los cambios se guardan en este archivo a medida que los hace: devuélvalo cuando termine o siga trabajando en él.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
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
    <name>Cutover::DeadlineBanner</name>
    <message>
        <source>Review deadline</source>
        <translation>Plazo de revisión</translation>
    </message>
    <message>
        <source>Review &amp;now</source>
        <translation>Revisar a&amp;hora</translation>
    </message>
    <message>
        <source>Open the Review step</source>
        <translation>Abrir el paso Revisión</translation>
    </message>
</context>
<context>
    <name>Cutover::Delta</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
</context>
<context>
    <name>Cutover::DemoProject</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The demo file %1 cannot be written.</source>
        <translation>No se puede escribir el archivo de demostración %1.</translation>
    </message>
</context>
<context>
    <name>Cutover::Entities</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Default hourly rate</source>
        <translation>Tarifa por hora predeterminada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Clients and contacts</source>
        <translation>Clientes y contactos</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Persona o empresa</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Estado o provincia</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>Contacto de facturación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Fecha de creación</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Asuntos</translation>
    </message>
    <message>
        <source>Matter number</source>
        <translation>Número de asunto</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Fecha de apertura</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <source>Responsible user</source>
        <translation>Usuario responsable</translation>
    </message>
    <message>
        <source>Billing method</source>
        <translation>Método de facturación</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Entradas de tiempo</translation>
    </message>
    <message>
        <source>Entry ID</source>
        <translation>ID de entrada</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Tarifa por hora</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Activity category</source>
        <translation>Categoría de actividad</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Expense ID</source>
        <translation>ID de gasto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Expense category</source>
        <translation>Categoría de gasto</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fecha de factura</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <source>Payments and credits</source>
        <translation>Pagos y créditos</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>ID de pago</translation>
    </message>
    <message>
        <source>Unapplied amount</source>
        <translation>Importe sin aplicar</translation>
    </message>
    <message>
        <source>Payment or credit</source>
        <translation>Pago o crédito</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Trust transactions</source>
        <translation>Movimientos de la cuenta fiduciaria</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>ID de movimiento</translation>
    </message>
    <message>
        <source>Deposit or withdrawal</source>
        <translation>Depósito o retiro</translation>
    </message>
    <message>
        <source>Note ID</source>
        <translation>ID de nota</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Documents index</source>
        <translation>Índice de documentos</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>ID de documento</translation>
    </message>
    <message>
        <source>Document name</source>
        <translation>Nombre del documento</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>Ruta del archivo</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>Tamaño en bytes</translation>
    </message>
</context>
<context>
    <name>Cutover::EntityCountsModel</name>
    <message>
        <source>Holds</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Rows loaded</source>
        <translation>Filas cargadas</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Filas rechazadas</translation>
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
    <message>
        <source>Colu&amp;mns</source>
        <translation>Colu&amp;mnas</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>&amp;Incidencias</translation>
    </message>
    <message>
        <source>Loaded &amp;data</source>
        <translation>&amp;Datos cargados</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Load &amp;as:</source>
        <translation>Cargar c&amp;omo:</translation>
    </message>
    <message>
        <source>Snapshot kind</source>
        <translation>Tipo de instantánea</translation>
    </message>
    <message>
        <source>A trial load: check the export as often as you like.</source>
        <translation>Una carga de prueba: compruebe la exportación tantas veces como quiera.</translation>
    </message>
    <message>
        <source>The export taken at the cutoff: this is what will be imported.</source>
        <translation>La exportación hecha en la fecha de corte: es lo que se importará.</translation>
    </message>
    <message>
        <source>A re-export after the final one: compared with it to find later work.</source>
        <translation>Una reexportación posterior a la final: se compara con ella para encontrar el trabajo registrado después.</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>Car&amp;gar</translation>
    </message>
    <message>
        <source>Why loading is not possible yet</source>
        <translation>Por qué todavía no se puede cargar</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Añadir a&amp;rchivos…</translation>
    </message>
    <message>
        <source>CSV, Excel (.xlsx) and zip backups the old system exported.</source>
        <translation>Archivos CSV, Excel (.xlsx) y copias de seguridad zip que exportó el sistema antiguo.</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Añadir car&amp;peta…</translation>
    </message>
    <message>
        <source>Every CSV, Excel and zip file in a folder and its subfolders.</source>
        <translation>Todos los archivos CSV, Excel y zip de una carpeta y sus subcarpetas.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Takes the selected file off the list (Delete).</source>
        <translation>Quita el archivo seleccionado de la lista (Supr).</translation>
    </message>
    <message>
        <source>Files to load</source>
        <translation>Archivos que se van a cargar</translation>
    </message>
    <message>
        <source>Add the files the old system exported, or drop them (or a folder of them) here.</source>
        <translation>Añada los archivos que exportó el sistema antiguo o arrástrelos aquí (o una carpeta que los contenga).</translation>
    </message>
    <message>
        <source>Double-click “Holds” or “Map” (or press F2) to change what a file holds.</source>
        <translation>Haga doble clic en “Contenido” o “Mapa” (o pulse F2) para cambiar lo que contiene un archivo.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>&amp;Save map…</source>
        <translation>G&amp;uardar mapa…</translation>
    </message>
    <message>
        <source>Keeps this map in the project, to use for other files.</source>
        <translation>Guarda este mapa en el proyecto para usarlo con otros archivos.</translation>
    </message>
    <message>
        <source>E&amp;xport map…</source>
        <translation>E&amp;xportar mapa…</translation>
    </message>
    <message>
        <source>Writes this map to a JSON file another project can import.</source>
        <translation>Escribe este mapa en un archivo JSON que otro proyecto puede importar.</translation>
    </message>
    <message>
        <source>Im&amp;port map…</source>
        <translation>Impor&amp;tar mapa…</translation>
    </message>
    <message>
        <source>Uses a map from a JSON file for the selected file.</source>
        <translation>Usa un mapa de un archivo JSON para el archivo seleccionado.</translation>
    </message>
    <message>
        <source>Columns of the selected file</source>
        <translation>Columnas del archivo seleccionado</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Preview, as loaded:</source>
        <translation>Vista previa, tal como se cargará:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Cells with a problem, and rows that would be rejected. Point at a marked cell for the reason.</source>
        <translation>Celdas con algún problema y filas que se rechazarían. Sitúe el puntero sobre una celda marcada para ver el motivo.</translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>Fi&amp;ltro:</translation>
    </message>
    <message>
        <source>Filter issues</source>
        <translation>Filtrar incidencias</translation>
    </message>
    <message>
        <source>File, column, problem or value</source>
        <translation>Archivo, columna, problema o valor</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Gra&amp;vedad:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Export iss&amp;ues…</source>
        <translation>Exportar i&amp;ncidencias…</translation>
    </message>
    <message>
        <source>Writes every issue of the newest snapshot to a CSV file.</source>
        <translation>Escribe todas las incidencias de la instantánea más reciente en un archivo CSV.</translation>
    </message>
    <message>
        <source>&amp;Write fix lists…</source>
        <translation>&amp;Escribir listas de correcciones…</translation>
    </message>
    <message>
        <source>Writes the rejected rows of each file to a CSV you can correct and load again.</source>
        <translation>Escribe las filas rechazadas de cada archivo en un CSV que puede corregir y volver a cargar.</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>No issues to show.</source>
        <translation>No hay incidencias que mostrar.</translation>
    </message>
    <message>
        <source>Rows per kind of record in the newest snapshot</source>
        <translation>Filas por tipo de registro en la instantánea más reciente</translation>
    </message>
    <message>
        <source>Nothing has been loaded yet.</source>
        <translation>Todavía no se ha cargado nada.</translation>
    </message>
    <message>
        <source>Snapshots loaded</source>
        <translation>Instantáneas cargadas</translation>
    </message>
    <message>
        <source>Add export files</source>
        <translation>Añadir archivos de exportación</translation>
    </message>
    <message>
        <source>Export files (*.csv *.tsv *.txt *.xlsx *.zip);;All files (*)</source>
        <translation>Archivos de exportación (*.csv *.tsv *.txt *.xlsx *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add a folder of export files</source>
        <translation>Añadir una carpeta de archivos de exportación</translation>
    </message>
    <message>
        <source>Select a file to see how its columns are read.</source>
        <translation>Seleccione un archivo para ver cómo se leen sus columnas.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>The files in this archive are placed by their headers when it is loaded.</source>
        <translation>Al cargar este archivo comprimido, cada archivo que contiene se clasifica según sus encabezados.</translation>
    </message>
    <message>
        <source>%1 holds %2, read with the map “%3”.</source>
        <translation>%1 contiene: %2; se lee con el mapa “%3”.</translation>
    </message>
    <message>
        <source>%1: choose what it holds in the “Holds” column above; its columns are then mapped here.</source>
        <translation>%1: elija lo que contiene en la columna “Contenido” de arriba; luego sus columnas se asignan aquí.</translation>
    </message>
    <message numerus="yes">
        <source>No problems in these %n row(s)</source>
        <translation>
            <numerusform>Sin problemas en %n fila</numerusform>
            <numerusform>Sin problemas en %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The map could not be saved in the project: %1</source>
        <translation>No se pudo guardar el mapa en el proyecto: %1</translation>
    </message>
    <message>
        <source>The map “%1” is saved in the project.</source>
        <translation>El mapa “%1” se ha guardado en el proyecto.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Save map</source>
        <translation>Guardar mapa</translation>
    </message>
    <message>
        <source>Name of the map:</source>
        <translation>Nombre del mapa:</translation>
    </message>
    <message>
        <source>The map was written to %1.</source>
        <translation>El mapa se escribió en %1.</translation>
    </message>
    <message>
        <source>The map could not be written: %1</source>
        <translation>No se pudo escribir el mapa: %1</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exportar el mapa</translation>
    </message>
    <message>
        <source>Import maps (*.json)</source>
        <translation>Mapas de importación (*.json)</translation>
    </message>
    <message>
        <source>The map in %1 cannot be used: %2</source>
        <translation>No se puede usar el mapa de %1: %2</translation>
    </message>
    <message>
        <source>The map “%1” is used for %2.</source>
        <translation>Se usa el mapa “%1” para %2.</translation>
    </message>
    <message>
        <source>Import a map</source>
        <translation>Importar un mapa</translation>
    </message>
    <message>
        <source>Import maps (*.json);;All files (*)</source>
        <translation>Mapas de importación (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Abra primero un proyecto.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Reads every file, stores its rows as a snapshot and lists every problem.</source>
        <translation>Lee cada archivo, guarda sus filas como una instantánea y enumera todos los problemas.</translation>
    </message>
    <message>
        <source>The loaded data cannot be read: %1</source>
        <translation>No se pueden leer los datos cargados: %1</translation>
    </message>
    <message>
        <source>&amp;Issues (%1)</source>
        <translation>&amp;Incidencias (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 issue(s)</source>
        <translation>
            <numerusform>%1 incidencia</numerusform>
            <numerusform>%1 incidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>The issues were written to %1.</source>
        <translation>Las incidencias se escribieron en %1.</translation>
    </message>
    <message>
        <source>The issues could not be written: %1</source>
        <translation>No se pudieron escribir las incidencias: %1</translation>
    </message>
    <message>
        <source>Issues - snapshot %1.csv</source>
        <translation>Incidencias - instantánea %1.csv</translation>
    </message>
    <message>
        <source>Export the issues</source>
        <translation>Exportar las incidencias</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The fix lists could not be written: %1</source>
        <translation>No se pudieron escribir las listas de correcciones: %1</translation>
    </message>
    <message>
        <source>No row was rejected, so there is no fix list to write.</source>
        <translation>No se rechazó ninguna fila, así que no hay ninguna lista de correcciones que escribir.</translation>
    </message>
    <message numerus="yes">
        <source>%n fix list(s) written to %1.</source>
        <translation>
            <numerusform>Se escribió %n lista de correcciones en %1.</numerusform>
            <numerusform>Se escribieron %n listas de correcciones en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the fix lists to</source>
        <translation>Escribir las listas de correcciones en</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cli&amp;ents to migrate</source>
        <translation>Clien&amp;tes a migrar</translation>
    </message>
    <message>
        <source>Client number or name</source>
        <translation>Número o nombre del cliente</translation>
    </message>
    <message>
        <source>Find clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Migrate the clients &amp;shown</source>
        <translation>Migrar los clientes &amp;mostrados</translation>
    </message>
    <message>
        <source>Clients and whether each moves to the new system</source>
        <translation>Los clientes y si cada uno migra al nuevo sistema</translation>
    </message>
    <message>
        <source>The clients of the newest snapshot appear here once one is loaded.</source>
        <translation>Los clientes de la instantánea más reciente aparecen aquí cuando se carga una.</translation>
    </message>
    <message>
        <source>The choice of clients could not be saved: %1</source>
        <translation>No se pudo guardar la selección de clientes: %1</translation>
    </message>
    <message>
        <source>Every client moves unless you leave it out here.</source>
        <translation>Todos los clientes migran, salvo los que excluya aquí.</translation>
    </message>
    <message>
        <source>%1 of %2 clients move, with %3 of %4 matters and %5 of %6 time entries. A client left out takes its matters, entries and notes with it.</source>
        <translation>Migran %1 de %2 clientes, con %3 de %4 asuntos y %5 de %6 entradas de tiempo. Un cliente excluido se lleva sus asuntos, entradas y notas.</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Lea&amp;ve out the clients shown</source>
        <translation>&amp;Excluir los clientes mostrados</translation>
    </message>
    <message>
        <source>Snapshot %1 (%2), loaded %3: %4 from %5; %6, %7.</source>
        <translation>Instantánea %1 (%2), cargada el %3: %4 de %5; %6, %7.</translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 fila</numerusform>
            <numerusform>%1 filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 file(s)</source>
        <translation>
            <numerusform>%1 archivo</numerusform>
            <numerusform>%1 archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 error(s)</source>
        <translation>
            <numerusform>%1 error</numerusform>
            <numerusform>%1 errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 warning(s)</source>
        <translation>
            <numerusform>%1 advertencia</numerusform>
            <numerusform>%1 advertencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ExportPlanModel</name>
    <message>
        <source>Suggested from headers</source>
        <translation>Sugerido por los encabezados</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (modificado)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message numerus="yes">
        <source>Archive of %n file(s), placed when loaded</source>
        <translation>
            <numerusform>Archivo comprimido con %n archivo; se clasifica al cargarlo</numerusform>
            <numerusform>Archivo comprimido con %n archivos; se clasifican al cargarlo</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs a map</source>
        <translation>Necesita un mapa</translation>
    </message>
    <message>
        <source>Could be %1 or %2</source>
        <translation>Puede ser %1 o %2</translation>
    </message>
    <message>
        <source>Map incomplete</source>
        <translation>Mapa incompleto</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>No se puede leer: %1</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <source>Zip archive</source>
        <translation>Archivo zip</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>CSV, %1, %2</source>
        <translation>CSV, %1, %2</translation>
    </message>
    <message>
        <source>Placed by headers</source>
        <translation>Clasificado por encabezados</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Double-click or press F2 to choose another.</source>
        <translation>Haga doble clic o pulse F2 para elegir otro.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cutover cannot tell what this file holds from its headers.</source>
        <translation>Cutover no puede determinar por sus encabezados lo que contiene este archivo.</translation>
    </message>
    <message>
        <source>Choose what it holds in the “Holds” column.</source>
        <translation>Elija lo que contiene en la columna “Contenido”.</translation>
    </message>
    <message>
        <source>No column feeds %1.</source>
        <translation>Ninguna columna proporciona: %1.</translation>
    </message>
    <message>
        <source>Loaded as %1 with the map “%2”.</source>
        <translation>Cargado como %1 con el mapa “%2”.</translation>
    </message>
    <message>
        <source>Recognised from its headers as %1 (%2).</source>
        <translation>Reconocido por sus encabezados como %1 (%2).</translation>
    </message>
    <message>
        <source>Built-in: %1</source>
        <translation>Integrado: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Add the export files first.</source>
        <translation>Añada primero los archivos de exportación.</translation>
    </message>
    <message>
        <source>Still reading the files you added…</source>
        <translation>Todavía se están leyendo los archivos que añadió…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) need a map: choose what each holds in the “Holds” column.</source>
        <translation>
            <numerusform>%n archivo necesita un mapa: elija lo que contiene en la columna “Contenido”.</numerusform>
            <numerusform>%n archivos necesitan un mapa: elija lo que contiene cada uno en la columna “Contenido”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have a map that leaves a required field without a column: finish it under Columns.</source>
        <translation>
            <numerusform>%n archivo tiene un mapa que deja un campo obligatorio sin columna: complételo en Columnas.</numerusform>
            <numerusform>%n archivos tienen un mapa que deja un campo obligatorio sin columna: complételos en Columnas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read: remove them from the list.</source>
        <translation>
            <numerusform>%n archivo no se puede leer: quítelo de la lista.</numerusform>
            <numerusform>%n archivos no se pueden leer: quítelos de la lista.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::HolidayListModel</name>
    <message>
        <source>Observed</source>
        <translation>Trasladado</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Festivo</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Del despacho</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>Cutover::Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Año Nuevo</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Viernes Santo</translation>
    </message>
    <message>
        <source>Easter Saturday</source>
        <translation>Sábado Santo</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Domingo de Pascua</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lunes de Pascua</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Día del Trabajo</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Navidad</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>San Esteban (Boxing Day)</translation>
    </message>
    <message>
        <source>Queen&apos;s Birthday</source>
        <translation>Cumpleaños de la Reina</translation>
    </message>
    <message>
        <source>King&apos;s Birthday</source>
        <translation>Cumpleaños del Rey</translation>
    </message>
    <message>
        <source>Birthday of Martin Luther King, Jr.</source>
        <translation>Natalicio de Martin Luther King Jr.</translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
        <translation>Natalicio de Washington</translation>
    </message>
    <message>
        <source>Memorial Day</source>
        <translation>Día de los Caídos (Memorial Day)</translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day</source>
        <translation>Juneteenth (Día Nacional de la Independencia)</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Día de la Independencia</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Día del Trabajo</translation>
    </message>
    <message>
        <source>Columbus Day</source>
        <translation>Día de Cristóbal Colón</translation>
    </message>
    <message>
        <source>Veterans Day</source>
        <translation>Día de los Veteranos</translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation>Día de Acción de Gracias</translation>
    </message>
    <message>
        <source>Family Day</source>
        <translation>Día de la Familia</translation>
    </message>
    <message>
        <source>Louis Riel Day</source>
        <translation>Día de Louis Riel</translation>
    </message>
    <message>
        <source>Nova Scotia Heritage Day</source>
        <translation>Día del Patrimonio de Nueva Escocia</translation>
    </message>
    <message>
        <source>Islander Day</source>
        <translation>Día del Isleño</translation>
    </message>
    <message>
        <source>Victoria Day</source>
        <translation>Día de Victoria</translation>
    </message>
    <message>
        <source>National Patriots&apos; Day</source>
        <translation>Día Nacional de los Patriotas</translation>
    </message>
    <message>
        <source>Saint-Jean-Baptiste Day (Fête nationale du Québec)</source>
        <translation>Día de San Juan Bautista (Fiesta Nacional de Quebec)</translation>
    </message>
    <message>
        <source>National Aboriginal Day</source>
        <translation>Día Nacional de los Aborígenes</translation>
    </message>
    <message>
        <source>National Indigenous Peoples Day</source>
        <translation>Día Nacional de los Pueblos Indígenas</translation>
    </message>
    <message>
        <source>Canada Day</source>
        <translation>Día de Canadá</translation>
    </message>
    <message>
        <source>Nunavut Day</source>
        <translation>Día de Nunavut</translation>
    </message>
    <message>
        <source>Civic Holiday</source>
        <translation>Festivo cívico</translation>
    </message>
    <message>
        <source>British Columbia Day</source>
        <translation>Día de Columbia Británica</translation>
    </message>
    <message>
        <source>New Brunswick Day</source>
        <translation>Día de Nuevo Brunswick</translation>
    </message>
    <message>
        <source>Saskatchewan Day</source>
        <translation>Día de Saskatchewan</translation>
    </message>
    <message>
        <source>Discovery Day</source>
        <translation>Día del Descubrimiento</translation>
    </message>
    <message>
        <source>National Day for Truth and Reconciliation</source>
        <translation>Día Nacional por la Verdad y la Reconciliación</translation>
    </message>
    <message>
        <source>Thanksgiving</source>
        <translation>Día de Acción de Gracias</translation>
    </message>
    <message>
        <source>Remembrance Day</source>
        <translation>Día del Recuerdo</translation>
    </message>
    <message>
        <source>Day of Mourning for Queen Elizabeth II</source>
        <translation>Día de duelo por la reina Isabel II</translation>
    </message>
    <message>
        <source>2nd January</source>
        <translation>2 de enero</translation>
    </message>
    <message>
        <source>St Patrick&apos;s Day</source>
        <translation>Día de San Patricio</translation>
    </message>
    <message>
        <source>Early May bank holiday</source>
        <translation>Festivo de principios de mayo</translation>
    </message>
    <message>
        <source>Early May bank holiday (VE day)</source>
        <translation>Festivo de principios de mayo (Día de la Victoria en Europa)</translation>
    </message>
    <message>
        <source>Spring bank holiday</source>
        <translation>Festivo de primavera</translation>
    </message>
    <message>
        <source>Battle of the Boyne (Orangemen&apos;s Day)</source>
        <translation>Batalla del Boyne (Día de los Orangistas)</translation>
    </message>
    <message>
        <source>Summer bank holiday</source>
        <translation>Festivo de verano</translation>
    </message>
    <message>
        <source>St Andrew&apos;s Day</source>
        <translation>Día de San Andrés</translation>
    </message>
    <message>
        <source>Silver Jubilee of Queen Elizabeth II</source>
        <translation>Jubileo de Plata de la reina Isabel II</translation>
    </message>
    <message>
        <source>Wedding of Prince Charles and Lady Diana Spencer</source>
        <translation>Boda del príncipe Carlos y lady Diana Spencer</translation>
    </message>
    <message>
        <source>Millennium Celebrations</source>
        <translation>Celebraciones del milenio</translation>
    </message>
    <message>
        <source>Golden Jubilee bank holiday</source>
        <translation>Festivo del Jubileo de Oro</translation>
    </message>
    <message>
        <source>Royal wedding</source>
        <translation>Boda real</translation>
    </message>
    <message>
        <source>Queen&apos;s Diamond Jubilee</source>
        <translation>Jubileo de Diamante de la Reina</translation>
    </message>
    <message>
        <source>Platinum Jubilee bank holiday</source>
        <translation>Festivo del Jubileo de Platino</translation>
    </message>
    <message>
        <source>Bank Holiday for the State Funeral of Queen Elizabeth II</source>
        <translation>Festivo por el funeral de Estado de la reina Isabel II</translation>
    </message>
    <message>
        <source>Bank holiday for the coronation of King Charles III</source>
        <translation>Festivo por la coronación del rey Carlos III</translation>
    </message>
    <message>
        <source>Bank holiday for Scotland&apos;s men&apos;s World Cup finals debut</source>
        <translation>Festivo por el debut de la selección masculina de Escocia en la fase final del Mundial</translation>
    </message>
    <message>
        <source>Australia Day</source>
        <translation>Día de Australia</translation>
    </message>
    <message>
        <source>Anzac Day</source>
        <translation>Día de Anzac</translation>
    </message>
    <message>
        <source>Canberra Day</source>
        <translation>Día de Canberra</translation>
    </message>
    <message>
        <source>Reconciliation Day</source>
        <translation>Día de la Reconciliación</translation>
    </message>
    <message>
        <source>Family &amp; Community Day</source>
        <translation>Día de la Familia y la Comunidad</translation>
    </message>
    <message>
        <source>May Day</source>
        <translation>May Day (Día del Trabajo)</translation>
    </message>
    <message>
        <source>Picnic Day</source>
        <translation>Día del Pícnic (Picnic Day)</translation>
    </message>
    <message>
        <source>Adelaide Cup Day</source>
        <translation>Día de la Adelaide Cup</translation>
    </message>
    <message>
        <source>Proclamation Day</source>
        <translation>Día de la Proclamación</translation>
    </message>
    <message>
        <source>Eight Hours Day</source>
        <translation>Día de las Ocho Horas</translation>
    </message>
    <message>
        <source>Friday before the AFL Grand Final</source>
        <translation>Viernes anterior a la gran final de la AFL</translation>
    </message>
    <message>
        <source>Melbourne Cup Day</source>
        <translation>Día de la Melbourne Cup</translation>
    </message>
    <message>
        <source>Western Australia Day</source>
        <translation>Día de Australia Occidental</translation>
    </message>
    <message>
        <source>Foundation Day</source>
        <translation>Día de la Fundación</translation>
    </message>
    <message>
        <source>National Day of Mourning for Queen Elizabeth II</source>
        <translation>Día Nacional de Duelo por la reina Isabel II</translation>
    </message>
    <message>
        <source>Special public holiday</source>
        <translation>Festivo extraordinario</translation>
    </message>
    <message>
        <source>%1 (observed)</source>
        <translation>%1 (trasladado)</translation>
    </message>
    <message>
        <source>%1 (substitute day)</source>
        <translation>%1 (día sustitutivo)</translation>
    </message>
</context>
<context>
    <name>Cutover::ICalendarDays</name>
    <message>
        <source>%1, line %2: event “%3”: %4</source>
        <translation>%1, línea %2: evento “%3”: %4</translation>
    </message>
    <message>
        <source>%1: event “%2”: %3</source>
        <translation>%1: evento “%2”: %3</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is not an iCalendar file: it has no BEGIN:VCALENDAR line.</source>
        <translation>%1 no es un archivo iCalendar: no tiene ninguna línea BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>%1 could not be read as an iCalendar file.</source>
        <translation>No se pudo leer %1 como archivo iCalendar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds no events (VEVENT).</source>
        <translation>%1 no contiene ningún evento (VEVENT).</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>%1 (the rest of the event is kept)</source>
        <translation>%1 (se conserva el resto del evento)</translation>
    </message>
    <message>
        <source>it has no start date (DTSTART); it was left out.</source>
        <translation>no tiene fecha de inicio (DTSTART); se ha omitido.</translation>
    </message>
    <message>
        <source>its start date is not a real date; it was left out.</source>
        <translation>su fecha de inicio no es una fecha que exista; se ha omitido.</translation>
    </message>
    <message>
        <source>its end is not a real date; only its first day is taken.</source>
        <translation>su final no es una fecha que exista; solo se toma su primer día.</translation>
    </message>
    <message>
        <source>it lasts %1 days; an event longer than a year is not a day off and was left out.</source>
        <translation>dura %1 días; un evento de más de un año no es un día no laborable y se ha omitido.</translation>
    </message>
    <message>
        <source>its repeat rule (RRULE) cannot be read; only its first day is taken.</source>
        <translation>no se puede leer su regla de repetición (RRULE); solo se toma su primer día.</translation>
    </message>
    <message>
        <source>it repeats more often than daily; only its first day is taken.</source>
        <translation>se repite más de una vez al día; solo se toma su primer día.</translation>
    </message>
    <message>
        <source>its repeat rule (RRULE) cannot be followed; only its first day is taken.</source>
        <translation>no se puede aplicar su regla de repetición (RRULE); solo se toma su primer día.</translation>
    </message>
    <message>
        <source>an extra date (RDATE) is not a real date and was left out.</source>
        <translation>una fecha adicional (RDATE) no es una fecha que exista y se ha omitido.</translation>
    </message>
</context>
<context>
    <name>Cutover::ImportJob</name>
    <message>
        <source>Creating contacts</source>
        <translation>Creando contactos</translation>
    </message>
    <message>
        <source>Creating matters</source>
        <translation>Creando asuntos</translation>
    </message>
    <message>
        <source>Creating time entries</source>
        <translation>Creando entradas de tiempo</translation>
    </message>
    <message>
        <source>Creating expenses</source>
        <translation>Creando gastos</translation>
    </message>
    <message>
        <source>Carrying balances forward</source>
        <translation>Trasladando saldos</translation>
    </message>
    <message>
        <source>Creating notes</source>
        <translation>Creando notas</translation>
    </message>
    <message>
        <source>Creating the “Historical Data” folder</source>
        <translation>Creando la carpeta “Historical Data”</translation>
    </message>
    <message>
        <source>Uploading the close-out reports</source>
        <translation>Subiendo los informes de cierre</translation>
    </message>
    <message>
        <source>The close-out is not finished, so the import cannot start: %1</source>
        <translation>El cierre no está terminado, por lo que la importación no puede iniciarse: %1</translation>
    </message>
    <message numerus="yes">
        <source>A rollback of this target did not finish (%n record(s) still being deleted). Run the rollback again before importing.</source>
        <translation>
            <numerusform>Una reversión de este destino no terminó (%n registro pendiente de eliminar). Vuelva a ejecutar la reversión antes de importar.</numerusform>
            <numerusform>Una reversión de este destino no terminó (%n registros pendientes de eliminar). Vuelva a ejecutar la reversión antes de importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entry(s))</source>
        <translation>
            <numerusform>%1 (%n entrada)</numerusform>
            <numerusform>%1 (%n entradas)</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to the target was given.</source>
        <translation>No se proporcionó ninguna conexión con el destino.</translation>
    </message>
    <message>
        <source>The connection to the target could not be made.</source>
        <translation>No se pudo establecer la conexión con el destino.</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>Comprobando la conexión</translation>
    </message>
    <message>
        <source>The target answered without an id.</source>
        <translation>El destino respondió sin ID.</translation>
    </message>
    <message>
        <source>Could not check whether it was created before: %1</source>
        <translation>No se pudo comprobar si el registro ya se había creado: %1</translation>
    </message>
    <message>
        <source>Dry run: the CSV package would be written to %1.</source>
        <translation>Simulación: el paquete CSV se escribiría en %1.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>No se pudo crear la carpeta “%1”.</translation>
    </message>
    <message>
        <source>Writing the CSV package</source>
        <translation>Escribiendo el paquete CSV</translation>
    </message>
    <message>
        <source>The import ledger cannot be written: %1</source>
        <translation>No se puede escribir el libro de control de la importación: %1</translation>
    </message>
    <message numerus="yes">
        <source>CSV package written to %1: %n row(s).</source>
        <translation>
            <numerusform>Paquete CSV escrito en %1: %n fila.</numerusform>
            <numerusform>Paquete CSV escrito en %1: %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users cannot be created through Clio&apos;s API, so these users with time or expenses to import need a Clio user first (map them with the users step or cutover-cli users): %1</source>
        <translation>No se pueden crear usuarios a través de la API de Clio, por lo que estos usuarios con tiempo o gastos que importar necesitan primero un usuario de Clio (asócielos en la sección Usuarios del paso Importación o con cutover-cli users): %1</translation>
    </message>
    <message>
        <source>Writing the opening-balance worksheet</source>
        <translation>Escribiendo la hoja de trabajo de saldos iniciales</translation>
    </message>
    <message>
        <source>The import ledger cannot be written, so the import stopped: %1</source>
        <translation>No se puede escribir el libro de control de la importación, por lo que la importación se detuvo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the target</source>
        <translation>
            <numerusform>%n registro en el destino</numerusform>
            <numerusform>%n registros en el destino</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>The worksheet could not be written: %1</source>
        <translation>No se pudo escribir la hoja de trabajo: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; run it again to continue where it stopped.</source>
        <translation>Se canceló la importación; vuelva a ejecutarla para continuar donde se detuvo.</translation>
    </message>
    <message>
        <source>%1 is in the target, but whether it changed since cannot be checked: %2</source>
        <translation>%1 está en el destino, pero no se puede comprobar si cambió desde entonces: %2</translation>
    </message>
    <message>
        <source>%1 changed in the old system after it was imported; %2 cannot update %3 through its API — change it by hand.</source>
        <translation>%1 cambió en el sistema antiguo después de importarse; %2 no puede actualizar %3 mediante su API: cámbielo a mano.</translation>
    </message>
    <message>
        <source>Changed in the old system after it was imported, but the update was refused: %1</source>
        <translation>Cambió en el sistema antiguo después de importarse, pero la actualización fue rechazada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1, about %2; %3.</source>
        <translation>Simulación: %1, aproximadamente %2; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln solicitud</numerusform>
            <numerusform>%Ln solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 minute(s)</source>
        <translation>
            <numerusform>%1 minuto</numerusform>
            <numerusform>%1 minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problema</numerusform>
            <numerusform>%Ln problemas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ImportMap</name>
    <message>
        <source>The import map has an unknown key %1.</source>
        <translation>El mapa de importación tiene una clave desconocida: %1.</translation>
    </message>
    <message>
        <source>The import map has an unknown key %1 in %2.</source>
        <translation>El mapa de importación tiene una clave desconocida, %1, en %2.</translation>
    </message>
    <message>
        <source>The import map has no %1.</source>
        <translation>Al mapa de importación le falta %1.</translation>
    </message>
    <message>
        <source>In the import map, %1 must be text.</source>
        <translation>En el mapa de importación, %1 debe ser texto.</translation>
    </message>
    <message>
        <source>In the import map, %1 must be a list of texts.</source>
        <translation>En el mapa de importación, %1 debe ser una lista de textos.</translation>
    </message>
    <message>
        <source>In the import map, %1 must be true or false.</source>
        <translation>En el mapa de importación, %1 debe ser true o false.</translation>
    </message>
    <message>
        <source>In the import map, %1 must be an object.</source>
        <translation>En el mapa de importación, %1 debe ser un objeto.</translation>
    </message>
    <message>
        <source>In the import map, %1 must be one character that is not a letter or a digit.</source>
        <translation>En el mapa de importación, %1 debe ser un único carácter que no sea una letra ni un dígito.</translation>
    </message>
    <message>
        <source>In the import map, %1 is not a date format such as M/d/yyyy, d/M/yyyy, yyyy-MM-dd or auto.</source>
        <translation>En el mapa de importación, %1 no es un formato de fecha como M/d/yyyy, d/M/yyyy, yyyy-MM-dd o auto.</translation>
    </message>
    <message>
        <source>In the import map, %1 needs a column and a list of values.</source>
        <translation>En el mapa de importación, %1 necesita una columna y una lista de valores.</translation>
    </message>
    <message>
        <source>In the import map, %1 and %2 must differ.</source>
        <translation>En el mapa de importación, %1 y %2 deben ser distintos.</translation>
    </message>
    <message>
        <source>In the import map, %1 must name the columns of a file without a header row.</source>
        <translation>En el mapa de importación, %1 debe indicar los nombres de las columnas de un archivo sin fila de encabezado.</translation>
    </message>
    <message>
        <source>In the import map, %1 is not a field of %2.</source>
        <translation>En el mapa de importación, %1 no es un campo de %2.</translation>
    </message>
    <message>
        <source>In the import map, %1 has both “column” and “columns”; give one.</source>
        <translation>En el mapa de importación, %1 tiene a la vez “column” y “columns”; indique solo uno.</translation>
    </message>
    <message>
        <source>In the import map, %1 names an empty column.</source>
        <translation>En el mapa de importación, %1 indica una columna vacía.</translation>
    </message>
    <message>
        <source>In the import map, %1 needs a “column”, “columns” or a “default”.</source>
        <translation>En el mapa de importación, %1 necesita “column”, “columns” o “default”.</translation>
    </message>
    <message>
        <source>In the import map, %1 has a “fallback” but no “columns”.</source>
        <translation>En el mapa de importación, %1 tiene “fallback” pero no “columns”.</translation>
    </message>
    <message>
        <source>In the import map, %1 is only for dates.</source>
        <translation>En el mapa de importación, %1 solo se aplica a fechas.</translation>
    </message>
    <message>
        <source>In the import map, %1 is only for durations.</source>
        <translation>En el mapa de importación, %1 solo se aplica a duraciones.</translation>
    </message>
    <message>
        <source>In the import map, %1 must be auto, hours, hmm, hms, minutes or seconds, not %2.</source>
        <translation>En el mapa de importación, %1 debe ser auto, hours, hmm, hms, minutes o seconds, no %2.</translation>
    </message>
    <message>
        <source>In the import map, %1 needs both “split” and “part”.</source>
        <translation>En el mapa de importación, %1 necesita tanto “split” como “part”.</translation>
    </message>
    <message>
        <source>In the import map, %1 must be “last, first” or “first last”, not %2.</source>
        <translation>En el mapa de importación, %1 debe ser “last, first” o “first last”, no %2.</translation>
    </message>
    <message>
        <source>In the import map, %1 must be “first” or “last”, not %2.</source>
        <translation>En el mapa de importación, %1 debe ser “first” o “last”, no %2.</translation>
    </message>
    <message>
        <source>In the import map, %1 is only for yes-or-no fields.</source>
        <translation>En el mapa de importación, %1 solo se aplica a campos de sí o no.</translation>
    </message>
    <message>
        <source>The import map’s %1 is %2; this version of Cutover reads %3.</source>
        <translation>En el mapa de importación, %1 es %2; esta versión de Cutover lee %3.</translation>
    </message>
    <message>
        <source>The import map’s %1 must be letters, digits, “-”, “_” or “.”, not %2.</source>
        <translation>En el mapa de importación, %1 solo puede contener letras, dígitos, “-”, “_” o “.”, no %2.</translation>
    </message>
    <message>
        <source>The import map’s %1 is %2, which is not a kind of data Cutover knows.</source>
        <translation>En el mapa de importación, %1 es %2, que no es un tipo de datos que Cutover conozca.</translation>
    </message>
    <message>
        <source>The import map %1 cannot be read: %2</source>
        <translation>No se puede leer el mapa de importación %1: %2</translation>
    </message>
    <message>
        <source>The import map %1 is not valid JSON (at character %2: %3).</source>
        <translation>El mapa de importación %1 no es un JSON válido (en el carácter %2: %3).</translation>
    </message>
    <message>
        <source>The import map %1 is not a JSON object.</source>
        <translation>El mapa de importación %1 no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The import map %1 cannot be written: %2</source>
        <translation>No se puede escribir el mapa de importación %1: %2</translation>
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
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Close-out complete.&lt;/b&gt; The checklist is done and every approval is recorded.</source>
        <translation>&lt;b&gt;Cierre completado.&lt;/b&gt; La lista de comprobación está terminada y todas las aprobaciones están registradas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Close-out overridden&lt;/b&gt; by %1 on %2: “%3”. Still open:</source>
        <translation>&lt;b&gt;Excepción al cierre&lt;/b&gt; aplicada por %1 el %2: “%3”. Sigue pendiente:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import cannot start yet.&lt;/b&gt; Finish the close-out first (or override it there with a reason):</source>
        <translation>&lt;b&gt;Todavía no se puede iniciar la importación.&lt;/b&gt; Termine primero el cierre (o haga allí una excepción indicando el motivo):</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(sin asociar)</translation>
    </message>
    <message>
        <source>User mapping</source>
        <translation>Asociación de usuarios</translation>
    </message>
    <message>
        <source>Test the connection to see the new system&apos;s users.</source>
        <translation>Pruebe la conexión para ver los usuarios del nuevo sistema.</translation>
    </message>
    <message>
        <source>Su&amp;ggest again</source>
        <translation>Su&amp;gerir de nuevo</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>Si&amp;mulación</translation>
    </message>
    <message>
        <source>Start &amp;import</source>
        <translation>Iniciar &amp;importación</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;Roll back import…</source>
        <translation>Re&amp;vertir importación…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>A dry run or an import shows its records here.</source>
        <translation>Una simulación o una importación muestra aquí sus registros.</translation>
    </message>
    <message>
        <source>Failed records</source>
        <translation>Registros fallidos</translation>
    </message>
    <message>
        <source>Records the new system refused are listed here.</source>
        <translation>Aquí se enumeran los registros que rechazó el nuevo sistema.</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Reintentar &amp;fallidos</translation>
    </message>
    <message>
        <source>The close-out is not finished (see above).</source>
        <translation>El cierre no está terminado (vea más arriba).</translation>
    </message>
    <message>
        <source>Reading the users…</source>
        <translation>Leyendo los usuarios…</translation>
    </message>
    <message>
        <source>No user has entries to import.</source>
        <translation>Ningún usuario tiene entradas que importar.</translation>
    </message>
    <message>
        <source>Every user with entries has a user in the new system.</source>
        <translation>Todos los usuarios con entradas tienen un usuario correspondiente en el nuevo sistema.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a user in the new system: %1. Their entries cannot be imported until one is chosen (users cannot be created through the API: add them in the new system first).</source>
        <translation>
            <numerusform>%n usuario sin usuario correspondiente en el nuevo sistema: %1. Sus entradas no se pueden importar hasta que se elija uno (no se pueden crear usuarios a través de la API: añádalos primero en el nuevo sistema).</numerusform>
            <numerusform>%n usuarios sin usuario correspondiente en el nuevo sistema: %1. Sus entradas no se pueden importar hasta que se elija uno (no se pueden crear usuarios a través de la API: añádalos primero en el nuevo sistema).</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: requests already sent finish; nothing new is sent until you resume.</source>
        <translation>En pausa: las solicitudes ya enviadas terminan; no se envía nada nuevo hasta que reanude.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to the new system</source>
        <translation>
            <numerusform>%n solicitud al nuevo sistema</numerusform>
            <numerusform>%n solicitudes al nuevo sistema</numerusform>
        </translation>
    </message>
    <message>
        <source>, about %1</source>
        <translation>, aproximadamente %1</translation>
    </message>
    <message numerus="yes">
        <source> at its limit of %n request(s) a minute</source>
        <translation>
            <numerusform> al ritmo máximo de %n solicitud por minuto</numerusform>
            <numerusform> al ritmo máximo de %n solicitudes por minuto</numerusform>
        </translation>
    </message>
    <message>
        <source>Users without a user in the new system: %1</source>
        <translation>Usuarios sin usuario correspondiente en el nuevo sistema: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The review window closes on %1; after that the import can no longer be rolled back.</source>
        <translation>El periodo de revisión termina el %1; después ya no se podrá revertir la importación.</translation>
    </message>
    <message>
        <source>Roll back the import</source>
        <translation>Revertir la importación</translation>
    </message>
    <message>
        <source>Delete everything this import created in %1?</source>
        <translation>¿Eliminar todo lo que esta importación creó en %1?</translation>
    </message>
    <message>
        <source>These records will be deleted from the new system:</source>
        <translation>Estos registros se eliminarán del nuevo sistema:</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Eliminarlos</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>Pr&amp;ogress</source>
        <translation>Pr&amp;ogreso</translation>
    </message>
    <message>
        <source>Fai&amp;led records</source>
        <translation>Registros fa&amp;llidos</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>Re&amp;anudar</translation>
    </message>
    <message>
        <source>Fai&amp;led records (%L1)</source>
        <translation>Registros fa&amp;llidos (%L1)</translation>
    </message>
    <message>
        <source>Go to Close out</source>
        <translation>Ir al paso Cierre</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
</context>
<context>
    <name>Cutover::ImportPlan</name>
    <message>
        <source>The import cannot read %1: %2</source>
        <translation>La importación no puede leer %1: %2</translation>
    </message>
    <message>
        <source>The project file cannot be read: %1</source>
        <translation>No se puede leer el archivo del proyecto: %1</translation>
    </message>
    <message>
        <source>Nothing has been loaded into this project yet: load the final export first.</source>
        <translation>Todavía no se ha cargado nada en este proyecto: cargue primero la exportación final.</translation>
    </message>
    <message>
        <source>No final export has been loaded: this imports snapshot %1 (a %2 export) as a trial run. Load the final export before the real import.</source>
        <translation>No se ha cargado ninguna exportación final: se importa la instantánea %1 (una exportación de tipo %2) como prueba. Cargue la exportación final antes de la importación real.</translation>
    </message>
    <message numerus="yes">
        <source>%n re-export(s) after the final export add the rows marked for import.</source>
        <translation>
            <numerusform>%n reexportación posterior a la exportación final añade las filas marcadas para importar.</numerusform>
            <numerusform>%n reexportaciones posteriores a la exportación final añaden las filas marcadas para importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Client %1: %2</source>
        <translation>Cliente %1: %2</translation>
    </message>
    <message>
        <source>Client number “%1” is the one the import keeps for the firm&apos;s own contact; renumber this client in the export.</source>
        <translation>El número de cliente “%1” es el que la importación reserva para el propio contacto del despacho; cambie el número de este cliente en la exportación.</translation>
    </message>
    <message>
        <source>Matter %1: %2</source>
        <translation>Asunto %1: %2</translation>
    </message>
    <message>
        <source>Matter %1 has no client; Clio needs one for every matter.</source>
        <translation>El asunto %1 no tiene cliente; Clio exige uno para cada asunto.</translation>
    </message>
    <message>
        <source>Matter %1 belongs to client %2, who is not in the export.</source>
        <translation>El asunto %1 pertenece al cliente %2, que no figura en la exportación.</translation>
    </message>
    <message>
        <source>Matter number “%1” is the one the import keeps for the firm&apos;s own matter; renumber this matter in the export.</source>
        <translation>El número de asunto “%1” es el que la importación reserva para el asunto propio del despacho; cambie el número de este asunto en la exportación.</translation>
    </message>
    <message>
        <source>Time entry %1: %2</source>
        <translation>Entrada de tiempo %1: %2</translation>
    </message>
    <message>
        <source>Expense %1: %2</source>
        <translation>Gasto %1: %2</translation>
    </message>
    <message>
        <source>Billed: billed history stays in the old system&apos;s reports.</source>
        <translation>Facturado: el historial facturado permanece en los informes del sistema antiguo.</translation>
    </message>
    <message>
        <source>Time entry %1 has no matter; Clio keeps time on matters.</source>
        <translation>La entrada de tiempo %1 no tiene asunto; Clio registra el tiempo en los asuntos.</translation>
    </message>
    <message>
        <source>Expense %1 has no matter; Clio keeps expenses on matters.</source>
        <translation>El gasto %1 no tiene asunto; Clio registra los gastos en los asuntos.</translation>
    </message>
    <message>
        <source>Time entry %1 is on matter %2, which is not in the export.</source>
        <translation>La entrada de tiempo %1 corresponde al asunto %2, que no figura en la exportación.</translation>
    </message>
    <message>
        <source>Expense %1 is on matter %2, which is not in the export.</source>
        <translation>El gasto %1 corresponde al asunto %2, que no figura en la exportación.</translation>
    </message>
    <message>
        <source>Time entry %1 has no user.</source>
        <translation>La entrada de tiempo %1 no tiene usuario.</translation>
    </message>
    <message>
        <source>Expense %1 has no user.</source>
        <translation>El gasto %1 no tiene usuario.</translation>
    </message>
    <message>
        <source>Note %1: %2</source>
        <translation>Nota %1: %2</translation>
    </message>
    <message>
        <source>Note %1 is on matter %2, which is not in the export.</source>
        <translation>La nota %1 corresponde al asunto %2, que no figura en la exportación.</translation>
    </message>
    <message>
        <source>Note %1 is on client %2, who is not in the export.</source>
        <translation>La nota %1 corresponde al cliente %2, que no figura en la exportación.</translation>
    </message>
    <message>
        <source>Note %1 belongs to no matter and no client.</source>
        <translation>La nota %1 no pertenece a ningún asunto ni a ningún cliente.</translation>
    </message>
    <message>
        <source>%1 has %2 receivable outside any matter; Clio keeps balances forward on matters, so enter it by hand (it is on the worksheet).</source>
        <translation>%1 tiene %2 por cobrar fuera de cualquier asunto; Clio registra los saldos trasladados en los asuntos, así que introdúzcalo manualmente (figura en la hoja de trabajo).</translation>
    </message>
    <message>
        <source>Matter %1 has %2 receivable but is not in the export.</source>
        <translation>El asunto %1 tiene %2 por cobrar, pero no figura en la exportación.</translation>
    </message>
    <message>
        <source>Historical data from %1</source>
        <translation>Datos históricos de %1</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>el cliente %1</translation>
    </message>
    <message>
        <source>matter %1</source>
        <translation>el asunto %1</translation>
    </message>
    <message>
        <source>time entry %1</source>
        <translation>la entrada de tiempo %1</translation>
    </message>
    <message>
        <source>expense %1</source>
        <translation>el gasto %1</translation>
    </message>
    <message>
        <source>the balance carried forward of matter %1</source>
        <translation>el saldo trasladado del asunto %1</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>la nota %1</translation>
    </message>
    <message>
        <source>the folder “Historical Data”</source>
        <translation>la carpeta “Historical Data”</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>el informe %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>el usuario %1</translation>
    </message>
    <message>
        <source>%1 depends on %2, which was not created.</source>
        <translation>%1 depende de un elemento que no se creó: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read from the project file: %2</source>
        <translation>%1 no se puede leer del archivo del proyecto: %2</translation>
    </message>
    <message>
        <source>Client %1 has neither a name nor a company.</source>
        <translation>El cliente %1 no tiene ni nombre ni empresa.</translation>
    </message>
    <message>
        <source>%1 is by %2, who is not mapped to a user in the target.</source>
        <translation>%1 es de %2, que no está asociado a ningún usuario del destino.</translation>
    </message>
    <message>
        <source>%1 has no date.</source>
        <translation>%1 no tiene fecha.</translation>
    </message>
    <message>
        <source>%1 has no amount.</source>
        <translation>%1 no tiene importe.</translation>
    </message>
    <message>
        <source>Balance carried forward from %1</source>
        <translation>Saldo trasladado de %1</translation>
    </message>
    <message>
        <source>Note %1 has neither a subject nor a text.</source>
        <translation>La nota %1 no tiene ni título ni texto.</translation>
    </message>
    <message>
        <source>The report “%1” cannot be read from the project file: %2</source>
        <translation>No se puede leer el informe “%1” del archivo del proyecto: %2</translation>
    </message>
    <message>
        <source>The report “%1” in the project file is incomplete.</source>
        <translation>El informe “%1” del archivo del proyecto está incompleto.</translation>
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
        <translation>completado</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previstos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
</context>
<context>
    <name>Cutover::ImportWorksheet</name>
    <message>
        <source>Nothing has been loaded into this project yet.</source>
        <translation>Todavía no se ha cargado nada en este proyecto.</translation>
    </message>
    <message>
        <source>The worksheet cannot read the project file: %1</source>
        <translation>La hoja de trabajo no puede leer el archivo del proyecto: %1</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(sin cliente)</translation>
    </message>
    <message>
        <source>no cutoff set</source>
        <translation>sin fecha de corte establecida</translation>
    </message>
    <message>
        <source>Opening balances of %1 at the cutoff (%2): trust %3, receivable %4. Enter the trust balances in Clio by hand; the receivables were imported as balance-forward entries.</source>
        <translation>Saldos iniciales de %1 en la fecha de corte (%2): fideicomiso %3, por cobrar %4. Introduzca manualmente los saldos fiduciarios en Clio; las cuentas por cobrar se importaron como entradas de saldo trasladado.</translation>
    </message>
    <message>
        <source>the firm</source>
        <translation>el despacho</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Matter number</source>
        <translation>Número de asunto</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Opening trust balance</source>
        <translation>Saldo fiduciario inicial</translation>
    </message>
    <message>
        <source>Receivable carried forward</source>
        <translation>Cuentas por cobrar trasladadas</translation>
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
        <translation>No enviada</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En espera de envío</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Sent (entry %1)</source>
        <translation>Enviada (entrada %1)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fallida: %1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, fila %2</translation>
    </message>
    <message>
        <source>(the new system&apos;s rate)</source>
        <translation>(la tarifa del nuevo sistema)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
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
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Cutover::InterimLoadJob</name>
    <message>
        <source>%1: the date is empty.</source>
        <translation>%1: la fecha está vacía.</translation>
    </message>
    <message>
        <source>%1: %2 is not a date.</source>
        <translation>%1: %2 no es una fecha.</translation>
    </message>
    <message>
        <source>%1: %2 is before the cutoff day, %3; that time belongs in the old system.</source>
        <translation>%1: %2 es anterior al día de corte, %3; ese tiempo corresponde al sistema antiguo.</translation>
    </message>
    <message>
        <source>%1: no user is given.</source>
        <translation>%1: no se indica ningún usuario.</translation>
    </message>
    <message>
        <source>%1: %2 is not one of the firm&apos;s users.</source>
        <translation>%1: %2 no es un usuario del despacho.</translation>
    </message>
    <message>
        <source>%1: no matter is given.</source>
        <translation>%1: no se indica ningún asunto.</translation>
    </message>
    <message>
        <source>%1: %2 is not a matter of the migration.</source>
        <translation>%1: %2 no es un asunto de la migración.</translation>
    </message>
    <message>
        <source>%1: %2 is not the client of matter %3 (%4); the matter decides and the row was kept.</source>
        <translation>%1: %2 no es el cliente del asunto %3 (%4); prevalece el asunto y la fila se ha conservado.</translation>
    </message>
    <message>
        <source>%1: no hours are given.</source>
        <translation>%1: no se indican las horas.</translation>
    </message>
    <message>
        <source>%1: %2 is not a number of hours.</source>
        <translation>%1: %2 no es un número de horas.</translation>
    </message>
    <message>
        <source>%1: %2 is not more than 0 hours.</source>
        <translation>%1: %2 no es mayor que 0 horas.</translation>
    </message>
    <message>
        <source>%1: %2 is more than 24 hours.</source>
        <translation>%1: %2 supera las 24 horas.</translation>
    </message>
    <message>
        <source>%1: %2 has more than two decimals.</source>
        <translation>%1: %2 tiene más de dos decimales.</translation>
    </message>
    <message>
        <source>%1: %2 is not an amount.</source>
        <translation>%1: %2 no es un importe.</translation>
    </message>
    <message>
        <source>%1: %2 is negative.</source>
        <translation>%1: %2 es negativo.</translation>
    </message>
    <message>
        <source>%1: %2 is neither %3 nor %4.</source>
        <translation>%1: %2 no es ni %3 ni %4.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <source>The header row has no column %1: this is not a time-tracking template.</source>
        <translation>La fila de encabezado no tiene la columna %1: no es una plantilla de registro de tiempo.</translation>
    </message>
    <message>
        <source>Reading stopped here: %1 The rows before it were loaded.</source>
        <translation>La lectura se detuvo aquí: %1 Las filas anteriores se cargaron.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>%1 could not be stored: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>There is no interim entry %1.</source>
        <translation>No existe la entrada de transición %1.</translation>
    </message>
    <message>
        <source>The entry from %1, row %2 was already sent to the new system; it cannot be removed here.</source>
        <translation>La entrada de %1, fila %2, ya se envió al nuevo sistema; no se puede quitar aquí.</translation>
    </message>
    <message>
        <source>%1 read from %2: %3 added, %4 already loaded, %5 refused.</source>
        <translation>Lectura: %1 de %2; añadidas: %3, ya cargadas: %4, rechazadas: %5.</translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 fila</numerusform>
            <numerusform>%1 filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::IssueListModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Valor en el archivo</translation>
    </message>
</context>
<context>
    <name>Cutover::IssueSeverities</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Cutover::JobProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stops the job; nothing it did so far is kept.</source>
        <translation>Detiene la tarea; no se conserva nada de lo que haya hecho hasta ahora.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>transcurrido: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Cancelado; no se conservó nada.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 registro</numerusform>
            <numerusform>%1 registros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 registros/s</translation>
    </message>
    <message>
        <source>Cutover: done</source>
        <translation>Cutover: completado</translation>
    </message>
    <message>
        <source>Cutover: cancelled</source>
        <translation>Cutover: cancelado</translation>
    </message>
    <message>
        <source>Cutover: failed</source>
        <translation>Cutover: error</translation>
    </message>
</context>
<context>
    <name>Cutover::LedgerFailureModel</name>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Motivo del error</translation>
    </message>
</context>
<context>
    <name>Cutover::MapSuggester</name>
    <message>
        <source>Suggested map for %1</source>
        <translation>Mapa sugerido para %1</translation>
    </message>
    <message>
        <source>The columns could be %1 or %2; choose which.</source>
        <translation>Las columnas pueden ser de %1 o de %2; elija cuál.</translation>
    </message>
    <message>
        <source>The columns fit no known kind of data; choose what the file holds.</source>
        <translation>Las columnas no corresponden a ningún tipo de datos conocido; elija lo que contiene el archivo.</translation>
    </message>
</context>
<context>
    <name>Cutover::MappingModel</name>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>elegida</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>predeterminado (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Required: choose the column that holds it, or give a default.</source>
        <translation>Obligatorio: elija la columna que lo contiene o indique un valor predeterminado.</translation>
    </message>
    <message>
        <source>No column: Cutover derives a number from each row&apos;s contents.</source>
        <translation>Sin columna: Cutover obtiene un número a partir del contenido de cada fila.</translation>
    </message>
    <message>
        <source>Joined from %1</source>
        <translation>Unión de %1</translation>
    </message>
    <message>
        <source>Double-click or press F2 to choose the column.</source>
        <translation>Haga doble clic o pulse F2 para elegir la columna.</translation>
    </message>
    <message>
        <source>How sure Cutover is, from the header names, that this column holds the field.</source>
        <translation>Grado de seguridad, según los nombres de los encabezados, con el que Cutover considera que esta columna contiene el campo.</translation>
    </message>
    <message>
        <source>How dates are written in this column, e.g. M/d/yyyy or d/M/yyyy.</source>
        <translation>Cómo se escriben las fechas en esta columna; p. ej., M/d/yyyy o d/M/yyyy.</translation>
    </message>
    <message>
        <source>hours (1.25), hmm (1:15), hms (1:15:00), minutes, seconds, or auto.</source>
        <translation>hours (1.25), hmm (1:15), hms (1:15:00), minutes, seconds o auto.</translation>
    </message>
    <message>
        <source>Used when the cell is empty or the file has no such column.</source>
        <translation>Se usa cuando la celda está vacía o el archivo no tiene esa columna.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Format or unit</source>
        <translation>Formato o unidad</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Valor predeterminado</translation>
    </message>
</context>
<context>
    <name>Cutover::PlaceholderJobs</name>
    <message>
        <source>The project file cannot be read: %1</source>
        <translation>No se puede leer el archivo del proyecto: %1</translation>
    </message>
    <message>
        <source>The placeholder matter lives in Clio: a CSV package has none.</source>
        <translation>El asunto provisional está en Clio: un paquete CSV no tiene ninguno.</translation>
    </message>
    <message>
        <source>No connection to the target was given.</source>
        <translation>No se proporcionó ninguna conexión con el destino.</translation>
    </message>
    <message>
        <source>The connection to the target could not be made.</source>
        <translation>No se pudo establecer la conexión con el destino.</translation>
    </message>
    <message>
        <source>The placeholder matter cannot be recorded: %1</source>
        <translation>No se puede registrar el asunto provisional: %1</translation>
    </message>
    <message>
        <source>The target answered without an id.</source>
        <translation>El destino respondió sin ID.</translation>
    </message>
    <message>
        <source>Finding or creating the contact “%1”</source>
        <translation>Buscando o creando el contacto “%1”</translation>
    </message>
    <message>
        <source>Cancelled; run it again to finish the placeholder matter.</source>
        <translation>Cancelado; vuelva a ejecutarlo para terminar de crear el asunto provisional.</translation>
    </message>
    <message>
        <source>Finding or creating the matter “%1”</source>
        <translation>Buscando o creando el asunto “%1”</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>The placeholder matter %1 “%2” was created for “%3”; it is not billable.</source>
        <translation>Se creó el asunto provisional %1 “%2” para “%3”; no es facturable.</translation>
    </message>
    <message>
        <source>The placeholder matter %1 “%2” of “%3” was there already; nothing new was created.</source>
        <translation>El asunto provisional %1 “%2” de “%3” ya existía; no se creó nada nuevo.</translation>
    </message>
    <message>
        <source>The interim entry of %1 by %2 (%3, row %4)</source>
        <translation>La entrada de transición del %1 de %2 (%3, fila %4)</translation>
    </message>
    <message>
        <source>The interim entries cannot be read: %1</source>
        <translation>No se pueden leer las entradas de transición: %1</translation>
    </message>
    <message>
        <source>The import ledger cannot be written: %1</source>
        <translation>No se puede escribir el libro de control de la importación: %1</translation>
    </message>
    <message>
        <source>Uploading interim time</source>
        <translation>Subiendo el tiempo de transición</translation>
    </message>
    <message>
        <source>%1: the user %2 is not mapped to a user in the target (map them in the users step).</source>
        <translation>%1: el usuario %2 no está asociado con ningún usuario del destino (asócielo en la sección Usuarios del paso Importación).</translation>
    </message>
    <message>
        <source>%1: its matter %2 is not in the target yet and there is no placeholder matter to hold it; create the placeholder matter first.</source>
        <translation>%1: su asunto %2 todavía no está en el destino y no hay ningún asunto provisional que lo reciba; cree primero el asunto provisional.</translation>
    </message>
    <message>
        <source>[for %1] %2</source>
        <translation>[para %1] %2</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 fue rechazada: %2</translation>
    </message>
    <message>
        <source>the target answered without an id</source>
        <translation>el destino respondió sin ID</translation>
    </message>
    <message>
        <source>%1: could not check whether it was sent before: %2</source>
        <translation>%1: no se pudo comprobar si ya se había enviado: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n interim entry(s) sent to their matters</source>
        <translation>
            <numerusform>%n entrada de transición enviada a su asunto</numerusform>
            <numerusform>%n entradas de transición enviadas a sus asuntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to the placeholder matter</source>
        <translation>
            <numerusform>%n al asunto provisional</numerusform>
            <numerusform>%n al asunto provisional</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent before</source>
        <translation>
            <numerusform>%n enviada anteriormente</numerusform>
            <numerusform>%n enviadas anteriormente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>The import ledger cannot be written, so the upload stopped: %1</source>
        <translation>No se puede escribir el libro de control de la importación, por lo que el envío se detuvo: %1</translation>
    </message>
    <message>
        <source>The upload was cancelled; run it again to continue where it stopped.</source>
        <translation>Se canceló el envío; vuelva a ejecutarlo para continuar donde se detuvo.</translation>
    </message>
    <message>
        <source>There is no placeholder matter in this target yet, so there is nothing to reassign.</source>
        <translation>Todavía no hay ningún asunto provisional en este destino, por lo que no hay nada que reasignar.</translation>
    </message>
    <message>
        <source>The listing was cancelled; nothing was changed.</source>
        <translation>Se canceló la búsqueda; no se cambió nada.</translation>
    </message>
    <message>
        <source>Reading the target&apos;s users</source>
        <translation>Leyendo los usuarios del destino</translation>
    </message>
    <message>
        <source>Reading the entries on the placeholder matter</source>
        <translation>Leyendo las entradas del asunto provisional</translation>
    </message>
    <message>
        <source>Reading the target&apos;s matters</source>
        <translation>Leyendo los asuntos del destino</translation>
    </message>
    <message>
        <source>The entries to reassign cannot be saved: %1</source>
        <translation>No se pueden guardar las entradas que se van a reasignar: %1</translation>
    </message>
    <message>
        <source>Billed in the target: a billed entry cannot be moved.</source>
        <translation>Facturada en el destino: una entrada facturada no se puede trasladar.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) on the placeholder matter</source>
        <translation>
            <numerusform>%n entrada en el asunto provisional</numerusform>
            <numerusform>%n entradas en el asunto provisional</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a suggestion</source>
        <translation>
            <numerusform>%n con sugerencia</numerusform>
            <numerusform>%n con sugerencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matter(s) to choose from</source>
        <translation>
            <numerusform>%n asunto para elegir</numerusform>
            <numerusform>%n asuntos para elegir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) listed before are no longer on it.</source>
        <translation>
            <numerusform>%n entrada listada anteriormente ya no está en él.</numerusform>
            <numerusform>%n entradas listadas anteriormente ya no están en él.</numerusform>
        </translation>
    </message>
    <message>
        <source>The entries to move cannot be read: %1</source>
        <translation>No se pueden leer las entradas que se van a trasladar: %1</translation>
    </message>
    <message>
        <source>Entry %1 (to %2)</source>
        <translation>Entrada %1 (a %2)</translation>
    </message>
    <message>
        <source>%1: %2 answered, but the entry is on matter %3.</source>
        <translation>%1: %2 respondió, pero la entrada está en el asunto %3.</translation>
    </message>
    <message>
        <source>%1 refused to move it: %2</source>
        <translation>%1 se negó a trasladarla: %2</translation>
    </message>
    <message>
        <source>%1 no longer has this entry.</source>
        <translation>%1 ya no tiene esta entrada.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Moving entries to their matters</source>
        <translation>Trasladando las entradas a sus asuntos</translation>
    </message>
    <message>
        <source>%1: could not check whether it was moved before: %2</source>
        <translation>%1: no se pudo comprobar si ya se había trasladado: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) moved</source>
        <translation>
            <numerusform>%n entrada trasladada</numerusform>
            <numerusform>%n entradas trasladadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the target</source>
        <translation>
            <numerusform>%n rechazada por el destino</numerusform>
            <numerusform>%n rechazadas por el destino</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (tried again next time)</source>
        <translation>
            <numerusform>%n fallida (se reintentará la próxima vez)</numerusform>
            <numerusform>%n fallidas (se reintentarán la próxima vez)</numerusform>
        </translation>
    </message>
    <message>
        <source>The project file cannot be written, so the moves stopped: %1</source>
        <translation>No se puede escribir el archivo del proyecto, por lo que los traslados se detuvieron: %1</translation>
    </message>
    <message>
        <source>The moves were cancelled; run them again to continue where they stopped.</source>
        <translation>Se cancelaron los traslados; vuelva a ejecutarlos para continuar donde se detuvieron.</translation>
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
    <message>
        <source>Matter to move the entry to</source>
        <translation>Asunto al que trasladar la entrada</translation>
    </message>
    <message>
        <source>Placeholder matter</source>
        <translation>Asunto provisional</translation>
    </message>
    <message>
        <source>Client of the placeholder matter</source>
        <translation>Cliente del asunto provisional</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>Cl&amp;iente:</translation>
    </message>
    <message>
        <source>Description of the placeholder matter</source>
        <translation>Descripción del asunto provisional</translation>
    </message>
    <message>
        <source>Create &amp;placeholder</source>
        <translation>Crear asunto &amp;provisional</translation>
    </message>
    <message>
        <source>Creates the client and a non-billable matter in the new system; running it again finds them instead of creating them twice.</source>
        <translation>Crea el cliente y un asunto no facturable en el nuevo sistema; si se vuelve a ejecutar, los encuentra en lugar de crearlos de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>A CSV import package has no placeholder matter: nothing can be sent to it before the import. Track the time in the templates (section 2) and load them (section 3); choose a Clio target to create the placeholder matter.</source>
        <translation>Un paquete de importación CSV no tiene asunto provisional: no se le puede enviar nada antes de la importación. Registre el tiempo en las plantillas (sección 2) y cárguelas (sección 3); elija un destino de Clio para crear el asunto provisional.</translation>
    </message>
    <message>
        <source>&amp;1 Target and placeholder</source>
        <translation>&amp;1 Destino y asunto provisional</translation>
    </message>
    <message>
        <source>Spreadsheets to track time in until the new system is ready: drop-down lists of the firm&apos;s users and of the clients and matters from the final snapshot, a date, hours, rate, description and billable. Fill them in, then load them in section 3.</source>
        <translation>Hojas de cálculo en las que registrar el tiempo hasta que el nuevo sistema esté listo: listas desplegables de los usuarios del despacho y de los clientes y asuntos de la instantánea final, fecha, horas, tarifa, descripción y si es facturable. Rellénelas y luego cárguelas en la sección 3.</translation>
    </message>
    <message>
        <source>Folder for the templates</source>
        <translation>Carpeta de las plantillas</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Output fol&amp;der:</source>
        <translation>Carpeta de sali&amp;da:</translation>
    </message>
    <message>
        <source>&amp;XLSX workbook (with drop-down lists)</source>
        <translation>Libro &amp;XLSX (con listas desplegables)</translation>
    </message>
    <message>
        <source>CS&amp;V file</source>
        <translation>Archivo CS&amp;V</translation>
    </message>
    <message>
        <source>&amp;One per user</source>
        <translation>&amp;Uno por usuario</translation>
    </message>
    <message>
        <source>A file for each user, with the user filled in.</source>
        <translation>Un archivo para cada usuario, con el usuario ya indicado.</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formatos:</translation>
    </message>
    <message>
        <source>&amp;Write templates</source>
        <translation>&amp;Generar plantillas</translation>
    </message>
    <message>
        <source>O&amp;pen folder</source>
        <translation>Abrir car&amp;peta</translation>
    </message>
    <message>
        <source>Templates written</source>
        <translation>Plantillas generadas</translation>
    </message>
    <message>
        <source>&amp;2 Templates</source>
        <translation>&amp;2 Plantillas</translation>
    </message>
    <message>
        <source>&amp;Load filled templates…</source>
        <translation>Car&amp;gar plantillas rellenadas…</translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation>&amp;Quitar entrada</translation>
    </message>
    <message>
        <source>Removes an entry not sent yet, e.g. a wrong row you will load again corrected.</source>
        <translation>Quita una entrada que aún no se ha enviado; p. ej., una fila incorrecta que volverá a cargar corregida.</translation>
    </message>
    <message>
        <source>&amp;Upload to the new system</source>
        <translation>Enviar al &amp;nuevo sistema</translation>
    </message>
    <message>
        <source>Each entry goes to its matter when that matter was imported, otherwise to the placeholder matter (not billable there until it is moved).</source>
        <translation>Cada entrada va a su asunto si ese asunto ya se importó; de lo contrario, va al asunto provisional (donde no es facturable hasta que se traslade).</translation>
    </message>
    <message>
        <source>Interim entries</source>
        <translation>Entradas de transición</translation>
    </message>
    <message>
        <source>Entries loaded from filled templates are listed here.</source>
        <translation>Aquí se enumeran las entradas cargadas desde las plantillas rellenadas.</translation>
    </message>
    <message>
        <source>Rows refused</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>Rows and cells that could not be loaded are listed here, by file, row and column.</source>
        <translation>Aquí se enumeran las filas y celdas que no se pudieron cargar, por archivo, fila y columna.</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Entradas</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>&amp;Incidencias</translation>
    </message>
    <message>
        <source>&amp;3 Interim time</source>
        <translation>&amp;3 Tiempo de transición</translation>
    </message>
    <message>
        <source>Fin&amp;d entries on the placeholder</source>
        <translation>&amp;Buscar entradas en el asunto provisional</translation>
    </message>
    <message>
        <source>Reads every entry on the placeholder matter from the new system and suggests the real matter for each. Decisions already made are kept.</source>
        <translation>Lee del nuevo sistema todas las entradas del asunto provisional y sugiere el asunto real de cada una. Se conservan las decisiones ya tomadas.</translation>
    </message>
    <message>
        <source>Mo&amp;ve accepted entries</source>
        <translation>&amp;Trasladar entradas aceptadas</translation>
    </message>
    <message>
        <source>Moves every entry marked Move to its matter, one at a time; an interrupted move resumes without moving an entry twice.</source>
        <translation>Traslada a su asunto cada entrada marcada como Trasladar, de una en una; un traslado interrumpido se reanuda sin trasladar ninguna entrada dos veces.</translation>
    </message>
    <message>
        <source>Chec&amp;k all</source>
        <translation>&amp;Marcar todas</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Ace&amp;ptar</translation>
    </message>
    <message>
        <source>Move the checked entries (or the selected ones) to the matter shown in Move to.</source>
        <translation>Traslada las entradas marcadas (o las seleccionadas) al asunto que aparece en Trasladar a.</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Leave the checked entries (or the selected ones) on the placeholder.</source>
        <translation>Deja las entradas marcadas (o las seleccionadas) en el asunto provisional.</translation>
    </message>
    <message>
        <source>Change &amp;matter…</source>
        <translation>Cambiar asu&amp;nto…</translation>
    </message>
    <message>
        <source>Accept all at &amp;least</source>
        <translation>Aceptar todas con a&amp;l menos</translation>
    </message>
    <message>
        <source>Accepts every undecided entry whose suggestion is at least this sure.</source>
        <translation>Acepta todas las entradas sin decidir cuya sugerencia tenga al menos esta confianza.</translation>
    </message>
    <message>
        <source>Lowest confidence to accept</source>
        <translation>Confianza mínima para aceptar</translation>
    </message>
    <message>
        <source>Only &amp;refused and failed</source>
        <translation>Solo &amp;rechazadas y fallidas</translation>
    </message>
    <message>
        <source>Entries on the placeholder</source>
        <translation>Entradas del asunto provisional</translation>
    </message>
    <message>
        <source>Find the entries on the placeholder to see them here with a suggested matter.</source>
        <translation>Busque las entradas del asunto provisional para verlas aquí con un asunto sugerido.</translation>
    </message>
    <message>
        <source>&amp;4 Reassign</source>
        <translation>&amp;4 Reasignación</translation>
    </message>
    <message>
        <source>Folder for the time-tracking templates</source>
        <translation>Carpeta de las plantillas de registro de tiempo</translation>
    </message>
    <message>
        <source>Time-tracking templates</source>
        <translation>Plantillas de registro de tiempo</translation>
    </message>
    <message>
        <source>Created: matter %1 “%2” of %3, on %4 by %5. Entries on it are not billable until moved.</source>
        <translation>Creado: asunto %1 “%2” de %3, el %4 por %5. Las entradas que contiene no son facturables hasta que se trasladan.</translation>
    </message>
    <message>
        <source>Not created yet in %1. The names can be changed until it is created.</source>
        <translation>Todavía no se ha creado en %1. Los nombres se pueden cambiar hasta que se cree.</translation>
    </message>
    <message>
        <source>&amp;Entries (%L1)</source>
        <translation>&amp;Entradas (%L1)</translation>
    </message>
    <message>
        <source>&amp;Issues (%L1)</source>
        <translation>&amp;Incidencias (%L1)</translation>
    </message>
    <message>
        <source>Entries are reassigned on a Clio target; a CSV import package has no placeholder matter.</source>
        <translation>Las entradas se reasignan en un destino de Clio; un paquete de importación CSV no tiene asunto provisional.</translation>
    </message>
    <message>
        <source>Create the placeholder matter first (section 1).</source>
        <translation>Cree primero el asunto provisional (sección 1).</translation>
    </message>
    <message>
        <source>Entries on %1 “%2”: find them, check the suggested matters, accept, change or skip them, then move the accepted ones.</source>
        <translation>Entradas de %1 “%2”: búsquelas, revise los asuntos sugeridos, acéptelas, cámbielas u omítalas y luego traslade las aceptadas.</translation>
    </message>
    <message>
        <source>%L1 to move, %L2 skipped, %L3 undecided; %L4 moved, %L5 refused, %L6 failed.</source>
        <translation>Por trasladar: %L1, omitidas: %L2, sin decidir: %L3; trasladadas: %L4, rechazadas: %L5, fallidas: %L6.</translation>
    </message>
    <message>
        <source>The placeholder matter exists.</source>
        <translation>El asunto provisional ya existe.</translation>
    </message>
    <message>
        <source>Connect to the new system first (Test connection).</source>
        <translation>Conéctese primero al nuevo sistema (Probar conexión).</translation>
    </message>
    <message>
        <source>Connect to the new system first (section 1).</source>
        <translation>Conéctese primero al nuevo sistema (sección 1).</translation>
    </message>
    <message>
        <source>Sent %1 to their matters and %2 to the placeholder; %3 sent before; %4 failed.</source>
        <translation>Enviadas a sus asuntos: %1; al asunto provisional: %2; enviadas anteriormente: %3; fallidas: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies) found on the placeholder.</source>
        <translation>
            <numerusform>%n entrada encontrada en el asunto provisional.</numerusform>
            <numerusform>%n entradas encontradas en el asunto provisional.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved %1 (%2 found moved already); %3 refused by the new system; %4 failed and will be tried again on the next run.</source>
        <translation>Trasladadas: %1 (%2 ya lo estaban); rechazadas por el nuevo sistema: %3; fallidas: %4, que se reintentarán en la próxima ejecución.</translation>
    </message>
    <message>
        <source>Writing the templates…</source>
        <translation>Generando las plantillas…</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>No template was written.</source>
        <translation>No se generó ninguna plantilla.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written. Share them with the firm; load them back when filled (section 3).</source>
        <translation>
            <numerusform>%n archivo generado. Compártalo con el despacho; vuelva a cargarlo cuando esté rellenado (sección 3).</numerusform>
            <numerusform>%n archivos generados. Compártalos con el despacho; vuelva a cargarlos cuando estén rellenados (sección 3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Load filled time-tracking templates</source>
        <translation>Cargar plantillas de registro de tiempo rellenadas</translation>
    </message>
    <message>
        <source>Templates (*.xlsx *.csv);;All files (*)</source>
        <translation>Plantillas (*.xlsx *.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies) not changed: moved already, being moved, or billed.</source>
        <translation>
            <numerusform>%n entrada no modificada: ya trasladada, en traslado o facturada.</numerusform>
            <numerusform>%n entradas no modificadas: ya trasladadas, en traslado o facturadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change matter</source>
        <translation>Cambiar asunto</translation>
    </message>
    <message numerus="yes">
        <source>Move %n entr(y/ies) to:</source>
        <translation>
            <numerusform>Trasladar %n entrada a:</numerusform>
            <numerusform>Trasladar %n entradas a:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies) accepted at %1 or more.</source>
        <translation>
            <numerusform>%n entrada aceptada con una confianza del %1 o más.</numerusform>
            <numerusform>%n entradas aceptadas con una confianza del %1 o más.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 read, %2: %3 added, %4 loaded before, %5 refused.</source>
        <translation>Lectura: %1, %2; añadidas: %3, cargadas anteriormente: %4, rechazadas: %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 fila</numerusform>
            <numerusform>%1 filas</numerusform>
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
        <translation>%1 (migración)</translation>
    </message>
    <message>
        <source>Migration placeholder — do not bill</source>
        <translation>Asunto provisional de la migración — no facturar</translation>
    </message>
    <message>
        <source>The placeholder matter cannot be read: %1</source>
        <translation>No se puede leer el asunto provisional: %1</translation>
    </message>
    <message>
        <source>The entries to reassign cannot be read: %1</source>
        <translation>No se pueden leer las entradas que se van a reasignar: %1</translation>
    </message>
    <message>
        <source>The matters to move entries to cannot be read: %1</source>
        <translation>No se pueden leer los asuntos a los que trasladar las entradas: %1</translation>
    </message>
    <message>
        <source>The decisions cannot be saved: %1</source>
        <translation>No se pueden guardar las decisiones: %1</translation>
    </message>
    <message>
        <source>The decision for entry %1 cannot be saved: %2</source>
        <translation>No se puede guardar la decisión de la entrada %1: %2</translation>
    </message>
    <message>
        <source>The suggestions cannot be accepted: %1</source>
        <translation>No se pueden aceptar las sugerencias: %1</translation>
    </message>
</context>
<context>
    <name>Cutover::PreviewModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>En el archivo: %1</translation>
    </message>
    <message>
        <source>Row %1 would be rejected:</source>
        <translation>La fila %1 se rechazaría:</translation>
    </message>
    <message>
        <source>Row %1 of the file</source>
        <translation>Fila %1 del archivo</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
</context>
<context>
    <name>Cutover::ProjectCalendarModel</name>
    <message>
        <source>%1 is too large for a calendar of days off (%2 MB).</source>
        <translation>%1 es demasiado grande para un calendario de días no laborables (%2 MB).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Another iCalendar file is still being read.</source>
        <translation>Todavía se está leyendo otro archivo iCalendar.</translation>
    </message>
    <message>
        <source>%1 was not added: no event in it could be read.</source>
        <translation>No se añadió %1: no se pudo leer ninguno de sus eventos.</translation>
    </message>
    <message numerus="yes">
        <source>%1 added: %n event(s).</source>
        <translation>
            <numerusform>Se ha añadido %1: %n evento.</numerusform>
            <numerusform>Se ha añadido %1: %n eventos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out or changed:</source>
        <translation>Omitidos o modificados:</translation>
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
    <message>
        <source>Ne&amp;w project</source>
        <translation>&amp;Nuevo proyecto</translation>
    </message>
    <message>
        <source>&amp;Moving from:</source>
        <translation>Sistema de &amp;origen:</translation>
    </message>
    <message>
        <source>C&amp;reate project</source>
        <translation>&amp;Crear proyecto</translation>
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
    <name>Cutover::ReassignSuggester</name>
    <message>
        <source>the matter chosen in the time-tracking template (%1)</source>
        <translation>el asunto elegido en la plantilla de registro de tiempo (%1)</translation>
    </message>
    <message>
        <source>matter number %1 in the description</source>
        <translation>número de asunto %1 en la descripción</translation>
    </message>
    <message>
        <source>client %1 named in the description (its only matter)</source>
        <translation>cliente %1 mencionado en la descripción (su único asunto)</translation>
    </message>
    <message numerus="yes">
        <source>client %1 named in the description; the user&apos;s most recent of its %n matters</source>
        <translation>
            <numerusform>cliente %1 mencionado en la descripción; el más reciente del usuario entre su %n asunto</numerusform>
            <numerusform>cliente %1 mencionado en la descripción; el más reciente del usuario entre sus %n asuntos</numerusform>
        </translation>
    </message>
    <message>
        <source>client %1 named in the description; words of the matter&apos;s description too</source>
        <translation>cliente %1 mencionado en la descripción; también palabras de la descripción del asunto</translation>
    </message>
    <message numerus="yes">
        <source>client %1 named in the description, but it has %n matters and nothing tells them apart</source>
        <translation>
            <numerusform>cliente %1 mencionado en la descripción, pero tiene %n asunto y nada permite distinguirlo</numerusform>
            <numerusform>cliente %1 mencionado en la descripción, pero tiene %n asuntos y nada permite distinguirlos</numerusform>
        </translation>
    </message>
    <message>
        <source>the user&apos;s most recent matter (%1)</source>
        <translation>el asunto más reciente del usuario (%1)</translation>
    </message>
    <message>
        <source>a name like client %1 in the description</source>
        <translation>un nombre parecido al del cliente %1 en la descripción</translation>
    </message>
</context>
<context>
    <name>Cutover::ReassignmentModel</name>
    <message>
        <source>Move</source>
        <translation>Trasladar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>On the placeholder</source>
        <translation>En el asunto provisional</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Trasladando</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Trasladada</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>No longer on the placeholder</source>
        <translation>Ya no está en el asunto provisional</translation>
    </message>
    <message>
        <source>Billed in the new system: it cannot be moved.</source>
        <translation>Facturada en el nuevo sistema: no se puede trasladar.</translation>
    </message>
    <message>
        <source>(no suggestion)</source>
        <translation>(sin sugerencia)</translation>
    </message>
    <message>
        <source>Billed: cannot be moved</source>
        <translation>Facturada: no se puede trasladar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Suggested matter</source>
        <translation>Asunto sugerido</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Trasladar a</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
</context>
<context>
    <name>Cutover::Reconciliation</name>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>matter</source>
        <translation>asunto</translation>
    </message>
    <message>
        <source>time entry</source>
        <translation>entrada de tiempo</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>gasto</translation>
    </message>
    <message>
        <source>balance carried forward</source>
        <translation>saldo trasladado</translation>
    </message>
    <message>
        <source>The reconciliation cannot read the project file: %1</source>
        <translation>La conciliación no puede leer el archivo del proyecto: %1</translation>
    </message>
    <message>
        <source>time entry %1 of %2 by %3 on %4</source>
        <translation>entrada de tiempo %1 del %2 de %3, asunto %4</translation>
    </message>
    <message>
        <source>expense %1 of %2 by %3 on %4</source>
        <translation>gasto %1 del %2 de %3, asunto %4</translation>
    </message>
    <message>
        <source>balance carried forward of matter %1</source>
        <translation>saldo trasladado del asunto %1</translation>
    </message>
    <message>
        <source>matter %1 (%2)</source>
        <translation>asunto %1 (%2)</translation>
    </message>
    <message>
        <source>client %1 (%2)</source>
        <translation>cliente %1 (%2)</translation>
    </message>
    <message>
        <source>%1, refused before sending: %2</source>
        <translation>%1 (rechazo antes del envío): %2</translation>
    </message>
    <message>
        <source>%1 %2 in the target of %3 on %4 (%5)</source>
        <translation>%1 %2 en el destino, del %3, asunto %4 (%5)</translation>
    </message>
    <message>
        <source>%1 %2 in the target (%3)</source>
        <translation>%1 %2 en el destino (%3)</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>el cliente %1</translation>
    </message>
    <message>
        <source>matter %1 of client %2</source>
        <translation>el asunto %1 del cliente %2</translation>
    </message>
    <message>
        <source>opening trust balance of %1: not on the package&apos;s worksheet</source>
        <translation>saldo fiduciario inicial para %1: no figura en la hoja de trabajo del paquete</translation>
    </message>
    <message>
        <source>opening trust balance of %1: not entered</source>
        <translation>saldo fiduciario inicial para %1: sin introducir</translation>
    </message>
    <message>
        <source>opening trust balance of %1</source>
        <translation>saldo fiduciario inicial para %1</translation>
    </message>
    <message>
        <source>Records on matters outside the migration</source>
        <translation>Registros en asuntos fuera de la migración</translation>
    </message>
    <message>
        <source>receivable of client %1 outside any matter: not imported, to be entered by hand</source>
        <translation>cuenta por cobrar del cliente %1 fuera de cualquier asunto: no se importó; debe introducirse manualmente</translation>
    </message>
    <message>
        <source>No user in the target</source>
        <translation>Sin usuario en el destino</translation>
    </message>
    <message>
        <source>Target user %1</source>
        <translation>Usuario del destino %1</translation>
    </message>
    <message>
        <source>The target was read back on %1 (UTC), reading %2.</source>
        <translation>El destino se leyó el %1 (UTC), lectura %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n billed time or expense entries are left out: billed history stays in the old system&apos;s reports.</source>
        <translation>
            <numerusform>Se excluye %n entrada de tiempo o gasto ya facturado: el historial facturado permanece en los informes del sistema antiguo.</numerusform>
            <numerusform>Se excluyen %n entradas de tiempo o gastos ya facturados: el historial facturado permanece en los informes del sistema antiguo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the import skipped are left out.</source>
        <translation>
            <numerusform>Se excluye %n registro que la importación omitió.</numerusform>
            <numerusform>Se excluyen %n registros que la importación omitió.</numerusform>
        </translation>
    </message>
    <message>
        <source>The firm&apos;s own contact and matter (for the close-out reports) are not part of a CSV package; they are left out.</source>
        <translation>El contacto y el asunto propios del despacho (para los informes de cierre) no forman parte de un paquete CSV; se excluyen.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the placeholder matter are left out.</source>
        <translation>
            <numerusform>Se excluye %n registro del asunto provisional.</numerusform>
            <numerusform>Se excluyen %n registros del asunto provisional.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interim entries (time recorded during the migration) are left out.</source>
        <translation>
            <numerusform>Se excluye %n entrada de transición (tiempo registrado durante la migración).</numerusform>
            <numerusform>Se excluyen %n entradas de transición (tiempo registrado durante la migración).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were refused before sending; each is listed as missing with the reason.</source>
        <translation>
            <numerusform>%n registro se rechazó antes del envío; figura como faltante, con el motivo.</numerusform>
            <numerusform>%n registros se rechazaron antes del envío; cada uno figura como faltante, con el motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV package carries no references: its records were matched by content (client number or name, matter number, then date, duration and amount within each matter).</source>
        <translation>El paquete CSV no incluye referencias: sus registros se asociaron por su contenido (número o nombre del cliente, número del asunto y, dentro de cada asunto, fecha, duración e importe).</translation>
    </message>
    <message>
        <source>Missing in the target</source>
        <translation>Falta en el destino</translation>
    </message>
    <message>
        <source>Extra in the target</source>
        <translation>Sobra en el destino</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Trust balance</source>
        <translation>Saldo fiduciario</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Reading %1 of the target is not a complete reading of %2.</source>
        <translation>La lectura %1 del destino no es una lectura completa de %2.</translation>
    </message>
    <message>
        <source>The target has not been read back yet: read it before reconciling.</source>
        <translation>Todavía no se ha leído el destino: léalo antes de conciliar.</translation>
    </message>
    <message>
        <source>Comparing the source with the target</source>
        <translation>Comparando el origen con el destino</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Everything reconciles.</source>
        <translation>Todo cuadra.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between the source and the target.</source>
        <translation>
            <numerusform>%n diferencia entre el origen y el destino.</numerusform>
            <numerusform>%n diferencias entre el origen y el destino.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reading of the target cannot be recorded in the project file: %1</source>
        <translation>No se puede registrar la lectura del destino en el archivo del proyecto: %1</translation>
    </message>
    <message>
        <source>The target&apos;s records cannot be written to the project file: %1</source>
        <translation>No se pueden escribir los registros del destino en el archivo del proyecto: %1</translation>
    </message>
    <message>
        <source>The package&apos;s file %1 cannot be read in %2: %3</source>
        <translation>No se puede leer el archivo %1 del paquete en %2: %3</translation>
    </message>
    <message>
        <source>The package&apos;s file %1 is empty.</source>
        <translation>El archivo %1 del paquete está vacío.</translation>
    </message>
    <message>
        <source>The package&apos;s file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo %1 del paquete: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The package&apos;s file %1, row %2, column %3: “%4” is not a number the package writes.</source>
        <translation>Archivo %1 del paquete, fila %2, columna %3: “%4” no es un número con el formato que escribe el paquete.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <source>No connection to the target was given.</source>
        <translation>No se proporcionó ninguna conexión con el destino.</translation>
    </message>
    <message>
        <source>The connection to the target could not be made.</source>
        <translation>No se pudo establecer la conexión con el destino.</translation>
    </message>
    <message>
        <source>The project file cannot be read: %1</source>
        <translation>No se puede leer el archivo del proyecto: %1</translation>
    </message>
    <message>
        <source>The target could not be read (%1): %2</source>
        <translation>No se pudo leer el destino (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>Read %n record(s) back from the target.</source>
        <translation>
            <numerusform>Se leyó %n registro del destino.</numerusform>
            <numerusform>Se leyeron %n registros del destino.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 of the target changed while it was compared: compare again.</source>
        <translation>La lectura %1 del destino cambió durante la comparación: vuelva a comparar.</translation>
    </message>
</context>
<context>
    <name>Cutover::RecordKinds</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Asuntos</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Entradas de tiempo</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Balances carried forward</source>
        <translation>Saldos trasladados</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewClock</name>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 a las %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n día hábil</numerusform>
            <numerusform>%n días hábiles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>2 business days and 5 hours</comment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Nothing has been imported into this target yet: the review window opens when an import finishes.</source>
        <translation>Todavía no se ha importado nada en este destino: el periodo de revisión se abre cuando termina una importación.</translation>
    </message>
    <message>
        <source>Review window: %1 left (closes %2)</source>
        <translation>Periodo de revisión: %1 de margen (termina el %2)</translation>
    </message>
    <message>
        <source>Last day to review: %1 left (closes %2)</source>
        <translation>Último día de revisión: %1 de margen (termina el %2)</translation>
    </message>
    <message>
        <source>The review window closed on %1: corrections are made in the target now.</source>
        <translation>El periodo de revisión terminó el %1: ahora las correcciones se hacen en el destino.</translation>
    </message>
    <message>
        <source>Review signed off by %1 on %2.</source>
        <translation>Revisión firmada por %1 el %2.</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewCountsModel</name>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Coincidentes</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltantes</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Sobrantes</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificados</translation>
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
        <translation>(explique esta diferencia)</translation>
    </message>
    <message>
        <source>Type why this difference is acceptable or what will be corrected. The review cannot be signed off while a difference is unexplained.</source>
        <translation>Escriba por qué esta diferencia es aceptable o qué se corregirá. No se puede firmar la revisión mientras haya alguna diferencia sin explicar.</translation>
    </message>
    <message>
        <source>Explained by %1 on %2</source>
        <translation>Explicada por %1 el %2</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Off by</source>
        <translation>Descuadre</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewMoneyModel</name>
    <message>
        <source>All matters</source>
        <translation>Todos los asuntos</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>sin introducir</translation>
    </message>
    <message>
        <source>The opening trust balance as the target shows it. The target takes no trust import: enter the balance there by hand, then type here what it shows.</source>
        <translation>El saldo fiduciario inicial tal como lo muestra el destino. El destino no admite la importación del fideicomiso: introduzca allí el saldo manualmente y, después, escriba aquí lo que muestra.</translation>
    </message>
    <message>
        <source>Source %1, target %2</source>
        <translation>Origen %1, destino %2</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Hours (source)</source>
        <translation>Horas (origen)</translation>
    </message>
    <message>
        <source>Hours (target)</source>
        <translation>Horas (destino)</translation>
    </message>
    <message>
        <source>Unbilled time (source)</source>
        <translation>Tiempo sin facturar (origen)</translation>
    </message>
    <message>
        <source>Unbilled time (target)</source>
        <translation>Tiempo sin facturar (destino)</translation>
    </message>
    <message>
        <source>Expenses (source)</source>
        <translation>Gastos (origen)</translation>
    </message>
    <message>
        <source>Expenses (target)</source>
        <translation>Gastos (destino)</translation>
    </message>
    <message>
        <source>Receivable (source)</source>
        <translation>Por cobrar (origen)</translation>
    </message>
    <message>
        <source>Receivable (target)</source>
        <translation>Por cobrar (destino)</translation>
    </message>
    <message>
        <source>Trust (source)</source>
        <translation>Fideicomiso (origen)</translation>
    </message>
    <message>
        <source>Trust (target)</source>
        <translation>Fideicomiso (destino)</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>“%1” no es un importe.</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewPage</name>
    <message>
        <source>Check the result within three business days of the import.</source>
        <translation>Revise el resultado en los tres días hábiles posteriores a la importación.</translation>
    </message>
    <message>
        <source>Cutover reads the new system back and reconciles it with the old one to the cent: records per kind, unbilled time and expenses, receivables carried over and trust per client and matter, and hours per user. Explain every difference in words, check the sample of records side by side, then sign off by name. After the sign-off (or the deadline) the import can no longer be rolled back; the report and the correction list go to the firm.</source>
        <translation>Cutover lee lo que contiene el nuevo sistema y lo concilia al centavo con el antiguo: registros por tipo; tiempo y gastos sin facturar, cuentas por cobrar trasladadas y fideicomiso por cliente y asunto; y horas por usuario. Explique por escrito cada diferencia, compare la muestra de registros en ambos sistemas y, después, firme con su nombre. Tras la firma (o al vencer el plazo) ya no se puede revertir la importación; el informe y la lista de correcciones se entregan al despacho.</translation>
    </message>
    <message>
        <source>&amp;Read the target and reconcile</source>
        <translation>&amp;Leer el destino y conciliar</translation>
    </message>
    <message>
        <source>Reads every record the new system holds and compares it with the old system&apos;s export.</source>
        <translation>Lee todos los registros que contiene el nuevo sistema y los compara con la exportación del sistema antiguo.</translation>
    </message>
    <message>
        <source>Reconcile a&amp;gain</source>
        <translation>&amp;Volver a conciliar</translation>
    </message>
    <message>
        <source>Compares again with the last reading, after explanations or trust balances were entered, without asking the new system.</source>
        <translation>Vuelve a comparar con la última lectura, después de introducir explicaciones o saldos fiduciarios, sin consultar el nuevo sistema.</translation>
    </message>
    <message>
        <source>Records per kind</source>
        <translation>Registros por tipo</translation>
    </message>
    <message>
        <source>Read the target to compare the records.</source>
        <translation>Lea el destino para comparar los registros.</translation>
    </message>
    <message>
        <source>Chart of records in the source and the target</source>
        <translation>Gráfico de los registros en el origen y en el destino</translation>
    </message>
    <message>
        <source>Money per client and matter</source>
        <translation>Importes por cliente y asunto</translation>
    </message>
    <message>
        <source>Read the target to compare the money.</source>
        <translation>Lea el destino para comparar los importes.</translation>
    </message>
    <message>
        <source>The new system takes no trust balances through its API: enter each opening balance there by hand from the worksheet, then type in “Trust (target)” what it shows.</source>
        <translation>El nuevo sistema no admite saldos fiduciarios a través de su API: introduzca allí manualmente cada saldo inicial a partir de la hoja de trabajo y, después, escriba en “Fideicomiso (destino)” lo que muestra.</translation>
    </message>
    <message>
        <source>&amp;Money</source>
        <translation>&amp;Importes</translation>
    </message>
    <message>
        <source>Hours per user</source>
        <translation>Horas por usuario</translation>
    </message>
    <message>
        <source>Read the target to compare each user&apos;s hours.</source>
        <translation>Lea el destino para comparar las horas de cada usuario.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>No differences: the target holds what the source had.</source>
        <translation>Sin diferencias: el destino contiene lo que tenía el origen.</translation>
    </message>
    <message>
        <source>&amp;Differences</source>
        <translation>&amp;Diferencias</translation>
    </message>
    <message>
        <source>Records to check per kind</source>
        <translation>Registros que comprobar por tipo</translation>
    </message>
    <message>
        <source>Seed of the sample</source>
        <translation>Semilla de la muestra</translation>
    </message>
    <message>
        <source>The same seed draws the same records again, on any machine.</source>
        <translation>La misma semilla vuelve a extraer los mismos registros, en cualquier equipo.</translation>
    </message>
    <message>
        <source>Picks records of each kind at random, larger amounts more often. Records already accepted or flagged stay.</source>
        <translation>Elige al azar registros de cada tipo, con más frecuencia los de importes mayores. Los registros ya aceptados o señalados se mantienen.</translation>
    </message>
    <message>
        <source>Records to check</source>
        <translation>Registros que comprobar</translation>
    </message>
    <message>
        <source>Draw a sample to check records side by side.</source>
        <translation>Extraiga una muestra para comparar los registros en ambos sistemas.</translation>
    </message>
    <message>
        <source>The record side by side</source>
        <translation>El registro en ambos sistemas</translation>
    </message>
    <message>
        <source>Select a record to see it in both systems.</source>
        <translation>Seleccione un registro para verlo en ambos sistemas.</translation>
    </message>
    <message>
        <source>What is wrong (needed to flag)</source>
        <translation>Qué está mal (obligatorio para señalar)</translation>
    </message>
    <message>
        <source>Note on the record</source>
        <translation>Nota sobre el registro</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Acep&amp;tar</translation>
    </message>
    <message>
        <source>Flagged records go on the correction list.</source>
        <translation>Los registros señalados pasan a la lista de correcciones.</translation>
    </message>
    <message>
        <source>Name of who signs off</source>
        <translation>Nombre de quien firma</translation>
    </message>
    <message>
        <source>e.g. Managing partner</source>
        <translation>p. ej., Socio director</translation>
    </message>
    <message>
        <source>Role of who signs off</source>
        <translation>Rol de quien firma</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Save report as &amp;PDF…</source>
        <translation>&amp;Guardar informe en PDF…</translation>
    </message>
    <message>
        <source>Save c&amp;orrection list…</source>
        <translation>Guardar lis&amp;ta de correcciones…</translation>
    </message>
    <message>
        <source>Every difference and every flagged record, with where to correct it.</source>
        <translation>Todas las diferencias y todos los registros señalados, con dónde corregirlos.</translation>
    </message>
    <message>
        <source>Clio at %1</source>
        <translation>Clio en %1</translation>
    </message>
    <message>
        <source>Clio (%1)</source>
        <translation>Clio (%1)</translation>
    </message>
    <message>
        <source>the CSV import package in %1</source>
        <translation>el paquete de importación CSV de %1</translation>
    </message>
    <message>
        <source>Target: %1, connected.</source>
        <translation>Destino: %1, conectado.</translation>
    </message>
    <message>
        <source>Target: %1.</source>
        <translation>Destino: %1.</translation>
    </message>
    <message>
        <source>The target has not been read yet: connect to it, then read it and reconcile.</source>
        <translation>Todavía no se ha leído el destino: conéctese a él y, después, léalo y concilie.</translation>
    </message>
    <message>
        <source>Everything reconciles: the target holds every record and every cent of the source.</source>
        <translation>Todo cuadra: el destino contiene todos los registros y todos los centavos del origen.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between the source and the target</source>
        <translation>
            <numerusform>%n diferencia entre el origen y el destino</numerusform>
            <numerusform>%n diferencias entre el origen y el destino</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still unexplained.</source>
        <translation>
            <numerusform>%n sigue sin explicar.</numerusform>
            <numerusform>%n siguen sin explicar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target read on %1</source>
        <translation>Destino leído el %1</translation>
    </message>
    <message>
        <source>Nothing to explain.</source>
        <translation>Nada que explicar.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the differences still need(s) an explanation: double-click the Explanation cell and type why it is acceptable or what will be corrected.</source>
        <translation>
            <numerusform>%n de las diferencias todavía necesita una explicación: haga doble clic en la celda Explicación y escriba por qué es aceptable o qué se corregirá.</numerusform>
            <numerusform>%n de las diferencias todavía necesitan una explicación: haga doble clic en la celda Explicación y escriba por qué es aceptable o qué se corregirá.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Differences (%1)</source>
        <translation>&amp;Diferencias (%1)</translation>
    </message>
    <message>
        <source>Signed off by %1%2 on %3.</source>
        <translation>Firmada por %1%2 el %3.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The review is signed off: the import can no longer be rolled back.</source>
        <translation>La revisión está firmada: ya no se puede revertir la importación.</translation>
    </message>
    <message>
        <source>Nothing stands in the way: type your name and sign off.</source>
        <translation>Ya no hay impedimentos: escriba su nombre y firme.</translation>
    </message>
    <message>
        <source>Before the review can be signed off:</source>
        <translation>Antes de poder firmar la revisión:</translation>
    </message>
    <message>
        <source>Connect to the target first (Test connection).</source>
        <translation>Conéctese primero al destino (Probar conexión).</translation>
    </message>
    <message>
        <source>Sign off the review</source>
        <translation>Firmar la revisión</translation>
    </message>
    <message>
        <source>Sign off the review as %1? It is recorded with the time and cannot be undone; the import can no longer be rolled back afterwards.</source>
        <translation>¿Firmar la revisión como %1? La firma se registra con la hora y no se puede deshacer; después ya no se podrá revertir la importación.</translation>
    </message>
    <message>
        <source>%1 review report.pdf</source>
        <translation>Informe de revisión %1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 review report.csv</source>
        <translation>Informe de revisión %1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 corrections.csv</source>
        <translation>Correcciones %1.csv</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se ha guardado %1.</translation>
    </message>
    <message>
        <source>Change &amp;target…</source>
        <translation>Cam&amp;biar destino…</translation>
    </message>
    <message>
        <source>Show &amp;only lines that differ</source>
        <translation>Mostrar &amp;solo las líneas que difieren</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>F&amp;lag</source>
        <translation>&amp;Señalar</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>Sign off the re&amp;view</source>
        <translation>Firmar la r&amp;evisión</translation>
    </message>
    <message>
        <source>S&amp;ign-off</source>
        <translation>Fir&amp;ma</translation>
    </message>
    <message>
        <source>Summar&amp;y</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>Hours per &amp;user</source>
        <translation>Horas por &amp;usuario</translation>
    </message>
    <message>
        <source>Records per ki&amp;nd:</source>
        <translation>Registros por ti&amp;po:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>Draw sam&amp;ple</source>
        <translation>E&amp;xtraer muestra</translation>
    </message>
    <message>
        <source>Spot checks</source>
        <translation>Comprobaciones puntuales</translation>
    </message>
    <message>
        <source>Sig&amp;ned off by:</source>
        <translation>&amp;Firmado por:</translation>
    </message>
    <message>
        <source>Save report &amp;as CSV…</source>
        <translation>Guardar informe en &amp;CSV…</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewPdf</name>
    <message>
        <source>Money per client</source>
        <translation>Importes por cliente</translation>
    </message>
    <message>
        <source>Unbilled time (hours and value), unbilled expenses, the receivable carried over and the opening trust balance of each client, in the source and in the target. A difference line (target minus source) follows each client whose figures differ. Amounts are exact, in cents.</source>
        <translation>Tiempo sin facturar (horas y valor), gastos sin facturar, cuentas por cobrar trasladadas y saldo fiduciario inicial de cada cliente, en el origen y en el destino. Tras cada cliente cuyas cifras difieren figura una línea de diferencia (destino menos origen). Los importes son exactos, al centavo.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Time value</source>
        <translation>Valor del tiempo</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Por cobrar</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Fideicomiso</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>sin introducir</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>1 difference (%1 unexplained)</source>
        <translation>1 diferencia (%1 sin explicar)</translation>
    </message>
    <message>
        <source>%1 differences (%2 unexplained)</source>
        <translation>%1 diferencias (%2 sin explicar)</translation>
    </message>
    <message>
        <source>None: every record and every amount in the target matches the source.</source>
        <translation>Ninguna: todos los registros e importes del destino coinciden con el origen.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation>Sin explicar</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Trust and receivable worksheet</source>
        <translation>Hoja de trabajo de fideicomiso y cuentas por cobrar</translation>
    </message>
    <message>
        <source>The opening trust balance per client and matter, which the firm enters in the target by hand, and the receivable carried over, at the cutoff.</source>
        <translation>El saldo fiduciario inicial por cliente y asunto, que el despacho introduce manualmente en el destino, y las cuentas por cobrar trasladadas, a la fecha de corte.</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Opening trust balance</source>
        <translation>Saldo fiduciario inicial</translation>
    </message>
    <message>
        <source>(client level)</source>
        <translation>(nivel de cliente)</translation>
    </message>
    <message>
        <source>Records per entity: source and target</source>
        <translation>Registros por entidad: origen y destino</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Review report: %1</source>
        <translation>Informe de revisión: %1</translation>
    </message>
    <message>
        <source>Cannot lay out the pages of %1.</source>
        <translation>No se pueden componer las páginas de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewReport</name>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Clio (%1)</source>
        <translation>Clio (%1)</translation>
    </message>
    <message>
        <source>CSV import package</source>
        <translation>Paquete de importación CSV</translation>
    </message>
    <message>
        <source>Reconciles</source>
        <translation>Cuadra</translation>
    </message>
    <message>
        <source>1 difference (%1 unexplained)</source>
        <translation>1 diferencia (%1 sin explicar)</translation>
    </message>
    <message>
        <source>%1 differences (%2 unexplained)</source>
        <translation>%1 diferencias (%2 sin explicar)</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>sin introducir</translation>
    </message>
    <message>
        <source>Review report: %1</source>
        <translation>Informe de revisión: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Despacho</translation>
    </message>
    <message>
        <source>Moved from</source>
        <translation>Sistema de origen</translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation>Sistema de destino</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Holiday region</source>
        <translation>Región de festivos</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación finalizada</translation>
    </message>
    <message>
        <source>Review deadline</source>
        <translation>Plazo de revisión</translation>
    </message>
    <message>
        <source>Review window</source>
        <translation>Periodo de revisión</translation>
    </message>
    <message>
        <source>Target read</source>
        <translation>Lectura del destino</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Informe generado</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Unbilled time (source / target)</source>
        <translation>Tiempo sin facturar (origen / destino)</translation>
    </message>
    <message>
        <source>%1 h, %2 / %3 h, %4</source>
        <translation>%1 h, %2 / %3 h, %4</translation>
    </message>
    <message>
        <source>Unbilled expenses (source / target)</source>
        <translation>Gastos sin facturar (origen / destino)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Receivable carried over (source / target)</source>
        <translation>Cuentas por cobrar trasladadas (origen / destino)</translation>
    </message>
    <message>
        <source>Opening trust balance (source / target)</source>
        <translation>Saldo fiduciario inicial (origen / destino)</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) el %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>What was compared</source>
        <translation>Qué se comparó</translation>
    </message>
    <message>
        <source>Records per entity</source>
        <translation>Registros por entidad</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Coincidentes</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltantes</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Sobrantes</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificados</translation>
    </message>
    <message>
        <source>Unbilled hours per user</source>
        <translation>Horas sin facturar por usuario</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Target user</source>
        <translation>Usuario del destino</translation>
    </message>
    <message>
        <source>Entries (source)</source>
        <translation>Entradas (origen)</translation>
    </message>
    <message>
        <source>Entries (target)</source>
        <translation>Entradas (destino)</translation>
    </message>
    <message>
        <source>Hours (source)</source>
        <translation>Horas (origen)</translation>
    </message>
    <message>
        <source>Hours (target)</source>
        <translation>Horas (destino)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Money per client</source>
        <translation>Importes por cliente</translation>
    </message>
    <message>
        <source>Unbilled time (hours and value), unbilled expenses, the receivable carried over and the opening trust balance of each client, in the source and in the target. A difference line (target minus source) follows each client whose figures differ. Amounts are exact, in cents.</source>
        <translation>Tiempo sin facturar (horas y valor), gastos sin facturar, cuentas por cobrar trasladadas y saldo fiduciario inicial de cada cliente, en el origen y en el destino. Tras cada cliente cuyas cifras difieren figura una línea de diferencia (destino menos origen). Los importes son exactos, al centavo.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Time value</source>
        <translation>Valor del tiempo</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Por cobrar</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Fideicomiso</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>None: every record and every amount in the target matches the source.</source>
        <translation>Ninguna: todos los registros e importes del destino coinciden con el origen.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation>Sin explicar</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Spot checks</source>
        <translation>Comprobaciones puntuales</translation>
    </message>
    <message>
        <source>No sample was drawn.</source>
        <translation>No se extrajo ninguna muestra.</translation>
    </message>
    <message>
        <source>Records checked side by side: %1 (%2 accepted, %3 flagged, %4 not decided).</source>
        <translation>Registros comparados en ambos sistemas: %1 (%2 aceptados, %3 señalados, %4 sin decidir).</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 por %2 el %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>difiere</translation>
    </message>
    <message>
        <source>Approvals and sign-off</source>
        <translation>Aprobaciones y firma</translation>
    </message>
    <message>
        <source>Close-out approvals</source>
        <translation>Aprobaciones del cierre</translation>
    </message>
    <message>
        <source>No approvals were recorded.</source>
        <translation>No se registró ninguna aprobación.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>sin aprobar</translation>
    </message>
    <message>
        <source>Review sign-off</source>
        <translation>Firma de la revisión</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmada por</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Fecha de la firma</translation>
    </message>
    <message>
        <source>Target reading</source>
        <translation>Lectura del destino n.º</translation>
    </message>
    <message>
        <source>After the sign-off the import can no longer be rolled back.</source>
        <translation>Tras la firma, ya no se puede revertir la importación.</translation>
    </message>
    <message>
        <source>Not signed off yet.</source>
        <translation>Todavía no se ha firmado.</translation>
    </message>
    <message>
        <source>Before it can be signed off:</source>
        <translation>Antes de poder firmar la revisión:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Trust and receivable worksheet</source>
        <translation>Hoja de trabajo de fideicomiso y cuentas por cobrar</translation>
    </message>
    <message>
        <source>The opening trust balance per client and matter, which the firm enters in the target by hand, and the receivable carried over, at the cutoff.</source>
        <translation>El saldo fiduciario inicial por cliente y asunto, que el despacho introduce manualmente en el destino, y las cuentas por cobrar trasladadas, a la fecha de corte.</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Opening trust balance</source>
        <translation>Saldo fiduciario inicial</translation>
    </message>
    <message>
        <source>(client level)</source>
        <translation>(nivel de cliente)</translation>
    </message>
    <message>
        <source>section</source>
        <translation>sección</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>client number</source>
        <translation>número de cliente</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>matter</source>
        <translation>asunto</translation>
    </message>
    <message>
        <source>item</source>
        <translation>elemento</translation>
    </message>
    <message>
        <source>field</source>
        <translation>campo</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>target</source>
        <translation>destino</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>diferencia</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>by</source>
        <translation>por</translation>
    </message>
    <message>
        <source>when (UTC)</source>
        <translation>fecha y hora (UTC)</translation>
    </message>
    <message>
        <source>Unbilled time (seconds)</source>
        <translation>Tiempo sin facturar (segundos)</translation>
    </message>
    <message>
        <source>Unbilled time&apos;s value</source>
        <translation>Valor del tiempo sin facturar</translation>
    </message>
    <message>
        <source>Unbilled expenses</source>
        <translation>Gastos sin facturar</translation>
    </message>
    <message>
        <source>Receivable carried over</source>
        <translation>Cuentas por cobrar trasladadas</translation>
    </message>
    <message>
        <source>Opening trust balance: not entered in the target</source>
        <translation>Saldo fiduciario inicial: sin introducir en el destino</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The report cannot read the project file: %1</source>
        <translation>El informe no puede leer el archivo del proyecto: %1</translation>
    </message>
    <message>
        <source>Unexplained differences</source>
        <translation>Diferencias sin explicar</translation>
    </message>
    <message>
        <source>matched %1, missing %2, extra %3, changed %4</source>
        <translation>coincidentes %1, faltantes %2, sobrantes %3, modificados %4</translation>
    </message>
    <message>
        <source>entries: %1 in the source, %2 in the target (target user %3)</source>
        <translation>entradas: %1 en el origen, %2 en el destino (usuario del destino %3)</translation>
    </message>
    <message>
        <source>target reading %1</source>
        <translation>lectura del destino %1</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>target id</source>
        <translation>ID en el destino</translation>
    </message>
    <message>
        <source>source value</source>
        <translation>valor en el origen</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>valor en el destino</translation>
    </message>
    <message>
        <source>what to correct</source>
        <translation>qué corregir</translation>
    </message>
    <message>
        <source>Create the record in the target</source>
        <translation>Crear el registro en el destino</translation>
    </message>
    <message>
        <source>Check the record in the target against the source</source>
        <translation>Cotejar el registro del destino con el origen</translation>
    </message>
    <message>
        <source>Remove the record from the target, or account for it</source>
        <translation>Eliminar el registro del destino o justificarlo</translation>
    </message>
    <message>
        <source>Set %1 in the target to %2</source>
        <translation>Establecer %1 en el destino con el valor %2</translation>
    </message>
    <message>
        <source>Enter the opening trust balance %1 in the target</source>
        <translation>Introducir en el destino el saldo fiduciario inicial (%1)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewSignOff</name>
    <message>
        <source>The review was already signed off by %1 on %2.</source>
        <translation>%1 ya firmó la revisión el %2.</translation>
    </message>
    <message>
        <source>Nothing has been imported into this target yet.</source>
        <translation>Todavía no se ha importado nada en este destino.</translation>
    </message>
    <message>
        <source>The review window closed on %1; the review can no longer be signed off.</source>
        <translation>El periodo de revisión terminó el %1; ya no se puede firmar la revisión.</translation>
    </message>
    <message>
        <source>The target has not been read back completely yet: reconcile before signing off.</source>
        <translation>Todavía no se ha leído el destino por completo: concilie antes de firmar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>differences named, then counted</comment>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) without an explanation: %1. Type an explanation for each, or have it corrected and reconcile again.</source>
        <translation>
            <numerusform>%n diferencia sin explicación: %1. Escriba una explicación o haga que se corrija y vuelva a conciliar.</numerusform>
            <numerusform>%n diferencias sin explicación: %1. Escriba una explicación para cada una o haga que se corrijan y vuelva a conciliar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No records were drawn for spot checks yet.</source>
        <translation>Todavía no se han extraído registros para las comprobaciones puntuales.</translation>
    </message>
    <message numerus="yes">
        <source>%n spot check(s) not decided yet: accept or flag each.</source>
        <translation>
            <numerusform>%n comprobación puntual sin decidir: acéptela o señálela.</numerusform>
            <numerusform>%n comprobaciones puntuales sin decidir: acepte o señale cada una.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the name of the person who signs off.</source>
        <translation>Escriba el nombre de la persona que firma.</translation>
    </message>
    <message>
        <source>The review cannot be signed off yet: %1</source>
        <translation>Todavía no se puede firmar la revisión: %1</translation>
    </message>
    <message>
        <source>The sign-off cannot be written: %1</source>
        <translation>No se puede registrar la firma: %1</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewState</name>
    <message>
        <source>The difference to explain is not named.</source>
        <translation>No se indica la diferencia que hay que explicar.</translation>
    </message>
    <message>
        <source>The explanation could not be saved: %1</source>
        <translation>No se pudo guardar la explicación: %1</translation>
    </message>
    <message>
        <source>The client of the trust balance is not named.</source>
        <translation>No se indica el cliente del saldo fiduciario.</translation>
    </message>
    <message>
        <source>The trust balance could not be saved: %1</source>
        <translation>No se pudo guardar el saldo fiduciario: %1</translation>
    </message>
    <message>
        <source>The trust balance could not be removed: %1</source>
        <translation>No se pudo eliminar el saldo fiduciario: %1</translation>
    </message>
</context>
<context>
    <name>Cutover::ReviewUsersModel</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Entries (source)</source>
        <translation>Entradas (origen)</translation>
    </message>
    <message>
        <source>Entries (target)</source>
        <translation>Entradas (destino)</translation>
    </message>
    <message>
        <source>Hours (source)</source>
        <translation>Horas (origen)</translation>
    </message>
    <message>
        <source>Hours (target)</source>
        <translation>Horas (destino)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
</context>
<context>
    <name>Cutover::RollbackJob</name>
    <message>
        <source>The project file cannot be read: %1</source>
        <translation>No se puede leer el archivo del proyecto: %1</translation>
    </message>
    <message>
        <source>The review window closed on %1 (three business days after the import finished on %2), so the import can no longer be rolled back. Correct the records in the target instead.</source>
        <translation>El periodo de revisión terminó el %1 (tres días hábiles después de que la importación finalizara el %2), por lo que ya no se puede revertir la importación. Corrija en su lugar los registros en el destino.</translation>
    </message>
    <message>
        <source>The import ledger cannot be read: %1</source>
        <translation>No se puede leer el libro de control de la importación: %1</translation>
    </message>
    <message>
        <source>Nothing to roll back: the ledger holds no record created in this target.</source>
        <translation>No hay nada que revertir: el libro de control no contiene ningún registro creado en este destino.</translation>
    </message>
    <message>
        <source>No connection to the target was given.</source>
        <translation>No se proporcionó ninguna conexión con el destino.</translation>
    </message>
    <message>
        <source>The connection to the target could not be made.</source>
        <translation>No se pudo establecer la conexión con el destino.</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Eliminando %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted from the target</source>
        <translation>
            <numerusform>%n registro eliminado del destino</numerusform>
            <numerusform>%n registros eliminados del destino</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be deleted</source>
        <translation>
            <numerusform>%n no se pudo eliminar</numerusform>
            <numerusform>%n no se pudieron eliminar</numerusform>
        </translation>
    </message>
    <message>
        <source>The import ledger cannot be written, so the rollback stopped: %1</source>
        <translation>No se puede escribir el libro de control de la importación, por lo que la reversión se detuvo: %1</translation>
    </message>
    <message>
        <source>The rollback was cancelled; run it again to finish it.</source>
        <translation>Se canceló la reversión; vuelva a ejecutarla para terminarla.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be deleted; run the rollback again. %1</source>
        <translation>
            <numerusform>%n registro no se pudo eliminar; vuelva a ejecutar la reversión. %1</numerusform>
            <numerusform>%n registros no se pudieron eliminar; vuelva a ejecutar la reversión. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The project file cannot be opened.</source>
        <translation>No se puede abrir el archivo del proyecto.</translation>
    </message>
    <message>
        <source>The review of this import was signed off by %1 on %2, so the import can no longer be rolled back. Correct the records in the target instead.</source>
        <translation>%1 firmó la revisión de esta importación el %2, por lo que ya no se puede revertir la importación. Corrija en su lugar los registros en el destino.</translation>
    </message>
</context>
<context>
    <name>Cutover::RowConverter</name>
    <message>
        <source>yyyy-MM-dd or M/d/yyyy</source>
        <translation>yyyy-MM-dd o M/d/yyyy</translation>
    </message>
    <message>
        <source>hours such as 1.25 or 1:15</source>
        <translation>horas (p. ej., 1.25 o 1:15)</translation>
    </message>
    <message>
        <source>hours and minutes such as 1:15</source>
        <translation>horas y minutos (p. ej., 1:15)</translation>
    </message>
    <message>
        <source>hours, minutes and seconds such as 1:15:00</source>
        <translation>horas, minutos y segundos (p. ej., 1:15:00)</translation>
    </message>
    <message>
        <source>minutes such as 75</source>
        <translation>minutos (p. ej., 75)</translation>
    </message>
    <message>
        <source>seconds such as 4500</source>
        <translation>segundos (p. ej., 4500)</translation>
    </message>
    <message>
        <source>The map names a field %1 that %2 do not have; it is ignored.</source>
        <translation>El mapa indica un campo, %1, que no existe en %2; se ignora.</translation>
    </message>
    <message>
        <source>Nothing in the map feeds %1, which is required.</source>
        <translation>Ningún elemento del mapa proporciona el campo obligatorio %1.</translation>
    </message>
    <message>
        <source>The column %1 for %2 is not in the file; its columns are: %3.</source>
        <translation>La columna %1 para %2 no está en el archivo; sus columnas son: %3.</translation>
    </message>
    <message>
        <source>No column of the file feeds %1, which is required.</source>
        <translation>Ninguna columna del archivo proporciona el campo obligatorio %1.</translation>
    </message>
    <message>
        <source>The date format %1 for %2 is not one Cutover reads.</source>
        <translation>Cutover no puede leer el formato de fecha %1 indicado para %2.</translation>
    </message>
    <message>
        <source>The duration unit %1 for %2 is not one Cutover reads.</source>
        <translation>Cutover no puede leer la unidad de duración %1 indicada para %2.</translation>
    </message>
    <message>
        <source>The column %1 that picks this map’s rows is not in the file, so no row will be read; its columns are: %2.</source>
        <translation>La columna %1, que selecciona las filas de este mapa, no está en el archivo, por lo que no se leerá ninguna fila; sus columnas son: %2.</translation>
    </message>
    <message>
        <source>This row’s %1 is %2, so it is not read with the map %3.</source>
        <translation>El valor de %1 en esta fila es %2, por lo que no se lee con el mapa %3.</translation>
    </message>
    <message>
        <source>%1 is empty, and it is required.</source>
        <translation>El campo %1 está vacío y es obligatorio.</translation>
    </message>
    <message>
        <source>%1 has more than two decimals; amounts must be exact to the cent.</source>
        <translation>%1 tiene más de dos decimales; los importes admiten dos como máximo.</translation>
    </message>
    <message>
        <source>%1 is too large an amount.</source>
        <translation>%1 es un importe demasiado grande.</translation>
    </message>
    <message>
        <source>%1 is not an amount of money such as %2.</source>
        <translation>%1 no es un importe válido (p. ej., %2).</translation>
    </message>
    <message>
        <source>%1 is not a duration in %2.</source>
        <translation>%1 no es una duración en %2.</translation>
    </message>
    <message>
        <source>%1 is a negative duration; durations must be zero or more.</source>
        <translation>%1 es una duración negativa; las duraciones deben ser cero o más.</translation>
    </message>
    <message>
        <source>%1 is more than 24 hours for a single entry.</source>
        <translation>%1 supera las 24 horas en una sola entrada.</translation>
    </message>
    <message>
        <source>%1 is not a real date; dates here are in the form %2.</source>
        <translation>%1 no es una fecha que exista; aquí las fechas tienen el formato %2.</translation>
    </message>
    <message>
        <source>%1 is not a date in the form %2.</source>
        <translation>%1 no es una fecha con el formato %2.</translation>
    </message>
    <message>
        <source>%1 is not a date and time in the form %2 with an optional time such as 13:30 or 1:30 PM.</source>
        <translation>%1 no es una fecha y hora con el formato %2 y una hora opcional como 13:30 o 1:30 PM.</translation>
    </message>
    <message>
        <source>%1 is not a yes-or-no value such as Yes, No, True, False, 1 or 0.</source>
        <translation>%1 no es un valor de sí o no como Yes, No, True, False, 1 o 0.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 no es un número entero.</translation>
    </message>
    <message>
        <source>%1 is not one of: %2.</source>
        <translation>%1 no es uno de estos valores: %2.</translation>
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
    <name>Cutover::SnapshotKinds</name>
    <message>
        <source>Trial</source>
        <translation>Prueba</translation>
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
        <translation>Instantánea</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Fecha de carga</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Cargada por</translation>
    </message>
</context>
<context>
    <name>Cutover::SourceInspector</name>
    <message>
        <source>It holds no rows.</source>
        <translation>No contiene filas.</translation>
    </message>
    <message>
        <source>The archive holds no CSV or Excel files.</source>
        <translation>El archivo comprimido no contiene archivos CSV ni Excel.</translation>
    </message>
    <message>
        <source>Every sheet of this workbook is empty.</source>
        <translation>Todas las hojas de este libro están vacías.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>The folder holds no CSV, Excel or zip files.</source>
        <translation>La carpeta no contiene archivos CSV, Excel ni zip.</translation>
    </message>
</context>
<context>
    <name>Cutover::SourceReader</name>
    <message>
        <source>sheet %1</source>
        <translation>hoja %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an export file.</source>
        <translation>%1 es una carpeta, no un archivo de exportación.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which Cutover cannot read. Open it in Excel or LibreOffice, remove the password if there is one, and save it as .xlsx or CSV.</source>
        <translation>%1 es un libro de Excel 97-2003 (.xls) o un libro protegido con contraseña, que Cutover no puede leer. Ábralo en Excel o LibreOffice, quite la contraseña si la tiene y guárdelo como .xlsx o CSV.</translation>
    </message>
</context>
<context>
    <name>Cutover::SpotCheckFieldsModel</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>In the old system</source>
        <translation>En el sistema antiguo</translation>
    </message>
    <message>
        <source>In the target</source>
        <translation>En el destino</translation>
    </message>
</context>
<context>
    <name>Cutover::SpotCheckModel</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Cutover::SpotChecks</name>
    <message>
        <source>The spot checks cannot read the staged entries: %1</source>
        <translation>Las comprobaciones puntuales no pueden leer las entradas cargadas: %1</translation>
    </message>
    <message>
        <source>The review was signed off by %1 on %2; its spot checks can no longer change.</source>
        <translation>%1 firmó la revisión el %2; sus comprobaciones puntuales ya no pueden cambiar.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Señalado</translation>
    </message>
    <message>
        <source>Draw at least one record of each kind.</source>
        <translation>Extraiga al menos un registro de cada tipo.</translation>
    </message>
    <message>
        <source>The spot checks cannot be read: %1</source>
        <translation>No se pueden leer las comprobaciones puntuales: %1</translation>
    </message>
    <message>
        <source>The spot checks cannot be written: %1</source>
        <translation>No se pueden escribir las comprobaciones puntuales: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Persona o empresa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>The staged record %1 cannot be read: %2</source>
        <translation>No se puede leer el registro cargado %1: %2</translation>
    </message>
    <message>
        <source>user %1 of the target</source>
        <translation>usuario %1 del destino</translation>
    </message>
    <message>
        <source>client %1 (%2)</source>
        <translation>cliente %1 (%2)</translation>
    </message>
    <message>
        <source>matter %1</source>
        <translation>asunto %1</translation>
    </message>
    <message>
        <source>time entry %1 of %2 by %3 on %4</source>
        <translation>entrada de tiempo %1 del %2 de %3, asunto %4</translation>
    </message>
    <message>
        <source>expense %1 of %2 by %3 on %4</source>
        <translation>gasto %1 del %2 de %3, asunto %4</translation>
    </message>
    <message>
        <source>balance carried forward on %1</source>
        <translation>saldo trasladado del asunto %1</translation>
    </message>
    <message>
        <source>%1 (no longer in the import)</source>
        <translation>%1 (ya no figura en la importación)</translation>
    </message>
    <message>
        <source>A flagged spot check needs a note saying what is wrong, for the correction list.</source>
        <translation>Una comprobación puntual señalada necesita una nota que indique qué está mal, para la lista de correcciones.</translation>
    </message>
    <message>
        <source>The spot check cannot be written: %1</source>
        <translation>No se puede escribir la comprobación puntual: %1</translation>
    </message>
    <message>
        <source>%1 %2 is not in the spot-check sample.</source>
        <translation>%1 %2 no está en la muestra de comprobaciones puntuales.</translation>
    </message>
</context>
<context>
    <name>Cutover::SqliteStatement</name>
    <message>
        <source>The project connection is not an SQLite connection.</source>
        <translation>La conexión del proyecto no es una conexión SQLite.</translation>
    </message>
</context>
<context>
    <name>Cutover::StagingJob</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>The folder %1 holds no CSV or Excel files.</source>
        <translation>La carpeta %1 no contiene archivos CSV ni Excel.</translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened.</source>
        <translation>No se puede abrir el archivo comprimido %1.</translation>
    </message>
    <message>
        <source>%1 in the archive %2 cannot be extracted.</source>
        <translation>No se puede extraer %1 del archivo comprimido %2.</translation>
    </message>
    <message>
        <source>The archive %1 holds no CSV or Excel files.</source>
        <translation>El archivo comprimido %1 no contiene archivos CSV ni Excel.</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 no contiene filas.</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, hoja %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 Candidates: %3.</source>
        <translation>%1: %2 Posibles tipos: %3.</translation>
    </message>
    <message>
        <source>Cutover could not tell what these files hold; choose a map for each:
%1</source>
        <translation>Cutover no pudo determinar lo que contienen estos archivos; elija un mapa para cada uno:
%1</translation>
    </message>
    <message>
        <source>There is nothing to load.</source>
        <translation>No hay nada que cargar.</translation>
    </message>
    <message>
        <source>The project file cannot be opened for staging: %1</source>
        <translation>No se puede abrir el archivo del proyecto para la carga: %1</translation>
    </message>
    <message>
        <source>The project file has no settings: %1</source>
        <translation>El archivo del proyecto no tiene configuración: %1</translation>
    </message>
    <message>
        <source>Snapshot %1 does not exist or is not complete.</source>
        <translation>La instantánea %1 no existe o no está completa.</translation>
    </message>
    <message>
        <source>There is already a final snapshot (number %1). Load the re-export as a delta snapshot, or discard the final snapshot first.</source>
        <translation>Ya existe una instantánea final (número %1). Cargue la reexportación como instantánea delta o descarte primero la instantánea final.</translation>
    </message>
    <message>
        <source>A delta snapshot is compared with the final one, and there is no final snapshot yet. Load the export as final first.</source>
        <translation>Una instantánea delta se compara con la final, y todavía no hay ninguna instantánea final. Cargue primero la exportación como final.</translation>
    </message>
    <message>
        <source>The snapshot cannot be recorded: %1</source>
        <translation>No se puede registrar la instantánea: %1</translation>
    </message>
    <message>
        <source> What was loaded could not be removed yet (%1); it will be removed when the project is next opened.</source>
        <translation> Lo que se cargó todavía no se pudo eliminar (%1); se eliminará la próxima vez que se abra el proyecto.</translation>
    </message>
    <message>
        <source>Cancelled; nothing from this load was kept.</source>
        <translation>Cancelado; no se conservó nada de esta carga.</translation>
    </message>
    <message>
        <source>%1 does not fit the map “%2”: %3</source>
        <translation>%1 no se ajusta al mapa “%2”: %3</translation>
    </message>
    <message>
        <source>%1 does not fit the map “%2”: it has no column “%3” for the %4.</source>
        <translation>%1 no se ajusta al mapa “%2”: no tiene ninguna columna “%3” para el %4.</translation>
    </message>
    <message>
        <source>No %1 are loaded in this snapshot, so the “%2” values of %3 were not checked.</source>
        <translation>No hay %1 cargados en esta instantánea, por lo que no se comprobaron los valores de “%2” de %3.</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <source>This row has %1 cells where the header has %2; the missing cells are read as empty.</source>
        <translation>Esta fila tiene %1 celdas y el encabezado tiene %2; las celdas que faltan se leen como vacías.</translation>
    </message>
    <message>
        <source>This row has %1 cells where the header has %2; the cells beyond the header are not loaded.</source>
        <translation>Esta fila tiene %1 celdas y el encabezado tiene %2; las celdas que sobrepasan el encabezado no se cargan.</translation>
    </message>
    <message>
        <source>The %1 is empty; every row needs one.</source>
        <translation>El %1 está vacío; todas las filas deben tenerlo.</translation>
    </message>
    <message>
        <source>“%1” is not among the %2 loaded in this snapshot.</source>
        <translation>“%1” no figura entre los %2 cargados en esta instantánea.</translation>
    </message>
    <message>
        <source>This row was created or changed after the cutoff (%1).</source>
        <translation>Esta fila se creó o modificó después de la fecha de corte (%1).</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, fila %2</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>This contact has the same %1 as the one at %2; it may be a duplicate.</source>
        <translation>Este contacto tiene el mismo %1 que el de %2; puede ser un duplicado.</translation>
    </message>
    <message>
        <source>%1, row %2 cannot be stored: %3</source>
        <translation>No se puede guardar %1, fila %2: %3</translation>
    </message>
    <message>
        <source>A problem found in %1 could not be recorded: %2</source>
        <translation>No se pudo registrar un problema encontrado en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 hold another kind of record and were left to the map for that kind.</source>
        <translation>
            <numerusform>%n fila de %1 contiene otro tipo de registro y se dejó para el mapa de ese tipo.</numerusform>
            <numerusform>%n filas de %1 contienen otro tipo de registro y se dejaron para el mapa de ese tipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for duplicates</source>
        <translation>Buscando duplicados</translation>
    </message>
    <message>
        <source>This entry is identical to the one at %1 (same user, date, matter, amount and description). Both are kept; check it is not entered twice.</source>
        <translation>Esta entrada es idéntica a la de %1 (mismo usuario, fecha, asunto, importe y descripción). Se conservan ambas; compruebe que no esté registrada dos veces.</translation>
    </message>
    <message>
        <source>%1 “%2” is used again here; it was first used at %3. Each must be unique.</source>
        <translation>%1 “%2” repetido: se usó por primera vez en %3. Cada valor debe ser único.</translation>
    </message>
    <message>
        <source>This entry (%1) has the same user, date, matter, amount and description as entry %2 at %3; check it is not entered twice.</source>
        <translation>Esta entrada (%1) tiene el mismo usuario, fecha, asunto, importe y descripción que la entrada %2 de %3; compruebe que no esté registrada dos veces.</translation>
    </message>
    <message>
        <source>A problem found in the files could not be recorded: %1</source>
        <translation>No se pudo registrar un problema encontrado en los archivos: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Comparing with the final export</source>
        <translation>Comparando con la exportación final</translation>
    </message>
    <message>
        <source>The re-export could not be compared with the final export: %1</source>
        <translation>No se pudo comparar la reexportación con la exportación final: %1</translation>
    </message>
    <message>
        <source>Snapshot %1: %2 staged from %3, %4 rejected; %5, %6.</source>
        <translation>Instantánea %1: carga de %2 desde %3, rechazadas: %4; %5, %6.</translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 fila</numerusform>
            <numerusform>%1 filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 error(s)</source>
        <translation>
            <numerusform>%1 error</numerusform>
            <numerusform>%1 errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 warning(s)</source>
        <translation>
            <numerusform>%1 advertencia</numerusform>
            <numerusform>%1 advertencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::StagingStore</name>
    <message>
        <source>An interrupted load could not be cleared: %1</source>
        <translation>No se pudo borrar una carga interrumpida: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 - fix list.csv</source>
        <translation>%1 - lista de correcciones.csv</translation>
    </message>
    <message>
        <source>Cutover: problems (delete this column or leave it)</source>
        <translation>Cutover: problemas (elimine esta columna o déjela)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
</context>
<context>
    <name>Cutover::StagingTasks</name>
    <message>
        <source>The project file cannot be opened.</source>
        <translation>No se puede abrir el archivo del proyecto.</translation>
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
    <message>
        <source>What this step is for</source>
        <translation>Para qué sirve este paso</translation>
    </message>
    <message>
        <source>Show what this step is for</source>
        <translation>Mostrar para qué sirve este paso</translation>
    </message>
    <message>
        <source>Fold the help away.</source>
        <translation>Oculta la ayuda.</translation>
    </message>
    <message>
        <source>Show what this step is for.</source>
        <translation>Muestra para qué sirve este paso.</translation>
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
    <name>Cutover::TargetConnectionBox</name>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Clio (United States)</source>
        <translation>Clio (Estados Unidos)</translation>
    </message>
    <message>
        <source>Clio (Europe)</source>
        <translation>Clio (Europa)</translation>
    </message>
    <message>
        <source>Clio (Canada)</source>
        <translation>Clio (Canadá)</translation>
    </message>
    <message>
        <source>Clio (Australia)</source>
        <translation>Clio (Australia)</translation>
    </message>
    <message>
        <source>Custom address (sandbox or rehearsal)</source>
        <translation>Dirección personalizada (entorno de pruebas o ensayo)</translation>
    </message>
    <message>
        <source>CSV import package</source>
        <translation>Paquete de importación CSV</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>Address of the target</source>
        <translation>Dirección del destino</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>Folder for the import package</source>
        <translation>Carpeta del paquete de importación</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>Carpeta de &amp;salida:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Client ID of the firm&apos;s Clio developer app</source>
        <translation>ID de cliente de la aplicación de desarrollador de Clio del despacho</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>&amp;Sign in with Clio</source>
        <translation>Iniciar sesión con C&amp;lio</translation>
    </message>
    <message>
        <source>Sign in &amp;with a code…</source>
        <translation>Iniciar sesión con un c&amp;ódigo…</translation>
    </message>
    <message>
        <source>Clio shows a code after you allow access; paste it here.</source>
        <translation>Clio muestra un código después de permitir el acceso; péguelo aquí.</translation>
    </message>
    <message>
        <source>Sign in:</source>
        <translation>Inicio de sesión:</translation>
    </message>
    <message>
        <source>The code Clio shows after you allow access</source>
        <translation>El código que Clio muestra después de permitir el acceso</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>Código de autorización</translation>
    </message>
    <message>
        <source>Use code</source>
        <translation>Usar el código</translation>
    </message>
    <message>
        <source>Paste an access token</source>
        <translation>Pegue un token de acceso</translation>
    </message>
    <message>
        <source>Use t&amp;his token</source>
        <translation>Usar este &amp;token</translation>
    </message>
    <message>
        <source>Or use an access to&amp;ken:</source>
        <translation>O usar un to&amp;ken de acceso:</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>Waiting for Clio in the browser…</source>
        <translation>Esperando a Clio en el navegador…</translation>
    </message>
    <message>
        <source>Signed in. The token is kept in the keychain.</source>
        <translation>Sesión iniciada. El token se guarda en el llavero.</translation>
    </message>
    <message>
        <source>Allow access in the browser, then paste the code Clio shows.</source>
        <translation>Permita el acceso en el navegador y luego pegue el código que muestra Clio.</translation>
    </message>
    <message>
        <source>Paste the code Clio shows first.</source>
        <translation>Pegue primero el código que muestra Clio.</translation>
    </message>
    <message>
        <source>Renewing the access token…</source>
        <translation>Renovando el token de acceso…</translation>
    </message>
    <message>
        <source>The access token was renewed.</source>
        <translation>Se renovó el token de acceso.</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Pegue primero un token.</translation>
    </message>
    <message>
        <source>The token is kept in the keychain.</source>
        <translation>El token se guarda en el llavero.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>No token for %1 yet: sign in with Clio or paste an access token.</source>
        <translation>Todavía no hay ningún token para %1: inicie sesión con Clio o pegue un token de acceso.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (%3).</source>
        <translation>Conectado a %1 como %2 (%3).</translation>
    </message>
    <message>
        <source>The new system&apos;s users cannot be read: %1</source>
        <translation>No se pueden leer los usuarios del nuevo sistema: %1</translation>
    </message>
</context>
<context>
    <name>Cutover::TargetConnector</name>
    <message>
        <source>This target cannot read back %1 %2 by its id.</source>
        <translation>Este destino no puede volver a leer por su ID el registro %2 (%1).</translation>
    </message>
</context>
<context>
    <name>Cutover::TimeTemplates</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Cannot create the sheets of %1.</source>
        <translation>No se pueden crear las hojas de %1.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Asuntos</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>A date from %1 to %2.</source>
        <translation>Una fecha del %1 al %2.</translation>
    </message>
    <message>
        <source>Enter a date from %1 (the cutoff day) to %2.</source>
        <translation>Introduzca una fecha del %1 (el día de corte) al %2.</translation>
    </message>
    <message>
        <source>Choose a user from the list.</source>
        <translation>Elija un usuario de la lista.</translation>
    </message>
    <message>
        <source>Choose the client from the list.</source>
        <translation>Elija el cliente de la lista.</translation>
    </message>
    <message>
        <source>Choose the matter from the list.</source>
        <translation>Elija el asunto de la lista.</translation>
    </message>
    <message>
        <source>Hours worked, as a decimal: 1.5 is an hour and a half.</source>
        <translation>Horas trabajadas, en formato decimal: 1.5 es una hora y media.</translation>
    </message>
    <message>
        <source>Enter the hours as a number from 0.1 to 24.</source>
        <translation>Introduzca las horas como un número del 0.1 al 24.</translation>
    </message>
    <message>
        <source>The hourly rate; leave it empty for the usual rate.</source>
        <translation>La tarifa por hora; déjela vacía para aplicar la tarifa habitual.</translation>
    </message>
    <message>
        <source>Enter the rate as a number, 0 or more.</source>
        <translation>Introduzca la tarifa como un número igual o mayor que 0.</translation>
    </message>
    <message>
        <source>Yes or No; empty means Yes.</source>
        <translation>Sí o No; si se deja vacío, se entiende Sí.</translation>
    </message>
    <message>
        <source>the firm</source>
        <translation>el despacho</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin establecer)</translation>
    </message>
    <message>
        <source>Time tracking for %1 during the move to the new system</source>
        <translation>Registro de tiempo de %1 durante el cambio al nuevo sistema</translation>
    </message>
    <message>
        <source>Record here the time you work for existing clients from the cutoff day, %1, until the new system has their matters.</source>
        <translation>Registre aquí el tiempo que trabaje para clientes existentes desde el día de corte, %1, hasta que el nuevo sistema tenga sus asuntos.</translation>
    </message>
    <message>
        <source>Use the sheet “%1”: one row per entry. The header row is locked; do not rename or move its columns.</source>
        <translation>Use la hoja “%1”: una fila por entrada. La fila de encabezado está bloqueada; no cambie el nombre de sus columnas ni las mueva.</translation>
    </message>
    <message>
        <source>Date: the day worked, from %1 on.</source>
        <translation>Fecha: el día trabajado, a partir del %1.</translation>
    </message>
    <message>
        <source>User: who did the work, chosen from the list.</source>
        <translation>Usuario: quién hizo el trabajo, elegido de la lista.</translation>
    </message>
    <message>
        <source>Client and Matter: chosen from the lists. The matter decides where the time goes; the client is checked against it.</source>
        <translation>Cliente y Asunto: elegidos de las listas. El asunto determina adónde va el tiempo; el cliente se comprueba con él.</translation>
    </message>
    <message>
        <source>Hours: a decimal number from 0.1 to 24 (1.25 is an hour and a quarter).</source>
        <translation>Horas: un número decimal del 0.1 al 24 (1.25 es una hora y cuarto).</translation>
    </message>
    <message>
        <source>Rate: the hourly rate; leave it empty for the usual rate.</source>
        <translation>Tarifa: la tarifa por hora; déjela vacía para aplicar la tarifa habitual.</translation>
    </message>
    <message>
        <source>Description: what was done, as it should appear on the bill.</source>
        <translation>Descripción: lo que se hizo, tal como debe aparecer en la factura.</translation>
    </message>
    <message>
        <source>Billable: Yes or No; empty means Yes.</source>
        <translation>Facturable: Sí o No; si se deja vacío, se entiende Sí.</translation>
    </message>
    <message>
        <source>When you are done, save the file (keep the format) and give it back to whoever runs the migration. It is loaded back through the Placeholder step of Cutover: every row is checked, and a row with a problem is listed with its row and column so it can be corrected and the file loaded again. Rows already loaded are not added twice.</source>
        <translation>Cuando termine, guarde el archivo (conserve el formato) y entrégueselo a quien dirija la migración. Se vuelve a cargar en el paso Asunto provisional de Cutover: se comprueba cada fila, y las filas con algún problema se enumeran con su número de fila y su columna para que se puedan corregir y se vuelva a cargar el archivo. Las filas ya cargadas no se añaden dos veces.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>the sheet of the time-tracking workbook</comment>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>There is no snapshot of the old system yet: load the export files first.</source>
        <translation>Todavía no hay ninguna instantánea del sistema antiguo: cargue primero los archivos de exportación.</translation>
    </message>
    <message>
        <source>The snapshot has no users or no matters to offer in the templates.</source>
        <translation>La instantánea no tiene usuarios o no tiene asuntos que ofrecer en las plantillas.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>time-tracking</source>
        <comment>file name of the templates</comment>
        <translation>registro-de-tiempo</translation>
    </message>
    <message>
        <source>%1 - matters</source>
        <comment>file name: the matters to copy into the CSV template</comment>
        <translation>%1 - asuntos</translation>
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
    <name>Cutover::UserMappingModel</name>
    <message>
        <source>This user&apos;s entries cannot be imported until a user of the new system is chosen.</source>
        <translation>Las entradas de este usuario no se pueden importar hasta que se elija un usuario del nuevo sistema.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Missing: choose a user</source>
        <translation>Falta: elija un usuario</translation>
    </message>
    <message>
        <source>Same e-mail</source>
        <translation>Mismo correo electrónico</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Mismo nombre</translation>
    </message>
    <message>
        <source>Chosen by hand</source>
        <translation>Elegido manualmente</translation>
    </message>
    <message>
        <source>User in the old system</source>
        <translation>Usuario en el sistema antiguo</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>User in the new system</source>
        <translation>Usuario en el nuevo sistema</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Criterio de asociación</translation>
    </message>
</context>
<context>
    <name>Cutover::UserMappings</name>
    <message>
        <source>The user mapping cannot be read: %1</source>
        <translation>No se puede leer la asociación de usuarios: %1</translation>
    </message>
    <message>
        <source>The user mapping cannot be saved: %1</source>
        <translation>No se puede guardar la asociación de usuarios: %1</translation>
    </message>
</context>
<context>
    <name>Cutover::XlsxReader</name>
    <message>
        <source>%1 has no worksheets.</source>
        <translation>%1 no tiene hojas de cálculo.</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”. Its sheets are: %3.</source>
        <translation>%1 no tiene ninguna hoja llamada “%2”. Sus hojas son: %3.</translation>
    </message>
    <message>
        <source>%1 is not a readable workbook: the zip archive is damaged (error %2).</source>
        <translation>%1 no es un libro legible: el archivo zip está dañado (error %2).</translation>
    </message>
    <message>
        <source>%1 is damaged: the compressed data of %2 cannot be read (error %3).</source>
        <translation>%1 está dañado: no se pueden leer los datos comprimidos de %2 (error %3).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 is not well-formed XML (%3, line %4).</source>
        <translation>%1 está dañado: %2 no es un XML bien formado (%3, línea %4).</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: it has no %2.</source>
        <translation>%1 no es un libro de Excel: no contiene %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of texts (%2) cannot be opened.</source>
        <translation>%1 está dañado: no se puede abrir su lista de textos (%2).</translation>
    </message>
    <message>
        <source>The cell formats of %1 cannot be read (%2); dates in it are read as numbers.</source>
        <translation>No se pueden leer los formatos de celda de %1 (%2); sus fechas se leen como números.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet %2 (%3) is missing.</source>
        <translation>%1 está dañado: falta la hoja %2 (%3).</translation>
    </message>
    <message>
        <source>This row looks like a title (“%1”), not the header, and was skipped.</source>
        <translation>Esta fila parece un título (“%1”), no el encabezado, y se omitió.</translation>
    </message>
    <message>
        <source>A cell beyond the last column Excel allows was ignored.</source>
        <translation>Se ignoró una celda situada más allá de la última columna que admite Excel.</translation>
    </message>
    <message>
        <source>Cell %1 refers to text %2, which the workbook does not have; it is read as empty.</source>
        <translation>La celda %1 hace referencia al texto %2, que no existe en el libro; se lee como vacía.</translation>
    </message>
    <message>
        <source>Cell %1 holds the error value %2; it is read as that text.</source>
        <translation>La celda %1 contiene el valor de error %2; se lee como ese texto.</translation>
    </message>
    <message>
        <source>Cell %1 holds 29 February 1900, a day that does not exist (an old Excel quirk); it is read as 1900-02-29.</source>
        <translation>La celda %1 contiene el 29 de febrero de 1900, un día que no existe (una antigua peculiaridad de Excel); se lee como 1900-02-29.</translation>
    </message>
    <message>
        <source>Cell %1 is formatted as a date or time, but %2 is not one Excel can show; it is read as a number.</source>
        <translation>La celda %1 tiene formato de fecha u hora, pero %2 no es un valor que Excel pueda mostrar; se lee como número.</translation>
    </message>
</context>
<context>
    <name>Cutover::XlsxWriter</name>
    <message>
        <source>Cannot write workbooks: the library %1 could not be loaded (%2). Install the libxlsxwriter%3 package.</source>
        <translation>No se pueden escribir libros: no se pudo cargar la biblioteca %1 (%2). Instale el paquete libxlsxwriter%3.</translation>
    </message>
    <message>
        <source>Cannot write workbooks: the library %1 has no function %2; it is too old.</source>
        <translation>No se pueden escribir libros: la biblioteca %1 no tiene la función %2; es demasiado antigua.</translation>
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
