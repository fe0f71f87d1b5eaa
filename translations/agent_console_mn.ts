<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn">
<context>
    <name>App</name>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
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
    <name>Composer</name>
    <message>
        <source>Send</source>
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
    <name>InboxModel</name>
    <message>
        <source>unread</source>
        <translation>уншаагүй</translation>
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
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Шилжих</translation>
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
        <source>Undo merge</source>
        <translation>Нэгтгэлийг буцаах</translation>
    </message>
    <message>
        <source>%1 · database: %2</source>
        <translation>%1 · өгөгдлийн сан: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>%n харилцагч олдлоо</numerusform>
            <numerusform>%n харилцагч олдлоо</numerusform>
        </translation>
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
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Your time: %1
Customer&apos;s time: %2</source>
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
</TS>
