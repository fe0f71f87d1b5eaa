<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_UZ">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Yo'q</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ha</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>To'xtatish</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Qo'llash</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Bekor qilish</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Yopish</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Saqlamaslik</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Yordam</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>E'tiborsiz qoldirish</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Hammasiga y&amp;o'q</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ochish</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Tiklash</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Standart sozlamalarni tiklash</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Qayta urinish</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Saqlash</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Hammasini saqlash</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Hammasiga h&amp;a</translation>
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
      <translation>&amp;Nusxa olish</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Qo'yish</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Qayta &amp;bajarish</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Ortga qaytarish</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Kesib olish</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>O'chirish</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hammasini tanlash</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Nusxa olish</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Qo'yish</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Qayta &amp;bajarish</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Ortga qaytarish</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>&amp;Havola manzilidan nusxa olish</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Kesib olish</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>O'chirish</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hammasini tanlash</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Hammasini tanlash</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;Oshirish</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>&amp;Kamaytirish</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Bottom</source>
      <translation>Eng pastga</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Chap chet</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Bir sahifa pastga</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Bir sahifa chapga</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Bir sahifa o'ngga</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Bir sahifa yuqoriga</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>O'ng chet</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Pastga aylantirish</translation>
    </message>
    <message>
      <source>Scroll here</source>
      <translation>Shu yerga aylantirish</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Chapga aylantirish</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>O'ngga aylantirish</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Yuqoriga aylantirish</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>Eng yuqoriga</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Qt haqida&lt;/h3&gt;&lt;p&gt;Ushbu dastur Qt %1 versiyasidan foydalanadi.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Qt haqida</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Tafsilotlarni yashirish...</translation>
    </message>
    <message>
      <source>Show Details...</source>
      <translation>Tafsilotlarni ko'rsatish...</translation>
    </message>
  </context>
</TS>