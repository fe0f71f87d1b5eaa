<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
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
    <name>Composer</name>
    <message>
        <source>Send</source>
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
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
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
    <name>InboxModel</name>
    <message>
        <source>unread</source>
        <translation>no leída</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
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
        <source>Undo merge</source>
        <translation>Deshacer combinación</translation>
    </message>
    <message>
        <source>%1 · database: %2</source>
        <translation>%1 · base de datos: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>%n cliente encontrado</numerusform>
            <numerusform>%n clientes encontrados</numerusform>
        </translation>
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
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Your time: %1
Customer&apos;s time: %2</source>
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
</TS>
