<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>App</name>
    <message>
        <source>Agent</source>
        <translation>الوكيل</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
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
        <translation>دردشة</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>الشبكات الاجتماعية</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send the reply (%1)</source>
        <translation>إرسال الرد (%1)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>إرسال الرد</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>لم يتم تحديد أي محادثة</translation>
    </message>
    <message>
        <source>Reply via %1 to %2</source>
        <translation>رد عبر %1 إلى %2</translation>
    </message>
    <message>
        <source>Write your reply… (Ctrl+Enter sends)</source>
        <translation>اكتب ردك… (Ctrl+Enter للإرسال)</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>تمت استعادة المسودة</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>تم حفظ المسودة</translation>
    </message>
    <message>
        <source>Loading canned replies…</source>
        <translation>جارٍ تحميل الردود الجاهزة…</translation>
    </message>
    <message>
        <source>Reply inserted.</source>
        <translation>تم إدراج الرد.</translation>
    </message>
    <message>
        <source>Fill in before sending: %1</source>
        <translation>أكمل قبل الإرسال: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>تم الإرسال</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>لم يتم الإرسال: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Agent Console — unexpected error</source>
        <translation>Agent Console — خطأ غير متوقع</translation>
    </message>
    <message>
        <source>Something went wrong. Your drafts are saved; you can keep working, or restart Agent Console if the window misbehaves.</source>
        <translation>حدث خطأ ما. مسوداتك محفوظة؛ يمكنك متابعة العمل، أو إعادة تشغيل Agent Console إذا لم تعمل النافذة كما ينبغي.</translation>
    </message>
    <message>
        <source>Please send the details to your administrator.</source>
        <translation>يُرجى إرسال التفاصيل إلى المسؤول.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
</context>
<context>
    <name>CustomerCardWidget</name>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>البلد:</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>الوقت المحلي:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>مرات التواصل:</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>الهويات</translation>
    </message>
    <message>
        <source>The customer&apos;s identities per channel</source>
        <translation>هويات العميل حسب القناة</translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation>ربما الشخص نفسه</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>عمليات الدمج المقترحة</translation>
    </message>
    <message>
        <source>Merge into this customer</source>
        <translation>دمج مع هذا العميل</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>ليس الشخص نفسه</translation>
    </message>
    <message>
        <source>Merged into this customer</source>
        <translation>العملاء المدمجون في هذا العميل</translation>
    </message>
    <message>
        <source>Merges that can be undone</source>
        <translation>عمليات الدمج القابلة للتراجع</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>التراجع عن الدمج</translation>
    </message>
    <message>
        <source>Merge with another customer… (Ctrl+M)</source>
        <translation>دمج مع عميل آخر… (Ctrl+M)</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>لم يتم تحديد أي عميل</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1 open of %2</source>
        <translation>%1 مفتوحة من أصل %2</translation>
    </message>
    <message>
        <source>same name and country</source>
        <translation>الاسم والبلد نفسهما</translation>
    </message>
    <message>
        <source>similar address: %1</source>
        <translation>عنوان مشابه: %1</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>المنطقة الزمنية غير معروفة</translation>
    </message>
</context>
<context>
    <name>DraftChecksBar</name>
    <message>
        <source>Draft checks</source>
        <translation>فحوصات المسودة</translation>
    </message>
    <message>
        <source>Informal “%1”: use the formal “%2”.</source>
        <translation>صيغة غير رسمية «%1»: استخدم الصيغة الرسمية «%2».</translation>
    </message>
    <message>
        <source>This language has a formal form of address, and customers expect it.</source>
        <translation>لهذه اللغة صيغة مخاطبة رسمية، ويتوقعها العملاء.</translation>
    </message>
    <message>
        <source>No greeting at the start.</source>
        <translation>لا توجد تحية في البداية.</translation>
    </message>
    <message>
        <source>A reply that opens without a greeting often reads as curt in this language.</source>
        <translation>في هذه اللغة، غالبًا ما يبدو الرد الذي لا يبدأ بتحية جافًا.</translation>
    </message>
    <message>
        <source>The customer&apos;s name (%1) is missing.</source>
        <translation>لم يُذكر اسم العميل (%1).</translation>
    </message>
    <message>
        <source>Addressing the customer by name shows the reply was written for them.</source>
        <translation>مخاطبة العميل باسمه تُظهر أن الرد كُتب له خصيصًا.</translation>
    </message>
    <message>
        <source>Honorific missing.</source>
        <translation>لم يُستخدم لقب الاحترام.</translation>
    </message>
    <message>
        <source>Capitals (“%1”) read as shouting.</source>
        <translation>الأحرف الكبيرة («%1») تبدو كالصراخ.</translation>
    </message>
    <message>
        <source>Write words in capitals only when they are abbreviations.</source>
        <translation>لا تكتب الكلمات بالأحرف الكبيرة إلا إذا كانت اختصارات.</translation>
    </message>
    <message>
        <source>Several exclamation marks read as shouting.</source>
        <translation>علامات التعجب المتعددة تبدو كالصراخ.</translation>
    </message>
    <message>
        <source>One exclamation mark is enough, if any.</source>
        <translation>تكفي علامة تعجب واحدة، إن لزم الأمر.</translation>
    </message>
    <message>
        <source>“%1” is jargon the customer may not know.</source>
        <translation>«%1» مصطلح تقني قد لا يعرفه العميل.</translation>
    </message>
    <message>
        <source>Say what it means in plain words.</source>
        <translation>اشرح معناه بكلمات بسيطة.</translation>
    </message>
    <message>
        <source>Amount in %1; this customer pays in %2.</source>
        <translation>المبلغ بعملة %1، وهذا العميل يدفع بعملة %2.</translation>
    </message>
    <message>
        <source>Quote prices in the customer&apos;s currency; the panel converts.</source>
        <translation>اذكر الأسعار بعملة العميل؛ وتتولى اللوحة التحويل.</translation>
    </message>
    <message>
        <source>“%1”: here the decimal separator is “%2”.</source>
        <translation>«%1»: الفاصل العشري في بلد العميل هو «%2».</translation>
    </message>
    <message>
        <source>Write amounts the way the customer&apos;s country writes them.</source>
        <translation>اكتب المبالغ بالطريقة المعتادة في بلد العميل.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Dismiss this warning for this message</source>
        <translation>تجاهل هذا التحذير لهذه الرسالة</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
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
        <translation>زائر الدردشة</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>الشبكات الاجتماعية</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>unread</source>
        <translation>غير مقروءة</translation>
    </message>
</context>
<context>
    <name>LocaleEditDialog</name>
    <message>
        <source>Customer&apos;s language and country</source>
        <translation>لغة العميل وبلده</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
</context>
<context>
    <name>LocalePanel</name>
    <message>
        <source>Locale</source>
        <translation>اللغة والمنطقة</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>البلد:</translation>
    </message>
    <message>
        <source>Correct language or country…</source>
        <translation>تصحيح اللغة أو البلد…</translation>
    </message>
    <message>
        <source>Etiquette</source>
        <translation>آداب التعامل</translation>
    </message>
    <message>
        <source>Customer&apos;s time</source>
        <translation>توقيت العميل</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>العملة والدفع</translation>
    </message>
    <message>
        <source>Amount to convert</source>
        <translation>المبلغ المراد تحويله</translation>
    </message>
    <message>
        <source>Conversion direction</source>
        <translation>اتجاه التحويل</translation>
    </message>
    <message>
        <source>from the profile</source>
        <translation>من الملف الشخصي</translation>
    </message>
    <message>
        <source>from the phone number %1</source>
        <translation>من رقم الهاتف %1</translation>
    </message>
    <message>
        <source>detected in the customer&apos;s messages</source>
        <translation>بحسب رسائل العميل</translation>
    </message>
    <message>
        <source>from the e-mail domain %1</source>
        <translation>من نطاق البريد الإلكتروني %1</translation>
    </message>
    <message>
        <source>the main language of the country</source>
        <translation>اللغة الرئيسية في البلد</translation>
    </message>
    <message>
        <source>where the language is mainly spoken</source>
        <translation>حيث يُتحدَّث بهذه اللغة أساسًا</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>كما ورد</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Country unknown: general hints. Set the country for specific ones.</source>
        <translation>البلد غير معروف: نصائح عامة. حدّد البلد للحصول على نصائح خاصة به.</translation>
    </message>
    <message>
        <source>Family name comes first.</source>
        <translation>يُكتب اسم العائلة أولاً.</translation>
    </message>
    <message>
        <source>Preferred channels: %1</source>
        <translation>القنوات المفضلة: %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>صيغة المخاطبة</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>التحية</translation>
    </message>
    <message>
        <source>Saying no</source>
        <translation>الرفض</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>الاعتذار</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>ما يجب تجنبه</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>التوقيت</translation>
    </message>
    <message>
        <source>Time zone unknown.</source>
        <translation>المنطقة الزمنية غير معروفة.</translation>
    </message>
    <message>
        <source>Public holiday today: %1</source>
        <translation>عطلة رسمية اليوم: %1</translation>
    </message>
    <message>
        <source>Weekend there</source>
        <translation>عطلة نهاية الأسبوع هناك</translation>
    </message>
    <message>
        <source>Business hours (%1–%2)</source>
        <translation>ضمن ساعات العمل (%1–%2)</translation>
    </message>
    <message>
        <source>Outside business hours (%1–%2)</source>
        <translation>خارج ساعات العمل (%1–%2)</translation>
    </message>
    <message>
        <source>Next holidays:</source>
        <translation>العطلات القادمة:</translation>
    </message>
    <message>
        <source>No holiday calendar for this country.</source>
        <translation>لا يتوفر تقويم عطلات لهذا البلد.</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>العملة: %1</translation>
    </message>
    <message>
        <source>Payment methods used there:</source>
        <translation>طرق الدفع المستخدمة هناك:</translation>
    </message>
    <message>
        <source>No exchange rate yet; rates are fetched when the network is reachable.</source>
        <translation>لا يتوفر سعر صرف بعد؛ يتم جلب الأسعار عند توفر الاتصال بالشبكة.</translation>
    </message>
    <message>
        <source>Rates from %1 (%2)</source>
        <translation>أسعار الصرف بتاريخ %1 (%2)</translation>
    </message>
    <message>
        <source>not updated recently</source>
        <translation>لم تُحدَّث مؤخرًا</translation>
    </message>
    <message>
        <source>Could not update rates from: %1</source>
        <translation>تعذر تحديث الأسعار من: %1</translation>
    </message>
    <message>
        <source>No rates fetched yet.</source>
        <translation>لم يتم جلب أي أسعار صرف بعد.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;عميل</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>البحث عن العملاء</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>الانتقال إلى الوارد</translation>
    </message>
    <message>
        <source>Go to the timeline</source>
        <translation>الانتقال إلى السجل</translation>
    </message>
    <message>
        <source>Go to the reply</source>
        <translation>الانتقال إلى الرد</translation>
    </message>
    <message>
        <source>Go to the customer card</source>
        <translation>الانتقال إلى بطاقة العميل</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>المحادثة التالية</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>المحادثة السابقة</translation>
    </message>
    <message>
        <source>Find in timeline</source>
        <translation>البحث في السجل</translation>
    </message>
    <message>
        <source>Jump to the previous interaction</source>
        <translation>الانتقال إلى التواصل السابق</translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation>تصفية السجل حسب القناة</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Merge with another customer…</source>
        <translation>دمج مع عميل آخر…</translation>
    </message>
    <message>
        <source>Undo the last merge</source>
        <translation>التراجع عن آخر دمج</translation>
    </message>
    <message>
        <source>Canned replies…</source>
        <translation>الردود الجاهزة…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>About Agent Console</source>
        <translation>حول Agent Console</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Search customers: name, email, phone (Ctrl+F)</source>
        <translation>البحث عن العملاء: الاسم، البريد الإلكتروني، الهاتف (Ctrl+F)</translation>
    </message>
    <message>
        <source>Inbox: open conversations</source>
        <translation>الوارد: المحادثات المفتوحة</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>العملاء الذين تم العثور عليهم</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>التراجع عن الدمج</translation>
    </message>
    <message>
        <source>%1 · database: %2</source>
        <translation>%1 · قاعدة البيانات: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>تم العثور على %n عميل</numerusform>
            <numerusform>تم العثور على %n عميل</numerusform>
            <numerusform>تم العثور على %n عميلين</numerusform>
            <numerusform>تم العثور على %n عملاء</numerusform>
            <numerusform>تم العثور على %n عميلًا</numerusform>
            <numerusform>تم العثور على %n عميل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n open conversations</source>
        <translation>
            <numerusform>الوارد: %n محادثة مفتوحة</numerusform>
            <numerusform>الوارد: %n محادثة مفتوحة</numerusform>
            <numerusform>الوارد: %n محادثتان مفتوحتان</numerusform>
            <numerusform>الوارد: %n محادثات مفتوحة</numerusform>
            <numerusform>الوارد: %n محادثةً مفتوحةً</numerusform>
            <numerusform>الوارد: %n محادثة مفتوحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply recorded in the timeline.</source>
        <translation>تم تسجيل الرد في السجل.</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>تم دمج %1 في %2.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>دمج العملاء</translation>
    </message>
    <message>
        <source>Merge undone: both customers are back as they were.</source>
        <translation>تم التراجع عن الدمج: عاد كلا العميلين كما كانا.</translation>
    </message>
    <message>
        <source>Customer&apos;s language and country saved to the profile.</source>
        <translation>تم حفظ لغة العميل وبلده في الملف الشخصي.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>تعذّر حفظ الإعدادات: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agent Console&lt;/b&gt; %1&lt;br&gt;One timeline per customer across every channel.</source>
        <translation>&lt;b&gt;Agent Console&lt;/b&gt; %1&lt;br&gt;سجل واحد لكل عميل عبر جميع القنوات.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>حدث خطأ: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>دمج العملاء</translation>
    </message>
    <message>
        <source>Find the duplicate of &lt;b&gt;%1&lt;/b&gt;. Its identities and conversations move to %1; you can undo the merge later.</source>
        <translation>ابحث عن العميل المكرر لـ &lt;b&gt;%1&lt;/b&gt;. ستنتقل هوياته ومحادثاته إلى %1، ويمكنك التراجع عن الدمج لاحقًا.</translation>
    </message>
    <message>
        <source>Name, email or phone</source>
        <translation>الاسم أو البريد الإلكتروني أو الهاتف</translation>
    </message>
    <message>
        <source>Search for the customer to merge</source>
        <translation>البحث عن العميل المراد دمجه</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>العملاء الذين تم العثور عليهم</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Canned replies</source>
        <translation>الردود الجاهزة</translation>
    </message>
    <message>
        <source>Filter by key, title or category</source>
        <translation>التصفية حسب المفتاح أو العنوان أو الفئة</translation>
    </message>
    <message>
        <source>Filter replies</source>
        <translation>تصفية الردود الجاهزة</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>الردود الجاهزة</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>حفظ النص الأصلي</translation>
    </message>
    <message>
        <source>Save translation</source>
        <translation>حفظ الترجمة</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>القنوات:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>المتغيرات:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>الاستخدام:</translation>
    </message>
    <message>
        <source>Source (English)</source>
        <translation>النص الأصلي (الإنجليزية)</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>الترجمة:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>العنوان الأصلي</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>النص الأصلي</translation>
    </message>
    <message>
        <source>Translated title</source>
        <translation>العنوان المترجم</translation>
    </message>
    <message>
        <source>Translated text</source>
        <translation>النص المترجم</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>لغة الترجمة</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>مفقودة: %1</translation>
    </message>
    <message>
        <source>%1 outdated</source>
        <translation>قديمة: %1</translation>
    </message>
    <message>
        <source>%1 replies · %2 translations missing · %3 outdated</source>
        <translation>الردود: %1 · ترجمات مفقودة: %2 · قديمة: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n مرة</numerusform>
            <numerusform>%n مرة</numerusform>
            <numerusform>%n مرتان</numerusform>
            <numerusform>%n مرات</numerusform>
            <numerusform>%n مرةً</numerusform>
            <numerusform>%n مرة</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 translation yet.</source>
        <translation>لا توجد ترجمة إلى %1 بعد.</translation>
    </message>
    <message>
        <source>Outdated: the source changed after this translation was made.</source>
        <translation>قديمة: تغيّر النص الأصلي بعد إعداد هذه الترجمة.</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>الترجمة محدّثة.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>النص الأصلي</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Longer than %1 characters: on SMS it is split into several messages.</source>
        <translation>أطول من %1 حرفًا: ستُقسَّم في SMS إلى عدة رسائل.</translation>
    </message>
    <message>
        <source>Source saved.</source>
        <translation>تم حفظ النص الأصلي.</translation>
    </message>
    <message>
        <source>Translation saved.</source>
        <translation>تم حفظ الترجمة.</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>استيراد الترجمات</translation>
    </message>
    <message>
        <source>Translations (*.po *.csv)</source>
        <translation>ملفات الترجمة (*.po *.csv)</translation>
    </message>
    <message>
        <source>%1: %2 updated, %3 unchanged, %4 kept (edited since export)</source>
        <translation>%1: محدّثة: %2، دون تغيير: %3، مُبقاة: %4 (عُدِّلت بعد التصدير)</translation>
    </message>
    <message>
        <source>Export for translators</source>
        <translation>تصدير للمترجمين</translation>
    </message>
    <message>
        <source>Exported %1 languages to %2</source>
        <translation>تم تصدير %1 من اللغات إلى %2</translation>
    </message>
</context>
<context>
    <name>ReplyPicker</name>
    <message>
        <source>Insert a canned reply</source>
        <translation>إدراج رد جاهز</translation>
    </message>
    <message>
        <source>Type any word of the title, tags or text…</source>
        <translation>اكتب أي كلمة من العنوان أو الوسوم أو النص…</translation>
    </message>
    <message>
        <source>Search canned replies</source>
        <translation>البحث في الردود الجاهزة</translation>
    </message>
    <message>
        <source>Canned replies found</source>
        <translation>الردود الجاهزة التي تم العثور عليها</translation>
    </message>
    <message>
        <source>Preview of the reply to insert</source>
        <translation>معاينة الرد المراد إدراجه</translation>
    </message>
    <message>
        <source>Enter inserts · Esc closes · Up/Down choose</source>
        <translation>Enter للإدراج · Esc للإغلاق · أعلى/أسفل للاختيار</translation>
    </message>
    <message>
        <source>No reply matches.</source>
        <translation>لا يوجد رد مطابق.</translation>
    </message>
    <message>
        <source>No %1 version; %2 inserted.</source>
        <translation>لا توجد نسخة باللغة %1؛ تم إدراج النسخة باللغة %2.</translation>
    </message>
    <message>
        <source>Long for SMS: it will be split into several messages.</source>
        <translation>طويل بالنسبة لرسائل SMS: سيُقسَّم إلى عدة رسائل.</translation>
    </message>
    <message>
        <source>This reply is meant for other channels.</source>
        <translation>هذا الرد مخصص لقنوات أخرى.</translation>
    </message>
    <message>
        <source>To fill in before sending: %1</source>
        <translation>يجب إكماله قبل الإرسال: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>ال&amp;مظهر:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;حجم الخط:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>الافتراضي</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>Empty: the SQLite file in the data folder</source>
        <translation>فارغ: ملف SQLite في مجلد البيانات</translation>
    </message>
    <message>
        <source>A new database is opened the next time Agent Console starts. Language, theme and font size apply at once.</source>
        <translation>تُفتح قاعدة البيانات الجديدة عند تشغيل Agent Console في المرة القادمة. تُطبَّق اللغة والمظهر وحجم الخط فورًا.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Enter / Space (timeline)</source>
        <translation>Enter / مسافة (السجل)</translation>
    </message>
    <message>
        <source>Expand or collapse the entry</source>
        <translation>توسيع الإدخال أو طيه</translation>
    </message>
    <message>
        <source>Ctrl+Enter (reply)</source>
        <translation>Ctrl+Enter (الرد)</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>إرسال الرد</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>أعلى / أسفل</translation>
    </message>
    <message>
        <source>Move through lists and search results</source>
        <translation>التنقل في القوائم ونتائج البحث</translation>
    </message>
    <message>
        <source>Esc (search)</source>
        <translation>Esc (البحث)</translation>
    </message>
    <message>
        <source>Clear the search and return to the inbox</source>
        <translation>مسح البحث والعودة إلى الوارد</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>التنقل بين عناصر التحكم</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Everything in Agent Console can be done from the keyboard.</source>
        <translation>يمكن تنفيذ كل شيء في Agent Console من لوحة المفاتيح.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>بانتظار العميل</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Incoming call</source>
        <translation>مكالمة واردة</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>مكالمة صادرة</translation>
    </message>
    <message>
        <source>Show less (Enter)</source>
        <translation>عرض أقل (Enter)</translation>
    </message>
    <message>
        <source>Show more (Enter)</source>
        <translation>عرض المزيد (Enter)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>الوكيل</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>مُسجَّل</translation>
    </message>
    <message>
        <source>in outbox</source>
        <translation>في صندوق الصادر</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>مُرسَل</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>لم يُرسَل</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Your time: %1
Customer&apos;s time: %2</source>
        <translation>وقتك: %1
وقت العميل: %2</translation>
    </message>
    <message>
        <source>from the customer</source>
        <translation>من العميل</translation>
    </message>
    <message>
        <source>to the customer</source>
        <translation>إلى العميل</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>All channels</source>
        <translation>جميع القنوات</translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation>تصفية السجل حسب القناة</translation>
    </message>
    <message>
        <source>Find in timeline (Ctrl+Shift+F)</source>
        <translation>البحث في السجل (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Find in timeline</source>
        <translation>البحث في السجل</translation>
    </message>
    <message>
        <source>◀ Previous contact</source>
        <translation>◀ التواصل السابق</translation>
    </message>
    <message>
        <source>Jump to the previous interaction (Ctrl+Shift+Up)</source>
        <translation>الانتقال إلى التواصل السابق (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>Jump to the previous interaction</source>
        <translation>الانتقال إلى التواصل السابق</translation>
    </message>
    <message>
        <source>Customer timeline</source>
        <translation>سجل العميل</translation>
    </message>
    <message>
        <source>Pick a conversation in the inbox, or search for a customer (Ctrl+F).</source>
        <translation>اختر محادثة من الوارد، أو ابحث عن عميل (Ctrl+F).</translation>
    </message>
    <message>
        <source>Nothing in this timeline matches the filter.</source>
        <translation>لا يوجد في هذا السجل ما يطابق عامل التصفية.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>يتم عرض %n عنصر</numerusform>
            <numerusform>يتم عرض %n عنصر</numerusform>
            <numerusform>يتم عرض %n عنصرين</numerusform>
            <numerusform>يتم عرض %n عناصر</numerusform>
            <numerusform>يتم عرض %n عنصرًا</numerusform>
            <numerusform>يتم عرض %n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>(scroll for older)</source>
        <translation>(مرِّر لعرض الأقدم)</translation>
    </message>
    <message>
        <source>This is the customer&apos;s first interaction.</source>
        <translation>هذا أول تواصل للعميل.</translation>
    </message>
</context>
</TS>
