"""Logging: named loggers per subsystem, a rotating file in the user's log folder."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from agent_console import paths

_configured = False


def setup(verbose: bool = False, to_file: bool = True) -> None:
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(console)
    if to_file:
        try:
            folder = paths.log_dir()
            folder.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                folder / "agent-console.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
            )
        except OSError as exc:  # a read-only profile must not stop the app
            root.warning("file logging disabled: %s", exc)
        else:
            handler.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
            )
            root.addHandler(handler)
    for noisy in ("alembic.runtime.migration", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
