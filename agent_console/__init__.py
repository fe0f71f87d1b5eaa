"""Agent Console: one timeline per customer across every channel, for multilingual support teams."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("agent-console")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+src"

APP_NAME = "Agent Console"
APP_ID = "agent-console"
