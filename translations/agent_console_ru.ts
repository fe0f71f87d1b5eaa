<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>IMAP server:</source>
        <extracomment>(field, widget type) per kind; &quot;secret&quot; fields go to the keyring, &quot;list&quot; fields are comma-separated.</extracomment>
        <translation>Сервер IMAP:</translation>
    </message>
    <message>
        <source>IMAP port:</source>
        <translation>Порт IMAP:</translation>
    </message>
    <message>
        <source>IMAP security:</source>
        <translation>Шифрование IMAP:</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Сервер SMTP:</translation>
    </message>
    <message>
        <source>SMTP port:</source>
        <translation>Порт SMTP:</translation>
    </message>
    <message>
        <source>SMTP security:</source>
        <translation>Шифрование SMTP:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Адрес отправителя:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Имя отправителя:</translation>
    </message>
    <message>
        <source>Folder to fetch:</source>
        <translation>Папка для получения писем:</translation>
    </message>
    <message>
        <source>Save sent replies in:</source>
        <translation>Сохранять отправленные ответы в:</translation>
    </message>
    <message>
        <source>Account SID:</source>
        <translation>SID учётной записи:</translation>
    </message>
    <message>
        <source>Auth token:</source>
        <translation>Токен авторизации:</translation>
    </message>
    <message>
        <source>SMS numbers:</source>
        <translation>Номера для SMS:</translation>
    </message>
    <message>
        <source>WhatsApp numbers:</source>
        <translation>Номера WhatsApp:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Адрес API:</translation>
    </message>
    <message>
        <source>Bot token:</source>
        <translation>Токен бота:</translation>
    </message>
    <message>
        <source>E-mail (IMAP and SMTP)</source>
        <translation>Электронная почта (IMAP и SMTP)</translation>
    </message>
    <message>
        <source>SMS and WhatsApp (Twilio)</source>
        <translation>SMS и WhatsApp (Twilio)</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Бот Telegram</translation>
    </message>
    <message>
        <source>Channel accounts</source>
        <translation>Учётные записи каналов</translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation>&amp;Новая учётная запись</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Назв&amp;ание:</translation>
    </message>
    <message>
        <source>&amp;Check every (seconds):</source>
        <translation>&amp;Интервал проверки (в секундах):</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Очередь:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Включена</translation>
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
        <translation>Нет (без шифрования)</translation>
    </message>
    <message>
        <source>Stored in the system keyring; leave empty to keep it</source>
        <translation>Хранится в системном хранилище ключей; оставьте пустым, чтобы не менять</translation>
    </message>
    <message>
        <source>+995322000000, +995322000001</source>
        <translation>+995322000000, +995322000001</translation>
    </message>
    <message>
        <source>The provider&apos;s address (change only for a proxy or a test server)</source>
        <translation>Адрес провайдера (меняйте только для прокси или тестового сервера)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>ещё не синхронизирована</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>синхронизирована: %1</translation>
    </message>
    <message>
        <source>Saved. New messages are fetched within one check interval.</source>
        <translation>Сохранено. Новые сообщения будут получены в течение одного интервала проверки.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>Подключение работает: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Не удалось подключиться: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Удалить учётную запись</translation>
    </message>
    <message>
        <source>Remove this account and its stored secrets? Its messages stay in the timelines.</source>
        <translation>Удалить эту учётную запись вместе с сохранёнными паролями и токенами? Её сообщения останутся в истории.</translation>
    </message>
    <message>
        <source>Disabled, not removed: replies in its outbox still wait to be sent.</source>
        <translation>Учётная запись отключена, но не удалена: её ответы в исходящих ещё ждут отправки.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Where the supervisors disagree</source>
        <translation>Где расходятся оценки руководителей</translation>
    </message>
    <message>
        <source>Answers per criterion and supervisor</source>
        <translation>Ответы по критериям и руководителям</translation>
    </message>
    <message numerus="yes">
        <source>Scores: %1. Spread: %2 points. %n criteria rated differently.</source>
        <translation>
            <numerusform>Баллы: %1. Разброс: %2 балла. %n критерий оценён по-разному.</numerusform>
            <numerusform>Баллы: %1. Разброс: %2 балла. %n критерия оценены по-разному.</numerusform>
            <numerusform>Баллы: %1. Разброс: %2 балла. %n критериев оценены по-разному.</numerusform>
        </translation>
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
    <name>ChannelStatusButton</name>
    <message numerus="yes">
        <source>Channels: %n with a problem</source>
        <translation>
            <numerusform>Каналы: %n с ошибкой</numerusform>
            <numerusform>Каналы: %n с ошибками</numerusform>
            <numerusform>Каналы: %n с ошибками</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels: all working</source>
        <translation>Каналы: все работают</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Исходящие: %n в ожидании</numerusform>
            <numerusform>Исходящие: %n в ожидании</numerusform>
            <numerusform>Исходящие: %n в ожидании</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1: отключена</translation>
    </message>
    <message>
        <source>%1: last synced %2</source>
        <translation>%1: последняя синхронизация — %2</translation>
    </message>
    <message>
        <source>%1: %2 (last synced %3)</source>
        <translation>%1: %2 (последняя синхронизация — %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n replies need your decision in the outbox</source>
        <translation>
            <numerusform>%n ответ в исходящих ждёт решения</numerusform>
            <numerusform>%n ответа в исходящих ждут решения</numerusform>
            <numerusform>%n ответов в исходящих ждут решения</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachingWindow</name>
    <message>
        <source>My coaching</source>
        <translation>Мой коучинг</translation>
    </message>
    <message>
        <source>Acknowledge (Ctrl+K)</source>
        <translation>Отметить как прочитанное (Ctrl+K)</translation>
    </message>
    <message>
        <source>Acknowledge the selected note</source>
        <translation>Отметить выбранную заметку как прочитанную</translation>
    </message>
    <message>
        <source>Coaching notes on your messages</source>
        <translation>Заметки наставника к Вашим сообщениям</translation>
    </message>
    <message>
        <source>Your reviews</source>
        <translation>Ваши оценки</translation>
    </message>
    <message>
        <source>Exemplary conversations shared with you</source>
        <translation>Образцовые диалоги, которыми с Вами поделились</translation>
    </message>
    <message>
        <source>Quality score by week</source>
        <translation>Оценка качества по неделям</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор оценки</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Оценка качества</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message numerus="yes">
        <source>Your quality score: %1 % over %n reviews</source>
        <translation>
            <numerusform>Ваша оценка качества: %1 % по итогам %n оценки</numerusform>
            <numerusform>Ваша оценка качества: %1 % по итогам %n оценок</numerusform>
            <numerusform>Ваша оценка качества: %1 % по итогам %n оценок</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews of your conversations yet.</source>
        <translation>Ваши диалоги ещё не оценивались.</translation>
    </message>
    <message numerus="yes">
        <source>Notes to acknowledge: %n</source>
        <translation>
            <numerusform>Непрочитанные заметки: %n</numerusform>
            <numerusform>Непрочитанные заметки: %n</numerusform>
            <numerusform>Непрочитанные заметки: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation>прочитано %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>critical criterion failed</source>
        <translation>критический критерий не выполнен</translation>
    </message>
    <message>
        <source>Exemplary conversations</source>
        <translation>Образцовые диалоги</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Two conversations side by side</source>
        <translation>Два диалога рядом</translation>
    </message>
    <message>
        <source>&amp;Scroll together</source>
        <translation>&amp;Прокручивать вместе</translation>
    </message>
    <message>
        <source>by message</source>
        <translation>по сообщениям</translation>
    </message>
    <message>
        <source>by time since the start</source>
        <translation>по времени от начала</translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation>Прокручивать вместе</translation>
    </message>
    <message>
        <source>Left conversation</source>
        <translation>Левый диалог</translation>
    </message>
    <message>
        <source>Right conversation</source>
        <translation>Правый диалог</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Время обработки</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Canned replies used</source>
        <translation>Использованные шаблоны ответов</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <extracomment>The channel this reply leaves on: the conversation&apos;s, or another address of the customer.</extracomment>
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
        <source>Send the reply through this channel</source>
        <translation>Отправить ответ через этот канал</translation>
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
    <name>CustomerSide</name>
    <message>
        <source>Playing the customer — %1</source>
        <translation>В роли клиента — %1</translation>
    </message>
    <message>
        <source>Suggested lines (double-click to use):</source>
        <translation>Предлагаемые реплики (двойной щелчок — вставить):</translation>
    </message>
    <message>
        <source>&amp;Send as the customer</source>
        <translation>&amp;Отправить от имени клиента</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>&amp;End the session with</source>
        <translation>&amp;Завершить сессию с исходом</translation>
    </message>
    <message>
        <source>&amp;Cancel the session</source>
        <translation>От&amp;менить сессию</translation>
    </message>
    <message>
        <source>Open the &amp;debrief</source>
        <translation>Открыть &amp;разбор</translation>
    </message>
    <message>
        <source>Write as the customer: a reply, or a complication to test the trainee</source>
        <translation>Пишите от имени клиента: ответ или осложнение, чтобы проверить стажёра</translation>
    </message>
    <message>
        <source>The customer&apos;s message</source>
        <translation>Сообщение клиента</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Диалог</translation>
    </message>
    <message>
        <source>Suggested lines</source>
        <translation>Предлагаемые реплики</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>the trainee</source>
        <translation>стажёр</translation>
    </message>
    <message>
        <source>The training database cannot be reached; trying again… (%1)</source>
        <translation>Учебная база данных недоступна; повторная попытка… (%1)</translation>
    </message>
    <message>
        <source>Waiting for %1 to take the session at their desk…</source>
        <translation>Ждём, пока %1 примет сессию на своём рабочем месте…</translation>
    </message>
    <message>
        <source>Finished and scored: the debrief is ready.</source>
        <translation>Завершено и оценено: разбор готов.</translation>
    </message>
    <message>
        <source>%1 closed the training console before the end.</source>
        <translation>%1 закрыл(а) учебную консоль до окончания сессии.</translation>
    </message>
    <message>
        <source>%1 declined the session.</source>
        <translation>%1 отклонил(а) сессию.</translation>
    </message>
    <message>
        <source>The session was cancelled before it started.</source>
        <translation>Сессия отменена до начала.</translation>
    </message>
    <message>
        <source>The customer has left the conversation; %1 is recording the wrap-up.</source>
        <translation>Клиент покинул диалог; %1 заполняет итоги.</translation>
    </message>
    <message>
        <source>Paused: the customer&apos;s clock has stopped.</source>
        <translation>Пауза: время клиента остановлено.</translation>
    </message>
    <message>
        <source>Live with %1: what you send reaches their console as the customer&apos;s message.</source>
        <translation>Вживую: всё, что Вы отправляете, %1 получает в своей консоли как сообщение клиента.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Стажёр</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>KPI dashboard</source>
        <translation>Панель KPI</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>&amp;Разбивка по</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Произвольный</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Экспорт XLSX…</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Определения</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Разбивка по</translation>
    </message>
    <message>
        <source>Figures by group; Enter lists the contacts behind a figure</source>
        <translation>Показатели по группам; Enter — список обращений, из которых сложился показатель</translation>
    </message>
    <message>
        <source>Contacts over time</source>
        <translation>Динамика обращений</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Распределение по каналам</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Экспортировать отчёт в CSV</translation>
    </message>
    <message>
        <source>Export the report as XLSX</source>
        <translation>Экспортировать отчёт в XLSX</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>Определения KPI</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Дата окончания периода раньше даты начала.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>Не удалось загрузить показатели: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n contacts wrapped up</source>
        <translation>
            <numerusform>%1 – %2: завершено %n обращение</numerusform>
            <numerusform>%1 – %2: завершено %n обращения</numerusform>
            <numerusform>%1 – %2: завершено %n обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Quality by agent</source>
        <translation>Качество по агентам</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Оценка качества</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>Критические нарушения</translation>
    </message>
    <message>
        <source>Quality by criterion</source>
        <translation>Качество по критериям</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Average points</source>
        <translation>Средний балл</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Обращения</translation>
    </message>
    <message numerus="yes">
        <source>Quality (%n reviews)</source>
        <translation>
            <numerusform>Качество (%n оценка)</numerusform>
            <numerusform>Качество (%n оценки)</numerusform>
            <numerusform>Качество (%n оценок)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts per day</source>
        <translation>Обращения по дням</translation>
    </message>
    <message>
        <source>Contacts per week</source>
        <translation>Обращения по неделям</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Обращения по месяцам</translation>
    </message>
    <message>
        <source>Contacts behind: %1</source>
        <translation>Обращения в показателе: %1</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Отчёт сохранён: %1</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Debrief</source>
        <translation>Разбор сессии</translation>
    </message>
    <message>
        <source>Trainer&apos;s &amp;comments:</source>
        <translation>&amp;Комментарии тренера:</translation>
    </message>
    <message>
        <source>Save comments</source>
        <translation>Сохранить комментарии</translation>
    </message>
    <message>
        <source>Score with the &amp;scorecard…</source>
        <translation>Оценить по &amp;оценочному листу…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <source>Debrief report</source>
        <translation>Отчёт о разборе</translation>
    </message>
    <message>
        <source>Trainer&apos;s comments</source>
        <translation>Комментарии тренера</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Этой сессии больше не существует.</translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation>Сохранить разбор</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
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
    <name>DrillDialog</name>
    <message>
        <source>Load more</source>
        <translation>Загрузить ещё</translation>
    </message>
    <message>
        <source>Load more contacts</source>
        <translation>Загрузить ещё обращения</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Export these contacts as CSV</source>
        <translation>Экспортировать эти обращения в CSV</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Дата закрытия</translation>
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
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
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
        <translation>Время обработки</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts shown</source>
        <translation>
            <numerusform>Показано %n обращение</numerusform>
            <numerusform>Показаны %n обращения</numerusform>
            <numerusform>Показано %n обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Экспорт обращений</translation>
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
        <translation>Клиент и причина</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Follow-ups: overdue, today, upcoming</source>
        <translation>Повторные контакты: просроченные, на сегодня, предстоящие</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Просроченные (%n)</numerusform>
            <numerusform>Просроченные (%n)</numerusform>
            <numerusform>Просроченные (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today (%n)</source>
        <translation>
            <numerusform>Сегодня (%n)</numerusform>
            <numerusform>Сегодня (%n)</numerusform>
            <numerusform>Сегодня (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upcoming (%n)</source>
        <translation>
            <numerusform>Предстоящие (%n)</numerusform>
            <numerusform>Предстоящие (%n)</numerusform>
            <numerusform>Предстоящие (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Set on the %1 clock (%2)</source>
        <translation>Задано по времени %1 (%2)</translation>
    </message>
    <message>
        <source>customer&apos;s</source>
        <translation>клиента</translation>
    </message>
    <message>
        <source>agent&apos;s</source>
        <translation>агента</translation>
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
    <name>ImportRun</name>
    <message>
        <source>Import history</source>
        <translation>Импорт истории</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files…</source>
        <translation>
            <numerusform>Импорт %n файла…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
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
    <name>Kpi</name>
    <message>
        <source>Contacts</source>
        <translation>Обращения</translation>
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
        <translation>Решение с первого обращения</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Время первого ответа</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>Время решения</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Среднее время обработки</translation>
    </message>
    <message>
        <source>Repeat contacts</source>
        <translation>Повторные обращения</translation>
    </message>
    <message>
        <source>CSAT: share of CSAT responses (1–5) that are 4 or 5.</source>
        <translation>CSAT: доля ответов CSAT (1–5) с оценкой 4 или 5.</translation>
    </message>
    <message>
        <source>NPS: % promoters (9–10) minus % detractors (0–6) of NPS responses (0–10).</source>
        <translation>NPS: % сторонников (9–10) минус % критиков (0–6) среди ответов NPS (0–10).</translation>
    </message>
    <message>
        <source>CES: average of CES responses (1–7; lower means less effort).</source>
        <translation>CES: среднее значение ответов CES (1–7; чем ниже, тем меньше усилий).</translation>
    </message>
    <message>
        <source>First-contact resolution: of first contacts (no contact by the same customer on the same reason closed within %1 days before), the share resolved with no contact on the same reason within %1 days after, on any channel.</source>
        <translation>Решение с первого обращения: среди первичных обращений (за предыдущие %1 дн. у того же клиента не было закрытых обращений по той же причине) — доля решённых, после которых в течение %1 дн. не было обращений по той же причине ни по одному каналу.</translation>
    </message>
    <message>
        <source>Repeat contacts: share of contacts after which the same customer got in touch again within %1 days, for any reason, on any channel.</source>
        <translation>Повторные обращения: доля обращений, после которых тот же клиент снова обратился в течение %1 дн. по любой причине и по любому каналу.</translation>
    </message>
    <message>
        <source>First response time: from the customer&apos;s first message to the first reply or call to that customer, on any channel.</source>
        <translation>Время первого ответа: от первого сообщения клиента до первого ответа или звонка этому клиенту по любому каналу.</translation>
    </message>
    <message>
        <source>Resolution time: for resolved contacts, from the first contact about the issue to the close.</source>
        <translation>Время решения: для решённых обращений — от первого обращения по вопросу до закрытия.</translation>
    </message>
    <message>
        <source>Average handle time: time with the contact open (or the call&apos;s length) plus after-contact work in the wrap-up panel.</source>
        <translation>Среднее время обработки: время, пока обращение открыто (или длительность звонка), плюс постобработка в панели завершения.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>Show the contacts behind this figure</source>
        <translation>Показать обращения, из которых сложился этот показатель</translation>
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
    <name>LogCallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Зарегистрировать звонок</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>На&amp;чало:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Incoming (the customer called)</source>
        <translation>Входящий (звонил клиент)</translation>
    </message>
    <message>
        <source>Outgoing (we called)</source>
        <translation>Исходящий (звонили мы)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>s</source>
        <translation>с</translation>
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
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation>&amp;Диалог</translation>
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
        <source>Go to the follow-ups</source>
        <translation>Перейти к повторным контактам</translation>
    </message>
    <message>
        <source>Wrap up and close the conversation…</source>
        <translation>Завершить и закрыть диалог…</translation>
    </message>
    <message>
        <source>Correct the outcome…</source>
        <translation>Исправить итог…</translation>
    </message>
    <message>
        <source>KPI dashboard…</source>
        <translation>Панель KPI…</translation>
    </message>
    <message>
        <source>Review conversations…</source>
        <translation>Оценка диалогов…</translation>
    </message>
    <message>
        <source>My coaching…</source>
        <translation>Мой коучинг…</translation>
    </message>
    <message>
        <source>Training: role-play scenarios…</source>
        <translation>Обучение: сценарии ролевых игр…</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>Определения KPI</translation>
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
        <source>Channel accounts…</source>
        <translation>Учётные записи каналов…</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>Исходящие…</translation>
    </message>
    <message>
        <source>Check channels now</source>
        <translation>Проверить каналы сейчас</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>Импорт истории…</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Зарегистрировать звонок…</translation>
    </message>
    <message>
        <source>Open the message with formatting and attachments…</source>
        <translation>Открыть сообщение с форматированием и вложениями…</translation>
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
        <source>Inbox or follow-ups</source>
        <translation>Входящие или повторные контакты</translation>
    </message>
    <message>
        <source>Reply or wrap-up</source>
        <translation>Ответ или завершение</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Отменить объединение</translation>
    </message>
    <message>
        <source>%1 · database: %2</source>
        <translation>%1 · база данных: %2</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>ОБУЧЕНИЕ</translation>
    </message>
    <message numerus="yes">
        <source>Inbox (%n)</source>
        <translation>
            <numerusform>Входящие (%n)</numerusform>
            <numerusform>Входящие (%n)</numerusform>
            <numerusform>Входящие (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Повторные контакты (%n)</numerusform>
            <numerusform>Повторные контакты (%n)</numerusform>
            <numerusform>Повторные контакты (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>Найден %n клиент</numerusform>
            <numerusform>Найдено %n клиента</numerusform>
            <numerusform>Найдено %n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter starts the follow-up: a new conversation with the customer.</source>
        <translation>Enter — начать повторный контакт: новый диалог с клиентом.</translation>
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
        <source>Open a conversation first.</source>
        <translation>Сначала откройте диалог.</translation>
    </message>
    <message>
        <source>This conversation is already closed; use Correct the outcome to change it.</source>
        <translation>Этот диалог уже закрыт; чтобы изменить итог, используйте «Исправить итог».</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Этот диалог больше не существует.</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Завершение диалога</translation>
    </message>
    <message>
        <source>The wrap-up was not saved: %1</source>
        <translation>Итоги не сохранены: %1</translation>
    </message>
    <message>
        <source>Wrap-up saved; the conversation is closed.</source>
        <translation>Итоги сохранены, диалог закрыт.</translation>
    </message>
    <message>
        <source>Wrap-up kept as a draft.</source>
        <translation>Итоги сохранены как черновик.</translation>
    </message>
    <message>
        <source>Select a conversation in the timeline first.</source>
        <translation>Сначала выберите диалог в истории.</translation>
    </message>
    <message>
        <source>This conversation has no outcome yet: wrap it up first.</source>
        <translation>У этого диалога ещё нет итога: сначала завершите его.</translation>
    </message>
    <message numerus="yes">
        <source>Outcome corrected: %n changes recorded.</source>
        <translation>
            <numerusform>Итог исправлен: записано %n изменение.</numerusform>
            <numerusform>Итог исправлен: записано %n изменения.</numerusform>
            <numerusform>Итог исправлен: записано %n изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished wrap-up</source>
        <translation>Итоги не сохранены</translation>
    </message>
    <message>
        <source>The wrap-up of your conversation with %1 was not saved. Finish it now?</source>
        <translation>Итоги Вашего диалога с клиентом %1 не были сохранены. Заполнить их сейчас?</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due: %1</source>
        <translation>
            <numerusform>Наступил срок %n повторного контакта: %1</numerusform>
            <numerusform>Наступил срок %n повторных контактов: %1</numerusform>
            <numerusform>Наступил срок %n повторных контактов: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up started with %1.</source>
        <translation>Начат повторный контакт с клиентом %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n coaching notes from your supervisor: Tools → My coaching (Ctrl+Shift+J)</source>
        <translation>
            <numerusform>%n заметка от руководителя: Инструменты → Мой коучинг (Ctrl+Shift+J)</numerusform>
            <numerusform>%n заметки от руководителя: Инструменты → Мой коучинг (Ctrl+Shift+J)</numerusform>
            <numerusform>%n заметок от руководителя: Инструменты → Мой коучинг (Ctrl+Shift+J)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Импорт истории</translation>
    </message>
    <message>
        <source>E-mail and call records (*.eml *.mbox *.mbx *.csv mbox);;All files (*)</source>
        <translation>Письма и записи звонков (*.eml *.mbox *.mbx *.csv mbox);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2 already there, %3 could not be read.</source>
        <translation>Импортировано: %1; пропущено (уже есть): %2; не удалось прочитать: %3.</translation>
    </message>
    <message>
        <source>Select a message in the timeline first.</source>
        <translation>Сначала выберите сообщение в истории.</translation>
    </message>
    <message>
        <source>Open a customer first.</source>
        <translation>Сначала откройте карточку клиента.</translation>
    </message>
    <message>
        <source>Call logged; wrap it up when you are done.</source>
        <translation>Звонок зарегистрирован; когда закончите, заполните итоги.</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Зарегистрировать звонок</translation>
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
    <name>MessageDialog</name>
    <message>
        <source>Message</source>
        <extracomment>Images the agent asked to see, already fetched: URL -&gt; image.</extracomment>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Show &amp;images from the internet</source>
        <translation>Показать &amp;изображения из интернета</translation>
    </message>
    <message>
        <source>Remote images can tell the sender that and when you read the message.</source>
        <translation>Внешние изображения могут сообщить отправителю, что сообщение прочитано и когда.</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>Простой &amp;текст</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Текст сообщения</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>Это сообщение больше не существует.</translation>
    </message>
    <message>
        <source>Parts of this message could not be read:</source>
        <translation>Не удалось прочитать некоторые части сообщения:</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Открыть ссылку</translation>
    </message>
    <message>
        <source>Open this address in your browser?

%1</source>
        <translation>Открыть этот адрес в браузере?

%1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>The database does not hold this attachment&apos;s content.</source>
        <translation>В базе данных нет содержимого этого вложения.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Replies that have not reached the customer yet. Temporary failures are retried automatically; a reply whose fate is unknown (the app stopped while sending it) is never resent on its own: check, then resend it or mark it as sent.</source>
        <translation>Ответы, которые ещё не дошли до клиента. После временных сбоев отправка повторяется автоматически; ответ с неизвестной судьбой (приложение остановилось во время его отправки) никогда не отправляется повторно сам: проверьте его, а затем отправьте снова или пометьте как отправленный.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Следующая попытка</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Reply and last error</source>
        <translation>Ответ и последняя ошибка</translation>
    </message>
    <message>
        <source>&amp;Resend now</source>
        <translation>&amp;Отправить сейчас</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Пометить как отправленный</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>Открыть &amp;диалог</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>ожидает повтора</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>unknown: check</source>
        <translation>неизвестно: проверьте</translation>
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
    <name>ReviewWindow</name>
    <message>
        <source>Review conversations</source>
        <translation>Оценка диалогов</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Все агенты</translation>
    </message>
    <message>
        <source>Low CSAT (1–2)</source>
        <translation>Низкий CSAT (1–2)</translation>
    </message>
    <message>
        <source>Long handle time (15 min or more)</source>
        <translation>Долгое время обработки (от 15 мин)</translation>
    </message>
    <message>
        <source>Sample per agent per &amp;week</source>
        <translation>Выборка на агента в &amp;неделю</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Edit the scorecard…</source>
        <translation>Изменить оценочный лист…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Pin a note to the message…</source>
        <translation>Закрепить заметку за сообщением…</translation>
    </message>
    <message>
        <source>Share as an exemplar…</source>
        <translation>Поделиться как образцовым диалогом…</translation>
    </message>
    <message>
        <source>Open in the agent screen</source>
        <translation>Открыть в окне агента</translation>
    </message>
    <message>
        <source>Compare two side by side (Ctrl+D)</source>
        <translation>Сравнить два рядом (Ctrl+D)</translation>
    </message>
    <message>
        <source>Calibrate with other supervisors…</source>
        <translation>Калибровка с другими руководителями…</translation>
    </message>
    <message>
        <source>Show where we disagree</source>
        <translation>Где наши оценки расходятся</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>К оценке</translation>
    </message>
    <message>
        <source>Calibrations</source>
        <translation>Калибровки</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начата</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <source>Your scoring</source>
        <translation>Ваша оценка</translation>
    </message>
    <message>
        <source>Select two conversations in the list (Ctrl+click), then compare them</source>
        <translation>Выберите в списке два диалога (Ctrl+щелчок) и сравните их</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>Сохранить черновик (Ctrl+S)</translation>
    </message>
    <message>
        <source>Submit review (Ctrl+Enter)</source>
        <translation>Отправить оценку (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Edit the scorecard</source>
        <translation>Изменить оценочный лист</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Conversations to review</source>
        <translation>Диалоги для оценки</translation>
    </message>
    <message>
        <source>Sample per agent per week</source>
        <translation>Выборка на агента в неделю</translation>
    </message>
    <message>
        <source>Pin a coaching note to the selected message</source>
        <translation>Закрепить заметку наставника за выбранным сообщением</translation>
    </message>
    <message>
        <source>Share this conversation as an exemplar</source>
        <translation>Поделиться этим диалогом как образцовым</translation>
    </message>
    <message>
        <source>Compare the two selected conversations side by side</source>
        <translation>Сравнить два выбранных диалога рядом</translation>
    </message>
    <message>
        <source>Calibrate: have other supervisors score this conversation blind</source>
        <translation>Калибровка: другие руководители оценят диалог, не видя оценок друг друга</translation>
    </message>
    <message>
        <source>Show where the supervisors disagree</source>
        <translation>Показать, где расходятся оценки руководителей</translation>
    </message>
    <message>
        <source>Save the review as a draft</source>
        <translation>Сохранить оценку как черновик</translation>
    </message>
    <message>
        <source>Submit the review</source>
        <translation>Отправить оценку</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Все очереди</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Все итоги</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations to review</source>
        <translation>
            <numerusform>%n диалог для оценки</numerusform>
            <numerusform>%n диалога для оценки</numerusform>
            <numerusform>%n диалогов для оценки</numerusform>
        </translation>
    </message>
    <message>
        <source>Canned replies used: %1</source>
        <translation>Использованные шаблоны ответов: %1</translation>
    </message>
    <message>
        <source>No canned replies used.</source>
        <translation>Шаблоны ответов не использовались.</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>Оценка отправлена.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Черновик сохранён.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Сначала выберите диалог.</translation>
    </message>
    <message>
        <source>Calibration started: each supervisor scores it under Calibrations, without seeing the others.</source>
        <translation>Калибровка начата: каждый руководитель оценивает диалог в разделе «Калибровки», не видя оценок других.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начата</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>отправлена</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted</source>
        <translation>
            <numerusform>отправлена %n</numerusform>
            <numerusform>отправлено %n</numerusform>
            <numerusform>отправлено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation under review was deleted; the review and its score are kept.</source>
        <translation>Оцениваемый диалог удалён; оценка и её балл сохранены.</translation>
    </message>
    <message>
        <source>Review submitted: %1 %.</source>
        <translation>Оценка отправлена: %1 %.</translation>
    </message>
    <message numerus="yes">
        <source>Not submitted: %n criteria still to rate or explain.</source>
        <translation>
            <numerusform>Оценка не отправлена: нужно оценить или пояснить ещё %n критерий.</numerusform>
            <numerusform>Оценка не отправлена: нужно оценить или пояснить ещё %n критерия.</numerusform>
            <numerusform>Оценка не отправлена: нужно оценить или пояснить ещё %n критериев.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a message in the conversation first.</source>
        <translation>Сначала выберите сообщение в диалоге.</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Заметка наставника</translation>
    </message>
    <message>
        <source>Note for the agent, pinned to this message:</source>
        <translation>Заметка для агента (будет закреплена за этим сообщением):</translation>
    </message>
    <message>
        <source>Note pinned; the agent will see it in their timeline.</source>
        <translation>Заметка закреплена; агент увидит её в истории.</translation>
    </message>
    <message>
        <source>Share as an exemplar</source>
        <translation>Поделиться как образцовым диалогом</translation>
    </message>
    <message>
        <source>Why is it a good example?</source>
        <translation>Чем этот диалог хорош как пример?</translation>
    </message>
    <message>
        <source>Shared with the team as an exemplar.</source>
        <translation>Диалог опубликован для команды как образцовый.</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Scenario editor — %1</source>
        <translation>Редактор сценария — %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Play it now</source>
        <translation>&amp;Запустить сейчас</translation>
    </message>
    <message>
        <source>Scenario (YAML)</source>
        <translation>Сценарий (YAML)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Ошибок нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems: fix them to save.</source>
        <translation>
            <numerusform>%n ошибка: исправьте её, чтобы сохранить.</numerusform>
            <numerusform>%n ошибки: исправьте их, чтобы сохранить.</numerusform>
            <numerusform>%n ошибок: исправьте их, чтобы сохранить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario editor</source>
        <translation>Редактор сценария</translation>
    </message>
    <message>
        <source>The scenario has problems and was not saved:</source>
        <translation>В сценарии есть ошибки, он не сохранён:</translation>
    </message>
    <message>
        <source>Fix the problems first.</source>
        <translation>Сначала исправьте ошибки.</translation>
    </message>
</context>
<context>
    <name>ScorecardEditor</name>
    <message>
        <source>Scorecard</source>
        <translation>Оценочный лист</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Добавить раздел</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Добавить критерий</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Root causes offered</source>
        <translation>Предлагаемые первопричины</translation>
    </message>
    <message>
        <source>Critical: the lowest rating fails the whole review</source>
        <translation>Критический: худшая оценка обнуляет всю оценку</translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation>Можно «Неприменимо»</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Сохранить как новую версию</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Да / нет</translation>
    </message>
    <message>
        <source>3 points</source>
        <translation>3 балла</translation>
    </message>
    <message>
        <source>4 points</source>
        <translation>4 балла</translation>
    </message>
    <message>
        <source>5 points</source>
        <translation>5 баллов</translation>
    </message>
    <message>
        <source>Sections and criteria</source>
        <translation>Разделы и критерии</translation>
    </message>
    <message>
        <source>%1 — version %2 (saving adds version %3; reviews keep the version they began with)</source>
        <translation>%1 — версия %2 (при сохранении добавится версия %3; оценки остаются на версии, с которой начаты)</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Новый раздел</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Новый критерий</translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation>Нельзя сохранить: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria, total weight %1</source>
        <translation>
            <numerusform>%n критерий, общий вес %1</numerusform>
            <numerusform>%n критерия, общий вес %1</numerusform>
            <numerusform>%n критериев, общий вес %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The weights do not add up to the declared total; scores stay 0–100.</source>
        <translation>Сумма весов не совпадает с заявленной; баллы остаются в пределах 0–100.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Сохранено как версия %1.</translation>
    </message>
</context>
<context>
    <name>ScorecardForm</name>
    <message>
        <source>&amp;Summary for the agent</source>
        <translation>&amp;Резюме для агента</translation>
    </message>
    <message>
        <source>Summary for the agent</source>
        <translation>Резюме для агента</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>Вес: %1</translation>
    </message>
    <message>
        <source>critical: the lowest rating fails the whole review</source>
        <translation>критический: худший результат по нему обнуляет всю оценку</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Не оценено</translation>
    </message>
    <message>
        <source>Root cause…</source>
        <translation>Первопричина…</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Комментарий (необязательно)</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Оценка критерия: %1</translation>
    </message>
    <message>
        <source>Root cause: %1</source>
        <translation>Первопричина: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Комментарий: %1</translation>
    </message>
    <message>
        <source>Quality score: —</source>
        <translation>Оценка качества: —</translation>
    </message>
    <message>
        <source>Quality score: 0 % (critical criterion failed; %1 % without it)</source>
        <translation>Оценка качества: 0 % (критический критерий не выполнен; без него %1 %)</translation>
    </message>
    <message>
        <source>Quality score: %1 %</source>
        <translation>Оценка качества: %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria still to rate or explain</source>
        <translation>
            <numerusform>нужно оценить или пояснить ещё %n критерий</numerusform>
            <numerusform>нужно оценить или пояснить ещё %n критерия</numerusform>
            <numerusform>нужно оценить или пояснить ещё %n критериев</numerusform>
        </translation>
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
    <name>Timeline</name>
    <message>
        <source>Outcome: %1</source>
        <translation>Итог: %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>решено</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>не решено</translation>
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
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n вложение</numerusform>
            <numerusform>%n вложения</numerusform>
            <numerusform>%n вложений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts could not be read</source>
        <translation>
            <numerusform>%n часть не удалось прочитать</numerusform>
            <numerusform>%n части не удалось прочитать</numerusform>
            <numerusform>%n частей не удалось прочитать</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent with %n draft-check warnings</source>
        <translation>
            <numerusform>отправлено с %n предупреждением проверки</numerusform>
            <numerusform>отправлено с %n предупреждениями проверки</numerusform>
            <numerusform>отправлено с %n предупреждениями проверки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coaching notes</source>
        <translation>
            <numerusform>%n заметка наставника</numerusform>
            <numerusform>%n заметки наставника</numerusform>
            <numerusform>%n заметок наставника</numerusform>
        </translation>
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
    <message>
        <source>unknown: check the outbox</source>
        <translation>неизвестно: проверьте исходящие</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Your time: %1
Customer&apos;s time: %2</source>
        <extracomment>Wrap-up code -&gt; {language: label}, for the outcome shown in interaction headers. Show one interaction only (review screens); None: the customer&apos;s whole history.</extracomment>
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
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n вложение</numerusform>
            <numerusform>%n вложения</numerusform>
            <numerusform>%n вложений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts could not be read</source>
        <translation>
            <numerusform>%n часть не удалось прочитать</numerusform>
            <numerusform>%n части не удалось прочитать</numerusform>
            <numerusform>%n частей не удалось прочитать</numerusform>
        </translation>
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
<context>
    <name>Training</name>
    <message>
        <source>Customer: %1 (%2, %3), writes by %4; mood: %5</source>
        <translation>Клиент: %1 (%2, %3), канал: %4; настроение: %5</translation>
    </message>
    <message>
        <source>Order %1: %2 %3</source>
        <translation>Заказ %1: %2 %3</translation>
    </message>
    <message>
        <source>Paid with: %1</source>
        <translation>Способ оплаты: %1</translation>
    </message>
    <message>
        <source>Your goal: %1</source>
        <translation>Ваша цель: %1</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>спокойный</translation>
    </message>
    <message>
        <source>friendly</source>
        <translation>доброжелательный</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>встревоженный</translation>
    </message>
    <message>
        <source>annoyed</source>
        <translation>раздражённый</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>рассерженный</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>решено</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>эскалировано</translation>
    </message>
    <message>
        <source>customer left</source>
        <translation>клиент ушёл</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>The training database must not be the real one: check Settings.</source>
        <translation>Учебная база данных не должна совпадать с рабочей: проверьте настройки.</translation>
    </message>
    <message>
        <source>The training database cannot be opened: %1</source>
        <translation>Не удалось открыть учебную базу данных: %1</translation>
    </message>
    <message>
        <source>A trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>%1 has started a live training session for you: %2.</source>
        <translation>%1 приглашает Вас на живую учебную сессию: %2.</translation>
    </message>
    <message>
        <source>%1 has started a training session for you: %2.</source>
        <translation>%1 приглашает Вас на учебную сессию: %2.</translation>
    </message>
    <message>
        <source>It opens a training console on a practice database; your real work stays as it is.</source>
        <translation>Откроется учебная консоль с отдельной базой данных для практики; Ваша реальная работа останется нетронутой.</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Начать сейчас</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>This session is no longer waiting: the trainer cancelled it, or it started elsewhere.</source>
        <translation>Эта сессия больше не ожидает: тренер отменил её или она уже началась на другом рабочем месте.</translation>
    </message>
    <message>
        <source>This session cannot be started on this desk: %1</source>
        <translation>Эту сессию нельзя начать на этом рабочем месте: %1</translation>
    </message>
    <message>
        <source>Ending reached</source>
        <translation>Достигнутый исход</translation>
    </message>
    <message>
        <source>Replied in the customer&apos;s language</source>
        <translation>Ответ на языке клиента</translation>
    </message>
    <message>
        <source>Formal address</source>
        <translation>Обращение на «Вы»</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Время первого ответа</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Время ответов</translation>
    </message>
    <message>
        <source>Currency named</source>
        <translation>Названа валюта</translation>
    </message>
    <message>
        <source>Local payment method named</source>
        <translation>Назван местный способ оплаты</translation>
    </message>
    <message>
        <source>Wrap-up code</source>
        <translation>Код результата</translation>
    </message>
    <message>
        <source>Every reply was in {expected}.</source>
        <translation>Все ответы были на языке {expected}.</translation>
    </message>
    <message>
        <source>First reply after {seconds} s (limit {limit} s).</source>
        <translation>Первый ответ через {seconds} с (лимит {limit} с).</translation>
    </message>
    <message>
        <source>No reply named a payment method the customer can use ({methods}).</source>
        <translation>Ни в одном ответе не назван способ оплаты, доступный клиенту ({methods}).</translation>
    </message>
    <message>
        <source>No reply named the currency {currency} (as {names}).</source>
        <translation>Ни в одном ответе не названа валюта {currency} (как {names}).</translation>
    </message>
    <message>
        <source>No wrap-up code was chosen; expected {expected}.</source>
        <translation>Код результата не выбран; ожидался {expected}.</translation>
    </message>
    <message>
        <source>Reply {n} addressed the customer informally.</source>
        <translation>В ответе {n} к клиенту обратились на «ты».</translation>
    </message>
    <message>
        <source>Reply {n} named {found}.</source>
        <translation>В ответе {n} названо: {found}.</translation>
    </message>
    <message>
        <source>Reply {n} was written in {found}, not in {expected}.</source>
        <translation>Ответ {n} написан на языке {found}, а не {expected}.</translation>
    </message>
    <message>
        <source>Slowest later reply after {seconds} s (limit {limit} s).</source>
        <translation>Самый медленный из последующих ответов — через {seconds} с (лимит {limit} с).</translation>
    </message>
    <message>
        <source>The conversation ended in &apos;{ending}&apos; ({kind}); good endings: {good}.</source>
        <translation>Диалог завершился исходом &apos;{ending}&apos; ({kind}); хорошие исходы: {good}.</translation>
    </message>
    <message>
        <source>The customer&apos;s message in &apos;{turn}&apos; was never answered.</source>
        <translation>На сообщение клиента в шаге &apos;{turn}&apos; так и не ответили.</translation>
    </message>
    <message>
        <source>Wrap-up code {found} (expected {expected}).</source>
        <translation>Код результата {found} (ожидался {expected}).</translation>
    </message>
    <message>
        <source>The trainee never replied.</source>
        <translation>Стажёр так и не ответил.</translation>
    </message>
    <message>
        <source>Every reply addressed the customer formally.</source>
        <translation>Во всех ответах к клиенту обращались на «Вы».</translation>
    </message>
    <message>
        <source>The first message was never answered.</source>
        <translation>На первое сообщение так и не ответили.</translation>
    </message>
    <message>
        <source>The conversation did not reach an ending.</source>
        <translation>Диалог не пришёл ни к одному исходу.</translation>
    </message>
    <message>
        <source>Score: %1 of %2 points (%3%)</source>
        <translation>Оценка: %1 из %2 баллов (%3%)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Стенограмма</translation>
    </message>
    <message>
        <source>Trainer comments</source>
        <translation>Комментарии тренера</translation>
    </message>
    <message>
        <source>Trainee: %1 · %2 · ending: %3</source>
        <translation>Стажёр: %1 · %2 · исход: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Стажёр</translation>
    </message>
    <message>
        <source>points lost here</source>
        <translation>здесь потеряны баллы</translation>
    </message>
    <message>
        <source>Trainer&apos;s scorecard: %1 of 100 (%2)</source>
        <translation>Оценочный лист тренера: %1 из 100 (%2)</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING</source>
        <translation>ОБУЧЕНИЕ</translation>
    </message>
    <message>
        <source>a practice database: nothing reaches real customers</source>
        <translation>учебная база данных: реальные клиенты ничего не получат</translation>
    </message>
    <message>
        <source>Scenario &amp;brief…</source>
        <translation>&amp;Описание сценария…</translation>
    </message>
    <message>
        <source>&amp;Finish and score</source>
        <translation>&amp;Завершить и оценить</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Учебная сессия</translation>
    </message>
    <message>
        <source>Session finished: scoring…</source>
        <translation>Сессия завершена: идёт оценка…</translation>
    </message>
    <message>
        <source>Paused by the trainer.</source>
        <translation>Тренер поставил сессию на паузу.</translation>
    </message>
    <message>
        <source>The customer has ended the conversation. Record the wrap-up, then press Finish and score.</source>
        <translation>Клиент завершил диалог. Заполните итоги, затем нажмите «Завершить и оценить».</translation>
    </message>
    <message>
        <source>Live: a trainer is writing as the customer.</source>
        <translation>Вживую: тренер пишет от имени клиента.</translation>
    </message>
    <message>
        <source>Scripted customer: reply as you would to a real one.</source>
        <translation>Клиент по сценарию: отвечайте так же, как реальному клиенту.</translation>
    </message>
    <message>
        <source>Scenario brief</source>
        <translation>Описание сценария</translation>
    </message>
</context>
<context>
    <name>TrainingLibrary</name>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>Мои сессии</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Filter: title, country, language, channel</source>
        <translation>Фильтр: название, страна, язык, канал</translation>
    </message>
    <message>
        <source>Filter scenarios</source>
        <translation>Фильтр сценариев</translation>
    </message>
    <message>
        <source>Scenario details</source>
        <translation>Сведения о сценарии</translation>
    </message>
    <message>
        <source>&amp;Start a session</source>
        <translation>&amp;Начать сессию</translation>
    </message>
    <message>
        <source>Start &amp;live (you play the customer)</source>
        <translation>Начать &amp;вживую (клиента играете Вы)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Open the &amp;debrief</source>
        <translation>Открыть &amp;разбор</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Стажёр</translation>
    </message>
    <message>
        <source>&amp;Cancel the waiting session</source>
        <translation>&amp;Отменить ожидающую сессию</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Для:</translation>
    </message>
    <message>
        <source>Yourself, to try the scenario, or a trainee: it starts on their desk when they accept it.</source>
        <translation>Вы сами — чтобы опробовать сценарий — или стажёр: сессия начнётся на его рабочем месте, когда он её примет.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Вы)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Лучшая оценка</translation>
    </message>
    <message>
        <source>Resolved / escalated / left</source>
        <translation>Решено / эскалировано / ушли</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Последняя сессия</translation>
    </message>
    <message>
        <source>Some scenario files cannot be used:</source>
        <translation>Некоторые файлы сценариев нельзя использовать:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Настроение</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Терпение</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>Payment methods to offer</source>
        <translation>Предложить способы оплаты</translation>
    </message>
    <message>
        <source>Expected wrap-up</source>
        <translation>Ожидаемый код результата</translation>
    </message>
    <message>
        <source>Endings</source>
        <translation>Исходы</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Finish the session that is running first.</source>
        <translation>Сначала завершите текущую сессию.</translation>
    </message>
    <message>
        <source>The session waits for %1: it starts when they accept it at their desk.</source>
        <translation>Сессия ожидает: она начнётся, когда %1 примет её на своём рабочем месте.</translation>
    </message>
    <message>
        <source>This desk keeps its training database to itself: for a trainee at another desk, set the team&apos;s training database in Settings.</source>
        <translation>Учебная база данных на этом рабочем месте — локальная: чтобы назначить сессию стажёру на другом рабочем месте, укажите в настройках общую учебную базу данных команды.</translation>
    </message>
    <message>
        <source>Export the scenario</source>
        <translation>Экспорт сценария</translation>
    </message>
    <message>
        <source>Scenarios (*.yaml *.yml)</source>
        <translation>Сценарии (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import scenarios</source>
        <translation>Импорт сценариев</translation>
    </message>
    <message numerus="yes">
        <source>%n scenarios imported.</source>
        <translation>
            <numerusform>Импортирован %n сценарий.</numerusform>
            <numerusform>Импортировано %n сценария.</numerusform>
            <numerusform>Импортировано %n сценариев.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Не импортированы:</translation>
    </message>
    <message>
        <source>scripted</source>
        <translation>по сценарию</translation>
    </message>
    <message>
        <source>live</source>
        <translation>вживую</translation>
    </message>
    <message>
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>прервана</translation>
    </message>
    <message>
        <source>waiting for the trainee</source>
        <translation>ждёт стажёра</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <source>Training</source>
        <extracomment>Real ms between looks at the training database in a live session: the trainee&apos;s console for the trainer&apos;s commands, the trainer&apos;s side for the state the console published. (Team mode&apos;s LISTEN/NOTIFY will wake both at once; the look stays as the fallback for SQLite.) A session in one of these states is over for both sides.</extracomment>
        <translation>Обучение</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <source>&amp;Disposition</source>
        <extracomment>Set when correcting a saved outcome.</extracomment>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <source>Contact &amp;reason</source>
        <translation>При&amp;чина обращения</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>Д&amp;а</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Опрос</translation>
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
        <translation>нет</translation>
    </message>
    <message>
        <source>Customer satisfaction, 1–5, if the customer answered the survey</source>
        <translation>Удовлетворённость клиента, 1–5, если клиент ответил на опрос</translation>
    </message>
    <message>
        <source>Net Promoter Score, 0–10, if the customer answered the survey</source>
        <translation>Индекс потребительской лояльности (NPS), 0–10, если клиент ответил на опрос</translation>
    </message>
    <message>
        <source>Customer effort, 1–7 (lower is easier), if the customer answered</source>
        <translation>Усилия клиента, 1–7 (чем меньше, тем проще), если клиент ответил</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>Связаться по&amp;вторно</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>e.g. confirm the refund arrived</source>
        <translation>например, убедиться, что возврат средств получен</translation>
    </message>
    <message>
        <source>Save and next (Ctrl+Enter)</source>
        <translation>Сохранить и далее (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Back to the conversation (Esc)</source>
        <translation>Вернуться к диалогу (Esc)</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Contact reason</source>
        <translation>Причина обращения</translation>
    </message>
    <message>
        <source>Resolved: yes</source>
        <translation>Решено: да</translation>
    </message>
    <message>
        <source>Resolved: no</source>
        <translation>Решено: нет</translation>
    </message>
    <message>
        <source>Wrap-up notes</source>
        <translation>Заметки о завершении</translation>
    </message>
    <message>
        <source>CSAT score</source>
        <translation>Оценка CSAT</translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation>Оценка NPS</translation>
    </message>
    <message>
        <source>CES score</source>
        <translation>Оценка CES</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Связаться повторно</translation>
    </message>
    <message>
        <source>Follow-up date and time</source>
        <translation>Дата и время повторного контакта</translation>
    </message>
    <message>
        <source>Follow-up time zone</source>
        <translation>Часовой пояс повторного контакта</translation>
    </message>
    <message>
        <source>Follow-up reason</source>
        <translation>Причина повторного контакта</translation>
    </message>
    <message>
        <source>Changes to this outcome</source>
        <translation>Изменения итога</translation>
    </message>
    <message>
        <source>Save the wrap-up</source>
        <translation>Сохранить итоги</translation>
    </message>
    <message>
        <source>Back to the conversation</source>
        <translation>Вернуться к диалогу</translation>
    </message>
    <message>
        <source>Correct the outcome: %1</source>
        <translation>Исправление итога: %1</translation>
    </message>
    <message>
        <source>Wrap-up: %1</source>
        <translation>Завершение: %1</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (удалён)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>customer&apos;s time (%1)</source>
        <translation>время клиента (%1)</translation>
    </message>
    <message>
        <source>my time (%1)</source>
        <translation>моё время (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 changed %3: %4 → %5</source>
        <translation>%1 · %2, изменено «%3»: %4 → %5</translation>
    </message>
    <message>
        <source>No changes since the wrap-up.</source>
        <translation>С момента завершения изменений не было.</translation>
    </message>
    <message>
        <source>Handle time %1</source>
        <translation>Время обработки %1</translation>
    </message>
    <message>
        <source>Handle time %1 (after-contact work %2)</source>
        <translation>Время обработки %1 (постобработка %2)</translation>
    </message>
    <message>
        <source>Choose a disposition.</source>
        <translation>Выберите результат.</translation>
    </message>
    <message>
        <source>Choose the contact reason.</source>
        <translation>Выберите причину обращения.</translation>
    </message>
    <message>
        <source>Say whether the issue was resolved.</source>
        <translation>Укажите, решён ли вопрос.</translation>
    </message>
    <message>
        <source>This queue needs a note.</source>
        <translation>Для этой очереди нужна заметка.</translation>
    </message>
    <message>
        <source>CSAT is between 1 and 5.</source>
        <translation>CSAT — от 1 до 5.</translation>
    </message>
    <message>
        <source>NPS is between 0 and 10.</source>
        <translation>NPS — от 0 до 10.</translation>
    </message>
    <message>
        <source>CES is between 1 and 7.</source>
        <translation>CES — от 1 до 7.</translation>
    </message>
    <message>
        <source>The follow-up is in the past; pick a later time.</source>
        <translation>Время повторного контакта уже прошло; выберите более позднее.</translation>
    </message>
    <message>
        <source>This code was removed since; choose another.</source>
        <translation>Этот код уже удалён; выберите другой.</translation>
    </message>
</context>
</TS>
