"""Scenario files (YAML) to validated ``Scenario`` objects, every problem named by file and line.

Trainers write these by hand, so a mistake must be easy to find: the file is composed into
YAML nodes (which keep their line numbers) and walked by hand instead of being loaded into
plain dicts, every problem found is collected (a typo'd key gets the closest known key as a
suggestion), and nothing is half-loaded: ``load`` either returns a complete scenario or raises
``ScenarioError`` with all problems. Codes a scenario names (country, locale, currency,
channel, canned reply, draft warning, wrap-up code) are checked against the data the app
ships, so a scenario cannot refer to something the console does not know.

Scalars meant as text are taken as written (``country: NO`` is Norway, not YAML's false;
``order_id: 48213`` is the text "48213").
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from babel.numbers import list_currencies
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from agent_console import paths
from agent_console.core.culture import reference
from agent_console.core.models import Channel
from agent_console.core.outcomes import codes as outcome_codes
from agent_console.core.replies.library import LibraryError, normalize_locale
from agent_console.core.text import fold
from agent_console.core.training.schema import (
    DEFAULT_DELAY,
    DEFAULT_FIRST_RESPONSE_SECONDS,
    DEFAULT_RESPONSE_SECONDS,
    ENDING_KINDS,
    MOODS,
    WARNING_CODES,
    Branch,
    Condition,
    Delay,
    Ending,
    Expect,
    Facts,
    LocalText,
    Persona,
    Scenario,
    Turn,
)

SUFFIXES = (".yaml", ".yml")
ID_PATTERN = re.compile(r"[a-z0-9-]+\Z")

TOP_REQUIRED = ("id", "title", "summary", "persona", "facts", "goal", "start", "turns", "endings")
TOP_OPTIONAL = ("expect",)
PERSONA_REQUIRED = ("name", "country", "language", "channel", "mood", "patience")
PERSONA_OPTIONAL = ("given_name", "family_name")
FACTS_REQUIRED = ("order_id", "amount", "currency")
FACTS_OPTIONAL = ("payment_method", "history")
EXPECT_OPTIONAL = (
    "language",
    "formal_address",
    "currency",
    "payment_methods",
    "disposition",
    "first_response_seconds",
    "response_seconds",
    "good_endings",
)
TURN_REQUIRED = ("say", "branches")
TURN_OPTIONAL = ("delay",)
ENDING_REQUIRED = ("kind",)
ENDING_OPTIONAL = ("say", "delay")
CONDITION_KEYS = (
    "any",
    "all",
    "none",
    "reply",
    "warning",
    "no_warning",
    "language",
    "after",
    "timeout",
    "count",
)

_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a scenario file; ``str()`` gives the ``path:line: problem`` form."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class ScenarioError(ValueError):
    """A scenario (or a set of them) cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems) or "invalid scenario")


@dataclass(frozen=True)
class _Catalog:
    """The shipped data a scenario's codes are checked against."""

    countries: Mapping[str, reference.Country]
    reply_keys: frozenset[str]
    dispositions: frozenset[str]
    disposition_groups: Mapping[str, tuple[str, ...]]  # a group's code -> its leaves, every queue
    currencies: frozenset[str]


@cache
def _catalog(resources: Path) -> _Catalog:
    library = json.loads((resources / "replies" / "_library.json").read_text(encoding="utf-8"))
    codes_path = resources / "outcomes" / "codes.json"
    rows, _required = outcome_codes.parse(json.loads(codes_path.read_text(encoding="utf-8")), codes_path.name)
    # Leaves only: a wrap-up picks a leaf, a group ("resolved") just holds them.
    leaves = [r for r in rows if r["kind"] == "disposition" and r["resolves"] is not None]
    groups: dict[str, list[str]] = {}
    for row in leaves:
        if row["parent_code"]:
            groups.setdefault(row["parent_code"], []).append(row["code"])
    return _Catalog(
        countries=reference.countries(),
        reply_keys=frozenset(item["key"] for item in library["replies"]),
        dispositions=frozenset(r["code"] for r in leaves),
        disposition_groups={group: tuple(dict.fromkeys(codes)) for group, codes in groups.items()},
        currencies=frozenset(list_currencies()),
    )


def default_folder() -> Path:
    """The scenarios the app ships."""
    return paths.resources_dir() / "scenarios"


def _suggest(word: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    if not close:
        close = [k for k in known if k.casefold() == word.casefold()]
    return f" (did you mean '{close[0]}'?)" if close else ""


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if node.tag == _NULL:
        return "empty"
    if node.tag == _BOOL:
        return "true/false"
    if node.tag in (_INT, _FLOAT):
        return "a number"
    return "a text"


_Entries = dict[str, tuple[ScalarNode, Node]]


class _Reader:
    """Walks the node tree of one file, collecting problems; the parsers return None for broken parts."""

    def __init__(self, label: str, stem: str, catalog: _Catalog) -> None:
        self.label, self.stem, self.catalog = label, stem, catalog
        self.problems: list[Problem] = []
        self._constructor = yaml.constructor.SafeConstructor()

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.label, line, message))

    # --- shapes -------------------------------------------------------------------------------

    def mapping(self, node: Node, what: str, line: int) -> _Entries | None:
        if not isinstance(node, MappingNode):
            self.problem(line, f"{what} must be a mapping (key: value lines), not {_kind(node)}")
            return None
        entries: _Entries = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag == _NULL:
                self.problem(_line(key_node), f"a key in {what} must be a plain name")
                continue
            key = key_node.value
            if key in entries:
                first = _line(entries[key][0])
                self.problem(_line(key_node), f"'{key}' is given twice in {what} (first on line {first})")
                continue
            entries[key] = (key_node, value_node)
        return entries

    def keys(
        self, entries: _Entries, what: str, line: int, required: tuple[str, ...], optional: tuple[str, ...]
    ) -> None:
        known = (*required, *optional)
        for key in required:
            if key not in entries:
                self.problem(line, f"{what} is missing the required key '{key}'")
        for key, (key_node, _value) in entries.items():
            if key not in known:
                self.problem(_line(key_node), f"unknown key '{key}' in {what}{_suggest(key, known)}")

    def text(self, node: Node, what: str) -> str | None:
        if not isinstance(node, ScalarNode):
            self.problem(_line(node), f"{what} must be a text, not {_kind(node)}")
            return None
        if node.tag == _NULL or not node.value.strip():
            self.problem(_line(node), f"{what} is empty")
            return None
        return node.value.strip()

    def integer(self, node: Node, what: str, unit: str = "seconds") -> int | None:
        """A positive whole number (every number in the format counts something)."""
        if not isinstance(node, ScalarNode) or node.tag != _INT:
            self.problem(_line(node), f"{what} must be a whole number of {unit}, not {_kind(node)}")
            return None
        value = self._constructor.construct_object(node)
        if value <= 0:
            self.problem(_line(node), f"{what} must be positive (it is {value})")
            return None
        return value

    def number(self, node: Node, what: str) -> int | float | None:
        if not isinstance(node, ScalarNode) or node.tag not in (_INT, _FLOAT):
            self.problem(_line(node), f"{what} must be a number, not {_kind(node)}")
            return None
        value = self._constructor.construct_object(node)
        if value != value or value < 0 or value in (float("inf"), float("-inf")):
            self.problem(_line(node), f"{what} must be zero or more (it is {node.value})")
            return None
        return value

    def boolean(self, node: Node, what: str) -> bool | None:
        if not isinstance(node, ScalarNode) or node.tag != _BOOL:
            self.problem(_line(node), f"{what} must be true or false, not {_kind(node)}")
            return None
        return bool(self._constructor.construct_object(node))

    def texts(self, node: Node, what: str) -> list[tuple[str, int]] | None:
        """A text or a list of texts, each with its line (one text counts as a list of one)."""
        items = node.value if isinstance(node, SequenceNode) else [node]
        if isinstance(node, SequenceNode) and not items:
            self.problem(_line(node), f"{what} is an empty list")
            return None
        result: list[tuple[str, int]] = []
        ok = True
        for item in items:
            value = self.text(item, f"an item of {what}" if isinstance(node, SequenceNode) else what)
            if value is None:
                ok = False
            else:
                result.append((value, _line(item)))
        return result if ok else None

    # --- codes ---------------------------------------------------------------------------------

    def locale(self, node: Node, what: str) -> str | None:
        code = self.text(node, what)
        if code is None:
            return None
        try:
            return normalize_locale(code)
        except LibraryError:
            self.problem(
                _line(node), f"unknown language code '{code}' in {what} (a locale such as uz, pt_BR)"
            )
            return None

    def currency(self, node: Node, what: str) -> str | None:
        code = self.text(node, what)
        if code is None:
            return None
        if code not in self.catalog.currencies:
            hint = f" (did you mean '{code.upper()}'?)" if code.upper() in self.catalog.currencies else ""
            self.problem(_line(node), f"unknown currency '{code}' in {what}: ISO 4217 codes, e.g. UZS{hint}")
            return None
        return code

    def choice(self, node: Node, what: str, known: Iterable[str], noun: str) -> str | None:
        value = self.text(node, what)
        if value is None:
            return None
        known = tuple(known)
        if value not in known:
            suggestion = _suggest(value, known)
            listing = "" if suggestion or len(known) > 12 else f" (one of: {', '.join(known)})"
            self.problem(_line(node), f"unknown {noun} '{value}' in {what}{suggestion}{listing}")
            return None
        return value

    # --- parts of a scenario ---------------------------------------------------------------------

    def local_text(self, node: Node, what: str, line: int) -> LocalText | None:
        entries = self.mapping(node, what, line)
        if entries is None:
            return None
        texts: dict[str, str] = {}
        ok = True
        for code, (key_node, value_node) in entries.items():
            try:
                language = normalize_locale(code)
            except LibraryError:
                self.problem(_line(key_node), f"unknown language code '{code}' in {what}")
                ok = False
                continue
            value = self.text(value_node, f"{what}.{code}")
            if value is None:
                ok = False
            else:
                texts[language] = value
        if "en" not in entries:
            self.problem(line, f"{what} needs an English text (en:); the UI falls back to it")
            return None
        return LocalText(texts) if ok else None

    def delay(self, node: Node, what: str) -> Delay | None:
        if isinstance(node, SequenceNode):
            if len(node.value) != 2:
                self.problem(_line(node), f"{what} as a list is [min, max]: two numbers of seconds")
                return None
            low = self.integer(node.value[0], f"the minimum of {what}")
            high = self.integer(node.value[1], f"the maximum of {what}")
            if low is None or high is None:
                return None
            if low > high:
                self.problem(_line(node), f"{what} [{low}, {high}]: the minimum is larger than the maximum")
                return None
            return Delay(low, high)
        seconds = self.integer(node, what)
        return Delay(seconds, seconds) if seconds is not None else None

    def persona(self, node: Node, line: int) -> Persona | None:
        entries = self.mapping(node, "persona", line)
        if entries is None:
            return None
        self.keys(entries, "persona", line, PERSONA_REQUIRED, PERSONA_OPTIONAL)
        got: dict[str, Any] = {}
        for key, (_k, value) in entries.items():
            what = f"persona.{key}"
            if key in ("name", "given_name", "family_name"):
                got[key] = self.text(value, what)
            elif key == "country":
                code = self.text(value, what)
                if code is not None and code not in self.catalog.countries:
                    self.problem(
                        _line(value),
                        f"unknown country '{code}' in {what}: there is no resources/countries/{code}.json"
                        + _suggest(code, self.catalog.countries),
                    )
                    code = None
                got[key] = code
            elif key == "language":
                got[key] = self.locale(value, what)
            elif key == "channel":
                found = self.choice(value, what, [c.value for c in Channel], "channel")
                got[key] = Channel(found) if found else None
            elif key == "mood":
                got[key] = self.choice(value, what, MOODS, "mood")
            elif key == "patience":
                got[key] = self.integer(value, what)
        if any(got.get(k) is None for k in PERSONA_REQUIRED) or any(
            k in entries and got.get(k) is None for k in PERSONA_OPTIONAL
        ):
            return None
        return Persona(
            name=got["name"],
            given_name=got.get("given_name"),
            family_name=got.get("family_name"),
            country=got["country"],
            language=got["language"],
            channel=got["channel"],
            mood=got["mood"],
            patience=got["patience"],
        )

    def facts(self, node: Node, line: int) -> Facts | None:
        entries = self.mapping(node, "facts", line)
        if entries is None:
            return None
        self.keys(entries, "facts", line, FACTS_REQUIRED, FACTS_OPTIONAL)
        got: dict[str, Any] = {}
        for key, (key_node, value) in entries.items():
            what = f"facts.{key}"
            if key in ("order_id", "payment_method"):
                got[key] = self.text(value, what)
            elif key == "amount":
                got[key] = self.number(value, what)
            elif key == "currency":
                got[key] = self.currency(value, what)
            elif key == "history":
                if not isinstance(value, SequenceNode):
                    self.problem(_line(key_node), f"{what} must be a list of texts, not {_kind(value)}")
                    got[key] = None
                else:
                    items = [self.text(item, f"an item of {what}") for item in value.value]
                    got[key] = None if None in items else tuple(items)
        if any(got.get(k) is None for k in (*FACTS_REQUIRED, *(k for k in FACTS_OPTIONAL if k in entries))):
            return None
        return Facts(
            order_id=got["order_id"],
            amount=got["amount"],
            currency=got["currency"],
            payment_method=got.get("payment_method"),
            history=got.get("history", ()),
        )

    def phrases(self, node: Node, what: str) -> tuple[str, ...] | None:
        items = self.texts(node, what)
        if items is None:
            return None
        ok = True
        for phrase, line in items:
            if not phrase.rstrip("*").strip():
                self.problem(line, f"a phrase in {what} is empty")
                ok = False
            elif "*" in phrase.rstrip("*") or phrase.endswith("**"):
                self.problem(
                    line, f"'*' may only end a phrase (to'lov* matches to'lovni): '{phrase}' in {what}"
                )
                ok = False
        return tuple(p for p, _ in items) if ok else None

    def codes(self, node: Node, what: str, known: Iterable[str], noun: str) -> tuple[str, ...] | None:
        items = self.texts(node, what)
        if items is None:
            return None
        known = tuple(known)
        ok = True
        for code, line in items:
            if code not in known:
                self.problem(line, f"unknown {noun} '{code}' in {what}{_suggest(code, known)}")
                ok = False
        return tuple(c for c, _ in items) if ok else None

    def condition(self, node: Node, what: str, line: int) -> Condition | None:
        entries = self.mapping(node, what, line)
        if entries is None:
            return None
        if not entries:
            self.problem(line, f"{what} is empty: it would match every reply (write else: instead)")
            return None
        self.keys(entries, what, line, (), CONDITION_KEYS)
        got: dict[str, Any] = {}
        ok = True
        for key, (key_node, value) in entries.items():
            where = f"{key}: of {what}"
            if key in ("any", "all", "none"):
                got[key] = self.phrases(value, where)
            elif key == "reply":
                got[key] = self.codes(value, where, sorted(self.catalog.reply_keys), "canned reply")
            elif key in ("warning", "no_warning"):
                got[key] = self.codes(value, where, WARNING_CODES, "draft warning")
            elif key == "language":
                got[key] = self.locale(value, where)
            elif key in ("after", "count"):
                got[key] = self.integer(value, where, "seconds" if key == "after" else "replies")
            elif key == "timeout":
                flag = self.boolean(value, where)
                if flag is False:
                    self.problem(_line(value), f"{where} only takes true (leave it out otherwise)")
                    flag = None
                elif flag and len(entries) > 1:
                    self.problem(
                        _line(key_node), f"timeout: true stands alone in {what}: it fires when nobody replies"
                    )
                    flag = None
                got[key] = flag
            else:
                continue
            ok = ok and got[key] is not None
        if not ok or any(k not in CONDITION_KEYS for k in entries):
            return None
        return Condition(
            any_phrases=got.get("any", ()),
            all_phrases=got.get("all", ()),
            no_phrases=got.get("none", ()),
            reply_keys=got.get("reply", ()),
            warnings=got.get("warning", ()),
            no_warnings=got.get("no_warning", ()),
            language=got.get("language"),
            after=got.get("after"),
            timeout=bool(got.get("timeout", False)),
            count=got.get("count"),
        )

    def branch(self, node: Node, what: str) -> tuple[Branch | None, tuple[str, int] | None]:
        """The branch, and its goto with the goto's line (kept even when the condition is broken)."""
        line = _line(node)
        entries = self.mapping(node, what, line)
        if entries is None:
            return None, None
        if "else" in entries:
            others = [k for k in entries if k != "else"]
            if others:
                self.problem(
                    _line(entries[others[0]][0]),
                    f"else: stands alone in {what} and names its target itself (else: turn_id), "
                    f"so '{others[0]}' does not belong here",
                )
            target = self.text(entries["else"][1], f"else in {what}")
            if target is None:
                return None, None
            goto = (target, _line(entries["else"][1]))
            return (Branch(target, None, line) if not others else None), goto
        self.keys(entries, what, line, (), ("if", "goto", "else"))
        if "if" not in entries:
            self.problem(line, f"{what} needs if: (with goto:), or else:")
            return None, None
        if "goto" not in entries:
            self.problem(line, f"{what} is missing the required key 'goto'")
        condition = self.condition(entries["if"][1], what, _line(entries["if"][0]))
        target = self.text(entries["goto"][1], f"goto in {what}") if "goto" in entries else None
        goto = (target, _line(entries["goto"][1])) if target is not None else None
        if condition is None or target is None or set(entries) != {"if", "goto"}:
            return None, goto
        return Branch(target, condition, line), goto

    def turn(self, turn_id: str, node: Node, line: int) -> tuple[Turn | None, list[tuple[str, int]]]:
        what = f"turn '{turn_id}'"
        entries = self.mapping(node, what, line)
        if entries is None:
            return None, []
        self.keys(entries, what, line, TURN_REQUIRED, TURN_OPTIONAL)
        say = self.text(entries["say"][1], f"say of {what}") if "say" in entries else None
        delay: Delay | None = Delay(DEFAULT_DELAY, DEFAULT_DELAY)
        if "delay" in entries:
            delay = self.delay(entries["delay"][1], f"delay of {what}")
        branches: list[Branch] = []
        gotos: list[tuple[str, int]] = []
        ok = True
        if "branches" in entries:
            key_node, value = entries["branches"]
            if (isinstance(value, ScalarNode) and value.tag == _NULL) or (
                isinstance(value, SequenceNode) and not value.value
            ):
                self.problem(_line(key_node), f"{what} has no branches: the conversation would stop there")
                ok = False
            elif not isinstance(value, SequenceNode):
                self.problem(
                    _line(key_node), f"branches of {what} must be a list (- if: ...), not {_kind(value)}"
                )
                ok = False
            else:
                for index, item in enumerate(value.value, start=1):
                    branch, goto = self.branch(item, f"branch {index} of {what}")
                    if goto is not None:
                        gotos.append(goto)
                    if branch is None:
                        ok = False
                    else:
                        branches.append(branch)
                elses = [
                    _line(item)
                    for item in value.value
                    if isinstance(item, MappingNode) and any(k.value == "else" for k, _v in item.value)
                ]
                ok = self.branch_order(branches, elses, _line(value.value[-1]), what) and ok
        if say is None or delay is None or not ok or "branches" not in entries:
            return None, gotos
        return Turn(turn_id, say, delay, tuple(branches), line), gotos

    def branch_order(self, branches: list[Branch], elses: list[int], last: int, what: str) -> bool:
        """One else at most, and last; one timeout at most (branches after them could never play).

        *elses* are the lines of the else branches, found in the nodes so that a broken branch
        after an else still counts; *last* is the line of the last branch written.
        """
        ok = True
        for extra in elses[1:]:
            self.problem(extra, f"{what} has more than one else (the first is on line {elses[0]})")
            ok = False
        if elses and elses[0] != last and len(elses) == 1:
            self.problem(
                elses[0],
                f"else must be the last branch of {what}: the branches after it could never match",
            )
            ok = False
        timeouts = [b for b in branches if b.is_timeout]
        for extra in timeouts[1:]:
            self.problem(
                extra.line,
                f"{what} has a second timeout branch (the first is on line {timeouts[0].line}): "
                "it would never fire",
            )
            ok = False
        return ok

    def ending(self, ending_id: str, node: Node, line: int) -> Ending | None:
        what = f"ending '{ending_id}'"
        entries = self.mapping(node, what, line)
        if entries is None:
            return None
        self.keys(entries, what, line, ENDING_REQUIRED, ENDING_OPTIONAL)
        kind = (
            self.choice(entries["kind"][1], f"kind of {what}", ENDING_KINDS, "ending kind")
            if "kind" in entries
            else None
        )
        say = self.text(entries["say"][1], f"say of {what}") if "say" in entries else None
        delay: Delay | None = Delay(DEFAULT_DELAY, DEFAULT_DELAY)
        if "delay" in entries:
            delay = self.delay(entries["delay"][1], f"delay of {what}")
        if kind is None or delay is None or ("say" in entries and say is None):
            return None
        return Ending(ending_id, kind, say, delay, line)

    def expect(
        self,
        entries: _Entries,
        line: int,
        persona: Persona | None,
        facts: Facts | None,
        endings: Mapping[str, Ending],
        endings_line: int | None,
    ) -> Expect | None:
        self.keys(entries, "expect", line, (), EXPECT_OPTIONAL)
        got: dict[str, Any] = {}
        ok = True
        for key, (_key_node, value) in entries.items():
            what = f"expect.{key}"
            if key == "language":
                got[key] = self.locale(value, what)
            elif key == "formal_address":
                got[key] = self.boolean(value, what)
            elif key == "currency":
                if isinstance(value, ScalarNode) and value.tag == _NULL:
                    got[key] = None  # money is not part of this scenario
                    continue
                got[key] = self.currency(value, what)
            elif key == "payment_methods":
                got[key] = self.payment_methods(value, what, persona)
            elif key == "disposition":
                group = (
                    self.catalog.disposition_groups.get(value.value)
                    if isinstance(value, ScalarNode)
                    else None
                )
                if group:
                    self.problem(
                        _line(value),
                        f"'{value.value}' in {what} is a group of wrap-up codes: name one of its codes "
                        f"({', '.join(group)})",
                    )
                    got[key] = None
                else:
                    got[key] = self.choice(value, what, sorted(self.catalog.dispositions), "wrap-up code")
            elif key in ("first_response_seconds", "response_seconds"):
                got[key] = self.integer(value, what)
            elif key == "good_endings":
                got[key] = self.codes(value, what, endings, "ending")
            else:
                continue
            ok = ok and got[key] is not None
        good = got.get("good_endings")
        if "good_endings" not in entries:
            good = tuple(e.id for e in endings.values() if e.kind == "resolved")
            if endings_line is not None and endings and not good:
                self.problem(
                    endings_line,
                    "no ending is of kind resolved and expect.good_endings is not given: "
                    "the ending check could never pass",
                )
                ok = False
        country = self.catalog.countries.get(persona.country) if persona else None
        if not ok or persona is None or facts is None or country is None:
            return None
        return Expect(
            language=got.get("language") or persona.language,
            formal_address=got.get("formal_address", country.t_v),
            currency=got["currency"] if "currency" in entries else facts.currency,
            payment_methods=got.get("payment_methods", ()),
            disposition=got.get("disposition"),
            first_response_seconds=got.get("first_response_seconds", DEFAULT_FIRST_RESPONSE_SECONDS),
            response_seconds=got.get("response_seconds", DEFAULT_RESPONSE_SECONDS),
            good_endings=tuple(good or ()),
        )

    def payment_methods(
        self, node: Node, what: str, persona: Persona | None
    ) -> tuple[tuple[str, ...], ...] | None:
        """Methods the trainee should name, each one the customer's country really uses.

        An item is the method's name as in the country file (``Click``), or a list of that name
        and the other ways it is written (``[SBP, СБП]``): any of them counts in a reply.
        """
        items = node.value if isinstance(node, SequenceNode) else [node]
        if not items:
            self.problem(_line(node), f"{what} is an empty list")
            return None
        country = self.catalog.countries.get(persona.country) if persona else None
        methods: list[tuple[str, ...]] = []
        ok = True
        for item in items:
            spellings = self.texts(item, f"an item of {what}")
            if spellings is None:
                ok = False
                continue
            name, line = spellings[0]
            if country is not None and not any(fold(name) in fold(m.name) for m in country.payment_methods):
                known = ", ".join(m.name for m in country.payment_methods)
                self.problem(
                    line,
                    f"payment method '{name}' in {what} is not one of {country.code}'s "
                    f"(resources/countries/{country.code}.json: {known})",
                )
                ok = False
            methods.append(tuple(text for text, _line_no in spellings))
        return tuple(methods) if ok else None

    # --- the whole file ----------------------------------------------------------------------------

    def scenario(self, root: Node) -> tuple[Scenario | None, tuple[str, int] | None]:
        """The scenario (None on any problem) and its id with the id's line, for duplicate checks."""
        top = self.mapping(root, "the file", 1)
        if top is None:
            return None, None
        self.keys(top, "the scenario", 1, TOP_REQUIRED, TOP_OPTIONAL)

        def line_of(key: str) -> int:
            return _line(top[key][0]) if key in top else 1

        scenario_id = None
        id_info = None
        if "id" in top:
            node = top["id"][1]
            scenario_id = self.text(node, "id")
            if scenario_id is not None:
                id_info = (scenario_id, _line(node))
                if not ID_PATTERN.match(scenario_id):
                    self.problem(_line(node), f"id '{scenario_id}' may hold only a-z, 0-9 and '-'")
                elif scenario_id != self.stem:
                    self.problem(
                        _line(node),
                        f"id '{scenario_id}' must be the file's name without its extension: '{self.stem}'",
                    )
        texts = {
            key: self.local_text(top[key][1], key, line_of(key))
            for key in ("title", "summary", "goal")
            if key in top
        }
        persona = self.persona(top["persona"][1], line_of("persona")) if "persona" in top else None
        facts = self.facts(top["facts"][1], line_of("facts")) if "facts" in top else None
        start = self.text(top["start"][1], "start") if "start" in top else None

        turns: dict[str, Turn] = {}
        turn_lines: dict[str, int] = {}
        gotos: dict[str, list[tuple[str, int]]] = {}
        turns_ok = "turns" in top
        if "turns" in top:
            entries = self.mapping(top["turns"][1], "turns", line_of("turns"))
            if entries is None:
                turns_ok = False
            elif not entries:
                self.problem(line_of("turns"), "turns is empty: a scenario needs at least one turn")
                turns_ok = False
            for turn_id, (key_node, value) in (entries or {}).items():
                turn_lines[turn_id] = _line(key_node)
                turn, targets = self.turn(turn_id, value, _line(key_node))
                gotos[turn_id] = targets
                if turn is None:
                    turns_ok = False
                else:
                    turns[turn_id] = turn

        endings: dict[str, Ending] = {}
        ending_lines: dict[str, int] = {}
        endings_ok = "endings" in top
        if "endings" in top:
            entries = self.mapping(top["endings"][1], "endings", line_of("endings"))
            if entries is None:
                endings_ok = False
            elif not entries:
                self.problem(line_of("endings"), "endings is empty: a scenario needs at least one ending")
                endings_ok = False
            for ending_id, (key_node, value) in (entries or {}).items():
                ending_lines[ending_id] = _line(key_node)
                ending = self.ending(ending_id, value, _line(key_node))
                if ending is None:
                    endings_ok = False
                else:
                    endings[ending_id] = ending

        # The "no resolved ending" check only makes sense once every ending has been read.
        endings_line = line_of("endings") if endings_ok else None
        expect = None
        if "expect" in top:
            entries = self.mapping(top["expect"][1], "expect", line_of("expect"))
            if entries is not None:
                expect = self.expect(entries, line_of("expect"), persona, facts, endings, endings_line)
        else:
            expect = self.expect({}, 1, persona, facts, endings, endings_line)

        self.graph(start, line_of("start"), turn_lines, ending_lines, gotos)

        if (
            self.problems
            or not (turns_ok and endings_ok)
            or None in (scenario_id, persona, facts, expect, start)
        ):
            return None, id_info
        if set(texts) != {"title", "summary", "goal"} or None in texts.values():
            return None, id_info
        assert scenario_id and persona and facts and expect and start
        return (
            Scenario(
                id=scenario_id,
                title=texts["title"],
                summary=texts["summary"],
                persona=persona,
                facts=facts,
                goal=texts["goal"],
                expect=expect,
                start=start,
                turns=turns,
                endings=endings,
            ),
            id_info,
        )

    def graph(
        self,
        start: str | None,
        start_line: int,
        turns: Mapping[str, int],
        endings: Mapping[str, int],
        gotos: Mapping[str, list[tuple[str, int]]],
    ) -> None:
        """Targets exist, every turn and ending can be reached, and every turn can reach an ending."""
        names = (*turns, *endings)
        for name in set(turns) & set(endings):
            self.problem(
                endings[name], f"'{name}' is both a turn and an ending: a goto could not tell them apart"
            )
        for targets in gotos.values():
            for target, line in targets:
                if target not in turns and target not in endings:
                    self.problem(line, f"goto '{target}' names no turn or ending{_suggest(target, names)}")
        if start is None:
            return
        if start not in turns:
            if start in endings:
                self.problem(start_line, f"start must name a turn, and '{start}' is an ending")
            else:
                self.problem(start_line, f"start names no turn '{start}'{_suggest(start, turns)}")
            return
        reached = {start}
        queue = [start]
        while queue:
            for target, _line_no in gotos.get(queue.pop(), []):
                if target not in reached:
                    reached.add(target)
                    if target in turns:
                        queue.append(target)
        for turn_id, line in turns.items():
            if turn_id not in reached:
                self.problem(line, f"turn '{turn_id}' can never be reached from 'start'")
        for ending_id, line in endings.items():
            if ending_id not in reached:
                self.problem(line, f"ending '{ending_id}' can never be reached from 'start'")
        can_end = set(endings)
        changed = True
        while changed:
            changed = False
            for turn_id, targets in gotos.items():
                if turn_id not in can_end and any(t in can_end for t, _ in targets):
                    can_end.add(turn_id)
                    changed = True
        for turn_id, line in turns.items():
            if turn_id in reached and turn_id not in can_end and gotos.get(turn_id):
                self.problem(
                    line,
                    f"turn '{turn_id}' has no way out: none of its branches leads, directly or "
                    "through other turns, to an ending",
                )


# --- entry points ------------------------------------------------------------------------------


def _parse_text(
    text: str, label: str, stem: str
) -> tuple[Scenario | None, list[Problem], tuple[str, int] | None]:
    reader = _Reader(label, stem, _catalog(paths.resources_dir()))
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        detail = exc.problem or "cannot be read"
        if exc.context:
            detail = f"{detail} ({exc.context})"
        reader.problem(mark.line + 1 if mark else 1, f"YAML syntax error: {detail}")
        return None, reader.problems, None
    except yaml.YAMLError as exc:  # e.g. a control character the reader refuses
        position = getattr(exc, "position", 0) or 0
        reader.problem(text.count("\n", 0, position) + 1, f"YAML syntax error: {exc}")
        return None, reader.problems, None
    if root is None:
        reader.problem(1, "the file is empty: a scenario is a mapping (id:, title:, persona:, ...)")
        return None, reader.problems, None
    scenario, id_info = reader.scenario(root)
    return scenario, sorted(reader.problems, key=lambda p: p.line), id_info


def _read(path: Path, label: str) -> tuple[str | None, list[Problem]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(label, 1, f"cannot be read: {exc.strerror or exc}")]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return None, [Problem(label, line, "is not UTF-8 text (save it as UTF-8)")]


def load_text(text: str, path: str | Path) -> Scenario:
    """A scenario from text being edited; *path* names it in problems and gives the expected id."""
    scenario, problems, _id = _parse_text(text, str(path), Path(path).stem)
    if problems or scenario is None:
        raise ScenarioError(problems)
    return scenario


def load(path: str | Path) -> Scenario:
    path = Path(path)
    text, problems = _read(path, str(path))
    if text is None:
        raise ScenarioError(problems)
    scenario = load_text(text, path)
    return replace(scenario, path=path)


def _expand(item: str | Path) -> tuple[list[Path], list[Problem]]:
    path = Path(item)
    if path.is_dir():
        found = sorted(p for p in path.iterdir() if p.suffix in SUFFIXES and p.is_file())
        if not found:
            return [], [Problem(str(path), 1, "no scenario files (*.yaml) in this folder")]
        return found, []
    if path.exists():
        return [path], []
    return [], [Problem(str(path), 1, "no such file or folder")]


def scenario_files(paths_: Iterable[str | Path]) -> tuple[list[Path], list[Problem]]:
    """The files named, folders expanded to their *.yaml/*.yml files (sorted)."""
    files: list[Path] = []
    problems: list[Problem] = []
    for item in paths_:
        found, missing = _expand(item)
        files += found
        problems += missing
    return files, problems


def _load_all(paths_: Iterable[str | Path]) -> tuple[list[Scenario], list[Problem]]:
    """The valid scenarios and every problem, in the order the paths were given."""
    scenarios: list[Scenario] = []
    problems: list[Problem] = []
    ids: dict[str, str] = {}
    for item in paths_:
        files, missing = _expand(item)
        problems += missing
        for path in files:
            label = str(path)
            text, read_problems = _read(path, label)
            if text is None:
                problems += read_problems
                continue
            scenario, found, id_info = _parse_text(text, label, path.stem)
            if id_info is not None:
                scenario_id, line = id_info
                if scenario_id in ids and ids[scenario_id] != label:
                    found.append(
                        Problem(label, line, f"id '{scenario_id}' is already used by {ids[scenario_id]}")
                    )
                    scenario = None
                ids.setdefault(scenario_id, label)
            problems += found
            if scenario is not None and not found:
                scenarios.append(replace(scenario, path=path))
    return scenarios, problems


def check(paths_: Iterable[str | Path]) -> list[Problem]:
    """Every problem of the scenario files named (folders are searched), across the whole set."""
    return _load_all(paths_)[1]


def library(folder: str | Path | None = None) -> list[Scenario]:
    """Every scenario in *folder* (default: the shipped ones), sorted by id; any problem raises."""
    scenarios, problems = _load_all([folder or default_folder()])
    if problems:
        raise ScenarioError(problems)
    return sorted(scenarios, key=lambda s: s.id)
