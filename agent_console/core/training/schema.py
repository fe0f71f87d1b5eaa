"""A role-play scenario as the engine and scoring see it: validated, immutable, defaults filled in.

Only ``loader`` builds these, after every check has passed, so code that receives a
``Scenario`` can rely on it: every ``goto`` names a turn or an ending, every turn can reach an
ending, codes and locales exist. Line numbers are kept on turns, branches and endings so an
editor or the debrief can point at the part of the file that played.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from agent_console.core.models import Channel

MOODS = ("calm", "friendly", "anxious", "annoyed", "angry")
ENDING_KINDS = ("resolved", "escalated", "customer_left")
#: The codes ``core.culture.drafts.check`` emits (a test keeps this list in step with drafts.py).
WARNING_CODES = (
    "informal_you",
    "no_greeting",
    "no_name",
    "honorific_missing",
    "jargon",
    "shouting_caps",
    "shouting_exclaim",
    "foreign_currency",
    "number_format",
)
DEFAULT_DELAY = 2
DEFAULT_FIRST_RESPONSE_SECONDS = 120
DEFAULT_RESPONSE_SECONDS = 300


@dataclass(frozen=True)
class LocalText:
    """A text per UI language; English is always there, so a lookup never comes back empty."""

    texts: Mapping[str, str]

    def get(self, language: str) -> str:
        base = language.replace("-", "_").split("_")[0]
        return self.texts.get(language) or self.texts.get(base) or self.texts["en"]


@dataclass(frozen=True)
class Persona:
    name: str
    given_name: str | None
    family_name: str | None
    country: str
    language: str  # a babel locale code, normalised: "uz", "pt_BR"
    channel: Channel
    mood: str
    patience: int  # seconds the customer waits for a reply before a turn's timeout branch fires

    @property
    def base_language(self) -> str:
        return self.language.split("_")[0]


@dataclass(frozen=True)
class Facts:
    order_id: str
    amount: int | float
    currency: str
    payment_method: str | None = None
    history: tuple[str, ...] = ()


@dataclass(frozen=True)
class Expect:
    """What scoring checks, with the defaults of the format already applied.

    ``currency`` None means money is not part of the scenario (the author wrote ``currency:
    null``); an empty ``payment_methods`` or a None ``disposition`` leave those checks out.
    """

    language: str
    formal_address: bool
    currency: str | None
    payment_methods: tuple[tuple[str, ...], ...] = ()  # each: the name, then other spellings
    disposition: str | None = None
    first_response_seconds: int = DEFAULT_FIRST_RESPONSE_SECONDS
    response_seconds: int = DEFAULT_RESPONSE_SECONDS
    good_endings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Delay:
    """Seconds before the customer's message is written; the engine picks one in [minimum, maximum]."""

    minimum: int
    maximum: int


@dataclass(frozen=True)
class Condition:
    """An ``if:`` mapping; every field that is set must hold for the branch to match."""

    any_phrases: tuple[str, ...] = ()
    all_phrases: tuple[str, ...] = ()
    no_phrases: tuple[str, ...] = ()
    reply_keys: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    no_warnings: tuple[str, ...] = ()
    language: str | None = None
    after: int | None = None
    timeout: bool = False
    count: int | None = None


@dataclass(frozen=True)
class Branch:
    goto: str
    condition: Condition | None  # None: the ``else`` branch
    line: int = 0

    @property
    def is_else(self) -> bool:
        return self.condition is None

    @property
    def is_timeout(self) -> bool:
        return self.condition is not None and self.condition.timeout


@dataclass(frozen=True)
class Turn:
    id: str
    say: str
    delay: Delay
    branches: tuple[Branch, ...]
    line: int = 0


@dataclass(frozen=True)
class Ending:
    id: str
    kind: str
    say: str | None
    delay: Delay
    line: int = 0


@dataclass(frozen=True)
class Scenario:
    id: str
    title: LocalText
    summary: LocalText
    persona: Persona
    facts: Facts
    goal: LocalText
    expect: Expect
    start: str
    turns: Mapping[str, Turn]
    endings: Mapping[str, Ending]
    path: Path | None = field(default=None, compare=False)
