"""Checks on the agent's draft, in the customer's language, before it is sent.

They flag and never block: informal "you" where the language has a formal one, no greeting,
the customer's name missing, a missing honorific (ja: 様), shouting, jargon, and amounts in a
currency or number format the customer does not use. Each warning has a stable ``key`` so the
agent can dismiss it for this message. The rules are data (``resources/draft_checks``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from babel.numbers import get_currency_symbol, get_decimal_symbol

from agent_console.core.culture import reference
from agent_console.core.culture.reference import Country

CURRENCY_CODES = (
    "USD",
    "EUR",
    "GBP",
    "RUB",
    "UZS",
    "GEL",
    "MNT",
    "JPY",
    "CNY",
    "KZT",
    "TRY",
    "UAH",
    "BRL",
    "SAR",
    "AED",
    "INR",
    "KRW",
    "MXN",
    "EGP",
    "CHF",
    "PLN",
    "SEK",
)
CURRENCY_SYMBOLS = {
    # Dollar signs with a country's prefix (CLDR's narrow/local symbols), then the bare ones.
    "R$": "BRL",
    "MX$": "MXN",
    "US$": "USD",
    "A$": "AUD",
    "C$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "₽": "RUB",
    "₾": "GEL",
    "₮": "MNT",
    "¥": "JPY",
    "₸": "KZT",
    "₺": "TRY",
    "₴": "UAH",
    "₹": "INR",
    "₩": "KRW",
}
_CODE_RE = re.compile(r"\b(" + "|".join(CURRENCY_CODES) + r")\b")
# Longest first, and a prefixed dollar only where no letter runs into it ("R$", not "OR$").
_SYMBOL_RE = re.compile(
    "|".join(
        (r"(?<![^\W\d_])" if len(symbol) > 1 else "") + re.escape(symbol)
        for symbol in sorted(CURRENCY_SYMBOLS, key=len, reverse=True)
    )
)
_CAPS_WORD = re.compile(r"\b[^\W\d_]{4,}\b")
_EXCLAIM = re.compile(r"!{2,}|！{2,}")
_AMOUNT = re.compile(r"(?<![\d.,])\d{1,3}(?:[ .,\u00a0\u202f]\d{3})*([.,])\d{2}(?![\d.,])")


@dataclass(frozen=True)
class DraftWarning:
    code: str
    params: dict[str, str] = field(default_factory=dict)
    span: tuple[int, int] | None = None

    @property
    def key(self) -> str:
        return self.code + ":" + "|".join(f"{k}={v}" for k, v in sorted(self.params.items()))


@dataclass(frozen=True)
class DraftContext:
    language: str | None
    country: Country
    currency: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    extra_jargon: tuple[str, ...] = ()


def _shouting(text: str) -> list[DraftWarning]:
    warnings = []
    caps = [m for m in _CAPS_WORD.finditer(text) if m.group().isupper()]
    if len(caps) >= 2:
        warnings.append(DraftWarning("shouting_caps", {"example": caps[0].group()}, caps[0].span()))
    if bang := _EXCLAIM.search(text):
        warnings.append(DraftWarning("shouting_exclaim", {}, bang.span()))
    return warnings


def _money(text: str, ctx: DraftContext) -> list[DraftWarning]:
    warnings: list[DraftWarning] = []
    if ctx.currency:
        # The customer's own sign for their currency: "$" is the peso in Mexico, "R$" the real.
        own_symbols = {
            _currency_symbol(ctx.currency, locale)
            for locale in (
                f"{ctx.language}_{ctx.country.code}" if ctx.language and ctx.country else None,
                ctx.language,
            )
            if locale
        }
        for match in _CODE_RE.finditer(text):
            if match.group(1) != ctx.currency:
                warnings.append(
                    DraftWarning(
                        "foreign_currency", {"found": match.group(1), "expected": ctx.currency}, match.span()
                    )
                )
                break
        else:
            for match in _SYMBOL_RE.finditer(text):
                found = CURRENCY_SYMBOLS[match.group()]
                if found != ctx.currency and match.group() not in own_symbols:
                    warnings.append(
                        DraftWarning(
                            "foreign_currency",
                            {"found": match.group(), "expected": ctx.currency},
                            match.span(),
                        )
                    )
                    break
    if ctx.language and ctx.country and not ctx.country.generic:
        locale = f"{ctx.language}_{ctx.country.code}"
        try:
            decimal = get_decimal_symbol(locale)
        except Exception:  # babel does not know the combination
            return warnings
        if decimal in ".,":
            for match in _AMOUNT.finditer(text):
                if match.group(1) != decimal:
                    warnings.append(
                        DraftWarning(
                            "number_format", {"found": match.group(), "decimal": decimal}, match.span()
                        )
                    )
                    break
    return warnings


def _currency_symbol(currency: str, locale: str | None) -> str:
    try:
        return get_currency_symbol(currency, locale=locale or "en")
    except Exception:  # babel does not know the locale
        return currency


def _names_mentioned(text: str, names: list[str], language: str | None) -> bool:
    """Whether the draft addresses the customer by a name, in any of its case forms.

    Languages with a vocative or cases change the name's ending ("Γιώργος" → "Γιώργο",
    "Παπαδόπουλος" → "Παπαδόπουλε", "Дмитрий" → "Дмитрию"), so a longer name is looked for by
    its stem at the start of a word: Greek names lose their -ος/-ας/-ης ending, others of five
    letters or more their last letter.
    """
    folded = text.casefold()
    for name in names:
        stem = name.casefold()
        if language == "el" and len(stem) >= 4 and stem[-1] in "σς":
            stem = stem[:-2]
        elif len(stem) >= 5:
            stem = stem[:-1]
        if re.search(r"(?<!\w)" + re.escape(stem), folded):
            return True
    return False


def check(text: str, ctx: DraftContext) -> list[DraftWarning]:
    """Warnings for *text*, in order of where they occur; empty for an empty draft."""
    if not text.strip():
        return []
    rules = reference.rules_for(ctx.language)
    warnings: list[DraftWarning] = []
    if rules is not None:
        for pattern in rules.informal_you:
            if match := pattern.search(text):
                warnings.append(
                    DraftWarning(
                        "informal_you", {"found": match.group(), "formal": rules.formal_you}, match.span()
                    )
                )
                break
        if rules.greetings and not any(p.search(text) for p in rules.greetings):
            warnings.append(DraftWarning("no_greeting", {}, None))
        if rules.honorific_required and not any(p.search(text) for p in rules.honorific):
            warnings.append(DraftWarning("honorific_missing", {"hint": rules.honorific_hint}, None))
        jargon = (*rules.jargon, *ctx.extra_jargon)
    else:
        jargon = ctx.extra_jargon
    names = [n for n in (ctx.given_name, ctx.family_name) if n and len(n) > 1]
    if names and not _names_mentioned(text, names, ctx.language):
        warnings.append(DraftWarning("no_name", {"name": names[0]}, None))
    for term in jargon:
        match = re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", text, re.IGNORECASE)
        if match:
            warnings.append(DraftWarning("jargon", {"term": match.group()}, match.span()))
    warnings += _shouting(text)
    warnings += _money(text, ctx)
    return warnings
