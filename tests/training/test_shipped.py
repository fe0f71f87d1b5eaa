"""The shipped scenarios: they load, every part of them can be played, and a good trainee wins.

Reachability is checked by playing, not only on the graph: from every state the engine can be
in, one event is made up per branch (its phrases, reply keys, warnings, the wait it needs) and
sent through the real engine, so a branch that an earlier one always shadows, or a phrase that
does not match what it is written to match, shows up as an ending or a turn never reached.

The good paths are written as trainees would write them; their language is detected with the
console's detector and their draft warnings come from the console's own draft checks, so a
"good" reply that reads as informal or as another language fails here.
"""

from __future__ import annotations

import copy

import pytest

from agent_console.core.culture import drafts, reference
from agent_console.core.culture.inference import detect_language
from agent_console.core.training import loader
from agent_console.core.training.engine import Engine, ReplyEvent, Step
from agent_console.core.training.schema import Branch, Scenario
from agent_console.core.training.scoring import score

SCENARIOS = {s.id: s for s in loader.library()}

#: For each scenario, what a good trainee writes: (text, canned reply keys inserted).
GOOD_PATHS: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "uz-telegram-click": [
        ("Assalomu alaykum, Dilnoza! Ha, albatta, buyurtmangizni Click orqali to'lashingiz mumkin.", ()),
        (
            "Hozir Sizga Click orqali to'lov havolasini yuboraman: pay.northwind.uz/NW-48213. "
            "To'lov summasi 450 000 so'm.",
            (),
        ),
        ("Rahmat, Dilnoza! To'lovingiz qabul qilindi, buyurtmangiz tasdiqlandi.", ("payment_received",)),
    ],
    "ja-email-formal-apology": [
        (
            "佐藤様\n\nこのたびはお届けした食器セットが破損しており、大変申し訳ございません。"
            "ご友人へのお祝いの品と伺い、重ねてお詫び申し上げます。\n"
            "Northwind Storeカスタマーサポートの田中でございます。\n\n"
            "割れたお皿の代わりに、新しい食器セットを本日発送いたします。",
            (),
        ),
        (
            "佐藤様\n\nご連絡ありがとうございます。ご注文時のご住所に、今週木曜日にお届け予定です。"
            "追跡番号は改めてお知らせいたします。",
            (),
        ),
    ],
    "ka-whatsapp-gel-dispute": [
        (
            "გამარჯობათ, ქალბატონო ნინო! ბოდიშს გიხდით შეშფოთებისთვის. მეორე ჩამოჭრა მხოლოდ "
            "დროებითი ავტორიზაციაა, რომელსაც ბანკი გააუქმებს.",
            (),
        ),
        ("189 ლარი თქვენს ანგარიშზე 3-5 სამუშაო დღეში დაბრუნდება.", ()),
        ("დიახ, აუცილებლად მოგვწერეთ და მაშინვე გადავამოწმებთ.", ()),
    ],
    "el-phone-delivery": [
        (
            "Καλησπέρα σας, κύριε Παπαδόπουλε. Λυπάμαι πολύ για την καθυστέρηση. "
            "Μια στιγμή να ελέγξω την παραγγελία σας.",
            (),
        ),
        ("Ευχαριστώ για την αναμονή. Το δέμα σας καθυστέρησε στην ACS, στο κέντρο διαλογής της Αθήνας.", ()),
        ("Θα σας το παραδώσουν αύριο, Πέμπτη, μέχρι τις έξι το απόγευμα.", ()),
        (
            "Βεβαίως, μπορείτε να το παραλάβετε από όποιο κατάστημα της ACS θέλετε. "
            "Θα λάβετε SMS με τον κωδικό παραλαβής.",
            (),
        ),
    ],
    "mn-sms-payment": [
        (
            "Сайн байна уу, Сарангэрэл! Санаа зовоосонд уучлаарай. "
            "QPay-ийн гүйлгээний баримтын зургийг илгээнэ үү.",
            (),
        ),
        ("Баярлалаа, Сарангэрэл. Таны 89,000₮ төлбөр орсон байна, захиалга тань баталгаажлаа.", ()),
    ],
    "en-chat-angry-escalation": [
        (
            "Hi Mark, I'm really sorry – you shouldn't have had to chase us three times. "
            "Let me sort this out for you right now.",
            (),
        ),
        (
            "I can see your return arrived and the refund of £149.99 was never processed. I've issued it just now.",
            (),
        ),
        ("It will be back on your card within 3 to 5 working days.", ()),
        (
            "I'm sorry for all the hassle. As an apology, here is a 15% discount code for your next order: SORRY15.",
            ("discount_code_apology",),
        ),
    ],
    "ar-sa-friday": [
        (
            "وعليكم السلام ورحمة الله، أهلاً أستاذ عبدالله. شكراً لتواصلكم معنا في عطلة نهاية الأسبوع. "
            "نعم، يمكنكم الدفع عن طريق STC Pay، وبما أن الجمعة والسبت إجازة فسيتم شحن طلبكم يوم الأحد.",
            (),
        ),
        ("نعم، تم استلام دفعتكم وطلبكم مؤكد. شكراً لكم.", ()),
    ],
    "de-email-invoice": [
        (
            "Sehr geehrter Herr Becker,\n\nvielen Dank für Ihre Nachricht. Damit die Rechnung korrekt auf "
            "Ihre Firma ausgestellt wird, teilen Sie mir bitte noch Ihre USt-IdNr. mit.\n\n"
            "Mit freundlichen Grüßen\nAnna Schulz",
            (),
        ),
        (
            "Sehr geehrter Herr Becker,\n\nanbei erhalten Sie die Rechnung zur Bestellung NW-80446, "
            "ausgestellt auf die Becker Elektrotechnik GmbH, mit gesondert ausgewiesener Mehrwertsteuer.\n\n"
            "Mit freundlichen Grüßen\nAnna Schulz",
            ("invoice_sent",),
        ),
    ],
    "ru-telegram-refund": [
        ("Здравствуйте, Елена! Приношу извинения за задержку. Сейчас проверю, что с вашим возвратом.", ()),
        (
            "Елена, возврат 7 490 ₽ оформлен сегодня, деньги придут на карту «Мир» "
            "в течение 3–5 рабочих дней.",
            (),
        ),
        (
            "Могу вернуть деньги через СБП по вашему номеру телефона — тогда они придут "
            "в течение нескольких минут.",
            (),
        ),
        ("Договорились, Елена. Хорошего дня!", ()),
    ],
    "es-whatsapp-wrong-item": [
        (
            "Hola, Lucía. Lamentamos mucho el error con su pedido NW-67231. Hoy mismo le enviamos "
            "las zapatillas azules de la talla 38, sin ningún coste para usted.",
            (),
        ),
        (
            "No tiene que pagar nada: le mandamos una etiqueta de devolución prepagada y el mensajero "
            "recogerá las zapatillas negras en su casa.",
            (),
        ),
        ("Sí, le llegarán mañana, antes del sábado.", ()),
    ],
    "pt-br-whatsapp-pix": [
        (
            "Oi, Ana Paula, boa tarde! No Pix a senhora tem 5% de desconto: fica R$ 436,90. "
            "E no cartão de crédito dá pra parcelar em até 3x sem juros.",
            (),
        ),
        (
            "Claro! Segue o código Pix copia e cola: 00020126580014br.gov.bcb.pix0136NW90418. "
            "Ele vale por 30 minutos.",
            (),
        ),
        ("Recebemos, sim! Pagamento confirmado, e a air fryer sai amanhã.", ("payment_received",)),
    ],
    "tr-social-complaint": [
        (
            "Merhaba Mehmet Bey, yaşadığınız sorun için çok özür dileriz. Sipariş bilgilerinizi kontrol "
            "edebilmemiz için lütfen bize özel mesaj gönderin.",
            (),
        ),
        (
            "Mehmet Bey, makineniz yarın 14:00-18:00 arasında teslim edilecek; kurye gelmeden önce sizi arayacak.",
            (),
        ),
        ("Evet, teslimatı bizzat takip ediyorum; bir sorun olursa sizi hemen arayacağım.", ()),
    ],
}

REQUIRED = {
    "uz-telegram-click",
    "ja-email-formal-apology",
    "ka-whatsapp-gel-dispute",
    "el-phone-delivery",
    "mn-sms-payment",
    "en-chat-angry-escalation",
    "ar-sa-friday",
}


def test_the_library_loads_and_covers_the_required_set() -> None:
    assert loader.check([loader.default_folder()]) == []
    assert len(SCENARIOS) >= 12
    assert set(SCENARIOS) >= REQUIRED
    assert set(GOOD_PATHS) == set(SCENARIOS), "every shipped scenario needs a good path below"
    assert {s.persona.channel.value for s in SCENARIOS.values()} == {
        "email",
        "phone",
        "sms",
        "whatsapp",
        "telegram",
        "chat",
        "social",
    }


@pytest.mark.parametrize("scenario_id", sorted(SCENARIOS))
def test_shape_of_each_scenario(scenario_id: str) -> None:
    scenario = SCENARIOS[scenario_id]
    assert 5 <= len(scenario.turns) <= 10
    kinds = {e.kind for e in scenario.endings.values()}
    assert "resolved" in kinds and kinds & {"escalated", "customer_left"}
    branches = [b for t in scenario.turns.values() for b in t.branches]
    assert any(b.is_timeout for b in branches)
    assert any(b.condition and (b.condition.reply_keys or b.condition.warnings) for b in branches)
    for language in ("en", "uz", "el", "mn", "ka"):
        assert language in scenario.title.texts and language in scenario.goal.texts
    text = scenario.path.read_text(encoding="utf-8") if scenario.path else ""
    assert text.startswith("# Sources:"), "record where the cultural facts come from"
    country = reference.countries()[scenario.persona.country]
    assert scenario.persona.base_language in country.languages or scenario.persona.base_language == "en"


def _made_up(scenario: Scenario, branch: Branch) -> ReplyEvent:
    """A reply that satisfies *branch*'s condition (before the others are considered)."""
    condition = branch.condition
    language = scenario.persona.language
    if condition is None:
        return ReplyEvent("…", 0, language=language)
    words = [*condition.any_phrases[:1], *condition.all_phrases]
    return ReplyEvent(
        " ".join(w.rstrip("*") for w in words) or "…",
        0,
        reply_keys=condition.reply_keys[:1],
        warnings=condition.warnings[:1],
        language=condition.language or language,
    )


def _play(engine: Engine, branch: Branch) -> Step | None:
    """Send the events *branch* needs; the step of the last one."""
    if branch.is_timeout:
        return engine.tick(engine.patience_deadline)
    condition = branch.condition
    event = _made_up(engine.scenario, branch)
    wait = condition.after if condition and condition.after else 1
    step = None
    for _ in range(condition.count or 1 if condition else 1):
        at = max(engine.last_customer_at, engine.transcript[-1].at_seconds) + wait
        step = engine.reply(ReplyEvent(event.text, at, event.reply_keys, event.warnings, event.language))
        if step.matched:
            break
    return step


def _explore(scenario: Scenario) -> tuple[set[str], set[str]]:
    """Every turn and ending the engine can get to from the start."""
    start = Engine(scenario, detect_language=lambda _text: None)
    start.start()
    turns, endings = {scenario.start}, set()
    queue = [start]
    seen: set[tuple[str | None, int]] = set()
    while queue:
        engine = queue.pop()
        state = (engine.current_turn, engine.replies_in_turn)
        if state in seen:
            continue
        seen.add(state)
        for branch in scenario.turns[engine.current_turn].branches:
            trial = copy.deepcopy(engine)
            step = _play(trial, branch)
            if step is None:
                continue
            if step.ended:
                endings.add(step.ending_id)
            else:
                turns.add(trial.current_turn)
                queue.append(trial)
    return turns, endings


@pytest.mark.parametrize("scenario_id", sorted(SCENARIOS))
def test_every_turn_and_ending_can_be_played(scenario_id: str) -> None:
    scenario = SCENARIOS[scenario_id]
    turns, endings = _explore(scenario)
    assert turns == set(scenario.turns)
    assert endings == set(scenario.endings)


def _good_session(scenario: Scenario) -> tuple[Engine, list[tuple[ReplyEvent, Step]]]:
    persona = scenario.persona
    context = drafts.DraftContext(
        language=persona.base_language,
        country=reference.country(persona.country),
        currency=scenario.facts.currency,
        given_name=persona.given_name,
        family_name=persona.family_name,
    )
    engine = Engine(scenario, detect_language=detect_language, seed=3)
    engine.start()
    think = min(scenario.expect.first_response_seconds, scenario.expect.response_seconds) // 2
    steps = []
    for text, keys in GOOD_PATHS[scenario.id]:
        codes = tuple(w.code for w in drafts.check(text, context))
        event = ReplyEvent(text, engine.last_customer_at + think, keys, codes)
        step = engine.reply(event)
        steps.append((event, step))
        if step.ended:
            break
    return engine, steps


@pytest.mark.parametrize("scenario_id", sorted(SCENARIOS))
def test_a_good_trainee_resolves_it_with_full_marks(scenario_id: str) -> None:
    scenario = SCENARIOS[scenario_id]
    engine, steps = _good_session(scenario)
    for event, step in steps:
        assert step.matched, f"no branch of '{step.turn_id}' matched: {event.text!r}"
        assert "informal_you" not in event.warnings, event.text
        assert "honorific_missing" not in event.warnings, event.text
    last = steps[-1][1]
    assert last.ended and last.ending_kind == "resolved", [s.turn_id for _e, s in steps]
    assert len(steps) == len(GOOD_PATHS[scenario_id]), "the path ended before its last reply"
    languages = [e.language for e in engine.transcript if e.who == "trainee"]
    assert all(lang is None or lang == scenario.persona.base_language for lang in languages), languages
    result = score(scenario, engine.transcript, last.ending_id, scenario.expect.disposition)
    assert [(c.code, c.text) for c in result.checks if not c.passed] == []
    assert result.ratio == 1.0


@pytest.mark.parametrize("scenario_id", sorted(SCENARIOS))
def test_customer_lines_read_as_the_persona_language(scenario_id: str) -> None:
    scenario = SCENARIOS[scenario_id]
    lines = [t.say for t in scenario.turns.values()] + [e.say for e in scenario.endings.values() if e.say]
    wrong = []
    for line in lines:
        found = detect_language(line)
        letters = sum(ch.isalpha() for ch in line)  # order and tracking numbers say nothing
        if found is not None and letters >= 40 and found != scenario.persona.base_language:
            wrong.append((found, line))
    assert not wrong


@pytest.mark.parametrize(
    ("scenario_id", "first", "negated", "turn"),
    [
        # A Saudi customer asks whether her order is now confirmed; "not confirmed yet" is no yes.
        (
            "ar-sa-friday",
            GOOD_PATHS["ar-sa-friday"][0][0],
            "لم يتم تأكيد الطلب بعد، سأتحقق وأعود لكم.",
            "paying",
        ),
        # "We cannot exchange it" names the exchange but does not offer it.
        (
            "ja-email-formal-apology",
            None,
            "佐藤様\n\n大変申し訳ございません。誠に恐れ入りますが、交換はいたしかねます。",
            None,
        ),
    ],
)
def test_a_refusal_that_names_the_thing_does_not_count_as_doing_it(
    scenario_id: str, first: str | None, negated: str, turn: str | None
) -> None:
    scenario = SCENARIOS[scenario_id]
    engine = Engine(scenario)
    engine.start(0.0)
    at = 30.0
    if first is not None:
        engine.reply(ReplyEvent(first, at))
        at += 60
    assert turn is None or engine.current_turn == turn
    before = engine.current_turn
    step = engine.reply(ReplyEvent(negated, at))
    assert engine.ending_id is None or scenario.endings[engine.ending_id].kind != "resolved"
    good_turns = {"ordered"} if scenario_id == "ar-sa-friday" else {"delivery_date"}
    assert engine.current_turn not in good_turns, (before, engine.current_turn, step)


@pytest.mark.parametrize(
    ("scenario_id", "text", "not_to"),
    [
        # "We cannot refund it" names the refund but does not promise it.
        (
            "ka-whatsapp-gel-dispute",
            "გამარჯობა, ნინო. სამწუხაროდ, თანხას ვერ დაგიბრუნებთ.",
            "refund_promised",
        ),
        # "I'll check whether the payment arrived" is not a confirmation.
        ("mn-sms-payment", "Сайн байна уу, Сарангэрэл. Төлбөр тань орсон эсэхийг шалгаад хэлье.", "paid"),
    ],
)
def test_a_promise_with_a_not_or_a_whether_does_not_count(scenario_id: str, text: str, not_to: str) -> None:
    engine = Engine(SCENARIOS[scenario_id])
    engine.start(0.0)
    engine.reply(ReplyEvent(text, 30.0))
    assert engine.current_turn != not_to
