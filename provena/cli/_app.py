"""The root `provena` group, its global options, and how failures become exit codes and one-line messages."""

from __future__ import annotations

import os
from typing import Any

import click

from .._version import __version__
from ._lazy import LazyCommand, LazyGroup

__all__ = ["cli", "run"]

# name -> where the command lives and its one-line help (shown by `provena --help` without importing it).
COMMANDS: dict[str, LazyCommand] = {
    "login": LazyCommand("provena.cli.auth:login", "Log in (device code, password from stdin, or offline token)."),
    "logout": LazyCommand("provena.cli.auth:logout", "Forget the stored tokens."),
    "whoami": LazyCommand("provena.cli.auth:whoami", "Show the logged-in user, roles and linked Person."),
    "link": LazyCommand("provena.cli.auth:link", "Link the logged-in user to a Person (needed before minting)."),
    "fetch": LazyCommand("provena.cli.registry:fetch", "Fetch any registry item by id."),
    "search": LazyCommand("provena.cli.registry:search", "Search the registry."),
    "registry": LazyCommand("provena.cli.registry:registry", "List, create and update registry items."),
    "dataset": LazyCommand("provena.cli.dataset:dataset", "Mint datasets; list, upload and download their files."),
    "lineage": LazyCommand("provena.cli.lineage:lineage", "Show lineage as a tree, or draw it (SVG, DOT)."),
    "job": LazyCommand("provena.cli.jobs:job", "Wait for and list asynchronous jobs."),
    "specs": LazyCommand("provena.cli.specs:specs", "Compare a deployment with the client's pinned specs."),
    "local": LazyCommand("provena.cli.local:local", "Run the local Provena stack (serve, export-specs)."),
    "completion": LazyCommand("provena.cli.completion:completion", "Print the shell completion script."),
}

EPILOG = (
    "Configuration: --config FILE, else the environment (PROVENA_CONFIG_FILE, or PROVENA_DOMAIN and "
    "PROVENA_REALM, plus PROVENA_<SERVICE>_URL overrides), else ./.provena-local/config.json. "
    "Exit status: 0 success, 1 API or environment error, 2 usage error."
)


@click.group(
    cls=LazyGroup,
    lazy=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
    epilog=EPILOG,
)
@click.option("--config", "config_file", metavar="FILE", help="Client configuration (JSON) to use.")
@click.option("--client-id", envvar="PROVENA_CLIENT_ID", metavar="ID",
              help="Keycloak client id (default: the config's client_id, else client-tools).")  # fmt: skip
@click.option("--debug", is_flag=True, help="Show tracebacks and the client's (redacted) log on stderr.")
@click.version_option(__version__, "-V", "--version", prog_name="provena")
@click.pass_context
def cli(ctx: click.Context, config_file: str | None, client_id: str | None, debug: bool) -> None:
    """Provena from the shell: log in once, then register, move data, search and follow lineage.

    Commands that print data take --json for stable, parseable output.
    """
    if os.environ.get("NO_COLOR"):  # https://no-color.org: any non-empty value
        ctx.color = False
    _DEBUG[0] = debug
    if debug:
        # The provena logger only, through its redacting handler: the root logger would also print httpx's
        # request lines, whose URLs can carry presigned S3 signatures.
        from .._logging import setup_logging

        setup_logging("debug")
    from ._session import Session  # here, not at the top: `provena --help` never gets this far

    ctx.obj = Session(config_file=config_file, client_id=client_id, debug=debug)


# Set by the root callback; read when an exception escapes (the click context is gone by then).
_DEBUG = [False]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _fail(message: str) -> int:
    click.echo(click.style("Error: ", fg="red", bold=True) + _one_line(message), err=True,
               color=False if os.environ.get("NO_COLOR") else None)  # fmt: skip
    return 1


def run(argv: list[str] | None = None, *, prog_name: str = "provena") -> int:
    """Run the command line; returns the exit status instead of exiting (tests call it in-process too)."""
    try:
        result: Any = cli.main(args=argv, prog_name=prog_name, standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:  # usage errors (exit 2) and our own BadParameter-like failures
        exc.show()
        return exc.exit_code
    except click.exceptions.Abort as exc:  # click turns Ctrl-C (and end of input at a prompt) into Abort
        click.echo("Aborted.", err=True)
        return 130 if isinstance(exc.__cause__, KeyboardInterrupt) else 1
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        return 130
    except Exception as exc:  # everything else: one line, exit 1 (the traceback only with --debug)
        if _DEBUG[0]:
            import traceback

            traceback.print_exc()
        return _fail(_describe(exc))
    return result if isinstance(result, int) else 0


def _describe(exc: BaseException) -> str:
    from .._config import ConfigError
    from .._errors import ProvenaError

    if isinstance(exc, ProvenaError | ConfigError | ValueError):  # the facade's bad-input errors say what to fix
        return str(exc) or type(exc).__name__
    if isinstance(exc, ImportError):  # a missing extra: the facade's messages name the pip command
        return str(exc)
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror or exc}{where}"
    hint = "" if _DEBUG[0] else " (run with --debug for the traceback)"
    return f"unexpected {type(exc).__name__}: {exc}{hint}"
