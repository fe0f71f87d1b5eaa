<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>App</name>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
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
        <translation>Соцсети</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Send the reply (%1)</source>
        <translation>Отправить ответ (%1)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Диалог не выбран</translation>
    </message>
    <message>
        <source>Reply via %1 to %2</source>
        <translation>Ответ через %1 для %2</translation>
    </message>
    <message>
        <source>Write your reply… (Ctrl+Enter sends)</source>
        <translation>Напишите ответ… (Ctrl+Enter — отправить)</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Черновик восстановлен</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Черновик сохранён</translation>
    </message>
    <message>
        <source>Loading canned replies…</source>
        <translation>Загрузка шаблонов ответов…</translation>
    </message>
    <message>
        <source>Reply inserted.</source>
        <translation>Ответ вставлен.</translation>
    </message>
    <message>
        <source>Fill in before sending: %1</source>
        <translation>Перед отправкой заполните: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Agent Console — unexpected error</source>
        <translation>Agent Console — непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong. Your drafts are saved; you can keep working, or restart Agent Console if the window misbehaves.</source>
        <translation>Что-то пошло не так. Ваши черновики сохранены: можно продолжать работу или перезапустить Agent Console, если окно ведёт себя странно.</translation>
    </message>
    <message>
        <source>Please send the details to your administrator.</source>
        <translation>Пожалуйста, отправьте подробности администратору.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Скопировать подробности</translation>
    </message>
</context>
<context>
    <name>CustomerCardWidget</name>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>Местное время:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Обращения:</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Идентификаторы</translation>
    </message>
    <message>
        <source>The customer&apos;s identities per channel</source>
        <translation>Идентификаторы клиента по каналам</translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation>Возможно, тот же человек</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>Предлагаемые объединения</translation>
    </message>
    <message>
        <source>Merge into this customer</source>
        <translation>Объединить с этим клиентом</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Другой человек</translation>
    </message>
    <message>
        <source>Merged into this customer</source>
        <translation>Объединены с этим клиентом</translation>
    </message>
    <message>
        <source>Merges that can be undone</source>
        <translation>Объединения, которые можно отменить</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Отменить объединение</translation>
    </message>
    <message>
        <source>Merge with another customer… (Ctrl+M)</source>
        <translation>Объединить с другим клиентом… (Ctrl+M)</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Клиент не выбран</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1 open of %2</source>
        <translation>открыто %1 из %2</translation>
    </message>
    <message>
        <source>same name and country</source>
        <translation>то же имя и страна</translation>
    </message>
    <message>
        <source>similar address: %1</source>
        <translation>похожий адрес: %1</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>часовой пояс неизвестен</translation>
    </message>
</context>
<context>
    <name>DraftChecksBar</name>
    <message>
        <source>Draft checks</source>
        <translation>Проверки черновика</translation>
    </message>
    <message>
        <source>Informal “%1”: use the formal “%2”.</source>
        <translation>Неформальное «%1»: используйте вежливое «%2».</translation>
    </message>
    <message>
        <source>This language has a formal form of address, and customers expect it.</source>
        <translation>В этом языке есть вежливая форма обращения, и клиенты её ожидают.</translation>
    </message>
    <message>
        <source>No greeting at the start.</source>
        <translation>Нет приветствия в начале.</translation>
    </message>
    <message>
        <source>A reply that opens without a greeting often reads as curt in this language.</source>
        <translation>В этом языке ответ без приветствия в начале часто воспринимается как резкий.</translation>
    </message>
    <message>
        <source>The customer&apos;s name (%1) is missing.</source>
        <translation>Не указано имя клиента (%1).</translation>
    </message>
    <message>
        <source>Addressing the customer by name shows the reply was written for them.</source>
        <translation>Если назвать клиента по имени, видно, что ответ написан лично для него.</translation>
    </message>
    <message>
        <source>Honorific missing.</source>
        <translation>Нет почтительного обращения к клиенту.</translation>
    </message>
    <message>
        <source>Capitals (“%1”) read as shouting.</source>
        <translation>Заглавные буквы («%1») воспринимаются как крик.</translation>
    </message>
    <message>
        <source>Write words in capitals only when they are abbreviations.</source>
        <translation>Пишите заглавными буквами только аббревиатуры.</translation>
    </message>
    <message>
        <source>Several exclamation marks read as shouting.</source>
        <translation>Несколько восклицательных знаков воспринимаются как крик.</translation>
    </message>
    <message>
        <source>One exclamation mark is enough, if any.</source>
        <translation>Хватит одного восклицательного знака, если он вообще нужен.</translation>
    </message>
    <message>
        <source>“%1” is jargon the customer may not know.</source>
        <translation>«%1» — жаргон, который клиент может не знать.</translation>
    </message>
    <message>
        <source>Say what it means in plain words.</source>
        <translation>Объясните это простыми словами.</translation>
    </message>
    <message>
        <source>Amount in %1; this customer pays in %2.</source>
        <translation>Сумма в %1, а этот клиент платит в %2.</translation>
    </message>
    <message>
        <source>Quote prices in the customer&apos;s currency; the panel converts.</source>
        <translation>Указывайте цены в валюте клиента — панель их пересчитает.</translation>
    </message>
    <message>
        <source>“%1”: here the decimal separator is “%2”.</source>
        <translation>«%1»: в стране клиента десятичный разделитель — «%2».</translation>
    </message>
    <message>
        <source>Write amounts the way the customer&apos;s country writes them.</source>
        <translation>Пишите суммы так, как принято в стране клиента.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Dismiss this warning for this message</source>
        <translation>Скрыть предупреждение для этого сообщения</translation>
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
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
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
        <translation>Посетитель чата</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Соцсети</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>unread</source>
        <translation>не прочитано</translation>
    </message>
</context>
<context>
    <name>LocaleEditDialog</name>
    <message>
        <source>Customer&apos;s language and country</source>
        <translation>Язык и страна клиента</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
</context>
<context>
    <name>LocalePanel</name>
    <message>
        <source>Locale</source>
        <translation>Язык и регион</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Correct language or country…</source>
        <translation>Исправить язык или страну…</translation>
    </message>
    <message>
        <source>Etiquette</source>
        <translation>Этикет</translation>
    </message>
    <message>
        <source>Customer&apos;s time</source>
        <translation>Время клиента</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Валюта и оплата</translation>
    </message>
    <message>
        <source>Amount to convert</source>
        <translation>Сумма для пересчёта</translation>
    </message>
    <message>
        <source>Conversion direction</source>
        <translation>Направление пересчёта</translation>
    </message>
    <message>
        <source>from the profile</source>
        <translation>из профиля</translation>
    </message>
    <message>
        <source>from the phone number %1</source>
        <translation>по номеру телефона %1</translation>
    </message>
    <message>
        <source>detected in the customer&apos;s messages</source>
        <translation>определено по сообщениям клиента</translation>
    </message>
    <message>
        <source>from the e-mail domain %1</source>
        <translation>по домену электронной почты %1</translation>
    </message>
    <message>
        <source>the main language of the country</source>
        <translation>основной язык страны</translation>
    </message>
    <message>
        <source>where the language is mainly spoken</source>
        <translation>где в основном говорят на этом языке</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>как указано</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Country unknown: general hints. Set the country for specific ones.</source>
        <translation>Страна неизвестна: показаны общие советы. Укажите страну, чтобы получить конкретные.</translation>
    </message>
    <message>
        <source>Family name comes first.</source>
        <translation>Фамилия пишется первой.</translation>
    </message>
    <message>
        <source>Preferred channels: %1</source>
        <translation>Предпочитаемые каналы: %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Форма обращения</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Приветствие</translation>
    </message>
    <message>
        <source>Saying no</source>
        <translation>Как отказывать</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Извинения</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Чего избегать</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Время и сроки</translation>
    </message>
    <message>
        <source>Time zone unknown.</source>
        <translation>Часовой пояс неизвестен.</translation>
    </message>
    <message>
        <source>Public holiday today: %1</source>
        <translation>Сегодня праздничный день: %1</translation>
    </message>
    <message>
        <source>Weekend there</source>
        <translation>У клиента выходной</translation>
    </message>
    <message>
        <source>Business hours (%1–%2)</source>
        <translation>Рабочее время (%1–%2)</translation>
    </message>
    <message>
        <source>Outside business hours (%1–%2)</source>
        <translation>Вне рабочего времени (%1–%2)</translation>
    </message>
    <message>
        <source>Next holidays:</source>
        <translation>Ближайшие праздники:</translation>
    </message>
    <message>
        <source>No holiday calendar for this country.</source>
        <translation>Для этой страны нет календаря праздников.</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Валюта: %1</translation>
    </message>
    <message>
        <source>Payment methods used there:</source>
        <translation>Способы оплаты, принятые там:</translation>
    </message>
    <message>
        <source>No exchange rate yet; rates are fetched when the network is reachable.</source>
        <translation>Курса обмена пока нет; курсы загружаются, когда доступна сеть.</translation>
    </message>
    <message>
        <source>Rates from %1 (%2)</source>
        <translation>Курсы на %1 (%2)</translation>
    </message>
    <message>
        <source>not updated recently</source>
        <translation>давно не обновлялись</translation>
    </message>
    <message>
        <source>Could not update rates from: %1</source>
        <translation>Не удалось обновить курсы из источников: %1</translation>
    </message>
    <message>
        <source>No rates fetched yet.</source>
        <translation>Курсы ещё не загружены.</translation>
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
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Найти клиентов</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>Перейти во входящие</translation>
    </message>
    <message>
        <source>Go to the timeline</source>
        <translation>Перейти к истории</translation>
    </message>
    <message>
        <source>Go to the reply</source>
        <translation>Перейти к ответу</translation>
    </message>
    <message>
        <source>Go to the customer card</source>
        <translation>Перейти к карточке клиента</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Следующий диалог</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Предыдущий диалог</translation>
    </message>
    <message>
        <source>Find in timeline</source>
        <translation>Найти в истории</translation>
    </message>
    <message>
        <source>Jump to the previous interaction</source>
        <translation>Перейти к предыдущему обращению</translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation>Фильтровать историю по каналу</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Merge with another customer…</source>
        <translation>Объединить с другим клиентом…</translation>
    </message>
    <message>
        <source>Undo the last merge</source>
        <translation>Отменить последнее объединение</translation>
    </message>
    <message>
        <source>Canned replies…</source>
        <translation>Шаблоны ответов…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>About Agent Console</source>
        <translation>О программе Agent Console</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Search customers: name, email, phone (Ctrl+F)</source>
        <translation>Поиск клиентов: имя, электронная почта, телефон (Ctrl+F)</translation>
    </message>
    <message>
        <source>Inbox: open conversations</source>
        <translation>Входящие: открытые диалоги</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Найденные клиенты</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Отменить объединение</translation>
    </message>
    <message>
        <source>%1 · database: %2</source>
        <translation>%1 · база данных: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>Найден %n клиент</numerusform>
            <numerusform>Найдено %n клиента</numerusform>
            <numerusform>Найдено %n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n open conversations</source>
        <translation>
            <numerusform>Входящие: %n открытый диалог</numerusform>
            <numerusform>Входящие: %n открытых диалога</numerusform>
            <numerusform>Входящие: %n открытых диалогов</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply recorded in the timeline.</source>
        <translation>Ответ записан в историю.</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>Клиент %1 объединён с клиентом %2.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Объединить клиентов</translation>
    </message>
    <message>
        <source>Merge undone: both customers are back as they were.</source>
        <translation>Объединение отменено: оба клиента восстановлены в прежнем виде.</translation>
    </message>
    <message>
        <source>Customer&apos;s language and country saved to the profile.</source>
        <translation>Язык и страна клиента сохранены в профиле.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Не удалось сохранить настройки: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agent Console&lt;/b&gt; %1&lt;br&gt;One timeline per customer across every channel.</source>
        <translation>&lt;b&gt;Agent Console&lt;/b&gt; %1&lt;br&gt;Единая история каждого клиента по всем каналам.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Произошла ошибка: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Объединить клиентов</translation>
    </message>
    <message>
        <source>Find the duplicate of &lt;b&gt;%1&lt;/b&gt;. Its identities and conversations move to %1; you can undo the merge later.</source>
        <translation>Найдите дубликат клиента &lt;b&gt;%1&lt;/b&gt;. Его идентификаторы и диалоги перейдут к клиенту %1; объединение можно будет отменить позже.</translation>
    </message>
    <message>
        <source>Name, email or phone</source>
        <translation>Имя, электронная почта или телефон</translation>
    </message>
    <message>
        <source>Search for the customer to merge</source>
        <translation>Найдите клиента для объединения</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Найденные клиенты</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Canned replies</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <source>Filter by key, title or category</source>
        <translation>Фильтр по ключу, названию или категории</translation>
    </message>
    <message>
        <source>Filter replies</source>
        <translation>Фильтр шаблонов ответов</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>Сохранить оригинал</translation>
    </message>
    <message>
        <source>Save translation</source>
        <translation>Сохранить перевод</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Каналы:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Переменные:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Использован:</translation>
    </message>
    <message>
        <source>Source (English)</source>
        <translation>Оригинал (английский)</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>Перевод:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Название оригинала</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Текст оригинала</translation>
    </message>
    <message>
        <source>Translated title</source>
        <translation>Название перевода</translation>
    </message>
    <message>
        <source>Translated text</source>
        <translation>Текст перевода</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Язык перевода</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>нет перевода: %1</translation>
    </message>
    <message>
        <source>%1 outdated</source>
        <translation>устарело: %1</translation>
    </message>
    <message>
        <source>%1 replies · %2 translations missing · %3 outdated</source>
        <translation>Шаблонов: %1 · нет переводов: %2 · устарело: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n раз</numerusform>
            <numerusform>%n раза</numerusform>
            <numerusform>%n раз</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 translation yet.</source>
        <translation>Перевода на %1 пока нет.</translation>
    </message>
    <message>
        <source>Outdated: the source changed after this translation was made.</source>
        <translation>Устарел: оригинал изменился после создания этого перевода.</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>Перевод актуален.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Longer than %1 characters: on SMS it is split into several messages.</source>
        <translation>Длиннее %1 символов: в SMS текст будет разбит на несколько сообщений.</translation>
    </message>
    <message>
        <source>Source saved.</source>
        <translation>Оригинал сохранён.</translation>
    </message>
    <message>
        <source>Translation saved.</source>
        <translation>Перевод сохранён.</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Импорт переводов</translation>
    </message>
    <message>
        <source>Translations (*.po *.csv)</source>
        <translation>Переводы (*.po *.csv)</translation>
    </message>
    <message>
        <source>%1: %2 updated, %3 unchanged, %4 kept (edited since export)</source>
        <translation>%1: обновлено — %2, без изменений — %3, оставлено как есть — %4 (изменены после экспорта)</translation>
    </message>
    <message>
        <source>Export for translators</source>
        <translation>Экспорт для переводчиков</translation>
    </message>
    <message>
        <source>Exported %1 languages to %2</source>
        <translation>Экспортировано языков: %1; папка: %2</translation>
    </message>
</context>
<context>
    <name>ReplyPicker</name>
    <message>
        <source>Insert a canned reply</source>
        <translation>Вставить шаблон ответа</translation>
    </message>
    <message>
        <source>Type any word of the title, tags or text…</source>
        <translation>Введите любое слово из названия, тегов или текста…</translation>
    </message>
    <message>
        <source>Search canned replies</source>
        <translation>Поиск шаблонов ответов</translation>
    </message>
    <message>
        <source>Canned replies found</source>
        <translation>Найденные шаблоны ответов</translation>
    </message>
    <message>
        <source>Preview of the reply to insert</source>
        <translation>Предпросмотр вставляемого ответа</translation>
    </message>
    <message>
        <source>Enter inserts · Esc closes · Up/Down choose</source>
        <translation>Enter — вставить · Esc — закрыть · Вверх/Вниз — выбрать</translation>
    </message>
    <message>
        <source>No reply matches.</source>
        <translation>Подходящих ответов нет.</translation>
    </message>
    <message>
        <source>No %1 version; %2 inserted.</source>
        <translation>Нет версии на языке «%1»; вставлена версия на языке «%2».</translation>
    </message>
    <message>
        <source>Long for SMS: it will be split into several messages.</source>
        <translation>Длинный для SMS: будет разбит на несколько сообщений.</translation>
    </message>
    <message>
        <source>This reply is meant for other channels.</source>
        <translation>Этот ответ предназначен для других каналов.</translation>
    </message>
    <message>
        <source>To fill in before sending: %1</source>
        <translation>Заполнить перед отправкой: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Размер шрифта:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Размер шрифта</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>Empty: the SQLite file in the data folder</source>
        <translation>Пусто: файл SQLite в папке данных</translation>
    </message>
    <message>
        <source>A new database is opened the next time Agent Console starts. Language, theme and font size apply at once.</source>
        <translation>Новая база данных откроется при следующем запуске Agent Console. Язык, тема и размер шрифта применяются сразу.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Enter / Space (timeline)</source>
        <translation>Enter / Пробел (история)</translation>
    </message>
    <message>
        <source>Expand or collapse the entry</source>
        <translation>Развернуть или свернуть запись</translation>
    </message>
    <message>
        <source>Ctrl+Enter (reply)</source>
        <translation>Ctrl+Enter (ответ)</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Вверх / Вниз</translation>
    </message>
    <message>
        <source>Move through lists and search results</source>
        <translation>Перемещаться по спискам и результатам поиска</translation>
    </message>
    <message>
        <source>Esc (search)</source>
        <translation>Esc (поиск)</translation>
    </message>
    <message>
        <source>Clear the search and return to the inbox</source>
        <translation>Очистить поиск и вернуться во входящие</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Переходить между элементами управления</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Everything in Agent Console can be done from the keyboard.</source>
        <translation>В Agent Console всё можно делать с клавиатуры.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Ожидает клиента</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Исходящий звонок</translation>
    </message>
    <message>
        <source>Show less (Enter)</source>
        <translation>Свернуть (Enter)</translation>
    </message>
    <message>
        <source>Show more (Enter)</source>
        <translation>Развернуть (Enter)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>записано</translation>
    </message>
    <message>
        <source>in outbox</source>
        <translation>в исходящих</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>не отправлено</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Your time: %1
Customer&apos;s time: %2</source>
        <translation>Ваше время: %1
Время клиента: %2</translation>
    </message>
    <message>
        <source>from the customer</source>
        <translation>от клиента</translation>
    </message>
    <message>
        <source>to the customer</source>
        <translation>клиенту</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>внутренняя заметка</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation>Фильтровать историю по каналу</translation>
    </message>
    <message>
        <source>Find in timeline (Ctrl+Shift+F)</source>
        <translation>Найти в истории (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Find in timeline</source>
        <translation>Найти в истории</translation>
    </message>
    <message>
        <source>◀ Previous contact</source>
        <translation>◀ Предыдущее обращение</translation>
    </message>
    <message>
        <source>Jump to the previous interaction (Ctrl+Shift+Up)</source>
        <translation>Перейти к предыдущему обращению (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>Jump to the previous interaction</source>
        <translation>Перейти к предыдущему обращению</translation>
    </message>
    <message>
        <source>Customer timeline</source>
        <translation>История клиента</translation>
    </message>
    <message>
        <source>Pick a conversation in the inbox, or search for a customer (Ctrl+F).</source>
        <translation>Выберите диалог во входящих или найдите клиента (Ctrl+F).</translation>
    </message>
    <message>
        <source>Nothing in this timeline matches the filter.</source>
        <translation>В этой истории нет записей, соответствующих фильтру.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>Показана %n запись</numerusform>
            <numerusform>Показаны %n записи</numerusform>
            <numerusform>Показано %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>(scroll for older)</source>
        <translation>(прокрутите, чтобы увидеть более ранние)</translation>
    </message>
    <message>
        <source>This is the customer&apos;s first interaction.</source>
        <translation>Это первое обращение клиента.</translation>
    </message>
</context>
</TS>
