"""The scripted customer: plays a scenario's turns from the trainee's replies, deterministically.

Nothing here reads a clock or draws unseeded randomness: the caller passes the time of every
event in seconds since the session began, and the delay picked for a ``[min, max]`` range comes
from a seeded generator. The same scenario, seed and events therefore give the same session —
which is what tests, the debrief ("your reply at 2:10 matched branch 2 of 'greet'") and a
replayed session need. The language of a reply is detected here only when the caller did not
give it, through an injectable function, so tests do not depend on the language model.

Phrase matching (``contains``) is forgiving the way trainees write: case, accents (Greek
tonos, Spanish and Portuguese accents, Turkish ş/ğ/ı, Arabic hamza and harakat) and apostrophe
variants (Uzbek o‘/oʻ/o') do not matter; a phrase matches at word edges only, except in
scripts written without spaces (Chinese, Japanese, Thai ...); a phrase ending in ``*`` matches
any word that starts with it (agglutinative endings: ``to'lov*`` matches ``to'lovni``).
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from agent_console.core.text import fold
from agent_console.core.training.schema import Condition, Delay, Scenario

CUSTOMER = "customer"
TRAINEE = "trainee"

_APOSTROPHES = str.maketrans(dict.fromkeys("ʻʼ‘’`´ʹ′", "'") | {"ı": "i"})
_UNSPACED_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR")


class EngineError(RuntimeError):
    """The engine was used out of order (a reply before ``start``)."""


def normalise(text: str) -> str:
    """The form phrases are compared in (see the module docstring)."""
    text = text.translate(_APOSTROPHES)
    return fold("".join(ch for ch in text if unicodedata.category(ch) != "Cf"))


@lru_cache(maxsize=4096)
def _needle(phrase: str) -> tuple[str, bool]:
    return normalise(phrase.rstrip("*")), phrase.endswith("*")


def _joins(ch: str) -> bool:
    """A letter of a script that separates words with spaces (so a phrase must not end inside it)."""
    if unicodedata.category(ch)[0] not in "LM":
        return False
    return not unicodedata.name(ch, "").startswith(_UNSPACED_SCRIPTS)


def contains(normalised_text: str, phrase: str) -> bool:
    """Whether *phrase* occurs in text already passed through ``normalise``."""
    needle, prefix = _needle(phrase)
    if not needle:
        return False
    start = normalised_text.find(needle)
    while start != -1:
        end = start + len(needle)
        left_ok = start == 0 or not (_joins(needle[0]) and _joins(normalised_text[start - 1]))
        right_ok = (
            prefix or end == len(normalised_text) or not (_joins(needle[-1]) and _joins(normalised_text[end]))
        )
        if left_ok and right_ok:
            return True
        start = normalised_text.find(needle, start + 1)
    return False


def contains_any(text: str, phrases: Iterable[str]) -> str | None:
    """The first of *phrases* found in the raw *text*, or None."""
    folded = normalise(text)
    return next((p for p in phrases if contains(folded, p)), None)


def _base(language: str) -> str:
    return language.replace("-", "_").split("_")[0].lower()


@dataclass(frozen=True)
class ReplyEvent:
    """A reply the trainee sent, with what the composer knew about it."""

    text: str
    at_seconds: float
    reply_keys: tuple[str, ...] = ()  # canned replies inserted into it
    warnings: tuple[str, ...] = ()  # draft-check warning codes present when it was sent
    language: str | None = None  # None: detected by the engine


@dataclass(frozen=True)
class CustomerTurn:
    """A message for the customer to write ``delay`` seconds after the event that caused it."""

    text: str
    delay: int
    at_seconds: float  # the event's time + delay: when the message appears
    node: str  # the turn (or ending) it belongs to
    ending: bool = False
    injected: bool = False


@dataclass(frozen=True)
class Step:
    """What one call did: which branch of which turn matched, what the customer writes next."""

    turn_id: str | None
    branch_index: int | None = None  # 0-based index into the turn's branches
    goto: str | None = None
    messages: tuple[CustomerTurn, ...] = ()
    ending_id: str | None = None
    ending_kind: str | None = None
    timeout: bool = False

    @property
    def matched(self) -> bool:
        return self.branch_index is not None

    @property
    def ended(self) -> bool:
        return self.ending_id is not None


@dataclass(frozen=True)
class Entry:
    """One message of the transcript, with what the debrief and scoring need about it."""

    who: str  # CUSTOMER or TRAINEE
    text: str
    at_seconds: float
    turn_id: str | None  # the turn it belongs to (an ending's id for the customer's last words)
    branch_index: int | None = None  # trainee: the branch it matched in turn_id, None if none did
    reply_keys: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    language: str | None = None
    ending: bool = False  # customer: the ending's message
    injected: bool = False  # customer: written by the trainer in live mode
    timeout: bool = False  # customer: written because the trainee kept the customer waiting


@dataclass(frozen=True)
class _Reply:
    text: str  # normalised
    reply_keys: frozenset[str]
    warnings: frozenset[str]
    language: str | None
    elapsed: float  # seconds since the customer's last message
    count: int  # replies in this turn, this one included


def _holds(condition: Condition, reply: _Reply) -> bool:
    if condition.timeout:
        return False  # only engine.tick fires these
    if condition.any_phrases and not any(contains(reply.text, p) for p in condition.any_phrases):
        return False
    if condition.all_phrases and not all(contains(reply.text, p) for p in condition.all_phrases):
        return False
    if any(contains(reply.text, p) for p in condition.no_phrases):
        return False
    if condition.reply_keys and reply.reply_keys.isdisjoint(condition.reply_keys):
        return False
    if condition.warnings and reply.warnings.isdisjoint(condition.warnings):
        return False
    if not reply.warnings.isdisjoint(condition.no_warnings):
        return False
    if condition.language and (reply.language is None or _base(reply.language) != _base(condition.language)):
        return False
    if condition.after is not None and reply.elapsed < condition.after:
        return False
    return condition.count is None or reply.count >= condition.count


def _detect(text: str) -> str | None:
    from agent_console.core.culture.inference import detect_language

    return detect_language(text)


class Engine:
    """One session of a scenario. Times are seconds since the session began, given by the caller.

    ``start`` writes the first customer message; ``reply`` judges each trainee reply against the
    current turn's branches in order (first match wins; no match: the customer keeps waiting);
    ``tick`` fires a turn's timeout branch once the customer has waited ``persona.patience``
    seconds since the last message of either side; ``inject`` adds a trainer's message in live
    mode, and ``finish`` lets the trainer end it there. After an ending every call is a no-op that
    returns the ended step.
    """

    def __init__(
        self,
        scenario: Scenario,
        *,
        detect_language: Callable[[str], str | None] | None = None,
        seed: int = 0,
    ) -> None:
        self.scenario = scenario
        self._detect = detect_language or _detect
        self._random = random.Random(seed)
        self._started = False
        self._turn: str | None = None
        self._ending_id: str | None = None
        self._replies_in_turn = 0
        self._last_customer_at = 0.0
        self._last_activity_at = 0.0  # patience counts from here
        self._transcript: list[Entry] = []

    # --- state -------------------------------------------------------------------------------

    @property
    def current_turn(self) -> str | None:
        """The turn whose branches the next reply is judged by (the last one once ended)."""
        return self._turn

    @property
    def ended(self) -> bool:
        return self._ending_id is not None

    @property
    def ending_id(self) -> str | None:
        return self._ending_id

    @property
    def transcript(self) -> list[Entry]:
        return list(self._transcript)

    @property
    def replies_in_turn(self) -> int:
        """Trainee replies since the customer last wrote this turn's message (what ``count`` tests)."""
        return self._replies_in_turn

    @property
    def last_customer_at(self) -> float:
        """When the customer's latest message appeared (what ``after`` measures from)."""
        return self._last_customer_at

    @property
    def patience_deadline(self) -> float:
        """The time from which ``tick`` fires the current turn's timeout branch (if it has one)."""
        return self._last_activity_at + self.scenario.persona.patience

    # --- events ------------------------------------------------------------------------------

    def start(self, at_seconds: float = 0.0) -> list[CustomerTurn]:
        """The customer's first message."""
        if self._started:
            raise EngineError("the session has already started")
        self._started = True
        return list(self._enter(self.scenario.start, at_seconds))

    def reply(self, event: ReplyEvent) -> Step:
        if not self._started:
            raise EngineError("start() the session before replying")
        if self._ending_id is not None:
            return self._ended_step()
        assert self._turn is not None
        turn = self.scenario.turns[self._turn]
        self._replies_in_turn += 1
        language = event.language if event.language is not None else self._detect(event.text)
        facts = _Reply(
            text=normalise(event.text),
            reply_keys=frozenset(event.reply_keys),
            warnings=frozenset(event.warnings),
            language=language,
            elapsed=event.at_seconds - self._last_customer_at,
            count=self._replies_in_turn,
        )
        index = next(
            (i for i, b in enumerate(turn.branches) if b.condition is None or _holds(b.condition, facts)),
            None,
        )
        self._transcript.append(
            Entry(
                TRAINEE,
                event.text,
                event.at_seconds,
                turn.id,
                index,
                tuple(event.reply_keys),
                tuple(event.warnings),
                language,
            )
        )
        self._last_activity_at = max(self._last_activity_at, event.at_seconds)
        if index is None:
            return Step(turn.id)
        return self._follow(turn.id, index, event.at_seconds, timeout=False)

    def tick(self, now_seconds: float) -> Step | None:
        """The timeout branch's step if the customer's patience ran out by *now_seconds*, else None."""
        if not self._started:
            return None
        if self._ending_id is not None:
            return self._ended_step()
        assert self._turn is not None
        turn = self.scenario.turns[self._turn]
        index = next((i for i, b in enumerate(turn.branches) if b.is_timeout), None)
        if index is None or now_seconds - self._last_activity_at < self.scenario.persona.patience:
            return None
        return self._follow(turn.id, index, now_seconds, timeout=True)

    def inject(self, text: str, at_seconds: float) -> Step:
        """A customer message the trainer wrote (live mode); the turn stays as it is."""
        if not self._started:
            raise EngineError("start() the session before injecting messages")
        if self._ending_id is not None:
            return self._ended_step()
        message = CustomerTurn(text, 0, at_seconds, self._turn or "", injected=True)
        self._transcript.append(Entry(CUSTOMER, text, at_seconds, self._turn, injected=True))
        self._last_customer_at = at_seconds
        self._last_activity_at = max(self._last_activity_at, at_seconds)
        return Step(self._turn, messages=(message,))

    def finish(self, ending_id: str, at_seconds: float) -> Step:
        """The trainer ends a live session with one of the scenario's endings (its words follow)."""
        if not self._started:
            raise EngineError("start() the session before ending it")
        if self._ending_id is not None:
            return self._ended_step()
        if ending_id not in self.scenario.endings:
            raise EngineError(f"the scenario has no ending '{ending_id}'")
        messages = self._enter(ending_id, at_seconds)
        ending = self.scenario.endings[ending_id]
        return Step(self._turn, messages=messages, ending_id=ending.id, ending_kind=ending.kind)

    # --- inside --------------------------------------------------------------------------------

    def _follow(self, turn_id: str, index: int, at: float, timeout: bool) -> Step:
        goto = self.scenario.turns[turn_id].branches[index].goto
        messages = self._enter(goto, at, timeout)
        ending = self.scenario.endings.get(goto)
        return Step(
            turn_id,
            index,
            goto,
            messages,
            ending.id if ending else None,
            ending.kind if ending else None,
            timeout,
        )

    def _enter(self, target: str, at: float, timeout: bool = False) -> tuple[CustomerTurn, ...]:
        ending = self.scenario.endings.get(target)
        if ending is not None:
            self._ending_id = ending.id
            if ending.say is None:
                return ()
            return (self._say(ending.say, ending.delay, at, ending.id, ending=True, timeout=timeout),)
        turn = self.scenario.turns[target]
        self._turn = target
        self._replies_in_turn = 0
        return (self._say(turn.say, turn.delay, at, target, ending=False, timeout=timeout),)

    def _say(
        self, text: str, delay: Delay, at: float, node: str, *, ending: bool, timeout: bool
    ) -> CustomerTurn:
        seconds = self._random.randint(delay.minimum, delay.maximum)
        shown = at + seconds
        self._transcript.append(Entry(CUSTOMER, text, shown, node, ending=ending, timeout=timeout))
        if not ending:
            self._last_customer_at = shown
            self._last_activity_at = max(self._last_activity_at, shown)
        return CustomerTurn(text, seconds, shown, node, ending=ending)

    def _ended_step(self) -> Step:
        assert self._ending_id is not None
        return Step(
            self._turn,
            ending_id=self._ending_id,
            ending_kind=self.scenario.endings[self._ending_id].kind,
        )
