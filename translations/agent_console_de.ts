<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>IMAP server:</source>
        <extracomment>(field, widget type) per kind; &quot;secret&quot; fields go to the keyring, &quot;list&quot; fields are comma-separated.</extracomment>
        <translation>IMAP-Server:</translation>
    </message>
    <message>
        <source>IMAP port:</source>
        <translation>IMAP-Port:</translation>
    </message>
    <message>
        <source>IMAP security:</source>
        <translation>IMAP-Verschlüsselung:</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>SMTP-Server:</translation>
    </message>
    <message>
        <source>SMTP port:</source>
        <translation>SMTP-Port:</translation>
    </message>
    <message>
        <source>SMTP security:</source>
        <translation>SMTP-Verschlüsselung:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Absenderadresse:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Absendername:</translation>
    </message>
    <message>
        <source>Folder to fetch:</source>
        <translation>Abzurufender Ordner:</translation>
    </message>
    <message>
        <source>Save sent replies in:</source>
        <translation>Gesendete Antworten speichern in:</translation>
    </message>
    <message>
        <source>Account SID:</source>
        <translation>Konto-SID:</translation>
    </message>
    <message>
        <source>Auth token:</source>
        <translation>Auth-Token:</translation>
    </message>
    <message>
        <source>SMS numbers:</source>
        <translation>SMS-Nummern:</translation>
    </message>
    <message>
        <source>WhatsApp numbers:</source>
        <translation>WhatsApp-Nummern:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <source>Bot token:</source>
        <translation>Bot-Token:</translation>
    </message>
    <message>
        <source>E-mail (IMAP and SMTP)</source>
        <translation>E-Mail (IMAP und SMTP)</translation>
    </message>
    <message>
        <source>SMS and WhatsApp (Twilio)</source>
        <translation>SMS und WhatsApp (Twilio)</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Telegram-Bot</translation>
    </message>
    <message>
        <source>Channel accounts</source>
        <translation>Kanalkonten</translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation>&amp;Neues Konto</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kontotyp:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Check every (seconds):</source>
        <translation>Abruf&amp;intervall (Sekunden):</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
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
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Stored in the system keyring; leave empty to keep it</source>
        <translation>Im Schlüsselbund des Systems gespeichert; leer lassen, um den Wert beizubehalten</translation>
    </message>
    <message>
        <source>+995322000000, +995322000001</source>
        <translation>+995322000000, +995322000001</translation>
    </message>
    <message>
        <source>The provider&apos;s address (change only for a proxy or a test server)</source>
        <translation>Adresse des Anbieters (nur für einen Proxy oder Testserver ändern)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synchronisiert: %1</translation>
    </message>
    <message>
        <source>Saved. New messages are fetched within one check interval.</source>
        <translation>Gespeichert. Neue Nachrichten werden innerhalb eines Abrufintervalls abgerufen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>Verbindung funktioniert: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove this account and its stored secrets? Its messages stay in the timelines.</source>
        <translation>Dieses Konto und seine gespeicherten Zugangsdaten entfernen? Seine Nachrichten bleiben im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Disabled, not removed: replies in its outbox still wait to be sent.</source>
        <translation>Deaktiviert, nicht entfernt: Antworten dieses Kontos im Postausgang warten noch auf den Versand.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Where the supervisors disagree</source>
        <translation>Wo die Bewertungen auseinandergehen</translation>
    </message>
    <message>
        <source>Answers per criterion and supervisor</source>
        <translation>Antworten je Kriterium und Teamleitung</translation>
    </message>
    <message numerus="yes">
        <source>Scores: %1. Spread: %2 points. %n criteria rated differently.</source>
        <translation>
            <numerusform>Werte: %1. Spanne: %2 Punkte. %n Kriterium unterschiedlich eingestuft.</numerusform>
            <numerusform>Werte: %1. Spanne: %2 Punkte. %n Kriterien unterschiedlich eingestuft.</numerusform>
        </translation>
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
    <name>ChannelStatusButton</name>
    <message numerus="yes">
        <source>Channels: %n with a problem</source>
        <translation>
            <numerusform>Kanäle: %n mit Problem</numerusform>
            <numerusform>Kanäle: %n mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels: all working</source>
        <translation>Kanäle: alle funktionieren</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Postausgang: %n wartet</numerusform>
            <numerusform>Postausgang: %n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1: deaktiviert</translation>
    </message>
    <message>
        <source>%1: last synced %2</source>
        <translation>%1: letzte Synchronisierung: %2</translation>
    </message>
    <message>
        <source>%1: %2 (last synced %3)</source>
        <translation>%1: %2 (letzte Synchronisierung: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n replies need your decision in the outbox</source>
        <translation>
            <numerusform>%n Antwort im Postausgang erfordert Ihre Entscheidung</numerusform>
            <numerusform>%n Antworten im Postausgang erfordern Ihre Entscheidung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachingWindow</name>
    <message>
        <source>My coaching</source>
        <translation>Mein Coaching</translation>
    </message>
    <message>
        <source>Acknowledge (Ctrl+K)</source>
        <translation>Bestätigen (Ctrl+K)</translation>
    </message>
    <message>
        <source>Acknowledge the selected note</source>
        <translation>Ausgewählte Notiz bestätigen</translation>
    </message>
    <message>
        <source>Coaching notes on your messages</source>
        <translation>Coaching-Notizen zu Ihren Nachrichten</translation>
    </message>
    <message>
        <source>Your reviews</source>
        <translation>Ihre Bewertungen</translation>
    </message>
    <message>
        <source>Exemplary conversations shared with you</source>
        <translation>Mit Ihnen geteilte Vorbildgespräche</translation>
    </message>
    <message>
        <source>Quality score by week</source>
        <translation>Qualitätswert pro Woche</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Qualitätswert</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <source>Your quality score: %1 % over %n reviews</source>
        <translation>
            <numerusform>Ihr Qualitätswert: %1 % aus %n Bewertung</numerusform>
            <numerusform>Ihr Qualitätswert: %1 % aus %n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews of your conversations yet.</source>
        <translation>Ihre Konversationen wurden noch nicht bewertet.</translation>
    </message>
    <message numerus="yes">
        <source>Notes to acknowledge: %n</source>
        <translation>
            <numerusform>Zu bestätigende Notizen: %n</numerusform>
            <numerusform>Zu bestätigende Notizen: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation>bestätigt am %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>critical criterion failed</source>
        <translation>kritisches Kriterium nicht erfüllt</translation>
    </message>
    <message>
        <source>Exemplary conversations</source>
        <translation>Vorbildgespräche</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Two conversations side by side</source>
        <translation>Zwei Konversationen nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Scroll together</source>
        <translation>&amp;Gemeinsam blättern</translation>
    </message>
    <message>
        <source>by message</source>
        <translation>nach Nachricht</translation>
    </message>
    <message>
        <source>by time since the start</source>
        <translation>nach Zeit seit Beginn</translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation>Gemeinsam blättern</translation>
    </message>
    <message>
        <source>Left conversation</source>
        <translation>Linke Konversation</translation>
    </message>
    <message>
        <source>Right conversation</source>
        <translation>Rechte Konversation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Canned replies used</source>
        <translation>Verwendete Textbausteine</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <extracomment>The channel this reply leaves on: the conversation&apos;s, or another address of the customer.</extracomment>
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
        <source>Send the reply through this channel</source>
        <translation>Antwort über diesen Kanal senden</translation>
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
    <name>CustomerSide</name>
    <message>
        <source>Playing the customer — %1</source>
        <translation>In der Rolle des Kunden – %1</translation>
    </message>
    <message>
        <source>Suggested lines (double-click to use):</source>
        <translation>Vorgeschlagene Sätze (Doppelklick zum Übernehmen):</translation>
    </message>
    <message>
        <source>&amp;Send as the customer</source>
        <translation>Als Kunde &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;End the session with</source>
        <translation>Sitzung &amp;beenden mit</translation>
    </message>
    <message>
        <source>&amp;Cancel the session</source>
        <translation>Sitzung &amp;absagen</translation>
    </message>
    <message>
        <source>Open the &amp;debrief</source>
        <translation>&amp;Nachbesprechung öffnen</translation>
    </message>
    <message>
        <source>Write as the customer: a reply, or a complication to test the trainee</source>
        <translation>Als Kunde schreiben: eine Antwort oder eine Komplikation, um den Teilnehmer zu testen</translation>
    </message>
    <message>
        <source>The customer&apos;s message</source>
        <translation>Nachricht des Kunden</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>Suggested lines</source>
        <translation>Vorgeschlagene Sätze</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>the trainee</source>
        <translation>der Teilnehmer</translation>
    </message>
    <message>
        <source>The training database cannot be reached; trying again… (%1)</source>
        <translation>Die Trainingsdatenbank ist nicht erreichbar; neuer Versuch… (%1)</translation>
    </message>
    <message>
        <source>Waiting for %1 to take the session at their desk…</source>
        <translation>Warten, bis %1 die Sitzung am eigenen Arbeitsplatz übernimmt…</translation>
    </message>
    <message>
        <source>Finished and scored: the debrief is ready.</source>
        <translation>Beendet und bewertet: Die Nachbesprechung ist bereit.</translation>
    </message>
    <message>
        <source>%1 closed the training console before the end.</source>
        <translation>%1 hat die Trainingskonsole vor dem Ende geschlossen.</translation>
    </message>
    <message>
        <source>%1 declined the session.</source>
        <translation>%1 hat die Sitzung abgelehnt.</translation>
    </message>
    <message>
        <source>The session was cancelled before it started.</source>
        <translation>Die Sitzung wurde vor Beginn abgesagt.</translation>
    </message>
    <message>
        <source>The customer has left the conversation; %1 is recording the wrap-up.</source>
        <translation>Der Kunde hat die Konversation verlassen; %1 erfasst den Abschluss.</translation>
    </message>
    <message>
        <source>Paused: the customer&apos;s clock has stopped.</source>
        <translation>Pausiert: Die Uhr des Kunden ist angehalten.</translation>
    </message>
    <message>
        <source>Live with %1: what you send reaches their console as the customer&apos;s message.</source>
        <translation>Live: %1 erhält alles, was Sie senden, in der eigenen Konsole als Nachricht des Kunden.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Teilnehmer</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>KPI dashboard</source>
        <translation>KPI-Dashboard</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>&amp;Aufschlüsseln nach</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>XLSX exportieren…</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Aufschlüsseln nach</translation>
    </message>
    <message>
        <source>Figures by group; Enter lists the contacts behind a figure</source>
        <translation>Kennzahlen nach Gruppe; Enter listet die Kontakte hinter einer Kennzahl auf</translation>
    </message>
    <message>
        <source>Contacts over time</source>
        <translation>Kontakte im Zeitverlauf</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Kanalverteilung</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>Export the report as XLSX</source>
        <translation>Bericht als XLSX exportieren</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>KPI-Definitionen</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Das Enddatum liegt vor dem Startdatum.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>Die Kennzahlen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n contacts wrapped up</source>
        <translation>
            <numerusform>%1 – %2: %n Kontakt abgeschlossen</numerusform>
            <numerusform>%1 – %2: %n Kontakte abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Quality by agent</source>
        <translation>Qualität nach Agent</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Qualitätswert</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>Kritische Verstöße</translation>
    </message>
    <message>
        <source>Quality by criterion</source>
        <translation>Qualität nach Kriterium</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Average points</source>
        <translation>Durchschnittliche Punktzahl</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>Quality (%n reviews)</source>
        <translation>
            <numerusform>Qualität (%n Bewertung)</numerusform>
            <numerusform>Qualität (%n Bewertungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts per day</source>
        <translation>Kontakte pro Tag</translation>
    </message>
    <message>
        <source>Contacts per week</source>
        <translation>Kontakte pro Woche</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Kontakte pro Monat</translation>
    </message>
    <message>
        <source>Contacts behind: %1</source>
        <translation>Kontakte zu: %1</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>Trainer&apos;s &amp;comments:</source>
        <translation>&amp;Kommentare des Trainers:</translation>
    </message>
    <message>
        <source>Save comments</source>
        <translation>Kommentare speichern</translation>
    </message>
    <message>
        <source>Score with the &amp;scorecard…</source>
        <translation>Mit dem &amp;Bewertungsbogen bewerten…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Debrief report</source>
        <translation>Bericht zur Nachbesprechung</translation>
    </message>
    <message>
        <source>Trainer&apos;s comments</source>
        <translation>Kommentare des Trainers</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Diese Sitzung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation>Nachbesprechung speichern</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
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
    <name>DrillDialog</name>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Load more contacts</source>
        <translation>Weitere Kontakte laden</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export these contacts as CSV</source>
        <translation>Diese Kontakte als CSV exportieren</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen am</translation>
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
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Abschlusscode</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
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
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts shown</source>
        <translation>
            <numerusform>%n Kontakt angezeigt</numerusform>
            <numerusform>%n Kontakte angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
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
    <name>FollowUpsView</name>
    <message>
        <source>Customer and reason</source>
        <translation>Kunde und Grund</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Follow-ups: overdue, today, upcoming</source>
        <translation>Wiedervorlagen: überfällig, heute, demnächst</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Überfällig (%n)</numerusform>
            <numerusform>Überfällig (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today (%n)</source>
        <translation>
            <numerusform>Heute (%n)</numerusform>
            <numerusform>Heute (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upcoming (%n)</source>
        <translation>
            <numerusform>Demnächst (%n)</numerusform>
            <numerusform>Demnächst (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Set on the %1 clock (%2)</source>
        <translation>Festgelegt nach der Uhrzeit %1 (%2)</translation>
    </message>
    <message>
        <source>customer&apos;s</source>
        <translation>des Kunden</translation>
    </message>
    <message>
        <source>agent&apos;s</source>
        <translation>des Agenten</translation>
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
    <name>ImportRun</name>
    <message>
        <source>Import history</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files…</source>
        <translation>
            <numerusform>%n Datei wird importiert…</numerusform>
            <numerusform>%n Dateien werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
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
    <name>Kpi</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
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
        <translation>Erstlösungsquote</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Zeit bis zur ersten Antwort</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>Lösungszeit</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Durchschnittliche Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Repeat contacts</source>
        <translation>Wiederholte Kontakte</translation>
    </message>
    <message>
        <source>CSAT: share of CSAT responses (1–5) that are 4 or 5.</source>
        <translation>CSAT: Anteil der CSAT-Antworten (1–5) mit 4 oder 5.</translation>
    </message>
    <message>
        <source>NPS: % promoters (9–10) minus % detractors (0–6) of NPS responses (0–10).</source>
        <translation>NPS: % Promotoren (9–10) minus % Kritiker (0–6) unter den NPS-Antworten (0–10).</translation>
    </message>
    <message>
        <source>CES: average of CES responses (1–7; lower means less effort).</source>
        <translation>CES: Durchschnitt der CES-Antworten (1–7; niedriger bedeutet weniger Aufwand).</translation>
    </message>
    <message>
        <source>First-contact resolution: of first contacts (no contact by the same customer on the same reason closed within %1 days before), the share resolved with no contact on the same reason within %1 days after, on any channel.</source>
        <translation>Erstlösungsquote: von den Erstkontakten (kein Kontakt desselben Kunden zum selben Grund, der in den %1 Tagen davor abgeschlossen wurde) der Anteil, der gelöst wurde und auf den innerhalb von %1 Tagen auf keinem Kanal ein weiterer Kontakt zum selben Grund folgte.</translation>
    </message>
    <message>
        <source>Repeat contacts: share of contacts after which the same customer got in touch again within %1 days, for any reason, on any channel.</source>
        <translation>Wiederholte Kontakte: Anteil der Kontakte, nach denen sich derselbe Kunde innerhalb von %1 Tagen erneut gemeldet hat – aus beliebigem Grund und über einen beliebigen Kanal.</translation>
    </message>
    <message>
        <source>First response time: from the customer&apos;s first message to the first reply or call to that customer, on any channel.</source>
        <translation>Zeit bis zur ersten Antwort: von der ersten Nachricht des Kunden bis zur ersten Antwort an diesen Kunden oder zum ersten Anruf bei ihm, über einen beliebigen Kanal.</translation>
    </message>
    <message>
        <source>Resolution time: for resolved contacts, from the first contact about the issue to the close.</source>
        <translation>Lösungszeit: bei gelösten Kontakten vom ersten Kontakt zum Anliegen bis zum Abschluss.</translation>
    </message>
    <message>
        <source>Average handle time: time with the contact open (or the call&apos;s length) plus after-contact work in the wrap-up panel.</source>
        <translation>Durchschnittliche Bearbeitungszeit: Zeit, in der der Kontakt geöffnet ist (bzw. die Dauer des Anrufs), plus Nachbearbeitung im Abschlussbereich.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 Std.</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>Show the contacts behind this figure</source>
        <translation>Die Kontakte hinter dieser Kennzahl anzeigen</translation>
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
    <name>LogCallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Incoming (the customer called)</source>
        <translation>Eingehend (der Kunde hat angerufen)</translation>
    </message>
    <message>
        <source>Outgoing (we called)</source>
        <translation>Ausgehend (wir haben angerufen)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation>K&amp;onversation</translation>
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
        <source>Go to the follow-ups</source>
        <translation>Zu den Wiedervorlagen</translation>
    </message>
    <message>
        <source>Wrap up and close the conversation…</source>
        <translation>Abschluss erfassen und Konversation schließen…</translation>
    </message>
    <message>
        <source>Correct the outcome…</source>
        <translation>Ergebnis korrigieren…</translation>
    </message>
    <message>
        <source>KPI dashboard…</source>
        <translation>KPI-Dashboard…</translation>
    </message>
    <message>
        <source>Review conversations…</source>
        <translation>Konversationen bewerten…</translation>
    </message>
    <message>
        <source>My coaching…</source>
        <translation>Mein Coaching…</translation>
    </message>
    <message>
        <source>Training: role-play scenarios…</source>
        <translation>Training: Rollenspiel-Szenarien…</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>KPI-Definitionen</translation>
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
        <source>Channel accounts…</source>
        <translation>Kanalkonten…</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>Postausgang…</translation>
    </message>
    <message>
        <source>Check channels now</source>
        <translation>Kanäle jetzt abrufen</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>Verlauf importieren…</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Anruf erfassen…</translation>
    </message>
    <message>
        <source>Open the message with formatting and attachments…</source>
        <translation>Nachricht mit Formatierung und Anhängen öffnen…</translation>
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
        <source>Inbox or follow-ups</source>
        <translation>Posteingang oder Wiedervorlagen</translation>
    </message>
    <message>
        <source>Reply or wrap-up</source>
        <translation>Antwort oder Abschluss</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Zusammenführung rückgängig machen</translation>
    </message>
    <message>
        <source>%1 · database: %2</source>
        <translation>%1 · Datenbank: %2</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>TRAINING</translation>
    </message>
    <message numerus="yes">
        <source>Inbox (%n)</source>
        <translation>
            <numerusform>Posteingang (%n)</numerusform>
            <numerusform>Posteingang (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Wiedervorlagen (%n)</numerusform>
            <numerusform>Wiedervorlagen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>%n Kunde gefunden</numerusform>
            <numerusform>%n Kunden gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter starts the follow-up: a new conversation with the customer.</source>
        <translation>Enter startet die Wiedervorlage: eine neue Konversation mit dem Kunden.</translation>
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
        <source>Open a conversation first.</source>
        <translation>Öffnen Sie zuerst eine Konversation.</translation>
    </message>
    <message>
        <source>This conversation is already closed; use Correct the outcome to change it.</source>
        <translation>Diese Konversation ist bereits geschlossen; verwenden Sie „Ergebnis korrigieren“, um das Ergebnis zu ändern.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Diese Konversation existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>The wrap-up was not saved: %1</source>
        <translation>Der Abschluss wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Wrap-up saved; the conversation is closed.</source>
        <translation>Abschluss gespeichert; die Konversation ist geschlossen.</translation>
    </message>
    <message>
        <source>Wrap-up kept as a draft.</source>
        <translation>Abschluss als Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Select a conversation in the timeline first.</source>
        <translation>Wählen Sie zuerst eine Konversation im Verlauf aus.</translation>
    </message>
    <message>
        <source>This conversation has no outcome yet: wrap it up first.</source>
        <translation>Diese Konversation hat noch kein Ergebnis: Schließen Sie sie zuerst ab.</translation>
    </message>
    <message numerus="yes">
        <source>Outcome corrected: %n changes recorded.</source>
        <translation>
            <numerusform>Ergebnis korrigiert: %n Änderung erfasst.</numerusform>
            <numerusform>Ergebnis korrigiert: %n Änderungen erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished wrap-up</source>
        <translation>Unvollständiger Abschluss</translation>
    </message>
    <message>
        <source>The wrap-up of your conversation with %1 was not saved. Finish it now?</source>
        <translation>Der Abschluss Ihrer Konversation mit %1 wurde nicht gespeichert. Jetzt abschließen?</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due: %1</source>
        <translation>
            <numerusform>%n Wiedervorlage fällig: %1</numerusform>
            <numerusform>%n Wiedervorlagen fällig: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up started with %1.</source>
        <translation>Wiedervorlage mit %1 gestartet.</translation>
    </message>
    <message numerus="yes">
        <source>%n coaching notes from your supervisor: Tools → My coaching (Ctrl+Shift+J)</source>
        <translation>
            <numerusform>%n Coaching-Notiz von Ihrer Teamleitung: Extras → Mein Coaching (Ctrl+Shift+J)</numerusform>
            <numerusform>%n Coaching-Notizen von Ihrer Teamleitung: Extras → Mein Coaching (Ctrl+Shift+J)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <source>E-mail and call records (*.eml *.mbox *.mbx *.csv mbox);;All files (*)</source>
        <translation>E-Mails und Anrufprotokolle (*.eml *.mbox *.mbx *.csv mbox);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2 already there, %3 could not be read.</source>
        <translation>%1 importiert, %2 bereits vorhandene übersprungen, %3 nicht lesbar.</translation>
    </message>
    <message>
        <source>Select a message in the timeline first.</source>
        <translation>Wählen Sie zuerst eine Nachricht im Verlauf aus.</translation>
    </message>
    <message>
        <source>Open a customer first.</source>
        <translation>Öffnen Sie zuerst einen Kunden.</translation>
    </message>
    <message>
        <source>Call logged; wrap it up when you are done.</source>
        <translation>Anruf erfasst; schließen Sie ihn ab, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Anruf erfassen</translation>
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
    <name>MessageDialog</name>
    <message>
        <source>Message</source>
        <extracomment>Images the agent asked to see, already fetched: URL -&gt; image.</extracomment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Show &amp;images from the internet</source>
        <translation>&amp;Bilder aus dem Internet anzeigen</translation>
    </message>
    <message>
        <source>Remote images can tell the sender that and when you read the message.</source>
        <translation>Externe Bilder können dem Absender verraten, dass und wann Sie die Nachricht gelesen haben.</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>Nur &amp;Text</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>Diese Nachricht existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Parts of this message could not be read:</source>
        <translation>Teile dieser Nachricht konnten nicht gelesen werden:</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open this address in your browser?

%1</source>
        <translation>Diese Adresse im Browser öffnen?

%1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>The database does not hold this attachment&apos;s content.</source>
        <translation>Die Datenbank enthält den Inhalt dieses Anhangs nicht.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Replies that have not reached the customer yet. Temporary failures are retried automatically; a reply whose fate is unknown (the app stopped while sending it) is never resent on its own: check, then resend it or mark it as sent.</source>
        <translation>Antworten, die den Kunden noch nicht erreicht haben. Bei vorübergehenden Fehlern wird der Versand automatisch wiederholt; eine Antwort mit ungewissem Verbleib (die App wurde während des Sendens beendet) wird nie von selbst erneut gesendet: Prüfen Sie sie und senden Sie sie dann erneut oder markieren Sie sie als gesendet.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Reply and last error</source>
        <translation>Antwort und letzter Fehler</translation>
    </message>
    <message>
        <source>&amp;Resend now</source>
        <translation>&amp;Jetzt erneut senden</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>Als gesendet &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>&amp;Konversation öffnen</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>wartet auf erneuten Versuch</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown: check</source>
        <translation>unbekannt: bitte prüfen</translation>
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
    <name>ReviewWindow</name>
    <message>
        <source>Review conversations</source>
        <translation>Konversationen bewerten</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Alle Agenten</translation>
    </message>
    <message>
        <source>Low CSAT (1–2)</source>
        <translation>Niedriger CSAT (1–2)</translation>
    </message>
    <message>
        <source>Long handle time (15 min or more)</source>
        <translation>Lange Bearbeitungszeit (ab 15 Min.)</translation>
    </message>
    <message>
        <source>Sample per agent per &amp;week</source>
        <translation>Stichprobe pro Agent und &amp;Woche</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Edit the scorecard…</source>
        <translation>Bewertungsbogen bearbeiten…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen am</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Abschlusscode</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Pin a note to the message…</source>
        <translation>Notiz an Nachricht anheften…</translation>
    </message>
    <message>
        <source>Share as an exemplar…</source>
        <translation>Als Vorbildgespräch teilen…</translation>
    </message>
    <message>
        <source>Open in the agent screen</source>
        <translation>In der Agentenansicht öffnen</translation>
    </message>
    <message>
        <source>Compare two side by side (Ctrl+D)</source>
        <translation>Zwei nebeneinander vergleichen (Ctrl+D)</translation>
    </message>
    <message>
        <source>Calibrate with other supervisors…</source>
        <translation>Mit anderen Teamleitungen kalibrieren…</translation>
    </message>
    <message>
        <source>Show where we disagree</source>
        <translation>Abweichungen anzeigen</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Zu bewerten</translation>
    </message>
    <message>
        <source>Calibrations</source>
        <translation>Kalibrierungen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Your scoring</source>
        <translation>Ihre Bewertung</translation>
    </message>
    <message>
        <source>Select two conversations in the list (Ctrl+click), then compare them</source>
        <translation>Wählen Sie zwei Konversationen in der Liste (Strg+Klick) und vergleichen Sie sie</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>Entwurf speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Submit review (Ctrl+Enter)</source>
        <translation>Bewertung absenden (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Edit the scorecard</source>
        <translation>Bewertungsbogen bearbeiten</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Conversations to review</source>
        <translation>Zu bewertende Konversationen</translation>
    </message>
    <message>
        <source>Sample per agent per week</source>
        <translation>Stichprobe pro Agent und Woche</translation>
    </message>
    <message>
        <source>Pin a coaching note to the selected message</source>
        <translation>Coaching-Notiz an die ausgewählte Nachricht anheften</translation>
    </message>
    <message>
        <source>Share this conversation as an exemplar</source>
        <translation>Diese Konversation als Vorbildgespräch teilen</translation>
    </message>
    <message>
        <source>Compare the two selected conversations side by side</source>
        <translation>Die zwei ausgewählten Konversationen nebeneinander vergleichen</translation>
    </message>
    <message>
        <source>Calibrate: have other supervisors score this conversation blind</source>
        <translation>Kalibrieren: andere Teamleitungen bewerten diese Konversation, ohne die anderen Bewertungen zu sehen</translation>
    </message>
    <message>
        <source>Show where the supervisors disagree</source>
        <translation>Abweichungen der Teamleitungen anzeigen</translation>
    </message>
    <message>
        <source>Save the review as a draft</source>
        <translation>Bewertung als Entwurf speichern</translation>
    </message>
    <message>
        <source>Submit the review</source>
        <translation>Bewertung absenden</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations to review</source>
        <translation>
            <numerusform>%n Konversation zu bewerten</numerusform>
            <numerusform>%n Konversationen zu bewerten</numerusform>
        </translation>
    </message>
    <message>
        <source>Canned replies used: %1</source>
        <translation>Verwendete Textbausteine: %1</translation>
    </message>
    <message>
        <source>No canned replies used.</source>
        <translation>Keine Textbausteine verwendet.</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>Bewertung abgesendet.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Wählen Sie zuerst eine Konversation.</translation>
    </message>
    <message>
        <source>Calibration started: each supervisor scores it under Calibrations, without seeing the others.</source>
        <translation>Kalibrierung begonnen: Jede Teamleitung bewertet sie unter „Kalibrierungen“, ohne die anderen zu sehen.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>abgesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted</source>
        <translation>
            <numerusform>%n abgesendet</numerusform>
            <numerusform>%n abgesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation under review was deleted; the review and its score are kept.</source>
        <translation>Die bewertete Konversation wurde gelöscht; die Bewertung und ihr Wert bleiben erhalten.</translation>
    </message>
    <message>
        <source>Review submitted: %1 %.</source>
        <translation>Bewertung abgesendet: %1 %.</translation>
    </message>
    <message numerus="yes">
        <source>Not submitted: %n criteria still to rate or explain.</source>
        <translation>
            <numerusform>Nicht abgesendet: %n Kriterium muss noch eingestuft oder begründet werden.</numerusform>
            <numerusform>Nicht abgesendet: %n Kriterien müssen noch eingestuft oder begründet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a message in the conversation first.</source>
        <translation>Wählen Sie zuerst eine Nachricht in der Konversation aus.</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Coaching-Notiz</translation>
    </message>
    <message>
        <source>Note for the agent, pinned to this message:</source>
        <translation>Notiz für den Agenten (wird an diese Nachricht angeheftet):</translation>
    </message>
    <message>
        <source>Note pinned; the agent will see it in their timeline.</source>
        <translation>Notiz angeheftet; der Agent sieht sie in seinem Verlauf.</translation>
    </message>
    <message>
        <source>Share as an exemplar</source>
        <translation>Als Vorbildgespräch teilen</translation>
    </message>
    <message>
        <source>Why is it a good example?</source>
        <translation>Warum ist diese Konversation ein gutes Beispiel?</translation>
    </message>
    <message>
        <source>Shared with the team as an exemplar.</source>
        <translation>Als Vorbildgespräch mit dem Team geteilt.</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Scenario editor — %1</source>
        <translation>Szenario-Editor – %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Play it now</source>
        <translation>&amp;Jetzt durchspielen</translation>
    </message>
    <message>
        <source>Scenario (YAML)</source>
        <translation>Szenario (YAML)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Fehler.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems: fix them to save.</source>
        <translation>
            <numerusform>%n Fehler: Beheben Sie ihn, um zu speichern.</numerusform>
            <numerusform>%n Fehler: Beheben Sie sie, um zu speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario editor</source>
        <translation>Szenario-Editor</translation>
    </message>
    <message>
        <source>The scenario has problems and was not saved:</source>
        <translation>Das Szenario enthält Fehler und wurde nicht gespeichert:</translation>
    </message>
    <message>
        <source>Fix the problems first.</source>
        <translation>Beheben Sie zuerst die Fehler.</translation>
    </message>
</context>
<context>
    <name>ScorecardEditor</name>
    <message>
        <source>Scorecard</source>
        <translation>Bewertungsbogen</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Root causes offered</source>
        <translation>Angebotene Ursachen</translation>
    </message>
    <message>
        <source>Critical: the lowest rating fails the whole review</source>
        <translation>Kritisch: die schlechteste Einstufung lässt die ganze Bewertung scheitern</translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation>„Nicht zutreffend“ erlaubt</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Als neue Version speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ja / nein</translation>
    </message>
    <message>
        <source>3 points</source>
        <translation>3 Punkte</translation>
    </message>
    <message>
        <source>4 points</source>
        <translation>4 Punkte</translation>
    </message>
    <message>
        <source>5 points</source>
        <translation>5 Punkte</translation>
    </message>
    <message>
        <source>Sections and criteria</source>
        <translation>Abschnitte und Kriterien</translation>
    </message>
    <message>
        <source>%1 — version %2 (saving adds version %3; reviews keep the version they began with)</source>
        <translation>%1 — Version %2 (Speichern legt Version %3 an; Bewertungen behalten ihre Version)</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Neuer Abschnitt</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation>Kann nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria, total weight %1</source>
        <translation>
            <numerusform>%n Kriterium, Gesamtgewicht %1</numerusform>
            <numerusform>%n Kriterien, Gesamtgewicht %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The weights do not add up to the declared total; scores stay 0–100.</source>
        <translation>Die Gewichte ergeben nicht die angegebene Summe; die Werte bleiben 0–100.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Als Version %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ScorecardForm</name>
    <message>
        <source>&amp;Summary for the agent</source>
        <translation>&amp;Zusammenfassung für den Agenten</translation>
    </message>
    <message>
        <source>Summary for the agent</source>
        <translation>Zusammenfassung für den Agenten</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>Gewichtung: %1</translation>
    </message>
    <message>
        <source>critical: the lowest rating fails the whole review</source>
        <translation>kritisch: Bei der niedrigsten Einstufung gilt die gesamte Bewertung als nicht bestanden</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht eingestuft</translation>
    </message>
    <message>
        <source>Root cause…</source>
        <translation>Ursache…</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Einstufung: %1</translation>
    </message>
    <message>
        <source>Root cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Quality score: —</source>
        <translation>Qualitätswert: —</translation>
    </message>
    <message>
        <source>Quality score: 0 % (critical criterion failed; %1 % without it)</source>
        <translation>Qualitätswert: 0 % (kritisches Kriterium nicht erfüllt; ohne dieses %1 %)</translation>
    </message>
    <message>
        <source>Quality score: %1 %</source>
        <translation>Qualitätswert: %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria still to rate or explain</source>
        <translation>
            <numerusform>%n Kriterium noch einzustufen oder zu begründen</numerusform>
            <numerusform>%n Kriterien noch einzustufen oder zu begründen</numerusform>
        </translation>
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
    <name>Timeline</name>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>nicht gelöst</translation>
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
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n Anhang</numerusform>
            <numerusform>%n Anhänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts could not be read</source>
        <translation>
            <numerusform>%n Teil nicht lesbar</numerusform>
            <numerusform>%n Teile nicht lesbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent with %n draft-check warnings</source>
        <translation>
            <numerusform>mit %n Entwurfswarnung gesendet</numerusform>
            <numerusform>mit %n Entwurfswarnungen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coaching notes</source>
        <translation>
            <numerusform>%n Coaching-Notiz</numerusform>
            <numerusform>%n Coaching-Notizen</numerusform>
        </translation>
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
    <message>
        <source>unknown: check the outbox</source>
        <translation>unbekannt: Postausgang prüfen</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Your time: %1
Customer&apos;s time: %2</source>
        <extracomment>Wrap-up code -&gt; {language: label}, for the outcome shown in interaction headers. Show one interaction only (review screens); None: the customer&apos;s whole history.</extracomment>
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
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n Anhang</numerusform>
            <numerusform>%n Anhänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts could not be read</source>
        <translation>
            <numerusform>%n Teil nicht lesbar</numerusform>
            <numerusform>%n Teile nicht lesbar</numerusform>
        </translation>
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
<context>
    <name>Training</name>
    <message>
        <source>Customer: %1 (%2, %3), writes by %4; mood: %5</source>
        <translation>Kunde: %1 (%2, %3), Kanal: %4; Stimmung: %5</translation>
    </message>
    <message>
        <source>Order %1: %2 %3</source>
        <translation>Bestellung %1: %2 %3</translation>
    </message>
    <message>
        <source>Paid with: %1</source>
        <translation>Bezahlt mit: %1</translation>
    </message>
    <message>
        <source>Your goal: %1</source>
        <translation>Ihr Ziel: %1</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <source>friendly</source>
        <translation>freundlich</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>besorgt</translation>
    </message>
    <message>
        <source>annoyed</source>
        <translation>verärgert</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>wütend</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>customer left</source>
        <translation>Kunde abgesprungen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>The training database must not be the real one: check Settings.</source>
        <translation>Die Trainingsdatenbank darf nicht die echte Datenbank sein: Prüfen Sie die Einstellungen.</translation>
    </message>
    <message>
        <source>The training database cannot be opened: %1</source>
        <translation>Die Trainingsdatenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>A trainer</source>
        <translation>Ein Trainer</translation>
    </message>
    <message>
        <source>%1 has started a live training session for you: %2.</source>
        <translation>%1 hat eine Live-Trainingssitzung für Sie gestartet: %2.</translation>
    </message>
    <message>
        <source>%1 has started a training session for you: %2.</source>
        <translation>%1 hat eine Trainingssitzung für Sie gestartet: %2.</translation>
    </message>
    <message>
        <source>It opens a training console on a practice database; your real work stays as it is.</source>
        <translation>Dabei öffnet sich eine Trainingskonsole mit einer Übungsdatenbank; Ihre echte Arbeit bleibt unberührt.</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Jetzt starten</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>This session is no longer waiting: the trainer cancelled it, or it started elsewhere.</source>
        <translation>Diese Sitzung wartet nicht mehr: Der Trainer hat sie abgesagt, oder sie wurde anderswo gestartet.</translation>
    </message>
    <message>
        <source>This session cannot be started on this desk: %1</source>
        <translation>Diese Sitzung kann an diesem Arbeitsplatz nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Ending reached</source>
        <translation>Erreichter Ausgang</translation>
    </message>
    <message>
        <source>Replied in the customer&apos;s language</source>
        <translation>In der Sprache des Kunden geantwortet</translation>
    </message>
    <message>
        <source>Formal address</source>
        <translation>Förmliche Anrede</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Zeit bis zur ersten Antwort</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Antwortzeiten</translation>
    </message>
    <message>
        <source>Currency named</source>
        <translation>Währung genannt</translation>
    </message>
    <message>
        <source>Local payment method named</source>
        <translation>Lokale Zahlungsart genannt</translation>
    </message>
    <message>
        <source>Wrap-up code</source>
        <translation>Abschlusscode</translation>
    </message>
    <message>
        <source>Every reply was in {expected}.</source>
        <translation>Alle Antworten waren in der Sprache {expected}.</translation>
    </message>
    <message>
        <source>First reply after {seconds} s (limit {limit} s).</source>
        <translation>Erste Antwort nach {seconds} s (Limit {limit} s).</translation>
    </message>
    <message>
        <source>No reply named a payment method the customer can use ({methods}).</source>
        <translation>Keine Antwort nannte eine Zahlungsart, die der Kunde nutzen kann ({methods}).</translation>
    </message>
    <message>
        <source>No reply named the currency {currency} (as {names}).</source>
        <translation>Keine Antwort nannte die Währung {currency} (als {names}).</translation>
    </message>
    <message>
        <source>No wrap-up code was chosen; expected {expected}.</source>
        <translation>Kein Abschlusscode gewählt; erwartet: {expected}.</translation>
    </message>
    <message>
        <source>Reply {n} addressed the customer informally.</source>
        <translation>Antwort {n} hat den Kunden informell angesprochen.</translation>
    </message>
    <message>
        <source>Reply {n} named {found}.</source>
        <translation>Antwort {n} nannte {found}.</translation>
    </message>
    <message>
        <source>Reply {n} was written in {found}, not in {expected}.</source>
        <translation>Antwort {n} war in der Sprache {found} verfasst, nicht in {expected}.</translation>
    </message>
    <message>
        <source>Slowest later reply after {seconds} s (limit {limit} s).</source>
        <translation>Langsamste spätere Antwort nach {seconds} s (Limit {limit} s).</translation>
    </message>
    <message>
        <source>The conversation ended in &apos;{ending}&apos; ({kind}); good endings: {good}.</source>
        <translation>Die Konversation endete mit &apos;{ending}&apos; ({kind}); gute Ausgänge: {good}.</translation>
    </message>
    <message>
        <source>The customer&apos;s message in &apos;{turn}&apos; was never answered.</source>
        <translation>Die Nachricht des Kunden in &apos;{turn}&apos; wurde nie beantwortet.</translation>
    </message>
    <message>
        <source>Wrap-up code {found} (expected {expected}).</source>
        <translation>Abschlusscode {found} (erwartet: {expected}).</translation>
    </message>
    <message>
        <source>The trainee never replied.</source>
        <translation>Der Teilnehmer hat nie geantwortet.</translation>
    </message>
    <message>
        <source>Every reply addressed the customer formally.</source>
        <translation>Alle Antworten haben den Kunden förmlich angesprochen.</translation>
    </message>
    <message>
        <source>The first message was never answered.</source>
        <translation>Die erste Nachricht wurde nie beantwortet.</translation>
    </message>
    <message>
        <source>The conversation did not reach an ending.</source>
        <translation>Die Konversation hat keinen Ausgang erreicht.</translation>
    </message>
    <message>
        <source>Score: %1 of %2 points (%3%)</source>
        <translation>Ergebnis: %1 von %2 Punkten (%3%)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Trainer comments</source>
        <translation>Kommentare des Trainers</translation>
    </message>
    <message>
        <source>Trainee: %1 · %2 · ending: %3</source>
        <translation>Teilnehmer: %1 · %2 · Ausgang: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>points lost here</source>
        <translation>hier Punkte verloren</translation>
    </message>
    <message>
        <source>Trainer&apos;s scorecard: %1 of 100 (%2)</source>
        <translation>Bewertungsbogen des Trainers: %1 von 100 (%2)</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING</source>
        <translation>TRAINING</translation>
    </message>
    <message>
        <source>a practice database: nothing reaches real customers</source>
        <translation>eine Übungsdatenbank: Nichts erreicht echte Kunden</translation>
    </message>
    <message>
        <source>Scenario &amp;brief…</source>
        <translation>Szenario-&amp;Briefing…</translation>
    </message>
    <message>
        <source>&amp;Finish and score</source>
        <translation>&amp;Beenden und bewerten</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Trainingssitzung</translation>
    </message>
    <message>
        <source>Session finished: scoring…</source>
        <translation>Sitzung beendet: wird bewertet…</translation>
    </message>
    <message>
        <source>Paused by the trainer.</source>
        <translation>Vom Trainer pausiert.</translation>
    </message>
    <message>
        <source>The customer has ended the conversation. Record the wrap-up, then press Finish and score.</source>
        <translation>Der Kunde hat die Konversation beendet. Erfassen Sie den Abschluss und klicken Sie dann auf „Beenden und bewerten“.</translation>
    </message>
    <message>
        <source>Live: a trainer is writing as the customer.</source>
        <translation>Live: Ein Trainer schreibt als Kunde.</translation>
    </message>
    <message>
        <source>Scripted customer: reply as you would to a real one.</source>
        <translation>Skriptgesteuerter Kunde: Antworten Sie wie einem echten Kunden.</translation>
    </message>
    <message>
        <source>Scenario brief</source>
        <translation>Szenario-Briefing</translation>
    </message>
</context>
<context>
    <name>TrainingLibrary</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>Meine Sitzungen</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Filter: title, country, language, channel</source>
        <translation>Filter: Titel, Land, Sprache, Kanal</translation>
    </message>
    <message>
        <source>Filter scenarios</source>
        <translation>Szenarien filtern</translation>
    </message>
    <message>
        <source>Scenario details</source>
        <translation>Szenariodetails</translation>
    </message>
    <message>
        <source>&amp;Start a session</source>
        <translation>Sitzung &amp;starten</translation>
    </message>
    <message>
        <source>Start &amp;live (you play the customer)</source>
        <translation>&amp;Live starten (Sie spielen den Kunden)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Open the &amp;debrief</source>
        <translation>&amp;Nachbesprechung öffnen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>&amp;Cancel the waiting session</source>
        <translation>Wartende Sitzung &amp;absagen</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>Yourself, to try the scenario, or a trainee: it starts on their desk when they accept it.</source>
        <translation>Sie selbst, um das Szenario auszuprobieren, oder ein Teilnehmer: Die Sitzung startet an dessen Arbeitsplatz, sobald er sie annimmt.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Bestwert</translation>
    </message>
    <message>
        <source>Resolved / escalated / left</source>
        <translation>Gelöst / eskaliert / abgesprungen</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
    <message>
        <source>Some scenario files cannot be used:</source>
        <translation>Einige Szenariodateien können nicht verwendet werden:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Geduld</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <source>Payment methods to offer</source>
        <translation>Anzubietende Zahlungsarten</translation>
    </message>
    <message>
        <source>Expected wrap-up</source>
        <translation>Erwarteter Abschlusscode</translation>
    </message>
    <message>
        <source>Endings</source>
        <translation>Ausgänge</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Finish the session that is running first.</source>
        <translation>Beenden Sie zuerst die laufende Sitzung.</translation>
    </message>
    <message>
        <source>The session waits for %1: it starts when they accept it at their desk.</source>
        <translation>Die Sitzung wartet auf %1 und startet, sobald sie am dortigen Arbeitsplatz angenommen wird.</translation>
    </message>
    <message>
        <source>This desk keeps its training database to itself: for a trainee at another desk, set the team&apos;s training database in Settings.</source>
        <translation>Dieser Arbeitsplatz nutzt eine eigene Trainingsdatenbank: Für Teilnehmer an anderen Arbeitsplätzen legen Sie in den Einstellungen die Trainingsdatenbank des Teams fest.</translation>
    </message>
    <message>
        <source>Export the scenario</source>
        <translation>Szenario exportieren</translation>
    </message>
    <message>
        <source>Scenarios (*.yaml *.yml)</source>
        <translation>Szenarien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import scenarios</source>
        <translation>Szenarien importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n scenarios imported.</source>
        <translation>
            <numerusform>%n Szenario importiert.</numerusform>
            <numerusform>%n Szenarien importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
    <message>
        <source>scripted</source>
        <translation>skriptgesteuert</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>waiting for the trainee</source>
        <translation>wartet auf Teilnehmer</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <source>Training</source>
        <extracomment>Real ms between looks at the training database in a live session: the trainee&apos;s console for the trainer&apos;s commands, the trainer&apos;s side for the state the console published. (Team mode&apos;s LISTEN/NOTIFY will wake both at once; the look stays as the fallback for SQLite.) A session in one of these states is over for both sides.</extracomment>
        <translation>Training</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <source>&amp;Disposition</source>
        <extracomment>Set when correcting a saved outcome.</extracomment>
        <translation>&amp;Abschlusscode</translation>
    </message>
    <message>
        <source>Contact &amp;reason</source>
        <translation>Kontaktg&amp;rund</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
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
        <translation>keine</translation>
    </message>
    <message>
        <source>Customer satisfaction, 1–5, if the customer answered the survey</source>
        <translation>Kundenzufriedenheit, 1–5, falls der Kunde an der Umfrage teilgenommen hat</translation>
    </message>
    <message>
        <source>Net Promoter Score, 0–10, if the customer answered the survey</source>
        <translation>Net Promoter Score, 0–10, falls der Kunde an der Umfrage teilgenommen hat</translation>
    </message>
    <message>
        <source>Customer effort, 1–7 (lower is easier), if the customer answered</source>
        <translation>Kundenaufwand, 1–7 (niedriger ist einfacher), falls der Kunde geantwortet hat</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>&amp;Wiedervorlage</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e.g. confirm the refund arrived</source>
        <translation>z. B. bestätigen, dass die Erstattung eingegangen ist</translation>
    </message>
    <message>
        <source>Save and next (Ctrl+Enter)</source>
        <translation>Speichern und weiter (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Back to the conversation (Esc)</source>
        <translation>Zurück zur Konversation (Esc)</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Abschlusscode</translation>
    </message>
    <message>
        <source>Contact reason</source>
        <translation>Kontaktgrund</translation>
    </message>
    <message>
        <source>Resolved: yes</source>
        <translation>Gelöst: ja</translation>
    </message>
    <message>
        <source>Resolved: no</source>
        <translation>Gelöst: nein</translation>
    </message>
    <message>
        <source>Wrap-up notes</source>
        <translation>Abschlussnotizen</translation>
    </message>
    <message>
        <source>CSAT score</source>
        <translation>CSAT-Wert</translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation>NPS-Wert</translation>
    </message>
    <message>
        <source>CES score</source>
        <translation>CES-Wert</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Follow-up date and time</source>
        <translation>Datum und Uhrzeit der Wiedervorlage</translation>
    </message>
    <message>
        <source>Follow-up time zone</source>
        <translation>Zeitzone der Wiedervorlage</translation>
    </message>
    <message>
        <source>Follow-up reason</source>
        <translation>Grund der Wiedervorlage</translation>
    </message>
    <message>
        <source>Changes to this outcome</source>
        <translation>Änderungen an diesem Ergebnis</translation>
    </message>
    <message>
        <source>Save the wrap-up</source>
        <translation>Abschluss speichern</translation>
    </message>
    <message>
        <source>Back to the conversation</source>
        <translation>Zurück zur Konversation</translation>
    </message>
    <message>
        <source>Correct the outcome: %1</source>
        <translation>Ergebnis korrigieren: %1</translation>
    </message>
    <message>
        <source>Wrap-up: %1</source>
        <translation>Abschluss: %1</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>customer&apos;s time (%1)</source>
        <translation>Zeit des Kunden (%1)</translation>
    </message>
    <message>
        <source>my time (%1)</source>
        <translation>meine Zeit (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 changed %3: %4 → %5</source>
        <translation>%1 · %2 hat %3 geändert: %4 → %5</translation>
    </message>
    <message>
        <source>No changes since the wrap-up.</source>
        <translation>Keine Änderungen seit dem Abschluss.</translation>
    </message>
    <message>
        <source>Handle time %1</source>
        <translation>Bearbeitungszeit %1</translation>
    </message>
    <message>
        <source>Handle time %1 (after-contact work %2)</source>
        <translation>Bearbeitungszeit %1 (Nachbearbeitung %2)</translation>
    </message>
    <message>
        <source>Choose a disposition.</source>
        <translation>Wählen Sie einen Abschlusscode.</translation>
    </message>
    <message>
        <source>Choose the contact reason.</source>
        <translation>Wählen Sie den Kontaktgrund.</translation>
    </message>
    <message>
        <source>Say whether the issue was resolved.</source>
        <translation>Geben Sie an, ob das Anliegen gelöst wurde.</translation>
    </message>
    <message>
        <source>This queue needs a note.</source>
        <translation>Diese Warteschlange erfordert eine Notiz.</translation>
    </message>
    <message>
        <source>CSAT is between 1 and 5.</source>
        <translation>CSAT liegt zwischen 1 und 5.</translation>
    </message>
    <message>
        <source>NPS is between 0 and 10.</source>
        <translation>NPS liegt zwischen 0 und 10.</translation>
    </message>
    <message>
        <source>CES is between 1 and 7.</source>
        <translation>CES liegt zwischen 1 und 7.</translation>
    </message>
    <message>
        <source>The follow-up is in the past; pick a later time.</source>
        <translation>Die Wiedervorlage liegt in der Vergangenheit; wählen Sie einen späteren Zeitpunkt.</translation>
    </message>
    <message>
        <source>This code was removed since; choose another.</source>
        <translation>Dieser Code wurde inzwischen entfernt; wählen Sie einen anderen.</translation>
    </message>
</context>
</TS>
