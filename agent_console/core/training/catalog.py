"""The scenarios a desk can play: the shipped library plus the team's own, one bad file never hiding the rest."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from agent_console import paths
from agent_console.core.training import loader
from agent_console.core.training.loader import Problem, ScenarioError
from agent_console.core.training.schema import Scenario


def user_folder() -> Path:
    """Scenarios written or imported at this desk (the shipped ones are read-only)."""
    return paths.data_dir() / "scenarios"


@dataclass(frozen=True)
class Entry:
    scenario: Scenario
    text: str
    path: Path
    editable: bool


def available(extra: Path | None = None) -> tuple[list[Entry], list[Problem]]:
    """Every usable scenario, and the problems of the rest.

    A desk's own file with a shipped scenario's id is its edited copy and takes its place.
    """
    entries: dict[str, Entry] = {}
    problems: list[Problem] = []
    seen: dict[str, Path] = {}
    folders = [(loader.default_folder(), False), (extra or user_folder(), True)]
    for folder, editable in folders:
        if not folder.is_dir():
            continue
        files = sorted(p for p in folder.iterdir() if p.suffix in loader.SUFFIXES and p.is_file())
        for path in files:
            try:
                text = path.read_text(encoding="utf-8-sig")
                scenario = loader.load_text(text, path)
            except ScenarioError as exc:
                problems += exc.problems
                continue
            except (OSError, UnicodeDecodeError) as exc:
                problems.append(Problem(str(path), 1, f"cannot be read: {exc}"))
                continue
            if scenario.id in seen and seen[scenario.id].parent == folder:  # x.yaml beside x.yml
                problems.append(
                    Problem(str(path), 1, f"id '{scenario.id}' is already used by {seen[scenario.id]}")
                )
                continue
            seen[scenario.id] = path
            entries[scenario.id] = Entry(scenario, text, path, editable)
    return sorted(entries.values(), key=lambda e: e.scenario.id), problems


def save(text: str, path: Path) -> Scenario:
    """Validate *text* as the scenario file *path* and write it; nothing is written if invalid."""
    scenario = loader.load_text(text, path)  # raises ScenarioError with every problem
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)
    return scenario


def import_files(files: list[Path], folder: Path | None = None) -> tuple[list[Path], list[Problem]]:
    """Copy valid scenario files into the desk's folder; invalid ones are reported, not copied."""
    target = folder or user_folder()
    copied: list[Path] = []
    problems: list[Problem] = []
    for source in files:
        try:
            text = source.read_text(encoding="utf-8-sig")
            save(text, target / source.name)
            copied.append(target / source.name)
        except ScenarioError as exc:
            problems += exc.problems
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(str(source), 1, f"cannot be read: {exc}"))
    return copied, problems
