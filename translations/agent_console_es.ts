<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>IMAP server:</source>
        <extracomment>(field, widget type) per kind; &quot;secret&quot; fields go to the keyring, &quot;list&quot; fields are comma-separated.</extracomment>
        <translation>Servidor IMAP:</translation>
    </message>
    <message>
        <source>IMAP port:</source>
        <translation>Puerto IMAP:</translation>
    </message>
    <message>
        <source>IMAP security:</source>
        <translation>Cifrado IMAP:</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Servidor SMTP:</translation>
    </message>
    <message>
        <source>SMTP port:</source>
        <translation>Puerto SMTP:</translation>
    </message>
    <message>
        <source>SMTP security:</source>
        <translation>Cifrado SMTP:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Dirección del remitente:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Nombre del remitente:</translation>
    </message>
    <message>
        <source>Folder to fetch:</source>
        <translation>Carpeta de recepción:</translation>
    </message>
    <message>
        <source>Save sent replies in:</source>
        <translation>Guardar respuestas enviadas en:</translation>
    </message>
    <message>
        <source>Account SID:</source>
        <translation>SID de la cuenta:</translation>
    </message>
    <message>
        <source>Auth token:</source>
        <translation>Token de autenticación:</translation>
    </message>
    <message>
        <source>SMS numbers:</source>
        <translation>Números de SMS:</translation>
    </message>
    <message>
        <source>WhatsApp numbers:</source>
        <translation>Números de WhatsApp:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Dirección de la API:</translation>
    </message>
    <message>
        <source>Bot token:</source>
        <translation>Token del bot:</translation>
    </message>
    <message>
        <source>E-mail (IMAP and SMTP)</source>
        <translation>Correo electrónico (IMAP y SMTP)</translation>
    </message>
    <message>
        <source>SMS and WhatsApp (Twilio)</source>
        <translation>SMS y WhatsApp (Twilio)</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Bot de Telegram</translation>
    </message>
    <message>
        <source>Channel accounts</source>
        <translation>Cuentas de canales</translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation>&amp;Nueva cuenta</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;Check every (seconds):</source>
        <translation>Co&amp;mprobar cada (segundos):</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Cola:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activada</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Ninguno (sin cifrar)</translation>
    </message>
    <message>
        <source>Stored in the system keyring; leave empty to keep it</source>
        <translation>Se guarda en el llavero del sistema; déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <source>+995322000000, +995322000001</source>
        <translation>+995322000000, +995322000001</translation>
    </message>
    <message>
        <source>The provider&apos;s address (change only for a proxy or a test server)</source>
        <translation>Dirección del proveedor (cámbiela solo para un proxy o un servidor de pruebas)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problema: %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>aún sin sincronizar</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>sincronizada: %1</translation>
    </message>
    <message>
        <source>Saved. New messages are fetched within one check interval.</source>
        <translation>Guardado. Los mensajes nuevos se recibirán en el plazo de un intervalo de comprobación.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>La conexión funciona: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Error de conexión: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Remove this account and its stored secrets? Its messages stay in the timelines.</source>
        <translation>¿Eliminar esta cuenta y sus credenciales guardadas? Sus mensajes permanecerán en el historial.</translation>
    </message>
    <message>
        <source>Disabled, not removed: replies in its outbox still wait to be sent.</source>
        <translation>Desactivada, no eliminada: en la bandeja de salida aún hay respuestas de esta cuenta pendientes de envío.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Where the supervisors disagree</source>
        <translation>Dónde discrepan los supervisores</translation>
    </message>
    <message>
        <source>Answers per criterion and supervisor</source>
        <translation>Respuestas por criterio y supervisor</translation>
    </message>
    <message numerus="yes">
        <source>Scores: %1. Spread: %2 points. %n criteria rated differently.</source>
        <translation>
            <numerusform>Puntuaciones: %1. Diferencia: %2 puntos. %n criterio calificado de forma distinta.</numerusform>
            <numerusform>Puntuaciones: %1. Diferencia: %2 puntos. %n criterios calificados de forma distinta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Redes sociales</translation>
    </message>
</context>
<context>
    <name>ChannelStatusButton</name>
    <message numerus="yes">
        <source>Channels: %n with a problem</source>
        <translation>
            <numerusform>Canales: %n con problemas</numerusform>
            <numerusform>Canales: %n con problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels: all working</source>
        <translation>Canales: todos funcionan</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Bandeja de salida: %n en espera</numerusform>
            <numerusform>Bandeja de salida: %n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1: desactivada</translation>
    </message>
    <message>
        <source>%1: last synced %2</source>
        <translation>%1: última sincronización: %2</translation>
    </message>
    <message>
        <source>%1: %2 (last synced %3)</source>
        <translation>%1: %2 (última sincronización: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n replies need your decision in the outbox</source>
        <translation>
            <numerusform>%n respuesta de la bandeja de salida requiere su decisión</numerusform>
            <numerusform>%n respuestas de la bandeja de salida requieren su decisión</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachingWindow</name>
    <message>
        <source>My coaching</source>
        <translation>Mi coaching</translation>
    </message>
    <message>
        <source>Acknowledge (Ctrl+K)</source>
        <translation>Confirmar lectura (Ctrl+K)</translation>
    </message>
    <message>
        <source>Acknowledge the selected note</source>
        <translation>Confirmar la lectura de la nota seleccionada</translation>
    </message>
    <message>
        <source>Coaching notes on your messages</source>
        <translation>Notas de coaching sobre sus mensajes</translation>
    </message>
    <message>
        <source>Your reviews</source>
        <translation>Sus evaluaciones</translation>
    </message>
    <message>
        <source>Exemplary conversations shared with you</source>
        <translation>Conversaciones ejemplares compartidas con usted</translation>
    </message>
    <message>
        <source>Quality score by week</source>
        <translation>Puntuación de calidad por semana</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Fecha de evaluación</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Evaluado por</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Puntuación de calidad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message numerus="yes">
        <source>Your quality score: %1 % over %n reviews</source>
        <translation>
            <numerusform>Su puntuación de calidad: %1 % en %n evaluación</numerusform>
            <numerusform>Su puntuación de calidad: %1 % en %n evaluaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews of your conversations yet.</source>
        <translation>Aún no se ha evaluado ninguna de sus conversaciones.</translation>
    </message>
    <message numerus="yes">
        <source>Notes to acknowledge: %n</source>
        <translation>
            <numerusform>Notas pendientes de confirmar: %n</numerusform>
            <numerusform>Notas pendientes de confirmar: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation>lectura confirmada el %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>critical criterion failed</source>
        <translation>criterio crítico no superado</translation>
    </message>
    <message>
        <source>Exemplary conversations</source>
        <translation>Conversaciones ejemplares</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Two conversations side by side</source>
        <translation>Dos conversaciones lado a lado</translation>
    </message>
    <message>
        <source>&amp;Scroll together</source>
        <translation>&amp;Desplazar juntas</translation>
    </message>
    <message>
        <source>by message</source>
        <translation>por mensaje</translation>
    </message>
    <message>
        <source>by time since the start</source>
        <translation>por tiempo desde el inicio</translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation>Desplazar juntas</translation>
    </message>
    <message>
        <source>Left conversation</source>
        <translation>Conversación de la izquierda</translation>
    </message>
    <message>
        <source>Right conversation</source>
        <translation>Conversación de la derecha</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Tiempo de gestión</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Canned replies used</source>
        <translation>Respuestas predefinidas usadas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <extracomment>The channel this reply leaves on: the conversation&apos;s, or another address of the customer.</extracomment>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the reply (%1)</source>
        <translation>Enviar la respuesta (%1)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Send the reply through this channel</source>
        <translation>Enviar la respuesta por este canal</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Enviar la respuesta</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Ninguna conversación seleccionada</translation>
    </message>
    <message>
        <source>Reply via %1 to %2</source>
        <translation>Respuesta por %1 a %2</translation>
    </message>
    <message>
        <source>Write your reply… (Ctrl+Enter sends)</source>
        <translation>Escriba su respuesta… (Ctrl+Enter para enviar)</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Borrador restaurado</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <source>Loading canned replies…</source>
        <translation>Cargando respuestas predefinidas…</translation>
    </message>
    <message>
        <source>Reply inserted.</source>
        <translation>Respuesta insertada.</translation>
    </message>
    <message>
        <source>Fill in before sending: %1</source>
        <translation>Complete antes de enviar: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Agent Console — unexpected error</source>
        <translation>Agent Console — error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong. Your drafts are saved; you can keep working, or restart Agent Console if the window misbehaves.</source>
        <translation>Algo salió mal. Sus borradores están guardados; puede seguir trabajando o reiniciar Agent Console si la ventana no funciona bien.</translation>
    </message>
    <message>
        <source>Please send the details to your administrator.</source>
        <translation>Envíe los detalles a su administrador.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>CustomerCardWidget</name>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>Hora local:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contactos:</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identidades</translation>
    </message>
    <message>
        <source>The customer&apos;s identities per channel</source>
        <translation>Identidades del cliente por canal</translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation>Posiblemente la misma persona</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>Combinaciones sugeridas</translation>
    </message>
    <message>
        <source>Merge into this customer</source>
        <translation>Combinar con este cliente</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>No es la misma persona</translation>
    </message>
    <message>
        <source>Merged into this customer</source>
        <translation>Combinados con este cliente</translation>
    </message>
    <message>
        <source>Merges that can be undone</source>
        <translation>Combinaciones que se pueden deshacer</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Deshacer combinación</translation>
    </message>
    <message>
        <source>Merge with another customer… (Ctrl+M)</source>
        <translation>Combinar con otro cliente… (Ctrl+M)</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Ningún cliente seleccionado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 open of %2</source>
        <translation>%1 abiertos de %2</translation>
    </message>
    <message>
        <source>same name and country</source>
        <translation>mismo nombre y país</translation>
    </message>
    <message>
        <source>similar address: %1</source>
        <translation>dirección similar: %1</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>zona horaria desconocida</translation>
    </message>
</context>
<context>
    <name>CustomerSide</name>
    <message>
        <source>Playing the customer — %1</source>
        <translation>En el papel del cliente — %1</translation>
    </message>
    <message>
        <source>Suggested lines (double-click to use):</source>
        <translation>Frases sugeridas (doble clic para usarlas):</translation>
    </message>
    <message>
        <source>&amp;Send as the customer</source>
        <translation>&amp;Enviar como cliente</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;End the session with</source>
        <translation>&amp;Terminar la sesión con</translation>
    </message>
    <message>
        <source>&amp;Cancel the session</source>
        <translation>&amp;Cancelar la sesión</translation>
    </message>
    <message>
        <source>Open the &amp;debrief</source>
        <translation>Abrir el &amp;análisis</translation>
    </message>
    <message>
        <source>Write as the customer: a reply, or a complication to test the trainee</source>
        <translation>Escriba como el cliente: una respuesta o una complicación para poner a prueba al participante</translation>
    </message>
    <message>
        <source>The customer&apos;s message</source>
        <translation>Mensaje del cliente</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Suggested lines</source>
        <translation>Frases sugeridas</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <source>the trainee</source>
        <translation>el participante</translation>
    </message>
    <message>
        <source>The training database cannot be reached; trying again… (%1)</source>
        <translation>No se puede conectar con la base de datos de formación; reintentando… (%1)</translation>
    </message>
    <message>
        <source>Waiting for %1 to take the session at their desk…</source>
        <translation>Esperando a que %1 acepte la sesión en su puesto…</translation>
    </message>
    <message>
        <source>Finished and scored: the debrief is ready.</source>
        <translation>Terminada y puntuada: el análisis está listo.</translation>
    </message>
    <message>
        <source>%1 closed the training console before the end.</source>
        <translation>%1 cerró la consola de formación antes del final.</translation>
    </message>
    <message>
        <source>%1 declined the session.</source>
        <translation>%1 rechazó la sesión.</translation>
    </message>
    <message>
        <source>The session was cancelled before it started.</source>
        <translation>La sesión se canceló antes de empezar.</translation>
    </message>
    <message>
        <source>The customer has left the conversation; %1 is recording the wrap-up.</source>
        <translation>El cliente ha salido de la conversación; %1 está registrando el cierre.</translation>
    </message>
    <message>
        <source>Paused: the customer&apos;s clock has stopped.</source>
        <translation>En pausa: el reloj del cliente está detenido.</translation>
    </message>
    <message>
        <source>Live with %1: what you send reaches their console as the customer&apos;s message.</source>
        <translation>En vivo con %1: cada mensaje que usted envíe le llega como mensaje del cliente.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Participante</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>KPI dashboard</source>
        <translation>Panel de KPI</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>&amp;Desglosar por</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Exportar XLSX…</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definiciones</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Desglosar por</translation>
    </message>
    <message>
        <source>Figures by group; Enter lists the contacts behind a figure</source>
        <translation>Cifras por grupo; Enter muestra los contactos que componen una cifra</translation>
    </message>
    <message>
        <source>Contacts over time</source>
        <translation>Evolución de los contactos</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Distribución por canal</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exportar el informe como CSV</translation>
    </message>
    <message>
        <source>Export the report as XLSX</source>
        <translation>Exportar el informe como XLSX</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>Definiciones de los KPI</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La fecha final es anterior a la inicial.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>No se pudieron cargar las cifras: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n contacts wrapped up</source>
        <translation>
            <numerusform>%1 – %2: %n contacto cerrado</numerusform>
            <numerusform>%1 – %2: %n contactos cerrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Quality by agent</source>
        <translation>Calidad por agente</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Puntuación de calidad</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>Fallos críticos</translation>
    </message>
    <message>
        <source>Quality by criterion</source>
        <translation>Calidad por criterio</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Average points</source>
        <translation>Media de puntos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message numerus="yes">
        <source>Quality (%n reviews)</source>
        <translation>
            <numerusform>Calidad (%n evaluación)</numerusform>
            <numerusform>Calidad (%n evaluaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts per day</source>
        <translation>Contactos por día</translation>
    </message>
    <message>
        <source>Contacts per week</source>
        <translation>Contactos por semana</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Contactos por mes</translation>
    </message>
    <message>
        <source>Contacts behind: %1</source>
        <translation>Contactos de la cifra: %1</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Debrief</source>
        <translation>Análisis de la sesión</translation>
    </message>
    <message>
        <source>Trainer&apos;s &amp;comments:</source>
        <translation>&amp;Comentarios del formador:</translation>
    </message>
    <message>
        <source>Save comments</source>
        <translation>Guardar comentarios</translation>
    </message>
    <message>
        <source>Score with the &amp;scorecard…</source>
        <translation>Puntuar con la &amp;hoja de evaluación…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Debrief report</source>
        <translation>Informe de análisis</translation>
    </message>
    <message>
        <source>Trainer&apos;s comments</source>
        <translation>Comentarios del formador</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Esta sesión ya no existe.</translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation>Guardar el análisis</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
</context>
<context>
    <name>DraftChecksBar</name>
    <message>
        <source>Draft checks</source>
        <translation>Comprobaciones del borrador</translation>
    </message>
    <message>
        <source>Informal “%1”: use the formal “%2”.</source>
        <translation>«%1» es informal: use el formal «%2».</translation>
    </message>
    <message>
        <source>This language has a formal form of address, and customers expect it.</source>
        <translation>Este idioma tiene una forma de tratamiento formal y los clientes la esperan.</translation>
    </message>
    <message>
        <source>No greeting at the start.</source>
        <translation>Falta el saludo al principio.</translation>
    </message>
    <message>
        <source>A reply that opens without a greeting often reads as curt in this language.</source>
        <translation>En este idioma, una respuesta que empieza sin saludo suele parecer brusca.</translation>
    </message>
    <message>
        <source>The customer&apos;s name (%1) is missing.</source>
        <translation>Falta el nombre del cliente (%1).</translation>
    </message>
    <message>
        <source>Addressing the customer by name shows the reply was written for them.</source>
        <translation>Dirigirse al cliente por su nombre demuestra que la respuesta se escribió para él.</translation>
    </message>
    <message>
        <source>Honorific missing.</source>
        <translation>Falta el tratamiento de cortesía.</translation>
    </message>
    <message>
        <source>Capitals (“%1”) read as shouting.</source>
        <translation>Las mayúsculas («%1») parecen gritos.</translation>
    </message>
    <message>
        <source>Write words in capitals only when they are abbreviations.</source>
        <translation>Escriba en mayúsculas solo las abreviaturas.</translation>
    </message>
    <message>
        <source>Several exclamation marks read as shouting.</source>
        <translation>Varios signos de exclamación parecen gritos.</translation>
    </message>
    <message>
        <source>One exclamation mark is enough, if any.</source>
        <translation>Con un signo de exclamación basta, si es que hace falta.</translation>
    </message>
    <message>
        <source>“%1” is jargon the customer may not know.</source>
        <translation>«%1» es jerga que el cliente quizá no conozca.</translation>
    </message>
    <message>
        <source>Say what it means in plain words.</source>
        <translation>Explique su significado con palabras sencillas.</translation>
    </message>
    <message>
        <source>Amount in %1; this customer pays in %2.</source>
        <translation>Importe en %1; este cliente paga en %2.</translation>
    </message>
    <message>
        <source>Quote prices in the customer&apos;s currency; the panel converts.</source>
        <translation>Indique los precios en la moneda del cliente; el panel hace la conversión.</translation>
    </message>
    <message>
        <source>“%1”: here the decimal separator is “%2”.</source>
        <translation>«%1»: en el país del cliente el separador decimal es «%2».</translation>
    </message>
    <message>
        <source>Write amounts the way the customer&apos;s country writes them.</source>
        <translation>Escriba las cantidades como se escriben en el país del cliente.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss this warning for this message</source>
        <translation>Descartar esta advertencia para este mensaje</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>Load more contacts</source>
        <translation>Cargar más contactos</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export these contacts as CSV</source>
        <translation>Exportar estos contactos como CSV</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Tipificación</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Tiempo de gestión</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts shown</source>
        <translation>
            <numerusform>%n contacto mostrado</numerusform>
            <numerusform>%n contactos mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Customer and reason</source>
        <translation>Cliente y motivo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Follow-ups: overdue, today, upcoming</source>
        <translation>Seguimientos: vencidos, hoy, próximos</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Vencidos (%n)</numerusform>
            <numerusform>Vencidos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today (%n)</source>
        <translation>
            <numerusform>Hoy (%n)</numerusform>
            <numerusform>Hoy (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upcoming (%n)</source>
        <translation>
            <numerusform>Próximos (%n)</numerusform>
            <numerusform>Próximos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Set on the %1 clock (%2)</source>
        <translation>Fijado según la hora %1 (%2)</translation>
    </message>
    <message>
        <source>customer&apos;s</source>
        <translation>del cliente</translation>
    </message>
    <message>
        <source>agent&apos;s</source>
        <translation>del agente</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Chat visitor</source>
        <translation>Visitante del chat</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Redes sociales</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Import history</source>
        <translation>Importar historial</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files…</source>
        <translation>
            <numerusform>Importando %n archivo…</numerusform>
            <numerusform>Importando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>unread</source>
        <translation>no leída</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Resolución en el primer contacto</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Tiempo de primera respuesta</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>Tiempo de resolución</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Tiempo medio de gestión</translation>
    </message>
    <message>
        <source>Repeat contacts</source>
        <translation>Contactos repetidos</translation>
    </message>
    <message>
        <source>CSAT: share of CSAT responses (1–5) that are 4 or 5.</source>
        <translation>CSAT: proporción de respuestas CSAT (1–5) con 4 o 5.</translation>
    </message>
    <message>
        <source>NPS: % promoters (9–10) minus % detractors (0–6) of NPS responses (0–10).</source>
        <translation>NPS: % de promotores (9–10) menos % de detractores (0–6) entre las respuestas NPS (0–10).</translation>
    </message>
    <message>
        <source>CES: average of CES responses (1–7; lower means less effort).</source>
        <translation>CES: promedio de las respuestas CES (1–7; cuanto más bajo, menos esfuerzo).</translation>
    </message>
    <message>
        <source>First-contact resolution: of first contacts (no contact by the same customer on the same reason closed within %1 days before), the share resolved with no contact on the same reason within %1 days after, on any channel.</source>
        <translation>Resolución en el primer contacto: de los primeros contactos (sin ningún contacto del mismo cliente por el mismo motivo cerrado en los %1 días anteriores), proporción de los resueltos sin ningún contacto por el mismo motivo en los %1 días siguientes, por cualquier canal.</translation>
    </message>
    <message>
        <source>Repeat contacts: share of contacts after which the same customer got in touch again within %1 days, for any reason, on any channel.</source>
        <translation>Contactos repetidos: proporción de contactos tras los cuales el mismo cliente volvió a contactar en un plazo de %1 días, por cualquier motivo y por cualquier canal.</translation>
    </message>
    <message>
        <source>First response time: from the customer&apos;s first message to the first reply or call to that customer, on any channel.</source>
        <translation>Tiempo de primera respuesta: desde el primer mensaje del cliente hasta la primera respuesta o llamada a ese cliente, por cualquier canal.</translation>
    </message>
    <message>
        <source>Resolution time: for resolved contacts, from the first contact about the issue to the close.</source>
        <translation>Tiempo de resolución: en los contactos resueltos, desde el primer contacto sobre el problema hasta el cierre.</translation>
    </message>
    <message>
        <source>Average handle time: time with the contact open (or the call&apos;s length) plus after-contact work in the wrap-up panel.</source>
        <translation>Tiempo medio de gestión: tiempo con el contacto abierto (o la duración de la llamada) más el trabajo posterior al contacto en el panel de cierre.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>Show the contacts behind this figure</source>
        <translation>Mostrar los contactos que componen esta cifra</translation>
    </message>
</context>
<context>
    <name>LocaleEditDialog</name>
    <message>
        <source>Customer&apos;s language and country</source>
        <translation>Idioma y país del cliente</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
</context>
<context>
    <name>LocalePanel</name>
    <message>
        <source>Locale</source>
        <translation>Idioma y región</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Correct language or country…</source>
        <translation>Corregir idioma o país…</translation>
    </message>
    <message>
        <source>Etiquette</source>
        <translation>Normas de cortesía</translation>
    </message>
    <message>
        <source>Customer&apos;s time</source>
        <translation>Hora del cliente</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Moneda y pagos</translation>
    </message>
    <message>
        <source>Amount to convert</source>
        <translation>Importe a convertir</translation>
    </message>
    <message>
        <source>Conversion direction</source>
        <translation>Sentido de la conversión</translation>
    </message>
    <message>
        <source>from the profile</source>
        <translation>del perfil</translation>
    </message>
    <message>
        <source>from the phone number %1</source>
        <translation>por el número de teléfono %1</translation>
    </message>
    <message>
        <source>detected in the customer&apos;s messages</source>
        <translation>detectado en los mensajes del cliente</translation>
    </message>
    <message>
        <source>from the e-mail domain %1</source>
        <translation>por el dominio de correo electrónico %1</translation>
    </message>
    <message>
        <source>the main language of the country</source>
        <translation>idioma principal del país</translation>
    </message>
    <message>
        <source>where the language is mainly spoken</source>
        <translation>donde más se habla el idioma</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>según lo indicado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sin determinar</translation>
    </message>
    <message>
        <source>Country unknown: general hints. Set the country for specific ones.</source>
        <translation>País desconocido: consejos generales. Indique el país para ver consejos específicos.</translation>
    </message>
    <message>
        <source>Family name comes first.</source>
        <translation>El apellido va primero.</translation>
    </message>
    <message>
        <source>Preferred channels: %1</source>
        <translation>Canales preferidos: %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>Saying no</source>
        <translation>Cómo decir que no</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Disculpas</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Qué evitar</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Plazos y fechas</translation>
    </message>
    <message>
        <source>Time zone unknown.</source>
        <translation>Zona horaria desconocida.</translation>
    </message>
    <message>
        <source>Public holiday today: %1</source>
        <translation>Hoy es festivo: %1</translation>
    </message>
    <message>
        <source>Weekend there</source>
        <translation>Allí es fin de semana</translation>
    </message>
    <message>
        <source>Business hours (%1–%2)</source>
        <translation>Horario laboral (%1–%2)</translation>
    </message>
    <message>
        <source>Outside business hours (%1–%2)</source>
        <translation>Fuera del horario laboral (%1–%2)</translation>
    </message>
    <message>
        <source>Next holidays:</source>
        <translation>Próximos festivos:</translation>
    </message>
    <message>
        <source>No holiday calendar for this country.</source>
        <translation>No hay calendario de festivos para este país.</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Moneda: %1</translation>
    </message>
    <message>
        <source>Payment methods used there:</source>
        <translation>Métodos de pago habituales allí:</translation>
    </message>
    <message>
        <source>No exchange rate yet; rates are fetched when the network is reachable.</source>
        <translation>Aún no hay tipo de cambio; los tipos se obtienen cuando hay conexión de red.</translation>
    </message>
    <message>
        <source>Rates from %1 (%2)</source>
        <translation>Tipos de cambio del %1 (%2)</translation>
    </message>
    <message>
        <source>not updated recently</source>
        <translation>sin actualizar recientemente</translation>
    </message>
    <message>
        <source>Could not update rates from: %1</source>
        <translation>No se pudieron actualizar los tipos desde: %1</translation>
    </message>
    <message>
        <source>No rates fetched yet.</source>
        <translation>Aún no se han obtenido tipos de cambio.</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Registrar una llamada</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sentido:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Incoming (the customer called)</source>
        <translation>Entrante (llamó el cliente)</translation>
    </message>
    <message>
        <source>Outgoing (we called)</source>
        <translation>Saliente (llamamos nosotros)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>A role-play console on the training sandbox: no connectors, no settings written, &quot;Training&quot; in the title (ui/training.py adds the banner and the scripted customer).</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation>C&amp;onversación</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>Ir a la bandeja de entrada</translation>
    </message>
    <message>
        <source>Go to the timeline</source>
        <translation>Ir al historial</translation>
    </message>
    <message>
        <source>Go to the reply</source>
        <translation>Ir a la respuesta</translation>
    </message>
    <message>
        <source>Go to the customer card</source>
        <translation>Ir a la ficha del cliente</translation>
    </message>
    <message>
        <source>Go to the follow-ups</source>
        <translation>Ir a los seguimientos</translation>
    </message>
    <message>
        <source>Wrap up and close the conversation…</source>
        <translation>Finalizar y cerrar la conversación…</translation>
    </message>
    <message>
        <source>Correct the outcome…</source>
        <translation>Corregir el resultado…</translation>
    </message>
    <message>
        <source>KPI dashboard…</source>
        <translation>Panel de KPI…</translation>
    </message>
    <message>
        <source>Review conversations…</source>
        <translation>Evaluar conversaciones…</translation>
    </message>
    <message>
        <source>My coaching…</source>
        <translation>Mi coaching…</translation>
    </message>
    <message>
        <source>Training: role-play scenarios…</source>
        <translation>Formación: escenarios de juego de roles…</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>Definiciones de los KPI</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Conversación siguiente</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Conversación anterior</translation>
    </message>
    <message>
        <source>Find in timeline</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Jump to the previous interaction</source>
        <translation>Ir al contacto anterior</translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation>Filtrar el historial por canal</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Merge with another customer…</source>
        <translation>Combinar con otro cliente…</translation>
    </message>
    <message>
        <source>Undo the last merge</source>
        <translation>Deshacer la última combinación</translation>
    </message>
    <message>
        <source>Canned replies…</source>
        <translation>Respuestas predefinidas…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About Agent Console</source>
        <translation>Acerca de Agent Console</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Channel accounts…</source>
        <translation>Cuentas de canales…</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>Bandeja de salida…</translation>
    </message>
    <message>
        <source>Check channels now</source>
        <translation>Comprobar canales ahora</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>Importar historial…</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Registrar una llamada…</translation>
    </message>
    <message>
        <source>Open the message with formatting and attachments…</source>
        <translation>Abrir el mensaje con formato y adjuntos…</translation>
    </message>
    <message>
        <source>Search customers: name, email, phone (Ctrl+F)</source>
        <translation>Buscar clientes: nombre, correo electrónico, teléfono (Ctrl+F)</translation>
    </message>
    <message>
        <source>Inbox: open conversations</source>
        <translation>Bandeja de entrada: conversaciones abiertas</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <source>Inbox or follow-ups</source>
        <translation>Bandeja de entrada o seguimientos</translation>
    </message>
    <message>
        <source>Reply or wrap-up</source>
        <translation>Respuesta o cierre</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Deshacer combinación</translation>
    </message>
    <message>
        <source>%1 · database: %2</source>
        <translation>%1 · base de datos: %2</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>FORMACIÓN</translation>
    </message>
    <message numerus="yes">
        <source>Inbox (%n)</source>
        <translation>
            <numerusform>Bandeja de entrada (%n)</numerusform>
            <numerusform>Bandeja de entrada (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Seguimientos (%n)</numerusform>
            <numerusform>Seguimientos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencido</numerusform>
            <numerusform>%n vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>%n cliente encontrado</numerusform>
            <numerusform>%n clientes encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter starts the follow-up: a new conversation with the customer.</source>
        <translation>Enter inicia el seguimiento: una nueva conversación con el cliente.</translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n open conversations</source>
        <translation>
            <numerusform>Bandeja de entrada: %n conversación abierta</numerusform>
            <numerusform>Bandeja de entrada: %n conversaciones abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply recorded in the timeline.</source>
        <translation>Respuesta registrada en el historial.</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 se combinó con %2.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Combinar clientes</translation>
    </message>
    <message>
        <source>Merge undone: both customers are back as they were.</source>
        <translation>Combinación deshecha: ambos clientes vuelven a estar como antes.</translation>
    </message>
    <message>
        <source>Customer&apos;s language and country saved to the profile.</source>
        <translation>Idioma y país del cliente guardados en el perfil.</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Abra primero una conversación.</translation>
    </message>
    <message>
        <source>This conversation is already closed; use Correct the outcome to change it.</source>
        <translation>Esta conversación ya está cerrada; para modificar su resultado, use «Corregir el resultado».</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Esta conversación ya no existe.</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>The wrap-up was not saved: %1</source>
        <translation>No se guardó el cierre: %1</translation>
    </message>
    <message>
        <source>Wrap-up saved; the conversation is closed.</source>
        <translation>Cierre guardado; la conversación está cerrada.</translation>
    </message>
    <message>
        <source>Wrap-up kept as a draft.</source>
        <translation>Cierre guardado como borrador.</translation>
    </message>
    <message>
        <source>Select a conversation in the timeline first.</source>
        <translation>Seleccione primero una conversación en el historial.</translation>
    </message>
    <message>
        <source>This conversation has no outcome yet: wrap it up first.</source>
        <translation>Esta conversación aún no tiene resultado: finalícela primero.</translation>
    </message>
    <message numerus="yes">
        <source>Outcome corrected: %n changes recorded.</source>
        <translation>
            <numerusform>Resultado corregido: se registró %n cambio.</numerusform>
            <numerusform>Resultado corregido: se registraron %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished wrap-up</source>
        <translation>Cierre sin terminar</translation>
    </message>
    <message>
        <source>The wrap-up of your conversation with %1 was not saved. Finish it now?</source>
        <translation>No se guardó el cierre de su conversación con %1. ¿Desea terminarlo ahora?</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due: %1</source>
        <translation>
            <numerusform>%n seguimiento pendiente: %1</numerusform>
            <numerusform>%n seguimientos pendientes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up started with %1.</source>
        <translation>Seguimiento iniciado con %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n coaching notes from your supervisor: Tools → My coaching (Ctrl+Shift+J)</source>
        <translation>
            <numerusform>%n nota de coaching de su supervisor: Herramientas → Mi coaching (Ctrl+Shift+J)</numerusform>
            <numerusform>%n notas de coaching de su supervisor: Herramientas → Mi coaching (Ctrl+Shift+J)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importar historial</translation>
    </message>
    <message>
        <source>E-mail and call records (*.eml *.mbox *.mbx *.csv mbox);;All files (*)</source>
        <translation>Correos electrónicos y registros de llamadas (*.eml *.mbox *.mbx *.csv mbox);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2 already there, %3 could not be read.</source>
        <translation>Importados: %1; omitidos por existir ya: %2; no se pudieron leer: %3.</translation>
    </message>
    <message>
        <source>Select a message in the timeline first.</source>
        <translation>Seleccione primero un mensaje en el historial.</translation>
    </message>
    <message>
        <source>Open a customer first.</source>
        <translation>Abra primero un cliente.</translation>
    </message>
    <message>
        <source>Call logged; wrap it up when you are done.</source>
        <translation>Llamada registrada; finalícela cuando termine.</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Registrar una llamada</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>No se pudo guardar la configuración: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agent Console&lt;/b&gt; %1&lt;br&gt;One timeline per customer across every channel.</source>
        <translation>&lt;b&gt;Agent Console&lt;/b&gt; %1&lt;br&gt;Un historial por cliente en todos los canales.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Se produjo un error: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Combinar clientes</translation>
    </message>
    <message>
        <source>Find the duplicate of &lt;b&gt;%1&lt;/b&gt;. Its identities and conversations move to %1; you can undo the merge later.</source>
        <translation>Busque el duplicado de &lt;b&gt;%1&lt;/b&gt;. Sus identidades y conversaciones pasarán a %1; podrá deshacer la combinación más adelante.</translation>
    </message>
    <message>
        <source>Name, email or phone</source>
        <translation>Nombre, correo electrónico o teléfono</translation>
    </message>
    <message>
        <source>Search for the customer to merge</source>
        <translation>Buscar el cliente que se va a combinar</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Message</source>
        <extracomment>Images the agent asked to see, already fetched: URL -&gt; image.</extracomment>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Show &amp;images from the internet</source>
        <translation>Mostrar &amp;imágenes de internet</translation>
    </message>
    <message>
        <source>Remote images can tell the sender that and when you read the message.</source>
        <translation>Las imágenes remotas pueden revelar al remitente que usted leyó el mensaje y cuándo.</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>&amp;Texto sin formato</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>Este mensaje ya no existe.</translation>
    </message>
    <message>
        <source>Parts of this message could not be read:</source>
        <translation>No se pudieron leer partes de este mensaje:</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <source>Open this address in your browser?

%1</source>
        <translation>¿Abrir esta dirección en el navegador?

%1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>The database does not hold this attachment&apos;s content.</source>
        <translation>La base de datos no contiene el contenido de este adjunto.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Replies that have not reached the customer yet. Temporary failures are retried automatically; a reply whose fate is unknown (the app stopped while sending it) is never resent on its own: check, then resend it or mark it as sent.</source>
        <translation>Respuestas que aún no han llegado al cliente. Los fallos temporales se reintentan automáticamente; una respuesta cuyo destino se desconoce (la aplicación se detuvo mientras la enviaba) nunca se reenvía por sí sola: compruébela y, después, reenvíela o márquela como enviada.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Reply and last error</source>
        <translation>Respuesta y último error</translation>
    </message>
    <message>
        <source>&amp;Resend now</source>
        <translation>&amp;Reenviar ahora</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Marcar como enviada</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>&amp;Abrir conversación</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>en espera de reintento</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>unknown: check</source>
        <translation>desconocido: compruébelo</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Canned replies</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>Filter by key, title or category</source>
        <translation>Filtrar por clave, título o categoría</translation>
    </message>
    <message>
        <source>Filter replies</source>
        <translation>Filtrar respuestas predefinidas</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>Guardar original</translation>
    </message>
    <message>
        <source>Save translation</source>
        <translation>Guardar traducción</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canales:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Variables:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Usada:</translation>
    </message>
    <message>
        <source>Source (English)</source>
        <translation>Original (inglés)</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>Traducción:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Título original</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texto original</translation>
    </message>
    <message>
        <source>Translated title</source>
        <translation>Título traducido</translation>
    </message>
    <message>
        <source>Translated text</source>
        <translation>Texto traducido</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Idioma de la traducción</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>sin traducción: %1</translation>
    </message>
    <message>
        <source>%1 outdated</source>
        <translation>desactualizadas: %1</translation>
    </message>
    <message>
        <source>%1 replies · %2 translations missing · %3 outdated</source>
        <translation>Respuestas: %1 · traducciones faltantes: %2 · desactualizadas: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 translation yet.</source>
        <translation>Aún no hay traducción al %1.</translation>
    </message>
    <message>
        <source>Outdated: the source changed after this translation was made.</source>
        <translation>Desactualizada: el original cambió después de hacer esta traducción.</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>La traducción está actualizada.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Longer than %1 characters: on SMS it is split into several messages.</source>
        <translation>Supera los %1 caracteres: por SMS se dividirá en varios mensajes.</translation>
    </message>
    <message>
        <source>Source saved.</source>
        <translation>Original guardado.</translation>
    </message>
    <message>
        <source>Translation saved.</source>
        <translation>Traducción guardada.</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Importar traducciones</translation>
    </message>
    <message>
        <source>Translations (*.po *.csv)</source>
        <translation>Traducciones (*.po *.csv)</translation>
    </message>
    <message>
        <source>%1: %2 updated, %3 unchanged, %4 kept (edited since export)</source>
        <translation>%1: %2 actualizadas, %3 sin cambios, %4 conservadas (editadas desde la exportación)</translation>
    </message>
    <message>
        <source>Export for translators</source>
        <translation>Exportar para traductores</translation>
    </message>
    <message>
        <source>Exported %1 languages to %2</source>
        <translation>Se exportaron %1 idiomas a %2</translation>
    </message>
</context>
<context>
    <name>ReplyPicker</name>
    <message>
        <source>Insert a canned reply</source>
        <translation>Insertar respuesta predefinida</translation>
    </message>
    <message>
        <source>Type any word of the title, tags or text…</source>
        <translation>Escriba cualquier palabra del título, las etiquetas o el texto…</translation>
    </message>
    <message>
        <source>Search canned replies</source>
        <translation>Buscar respuestas predefinidas</translation>
    </message>
    <message>
        <source>Canned replies found</source>
        <translation>Respuestas predefinidas encontradas</translation>
    </message>
    <message>
        <source>Preview of the reply to insert</source>
        <translation>Vista previa de la respuesta que se insertará</translation>
    </message>
    <message>
        <source>Enter inserts · Esc closes · Up/Down choose</source>
        <translation>Intro inserta · Esc cierra · Arriba/Abajo elige</translation>
    </message>
    <message>
        <source>No reply matches.</source>
        <translation>Ninguna respuesta coincide.</translation>
    </message>
    <message>
        <source>No %1 version; %2 inserted.</source>
        <translation>No hay versión en %1; se insertó la versión en %2.</translation>
    </message>
    <message>
        <source>Long for SMS: it will be split into several messages.</source>
        <translation>Larga para SMS: se dividirá en varios mensajes.</translation>
    </message>
    <message>
        <source>This reply is meant for other channels.</source>
        <translation>Esta respuesta está pensada para otros canales.</translation>
    </message>
    <message>
        <source>To fill in before sending: %1</source>
        <translation>Por completar antes de enviar: %1</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review conversations</source>
        <translation>Evaluar conversaciones</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Todos los agentes</translation>
    </message>
    <message>
        <source>Low CSAT (1–2)</source>
        <translation>CSAT bajo (1–2)</translation>
    </message>
    <message>
        <source>Long handle time (15 min or more)</source>
        <translation>Tiempo de gestión largo (15 min o más)</translation>
    </message>
    <message>
        <source>Sample per agent per &amp;week</source>
        <translation>Muestra por agente y &amp;semana</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Edit the scorecard…</source>
        <translation>Editar la hoja de evaluación…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Tipificación</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Pin a note to the message…</source>
        <translation>Fijar una nota en el mensaje…</translation>
    </message>
    <message>
        <source>Share as an exemplar…</source>
        <translation>Compartir como conversación ejemplar…</translation>
    </message>
    <message>
        <source>Open in the agent screen</source>
        <translation>Abrir en la pantalla del agente</translation>
    </message>
    <message>
        <source>Compare two side by side (Ctrl+D)</source>
        <translation>Comparar dos lado a lado (Ctrl+D)</translation>
    </message>
    <message>
        <source>Calibrate with other supervisors…</source>
        <translation>Calibrar con otros supervisores…</translation>
    </message>
    <message>
        <source>Show where we disagree</source>
        <translation>Ver dónde discrepamos</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Por evaluar</translation>
    </message>
    <message>
        <source>Calibrations</source>
        <translation>Calibraciones</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Your scoring</source>
        <translation>Su evaluación</translation>
    </message>
    <message>
        <source>Select two conversations in the list (Ctrl+click), then compare them</source>
        <translation>Seleccione dos conversaciones en la lista (Ctrl+clic) y compárelas</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>Guardar borrador (Ctrl+S)</translation>
    </message>
    <message>
        <source>Submit review (Ctrl+Enter)</source>
        <translation>Enviar evaluación (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Edit the scorecard</source>
        <translation>Editar la hoja de evaluación</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Conversations to review</source>
        <translation>Conversaciones por evaluar</translation>
    </message>
    <message>
        <source>Sample per agent per week</source>
        <translation>Muestra por agente y semana</translation>
    </message>
    <message>
        <source>Pin a coaching note to the selected message</source>
        <translation>Fijar una nota de coaching en el mensaje seleccionado</translation>
    </message>
    <message>
        <source>Share this conversation as an exemplar</source>
        <translation>Compartir esta conversación como ejemplar</translation>
    </message>
    <message>
        <source>Compare the two selected conversations side by side</source>
        <translation>Comparar lado a lado las dos conversaciones seleccionadas</translation>
    </message>
    <message>
        <source>Calibrate: have other supervisors score this conversation blind</source>
        <translation>Calibrar: otros supervisores evalúan esta conversación sin ver las demás evaluaciones</translation>
    </message>
    <message>
        <source>Show where the supervisors disagree</source>
        <translation>Ver dónde discrepan los supervisores</translation>
    </message>
    <message>
        <source>Save the review as a draft</source>
        <translation>Guardar la evaluación como borrador</translation>
    </message>
    <message>
        <source>Submit the review</source>
        <translation>Enviar la evaluación</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Todas las colas</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations to review</source>
        <translation>
            <numerusform>%n conversación por evaluar</numerusform>
            <numerusform>%n conversaciones por evaluar</numerusform>
        </translation>
    </message>
    <message>
        <source>Canned replies used: %1</source>
        <translation>Respuestas predefinidas usadas: %1</translation>
    </message>
    <message>
        <source>No canned replies used.</source>
        <translation>No se usaron respuestas predefinidas.</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>Evaluación enviada.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Elija primero una conversación.</translation>
    </message>
    <message>
        <source>Calibration started: each supervisor scores it under Calibrations, without seeing the others.</source>
        <translation>Calibración iniciada: cada supervisor la evalúa en Calibraciones sin ver a los demás.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>enviada</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted</source>
        <translation>
            <numerusform>%n enviada</numerusform>
            <numerusform>%n enviadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation under review was deleted; the review and its score are kept.</source>
        <translation>La conversación evaluada se eliminó; la evaluación y su puntuación se conservan.</translation>
    </message>
    <message>
        <source>Review submitted: %1 %.</source>
        <translation>Evaluación enviada: %1 %.</translation>
    </message>
    <message numerus="yes">
        <source>Not submitted: %n criteria still to rate or explain.</source>
        <translation>
            <numerusform>No enviada: queda %n criterio por calificar o justificar.</numerusform>
            <numerusform>No enviada: quedan %n criterios por calificar o justificar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a message in the conversation first.</source>
        <translation>Seleccione primero un mensaje de la conversación.</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Nota de coaching</translation>
    </message>
    <message>
        <source>Note for the agent, pinned to this message:</source>
        <translation>Nota para el agente (se fijará en este mensaje):</translation>
    </message>
    <message>
        <source>Note pinned; the agent will see it in their timeline.</source>
        <translation>Nota fijada; el agente la verá en su historial.</translation>
    </message>
    <message>
        <source>Share as an exemplar</source>
        <translation>Compartir como conversación ejemplar</translation>
    </message>
    <message>
        <source>Why is it a good example?</source>
        <translation>¿Por qué es un buen ejemplo?</translation>
    </message>
    <message>
        <source>Shared with the team as an exemplar.</source>
        <translation>Compartida con el equipo como conversación ejemplar.</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Scenario editor — %1</source>
        <translation>Editor de escenarios — %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Play it now</source>
        <translation>&amp;Probar ahora</translation>
    </message>
    <message>
        <source>Scenario (YAML)</source>
        <translation>Escenario (YAML)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Sin problemas.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems: fix them to save.</source>
        <translation>
            <numerusform>%n problema: corríjalo para poder guardar.</numerusform>
            <numerusform>%n problemas: corríjalos para poder guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario editor</source>
        <translation>Editor de escenarios</translation>
    </message>
    <message>
        <source>The scenario has problems and was not saved:</source>
        <translation>El escenario tiene problemas y no se guardó:</translation>
    </message>
    <message>
        <source>Fix the problems first.</source>
        <translation>Corrija primero los problemas.</translation>
    </message>
</context>
<context>
    <name>ScorecardEditor</name>
    <message>
        <source>Scorecard</source>
        <translation>Hoja de evaluación</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Añadir sección</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Añadir criterio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Root causes offered</source>
        <translation>Causas raíz disponibles</translation>
    </message>
    <message>
        <source>Critical: the lowest rating fails the whole review</source>
        <translation>Crítico: la calificación más baja suspende toda la evaluación</translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation>Se permite «No aplica»</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Guardar como nueva versión</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Sí / no</translation>
    </message>
    <message>
        <source>3 points</source>
        <translation>3 puntos</translation>
    </message>
    <message>
        <source>4 points</source>
        <translation>4 puntos</translation>
    </message>
    <message>
        <source>5 points</source>
        <translation>5 puntos</translation>
    </message>
    <message>
        <source>Sections and criteria</source>
        <translation>Secciones y criterios</translation>
    </message>
    <message>
        <source>%1 — version %2 (saving adds version %3; reviews keep the version they began with)</source>
        <translation>%1 — versión %2 (al guardar se añade la versión %3; las evaluaciones conservan la versión con la que empezaron)</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nueva sección</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nuevo criterio</translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation>No se puede guardar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria, total weight %1</source>
        <translation>
            <numerusform>%n criterio, peso total %1</numerusform>
            <numerusform>%n criterios, peso total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The weights do not add up to the declared total; scores stay 0–100.</source>
        <translation>Los pesos no suman el total declarado; las puntuaciones siguen entre 0 y 100.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Guardado como versión %1.</translation>
    </message>
</context>
<context>
    <name>ScorecardForm</name>
    <message>
        <source>&amp;Summary for the agent</source>
        <translation>&amp;Resumen para el agente</translation>
    </message>
    <message>
        <source>Summary for the agent</source>
        <translation>Resumen para el agente</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>No aplica</translation>
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
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>Peso: %1</translation>
    </message>
    <message>
        <source>critical: the lowest rating fails the whole review</source>
        <translation>crítico: la calificación más baja hace que toda la evaluación se considere no superada</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>Root cause…</source>
        <translation>Causa raíz…</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Comentario (opcional)</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Calificación: %1</translation>
    </message>
    <message>
        <source>Root cause: %1</source>
        <translation>Causa raíz: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comentario: %1</translation>
    </message>
    <message>
        <source>Quality score: —</source>
        <translation>Puntuación de calidad: —</translation>
    </message>
    <message>
        <source>Quality score: 0 % (critical criterion failed; %1 % without it)</source>
        <translation>Puntuación de calidad: 0 % (criterio crítico no superado; sin él, %1 %)</translation>
    </message>
    <message>
        <source>Quality score: %1 %</source>
        <translation>Puntuación de calidad: %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria still to rate or explain</source>
        <translation>
            <numerusform>queda %n criterio por calificar o justificar</numerusform>
            <numerusform>quedan %n criterios por calificar o justificar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Tamaño de letra:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Empty: the SQLite file in the data folder</source>
        <translation>Vacío: el archivo SQLite de la carpeta de datos</translation>
    </message>
    <message>
        <source>A new database is opened the next time Agent Console starts. Language, theme and font size apply at once.</source>
        <translation>La nueva base de datos se abrirá la próxima vez que se inicie Agent Console. El idioma, el tema y el tamaño de letra se aplican de inmediato.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Enter / Space (timeline)</source>
        <translation>Enter / Espacio (historial)</translation>
    </message>
    <message>
        <source>Expand or collapse the entry</source>
        <translation>Expandir o contraer la entrada</translation>
    </message>
    <message>
        <source>Ctrl+Enter (reply)</source>
        <translation>Ctrl+Enter (respuesta)</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Enviar la respuesta</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Arriba / Abajo</translation>
    </message>
    <message>
        <source>Move through lists and search results</source>
        <translation>Desplazarse por listas y resultados de búsqueda</translation>
    </message>
    <message>
        <source>Esc (search)</source>
        <translation>Esc (búsqueda)</translation>
    </message>
    <message>
        <source>Clear the search and return to the inbox</source>
        <translation>Borrar la búsqueda y volver a la bandeja de entrada</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Moverse entre controles</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Everything in Agent Console can be done from the keyboard.</source>
        <translation>Todo en Agent Console se puede hacer con el teclado.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>no resuelto</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Llamada saliente</translation>
    </message>
    <message>
        <source>Show less (Enter)</source>
        <translation>Mostrar menos (Enter)</translation>
    </message>
    <message>
        <source>Show more (Enter)</source>
        <translation>Mostrar más (Enter)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n adjunto</numerusform>
            <numerusform>%n adjuntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts could not be read</source>
        <translation>
            <numerusform>%n parte no se pudo leer</numerusform>
            <numerusform>%n partes no se pudieron leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent with %n draft-check warnings</source>
        <translation>
            <numerusform>enviado con %n aviso de revisión</numerusform>
            <numerusform>enviado con %n avisos de revisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coaching notes</source>
        <translation>
            <numerusform>%n nota de coaching</numerusform>
            <numerusform>%n notas de coaching</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>registrado</translation>
    </message>
    <message>
        <source>in outbox</source>
        <translation>en la bandeja de salida</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <source>unknown: check the outbox</source>
        <translation>desconocido: revise la bandeja de salida</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Your time: %1
Customer&apos;s time: %2</source>
        <extracomment>Wrap-up code -&gt; {language: label}, for the outcome shown in interaction headers. Show one interaction only (review screens); None: the customer&apos;s whole history.</extracomment>
        <translation>Su hora: %1
Hora del cliente: %2</translation>
    </message>
    <message>
        <source>from the customer</source>
        <translation>del cliente</translation>
    </message>
    <message>
        <source>to the customer</source>
        <translation>al cliente</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>nota interna</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n adjunto</numerusform>
            <numerusform>%n adjuntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts could not be read</source>
        <translation>
            <numerusform>%n parte no se pudo leer</numerusform>
            <numerusform>%n partes no se pudieron leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation>Filtrar el historial por canal</translation>
    </message>
    <message>
        <source>Find in timeline (Ctrl+Shift+F)</source>
        <translation>Buscar en el historial (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Find in timeline</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>◀ Previous contact</source>
        <translation>◀ Contacto anterior</translation>
    </message>
    <message>
        <source>Jump to the previous interaction (Ctrl+Shift+Up)</source>
        <translation>Ir al contacto anterior (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>Jump to the previous interaction</source>
        <translation>Ir al contacto anterior</translation>
    </message>
    <message>
        <source>Customer timeline</source>
        <translation>Historial del cliente</translation>
    </message>
    <message>
        <source>Pick a conversation in the inbox, or search for a customer (Ctrl+F).</source>
        <translation>Elija una conversación en la bandeja de entrada o busque un cliente (Ctrl+F).</translation>
    </message>
    <message>
        <source>Nothing in this timeline matches the filter.</source>
        <translation>Nada en este historial coincide con el filtro.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entrada mostrada</numerusform>
            <numerusform>%n entradas mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>(scroll for older)</source>
        <translation>(desplácese para ver entradas anteriores)</translation>
    </message>
    <message>
        <source>This is the customer&apos;s first interaction.</source>
        <translation>Este es el primer contacto del cliente.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Customer: %1 (%2, %3), writes by %4; mood: %5</source>
        <translation>Cliente: %1 (%2, %3), canal: %4; estado de ánimo: %5</translation>
    </message>
    <message>
        <source>Order %1: %2 %3</source>
        <translation>Pedido %1: %2 %3</translation>
    </message>
    <message>
        <source>Paid with: %1</source>
        <translation>Pagado con: %1</translation>
    </message>
    <message>
        <source>Your goal: %1</source>
        <translation>Su objetivo: %1</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>tranquilo</translation>
    </message>
    <message>
        <source>friendly</source>
        <translation>amable</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>preocupado</translation>
    </message>
    <message>
        <source>annoyed</source>
        <translation>molesto</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>enfadado</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalado</translation>
    </message>
    <message>
        <source>customer left</source>
        <translation>abandonado por el cliente</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>The training database must not be the real one: check Settings.</source>
        <translation>La base de datos de formación no puede ser la real: revise la configuración.</translation>
    </message>
    <message>
        <source>The training database cannot be opened: %1</source>
        <translation>No se puede abrir la base de datos de formación: %1</translation>
    </message>
    <message>
        <source>A trainer</source>
        <translation>Un formador</translation>
    </message>
    <message>
        <source>%1 has started a live training session for you: %2.</source>
        <translation>%1 ha iniciado una sesión de formación en vivo para usted: %2.</translation>
    </message>
    <message>
        <source>%1 has started a training session for you: %2.</source>
        <translation>%1 ha iniciado una sesión de formación para usted: %2.</translation>
    </message>
    <message>
        <source>It opens a training console on a practice database; your real work stays as it is.</source>
        <translation>Se abrirá una consola de formación sobre una base de datos de práctica; su trabajo real no se verá afectado.</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Iniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>This session is no longer waiting: the trainer cancelled it, or it started elsewhere.</source>
        <translation>Esta sesión ya no está en espera: el formador la canceló o se inició en otro puesto.</translation>
    </message>
    <message>
        <source>This session cannot be started on this desk: %1</source>
        <translation>Esta sesión no se puede iniciar en este puesto: %1</translation>
    </message>
    <message>
        <source>Ending reached</source>
        <translation>Desenlace alcanzado</translation>
    </message>
    <message>
        <source>Replied in the customer&apos;s language</source>
        <translation>Respuesta en el idioma del cliente</translation>
    </message>
    <message>
        <source>Formal address</source>
        <translation>Trato de usted</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Tiempo de primera respuesta</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Tiempos de respuesta</translation>
    </message>
    <message>
        <source>Currency named</source>
        <translation>Moneda mencionada</translation>
    </message>
    <message>
        <source>Local payment method named</source>
        <translation>Método de pago local mencionado</translation>
    </message>
    <message>
        <source>Wrap-up code</source>
        <translation>Tipificación</translation>
    </message>
    <message>
        <source>Every reply was in {expected}.</source>
        <translation>Todas las respuestas fueron en el idioma {expected}.</translation>
    </message>
    <message>
        <source>First reply after {seconds} s (limit {limit} s).</source>
        <translation>Primera respuesta a los {seconds} s (límite: {limit} s).</translation>
    </message>
    <message>
        <source>No reply named a payment method the customer can use ({methods}).</source>
        <translation>Ninguna respuesta mencionó un método de pago que el cliente pueda usar ({methods}).</translation>
    </message>
    <message>
        <source>No reply named the currency {currency} (as {names}).</source>
        <translation>Ninguna respuesta mencionó la moneda {currency} (como {names}).</translation>
    </message>
    <message>
        <source>No wrap-up code was chosen; expected {expected}.</source>
        <translation>No se eligió ninguna tipificación; se esperaba {expected}.</translation>
    </message>
    <message>
        <source>Reply {n} addressed the customer informally.</source>
        <translation>La respuesta {n} tuteó al cliente.</translation>
    </message>
    <message>
        <source>Reply {n} named {found}.</source>
        <translation>La respuesta {n} mencionó {found}.</translation>
    </message>
    <message>
        <source>Reply {n} was written in {found}, not in {expected}.</source>
        <translation>La respuesta {n} se escribió en el idioma {found}, no en {expected}.</translation>
    </message>
    <message>
        <source>Slowest later reply after {seconds} s (limit {limit} s).</source>
        <translation>Respuesta posterior más lenta: a los {seconds} s (límite: {limit} s).</translation>
    </message>
    <message>
        <source>The conversation ended in &apos;{ending}&apos; ({kind}); good endings: {good}.</source>
        <translation>La conversación terminó en &apos;{ending}&apos; ({kind}); desenlaces buenos: {good}.</translation>
    </message>
    <message>
        <source>The customer&apos;s message in &apos;{turn}&apos; was never answered.</source>
        <translation>El mensaje del cliente en &apos;{turn}&apos; nunca recibió respuesta.</translation>
    </message>
    <message>
        <source>Wrap-up code {found} (expected {expected}).</source>
        <translation>Tipificación {found} (se esperaba {expected}).</translation>
    </message>
    <message>
        <source>The trainee never replied.</source>
        <translation>El participante nunca respondió.</translation>
    </message>
    <message>
        <source>Every reply addressed the customer formally.</source>
        <translation>Todas las respuestas trataron al cliente de usted.</translation>
    </message>
    <message>
        <source>The first message was never answered.</source>
        <translation>El primer mensaje nunca recibió respuesta.</translation>
    </message>
    <message>
        <source>The conversation did not reach an ending.</source>
        <translation>La conversación no llegó a ningún desenlace.</translation>
    </message>
    <message>
        <source>Score: %1 of %2 points (%3%)</source>
        <translation>Puntuación: %1 de %2 puntos (%3%)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Trainer comments</source>
        <translation>Comentarios del formador</translation>
    </message>
    <message>
        <source>Trainee: %1 · %2 · ending: %3</source>
        <translation>Participante: %1 · %2 · desenlace: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>points lost here</source>
        <translation>aquí se perdieron puntos</translation>
    </message>
    <message>
        <source>Trainer&apos;s scorecard: %1 of 100 (%2)</source>
        <translation>Hoja de evaluación del formador: %1 de 100 (%2)</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING</source>
        <translation>FORMACIÓN</translation>
    </message>
    <message>
        <source>a practice database: nothing reaches real customers</source>
        <translation>base de datos de práctica: nada llega a clientes reales</translation>
    </message>
    <message>
        <source>Scenario &amp;brief…</source>
        <translation>&amp;Resumen del escenario…</translation>
    </message>
    <message>
        <source>&amp;Finish and score</source>
        <translation>&amp;Terminar y puntuar</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Sesión de formación</translation>
    </message>
    <message>
        <source>Session finished: scoring…</source>
        <translation>Sesión terminada: calculando la puntuación…</translation>
    </message>
    <message>
        <source>Paused by the trainer.</source>
        <translation>En pausa por el formador.</translation>
    </message>
    <message>
        <source>The customer has ended the conversation. Record the wrap-up, then press Finish and score.</source>
        <translation>El cliente ha terminado la conversación. Registre el cierre y luego pulse «Terminar y puntuar».</translation>
    </message>
    <message>
        <source>Live: a trainer is writing as the customer.</source>
        <translation>En vivo: un formador escribe como el cliente.</translation>
    </message>
    <message>
        <source>Scripted customer: reply as you would to a real one.</source>
        <translation>Cliente con guion: responda como lo haría con un cliente real.</translation>
    </message>
    <message>
        <source>Scenario brief</source>
        <translation>Resumen del escenario</translation>
    </message>
</context>
<context>
    <name>TrainingLibrary</name>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>Mis sesiones</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Filter: title, country, language, channel</source>
        <translation>Filtrar: título, país, idioma, canal</translation>
    </message>
    <message>
        <source>Filter scenarios</source>
        <translation>Filtrar escenarios</translation>
    </message>
    <message>
        <source>Scenario details</source>
        <translation>Detalles del escenario</translation>
    </message>
    <message>
        <source>&amp;Start a session</source>
        <translation>&amp;Iniciar una sesión</translation>
    </message>
    <message>
        <source>Start &amp;live (you play the customer)</source>
        <translation>Iniciar en &amp;vivo (usted hace de cliente)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Open the &amp;debrief</source>
        <translation>Abrir el &amp;análisis</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>&amp;Cancel the waiting session</source>
        <translation>&amp;Cancelar la sesión en espera</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Yourself, to try the scenario, or a trainee: it starts on their desk when they accept it.</source>
        <translation>Usted, para probar el escenario, o un participante; en ese caso, la sesión se inicia en el puesto del participante cuando este la acepte.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Puntuación media</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Mejor puntuación</translation>
    </message>
    <message>
        <source>Resolved / escalated / left</source>
        <translation>Resueltos / escalados / abandonos</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <source>Some scenario files cannot be used:</source>
        <translation>Algunos archivos de escenario no se pueden usar:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Paciencia</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Pagado con</translation>
    </message>
    <message>
        <source>Payment methods to offer</source>
        <translation>Métodos de pago que ofrecer</translation>
    </message>
    <message>
        <source>Expected wrap-up</source>
        <translation>Tipificación esperada</translation>
    </message>
    <message>
        <source>Endings</source>
        <translation>Desenlaces</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Finish the session that is running first.</source>
        <translation>Termine primero la sesión en curso.</translation>
    </message>
    <message>
        <source>The session waits for %1: it starts when they accept it at their desk.</source>
        <translation>La sesión está en espera: se iniciará cuando %1 la acepte en su puesto.</translation>
    </message>
    <message>
        <source>This desk keeps its training database to itself: for a trainee at another desk, set the team&apos;s training database in Settings.</source>
        <translation>Este puesto usa su propia base de datos de formación: para un participante en otro puesto, configure la base de datos de formación del equipo en Configuración.</translation>
    </message>
    <message>
        <source>Export the scenario</source>
        <translation>Exportar el escenario</translation>
    </message>
    <message>
        <source>Scenarios (*.yaml *.yml)</source>
        <translation>Escenarios (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import scenarios</source>
        <translation>Importar escenarios</translation>
    </message>
    <message numerus="yes">
        <source>%n scenarios imported.</source>
        <translation>
            <numerusform>%n escenario importado.</numerusform>
            <numerusform>%n escenarios importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>No importados:</translation>
    </message>
    <message>
        <source>scripted</source>
        <translation>con guion</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en vivo</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonada</translation>
    </message>
    <message>
        <source>waiting for the trainee</source>
        <translation>esperando al participante</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <source>Training</source>
        <extracomment>Real ms between looks at the training database in a live session: the trainee&apos;s console for the trainer&apos;s commands, the trainer&apos;s side for the state the console published. (Team mode&apos;s LISTEN/NOTIFY will wake both at once; the look stays as the fallback for SQLite.) A session in one of these states is over for both sides.</extracomment>
        <translation>Formación</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <source>&amp;Disposition</source>
        <extracomment>Set when correcting a saved outcome.</extracomment>
        <translation>Ti&amp;pificación</translation>
    </message>
    <message>
        <source>Contact &amp;reason</source>
        <translation>&amp;Motivo del contacto</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Customer satisfaction, 1–5, if the customer answered the survey</source>
        <translation>Satisfacción del cliente, 1–5, si el cliente respondió la encuesta</translation>
    </message>
    <message>
        <source>Net Promoter Score, 0–10, if the customer answered the survey</source>
        <translation>Net Promoter Score, 0–10, si el cliente respondió la encuesta</translation>
    </message>
    <message>
        <source>Customer effort, 1–7 (lower is easier), if the customer answered</source>
        <translation>Esfuerzo del cliente, 1–7 (cuanto más bajo, más fácil), si el cliente respondió</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>Se&amp;guimiento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>e.g. confirm the refund arrived</source>
        <translation>p. ej., confirmar que llegó el reembolso</translation>
    </message>
    <message>
        <source>Save and next (Ctrl+Enter)</source>
        <translation>Guardar y siguiente (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Back to the conversation (Esc)</source>
        <translation>Volver a la conversación (Esc)</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Tipificación</translation>
    </message>
    <message>
        <source>Contact reason</source>
        <translation>Motivo del contacto</translation>
    </message>
    <message>
        <source>Resolved: yes</source>
        <translation>Resuelto: sí</translation>
    </message>
    <message>
        <source>Resolved: no</source>
        <translation>Resuelto: no</translation>
    </message>
    <message>
        <source>Wrap-up notes</source>
        <translation>Notas de cierre</translation>
    </message>
    <message>
        <source>CSAT score</source>
        <translation>Puntuación CSAT</translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation>Puntuación NPS</translation>
    </message>
    <message>
        <source>CES score</source>
        <translation>Puntuación CES</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Follow-up date and time</source>
        <translation>Fecha y hora del seguimiento</translation>
    </message>
    <message>
        <source>Follow-up time zone</source>
        <translation>Zona horaria del seguimiento</translation>
    </message>
    <message>
        <source>Follow-up reason</source>
        <translation>Motivo del seguimiento</translation>
    </message>
    <message>
        <source>Changes to this outcome</source>
        <translation>Cambios en este resultado</translation>
    </message>
    <message>
        <source>Save the wrap-up</source>
        <translation>Guardar el cierre</translation>
    </message>
    <message>
        <source>Back to the conversation</source>
        <translation>Volver a la conversación</translation>
    </message>
    <message>
        <source>Correct the outcome: %1</source>
        <translation>Corregir el resultado: %1</translation>
    </message>
    <message>
        <source>Wrap-up: %1</source>
        <translation>Cierre: %1</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (eliminado)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>customer&apos;s time (%1)</source>
        <translation>hora del cliente (%1)</translation>
    </message>
    <message>
        <source>my time (%1)</source>
        <translation>mi hora (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 changed %3: %4 → %5</source>
        <translation>%1 · %2 cambió %3: %4 → %5</translation>
    </message>
    <message>
        <source>No changes since the wrap-up.</source>
        <translation>Sin cambios desde el cierre.</translation>
    </message>
    <message>
        <source>Handle time %1</source>
        <translation>Tiempo de gestión %1</translation>
    </message>
    <message>
        <source>Handle time %1 (after-contact work %2)</source>
        <translation>Tiempo de gestión %1 (trabajo posterior al contacto %2)</translation>
    </message>
    <message>
        <source>Choose a disposition.</source>
        <translation>Elija una tipificación.</translation>
    </message>
    <message>
        <source>Choose the contact reason.</source>
        <translation>Elija el motivo del contacto.</translation>
    </message>
    <message>
        <source>Say whether the issue was resolved.</source>
        <translation>Indique si el problema se resolvió.</translation>
    </message>
    <message>
        <source>This queue needs a note.</source>
        <translation>Esta cola requiere una nota.</translation>
    </message>
    <message>
        <source>CSAT is between 1 and 5.</source>
        <translation>CSAT debe estar entre 1 y 5.</translation>
    </message>
    <message>
        <source>NPS is between 0 and 10.</source>
        <translation>NPS debe estar entre 0 y 10.</translation>
    </message>
    <message>
        <source>CES is between 1 and 7.</source>
        <translation>CES debe estar entre 1 y 7.</translation>
    </message>
    <message>
        <source>The follow-up is in the past; pick a later time.</source>
        <translation>El seguimiento está en el pasado; elija una hora posterior.</translation>
    </message>
    <message>
        <source>This code was removed since; choose another.</source>
        <translation>Este código se eliminó entretanto; elija otro.</translation>
    </message>
</context>
</TS>
