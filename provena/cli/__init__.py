"""The `provena` command: a researcher's daily work from the shell, built on the sync facade.

Start-up cost matters (`provena --help` is run often, from scripts too): this package imports only click and
the standard library at first; each command group is a module loaded when that command runs (`_lazy.py`), and
a command imports the facade pieces it calls inside its body.

Exit status: 0 on success, 1 when the API or the environment failed (one line on stderr; `--debug` adds the
traceback), 2 on a usage error, 130 on Ctrl-C.
"""

from __future__ import annotations

import sys

__all__ = ["main"]


def main(argv: list[str] | None = None, *, prog_name: str = "provena") -> None:
    """Entry point of the console script (`[project.scripts] provena`)."""
    try:
        import click  # noqa: F401 (only to tell a missing install apart from anything else)
    except ImportError:
        print("provena: the command line needs click: pip install 'click>=8.1'", file=sys.stderr)
        sys.exit(1)
    from ._app import run

    sys.exit(run(argv, prog_name=prog_name))
