<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>Ό&amp;χι</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ναι</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Διακοπή</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Εφαρμογή</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Άκυρο</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Κλείσιμο</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Απόρριψη</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Βοήθεια</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Παράβλεψη</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Όχι &amp;σε όλα</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Άνοιγμα</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Επαναφορά</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Επαναφορά προεπιλογών</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Επανάληψη</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Αποθήκευση</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Αποθήκευση όλων</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Ναι σε ό&amp;λα</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Αντιγραφή</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Επικόλληση</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Επανά&amp;ληψη</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>Α&amp;ναίρεση</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Διαγραφή</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Επιλογή όλων</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Αντιγραφή</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Επικόλληση</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Επανά&amp;ληψη</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>Α&amp;ναίρεση</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Αντιγραφή &amp;διεύθυνσης συνδέσμου</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Διαγραφή</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Επιλογή όλων</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Επιλογή όλων</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;Αύξηση</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>&amp;Μείωση</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Bottom</source>
      <translation>Κάτω</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Αριστερό άκρο</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Σελίδα κάτω</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Σελίδα αριστερά</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Σελίδα δεξιά</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Σελίδα πάνω</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Δεξί άκρο</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Κύλιση κάτω</translation>
    </message>
    <message>
      <source>Scroll here</source>
      <translation>Κύλιση εδώ</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Κύλιση αριστερά</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Κύλιση δεξιά</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Κύλιση πάνω</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>Πάνω</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Σχετικά με το Qt&lt;/h3&gt;&lt;p&gt;Αυτό το πρόγραμμα χρησιμοποιεί την έκδοση %1 του Qt.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Σχετικά με το Qt</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Απόκρυψη λεπτομερειών...</translation>
    </message>
    <message>
      <source>Show Details...</source>
      <translation>Εμφάνιση λεπτομερειών...</translation>
    </message>
  </context>
</TS>