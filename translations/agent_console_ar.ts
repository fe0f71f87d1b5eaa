<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>IMAP server:</source>
        <extracomment>(field, widget type) per kind; &quot;secret&quot; fields go to the keyring, &quot;list&quot; fields are comma-separated.</extracomment>
        <translation>خادم IMAP:</translation>
    </message>
    <message>
        <source>IMAP port:</source>
        <translation>منفذ IMAP:</translation>
    </message>
    <message>
        <source>IMAP security:</source>
        <translation>تشفير IMAP:</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>خادم SMTP:</translation>
    </message>
    <message>
        <source>SMTP port:</source>
        <translation>منفذ SMTP:</translation>
    </message>
    <message>
        <source>SMTP security:</source>
        <translation>تشفير SMTP:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>عنوان المرسل:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>اسم المرسل:</translation>
    </message>
    <message>
        <source>Folder to fetch:</source>
        <translation>المجلد المراد جلبه:</translation>
    </message>
    <message>
        <source>Save sent replies in:</source>
        <translation>حفظ الردود المرسلة في:</translation>
    </message>
    <message>
        <source>Account SID:</source>
        <translation>معرّف الحساب SID:</translation>
    </message>
    <message>
        <source>Auth token:</source>
        <translation>رمز المصادقة:</translation>
    </message>
    <message>
        <source>SMS numbers:</source>
        <translation>أرقام SMS:</translation>
    </message>
    <message>
        <source>WhatsApp numbers:</source>
        <translation>أرقام WhatsApp:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>عنوان API:</translation>
    </message>
    <message>
        <source>Bot token:</source>
        <translation>رمز البوت:</translation>
    </message>
    <message>
        <source>E-mail (IMAP and SMTP)</source>
        <translation>البريد الإلكتروني (IMAP وSMTP)</translation>
    </message>
    <message>
        <source>SMS and WhatsApp (Twilio)</source>
        <translation>رسائل SMS وWhatsApp ‏(Twilio)</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>بوت Telegram</translation>
    </message>
    <message>
        <source>Channel accounts</source>
        <translation>حسابات القنوات</translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation>حساب &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Check every (seconds):</source>
        <translation>&amp;فاصل التحقق (بالثواني):</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;قائمة الانتظار:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;مفعّل</translation>
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
        <translation>لا شيء (دون تشفير)</translation>
    </message>
    <message>
        <source>Stored in the system keyring; leave empty to keep it</source>
        <translation>محفوظ في حافظة مفاتيح النظام؛ اتركه فارغًا للإبقاء عليه</translation>
    </message>
    <message>
        <source>+995322000000, +995322000001</source>
        <translation>+995322000000, +995322000001</translation>
    </message>
    <message>
        <source>The provider&apos;s address (change only for a proxy or a test server)</source>
        <translation>عنوان مزوّد الخدمة (لا تغيّره إلا لخادم وكيل أو خادم اختبار)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>مشكلة: %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>تمت المزامنة: %1</translation>
    </message>
    <message>
        <source>Saved. New messages are fetched within one check interval.</source>
        <translation>تم الحفظ. تُجلب الرسائل الجديدة في غضون فاصل تحقق واحد.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يتم الحفظ: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>الاتصال يعمل: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>فشل الاتصال: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>إزالة الحساب</translation>
    </message>
    <message>
        <source>Remove this account and its stored secrets? Its messages stay in the timelines.</source>
        <translation>هل تريد إزالة هذا الحساب وبيانات الاعتماد المحفوظة له؟ ستبقى رسائله في السجل.</translation>
    </message>
    <message>
        <source>Disabled, not removed: replies in its outbox still wait to be sent.</source>
        <translation>تم التعطيل دون الإزالة: لا تزال ردود هذا الحساب في صندوق الصادر بانتظار الإرسال.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Agent</source>
        <translation>الوكيل</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Where the supervisors disagree</source>
        <translation>مواضع اختلاف المشرفين</translation>
    </message>
    <message>
        <source>Answers per criterion and supervisor</source>
        <translation>الإجابات حسب المعيار والمشرف</translation>
    </message>
    <message numerus="yes">
        <source>Scores: %1. Spread: %2 points. %n criteria rated differently.</source>
        <translation>
            <numerusform>الدرجات: %1. الفارق: %2 نقطة. لم يختلف التقدير في أي معيار (%n).</numerusform>
            <numerusform>الدرجات: %1. الفارق: %2 نقطة. اختلف التقدير في معيار واحد (%n).</numerusform>
            <numerusform>الدرجات: %1. الفارق: %2 نقطة. اختلف التقدير في معيارين (%n).</numerusform>
            <numerusform>الدرجات: %1. الفارق: %2 نقطة. اختلف التقدير في %n معايير.</numerusform>
            <numerusform>الدرجات: %1. الفارق: %2 نقطة. اختلف التقدير في %n معيارًا.</numerusform>
            <numerusform>الدرجات: %1. الفارق: %2 نقطة. اختلف التقدير في %n معيار.</numerusform>
        </translation>
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
    <name>ChannelStatusButton</name>
    <message numerus="yes">
        <source>Channels: %n with a problem</source>
        <translation>
            <numerusform>القنوات: لا توجد مشكلات (%n)</numerusform>
            <numerusform>القنوات: قناة واحدة بها مشكلة (%n)</numerusform>
            <numerusform>القنوات: قناتان بهما مشكلة (%n)</numerusform>
            <numerusform>القنوات: %n قنوات بها مشكلة</numerusform>
            <numerusform>القنوات: %n قناةً بها مشكلة</numerusform>
            <numerusform>القنوات: %n قناة بها مشكلة</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels: all working</source>
        <translation>القنوات: جميعها تعمل</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>صندوق الصادر: لا ردود قيد الانتظار (%n)</numerusform>
            <numerusform>صندوق الصادر: رد واحد قيد الانتظار (%n)</numerusform>
            <numerusform>صندوق الصادر: ردّان قيد الانتظار (%n)</numerusform>
            <numerusform>صندوق الصادر: %n ردود قيد الانتظار</numerusform>
            <numerusform>صندوق الصادر: %n ردًّا قيد الانتظار</numerusform>
            <numerusform>صندوق الصادر: %n رد قيد الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1: معطّل</translation>
    </message>
    <message>
        <source>%1: last synced %2</source>
        <translation>%1: آخر مزامنة: %2</translation>
    </message>
    <message>
        <source>%1: %2 (last synced %3)</source>
        <translation>%1: %2 (آخر مزامنة: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n replies need your decision in the outbox</source>
        <translation>
            <numerusform>لا توجد ردود في صندوق الصادر تحتاج إلى قرارك (%n)</numerusform>
            <numerusform>رد واحد في صندوق الصادر يحتاج إلى قرارك (%n)</numerusform>
            <numerusform>ردّان في صندوق الصادر يحتاجان إلى قرارك (%n)</numerusform>
            <numerusform>%n ردود في صندوق الصادر تحتاج إلى قرارك</numerusform>
            <numerusform>%n ردًّا في صندوق الصادر تحتاج إلى قرارك</numerusform>
            <numerusform>%n رد في صندوق الصادر تحتاج إلى قرارك</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachingWindow</name>
    <message>
        <source>My coaching</source>
        <translation>التوجيه الخاص بي</translation>
    </message>
    <message>
        <source>Acknowledge (Ctrl+K)</source>
        <translation>تأكيد الاطلاع (Ctrl+K)</translation>
    </message>
    <message>
        <source>Acknowledge the selected note</source>
        <translation>تأكيد الاطلاع على الملاحظة المحددة</translation>
    </message>
    <message>
        <source>Coaching notes on your messages</source>
        <translation>ملاحظات توجيهية على رسائلك</translation>
    </message>
    <message>
        <source>Your reviews</source>
        <translation>تقييماتك</translation>
    </message>
    <message>
        <source>Exemplary conversations shared with you</source>
        <translation>المحادثات النموذجية التي تمت مشاركتها معك</translation>
    </message>
    <message>
        <source>Quality score by week</source>
        <translation>درجة الجودة أسبوعيًا</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>By</source>
        <translation>المُقيِّم</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>درجة الجودة</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message numerus="yes">
        <source>Your quality score: %1 % over %n reviews</source>
        <translation>
            <numerusform>درجة جودتك: %1 % بناءً على %n تقييم</numerusform>
            <numerusform>درجة جودتك: %1 % بناءً على %n تقييم</numerusform>
            <numerusform>درجة جودتك: %1 % بناءً على %n تقييمين</numerusform>
            <numerusform>درجة جودتك: %1 % بناءً على %n تقييمات</numerusform>
            <numerusform>درجة جودتك: %1 % بناءً على %n تقييمًا</numerusform>
            <numerusform>درجة جودتك: %1 % بناءً على %n تقييم</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews of your conversations yet.</source>
        <translation>لم يتم تقييم محادثاتك بعد.</translation>
    </message>
    <message numerus="yes">
        <source>Notes to acknowledge: %n</source>
        <translation>
            <numerusform>ملاحظات بانتظار تأكيد الاطلاع: %n</numerusform>
            <numerusform>ملاحظات بانتظار تأكيد الاطلاع: %n</numerusform>
            <numerusform>ملاحظات بانتظار تأكيد الاطلاع: %n</numerusform>
            <numerusform>ملاحظات بانتظار تأكيد الاطلاع: %n</numerusform>
            <numerusform>ملاحظات بانتظار تأكيد الاطلاع: %n</numerusform>
            <numerusform>ملاحظات بانتظار تأكيد الاطلاع: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation>تم تأكيد الاطلاع في %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>critical criterion failed</source>
        <translation>لم يُستوفَ معيار حرج</translation>
    </message>
    <message>
        <source>Exemplary conversations</source>
        <translation>المحادثات النموذجية</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Two conversations side by side</source>
        <translation>محادثتان جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>&amp;Scroll together</source>
        <translation>ال&amp;تمرير معًا</translation>
    </message>
    <message>
        <source>by message</source>
        <translation>حسب الرسالة</translation>
    </message>
    <message>
        <source>by time since the start</source>
        <translation>حسب الوقت منذ البداية</translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation>التمرير معًا</translation>
    </message>
    <message>
        <source>Left conversation</source>
        <translation>المحادثة اليسرى</translation>
    </message>
    <message>
        <source>Right conversation</source>
        <translation>المحادثة اليمنى</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>تم الحل</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>وقت المعالجة</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Canned replies used</source>
        <translation>الردود الجاهزة المستخدمة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <extracomment>The channel this reply leaves on: the conversation&apos;s, or another address of the customer.</extracomment>
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
        <source>Send the reply through this channel</source>
        <translation>إرسال الرد عبر هذه القناة</translation>
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
    <name>CustomerSide</name>
    <message>
        <source>Playing the customer — %1</source>
        <translation>في دور العميل — %1</translation>
    </message>
    <message>
        <source>Suggested lines (double-click to use):</source>
        <translation>عبارات مقترحة (انقر نقرًا مزدوجًا لاستخدامها):</translation>
    </message>
    <message>
        <source>&amp;Send as the customer</source>
        <translation>إ&amp;رسال بصفة العميل</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>إي&amp;قاف مؤقت</translation>
    </message>
    <message>
        <source>&amp;End the session with</source>
        <translation>إ&amp;نهاء الجلسة بالنهاية المحددة</translation>
    </message>
    <message>
        <source>&amp;Cancel the session</source>
        <translation>إ&amp;لغاء الجلسة</translation>
    </message>
    <message>
        <source>Open the &amp;debrief</source>
        <translation>فتح &amp;مراجعة الجلسة</translation>
    </message>
    <message>
        <source>Write as the customer: a reply, or a complication to test the trainee</source>
        <translation>اكتب بصفة العميل: ردًا، أو تعقيدًا لاختبار المتدرّب</translation>
    </message>
    <message>
        <source>The customer&apos;s message</source>
        <translation>رسالة العميل</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Suggested lines</source>
        <translation>عبارات مقترحة</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>the trainee</source>
        <translation>المتدرّب</translation>
    </message>
    <message>
        <source>The training database cannot be reached; trying again… (%1)</source>
        <translation>تعذّر الوصول إلى قاعدة بيانات التدريب؛ جارٍ إعادة المحاولة… (%1)</translation>
    </message>
    <message>
        <source>Waiting for %1 to take the session at their desk…</source>
        <translation>بانتظار أن يستلم %1 الجلسة على جهازه…</translation>
    </message>
    <message>
        <source>Finished and scored: the debrief is ready.</source>
        <translation>انتهت الجلسة وقُيّمت: مراجعة الجلسة جاهزة.</translation>
    </message>
    <message>
        <source>%1 closed the training console before the end.</source>
        <translation>أغلق %1 واجهة التدريب قبل النهاية.</translation>
    </message>
    <message>
        <source>%1 declined the session.</source>
        <translation>رفض %1 الجلسة.</translation>
    </message>
    <message>
        <source>The session was cancelled before it started.</source>
        <translation>أُلغيت الجلسة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>The customer has left the conversation; %1 is recording the wrap-up.</source>
        <translation>غادر العميل المحادثة؛ ويسجّل %1 بيانات الإنهاء الآن.</translation>
    </message>
    <message>
        <source>Paused: the customer&apos;s clock has stopped.</source>
        <translation>إيقاف مؤقت: توقّف وقت العميل.</translation>
    </message>
    <message>
        <source>Live with %1: what you send reaches their console as the customer&apos;s message.</source>
        <translation>مباشر مع %1: كل ما ترسله يظهر في واجهته كرسالة من العميل.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>المتدرّب</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>KPI dashboard</source>
        <translation>لوحة مؤشرات الأداء</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>ال&amp;فترة</translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>&amp;تقسيم حسب</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>الشهر الماضي</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>آخر 90 يومًا</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>هذا العام</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>مخصصة</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>الوكيل</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>تصدير XLSX…</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>التعريفات</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>تقسيم حسب</translation>
    </message>
    <message>
        <source>Figures by group; Enter lists the contacts behind a figure</source>
        <translation>الأرقام حسب المجموعة؛ يعرض Enter عمليات التواصل التي يستند إليها الرقم</translation>
    </message>
    <message>
        <source>Contacts over time</source>
        <translation>عمليات التواصل عبر الزمن</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>توزيع القنوات</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>تصدير التقرير بصيغة CSV</translation>
    </message>
    <message>
        <source>Export the report as XLSX</source>
        <translation>تصدير التقرير بصيغة XLSX</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>تعريفات مؤشرات الأداء</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>تاريخ نهاية الفترة يسبق تاريخ بدايتها.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>تعذّر تحميل الأرقام: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n contacts wrapped up</source>
        <translation>
            <numerusform>%1 – %2: تم إنهاء %n عملية تواصل</numerusform>
            <numerusform>%1 – %2: تم إنهاء %n عملية تواصل</numerusform>
            <numerusform>%1 – %2: تم إنهاء %n عمليتي تواصل</numerusform>
            <numerusform>%1 – %2: تم إنهاء %n عمليات تواصل</numerusform>
            <numerusform>%1 – %2: تم إنهاء %n عمليةَ تواصل</numerusform>
            <numerusform>%1 – %2: تم إنهاء %n عملية تواصل</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Quality by agent</source>
        <translation>الجودة حسب الوكيل</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>درجة الجودة</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>الإخفاقات الحرجة</translation>
    </message>
    <message>
        <source>Quality by criterion</source>
        <translation>الجودة حسب المعيار</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Average points</source>
        <translation>متوسط النقاط</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>عمليات التواصل</translation>
    </message>
    <message numerus="yes">
        <source>Quality (%n reviews)</source>
        <translation>
            <numerusform>الجودة (%n تقييم)</numerusform>
            <numerusform>الجودة (%n تقييم)</numerusform>
            <numerusform>الجودة (%n تقييمان)</numerusform>
            <numerusform>الجودة (%n تقييمات)</numerusform>
            <numerusform>الجودة (%n تقييمًا)</numerusform>
            <numerusform>الجودة (%n تقييم)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts per day</source>
        <translation>عمليات التواصل يوميًا</translation>
    </message>
    <message>
        <source>Contacts per week</source>
        <translation>عمليات التواصل أسبوعيًا</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>عمليات التواصل شهريًا</translation>
    </message>
    <message>
        <source>Contacts behind: %1</source>
        <translation>عمليات التواصل ضمن: %1</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>تم حفظ التقرير في %1</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Debrief</source>
        <translation>مراجعة الجلسة</translation>
    </message>
    <message>
        <source>Trainer&apos;s &amp;comments:</source>
        <translation>&amp;تعليقات المدرّب:</translation>
    </message>
    <message>
        <source>Save comments</source>
        <translation>حفظ التعليقات</translation>
    </message>
    <message>
        <source>Score with the &amp;scorecard…</source>
        <translation>التقييم باستخدام &amp;بطاقة التقييم…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Debrief report</source>
        <translation>تقرير مراجعة الجلسة</translation>
    </message>
    <message>
        <source>Trainer&apos;s comments</source>
        <translation>تعليقات المدرّب</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>لم تعد هذه الجلسة موجودة.</translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation>حفظ مراجعة الجلسة</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>المدرّب</translation>
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
    <name>DrillDialog</name>
    <message>
        <source>Load more</source>
        <translation>تحميل المزيد</translation>
    </message>
    <message>
        <source>Load more contacts</source>
        <translation>تحميل المزيد من عمليات التواصل</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export these contacts as CSV</source>
        <translation>تصدير عمليات التواصل هذه بصيغة CSV</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>تاريخ الإغلاق</translation>
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
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>تم الحل</translation>
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
        <translation>وقت المعالجة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts shown</source>
        <translation>
            <numerusform>يتم عرض %n عملية تواصل</numerusform>
            <numerusform>يتم عرض %n عملية تواصل</numerusform>
            <numerusform>يتم عرض %n عمليتي تواصل</numerusform>
            <numerusform>يتم عرض %n عمليات تواصل</numerusform>
            <numerusform>يتم عرض %n عمليةَ تواصل</numerusform>
            <numerusform>يتم عرض %n عملية تواصل</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>تصدير عمليات التواصل</translation>
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
    <name>FollowUpsView</name>
    <message>
        <source>Customer and reason</source>
        <translation>العميل والسبب</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Follow-ups: overdue, today, upcoming</source>
        <translation>المتابعات: المتأخرة، واليوم، والقادمة</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today (%n)</source>
        <translation>
            <numerusform>اليوم (%n)</numerusform>
            <numerusform>اليوم (%n)</numerusform>
            <numerusform>اليوم (%n)</numerusform>
            <numerusform>اليوم (%n)</numerusform>
            <numerusform>اليوم (%n)</numerusform>
            <numerusform>اليوم (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upcoming (%n)</source>
        <translation>
            <numerusform>القادمة (%n)</numerusform>
            <numerusform>القادمة (%n)</numerusform>
            <numerusform>القادمة (%n)</numerusform>
            <numerusform>القادمة (%n)</numerusform>
            <numerusform>القادمة (%n)</numerusform>
            <numerusform>القادمة (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Set on the %1 clock (%2)</source>
        <translation>محدد حسب توقيت %1 (%2)</translation>
    </message>
    <message>
        <source>customer&apos;s</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>agent&apos;s</source>
        <translation>الوكيل</translation>
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
    <name>ImportRun</name>
    <message>
        <source>Import history</source>
        <translation>استيراد السجل</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files…</source>
        <translation>
            <numerusform>جارٍ استيراد الملفات (%n)…</numerusform>
            <numerusform>جارٍ استيراد ملف واحد (%n)…</numerusform>
            <numerusform>جارٍ استيراد ملفين (%n)…</numerusform>
            <numerusform>جارٍ استيراد %n ملفات…</numerusform>
            <numerusform>جارٍ استيراد %n ملفًا…</numerusform>
            <numerusform>جارٍ استيراد %n ملف…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
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
    <name>Kpi</name>
    <message>
        <source>Contacts</source>
        <translation>عمليات التواصل</translation>
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
        <translation>الحل من أول تواصل</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>وقت الرد الأول</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>وقت الحل</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>متوسط وقت المعالجة</translation>
    </message>
    <message>
        <source>Repeat contacts</source>
        <translation>التواصل المتكرر</translation>
    </message>
    <message>
        <source>CSAT: share of CSAT responses (1–5) that are 4 or 5.</source>
        <translation>CSAT: نسبة إجابات CSAT ‏(1–5) التي قيمتها 4 أو 5.</translation>
    </message>
    <message>
        <source>NPS: % promoters (9–10) minus % detractors (0–6) of NPS responses (0–10).</source>
        <translation>NPS: نسبة المروّجين (9–10) ناقص نسبة المنتقدين (0–6) من إجابات NPS ‏(0–10).</translation>
    </message>
    <message>
        <source>CES: average of CES responses (1–7; lower means less effort).</source>
        <translation>CES: متوسط إجابات CES ‏(1–7؛ كلما قلّت القيمة قلّ الجهد).</translation>
    </message>
    <message>
        <source>First-contact resolution: of first contacts (no contact by the same customer on the same reason closed within %1 days before), the share resolved with no contact on the same reason within %1 days after, on any channel.</source>
        <translation>الحل من أول تواصل: من بين عمليات التواصل الأولى (التي لم يسبقها تواصل من العميل نفسه للسبب نفسه أُغلق خلال الأيام الـ%1 السابقة)، نسبة ما تم حله دون أي تواصل للسبب نفسه خلال الأيام الـ%1 التالية، عبر أي قناة.</translation>
    </message>
    <message>
        <source>Repeat contacts: share of contacts after which the same customer got in touch again within %1 days, for any reason, on any channel.</source>
        <translation>التواصل المتكرر: نسبة عمليات التواصل التي عاد بعدها العميل نفسه إلى التواصل خلال الأيام الـ%1 التالية، لأي سبب وعبر أي قناة.</translation>
    </message>
    <message>
        <source>First response time: from the customer&apos;s first message to the first reply or call to that customer, on any channel.</source>
        <translation>وقت الرد الأول: من أول رسالة من العميل حتى أول رد عليه أو أول مكالمة معه، عبر أي قناة.</translation>
    </message>
    <message>
        <source>Resolution time: for resolved contacts, from the first contact about the issue to the close.</source>
        <translation>وقت الحل: لعمليات التواصل التي تم حلها، من أول تواصل بشأن المشكلة حتى الإغلاق.</translation>
    </message>
    <message>
        <source>Average handle time: time with the contact open (or the call&apos;s length) plus after-contact work in the wrap-up panel.</source>
        <translation>متوسط وقت المعالجة: مدة بقاء التواصل مفتوحًا (أو مدة المكالمة) مضافًا إليها العمل بعد التواصل في لوحة الإنهاء.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ي %2 س</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>Show the contacts behind this figure</source>
        <translation>عرض عمليات التواصل التي يستند إليها هذا الرقم</translation>
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
    <name>LogCallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>تسجيل مكالمة</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>العميل:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>الا&amp;تجاه:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>وقت ال&amp;بدء:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>ال&amp;مدة:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ملاح&amp;ظات:</translation>
    </message>
    <message>
        <source>Incoming (the customer called)</source>
        <translation>واردة (اتصل العميل)</translation>
    </message>
    <message>
        <source>Outgoing (we called)</source>
        <translation>صادرة (اتصلنا نحن)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>د</translation>
    </message>
    <message>
        <source>s</source>
        <translation>ث</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>A role-play console on the training sandbox: no connectors, no settings written, &quot;Training&quot; in the title (ui/training.py adds the banner and the scripted customer).</extracomment>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation>م&amp;حادثة</translation>
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
        <source>Go to the follow-ups</source>
        <translation>الانتقال إلى المتابعات</translation>
    </message>
    <message>
        <source>Wrap up and close the conversation…</source>
        <translation>إنهاء المحادثة وإغلاقها…</translation>
    </message>
    <message>
        <source>Correct the outcome…</source>
        <translation>تصحيح النتيجة…</translation>
    </message>
    <message>
        <source>KPI dashboard…</source>
        <translation>لوحة مؤشرات الأداء…</translation>
    </message>
    <message>
        <source>Review conversations…</source>
        <translation>تقييم المحادثات…</translation>
    </message>
    <message>
        <source>My coaching…</source>
        <translation>التوجيه الخاص بي…</translation>
    </message>
    <message>
        <source>Training: role-play scenarios…</source>
        <translation>التدريب: سيناريوهات لعب الأدوار…</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>تعريفات مؤشرات الأداء</translation>
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
        <source>Channel accounts…</source>
        <translation>حسابات القنوات…</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>صندوق الصادر…</translation>
    </message>
    <message>
        <source>Check channels now</source>
        <translation>التحقق من القنوات الآن</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>استيراد السجل…</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>تسجيل مكالمة…</translation>
    </message>
    <message>
        <source>Open the message with formatting and attachments…</source>
        <translation>فتح الرسالة مع التنسيق والمرفقات…</translation>
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
        <source>Inbox or follow-ups</source>
        <translation>الوارد أو المتابعات</translation>
    </message>
    <message>
        <source>Reply or wrap-up</source>
        <translation>الرد أو الإنهاء</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>التراجع عن الدمج</translation>
    </message>
    <message>
        <source>%1 · database: %2</source>
        <translation>%1 · قاعدة البيانات: %2</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>تدريب</translation>
    </message>
    <message numerus="yes">
        <source>Inbox (%n)</source>
        <translation>
            <numerusform>الوارد (%n)</numerusform>
            <numerusform>الوارد (%n)</numerusform>
            <numerusform>الوارد (%n)</numerusform>
            <numerusform>الوارد (%n)</numerusform>
            <numerusform>الوارد (%n)</numerusform>
            <numerusform>الوارد (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>المتابعات (%n)</numerusform>
            <numerusform>المتابعات (%n)</numerusform>
            <numerusform>المتابعات (%n)</numerusform>
            <numerusform>المتابعات (%n)</numerusform>
            <numerusform>المتابعات (%n)</numerusform>
            <numerusform>المتابعات (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
        </translation>
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
    <message>
        <source>Enter starts the follow-up: a new conversation with the customer.</source>
        <translation>اضغط Enter لبدء المتابعة: محادثة جديدة مع العميل.</translation>
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
        <source>Open a conversation first.</source>
        <translation>افتح محادثة أولاً.</translation>
    </message>
    <message>
        <source>This conversation is already closed; use Correct the outcome to change it.</source>
        <translation>هذه المحادثة مغلقة بالفعل؛ استخدم «تصحيح النتيجة» لتغيير نتيجتها.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>هذه المحادثة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>إنهاء المحادثة</translation>
    </message>
    <message>
        <source>The wrap-up was not saved: %1</source>
        <translation>لم يتم حفظ بيانات الإنهاء: %1</translation>
    </message>
    <message>
        <source>Wrap-up saved; the conversation is closed.</source>
        <translation>تم حفظ بيانات الإنهاء، وأُغلقت المحادثة.</translation>
    </message>
    <message>
        <source>Wrap-up kept as a draft.</source>
        <translation>تم الاحتفاظ ببيانات الإنهاء كمسودة.</translation>
    </message>
    <message>
        <source>Select a conversation in the timeline first.</source>
        <translation>حدّد محادثة في السجل أولاً.</translation>
    </message>
    <message>
        <source>This conversation has no outcome yet: wrap it up first.</source>
        <translation>لا توجد نتيجة لهذه المحادثة بعد: أنهِها أولاً.</translation>
    </message>
    <message numerus="yes">
        <source>Outcome corrected: %n changes recorded.</source>
        <translation>
            <numerusform>تم تصحيح النتيجة: سُجِّل %n تغيير.</numerusform>
            <numerusform>تم تصحيح النتيجة: سُجِّل %n تغيير.</numerusform>
            <numerusform>تم تصحيح النتيجة: سُجِّل %n تغييران.</numerusform>
            <numerusform>تم تصحيح النتيجة: سُجِّلت %n تغييرات.</numerusform>
            <numerusform>تم تصحيح النتيجة: سُجِّل %n تغييرًا.</numerusform>
            <numerusform>تم تصحيح النتيجة: سُجِّل %n تغيير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished wrap-up</source>
        <translation>إنهاء غير مكتمل</translation>
    </message>
    <message>
        <source>The wrap-up of your conversation with %1 was not saved. Finish it now?</source>
        <translation>لم يتم حفظ بيانات إنهاء محادثتك مع %1. هل تريد إكمالها الآن؟</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due: %1</source>
        <translation>
            <numerusform>حان موعد %n متابعة: %1</numerusform>
            <numerusform>حان موعد %n متابعة: %1</numerusform>
            <numerusform>حان موعد %n متابعتين: %1</numerusform>
            <numerusform>حان موعد %n متابعات: %1</numerusform>
            <numerusform>حان موعد %n متابعةً: %1</numerusform>
            <numerusform>حان موعد %n متابعة: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up started with %1.</source>
        <translation>بدأت المتابعة مع %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n coaching notes from your supervisor: Tools → My coaching (Ctrl+Shift+J)</source>
        <translation>
            <numerusform>%n ملاحظة توجيهية من مشرفك: أدوات → التوجيه الخاص بي (Ctrl+Shift+J)</numerusform>
            <numerusform>%n ملاحظة توجيهية من مشرفك: أدوات → التوجيه الخاص بي (Ctrl+Shift+J)</numerusform>
            <numerusform>%n ملاحظتان توجيهيتان من مشرفك: أدوات → التوجيه الخاص بي (Ctrl+Shift+J)</numerusform>
            <numerusform>%n ملاحظات توجيهية من مشرفك: أدوات → التوجيه الخاص بي (Ctrl+Shift+J)</numerusform>
            <numerusform>%n ملاحظةً توجيهيةً من مشرفك: أدوات → التوجيه الخاص بي (Ctrl+Shift+J)</numerusform>
            <numerusform>%n ملاحظة توجيهية من مشرفك: أدوات → التوجيه الخاص بي (Ctrl+Shift+J)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>استيراد السجل</translation>
    </message>
    <message>
        <source>E-mail and call records (*.eml *.mbox *.mbx *.csv mbox);;All files (*)</source>
        <translation>رسائل البريد الإلكتروني وسجلات المكالمات (*.eml *.mbox *.mbx *.csv mbox);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2 already there, %3 could not be read.</source>
        <translation>تم استيراد: %1، وتم تخطي الموجود مسبقًا: %2، وتعذّرت قراءة: %3.</translation>
    </message>
    <message>
        <source>Select a message in the timeline first.</source>
        <translation>حدّد رسالة في السجل أولاً.</translation>
    </message>
    <message>
        <source>Open a customer first.</source>
        <translation>افتح ملف عميل أولاً.</translation>
    </message>
    <message>
        <source>Call logged; wrap it up when you are done.</source>
        <translation>تم تسجيل المكالمة؛ أنهِها عندما تنتهي.</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>تسجيل مكالمة</translation>
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
    <name>MessageDialog</name>
    <message>
        <source>Message</source>
        <extracomment>Images the agent asked to see, already fetched: URL -&gt; image.</extracomment>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Show &amp;images from the internet</source>
        <translation>إظهار ال&amp;صور من الإنترنت</translation>
    </message>
    <message>
        <source>Remote images can tell the sender that and when you read the message.</source>
        <translation>يمكن للصور الخارجية أن تُعلم المرسل بأنك قرأت الرسالة ومتى قرأتها.</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>نص &amp;عادي</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;حفظ باسم…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>لم تعد هذه الرسالة موجودة.</translation>
    </message>
    <message>
        <source>Parts of this message could not be read:</source>
        <translation>تعذّرت قراءة أجزاء من هذه الرسالة:</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>فتح الرابط</translation>
    </message>
    <message>
        <source>Open this address in your browser?

%1</source>
        <translation>هل تريد فتح هذا العنوان في المتصفح؟

%1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>The database does not hold this attachment&apos;s content.</source>
        <translation>لا تحتوي قاعدة البيانات على محتوى هذا المرفق.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>حفظ المرفق</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>Replies that have not reached the customer yet. Temporary failures are retried automatically; a reply whose fate is unknown (the app stopped while sending it) is never resent on its own: check, then resend it or mark it as sent.</source>
        <translation>الردود التي لم تصل إلى العميل بعد. تُعاد محاولة الإرسال تلقائيًا عند الأعطال المؤقتة؛ أما الرد المجهول المصير (توقف التطبيق أثناء إرساله) فلا يُعاد إرساله تلقائيًا أبدًا: تحقّق منه، ثم أعد إرساله أو علّمه كمُرسَل.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>المحاولة التالية</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Reply and last error</source>
        <translation>الرد وآخر خطأ</translation>
    </message>
    <message>
        <source>&amp;Resend now</source>
        <translation>إ&amp;عادة الإرسال الآن</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;تعليم كمُرسَل</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>&amp;فتح المحادثة</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>بانتظار إعادة المحاولة</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>unknown: check</source>
        <translation>غير معروف: تحقّق منه</translation>
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
    <name>ReviewWindow</name>
    <message>
        <source>Review conversations</source>
        <translation>تقييم المحادثات</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>آخر 90 يومًا</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>جميع القنوات</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>جميع الوكلاء</translation>
    </message>
    <message>
        <source>Low CSAT (1–2)</source>
        <translation>CSAT منخفض (1–2)</translation>
    </message>
    <message>
        <source>Long handle time (15 min or more)</source>
        <translation>وقت معالجة طويل (15 دقيقة أو أكثر)</translation>
    </message>
    <message>
        <source>Sample per agent per &amp;week</source>
        <translation>عينة لكل وكيل في كل &amp;أسبوع</translation>
    </message>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Edit the scorecard…</source>
        <translation>تعديل بطاقة التقييم…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>الوكيل</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Pin a note to the message…</source>
        <translation>تثبيت ملاحظة على الرسالة…</translation>
    </message>
    <message>
        <source>Share as an exemplar…</source>
        <translation>مشاركة كمحادثة نموذجية…</translation>
    </message>
    <message>
        <source>Open in the agent screen</source>
        <translation>فتح في شاشة الوكيل</translation>
    </message>
    <message>
        <source>Compare two side by side (Ctrl+D)</source>
        <translation>مقارنة اثنتين جنبًا إلى جنب (Ctrl+D)</translation>
    </message>
    <message>
        <source>Calibrate with other supervisors…</source>
        <translation>المعايرة مع مشرفين آخرين…</translation>
    </message>
    <message>
        <source>Show where we disagree</source>
        <translation>عرض مواضع الاختلاف</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>للتقييم</translation>
    </message>
    <message>
        <source>Calibrations</source>
        <translation>المعايرات</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Your scoring</source>
        <translation>تقييمك</translation>
    </message>
    <message>
        <source>Select two conversations in the list (Ctrl+click), then compare them</source>
        <translation>اختر محادثتين من القائمة (Ctrl+نقر) ثم قارن بينهما</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>حفظ المسودة (Ctrl+S)</translation>
    </message>
    <message>
        <source>Submit review (Ctrl+Enter)</source>
        <translation>إرسال التقييم (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <source>Edit the scorecard</source>
        <translation>تعديل بطاقة التقييم</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Conversations to review</source>
        <translation>المحادثات المطلوب تقييمها</translation>
    </message>
    <message>
        <source>Sample per agent per week</source>
        <translation>عينة لكل وكيل في كل أسبوع</translation>
    </message>
    <message>
        <source>Pin a coaching note to the selected message</source>
        <translation>تثبيت ملاحظة توجيهية على الرسالة المحددة</translation>
    </message>
    <message>
        <source>Share this conversation as an exemplar</source>
        <translation>مشاركة هذه المحادثة كمحادثة نموذجية</translation>
    </message>
    <message>
        <source>Compare the two selected conversations side by side</source>
        <translation>مقارنة المحادثتين المحددتين جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Calibrate: have other supervisors score this conversation blind</source>
        <translation>المعايرة: يقيّم مشرفون آخرون هذه المحادثة دون رؤية تقييمات بعضهم</translation>
    </message>
    <message>
        <source>Show where the supervisors disagree</source>
        <translation>عرض مواضع اختلاف المشرفين</translation>
    </message>
    <message>
        <source>Save the review as a draft</source>
        <translation>حفظ التقييم كمسودة</translation>
    </message>
    <message>
        <source>Submit the review</source>
        <translation>إرسال التقييم</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>جميع قوائم الانتظار</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>جميع النتائج</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations to review</source>
        <translation>
            <numerusform>%n محادثة بانتظار التقييم</numerusform>
            <numerusform>%n محادثة بانتظار التقييم</numerusform>
            <numerusform>%n محادثتان بانتظار التقييم</numerusform>
            <numerusform>%n محادثات بانتظار التقييم</numerusform>
            <numerusform>%n محادثةً بانتظار التقييم</numerusform>
            <numerusform>%n محادثة بانتظار التقييم</numerusform>
        </translation>
    </message>
    <message>
        <source>Canned replies used: %1</source>
        <translation>الردود الجاهزة المستخدمة: %1</translation>
    </message>
    <message>
        <source>No canned replies used.</source>
        <translation>لم تُستخدم ردود جاهزة.</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>تم إرسال التقييم.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>تم حفظ المسودة.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>اختر محادثة أولًا.</translation>
    </message>
    <message>
        <source>Calibration started: each supervisor scores it under Calibrations, without seeing the others.</source>
        <translation>بدأت المعايرة: يقيّمها كل مشرف ضمن «المعايرات» دون رؤية تقييمات الآخرين.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>أُرسل</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted</source>
        <translation>
            <numerusform>أُرسل %n</numerusform>
            <numerusform>أُرسل %n</numerusform>
            <numerusform>أُرسل %n</numerusform>
            <numerusform>أُرسل %n</numerusform>
            <numerusform>أُرسل %n</numerusform>
            <numerusform>أُرسل %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation under review was deleted; the review and its score are kept.</source>
        <translation>حُذفت المحادثة قيد التقييم؛ ويبقى التقييم ودرجته محفوظين.</translation>
    </message>
    <message>
        <source>Review submitted: %1 %.</source>
        <translation>تم إرسال التقييم: %1 %.</translation>
    </message>
    <message numerus="yes">
        <source>Not submitted: %n criteria still to rate or explain.</source>
        <translation>
            <numerusform>لم يتم الإرسال: ما زال %n معيار بحاجة إلى تقدير أو توضيح.</numerusform>
            <numerusform>لم يتم الإرسال: ما زال %n معيار بحاجة إلى تقدير أو توضيح.</numerusform>
            <numerusform>لم يتم الإرسال: ما زال %n معياران بحاجة إلى تقدير أو توضيح.</numerusform>
            <numerusform>لم يتم الإرسال: ما زالت %n معايير بحاجة إلى تقدير أو توضيح.</numerusform>
            <numerusform>لم يتم الإرسال: ما زال %n معيارًا بحاجة إلى تقدير أو توضيح.</numerusform>
            <numerusform>لم يتم الإرسال: ما زال %n معيار بحاجة إلى تقدير أو توضيح.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a message in the conversation first.</source>
        <translation>حدّد رسالة في المحادثة أولاً.</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>ملاحظة توجيهية</translation>
    </message>
    <message>
        <source>Note for the agent, pinned to this message:</source>
        <translation>ملاحظة للوكيل (ستُثبَّت على هذه الرسالة):</translation>
    </message>
    <message>
        <source>Note pinned; the agent will see it in their timeline.</source>
        <translation>تم تثبيت الملاحظة؛ سيراها الوكيل في سجله.</translation>
    </message>
    <message>
        <source>Share as an exemplar</source>
        <translation>مشاركة كمحادثة نموذجية</translation>
    </message>
    <message>
        <source>Why is it a good example?</source>
        <translation>لماذا تُعدّ هذه المحادثة مثالًا جيدًا؟</translation>
    </message>
    <message>
        <source>Shared with the team as an exemplar.</source>
        <translation>تمت مشاركتها مع الفريق كمحادثة نموذجية.</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Scenario editor — %1</source>
        <translation>محرر السيناريو — %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Play it now</source>
        <translation>&amp;تجربته الآن</translation>
    </message>
    <message>
        <source>Scenario (YAML)</source>
        <translation>السيناريو (YAML)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>لا توجد مشكلات.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems: fix them to save.</source>
        <translation>
            <numerusform>لا توجد مشكلات (%n).</numerusform>
            <numerusform>توجد مشكلة واحدة (%n): أصلحها لتتمكن من الحفظ.</numerusform>
            <numerusform>توجد مشكلتان (%n): أصلحهما لتتمكن من الحفظ.</numerusform>
            <numerusform>توجد %n مشكلات: أصلحها لتتمكن من الحفظ.</numerusform>
            <numerusform>توجد %n مشكلةً: أصلحها لتتمكن من الحفظ.</numerusform>
            <numerusform>توجد %n مشكلة: أصلحها لتتمكن من الحفظ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario editor</source>
        <translation>محرر السيناريو</translation>
    </message>
    <message>
        <source>The scenario has problems and was not saved:</source>
        <translation>في السيناريو مشكلات، ولم يُحفظ:</translation>
    </message>
    <message>
        <source>Fix the problems first.</source>
        <translation>أصلح المشكلات أولاً.</translation>
    </message>
</context>
<context>
    <name>ScorecardEditor</name>
    <message>
        <source>Scorecard</source>
        <translation>بطاقة التقييم</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>إضافة قسم</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>إضافة معيار</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Root causes offered</source>
        <translation>الأسباب الجذرية المتاحة</translation>
    </message>
    <message>
        <source>Critical: the lowest rating fails the whole review</source>
        <translation>حرج: أدنى تقدير يُفشل التقييم كله</translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation>يُسمح بـ«لا ينطبق»</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>الحفظ كإصدار جديد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>نعم / لا</translation>
    </message>
    <message>
        <source>3 points</source>
        <translation>3 نقاط</translation>
    </message>
    <message>
        <source>4 points</source>
        <translation>4 نقاط</translation>
    </message>
    <message>
        <source>5 points</source>
        <translation>5 نقاط</translation>
    </message>
    <message>
        <source>Sections and criteria</source>
        <translation>الأقسام والمعايير</translation>
    </message>
    <message>
        <source>%1 — version %2 (saving adds version %3; reviews keep the version they began with)</source>
        <translation>%1 — الإصدار %2 (يضيف الحفظ الإصدار %3؛ وتبقى التقييمات على الإصدار الذي بدأت به)</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>قسم جديد</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>معيار جديد</translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation>يتعذّر الحفظ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria, total weight %1</source>
        <translation>
            <numerusform>%n معايير، الوزن الكلي %1</numerusform>
            <numerusform>معيار واحد (%n)، الوزن الكلي %1</numerusform>
            <numerusform>معياران (%n)، الوزن الكلي %1</numerusform>
            <numerusform>%n معايير، الوزن الكلي %1</numerusform>
            <numerusform>%n معيارًا، الوزن الكلي %1</numerusform>
            <numerusform>%n معيار، الوزن الكلي %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The weights do not add up to the declared total; scores stay 0–100.</source>
        <translation>لا يساوي مجموع الأوزان المجموع المعلن؛ وتبقى الدرجات بين 0 و100.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>حُفظ كإصدار %1.</translation>
    </message>
</context>
<context>
    <name>ScorecardForm</name>
    <message>
        <source>&amp;Summary for the agent</source>
        <translation>&amp;ملخص للوكيل</translation>
    </message>
    <message>
        <source>Summary for the agent</source>
        <translation>ملخص للوكيل</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>الوزن: %1</translation>
    </message>
    <message>
        <source>critical: the lowest rating fails the whole review</source>
        <translation>حرج: أدنى تقدير يُفشل التقييم بأكمله</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>دون تقدير</translation>
    </message>
    <message>
        <source>Root cause…</source>
        <translation>السبب الجذري…</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>تعليق (اختياري)</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>التقدير: %1</translation>
    </message>
    <message>
        <source>Root cause: %1</source>
        <translation>السبب الجذري: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>التعليق: %1</translation>
    </message>
    <message>
        <source>Quality score: —</source>
        <translation>درجة الجودة: —</translation>
    </message>
    <message>
        <source>Quality score: 0 % (critical criterion failed; %1 % without it)</source>
        <translation>درجة الجودة: 0 % (لم يُستوفَ معيار حرج؛ %1 % من دونه)</translation>
    </message>
    <message>
        <source>Quality score: %1 %</source>
        <translation>درجة الجودة: %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria still to rate or explain</source>
        <translation>
            <numerusform>ما زال %n معيار بحاجة إلى تقدير أو توضيح</numerusform>
            <numerusform>ما زال %n معيار بحاجة إلى تقدير أو توضيح</numerusform>
            <numerusform>ما زال %n معياران بحاجة إلى تقدير أو توضيح</numerusform>
            <numerusform>ما زالت %n معايير بحاجة إلى تقدير أو توضيح</numerusform>
            <numerusform>ما زال %n معيارًا بحاجة إلى تقدير أو توضيح</numerusform>
            <numerusform>ما زال %n معيار بحاجة إلى تقدير أو توضيح</numerusform>
        </translation>
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
    <name>Timeline</name>
    <message>
        <source>Outcome: %1</source>
        <translation>النتيجة: %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>تم الحل</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>لم يتم الحل</translation>
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
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n مرفق</numerusform>
            <numerusform>%n مرفق</numerusform>
            <numerusform>%n مرفقان</numerusform>
            <numerusform>%n مرفقات</numerusform>
            <numerusform>%n مرفقًا</numerusform>
            <numerusform>%n مرفق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts could not be read</source>
        <translation>
            <numerusform>تعذّرت قراءة %n جزء</numerusform>
            <numerusform>تعذّرت قراءة %n جزء</numerusform>
            <numerusform>تعذّرت قراءة %n جزأين</numerusform>
            <numerusform>تعذّرت قراءة %n أجزاء</numerusform>
            <numerusform>تعذّرت قراءة %n جزءًا</numerusform>
            <numerusform>تعذّرت قراءة %n جزء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent with %n draft-check warnings</source>
        <translation>
            <numerusform>أُرسلت مع %n تحذير من فحص المسودة</numerusform>
            <numerusform>أُرسلت مع %n تحذير من فحص المسودة</numerusform>
            <numerusform>أُرسلت مع %n تحذير من فحص المسودة</numerusform>
            <numerusform>أُرسلت مع %n تحذير من فحص المسودة</numerusform>
            <numerusform>أُرسلت مع %n تحذير من فحص المسودة</numerusform>
            <numerusform>أُرسلت مع %n تحذير من فحص المسودة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coaching notes</source>
        <translation>
            <numerusform>%n ملاحظة توجيهية</numerusform>
            <numerusform>%n ملاحظة توجيهية</numerusform>
            <numerusform>%n ملاحظتان توجيهيتان</numerusform>
            <numerusform>%n ملاحظات توجيهية</numerusform>
            <numerusform>%n ملاحظةً توجيهيةً</numerusform>
            <numerusform>%n ملاحظة توجيهية</numerusform>
        </translation>
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
    <message>
        <source>unknown: check the outbox</source>
        <translation>غير معروف: تحقّق من صندوق الصادر</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Your time: %1
Customer&apos;s time: %2</source>
        <extracomment>Wrap-up code -&gt; {language: label}, for the outcome shown in interaction headers. Show one interaction only (review screens); None: the customer&apos;s whole history.</extracomment>
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
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n مرفق</numerusform>
            <numerusform>%n مرفق</numerusform>
            <numerusform>%n مرفقان</numerusform>
            <numerusform>%n مرفقات</numerusform>
            <numerusform>%n مرفقًا</numerusform>
            <numerusform>%n مرفق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts could not be read</source>
        <translation>
            <numerusform>تعذّرت قراءة %n جزء</numerusform>
            <numerusform>تعذّرت قراءة %n جزء</numerusform>
            <numerusform>تعذّرت قراءة %n جزأين</numerusform>
            <numerusform>تعذّرت قراءة %n أجزاء</numerusform>
            <numerusform>تعذّرت قراءة %n جزءًا</numerusform>
            <numerusform>تعذّرت قراءة %n جزء</numerusform>
        </translation>
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
<context>
    <name>Training</name>
    <message>
        <source>Customer: %1 (%2, %3), writes by %4; mood: %5</source>
        <translation>العميل: %1 (%2، %3)، القناة: %4؛ المزاج: %5</translation>
    </message>
    <message>
        <source>Order %1: %2 %3</source>
        <translation>الطلب %1: %2 %3</translation>
    </message>
    <message>
        <source>Paid with: %1</source>
        <translation>طريقة الدفع: %1</translation>
    </message>
    <message>
        <source>Your goal: %1</source>
        <translation>هدفك: %1</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>هادئ</translation>
    </message>
    <message>
        <source>friendly</source>
        <translation>ودود</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>قلق</translation>
    </message>
    <message>
        <source>annoyed</source>
        <translation>منزعج</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>غاضب</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>تم الحل</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>تم التصعيد</translation>
    </message>
    <message>
        <source>customer left</source>
        <translation>غادر العميل</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>The training database must not be the real one: check Settings.</source>
        <translation>يجب ألا تكون قاعدة بيانات التدريب هي قاعدة البيانات الفعلية: راجع الإعدادات.</translation>
    </message>
    <message>
        <source>The training database cannot be opened: %1</source>
        <translation>تعذّر فتح قاعدة بيانات التدريب: %1</translation>
    </message>
    <message>
        <source>A trainer</source>
        <translation>مدرّب</translation>
    </message>
    <message>
        <source>%1 has started a live training session for you: %2.</source>
        <translation>بدأ %1 جلسة تدريب مباشرة لك: %2.</translation>
    </message>
    <message>
        <source>%1 has started a training session for you: %2.</source>
        <translation>بدأ %1 جلسة تدريب لك: %2.</translation>
    </message>
    <message>
        <source>It opens a training console on a practice database; your real work stays as it is.</source>
        <translation>تُفتح واجهة تدريب على قاعدة بيانات للتدريب، ويبقى عملك الفعلي كما هو.</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;البدء الآن</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
    <message>
        <source>This session is no longer waiting: the trainer cancelled it, or it started elsewhere.</source>
        <translation>لم تعد هذه الجلسة بانتظار البدء: إما أن المدرّب ألغاها، أو أنها بدأت في مكان آخر.</translation>
    </message>
    <message>
        <source>This session cannot be started on this desk: %1</source>
        <translation>لا يمكن بدء هذه الجلسة على هذا الجهاز: %1</translation>
    </message>
    <message>
        <source>Ending reached</source>
        <translation>النهاية المحققة</translation>
    </message>
    <message>
        <source>Replied in the customer&apos;s language</source>
        <translation>الرد بلغة العميل</translation>
    </message>
    <message>
        <source>Formal address</source>
        <translation>المخاطبة الرسمية</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>وقت الرد الأول</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>أوقات الرد</translation>
    </message>
    <message>
        <source>Currency named</source>
        <translation>ذكر العملة</translation>
    </message>
    <message>
        <source>Local payment method named</source>
        <translation>ذكر طريقة دفع محلية</translation>
    </message>
    <message>
        <source>Wrap-up code</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Every reply was in {expected}.</source>
        <translation>كانت جميع الردود بلغة {expected}.</translation>
    </message>
    <message>
        <source>First reply after {seconds} s (limit {limit} s).</source>
        <translation>الرد الأول بعد {seconds} ث (الحد {limit} ث).</translation>
    </message>
    <message>
        <source>No reply named a payment method the customer can use ({methods}).</source>
        <translation>لم يذكر أي رد طريقة دفع يمكن للعميل استخدامها ({methods}).</translation>
    </message>
    <message>
        <source>No reply named the currency {currency} (as {names}).</source>
        <translation>لم يذكر أي رد العملة {currency} (بصيغة {names}).</translation>
    </message>
    <message>
        <source>No wrap-up code was chosen; expected {expected}.</source>
        <translation>لم يُختر أي تصنيف؛ المتوقع: {expected}.</translation>
    </message>
    <message>
        <source>Reply {n} addressed the customer informally.</source>
        <translation>خاطب الرد رقم {n} العميل بأسلوب غير رسمي.</translation>
    </message>
    <message>
        <source>Reply {n} named {found}.</source>
        <translation>ذكر الرد رقم {n}: {found}.</translation>
    </message>
    <message>
        <source>Reply {n} was written in {found}, not in {expected}.</source>
        <translation>كُتب الرد رقم {n} بلغة {found} وليس بلغة {expected}.</translation>
    </message>
    <message>
        <source>Slowest later reply after {seconds} s (limit {limit} s).</source>
        <translation>أبطأ رد لاحق جاء بعد {seconds} ث (الحد {limit} ث).</translation>
    </message>
    <message>
        <source>The conversation ended in &apos;{ending}&apos; ({kind}); good endings: {good}.</source>
        <translation>انتهت المحادثة بالنهاية &apos;{ending}&apos; ({kind})؛ النهايات الجيدة: {good}.</translation>
    </message>
    <message>
        <source>The customer&apos;s message in &apos;{turn}&apos; was never answered.</source>
        <translation>لم يُرَدّ قط على رسالة العميل في الخطوة &apos;{turn}&apos;.</translation>
    </message>
    <message>
        <source>Wrap-up code {found} (expected {expected}).</source>
        <translation>التصنيف {found} (المتوقع {expected}).</translation>
    </message>
    <message>
        <source>The trainee never replied.</source>
        <translation>لم يرد المتدرّب قط.</translation>
    </message>
    <message>
        <source>Every reply addressed the customer formally.</source>
        <translation>خاطبت جميع الردود العميل بأسلوب رسمي.</translation>
    </message>
    <message>
        <source>The first message was never answered.</source>
        <translation>لم يُرَدّ قط على الرسالة الأولى.</translation>
    </message>
    <message>
        <source>The conversation did not reach an ending.</source>
        <translation>لم تصل المحادثة إلى أي نهاية.</translation>
    </message>
    <message>
        <source>Score: %1 of %2 points (%3%)</source>
        <translation>الدرجة: %1 من %2 نقطة (%3%)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>نص المحادثة</translation>
    </message>
    <message>
        <source>Trainer comments</source>
        <translation>تعليقات المدرّب</translation>
    </message>
    <message>
        <source>Trainee: %1 · %2 · ending: %3</source>
        <translation>المتدرّب: %1 · %2 · النهاية: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>المتدرّب</translation>
    </message>
    <message>
        <source>points lost here</source>
        <translation>هنا فُقدت نقاط</translation>
    </message>
    <message>
        <source>Trainer&apos;s scorecard: %1 of 100 (%2)</source>
        <translation>بطاقة تقييم المدرّب: %1 من 100 (%2)</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source>a practice database: nothing reaches real customers</source>
        <translation>قاعدة بيانات للتدريب: لا يصل أي شيء إلى عملاء حقيقيين</translation>
    </message>
    <message>
        <source>Scenario &amp;brief…</source>
        <translation>&amp;ملخص السيناريو…</translation>
    </message>
    <message>
        <source>&amp;Finish and score</source>
        <translation>إ&amp;نهاء وتقييم</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>جلسة تدريب</translation>
    </message>
    <message>
        <source>Session finished: scoring…</source>
        <translation>انتهت الجلسة: جارٍ التقييم…</translation>
    </message>
    <message>
        <source>Paused by the trainer.</source>
        <translation>أوقفها المدرّب مؤقتًا.</translation>
    </message>
    <message>
        <source>The customer has ended the conversation. Record the wrap-up, then press Finish and score.</source>
        <translation>أنهى العميل المحادثة. سجّل بيانات الإنهاء، ثم اضغط «إنهاء وتقييم».</translation>
    </message>
    <message>
        <source>Live: a trainer is writing as the customer.</source>
        <translation>مباشر: مدرّب يكتب بصفة العميل.</translation>
    </message>
    <message>
        <source>Scripted customer: reply as you would to a real one.</source>
        <translation>عميل وفق سيناريو: رُدّ عليه كما ترد على عميل حقيقي.</translation>
    </message>
    <message>
        <source>Scenario brief</source>
        <translation>ملخص السيناريو</translation>
    </message>
</context>
<context>
    <name>TrainingLibrary</name>
    <message>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>السيناريوهات</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>جلساتي</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Filter: title, country, language, channel</source>
        <translation>تصفية: العنوان، البلد، اللغة، القناة</translation>
    </message>
    <message>
        <source>Filter scenarios</source>
        <translation>تصفية السيناريوهات</translation>
    </message>
    <message>
        <source>Scenario details</source>
        <translation>تفاصيل السيناريو</translation>
    </message>
    <message>
        <source>&amp;Start a session</source>
        <translation>&amp;بدء جلسة</translation>
    </message>
    <message>
        <source>Start &amp;live (you play the customer)</source>
        <translation>بدء جلسة &amp;مباشرة (تؤدي أنت دور العميل)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Open the &amp;debrief</source>
        <translation>فتح &amp;مراجعة الجلسة</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>المتدرّب</translation>
    </message>
    <message>
        <source>&amp;Cancel the waiting session</source>
        <translation>إل&amp;غاء الجلسة المنتظرة</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;لمن:</translation>
    </message>
    <message>
        <source>Yourself, to try the scenario, or a trainee: it starts on their desk when they accept it.</source>
        <translation>لنفسك لتجربة السيناريو، أو لمتدرّب: تبدأ الجلسة على جهازه عندما يقبلها.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (أنت)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>متوسط الدرجة</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>أفضل درجة</translation>
    </message>
    <message>
        <source>Resolved / escalated / left</source>
        <translation>حل / تصعيد / مغادرة</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>آخر جلسة</translation>
    </message>
    <message>
        <source>Some scenario files cannot be used:</source>
        <translation>تعذّر استخدام بعض ملفات السيناريوهات:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>المزاج</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>الصبر</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Payment methods to offer</source>
        <translation>طرق الدفع المقترحة</translation>
    </message>
    <message>
        <source>Expected wrap-up</source>
        <translation>التصنيف المتوقع</translation>
    </message>
    <message>
        <source>Endings</source>
        <translation>النهايات</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Finish the session that is running first.</source>
        <translation>أنهِ الجلسة الجارية أولاً.</translation>
    </message>
    <message>
        <source>The session waits for %1: it starts when they accept it at their desk.</source>
        <translation>الجلسة بانتظار %1: تبدأ عندما يقبلها على جهازه.</translation>
    </message>
    <message>
        <source>This desk keeps its training database to itself: for a trainee at another desk, set the team&apos;s training database in Settings.</source>
        <translation>قاعدة بيانات التدريب على هذا الجهاز خاصة به وحده: لتدريب متدرّب على جهاز آخر، حدّد قاعدة بيانات التدريب الخاصة بالفريق في الإعدادات.</translation>
    </message>
    <message>
        <source>Export the scenario</source>
        <translation>تصدير السيناريو</translation>
    </message>
    <message>
        <source>Scenarios (*.yaml *.yml)</source>
        <translation>السيناريوهات (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import scenarios</source>
        <translation>استيراد السيناريوهات</translation>
    </message>
    <message numerus="yes">
        <source>%n scenarios imported.</source>
        <translation>
            <numerusform>لم يُستورد أي سيناريو (%n).</numerusform>
            <numerusform>تم استيراد سيناريو واحد (%n).</numerusform>
            <numerusform>تم استيراد سيناريوهين (%n).</numerusform>
            <numerusform>تم استيراد %n سيناريوهات.</numerusform>
            <numerusform>تم استيراد %n سيناريو.</numerusform>
            <numerusform>تم استيراد %n سيناريو.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>لم يُستورد:</translation>
    </message>
    <message>
        <source>scripted</source>
        <translation>وفق سيناريو</translation>
    </message>
    <message>
        <source>live</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>running</source>
        <translation>جارية</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>لم تكتمل</translation>
    </message>
    <message>
        <source>waiting for the trainee</source>
        <translation>بانتظار المتدرّب</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <source>Training</source>
        <extracomment>Real ms between looks at the training database in a live session: the trainee&apos;s console for the trainer&apos;s commands, the trainer&apos;s side for the state the console published. (Team mode&apos;s LISTEN/NOTIFY will wake both at once; the look stays as the fallback for SQLite.) A session in one of these states is over for both sides.</extracomment>
        <translation>التدريب</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <source>&amp;Disposition</source>
        <extracomment>Set when correcting a saved outcome.</extracomment>
        <translation>ال&amp;تصنيف</translation>
    </message>
    <message>
        <source>Contact &amp;reason</source>
        <translation>&amp;سبب التواصل</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>تم الحل</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>ملاح&amp;ظات</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>الاستبيان</translation>
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
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Customer satisfaction, 1–5, if the customer answered the survey</source>
        <translation>رضا العميل، 1–5، إذا أجاب العميل عن الاستبيان</translation>
    </message>
    <message>
        <source>Net Promoter Score, 0–10, if the customer answered the survey</source>
        <translation>صافي نقاط الترويج (NPS)، 0–10، إذا أجاب العميل عن الاستبيان</translation>
    </message>
    <message>
        <source>Customer effort, 1–7 (lower is easier), if the customer answered</source>
        <translation>جهد العميل، 1–7 (القيمة الأقل تعني سهولة أكبر)، إذا أجاب العميل</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>متا&amp;بعة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>e.g. confirm the refund arrived</source>
        <translation>مثال: التأكد من وصول المبلغ المسترد</translation>
    </message>
    <message>
        <source>Save and next (Ctrl+Enter)</source>
        <translation>حفظ والانتقال إلى التالي (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Back to the conversation (Esc)</source>
        <translation>العودة إلى المحادثة (Esc)</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Contact reason</source>
        <translation>سبب التواصل</translation>
    </message>
    <message>
        <source>Resolved: yes</source>
        <translation>تم الحل: نعم</translation>
    </message>
    <message>
        <source>Resolved: no</source>
        <translation>تم الحل: لا</translation>
    </message>
    <message>
        <source>Wrap-up notes</source>
        <translation>ملاحظات الإنهاء</translation>
    </message>
    <message>
        <source>CSAT score</source>
        <translation>درجة CSAT</translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation>درجة NPS</translation>
    </message>
    <message>
        <source>CES score</source>
        <translation>درجة CES</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Follow-up date and time</source>
        <translation>تاريخ المتابعة ووقتها</translation>
    </message>
    <message>
        <source>Follow-up time zone</source>
        <translation>المنطقة الزمنية للمتابعة</translation>
    </message>
    <message>
        <source>Follow-up reason</source>
        <translation>سبب المتابعة</translation>
    </message>
    <message>
        <source>Changes to this outcome</source>
        <translation>التغييرات على هذه النتيجة</translation>
    </message>
    <message>
        <source>Save the wrap-up</source>
        <translation>حفظ بيانات الإنهاء</translation>
    </message>
    <message>
        <source>Back to the conversation</source>
        <translation>العودة إلى المحادثة</translation>
    </message>
    <message>
        <source>Correct the outcome: %1</source>
        <translation>تصحيح النتيجة: %1</translation>
    </message>
    <message>
        <source>Wrap-up: %1</source>
        <translation>إنهاء المحادثة: %1</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (محذوف)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>customer&apos;s time (%1)</source>
        <translation>توقيت العميل (%1)</translation>
    </message>
    <message>
        <source>my time (%1)</source>
        <translation>توقيتي (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 changed %3: %4 → %5</source>
        <translation>%1 · غيّر %2 «%3»: %4 → %5</translation>
    </message>
    <message>
        <source>No changes since the wrap-up.</source>
        <translation>لا توجد تغييرات منذ الإنهاء.</translation>
    </message>
    <message>
        <source>Handle time %1</source>
        <translation>وقت المعالجة %1</translation>
    </message>
    <message>
        <source>Handle time %1 (after-contact work %2)</source>
        <translation>وقت المعالجة %1 (العمل بعد التواصل %2)</translation>
    </message>
    <message>
        <source>Choose a disposition.</source>
        <translation>اختر تصنيفًا.</translation>
    </message>
    <message>
        <source>Choose the contact reason.</source>
        <translation>اختر سبب التواصل.</translation>
    </message>
    <message>
        <source>Say whether the issue was resolved.</source>
        <translation>حدّد ما إذا تم حل المشكلة.</translation>
    </message>
    <message>
        <source>This queue needs a note.</source>
        <translation>تتطلب قائمة الانتظار هذه ملاحظة.</translation>
    </message>
    <message>
        <source>CSAT is between 1 and 5.</source>
        <translation>يجب أن تكون قيمة CSAT بين 1 و5.</translation>
    </message>
    <message>
        <source>NPS is between 0 and 10.</source>
        <translation>يجب أن تكون قيمة NPS بين 0 و10.</translation>
    </message>
    <message>
        <source>CES is between 1 and 7.</source>
        <translation>يجب أن تكون قيمة CES بين 1 و7.</translation>
    </message>
    <message>
        <source>The follow-up is in the past; pick a later time.</source>
        <translation>موعد المتابعة في الماضي؛ اختر وقتًا لاحقًا.</translation>
    </message>
    <message>
        <source>This code was removed since; choose another.</source>
        <translation>حُذف هذا الرمز في هذه الأثناء؛ اختر رمزًا آخر.</translation>
    </message>
</context>
</TS>
