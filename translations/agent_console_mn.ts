<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>IMAP server:</source>
        <extracomment>(field, widget type) per kind; &quot;secret&quot; fields go to the keyring, &quot;list&quot; fields are comma-separated.</extracomment>
        <translation>IMAP сервер:</translation>
    </message>
    <message>
        <source>IMAP port:</source>
        <translation>IMAP порт:</translation>
    </message>
    <message>
        <source>IMAP security:</source>
        <translation>IMAP хамгаалалт:</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>SMTP сервер:</translation>
    </message>
    <message>
        <source>SMTP port:</source>
        <translation>SMTP порт:</translation>
    </message>
    <message>
        <source>SMTP security:</source>
        <translation>SMTP хамгаалалт:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Хэрэглэгчийн нэр:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Нууц үг:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Илгээгчийн хаяг:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Илгээгчийн нэр:</translation>
    </message>
    <message>
        <source>Folder to fetch:</source>
        <translation>Мессеж татах хавтас:</translation>
    </message>
    <message>
        <source>Save sent replies in:</source>
        <translation>Илгээсэн хариултыг хадгалах хавтас:</translation>
    </message>
    <message>
        <source>Account SID:</source>
        <translation>Бүртгэлийн SID:</translation>
    </message>
    <message>
        <source>Auth token:</source>
        <translation>Баталгаажуулах токен:</translation>
    </message>
    <message>
        <source>SMS numbers:</source>
        <translation>SMS дугаарууд:</translation>
    </message>
    <message>
        <source>WhatsApp numbers:</source>
        <translation>WhatsApp дугаарууд:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API хаяг:</translation>
    </message>
    <message>
        <source>Bot token:</source>
        <translation>Ботын токен:</translation>
    </message>
    <message>
        <source>E-mail (IMAP and SMTP)</source>
        <translation>Цахим шуудан (IMAP ба SMTP)</translation>
    </message>
    <message>
        <source>SMS and WhatsApp (Twilio)</source>
        <translation>SMS ба WhatsApp (Twilio)</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Telegram бот</translation>
    </message>
    <message>
        <source>Channel accounts</source>
        <translation>Сувгийн бүртгэлүүд</translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation>&amp;Шинэ бүртгэл</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Устгах</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Холболтыг &amp;турших</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Хадгалах</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Т&amp;өрөл:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Нэр:</translation>
    </message>
    <message>
        <source>&amp;Check every (seconds):</source>
        <translation>Шалгах &amp;давтамж (секунд):</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>Да&amp;раалал:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Идэвхтэй</translation>
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
        <translation>Байхгүй (шифрлэлтгүй)</translation>
    </message>
    <message>
        <source>Stored in the system keyring; leave empty to keep it</source>
        <translation>Системийн түлхүүрийн санд хадгалагдана; одоогийнхыг хэвээр үлдээх бол хоосон орхино уу</translation>
    </message>
    <message>
        <source>+995322000000, +995322000001</source>
        <translation>+995322000000, +995322000001</translation>
    </message>
    <message>
        <source>The provider&apos;s address (change only for a proxy or a test server)</source>
        <translation>Үйлчилгээ үзүүлэгчийн хаяг (зөвхөн прокси эсвэл туршилтын серверийн хувьд өөрчилнө)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>идэвхгүй</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>асуудал: %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>хараахан синхрончлогдоогүй</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>синхрончлогдсон: %1</translation>
    </message>
    <message>
        <source>Saved. New messages are fetched within one check interval.</source>
        <translation>Хадгаллаа. Шинэ мессежүүд дараагийн шалгалтаар татагдана.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Хадгалагдсангүй: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Холбогдож байна…</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>Холболт ажиллаж байна: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Холбогдож чадсангүй: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Бүртгэл устгах</translation>
    </message>
    <message>
        <source>Remove this account and its stored secrets? Its messages stay in the timelines.</source>
        <translation>Энэ бүртгэл болон түүний хадгалсан нууц мэдээллийг устгах уу? Түүний мессежүүд түүхэнд хэвээр үлдэнэ.</translation>
    </message>
    <message>
        <source>Disabled, not removed: replies in its outbox still wait to be sent.</source>
        <translation>Идэвхгүй болгосон, устгаагүй: түүний илгээх дараалалд хариултууд илгээгдэхийг хүлээсээр байна.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Where the supervisors disagree</source>
        <translation>Хянагчид хаана санал зөрөв</translation>
    </message>
    <message>
        <source>Answers per criterion and supervisor</source>
        <translation>Шалгуур, хянагч тус бүрийн хариулт</translation>
    </message>
    <message numerus="yes">
        <source>Scores: %1. Spread: %2 points. %n criteria rated differently.</source>
        <translation>
            <numerusform>Оноо: %1. Зөрүү: %2 оноо. %n шалгуурыг өөрөөр үнэлсэн.</numerusform>
            <numerusform>Оноо: %1. Зөрүү: %2 оноо. %n шалгуурыг өөрөөр үнэлсэн.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>Цахим шуудан</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Утас</translation>
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
        <translation>Чат</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Олон нийтийн сүлжээ</translation>
    </message>
</context>
<context>
    <name>ChannelStatusButton</name>
    <message numerus="yes">
        <source>Channels: %n with a problem</source>
        <translation>
            <numerusform>Сувгууд: %n асуудалтай</numerusform>
            <numerusform>Сувгууд: %n асуудалтай</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels: all working</source>
        <translation>Сувгууд: бүгд ажиллаж байна</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Илгээх дараалал: %n хүлээгдэж байна</numerusform>
            <numerusform>Илгээх дараалал: %n хүлээгдэж байна</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>хэзээ ч үгүй</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1: идэвхгүй</translation>
    </message>
    <message>
        <source>%1: last synced %2</source>
        <translation>%1: сүүлийн синхрончлол – %2</translation>
    </message>
    <message>
        <source>%1: %2 (last synced %3)</source>
        <translation>%1: %2 (сүүлийн синхрончлол: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n replies need your decision in the outbox</source>
        <translation>
            <numerusform>Илгээх дараалалд %n хариулт таны шийдвэрийг хүлээж байна</numerusform>
            <numerusform>Илгээх дараалалд %n хариулт таны шийдвэрийг хүлээж байна</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachingWindow</name>
    <message>
        <source>My coaching</source>
        <translation>Миний дасгалжуулалт</translation>
    </message>
    <message>
        <source>Acknowledge (Ctrl+K)</source>
        <translation>Танилцсан (Ctrl+K)</translation>
    </message>
    <message>
        <source>Acknowledge the selected note</source>
        <translation>Сонгосон зөвлөмжтэй танилцсанаа баталгаажуулах</translation>
    </message>
    <message>
        <source>Coaching notes on your messages</source>
        <translation>Таны мессежүүдэд өгсөн зөвлөмжүүд</translation>
    </message>
    <message>
        <source>Your reviews</source>
        <translation>Таны ярианы үнэлгээнүүд</translation>
    </message>
    <message>
        <source>Exemplary conversations shared with you</source>
        <translation>Тантай хуваалцсан жишиг ярианууд</translation>
    </message>
    <message>
        <source>Quality score by week</source>
        <translation>7 хоног тутмын чанарын оноо</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Үнэлсэн огноо</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Үнэлгээчин</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Чанарын оноо</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Дүгнэлт</translation>
    </message>
    <message numerus="yes">
        <source>Your quality score: %1 % over %n reviews</source>
        <translation>
            <numerusform>Таны чанарын оноо: %1 % (%n үнэлгээгээр)</numerusform>
            <numerusform>Таны чанарын оноо: %1 % (%n үнэлгээгээр)</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews of your conversations yet.</source>
        <translation>Таны ярианд хараахан үнэлгээ өгөөгүй байна.</translation>
    </message>
    <message numerus="yes">
        <source>Notes to acknowledge: %n</source>
        <translation>
            <numerusform>Танилцах зөвлөмж: %n</numerusform>
            <numerusform>Танилцах зөвлөмж: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation>танилцсан: %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>шинэ</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Үнэлгээнүүд</translation>
    </message>
    <message>
        <source>critical criterion failed</source>
        <translation>эгзэгтэй шалгуур хангагдаагүй</translation>
    </message>
    <message>
        <source>Exemplary conversations</source>
        <translation>Жишиг ярианууд</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Two conversations side by side</source>
        <translation>Хоёр яриа зэрэгцүүлэн</translation>
    </message>
    <message>
        <source>&amp;Scroll together</source>
        <translation>Хамт &amp;гүйлгэх</translation>
    </message>
    <message>
        <source>by message</source>
        <translation>мессежээр</translation>
    </message>
    <message>
        <source>by time since the start</source>
        <translation>эхэлснээс хойших хугацаагаар</translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation>Хамт гүйлгэх</translation>
    </message>
    <message>
        <source>Left conversation</source>
        <translation>Зүүн талын яриа</translation>
    </message>
    <message>
        <source>Right conversation</source>
        <translation>Баруун талын яриа</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Үр дүн</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Шийдвэрлэсэн</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Зарцуулсан хугацаа</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Мессежүүд</translation>
    </message>
    <message>
        <source>Canned replies used</source>
        <translation>Ашигласан бэлэн хариултууд</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>тийм</translation>
    </message>
    <message>
        <source>no</source>
        <translation>үгүй</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <extracomment>The channel this reply leaves on: the conversation&apos;s, or another address of the customer.</extracomment>
        <translation>Илгээх</translation>
    </message>
    <message>
        <source>Send the reply (%1)</source>
        <translation>Хариултыг илгээх (%1)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Хариулт</translation>
    </message>
    <message>
        <source>Send the reply through this channel</source>
        <translation>Хариуг энэ сувгаар илгээх</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Хариултыг илгээх</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Яриа сонгоогүй байна</translation>
    </message>
    <message>
        <source>Reply via %1 to %2</source>
        <translation>Хариулт: %2 (%1 сувгаар)</translation>
    </message>
    <message>
        <source>Write your reply… (Ctrl+Enter sends)</source>
        <translation>Хариултаа бичнэ үү… (Ctrl+Enter – илгээх)</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Ноорог сэргээгдлээ</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Ноорог хадгалагдлаа</translation>
    </message>
    <message>
        <source>Loading canned replies…</source>
        <translation>Бэлэн хариултуудыг ачаалж байна…</translation>
    </message>
    <message>
        <source>Reply inserted.</source>
        <translation>Хариултыг оруулсан.</translation>
    </message>
    <message>
        <source>Fill in before sending: %1</source>
        <translation>Илгээхээс өмнө бөглөнө үү: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Илгээгдлээ</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Илгээгдсэнгүй: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Agent Console — unexpected error</source>
        <translation>Agent Console — гэнэтийн алдаа</translation>
    </message>
    <message>
        <source>Something went wrong. Your drafts are saved; you can keep working, or restart Agent Console if the window misbehaves.</source>
        <translation>Ямар нэг зүйл буруу боллоо. Таны ноорогууд хадгалагдсан; үргэлжлүүлэн ажиллах, эсвэл цонх зөв ажиллахгүй бол Agent Console-ийг дахин эхлүүлж болно.</translation>
    </message>
    <message>
        <source>Please send the details to your administrator.</source>
        <translation>Дэлгэрэнгүйг администраторт илгээнэ үү.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Дэлгэрэнгүйг хуулах</translation>
    </message>
</context>
<context>
    <name>CustomerCardWidget</name>
    <message>
        <source>Language:</source>
        <translation>Хэл:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Улс:</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>Орон нутгийн цаг:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Харилцаа:</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Бүртгэлүүд</translation>
    </message>
    <message>
        <source>The customer&apos;s identities per channel</source>
        <translation>Харилцагчийн суваг тус бүрийн бүртгэлүүд</translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation>Магадгүй ижил хүн</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>Санал болгосон нэгтгэлүүд</translation>
    </message>
    <message>
        <source>Merge into this customer</source>
        <translation>Энэ харилцагчид нэгтгэх</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Өөр хүн</translation>
    </message>
    <message>
        <source>Merged into this customer</source>
        <translation>Энэ харилцагчид нэгтгэгдсэн</translation>
    </message>
    <message>
        <source>Merges that can be undone</source>
        <translation>Буцаах боломжтой нэгтгэлүүд</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Нэгтгэлийг буцаах</translation>
    </message>
    <message>
        <source>Merge with another customer… (Ctrl+M)</source>
        <translation>Өөр харилцагчтай нэгтгэх… (Ctrl+M)</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Харилцагч сонгоогүй байна</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>тодорхойгүй</translation>
    </message>
    <message>
        <source>%1 open of %2</source>
        <translation>нээлттэй %1 / нийт %2</translation>
    </message>
    <message>
        <source>same name and country</source>
        <translation>ижил нэр, улс</translation>
    </message>
    <message>
        <source>similar address: %1</source>
        <translation>төстэй хаяг: %1</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>цагийн бүс тодорхойгүй</translation>
    </message>
</context>
<context>
    <name>CustomerSide</name>
    <message>
        <source>Playing the customer — %1</source>
        <translation>Харилцагчийн дүрд — %1</translation>
    </message>
    <message>
        <source>Suggested lines (double-click to use):</source>
        <translation>Санал болгох хэллэгүүд (ашиглахын тулд давхар товшино уу):</translation>
    </message>
    <message>
        <source>&amp;Send as the customer</source>
        <translation>Харилцагчийн нэрээр &amp;илгээх</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Түр зогсоох</translation>
    </message>
    <message>
        <source>&amp;End the session with</source>
        <translation>Сонгосон төгсгөлөөр &amp;дуусгах</translation>
    </message>
    <message>
        <source>&amp;Cancel the session</source>
        <translation>Дасгалыг &amp;цуцлах</translation>
    </message>
    <message>
        <source>Open the &amp;debrief</source>
        <translation>Дүгнэлтийг &amp;нээх</translation>
    </message>
    <message>
        <source>Write as the customer: a reply, or a complication to test the trainee</source>
        <translation>Харилцагчийн нэрээр бичнэ үү: хариулт, эсвэл суралцагчийг шалгах хүндрэл</translation>
    </message>
    <message>
        <source>The customer&apos;s message</source>
        <translation>Харилцагчийн мессеж</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Яриа</translation>
    </message>
    <message>
        <source>Suggested lines</source>
        <translation>Санал болгох хэллэгүүд</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Төгсгөл</translation>
    </message>
    <message>
        <source>the trainee</source>
        <translation>суралцагч</translation>
    </message>
    <message>
        <source>The training database cannot be reached; trying again… (%1)</source>
        <translation>Сургалтын өгөгдлийн санд холбогдож чадсангүй; дахин оролдож байна… (%1)</translation>
    </message>
    <message>
        <source>Waiting for %1 to take the session at their desk…</source>
        <translation>%1 дасгалыг ажлын байрнаасаа эхлүүлтэл хүлээж байна…</translation>
    </message>
    <message>
        <source>Finished and scored: the debrief is ready.</source>
        <translation>Дуусч, үнэлэгдлээ: дүгнэлт бэлэн боллоо.</translation>
    </message>
    <message>
        <source>%1 closed the training console before the end.</source>
        <translation>%1 дасгал дуусахаас өмнө сургалтын консолыг хаалаа.</translation>
    </message>
    <message>
        <source>%1 declined the session.</source>
        <translation>%1 дасгалаас татгалзлаа.</translation>
    </message>
    <message>
        <source>The session was cancelled before it started.</source>
        <translation>Дасгал эхлэхээс өмнө цуцлагдлаа.</translation>
    </message>
    <message>
        <source>The customer has left the conversation; %1 is recording the wrap-up.</source>
        <translation>Харилцагч ярианаас гарлаа; %1 үр дүнг бүртгэж байна.</translation>
    </message>
    <message>
        <source>Paused: the customer&apos;s clock has stopped.</source>
        <translation>Түр зогсоосон: харилцагчийн цаг зогссон.</translation>
    </message>
    <message>
        <source>Live with %1: what you send reaches their console as the customer&apos;s message.</source>
        <translation>Шууд горим: Таны илгээсэн бүхнийг %1 консол дээрээ харилцагчийн мессеж болгон хүлээн авна.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Суралцагч</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>KPI dashboard</source>
        <translation>KPI самбар</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Хугацаа</translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>&amp;Бүлэглэх</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Сүүлийн 7 хоног</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Сүүлийн 30 хоног</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Энэ сар</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Өнгөрсөн сар</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Сүүлийн 90 хоног</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Энэ жил</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Сүүлийн 12 сар</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Дурын хугацаа</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Баг</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Дараалал</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Суваг</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Улс</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Хэл</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Шинэчлэх</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV экспортлох…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>XLSX экспортлох…</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Тодорхойлолт</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Хугацаа</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Эхний өдөр</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Сүүлийн өдөр</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Бүлэглэх</translation>
    </message>
    <message>
        <source>Figures by group; Enter lists the contacts behind a figure</source>
        <translation>Бүлгээр гаргасан үзүүлэлтүүд; Enter дарвал үзүүлэлтэд хамаарах харилцааг жагсаана</translation>
    </message>
    <message>
        <source>Contacts over time</source>
        <translation>Харилцааны тоо хугацаагаар</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Сувгийн харьцаа</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Тайланг CSV хэлбэрээр экспортлох</translation>
    </message>
    <message>
        <source>Export the report as XLSX</source>
        <translation>Тайланг XLSX хэлбэрээр экспортлох</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>KPI-н тодорхойлолт</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Хугацааны төгсгөл эхлэлээсээ өмнө байна.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ачаалж байна…</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>Үзүүлэлтүүдийг ачаалж чадсангүй: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>тодорхойгүй</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n contacts wrapped up</source>
        <translation>
            <numerusform>%1 – %2: %n харилцааны үр дүнг бүртгэсэн</numerusform>
            <numerusform>%1 – %2: %n харилцааны үр дүнг бүртгэсэн</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Нийт</translation>
    </message>
    <message>
        <source>Quality by agent</source>
        <translation>Оператор тус бүрийн чанар</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Үнэлгээ</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Чанарын оноо</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>Эгзэгтэй алдаа</translation>
    </message>
    <message>
        <source>Quality by criterion</source>
        <translation>Шалгуур тус бүрийн чанар</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Шалгуур</translation>
    </message>
    <message>
        <source>Average points</source>
        <translation>Дундаж оноо</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Харилцаа</translation>
    </message>
    <message numerus="yes">
        <source>Quality (%n reviews)</source>
        <translation>
            <numerusform>Чанар (%n үнэлгээ)</numerusform>
            <numerusform>Чанар (%n үнэлгээ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts per day</source>
        <translation>Өдөр тутмын харилцаа</translation>
    </message>
    <message>
        <source>Contacts per week</source>
        <translation>7 хоног тутмын харилцаа</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Сар тутмын харилцаа</translation>
    </message>
    <message>
        <source>Contacts behind: %1</source>
        <translation>Үзүүлэлтэд хамаарах харилцаа: %1</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Тайланг экспортлох</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 файлыг бичиж чадсангүй: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Тайланг хадгаллаа: %1</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Debrief</source>
        <translation>Дүгнэлт</translation>
    </message>
    <message>
        <source>Trainer&apos;s &amp;comments:</source>
        <translation>Сургагчийн &amp;тайлбар:</translation>
    </message>
    <message>
        <source>Save comments</source>
        <translation>Тайлбарыг хадгалах</translation>
    </message>
    <message>
        <source>Score with the &amp;scorecard…</source>
        <translation>Үнэлгээний &amp;хуудсаар үнэлэх…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF болгон хадгалах…</translation>
    </message>
    <message>
        <source>Debrief report</source>
        <translation>Дүгнэлтийн тайлан</translation>
    </message>
    <message>
        <source>Trainer&apos;s comments</source>
        <translation>Сургагчийн тайлбар</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Энэ дасгал устсан байна.</translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation>Дүгнэлтийг хадгалах</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Сургагч</translation>
    </message>
</context>
<context>
    <name>DraftChecksBar</name>
    <message>
        <source>Draft checks</source>
        <translation>Ноорогийн шалгалт</translation>
    </message>
    <message>
        <source>Informal “%1”: use the formal “%2”.</source>
        <translation>Албан бус «%1» биш, албан ёсны «%2» хэлбэрийг хэрэглэнэ үү.</translation>
    </message>
    <message>
        <source>This language has a formal form of address, and customers expect it.</source>
        <translation>Энэ хэлэнд хүндэтгэлтэй хандах хэлбэр байдаг бөгөөд харилцагчид үүнийг хүлээдэг.</translation>
    </message>
    <message>
        <source>No greeting at the start.</source>
        <translation>Эхэнд мэндчилгээ алга.</translation>
    </message>
    <message>
        <source>A reply that opens without a greeting often reads as curt in this language.</source>
        <translation>Энэ хэлэнд мэндчилгээгүй эхэлсэн хариулт ихэвчлэн ширүүн санагддаг.</translation>
    </message>
    <message>
        <source>The customer&apos;s name (%1) is missing.</source>
        <translation>Харилцагчийн нэр (%1) дурдагдаагүй байна.</translation>
    </message>
    <message>
        <source>Addressing the customer by name shows the reply was written for them.</source>
        <translation>Харилцагчид нэрээр нь хандвал хариултыг яг түүнд зориулж бичсэн нь харагдана.</translation>
    </message>
    <message>
        <source>Honorific missing.</source>
        <translation>Хүндэтгэлийн үг дутуу байна.</translation>
    </message>
    <message>
        <source>Capitals (“%1”) read as shouting.</source>
        <translation>Том үсэг («%1») хашгирч буй мэт санагддаг.</translation>
    </message>
    <message>
        <source>Write words in capitals only when they are abbreviations.</source>
        <translation>Зөвхөн товчилсон үгийг том үсгээр бичнэ үү.</translation>
    </message>
    <message>
        <source>Several exclamation marks read as shouting.</source>
        <translation>Олон анхаарлын тэмдэг хашгирч буй мэт санагддаг.</translation>
    </message>
    <message>
        <source>One exclamation mark is enough, if any.</source>
        <translation>Анхаарлын тэмдэг хэрэгтэй бол нэг нь хангалттай.</translation>
    </message>
    <message>
        <source>“%1” is jargon the customer may not know.</source>
        <translation>«%1» бол харилцагчийн мэдэхгүй байж болох мэргэжлийн хэллэг.</translation>
    </message>
    <message>
        <source>Say what it means in plain words.</source>
        <translation>Утгыг нь энгийн үгээр тайлбарлана уу.</translation>
    </message>
    <message>
        <source>Amount in %1; this customer pays in %2.</source>
        <translation>Дүн %1 валютаар байна; энэ харилцагч %2 валютаар төлдөг.</translation>
    </message>
    <message>
        <source>Quote prices in the customer&apos;s currency; the panel converts.</source>
        <translation>Үнийг харилцагчийн валютаар бичнэ үү; самбар хөрвүүлж өгнө.</translation>
    </message>
    <message>
        <source>“%1”: here the decimal separator is “%2”.</source>
        <translation>«%1»: харилцагчийн улсад аравтын бутархайн тусгаарлагч нь «%2».</translation>
    </message>
    <message>
        <source>Write amounts the way the customer&apos;s country writes them.</source>
        <translation>Дүнг харилцагчийн улсад бичдэг хэлбэрээр бичнэ үү.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Хаах</translation>
    </message>
    <message>
        <source>Dismiss this warning for this message</source>
        <translation>Энэ мессежийн хувьд энэ анхааруулгыг хаах</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Load more</source>
        <translation>Цааш ачаалах</translation>
    </message>
    <message>
        <source>Load more contacts</source>
        <translation>Цааш харилцаа ачаалах</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV экспортлох…</translation>
    </message>
    <message>
        <source>Export these contacts as CSV</source>
        <translation>Эдгээр харилцааг CSV хэлбэрээр экспортлох</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Хаагдсан</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Суваг</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Үр дүнгийн код</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Шийдвэрлэсэн</translation>
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
        <translation>Зарцуулсан хугацаа</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>тийм</translation>
    </message>
    <message>
        <source>no</source>
        <translation>үгүй</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts shown</source>
        <translation>
            <numerusform>%n харилцаа харагдаж байна</numerusform>
            <numerusform>%n харилцаа харагдаж байна</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Харилцааг экспортлох</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Customer and reason</source>
        <translation>Харилцагч ба шалтгаан</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Хугацаа</translation>
    </message>
    <message>
        <source>Follow-ups: overdue, today, upcoming</source>
        <translation>Дахин холбогдох: хугацаа хэтэрсэн, өнөөдөр, удахгүй</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Хугацаа хэтэрсэн (%n)</numerusform>
            <numerusform>Хугацаа хэтэрсэн (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today (%n)</source>
        <translation>
            <numerusform>Өнөөдөр (%n)</numerusform>
            <numerusform>Өнөөдөр (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upcoming (%n)</source>
        <translation>
            <numerusform>Удахгүй (%n)</numerusform>
            <numerusform>Удахгүй (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Set on the %1 clock (%2)</source>
        <translation>Хугацааг %1 цагаар тохируулсан (%2)</translation>
    </message>
    <message>
        <source>customer&apos;s</source>
        <translation>харилцагчийн</translation>
    </message>
    <message>
        <source>agent&apos;s</source>
        <translation>операторын</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Email</source>
        <translation>Цахим шуудан</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Утас</translation>
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
        <translation>Чатын зочин</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Олон нийтийн сүлжээ</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Import history</source>
        <translation>Түүх импортлох</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files…</source>
        <translation>
            <numerusform>%n файл импортлож байна…</numerusform>
            <numerusform>%n файл импортлож байна…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зогсоох</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>unread</source>
        <translation>уншаагүй</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Contacts</source>
        <translation>Харилцаа</translation>
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
        <translation>Анхны хандалтаар шийдвэрлэх</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Анхны хариу өгөх хугацаа</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>Шийдвэрлэх хугацаа</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Дундаж зарцуулсан хугацаа</translation>
    </message>
    <message>
        <source>Repeat contacts</source>
        <translation>Давтан харилцаа</translation>
    </message>
    <message>
        <source>CSAT: share of CSAT responses (1–5) that are 4 or 5.</source>
        <translation>CSAT: CSAT-ын хариултуудын (1–5) дотор 4 эсвэл 5 гэсэн хариултын эзлэх хувь.</translation>
    </message>
    <message>
        <source>NPS: % promoters (9–10) minus % detractors (0–6) of NPS responses (0–10).</source>
        <translation>NPS: NPS-ийн хариултуудаас (0–10) дэмжигчдийн % (9–10) хасах шүүмжлэгчдийн % (0–6).</translation>
    </message>
    <message>
        <source>CES: average of CES responses (1–7; lower means less effort).</source>
        <translation>CES: CES-ийн хариултуудын дундаж (1–7; бага байх тусам харилцагч бага хүчин чармайлт гаргасан).</translation>
    </message>
    <message>
        <source>First-contact resolution: of first contacts (no contact by the same customer on the same reason closed within %1 days before), the share resolved with no contact on the same reason within %1 days after, on any channel.</source>
        <translation>Анхны хандалтаар шийдвэрлэх: анхны харилцаануудаас (өмнөх %1 хоногт тухайн харилцагчийн ижил шалтгаантай хаагдсан харилцаа байхгүй) шийдвэрлэгдсэн бөгөөд дараагийн %1 хоногт ижил шалтгаанаар аль ч сувгаар дахин хандаагүй харилцааны эзлэх хувь.</translation>
    </message>
    <message>
        <source>Repeat contacts: share of contacts after which the same customer got in touch again within %1 days, for any reason, on any channel.</source>
        <translation>Давтан харилцаа: тухайн харилцагч %1 хоногийн дотор ямар ч шалтгаанаар, аль ч сувгаар дахин холбогдсон харилцааны эзлэх хувь.</translation>
    </message>
    <message>
        <source>First response time: from the customer&apos;s first message to the first reply or call to that customer, on any channel.</source>
        <translation>Анхны хариу өгөх хугацаа: харилцагчийн эхний мессежээс тухайн харилцагчид өгсөн эхний хариулт эсвэл дуудлага хүртэлх хугацаа, аль ч сувгаар.</translation>
    </message>
    <message>
        <source>Resolution time: for resolved contacts, from the first contact about the issue to the close.</source>
        <translation>Шийдвэрлэх хугацаа: шийдвэрлэгдсэн харилцааны хувьд тухайн асуудлаарх анхны харилцаанаас хаагдах хүртэлх хугацаа.</translation>
    </message>
    <message>
        <source>Average handle time: time with the contact open (or the call&apos;s length) plus after-contact work in the wrap-up panel.</source>
        <translation>Дундаж зарцуулсан хугацаа: харилцаа нээлттэй байсан хугацаа (эсвэл дуудлагын үргэлжлэх хугацаа) дээр үр дүнгийн самбарт хийсэн харилцааны дараах ажлын хугацааг нэмсэн нь.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 хоног %2 цаг</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>Show the contacts behind this figure</source>
        <translation>Энэ үзүүлэлтэд хамаарах харилцааг харуулах</translation>
    </message>
</context>
<context>
    <name>LocaleEditDialog</name>
    <message>
        <source>Customer&apos;s language and country</source>
        <translation>Харилцагчийн хэл, улс</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Хэл</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Тодорхойгүй</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Улс</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Хэл:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Улс:</translation>
    </message>
</context>
<context>
    <name>LocalePanel</name>
    <message>
        <source>Locale</source>
        <translation>Хэл, бүс нутаг</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Хэл:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Улс:</translation>
    </message>
    <message>
        <source>Correct language or country…</source>
        <translation>Хэл эсвэл улсыг засах…</translation>
    </message>
    <message>
        <source>Etiquette</source>
        <translation>Ёс зүй</translation>
    </message>
    <message>
        <source>Customer&apos;s time</source>
        <translation>Харилцагчийн цаг</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Мөнгө</translation>
    </message>
    <message>
        <source>Amount to convert</source>
        <translation>Хөрвүүлэх дүн</translation>
    </message>
    <message>
        <source>Conversion direction</source>
        <translation>Хөрвүүлэх чиглэл</translation>
    </message>
    <message>
        <source>from the profile</source>
        <translation>профайлаас</translation>
    </message>
    <message>
        <source>from the phone number %1</source>
        <translation>%1 утасны дугаараас</translation>
    </message>
    <message>
        <source>detected in the customer&apos;s messages</source>
        <translation>харилцагчийн мессежээс илрүүлсэн</translation>
    </message>
    <message>
        <source>from the e-mail domain %1</source>
        <translation>%1 цахим шуудангийн домэйноос</translation>
    </message>
    <message>
        <source>the main language of the country</source>
        <translation>улсын үндсэн хэл</translation>
    </message>
    <message>
        <source>where the language is mainly spoken</source>
        <translation>уг хэлээр голчлон ярьдаг улс</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>заасны дагуу</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>тодорхойгүй</translation>
    </message>
    <message>
        <source>Country unknown: general hints. Set the country for specific ones.</source>
        <translation>Улс тодорхойгүй: ерөнхий зөвлөмж. Тодорхой зөвлөмж авахын тулд улсыг заана уу.</translation>
    </message>
    <message>
        <source>Family name comes first.</source>
        <translation>Овог (эцгийн нэр) эхэнд бичигдэнэ.</translation>
    </message>
    <message>
        <source>Preferred channels: %1</source>
        <translation>Илүүд үздэг сувгууд: %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Хандах хэлбэр</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Мэндчилгээ</translation>
    </message>
    <message>
        <source>Saying no</source>
        <translation>Татгалзах</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Уучлал гуйх</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Зайлсхийх</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Цаг хугацаа</translation>
    </message>
    <message>
        <source>Time zone unknown.</source>
        <translation>Цагийн бүс тодорхойгүй.</translation>
    </message>
    <message>
        <source>Public holiday today: %1</source>
        <translation>Өнөөдөр нийтийн амралтын өдөр: %1</translation>
    </message>
    <message>
        <source>Weekend there</source>
        <translation>Тэнд амралтын өдөр</translation>
    </message>
    <message>
        <source>Business hours (%1–%2)</source>
        <translation>Ажлын цаг (%1–%2)</translation>
    </message>
    <message>
        <source>Outside business hours (%1–%2)</source>
        <translation>Ажлын цагаас гадуур (%1–%2)</translation>
    </message>
    <message>
        <source>Next holidays:</source>
        <translation>Удахгүй болох баярын өдрүүд:</translation>
    </message>
    <message>
        <source>No holiday calendar for this country.</source>
        <translation>Энэ улсын баярын өдрийн хуанли байхгүй.</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Валют: %1</translation>
    </message>
    <message>
        <source>Payment methods used there:</source>
        <translation>Тэнд хэрэглэдэг төлбөрийн хэрэгслүүд:</translation>
    </message>
    <message>
        <source>No exchange rate yet; rates are fetched when the network is reachable.</source>
        <translation>Ханш хараахан алга; сүлжээнд холбогдмогц ханшийг татна.</translation>
    </message>
    <message>
        <source>Rates from %1 (%2)</source>
        <translation>Ханш: %1 (%2)</translation>
    </message>
    <message>
        <source>not updated recently</source>
        <translation>сүүлийн үед шинэчлэгдээгүй</translation>
    </message>
    <message>
        <source>Could not update rates from: %1</source>
        <translation>Дараах эх сурвалжаас ханш шинэчилж чадсангүй: %1</translation>
    </message>
    <message>
        <source>No rates fetched yet.</source>
        <translation>Ханш хараахан татаагүй байна.</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Дуудлага бүртгэх</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Харилцагч:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Чиглэл:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Эхэлсэн:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Үргэлжлэх хугацаа:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Тэ&amp;мдэглэл:</translation>
    </message>
    <message>
        <source>Incoming (the customer called)</source>
        <translation>Ирсэн (харилцагч залгасан)</translation>
    </message>
    <message>
        <source>Outgoing (we called)</source>
        <translation>Гарсан (бид залгасан)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>s</source>
        <translation>сек</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>A role-play console on the training sandbox: no connectors, no settings written, &quot;Training&quot; in the title (ui/training.py adds the banner and the scripted customer).</extracomment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Шилжих</translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation>&amp;Яриа</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Харилцагч</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Хэ&amp;рэгсэл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Тусламж</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Харилцагч хайх</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>Ирсэн хүсэлтүүд рүү шилжих</translation>
    </message>
    <message>
        <source>Go to the timeline</source>
        <translation>Түүх рүү шилжих</translation>
    </message>
    <message>
        <source>Go to the reply</source>
        <translation>Хариулт руу шилжих</translation>
    </message>
    <message>
        <source>Go to the customer card</source>
        <translation>Харилцагчийн карт руу шилжих</translation>
    </message>
    <message>
        <source>Go to the follow-ups</source>
        <translation>Дахин холбогдох жагсаалт руу шилжих</translation>
    </message>
    <message>
        <source>Wrap up and close the conversation…</source>
        <translation>Үр дүнг бүртгээд яриаг хаах…</translation>
    </message>
    <message>
        <source>Correct the outcome…</source>
        <translation>Үр дүнг засах…</translation>
    </message>
    <message>
        <source>KPI dashboard…</source>
        <translation>KPI самбар…</translation>
    </message>
    <message>
        <source>Review conversations…</source>
        <translation>Яриа үнэлэх…</translation>
    </message>
    <message>
        <source>My coaching…</source>
        <translation>Миний дасгалжуулалт…</translation>
    </message>
    <message>
        <source>Training: role-play scenarios…</source>
        <translation>Сургалт: дүрд тоглох дасгалын сценариуд…</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>KPI-н тодорхойлолт</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Дараагийн яриа</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Өмнөх яриа</translation>
    </message>
    <message>
        <source>Find in timeline</source>
        <translation>Түүхээс хайх</translation>
    </message>
    <message>
        <source>Jump to the previous interaction</source>
        <translation>Өмнөх харилцаа руу шилжих</translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation>Түүхийг сувгаар шүүх</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Шинэчлэх</translation>
    </message>
    <message>
        <source>Merge with another customer…</source>
        <translation>Өөр харилцагчтай нэгтгэх…</translation>
    </message>
    <message>
        <source>Undo the last merge</source>
        <translation>Сүүлийн нэгтгэлийг буцаах</translation>
    </message>
    <message>
        <source>Canned replies…</source>
        <translation>Бэлэн хариултууд…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Тохиргоо…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Гарын товчлолууд</translation>
    </message>
    <message>
        <source>About Agent Console</source>
        <translation>Agent Console-ийн тухай</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Гарах</translation>
    </message>
    <message>
        <source>Channel accounts…</source>
        <translation>Сувгийн бүртгэлүүд…</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>Илгээх дараалал…</translation>
    </message>
    <message>
        <source>Check channels now</source>
        <translation>Сувгуудыг одоо шалгах</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>Түүх импортлох…</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Дуудлага бүртгэх…</translation>
    </message>
    <message>
        <source>Open the message with formatting and attachments…</source>
        <translation>Мессежийг хэлбэржүүлэлт, хавсралттай нь нээх…</translation>
    </message>
    <message>
        <source>Search customers: name, email, phone (Ctrl+F)</source>
        <translation>Харилцагч хайх: нэр, цахим шуудан, утас (Ctrl+F)</translation>
    </message>
    <message>
        <source>Inbox: open conversations</source>
        <translation>Ирсэн хүсэлтүүд: нээлттэй ярианууд</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Олдсон харилцагчид</translation>
    </message>
    <message>
        <source>Inbox or follow-ups</source>
        <translation>Ирсэн хүсэлтүүд эсвэл дахин холбогдох</translation>
    </message>
    <message>
        <source>Reply or wrap-up</source>
        <translation>Хариулт эсвэл үр дүн</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Нэгтгэлийг буцаах</translation>
    </message>
    <message>
        <source>%1 · database: %2</source>
        <translation>%1 · өгөгдлийн сан: %2</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>СУРГАЛТ</translation>
    </message>
    <message numerus="yes">
        <source>Inbox (%n)</source>
        <translation>
            <numerusform>Ирсэн хүсэлтүүд (%n)</numerusform>
            <numerusform>Ирсэн хүсэлтүүд (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Дахин холбогдох (%n)</numerusform>
            <numerusform>Дахин холбогдох (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n хугацаа хэтэрсэн</numerusform>
            <numerusform>%n хугацаа хэтэрсэн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>%n харилцагч олдлоо</numerusform>
            <numerusform>%n харилцагч олдлоо</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter starts the follow-up: a new conversation with the customer.</source>
        <translation>Enter дарвал дахин холбогдож эхэлнэ: харилцагчтай шинэ яриа нээгдэнэ.</translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n open conversations</source>
        <translation>
            <numerusform>Ирсэн хүсэлтүүд: нээлттэй %n яриа</numerusform>
            <numerusform>Ирсэн хүсэлтүүд: нээлттэй %n яриа</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply recorded in the timeline.</source>
        <translation>Хариулт түүхэнд бүртгэгдлээ.</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 харилцагчийг %2 харилцагчид нэгтгэлээ.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Харилцагчдыг нэгтгэх</translation>
    </message>
    <message>
        <source>Merge undone: both customers are back as they were.</source>
        <translation>Нэгтгэлийг буцаалаа: хоёр харилцагч хоёулаа өмнөх байдалдаа орлоо.</translation>
    </message>
    <message>
        <source>Customer&apos;s language and country saved to the profile.</source>
        <translation>Харилцагчийн хэл, улсыг профайлд хадгаллаа.</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Эхлээд яриа нээнэ үү.</translation>
    </message>
    <message>
        <source>This conversation is already closed; use Correct the outcome to change it.</source>
        <translation>Энэ яриа аль хэдийн хаагдсан; өөрчлөхийн тулд «Үр дүнг засах» командыг ашиглана уу.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Энэ яриа байхгүй болсон.</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Үр дүн</translation>
    </message>
    <message>
        <source>The wrap-up was not saved: %1</source>
        <translation>Үр дүнг хадгалж чадсангүй: %1</translation>
    </message>
    <message>
        <source>Wrap-up saved; the conversation is closed.</source>
        <translation>Үр дүнг хадгаллаа; яриа хаагдлаа.</translation>
    </message>
    <message>
        <source>Wrap-up kept as a draft.</source>
        <translation>Үр дүнг ноорог болгон хадгаллаа.</translation>
    </message>
    <message>
        <source>Select a conversation in the timeline first.</source>
        <translation>Эхлээд түүхээс яриа сонгоно уу.</translation>
    </message>
    <message>
        <source>This conversation has no outcome yet: wrap it up first.</source>
        <translation>Энэ ярианы үр дүн хараахан бүртгэгдээгүй: эхлээд үр дүнг бүртгэнэ үү.</translation>
    </message>
    <message numerus="yes">
        <source>Outcome corrected: %n changes recorded.</source>
        <translation>
            <numerusform>Үр дүнг засав: %n өөрчлөлт бүртгэгдлээ.</numerusform>
            <numerusform>Үр дүнг засав: %n өөрчлөлт бүртгэгдлээ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished wrap-up</source>
        <translation>Дуусаагүй үр дүн</translation>
    </message>
    <message>
        <source>The wrap-up of your conversation with %1 was not saved. Finish it now?</source>
        <translation>%1 харилцагчтай хийсэн ярианы үр дүн хадгалагдаагүй байна. Одоо дуусгах уу?</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due: %1</source>
        <translation>
            <numerusform>Дахин холбогдох цаг болсон (%n): %1</numerusform>
            <numerusform>Дахин холбогдох цаг болсон (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up started with %1.</source>
        <translation>%1 харилцагчтай дахин холбогдож эхэллээ.</translation>
    </message>
    <message numerus="yes">
        <source>%n coaching notes from your supervisor: Tools → My coaching (Ctrl+Shift+J)</source>
        <translation>
            <numerusform>Хянагчаас ирсэн %n зөвлөмж: Хэрэгсэл → Миний дасгалжуулалт (Ctrl+Shift+J)</numerusform>
            <numerusform>Хянагчаас ирсэн %n зөвлөмж: Хэрэгсэл → Миний дасгалжуулалт (Ctrl+Shift+J)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Түүх импортлох</translation>
    </message>
    <message>
        <source>E-mail and call records (*.eml *.mbox *.mbx *.csv mbox);;All files (*)</source>
        <translation>Цахим шуудан, дуудлагын бүртгэл (*.eml *.mbox *.mbx *.csv mbox);;Бүх файл (*)</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2 already there, %3 could not be read.</source>
        <translation>Импортолсон: %1, аль хэдийн байсан тул алгассан: %2, уншиж чадаагүй: %3.</translation>
    </message>
    <message>
        <source>Select a message in the timeline first.</source>
        <translation>Эхлээд түүхээс мессеж сонгоно уу.</translation>
    </message>
    <message>
        <source>Open a customer first.</source>
        <translation>Эхлээд харилцагчийг нээнэ үү.</translation>
    </message>
    <message>
        <source>Call logged; wrap it up when you are done.</source>
        <translation>Дуудлагыг бүртгэлээ; дууссаны дараа үр дүнг бүртгэнэ үү.</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Дуудлага бүртгэх</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Тохиргоо</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Тохиргоог хадгалж чадсангүй: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agent Console&lt;/b&gt; %1&lt;br&gt;One timeline per customer across every channel.</source>
        <translation>&lt;b&gt;Agent Console&lt;/b&gt; %1&lt;br&gt;Харилцагч бүрт бүх сувгийг хамарсан нэг түүх.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Алдаа гарлаа: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Харилцагчдыг нэгтгэх</translation>
    </message>
    <message>
        <source>Find the duplicate of &lt;b&gt;%1&lt;/b&gt;. Its identities and conversations move to %1; you can undo the merge later.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; харилцагчийн давхардлыг олно уу. Түүний бүртгэлүүд болон ярианууд %1 харилцагч руу шилжинэ; Та нэгтгэлийг дараа нь буцааж болно.</translation>
    </message>
    <message>
        <source>Name, email or phone</source>
        <translation>Нэр, цахим шуудан эсвэл утас</translation>
    </message>
    <message>
        <source>Search for the customer to merge</source>
        <translation>Нэгтгэх харилцагчийг хайх</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Олдсон харилцагчид</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Нэгтгэх</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Message</source>
        <extracomment>Images the agent asked to see, already fetched: URL -&gt; image.</extracomment>
        <translation>Мессеж</translation>
    </message>
    <message>
        <source>Show &amp;images from the internet</source>
        <translation>Интернэтээс &amp;зураг харуулах</translation>
    </message>
    <message>
        <source>Remote images can tell the sender that and when you read the message.</source>
        <translation>Интернэтээс ачаалах зураг нь таныг мессежийг уншсан эсэх, хэзээ уншсаныг илгээгчид мэдэгдэж болзошгүй.</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>Энгийн &amp;текст</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Нээх</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Өөр нэрээр &amp;хадгалах…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Хавсралтууд</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Мессежийн текст</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>Энэ мессеж байхгүй болсон.</translation>
    </message>
    <message>
        <source>Parts of this message could not be read:</source>
        <translation>Энэ мессежийн зарим хэсгийг уншиж чадсангүй:</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Зургууд</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Холбоос нээх</translation>
    </message>
    <message>
        <source>Open this address in your browser?

%1</source>
        <translation>Энэ хаягийг хөтөч дээрээ нээх үү?

%1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Хавсралт</translation>
    </message>
    <message>
        <source>The database does not hold this attachment&apos;s content.</source>
        <translation>Өгөгдлийн санд энэ хавсралтын агуулга алга.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Хавсралт хадгалах</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Илгээх дараалал</translation>
    </message>
    <message>
        <source>Replies that have not reached the customer yet. Temporary failures are retried automatically; a reply whose fate is unknown (the app stopped while sending it) is never resent on its own: check, then resend it or mark it as sent.</source>
        <translation>Харилцагчид хараахан хүрээгүй хариултууд. Түр зуурын алдааны дараа автоматаар дахин илгээхийг оролддог; төлөв нь тодорхойгүй хариултыг (илгээж байх үед програм зогссон) хэзээ ч өөрөө дахин илгээдэггүй: шалгаад, дахин илгээх эсвэл илгээсэн гэж тэмдэглэнэ үү.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Суваг</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Дараагийн оролдлого</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Оролдлого</translation>
    </message>
    <message>
        <source>Reply and last error</source>
        <translation>Хариулт ба сүүлийн алдаа</translation>
    </message>
    <message>
        <source>&amp;Resend now</source>
        <translation>Одоо &amp;дахин илгээх</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Илгээсэн гэж тэмдэглэх</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>&amp;Яриаг нээх</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>дахин оролдохыг хүлээж байна</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>илгээж байна</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>амжилтгүй</translation>
    </message>
    <message>
        <source>unknown: check</source>
        <translation>тодорхойгүй: шалгана уу</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Canned replies</source>
        <translation>Бэлэн хариултууд</translation>
    </message>
    <message>
        <source>Filter by key, title or category</source>
        <translation>Түлхүүр, гарчиг эсвэл ангиллаар шүүх</translation>
    </message>
    <message>
        <source>Filter replies</source>
        <translation>Хариултуудыг шүүх</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Хариултууд</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>Эх текстийг хадгалах</translation>
    </message>
    <message>
        <source>Save translation</source>
        <translation>Орчуулгыг хадгалах</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импортлох…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспортлох…</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Ангилал:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Сувгууд:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Шошго:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Хувьсагчид:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Ашигласан:</translation>
    </message>
    <message>
        <source>Source (English)</source>
        <translation>Эх текст (англи)</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>Орчуулга:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Ангилал</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Сувгууд</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Шошго</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Эх гарчиг</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Эх текст</translation>
    </message>
    <message>
        <source>Translated title</source>
        <translation>Орчуулсан гарчиг</translation>
    </message>
    <message>
        <source>Translated text</source>
        <translation>Орчуулсан текст</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Орчуулгын хэл</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 дутуу</translation>
    </message>
    <message>
        <source>%1 outdated</source>
        <translation>%1 хуучирсан</translation>
    </message>
    <message>
        <source>%1 replies · %2 translations missing · %3 outdated</source>
        <translation>%1 хариулт · %2 орчуулга дутуу · %3 хуучирсан</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n удаа</numerusform>
            <numerusform>%n удаа</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 translation yet.</source>
        <translation>Одоогоор %1 хэлний орчуулга алга.</translation>
    </message>
    <message>
        <source>Outdated: the source changed after this translation was made.</source>
        <translation>Хуучирсан: энэ орчуулгыг хийсний дараа эх текст өөрчлөгдсөн.</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>Эх тексттэй нийцэж байна.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Эх текст</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Орчуулга</translation>
    </message>
    <message>
        <source>Longer than %1 characters: on SMS it is split into several messages.</source>
        <translation>%1 тэмдэгтээс урт: SMS-ээр хэд хэдэн мессеж болж хуваагдана.</translation>
    </message>
    <message>
        <source>Source saved.</source>
        <translation>Эх текстийг хадгаллаа.</translation>
    </message>
    <message>
        <source>Translation saved.</source>
        <translation>Орчуулгыг хадгаллаа.</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Орчуулга импортлох</translation>
    </message>
    <message>
        <source>Translations (*.po *.csv)</source>
        <translation>Орчуулгууд (*.po *.csv)</translation>
    </message>
    <message>
        <source>%1: %2 updated, %3 unchanged, %4 kept (edited since export)</source>
        <translation>%1: %2 шинэчлэгдсэн, %3 өөрчлөгдөөгүй, %4 хэвээр үлдсэн (экспортын дараа засварласан)</translation>
    </message>
    <message>
        <source>Export for translators</source>
        <translation>Орчуулагчдад зориулж экспортлох</translation>
    </message>
    <message>
        <source>Exported %1 languages to %2</source>
        <translation>%1 хэлийг экспортлов: %2</translation>
    </message>
</context>
<context>
    <name>ReplyPicker</name>
    <message>
        <source>Insert a canned reply</source>
        <translation>Бэлэн хариулт оруулах</translation>
    </message>
    <message>
        <source>Type any word of the title, tags or text…</source>
        <translation>Гарчиг, шошго эсвэл текстээс дурын үг бичнэ үү…</translation>
    </message>
    <message>
        <source>Search canned replies</source>
        <translation>Бэлэн хариулт хайх</translation>
    </message>
    <message>
        <source>Canned replies found</source>
        <translation>Олдсон бэлэн хариултууд</translation>
    </message>
    <message>
        <source>Preview of the reply to insert</source>
        <translation>Оруулах хариултын урьдчилсан харагдац</translation>
    </message>
    <message>
        <source>Enter inserts · Esc closes · Up/Down choose</source>
        <translation>Enter — оруулах · Esc — хаах · Дээш/Доош — сонгох</translation>
    </message>
    <message>
        <source>No reply matches.</source>
        <translation>Тохирох хариулт олдсонгүй.</translation>
    </message>
    <message>
        <source>No %1 version; %2 inserted.</source>
        <translation>%1 хувилбар алга; %2 хувилбарыг оруулав.</translation>
    </message>
    <message>
        <source>Long for SMS: it will be split into several messages.</source>
        <translation>SMS-д урт байна: хэд хэдэн мессеж болж хуваагдана.</translation>
    </message>
    <message>
        <source>This reply is meant for other channels.</source>
        <translation>Энэ хариулт өөр сувгуудад зориулагдсан.</translation>
    </message>
    <message>
        <source>To fill in before sending: %1</source>
        <translation>Илгээхээс өмнө бөглөх: %1</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review conversations</source>
        <translation>Яриа үнэлэх</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Сүүлийн 7 хоног</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Сүүлийн 30 хоног</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Сүүлийн 90 хоног</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Сүүлийн 12 сар</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Бүх суваг</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Бүх оператор</translation>
    </message>
    <message>
        <source>Low CSAT (1–2)</source>
        <translation>Бага CSAT (1–2)</translation>
    </message>
    <message>
        <source>Long handle time (15 min or more)</source>
        <translation>Зарцуулсан хугацаа урт (15 мин ба түүнээс дээш)</translation>
    </message>
    <message>
        <source>Sample per agent per &amp;week</source>
        <translation>Оператор бүрээс 7 хоногт авах &amp;түүвэр</translation>
    </message>
    <message>
        <source>all</source>
        <translation>бүгд</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Шинэчлэх</translation>
    </message>
    <message>
        <source>Edit the scorecard…</source>
        <translation>Үнэлгээний хуудсыг засах…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Хаагдсан</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Суваг</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Үр дүнгийн код</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Pin a note to the message…</source>
        <translation>Мессежид зөвлөмж хавсаргах…</translation>
    </message>
    <message>
        <source>Share as an exemplar…</source>
        <translation>Жишиг яриа болгон хуваалцах…</translation>
    </message>
    <message>
        <source>Open in the agent screen</source>
        <translation>Операторын дэлгэцэд нээх</translation>
    </message>
    <message>
        <source>Compare two side by side (Ctrl+D)</source>
        <translation>Хоёрыг зэрэгцүүлэн харьцуулах (Ctrl+D)</translation>
    </message>
    <message>
        <source>Calibrate with other supervisors…</source>
        <translation>Бусад хянагчтай тохируулах…</translation>
    </message>
    <message>
        <source>Show where we disagree</source>
        <translation>Хаана санал зөрөхийг харуулах</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Үнэлэх</translation>
    </message>
    <message>
        <source>Calibrations</source>
        <translation>Тохируулгууд</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Эхэлсэн</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Эхлүүлсэн</translation>
    </message>
    <message>
        <source>Your scoring</source>
        <translation>Таны үнэлгээ</translation>
    </message>
    <message>
        <source>Select two conversations in the list (Ctrl+click), then compare them</source>
        <translation>Жагсаалтаас хоёр яриа сонгоод (Ctrl+дарах) харьцуулна уу</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>Ноорог хадгалах (Ctrl+S)</translation>
    </message>
    <message>
        <source>Submit review (Ctrl+Enter)</source>
        <translation>Үнэлгээг илгээх (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Хугацаа</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Дараалал</translation>
    </message>
    <message>
        <source>Edit the scorecard</source>
        <translation>Үнэлгээний хуудсыг засах</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Улс</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Үр дүн</translation>
    </message>
    <message>
        <source>Conversations to review</source>
        <translation>Үнэлэх ярианууд</translation>
    </message>
    <message>
        <source>Sample per agent per week</source>
        <translation>Оператор бүрээс 7 хоногт авах түүвэр</translation>
    </message>
    <message>
        <source>Pin a coaching note to the selected message</source>
        <translation>Сонгосон мессежид зөвлөмж хавсаргах</translation>
    </message>
    <message>
        <source>Share this conversation as an exemplar</source>
        <translation>Энэ яриаг жишиг яриа болгон хуваалцах</translation>
    </message>
    <message>
        <source>Compare the two selected conversations side by side</source>
        <translation>Сонгосон хоёр яриаг зэрэгцүүлэн харьцуулах</translation>
    </message>
    <message>
        <source>Calibrate: have other supervisors score this conversation blind</source>
        <translation>Тохируулга: бусад хянагчид энэ яриаг бие биеийнхээ үнэлгээг харалгүй үнэлнэ</translation>
    </message>
    <message>
        <source>Show where the supervisors disagree</source>
        <translation>Хянагчид хаана санал зөрөхийг харуулах</translation>
    </message>
    <message>
        <source>Save the review as a draft</source>
        <translation>Үнэлгээг ноорог болгон хадгалах</translation>
    </message>
    <message>
        <source>Submit the review</source>
        <translation>Үнэлгээг илгээх</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Бүх дараалал</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Бүх улс</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Бүх үр дүн</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations to review</source>
        <translation>
            <numerusform>Үнэлэх %n яриа</numerusform>
            <numerusform>Үнэлэх %n яриа</numerusform>
        </translation>
    </message>
    <message>
        <source>Canned replies used: %1</source>
        <translation>Ашигласан бэлэн хариултууд: %1</translation>
    </message>
    <message>
        <source>No canned replies used.</source>
        <translation>Бэлэн хариулт ашиглаагүй.</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>Илгээсэн.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Ноорог хадгалагдлаа.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Эхлээд яриа сонгоно уу.</translation>
    </message>
    <message>
        <source>Calibration started: each supervisor scores it under Calibrations, without seeing the others.</source>
        <translation>Тохируулга эхэллээ: хянагч бүр «Тохируулгууд» хэсэгт бусдынхыг харалгүй үнэлнэ.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>эхлээгүй</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ноорог</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>илгээсэн</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted</source>
        <translation>
            <numerusform>%n илгээсэн</numerusform>
            <numerusform>%n илгээсэн</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation under review was deleted; the review and its score are kept.</source>
        <translation>Үнэлж буй яриа устгагдсан; үнэлгээ болон оноо хадгалагдана.</translation>
    </message>
    <message>
        <source>Review submitted: %1 %.</source>
        <translation>Үнэлгээг илгээлээ: %1 %.</translation>
    </message>
    <message numerus="yes">
        <source>Not submitted: %n criteria still to rate or explain.</source>
        <translation>
            <numerusform>Илгээгдсэнгүй: %n шалгуурыг үнэлэх эсвэл тайлбарлах шаардлагатай.</numerusform>
            <numerusform>Илгээгдсэнгүй: %n шалгуурыг үнэлэх эсвэл тайлбарлах шаардлагатай.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a message in the conversation first.</source>
        <translation>Эхлээд ярианаас мессеж сонгоно уу.</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Зөвлөмж</translation>
    </message>
    <message>
        <source>Note for the agent, pinned to this message:</source>
        <translation>Операторт өгөх зөвлөмж (энэ мессежид хавсаргана):</translation>
    </message>
    <message>
        <source>Note pinned; the agent will see it in their timeline.</source>
        <translation>Зөвлөмжийг хавсаргалаа; оператор үүнийг өөрийн түүхэнд харна.</translation>
    </message>
    <message>
        <source>Share as an exemplar</source>
        <translation>Жишиг яриа болгон хуваалцах</translation>
    </message>
    <message>
        <source>Why is it a good example?</source>
        <translation>Яагаад энэ сайн жишээ вэ?</translation>
    </message>
    <message>
        <source>Shared with the team as an exemplar.</source>
        <translation>Багийнхантай жишиг яриа болгон хуваалцлаа.</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Scenario editor — %1</source>
        <translation>Сценари засварлагч — %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Хадгалах</translation>
    </message>
    <message>
        <source>&amp;Play it now</source>
        <translation>Одоо &amp;туршиж үзэх</translation>
    </message>
    <message>
        <source>Scenario (YAML)</source>
        <translation>Сценари (YAML)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Асуудлууд</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1-р мөр: %2</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Асуудал байхгүй.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems: fix them to save.</source>
        <translation>
            <numerusform>%n асуудал байна: хадгалахын тулд засна уу.</numerusform>
            <numerusform>%n асуудал байна: хадгалахын тулд засна уу.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario editor</source>
        <translation>Сценари засварлагч</translation>
    </message>
    <message>
        <source>The scenario has problems and was not saved:</source>
        <translation>Сценарид асуудал байгаа тул хадгалсангүй:</translation>
    </message>
    <message>
        <source>Fix the problems first.</source>
        <translation>Эхлээд асуудлуудыг засна уу.</translation>
    </message>
</context>
<context>
    <name>ScorecardEditor</name>
    <message>
        <source>Scorecard</source>
        <translation>Үнэлгээний хуудас</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Хэсэг нэмэх</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Шалгуур нэмэх</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Хасах</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Түлхүүр</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Хэмжүүр</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Жин</translation>
    </message>
    <message>
        <source>Root causes offered</source>
        <translation>Сонгох үндсэн шалтгаанууд</translation>
    </message>
    <message>
        <source>Critical: the lowest rating fails the whole review</source>
        <translation>Эгзэгтэй: хамгийн бага үнэлгээ бүх үнэлгээг тэглэнэ</translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation>«Хамаарахгүй» зөвшөөрнө</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Шинэ хувилбараар хадгалах</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Хаах</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Тийм / үгүй</translation>
    </message>
    <message>
        <source>3 points</source>
        <translation>3 оноо</translation>
    </message>
    <message>
        <source>4 points</source>
        <translation>4 оноо</translation>
    </message>
    <message>
        <source>5 points</source>
        <translation>5 оноо</translation>
    </message>
    <message>
        <source>Sections and criteria</source>
        <translation>Хэсэг ба шалгуурууд</translation>
    </message>
    <message>
        <source>%1 — version %2 (saving adds version %3; reviews keep the version they began with)</source>
        <translation>%1 — %2-р хувилбар (хадгалахад %3-р хувилбар нэмэгдэнэ; үнэлгээнүүд эхэлсэн хувилбартаа үлдэнэ)</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Шинэ хэсэг</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Шинэ шалгуур</translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation>Хадгалах боломжгүй: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria, total weight %1</source>
        <translation>
            <numerusform>%n шалгуур, нийт жин %1</numerusform>
            <numerusform>%n шалгуур, нийт жин %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The weights do not add up to the declared total; scores stay 0–100.</source>
        <translation>Жингийн нийлбэр заасан дүнтэй тэнцэхгүй; оноо 0–100 хооронд хэвээр байна.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>%1-р хувилбараар хадгалагдлаа.</translation>
    </message>
</context>
<context>
    <name>ScorecardForm</name>
    <message>
        <source>&amp;Summary for the agent</source>
        <translation>Операторт өгөх &amp;дүгнэлт</translation>
    </message>
    <message>
        <source>Summary for the agent</source>
        <translation>Операторт өгөх дүгнэлт</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Хамаарахгүй</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Тийм</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Үгүй</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 онооноос %1</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>Жин: %1</translation>
    </message>
    <message>
        <source>critical: the lowest rating fails the whole review</source>
        <translation>эгзэгтэй: хамгийн бага үнэлгээ авбал бүх үнэлгээ тэнцэхгүй</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Үнэлээгүй</translation>
    </message>
    <message>
        <source>Root cause…</source>
        <translation>Үндсэн шалтгаан…</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Тайлбар (заавал биш)</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Үнэлгээ: %1</translation>
    </message>
    <message>
        <source>Root cause: %1</source>
        <translation>Үндсэн шалтгаан: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Тайлбар: %1</translation>
    </message>
    <message>
        <source>Quality score: —</source>
        <translation>Чанарын оноо: —</translation>
    </message>
    <message>
        <source>Quality score: 0 % (critical criterion failed; %1 % without it)</source>
        <translation>Чанарын оноо: 0 % (эгзэгтэй шалгуур хангагдаагүй; түүнийг тооцохгүй бол %1 %)</translation>
    </message>
    <message>
        <source>Quality score: %1 %</source>
        <translation>Чанарын оноо: %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria still to rate or explain</source>
        <translation>
            <numerusform>%n шалгуурыг үнэлэх эсвэл тайлбарлах шаардлагатай</numerusform>
            <numerusform>%n шалгуурыг үнэлэх эсвэл тайлбарлах шаардлагатай</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Тохиргоо</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Хэл:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Загвар:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Үсгийн хэмжээ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Өгөгдлийн сан:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Өгөгдлийн хавтас:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Хэл</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Загвар</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Үсгийн хэмжээ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Өгөгдлийн сан</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Анхдагч</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Empty: the SQLite file in the data folder</source>
        <translation>Хоосон: өгөгдлийн хавтас дахь SQLite файл</translation>
    </message>
    <message>
        <source>A new database is opened the next time Agent Console starts. Language, theme and font size apply at once.</source>
        <translation>Шинэ өгөгдлийн санг Agent Console-ийг дараагийн удаа эхлүүлэхэд нээнэ. Хэл, загвар, үсгийн хэмжээ шууд хэрэгжинэ.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Системийн хэл</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Системийг дагах</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Цайвар</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Бараан</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Enter / Space (timeline)</source>
        <translation>Enter / Space (түүх)</translation>
    </message>
    <message>
        <source>Expand or collapse the entry</source>
        <translation>Бичлэгийг дэлгэх эсвэл хураах</translation>
    </message>
    <message>
        <source>Ctrl+Enter (reply)</source>
        <translation>Ctrl+Enter (хариулт)</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Хариултыг илгээх</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Дээш / Доош</translation>
    </message>
    <message>
        <source>Move through lists and search results</source>
        <translation>Жагсаалт болон хайлтын үр дүнгээр шилжих</translation>
    </message>
    <message>
        <source>Esc (search)</source>
        <translation>Esc (хайлт)</translation>
    </message>
    <message>
        <source>Clear the search and return to the inbox</source>
        <translation>Хайлтыг цэвэрлээд ирсэн хүсэлтүүд рүү буцах</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Удирдлагын элементүүдийн хооронд шилжих</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Гарын товчлолууд</translation>
    </message>
    <message>
        <source>Everything in Agent Console can be done from the keyboard.</source>
        <translation>Agent Console-д бүх үйлдлийг гараас гүйцэтгэх боломжтой.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Товчлуурууд</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Үйлдэл</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>Нээлттэй</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Харилцагчийг хүлээж байна</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Хаалттай</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Outcome: %1</source>
        <translation>Үр дүн: %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>шийдвэрлэсэн</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>шийдвэрлээгүй</translation>
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
        <translation>Ирсэн дуудлага</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Гарсан дуудлага</translation>
    </message>
    <message>
        <source>Show less (Enter)</source>
        <translation>Хураах (Enter)</translation>
    </message>
    <message>
        <source>Show more (Enter)</source>
        <translation>Дэлгэрэнгүй (Enter)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n хавсралт</numerusform>
            <numerusform>%n хавсралт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts could not be read</source>
        <translation>
            <numerusform>%n хэсгийг уншиж чадсангүй</numerusform>
            <numerusform>%n хэсгийг уншиж чадсангүй</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent with %n draft-check warnings</source>
        <translation>
            <numerusform>%n шалгалтын анхааруулгатай илгээсэн</numerusform>
            <numerusform>%n шалгалтын анхааруулгатай илгээсэн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coaching notes</source>
        <translation>
            <numerusform>%n зөвлөмж</numerusform>
            <numerusform>%n зөвлөмж</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>бүртгэгдсэн</translation>
    </message>
    <message>
        <source>in outbox</source>
        <translation>илгээх дараалалд</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>илгээгдсэн</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>илгээгдээгүй</translation>
    </message>
    <message>
        <source>unknown: check the outbox</source>
        <translation>тодорхойгүй: илгээх дарааллыг шалгана уу</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Your time: %1
Customer&apos;s time: %2</source>
        <extracomment>Wrap-up code -&gt; {language: label}, for the outcome shown in interaction headers. Show one interaction only (review screens); None: the customer&apos;s whole history.</extracomment>
        <translation>Таны цаг: %1
Харилцагчийн цаг: %2</translation>
    </message>
    <message>
        <source>from the customer</source>
        <translation>харилцагчаас</translation>
    </message>
    <message>
        <source>to the customer</source>
        <translation>харилцагч руу</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>дотоод тэмдэглэл</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n хавсралт</numerusform>
            <numerusform>%n хавсралт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts could not be read</source>
        <translation>
            <numerusform>%n хэсгийг уншиж чадсангүй</numerusform>
            <numerusform>%n хэсгийг уншиж чадсангүй</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>All channels</source>
        <translation>Бүх суваг</translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation>Түүхийг сувгаар шүүх</translation>
    </message>
    <message>
        <source>Find in timeline (Ctrl+Shift+F)</source>
        <translation>Түүхээс хайх (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Find in timeline</source>
        <translation>Түүхээс хайх</translation>
    </message>
    <message>
        <source>◀ Previous contact</source>
        <translation>◀ Өмнөх харилцаа</translation>
    </message>
    <message>
        <source>Jump to the previous interaction (Ctrl+Shift+Up)</source>
        <translation>Өмнөх харилцаа руу шилжих (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>Jump to the previous interaction</source>
        <translation>Өмнөх харилцаа руу шилжих</translation>
    </message>
    <message>
        <source>Customer timeline</source>
        <translation>Харилцагчийн түүх</translation>
    </message>
    <message>
        <source>Pick a conversation in the inbox, or search for a customer (Ctrl+F).</source>
        <translation>Ирсэн хүсэлтүүдээс яриа сонгоно уу, эсвэл харилцагч хайна уу (Ctrl+F).</translation>
    </message>
    <message>
        <source>Nothing in this timeline matches the filter.</source>
        <translation>Энэ түүхэнд шүүлтүүрт тохирох зүйл алга.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ачаалж байна…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n бичлэг харагдаж байна</numerusform>
            <numerusform>%n бичлэг харагдаж байна</numerusform>
        </translation>
    </message>
    <message>
        <source>(scroll for older)</source>
        <translation>(өмнөхийг харахын тулд гүйлгэнэ үү)</translation>
    </message>
    <message>
        <source>This is the customer&apos;s first interaction.</source>
        <translation>Энэ бол харилцагчийн анхны харилцаа.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Customer: %1 (%2, %3), writes by %4; mood: %5</source>
        <translation>Харилцагч: %1 (%2, %3), суваг: %4; сэтгэл санаа: %5</translation>
    </message>
    <message>
        <source>Order %1: %2 %3</source>
        <translation>Захиалга %1: %2 %3</translation>
    </message>
    <message>
        <source>Paid with: %1</source>
        <translation>Төлбөрийн хэрэгсэл: %1</translation>
    </message>
    <message>
        <source>Your goal: %1</source>
        <translation>Таны зорилго: %1</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>тайван</translation>
    </message>
    <message>
        <source>friendly</source>
        <translation>найрсаг</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>санаа зовнисон</translation>
    </message>
    <message>
        <source>annoyed</source>
        <translation>бухимдсан</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>уурласан</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>шийдвэрлэсэн</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>дээш шилжүүлсэн</translation>
    </message>
    <message>
        <source>customer left</source>
        <translation>харилцагч орхиж явсан</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Сургалт</translation>
    </message>
    <message>
        <source>The training database must not be the real one: check Settings.</source>
        <translation>Сургалтын өгөгдлийн сан бодит сан байж болохгүй: Тохиргоог шалгана уу.</translation>
    </message>
    <message>
        <source>The training database cannot be opened: %1</source>
        <translation>Сургалтын өгөгдлийн санг нээж чадсангүй: %1</translation>
    </message>
    <message>
        <source>A trainer</source>
        <translation>Сургагч</translation>
    </message>
    <message>
        <source>%1 has started a live training session for you: %2.</source>
        <translation>%1 Танд зориулж шууд горимын сургалтын дасгал эхлүүллээ: %2.</translation>
    </message>
    <message>
        <source>%1 has started a training session for you: %2.</source>
        <translation>%1 Танд зориулж сургалтын дасгал эхлүүллээ: %2.</translation>
    </message>
    <message>
        <source>It opens a training console on a practice database; your real work stays as it is.</source>
        <translation>Дадлагын өгөгдлийн сан дээр сургалтын консол нээгдэнэ; Таны бодит ажилд өөрчлөлт орохгүй.</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Одоо эхлүүлэх</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Татгалзах</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Дараа</translation>
    </message>
    <message>
        <source>This session is no longer waiting: the trainer cancelled it, or it started elsewhere.</source>
        <translation>Энэ дасгал хүлээгдэж байхаа больсон: сургагч цуцалсан эсвэл өөр газар эхэлсэн байна.</translation>
    </message>
    <message>
        <source>This session cannot be started on this desk: %1</source>
        <translation>Энэ дасгалыг энэ ажлын байран дээр эхлүүлэх боломжгүй: %1</translation>
    </message>
    <message>
        <source>Ending reached</source>
        <translation>Хүрсэн төгсгөл</translation>
    </message>
    <message>
        <source>Replied in the customer&apos;s language</source>
        <translation>Харилцагчийн хэлээр хариулсан</translation>
    </message>
    <message>
        <source>Formal address</source>
        <translation>Албан ёсоор хандах</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Анхны хариу өгөх хугацаа</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Хариу өгөх хугацаа</translation>
    </message>
    <message>
        <source>Currency named</source>
        <translation>Валютыг дурдсан</translation>
    </message>
    <message>
        <source>Local payment method named</source>
        <translation>Орон нутгийн төлбөрийн хэрэгслийг дурдсан</translation>
    </message>
    <message>
        <source>Wrap-up code</source>
        <translation>Үр дүнгийн код</translation>
    </message>
    <message>
        <source>Every reply was in {expected}.</source>
        <translation>Бүх хариулт {expected} хэлээр бичигдсэн.</translation>
    </message>
    <message>
        <source>First reply after {seconds} s (limit {limit} s).</source>
        <translation>Анхны хариултыг {seconds} секундын дараа өгсөн (хязгаар {limit} с).</translation>
    </message>
    <message>
        <source>No reply named a payment method the customer can use ({methods}).</source>
        <translation>Харилцагчийн ашиглаж болох төлбөрийн хэрэгслийг ({methods}) аль ч хариултад дурдаагүй.</translation>
    </message>
    <message>
        <source>No reply named the currency {currency} (as {names}).</source>
        <translation>{currency} валютыг ({names} хэлбэрээр) аль ч хариултад дурдаагүй.</translation>
    </message>
    <message>
        <source>No wrap-up code was chosen; expected {expected}.</source>
        <translation>Үр дүнгийн код сонгоогүй; хүлээгдэж буй код: {expected}.</translation>
    </message>
    <message>
        <source>Reply {n} addressed the customer informally.</source>
        <translation>{n}-р хариултад харилцагчид албан бусаар хандсан.</translation>
    </message>
    <message>
        <source>Reply {n} named {found}.</source>
        <translation>{n}-р хариултад дурдсан: {found}.</translation>
    </message>
    <message>
        <source>Reply {n} was written in {found}, not in {expected}.</source>
        <translation>{n}-р хариулт {expected} биш, {found} хэлээр бичигдсэн.</translation>
    </message>
    <message>
        <source>Slowest later reply after {seconds} s (limit {limit} s).</source>
        <translation>Дараагийн хариултуудаас хамгийн удааныг нь {seconds} секундын дараа өгсөн (хязгаар {limit} с).</translation>
    </message>
    <message>
        <source>The conversation ended in &apos;{ending}&apos; ({kind}); good endings: {good}.</source>
        <translation>Яриа &apos;{ending}&apos; төгсгөлөөр дууссан ({kind}); сайн төгсгөлүүд: {good}.</translation>
    </message>
    <message>
        <source>The customer&apos;s message in &apos;{turn}&apos; was never answered.</source>
        <translation>&apos;{turn}&apos; алхам дахь харилцагчийн мессежид хариулаагүй.</translation>
    </message>
    <message>
        <source>Wrap-up code {found} (expected {expected}).</source>
        <translation>Үр дүнгийн код {found} (хүлээгдэж буй: {expected}).</translation>
    </message>
    <message>
        <source>The trainee never replied.</source>
        <translation>Суралцагч огт хариулаагүй.</translation>
    </message>
    <message>
        <source>Every reply addressed the customer formally.</source>
        <translation>Бүх хариултад харилцагчид албан ёсоор хандсан.</translation>
    </message>
    <message>
        <source>The first message was never answered.</source>
        <translation>Эхний мессежид хариулаагүй.</translation>
    </message>
    <message>
        <source>The conversation did not reach an ending.</source>
        <translation>Яриа ямар ч төгсгөлд хүрээгүй.</translation>
    </message>
    <message>
        <source>Score: %1 of %2 points (%3%)</source>
        <translation>Оноо: %2-оос %1 (%3%)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Ярианы бичвэр</translation>
    </message>
    <message>
        <source>Trainer comments</source>
        <translation>Сургагчийн тайлбар</translation>
    </message>
    <message>
        <source>Trainee: %1 · %2 · ending: %3</source>
        <translation>Суралцагч: %1 · %2 · төгсгөл: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>байхгүй</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Шалгуур</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Оноо</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Юу болсон</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Суралцагч</translation>
    </message>
    <message>
        <source>points lost here</source>
        <translation>энд оноо алдсан</translation>
    </message>
    <message>
        <source>Trainer&apos;s scorecard: %1 of 100 (%2)</source>
        <translation>Сургагчийн үнэлгээний хуудас: 100-аас %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING</source>
        <translation>СУРГАЛТ</translation>
    </message>
    <message>
        <source>a practice database: nothing reaches real customers</source>
        <translation>дадлагын өгөгдлийн сан: бодит харилцагчид юу ч очихгүй</translation>
    </message>
    <message>
        <source>Scenario &amp;brief…</source>
        <translation>Сценарийн &amp;тойм…</translation>
    </message>
    <message>
        <source>&amp;Finish and score</source>
        <translation>&amp;Дуусгаж үнэлэх</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Сургалтын дасгал</translation>
    </message>
    <message>
        <source>Session finished: scoring…</source>
        <translation>Дасгал дууслаа: үнэлж байна…</translation>
    </message>
    <message>
        <source>Paused by the trainer.</source>
        <translation>Сургагч түр зогсоосон.</translation>
    </message>
    <message>
        <source>The customer has ended the conversation. Record the wrap-up, then press Finish and score.</source>
        <translation>Харилцагч яриаг дуусгалаа. Үр дүнг бүртгээд «Дуусгаж үнэлэх» товчийг дарна уу.</translation>
    </message>
    <message>
        <source>Live: a trainer is writing as the customer.</source>
        <translation>Шууд горим: сургагч харилцагчийн нэрээр бичиж байна.</translation>
    </message>
    <message>
        <source>Scripted customer: reply as you would to a real one.</source>
        <translation>Сценарийн харилцагч: бодит харилцагчид хариулдаг шигээ хариулна уу.</translation>
    </message>
    <message>
        <source>Scenario brief</source>
        <translation>Сценарийн тойм</translation>
    </message>
</context>
<context>
    <name>TrainingLibrary</name>
    <message>
        <source>Training</source>
        <translation>Сургалт</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Сценариуд</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Дасгалууд</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>Миний дасгалууд</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Бүлэг</translation>
    </message>
    <message>
        <source>Filter: title, country, language, channel</source>
        <translation>Шүүлтүүр: гарчиг, улс, хэл, суваг</translation>
    </message>
    <message>
        <source>Filter scenarios</source>
        <translation>Сценари шүүх</translation>
    </message>
    <message>
        <source>Scenario details</source>
        <translation>Сценарийн дэлгэрэнгүй</translation>
    </message>
    <message>
        <source>&amp;Start a session</source>
        <translation>Дасгал &amp;эхлүүлэх</translation>
    </message>
    <message>
        <source>Start &amp;live (you play the customer)</source>
        <translation>&amp;Шууд эхлүүлэх (харилцагчийн дүрд та тоглоно)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Засах…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импортлох…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспортлох…</translation>
    </message>
    <message>
        <source>Open the &amp;debrief</source>
        <translation>&amp;Дүгнэлтийг нээх</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Эхэлсэн</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Суралцагч</translation>
    </message>
    <message>
        <source>&amp;Cancel the waiting session</source>
        <translation>Хүлээгдэж буй дасгалыг &amp;цуцлах</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Хэнд:</translation>
    </message>
    <message>
        <source>Yourself, to try the scenario, or a trainee: it starts on their desk when they accept it.</source>
        <translation>Өөртөө — сценарийг туршиж үзэхээр, эсвэл суралцагчид: суралцагч зөвшөөрмөгц дасгал түүний ажлын байран дээр эхэлнэ.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Та)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценари</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Горим</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Төгсгөл</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оноо</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Дундаж оноо</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Шилдэг оноо</translation>
    </message>
    <message>
        <source>Resolved / escalated / left</source>
        <translation>Шийдсэн / шилжүүлсэн / орхисон</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Сүүлийн дасгал</translation>
    </message>
    <message>
        <source>Some scenario files cannot be used:</source>
        <translation>Зарим сценарийн файлыг ашиглах боломжгүй:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Суваг</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Сэтгэл санаа</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Тэвчээр</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Захиалга</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Төлбөрийн хэрэгсэл</translation>
    </message>
    <message>
        <source>Payment methods to offer</source>
        <translation>Санал болгох төлбөрийн хэрэгсэл</translation>
    </message>
    <message>
        <source>Expected wrap-up</source>
        <translation>Хүлээгдэж буй үр дүнгийн код</translation>
    </message>
    <message>
        <source>Endings</source>
        <translation>Төгсгөлүүд</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Зорилго</translation>
    </message>
    <message>
        <source>Finish the session that is running first.</source>
        <translation>Эхлээд явагдаж буй дасгалаа дуусгана уу.</translation>
    </message>
    <message>
        <source>The session waits for %1: it starts when they accept it at their desk.</source>
        <translation>Дасгал хүлээгдэж байна: %1 ажлын байрнаасаа зөвшөөрмөгц эхэлнэ.</translation>
    </message>
    <message>
        <source>This desk keeps its training database to itself: for a trainee at another desk, set the team&apos;s training database in Settings.</source>
        <translation>Энэ ажлын байрны сургалтын өгөгдлийн санг бусад ажлын байр ашиглах боломжгүй: өөр ажлын байран дээрх суралцагчид зориулж Тохиргоо хэсэгт багийн сургалтын өгөгдлийн санг тохируулна уу.</translation>
    </message>
    <message>
        <source>Export the scenario</source>
        <translation>Сценари экспортлох</translation>
    </message>
    <message>
        <source>Scenarios (*.yaml *.yml)</source>
        <translation>Сценариуд (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import scenarios</source>
        <translation>Сценари импортлох</translation>
    </message>
    <message numerus="yes">
        <source>%n scenarios imported.</source>
        <translation>
            <numerusform>%n сценари импортлов.</numerusform>
            <numerusform>%n сценари импортлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Импортлоогүй:</translation>
    </message>
    <message>
        <source>scripted</source>
        <translation>сценарийн дагуу</translation>
    </message>
    <message>
        <source>live</source>
        <translation>шууд</translation>
    </message>
    <message>
        <source>running</source>
        <translation>явагдаж байна</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>тасалдсан</translation>
    </message>
    <message>
        <source>waiting for the trainee</source>
        <translation>суралцагчийг хүлээж байна</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>татгалзсан</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>цуцалсан</translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <source>Training</source>
        <extracomment>Real ms between looks at the training database in a live session: the trainee&apos;s console for the trainer&apos;s commands, the trainer&apos;s side for the state the console published. (Team mode&apos;s LISTEN/NOTIFY will wake both at once; the look stays as the fallback for SQLite.) A session in one of these states is over for both sides.</extracomment>
        <translation>Сургалт</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <source>&amp;Disposition</source>
        <extracomment>Set when correcting a saved outcome.</extracomment>
        <translation>&amp;Үр дүнгийн код</translation>
    </message>
    <message>
        <source>Contact &amp;reason</source>
        <translation>Харилцааны &amp;шалтгаан</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Шийдвэрлэсэн</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Тийм</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>Ү&amp;гүй</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Тэ&amp;мдэглэл</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Судалгаа</translation>
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
        <translation>байхгүй</translation>
    </message>
    <message>
        <source>Customer satisfaction, 1–5, if the customer answered the survey</source>
        <translation>Сэтгэл ханамж (CSAT), 1–5, харилцагч судалгаанд хариулсан бол</translation>
    </message>
    <message>
        <source>Net Promoter Score, 0–10, if the customer answered the survey</source>
        <translation>Net Promoter Score (NPS), 0–10, харилцагч судалгаанд хариулсан бол</translation>
    </message>
    <message>
        <source>Customer effort, 1–7 (lower is easier), if the customer answered</source>
        <translation>Customer Effort Score (CES), 1–7 (бага байх тусам хялбар), харилцагч хариулсан бол</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>&amp;Дахин холбогдох</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Хэзээ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Шалтгаан</translation>
    </message>
    <message>
        <source>e.g. confirm the refund arrived</source>
        <translation>жишээ нь: буцаан олголт орж ирснийг баталгаажуулах</translation>
    </message>
    <message>
        <source>Save and next (Ctrl+Enter)</source>
        <translation>Хадгалаад дараагийнх (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Back to the conversation (Esc)</source>
        <translation>Яриа руу буцах (Esc)</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Үр дүнгийн код</translation>
    </message>
    <message>
        <source>Contact reason</source>
        <translation>Харилцааны шалтгаан</translation>
    </message>
    <message>
        <source>Resolved: yes</source>
        <translation>Шийдвэрлэсэн: тийм</translation>
    </message>
    <message>
        <source>Resolved: no</source>
        <translation>Шийдвэрлэсэн: үгүй</translation>
    </message>
    <message>
        <source>Wrap-up notes</source>
        <translation>Үр дүнгийн тэмдэглэл</translation>
    </message>
    <message>
        <source>CSAT score</source>
        <translation>CSAT оноо</translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation>NPS оноо</translation>
    </message>
    <message>
        <source>CES score</source>
        <translation>CES оноо</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Дахин холбогдох</translation>
    </message>
    <message>
        <source>Follow-up date and time</source>
        <translation>Дахин холбогдох огноо, цаг</translation>
    </message>
    <message>
        <source>Follow-up time zone</source>
        <translation>Дахин холбогдох цагийн бүс</translation>
    </message>
    <message>
        <source>Follow-up reason</source>
        <translation>Дахин холбогдох шалтгаан</translation>
    </message>
    <message>
        <source>Changes to this outcome</source>
        <translation>Энэ үр дүнд орсон өөрчлөлтүүд</translation>
    </message>
    <message>
        <source>Save the wrap-up</source>
        <translation>Үр дүнг хадгалах</translation>
    </message>
    <message>
        <source>Back to the conversation</source>
        <translation>Яриа руу буцах</translation>
    </message>
    <message>
        <source>Correct the outcome: %1</source>
        <translation>Үр дүнг засах: %1</translation>
    </message>
    <message>
        <source>Wrap-up: %1</source>
        <translation>Үр дүн бүртгэх: %1</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (хасагдсан)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Сонгоно уу…</translation>
    </message>
    <message>
        <source>customer&apos;s time (%1)</source>
        <translation>харилцагчийн цаг (%1)</translation>
    </message>
    <message>
        <source>my time (%1)</source>
        <translation>миний цаг (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 changed %3: %4 → %5</source>
        <translation>%1 · %2 %3 талбарыг өөрчилсөн: %4 → %5</translation>
    </message>
    <message>
        <source>No changes since the wrap-up.</source>
        <translation>Үр дүнг бүртгэснээс хойш өөрчлөлт ороогүй.</translation>
    </message>
    <message>
        <source>Handle time %1</source>
        <translation>Зарцуулсан хугацаа: %1</translation>
    </message>
    <message>
        <source>Handle time %1 (after-contact work %2)</source>
        <translation>Зарцуулсан хугацаа: %1 (харилцааны дараах ажил: %2)</translation>
    </message>
    <message>
        <source>Choose a disposition.</source>
        <translation>Үр дүнгийн кодыг сонгоно уу.</translation>
    </message>
    <message>
        <source>Choose the contact reason.</source>
        <translation>Харилцааны шалтгааныг сонгоно уу.</translation>
    </message>
    <message>
        <source>Say whether the issue was resolved.</source>
        <translation>Асуудал шийдвэрлэгдсэн эсэхийг заана уу.</translation>
    </message>
    <message>
        <source>This queue needs a note.</source>
        <translation>Энэ дараалалд тэмдэглэл заавал шаардлагатай.</translation>
    </message>
    <message>
        <source>CSAT is between 1 and 5.</source>
        <translation>CSAT нь 1-ээс 5 хүртэл байна.</translation>
    </message>
    <message>
        <source>NPS is between 0 and 10.</source>
        <translation>NPS нь 0-ээс 10 хүртэл байна.</translation>
    </message>
    <message>
        <source>CES is between 1 and 7.</source>
        <translation>CES нь 1-ээс 7 хүртэл байна.</translation>
    </message>
    <message>
        <source>The follow-up is in the past; pick a later time.</source>
        <translation>Дахин холбогдох хугацаа өнгөрсөн байна; хойшхи цаг сонгоно уу.</translation>
    </message>
    <message>
        <source>This code was removed since; choose another.</source>
        <translation>Энэ кодыг хожим хассан; өөр код сонгоно уу.</translation>
    </message>
</context>
</TS>
