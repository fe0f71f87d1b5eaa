<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn_MN">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Үгүй</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Тийм</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Зогсоох</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Хэрэгжүүлэх</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Болих</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Хаах</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Хаях</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Тусламж</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Үл тоох</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Бүгдэд ү&amp;гүй</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Нээх</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Дахин тохируулах</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Анхны тохиргоо сэргээх</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Дахин оролдох</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Хадгалах</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Бүгдийг хадгалах</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Бүгдэд т&amp;ийм</translation>
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
      <translation>&amp;Хуулах</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Буулгах</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Дахин хийх</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Буцаах</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Таслах</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Устгах</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Бүгдийг сонгох</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Хуулах</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Буулгах</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Дахин хийх</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Буцаах</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Х&amp;олбоосын хаягийг хуулах</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Таслах</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Устгах</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Бүгдийг сонгох</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Бүгдийг сонгох</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;Нэмэх</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>&amp;Хасах</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Bottom</source>
      <translation>Доод төгсгөл</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Зүүн зах</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Хуудас доош</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Хуудас зүүн тийш</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Хуудас баруун тийш</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Хуудас дээш</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Баруун зах</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Доош гүйлгэх</translation>
    </message>
    <message>
      <source>Scroll here</source>
      <translation>Энд гүйлгэх</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Зүүн тийш гүйлгэх</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Баруун тийш гүйлгэх</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Дээш гүйлгэх</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>Дээд төгсгөл</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Qt-ийн тухай&lt;/h3&gt;&lt;p&gt;Энэ програм Qt-ийн %1 хувилбарыг ашигладаг.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Qt-ийн тухай</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Дэлгэрэнгүйг нуух...</translation>
    </message>
    <message>
      <source>Show Details...</source>
      <translation>Дэлгэрэнгүйг харуулах...</translation>
    </message>
  </context>
</TS>