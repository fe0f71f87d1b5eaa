"""Text folding shared by search, merge suggestions and the demo generator."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_NON_DIGITS = re.compile(r"\D+")


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Παπαδόπουλος' and 'ΠΑΠΑΔΟΠΟΥΛΟΣ' fold alike.

    Combining marks are dropped after NFKD; scripts without them (Georgian, Cyrillic,
    CJK) only lose case.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", unicodedata.normalize("NFC", stripped)).strip()


def name_key(name: str) -> str:
    """Folded words of a name, sorted: 'Karimova Dilnoza' and 'Dilnoza Karimova' match."""
    words = [w for w in re.split(r"[\s,.\-·]+", fold(name)) if w]
    return " ".join(sorted(words))


def digits(text: str) -> str:
    return _NON_DIGITS.sub("", text)


def like_escape(text: str) -> str:
    """Escape LIKE wildcards; use with ``escape='\\\\'``."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
