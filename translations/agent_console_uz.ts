<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>IMAP server:</source>
        <extracomment>(field, widget type) per kind; &quot;secret&quot; fields go to the keyring, &quot;list&quot; fields are comma-separated.</extracomment>
        <translation>IMAP server:</translation>
    </message>
    <message>
        <source>IMAP port:</source>
        <translation>IMAP porti:</translation>
    </message>
    <message>
        <source>IMAP security:</source>
        <translation>IMAP xavfsizligi:</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>SMTP server:</translation>
    </message>
    <message>
        <source>SMTP port:</source>
        <translation>SMTP porti:</translation>
    </message>
    <message>
        <source>SMTP security:</source>
        <translation>SMTP xavfsizligi:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Foydalanuvchi nomi:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parol:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Yuboruvchi manzili:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Yuboruvchi nomi:</translation>
    </message>
    <message>
        <source>Folder to fetch:</source>
        <translation>Xatlar olinadigan papka:</translation>
    </message>
    <message>
        <source>Save sent replies in:</source>
        <translation>Yuborilgan javoblar papkasi:</translation>
    </message>
    <message>
        <source>Account SID:</source>
        <translation>Hisob SID:</translation>
    </message>
    <message>
        <source>Auth token:</source>
        <translation>Autentifikatsiya tokeni:</translation>
    </message>
    <message>
        <source>SMS numbers:</source>
        <translation>SMS raqamlari:</translation>
    </message>
    <message>
        <source>WhatsApp numbers:</source>
        <translation>WhatsApp raqamlari:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API manzili:</translation>
    </message>
    <message>
        <source>Bot token:</source>
        <translation>Bot tokeni:</translation>
    </message>
    <message>
        <source>E-mail (IMAP and SMTP)</source>
        <translation>Elektron pochta (IMAP va SMTP)</translation>
    </message>
    <message>
        <source>SMS and WhatsApp (Twilio)</source>
        <translation>SMS va WhatsApp (Twilio)</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Telegram bot</translation>
    </message>
    <message>
        <source>Channel accounts</source>
        <translation>Kanal hisoblari</translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation>&amp;Yangi hisob</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;O&apos;chirish</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Ulanishni tekshirish</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saqlash</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Turi:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Nomi:</translation>
    </message>
    <message>
        <source>&amp;Check every (seconds):</source>
        <translation>Tekshirish &amp;davriyligi (soniya):</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>Na&amp;vbat:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Faol</translation>
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
        <translation>Yo&apos;q (shifrlanmagan)</translation>
    </message>
    <message>
        <source>Stored in the system keyring; leave empty to keep it</source>
        <translation>Tizimning kalitlar omborida saqlanadi; joriysini saqlab qolish uchun bo&apos;sh qoldiring</translation>
    </message>
    <message>
        <source>+995322000000, +995322000001</source>
        <translation>+995322000000, +995322000001</translation>
    </message>
    <message>
        <source>The provider&apos;s address (change only for a proxy or a test server)</source>
        <translation>Provayder manzili (faqat proksi yoki test serveri uchun o&apos;zgartiring)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>nofaol</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>muammo: %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>hali sinxronlanmagan</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>sinxronlandi: %1</translation>
    </message>
    <message>
        <source>Saved. New messages are fetched within one check interval.</source>
        <translation>Saqlandi. Yangi xabarlar keyingi tekshiruvda olinadi.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Saqlanmadi: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ulanmoqda…</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>Ulanish ishlayapti: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Ulanib bo&apos;lmadi: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Hisobni o&apos;chirish</translation>
    </message>
    <message>
        <source>Remove this account and its stored secrets? Its messages stay in the timelines.</source>
        <translation>Ushbu hisob va uning saqlangan maxfiy ma&apos;lumotlari o&apos;chirilsinmi? Uning xabarlari tarixda qoladi.</translation>
    </message>
    <message>
        <source>Disabled, not removed: replies in its outbox still wait to be sent.</source>
        <translation>Nofaol qilindi, lekin o&apos;chirilmadi: uning yuborish navbatidagi javoblar hali yuborilishini kutmoqda.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Agent</source>
        <translation>Operator</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Where the supervisors disagree</source>
        <translation>Rahbarlar qayerda kelishmaydi</translation>
    </message>
    <message>
        <source>Answers per criterion and supervisor</source>
        <translation>Mezon va rahbar bo&apos;yicha javoblar</translation>
    </message>
    <message numerus="yes">
        <source>Scores: %1. Spread: %2 points. %n criteria rated differently.</source>
        <translation>
            <numerusform>Ballar: %1. Farq: %2 ball. %n ta mezon turlicha baholangan.</numerusform>
            <numerusform>Ballar: %1. Farq: %2 ball. %n ta mezon turlicha baholangan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>Elektron pochta</translation>
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
        <translation>Ijtimoiy tarmoqlar</translation>
    </message>
</context>
<context>
    <name>ChannelStatusButton</name>
    <message numerus="yes">
        <source>Channels: %n with a problem</source>
        <translation>
            <numerusform>Kanallar: %n tasida muammo bor</numerusform>
            <numerusform>Kanallar: %n tasida muammo bor</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels: all working</source>
        <translation>Kanallar: hammasi ishlayapti</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Yuborish navbati: %n ta kutmoqda</numerusform>
            <numerusform>Yuborish navbati: %n ta kutmoqda</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>hech qachon</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1: nofaol</translation>
    </message>
    <message>
        <source>%1: last synced %2</source>
        <translation>%1: oxirgi sinxronlash – %2</translation>
    </message>
    <message>
        <source>%1: %2 (last synced %3)</source>
        <translation>%1: %2 (oxirgi sinxronlash: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n replies need your decision in the outbox</source>
        <translation>
            <numerusform>Yuborish navbatida %n ta javob qaroringizni kutmoqda</numerusform>
            <numerusform>Yuborish navbatida %n ta javob qaroringizni kutmoqda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachingWindow</name>
    <message>
        <source>My coaching</source>
        <translation>Shaxsiy murabbiylik</translation>
    </message>
    <message>
        <source>Acknowledge (Ctrl+K)</source>
        <translation>Tanishib chiqdim (Ctrl+K)</translation>
    </message>
    <message>
        <source>Acknowledge the selected note</source>
        <translation>Tanlangan eslatma bilan tanishib chiqilganini tasdiqlash</translation>
    </message>
    <message>
        <source>Coaching notes on your messages</source>
        <translation>Xabarlaringizga yozilgan murabbiylik eslatmalari</translation>
    </message>
    <message>
        <source>Your reviews</source>
        <translation>Suhbatlaringiz bo&apos;yicha baholashlar</translation>
    </message>
    <message>
        <source>Exemplary conversations shared with you</source>
        <translation>Siz bilan ulashilgan namunaviy suhbatlar</translation>
    </message>
    <message>
        <source>Quality score by week</source>
        <translation>Haftalar bo&apos;yicha sifat bahosi</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Baholangan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Baholovchi</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Sifat bahosi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Xulosa</translation>
    </message>
    <message numerus="yes">
        <source>Your quality score: %1 % over %n reviews</source>
        <translation>
            <numerusform>Sifat bahongiz: %1 % (%n ta baholash bo&apos;yicha)</numerusform>
            <numerusform>Sifat bahongiz: %1 % (%n ta baholash bo&apos;yicha)</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews of your conversations yet.</source>
        <translation>Suhbatlaringiz hali baholanmagan.</translation>
    </message>
    <message numerus="yes">
        <source>Notes to acknowledge: %n</source>
        <translation>
            <numerusform>Tanishib chiqish kerak bo&apos;lgan eslatmalar: %n</numerusform>
            <numerusform>Tanishib chiqish kerak bo&apos;lgan eslatmalar: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation>tanishib chiqilgan: %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>yangi</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Baholashlar</translation>
    </message>
    <message>
        <source>critical criterion failed</source>
        <translation>kritik mezon bajarilmadi</translation>
    </message>
    <message>
        <source>Exemplary conversations</source>
        <translation>Namunaviy suhbatlar</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Two conversations side by side</source>
        <translation>Ikki suhbat yonma-yon</translation>
    </message>
    <message>
        <source>&amp;Scroll together</source>
        <translation>Birga &amp;aylantirish</translation>
    </message>
    <message>
        <source>by message</source>
        <translation>xabarlar bo&apos;yicha</translation>
    </message>
    <message>
        <source>by time since the start</source>
        <translation>boshlanishidan o&apos;tgan vaqt bo&apos;yicha</translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation>Birga aylantirish</translation>
    </message>
    <message>
        <source>Left conversation</source>
        <translation>Chapdagi suhbat</translation>
    </message>
    <message>
        <source>Right conversation</source>
        <translation>O&apos;ngdagi suhbat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Natija</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Hal qilindi</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Ishlov berish vaqti</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Xabarlar</translation>
    </message>
    <message>
        <source>Canned replies used</source>
        <translation>Ishlatilgan tayyor javoblar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ha</translation>
    </message>
    <message>
        <source>no</source>
        <translation>yo&apos;q</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <extracomment>The channel this reply leaves on: the conversation&apos;s, or another address of the customer.</extracomment>
        <translation>Yuborish</translation>
    </message>
    <message>
        <source>Send the reply (%1)</source>
        <translation>Javobni yuborish (%1)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Javob</translation>
    </message>
    <message>
        <source>Send the reply through this channel</source>
        <translation>Javobni shu kanal orqali yuborish</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Javobni yuborish</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Suhbat tanlanmagan</translation>
    </message>
    <message>
        <source>Reply via %1 to %2</source>
        <translation>Javob: %2 (%1 orqali)</translation>
    </message>
    <message>
        <source>Write your reply… (Ctrl+Enter sends)</source>
        <translation>Javobingizni yozing… (Ctrl+Enter – yuborish)</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Qoralama tiklandi</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Qoralama saqlandi</translation>
    </message>
    <message>
        <source>Loading canned replies…</source>
        <translation>Tayyor javoblar yuklanmoqda…</translation>
    </message>
    <message>
        <source>Reply inserted.</source>
        <translation>Javob qo&apos;shildi.</translation>
    </message>
    <message>
        <source>Fill in before sending: %1</source>
        <translation>Yuborishdan oldin to&apos;ldiring: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Yuborildi</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Yuborilmadi: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Agent Console — unexpected error</source>
        <translation>Agent Console — kutilmagan xato</translation>
    </message>
    <message>
        <source>Something went wrong. Your drafts are saved; you can keep working, or restart Agent Console if the window misbehaves.</source>
        <translation>Nimadir noto&apos;g&apos;ri ketdi. Qoralamalaringiz saqlangan; ishlashda davom etishingiz yoki oyna noto&apos;g&apos;ri ishlasa, Agent Console&apos;ni qayta ishga tushirishingiz mumkin.</translation>
    </message>
    <message>
        <source>Please send the details to your administrator.</source>
        <translation>Iltimos, tafsilotlarni administratoringizga yuboring.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Tafsilotlardan nusxa olish</translation>
    </message>
</context>
<context>
    <name>CustomerCardWidget</name>
    <message>
        <source>Language:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Mamlakat:</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>Mahalliy vaqt:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Murojaatlar:</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identifikatorlar</translation>
    </message>
    <message>
        <source>The customer&apos;s identities per channel</source>
        <translation>Mijozning kanallar bo&apos;yicha identifikatorlari</translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation>Ehtimol, aynan shu shaxs</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>Taklif etilgan birlashtirishlar</translation>
    </message>
    <message>
        <source>Merge into this customer</source>
        <translation>Shu mijozga birlashtirish</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Boshqa shaxs</translation>
    </message>
    <message>
        <source>Merged into this customer</source>
        <translation>Shu mijozga birlashtirilganlar</translation>
    </message>
    <message>
        <source>Merges that can be undone</source>
        <translation>Bekor qilish mumkin bo&apos;lgan birlashtirishlar</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Birlashtirishni bekor qilish</translation>
    </message>
    <message>
        <source>Merge with another customer… (Ctrl+M)</source>
        <translation>Boshqa mijoz bilan birlashtirish… (Ctrl+M)</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Mijoz tanlanmagan</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>noma&apos;lum</translation>
    </message>
    <message>
        <source>%1 open of %2</source>
        <translation>%2 tadan %1 tasi ochiq</translation>
    </message>
    <message>
        <source>same name and country</source>
        <translation>bir xil ism va mamlakat</translation>
    </message>
    <message>
        <source>similar address: %1</source>
        <translation>o&apos;xshash manzil: %1</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>vaqt mintaqasi noma&apos;lum</translation>
    </message>
</context>
<context>
    <name>CustomerSide</name>
    <message>
        <source>Playing the customer — %1</source>
        <translation>Mijoz rolida — %1</translation>
    </message>
    <message>
        <source>Suggested lines (double-click to use):</source>
        <translation>Tavsiya etilgan iboralar (foydalanish uchun ikki marta bosing):</translation>
    </message>
    <message>
        <source>&amp;Send as the customer</source>
        <translation>Mijoz nomidan &amp;yuborish</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauza</translation>
    </message>
    <message>
        <source>&amp;End the session with</source>
        <translation>Tanlangan yakun bilan &amp;tugatish</translation>
    </message>
    <message>
        <source>&amp;Cancel the session</source>
        <translation>Mashg'ulotni &amp;bekor qilish</translation>
    </message>
    <message>
        <source>Open the &amp;debrief</source>
        <translation>Yakuniy tahlilni &amp;ochish</translation>
    </message>
    <message>
        <source>Write as the customer: a reply, or a complication to test the trainee</source>
        <translation>Mijoz nomidan yozing: javob yoki ishtirokchini sinash uchun qo&apos;shimcha qiyinchilik</translation>
    </message>
    <message>
        <source>The customer&apos;s message</source>
        <translation>Mijozning xabari</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Suhbat</translation>
    </message>
    <message>
        <source>Suggested lines</source>
        <translation>Tavsiya etilgan iboralar</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Yakun</translation>
    </message>
    <message>
        <source>the trainee</source>
        <translation>ishtirokchi</translation>
    </message>
    <message>
        <source>The training database cannot be reached; trying again… (%1)</source>
        <translation>Trening ma'lumotlar bazasiga ulanib bo'lmadi; qayta urinilmoqda… (%1)</translation>
    </message>
    <message>
        <source>Waiting for %1 to take the session at their desk…</source>
        <translation>%1 mashg'ulotni o'z ish joyida boshlashi kutilmoqda…</translation>
    </message>
    <message>
        <source>Finished and scored: the debrief is ready.</source>
        <translation>Yakunlandi va baholandi: yakuniy tahlil tayyor.</translation>
    </message>
    <message>
        <source>%1 closed the training console before the end.</source>
        <translation>%1 trening konsolini mashg'ulot tugashidan oldin yopdi.</translation>
    </message>
    <message>
        <source>%1 declined the session.</source>
        <translation>%1 mashg'ulotni rad etdi.</translation>
    </message>
    <message>
        <source>The session was cancelled before it started.</source>
        <translation>Mashg'ulot boshlanishidan oldin bekor qilindi.</translation>
    </message>
    <message>
        <source>The customer has left the conversation; %1 is recording the wrap-up.</source>
        <translation>Mijoz suhbatdan chiqib ketdi; %1 natijani kiritmoqda.</translation>
    </message>
    <message>
        <source>Paused: the customer&apos;s clock has stopped.</source>
        <translation>Pauza: mijozning vaqt hisobi to'xtatildi.</translation>
    </message>
    <message>
        <source>Live with %1: what you send reaches their console as the customer&apos;s message.</source>
        <translation>%1 bilan jonli rejim: yuborgan xabarlaringiz uning konsolida mijoz xabari sifatida chiqadi.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Mijoz</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Ishtirokchi</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>KPI dashboard</source>
        <translation>KPI paneli</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Davr</translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>&amp;Guruhlash</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Oxirgi 7 kun</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Oxirgi 30 kun</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Joriy oy</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>O&apos;tgan oy</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Oxirgi 90 kun</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Joriy yil</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Oxirgi 12 oy</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Ixtiyoriy davr</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Jamoa</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Navbat</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Mamlakat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yangilash</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV eksport qilish…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>XLSX eksport qilish…</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Ta&apos;riflar</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Davr</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Birinchi kun</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Oxirgi kun</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Guruhlash</translation>
    </message>
    <message>
        <source>Figures by group; Enter lists the contacts behind a figure</source>
        <translation>Guruhlar bo&apos;yicha ko&apos;rsatkichlar; Enter ko&apos;rsatkich ortidagi murojaatlar ro&apos;yxatini ochadi</translation>
    </message>
    <message>
        <source>Contacts over time</source>
        <translation>Murojaatlar dinamikasi</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Kanallar bo&apos;yicha taqsimot</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Hisobotni CSV formatida eksport qilish</translation>
    </message>
    <message>
        <source>Export the report as XLSX</source>
        <translation>Hisobotni XLSX formatida eksport qilish</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>KPI ta&apos;riflari</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Davrning tugash sanasi boshlanish sanasidan oldin.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yuklanmoqda…</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>Ko&apos;rsatkichlarni yuklab bo&apos;lmadi: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>noma&apos;lum</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n contacts wrapped up</source>
        <translation>
            <numerusform>%1 – %2: %n ta murojaat yakunlandi</numerusform>
            <numerusform>%1 – %2: %n ta murojaat yakunlandi</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jami</translation>
    </message>
    <message>
        <source>Quality by agent</source>
        <translation>Operatorlar bo&apos;yicha sifat</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Baholashlar</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Sifat bahosi</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>Kritik xatolar</translation>
    </message>
    <message>
        <source>Quality by criterion</source>
        <translation>Mezonlar bo&apos;yicha sifat</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Mezon</translation>
    </message>
    <message>
        <source>Average points</source>
        <translation>O&apos;rtacha ball</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Murojaatlar</translation>
    </message>
    <message numerus="yes">
        <source>Quality (%n reviews)</source>
        <translation>
            <numerusform>Sifat (%n ta baholash)</numerusform>
            <numerusform>Sifat (%n ta baholash)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts per day</source>
        <translation>Kunlik murojaatlar</translation>
    </message>
    <message>
        <source>Contacts per week</source>
        <translation>Haftalik murojaatlar</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Oylik murojaatlar</translation>
    </message>
    <message>
        <source>Contacts behind: %1</source>
        <translation>Ko&apos;rsatkich ortidagi murojaatlar: %1</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Hisobotni eksport qilish</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 faylini yozib bo&apos;lmadi: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Hisobot saqlandi: %1</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Debrief</source>
        <translation>Yakuniy tahlil</translation>
    </message>
    <message>
        <source>Trainer&apos;s &amp;comments:</source>
        <translation>Murabbiy &amp;izohlari:</translation>
    </message>
    <message>
        <source>Save comments</source>
        <translation>Izohlarni saqlash</translation>
    </message>
    <message>
        <source>Score with the &amp;scorecard…</source>
        <translation>Baholash &amp;varaqasi bo&apos;yicha baholash…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF sifatida saqlash…</translation>
    </message>
    <message>
        <source>Debrief report</source>
        <translation>Yakuniy tahlil hisoboti</translation>
    </message>
    <message>
        <source>Trainer&apos;s comments</source>
        <translation>Murabbiy izohlari</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Bu mashg&apos;ulot endi mavjud emas.</translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation>Yakuniy tahlilni saqlash</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Murabbiy</translation>
    </message>
</context>
<context>
    <name>DraftChecksBar</name>
    <message>
        <source>Draft checks</source>
        <translation>Qoralama tekshiruvlari</translation>
    </message>
    <message>
        <source>Informal “%1”: use the formal “%2”.</source>
        <translation>Norasmiy «%1»: rasmiy «%2» shaklidan foydalaning.</translation>
    </message>
    <message>
        <source>This language has a formal form of address, and customers expect it.</source>
        <translation>Bu tilda rasmiy murojaat shakli mavjud va mijozlar shuni kutishadi.</translation>
    </message>
    <message>
        <source>No greeting at the start.</source>
        <translation>Boshida salomlashish yo&apos;q.</translation>
    </message>
    <message>
        <source>A reply that opens without a greeting often reads as curt in this language.</source>
        <translation>Bu tilda salomlashishsiz boshlangan javob ko&apos;pincha qo&apos;pol tuyuladi.</translation>
    </message>
    <message>
        <source>The customer&apos;s name (%1) is missing.</source>
        <translation>Mijozning ismi (%1) yozilmagan.</translation>
    </message>
    <message>
        <source>Addressing the customer by name shows the reply was written for them.</source>
        <translation>Mijozning ismini yozish javob aynan unga yozilganini ko&apos;rsatadi.</translation>
    </message>
    <message>
        <source>Honorific missing.</source>
        <translation>Hurmat unvoni yo&apos;q.</translation>
    </message>
    <message>
        <source>Capitals (“%1”) read as shouting.</source>
        <translation>Bosh harflar («%1») baqiriqdek qabul qilinadi.</translation>
    </message>
    <message>
        <source>Write words in capitals only when they are abbreviations.</source>
        <translation>So&apos;zlarni bosh harflar bilan faqat qisqartma bo&apos;lsa yozing.</translation>
    </message>
    <message>
        <source>Several exclamation marks read as shouting.</source>
        <translation>Bir nechta undov belgisi baqiriqdek qabul qilinadi.</translation>
    </message>
    <message>
        <source>One exclamation mark is enough, if any.</source>
        <translation>Undov belgisi kerak bo&apos;lsa, bittasi yetarli.</translation>
    </message>
    <message>
        <source>“%1” is jargon the customer may not know.</source>
        <translation>«%1» – mijoz bilmasligi mumkin bo&apos;lgan jargon.</translation>
    </message>
    <message>
        <source>Say what it means in plain words.</source>
        <translation>Uning ma&apos;nosini oddiy so&apos;zlar bilan tushuntiring.</translation>
    </message>
    <message>
        <source>Amount in %1; this customer pays in %2.</source>
        <translation>Summa %1 valyutasida; bu mijoz %2 valyutasida to&apos;laydi.</translation>
    </message>
    <message>
        <source>Quote prices in the customer&apos;s currency; the panel converts.</source>
        <translation>Narxlarni mijozning valyutasida ko&apos;rsating; panel konvertatsiya qiladi.</translation>
    </message>
    <message>
        <source>“%1”: here the decimal separator is “%2”.</source>
        <translation>«%1»: mijoz mamlakatida o&apos;nli kasr ajratgichi – «%2».</translation>
    </message>
    <message>
        <source>Write amounts the way the customer&apos;s country writes them.</source>
        <translation>Summalarni mijoz mamlakatida qabul qilingan tarzda yozing.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Dismiss this warning for this message</source>
        <translation>Ushbu xabar uchun bu ogohlantirishni yopish</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Load more</source>
        <translation>Yana yuklash</translation>
    </message>
    <message>
        <source>Load more contacts</source>
        <translation>Yana murojaatlarni yuklash</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV eksport qilish…</translation>
    </message>
    <message>
        <source>Export these contacts as CSV</source>
        <translation>Ushbu murojaatlarni CSV formatida eksport qilish</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Yopilgan</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Mijoz</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Natija kodi</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Hal qilingan</translation>
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
        <translation>Ishlov berish vaqti</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ha</translation>
    </message>
    <message>
        <source>no</source>
        <translation>yo&apos;q</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts shown</source>
        <translation>
            <numerusform>%n ta murojaat ko&apos;rsatilgan</numerusform>
            <numerusform>%n ta murojaat ko&apos;rsatilgan</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Murojaatlarni eksport qilish</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 daq %2 s</translation>
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
        <translation>Mijoz va sabab</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Muddat</translation>
    </message>
    <message>
        <source>Follow-ups: overdue, today, upcoming</source>
        <translation>Qayta bog&apos;lanishlar: muddati o&apos;tgan, bugungi, kelgusi</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Muddati o&apos;tgan (%n)</numerusform>
            <numerusform>Muddati o&apos;tgan (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today (%n)</source>
        <translation>
            <numerusform>Bugun (%n)</numerusform>
            <numerusform>Bugun (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upcoming (%n)</source>
        <translation>
            <numerusform>Kelgusi (%n)</numerusform>
            <numerusform>Kelgusi (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Set on the %1 clock (%2)</source>
        <translation>Muddat %1 vaqti bo&apos;yicha belgilangan (%2)</translation>
    </message>
    <message>
        <source>customer&apos;s</source>
        <translation>mijoz</translation>
    </message>
    <message>
        <source>agent&apos;s</source>
        <translation>operator</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Email</source>
        <translation>Elektron pochta</translation>
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
        <translation>Chat tashrifchisi</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Ijtimoiy tarmoq</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Import history</source>
        <translation>Tarixni import qilish</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files…</source>
        <translation>
            <numerusform>%n ta fayl import qilinmoqda…</numerusform>
            <numerusform>%n ta fayl import qilinmoqda…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>To&apos;xtatish</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>unread</source>
        <translation>o&apos;qilmagan</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Contacts</source>
        <translation>Murojaatlar</translation>
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
        <translation>Birinchi murojaatda hal qilish (FCR)</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Birinchi javob berish vaqti</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>Hal qilish vaqti</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>O&apos;rtacha ishlov berish vaqti</translation>
    </message>
    <message>
        <source>Repeat contacts</source>
        <translation>Takroriy murojaatlar</translation>
    </message>
    <message>
        <source>CSAT: share of CSAT responses (1–5) that are 4 or 5.</source>
        <translation>CSAT: CSAT javoblari (1–5) ichida 4 yoki 5 baholarning ulushi.</translation>
    </message>
    <message>
        <source>NPS: % promoters (9–10) minus % detractors (0–6) of NPS responses (0–10).</source>
        <translation>NPS: NPS javoblari (0–10) ichida promouterlar % (9–10) minus tanqidchilar % (0–6).</translation>
    </message>
    <message>
        <source>CES: average of CES responses (1–7; lower means less effort).</source>
        <translation>CES: CES javoblarining o&apos;rtacha qiymati (1–7; qanchalik past bo&apos;lsa, mijoz shunchalik kam harakat qilgan).</translation>
    </message>
    <message>
        <source>First-contact resolution: of first contacts (no contact by the same customer on the same reason closed within %1 days before), the share resolved with no contact on the same reason within %1 days after, on any channel.</source>
        <translation>Birinchi murojaatda hal qilish (FCR): birinchi murojaatlar (ulardan oldingi %1 kun ichida o&apos;sha mijozning o&apos;sha sabab bo&apos;yicha yopilgan murojaati bo&apos;lmagan) ichida hal qilingan va keyingi %1 kun ichida o&apos;sha sabab bo&apos;yicha hech qaysi kanalda yangi murojaat bo&apos;lmaganlarining ulushi.</translation>
    </message>
    <message>
        <source>Repeat contacts: share of contacts after which the same customer got in touch again within %1 days, for any reason, on any channel.</source>
        <translation>Takroriy murojaatlar: o&apos;sha mijoz %1 kun ichida istalgan sabab bilan, istalgan kanal orqali yana bog&apos;langan murojaatlar ulushi.</translation>
    </message>
    <message>
        <source>First response time: from the customer&apos;s first message to the first reply or call to that customer, on any channel.</source>
        <translation>Birinchi javob berish vaqti: mijozning birinchi xabaridan unga yuborilgan birinchi javob yoki qo&apos;ng&apos;iroqqacha, istalgan kanalda.</translation>
    </message>
    <message>
        <source>Resolution time: for resolved contacts, from the first contact about the issue to the close.</source>
        <translation>Hal qilish vaqti: hal qilingan murojaatlar uchun, masala bo&apos;yicha birinchi murojaatdan yopilishigacha.</translation>
    </message>
    <message>
        <source>Average handle time: time with the contact open (or the call&apos;s length) plus after-contact work in the wrap-up panel.</source>
        <translation>O&apos;rtacha ishlov berish vaqti: murojaat ochiq turgan vaqt (yoki qo&apos;ng&apos;iroq davomiyligi) hamda natija panelidagi murojaatdan keyingi ish vaqti.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 kun %2 soat</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>Show the contacts behind this figure</source>
        <translation>Ushbu ko&apos;rsatkich ortidagi murojaatlarni ko&apos;rsatish</translation>
    </message>
</context>
<context>
    <name>LocaleEditDialog</name>
    <message>
        <source>Customer&apos;s language and country</source>
        <translation>Mijozning tili va mamlakati</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Noma&apos;lum</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Mamlakat</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Mamlakat:</translation>
    </message>
</context>
<context>
    <name>LocalePanel</name>
    <message>
        <source>Locale</source>
        <translation>Til va mintaqa</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Mamlakat:</translation>
    </message>
    <message>
        <source>Correct language or country…</source>
        <translation>Til yoki mamlakatni tuzatish…</translation>
    </message>
    <message>
        <source>Etiquette</source>
        <translation>Muomala odobi</translation>
    </message>
    <message>
        <source>Customer&apos;s time</source>
        <translation>Mijoz vaqti</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Pul</translation>
    </message>
    <message>
        <source>Amount to convert</source>
        <translation>Konvertatsiya qilinadigan summa</translation>
    </message>
    <message>
        <source>Conversion direction</source>
        <translation>Konvertatsiya yo&apos;nalishi</translation>
    </message>
    <message>
        <source>from the profile</source>
        <translation>profildan</translation>
    </message>
    <message>
        <source>from the phone number %1</source>
        <translation>%1 telefon raqamidan</translation>
    </message>
    <message>
        <source>detected in the customer&apos;s messages</source>
        <translation>mijoz xabarlaridan aniqlangan</translation>
    </message>
    <message>
        <source>from the e-mail domain %1</source>
        <translation>%1 elektron pochta domenidan</translation>
    </message>
    <message>
        <source>the main language of the country</source>
        <translation>mamlakatning asosiy tili</translation>
    </message>
    <message>
        <source>where the language is mainly spoken</source>
        <translation>til asosan qo&apos;llaniladigan mamlakat</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>ko&apos;rsatilganidek</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>noma&apos;lum</translation>
    </message>
    <message>
        <source>Country unknown: general hints. Set the country for specific ones.</source>
        <translation>Mamlakat noma&apos;lum: umumiy maslahatlar. Aniqroq maslahatlar uchun mamlakatni ko&apos;rsating.</translation>
    </message>
    <message>
        <source>Family name comes first.</source>
        <translation>Familiya birinchi yoziladi.</translation>
    </message>
    <message>
        <source>Preferred channels: %1</source>
        <translation>Afzal ko&apos;rilgan kanallar: %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Murojaat shakli</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Salomlashish</translation>
    </message>
    <message>
        <source>Saying no</source>
        <translation>Rad etish</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Uzr so&apos;rash</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Qochish kerak</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Vaqt tanlash</translation>
    </message>
    <message>
        <source>Time zone unknown.</source>
        <translation>Vaqt mintaqasi noma&apos;lum.</translation>
    </message>
    <message>
        <source>Public holiday today: %1</source>
        <translation>Bugun bayram kuni: %1</translation>
    </message>
    <message>
        <source>Weekend there</source>
        <translation>U yerda dam olish kuni</translation>
    </message>
    <message>
        <source>Business hours (%1–%2)</source>
        <translation>Ish vaqti (%1–%2)</translation>
    </message>
    <message>
        <source>Outside business hours (%1–%2)</source>
        <translation>Ish vaqtidan tashqari (%1–%2)</translation>
    </message>
    <message>
        <source>Next holidays:</source>
        <translation>Yaqin bayramlar:</translation>
    </message>
    <message>
        <source>No holiday calendar for this country.</source>
        <translation>Bu mamlakat uchun bayramlar taqvimi yo&apos;q.</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Valyuta: %1</translation>
    </message>
    <message>
        <source>Payment methods used there:</source>
        <translation>U yerda qo&apos;llaniladigan to&apos;lov usullari:</translation>
    </message>
    <message>
        <source>No exchange rate yet; rates are fetched when the network is reachable.</source>
        <translation>Valyuta kursi hali yo&apos;q; kurslar tarmoq mavjud bo&apos;lganda yuklanadi.</translation>
    </message>
    <message>
        <source>Rates from %1 (%2)</source>
        <translation>%1 sanasidagi kurslar (%2)</translation>
    </message>
    <message>
        <source>not updated recently</source>
        <translation>yaqinda yangilanmagan</translation>
    </message>
    <message>
        <source>Could not update rates from: %1</source>
        <translation>Quyidagi manbalardan kurslarni yangilab bo&apos;lmadi: %1</translation>
    </message>
    <message>
        <source>No rates fetched yet.</source>
        <translation>Kurslar hali yuklanmagan.</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Qo&apos;ng&apos;iroqni qayd etish</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Mijoz:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Yo&apos;nalish:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Boshlangan vaqti:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Davomiyligi:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Eslatmalar:</translation>
    </message>
    <message>
        <source>Incoming (the customer called)</source>
        <translation>Kiruvchi (mijoz qo&apos;ng&apos;iroq qildi)</translation>
    </message>
    <message>
        <source>Outgoing (we called)</source>
        <translation>Chiquvchi (biz qo&apos;ng&apos;iroq qildik)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>daq</translation>
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
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;O&apos;tish</translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation>&amp;Suhbat</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Mijoz</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Vositalar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yordam</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Mijozlarni qidirish</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>Kiruvchi murojaatlarga o&apos;tish</translation>
    </message>
    <message>
        <source>Go to the timeline</source>
        <translation>Tarixga o&apos;tish</translation>
    </message>
    <message>
        <source>Go to the reply</source>
        <translation>Javobga o&apos;tish</translation>
    </message>
    <message>
        <source>Go to the customer card</source>
        <translation>Mijoz kartasiga o&apos;tish</translation>
    </message>
    <message>
        <source>Go to the follow-ups</source>
        <translation>Qayta bog&apos;lanishlarga o&apos;tish</translation>
    </message>
    <message>
        <source>Wrap up and close the conversation…</source>
        <translation>Natijani kiritish va suhbatni yopish…</translation>
    </message>
    <message>
        <source>Correct the outcome…</source>
        <translation>Natijani tuzatish…</translation>
    </message>
    <message>
        <source>KPI dashboard…</source>
        <translation>KPI paneli…</translation>
    </message>
    <message>
        <source>Review conversations…</source>
        <translation>Suhbatlarni baholash…</translation>
    </message>
    <message>
        <source>My coaching…</source>
        <translation>Shaxsiy murabbiylik…</translation>
    </message>
    <message>
        <source>Training: role-play scenarios…</source>
        <translation>Trening: rolli o&apos;yin ssenariylari…</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>KPI ta&apos;riflari</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Keyingi suhbat</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Oldingi suhbat</translation>
    </message>
    <message>
        <source>Find in timeline</source>
        <translation>Tarixdan qidirish</translation>
    </message>
    <message>
        <source>Jump to the previous interaction</source>
        <translation>Oldingi murojaatga o&apos;tish</translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation>Tarixni kanal bo&apos;yicha filtrlash</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yangilash</translation>
    </message>
    <message>
        <source>Merge with another customer…</source>
        <translation>Boshqa mijoz bilan birlashtirish…</translation>
    </message>
    <message>
        <source>Undo the last merge</source>
        <translation>Oxirgi birlashtirishni bekor qilish</translation>
    </message>
    <message>
        <source>Canned replies…</source>
        <translation>Tayyor javoblar…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Sozlamalar…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tezkor tugmalar</translation>
    </message>
    <message>
        <source>About Agent Console</source>
        <translation>Agent Console haqida</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Chiqish</translation>
    </message>
    <message>
        <source>Channel accounts…</source>
        <translation>Kanal hisoblari…</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>Yuborish navbati…</translation>
    </message>
    <message>
        <source>Check channels now</source>
        <translation>Kanallarni hozir tekshirish</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>Tarixni import qilish…</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Qo&apos;ng&apos;iroqni qayd etish…</translation>
    </message>
    <message>
        <source>Open the message with formatting and attachments…</source>
        <translation>Xabarni formati va biriktirilgan fayllari bilan ochish…</translation>
    </message>
    <message>
        <source>Search customers: name, email, phone (Ctrl+F)</source>
        <translation>Mijozlarni qidirish: ism, elektron pochta, telefon (Ctrl+F)</translation>
    </message>
    <message>
        <source>Inbox: open conversations</source>
        <translation>Kiruvchi murojaatlar: ochiq suhbatlar</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Topilgan mijozlar</translation>
    </message>
    <message>
        <source>Inbox or follow-ups</source>
        <translation>Kiruvchi murojaatlar yoki qayta bog&apos;lanishlar</translation>
    </message>
    <message>
        <source>Reply or wrap-up</source>
        <translation>Javob yoki natija</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Birlashtirishni bekor qilish</translation>
    </message>
    <message>
        <source>%1 · database: %2</source>
        <translation>%1 · ma&apos;lumotlar bazasi: %2</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>TRENING</translation>
    </message>
    <message numerus="yes">
        <source>Inbox (%n)</source>
        <translation>
            <numerusform>Kiruvchi murojaatlar (%n)</numerusform>
            <numerusform>Kiruvchi murojaatlar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Qayta bog&apos;lanishlar (%n)</numerusform>
            <numerusform>Qayta bog&apos;lanishlar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n ta muddati o&apos;tgan</numerusform>
            <numerusform>%n ta muddati o&apos;tgan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>%n ta mijoz topildi</numerusform>
            <numerusform>%n ta mijoz topildi</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter starts the follow-up: a new conversation with the customer.</source>
        <translation>Enter qayta bog&apos;lanishni boshlaydi: mijoz bilan yangi suhbat ochiladi.</translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n open conversations</source>
        <translation>
            <numerusform>Kiruvchi murojaatlar: %n ta ochiq suhbat</numerusform>
            <numerusform>Kiruvchi murojaatlar: %n ta ochiq suhbat</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply recorded in the timeline.</source>
        <translation>Javob tarixga yozildi.</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 mijozi %2 mijoziga birlashtirildi.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Mijozlarni birlashtirish</translation>
    </message>
    <message>
        <source>Merge undone: both customers are back as they were.</source>
        <translation>Birlashtirish bekor qilindi: ikkala mijoz avvalgi holatiga qaytdi.</translation>
    </message>
    <message>
        <source>Customer&apos;s language and country saved to the profile.</source>
        <translation>Mijozning tili va mamlakati profilga saqlandi.</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Avval suhbatni oching.</translation>
    </message>
    <message>
        <source>This conversation is already closed; use Correct the outcome to change it.</source>
        <translation>Bu suhbat allaqachon yopilgan; uni o&apos;zgartirish uchun «Natijani tuzatish» buyrug&apos;idan foydalaning.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Bu suhbat endi mavjud emas.</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Murojaat natijasi</translation>
    </message>
    <message>
        <source>The wrap-up was not saved: %1</source>
        <translation>Natija saqlanmadi: %1</translation>
    </message>
    <message>
        <source>Wrap-up saved; the conversation is closed.</source>
        <translation>Natija saqlandi; suhbat yopildi.</translation>
    </message>
    <message>
        <source>Wrap-up kept as a draft.</source>
        <translation>Natija qoralama sifatida saqlab qolindi.</translation>
    </message>
    <message>
        <source>Select a conversation in the timeline first.</source>
        <translation>Avval tarixdan suhbatni tanlang.</translation>
    </message>
    <message>
        <source>This conversation has no outcome yet: wrap it up first.</source>
        <translation>Bu suhbatning natijasi hali yo&apos;q: avval natijani kiriting.</translation>
    </message>
    <message numerus="yes">
        <source>Outcome corrected: %n changes recorded.</source>
        <translation>
            <numerusform>Natija tuzatildi: %n ta o&apos;zgarish qayd etildi.</numerusform>
            <numerusform>Natija tuzatildi: %n ta o&apos;zgarish qayd etildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished wrap-up</source>
        <translation>Tugallanmagan natija</translation>
    </message>
    <message>
        <source>The wrap-up of your conversation with %1 was not saved. Finish it now?</source>
        <translation>%1 bilan suhbatingiz natijasi saqlanmagan. Hozir yakunlaysizmi?</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due: %1</source>
        <translation>
            <numerusform>Qayta bog&apos;lanish vaqti keldi (%n ta): %1</numerusform>
            <numerusform>Qayta bog&apos;lanish vaqti keldi (%n ta): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up started with %1.</source>
        <translation>%1 bilan qayta bog&apos;lanish boshlandi.</translation>
    </message>
    <message numerus="yes">
        <source>%n coaching notes from your supervisor: Tools → My coaching (Ctrl+Shift+J)</source>
        <translation>
            <numerusform>Rahbaringizdan %n ta murabbiylik eslatmasi: Vositalar → Shaxsiy murabbiylik (Ctrl+Shift+J)</numerusform>
            <numerusform>Rahbaringizdan %n ta murabbiylik eslatmasi: Vositalar → Shaxsiy murabbiylik (Ctrl+Shift+J)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Tarixni import qilish</translation>
    </message>
    <message>
        <source>E-mail and call records (*.eml *.mbox *.mbx *.csv mbox);;All files (*)</source>
        <translation>Elektron pochta va qo&apos;ng&apos;iroq yozuvlari (*.eml *.mbox *.mbx *.csv mbox);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2 already there, %3 could not be read.</source>
        <translation>Import qilindi: %1, allaqachon mavjud bo&apos;lgani uchun o&apos;tkazib yuborildi: %2, o&apos;qib bo&apos;lmadi: %3.</translation>
    </message>
    <message>
        <source>Select a message in the timeline first.</source>
        <translation>Avval tarixdan xabarni tanlang.</translation>
    </message>
    <message>
        <source>Open a customer first.</source>
        <translation>Avval mijozni oching.</translation>
    </message>
    <message>
        <source>Call logged; wrap it up when you are done.</source>
        <translation>Qo&apos;ng&apos;iroq qayd etildi; tugatgach, natijani kiriting.</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Qo&apos;ng&apos;iroqni qayd etish</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Sozlamalar</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Sozlamalarni saqlab bo&apos;lmadi: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agent Console&lt;/b&gt; %1&lt;br&gt;One timeline per customer across every channel.</source>
        <translation>&lt;b&gt;Agent Console&lt;/b&gt; %1&lt;br&gt;Har bir mijoz uchun barcha kanallar bo&apos;yicha yagona tarix.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Xatolik yuz berdi: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Mijozlarni birlashtirish</translation>
    </message>
    <message>
        <source>Find the duplicate of &lt;b&gt;%1&lt;/b&gt;. Its identities and conversations move to %1; you can undo the merge later.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; mijozining dublikatini toping. Uning identifikatorlari va suhbatlari %1 mijoziga o&apos;tadi; birlashtirishni keyinroq bekor qilishingiz mumkin.</translation>
    </message>
    <message>
        <source>Name, email or phone</source>
        <translation>Ism, elektron pochta yoki telefon</translation>
    </message>
    <message>
        <source>Search for the customer to merge</source>
        <translation>Birlashtiriladigan mijozni qidirish</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Topilgan mijozlar</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Birlashtirish</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Message</source>
        <extracomment>Images the agent asked to see, already fetched: URL -&gt; image.</extracomment>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>Show &amp;images from the internet</source>
        <translation>Internetdan &amp;rasmlarni ko&apos;rsatish</translation>
    </message>
    <message>
        <source>Remote images can tell the sender that and when you read the message.</source>
        <translation>Internetdan yuklanadigan rasmlar yuboruvchiga xabarni o&apos;qiganingizni va qachon o&apos;qiganingizni bildirishi mumkin.</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>Oddiy &amp;matn</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ochish</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Boshqacha saqlash…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Biriktirilgan fayllar</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Xabar matni</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>Bu xabar endi mavjud emas.</translation>
    </message>
    <message>
        <source>Parts of this message could not be read:</source>
        <translation>Bu xabarning ayrim qismlarini o&apos;qib bo&apos;lmadi:</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Rasmlar</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Havolani ochish</translation>
    </message>
    <message>
        <source>Open this address in your browser?

%1</source>
        <translation>Bu manzil brauzeringizda ochilsinmi?

%1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Biriktirilgan fayl</translation>
    </message>
    <message>
        <source>The database does not hold this attachment&apos;s content.</source>
        <translation>Ma&apos;lumotlar bazasida bu ilovaning mazmuni yo&apos;q.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Biriktirilgan faylni saqlash</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Yuborish navbati</translation>
    </message>
    <message>
        <source>Replies that have not reached the customer yet. Temporary failures are retried automatically; a reply whose fate is unknown (the app stopped while sending it) is never resent on its own: check, then resend it or mark it as sent.</source>
        <translation>Mijozga hali yetib bormagan javoblar. Vaqtinchalik xatolardan keyin yuborish avtomatik ravishda qayta urinib ko&apos;riladi; holati noma&apos;lum javob (ilova uni yuborayotganda to&apos;xtab qolgan) hech qachon o&apos;z-o&apos;zidan qayta yuborilmaydi: tekshiring, so&apos;ng uni qayta yuboring yoki yuborilgan deb belgilang.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Mijoz</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Keyingi urinish</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Urinishlar</translation>
    </message>
    <message>
        <source>Reply and last error</source>
        <translation>Javob va oxirgi xato</translation>
    </message>
    <message>
        <source>&amp;Resend now</source>
        <translation>&amp;Hozir qayta yuborish</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Yuborilgan deb belgilash</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>&amp;Suhbatni ochish</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>qayta urinish kutilmoqda</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>yuborilmoqda</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>muvaffaqiyatsiz</translation>
    </message>
    <message>
        <source>unknown: check</source>
        <translation>noma&apos;lum: tekshiring</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Canned replies</source>
        <translation>Tayyor javoblar</translation>
    </message>
    <message>
        <source>Filter by key, title or category</source>
        <translation>Kalit, sarlavha yoki turkum bo&apos;yicha filtrlash</translation>
    </message>
    <message>
        <source>Filter replies</source>
        <translation>Javoblarni filtrlash</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Javoblar</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>Asl matnni saqlash</translation>
    </message>
    <message>
        <source>Save translation</source>
        <translation>Tarjimani saqlash</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import qilish…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksport qilish…</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Turkum:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanallar:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Teglar:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>O&apos;zgaruvchilar:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Foydalanilgan:</translation>
    </message>
    <message>
        <source>Source (English)</source>
        <translation>Asl matn (inglizcha)</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>Tarjima:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Turkum</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanallar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Teglar</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Asl sarlavha</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Asl matn</translation>
    </message>
    <message>
        <source>Translated title</source>
        <translation>Tarjima sarlavhasi</translation>
    </message>
    <message>
        <source>Translated text</source>
        <translation>Tarjima matni</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Tarjima tili</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 ta yo&apos;q</translation>
    </message>
    <message>
        <source>%1 outdated</source>
        <translation>%1 ta eskirgan</translation>
    </message>
    <message>
        <source>%1 replies · %2 translations missing · %3 outdated</source>
        <translation>%1 ta javob · %2 ta tarjima yo&apos;q · %3 ta eskirgan</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n marta</numerusform>
            <numerusform>%n marta</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 translation yet.</source>
        <translation>Hali %1 tarjimasi yo&apos;q.</translation>
    </message>
    <message>
        <source>Outdated: the source changed after this translation was made.</source>
        <translation>Eskirgan: bu tarjima qilingandan keyin asl matn o&apos;zgargan.</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>Dolzarb.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Asl matn</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tarjima</translation>
    </message>
    <message>
        <source>Longer than %1 characters: on SMS it is split into several messages.</source>
        <translation>%1 belgidan uzun: SMS orqali bir nechta xabarga bo&apos;linadi.</translation>
    </message>
    <message>
        <source>Source saved.</source>
        <translation>Asl matn saqlandi.</translation>
    </message>
    <message>
        <source>Translation saved.</source>
        <translation>Tarjima saqlandi.</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Tarjimalarni import qilish</translation>
    </message>
    <message>
        <source>Translations (*.po *.csv)</source>
        <translation>Tarjimalar (*.po *.csv)</translation>
    </message>
    <message>
        <source>%1: %2 updated, %3 unchanged, %4 kept (edited since export)</source>
        <translation>%1: %2 ta yangilandi, %3 ta o&apos;zgarmadi, %4 ta saqlab qolindi (eksportdan keyin tahrirlangan)</translation>
    </message>
    <message>
        <source>Export for translators</source>
        <translation>Tarjimonlar uchun eksport qilish</translation>
    </message>
    <message>
        <source>Exported %1 languages to %2</source>
        <translation>%1 ta til eksport qilindi: %2</translation>
    </message>
</context>
<context>
    <name>ReplyPicker</name>
    <message>
        <source>Insert a canned reply</source>
        <translation>Tayyor javob qo&apos;shish</translation>
    </message>
    <message>
        <source>Type any word of the title, tags or text…</source>
        <translation>Sarlavha, teg yoki matndan istalgan so&apos;zni yozing…</translation>
    </message>
    <message>
        <source>Search canned replies</source>
        <translation>Tayyor javoblarni qidirish</translation>
    </message>
    <message>
        <source>Canned replies found</source>
        <translation>Topilgan tayyor javoblar</translation>
    </message>
    <message>
        <source>Preview of the reply to insert</source>
        <translation>Qo&apos;shiladigan javobni oldindan ko&apos;rish</translation>
    </message>
    <message>
        <source>Enter inserts · Esc closes · Up/Down choose</source>
        <translation>Enter — qo&apos;shish · Esc — yopish · Yuqoriga/Pastga — tanlash</translation>
    </message>
    <message>
        <source>No reply matches.</source>
        <translation>Mos javob topilmadi.</translation>
    </message>
    <message>
        <source>No %1 version; %2 inserted.</source>
        <translation>%1 varianti yo&apos;q; %2 varianti qo&apos;shildi.</translation>
    </message>
    <message>
        <source>Long for SMS: it will be split into several messages.</source>
        <translation>SMS uchun uzun: bir nechta xabarga bo&apos;linadi.</translation>
    </message>
    <message>
        <source>This reply is meant for other channels.</source>
        <translation>Bu javob boshqa kanallar uchun mo&apos;ljallangan.</translation>
    </message>
    <message>
        <source>To fill in before sending: %1</source>
        <translation>Yuborishdan oldin to&apos;ldirish kerak: %1</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review conversations</source>
        <translation>Suhbatlarni baholash</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Oxirgi 7 kun</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Oxirgi 30 kun</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Oxirgi 90 kun</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Oxirgi 12 oy</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Barcha kanallar</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Barcha operatorlar</translation>
    </message>
    <message>
        <source>Low CSAT (1–2)</source>
        <translation>Past CSAT (1–2)</translation>
    </message>
    <message>
        <source>Long handle time (15 min or more)</source>
        <translation>Uzoq ishlov berish vaqti (15 daqiqa va undan ortiq)</translation>
    </message>
    <message>
        <source>Sample per agent per &amp;week</source>
        <translation>Har bir operatordan haftalik &amp;tanlama</translation>
    </message>
    <message>
        <source>all</source>
        <translation>barchasi</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yangilash</translation>
    </message>
    <message>
        <source>Edit the scorecard…</source>
        <translation>Baholash varaqasini tahrirlash…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Yopilgan</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Mijoz</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Natija kodi</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Pin a note to the message…</source>
        <translation>Xabarga eslatma biriktirish…</translation>
    </message>
    <message>
        <source>Share as an exemplar…</source>
        <translation>Namunaviy suhbat sifatida ulashish…</translation>
    </message>
    <message>
        <source>Open in the agent screen</source>
        <translation>Operator ekranida ochish</translation>
    </message>
    <message>
        <source>Compare two side by side (Ctrl+D)</source>
        <translation>Ikkitasini yonma-yon solishtirish (Ctrl+D)</translation>
    </message>
    <message>
        <source>Calibrate with other supervisors…</source>
        <translation>Boshqa rahbarlar bilan kalibrlash…</translation>
    </message>
    <message>
        <source>Show where we disagree</source>
        <translation>Qayerda kelishmasligimizni ko&apos;rsatish</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Baholash uchun</translation>
    </message>
    <message>
        <source>Calibrations</source>
        <translation>Kalibrlashlar</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Boshlangan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Boshlagan</translation>
    </message>
    <message>
        <source>Your scoring</source>
        <translation>Sizning bahoingiz</translation>
    </message>
    <message>
        <source>Select two conversations in the list (Ctrl+click), then compare them</source>
        <translation>Ro&apos;yxatdan ikkita suhbatni tanlang (Ctrl+bosish), so&apos;ng ularni solishtiring</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>Qoralamani saqlash (Ctrl+S)</translation>
    </message>
    <message>
        <source>Submit review (Ctrl+Enter)</source>
        <translation>Baholashni yuborish (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Davr</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Navbat</translation>
    </message>
    <message>
        <source>Edit the scorecard</source>
        <translation>Baholash varaqasini tahrirlash</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Mamlakat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Natija</translation>
    </message>
    <message>
        <source>Conversations to review</source>
        <translation>Baholanadigan suhbatlar</translation>
    </message>
    <message>
        <source>Sample per agent per week</source>
        <translation>Har bir operatordan haftalik tanlama</translation>
    </message>
    <message>
        <source>Pin a coaching note to the selected message</source>
        <translation>Tanlangan xabarga murabbiylik eslatmasini biriktirish</translation>
    </message>
    <message>
        <source>Share this conversation as an exemplar</source>
        <translation>Ushbu suhbatni namunaviy suhbat sifatida ulashish</translation>
    </message>
    <message>
        <source>Compare the two selected conversations side by side</source>
        <translation>Tanlangan ikki suhbatni yonma-yon solishtirish</translation>
    </message>
    <message>
        <source>Calibrate: have other supervisors score this conversation blind</source>
        <translation>Kalibrlash: boshqa rahbarlar bu suhbatni bir-birining bahosini ko&apos;rmasdan baholaydi</translation>
    </message>
    <message>
        <source>Show where the supervisors disagree</source>
        <translation>Rahbarlar qayerda kelishmasligini ko&apos;rsatish</translation>
    </message>
    <message>
        <source>Save the review as a draft</source>
        <translation>Baholashni qoralama sifatida saqlash</translation>
    </message>
    <message>
        <source>Submit the review</source>
        <translation>Baholashni yuborish</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Barcha navbatlar</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Barcha mamlakatlar</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Barcha natijalar</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations to review</source>
        <translation>
            <numerusform>%n ta suhbat baholanishi kerak</numerusform>
            <numerusform>%n ta suhbat baholanishi kerak</numerusform>
        </translation>
    </message>
    <message>
        <source>Canned replies used: %1</source>
        <translation>Ishlatilgan tayyor javoblar: %1</translation>
    </message>
    <message>
        <source>No canned replies used.</source>
        <translation>Tayyor javoblar ishlatilmagan.</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>Yuborilgan.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Qoralama saqlandi.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Avval suhbatni tanlang.</translation>
    </message>
    <message>
        <source>Calibration started: each supervisor scores it under Calibrations, without seeing the others.</source>
        <translation>Kalibrlash boshlandi: har bir rahbar uni «Kalibrlashlar» bo&apos;limida boshqalarning bahosini ko&apos;rmasdan baholaydi.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>boshlanmagan</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>qoralama</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>yuborilgan</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted</source>
        <translation>
            <numerusform>%n ta yuborilgan</numerusform>
            <numerusform>%n ta yuborilgan</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation under review was deleted; the review and its score are kept.</source>
        <translation>Baholanayotgan suhbat o&apos;chirilgan; baholash va uning bali saqlanib qoladi.</translation>
    </message>
    <message>
        <source>Review submitted: %1 %.</source>
        <translation>Baholash yuborildi: %1 %.</translation>
    </message>
    <message numerus="yes">
        <source>Not submitted: %n criteria still to rate or explain.</source>
        <translation>
            <numerusform>Yuborilmadi: yana %n ta mezonni baholash yoki izohlash kerak.</numerusform>
            <numerusform>Yuborilmadi: yana %n ta mezonni baholash yoki izohlash kerak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a message in the conversation first.</source>
        <translation>Avval suhbatdagi xabarni tanlang.</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Murabbiylik eslatmasi</translation>
    </message>
    <message>
        <source>Note for the agent, pinned to this message:</source>
        <translation>Operator uchun eslatma (ushbu xabarga biriktiriladi):</translation>
    </message>
    <message>
        <source>Note pinned; the agent will see it in their timeline.</source>
        <translation>Eslatma biriktirildi; operator uni o&apos;z tarixida ko&apos;radi.</translation>
    </message>
    <message>
        <source>Share as an exemplar</source>
        <translation>Namunaviy suhbat sifatida ulashish</translation>
    </message>
    <message>
        <source>Why is it a good example?</source>
        <translation>Nima uchun bu yaxshi namuna?</translation>
    </message>
    <message>
        <source>Shared with the team as an exemplar.</source>
        <translation>Jamoa bilan namunaviy suhbat sifatida ulashildi.</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Scenario editor — %1</source>
        <translation>Ssenariy muharriri — %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saqlash</translation>
    </message>
    <message>
        <source>&amp;Play it now</source>
        <translation>Hozir &amp;sinab ko&apos;rish</translation>
    </message>
    <message>
        <source>Scenario (YAML)</source>
        <translation>Ssenariy (YAML)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Muammolar</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1-qator: %2</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Muammolar yo&apos;q.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems: fix them to save.</source>
        <translation>
            <numerusform>%n ta muammo: saqlash uchun ularni tuzating.</numerusform>
            <numerusform>%n ta muammo: saqlash uchun ularni tuzating.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario editor</source>
        <translation>Ssenariy muharriri</translation>
    </message>
    <message>
        <source>The scenario has problems and was not saved:</source>
        <translation>Ssenariyda muammolar bor, u saqlanmadi:</translation>
    </message>
    <message>
        <source>Fix the problems first.</source>
        <translation>Avval muammolarni tuzating.</translation>
    </message>
</context>
<context>
    <name>ScorecardEditor</name>
    <message>
        <source>Scorecard</source>
        <translation>Baholash varaqasi</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Bo&apos;lim qo&apos;shish</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Mezon qo&apos;shish</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>O&apos;chirish</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kalit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Shkala</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vazn</translation>
    </message>
    <message>
        <source>Root causes offered</source>
        <translation>Taklif qilinadigan asosiy sabablar</translation>
    </message>
    <message>
        <source>Critical: the lowest rating fails the whole review</source>
        <translation>Kritik: eng past baho butun baholashni muvaffaqiyatsiz qiladi</translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation>«Tegishli emas» mumkin</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Yangi versiya sifatida saqlash</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ha / yo&apos;q</translation>
    </message>
    <message>
        <source>3 points</source>
        <translation>3 ball</translation>
    </message>
    <message>
        <source>4 points</source>
        <translation>4 ball</translation>
    </message>
    <message>
        <source>5 points</source>
        <translation>5 ball</translation>
    </message>
    <message>
        <source>Sections and criteria</source>
        <translation>Bo&apos;limlar va mezonlar</translation>
    </message>
    <message>
        <source>%1 — version %2 (saving adds version %3; reviews keep the version they began with)</source>
        <translation>%1 — %2-versiya (saqlash %3-versiyani qo&apos;shadi; baholashlar boshlangan versiyasida qoladi)</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Yangi bo&apos;lim</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Yangi mezon</translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation>Saqlab bo&apos;lmaydi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria, total weight %1</source>
        <translation>
            <numerusform>%n ta mezon, umumiy vazn %1</numerusform>
            <numerusform>%n ta mezon, umumiy vazn %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The weights do not add up to the declared total; scores stay 0–100.</source>
        <translation>Vaznlar belgilangan jamiga teng emas; ballar baribir 0–100 oralig&apos;ida qoladi.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>%1-versiya sifatida saqlandi.</translation>
    </message>
</context>
<context>
    <name>ScorecardForm</name>
    <message>
        <source>&amp;Summary for the agent</source>
        <translation>Operator uchun &amp;xulosa</translation>
    </message>
    <message>
        <source>Summary for the agent</source>
        <translation>Operator uchun xulosa</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Tegishli emas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ha</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Yo&apos;q</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 balldan %1</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>Vazn: %1</translation>
    </message>
    <message>
        <source>critical: the lowest rating fails the whole review</source>
        <translation>kritik: eng past baho qo&apos;yilsa, butun baholash o&apos;tmagan hisoblanadi</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Baholanmagan</translation>
    </message>
    <message>
        <source>Root cause…</source>
        <translation>Asosiy sabab…</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Izoh (ixtiyoriy)</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Baho: %1</translation>
    </message>
    <message>
        <source>Root cause: %1</source>
        <translation>Asosiy sabab: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Izoh: %1</translation>
    </message>
    <message>
        <source>Quality score: —</source>
        <translation>Sifat bahosi: —</translation>
    </message>
    <message>
        <source>Quality score: 0 % (critical criterion failed; %1 % without it)</source>
        <translation>Sifat bahosi: 0 % (kritik mezon bajarilmadi; usiz %1 %)</translation>
    </message>
    <message>
        <source>Quality score: %1 %</source>
        <translation>Sifat bahosi: %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria still to rate or explain</source>
        <translation>
            <numerusform>yana %n ta mezonni baholash yoki izohlash kerak</numerusform>
            <numerusform>yana %n ta mezonni baholash yoki izohlash kerak</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Sozlamalar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Mavzu:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Shrift o&apos;lchami:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Ma&apos;lumotlar &amp;bazasi:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Ma&apos;lumotlar papkasi:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Mavzu</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Shrift o&apos;lchami</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Ma&apos;lumotlar bazasi</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standart</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Empty: the SQLite file in the data folder</source>
        <translation>Bo&apos;sh: ma&apos;lumotlar papkasidagi SQLite fayli</translation>
    </message>
    <message>
        <source>A new database is opened the next time Agent Console starts. Language, theme and font size apply at once.</source>
        <translation>Yangi ma&apos;lumotlar bazasi Agent Console keyingi safar ishga tushganda ochiladi. Til, mavzu va shrift o&apos;lchami darhol qo&apos;llaniladi.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Tizim tili</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Tizimga moslash</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Yorug&apos;</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Qorong&apos;i</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Enter / Space (timeline)</source>
        <translation>Enter / Space (tarix)</translation>
    </message>
    <message>
        <source>Expand or collapse the entry</source>
        <translation>Yozuvni yoyish yoki yig&apos;ish</translation>
    </message>
    <message>
        <source>Ctrl+Enter (reply)</source>
        <translation>Ctrl+Enter (javob)</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Javobni yuborish</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Yuqoriga / Pastga</translation>
    </message>
    <message>
        <source>Move through lists and search results</source>
        <translation>Ro&apos;yxatlar va qidiruv natijalari bo&apos;ylab harakatlanish</translation>
    </message>
    <message>
        <source>Esc (search)</source>
        <translation>Esc (qidiruv)</translation>
    </message>
    <message>
        <source>Clear the search and return to the inbox</source>
        <translation>Qidiruvni tozalash va kiruvchi murojaatlarga qaytish</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Boshqaruv elementlari orasida o&apos;tish</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tezkor tugmalar</translation>
    </message>
    <message>
        <source>Everything in Agent Console can be done from the keyboard.</source>
        <translation>Agent Console&apos;dagi barcha amallarni klaviatura orqali bajarish mumkin.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tugmalar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Amal</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>Ochiq</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Mijoz javobi kutilmoqda</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Yopiq</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Outcome: %1</source>
        <translation>Natija: %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>hal qilindi</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>hal qilinmadi</translation>
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
        <translation>Kiruvchi qo&apos;ng&apos;iroq</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Chiquvchi qo&apos;ng&apos;iroq</translation>
    </message>
    <message>
        <source>Show less (Enter)</source>
        <translation>Kamroq ko&apos;rsatish (Enter)</translation>
    </message>
    <message>
        <source>Show more (Enter)</source>
        <translation>Ko&apos;proq ko&apos;rsatish (Enter)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Mijoz</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Operator</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n ta ilova</numerusform>
            <numerusform>%n ta ilova</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts could not be read</source>
        <translation>
            <numerusform>%n ta qismni o&apos;qib bo&apos;lmadi</numerusform>
            <numerusform>%n ta qismni o&apos;qib bo&apos;lmadi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent with %n draft-check warnings</source>
        <translation>
            <numerusform>%n ta qoralama tekshiruvi ogohlantirishi bilan yuborilgan</numerusform>
            <numerusform>%n ta qoralama tekshiruvi ogohlantirishi bilan yuborilgan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coaching notes</source>
        <translation>
            <numerusform>%n ta murabbiylik eslatmasi</numerusform>
            <numerusform>%n ta murabbiylik eslatmasi</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>qayd etildi</translation>
    </message>
    <message>
        <source>in outbox</source>
        <translation>yuborish navbatida</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>yuborildi</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>yuborilmadi</translation>
    </message>
    <message>
        <source>unknown: check the outbox</source>
        <translation>noma&apos;lum: yuborish navbatini tekshiring</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Your time: %1
Customer&apos;s time: %2</source>
        <extracomment>Wrap-up code -&gt; {language: label}, for the outcome shown in interaction headers. Show one interaction only (review screens); None: the customer&apos;s whole history.</extracomment>
        <translation>Sizning vaqtingiz: %1
Mijoz vaqti: %2</translation>
    </message>
    <message>
        <source>from the customer</source>
        <translation>mijozdan</translation>
    </message>
    <message>
        <source>to the customer</source>
        <translation>mijozga</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>ichki eslatma</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n ta ilova</numerusform>
            <numerusform>%n ta ilova</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts could not be read</source>
        <translation>
            <numerusform>%n ta qismni o&apos;qib bo&apos;lmadi</numerusform>
            <numerusform>%n ta qismni o&apos;qib bo&apos;lmadi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>All channels</source>
        <translation>Barcha kanallar</translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation>Tarixni kanal bo&apos;yicha filtrlash</translation>
    </message>
    <message>
        <source>Find in timeline (Ctrl+Shift+F)</source>
        <translation>Tarixdan qidirish (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Find in timeline</source>
        <translation>Tarixdan qidirish</translation>
    </message>
    <message>
        <source>◀ Previous contact</source>
        <translation>◀ Oldingi murojaat</translation>
    </message>
    <message>
        <source>Jump to the previous interaction (Ctrl+Shift+Up)</source>
        <translation>Oldingi murojaatga o&apos;tish (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>Jump to the previous interaction</source>
        <translation>Oldingi murojaatga o&apos;tish</translation>
    </message>
    <message>
        <source>Customer timeline</source>
        <translation>Mijoz tarixi</translation>
    </message>
    <message>
        <source>Pick a conversation in the inbox, or search for a customer (Ctrl+F).</source>
        <translation>Kiruvchi murojaatlardan suhbatni tanlang yoki mijozni qidiring (Ctrl+F).</translation>
    </message>
    <message>
        <source>Nothing in this timeline matches the filter.</source>
        <translation>Ushbu tarixda filtrga mos yozuv yo&apos;q.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yuklanmoqda…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n ta yozuv ko&apos;rsatilgan</numerusform>
            <numerusform>%n ta yozuv ko&apos;rsatilgan</numerusform>
        </translation>
    </message>
    <message>
        <source>(scroll for older)</source>
        <translation>(eskilarini ko&apos;rish uchun aylantiring)</translation>
    </message>
    <message>
        <source>This is the customer&apos;s first interaction.</source>
        <translation>Bu mijozning birinchi murojaati.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Customer: %1 (%2, %3), writes by %4; mood: %5</source>
        <translation>Mijoz: %1 (%2, %3), kanal: %4; kayfiyati: %5</translation>
    </message>
    <message>
        <source>Order %1: %2 %3</source>
        <translation>Buyurtma %1: %2 %3</translation>
    </message>
    <message>
        <source>Paid with: %1</source>
        <translation>To&apos;lov usuli: %1</translation>
    </message>
    <message>
        <source>Your goal: %1</source>
        <translation>Sizning maqsadingiz: %1</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>xotirjam</translation>
    </message>
    <message>
        <source>friendly</source>
        <translation>do&apos;stona</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>xavotirda</translation>
    </message>
    <message>
        <source>annoyed</source>
        <translation>norozi</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>g&apos;azablangan</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>hal qilindi</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskalatsiya qilindi</translation>
    </message>
    <message>
        <source>customer left</source>
        <translation>mijoz chiqib ketdi</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Trening</translation>
    </message>
    <message>
        <source>The training database must not be the real one: check Settings.</source>
        <translation>Trening ma&apos;lumotlar bazasi haqiqiy baza bo&apos;lmasligi kerak: Sozlamalarni tekshiring.</translation>
    </message>
    <message>
        <source>The training database cannot be opened: %1</source>
        <translation>Trening ma&apos;lumotlar bazasini ochib bo&apos;lmadi: %1</translation>
    </message>
    <message>
        <source>A trainer</source>
        <translation>Murabbiy</translation>
    </message>
    <message>
        <source>%1 has started a live training session for you: %2.</source>
        <translation>%1 siz uchun jonli trening mashg'ulotini boshladi: %2.</translation>
    </message>
    <message>
        <source>%1 has started a training session for you: %2.</source>
        <translation>%1 siz uchun trening mashg'ulotini boshladi: %2.</translation>
    </message>
    <message>
        <source>It opens a training console on a practice database; your real work stays as it is.</source>
        <translation>Mashq uchun ma'lumotlar bazasida trening konsoli ochiladi; haqiqiy ishingiz o'zgarishsiz qoladi.</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Hozir boshlash</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rad etish</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Keyinroq</translation>
    </message>
    <message>
        <source>This session is no longer waiting: the trainer cancelled it, or it started elsewhere.</source>
        <translation>Bu mashg'ulot endi kutish holatida emas: murabbiy uni bekor qilgan yoki u boshqa joyda boshlangan.</translation>
    </message>
    <message>
        <source>This session cannot be started on this desk: %1</source>
        <translation>Bu mashg'ulotni ushbu ish joyida boshlab bo'lmaydi: %1</translation>
    </message>
    <message>
        <source>Ending reached</source>
        <translation>Erishilgan yakun</translation>
    </message>
    <message>
        <source>Replied in the customer&apos;s language</source>
        <translation>Mijoz tilida javob berildi</translation>
    </message>
    <message>
        <source>Formal address</source>
        <translation>Sizlab murojaat qilish</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Birinchi javob berish vaqti</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Javob berish vaqtlari</translation>
    </message>
    <message>
        <source>Currency named</source>
        <translation>Valyuta ko&apos;rsatildi</translation>
    </message>
    <message>
        <source>Local payment method named</source>
        <translation>Mahalliy to&apos;lov usuli ko&apos;rsatildi</translation>
    </message>
    <message>
        <source>Wrap-up code</source>
        <translation>Natija kodi</translation>
    </message>
    <message>
        <source>Every reply was in {expected}.</source>
        <translation>Barcha javoblar {expected} tilida yozilgan.</translation>
    </message>
    <message>
        <source>First reply after {seconds} s (limit {limit} s).</source>
        <translation>Birinchi javob {seconds} s o&apos;tib berildi (chegara: {limit} s).</translation>
    </message>
    <message>
        <source>No reply named a payment method the customer can use ({methods}).</source>
        <translation>Hech bir javobda mijoz foydalana oladigan to&apos;lov usuli ko&apos;rsatilmadi ({methods}).</translation>
    </message>
    <message>
        <source>No reply named the currency {currency} (as {names}).</source>
        <translation>Hech bir javobda {currency} valyutasi ko&apos;rsatilmadi ({names} shaklida).</translation>
    </message>
    <message>
        <source>No wrap-up code was chosen; expected {expected}.</source>
        <translation>Natija kodi tanlanmadi; kutilgan kod: {expected}.</translation>
    </message>
    <message>
        <source>Reply {n} addressed the customer informally.</source>
        <translation>{n}-javobda mijozga sizlamasdan murojaat qilingan.</translation>
    </message>
    <message>
        <source>Reply {n} named {found}.</source>
        <translation>{n}-javobda ko&apos;rsatilgan: {found}.</translation>
    </message>
    <message>
        <source>Reply {n} was written in {found}, not in {expected}.</source>
        <translation>{n}-javob {expected} tilida emas, {found} tilida yozilgan.</translation>
    </message>
    <message>
        <source>Slowest later reply after {seconds} s (limit {limit} s).</source>
        <translation>Keyingi javoblarning eng sekini {seconds} s o&apos;tib berildi (chegara: {limit} s).</translation>
    </message>
    <message>
        <source>The conversation ended in &apos;{ending}&apos; ({kind}); good endings: {good}.</source>
        <translation>Suhbat &apos;{ending}&apos; yakuni bilan tugadi ({kind}); yaxshi yakunlar: {good}.</translation>
    </message>
    <message>
        <source>The customer&apos;s message in &apos;{turn}&apos; was never answered.</source>
        <translation>Mijozning &apos;{turn}&apos; bosqichidagi xabariga javob berilmadi.</translation>
    </message>
    <message>
        <source>Wrap-up code {found} (expected {expected}).</source>
        <translation>Natija kodi: {found} (kutilgan: {expected}).</translation>
    </message>
    <message>
        <source>The trainee never replied.</source>
        <translation>Ishtirokchi birorta ham javob bermadi.</translation>
    </message>
    <message>
        <source>Every reply addressed the customer formally.</source>
        <translation>Barcha javoblarda mijozga sizlab murojaat qilingan.</translation>
    </message>
    <message>
        <source>The first message was never answered.</source>
        <translation>Birinchi xabarga javob berilmadi.</translation>
    </message>
    <message>
        <source>The conversation did not reach an ending.</source>
        <translation>Suhbat hech qaysi yakunga yetmadi.</translation>
    </message>
    <message>
        <source>Score: %1 of %2 points (%3%)</source>
        <translation>Ball: %2 dan %1 (%3%)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Suhbat matni</translation>
    </message>
    <message>
        <source>Trainer comments</source>
        <translation>Murabbiy izohlari</translation>
    </message>
    <message>
        <source>Trainee: %1 · %2 · ending: %3</source>
        <translation>Ishtirokchi: %1 · %2 · yakun: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yo&apos;q</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tekshiruv</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Ball</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Nima bo&apos;ldi</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Mijoz</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Ishtirokchi</translation>
    </message>
    <message>
        <source>points lost here</source>
        <translation>shu yerda ball yo&apos;qotildi</translation>
    </message>
    <message>
        <source>Trainer&apos;s scorecard: %1 of 100 (%2)</source>
        <translation>Murabbiyning baholash varaqasi: 100 dan %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING</source>
        <translation>TRENING</translation>
    </message>
    <message>
        <source>a practice database: nothing reaches real customers</source>
        <translation>mashq uchun ma&apos;lumotlar bazasi: haqiqiy mijozlarga hech narsa yetib bormaydi</translation>
    </message>
    <message>
        <source>Scenario &amp;brief…</source>
        <translation>Ssenariy &amp;tavsifi…</translation>
    </message>
    <message>
        <source>&amp;Finish and score</source>
        <translation>&amp;Yakunlash va baholash</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Trening mashg&apos;uloti</translation>
    </message>
    <message>
        <source>Session finished: scoring…</source>
        <translation>Mashg&apos;ulot tugadi: baholanmoqda…</translation>
    </message>
    <message>
        <source>Paused by the trainer.</source>
        <translation>Murabbiy mashg&apos;ulotni vaqtincha to&apos;xtatdi.</translation>
    </message>
    <message>
        <source>The customer has ended the conversation. Record the wrap-up, then press Finish and score.</source>
        <translation>Mijoz suhbatni tugatdi. Natijani kiriting, so&apos;ng «Yakunlash va baholash» tugmasini bosing.</translation>
    </message>
    <message>
        <source>Live: a trainer is writing as the customer.</source>
        <translation>Jonli rejim: murabbiy mijoz nomidan yozmoqda.</translation>
    </message>
    <message>
        <source>Scripted customer: reply as you would to a real one.</source>
        <translation>Ssenariy bo&apos;yicha mijoz: unga haqiqiy mijozga javob bergandek javob bering.</translation>
    </message>
    <message>
        <source>Scenario brief</source>
        <translation>Ssenariy tavsifi</translation>
    </message>
</context>
<context>
    <name>TrainingLibrary</name>
    <message>
        <source>Training</source>
        <translation>Trening</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Ssenariylar</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Mashg&apos;ulotlar</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>Mening mashg&apos;ulotlarim</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Guruh</translation>
    </message>
    <message>
        <source>Filter: title, country, language, channel</source>
        <translation>Filtr: nomi, mamlakat, til, kanal</translation>
    </message>
    <message>
        <source>Filter scenarios</source>
        <translation>Ssenariylarni filtrlash</translation>
    </message>
    <message>
        <source>Scenario details</source>
        <translation>Ssenariy tafsilotlari</translation>
    </message>
    <message>
        <source>&amp;Start a session</source>
        <translation>Mashg&apos;ulotni &amp;boshlash</translation>
    </message>
    <message>
        <source>Start &amp;live (you play the customer)</source>
        <translation>&amp;Jonli boshlash (mijoz rolini siz o&apos;ynaysiz)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Tahrirlash…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import qilish…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksport qilish…</translation>
    </message>
    <message>
        <source>Open the &amp;debrief</source>
        <translation>Yakuniy &amp;tahlilni ochish</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Boshlangan</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Ishtirokchi</translation>
    </message>
    <message>
        <source>&amp;Cancel the waiting session</source>
        <translation>Kutilayotgan &amp;mashg'ulotni bekor qilish</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Kim uchun:</translation>
    </message>
    <message>
        <source>Yourself, to try the scenario, or a trainee: it starts on their desk when they accept it.</source>
        <translation>O'zingiz (ssenariyni sinab ko'rish uchun) yoki ishtirokchi: mashg'ulot u qabul qilgach, uning ish joyida boshlanadi.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (siz)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Ssenariy</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Rejim</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Yakun</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Baho</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>O&apos;rtacha baho</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Eng yuqori baho</translation>
    </message>
    <message>
        <source>Resolved / escalated / left</source>
        <translation>Hal qilindi / eskalatsiya / chiqib ketdi</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Oxirgi mashg&apos;ulot</translation>
    </message>
    <message>
        <source>Some scenario files cannot be used:</source>
        <translation>Ba&apos;zi ssenariy fayllaridan foydalanib bo&apos;lmaydi:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Mijoz</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Kayfiyat</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Sabr-toqat</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Buyurtma</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>To&apos;lov usuli</translation>
    </message>
    <message>
        <source>Payment methods to offer</source>
        <translation>Taklif qilinadigan to&apos;lov usullari</translation>
    </message>
    <message>
        <source>Expected wrap-up</source>
        <translation>Kutilgan natija kodi</translation>
    </message>
    <message>
        <source>Endings</source>
        <translation>Yakunlar</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Maqsad</translation>
    </message>
    <message>
        <source>Finish the session that is running first.</source>
        <translation>Avval davom etayotgan mashg&apos;ulotni yakunlang.</translation>
    </message>
    <message>
        <source>The session waits for %1: it starts when they accept it at their desk.</source>
        <translation>Mashg'ulot %1 uchun kutish holatida: u o'z ish joyida qabul qilgach, boshlanadi.</translation>
    </message>
    <message>
        <source>This desk keeps its training database to itself: for a trainee at another desk, set the team&apos;s training database in Settings.</source>
        <translation>Bu ish joyining trening ma'lumotlar bazasi boshqalar bilan ulashilmagan: boshqa ish joyidagi ishtirokchi uchun Sozlamalarda jamoaning umumiy trening ma'lumotlar bazasini belgilang.</translation>
    </message>
    <message>
        <source>Export the scenario</source>
        <translation>Ssenariyni eksport qilish</translation>
    </message>
    <message>
        <source>Scenarios (*.yaml *.yml)</source>
        <translation>Ssenariylar (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import scenarios</source>
        <translation>Ssenariylarni import qilish</translation>
    </message>
    <message numerus="yes">
        <source>%n scenarios imported.</source>
        <translation>
            <numerusform>%n ta ssenariy import qilindi.</numerusform>
            <numerusform>%n ta ssenariy import qilindi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Import qilinmadi:</translation>
    </message>
    <message>
        <source>scripted</source>
        <translation>ssenariy bo&apos;yicha</translation>
    </message>
    <message>
        <source>live</source>
        <translation>jonli</translation>
    </message>
    <message>
        <source>running</source>
        <translation>davom etmoqda</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>to&apos;xtatilgan</translation>
    </message>
    <message>
        <source>waiting for the trainee</source>
        <translation>ishtirokchi kutilmoqda</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rad etilgan</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>bekor qilingan</translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <source>Training</source>
        <extracomment>Real ms between looks at the training database in a live session: the trainee&apos;s console for the trainer&apos;s commands, the trainer&apos;s side for the state the console published. (Team mode&apos;s LISTEN/NOTIFY will wake both at once; the look stays as the fallback for SQLite.) A session in one of these states is over for both sides.</extracomment>
        <translation>Trening</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <source>&amp;Disposition</source>
        <extracomment>Set when correcting a saved outcome.</extracomment>
        <translation>&amp;Natija kodi</translation>
    </message>
    <message>
        <source>Contact &amp;reason</source>
        <translation>Murojaat &amp;sababi</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Hal qilindi</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ha</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;Yo&apos;q</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Eslatmalar</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>So&apos;rovnoma</translation>
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
        <translation>yo&apos;q</translation>
    </message>
    <message>
        <source>Customer satisfaction, 1–5, if the customer answered the survey</source>
        <translation>Mijozlar mamnuniyati (CSAT), 1–5, agar mijoz so&apos;rovnomaga javob bergan bo&apos;lsa</translation>
    </message>
    <message>
        <source>Net Promoter Score, 0–10, if the customer answered the survey</source>
        <translation>Net Promoter Score (NPS), 0–10, agar mijoz so&apos;rovnomaga javob bergan bo&apos;lsa</translation>
    </message>
    <message>
        <source>Customer effort, 1–7 (lower is easier), if the customer answered</source>
        <translation>Mijoz harakatlari ko&apos;rsatkichi (CES), 1–7 (qanchalik past bo&apos;lsa, shunchalik oson), agar mijoz javob bergan bo&apos;lsa</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>&amp;Qayta bog&apos;lanish</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Qachon</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Sabab</translation>
    </message>
    <message>
        <source>e.g. confirm the refund arrived</source>
        <translation>masalan, pul qaytarilganini tasdiqlash</translation>
    </message>
    <message>
        <source>Save and next (Ctrl+Enter)</source>
        <translation>Saqlash va keyingisi (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Back to the conversation (Esc)</source>
        <translation>Suhbatga qaytish (Esc)</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Natija kodi</translation>
    </message>
    <message>
        <source>Contact reason</source>
        <translation>Murojaat sababi</translation>
    </message>
    <message>
        <source>Resolved: yes</source>
        <translation>Hal qilindi: ha</translation>
    </message>
    <message>
        <source>Resolved: no</source>
        <translation>Hal qilindi: yo&apos;q</translation>
    </message>
    <message>
        <source>Wrap-up notes</source>
        <translation>Natija bo&apos;yicha eslatmalar</translation>
    </message>
    <message>
        <source>CSAT score</source>
        <translation>CSAT bahosi</translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation>NPS bahosi</translation>
    </message>
    <message>
        <source>CES score</source>
        <translation>CES bahosi</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Qayta bog&apos;lanish</translation>
    </message>
    <message>
        <source>Follow-up date and time</source>
        <translation>Qayta bog&apos;lanish sanasi va vaqti</translation>
    </message>
    <message>
        <source>Follow-up time zone</source>
        <translation>Qayta bog&apos;lanish vaqt mintaqasi</translation>
    </message>
    <message>
        <source>Follow-up reason</source>
        <translation>Qayta bog&apos;lanish sababi</translation>
    </message>
    <message>
        <source>Changes to this outcome</source>
        <translation>Ushbu natijaga kiritilgan o&apos;zgarishlar</translation>
    </message>
    <message>
        <source>Save the wrap-up</source>
        <translation>Natijani saqlash</translation>
    </message>
    <message>
        <source>Back to the conversation</source>
        <translation>Suhbatga qaytish</translation>
    </message>
    <message>
        <source>Correct the outcome: %1</source>
        <translation>Natijani tuzatish: %1</translation>
    </message>
    <message>
        <source>Wrap-up: %1</source>
        <translation>Murojaat natijasi: %1</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (o&apos;chirilgan)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Tanlang…</translation>
    </message>
    <message>
        <source>customer&apos;s time (%1)</source>
        <translation>mijoz vaqti (%1)</translation>
    </message>
    <message>
        <source>my time (%1)</source>
        <translation>mening vaqtim (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 changed %3: %4 → %5</source>
        <translation>%1 · %2 %3 maydonini o&apos;zgartirdi: %4 → %5</translation>
    </message>
    <message>
        <source>No changes since the wrap-up.</source>
        <translation>Natija saqlangandan beri o&apos;zgarishlar yo&apos;q.</translation>
    </message>
    <message>
        <source>Handle time %1</source>
        <translation>Ishlov berish vaqti: %1</translation>
    </message>
    <message>
        <source>Handle time %1 (after-contact work %2)</source>
        <translation>Ishlov berish vaqti: %1 (murojaatdan keyingi ish: %2)</translation>
    </message>
    <message>
        <source>Choose a disposition.</source>
        <translation>Natija kodini tanlang.</translation>
    </message>
    <message>
        <source>Choose the contact reason.</source>
        <translation>Murojaat sababini tanlang.</translation>
    </message>
    <message>
        <source>Say whether the issue was resolved.</source>
        <translation>Masala hal qilingan yoki yo&apos;qligini belgilang.</translation>
    </message>
    <message>
        <source>This queue needs a note.</source>
        <translation>Bu navbatda eslatma yozish majburiy.</translation>
    </message>
    <message>
        <source>CSAT is between 1 and 5.</source>
        <translation>CSAT 1 dan 5 gacha bo&apos;ladi.</translation>
    </message>
    <message>
        <source>NPS is between 0 and 10.</source>
        <translation>NPS 0 dan 10 gacha bo&apos;ladi.</translation>
    </message>
    <message>
        <source>CES is between 1 and 7.</source>
        <translation>CES 1 dan 7 gacha bo&apos;ladi.</translation>
    </message>
    <message>
        <source>The follow-up is in the past; pick a later time.</source>
        <translation>Qayta bog&apos;lanish vaqti o&apos;tib ketgan; keyinroq vaqtni tanlang.</translation>
    </message>
    <message>
        <source>This code was removed since; choose another.</source>
        <translation>Bu kod keyinchalik o&apos;chirilgan; boshqasini tanlang.</translation>
    </message>
</context>
</TS>
