"""Errors shared across core modules, importable without loading them."""


class DemoError(Exception):
    """Demo data cannot be generated; ``str(exc)`` is a message for the user."""
