<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>App</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
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
        <translation>Soziale Medien</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the reply (%1)</source>
        <translation>Antwort senden (%1)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Keine Konversation ausgewählt</translation>
    </message>
    <message>
        <source>Reply via %1 to %2</source>
        <translation>Antwort über %1 an %2</translation>
    </message>
    <message>
        <source>Write your reply… (Ctrl+Enter sends)</source>
        <translation>Schreiben Sie Ihre Antwort… (Ctrl+Enter sendet)</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Entwurf wiederhergestellt</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Entwurf gespeichert</translation>
    </message>
    <message>
        <source>Loading canned replies…</source>
        <translation>Textbausteine werden geladen…</translation>
    </message>
    <message>
        <source>Reply inserted.</source>
        <translation>Antwort eingefügt.</translation>
    </message>
    <message>
        <source>Fill in before sending: %1</source>
        <translation>Vor dem Senden ausfüllen: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Agent Console — unexpected error</source>
        <translation>Agent Console – unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong. Your drafts are saved; you can keep working, or restart Agent Console if the window misbehaves.</source>
        <translation>Etwas ist schiefgelaufen. Ihre Entwürfe sind gespeichert; Sie können weiterarbeiten oder Agent Console neu starten, falls sich das Fenster seltsam verhält.</translation>
    </message>
    <message>
        <source>Please send the details to your administrator.</source>
        <translation>Bitte senden Sie die Details an Ihre Administration.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>CustomerCardWidget</name>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>Ortszeit:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>The customer&apos;s identities per channel</source>
        <translation>Identitäten des Kunden pro Kanal</translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation>Möglicherweise dieselbe Person</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>Vorgeschlagene Zusammenführungen</translation>
    </message>
    <message>
        <source>Merge into this customer</source>
        <translation>Mit diesem Kunden zusammenführen</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Nicht dieselbe Person</translation>
    </message>
    <message>
        <source>Merged into this customer</source>
        <translation>Mit diesem Kunden zusammengeführt</translation>
    </message>
    <message>
        <source>Merges that can be undone</source>
        <translation>Zusammenführungen, die rückgängig gemacht werden können</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Zusammenführung rückgängig machen</translation>
    </message>
    <message>
        <source>Merge with another customer… (Ctrl+M)</source>
        <translation>Mit anderem Kunden zusammenführen… (Ctrl+M)</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 open of %2</source>
        <translation>%1 offen von %2</translation>
    </message>
    <message>
        <source>same name and country</source>
        <translation>gleicher Name und gleiches Land</translation>
    </message>
    <message>
        <source>similar address: %1</source>
        <translation>ähnliche Adresse: %1</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>Zeitzone unbekannt</translation>
    </message>
</context>
<context>
    <name>DraftChecksBar</name>
    <message>
        <source>Draft checks</source>
        <translation>Entwurfsprüfungen</translation>
    </message>
    <message>
        <source>Informal “%1”: use the formal “%2”.</source>
        <translation>Informelles „%1“: Verwenden Sie das förmliche „%2“.</translation>
    </message>
    <message>
        <source>This language has a formal form of address, and customers expect it.</source>
        <translation>Diese Sprache hat eine förmliche Anrede, und Kunden erwarten sie.</translation>
    </message>
    <message>
        <source>No greeting at the start.</source>
        <translation>Keine Begrüßung am Anfang.</translation>
    </message>
    <message>
        <source>A reply that opens without a greeting often reads as curt in this language.</source>
        <translation>In dieser Sprache wirkt eine Antwort ohne Begrüßung am Anfang oft schroff.</translation>
    </message>
    <message>
        <source>The customer&apos;s name (%1) is missing.</source>
        <translation>Der Name des Kunden (%1) fehlt.</translation>
    </message>
    <message>
        <source>Addressing the customer by name shows the reply was written for them.</source>
        <translation>Wer den Kunden mit Namen anspricht, zeigt, dass die Antwort persönlich für ihn geschrieben ist.</translation>
    </message>
    <message>
        <source>Honorific missing.</source>
        <translation>Höfliche Anrede fehlt.</translation>
    </message>
    <message>
        <source>Capitals (“%1”) read as shouting.</source>
        <translation>Großbuchstaben („%1“) wirken wie Schreien.</translation>
    </message>
    <message>
        <source>Write words in capitals only when they are abbreviations.</source>
        <translation>Schreiben Sie nur Abkürzungen in Großbuchstaben.</translation>
    </message>
    <message>
        <source>Several exclamation marks read as shouting.</source>
        <translation>Mehrere Ausrufezeichen wirken wie Schreien.</translation>
    </message>
    <message>
        <source>One exclamation mark is enough, if any.</source>
        <translation>Ein Ausrufezeichen genügt – wenn überhaupt.</translation>
    </message>
    <message>
        <source>“%1” is jargon the customer may not know.</source>
        <translation>„%1“ ist Fachjargon, den der Kunde vielleicht nicht kennt.</translation>
    </message>
    <message>
        <source>Say what it means in plain words.</source>
        <translation>Sagen Sie in einfachen Worten, was gemeint ist.</translation>
    </message>
    <message>
        <source>Amount in %1; this customer pays in %2.</source>
        <translation>Betrag in %1; dieser Kunde zahlt in %2.</translation>
    </message>
    <message>
        <source>Quote prices in the customer&apos;s currency; the panel converts.</source>
        <translation>Nennen Sie Preise in der Währung des Kunden; die Seitenleiste rechnet sie um.</translation>
    </message>
    <message>
        <source>“%1”: here the decimal separator is “%2”.</source>
        <translation>„%1“: Im Land des Kunden ist das Dezimaltrennzeichen „%2“.</translation>
    </message>
    <message>
        <source>Write amounts the way the customer&apos;s country writes them.</source>
        <translation>Schreiben Sie Beträge so, wie es im Land des Kunden üblich ist.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss this warning for this message</source>
        <translation>Diese Warnung für diese Nachricht ausblenden</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
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
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
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
        <translation>Chat-Besucher</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Soziale Medien</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
</context>
<context>
    <name>LocaleEditDialog</name>
    <message>
        <source>Customer&apos;s language and country</source>
        <translation>Sprache und Land des Kunden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
</context>
<context>
    <name>LocalePanel</name>
    <message>
        <source>Locale</source>
        <translation>Sprache und Region</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Correct language or country…</source>
        <translation>Sprache oder Land korrigieren…</translation>
    </message>
    <message>
        <source>Etiquette</source>
        <translation>Etikette</translation>
    </message>
    <message>
        <source>Customer&apos;s time</source>
        <translation>Zeit beim Kunden</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Währung und Zahlung</translation>
    </message>
    <message>
        <source>Amount to convert</source>
        <translation>Umzurechnender Betrag</translation>
    </message>
    <message>
        <source>Conversion direction</source>
        <translation>Umrechnungsrichtung</translation>
    </message>
    <message>
        <source>from the profile</source>
        <translation>aus dem Profil</translation>
    </message>
    <message>
        <source>from the phone number %1</source>
        <translation>anhand der Telefonnummer %1</translation>
    </message>
    <message>
        <source>detected in the customer&apos;s messages</source>
        <translation>in den Nachrichten des Kunden erkannt</translation>
    </message>
    <message>
        <source>from the e-mail domain %1</source>
        <translation>anhand der E-Mail-Domain %1</translation>
    </message>
    <message>
        <source>the main language of the country</source>
        <translation>Hauptsprache des Landes</translation>
    </message>
    <message>
        <source>where the language is mainly spoken</source>
        <translation>wo die Sprache hauptsächlich gesprochen wird</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>wie angegeben</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Country unknown: general hints. Set the country for specific ones.</source>
        <translation>Land unbekannt: allgemeine Hinweise. Legen Sie das Land fest, um spezifische Hinweise zu erhalten.</translation>
    </message>
    <message>
        <source>Family name comes first.</source>
        <translation>Der Familienname steht zuerst.</translation>
    </message>
    <message>
        <source>Preferred channels: %1</source>
        <translation>Bevorzugte Kanäle: %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Saying no</source>
        <translation>Nein sagen</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Entschuldigungen</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Zu vermeiden</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Time zone unknown.</source>
        <translation>Zeitzone unbekannt.</translation>
    </message>
    <message>
        <source>Public holiday today: %1</source>
        <translation>Heute Feiertag: %1</translation>
    </message>
    <message>
        <source>Weekend there</source>
        <translation>Dort ist Wochenende</translation>
    </message>
    <message>
        <source>Business hours (%1–%2)</source>
        <translation>Geschäftszeiten (%1–%2)</translation>
    </message>
    <message>
        <source>Outside business hours (%1–%2)</source>
        <translation>Außerhalb der Geschäftszeiten (%1–%2)</translation>
    </message>
    <message>
        <source>Next holidays:</source>
        <translation>Nächste Feiertage:</translation>
    </message>
    <message>
        <source>No holiday calendar for this country.</source>
        <translation>Kein Feiertagskalender für dieses Land.</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Währung: %1</translation>
    </message>
    <message>
        <source>Payment methods used there:</source>
        <translation>Dort übliche Zahlungsmethoden:</translation>
    </message>
    <message>
        <source>No exchange rate yet; rates are fetched when the network is reachable.</source>
        <translation>Noch kein Wechselkurs; Kurse werden abgerufen, sobald das Netzwerk erreichbar ist.</translation>
    </message>
    <message>
        <source>Rates from %1 (%2)</source>
        <translation>Kurse vom %1 (%2)</translation>
    </message>
    <message>
        <source>not updated recently</source>
        <translation>länger nicht aktualisiert</translation>
    </message>
    <message>
        <source>Could not update rates from: %1</source>
        <translation>Kurse konnten nicht aktualisiert werden aus: %1</translation>
    </message>
    <message>
        <source>No rates fetched yet.</source>
        <translation>Noch keine Kurse abgerufen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>Zum Posteingang</translation>
    </message>
    <message>
        <source>Go to the timeline</source>
        <translation>Zum Verlauf</translation>
    </message>
    <message>
        <source>Go to the reply</source>
        <translation>Zur Antwort</translation>
    </message>
    <message>
        <source>Go to the customer card</source>
        <translation>Zur Kundenkarte</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Nächste Konversation</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Vorherige Konversation</translation>
    </message>
    <message>
        <source>Find in timeline</source>
        <translation>Im Verlauf suchen</translation>
    </message>
    <message>
        <source>Jump to the previous interaction</source>
        <translation>Zum vorherigen Kontakt springen</translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation>Verlauf nach Kanal filtern</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Merge with another customer…</source>
        <translation>Mit anderem Kunden zusammenführen…</translation>
    </message>
    <message>
        <source>Undo the last merge</source>
        <translation>Letzte Zusammenführung rückgängig machen</translation>
    </message>
    <message>
        <source>Canned replies…</source>
        <translation>Textbausteine…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About Agent Console</source>
        <translation>Über Agent Console</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Search customers: name, email, phone (Ctrl+F)</source>
        <translation>Kunden suchen: Name, E-Mail, Telefon (Ctrl+F)</translation>
    </message>
    <message>
        <source>Inbox: open conversations</source>
        <translation>Posteingang: offene Konversationen</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Gefundene Kunden</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Zusammenführung rückgängig machen</translation>
    </message>
    <message>
        <source>%1 · database: %2</source>
        <translation>%1 · Datenbank: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>%n Kunde gefunden</numerusform>
            <numerusform>%n Kunden gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n open conversations</source>
        <translation>
            <numerusform>Posteingang: %n offene Konversation</numerusform>
            <numerusform>Posteingang: %n offene Konversationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply recorded in the timeline.</source>
        <translation>Antwort im Verlauf erfasst.</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 wurde mit %2 zusammengeführt.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Kunden zusammenführen</translation>
    </message>
    <message>
        <source>Merge undone: both customers are back as they were.</source>
        <translation>Zusammenführung rückgängig gemacht: Beide Kunden sind wieder im ursprünglichen Zustand.</translation>
    </message>
    <message>
        <source>Customer&apos;s language and country saved to the profile.</source>
        <translation>Sprache und Land des Kunden im Profil gespeichert.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agent Console&lt;/b&gt; %1&lt;br&gt;One timeline per customer across every channel.</source>
        <translation>&lt;b&gt;Agent Console&lt;/b&gt; %1&lt;br&gt;Ein Verlauf pro Kunde über alle Kanäle hinweg.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Ein Fehler ist aufgetreten: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Kunden zusammenführen</translation>
    </message>
    <message>
        <source>Find the duplicate of &lt;b&gt;%1&lt;/b&gt;. Its identities and conversations move to %1; you can undo the merge later.</source>
        <translation>Suchen Sie das Duplikat von &lt;b&gt;%1&lt;/b&gt;. Dessen Identitäten und Konversationen werden zu %1 verschoben; Sie können die Zusammenführung später rückgängig machen.</translation>
    </message>
    <message>
        <source>Name, email or phone</source>
        <translation>Name, E-Mail oder Telefon</translation>
    </message>
    <message>
        <source>Search for the customer to merge</source>
        <translation>Zusammenzuführenden Kunden suchen</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Gefundene Kunden</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Canned replies</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Filter by key, title or category</source>
        <translation>Nach Schlüssel, Titel oder Kategorie filtern</translation>
    </message>
    <message>
        <source>Filter replies</source>
        <translation>Textbausteine filtern</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>Original speichern</translation>
    </message>
    <message>
        <source>Save translation</source>
        <translation>Übersetzung speichern</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Platzhalter:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Verwendet:</translation>
    </message>
    <message>
        <source>Source (English)</source>
        <translation>Original (Englisch)</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>Übersetzung:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Originaltitel</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Originaltext</translation>
    </message>
    <message>
        <source>Translated title</source>
        <translation>Übersetzter Titel</translation>
    </message>
    <message>
        <source>Translated text</source>
        <translation>Übersetzter Text</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Übersetzungssprache</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>fehlend: %1</translation>
    </message>
    <message>
        <source>%1 outdated</source>
        <translation>veraltet: %1</translation>
    </message>
    <message>
        <source>%1 replies · %2 translations missing · %3 outdated</source>
        <translation>Textbausteine: %1 · fehlende Übersetzungen: %2 · veraltet: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 translation yet.</source>
        <translation>Noch keine Übersetzung für %1.</translation>
    </message>
    <message>
        <source>Outdated: the source changed after this translation was made.</source>
        <translation>Veraltet: Das Original wurde nach dieser Übersetzung geändert.</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>Die Übersetzung ist aktuell.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Longer than %1 characters: on SMS it is split into several messages.</source>
        <translation>Länger als %1 Zeichen: Per SMS wird der Text in mehrere Nachrichten aufgeteilt.</translation>
    </message>
    <message>
        <source>Source saved.</source>
        <translation>Original gespeichert.</translation>
    </message>
    <message>
        <source>Translation saved.</source>
        <translation>Übersetzung gespeichert.</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Übersetzungen importieren</translation>
    </message>
    <message>
        <source>Translations (*.po *.csv)</source>
        <translation>Übersetzungen (*.po *.csv)</translation>
    </message>
    <message>
        <source>%1: %2 updated, %3 unchanged, %4 kept (edited since export)</source>
        <translation>%1: %2 aktualisiert, %3 unverändert, %4 beibehalten (seit dem Export bearbeitet)</translation>
    </message>
    <message>
        <source>Export for translators</source>
        <translation>Für Übersetzer exportieren</translation>
    </message>
    <message>
        <source>Exported %1 languages to %2</source>
        <translation>%1 Sprachen in %2 exportiert</translation>
    </message>
</context>
<context>
    <name>ReplyPicker</name>
    <message>
        <source>Insert a canned reply</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message>
        <source>Type any word of the title, tags or text…</source>
        <translation>Ein beliebiges Wort aus Titel, Tags oder Text eingeben…</translation>
    </message>
    <message>
        <source>Search canned replies</source>
        <translation>Textbausteine durchsuchen</translation>
    </message>
    <message>
        <source>Canned replies found</source>
        <translation>Gefundene Textbausteine</translation>
    </message>
    <message>
        <source>Preview of the reply to insert</source>
        <translation>Vorschau der einzufügenden Antwort</translation>
    </message>
    <message>
        <source>Enter inserts · Esc closes · Up/Down choose</source>
        <translation>Enter fügt ein · Esc schließt · Auf/Ab wählt</translation>
    </message>
    <message>
        <source>No reply matches.</source>
        <translation>Keine passende Antwort.</translation>
    </message>
    <message>
        <source>No %1 version; %2 inserted.</source>
        <translation>Keine Version auf %1; %2 eingefügt.</translation>
    </message>
    <message>
        <source>Long for SMS: it will be split into several messages.</source>
        <translation>Lang für SMS: wird in mehrere Nachrichten aufgeteilt.</translation>
    </message>
    <message>
        <source>This reply is meant for other channels.</source>
        <translation>Diese Antwort ist für andere Kanäle gedacht.</translation>
    </message>
    <message>
        <source>To fill in before sending: %1</source>
        <translation>Vor dem Senden auszufüllen: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Schriftgröße:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Empty: the SQLite file in the data folder</source>
        <translation>Leer: die SQLite-Datei im Datenordner</translation>
    </message>
    <message>
        <source>A new database is opened the next time Agent Console starts. Language, theme and font size apply at once.</source>
        <translation>Eine neue Datenbank wird beim nächsten Start von Agent Console geöffnet. Sprache, Design und Schriftgröße gelten sofort.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Enter / Space (timeline)</source>
        <translation>Enter / Leertaste (Verlauf)</translation>
    </message>
    <message>
        <source>Expand or collapse the entry</source>
        <translation>Eintrag auf- oder zuklappen</translation>
    </message>
    <message>
        <source>Ctrl+Enter (reply)</source>
        <translation>Ctrl+Enter (Antwort)</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Pfeil nach oben / unten</translation>
    </message>
    <message>
        <source>Move through lists and search results</source>
        <translation>Durch Listen und Suchergebnisse navigieren</translation>
    </message>
    <message>
        <source>Esc (search)</source>
        <translation>Esc (Suche)</translation>
    </message>
    <message>
        <source>Clear the search and return to the inbox</source>
        <translation>Suche löschen und zum Posteingang zurückkehren</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Zwischen Bedienelementen wechseln</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Everything in Agent Console can be done from the keyboard.</source>
        <translation>Agent Console lässt sich vollständig mit der Tastatur bedienen.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Ausgehender Anruf</translation>
    </message>
    <message>
        <source>Show less (Enter)</source>
        <translation>Weniger anzeigen (Enter)</translation>
    </message>
    <message>
        <source>Show more (Enter)</source>
        <translation>Mehr anzeigen (Enter)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>in outbox</source>
        <translation>im Postausgang</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Your time: %1
Customer&apos;s time: %2</source>
        <translation>Ihre Zeit: %1
Zeit des Kunden: %2</translation>
    </message>
    <message>
        <source>from the customer</source>
        <translation>vom Kunden</translation>
    </message>
    <message>
        <source>to the customer</source>
        <translation>an den Kunden</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>interne Notiz</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation>Verlauf nach Kanal filtern</translation>
    </message>
    <message>
        <source>Find in timeline (Ctrl+Shift+F)</source>
        <translation>Im Verlauf suchen (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Find in timeline</source>
        <translation>Im Verlauf suchen</translation>
    </message>
    <message>
        <source>◀ Previous contact</source>
        <translation>◀ Vorheriger Kontakt</translation>
    </message>
    <message>
        <source>Jump to the previous interaction (Ctrl+Shift+Up)</source>
        <translation>Zum vorherigen Kontakt springen (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>Jump to the previous interaction</source>
        <translation>Zum vorherigen Kontakt springen</translation>
    </message>
    <message>
        <source>Customer timeline</source>
        <translation>Kundenverlauf</translation>
    </message>
    <message>
        <source>Pick a conversation in the inbox, or search for a customer (Ctrl+F).</source>
        <translation>Wählen Sie eine Konversation im Posteingang aus oder suchen Sie nach einem Kunden (Ctrl+F).</translation>
    </message>
    <message>
        <source>Nothing in this timeline matches the filter.</source>
        <translation>Kein Eintrag in diesem Verlauf entspricht dem Filter.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n Eintrag angezeigt</numerusform>
            <numerusform>%n Einträge angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>(scroll for older)</source>
        <translation>(für ältere Einträge scrollen)</translation>
    </message>
    <message>
        <source>This is the customer&apos;s first interaction.</source>
        <translation>Dies ist der erste Kontakt des Kunden.</translation>
    </message>
</context>
</TS>
