"""UI catalogs: Qt Linguist ``.ts`` sources in ``translations/``, ``.qm`` built from them.

``python -m agent_console.ui.catalogs update`` refreshes every ``.ts`` from the code
(pyside6-lupdate); ``compile`` builds the ``.qm`` files (pyside6-lrelease).  The app calls
:func:`ensure_compiled` on start, so a fresh ``pip install`` of a source tree shows a
translated UI without a separate build step.  ``.qm`` files are build outputs, not committed.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import PySide6

from agent_console import paths

log = logging.getLogger(__name__)

# Languages whose catalogs must be complete (CI fails otherwise).
REQUIRED = ("uz", "el", "mn", "ka")
# Every UI language shipped; English needs a catalog only for plural forms.
LANGUAGES = ("en", "uz", "el", "mn", "ka", "ru", "de", "es", "ar")
# Qt's own strings (buttons, context menus) for languages Qt ships no catalog for.
QT_CATALOGS = ("uz", "el", "mn")
SOURCE_DIRS = ("agent_console/ui",)


def _tool(name: str) -> str:
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.exists():
            return str(candidate)
    return f"pyside6-{name}"


def ts_path(language: str) -> Path:
    return paths.translations_dir() / f"agent_console_{language}.ts"


def compiled_dir() -> Path:
    """Where .qm files go: beside the .ts in a writable tree, else the cache folder."""
    folder = paths.translations_dir()
    try:
        probe = folder / ".write-test"
        probe.touch()
        probe.unlink()
        return folder
    except OSError:
        return paths.cache_dir() / "translations"


def sources() -> list[str]:
    root = paths.translations_dir().parent
    return sorted(str(p) for d in SOURCE_DIRS for p in (root / d).glob("*.py"))


def update(languages: tuple[str, ...] = LANGUAGES, folder: Path | None = None) -> None:
    """Refresh the .ts catalogs from the code (in *folder* instead of translations/ if given)."""
    for language in languages:
        target = folder / ts_path(language).name if folder else ts_path(language)
        args = [
            _tool("lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            language,
        ]
        if language == "en":
            args.append("-pluralonly")
        subprocess.run([*args, "-ts", str(target)], check=True, capture_output=folder is not None)


def ensure_compiled() -> Path:
    """Build any .qm older than its .ts; return the folder holding them. Never raises."""
    target = compiled_dir()
    try:
        target.mkdir(parents=True, exist_ok=True)
        for ts in paths.translations_dir().glob("*.ts"):
            qm = target / (ts.stem + ".qm")
            if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
                subprocess.run(
                    [_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],
                    check=True,
                    capture_output=True,
                    timeout=60,
                )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile UI catalogs: %s", exc)
    return target


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["compile"]:
        print(ensure_compiled())
    else:
        print("usage: python -m agent_console.ui.catalogs update|compile", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
