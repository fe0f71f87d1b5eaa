<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ka">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>IMAP server:</source>
        <extracomment>(field, widget type) per kind; &quot;secret&quot; fields go to the keyring, &quot;list&quot; fields are comma-separated.</extracomment>
        <translation>IMAP სერვერი:</translation>
    </message>
    <message>
        <source>IMAP port:</source>
        <translation>IMAP პორტი:</translation>
    </message>
    <message>
        <source>IMAP security:</source>
        <translation>IMAP უსაფრთხოება:</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>SMTP სერვერი:</translation>
    </message>
    <message>
        <source>SMTP port:</source>
        <translation>SMTP პორტი:</translation>
    </message>
    <message>
        <source>SMTP security:</source>
        <translation>SMTP უსაფრთხოება:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>მომხმარებლის სახელი:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>პაროლი:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>გამგზავნის მისამართი:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>გამგზავნის სახელი:</translation>
    </message>
    <message>
        <source>Folder to fetch:</source>
        <translation>ჩამოსატვირთი საქაღალდე:</translation>
    </message>
    <message>
        <source>Save sent replies in:</source>
        <translation>გაგზავნილი პასუხების საქაღალდე:</translation>
    </message>
    <message>
        <source>Account SID:</source>
        <translation>ანგარიშის SID:</translation>
    </message>
    <message>
        <source>Auth token:</source>
        <translation>ავთენტიფიკაციის ტოკენი:</translation>
    </message>
    <message>
        <source>SMS numbers:</source>
        <translation>SMS ნომრები:</translation>
    </message>
    <message>
        <source>WhatsApp numbers:</source>
        <translation>WhatsApp ნომრები:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API მისამართი:</translation>
    </message>
    <message>
        <source>Bot token:</source>
        <translation>ბოტის ტოკენი:</translation>
    </message>
    <message>
        <source>E-mail (IMAP and SMTP)</source>
        <translation>ელფოსტა (IMAP და SMTP)</translation>
    </message>
    <message>
        <source>SMS and WhatsApp (Twilio)</source>
        <translation>SMS და WhatsApp (Twilio)</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Telegram ბოტი</translation>
    </message>
    <message>
        <source>Channel accounts</source>
        <translation>არხების ანგარიშები</translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation>&amp;ახალი ანგარიში</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;წაშლა</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>კავშირის &amp;შემოწმება</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>შე&amp;ნახვა</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;ტიპი:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;დასახელება:</translation>
    </message>
    <message>
        <source>&amp;Check every (seconds):</source>
        <translation>შემოწმების &amp;ინტერვალი (წამი):</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;რიგი:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;ჩართულია</translation>
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
        <translation>არცერთი (დაშიფვრის გარეშე)</translation>
    </message>
    <message>
        <source>Stored in the system keyring; leave empty to keep it</source>
        <translation>ინახება სისტემის გასაღებების საცავში; არსებულის შესანარჩუნებლად დატოვეთ ცარიელი</translation>
    </message>
    <message>
        <source>+995322000000, +995322000001</source>
        <translation>+995322000000, +995322000001</translation>
    </message>
    <message>
        <source>The provider&apos;s address (change only for a proxy or a test server)</source>
        <translation>პროვაიდერის მისამართი (შეცვალეთ მხოლოდ პროქსის ან სატესტო სერვერისთვის)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>გამორთულია</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>პრობლემა: %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>ჯერ არ სინქრონიზებულა</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>სინქრონიზებულია: %1</translation>
    </message>
    <message>
        <source>Saved. New messages are fetched within one check interval.</source>
        <translation>შენახულია. ახალი შეტყობინებები მომდევნო შემოწმებისას ჩამოიტვირთება.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>არ შეინახა: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>მიმდინარეობს დაკავშირება…</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>კავშირი მუშაობს: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>დაკავშირება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>ანგარიშის წაშლა</translation>
    </message>
    <message>
        <source>Remove this account and its stored secrets? Its messages stay in the timelines.</source>
        <translation>გსურთ ამ ანგარიშისა და მისი შენახული საიდუმლო მონაცემების წაშლა? მისი შეტყობინებები ისტორიაში დარჩება.</translation>
    </message>
    <message>
        <source>Disabled, not removed: replies in its outbox still wait to be sent.</source>
        <translation>გამორთულია, მაგრამ არ წაშლილა: მის გასაგზავნ რიგში პასუხები ჯერ კიდევ გაგზავნას ელოდება.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Agent</source>
        <translation>ოპერატორი</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Where the supervisors disagree</source>
        <translation>სად არ ემთხვევა ზედამხედველების შეფასებები</translation>
    </message>
    <message>
        <source>Answers per criterion and supervisor</source>
        <translation>პასუხები კრიტერიუმისა და ზედამხედველის მიხედვით</translation>
    </message>
    <message numerus="yes">
        <source>Scores: %1. Spread: %2 points. %n criteria rated differently.</source>
        <translation>
            <numerusform>ქულები: %1. სხვაობა: %2 ქულა. %n კრიტერიუმი განსხვავებულად შეფასდა.</numerusform>
            <numerusform>ქულები: %1. სხვაობა: %2 ქულა. %n კრიტერიუმი განსხვავებულად შეფასდა.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>ელფოსტა</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ტელეფონი</translation>
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
        <translation>ჩატი</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>სოციალური ქსელები</translation>
    </message>
</context>
<context>
    <name>ChannelStatusButton</name>
    <message numerus="yes">
        <source>Channels: %n with a problem</source>
        <translation>
            <numerusform>არხები: %n პრობლემური</numerusform>
            <numerusform>არხები: %n პრობლემური</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels: all working</source>
        <translation>არხები: ყველა მუშაობს</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>გასაგზავნი რიგი: %n მოლოდინში</numerusform>
            <numerusform>გასაგზავნი რიგი: %n მოლოდინში</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>არასდროს</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1: გამორთულია</translation>
    </message>
    <message>
        <source>%1: last synced %2</source>
        <translation>%1: ბოლო სინქრონიზაცია — %2</translation>
    </message>
    <message>
        <source>%1: %2 (last synced %3)</source>
        <translation>%1: %2 (ბოლო სინქრონიზაცია: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n replies need your decision in the outbox</source>
        <translation>
            <numerusform>გასაგზავნ რიგში %n პასუხი თქვენს გადაწყვეტილებას ელოდება</numerusform>
            <numerusform>გასაგზავნ რიგში %n პასუხი თქვენს გადაწყვეტილებას ელოდება</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachingWindow</name>
    <message>
        <source>My coaching</source>
        <translation>ჩემი ქოუჩინგი</translation>
    </message>
    <message>
        <source>Acknowledge (Ctrl+K)</source>
        <translation>გავეცანი (Ctrl+K)</translation>
    </message>
    <message>
        <source>Acknowledge the selected note</source>
        <translation>არჩეული შენიშვნის გაცნობის დადასტურება</translation>
    </message>
    <message>
        <source>Coaching notes on your messages</source>
        <translation>ქოუჩინგის შენიშვნები თქვენს შეტყობინებებზე</translation>
    </message>
    <message>
        <source>Your reviews</source>
        <translation>თქვენი საუბრების შეფასებები</translation>
    </message>
    <message>
        <source>Exemplary conversations shared with you</source>
        <translation>თქვენთვის გაზიარებული სამაგალითო საუბრები</translation>
    </message>
    <message>
        <source>Quality score by week</source>
        <translation>ხარისხის ქულა კვირების მიხედვით</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>შეფასდა</translation>
    </message>
    <message>
        <source>By</source>
        <translation>შემფასებელი</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>ხარისხის ქულა</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>შეჯამება</translation>
    </message>
    <message numerus="yes">
        <source>Your quality score: %1 % over %n reviews</source>
        <translation>
            <numerusform>თქვენი ხარისხის ქულა: %1 % (%n შეფასების მიხედვით)</numerusform>
            <numerusform>თქვენი ხარისხის ქულა: %1 % (%n შეფასების მიხედვით)</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews of your conversations yet.</source>
        <translation>თქვენი საუბრები ჯერ არ შეფასებულა.</translation>
    </message>
    <message numerus="yes">
        <source>Notes to acknowledge: %n</source>
        <translation>
            <numerusform>გასაცნობი შენიშვნები: %n</numerusform>
            <numerusform>გასაცნობი შენიშვნები: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation>გაცნობილია: %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ახალი</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>შეფასებები</translation>
    </message>
    <message>
        <source>critical criterion failed</source>
        <translation>კრიტიკული კრიტერიუმი არ დაკმაყოფილდა</translation>
    </message>
    <message>
        <source>Exemplary conversations</source>
        <translation>სამაგალითო საუბრები</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Two conversations side by side</source>
        <translation>ორი საუბარი გვერდიგვერდ</translation>
    </message>
    <message>
        <source>&amp;Scroll together</source>
        <translation>ერთად &amp;გადახვევა</translation>
    </message>
    <message>
        <source>by message</source>
        <translation>შეტყობინებების მიხედვით</translation>
    </message>
    <message>
        <source>by time since the start</source>
        <translation>დაწყებიდან გასული დროის მიხედვით</translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation>ერთად გადახვევა</translation>
    </message>
    <message>
        <source>Left conversation</source>
        <translation>მარცხენა საუბარი</translation>
    </message>
    <message>
        <source>Right conversation</source>
        <translation>მარჯვენა საუბარი</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>შედეგი</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>გადაჭრილია</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>დამუშავების დრო</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>შეტყობინებები</translation>
    </message>
    <message>
        <source>Canned replies used</source>
        <translation>გამოყენებული შაბლონური პასუხები</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>დიახ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>არა</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <extracomment>The channel this reply leaves on: the conversation&apos;s, or another address of the customer.</extracomment>
        <translation>გაგზავნა</translation>
    </message>
    <message>
        <source>Send the reply (%1)</source>
        <translation>პასუხის გაგზავნა (%1)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>პასუხი</translation>
    </message>
    <message>
        <source>Send the reply through this channel</source>
        <translation>პასუხის გაგზავნა ამ არხით</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>პასუხის გაგზავნა</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>საუბარი არ არის არჩეული</translation>
    </message>
    <message>
        <source>Reply via %1 to %2</source>
        <translation>პასუხი: %2 · არხი: %1</translation>
    </message>
    <message>
        <source>Write your reply… (Ctrl+Enter sends)</source>
        <translation>დაწერეთ პასუხი… (Ctrl+Enter — გაგზავნა)</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>მონახაზი აღდგენილია</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>მონახაზი შენახულია</translation>
    </message>
    <message>
        <source>Loading canned replies…</source>
        <translation>შაბლონური პასუხები იტვირთება…</translation>
    </message>
    <message>
        <source>Reply inserted.</source>
        <translation>პასუხი ჩასმულია.</translation>
    </message>
    <message>
        <source>Fill in before sending: %1</source>
        <translation>გაგზავნამდე შეავსეთ: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>გაგზავნილია</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>არ გაიგზავნა: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Agent Console — unexpected error</source>
        <translation>Agent Console — მოულოდნელი შეცდომა</translation>
    </message>
    <message>
        <source>Something went wrong. Your drafts are saved; you can keep working, or restart Agent Console if the window misbehaves.</source>
        <translation>რაღაც შეცდომა მოხდა. თქვენი მონახაზები შენახულია; შეგიძლიათ გააგრძელოთ მუშაობა ან, თუ ფანჯარა გაუმართავად მუშაობს, გადატვირთოთ Agent Console.</translation>
    </message>
    <message>
        <source>Please send the details to your administrator.</source>
        <translation>გთხოვთ, დეტალები გაუგზავნოთ ადმინისტრატორს.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>დეტალების კოპირება</translation>
    </message>
</context>
<context>
    <name>CustomerCardWidget</name>
    <message>
        <source>Language:</source>
        <translation>ენა:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>ქვეყანა:</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>ადგილობრივი დრო:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>მიმართვები:</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>საკონტაქტო მონაცემები</translation>
    </message>
    <message>
        <source>The customer&apos;s identities per channel</source>
        <translation>მომხმარებლის საკონტაქტო მონაცემები არხების მიხედვით</translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation>შესაძლოა, იგივე პირია</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>შემოთავაზებული გაერთიანებები</translation>
    </message>
    <message>
        <source>Merge into this customer</source>
        <translation>ამ მომხმარებელთან გაერთიანება</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>სხვა პირია</translation>
    </message>
    <message>
        <source>Merged into this customer</source>
        <translation>ამ მომხმარებელთან გაერთიანებული</translation>
    </message>
    <message>
        <source>Merges that can be undone</source>
        <translation>გაერთიანებები, რომელთა გაუქმებაც შეიძლება</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>გაერთიანების გაუქმება</translation>
    </message>
    <message>
        <source>Merge with another customer… (Ctrl+M)</source>
        <translation>სხვა მომხმარებელთან გაერთიანება… (Ctrl+M)</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>მომხმარებელი არ არის არჩეული</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>უცნობია</translation>
    </message>
    <message>
        <source>%1 open of %2</source>
        <translation>%2-დან %1 ღია</translation>
    </message>
    <message>
        <source>same name and country</source>
        <translation>იგივე სახელი და ქვეყანა</translation>
    </message>
    <message>
        <source>similar address: %1</source>
        <translation>მსგავსი მისამართი: %1</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>დროის სარტყელი უცნობია</translation>
    </message>
</context>
<context>
    <name>CustomerSide</name>
    <message>
        <source>Playing the customer — %1</source>
        <translation>მომხმარებლის როლში — %1</translation>
    </message>
    <message>
        <source>Suggested lines (double-click to use):</source>
        <translation>შემოთავაზებული რეპლიკები (გამოსაყენებლად ორჯერ დააწკაპუნეთ):</translation>
    </message>
    <message>
        <source>&amp;Send as the customer</source>
        <translation>&amp;გაგზავნა მომხმარებლის სახელით</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;პაუზა</translation>
    </message>
    <message>
        <source>&amp;End the session with</source>
        <translation>&amp;დასრულება არჩეული ფინალით</translation>
    </message>
    <message>
        <source>&amp;Cancel the session</source>
        <translation>&amp;სესიის გაუქმება</translation>
    </message>
    <message>
        <source>Open the &amp;debrief</source>
        <translation>&amp;შეჯამების გახსნა</translation>
    </message>
    <message>
        <source>Write as the customer: a reply, or a complication to test the trainee</source>
        <translation>დაწერეთ მომხმარებლის სახელით: პასუხი ან გართულება მონაწილის შესამოწმებლად</translation>
    </message>
    <message>
        <source>The customer&apos;s message</source>
        <translation>მომხმარებლის შეტყობინება</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>საუბარი</translation>
    </message>
    <message>
        <source>Suggested lines</source>
        <translation>შემოთავაზებული რეპლიკები</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>ფინალი</translation>
    </message>
    <message>
        <source>the trainee</source>
        <translation>მონაწილე</translation>
    </message>
    <message>
        <source>The training database cannot be reached; trying again… (%1)</source>
        <translation>სატრენინგო მონაცემთა ბაზასთან დაკავშირება ვერ ხერხდება; ხელახლა ვცდილობთ… (%1)</translation>
    </message>
    <message>
        <source>Waiting for %1 to take the session at their desk…</source>
        <translation>ველოდებით, როდის დაიწყებს %1 სესიას თავის სამუშაო ადგილზე…</translation>
    </message>
    <message>
        <source>Finished and scored: the debrief is ready.</source>
        <translation>დასრულდა და შეფასდა: შეჯამება მზადაა.</translation>
    </message>
    <message>
        <source>%1 closed the training console before the end.</source>
        <translation>%1 სატრენინგო კონსოლიდან სესიის დასრულებამდე გავიდა.</translation>
    </message>
    <message>
        <source>%1 declined the session.</source>
        <translation>%1 სესიაზე არ დათანხმდა.</translation>
    </message>
    <message>
        <source>The session was cancelled before it started.</source>
        <translation>სესია დაწყებამდე გაუქმდა.</translation>
    </message>
    <message>
        <source>The customer has left the conversation; %1 is recording the wrap-up.</source>
        <translation>მომხმარებელი საუბრიდან გავიდა; %1 შედეგს ავსებს.</translation>
    </message>
    <message>
        <source>Paused: the customer&apos;s clock has stopped.</source>
        <translation>პაუზა: მომხმარებლის დროის ათვლა შეჩერებულია.</translation>
    </message>
    <message>
        <source>Live with %1: what you send reaches their console as the customer&apos;s message.</source>
        <translation>პირდაპირი რეჟიმი: რასაც გაგზავნით, %1 თავის კონსოლში მომხმარებლის შეტყობინებად მიიღებს.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>მომხმარებელი</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>მონაწილე</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>KPI dashboard</source>
        <translation>KPI დაფა</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;პერიოდი</translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>&amp;დაჯგუფება</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>ბოლო 7 დღე</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>ბოლო 30 დღე</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>მიმდინარე თვე</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>წინა თვე</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>ბოლო 90 დღე</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>მიმდინარე წელი</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>ბოლო 12 თვე</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>სხვა პერიოდი</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>ოპერატორი</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>გუნდი</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>რიგი</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>არხი</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ქვეყანა</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>განახლება</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV ექსპორტი…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>XLSX ექსპორტი…</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>განმარტებები</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>პერიოდი</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>პირველი დღე</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>ბოლო დღე</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>დაჯგუფება</translation>
    </message>
    <message>
        <source>Figures by group; Enter lists the contacts behind a figure</source>
        <translation>მაჩვენებლები ჯგუფების მიხედვით; Enter აჩვენებს მაჩვენებლის შესაბამის მიმართვებს</translation>
    </message>
    <message>
        <source>Contacts over time</source>
        <translation>მიმართვები დროის მიხედვით</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>არხების განაწილება</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>ანგარიშის ექსპორტი CSV ფორმატში</translation>
    </message>
    <message>
        <source>Export the report as XLSX</source>
        <translation>ანგარიშის ექსპორტი XLSX ფორმატში</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>KPI-ების განმარტებები</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>პერიოდის დასასრული მის დასაწყისზე ადრეა.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>იტვირთება…</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>მაჩვენებლების ჩატვირთვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>უცნობია</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n contacts wrapped up</source>
        <translation>
            <numerusform>%1 – %2: დასრულებულია %n მიმართვა</numerusform>
            <numerusform>%1 – %2: დასრულებულია %n მიმართვა</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>სულ</translation>
    </message>
    <message>
        <source>Quality by agent</source>
        <translation>ხარისხი ოპერატორების მიხედვით</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>შეფასებები</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>ხარისხის ქულა</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>კრიტიკული შეცდომები</translation>
    </message>
    <message>
        <source>Quality by criterion</source>
        <translation>ხარისხი კრიტერიუმების მიხედვით</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>კრიტერიუმი</translation>
    </message>
    <message>
        <source>Average points</source>
        <translation>საშუალო ქულა</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>მიმართვები</translation>
    </message>
    <message numerus="yes">
        <source>Quality (%n reviews)</source>
        <translation>
            <numerusform>ხარისხი (%n შეფასება)</numerusform>
            <numerusform>ხარისხი (%n შეფასება)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts per day</source>
        <translation>მიმართვები დღეების მიხედვით</translation>
    </message>
    <message>
        <source>Contacts per week</source>
        <translation>მიმართვები კვირების მიხედვით</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>მიმართვები თვეების მიხედვით</translation>
    </message>
    <message>
        <source>Contacts behind: %1</source>
        <translation>მაჩვენებლის მიმართვები: %1</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>ანგარიშის ექსპორტი</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>ვერ ჩაიწერა %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>ანგარიში შენახულია: %1</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Debrief</source>
        <translation>შეჯამება</translation>
    </message>
    <message>
        <source>Trainer&apos;s &amp;comments:</source>
        <translation>ტრენერის &amp;კომენტარები:</translation>
    </message>
    <message>
        <source>Save comments</source>
        <translation>კომენტარების შენახვა</translation>
    </message>
    <message>
        <source>Score with the &amp;scorecard…</source>
        <translation>&amp;შეფასების ბარათით შეფასება…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF-ად შენახვა…</translation>
    </message>
    <message>
        <source>Debrief report</source>
        <translation>შეჯამების ანგარიში</translation>
    </message>
    <message>
        <source>Trainer&apos;s comments</source>
        <translation>ტრენერის კომენტარები</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>ეს სესია აღარ არსებობს.</translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation>შეჯამების შენახვა</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>ტრენერი</translation>
    </message>
</context>
<context>
    <name>DraftChecksBar</name>
    <message>
        <source>Draft checks</source>
        <translation>მონახაზის შემოწმება</translation>
    </message>
    <message>
        <source>Informal “%1”: use the formal “%2”.</source>
        <translation>არაფორმალური „%1“: გამოიყენეთ თავაზიანი „%2“.</translation>
    </message>
    <message>
        <source>This language has a formal form of address, and customers expect it.</source>
        <translation>ამ ენაში არსებობს თავაზიანი მიმართვის ფორმა და მომხმარებლები მას მოელიან.</translation>
    </message>
    <message>
        <source>No greeting at the start.</source>
        <translation>დასაწყისში მისალმება არ არის.</translation>
    </message>
    <message>
        <source>A reply that opens without a greeting often reads as curt in this language.</source>
        <translation>ამ ენაში მისალმების გარეშე დაწყებული პასუხი ხშირად უხეშად აღიქმება.</translation>
    </message>
    <message>
        <source>The customer&apos;s name (%1) is missing.</source>
        <translation>პასუხში არ არის მომხმარებლის სახელი (%1).</translation>
    </message>
    <message>
        <source>Addressing the customer by name shows the reply was written for them.</source>
        <translation>მომხმარებლისთვის სახელით მიმართვა აჩვენებს, რომ პასუხი სწორედ მისთვის დაიწერა.</translation>
    </message>
    <message>
        <source>Honorific missing.</source>
        <translation>აკლია საპატიო მიმართვა.</translation>
    </message>
    <message>
        <source>Capitals (“%1”) read as shouting.</source>
        <translation>დიდი ასოები („%1“) ყვირილად აღიქმება.</translation>
    </message>
    <message>
        <source>Write words in capitals only when they are abbreviations.</source>
        <translation>სიტყვები დიდი ასოებით მხოლოდ აბრევიატურის შემთხვევაში დაწერეთ.</translation>
    </message>
    <message>
        <source>Several exclamation marks read as shouting.</source>
        <translation>რამდენიმე ძახილის ნიშანი ყვირილად აღიქმება.</translation>
    </message>
    <message>
        <source>One exclamation mark is enough, if any.</source>
        <translation>საკმარისია ერთი ძახილის ნიშანი, თუ საერთოდ საჭიროა.</translation>
    </message>
    <message>
        <source>“%1” is jargon the customer may not know.</source>
        <translation>„%1“ ჟარგონია, რომელიც მომხმარებელმა შეიძლება არ იცოდეს.</translation>
    </message>
    <message>
        <source>Say what it means in plain words.</source>
        <translation>ახსენით მარტივი სიტყვებით.</translation>
    </message>
    <message>
        <source>Amount in %1; this customer pays in %2.</source>
        <translation>თანხის ვალუტა: %1; ეს მომხმარებელი იხდის ვალუტით: %2.</translation>
    </message>
    <message>
        <source>Quote prices in the customer&apos;s currency; the panel converts.</source>
        <translation>ფასები მომხმარებლის ვალუტაში მიუთითეთ; პანელი თავად გადაიანგარიშებს.</translation>
    </message>
    <message>
        <source>“%1”: here the decimal separator is “%2”.</source>
        <translation>„%1“: ამ ქვეყანაში ათწილადის გამყოფია „%2“.</translation>
    </message>
    <message>
        <source>Write amounts the way the customer&apos;s country writes them.</source>
        <translation>თანხები ისე დაწერეთ, როგორც მომხმარებლის ქვეყანაშია მიღებული.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>დამალვა</translation>
    </message>
    <message>
        <source>Dismiss this warning for this message</source>
        <translation>ამ გაფრთხილების დამალვა ამ შეტყობინებისთვის</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Load more</source>
        <translation>მეტის ჩატვირთვა</translation>
    </message>
    <message>
        <source>Load more contacts</source>
        <translation>მეტი მიმართვის ჩატვირთვა</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV ექსპორტი…</translation>
    </message>
    <message>
        <source>Export these contacts as CSV</source>
        <translation>ამ მიმართვების ექსპორტი CSV ფორმატში</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>დაიხურა</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>მომხმარებელი</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>ოპერატორი</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>არხი</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>შედეგის კოდი</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>გადაჭრილია</translation>
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
        <translation>დამუშავების დრო</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>დიახ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>არა</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts shown</source>
        <translation>
            <numerusform>ნაჩვენებია %n მიმართვა</numerusform>
            <numerusform>ნაჩვენებია %n მიმართვა</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>მიმართვების ექსპორტი</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 წთ %2 წმ</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 წმ</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Customer and reason</source>
        <translation>მომხმარებელი და მიზეზი</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ვადა</translation>
    </message>
    <message>
        <source>Follow-ups: overdue, today, upcoming</source>
        <translation>შემდგომი კონტაქტები: ვადაგადაცილებული, დღევანდელი, მომავალი</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>ვადაგადაცილებული (%n)</numerusform>
            <numerusform>ვადაგადაცილებული (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today (%n)</source>
        <translation>
            <numerusform>დღეს (%n)</numerusform>
            <numerusform>დღეს (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upcoming (%n)</source>
        <translation>
            <numerusform>მომავალი (%n)</numerusform>
            <numerusform>მომავალი (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Set on the %1 clock (%2)</source>
        <translation>დაყენებულია %1 დროით (%2)</translation>
    </message>
    <message>
        <source>customer&apos;s</source>
        <translation>მომხმარებლის</translation>
    </message>
    <message>
        <source>agent&apos;s</source>
        <translation>ოპერატორის</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Email</source>
        <translation>ელფოსტა</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ტელეფონი</translation>
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
        <translation>ჩატის ვიზიტორი</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>სოციალური ქსელი</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Import history</source>
        <translation>ისტორიის იმპორტი</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files…</source>
        <translation>
            <numerusform>%n ფაილის იმპორტი…</numerusform>
            <numerusform>%n ფაილის იმპორტი…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>შეწყვეტა</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>unread</source>
        <translation>წაუკითხავი</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Contacts</source>
        <translation>მიმართვები</translation>
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
        <translation>პირველივე მიმართვით გადაჭრა</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>პირველი რეაქციის დრო</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>გადაჭრის დრო</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>დამუშავების საშუალო დრო</translation>
    </message>
    <message>
        <source>Repeat contacts</source>
        <translation>განმეორებითი მიმართვები</translation>
    </message>
    <message>
        <source>CSAT: share of CSAT responses (1–5) that are 4 or 5.</source>
        <translation>CSAT: CSAT-ის პასუხებიდან (1–5) 4-იანი და 5-იანი პასუხების წილი.</translation>
    </message>
    <message>
        <source>NPS: % promoters (9–10) minus % detractors (0–6) of NPS responses (0–10).</source>
        <translation>NPS: NPS-ის პასუხებიდან (0–10) პრომოუტერების % (9–10) მინუს კრიტიკოსების % (0–6).</translation>
    </message>
    <message>
        <source>CES: average of CES responses (1–7; lower means less effort).</source>
        <translation>CES: CES-ის პასუხების საშუალო (1–7; ნაკლები ნიშნავს ნაკლებ ძალისხმევას).</translation>
    </message>
    <message>
        <source>First-contact resolution: of first contacts (no contact by the same customer on the same reason closed within %1 days before), the share resolved with no contact on the same reason within %1 days after, on any channel.</source>
        <translation>პირველივე მიმართვით გადაჭრა: პირველი მიმართვებიდან (რომლებამდეც %1 დღის განმავლობაში იმავე მომხმარებლის იმავე მიზეზით მიმართვა არ დახურულა) იმ გადაჭრილი მიმართვების წილი, რომლებსაც მომდევნო %1 დღის განმავლობაში იმავე მიზეზით მიმართვა არ მოჰყოლია, ნებისმიერ არხზე.</translation>
    </message>
    <message>
        <source>Repeat contacts: share of contacts after which the same customer got in touch again within %1 days, for any reason, on any channel.</source>
        <translation>განმეორებითი მიმართვები: იმ მიმართვების წილი, რომელთა შემდეგაც იმავე მომხმარებელმა %1 დღის განმავლობაში კვლავ მოგვმართა, ნებისმიერი მიზეზით, ნებისმიერ არხზე.</translation>
    </message>
    <message>
        <source>First response time: from the customer&apos;s first message to the first reply or call to that customer, on any channel.</source>
        <translation>პირველი რეაქციის დრო: მომხმარებლის პირველი შეტყობინებიდან მისთვის გაცემულ პირველ პასუხამდე ან ზარამდე, ნებისმიერ არხზე.</translation>
    </message>
    <message>
        <source>Resolution time: for resolved contacts, from the first contact about the issue to the close.</source>
        <translation>გადაჭრის დრო: გადაჭრილი მიმართვებისთვის — საკითხთან დაკავშირებული პირველი მიმართვიდან დახურვამდე.</translation>
    </message>
    <message>
        <source>Average handle time: time with the contact open (or the call&apos;s length) plus after-contact work in the wrap-up panel.</source>
        <translation>დამუშავების საშუალო დრო: დრო, როცა მიმართვა ღია იყო (ან ზარის ხანგრძლივობა), პლუს მიმართვის შემდგომი სამუშაო შედეგის პანელში.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 დღე %2 სთ</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>Show the contacts behind this figure</source>
        <translation>ამ მაჩვენებლის შესაბამისი მიმართვების ჩვენება</translation>
    </message>
</context>
<context>
    <name>LocaleEditDialog</name>
    <message>
        <source>Customer&apos;s language and country</source>
        <translation>მომხმარებლის ენა და ქვეყანა</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>უცნობი</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ქვეყანა</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;ენა:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;ქვეყანა:</translation>
    </message>
</context>
<context>
    <name>LocalePanel</name>
    <message>
        <source>Locale</source>
        <translation>ენა და რეგიონი</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ენა:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>ქვეყანა:</translation>
    </message>
    <message>
        <source>Correct language or country…</source>
        <translation>ენის ან ქვეყნის შესწორება…</translation>
    </message>
    <message>
        <source>Etiquette</source>
        <translation>ეტიკეტი</translation>
    </message>
    <message>
        <source>Customer&apos;s time</source>
        <translation>მომხმარებლის დრო</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>ფული</translation>
    </message>
    <message>
        <source>Amount to convert</source>
        <translation>კონვერტაციის თანხა</translation>
    </message>
    <message>
        <source>Conversion direction</source>
        <translation>კონვერტაციის მიმართულება</translation>
    </message>
    <message>
        <source>from the profile</source>
        <translation>პროფილის მიხედვით</translation>
    </message>
    <message>
        <source>from the phone number %1</source>
        <translation>ტელეფონის ნომრის მიხედვით: %1</translation>
    </message>
    <message>
        <source>detected in the customer&apos;s messages</source>
        <translation>დადგენილია მომხმარებლის შეტყობინებებით</translation>
    </message>
    <message>
        <source>from the e-mail domain %1</source>
        <translation>ელფოსტის დომენის მიხედვით: %1</translation>
    </message>
    <message>
        <source>the main language of the country</source>
        <translation>ქვეყნის ძირითადი ენა</translation>
    </message>
    <message>
        <source>where the language is mainly spoken</source>
        <translation>სადაც ეს ენა ძირითადად გამოიყენება</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>როგორც მითითებულია</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>უცნობია</translation>
    </message>
    <message>
        <source>Country unknown: general hints. Set the country for specific ones.</source>
        <translation>ქვეყანა უცნობია: ნაჩვენებია ზოგადი რჩევები. კონკრეტული რჩევებისთვის მიუთითეთ ქვეყანა.</translation>
    </message>
    <message>
        <source>Family name comes first.</source>
        <translation>გვარი პირველ ადგილზე იწერება.</translation>
    </message>
    <message>
        <source>Preferred channels: %1</source>
        <translation>სასურველი არხები: %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>მიმართვის ფორმა</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>მისალმება</translation>
    </message>
    <message>
        <source>Saying no</source>
        <translation>უარის თქმა</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>ბოდიშის მოხდა</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>მოერიდეთ</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>დროის შერჩევა</translation>
    </message>
    <message>
        <source>Time zone unknown.</source>
        <translation>დროის სარტყელი უცნობია.</translation>
    </message>
    <message>
        <source>Public holiday today: %1</source>
        <translation>დღეს უქმე დღეა: %1</translation>
    </message>
    <message>
        <source>Weekend there</source>
        <translation>იქ ახლა დასვენების დღეა</translation>
    </message>
    <message>
        <source>Business hours (%1–%2)</source>
        <translation>სამუშაო დრო (%1–%2)</translation>
    </message>
    <message>
        <source>Outside business hours (%1–%2)</source>
        <translation>სამუშაო დროის მიღმა (%1–%2)</translation>
    </message>
    <message>
        <source>Next holidays:</source>
        <translation>უახლოესი დღესასწაულები:</translation>
    </message>
    <message>
        <source>No holiday calendar for this country.</source>
        <translation>ამ ქვეყნის დღესასწაულების კალენდარი არ არის ხელმისაწვდომი.</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>ვალუტა: %1</translation>
    </message>
    <message>
        <source>Payment methods used there:</source>
        <translation>იქ გამოყენებული გადახდის მეთოდები:</translation>
    </message>
    <message>
        <source>No exchange rate yet; rates are fetched when the network is reachable.</source>
        <translation>გაცვლითი კურსი ჯერ არ არის; კურსები ჩაიტვირთება, როცა ქსელი ხელმისაწვდომი იქნება.</translation>
    </message>
    <message>
        <source>Rates from %1 (%2)</source>
        <translation>კურსები %1-ის მდგომარეობით (%2)</translation>
    </message>
    <message>
        <source>not updated recently</source>
        <translation>დიდი ხანია არ განახლებულა</translation>
    </message>
    <message>
        <source>Could not update rates from: %1</source>
        <translation>ვერ განახლდა კურსები შემდეგი წყაროებიდან: %1</translation>
    </message>
    <message>
        <source>No rates fetched yet.</source>
        <translation>კურსები ჯერ არ ჩატვირთულა.</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>ზარის აღრიცხვა</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>მომხმარებელი:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;მიმართულება:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;დაწყება:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;ხანგრძლივობა:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>შე&amp;ნიშვნები:</translation>
    </message>
    <message>
        <source>Incoming (the customer called)</source>
        <translation>შემომავალი (მომხმარებელმა დარეკა)</translation>
    </message>
    <message>
        <source>Outgoing (we called)</source>
        <translation>გამავალი (ჩვენ დავრეკეთ)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>წთ</translation>
    </message>
    <message>
        <source>s</source>
        <translation>წმ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>A role-play console on the training sandbox: no connectors, no settings written, &quot;Training&quot; in the title (ui/training.py adds the banner and the scripted customer).</extracomment>
        <translation>&amp;ფაილი</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;გადასვლა</translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation>&amp;საუბარი</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;მომხმარებელი</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;ხელსაწყოები</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;დახმარება</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>მომხმარებლების ძიება</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>შემოსულებზე გადასვლა</translation>
    </message>
    <message>
        <source>Go to the timeline</source>
        <translation>ისტორიაზე გადასვლა</translation>
    </message>
    <message>
        <source>Go to the reply</source>
        <translation>პასუხზე გადასვლა</translation>
    </message>
    <message>
        <source>Go to the customer card</source>
        <translation>მომხმარებლის ბარათზე გადასვლა</translation>
    </message>
    <message>
        <source>Go to the follow-ups</source>
        <translation>შემდგომ კონტაქტებზე გადასვლა</translation>
    </message>
    <message>
        <source>Wrap up and close the conversation…</source>
        <translation>შედეგის შევსება და საუბრის დახურვა…</translation>
    </message>
    <message>
        <source>Correct the outcome…</source>
        <translation>შედეგის შესწორება…</translation>
    </message>
    <message>
        <source>KPI dashboard…</source>
        <translation>KPI დაფა…</translation>
    </message>
    <message>
        <source>Review conversations…</source>
        <translation>საუბრების შეფასება…</translation>
    </message>
    <message>
        <source>My coaching…</source>
        <translation>ჩემი ქოუჩინგი…</translation>
    </message>
    <message>
        <source>Training: role-play scenarios…</source>
        <translation>ტრენინგი: როლური თამაშის სცენარები…</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>KPI-ების განმარტებები</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>შემდეგი საუბარი</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>წინა საუბარი</translation>
    </message>
    <message>
        <source>Find in timeline</source>
        <translation>ისტორიაში ძიება</translation>
    </message>
    <message>
        <source>Jump to the previous interaction</source>
        <translation>წინა მიმართვაზე გადასვლა</translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation>ისტორიის გაფილტვრა არხის მიხედვით</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>განახლება</translation>
    </message>
    <message>
        <source>Merge with another customer…</source>
        <translation>სხვა მომხმარებელთან გაერთიანება…</translation>
    </message>
    <message>
        <source>Undo the last merge</source>
        <translation>ბოლო გაერთიანების გაუქმება</translation>
    </message>
    <message>
        <source>Canned replies…</source>
        <translation>შაბლონური პასუხები…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>პარამეტრები…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>კლავიატურის მალსახმობები</translation>
    </message>
    <message>
        <source>About Agent Console</source>
        <translation>Agent Console-ის შესახებ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>გასვლა</translation>
    </message>
    <message>
        <source>Channel accounts…</source>
        <translation>არხების ანგარიშები…</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>გასაგზავნი რიგი…</translation>
    </message>
    <message>
        <source>Check channels now</source>
        <translation>არხების შემოწმება ახლავე</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>ისტორიის იმპორტი…</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>ზარის აღრიცხვა…</translation>
    </message>
    <message>
        <source>Open the message with formatting and attachments…</source>
        <translation>შეტყობინების გახსნა ფორმატირებითა და დანართებით…</translation>
    </message>
    <message>
        <source>Search customers: name, email, phone (Ctrl+F)</source>
        <translation>მომხმარებლების ძიება: სახელი, ელფოსტა, ტელეფონი (Ctrl+F)</translation>
    </message>
    <message>
        <source>Inbox: open conversations</source>
        <translation>შემოსულები: ღია საუბრები</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>ნაპოვნი მომხმარებლები</translation>
    </message>
    <message>
        <source>Inbox or follow-ups</source>
        <translation>შემოსულები ან შემდგომი კონტაქტები</translation>
    </message>
    <message>
        <source>Reply or wrap-up</source>
        <translation>პასუხი ან შედეგი</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>გაერთიანების გაუქმება</translation>
    </message>
    <message>
        <source>%1 · database: %2</source>
        <translation>%1 · მონაცემთა ბაზა: %2</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>ტრენინგი</translation>
    </message>
    <message numerus="yes">
        <source>Inbox (%n)</source>
        <translation>
            <numerusform>შემოსულები (%n)</numerusform>
            <numerusform>შემოსულები (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>შემდგომი კონტაქტები (%n)</numerusform>
            <numerusform>შემდგომი კონტაქტები (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n ვადაგადაცილებული</numerusform>
            <numerusform>%n ვადაგადაცილებული</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>ნაპოვნია %n მომხმარებელი</numerusform>
            <numerusform>ნაპოვნია %n მომხმარებელი</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter starts the follow-up: a new conversation with the customer.</source>
        <translation>Enter იწყებს შემდგომ კონტაქტს: ახალ საუბარს მომხმარებელთან.</translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n open conversations</source>
        <translation>
            <numerusform>შემოსულები: %n ღია საუბარი</numerusform>
            <numerusform>შემოსულები: %n ღია საუბარი</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply recorded in the timeline.</source>
        <translation>პასუხი ისტორიაში ჩაიწერა.</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 გაერთიანდა მომხმარებელთან %2.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>მომხმარებლების გაერთიანება</translation>
    </message>
    <message>
        <source>Merge undone: both customers are back as they were.</source>
        <translation>გაერთიანება გაუქმდა: ორივე მომხმარებელი პირვანდელ მდგომარეობას დაუბრუნდა.</translation>
    </message>
    <message>
        <source>Customer&apos;s language and country saved to the profile.</source>
        <translation>მომხმარებლის ენა და ქვეყანა პროფილში შეინახა.</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>ჯერ გახსენით საუბარი.</translation>
    </message>
    <message>
        <source>This conversation is already closed; use Correct the outcome to change it.</source>
        <translation>ეს საუბარი უკვე დახურულია; შესაცვლელად გამოიყენეთ „შედეგის შესწორება“.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>ეს საუბარი აღარ არსებობს.</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>შედეგი</translation>
    </message>
    <message>
        <source>The wrap-up was not saved: %1</source>
        <translation>შედეგი ვერ შეინახა: %1</translation>
    </message>
    <message>
        <source>Wrap-up saved; the conversation is closed.</source>
        <translation>შედეგი შენახულია; საუბარი დაიხურა.</translation>
    </message>
    <message>
        <source>Wrap-up kept as a draft.</source>
        <translation>შედეგი შენახულია მონახაზის სახით.</translation>
    </message>
    <message>
        <source>Select a conversation in the timeline first.</source>
        <translation>ჯერ აირჩიეთ საუბარი ისტორიაში.</translation>
    </message>
    <message>
        <source>This conversation has no outcome yet: wrap it up first.</source>
        <translation>ამ საუბარს შედეგი ჯერ არ აქვს: ჯერ შეავსეთ შედეგი.</translation>
    </message>
    <message numerus="yes">
        <source>Outcome corrected: %n changes recorded.</source>
        <translation>
            <numerusform>შედეგი შესწორდა: აღირიცხა %n ცვლილება.</numerusform>
            <numerusform>შედეგი შესწორდა: აღირიცხა %n ცვლილება.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished wrap-up</source>
        <translation>დაუსრულებელი შედეგი</translation>
    </message>
    <message>
        <source>The wrap-up of your conversation with %1 was not saved. Finish it now?</source>
        <translation>%1-თან თქვენი საუბრის შედეგი არ შენახულა. გსურთ მისი ახლავე დასრულება?</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due: %1</source>
        <translation>
            <numerusform>დადგა შემდგომი კონტაქტის დრო (%n): %1</numerusform>
            <numerusform>დადგა შემდგომი კონტაქტის დრო (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up started with %1.</source>
        <translation>დაიწყო შემდგომი კონტაქტი: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n coaching notes from your supervisor: Tools → My coaching (Ctrl+Shift+J)</source>
        <translation>
            <numerusform>%n ქოუჩინგის შენიშვნა თქვენი ზედამხედველისგან: ხელსაწყოები → ჩემი ქოუჩინგი (Ctrl+Shift+J)</numerusform>
            <numerusform>%n ქოუჩინგის შენიშვნა თქვენი ზედამხედველისგან: ხელსაწყოები → ჩემი ქოუჩინგი (Ctrl+Shift+J)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>ისტორიის იმპორტი</translation>
    </message>
    <message>
        <source>E-mail and call records (*.eml *.mbox *.mbx *.csv mbox);;All files (*)</source>
        <translation>ელფოსტისა და ზარების ჩანაწერები (*.eml *.mbox *.mbx *.csv mbox);;ყველა ფაილი (*)</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2 already there, %3 could not be read.</source>
        <translation>იმპორტირებულია: %1; გამოტოვებულია (უკვე არსებობს): %2; წაკითხვა ვერ მოხერხდა: %3.</translation>
    </message>
    <message>
        <source>Select a message in the timeline first.</source>
        <translation>ჯერ აირჩიეთ შეტყობინება ისტორიაში.</translation>
    </message>
    <message>
        <source>Open a customer first.</source>
        <translation>ჯერ გახსენით მომხმარებელი.</translation>
    </message>
    <message>
        <source>Call logged; wrap it up when you are done.</source>
        <translation>ზარი აღირიცხა; დასრულების შემდეგ შეავსეთ შედეგი.</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>ზარის აღრიცხვა</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>პარამეტრები</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>პარამეტრების შენახვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agent Console&lt;/b&gt; %1&lt;br&gt;One timeline per customer across every channel.</source>
        <translation>&lt;b&gt;Agent Console&lt;/b&gt; %1&lt;br&gt;თითო მომხმარებელს — ერთი ისტორია ყველა არხიდან.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>მოხდა შეცდომა: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>მომხმარებლების გაერთიანება</translation>
    </message>
    <message>
        <source>Find the duplicate of &lt;b&gt;%1&lt;/b&gt;. Its identities and conversations move to %1; you can undo the merge later.</source>
        <translation>იპოვეთ მომხმარებლის &lt;b&gt;%1&lt;/b&gt; დუბლიკატი. მისი საკონტაქტო მონაცემები და საუბრები გადავა მომხმარებელთან %1; გაერთიანების გაუქმება მოგვიანებითაც შეგიძლიათ.</translation>
    </message>
    <message>
        <source>Name, email or phone</source>
        <translation>სახელი, ელფოსტა ან ტელეფონი</translation>
    </message>
    <message>
        <source>Search for the customer to merge</source>
        <translation>გასაერთიანებელი მომხმარებლის ძიება</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>ნაპოვნი მომხმარებლები</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>გაერთიანება</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Message</source>
        <extracomment>Images the agent asked to see, already fetched: URL -&gt; image.</extracomment>
        <translation>შეტყობინება</translation>
    </message>
    <message>
        <source>Show &amp;images from the internet</source>
        <translation>ინტერნეტიდან &amp;სურათების ჩვენება</translation>
    </message>
    <message>
        <source>Remote images can tell the sender that and when you read the message.</source>
        <translation>ინტერნეტიდან ჩატვირთული სურათებით გამგზავნმა შეიძლება გაიგოს, წაიკითხეთ თუ არა შეტყობინება და როდის.</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>უბრალო &amp;ტექსტი</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;გახსნა</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;შენახვა როგორც…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>დანართები</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>შეტყობინების ტექსტი</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>ეს შეტყობინება აღარ არსებობს.</translation>
    </message>
    <message>
        <source>Parts of this message could not be read:</source>
        <translation>ამ შეტყობინების ზოგიერთი ნაწილის წაკითხვა ვერ მოხერხდა:</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>სურათები</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>ბმულის გახსნა</translation>
    </message>
    <message>
        <source>Open this address in your browser?

%1</source>
        <translation>გსურთ ამ მისამართის გახსნა ბრაუზერში?

%1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>დანართი</translation>
    </message>
    <message>
        <source>The database does not hold this attachment&apos;s content.</source>
        <translation>მონაცემთა ბაზაში ამ დანართის შიგთავსი არ არის.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>დანართის შენახვა</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>გასაგზავნი რიგი</translation>
    </message>
    <message>
        <source>Replies that have not reached the customer yet. Temporary failures are retried automatically; a reply whose fate is unknown (the app stopped while sending it) is never resent on its own: check, then resend it or mark it as sent.</source>
        <translation>პასუხები, რომლებიც მომხმარებლამდე ჯერ არ მისულა. დროებითი შეფერხებისას გაგზავნა ავტომატურად მეორდება; პასუხი, რომლის ბედიც უცნობია (პროგრამა მისი გაგზავნისას გაითიშა), თავისით ხელახლა არასდროს იგზავნება: შეამოწმეთ, შემდეგ კი ხელახლა გაგზავნეთ ან მონიშნეთ გაგზავნილად.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>მომხმარებელი</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>არხი</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>შემდეგი მცდელობა</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>მცდელობები</translation>
    </message>
    <message>
        <source>Reply and last error</source>
        <translation>პასუხი და ბოლო შეცდომა</translation>
    </message>
    <message>
        <source>&amp;Resend now</source>
        <translation>ახლავე &amp;ხელახლა გაგზავნა</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>გაგზავნილად &amp;მონიშვნა</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>&amp;საუბრის გახსნა</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>ხელახალი ცდის მოლოდინში</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>იგზავნება</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ვერ გაიგზავნა</translation>
    </message>
    <message>
        <source>unknown: check</source>
        <translation>უცნობია: შეამოწმეთ</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Canned replies</source>
        <translation>შაბლონური პასუხები</translation>
    </message>
    <message>
        <source>Filter by key, title or category</source>
        <translation>გაფილტვრა გასაღებით, სათაურით ან კატეგორიით</translation>
    </message>
    <message>
        <source>Filter replies</source>
        <translation>პასუხების გაფილტვრა</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>პასუხები</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>ორიგინალის შენახვა</translation>
    </message>
    <message>
        <source>Save translation</source>
        <translation>თარგმანის შენახვა</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>იმპორტი…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ექსპორტი…</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>კატეგორია:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>არხები:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>ტეგები:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>ცვლადები:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>გამოყენებულია:</translation>
    </message>
    <message>
        <source>Source (English)</source>
        <translation>ორიგინალი (ინგლისური)</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>თარგმანი:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>კატეგორია</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>არხები</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ტეგები</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>ორიგინალის სათაური</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>ორიგინალის ტექსტი</translation>
    </message>
    <message>
        <source>Translated title</source>
        <translation>თარგმნილი სათაური</translation>
    </message>
    <message>
        <source>Translated text</source>
        <translation>თარგმნილი ტექსტი</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>თარგმანის ენა</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>აკლია: %1</translation>
    </message>
    <message>
        <source>%1 outdated</source>
        <translation>მოძველებული: %1</translation>
    </message>
    <message>
        <source>%1 replies · %2 translations missing · %3 outdated</source>
        <translation>პასუხები: %1 · აკლია თარგმანი: %2 · მოძველებული: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n-ჯერ</numerusform>
            <numerusform>%n-ჯერ</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 translation yet.</source>
        <translation>%1 თარგმანი ჯერ არ არის.</translation>
    </message>
    <message>
        <source>Outdated: the source changed after this translation was made.</source>
        <translation>მოძველებულია: ორიგინალი შეიცვალა ამ თარგმანის შექმნის შემდეგ.</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>აქტუალურია.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ორიგინალი</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>თარგმანი</translation>
    </message>
    <message>
        <source>Longer than %1 characters: on SMS it is split into several messages.</source>
        <translation>%1 სიმბოლოზე გრძელია: SMS-ით რამდენიმე შეტყობინებად დაიყოფა.</translation>
    </message>
    <message>
        <source>Source saved.</source>
        <translation>ორიგინალი შენახულია.</translation>
    </message>
    <message>
        <source>Translation saved.</source>
        <translation>თარგმანი შენახულია.</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>თარგმანების იმპორტი</translation>
    </message>
    <message>
        <source>Translations (*.po *.csv)</source>
        <translation>თარგმანები (*.po *.csv)</translation>
    </message>
    <message>
        <source>%1: %2 updated, %3 unchanged, %4 kept (edited since export)</source>
        <translation>%1: განახლდა %2, უცვლელია %3, შენარჩუნდა %4 (შეიცვალა ექსპორტის შემდეგ)</translation>
    </message>
    <message>
        <source>Export for translators</source>
        <translation>ექსპორტი მთარგმნელებისთვის</translation>
    </message>
    <message>
        <source>Exported %1 languages to %2</source>
        <translation>%1 ენა ექსპორტირებულია საქაღალდეში: %2</translation>
    </message>
</context>
<context>
    <name>ReplyPicker</name>
    <message>
        <source>Insert a canned reply</source>
        <translation>შაბლონური პასუხის ჩასმა</translation>
    </message>
    <message>
        <source>Type any word of the title, tags or text…</source>
        <translation>აკრიფეთ ნებისმიერი სიტყვა სათაურიდან, ტეგებიდან ან ტექსტიდან…</translation>
    </message>
    <message>
        <source>Search canned replies</source>
        <translation>შაბლონური პასუხების ძიება</translation>
    </message>
    <message>
        <source>Canned replies found</source>
        <translation>ნაპოვნი შაბლონური პასუხები</translation>
    </message>
    <message>
        <source>Preview of the reply to insert</source>
        <translation>ჩასასმელი პასუხის გადახედვა</translation>
    </message>
    <message>
        <source>Enter inserts · Esc closes · Up/Down choose</source>
        <translation>Enter — ჩასმა · Esc — დახურვა · ზემოთ/ქვემოთ — არჩევა</translation>
    </message>
    <message>
        <source>No reply matches.</source>
        <translation>შესაბამისი პასუხი ვერ მოიძებნა.</translation>
    </message>
    <message>
        <source>No %1 version; %2 inserted.</source>
        <translation>%1 ვერსია არ არის; ჩაისვა %2 ვერსია.</translation>
    </message>
    <message>
        <source>Long for SMS: it will be split into several messages.</source>
        <translation>SMS-ისთვის გრძელია: რამდენიმე შეტყობინებად დაიყოფა.</translation>
    </message>
    <message>
        <source>This reply is meant for other channels.</source>
        <translation>ეს პასუხი სხვა არხებისთვისაა განკუთვნილი.</translation>
    </message>
    <message>
        <source>To fill in before sending: %1</source>
        <translation>გაგზავნამდე შესავსებია: %1</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review conversations</source>
        <translation>საუბრების შეფასება</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>ბოლო 7 დღე</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>ბოლო 30 დღე</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>ბოლო 90 დღე</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>ბოლო 12 თვე</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>ყველა არხი</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>ყველა ოპერატორი</translation>
    </message>
    <message>
        <source>Low CSAT (1–2)</source>
        <translation>დაბალი CSAT (1–2)</translation>
    </message>
    <message>
        <source>Long handle time (15 min or more)</source>
        <translation>დამუშავების ხანგრძლივი დრო (15 წთ ან მეტი)</translation>
    </message>
    <message>
        <source>Sample per agent per &amp;week</source>
        <translation>შერჩევა თითო ოპერატორზე &amp;კვირაში</translation>
    </message>
    <message>
        <source>all</source>
        <translation>ყველა</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>განახლება</translation>
    </message>
    <message>
        <source>Edit the scorecard…</source>
        <translation>შეფასების ბარათის რედაქტირება…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>დაიხურა</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>ოპერატორი</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>მომხმარებელი</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>არხი</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>შედეგის კოდი</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Pin a note to the message…</source>
        <translation>შეტყობინებაზე შენიშვნის მიმაგრება…</translation>
    </message>
    <message>
        <source>Share as an exemplar…</source>
        <translation>გაზიარება სამაგალითო საუბრად…</translation>
    </message>
    <message>
        <source>Open in the agent screen</source>
        <translation>ოპერატორის ეკრანზე გახსნა</translation>
    </message>
    <message>
        <source>Compare two side by side (Ctrl+D)</source>
        <translation>ორის გვერდიგვერდ შედარება (Ctrl+D)</translation>
    </message>
    <message>
        <source>Calibrate with other supervisors…</source>
        <translation>კალიბრაცია სხვა ზედამხედველებთან…</translation>
    </message>
    <message>
        <source>Show where we disagree</source>
        <translation>სად ვერ შევთანხმდით</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>შესაფასებელი</translation>
    </message>
    <message>
        <source>Calibrations</source>
        <translation>კალიბრაციები</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>დაწყებულია</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ინიციატორი</translation>
    </message>
    <message>
        <source>Your scoring</source>
        <translation>თქვენი შეფასება</translation>
    </message>
    <message>
        <source>Select two conversations in the list (Ctrl+click), then compare them</source>
        <translation>აირჩიეთ სიაში ორი საუბარი (Ctrl+დაწკაპება) და შემდეგ შეადარეთ</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>მონახაზის შენახვა (Ctrl+S)</translation>
    </message>
    <message>
        <source>Submit review (Ctrl+Enter)</source>
        <translation>შეფასების წარდგენა (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>პერიოდი</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>რიგი</translation>
    </message>
    <message>
        <source>Edit the scorecard</source>
        <translation>შეფასების ბარათის რედაქტირება</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ქვეყანა</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>შედეგი</translation>
    </message>
    <message>
        <source>Conversations to review</source>
        <translation>შესაფასებელი საუბრები</translation>
    </message>
    <message>
        <source>Sample per agent per week</source>
        <translation>შერჩევა თითო ოპერატორზე კვირაში</translation>
    </message>
    <message>
        <source>Pin a coaching note to the selected message</source>
        <translation>არჩეულ შეტყობინებაზე ქოუჩინგის შენიშვნის მიმაგრება</translation>
    </message>
    <message>
        <source>Share this conversation as an exemplar</source>
        <translation>ამ საუბრის გაზიარება სამაგალითო საუბრად</translation>
    </message>
    <message>
        <source>Compare the two selected conversations side by side</source>
        <translation>არჩეული ორი საუბრის გვერდიგვერდ შედარება</translation>
    </message>
    <message>
        <source>Calibrate: have other supervisors score this conversation blind</source>
        <translation>კალიბრაცია: სხვა ზედამხედველები ამ საუბარს ერთმანეთის შეფასების უნახავად აფასებენ</translation>
    </message>
    <message>
        <source>Show where the supervisors disagree</source>
        <translation>სად არ ემთხვევა ზედამხედველების შეფასებები</translation>
    </message>
    <message>
        <source>Save the review as a draft</source>
        <translation>შეფასების შენახვა მონახაზად</translation>
    </message>
    <message>
        <source>Submit the review</source>
        <translation>შეფასების წარდგენა</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>ყველა რიგი</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>ყველა ქვეყანა</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>ყველა შედეგი</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations to review</source>
        <translation>
            <numerusform>%n შესაფასებელი საუბარი</numerusform>
            <numerusform>%n შესაფასებელი საუბარი</numerusform>
        </translation>
    </message>
    <message>
        <source>Canned replies used: %1</source>
        <translation>გამოყენებული შაბლონური პასუხები: %1</translation>
    </message>
    <message>
        <source>No canned replies used.</source>
        <translation>შაბლონური პასუხები არ გამოყენებულა.</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>წარდგენილია.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>მონახაზი შენახულია.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>ჯერ აირჩიეთ საუბარი.</translation>
    </message>
    <message>
        <source>Calibration started: each supervisor scores it under Calibrations, without seeing the others.</source>
        <translation>კალიბრაცია დაიწყო: თითოეული ზედამხედველი მას „კალიბრაციებში“ აფასებს, სხვების შეფასების უნახავად.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>არ დაწყებულა</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>მონახაზი</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>წარდგენილია</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted</source>
        <translation>
            <numerusform>წარდგენილია %n</numerusform>
            <numerusform>წარდგენილია %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation under review was deleted; the review and its score are kept.</source>
        <translation>შესაფასებელი საუბარი წაიშალა; შეფასება და მისი ქულა შენახულია.</translation>
    </message>
    <message>
        <source>Review submitted: %1 %.</source>
        <translation>შეფასება წარდგენილია: %1 %.</translation>
    </message>
    <message numerus="yes">
        <source>Not submitted: %n criteria still to rate or explain.</source>
        <translation>
            <numerusform>არ წარდგენილა: %n კრიტერიუმი ჯერ შესაფასებელი ან ასახსნელია.</numerusform>
            <numerusform>არ წარდგენილა: %n კრიტერიუმი ჯერ შესაფასებელი ან ასახსნელია.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a message in the conversation first.</source>
        <translation>ჯერ აირჩიეთ შეტყობინება საუბარში.</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>ქოუჩინგის შენიშვნა</translation>
    </message>
    <message>
        <source>Note for the agent, pinned to this message:</source>
        <translation>შენიშვნა ოპერატორისთვის (მიემაგრება ამ შეტყობინებას):</translation>
    </message>
    <message>
        <source>Note pinned; the agent will see it in their timeline.</source>
        <translation>შენიშვნა მიმაგრებულია; ოპერატორი მას თავის ისტორიაში დაინახავს.</translation>
    </message>
    <message>
        <source>Share as an exemplar</source>
        <translation>გაზიარება სამაგალითო საუბრად</translation>
    </message>
    <message>
        <source>Why is it a good example?</source>
        <translation>რატომ არის ეს კარგი მაგალითი?</translation>
    </message>
    <message>
        <source>Shared with the team as an exemplar.</source>
        <translation>გუნდს გაუზიარდა სამაგალითო საუბრად.</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Scenario editor — %1</source>
        <translation>სცენარის რედაქტორი — %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>შე&amp;ნახვა</translation>
    </message>
    <message>
        <source>&amp;Play it now</source>
        <translation>ახლავე &amp;გაშვება</translation>
    </message>
    <message>
        <source>Scenario (YAML)</source>
        <translation>სცენარი (YAML)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>პრობლემები</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>სტრიქონი %1: %2</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>პრობლემები არ არის.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems: fix them to save.</source>
        <translation>
            <numerusform>%n პრობლემა: შესანახად გამოასწორეთ.</numerusform>
            <numerusform>%n პრობლემა: შესანახად გამოასწორეთ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario editor</source>
        <translation>სცენარის რედაქტორი</translation>
    </message>
    <message>
        <source>The scenario has problems and was not saved:</source>
        <translation>სცენარში პრობლემებია და ის არ შეინახა:</translation>
    </message>
    <message>
        <source>Fix the problems first.</source>
        <translation>ჯერ პრობლემები გამოასწორეთ.</translation>
    </message>
</context>
<context>
    <name>ScorecardEditor</name>
    <message>
        <source>Scorecard</source>
        <translation>შეფასების ბარათი</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>განყოფილების დამატება</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>კრიტერიუმის დამატება</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>წაშლა</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>გასაღები</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>სათაური</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>შკალა</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>წონა</translation>
    </message>
    <message>
        <source>Root causes offered</source>
        <translation>შემოთავაზებული ძირეული მიზეზები</translation>
    </message>
    <message>
        <source>Critical: the lowest rating fails the whole review</source>
        <translation>კრიტიკული: ყველაზე დაბალი ნიშნისას მთელი შეფასება ჩაიჭრება</translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation>„არ ეხება“ დასაშვებია</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>ახალ ვერსიად შენახვა</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>დიახ / არა</translation>
    </message>
    <message>
        <source>3 points</source>
        <translation>3 ქულა</translation>
    </message>
    <message>
        <source>4 points</source>
        <translation>4 ქულა</translation>
    </message>
    <message>
        <source>5 points</source>
        <translation>5 ქულა</translation>
    </message>
    <message>
        <source>Sections and criteria</source>
        <translation>განყოფილებები და კრიტერიუმები</translation>
    </message>
    <message>
        <source>%1 — version %2 (saving adds version %3; reviews keep the version they began with)</source>
        <translation>%1 — ვერსია %2 (შენახვა დაამატებს ვერსიას %3; შეფასებები რჩება იმ ვერსიაზე, რომლითაც დაიწყო)</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>ახალი განყოფილება</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>ახალი კრიტერიუმი</translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation>ვერ შეინახება: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria, total weight %1</source>
        <translation>
            <numerusform>%n კრიტერიუმი, ჯამური წონა %1</numerusform>
            <numerusform>%n კრიტერიუმი, ჯამური წონა %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The weights do not add up to the declared total; scores stay 0–100.</source>
        <translation>წონების ჯამი არ ემთხვევა მითითებულს; ქულები მაინც 0–100 ფარგლებშია.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>შენახულია ვერსიად %1.</translation>
    </message>
</context>
<context>
    <name>ScorecardForm</name>
    <message>
        <source>&amp;Summary for the agent</source>
        <translation>&amp;შეჯამება ოპერატორისთვის</translation>
    </message>
    <message>
        <source>Summary for the agent</source>
        <translation>შეჯამება ოპერატორისთვის</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>არ ეხება</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>დიახ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>არა</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2-დან %1</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>წონა: %1</translation>
    </message>
    <message>
        <source>critical: the lowest rating fails the whole review</source>
        <translation>კრიტიკული: ყველაზე დაბალი ნიშნის შემთხვევაში მთელი შეფასება უარყოფითია</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>შეუფასებელი</translation>
    </message>
    <message>
        <source>Root cause…</source>
        <translation>ძირეული მიზეზი…</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>კომენტარი (არასავალდებულო)</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>ნიშანი: %1</translation>
    </message>
    <message>
        <source>Root cause: %1</source>
        <translation>ძირეული მიზეზი: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>კომენტარი: %1</translation>
    </message>
    <message>
        <source>Quality score: —</source>
        <translation>ხარისხის ქულა: —</translation>
    </message>
    <message>
        <source>Quality score: 0 % (critical criterion failed; %1 % without it)</source>
        <translation>ხარისხის ქულა: 0 % (კრიტიკული კრიტერიუმი არ დაკმაყოფილდა; მის გარეშე %1 %)</translation>
    </message>
    <message>
        <source>Quality score: %1 %</source>
        <translation>ხარისხის ქულა: %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria still to rate or explain</source>
        <translation>
            <numerusform>%n კრიტერიუმი ჯერ შესაფასებელი ან ასახსნელია</numerusform>
            <numerusform>%n კრიტერიუმი ჯერ შესაფასებელი ან ასახსნელია</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>პარამეტრები</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;ენა:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;თემა:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;შრიფტის ზომა:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;მონაცემთა ბაზა:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>მონაცემთა საქაღალდე:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>თემა</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>შრიფტის ზომა</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>მონაცემთა ბაზა</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>ნაგულისხმევი</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Empty: the SQLite file in the data folder</source>
        <translation>ცარიელი: SQLite ფაილი მონაცემთა საქაღალდეში</translation>
    </message>
    <message>
        <source>A new database is opened the next time Agent Console starts. Language, theme and font size apply at once.</source>
        <translation>ახალი მონაცემთა ბაზა გაიხსნება Agent Console-ის შემდეგი გაშვებისას. ენა, თემა და შრიფტის ზომა მაშინვე გამოიყენება.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>სისტემის ენა</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>სისტემის მიხედვით</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ღია</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>მუქი</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Enter / Space (timeline)</source>
        <translation>Enter / Space (ისტორია)</translation>
    </message>
    <message>
        <source>Expand or collapse the entry</source>
        <translation>ჩანაწერის გაშლა ან აკეცვა</translation>
    </message>
    <message>
        <source>Ctrl+Enter (reply)</source>
        <translation>Ctrl+Enter (პასუხი)</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>პასუხის გაგზავნა</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>ზემოთ / ქვემოთ</translation>
    </message>
    <message>
        <source>Move through lists and search results</source>
        <translation>სიებსა და ძიების შედეგებში გადაადგილება</translation>
    </message>
    <message>
        <source>Esc (search)</source>
        <translation>Esc (ძიება)</translation>
    </message>
    <message>
        <source>Clear the search and return to the inbox</source>
        <translation>ძიების გასუფთავება და შემოსულებში დაბრუნება</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>ელემენტებს შორის გადაადგილება</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>კლავიატურის მალსახმობები</translation>
    </message>
    <message>
        <source>Everything in Agent Console can be done from the keyboard.</source>
        <translation>Agent Console-ში ყველაფრის გაკეთება კლავიატურით შეგიძლიათ.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>კლავიშები</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>მოქმედება</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>ღია</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>ელოდება მომხმარებელს</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>დახურული</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Outcome: %1</source>
        <translation>შედეგი: %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>გადაჭრილია</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>არ არის გადაჭრილი</translation>
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
        <translation>შემომავალი ზარი</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>გამავალი ზარი</translation>
    </message>
    <message>
        <source>Show less (Enter)</source>
        <translation>ნაკლების ჩვენება (Enter)</translation>
    </message>
    <message>
        <source>Show more (Enter)</source>
        <translation>მეტის ჩვენება (Enter)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>მომხმარებელი</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>ოპერატორი</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n დანართი</numerusform>
            <numerusform>%n დანართი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts could not be read</source>
        <translation>
            <numerusform>%n ნაწილის წაკითხვა ვერ მოხერხდა</numerusform>
            <numerusform>%n ნაწილის წაკითხვა ვერ მოხერხდა</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent with %n draft-check warnings</source>
        <translation>
            <numerusform>გაიგზავნა შემოწმების %n გაფრთხილებით</numerusform>
            <numerusform>გაიგზავნა შემოწმების %n გაფრთხილებით</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coaching notes</source>
        <translation>
            <numerusform>%n ქოუჩინგის შენიშვნა</numerusform>
            <numerusform>%n ქოუჩინგის შენიშვნა</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>ჩაწერილი</translation>
    </message>
    <message>
        <source>in outbox</source>
        <translation>გასაგზავნ რიგში</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>გაგზავნილი</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>არ გაიგზავნა</translation>
    </message>
    <message>
        <source>unknown: check the outbox</source>
        <translation>უცნობია: შეამოწმეთ გასაგზავნი რიგი</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Your time: %1
Customer&apos;s time: %2</source>
        <extracomment>Wrap-up code -&gt; {language: label}, for the outcome shown in interaction headers. Show one interaction only (review screens); None: the customer&apos;s whole history.</extracomment>
        <translation>თქვენი დრო: %1
მომხმარებლის დრო: %2</translation>
    </message>
    <message>
        <source>from the customer</source>
        <translation>მომხმარებლისგან</translation>
    </message>
    <message>
        <source>to the customer</source>
        <translation>მომხმარებელს</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>შიდა შენიშვნა</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n დანართი</numerusform>
            <numerusform>%n დანართი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts could not be read</source>
        <translation>
            <numerusform>%n ნაწილის წაკითხვა ვერ მოხერხდა</numerusform>
            <numerusform>%n ნაწილის წაკითხვა ვერ მოხერხდა</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>All channels</source>
        <translation>ყველა არხი</translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation>ისტორიის გაფილტვრა არხის მიხედვით</translation>
    </message>
    <message>
        <source>Find in timeline (Ctrl+Shift+F)</source>
        <translation>ისტორიაში ძიება (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Find in timeline</source>
        <translation>ისტორიაში ძიება</translation>
    </message>
    <message>
        <source>◀ Previous contact</source>
        <translation>◀ წინა მიმართვა</translation>
    </message>
    <message>
        <source>Jump to the previous interaction (Ctrl+Shift+Up)</source>
        <translation>წინა მიმართვაზე გადასვლა (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>Jump to the previous interaction</source>
        <translation>წინა მიმართვაზე გადასვლა</translation>
    </message>
    <message>
        <source>Customer timeline</source>
        <translation>მომხმარებლის ისტორია</translation>
    </message>
    <message>
        <source>Pick a conversation in the inbox, or search for a customer (Ctrl+F).</source>
        <translation>აირჩიეთ საუბარი შემოსულებში ან მოძებნეთ მომხმარებელი (Ctrl+F).</translation>
    </message>
    <message>
        <source>Nothing in this timeline matches the filter.</source>
        <translation>ამ ისტორიაში ფილტრის შესაბამისი ჩანაწერი არ არის.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>იტვირთება…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>ნაჩვენებია %n ჩანაწერი</numerusform>
            <numerusform>ნაჩვენებია %n ჩანაწერი</numerusform>
        </translation>
    </message>
    <message>
        <source>(scroll for older)</source>
        <translation>(ძველი ჩანაწერებისთვის გადაახვიეთ)</translation>
    </message>
    <message>
        <source>This is the customer&apos;s first interaction.</source>
        <translation>ეს მომხმარებლის პირველი მიმართვაა.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Customer: %1 (%2, %3), writes by %4; mood: %5</source>
        <translation>მომხმარებელი: %1 (%2, %3), არხი: %4; განწყობა: %5</translation>
    </message>
    <message>
        <source>Order %1: %2 %3</source>
        <translation>შეკვეთა %1: %2 %3</translation>
    </message>
    <message>
        <source>Paid with: %1</source>
        <translation>გადახდის მეთოდი: %1</translation>
    </message>
    <message>
        <source>Your goal: %1</source>
        <translation>თქვენი მიზანი: %1</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>მშვიდი</translation>
    </message>
    <message>
        <source>friendly</source>
        <translation>მეგობრული</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>შეშფოთებული</translation>
    </message>
    <message>
        <source>annoyed</source>
        <translation>გაღიზიანებული</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>გაბრაზებული</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>გადაჭრილია</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>ესკალირებულია</translation>
    </message>
    <message>
        <source>customer left</source>
        <translation>მომხმარებელი წავიდა</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>ტრენინგი</translation>
    </message>
    <message>
        <source>The training database must not be the real one: check Settings.</source>
        <translation>სატრენინგო მონაცემთა ბაზა არ უნდა იყოს რეალური ბაზა: შეამოწმეთ პარამეტრები.</translation>
    </message>
    <message>
        <source>The training database cannot be opened: %1</source>
        <translation>სატრენინგო მონაცემთა ბაზის გახსნა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>A trainer</source>
        <translation>ტრენერი</translation>
    </message>
    <message>
        <source>%1 has started a live training session for you: %2.</source>
        <translation>%1 გიწვევთ პირდაპირი რეჟიმის სატრენინგო სესიაზე: %2.</translation>
    </message>
    <message>
        <source>%1 has started a training session for you: %2.</source>
        <translation>%1 გიწვევთ სატრენინგო სესიაზე: %2.</translation>
    </message>
    <message>
        <source>It opens a training console on a practice database; your real work stays as it is.</source>
        <translation>გაიხსნება სატრენინგო კონსოლი სავარჯიშო მონაცემთა ბაზით; თქვენი რეალური სამუშაო უცვლელი დარჩება.</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;ახლავე დაწყება</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;უარის თქმა</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;მოგვიანებით</translation>
    </message>
    <message>
        <source>This session is no longer waiting: the trainer cancelled it, or it started elsewhere.</source>
        <translation>ეს სესია აღარ არის მოლოდინში: ტრენერმა ის გააუქმა ან სესია სხვაგან დაიწყო.</translation>
    </message>
    <message>
        <source>This session cannot be started on this desk: %1</source>
        <translation>ეს სესია ამ სამუშაო ადგილზე ვერ დაიწყება: %1</translation>
    </message>
    <message>
        <source>Ending reached</source>
        <translation>მიღწეული ფინალი</translation>
    </message>
    <message>
        <source>Replied in the customer&apos;s language</source>
        <translation>პასუხი მომხმარებლის ენაზე</translation>
    </message>
    <message>
        <source>Formal address</source>
        <translation>თქვენობით მიმართვა</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>პირველი რეაქციის დრო</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>რეაქციის დრო</translation>
    </message>
    <message>
        <source>Currency named</source>
        <translation>ვალუტა ნახსენებია</translation>
    </message>
    <message>
        <source>Local payment method named</source>
        <translation>ადგილობრივი გადახდის მეთოდი ნახსენებია</translation>
    </message>
    <message>
        <source>Wrap-up code</source>
        <translation>შედეგის კოდი</translation>
    </message>
    <message>
        <source>Every reply was in {expected}.</source>
        <translation>ყველა პასუხი {expected} ენაზე იყო.</translation>
    </message>
    <message>
        <source>First reply after {seconds} s (limit {limit} s).</source>
        <translation>პირველი პასუხი {seconds} წმ-ში (ლიმიტი {limit} წმ).</translation>
    </message>
    <message>
        <source>No reply named a payment method the customer can use ({methods}).</source>
        <translation>არცერთ პასუხში არ იყო ნახსენები გადახდის მეთოდი, რომლის გამოყენებაც მომხმარებელს შეუძლია ({methods}).</translation>
    </message>
    <message>
        <source>No reply named the currency {currency} (as {names}).</source>
        <translation>არცერთ პასუხში არ იყო ნახსენები ვალუტა {currency} ({names} ფორმით).</translation>
    </message>
    <message>
        <source>No wrap-up code was chosen; expected {expected}.</source>
        <translation>შედეგის კოდი არ აირჩიეს; მოსალოდნელი იყო {expected}.</translation>
    </message>
    <message>
        <source>Reply {n} addressed the customer informally.</source>
        <translation>პასუხში {n} მომხმარებელს შენობით მიმართეს.</translation>
    </message>
    <message>
        <source>Reply {n} named {found}.</source>
        <translation>პასუხში {n} ნახსენებია: {found}.</translation>
    </message>
    <message>
        <source>Reply {n} was written in {found}, not in {expected}.</source>
        <translation>პასუხი {n} დაიწერა {found} ენაზე და არა {expected} ენაზე.</translation>
    </message>
    <message>
        <source>Slowest later reply after {seconds} s (limit {limit} s).</source>
        <translation>მომდევნო პასუხებიდან ყველაზე ნელი — {seconds} წმ-ში (ლიმიტი {limit} წმ).</translation>
    </message>
    <message>
        <source>The conversation ended in &apos;{ending}&apos; ({kind}); good endings: {good}.</source>
        <translation>საუბარი დასრულდა ფინალით &apos;{ending}&apos; ({kind}); კარგი ფინალები: {good}.</translation>
    </message>
    <message>
        <source>The customer&apos;s message in &apos;{turn}&apos; was never answered.</source>
        <translation>მომხმარებლის შეტყობინებას ნაბიჯში &apos;{turn}&apos; პასუხი არ გაეცა.</translation>
    </message>
    <message>
        <source>Wrap-up code {found} (expected {expected}).</source>
        <translation>შედეგის კოდი {found} (მოსალოდნელი იყო {expected}).</translation>
    </message>
    <message>
        <source>The trainee never replied.</source>
        <translation>მონაწილეს არცერთხელ არ უპასუხია.</translation>
    </message>
    <message>
        <source>Every reply addressed the customer formally.</source>
        <translation>ყველა პასუხში მომხმარებელს თქვენობით მიმართეს.</translation>
    </message>
    <message>
        <source>The first message was never answered.</source>
        <translation>პირველ შეტყობინებას პასუხი არ გაეცა.</translation>
    </message>
    <message>
        <source>The conversation did not reach an ending.</source>
        <translation>საუბარი არცერთ ფინალამდე არ მისულა.</translation>
    </message>
    <message>
        <source>Score: %1 of %2 points (%3%)</source>
        <translation>ქულა: %1 / %2 (%3%)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>საუბრის ჩანაწერი</translation>
    </message>
    <message>
        <source>Trainer comments</source>
        <translation>ტრენერის კომენტარები</translation>
    </message>
    <message>
        <source>Trainee: %1 · %2 · ending: %3</source>
        <translation>მონაწილე: %1 · %2 · ფინალი: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>არ არის</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>შემოწმება</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ქულა</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>რა მოხდა</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>მომხმარებელი</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>მონაწილე</translation>
    </message>
    <message>
        <source>points lost here</source>
        <translation>აქ დაიკარგა ქულები</translation>
    </message>
    <message>
        <source>Trainer&apos;s scorecard: %1 of 100 (%2)</source>
        <translation>ტრენერის შეფასების ბარათი: %1 / 100 (%2)</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING</source>
        <translation>ტრენინგი</translation>
    </message>
    <message>
        <source>a practice database: nothing reaches real customers</source>
        <translation>სავარჯიშო მონაცემთა ბაზა: რეალურ მომხმარებლებამდე არაფერი მიდის</translation>
    </message>
    <message>
        <source>Scenario &amp;brief…</source>
        <translation>სცენარის &amp;მოკლე აღწერა…</translation>
    </message>
    <message>
        <source>&amp;Finish and score</source>
        <translation>&amp;დასრულება და შეფასება</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>სატრენინგო სესია</translation>
    </message>
    <message>
        <source>Session finished: scoring…</source>
        <translation>სესია დასრულდა: მიმდინარეობს შეფასება…</translation>
    </message>
    <message>
        <source>Paused by the trainer.</source>
        <translation>ტრენერმა სესია შეაჩერა.</translation>
    </message>
    <message>
        <source>The customer has ended the conversation. Record the wrap-up, then press Finish and score.</source>
        <translation>მომხმარებელმა საუბარი დაასრულა. შეავსეთ შედეგი, შემდეგ დააჭირეთ ღილაკს „დასრულება და შეფასება“.</translation>
    </message>
    <message>
        <source>Live: a trainer is writing as the customer.</source>
        <translation>პირდაპირი რეჟიმი: ტრენერი წერს მომხმარებლის სახელით.</translation>
    </message>
    <message>
        <source>Scripted customer: reply as you would to a real one.</source>
        <translation>სცენარით მოქმედი მომხმარებელი: უპასუხეთ ისე, როგორც რეალურ მომხმარებელს უპასუხებდით.</translation>
    </message>
    <message>
        <source>Scenario brief</source>
        <translation>სცენარის მოკლე აღწერა</translation>
    </message>
</context>
<context>
    <name>TrainingLibrary</name>
    <message>
        <source>Training</source>
        <translation>ტრენინგი</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>სცენარები</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>სესიები</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>ჩემი სესიები</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>ჯგუფი</translation>
    </message>
    <message>
        <source>Filter: title, country, language, channel</source>
        <translation>ფილტრი: სათაური, ქვეყანა, ენა, არხი</translation>
    </message>
    <message>
        <source>Filter scenarios</source>
        <translation>სცენარების გაფილტვრა</translation>
    </message>
    <message>
        <source>Scenario details</source>
        <translation>სცენარის დეტალები</translation>
    </message>
    <message>
        <source>&amp;Start a session</source>
        <translation>სესიის &amp;დაწყება</translation>
    </message>
    <message>
        <source>Start &amp;live (you play the customer)</source>
        <translation>&amp;პირდაპირ რეჟიმში დაწყება (მომხმარებელს თქვენ თამაშობთ)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;რედაქტირება…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;იმპორტი…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;ექსპორტი…</translation>
    </message>
    <message>
        <source>Open the &amp;debrief</source>
        <translation>შეჯამების &amp;გახსნა</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>დაწყება</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>მონაწილე</translation>
    </message>
    <message>
        <source>&amp;Cancel the waiting session</source>
        <translation>&amp;მოლოდინში მყოფი სესიის გაუქმება</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;ვისთვის:</translation>
    </message>
    <message>
        <source>Yourself, to try the scenario, or a trainee: it starts on their desk when they accept it.</source>
        <translation>თქვენთვის — სცენარის გამოსაცდელად, ან მონაწილისთვის: სესია მის სამუშაო ადგილზე დაიწყება, როგორც კი ის მას მიიღებს.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (თქვენ)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>სცენარი</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>რეჟიმი</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>ფინალი</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ქულა</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>საშუალო ქულა</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>საუკეთესო ქულა</translation>
    </message>
    <message>
        <source>Resolved / escalated / left</source>
        <translation>გადაჭრილი / ესკალირებული / წასული</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>ბოლო სესია</translation>
    </message>
    <message>
        <source>Some scenario files cannot be used:</source>
        <translation>სცენარის ზოგიერთი ფაილის გამოყენება შეუძლებელია:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>მომხმარებელი</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>არხი</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>განწყობა</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>მოთმინება</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 წმ</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>შეკვეთა</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>გადახდის მეთოდი</translation>
    </message>
    <message>
        <source>Payment methods to offer</source>
        <translation>შესათავაზებელი გადახდის მეთოდები</translation>
    </message>
    <message>
        <source>Expected wrap-up</source>
        <translation>მოსალოდნელი შედეგის კოდი</translation>
    </message>
    <message>
        <source>Endings</source>
        <translation>ფინალები</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>მიზანი</translation>
    </message>
    <message>
        <source>Finish the session that is running first.</source>
        <translation>ჯერ დაასრულეთ მიმდინარე სესია.</translation>
    </message>
    <message>
        <source>The session waits for %1: it starts when they accept it at their desk.</source>
        <translation>სესია მოლოდინშია: დაიწყება, როგორც კი %1 მას თავის სამუშაო ადგილზე მიიღებს.</translation>
    </message>
    <message>
        <source>This desk keeps its training database to itself: for a trainee at another desk, set the team&apos;s training database in Settings.</source>
        <translation>ამ სამუშაო ადგილის სატრენინგო მონაცემთა ბაზა სხვებისთვის ხელმისაწვდომი არ არის: სხვა სამუშაო ადგილზე მყოფი მონაწილისთვის პარამეტრებში მიუთითეთ გუნდის საერთო სატრენინგო მონაცემთა ბაზა.</translation>
    </message>
    <message>
        <source>Export the scenario</source>
        <translation>სცენარის ექსპორტი</translation>
    </message>
    <message>
        <source>Scenarios (*.yaml *.yml)</source>
        <translation>სცენარები (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import scenarios</source>
        <translation>სცენარების იმპორტი</translation>
    </message>
    <message numerus="yes">
        <source>%n scenarios imported.</source>
        <translation>
            <numerusform>იმპორტირებულია %n სცენარი.</numerusform>
            <numerusform>იმპორტირებულია %n სცენარი.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>არ იმპორტირდა:</translation>
    </message>
    <message>
        <source>scripted</source>
        <translation>სცენარით</translation>
    </message>
    <message>
        <source>live</source>
        <translation>პირდაპირი</translation>
    </message>
    <message>
        <source>running</source>
        <translation>მიმდინარეობს</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>შეწყვეტილია</translation>
    </message>
    <message>
        <source>waiting for the trainee</source>
        <translation>ელოდება მონაწილეს</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>უარყოფილია</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>გაუქმებულია</translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <source>Training</source>
        <extracomment>Real ms between looks at the training database in a live session: the trainee&apos;s console for the trainer&apos;s commands, the trainer&apos;s side for the state the console published. (Team mode&apos;s LISTEN/NOTIFY will wake both at once; the look stays as the fallback for SQLite.) A session in one of these states is over for both sides.</extracomment>
        <translation>ტრენინგი</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <source>&amp;Disposition</source>
        <extracomment>Set when correcting a saved outcome.</extracomment>
        <translation>&amp;შედეგის კოდი</translation>
    </message>
    <message>
        <source>Contact &amp;reason</source>
        <translation>&amp;მიმართვის მიზეზი</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>გადაჭრილია</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;დიახ</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;არა</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>შე&amp;ნიშვნები</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>გამოკითხვა</translation>
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
        <translation>არ არის</translation>
    </message>
    <message>
        <source>Customer satisfaction, 1–5, if the customer answered the survey</source>
        <translation>კმაყოფილება (CSAT), 1–5, თუ მომხმარებელმა გამოკითხვას უპასუხა</translation>
    </message>
    <message>
        <source>Net Promoter Score, 0–10, if the customer answered the survey</source>
        <translation>Net Promoter Score (NPS), 0–10, თუ მომხმარებელმა გამოკითხვას უპასუხა</translation>
    </message>
    <message>
        <source>Customer effort, 1–7 (lower is easier), if the customer answered</source>
        <translation>Customer Effort Score (CES), 1–7 (რაც ნაკლებია, მით უფრო ადვილია), თუ მომხმარებელმა უპასუხა</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>შემდგომი &amp;კონტაქტი</translation>
    </message>
    <message>
        <source>When</source>
        <translation>როდის</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>მიზეზი</translation>
    </message>
    <message>
        <source>e.g. confirm the refund arrived</source>
        <translation>მაგ.: თანხის დაბრუნების დადასტურება</translation>
    </message>
    <message>
        <source>Save and next (Ctrl+Enter)</source>
        <translation>შენახვა და შემდეგი (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Back to the conversation (Esc)</source>
        <translation>საუბარზე დაბრუნება (Esc)</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>შედეგის კოდი</translation>
    </message>
    <message>
        <source>Contact reason</source>
        <translation>მიმართვის მიზეზი</translation>
    </message>
    <message>
        <source>Resolved: yes</source>
        <translation>გადაჭრილია: დიახ</translation>
    </message>
    <message>
        <source>Resolved: no</source>
        <translation>გადაჭრილია: არა</translation>
    </message>
    <message>
        <source>Wrap-up notes</source>
        <translation>შედეგის შენიშვნები</translation>
    </message>
    <message>
        <source>CSAT score</source>
        <translation>CSAT ქულა</translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation>NPS ქულა</translation>
    </message>
    <message>
        <source>CES score</source>
        <translation>CES ქულა</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>შემდგომი კონტაქტი</translation>
    </message>
    <message>
        <source>Follow-up date and time</source>
        <translation>შემდგომი კონტაქტის თარიღი და დრო</translation>
    </message>
    <message>
        <source>Follow-up time zone</source>
        <translation>შემდგომი კონტაქტის დროის სარტყელი</translation>
    </message>
    <message>
        <source>Follow-up reason</source>
        <translation>შემდგომი კონტაქტის მიზეზი</translation>
    </message>
    <message>
        <source>Changes to this outcome</source>
        <translation>ამ შედეგის ცვლილებები</translation>
    </message>
    <message>
        <source>Save the wrap-up</source>
        <translation>შედეგის შენახვა</translation>
    </message>
    <message>
        <source>Back to the conversation</source>
        <translation>საუბარზე დაბრუნება</translation>
    </message>
    <message>
        <source>Correct the outcome: %1</source>
        <translation>შედეგის შესწორება: %1</translation>
    </message>
    <message>
        <source>Wrap-up: %1</source>
        <translation>შედეგის შევსება: %1</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (წაშლილია)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>აირჩიეთ…</translation>
    </message>
    <message>
        <source>customer&apos;s time (%1)</source>
        <translation>მომხმარებლის დრო (%1)</translation>
    </message>
    <message>
        <source>my time (%1)</source>
        <translation>ჩემი დრო (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 changed %3: %4 → %5</source>
        <translation>%1 · %2 · შეიცვალა %3: %4 → %5</translation>
    </message>
    <message>
        <source>No changes since the wrap-up.</source>
        <translation>შედეგის შევსების შემდეგ ცვლილებები არ ყოფილა.</translation>
    </message>
    <message>
        <source>Handle time %1</source>
        <translation>დამუშავების დრო: %1</translation>
    </message>
    <message>
        <source>Handle time %1 (after-contact work %2)</source>
        <translation>დამუშავების დრო: %1 (მიმართვის შემდგომი სამუშაო: %2)</translation>
    </message>
    <message>
        <source>Choose a disposition.</source>
        <translation>აირჩიეთ შედეგის კოდი.</translation>
    </message>
    <message>
        <source>Choose the contact reason.</source>
        <translation>აირჩიეთ მიმართვის მიზეზი.</translation>
    </message>
    <message>
        <source>Say whether the issue was resolved.</source>
        <translation>მიუთითეთ, გადაიჭრა თუ არა საკითხი.</translation>
    </message>
    <message>
        <source>This queue needs a note.</source>
        <translation>ამ რიგისთვის შენიშვნა სავალდებულოა.</translation>
    </message>
    <message>
        <source>CSAT is between 1 and 5.</source>
        <translation>CSAT უნდა იყოს 1-დან 5-მდე.</translation>
    </message>
    <message>
        <source>NPS is between 0 and 10.</source>
        <translation>NPS უნდა იყოს 0-დან 10-მდე.</translation>
    </message>
    <message>
        <source>CES is between 1 and 7.</source>
        <translation>CES უნდა იყოს 1-დან 7-მდე.</translation>
    </message>
    <message>
        <source>The follow-up is in the past; pick a later time.</source>
        <translation>შემდგომი კონტაქტის დრო უკვე გასულია; აირჩიეთ უფრო გვიანი დრო.</translation>
    </message>
    <message>
        <source>This code was removed since; choose another.</source>
        <translation>ეს კოდი მას შემდეგ წაიშალა; აირჩიეთ სხვა.</translation>
    </message>
</context>
</TS>
