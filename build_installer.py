#!/usr/bin/env python3
"""Build the desktop bundle and its installer for the platform this runs on.

Steps: read the version from pyproject.toml, compile the UI catalogs, bundle the app with
PyInstaller (one folder, resources and .qm files inside), smoke-test the frozen app (it must
print its version and render a screenshot offscreen on the demo data), then package it:

- Linux: ``dist/agent-console-VERSION-linux-ARCH.tar.gz`` with a .desktop entry and the icon;
- Windows: an Inno Setup installer (``iscc`` must be on PATH);
- macOS: a .dmg (``hdiutil``).

``--dry-run`` prints the plan and runs nothing.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent
NAME = "agent-console"


@dataclass(frozen=True)
class Step:
    title: str
    command: list[str] | None = None  # None: done in Python by the named function


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def pyinstaller_command(dist: Path, work: Path) -> list[str]:
    sep = os.pathsep
    data = [
        f"{ROOT / 'resources'}{sep}resources",
        f"{ROOT / 'translations'}{sep}translations",
        f"{ROOT / 'agent_console' / 'core' / 'migrations'}{sep}agent_console/core/migrations",
    ]
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--onedir",
        "--name",
        NAME,
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--specpath",
        str(work),
    ]
    for item in data:
        command += ["--add-data", item]
    # Modules loaded by name at run time, which PyInstaller's import scan cannot see.
    for package in ("phonenumbers", "holidays", "alembic", "agent_console"):
        command += ["--collect-submodules", package]
    for package in ("babel", "py3langid", "phonenumbers", "holidays"):
        command += ["--collect-data", package]
    command += ["--copy-metadata", "agent-console"]  # __version__ is read from the installed metadata
    command += ["--exclude-module", "tkinter", str(ROOT / "packaging" / "launcher.py")]
    return command


def plan(dist: Path, work: Path) -> list[Step]:
    steps = [
        Step("compile UI catalogs (pyside6-lrelease)", None),
        Step("bundle with PyInstaller (onedir)", pyinstaller_command(dist, work)),
        Step("smoke test: --version", [str(dist / NAME / NAME), "--version"]),
        Step("smoke test: render screenshots offscreen on demo data (ka)", None),
    ]
    system = platform.system()
    if system == "Linux":
        steps.append(
            Step(f"package {NAME}-{version()}-linux-{platform.machine()}.tar.gz with .desktop entry", None)
        )
    elif system == "Windows":
        steps.append(
            Step(
                "build the installer with Inno Setup", ["iscc", str(ROOT / "packaging" / "agent-console.iss")]
            )
        )
    elif system == "Darwin":
        steps.append(
            Step(
                "build the .dmg",
                [
                    "hdiutil",
                    "create",
                    "-volname",
                    "Agent Console",
                    "-srcfolder",
                    str(dist / NAME),
                    "-ov",
                    "-format",
                    "UDZO",
                    str(dist / f"{NAME}-{version()}.dmg"),
                ],
            )
        )
    return steps


def compile_catalogs() -> None:
    sys.path.insert(0, str(ROOT))
    from agent_console.ui import catalogs

    folder = catalogs.ensure_compiled()
    compiled = sorted(p.name for p in folder.glob("*.qm"))
    if not compiled:
        raise SystemExit("no .qm files were built")
    print(f"  {len(compiled)} catalogs in {folder}")


def smoke_test_screenshots(dist: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="ac-smoke-") as home:
        env = dict(
            os.environ, AGENT_CONSOLE_HOME=home, QT_QPA_PLATFORM="offscreen", AGENT_CONSOLE_FETCH_RATES="0"
        )
        out = Path(home) / "shots"
        done = subprocess.run(
            [str(dist / NAME / NAME), "screenshots", str(out), "--lang", "ka"],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        shots = sorted(out.glob("*.png"))
        if done.returncode != 0 or not shots or any(p.stat().st_size < 10_000 for p in shots):
            print(done.stdout[-2000:], done.stderr[-4000:], sep="\n")
            raise SystemExit("smoke test failed: the frozen app did not render its screens")
        print(f"  rendered {len(shots)} screens")


def package_linux(dist: Path) -> Path:
    target = dist / f"{NAME}-{version()}-linux-{platform.machine()}.tar.gz"
    bundle = dist / NAME
    shutil.copy(ROOT / "packaging" / "agent-console.desktop", bundle / "agent-console.desktop")
    shutil.copy(ROOT / "resources" / "icons" / "app.svg", bundle / "agent-console.svg")
    (bundle / "INSTALL.txt").write_text(
        "Unpack anywhere and run ./agent-console (add --demo to try it on demo data).\n"
        "To add it to the desktop menu: copy agent-console.desktop to ~/.local/share/applications/,\n"
        "set Exec= to the full path of ./agent-console and Icon= to the full path of agent-console.svg.\n",
        encoding="utf-8",
    )
    with tarfile.open(target, "w:gz") as archive:
        archive.add(bundle, arcname=f"{NAME}-{version()}")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dry-run", action="store_true", help="print the plan and run nothing")
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="output folder (default: dist/)")
    parser.add_argument("--skip-smoke", action="store_true", help="do not run the frozen app")
    args = parser.parse_args()
    dist, work = Path(args.dist).resolve(), ROOT / "build" / "pyinstaller"
    steps = plan(dist, work)
    print(f"Agent Console {version()} on {platform.system()} {platform.machine()}")
    for number, step in enumerate(steps, 1):
        print(
            f"{number}. {step.title}"
            + (f"\n   $ {' '.join(step.command)}" if step.command and args.dry_run else "")
        )
    if args.dry_run:
        return 0
    compile_catalogs()
    subprocess.run(steps[1].command, check=True, cwd=ROOT)
    if not args.skip_smoke:
        done = subprocess.run(
            [str(dist / NAME / NAME), "--version"], capture_output=True, text=True, timeout=120
        )
        if done.returncode != 0 or version() not in done.stdout:
            raise SystemExit(f"smoke test failed: --version printed {done.stdout!r} {done.stderr[-2000:]!r}")
        print(f"  {done.stdout.strip()}")
        smoke_test_screenshots(dist)
    system = platform.system()
    if system == "Linux":
        print(f"  {package_linux(dist)}")
    elif system in ("Windows", "Darwin"):
        env = dict(os.environ, AGENT_CONSOLE_VERSION=version())
        subprocess.run(steps[-1].command, check=True, cwd=ROOT / "packaging", env=env)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
