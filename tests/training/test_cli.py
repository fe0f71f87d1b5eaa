"""``agent-console scenarios check``: exit 0 for valid files, 2 and ``path:line: problem`` lines otherwise."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from agent_console.cli import main
from agent_console.core.training import loader

from .test_loader import MINIMAL, edit

PROBLEM_LINE = re.compile(r"^(?P<path>.+\.ya?ml):(?P<line>\d+): (?P<message>.+)$")


def test_the_shipped_scenarios_check_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scenarios", "check"]) == 0
    out = capsys.readouterr().out.splitlines()
    shipped = len(list(loader.default_folder().glob("*.yaml")))
    assert out == [f"{shipped} scenario file(s) checked: all valid"]


def test_valid_files_and_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "minimal.yaml").write_text(MINIMAL, encoding="utf-8")
    assert main(["scenarios", "check", str(tmp_path)]) == 0
    assert main(["scenarios", "check", str(tmp_path / "minimal.yaml")]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1 scenario file(s) checked: all valid",
        "1 scenario file(s) checked: all valid",
    ]


def test_problems_are_listed_one_per_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "minimal.yaml").write_text(edit(MINIMAL, 11, "  mood: happy"), encoding="utf-8")
    (tmp_path / "second.yaml").write_text("id: second\ntitle: [\n", encoding="utf-8")
    assert main(["scenarios", "check", str(tmp_path), str(tmp_path / "missing.yaml")]) == 2
    *problems, summary = capsys.readouterr().out.splitlines()
    assert summary == "3 problem(s); 2 scenario file(s) checked"
    parsed = [PROBLEM_LINE.match(line) for line in problems]
    assert all(parsed), problems
    assert [(Path(m["path"]).name, int(m["line"])) for m in parsed if m] == [
        ("minimal.yaml", 11),
        ("second.yaml", 3),
        ("missing.yaml", 1),
    ]
    assert parsed[0] and parsed[0]["message"].startswith("unknown mood 'happy' in persona.mood")
    assert parsed[1] and parsed[1]["message"].startswith("YAML syntax error")


def test_as_a_subprocess(tmp_path: Path) -> None:
    good = tmp_path / "minimal.yaml"
    good.write_text(MINIMAL, encoding="utf-8")
    bad_folder = tmp_path / "bad"
    bad_folder.mkdir()
    bad = bad_folder / "minimal.yaml"
    bad.write_text(edit(MINIMAL, 24, "        goto: nowhere"), encoding="utf-8")
    run = [sys.executable, "-m", "agent_console", "scenarios", "check"]
    done = subprocess.run([*run, str(good)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "1 scenario file(s) checked: all valid\n"
    done = subprocess.run([*run, str(bad_folder)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout.splitlines() == [
        f"{bad}:24: goto 'nowhere' names no turn or ending",
        f"{bad}:29: ending 'done' can never be reached from 'start'",
        "2 problem(s); 1 scenario file(s) checked",
    ]
