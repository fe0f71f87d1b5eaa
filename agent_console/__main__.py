import multiprocessing

from agent_console.cli import main

if __name__ == "__main__":  # not in the worker processes of big imports (they import this module)
    # A frozen app must let those workers start; a no-op otherwise.
    multiprocessing.freeze_support()
    raise SystemExit(main())
