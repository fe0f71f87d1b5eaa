<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>App</name>
    <message>
        <source>Agent</source>
        <translation>Εκπρόσωπος</translation>
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
    <name>Composer</name>
    <message>
        <source>Send</source>
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
    <name>InboxModel</name>
    <message>
        <source>unread</source>
        <translation>μη αναγνωσμένη</translation>
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
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Μετάβαση</translation>
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
        <source>Undo merge</source>
        <translation>Αναίρεση συγχώνευσης</translation>
    </message>
    <message>
        <source>%1 · database: %2</source>
        <translation>%1 · βάση δεδομένων: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>Βρέθηκε %n πελάτης</numerusform>
            <numerusform>Βρέθηκαν %n πελάτες</numerusform>
        </translation>
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
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Your time: %1
Customer&apos;s time: %2</source>
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
</TS>
