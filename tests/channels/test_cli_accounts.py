"""`agent-console accounts` against a local Telegram-speaking server, secrets from the environment."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from agent_console.cli import _settings_from, main
from agent_console.core.db import Database
from agent_console.core.models import ChannelAccount
from tests.channels.fake_providers import FakeTelegram

TOKEN = "7000000001:AAHsEcReT-t0ken_ValUe0123456789abcd"


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    server = FakeTelegram(TOKEN)
    yield server
    server.close()


def test_add_list_test_and_remove_an_account(
    sqlite_database: Database, telegram: FakeTelegram, monkeypatch, capsys
) -> None:
    url = str(sqlite_database.engine.url)
    assert (
        main(
            [
                "accounts",
                "add",
                "Bot",
                "--kind",
                "telegram",
                "--set",
                f"base_url={telegram.url}",
                "--poll",
                "30",
                "--no-secrets",
                "--db",
                url,
            ]
        )
        == 0
    )
    assert capsys.readouterr().out == "account Bot added (id 1)\n"
    assert main(["accounts", "test", "Bot", "--db", url]) == 2
    error = capsys.readouterr().err
    assert "has no bot_token" in error and "AGENT_CONSOLE_SECRET_1_BOT_TOKEN" in error
    monkeypatch.setenv("AGENT_CONSOLE_SECRET_1_BOT_TOKEN", TOKEN)
    assert main(["accounts", "test", "Bot", "--db", url]) == 0
    assert capsys.readouterr().out == "Telegram bot @acme_support_bot\n"
    assert main(["accounts", "list", "--db", url]) == 0
    assert capsys.readouterr().out == "Bot\ttelegram\tevery 30 s\tlast sync never\tok\n"
    with sqlite_database.session() as s:
        account = s.scalars(select(ChannelAccount)).one()
        assert account.settings == {"base_url": telegram.url} and TOKEN not in str(account.settings)
    assert main(["accounts", "remove", "Bot", "--db", url]) == 0
    assert capsys.readouterr().out == "removed\n"
    assert main(["accounts", "test", "Bot", "--db", url]) == 2
    assert "no account named 'Bot'" in capsys.readouterr().err


def test_settings_from_the_command_line_keep_their_types() -> None:
    assert _settings_from(
        ["numbers=+995322000000, +995322000001", "smtp_auth=no", " imap_host = mail.example "]
    ) == {
        "numbers": ["+995322000000", "+995322000001"],
        "smtp_auth": False,
        "imap_host": "mail.example",
    }
