from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agent_console import paths
from agent_console.core.models import Reply, ReplyUsage, ReplyVariant
from agent_console.core.replies import library, template
from agent_console.core.replies.template import Money, RenderContext

LOCALES = ["en", "uz", "el", "mn", "ka", "ru", "de", "es", "fr", "pt_BR", "ja", "zh_Hans", "ar"]


def test_template_parsing_and_errors() -> None:
    parts = template.parse("Hi {customer_name}, {days, plural, one {# day} other {# days}} left.")
    assert parts[1] == ("customer_name",) and isinstance(parts[3], template.Plural)
    assert template.placeholders("A {x} {n, plural, other {#}}") == {"x", "n"}
    for bad in ("{unclosed", "stray }", "{n, plural, one {x}}", "{n, plural, one {a {b}} other {c}}", "{ }"):
        with pytest.raises(template.TemplateError):
            template.parse(bad)


@pytest.mark.parametrize(
    ("locale", "counts", "expected"),
    [
        ("ru", [1, 3, 5, 21], ["1 день", "3 дня", "5 дней", "21 день"]),
        ("ar", [0, 1, 2, 3, 11, 100], ["zero", "one", "two", "few", "many", "other"]),
        ("ka", [1, 2], ["one", "other"]),
        ("ja", [1, 2], ["other", "other"]),
    ],
)
def test_plurals_follow_each_locales_rules(locale: str, counts: list[int], expected: list[str]) -> None:
    if locale == "ru":
        body = "{days, plural, one {# день} few {# дня} many {# дней} other {# дня}}"
    else:
        body = "{days, plural, zero {zero} one {one} two {two} few {few} many {many} other {other}}"
    got = [template.render(body, {"days": n}, RenderContext(locale)).text for n in counts]
    assert got == expected


def test_values_are_formatted_for_the_customers_locale() -> None:
    ctx = RenderContext("de_DE", "Europe/Berlin")
    assert template.format_value("amount", Money(Decimal("49.90"), "EUR"), ctx) == "49,90\xa0€"
    assert template.format_value("amount", "1250000 UZS", RenderContext("uz_UZ")).startswith(
        "1\xa0250\xa0000"
    )
    assert template.format_value("delivery_date", date(2026, 12, 3), ctx) == "3. Dezember 2026"
    assert (
        template.format_value("payment_methods", ["Click", "Payme", "Uzcard"], RenderContext("uz"))
        == "Click, Payme va Uzcard"
    )
    moment = datetime(2026, 12, 3, 8, 30, tzinfo=UTC)
    assert template.format_value("eta_time", moment, RenderContext("ka_GE", "Asia/Tbilisi")) == "12:30"
    with pytest.raises(template.ValueTypeError):
        template.format_value("amount", "lots", ctx)
    with pytest.raises(template.ValueTypeError):
        template.format_value("delivery_date", "tomorrow", ctx)
    with pytest.raises(template.ValueTypeError):
        template.render("{days, plural, other {#}}", {"days": "many"}, ctx)


def test_unknown_values_become_fill_in_fields() -> None:
    rendered = template.render("Order {order_id}: {days, plural, other {# days}}", {}, RenderContext("en"))
    assert rendered.fill_ins == ["order_id", "days"] and "{" not in rendered.text
    assert template.unfilled(rendered.text) == ["order_id", "days"]


def test_every_shipped_variant_parses_and_matches_its_source(database) -> None:
    spec = json.loads((paths.resources_dir() / "replies" / "_library.json").read_text(encoding="utf-8"))
    assert len(spec["replies"]) >= 40
    with database.session() as s:
        assert library.seed(s) == len(spec["replies"]) * len(LOCALES)
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Reply)) == len(spec["replies"])
        assert set(s.scalars(select(ReplyVariant.locale).distinct())) == set(LOCALES)
        assert library.seed(s) == 0  # idempotent


def test_fallback_chain_and_choice(database) -> None:
    assert library.fallback_chain("pt-BR") == ["pt_BR", "pt", "en"]
    assert library.fallback_chain("zh_CN", "de") == ["zh_Hans_CN", "zh_Hans", "zh", "de", "en"]
    with pytest.raises(library.LibraryError, match="unknown locale code 'xx-YY'"):
        library.fallback_chain("xx-YY")
    with database.session() as s:
        library.seed(s)
        reply_id = s.scalar(select(Reply.id).where(Reply.key == "greeting_first_contact"))
        assert library.choose(s, reply_id, "pt_BR").locale == "pt_BR"
        chinese = library.choose(s, reply_id, "zh_CN")
        assert chinese.locale == "zh_Hans" and not chinese.fallback
        swahili = library.choose(s, reply_id, "sw_KE")
        assert swahili.locale == "en" and swahili.fallback and swahili.requested == "sw_KE"
        assert library.choose(s, reply_id, "sw_KE", company_default="de").locale == "de"


def test_customer_names_follow_etiquette() -> None:
    assert library.customer_name("太郎", "山田", None, "JP") == "山田様"
    assert library.customer_name("민지", "김", None, "KR") == "김민지 고객님"
    assert library.customer_name("Nino", "Beridze", None, "GE") == "Nino"
    assert library.customer_name(None, None, "Alex", None) == "Alex"


def test_render_usage_and_channel_warnings(database) -> None:
    with database.session() as s:
        library.seed(s)
        reply_id = s.scalar(select(Reply.id).where(Reply.key == "account_deleted_confirmation"))
        choice = library.choose(s, reply_id, "ka")
        rendered = library.render(choice, {"customer_name": "ნინო"}, RenderContext("ka_GE"))
        assert rendered.complete and "ნინო" in rendered.text
        library.record_usage(s, choice, interaction_id=None, agent_id=None)
        assert library.channel_warning(choice, "sms") in ("sms_long", "channel")
        assert library.channel_warning(choice, "email") is None
    with database.session() as s:
        assert s.scalar(select(Reply.usage_count).where(Reply.id == reply_id)) == 1
        assert s.scalar(select(func.count()).select_from(ReplyUsage)) == 1


def test_search_any_word_in_either_language_ranked_by_use(database) -> None:
    with database.session() as s:
        library.seed(s)
        index = library.SearchIndex.build(s)
    keys = [h.key for h in index.search("refund", ["en", "ka"])]
    assert keys[0] in ("refund_confirmation", "refund_policy", "partial_refund")
    assert "refund_confirmation" in [h.key for h in index.search("თანხის დაბრუნ", ["en", "ka"])]
    assert "password_reset" in [h.key for h in index.search("pasword", ["en"])]  # one typo
    assert index.search("zzzzqqq", ["en"]) == []
    assert "refund_confirmation" in [h.key for h in index.search("REFUND confirm", ["en"])]


def test_broken_shipped_files_are_named(database, tmp_path: Path) -> None:
    folder = tmp_path / "replies"
    shutil.copytree(paths.resources_dir() / "replies", folder)
    data = json.loads((folder / "de.json").read_text(encoding="utf-8"))
    data["replies"]["refund_confirmation"]["body"] = data["replies"]["refund_confirmation"]["body"].replace(
        "{amount}", "{betrag}"
    )
    (folder / "de.json").write_text(json.dumps(data), encoding="utf-8")
    with database.session() as s, pytest.raises(library.LibraryError) as info:
        library.seed(s, folder)
    assert "refund_confirmation" in str(info.value) and "de" in str(info.value)
    assert "missing amount" in str(info.value) and "unknown betrag" in str(info.value)


def test_edited_variants_survive_a_reseed(database) -> None:
    with database.session() as s:
        library.seed(s)
        variant = s.scalar(
            select(ReplyVariant).join(Reply).where(Reply.key == "hold_checking", ReplyVariant.locale == "en")
        )
        variant.body, variant.edited = "One moment, please.", True
    with database.session() as s:
        library.seed(s)
        variant = s.scalar(
            select(ReplyVariant).join(Reply).where(Reply.key == "hold_checking", ReplyVariant.locale == "en")
        )
        assert variant.body == "One moment, please."
