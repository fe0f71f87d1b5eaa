"""Scenario validation: each problem a trainer can make, named with the exact line of the mistake."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from agent_console.core.training import loader
from agent_console.core.training.schema import WARNING_CODES, Delay

MINIMAL = """\
id: minimal
title: {en: "Minimal"}
summary: {en: "A minimal scenario."}
persona:
  name: "Dilnoza Karimova"
  given_name: Dilnoza
  family_name: Karimova
  country: UZ
  language: uz
  channel: telegram
  mood: calm
  patience: 300
facts:
  order_id: "NW-10001"
  amount: 450000
  currency: UZS
goal: {en: "Help her pay."}
start: greet
turns:
  greet:
    say: "Assalomu alaykum!"
    branches:
      - if: {any: [Click]}
        goto: done
      - if: {timeout: true}
        goto: left
      - else: greet
endings:
  done: {kind: resolved}
  left: {kind: customer_left}
"""


def edit(text: str, line: int, new: str | None) -> str:
    """*text* with line *line* (1-based) replaced by *new* (several lines allowed), or removed."""
    lines = text.splitlines()
    lines[line - 1 : line] = [] if new is None else new.splitlines()
    return "\n".join(lines) + "\n"


def problems(tmp_path: Path, text: str, name: str = "minimal.yaml") -> list[tuple[int, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    found = loader.check([path])
    assert all(p.path == str(path) for p in found)
    return [(p.line, p.message) for p in found]


def test_the_minimal_scenario_loads_with_the_defaults_filled_in(tmp_path: Path) -> None:
    path = tmp_path / "minimal.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    scenario = loader.load(path)
    assert scenario.id == "minimal" and scenario.path == path
    assert scenario.persona.channel.value == "telegram"
    assert scenario.facts.order_id == "NW-10001" and scenario.facts.amount == 450000
    expect = scenario.expect
    assert expect.language == "uz"
    assert expect.formal_address is True  # UZ has a formal "Siz"
    assert expect.currency == "UZS"  # facts.currency
    assert expect.good_endings == ("done",)  # every resolved ending
    assert (expect.first_response_seconds, expect.response_seconds) == (120, 300)
    assert expect.payment_methods == () and expect.disposition is None
    greet = scenario.turns["greet"]
    assert greet.delay == Delay(2, 2) and greet.line == 20
    assert [b.line for b in greet.branches] == [23, 25, 27]
    assert greet.branches[2].is_else and greet.branches[1].is_timeout
    assert scenario.title.get("uz") == "Minimal"  # English when the language is missing


def test_text_fields_are_taken_as_written(tmp_path: Path) -> None:
    text = edit(MINIMAL, 14, "  order_id: 48213")
    scenario = loader.load_text(text, tmp_path / "minimal.yaml")
    assert scenario.facts.order_id == "48213"


def test_yaml_syntax_error_names_its_line(tmp_path: Path) -> None:
    found = problems(tmp_path, edit(MINIMAL, 11, "  mood: calm: very"))
    assert len(found) == 1
    line, message = found[0]
    assert line == 11 and message.startswith("YAML syntax error: mapping values are not allowed here")


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    assert problems(tmp_path, "- one\n- two\n") == [
        (1, "the file must be a mapping (key: value lines), not a list")
    ]
    assert problems(tmp_path, "\n# only a comment\n")[0][0] == 1


def test_missing_required_key_points_at_its_parent(tmp_path: Path) -> None:
    assert problems(tmp_path, edit(MINIMAL, 11, None)) == [(4, "persona is missing the required key 'mood'")]
    assert (1, "the scenario is missing the required key 'goal'") in problems(
        tmp_path, edit(MINIMAL, 17, None)
    )


def test_unknown_key_suggests_the_closest(tmp_path: Path) -> None:
    found = problems(tmp_path, edit(MINIMAL, 12, "  pateince: 300"))
    assert (12, "unknown key 'pateince' in persona (did you mean 'patience'?)") in found
    assert (4, "persona is missing the required key 'patience'") in found
    found = problems(tmp_path, edit(MINIMAL, 23, "      - if: {anny: [Click]}"))
    assert (23, "unknown key 'anny' in branch 1 of turn 'greet' (did you mean 'any'?)") in found


def test_wrong_types(tmp_path: Path) -> None:
    assert problems(tmp_path, edit(MINIMAL, 12, "  patience: soon")) == [
        (12, "persona.patience must be a whole number of seconds, not a text")
    ]
    assert problems(tmp_path, edit(MINIMAL, 15, "  amount: lots")) == [
        (15, "facts.amount must be a number, not a text")
    ]
    found = problems(tmp_path, edit(MINIMAL, 2, "title: Minimal"))
    assert found == [(2, "title must be a mapping (key: value lines), not a text")]
    text = edit(MINIMAL, 22, "    branches: {if: x}")
    for _ in range(5):
        text = edit(text, 23, None)
    assert (22, "branches of turn 'greet' must be a list (- if: ...), not a mapping") in problems(
        tmp_path, text
    )
    assert problems(tmp_path, edit(MINIMAL, 21, "    say: [a, b]")) == [
        (21, "say of turn 'greet' must be a text, not a list")
    ]


def test_id_must_match_the_file_name_and_be_unique(tmp_path: Path) -> None:
    assert problems(tmp_path, MINIMAL, "other.yaml") == [
        (1, "id 'minimal' must be the file's name without its extension: 'other'")
    ]
    assert problems(tmp_path, edit(MINIMAL, 1, "id: Mini_mal"), "Mini_mal.yaml") == [
        (1, "id 'Mini_mal' may hold only a-z, 0-9 and '-'")
    ]
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        folder.mkdir()
        (folder / "minimal.yaml").write_text(MINIMAL, encoding="utf-8")
    found = loader.check([first, second])
    assert [(p.path, p.line, p.message) for p in found] == [
        (str(second / "minimal.yaml"), 1, f"id 'minimal' is already used by {first / 'minimal.yaml'}")
    ]


@pytest.mark.parametrize(
    ("line", "new", "expected"),
    [
        (
            8,
            "  country: XX",
            "unknown country 'XX' in persona.country: there is no resources/countries/XX.json",
        ),
        (
            8,
            "  country: uz",
            "unknown country 'uz' in persona.country: there is no resources/countries/uz.json (did you mean 'UZ'?)",
        ),
        (9, "  language: qq", "unknown language code 'qq' in persona.language (a locale such as uz, pt_BR)"),
        (
            10,
            "  channel: fax",
            "unknown channel 'fax' in persona.channel (one of: email, phone, sms, whatsapp, telegram, chat, social)",
        ),
        (11, "  mood: angri", "unknown mood 'angri' in persona.mood (did you mean 'angry'?)"),
        (
            16,
            "  currency: usd",
            "unknown currency 'usd' in facts.currency: ISO 4217 codes, e.g. UZS (did you mean 'USD'?)",
        ),
        (
            23,
            "      - if: {reply: payment_faild}",
            "unknown canned reply 'payment_faild' in reply: of branch 1 of turn 'greet' (did you mean 'payment_failed'?)",
        ),
        (
            23,
            "      - if: {warning: informal}",
            "unknown draft warning 'informal' in warning: of branch 1 of turn 'greet' (did you mean 'informal_you'?)",
        ),
        (
            23,
            "      - if: {no_warning: [jargon, loud]}",
            "unknown draft warning 'loud' in no_warning: of branch 1 of turn 'greet'",
        ),
        (2, 'title: {en: "Minimal", xx-YY: "?"}', "unknown language code 'xx-YY' in title"),
    ],
)
def test_unknown_codes(tmp_path: Path, line: int, new: str, expected: str) -> None:
    assert problems(tmp_path, edit(MINIMAL, line, new)) == [(line, expected)]


def test_expect_codes_are_checked(tmp_path: Path) -> None:
    text = edit(
        MINIMAL,
        18,
        "expect:\n"
        "  disposition: resolved\n"
        "  payment_methods: [Click, PayPal]\n"
        "  good_endings: [don]\n"
        "  currency: XYZ\n"
        "start: greet",
    )
    found = problems(tmp_path, text)
    assert found[0] == (
        19,
        "'resolved' in expect.disposition is a group of wrap-up codes: name one of its codes "
        "(answered, fixed, refund_issued, payment_retried, replacement_sent, tracking_given)",
    )
    assert found[1] == (
        20,
        "payment method 'PayPal' in expect.payment_methods is not one of UZ's "
        "(resources/countries/UZ.json: Click, Payme, Uzcard, HUMO, Uzum Nasiya, Visa / Mastercard)",
    )
    assert found[2] == (21, "unknown ending 'don' in expect.good_endings (did you mean 'done'?)")
    assert found[3] == (22, "unknown currency 'XYZ' in expect.currency: ISO 4217 codes, e.g. UZS")
    assert len(found) == 4


def test_an_unknown_wrap_up_code(tmp_path: Path) -> None:
    found = problems(tmp_path, edit(MINIMAL, 18, "expect:\n  disposition: refunded\nstart: greet"))
    assert found == [
        (19, "unknown wrap-up code 'refunded' in expect.disposition (did you mean 'refund_issued'?)")
    ]


def test_expect_defaults_can_be_switched_off_and_spellings_added(tmp_path: Path) -> None:
    text = edit(
        MINIMAL,
        18,
        "expect:\n  currency: null\n  formal_address: false\n  payment_methods: [[Click, Клик], Payme]\nstart: greet",
    )
    scenario = loader.load_text(text, tmp_path / "minimal.yaml")
    assert scenario.expect.currency is None and scenario.expect.formal_address is False
    assert scenario.expect.payment_methods == (("Click", "Клик"), ("Payme",))


def test_goto_and_start_must_name_something(tmp_path: Path) -> None:
    found = problems(tmp_path, edit(MINIMAL, 24, "        goto: dnoe"))
    assert (24, "goto 'dnoe' names no turn or ending (did you mean 'done'?)") in found
    assert (29, "ending 'done' can never be reached from 'start'") in found
    assert problems(tmp_path, edit(MINIMAL, 18, "start: hello")) == [(18, "start names no turn 'hello'")]
    assert problems(tmp_path, edit(MINIMAL, 18, "start: done")) == [
        (18, "start must name a turn, and 'done' is an ending")
    ]


def test_unreachable_turns_and_endings(tmp_path: Path) -> None:
    text = edit(MINIMAL, 28, "  orphan:\n    say: x\n    branches:\n      - else: done\nendings:")
    text = text + "  never: {kind: escalated}\n"
    assert problems(tmp_path, text) == [
        (28, "turn 'orphan' can never be reached from 'start'"),
        (35, "ending 'never' can never be reached from 'start'"),
    ]


def test_a_loop_without_exit_is_a_turn_with_no_way_out(tmp_path: Path) -> None:
    text = edit(
        MINIMAL,
        27,
        "      - else: spin\n"
        "  spin:\n"
        "    say: round\n"
        "    branches:\n"
        "      - if: {any: [again]}\n"
        "        goto: spin_more\n"
        "  spin_more:\n"
        "    say: and round\n"
        "    branches:\n"
        "      - else: spin",
    )
    assert problems(tmp_path, text) == [
        (
            28,
            "turn 'spin' has no way out: none of its branches leads, directly or through other turns, to an ending",
        ),
        (
            33,
            "turn 'spin_more' has no way out: none of its branches leads, directly or through other turns, to an ending",
        ),
    ]


def test_a_turn_needs_branches(tmp_path: Path) -> None:
    text = edit(MINIMAL, 22, "    branches: []")
    for _ in range(5):
        text = edit(text, 23, None)
    found = problems(tmp_path, text)
    assert (22, "turn 'greet' has no branches: the conversation would stop there") in found
    assert all("no way out" not in message for _line, message in found)


def test_else_must_be_last_and_alone(tmp_path: Path) -> None:
    text = edit(MINIMAL, 23, "      - else: greet\n      - if: {any: [Click]}")
    text = edit(text, 28, None)
    assert problems(tmp_path, text) == [
        (23, "else must be the last branch of turn 'greet': the branches after it could never match")
    ]
    text = edit(MINIMAL, 27, "      - else: greet\n      - else: done")
    assert problems(tmp_path, text) == [(28, "turn 'greet' has more than one else (the first is on line 27)")]
    text = edit(MINIMAL, 27, "      - else: greet\n        goto: done")
    assert problems(tmp_path, text)[0][0] == 28


def test_two_timeouts_and_timeout_with_other_conditions(tmp_path: Path) -> None:
    text = edit(MINIMAL, 25, "      - if: {timeout: true}\n        goto: left\n      - if: {timeout: true}")
    assert problems(tmp_path, text) == [
        (27, "turn 'greet' has a second timeout branch (the first is on line 25): it would never fire")
    ]
    found = problems(tmp_path, edit(MINIMAL, 25, "      - if: {timeout: true, count: 2}"))
    assert found == [
        (25, "timeout: true stands alone in branch 2 of turn 'greet': it fires when nobody replies")
    ]
    found = problems(tmp_path, edit(MINIMAL, 25, "      - if: {timeout: false}"))
    assert found == [(25, "timeout: of branch 2 of turn 'greet' only takes true (leave it out otherwise)")]


def test_empty_say_and_bad_numbers(tmp_path: Path) -> None:
    assert problems(tmp_path, edit(MINIMAL, 21, '    say: ""')) == [(21, "say of turn 'greet' is empty")]
    assert problems(tmp_path, edit(MINIMAL, 21, "    say:")) == [(21, "say of turn 'greet' is empty")]
    assert problems(tmp_path, edit(MINIMAL, 12, "  patience: 0")) == [
        (12, "persona.patience must be positive (it is 0)")
    ]
    text = edit(MINIMAL, 21, '    say: "Salom"\n    delay: -1')
    assert problems(tmp_path, text) == [(22, "delay of turn 'greet' must be positive (it is -1)")]
    text = edit(MINIMAL, 21, '    say: "Salom"\n    delay: [5, 3]')
    assert problems(tmp_path, text) == [
        (22, "delay of turn 'greet' [5, 3]: the minimum is larger than the maximum")
    ]
    text = edit(MINIMAL, 21, '    say: "Salom"\n    delay: [1, 2, 3]')
    assert problems(tmp_path, text) == [
        (22, "delay of turn 'greet' as a list is [min, max]: two numbers of seconds")
    ]
    text = edit(MINIMAL, 23, "      - if: {count: 0}")
    assert problems(tmp_path, text) == [(23, "count: of branch 1 of turn 'greet' must be positive (it is 0)")]


def test_phrases(tmp_path: Path) -> None:
    found = problems(tmp_path, edit(MINIMAL, 23, '      - if: {any: ["to*lov"]}'))
    assert found == [
        (
            23,
            "'*' may only end a phrase (to'lov* matches to'lovni): 'to*lov' in any: of branch 1 of turn 'greet'",
        )
    ]
    found = problems(tmp_path, edit(MINIMAL, 23, '      - if: {all: ["*"]}'))
    assert found == [(23, "a phrase in all: of branch 1 of turn 'greet' is empty")]
    found = problems(tmp_path, edit(MINIMAL, 23, "      - if: {}"))
    assert found == [
        (23, "branch 1 of turn 'greet' is empty: it would match every reply (write else: instead)")
    ]


def test_duplicate_keys_and_names(tmp_path: Path) -> None:
    assert problems(tmp_path, edit(MINIMAL, 11, "  mood: calm\n  mood: angry")) == [
        (12, "'mood' is given twice in persona (first on line 11)")
    ]
    text = MINIMAL + "  greet: {kind: resolved}\n"
    assert (31, "'greet' is both a turn and an ending: a goto could not tell them apart") in problems(
        tmp_path, text
    )


def test_an_ending_kind_and_the_ending_check(tmp_path: Path) -> None:
    assert problems(tmp_path, edit(MINIMAL, 29, "  done: {kind: won}")) == [
        (
            29,
            "unknown ending kind 'won' in kind of ending 'done' (one of: resolved, escalated, customer_left)",
        )
    ]
    assert problems(tmp_path, edit(MINIMAL, 29, "  done: {kind: escalated}")) == [
        (
            28,
            "no ending is of kind resolved and expect.good_endings is not given: the ending check could never pass",
        )
    ]
    assert problems(tmp_path, edit(MINIMAL, 29, '  done: {kind: resolved, say: ""}')) == [
        (29, "say of ending 'done' is empty")
    ]


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = edit(MINIMAL, 8, "  country: XX")
    text = edit(text, 11, "  mood: happy")
    text = edit(text, 24, "        goto: nowhere")
    found = problems(tmp_path, text)
    assert [line for line, _m in found] == [8, 11, 24, 29]  # 29: 'done' became unreachable


def test_load_raises_with_every_problem_and_load_text_names_the_editor_path(tmp_path: Path) -> None:
    path = tmp_path / "minimal.yaml"
    path.write_text(edit(MINIMAL, 11, "  mood: happy"), encoding="utf-8")
    with pytest.raises(loader.ScenarioError) as caught:
        loader.load(path)
    assert [str(p) for p in caught.value.problems] == [
        f"{path}:11: unknown mood 'happy' in persona.mood (one of: calm, friendly, anxious, annoyed, angry)"
    ]
    with pytest.raises(loader.ScenarioError) as caught:
        loader.load_text(edit(MINIMAL, 12, "  patience: -5"), "drafts/minimal.yaml")
    assert str(caught.value) == "drafts/minimal.yaml:12: persona.patience must be positive (it is -5)"


def test_files_that_cannot_be_read(tmp_path: Path) -> None:
    path = tmp_path / "minimal.yaml"
    path.write_bytes(MINIMAL.encode("utf-8").replace(b"Assalomu", b"Assal\xffmu"))
    assert [(p.line, p.message) for p in loader.check([path])] == [
        (21, "is not UTF-8 text (save it as UTF-8)")
    ]
    missing = tmp_path / "nope.yaml"
    assert [(p.path, p.line, p.message) for p in loader.check([missing])] == [
        (str(missing), 1, "no such file or folder")
    ]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert [p.message for p in loader.check([empty])] == ["no scenario files (*.yaml) in this folder"]


def test_library_loads_a_folder_sorted_and_refuses_a_broken_one(tmp_path: Path) -> None:
    (tmp_path / "minimal.yaml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "another.yaml").write_text(MINIMAL.replace("id: minimal", "id: another"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a scenario", encoding="utf-8")
    assert [s.id for s in loader.library(tmp_path)] == ["another", "minimal"]
    (tmp_path / "broken.yml").write_text(
        MINIMAL.replace("id: minimal", "id: broken").replace("calm", "happy")
    )
    with pytest.raises(loader.ScenarioError) as caught:
        loader.library(tmp_path)
    assert [(Path(p.path).name, p.line) for p in caught.value.problems] == [("broken.yml", 11)]


def test_warning_codes_match_the_draft_checks() -> None:
    """The codes scenarios may name are exactly the codes core.culture.drafts emits."""
    from agent_console.core.culture import drafts

    tree = ast.parse(Path(drafts.__file__).read_text(encoding="utf-8"))
    emitted = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "DraftWarning"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }
    assert emitted == set(WARNING_CODES)


def test_the_documented_example_is_valid_and_every_condition_is_documented() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "SCENARIOS.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", doc, re.S)
    assert example is not None
    scenario = loader.load_text(example.group(1), "uz-click-short.yaml")
    assert set(scenario.turns) == {"greet", "offended", "link", "manager"}
    for key in loader.CONDITION_KEYS:
        assert f"`{key}:" in doc, key
    for code in WARNING_CODES:
        assert f"`{code}`" in doc, code
