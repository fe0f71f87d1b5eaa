<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>IMAP server:</source>
        <extracomment>(field, widget type) per kind; &quot;secret&quot; fields go to the keyring, &quot;list&quot; fields are comma-separated.</extracomment>
        <translation>Διακομιστής IMAP:</translation>
    </message>
    <message>
        <source>IMAP port:</source>
        <translation>Θύρα IMAP:</translation>
    </message>
    <message>
        <source>IMAP security:</source>
        <translation>Ασφάλεια IMAP:</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Διακομιστής SMTP:</translation>
    </message>
    <message>
        <source>SMTP port:</source>
        <translation>Θύρα SMTP:</translation>
    </message>
    <message>
        <source>SMTP security:</source>
        <translation>Ασφάλεια SMTP:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Όνομα χρήστη:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Διεύθυνση αποστολέα:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Όνομα αποστολέα:</translation>
    </message>
    <message>
        <source>Folder to fetch:</source>
        <translation>Φάκελος λήψης:</translation>
    </message>
    <message>
        <source>Save sent replies in:</source>
        <translation>Φάκελος απεσταλμένων απαντήσεων:</translation>
    </message>
    <message>
        <source>Account SID:</source>
        <translation>SID λογαριασμού:</translation>
    </message>
    <message>
        <source>Auth token:</source>
        <translation>Διακριτικό ελέγχου ταυτότητας:</translation>
    </message>
    <message>
        <source>SMS numbers:</source>
        <translation>Αριθμοί SMS:</translation>
    </message>
    <message>
        <source>WhatsApp numbers:</source>
        <translation>Αριθμοί WhatsApp:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Διεύθυνση API:</translation>
    </message>
    <message>
        <source>Bot token:</source>
        <translation>Διακριτικό bot:</translation>
    </message>
    <message>
        <source>E-mail (IMAP and SMTP)</source>
        <translation>Email (IMAP και SMTP)</translation>
    </message>
    <message>
        <source>SMS and WhatsApp (Twilio)</source>
        <translation>SMS και WhatsApp (Twilio)</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Bot του Telegram</translation>
    </message>
    <message>
        <source>Channel accounts</source>
        <translation>Λογαριασμοί καναλιών</translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation>Νέος &amp;λογαριασμός</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Α&amp;φαίρεση</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Δοκιμή σύνδεσης</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Αποθήκευση</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Τύπος:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <source>&amp;Check every (seconds):</source>
        <translation>Έλεγχος &amp;κάθε (δευτερόλεπτα):</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Ουρά:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Ενεργός</translation>
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
        <translation>Καμία (χωρίς κρυπτογράφηση)</translation>
    </message>
    <message>
        <source>Stored in the system keyring; leave empty to keep it</source>
        <translation>Αποθηκεύεται στην κλειδοθήκη του συστήματος· αφήστε το κενό για να διατηρηθεί</translation>
    </message>
    <message>
        <source>+995322000000, +995322000001</source>
        <translation>+995322000000, +995322000001</translation>
    </message>
    <message>
        <source>The provider&apos;s address (change only for a proxy or a test server)</source>
        <translation>Η διεύθυνση του παρόχου (αλλάξτε τη μόνο για διακομιστή μεσολάβησης ή δοκιμαστικό διακομιστή)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ανενεργός</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>πρόβλημα: %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>δεν έχει συγχρονιστεί ακόμη</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>συγχρονίστηκε: %1</translation>
    </message>
    <message>
        <source>Saved. New messages are fetched within one check interval.</source>
        <translation>Αποθηκεύτηκε. Τα νέα μηνύματα θα ληφθούν στον επόμενο έλεγχο.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Δεν αποθηκεύτηκε: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Σύνδεση…</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>Η σύνδεση λειτουργεί: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Η σύνδεση απέτυχε: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Αφαίρεση λογαριασμού</translation>
    </message>
    <message>
        <source>Remove this account and its stored secrets? Its messages stay in the timelines.</source>
        <translation>Να αφαιρεθεί αυτός ο λογαριασμός και τα αποθηκευμένα διαπιστευτήριά του; Τα μηνύματά του παραμένουν στο ιστορικό.</translation>
    </message>
    <message>
        <source>Disabled, not removed: replies in its outbox still wait to be sent.</source>
        <translation>Απενεργοποιήθηκε, δεν αφαιρέθηκε: απαντήσεις στα εξερχόμενά του περιμένουν ακόμη να σταλούν.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Agent</source>
        <translation>Εκπρόσωπος</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Where the supervisors disagree</source>
        <translation>Πού διαφωνούν οι επόπτες</translation>
    </message>
    <message>
        <source>Answers per criterion and supervisor</source>
        <translation>Απαντήσεις ανά κριτήριο και επόπτη</translation>
    </message>
    <message numerus="yes">
        <source>Scores: %1. Spread: %2 points. %n criteria rated differently.</source>
        <translation>
            <numerusform>Βαθμολογίες: %1. Απόκλιση: %2 μονάδες. %n κριτήριο βαθμολογήθηκε διαφορετικά.</numerusform>
            <numerusform>Βαθμολογίες: %1. Απόκλιση: %2 μονάδες. %n κριτήρια βαθμολογήθηκαν διαφορετικά.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
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
        <translation>Συνομιλία</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Κοινωνικά δίκτυα</translation>
    </message>
</context>
<context>
    <name>ChannelStatusButton</name>
    <message numerus="yes">
        <source>Channels: %n with a problem</source>
        <translation>
            <numerusform>Κανάλια: %n με πρόβλημα</numerusform>
            <numerusform>Κανάλια: %n με πρόβλημα</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels: all working</source>
        <translation>Κανάλια: όλα λειτουργούν</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Εξερχόμενα: %n σε αναμονή</numerusform>
            <numerusform>Εξερχόμενα: %n σε αναμονή</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>ποτέ</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1: ανενεργός</translation>
    </message>
    <message>
        <source>%1: last synced %2</source>
        <translation>%1: τελευταίος συγχρονισμός — %2</translation>
    </message>
    <message>
        <source>%1: %2 (last synced %3)</source>
        <translation>%1: %2 (τελευταίος συγχρονισμός: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n replies need your decision in the outbox</source>
        <translation>
            <numerusform>%n απάντηση στα εξερχόμενα χρειάζεται την απόφασή σας</numerusform>
            <numerusform>%n απαντήσεις στα εξερχόμενα χρειάζονται την απόφασή σας</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachingWindow</name>
    <message>
        <source>My coaching</source>
        <translation>Η καθοδήγησή μου</translation>
    </message>
    <message>
        <source>Acknowledge (Ctrl+K)</source>
        <translation>Επιβεβαίωση ανάγνωσης (Ctrl+K)</translation>
    </message>
    <message>
        <source>Acknowledge the selected note</source>
        <translation>Επιβεβαίωση ανάγνωσης της επιλεγμένης σημείωσης</translation>
    </message>
    <message>
        <source>Coaching notes on your messages</source>
        <translation>Σημειώσεις καθοδήγησης στα μηνύματά σας</translation>
    </message>
    <message>
        <source>Your reviews</source>
        <translation>Οι αξιολογήσεις σας</translation>
    </message>
    <message>
        <source>Exemplary conversations shared with you</source>
        <translation>Υποδειγματικές συνομιλίες που κοινοποιήθηκαν σε εσάς</translation>
    </message>
    <message>
        <source>Quality score by week</source>
        <translation>Βαθμολογία ποιότητας ανά εβδομάδα</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Αξιολογήθηκε</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Αξιολογητής</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Βαθμολογία ποιότητας</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Σύνοψη</translation>
    </message>
    <message numerus="yes">
        <source>Your quality score: %1 % over %n reviews</source>
        <translation>
            <numerusform>Η βαθμολογία ποιότητάς σας: %1 % σε %n αξιολόγηση</numerusform>
            <numerusform>Η βαθμολογία ποιότητάς σας: %1 % σε %n αξιολογήσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews of your conversations yet.</source>
        <translation>Δεν υπάρχουν ακόμη αξιολογήσεις των συνομιλιών σας.</translation>
    </message>
    <message numerus="yes">
        <source>Notes to acknowledge: %n</source>
        <translation>
            <numerusform>Σημειώσεις προς επιβεβαίωση: %n</numerusform>
            <numerusform>Σημειώσεις προς επιβεβαίωση: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation>επιβεβαιώθηκε %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>νέα</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Αξιολογήσεις</translation>
    </message>
    <message>
        <source>critical criterion failed</source>
        <translation>απέτυχε κρίσιμο κριτήριο</translation>
    </message>
    <message>
        <source>Exemplary conversations</source>
        <translation>Υποδειγματικές συνομιλίες</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Two conversations side by side</source>
        <translation>Δύο συνομιλίες δίπλα δίπλα</translation>
    </message>
    <message>
        <source>&amp;Scroll together</source>
        <translation>Κοινή &amp;κύλιση</translation>
    </message>
    <message>
        <source>by message</source>
        <translation>ανά μήνυμα</translation>
    </message>
    <message>
        <source>by time since the start</source>
        <translation>ανά χρόνο από την αρχή</translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation>Κοινή κύλιση</translation>
    </message>
    <message>
        <source>Left conversation</source>
        <translation>Αριστερή συνομιλία</translation>
    </message>
    <message>
        <source>Right conversation</source>
        <translation>Δεξιά συνομιλία</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Έκβαση</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Επιλύθηκε</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Χρόνος διαχείρισης</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Μηνύματα</translation>
    </message>
    <message>
        <source>Canned replies used</source>
        <translation>Έτοιμες απαντήσεις που χρησιμοποιήθηκαν</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <extracomment>The channel this reply leaves on: the conversation&apos;s, or another address of the customer.</extracomment>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Send the reply (%1)</source>
        <translation>Αποστολή απάντησης (%1)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <source>Send the reply through this channel</source>
        <translation>Αποστολή της απάντησης μέσω αυτού του καναλιού</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Αποστολή απάντησης</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Δεν έχει επιλεγεί συνομιλία</translation>
    </message>
    <message>
        <source>Reply via %1 to %2</source>
        <translation>Απάντηση μέσω %1 προς %2</translation>
    </message>
    <message>
        <source>Write your reply… (Ctrl+Enter sends)</source>
        <translation>Γράψτε την απάντησή σας… (Ctrl+Enter για αποστολή)</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Το πρόχειρο ανακτήθηκε</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Το πρόχειρο αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>Loading canned replies…</source>
        <translation>Φόρτωση έτοιμων απαντήσεων…</translation>
    </message>
    <message>
        <source>Reply inserted.</source>
        <translation>Η απάντηση προστέθηκε.</translation>
    </message>
    <message>
        <source>Fill in before sending: %1</source>
        <translation>Συμπληρώστε πριν από την αποστολή: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Στάλθηκε</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Δεν στάλθηκε: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Agent Console — unexpected error</source>
        <translation>Agent Console — απρόσμενο σφάλμα</translation>
    </message>
    <message>
        <source>Something went wrong. Your drafts are saved; you can keep working, or restart Agent Console if the window misbehaves.</source>
        <translation>Κάτι πήγε στραβά. Τα πρόχειρά σας έχουν αποθηκευτεί· μπορείτε να συνεχίσετε να εργάζεστε ή να επανεκκινήσετε το Agent Console, αν το παράθυρο δεν λειτουργεί σωστά.</translation>
    </message>
    <message>
        <source>Please send the details to your administrator.</source>
        <translation>Στείλτε τις λεπτομέρειες στον διαχειριστή σας.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Αντιγραφή λεπτομερειών</translation>
    </message>
</context>
<context>
    <name>CustomerCardWidget</name>
    <message>
        <source>Language:</source>
        <translation>Γλώσσα:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Χώρα:</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>Τοπική ώρα:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Επικοινωνίες:</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Ταυτότητες</translation>
    </message>
    <message>
        <source>The customer&apos;s identities per channel</source>
        <translation>Οι ταυτότητες του πελάτη ανά κανάλι</translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation>Πιθανώς το ίδιο άτομο</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>Προτεινόμενες συγχωνεύσεις</translation>
    </message>
    <message>
        <source>Merge into this customer</source>
        <translation>Συγχώνευση σε αυτόν τον πελάτη</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Δεν είναι το ίδιο άτομο</translation>
    </message>
    <message>
        <source>Merged into this customer</source>
        <translation>Συγχωνεύθηκαν σε αυτόν τον πελάτη</translation>
    </message>
    <message>
        <source>Merges that can be undone</source>
        <translation>Συγχωνεύσεις που μπορούν να αναιρεθούν</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Αναίρεση συγχώνευσης</translation>
    </message>
    <message>
        <source>Merge with another customer… (Ctrl+M)</source>
        <translation>Συγχώνευση με άλλον πελάτη… (Ctrl+M)</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Δεν έχει επιλεγεί πελάτης</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστο</translation>
    </message>
    <message>
        <source>%1 open of %2</source>
        <translation>%1 ανοιχτές από %2</translation>
    </message>
    <message>
        <source>same name and country</source>
        <translation>ίδιο όνομα και χώρα</translation>
    </message>
    <message>
        <source>similar address: %1</source>
        <translation>παρόμοια διεύθυνση: %1</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>άγνωστη ζώνη ώρας</translation>
    </message>
</context>
<context>
    <name>CustomerSide</name>
    <message>
        <source>Playing the customer — %1</source>
        <translation>Στον ρόλο του πελάτη — %1</translation>
    </message>
    <message>
        <source>Suggested lines (double-click to use):</source>
        <translation>Προτεινόμενες φράσεις (διπλό κλικ για χρήση):</translation>
    </message>
    <message>
        <source>&amp;Send as the customer</source>
        <translation>&amp;Αποστολή ως πελάτης</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Παύση</translation>
    </message>
    <message>
        <source>&amp;End the session with</source>
        <translation>&amp;Τερματισμός συνεδρίας με</translation>
    </message>
    <message>
        <source>&amp;Cancel the session</source>
        <translation>Α&amp;κύρωση συνεδρίας</translation>
    </message>
    <message>
        <source>Open the &amp;debrief</source>
        <translation>Ά&amp;νοιγμα απολογισμού</translation>
    </message>
    <message>
        <source>Write as the customer: a reply, or a complication to test the trainee</source>
        <translation>Γράψτε ως πελάτης: μια απάντηση ή μια επιπλοκή για να δοκιμάσετε τον εκπαιδευόμενο</translation>
    </message>
    <message>
        <source>The customer&apos;s message</source>
        <translation>Το μήνυμα του πελάτη</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Συνομιλία</translation>
    </message>
    <message>
        <source>Suggested lines</source>
        <translation>Προτεινόμενες φράσεις</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Κατάληξη</translation>
    </message>
    <message>
        <source>the trainee</source>
        <translation>ο εκπαιδευόμενος</translation>
    </message>
    <message>
        <source>The training database cannot be reached; trying again… (%1)</source>
        <translation>Δεν υπάρχει σύνδεση με τη βάση δεδομένων εκπαίδευσης· νέα προσπάθεια… (%1)</translation>
    </message>
    <message>
        <source>Waiting for %1 to take the session at their desk…</source>
        <translation>Αναμονή μέχρι να αναλάβει %1 τη συνεδρία στη θέση εργασίας του…</translation>
    </message>
    <message>
        <source>Finished and scored: the debrief is ready.</source>
        <translation>Ολοκληρώθηκε και βαθμολογήθηκε: ο απολογισμός είναι έτοιμος.</translation>
    </message>
    <message>
        <source>%1 closed the training console before the end.</source>
        <translation>%1 έκλεισε την κονσόλα εκπαίδευσης πριν από το τέλος.</translation>
    </message>
    <message>
        <source>%1 declined the session.</source>
        <translation>%1 απέρριψε τη συνεδρία.</translation>
    </message>
    <message>
        <source>The session was cancelled before it started.</source>
        <translation>Η συνεδρία ακυρώθηκε πριν ξεκινήσει.</translation>
    </message>
    <message>
        <source>The customer has left the conversation; %1 is recording the wrap-up.</source>
        <translation>Ο πελάτης αποχώρησε από τη συνομιλία· %1 καταχωρίζει την έκβαση.</translation>
    </message>
    <message>
        <source>Paused: the customer&apos;s clock has stopped.</source>
        <translation>Παύση: ο χρόνος του πελάτη έχει σταματήσει.</translation>
    </message>
    <message>
        <source>Live with %1: what you send reaches their console as the customer&apos;s message.</source>
        <translation>Ζωντανά: ό,τι στέλνετε το λαμβάνει %1 στην κονσόλα του ως μήνυμα του πελάτη.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Εκπαιδευόμενος</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>KPI dashboard</source>
        <translation>Πίνακας ελέγχου KPI</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Περίοδος</translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>&amp;Ανάλυση ανά</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Τελευταίες 7 ημέρες</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Τελευταίες 30 ημέρες</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Τρέχων μήνας</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Προηγούμενος μήνας</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Τελευταίες 90 ημέρες</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Τρέχον έτος</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Τελευταίοι 12 μήνες</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Προσαρμοσμένη</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Εκπρόσωπος</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Ουρά</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Κανάλι</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Ανανέωση</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Εξαγωγή CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Εξαγωγή XLSX…</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Ορισμοί</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Περίοδος</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Πρώτη ημέρα</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Τελευταία ημέρα</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Ανάλυση ανά</translation>
    </message>
    <message>
        <source>Figures by group; Enter lists the contacts behind a figure</source>
        <translation>Δείκτες ανά κατηγορία· με Enter εμφανίζονται οι επικοινωνίες πίσω από έναν δείκτη</translation>
    </message>
    <message>
        <source>Contacts over time</source>
        <translation>Επικοινωνίες ανά χρονική περίοδο</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Κατανομή ανά κανάλι</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Εξαγωγή της αναφοράς σε CSV</translation>
    </message>
    <message>
        <source>Export the report as XLSX</source>
        <translation>Εξαγωγή της αναφοράς σε XLSX</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>Ορισμοί KPI</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Η περίοδος λήγει πριν αρχίσει.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>Δεν ήταν δυνατή η φόρτωση των δεικτών: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστο</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n contacts wrapped up</source>
        <translation>
            <numerusform>%1 – %2: ολοκληρώθηκε %n επικοινωνία</numerusform>
            <numerusform>%1 – %2: ολοκληρώθηκαν %n επικοινωνίες</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <source>Quality by agent</source>
        <translation>Ποιότητα ανά εκπρόσωπο</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Αξιολογήσεις</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Βαθμολογία ποιότητας</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>Αποτυχίες κρίσιμων κριτηρίων</translation>
    </message>
    <message>
        <source>Quality by criterion</source>
        <translation>Ποιότητα ανά κριτήριο</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Κριτήριο</translation>
    </message>
    <message>
        <source>Average points</source>
        <translation>Μέση βαθμολογία</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επικοινωνίες</translation>
    </message>
    <message numerus="yes">
        <source>Quality (%n reviews)</source>
        <translation>
            <numerusform>Ποιότητα (%n αξιολόγηση)</numerusform>
            <numerusform>Ποιότητα (%n αξιολογήσεις)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts per day</source>
        <translation>Επικοινωνίες ανά ημέρα</translation>
    </message>
    <message>
        <source>Contacts per week</source>
        <translation>Επικοινωνίες ανά εβδομάδα</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Επικοινωνίες ανά μήνα</translation>
    </message>
    <message>
        <source>Contacts behind: %1</source>
        <translation>Επικοινωνίες πίσω από τον δείκτη: %1</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Εξαγωγή αναφοράς</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Η αναφορά αποθηκεύτηκε στο %1</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Debrief</source>
        <translation>Απολογισμός</translation>
    </message>
    <message>
        <source>Trainer&apos;s &amp;comments:</source>
        <translation>&amp;Σχόλια εκπαιδευτή:</translation>
    </message>
    <message>
        <source>Save comments</source>
        <translation>Αποθήκευση σχολίων</translation>
    </message>
    <message>
        <source>Score with the &amp;scorecard…</source>
        <translation>Βαθμολόγηση με το &amp;φύλλο αξιολόγησης…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Αποθήκευση ως &amp;PDF…</translation>
    </message>
    <message>
        <source>Debrief report</source>
        <translation>Αναφορά απολογισμού</translation>
    </message>
    <message>
        <source>Trainer&apos;s comments</source>
        <translation>Σχόλια εκπαιδευτή</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Αυτή η συνεδρία δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation>Αποθήκευση απολογισμού</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Εκπαιδευτής</translation>
    </message>
</context>
<context>
    <name>DraftChecksBar</name>
    <message>
        <source>Draft checks</source>
        <translation>Έλεγχοι προχείρου</translation>
    </message>
    <message>
        <source>Informal “%1”: use the formal “%2”.</source>
        <translation>Ανεπίσημο «%1»: χρησιμοποιήστε το επίσημο «%2».</translation>
    </message>
    <message>
        <source>This language has a formal form of address, and customers expect it.</source>
        <translation>Αυτή η γλώσσα έχει επίσημο τύπο προσφώνησης και οι πελάτες τον περιμένουν.</translation>
    </message>
    <message>
        <source>No greeting at the start.</source>
        <translation>Λείπει ο χαιρετισμός στην αρχή.</translation>
    </message>
    <message>
        <source>A reply that opens without a greeting often reads as curt in this language.</source>
        <translation>Σε αυτή τη γλώσσα, μια απάντηση που ξεκινά χωρίς χαιρετισμό συχνά φαίνεται απότομη.</translation>
    </message>
    <message>
        <source>The customer&apos;s name (%1) is missing.</source>
        <translation>Λείπει το όνομα του πελάτη (%1).</translation>
    </message>
    <message>
        <source>Addressing the customer by name shows the reply was written for them.</source>
        <translation>Η προσφώνηση του πελάτη με το όνομά του δείχνει ότι η απάντηση γράφτηκε ειδικά για εκείνον.</translation>
    </message>
    <message>
        <source>Honorific missing.</source>
        <translation>Λείπει η τιμητική προσφώνηση.</translation>
    </message>
    <message>
        <source>Capitals (“%1”) read as shouting.</source>
        <translation>Τα κεφαλαία («%1») μοιάζουν με φωνές.</translation>
    </message>
    <message>
        <source>Write words in capitals only when they are abbreviations.</source>
        <translation>Γράψτε λέξεις με κεφαλαία μόνο όταν είναι συντομογραφίες.</translation>
    </message>
    <message>
        <source>Several exclamation marks read as shouting.</source>
        <translation>Πολλά θαυμαστικά μοιάζουν με φωνές.</translation>
    </message>
    <message>
        <source>One exclamation mark is enough, if any.</source>
        <translation>Ένα θαυμαστικό αρκεί, αν χρειάζεται καθόλου.</translation>
    </message>
    <message>
        <source>“%1” is jargon the customer may not know.</source>
        <translation>Το «%1» είναι ειδική ορολογία που ο πελάτης ίσως δεν γνωρίζει.</translation>
    </message>
    <message>
        <source>Say what it means in plain words.</source>
        <translation>Εξηγήστε το με απλά λόγια.</translation>
    </message>
    <message>
        <source>Amount in %1; this customer pays in %2.</source>
        <translation>Ποσό σε %1· ο πελάτης πληρώνει σε %2.</translation>
    </message>
    <message>
        <source>Quote prices in the customer&apos;s currency; the panel converts.</source>
        <translation>Αναφέρετε τις τιμές στο νόμισμα του πελάτη· το πλαίσιο κάνει τη μετατροπή.</translation>
    </message>
    <message>
        <source>“%1”: here the decimal separator is “%2”.</source>
        <translation>«%1»: στη χώρα του πελάτη η υποδιαστολή είναι «%2».</translation>
    </message>
    <message>
        <source>Write amounts the way the customer&apos;s country writes them.</source>
        <translation>Γράψτε τα ποσά όπως γράφονται στη χώρα του πελάτη.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Dismiss this warning for this message</source>
        <translation>Απόρριψη αυτής της προειδοποίησης για αυτό το μήνυμα</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Load more</source>
        <translation>Φόρτωση περισσότερων</translation>
    </message>
    <message>
        <source>Load more contacts</source>
        <translation>Φόρτωση περισσότερων επικοινωνιών</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Εξαγωγή CSV…</translation>
    </message>
    <message>
        <source>Export these contacts as CSV</source>
        <translation>Εξαγωγή αυτών των επικοινωνιών σε CSV</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Έκλεισε</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Εκπρόσωπος</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Κανάλι</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Κωδικός έκβασης</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Επιλύθηκε</translation>
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
        <translation>Χρόνος διαχείρισης</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts shown</source>
        <translation>
            <numerusform>Εμφανίζεται %n επικοινωνία</numerusform>
            <numerusform>Εμφανίζονται %n επικοινωνίες</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Εξαγωγή επικοινωνιών</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 λεπ. %2 δευτ.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 δευτ.</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Customer and reason</source>
        <translation>Πελάτης και λόγος</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Follow-ups: overdue, today, upcoming</source>
        <translation>Παρακολουθήσεις: εκπρόθεσμες, σημερινές, προσεχείς</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Εκπρόθεσμες (%n)</numerusform>
            <numerusform>Εκπρόθεσμες (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today (%n)</source>
        <translation>
            <numerusform>Σήμερα (%n)</numerusform>
            <numerusform>Σήμερα (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upcoming (%n)</source>
        <translation>
            <numerusform>Προσεχείς (%n)</numerusform>
            <numerusform>Προσεχείς (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Set on the %1 clock (%2)</source>
        <translation>Ορίστηκε με βάση την ώρα %1 (%2)</translation>
    </message>
    <message>
        <source>customer&apos;s</source>
        <translation>του πελάτη</translation>
    </message>
    <message>
        <source>agent&apos;s</source>
        <translation>του εκπροσώπου</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
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
        <translation>Επισκέπτης συνομιλίας</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Κοινωνικό δίκτυο</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Import history</source>
        <translation>Εισαγωγή ιστορικού</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files…</source>
        <translation>
            <numerusform>Εισαγωγή %n αρχείου…</numerusform>
            <numerusform>Εισαγωγή %n αρχείων…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Διακοπή</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>unread</source>
        <translation>μη αναγνωσμένη</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Contacts</source>
        <translation>Επικοινωνίες</translation>
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
        <translation>Επίλυση με την πρώτη επαφή (FCR)</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Χρόνος πρώτης απόκρισης</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>Χρόνος επίλυσης</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Μέσος χρόνος διαχείρισης</translation>
    </message>
    <message>
        <source>Repeat contacts</source>
        <translation>Επαναλαμβανόμενες επικοινωνίες</translation>
    </message>
    <message>
        <source>CSAT: share of CSAT responses (1–5) that are 4 or 5.</source>
        <translation>CSAT: ποσοστό των απαντήσεων CSAT (1–5) με βαθμολογία 4 ή 5.</translation>
    </message>
    <message>
        <source>NPS: % promoters (9–10) minus % detractors (0–6) of NPS responses (0–10).</source>
        <translation>NPS: % υποστηρικτών (9–10) μείον % επικριτών (0–6) στις απαντήσεις NPS (0–10).</translation>
    </message>
    <message>
        <source>CES: average of CES responses (1–7; lower means less effort).</source>
        <translation>CES: μέσος όρος των απαντήσεων CES (1–7· χαμηλότερη τιμή σημαίνει λιγότερη προσπάθεια).</translation>
    </message>
    <message>
        <source>First-contact resolution: of first contacts (no contact by the same customer on the same reason closed within %1 days before), the share resolved with no contact on the same reason within %1 days after, on any channel.</source>
        <translation>Επίλυση με την πρώτη επαφή (FCR): από τις πρώτες επικοινωνίες (χωρίς επικοινωνία του ίδιου πελάτη για τον ίδιο λόγο που να έκλεισε εντός %1 ημερών πριν), το ποσοστό που επιλύθηκε χωρίς νέα επικοινωνία για τον ίδιο λόγο εντός %1 ημερών μετά, σε οποιοδήποτε κανάλι.</translation>
    </message>
    <message>
        <source>Repeat contacts: share of contacts after which the same customer got in touch again within %1 days, for any reason, on any channel.</source>
        <translation>Επαναλαμβανόμενες επικοινωνίες: ποσοστό των επικοινωνιών μετά από τις οποίες ο ίδιος πελάτης επικοινώνησε ξανά εντός %1 ημερών, για οποιονδήποτε λόγο, σε οποιοδήποτε κανάλι.</translation>
    </message>
    <message>
        <source>First response time: from the customer&apos;s first message to the first reply or call to that customer, on any channel.</source>
        <translation>Χρόνος πρώτης απόκρισης: από το πρώτο μήνυμα του πελάτη έως την πρώτη απάντηση ή κλήση προς αυτόν, σε οποιοδήποτε κανάλι.</translation>
    </message>
    <message>
        <source>Resolution time: for resolved contacts, from the first contact about the issue to the close.</source>
        <translation>Χρόνος επίλυσης: για τις επιλυμένες επικοινωνίες, από την πρώτη επικοινωνία για το ζήτημα έως το κλείσιμο.</translation>
    </message>
    <message>
        <source>Average handle time: time with the contact open (or the call&apos;s length) plus after-contact work in the wrap-up panel.</source>
        <translation>Μέσος χρόνος διαχείρισης: ο χρόνος που η επικοινωνία ήταν ανοιχτή (ή η διάρκεια της κλήσης) συν την εργασία μετά την επικοινωνία στο πλαίσιο έκβασης.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ημ. %2 ώρ.</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>Show the contacts behind this figure</source>
        <translation>Εμφάνιση των επικοινωνιών πίσω από αυτόν τον δείκτη</translation>
    </message>
</context>
<context>
    <name>LocaleEditDialog</name>
    <message>
        <source>Customer&apos;s language and country</source>
        <translation>Γλώσσα και χώρα πελάτη</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Άγνωστη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Χώρα:</translation>
    </message>
</context>
<context>
    <name>LocalePanel</name>
    <message>
        <source>Locale</source>
        <translation>Γλώσσα και περιοχή</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Γλώσσα:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Χώρα:</translation>
    </message>
    <message>
        <source>Correct language or country…</source>
        <translation>Διόρθωση γλώσσας ή χώρας…</translation>
    </message>
    <message>
        <source>Etiquette</source>
        <translation>Εθιμοτυπία</translation>
    </message>
    <message>
        <source>Customer&apos;s time</source>
        <translation>Ώρα πελάτη</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Χρήματα</translation>
    </message>
    <message>
        <source>Amount to convert</source>
        <translation>Ποσό προς μετατροπή</translation>
    </message>
    <message>
        <source>Conversion direction</source>
        <translation>Κατεύθυνση μετατροπής</translation>
    </message>
    <message>
        <source>from the profile</source>
        <translation>από το προφίλ</translation>
    </message>
    <message>
        <source>from the phone number %1</source>
        <translation>από τον αριθμό τηλεφώνου %1</translation>
    </message>
    <message>
        <source>detected in the customer&apos;s messages</source>
        <translation>εντοπίστηκε στα μηνύματα του πελάτη</translation>
    </message>
    <message>
        <source>from the e-mail domain %1</source>
        <translation>από τον τομέα email %1</translation>
    </message>
    <message>
        <source>the main language of the country</source>
        <translation>η κύρια γλώσσα της χώρας</translation>
    </message>
    <message>
        <source>where the language is mainly spoken</source>
        <translation>όπου ομιλείται κυρίως η γλώσσα</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>όπως ορίστηκε</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστο</translation>
    </message>
    <message>
        <source>Country unknown: general hints. Set the country for specific ones.</source>
        <translation>Άγνωστη χώρα: γενικές συμβουλές. Ορίστε τη χώρα για πιο συγκεκριμένες.</translation>
    </message>
    <message>
        <source>Family name comes first.</source>
        <translation>Το επώνυμο γράφεται πρώτο.</translation>
    </message>
    <message>
        <source>Preferred channels: %1</source>
        <translation>Προτιμώμενα κανάλια: %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Προσφώνηση</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Χαιρετισμός</translation>
    </message>
    <message>
        <source>Saying no</source>
        <translation>Άρνηση</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Συγγνώμη</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Αποφύγετε</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Κατάλληλη ώρα</translation>
    </message>
    <message>
        <source>Time zone unknown.</source>
        <translation>Άγνωστη ζώνη ώρας.</translation>
    </message>
    <message>
        <source>Public holiday today: %1</source>
        <translation>Σήμερα είναι αργία: %1</translation>
    </message>
    <message>
        <source>Weekend there</source>
        <translation>Εκεί είναι Σαββατοκύριακο</translation>
    </message>
    <message>
        <source>Business hours (%1–%2)</source>
        <translation>Εντός ωραρίου εργασίας (%1–%2)</translation>
    </message>
    <message>
        <source>Outside business hours (%1–%2)</source>
        <translation>Εκτός ωραρίου εργασίας (%1–%2)</translation>
    </message>
    <message>
        <source>Next holidays:</source>
        <translation>Επόμενες αργίες:</translation>
    </message>
    <message>
        <source>No holiday calendar for this country.</source>
        <translation>Δεν υπάρχει ημερολόγιο αργιών για αυτή τη χώρα.</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Νόμισμα: %1</translation>
    </message>
    <message>
        <source>Payment methods used there:</source>
        <translation>Μέθοδοι πληρωμής που χρησιμοποιούνται εκεί:</translation>
    </message>
    <message>
        <source>No exchange rate yet; rates are fetched when the network is reachable.</source>
        <translation>Δεν υπάρχει ακόμη συναλλαγματική ισοτιμία· οι ισοτιμίες λαμβάνονται όταν υπάρχει σύνδεση στο δίκτυο.</translation>
    </message>
    <message>
        <source>Rates from %1 (%2)</source>
        <translation>Ισοτιμίες της %1 (%2)</translation>
    </message>
    <message>
        <source>not updated recently</source>
        <translation>δεν έχουν ενημερωθεί πρόσφατα</translation>
    </message>
    <message>
        <source>Could not update rates from: %1</source>
        <translation>Αδύνατη η ενημέρωση ισοτιμιών από: %1</translation>
    </message>
    <message>
        <source>No rates fetched yet.</source>
        <translation>Δεν έχουν ληφθεί ακόμη ισοτιμίες.</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Καταγραφή κλήσης</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Πελάτης:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Κατεύθυνση:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>Έ&amp;ναρξη:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Διάρκεια:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Σημειώσεις:</translation>
    </message>
    <message>
        <source>Incoming (the customer called)</source>
        <translation>Εισερχόμενη (κάλεσε ο πελάτης)</translation>
    </message>
    <message>
        <source>Outgoing (we called)</source>
        <translation>Εξερχόμενη (καλέσαμε εμείς)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>λεπ.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>δευτ.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>A role-play console on the training sandbox: no connectors, no settings written, &quot;Training&quot; in the title (ui/training.py adds the banner and the scripted customer).</extracomment>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Μετάβαση</translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation>&amp;Συνομιλία</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Πελάτης</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Εργαλεία</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Αναζήτηση πελατών</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>Μετάβαση στα εισερχόμενα</translation>
    </message>
    <message>
        <source>Go to the timeline</source>
        <translation>Μετάβαση στο ιστορικό</translation>
    </message>
    <message>
        <source>Go to the reply</source>
        <translation>Μετάβαση στην απάντηση</translation>
    </message>
    <message>
        <source>Go to the customer card</source>
        <translation>Μετάβαση στην καρτέλα πελάτη</translation>
    </message>
    <message>
        <source>Go to the follow-ups</source>
        <translation>Μετάβαση στις παρακολουθήσεις</translation>
    </message>
    <message>
        <source>Wrap up and close the conversation…</source>
        <translation>Καταχώριση έκβασης και κλείσιμο συνομιλίας…</translation>
    </message>
    <message>
        <source>Correct the outcome…</source>
        <translation>Διόρθωση έκβασης…</translation>
    </message>
    <message>
        <source>KPI dashboard…</source>
        <translation>Πίνακας ελέγχου KPI…</translation>
    </message>
    <message>
        <source>Review conversations…</source>
        <translation>Αξιολόγηση συνομιλιών…</translation>
    </message>
    <message>
        <source>My coaching…</source>
        <translation>Η καθοδήγησή μου…</translation>
    </message>
    <message>
        <source>Training: role-play scenarios…</source>
        <translation>Εκπαίδευση: σενάρια παιχνιδιού ρόλων…</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>Ορισμοί KPI</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Επόμενη συνομιλία</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Προηγούμενη συνομιλία</translation>
    </message>
    <message>
        <source>Find in timeline</source>
        <translation>Εύρεση στο ιστορικό</translation>
    </message>
    <message>
        <source>Jump to the previous interaction</source>
        <translation>Μετάβαση στην προηγούμενη επικοινωνία</translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation>Φιλτράρισμα ιστορικού ανά κανάλι</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Ανανέωση</translation>
    </message>
    <message>
        <source>Merge with another customer…</source>
        <translation>Συγχώνευση με άλλον πελάτη…</translation>
    </message>
    <message>
        <source>Undo the last merge</source>
        <translation>Αναίρεση τελευταίας συγχώνευσης</translation>
    </message>
    <message>
        <source>Canned replies…</source>
        <translation>Έτοιμες απαντήσεις…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ρυθμίσεις…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>About Agent Console</source>
        <translation>Σχετικά με το Agent Console</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Έξοδος</translation>
    </message>
    <message>
        <source>Channel accounts…</source>
        <translation>Λογαριασμοί καναλιών…</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>Εξερχόμενα…</translation>
    </message>
    <message>
        <source>Check channels now</source>
        <translation>Έλεγχος καναλιών τώρα</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>Εισαγωγή ιστορικού…</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Καταγραφή κλήσης…</translation>
    </message>
    <message>
        <source>Open the message with formatting and attachments…</source>
        <translation>Άνοιγμα του μηνύματος με μορφοποίηση και συνημμένα…</translation>
    </message>
    <message>
        <source>Search customers: name, email, phone (Ctrl+F)</source>
        <translation>Αναζήτηση πελατών: όνομα, email, τηλέφωνο (Ctrl+F)</translation>
    </message>
    <message>
        <source>Inbox: open conversations</source>
        <translation>Εισερχόμενα: ανοιχτές συνομιλίες</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Πελάτες που βρέθηκαν</translation>
    </message>
    <message>
        <source>Inbox or follow-ups</source>
        <translation>Εισερχόμενα ή παρακολουθήσεις</translation>
    </message>
    <message>
        <source>Reply or wrap-up</source>
        <translation>Απάντηση ή έκβαση</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Αναίρεση συγχώνευσης</translation>
    </message>
    <message>
        <source>%1 · database: %2</source>
        <translation>%1 · βάση δεδομένων: %2</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>ΕΚΠΑΙΔΕΥΣΗ</translation>
    </message>
    <message numerus="yes">
        <source>Inbox (%n)</source>
        <translation>
            <numerusform>Εισερχόμενα (%n)</numerusform>
            <numerusform>Εισερχόμενα (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Παρακολουθήσεις (%n)</numerusform>
            <numerusform>Παρακολουθήσεις (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n εκπρόθεσμη</numerusform>
            <numerusform>%n εκπρόθεσμες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>Βρέθηκε %n πελάτης</numerusform>
            <numerusform>Βρέθηκαν %n πελάτες</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter starts the follow-up: a new conversation with the customer.</source>
        <translation>Με Enter ξεκινά η παρακολούθηση: μια νέα συνομιλία με τον πελάτη.</translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n open conversations</source>
        <translation>
            <numerusform>Εισερχόμενα: %n ανοιχτή συνομιλία</numerusform>
            <numerusform>Εισερχόμενα: %n ανοιχτές συνομιλίες</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply recorded in the timeline.</source>
        <translation>Η απάντηση καταγράφηκε στο ιστορικό.</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>Ο πελάτης %1 συγχωνεύθηκε στον πελάτη %2.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Συγχώνευση πελατών</translation>
    </message>
    <message>
        <source>Merge undone: both customers are back as they were.</source>
        <translation>Η συγχώνευση αναιρέθηκε: και οι δύο πελάτες επανήλθαν στην αρχική τους κατάσταση.</translation>
    </message>
    <message>
        <source>Customer&apos;s language and country saved to the profile.</source>
        <translation>Η γλώσσα και η χώρα του πελάτη αποθηκεύτηκαν στο προφίλ.</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Ανοίξτε πρώτα μια συνομιλία.</translation>
    </message>
    <message>
        <source>This conversation is already closed; use Correct the outcome to change it.</source>
        <translation>Αυτή η συνομιλία έχει ήδη κλείσει· για να την αλλάξετε, χρησιμοποιήστε τη «Διόρθωση έκβασης».</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Αυτή η συνομιλία δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Έκβαση</translation>
    </message>
    <message>
        <source>The wrap-up was not saved: %1</source>
        <translation>Η έκβαση δεν αποθηκεύτηκε: %1</translation>
    </message>
    <message>
        <source>Wrap-up saved; the conversation is closed.</source>
        <translation>Η έκβαση αποθηκεύτηκε· η συνομιλία έκλεισε.</translation>
    </message>
    <message>
        <source>Wrap-up kept as a draft.</source>
        <translation>Η έκβαση διατηρήθηκε ως πρόχειρο.</translation>
    </message>
    <message>
        <source>Select a conversation in the timeline first.</source>
        <translation>Επιλέξτε πρώτα μια συνομιλία στο ιστορικό.</translation>
    </message>
    <message>
        <source>This conversation has no outcome yet: wrap it up first.</source>
        <translation>Αυτή η συνομιλία δεν έχει ακόμη έκβαση: καταχωρίστε πρώτα την έκβαση.</translation>
    </message>
    <message numerus="yes">
        <source>Outcome corrected: %n changes recorded.</source>
        <translation>
            <numerusform>Η έκβαση διορθώθηκε: καταγράφηκε %n αλλαγή.</numerusform>
            <numerusform>Η έκβαση διορθώθηκε: καταγράφηκαν %n αλλαγές.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished wrap-up</source>
        <translation>Ημιτελής έκβαση</translation>
    </message>
    <message>
        <source>The wrap-up of your conversation with %1 was not saved. Finish it now?</source>
        <translation>Η έκβαση της συνομιλίας σας με %1 δεν αποθηκεύτηκε. Θέλετε να την ολοκληρώσετε τώρα;</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due: %1</source>
        <translation>
            <numerusform>Ήρθε η ώρα για %n παρακολούθηση: %1</numerusform>
            <numerusform>Ήρθε η ώρα για %n παρακολουθήσεις: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up started with %1.</source>
        <translation>Η παρακολούθηση με %1 ξεκίνησε.</translation>
    </message>
    <message numerus="yes">
        <source>%n coaching notes from your supervisor: Tools → My coaching (Ctrl+Shift+J)</source>
        <translation>
            <numerusform>%n σημείωση καθοδήγησης από τον επόπτη σας: Εργαλεία → Η καθοδήγησή μου (Ctrl+Shift+J)</numerusform>
            <numerusform>%n σημειώσεις καθοδήγησης από τον επόπτη σας: Εργαλεία → Η καθοδήγησή μου (Ctrl+Shift+J)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Εισαγωγή ιστορικού</translation>
    </message>
    <message>
        <source>E-mail and call records (*.eml *.mbox *.mbx *.csv mbox);;All files (*)</source>
        <translation>Αρχεία email και κλήσεων (*.eml *.mbox *.mbx *.csv mbox);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2 already there, %3 could not be read.</source>
        <translation>Εισήχθησαν: %1, παραλείφθηκαν επειδή υπήρχαν ήδη: %2, δεν ήταν δυνατό να διαβαστούν: %3.</translation>
    </message>
    <message>
        <source>Select a message in the timeline first.</source>
        <translation>Επιλέξτε πρώτα ένα μήνυμα στο ιστορικό.</translation>
    </message>
    <message>
        <source>Open a customer first.</source>
        <translation>Ανοίξτε πρώτα έναν πελάτη.</translation>
    </message>
    <message>
        <source>Call logged; wrap it up when you are done.</source>
        <translation>Η κλήση καταγράφηκε· καταχωρίστε την έκβαση όταν τελειώσετε.</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Καταγραφή κλήσης</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση των ρυθμίσεων: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agent Console&lt;/b&gt; %1&lt;br&gt;One timeline per customer across every channel.</source>
        <translation>&lt;b&gt;Agent Console&lt;/b&gt; %1&lt;br&gt;Ένα ιστορικό ανά πελάτη από όλα τα κανάλια.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Παρουσιάστηκε σφάλμα: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Συγχώνευση πελατών</translation>
    </message>
    <message>
        <source>Find the duplicate of &lt;b&gt;%1&lt;/b&gt;. Its identities and conversations move to %1; you can undo the merge later.</source>
        <translation>Βρείτε το διπλότυπο του πελάτη &lt;b&gt;%1&lt;/b&gt;. Οι ταυτότητες και οι συνομιλίες του μεταφέρονται στον πελάτη %1. Μπορείτε να αναιρέσετε τη συγχώνευση αργότερα.</translation>
    </message>
    <message>
        <source>Name, email or phone</source>
        <translation>Όνομα, email ή τηλέφωνο</translation>
    </message>
    <message>
        <source>Search for the customer to merge</source>
        <translation>Αναζήτηση πελάτη για συγχώνευση</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Πελάτες που βρέθηκαν</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Συγχώνευση</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Message</source>
        <extracomment>Images the agent asked to see, already fetched: URL -&gt; image.</extracomment>
        <translation>Μήνυμα</translation>
    </message>
    <message>
        <source>Show &amp;images from the internet</source>
        <translation>Εμφάνιση &amp;εικόνων από το διαδίκτυο</translation>
    </message>
    <message>
        <source>Remote images can tell the sender that and when you read the message.</source>
        <translation>Οι εικόνες από το διαδίκτυο μπορούν να ενημερώσουν τον αποστολέα ότι διαβάσατε το μήνυμα και πότε.</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>Απλό &amp;κείμενο</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ά&amp;νοιγμα</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Αποθήκευση &amp;ως…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Συνημμένα</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Κείμενο μηνύματος</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>Αυτό το μήνυμα δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>Parts of this message could not be read:</source>
        <translation>Ορισμένα μέρη αυτού του μηνύματος δεν ήταν δυνατό να διαβαστούν:</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Εικόνες</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Άνοιγμα συνδέσμου</translation>
    </message>
    <message>
        <source>Open this address in your browser?

%1</source>
        <translation>Να ανοίξει αυτή η διεύθυνση στο πρόγραμμα περιήγησής σας;

%1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Συνημμένο</translation>
    </message>
    <message>
        <source>The database does not hold this attachment&apos;s content.</source>
        <translation>Η βάση δεδομένων δεν περιέχει το περιεχόμενο αυτού του συνημμένου.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Αποθήκευση συνημμένου</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Εξερχόμενα</translation>
    </message>
    <message>
        <source>Replies that have not reached the customer yet. Temporary failures are retried automatically; a reply whose fate is unknown (the app stopped while sending it) is never resent on its own: check, then resend it or mark it as sent.</source>
        <translation>Απαντήσεις που δεν έχουν φτάσει ακόμη στον πελάτη. Μετά από προσωρινές αποτυχίες η αποστολή επαναλαμβάνεται αυτόματα· μια απάντηση με άγνωστη κατάσταση (η εφαρμογή σταμάτησε κατά την αποστολή της) δεν αποστέλλεται ποτέ ξανά από μόνη της: ελέγξτε και, στη συνέχεια, στείλτε την ξανά ή σημειώστε την ως απεσταλμένη.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Κανάλι</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Επόμενη προσπάθεια</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Προσπάθειες</translation>
    </message>
    <message>
        <source>Reply and last error</source>
        <translation>Απάντηση και τελευταίο σφάλμα</translation>
    </message>
    <message>
        <source>&amp;Resend now</source>
        <translation>&amp;Επαναποστολή τώρα</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Σήμανση ως απεσταλμένης</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>Ά&amp;νοιγμα συνομιλίας</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>αναμονή επανάληψης</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>αποστέλλεται</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>απέτυχε</translation>
    </message>
    <message>
        <source>unknown: check</source>
        <translation>άγνωστο: ελέγξτε</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Canned replies</source>
        <translation>Έτοιμες απαντήσεις</translation>
    </message>
    <message>
        <source>Filter by key, title or category</source>
        <translation>Φιλτράρισμα κατά κλειδί, τίτλο ή κατηγορία</translation>
    </message>
    <message>
        <source>Filter replies</source>
        <translation>Φιλτράρισμα απαντήσεων</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Απαντήσεις</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>Αποθήκευση πρωτοτύπου</translation>
    </message>
    <message>
        <source>Save translation</source>
        <translation>Αποθήκευση μετάφρασης</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Εισαγωγή…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Εξαγωγή…</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Κατηγορία:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Κανάλια:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Ετικέτες:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Μεταβλητές:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Χρησιμοποιήθηκε:</translation>
    </message>
    <message>
        <source>Source (English)</source>
        <translation>Πρωτότυπο (Αγγλικά)</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>Μετάφραση:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Κανάλια</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Τίτλος πρωτοτύπου</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Κείμενο πρωτοτύπου</translation>
    </message>
    <message>
        <source>Translated title</source>
        <translation>Μεταφρασμένος τίτλος</translation>
    </message>
    <message>
        <source>Translated text</source>
        <translation>Μεταφρασμένο κείμενο</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Γλώσσα μετάφρασης</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>λείπουν: %1</translation>
    </message>
    <message>
        <source>%1 outdated</source>
        <translation>παρωχημένες: %1</translation>
    </message>
    <message>
        <source>%1 replies · %2 translations missing · %3 outdated</source>
        <translation>Απαντήσεις: %1 · Μεταφράσεις που λείπουν: %2 · Παρωχημένες: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n φορά</numerusform>
            <numerusform>%n φορές</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 translation yet.</source>
        <translation>Δεν υπάρχει ακόμη μετάφραση στα %1.</translation>
    </message>
    <message>
        <source>Outdated: the source changed after this translation was made.</source>
        <translation>Παρωχημένη: το πρωτότυπο άλλαξε μετά τη δημιουργία αυτής της μετάφρασης.</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>Ενημερωμένη.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πρωτότυπο</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Μετάφραση</translation>
    </message>
    <message>
        <source>Longer than %1 characters: on SMS it is split into several messages.</source>
        <translation>Πάνω από %1 χαρακτήρες: στα SMS χωρίζεται σε πολλά μηνύματα.</translation>
    </message>
    <message>
        <source>Source saved.</source>
        <translation>Το πρωτότυπο αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Translation saved.</source>
        <translation>Η μετάφραση αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Εισαγωγή μεταφράσεων</translation>
    </message>
    <message>
        <source>Translations (*.po *.csv)</source>
        <translation>Μεταφράσεις (*.po *.csv)</translation>
    </message>
    <message>
        <source>%1: %2 updated, %3 unchanged, %4 kept (edited since export)</source>
        <translation>%1: ενημερώθηκαν %2, αμετάβλητες %3, διατηρήθηκαν %4 (με αλλαγές μετά την εξαγωγή)</translation>
    </message>
    <message>
        <source>Export for translators</source>
        <translation>Εξαγωγή για μεταφραστές</translation>
    </message>
    <message>
        <source>Exported %1 languages to %2</source>
        <translation>Έγινε εξαγωγή %1 γλωσσών στο %2</translation>
    </message>
</context>
<context>
    <name>ReplyPicker</name>
    <message>
        <source>Insert a canned reply</source>
        <translation>Εισαγωγή έτοιμης απάντησης</translation>
    </message>
    <message>
        <source>Type any word of the title, tags or text…</source>
        <translation>Πληκτρολογήστε μια λέξη από τον τίτλο, τις ετικέτες ή το κείμενο…</translation>
    </message>
    <message>
        <source>Search canned replies</source>
        <translation>Αναζήτηση έτοιμων απαντήσεων</translation>
    </message>
    <message>
        <source>Canned replies found</source>
        <translation>Έτοιμες απαντήσεις που βρέθηκαν</translation>
    </message>
    <message>
        <source>Preview of the reply to insert</source>
        <translation>Προεπισκόπηση της απάντησης προς εισαγωγή</translation>
    </message>
    <message>
        <source>Enter inserts · Esc closes · Up/Down choose</source>
        <translation>Enter: εισαγωγή · Esc: κλείσιμο · Πάνω/Κάτω: επιλογή</translation>
    </message>
    <message>
        <source>No reply matches.</source>
        <translation>Καμία απάντηση δεν ταιριάζει.</translation>
    </message>
    <message>
        <source>No %1 version; %2 inserted.</source>
        <translation>Δεν υπάρχει έκδοση στα %1· εισήχθη η έκδοση στα %2.</translation>
    </message>
    <message>
        <source>Long for SMS: it will be split into several messages.</source>
        <translation>Μεγάλη για SMS: θα χωριστεί σε πολλά μηνύματα.</translation>
    </message>
    <message>
        <source>This reply is meant for other channels.</source>
        <translation>Αυτή η απάντηση προορίζεται για άλλα κανάλια.</translation>
    </message>
    <message>
        <source>To fill in before sending: %1</source>
        <translation>Για συμπλήρωση πριν από την αποστολή: %1</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review conversations</source>
        <translation>Αξιολόγηση συνομιλιών</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Τελευταίες 7 ημέρες</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Τελευταίες 30 ημέρες</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Τελευταίες 90 ημέρες</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Τελευταίοι 12 μήνες</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Όλα τα κανάλια</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Όλοι οι εκπρόσωποι</translation>
    </message>
    <message>
        <source>Low CSAT (1–2)</source>
        <translation>Χαμηλό CSAT (1–2)</translation>
    </message>
    <message>
        <source>Long handle time (15 min or more)</source>
        <translation>Μεγάλος χρόνος διαχείρισης (15 λεπτά ή περισσότερο)</translation>
    </message>
    <message>
        <source>Sample per agent per &amp;week</source>
        <translation>Δείγμα ανά εκπρόσωπο ανά &amp;εβδομάδα</translation>
    </message>
    <message>
        <source>all</source>
        <translation>όλες</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Ανανέωση</translation>
    </message>
    <message>
        <source>Edit the scorecard…</source>
        <translation>Επεξεργασία φύλλου αξιολόγησης…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Έκλεισε</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Εκπρόσωπος</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Κανάλι</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Κωδικός έκβασης</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Pin a note to the message…</source>
        <translation>Καρφίτσωμα σημείωσης στο μήνυμα…</translation>
    </message>
    <message>
        <source>Share as an exemplar…</source>
        <translation>Κοινοποίηση ως υπόδειγμα…</translation>
    </message>
    <message>
        <source>Open in the agent screen</source>
        <translation>Άνοιγμα στην οθόνη του εκπροσώπου</translation>
    </message>
    <message>
        <source>Compare two side by side (Ctrl+D)</source>
        <translation>Σύγκριση δύο δίπλα δίπλα (Ctrl+D)</translation>
    </message>
    <message>
        <source>Calibrate with other supervisors…</source>
        <translation>Βαθμονόμηση με άλλους επόπτες…</translation>
    </message>
    <message>
        <source>Show where we disagree</source>
        <translation>Πού διαφωνούμε</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Προς αξιολόγηση</translation>
    </message>
    <message>
        <source>Calibrations</source>
        <translation>Βαθμονομήσεις</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>Your scoring</source>
        <translation>Η βαθμολόγησή σας</translation>
    </message>
    <message>
        <source>Select two conversations in the list (Ctrl+click), then compare them</source>
        <translation>Επιλέξτε δύο συνομιλίες στη λίστα (Ctrl+κλικ) και μετά συγκρίνετέ τις</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>Αποθήκευση πρόχειρου (Ctrl+S)</translation>
    </message>
    <message>
        <source>Submit review (Ctrl+Enter)</source>
        <translation>Υποβολή αξιολόγησης (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Περίοδος</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Ουρά</translation>
    </message>
    <message>
        <source>Edit the scorecard</source>
        <translation>Επεξεργασία φύλλου αξιολόγησης</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Έκβαση</translation>
    </message>
    <message>
        <source>Conversations to review</source>
        <translation>Συνομιλίες προς αξιολόγηση</translation>
    </message>
    <message>
        <source>Sample per agent per week</source>
        <translation>Δείγμα ανά εκπρόσωπο ανά εβδομάδα</translation>
    </message>
    <message>
        <source>Pin a coaching note to the selected message</source>
        <translation>Καρφίτσωμα σημείωσης καθοδήγησης στο επιλεγμένο μήνυμα</translation>
    </message>
    <message>
        <source>Share this conversation as an exemplar</source>
        <translation>Κοινοποίηση αυτής της συνομιλίας ως υπόδειγμα</translation>
    </message>
    <message>
        <source>Compare the two selected conversations side by side</source>
        <translation>Σύγκριση των δύο επιλεγμένων συνομιλιών δίπλα δίπλα</translation>
    </message>
    <message>
        <source>Calibrate: have other supervisors score this conversation blind</source>
        <translation>Βαθμονόμηση: άλλοι επόπτες βαθμολογούν τη συνομιλία χωρίς να βλέπουν ο ένας τον άλλον</translation>
    </message>
    <message>
        <source>Show where the supervisors disagree</source>
        <translation>Πού διαφωνούν οι επόπτες</translation>
    </message>
    <message>
        <source>Save the review as a draft</source>
        <translation>Αποθήκευση της αξιολόγησης ως πρόχειρο</translation>
    </message>
    <message>
        <source>Submit the review</source>
        <translation>Υποβολή της αξιολόγησης</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Όλες οι ουρές</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Όλες οι χώρες</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Όλες οι εκβάσεις</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations to review</source>
        <translation>
            <numerusform>%n συνομιλία προς αξιολόγηση</numerusform>
            <numerusform>%n συνομιλίες προς αξιολόγηση</numerusform>
        </translation>
    </message>
    <message>
        <source>Canned replies used: %1</source>
        <translation>Έτοιμες απαντήσεις που χρησιμοποιήθηκαν: %1</translation>
    </message>
    <message>
        <source>No canned replies used.</source>
        <translation>Δεν χρησιμοποιήθηκαν έτοιμες απαντήσεις.</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>Υποβλήθηκε.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Το πρόχειρο αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Επιλέξτε πρώτα μια συνομιλία.</translation>
    </message>
    <message>
        <source>Calibration started: each supervisor scores it under Calibrations, without seeing the others.</source>
        <translation>Η βαθμονόμηση ξεκίνησε: κάθε επόπτης τη βαθμολογεί στις Βαθμονομήσεις χωρίς να βλέπει τους άλλους.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>δεν ξεκίνησε</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>πρόχειρο</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>υποβλήθηκε</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted</source>
        <translation>
            <numerusform>%n υποβλήθηκε</numerusform>
            <numerusform>%n υποβλήθηκαν</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation under review was deleted; the review and its score are kept.</source>
        <translation>Η συνομιλία υπό αξιολόγηση διαγράφηκε· η αξιολόγηση και η βαθμολογία της διατηρούνται.</translation>
    </message>
    <message>
        <source>Review submitted: %1 %.</source>
        <translation>Η αξιολόγηση υποβλήθηκε: %1 %.</translation>
    </message>
    <message numerus="yes">
        <source>Not submitted: %n criteria still to rate or explain.</source>
        <translation>
            <numerusform>Δεν υποβλήθηκε: απομένει %n κριτήριο για βαθμολόγηση ή αιτιολόγηση.</numerusform>
            <numerusform>Δεν υποβλήθηκε: απομένουν %n κριτήρια για βαθμολόγηση ή αιτιολόγηση.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a message in the conversation first.</source>
        <translation>Επιλέξτε πρώτα ένα μήνυμα στη συνομιλία.</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Σημείωση καθοδήγησης</translation>
    </message>
    <message>
        <source>Note for the agent, pinned to this message:</source>
        <translation>Σημείωση για τον εκπρόσωπο, καρφιτσωμένη σε αυτό το μήνυμα:</translation>
    </message>
    <message>
        <source>Note pinned; the agent will see it in their timeline.</source>
        <translation>Η σημείωση καρφιτσώθηκε· ο εκπρόσωπος θα τη δει στο ιστορικό του.</translation>
    </message>
    <message>
        <source>Share as an exemplar</source>
        <translation>Κοινοποίηση ως υπόδειγμα</translation>
    </message>
    <message>
        <source>Why is it a good example?</source>
        <translation>Γιατί είναι καλό παράδειγμα;</translation>
    </message>
    <message>
        <source>Shared with the team as an exemplar.</source>
        <translation>Κοινοποιήθηκε στην ομάδα ως υπόδειγμα.</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Scenario editor — %1</source>
        <translation>Επεξεργαστής σεναρίου — %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Αποθήκευση</translation>
    </message>
    <message>
        <source>&amp;Play it now</source>
        <translation>&amp;Δοκιμή τώρα</translation>
    </message>
    <message>
        <source>Scenario (YAML)</source>
        <translation>Σενάριο (YAML)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Προβλήματα</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>γραμμή %1: %2</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Κανένα πρόβλημα.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems: fix them to save.</source>
        <translation>
            <numerusform>%n πρόβλημα: διορθώστε το για να γίνει η αποθήκευση.</numerusform>
            <numerusform>%n προβλήματα: διορθώστε τα για να γίνει η αποθήκευση.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario editor</source>
        <translation>Επεξεργαστής σεναρίου</translation>
    </message>
    <message>
        <source>The scenario has problems and was not saved:</source>
        <translation>Το σενάριο έχει προβλήματα και δεν αποθηκεύτηκε:</translation>
    </message>
    <message>
        <source>Fix the problems first.</source>
        <translation>Διορθώστε πρώτα τα προβλήματα.</translation>
    </message>
</context>
<context>
    <name>ScorecardEditor</name>
    <message>
        <source>Scorecard</source>
        <translation>Φύλλο αξιολόγησης</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Προσθήκη ενότητας</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Προσθήκη κριτηρίου</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Κλειδί</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Κλίμακα</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Βάρος</translation>
    </message>
    <message>
        <source>Root causes offered</source>
        <translation>Βασικές αιτίες προς επιλογή</translation>
    </message>
    <message>
        <source>Critical: the lowest rating fails the whole review</source>
        <translation>Κρίσιμο: η χαμηλότερη βαθμολογία αποτυγχάνει όλη την αξιολόγηση</translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation>Επιτρέπεται «Δεν ισχύει»</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Αποθήκευση ως νέα έκδοση</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ναι / όχι</translation>
    </message>
    <message>
        <source>3 points</source>
        <translation>3 βαθμοί</translation>
    </message>
    <message>
        <source>4 points</source>
        <translation>4 βαθμοί</translation>
    </message>
    <message>
        <source>5 points</source>
        <translation>5 βαθμοί</translation>
    </message>
    <message>
        <source>Sections and criteria</source>
        <translation>Ενότητες και κριτήρια</translation>
    </message>
    <message>
        <source>%1 — version %2 (saving adds version %3; reviews keep the version they began with)</source>
        <translation>%1 — έκδοση %2 (η αποθήκευση προσθέτει την έκδοση %3· οι αξιολογήσεις κρατούν την έκδοση με την οποία ξεκίνησαν)</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Νέα ενότητα</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Νέο κριτήριο</translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation>Δεν μπορεί να αποθηκευτεί: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria, total weight %1</source>
        <translation>
            <numerusform>%n κριτήριο, συνολικό βάρος %1</numerusform>
            <numerusform>%n κριτήρια, συνολικό βάρος %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The weights do not add up to the declared total; scores stay 0–100.</source>
        <translation>Τα βάρη δεν αθροίζουν στο δηλωμένο σύνολο· οι βαθμολογίες μένουν 0–100.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Αποθηκεύτηκε ως έκδοση %1.</translation>
    </message>
</context>
<context>
    <name>ScorecardForm</name>
    <message>
        <source>&amp;Summary for the agent</source>
        <translation>&amp;Σύνοψη για τον εκπρόσωπο</translation>
    </message>
    <message>
        <source>Summary for the agent</source>
        <translation>Σύνοψη για τον εκπρόσωπο</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Δεν ισχύει</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 από %2</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>Βαρύτητα: %1</translation>
    </message>
    <message>
        <source>critical: the lowest rating fails the whole review</source>
        <translation>κρίσιμο: με τη χαμηλότερη βαθμολογία αποτυγχάνει ολόκληρη η αξιολόγηση</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Χωρίς βαθμολογία</translation>
    </message>
    <message>
        <source>Root cause…</source>
        <translation>Βασική αιτία…</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Σχόλιο (προαιρετικό)</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Βαθμολογία: %1</translation>
    </message>
    <message>
        <source>Root cause: %1</source>
        <translation>Βασική αιτία: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Σχόλιο: %1</translation>
    </message>
    <message>
        <source>Quality score: —</source>
        <translation>Βαθμολογία ποιότητας: —</translation>
    </message>
    <message>
        <source>Quality score: 0 % (critical criterion failed; %1 % without it)</source>
        <translation>Βαθμολογία ποιότητας: 0 % (απέτυχε κρίσιμο κριτήριο· %1 % χωρίς αυτό)</translation>
    </message>
    <message>
        <source>Quality score: %1 %</source>
        <translation>Βαθμολογία ποιότητας: %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria still to rate or explain</source>
        <translation>
            <numerusform>απομένει %n κριτήριο για βαθμολόγηση ή αιτιολόγηση</numerusform>
            <numerusform>απομένουν %n κριτήρια για βαθμολόγηση ή αιτιολόγηση</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Θέμα:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Μέγεθος γραμματοσειράς:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Βάση δεδομένων:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Φάκελος δεδομένων:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Μέγεθος γραμματοσειράς</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Βάση δεδομένων</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Προεπιλογή</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Empty: the SQLite file in the data folder</source>
        <translation>Κενό: το αρχείο SQLite στον φάκελο δεδομένων</translation>
    </message>
    <message>
        <source>A new database is opened the next time Agent Console starts. Language, theme and font size apply at once.</source>
        <translation>Μια νέα βάση δεδομένων ανοίγει στην επόμενη εκκίνηση του Agent Console. Η γλώσσα, το θέμα και το μέγεθος γραμματοσειράς εφαρμόζονται αμέσως.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Γλώσσα συστήματος</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Όπως το σύστημα</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ανοιχτό</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Σκούρο</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Enter / Space (timeline)</source>
        <translation>Enter / Space (ιστορικό)</translation>
    </message>
    <message>
        <source>Expand or collapse the entry</source>
        <translation>Ανάπτυξη ή σύμπτυξη της καταχώρισης</translation>
    </message>
    <message>
        <source>Ctrl+Enter (reply)</source>
        <translation>Ctrl+Enter (απάντηση)</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Αποστολή απάντησης</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Πάνω / Κάτω</translation>
    </message>
    <message>
        <source>Move through lists and search results</source>
        <translation>Μετακίνηση σε λίστες και αποτελέσματα αναζήτησης</translation>
    </message>
    <message>
        <source>Esc (search)</source>
        <translation>Esc (αναζήτηση)</translation>
    </message>
    <message>
        <source>Clear the search and return to the inbox</source>
        <translation>Εκκαθάριση αναζήτησης και επιστροφή στα εισερχόμενα</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Μετακίνηση μεταξύ στοιχείων ελέγχου</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>Everything in Agent Console can be done from the keyboard.</source>
        <translation>Στο Agent Console μπορείτε να κάνετε τα πάντα από το πληκτρολόγιο.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Πλήκτρα</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>Ανοιχτή</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Αναμονή πελάτη</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Κλειστή</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Outcome: %1</source>
        <translation>Έκβαση: %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>επιλύθηκε</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>δεν επιλύθηκε</translation>
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
        <translation>Εισερχόμενη κλήση</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Εξερχόμενη κλήση</translation>
    </message>
    <message>
        <source>Show less (Enter)</source>
        <translation>Εμφάνιση λιγότερων (Enter)</translation>
    </message>
    <message>
        <source>Show more (Enter)</source>
        <translation>Εμφάνιση περισσότερων (Enter)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Εκπρόσωπος</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n συνημμένο</numerusform>
            <numerusform>%n συνημμένα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts could not be read</source>
        <translation>
            <numerusform>%n τμήμα δεν διαβάστηκε</numerusform>
            <numerusform>%n τμήματα δεν διαβάστηκαν</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent with %n draft-check warnings</source>
        <translation>
            <numerusform>στάλθηκε με %n προειδοποίηση ελέγχου</numerusform>
            <numerusform>στάλθηκε με %n προειδοποιήσεις ελέγχου</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coaching notes</source>
        <translation>
            <numerusform>%n σημείωση καθοδήγησης</numerusform>
            <numerusform>%n σημειώσεις καθοδήγησης</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>καταγράφηκε</translation>
    </message>
    <message>
        <source>in outbox</source>
        <translation>στα εξερχόμενα</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>στάλθηκε</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>δεν στάλθηκε</translation>
    </message>
    <message>
        <source>unknown: check the outbox</source>
        <translation>άγνωστο: ελέγξτε τα εξερχόμενα</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Your time: %1
Customer&apos;s time: %2</source>
        <extracomment>Wrap-up code -&gt; {language: label}, for the outcome shown in interaction headers. Show one interaction only (review screens); None: the customer&apos;s whole history.</extracomment>
        <translation>Η ώρα σας: %1
Ώρα πελάτη: %2</translation>
    </message>
    <message>
        <source>from the customer</source>
        <translation>από τον πελάτη</translation>
    </message>
    <message>
        <source>to the customer</source>
        <translation>προς τον πελάτη</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>εσωτερική σημείωση</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n συνημμένο</numerusform>
            <numerusform>%n συνημμένα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts could not be read</source>
        <translation>
            <numerusform>%n τμήμα δεν διαβάστηκε</numerusform>
            <numerusform>%n τμήματα δεν διαβάστηκαν</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>All channels</source>
        <translation>Όλα τα κανάλια</translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation>Φιλτράρισμα ιστορικού ανά κανάλι</translation>
    </message>
    <message>
        <source>Find in timeline (Ctrl+Shift+F)</source>
        <translation>Εύρεση στο ιστορικό (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Find in timeline</source>
        <translation>Εύρεση στο ιστορικό</translation>
    </message>
    <message>
        <source>◀ Previous contact</source>
        <translation>◀ Προηγούμενη επικοινωνία</translation>
    </message>
    <message>
        <source>Jump to the previous interaction (Ctrl+Shift+Up)</source>
        <translation>Μετάβαση στην προηγούμενη επικοινωνία (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>Jump to the previous interaction</source>
        <translation>Μετάβαση στην προηγούμενη επικοινωνία</translation>
    </message>
    <message>
        <source>Customer timeline</source>
        <translation>Ιστορικό πελάτη</translation>
    </message>
    <message>
        <source>Pick a conversation in the inbox, or search for a customer (Ctrl+F).</source>
        <translation>Επιλέξτε μια συνομιλία στα εισερχόμενα ή αναζητήστε έναν πελάτη (Ctrl+F).</translation>
    </message>
    <message>
        <source>Nothing in this timeline matches the filter.</source>
        <translation>Καμία καταχώριση του ιστορικού δεν ταιριάζει με το φίλτρο.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>Εμφανίζεται %n καταχώριση</numerusform>
            <numerusform>Εμφανίζονται %n καταχωρίσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>(scroll for older)</source>
        <translation>(κάντε κύλιση για παλαιότερες)</translation>
    </message>
    <message>
        <source>This is the customer&apos;s first interaction.</source>
        <translation>Αυτή είναι η πρώτη επικοινωνία του πελάτη.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Customer: %1 (%2, %3), writes by %4; mood: %5</source>
        <translation>Πελάτης: %1 (%2, %3), κανάλι: %4· διάθεση: %5</translation>
    </message>
    <message>
        <source>Order %1: %2 %3</source>
        <translation>Παραγγελία %1: %2 %3</translation>
    </message>
    <message>
        <source>Paid with: %1</source>
        <translation>Πληρωμή με: %1</translation>
    </message>
    <message>
        <source>Your goal: %1</source>
        <translation>Ο στόχος σας: %1</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>ήρεμος</translation>
    </message>
    <message>
        <source>friendly</source>
        <translation>φιλικός</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>ανήσυχος</translation>
    </message>
    <message>
        <source>annoyed</source>
        <translation>ενοχλημένος</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>θυμωμένος</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>επιλύθηκε</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>κλιμακώθηκε</translation>
    </message>
    <message>
        <source>customer left</source>
        <translation>ο πελάτης αποχώρησε</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Εκπαίδευση</translation>
    </message>
    <message>
        <source>The training database must not be the real one: check Settings.</source>
        <translation>Η βάση δεδομένων εκπαίδευσης δεν πρέπει να είναι η πραγματική: ελέγξτε τις Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>The training database cannot be opened: %1</source>
        <translation>Δεν είναι δυνατό να ανοίξει η βάση δεδομένων εκπαίδευσης: %1</translation>
    </message>
    <message>
        <source>A trainer</source>
        <translation>Ένας εκπαιδευτής</translation>
    </message>
    <message>
        <source>%1 has started a live training session for you: %2.</source>
        <translation>%1 ξεκίνησε για εσάς μια ζωντανή εκπαιδευτική συνεδρία: %2.</translation>
    </message>
    <message>
        <source>%1 has started a training session for you: %2.</source>
        <translation>%1 ξεκίνησε για εσάς μια εκπαιδευτική συνεδρία: %2.</translation>
    </message>
    <message>
        <source>It opens a training console on a practice database; your real work stays as it is.</source>
        <translation>Ανοίγει μια κονσόλα εκπαίδευσης σε βάση δεδομένων εξάσκησης· η πραγματική σας εργασία παραμένει ως έχει.</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Έναρξη τώρα</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>Α&amp;πόρριψη</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Αργότερα</translation>
    </message>
    <message>
        <source>This session is no longer waiting: the trainer cancelled it, or it started elsewhere.</source>
        <translation>Η συνεδρία δεν είναι πλέον σε αναμονή: την ακύρωσε ο εκπαιδευτής ή ξεκίνησε αλλού.</translation>
    </message>
    <message>
        <source>This session cannot be started on this desk: %1</source>
        <translation>Η συνεδρία δεν μπορεί να ξεκινήσει σε αυτή τη θέση εργασίας: %1</translation>
    </message>
    <message>
        <source>Ending reached</source>
        <translation>Κατάληξη που επιτεύχθηκε</translation>
    </message>
    <message>
        <source>Replied in the customer&apos;s language</source>
        <translation>Απάντηση στη γλώσσα του πελάτη</translation>
    </message>
    <message>
        <source>Formal address</source>
        <translation>Πληθυντικός ευγενείας</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Χρόνος πρώτης απόκρισης</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Χρόνοι απόκρισης</translation>
    </message>
    <message>
        <source>Currency named</source>
        <translation>Αναφορά νομίσματος</translation>
    </message>
    <message>
        <source>Local payment method named</source>
        <translation>Αναφορά τοπικής μεθόδου πληρωμής</translation>
    </message>
    <message>
        <source>Wrap-up code</source>
        <translation>Κωδικός έκβασης</translation>
    </message>
    <message>
        <source>Every reply was in {expected}.</source>
        <translation>Όλες οι απαντήσεις ήταν στη γλώσσα {expected}.</translation>
    </message>
    <message>
        <source>First reply after {seconds} s (limit {limit} s).</source>
        <translation>Πρώτη απάντηση μετά από {seconds} δευτ. (όριο {limit} δευτ.).</translation>
    </message>
    <message>
        <source>No reply named a payment method the customer can use ({methods}).</source>
        <translation>Καμία απάντηση δεν ανέφερε μέθοδο πληρωμής που μπορεί να χρησιμοποιήσει ο πελάτης ({methods}).</translation>
    </message>
    <message>
        <source>No reply named the currency {currency} (as {names}).</source>
        <translation>Καμία απάντηση δεν ανέφερε το νόμισμα {currency} (ως {names}).</translation>
    </message>
    <message>
        <source>No wrap-up code was chosen; expected {expected}.</source>
        <translation>Δεν επιλέχθηκε κωδικός έκβασης· αναμενόταν ο {expected}.</translation>
    </message>
    <message>
        <source>Reply {n} addressed the customer informally.</source>
        <translation>Η απάντηση {n} απευθυνόταν στον πελάτη στον ενικό.</translation>
    </message>
    <message>
        <source>Reply {n} named {found}.</source>
        <translation>Η απάντηση {n} ανέφερε: {found}.</translation>
    </message>
    <message>
        <source>Reply {n} was written in {found}, not in {expected}.</source>
        <translation>Η απάντηση {n} γράφτηκε στη γλώσσα {found}, όχι στη γλώσσα {expected}.</translation>
    </message>
    <message>
        <source>Slowest later reply after {seconds} s (limit {limit} s).</source>
        <translation>Η πιο αργή από τις επόμενες απαντήσεις δόθηκε μετά από {seconds} δευτ. (όριο {limit} δευτ.).</translation>
    </message>
    <message>
        <source>The conversation ended in &apos;{ending}&apos; ({kind}); good endings: {good}.</source>
        <translation>Η συνομιλία έληξε με την κατάληξη &apos;{ending}&apos; ({kind})· καλές καταλήξεις: {good}.</translation>
    </message>
    <message>
        <source>The customer&apos;s message in &apos;{turn}&apos; was never answered.</source>
        <translation>Το μήνυμα του πελάτη στο βήμα &apos;{turn}&apos; δεν απαντήθηκε ποτέ.</translation>
    </message>
    <message>
        <source>Wrap-up code {found} (expected {expected}).</source>
        <translation>Κωδικός έκβασης {found} (αναμενόταν ο {expected}).</translation>
    </message>
    <message>
        <source>The trainee never replied.</source>
        <translation>Ο εκπαιδευόμενος δεν απάντησε ποτέ.</translation>
    </message>
    <message>
        <source>Every reply addressed the customer formally.</source>
        <translation>Όλες οι απαντήσεις απευθύνονταν στον πελάτη στον πληθυντικό ευγενείας.</translation>
    </message>
    <message>
        <source>The first message was never answered.</source>
        <translation>Το πρώτο μήνυμα δεν απαντήθηκε ποτέ.</translation>
    </message>
    <message>
        <source>The conversation did not reach an ending.</source>
        <translation>Η συνομιλία δεν έφτασε σε κατάληξη.</translation>
    </message>
    <message>
        <source>Score: %1 of %2 points (%3%)</source>
        <translation>Βαθμολογία: %1 από %2 βαθμούς (%3%)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Απομαγνητοφώνηση</translation>
    </message>
    <message>
        <source>Trainer comments</source>
        <translation>Σχόλια εκπαιδευτή</translation>
    </message>
    <message>
        <source>Trainee: %1 · %2 · ending: %3</source>
        <translation>Εκπαιδευόμενος: %1 · %2 · κατάληξη: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>καμία</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Έλεγχος</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Μονάδες</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Τι συνέβη</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Εκπαιδευόμενος</translation>
    </message>
    <message>
        <source>points lost here</source>
        <translation>εδώ χάθηκαν μονάδες</translation>
    </message>
    <message>
        <source>Trainer&apos;s scorecard: %1 of 100 (%2)</source>
        <translation>Φύλλο αξιολόγησης εκπαιδευτή: %1 στα 100 (%2)</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING</source>
        <translation>ΕΚΠΑΙΔΕΥΣΗ</translation>
    </message>
    <message>
        <source>a practice database: nothing reaches real customers</source>
        <translation>βάση δεδομένων εξάσκησης: τίποτα δεν φτάνει σε πραγματικούς πελάτες</translation>
    </message>
    <message>
        <source>Scenario &amp;brief…</source>
        <translation>&amp;Περίληψη σεναρίου…</translation>
    </message>
    <message>
        <source>&amp;Finish and score</source>
        <translation>&amp;Ολοκλήρωση και βαθμολόγηση</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Εκπαιδευτική συνεδρία</translation>
    </message>
    <message>
        <source>Session finished: scoring…</source>
        <translation>Η συνεδρία ολοκληρώθηκε: βαθμολόγηση…</translation>
    </message>
    <message>
        <source>Paused by the trainer.</source>
        <translation>Σε παύση από τον εκπαιδευτή.</translation>
    </message>
    <message>
        <source>The customer has ended the conversation. Record the wrap-up, then press Finish and score.</source>
        <translation>Ο πελάτης τερμάτισε τη συνομιλία. Καταχωρίστε την έκβαση και πατήστε «Ολοκλήρωση και βαθμολόγηση».</translation>
    </message>
    <message>
        <source>Live: a trainer is writing as the customer.</source>
        <translation>Ζωντανά: ένας εκπαιδευτής γράφει ως πελάτης.</translation>
    </message>
    <message>
        <source>Scripted customer: reply as you would to a real one.</source>
        <translation>Πελάτης με σενάριο: απαντήστε όπως θα απαντούσατε σε πραγματικό πελάτη.</translation>
    </message>
    <message>
        <source>Scenario brief</source>
        <translation>Περίληψη σεναρίου</translation>
    </message>
</context>
<context>
    <name>TrainingLibrary</name>
    <message>
        <source>Training</source>
        <translation>Εκπαίδευση</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Σενάρια</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Συνεδρίες</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>Οι συνεδρίες μου</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>Filter: title, country, language, channel</source>
        <translation>Φίλτρο: τίτλος, χώρα, γλώσσα, κανάλι</translation>
    </message>
    <message>
        <source>Filter scenarios</source>
        <translation>Φιλτράρισμα σεναρίων</translation>
    </message>
    <message>
        <source>Scenario details</source>
        <translation>Λεπτομέρειες σεναρίου</translation>
    </message>
    <message>
        <source>&amp;Start a session</source>
        <translation>&amp;Έναρξη συνεδρίας</translation>
    </message>
    <message>
        <source>Start &amp;live (you play the customer)</source>
        <translation>Έναρξη &amp;ζωντανά (εσείς παίζετε τον πελάτη)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Επεξεργασία…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Εισαγωγή…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Ε&amp;ξαγωγή…</translation>
    </message>
    <message>
        <source>Open the &amp;debrief</source>
        <translation>Άνοιγμα &amp;απολογισμού</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Εκπαιδευόμενος</translation>
    </message>
    <message>
        <source>&amp;Cancel the waiting session</source>
        <translation>Α&amp;κύρωση συνεδρίας σε αναμονή</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Για:</translation>
    </message>
    <message>
        <source>Yourself, to try the scenario, or a trainee: it starts on their desk when they accept it.</source>
        <translation>Εσείς, για να δοκιμάσετε το σενάριο, ή ένας εκπαιδευόμενος: η συνεδρία ξεκινά στη θέση εργασίας του μόλις την αποδεχτεί.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (εσείς)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Σενάριο</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Λειτουργία</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Κατάληξη</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Μέση βαθμολογία</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Καλύτερη βαθμολογία</translation>
    </message>
    <message>
        <source>Resolved / escalated / left</source>
        <translation>Επίλυση / κλιμάκωση / αποχώρηση</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Τελευταία συνεδρία</translation>
    </message>
    <message>
        <source>Some scenario files cannot be used:</source>
        <translation>Ορισμένα αρχεία σεναρίων δεν μπορούν να χρησιμοποιηθούν:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Κανάλι</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Διάθεση</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Υπομονή</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 δευτ.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Παραγγελία</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Πληρωμή με</translation>
    </message>
    <message>
        <source>Payment methods to offer</source>
        <translation>Μέθοδοι πληρωμής προς πρόταση</translation>
    </message>
    <message>
        <source>Expected wrap-up</source>
        <translation>Αναμενόμενος κωδικός έκβασης</translation>
    </message>
    <message>
        <source>Endings</source>
        <translation>Καταλήξεις</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Στόχος</translation>
    </message>
    <message>
        <source>Finish the session that is running first.</source>
        <translation>Ολοκληρώστε πρώτα τη συνεδρία που βρίσκεται σε εξέλιξη.</translation>
    </message>
    <message>
        <source>The session waits for %1: it starts when they accept it at their desk.</source>
        <translation>Η συνεδρία είναι σε αναμονή: θα ξεκινήσει μόλις την αποδεχτεί %1 στη θέση εργασίας του.</translation>
    </message>
    <message>
        <source>This desk keeps its training database to itself: for a trainee at another desk, set the team&apos;s training database in Settings.</source>
        <translation>Η βάση δεδομένων εκπαίδευσης αυτής της θέσης εργασίας δεν είναι κοινόχρηστη: για εκπαιδευόμενο σε άλλη θέση εργασίας, ορίστε στις Ρυθμίσεις τη βάση δεδομένων εκπαίδευσης της ομάδας.</translation>
    </message>
    <message>
        <source>Export the scenario</source>
        <translation>Εξαγωγή σεναρίου</translation>
    </message>
    <message>
        <source>Scenarios (*.yaml *.yml)</source>
        <translation>Σενάρια (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import scenarios</source>
        <translation>Εισαγωγή σεναρίων</translation>
    </message>
    <message numerus="yes">
        <source>%n scenarios imported.</source>
        <translation>
            <numerusform>Εισήχθη %n σενάριο.</numerusform>
            <numerusform>Εισήχθησαν %n σενάρια.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Δεν εισήχθησαν:</translation>
    </message>
    <message>
        <source>scripted</source>
        <translation>με σενάριο</translation>
    </message>
    <message>
        <source>live</source>
        <translation>ζωντανά</translation>
    </message>
    <message>
        <source>running</source>
        <translation>σε εξέλιξη</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>εγκαταλείφθηκε</translation>
    </message>
    <message>
        <source>waiting for the trainee</source>
        <translation>αναμονή εκπαιδευόμενου</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>απορρίφθηκε</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ακυρώθηκε</translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <source>Training</source>
        <extracomment>Real ms between looks at the training database in a live session: the trainee&apos;s console for the trainer&apos;s commands, the trainer&apos;s side for the state the console published. (Team mode&apos;s LISTEN/NOTIFY will wake both at once; the look stays as the fallback for SQLite.) A session in one of these states is over for both sides.</extracomment>
        <translation>Εκπαίδευση</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <source>&amp;Disposition</source>
        <extracomment>Set when correcting a saved outcome.</extracomment>
        <translation>&amp;Κωδικός έκβασης</translation>
    </message>
    <message>
        <source>Contact &amp;reason</source>
        <translation>&amp;Λόγος επικοινωνίας</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Επιλύθηκε</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ναι</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>Ό&amp;χι</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Σημειώσεις</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Έρευνα</translation>
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
        <translation>καμία</translation>
    </message>
    <message>
        <source>Customer satisfaction, 1–5, if the customer answered the survey</source>
        <translation>Ικανοποίηση πελατών (CSAT), 1–5, αν ο πελάτης απάντησε στην έρευνα</translation>
    </message>
    <message>
        <source>Net Promoter Score, 0–10, if the customer answered the survey</source>
        <translation>Net Promoter Score (NPS), 0–10, αν ο πελάτης απάντησε στην έρευνα</translation>
    </message>
    <message>
        <source>Customer effort, 1–7 (lower is easier), if the customer answered</source>
        <translation>Customer Effort Score (CES), 1–7 (χαμηλότερη τιμή = ευκολότερα), αν ο πελάτης απάντησε</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>&amp;Παρακολούθηση</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Λόγος</translation>
    </message>
    <message>
        <source>e.g. confirm the refund arrived</source>
        <translation>π.χ. επιβεβαίωση ότι έφτασε η επιστροφή χρημάτων</translation>
    </message>
    <message>
        <source>Save and next (Ctrl+Enter)</source>
        <translation>Αποθήκευση και επόμενη (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Back to the conversation (Esc)</source>
        <translation>Επιστροφή στη συνομιλία (Esc)</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Κωδικός έκβασης</translation>
    </message>
    <message>
        <source>Contact reason</source>
        <translation>Λόγος επικοινωνίας</translation>
    </message>
    <message>
        <source>Resolved: yes</source>
        <translation>Επιλύθηκε: ναι</translation>
    </message>
    <message>
        <source>Resolved: no</source>
        <translation>Επιλύθηκε: όχι</translation>
    </message>
    <message>
        <source>Wrap-up notes</source>
        <translation>Σημειώσεις έκβασης</translation>
    </message>
    <message>
        <source>CSAT score</source>
        <translation>Βαθμολογία CSAT</translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation>Βαθμολογία NPS</translation>
    </message>
    <message>
        <source>CES score</source>
        <translation>Βαθμολογία CES</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Παρακολούθηση</translation>
    </message>
    <message>
        <source>Follow-up date and time</source>
        <translation>Ημερομηνία και ώρα παρακολούθησης</translation>
    </message>
    <message>
        <source>Follow-up time zone</source>
        <translation>Ζώνη ώρας παρακολούθησης</translation>
    </message>
    <message>
        <source>Follow-up reason</source>
        <translation>Λόγος παρακολούθησης</translation>
    </message>
    <message>
        <source>Changes to this outcome</source>
        <translation>Αλλαγές σε αυτή την έκβαση</translation>
    </message>
    <message>
        <source>Save the wrap-up</source>
        <translation>Αποθήκευση έκβασης</translation>
    </message>
    <message>
        <source>Back to the conversation</source>
        <translation>Επιστροφή στη συνομιλία</translation>
    </message>
    <message>
        <source>Correct the outcome: %1</source>
        <translation>Διόρθωση έκβασης: %1</translation>
    </message>
    <message>
        <source>Wrap-up: %1</source>
        <translation>Καταχώριση έκβασης: %1</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (καταργήθηκε)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Επιλέξτε…</translation>
    </message>
    <message>
        <source>customer&apos;s time (%1)</source>
        <translation>ώρα πελάτη (%1)</translation>
    </message>
    <message>
        <source>my time (%1)</source>
        <translation>η ώρα μου (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 changed %3: %4 → %5</source>
        <translation>%1 · %2 άλλαξε το πεδίο %3: %4 → %5</translation>
    </message>
    <message>
        <source>No changes since the wrap-up.</source>
        <translation>Καμία αλλαγή μετά την καταχώριση της έκβασης.</translation>
    </message>
    <message>
        <source>Handle time %1</source>
        <translation>Χρόνος διαχείρισης: %1</translation>
    </message>
    <message>
        <source>Handle time %1 (after-contact work %2)</source>
        <translation>Χρόνος διαχείρισης: %1 (εργασία μετά την επικοινωνία: %2)</translation>
    </message>
    <message>
        <source>Choose a disposition.</source>
        <translation>Επιλέξτε κωδικό έκβασης.</translation>
    </message>
    <message>
        <source>Choose the contact reason.</source>
        <translation>Επιλέξτε τον λόγο επικοινωνίας.</translation>
    </message>
    <message>
        <source>Say whether the issue was resolved.</source>
        <translation>Δηλώστε αν το ζήτημα επιλύθηκε.</translation>
    </message>
    <message>
        <source>This queue needs a note.</source>
        <translation>Αυτή η ουρά απαιτεί σημείωση.</translation>
    </message>
    <message>
        <source>CSAT is between 1 and 5.</source>
        <translation>Το CSAT είναι από 1 έως 5.</translation>
    </message>
    <message>
        <source>NPS is between 0 and 10.</source>
        <translation>Το NPS είναι από 0 έως 10.</translation>
    </message>
    <message>
        <source>CES is between 1 and 7.</source>
        <translation>Το CES είναι από 1 έως 7.</translation>
    </message>
    <message>
        <source>The follow-up is in the past; pick a later time.</source>
        <translation>Η ώρα παρακολούθησης έχει παρέλθει· επιλέξτε μεταγενέστερη ώρα.</translation>
    </message>
    <message>
        <source>This code was removed since; choose another.</source>
        <translation>Αυτός ο κωδικός έχει καταργηθεί στο μεταξύ· επιλέξτε άλλον.</translation>
    </message>
</context>
</TS>
