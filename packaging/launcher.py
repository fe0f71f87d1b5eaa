"""Entry point of the frozen app (PyInstaller runs this file as __main__)."""

from agent_console.cli import main

raise SystemExit(main())
