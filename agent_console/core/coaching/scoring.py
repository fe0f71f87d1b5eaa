"""Scorecard definitions and scoring: pure functions, no database.

A definition is ``{"sections": [{"key", "title": {lang: text}, "criteria": [criterion, ...]}]}``
and a criterion ``{"key", "title", "scale", "weight", "critical", "allow_na", "root_causes"}``:

- ``scale``: ``"yes_no"`` (yes = full marks), or ``"3"``, ``"4"``, ``"5"`` points (1 = worst);
- ``weight``: a positive number; weights are relative (the score divides by the weights of the
  criteria that were rated), so they need not add up to 100 — ``check`` says when they do not,
  as a warning;
- ``critical``: rated at the bottom of its scale ("no", or 1), the whole review fails: score 0;
- ``allow_na``: "N/A" takes the criterion out of the score, weight and all;
- ``root_causes``: codes offered when a rating is negative (the lower half of the scale, or "no");
  a negative rating must name one when the list is not empty.

Score = 100 × Σ weight·points / Σ weight over rated criteria, points = (value − 1)/(n − 1) on an
n-point scale (yes = 1, no = 0).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCALES = {"yes_no": 2, "3": 3, "4": 4, "5": 5}
NA = "na"


class ScorecardError(ValueError):
    """The definition cannot be used; the message says where."""


@dataclass(frozen=True)
class Criterion:
    key: str
    section: str
    title: dict[str, str]
    scale: str
    weight: float
    critical: bool = False
    allow_na: bool = True
    root_causes: tuple[str, ...] = ()

    def label(self, language: str) -> str:
        return self.title.get(language) or self.title.get("en") or self.key

    @property
    def points(self) -> int:
        return SCALES[self.scale]

    def values(self) -> list[Any]:
        """The answers this criterion takes, worst first (N/A last when allowed)."""
        base: list[Any] = ["no", "yes"] if self.scale == "yes_no" else list(range(1, self.points + 1))
        return [*base, NA] if self.allow_na else base

    def normalised(self, value: Any) -> float | None:
        """0.0 (worst) … 1.0 (best); None for N/A."""
        if value == NA:
            if not self.allow_na:
                raise ScorecardError(f"{self.key}: N/A is not allowed for this criterion")
            return None
        if self.scale == "yes_no":
            if value not in ("yes", "no"):
                raise ScorecardError(f"{self.key}: answer yes, no{' or N/A' if self.allow_na else ''}")
            return 1.0 if value == "yes" else 0.0
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= self.points:
            raise ScorecardError(f"{self.key}: answer 1 to {self.points}")
        return (value - 1) / (self.points - 1)

    def negative(self, value: Any) -> bool:
        """A rating that asks for a root cause: "no", or the lower half of a scale."""
        n = self.normalised(value)
        return n is not None and n < 0.5

    def fails(self, value: Any) -> bool:
        n = self.normalised(value)
        return self.critical and n == 0.0


@dataclass(frozen=True)
class Definition:
    sections: tuple[tuple[str, dict[str, str]], ...]
    criteria: tuple[Criterion, ...]
    warnings: tuple[str, ...] = ()

    def criterion(self, key: str) -> Criterion:
        for c in self.criteria:
            if c.key == key:
                return c
        raise KeyError(key)


def parse(definition: dict[str, Any]) -> Definition:
    """Validate a definition; errors raise ScorecardError, oddities become warnings."""
    if not isinstance(definition, dict) or not isinstance(definition.get("sections"), list):
        raise ScorecardError('a scorecard needs "sections": a list')
    sections: list[tuple[str, dict[str, str]]] = []
    criteria: list[Criterion] = []
    seen: set[str] = set()
    for s_index, section in enumerate(definition["sections"], start=1):
        if not isinstance(section, dict) or not section.get("key"):
            raise ScorecardError(f'section {s_index}: needs a "key"')
        skey = str(section["key"])
        sections.append((skey, dict(section.get("title") or {})))
        items = section.get("criteria")
        if not isinstance(items, list) or not items:
            raise ScorecardError(f"section {skey}: needs at least one criterion")
        for c_index, raw in enumerate(items, start=1):
            where = f"section {skey}, criterion {c_index}"
            if not isinstance(raw, dict) or not raw.get("key"):
                raise ScorecardError(f'{where}: needs a "key"')
            key = str(raw["key"])
            if key in seen:
                raise ScorecardError(f"{where}: the key {key!r} is used twice")
            seen.add(key)
            scale = str(raw.get("scale", "yes_no"))
            if scale not in SCALES:
                raise ScorecardError(f"{where} ({key}): scale is one of {', '.join(SCALES)}")
            weight = raw.get("weight", 1)
            if isinstance(weight, bool) or not isinstance(weight, int | float) or weight <= 0:
                raise ScorecardError(f"{where} ({key}): weight must be a positive number, not {weight!r}")
            causes = raw.get("root_causes") or []
            if not isinstance(causes, list) or not all(isinstance(x, str) for x in causes):
                raise ScorecardError(f"{where} ({key}): root_causes is a list of codes")
            criteria.append(
                Criterion(
                    key,
                    skey,
                    dict(raw.get("title") or {}),
                    scale,
                    float(weight),
                    bool(raw.get("critical", False)),
                    bool(raw.get("allow_na", True)),
                    tuple(causes),
                )
            )
    warnings = []
    total = sum(c.weight for c in criteria)
    expected = definition.get("total_weight")
    if expected is not None and abs(total - float(expected)) > 1e-9:
        warnings.append(
            f"The weights add up to {total:g}, not {float(expected):g}; scores divide by the weights "
            "of the criteria rated, so they stay between 0 and 100."
        )
    return Definition(tuple(sections), tuple(criteria), tuple(warnings))


@dataclass
class Result:
    score: float | None  # after critical failures
    raw_score: float | None  # before
    critical_failed: bool
    failed_criteria: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (criterion key, message)

    @property
    def complete(self) -> bool:
        return not self.problems


def score(definition: Definition, answers: dict[str, dict[str, Any]]) -> Result:
    """The quality score of *answers* (criterion key → {"value", "comment", "root_cause"})."""
    problems: list[tuple[str, str]] = []
    numerator = denominator = 0.0
    failed: list[str] = []
    for c in definition.criteria:
        answer = answers.get(c.key) or {}
        value = answer.get("value")
        if value is None:
            problems.append((c.key, "not rated"))
            continue
        try:
            points = c.normalised(value)
        except ScorecardError as exc:
            problems.append((c.key, str(exc)))
            continue
        if c.negative(value) and c.root_causes and answer.get("root_cause") not in c.root_causes:
            problems.append((c.key, "a negative rating needs a root cause"))
        if points is None:
            continue
        numerator += c.weight * points
        denominator += c.weight
        if c.fails(value):
            failed.append(c.key)
    unknown = sorted(set(answers) - {c.key for c in definition.criteria})
    problems += [(key, "not a criterion of this scorecard version") for key in unknown]
    raw = round(100 * numerator / denominator, 2) if denominator else None
    return Result(0.0 if failed and raw is not None else raw, raw, bool(failed), failed, problems)
