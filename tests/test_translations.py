"""Every UI string is translated into the required languages, and the catalogs match the code."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from agent_console import paths
from agent_console.ui import catalogs


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


@pytest.fixture(scope="module")
def fresh_catalogs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed catalogs, refreshed from today's code by lupdate (as `catalogs update` would)."""
    folder = tmp_path_factory.mktemp("ts")
    languages = ("en", *catalogs.REQUIRED)
    for language in languages:
        shutil.copy(catalogs.ts_path(language), folder / catalogs.ts_path(language).name)
    catalogs.update(languages, folder=folder)
    return folder


@pytest.mark.parametrize("language", ["en", *catalogs.REQUIRED])
def test_every_ui_string_is_translated(fresh_catalogs: Path, language: str) -> None:
    missing = []
    for message in _messages(fresh_catalogs / f"agent_console_{language}.ts"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")]
        texts = forms or [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
            missing.append(source)
            continue
        for placeholder in ("%1", "%2", "%n"):
            if placeholder in source and any(placeholder not in t for t in texts):
                missing.append(f"{source} (lost {placeholder})")
    assert not missing, f"{language}: untranslated or broken: {missing[:10]}"


@pytest.mark.parametrize("language", catalogs.QT_CATALOGS)
def test_qt_own_strings_are_translated_where_qt_has_no_catalog(language: str) -> None:
    path = paths.translations_dir() / f"qtbase_{language}.ts"
    unfinished = [
        m.findtext("source") for m in _messages(path) if m.find("translation").get("type") == "unfinished"
    ]
    assert not unfinished


def test_catalogs_compile_and_load(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from agent_console.ui import i18n

    try:
        i18n.install(qapp, "ka")
        assert QCoreApplication.translate("MainWindow", "&File") not in ("", "&File")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"  # Qt's own catalog
        i18n.install(qapp, "mn")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"  # ours, Qt has none
    finally:
        i18n.install(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
