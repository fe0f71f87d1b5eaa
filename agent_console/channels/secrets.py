"""Channel credentials: in the OS keyring, never in the database, the settings file or logs.

Desktop: ``keyring`` stores them in the platform's store (macOS Keychain, Windows Credential
Manager, the Secret Service on Linux desktops).  A headless sync service on a server, where
no keyring runs, reads them from its environment instead:
``AGENT_CONSOLE_SECRET_<ACCOUNT ID>_<FIELD>``, e.g. ``AGENT_CONSOLE_SECRET_3_PASSWORD``.
"""

from __future__ import annotations

import contextlib
import os

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

SERVICE = "agent-console"

#: The secret fields each account kind uses.
FIELDS = {
    "email": ("password", "smtp_password"),
    "twilio": ("auth_token",),
    "telegram": ("bot_token",),
}


class SecretStoreError(Exception):
    """The keyring cannot be used; ``str(exc)`` says what to do."""


def _entry(account_id: int, name: str) -> str:
    return f"channel-account:{account_id}:{name}"


def env_name(account_id: int, name: str) -> str:
    return f"AGENT_CONSOLE_SECRET_{account_id}_{name.upper()}"


def get(account_id: int, name: str) -> str | None:
    from_env = os.environ.get(env_name(account_id, name))
    if from_env:
        return from_env
    try:
        return keyring.get_password(SERVICE, _entry(account_id, name))
    except NoKeyringError:
        return None
    except KeyringError as exc:
        raise SecretStoreError(f"The system keyring could not be read: {exc}") from exc


def load(account_id: int, kind: str) -> dict[str, str]:
    """The account's secrets that are set."""
    found = {name: get(account_id, name) for name in FIELDS.get(kind, ())}
    return {name: value for name, value in found.items() if value}


def store(account_id: int, name: str, value: str) -> None:
    """Save a secret in the keyring; an empty value removes it."""
    try:
        if value:
            keyring.set_password(SERVICE, _entry(account_id, name), value)
        else:
            with contextlib.suppress(PasswordDeleteError):
                keyring.delete_password(SERVICE, _entry(account_id, name))
    except NoKeyringError as exc:
        raise SecretStoreError(
            "No system keyring is available to keep the password safe. On Linux, start a Secret "
            "Service (GNOME Keyring or KWallet); a headless sync service can read "
            f"{env_name(account_id, name)} from its environment instead."
        ) from exc
    except KeyringError as exc:
        raise SecretStoreError(f"The system keyring refused to store the secret: {exc}") from exc


def forget(account_id: int, kind: str) -> None:
    for name in FIELDS.get(kind, ()):
        store(account_id, name, "")
