"""`provena local ...`: the local Provena stack, with exactly the options of `python -m provena.local`."""

from __future__ import annotations

import click

__all__ = ["local"]


@click.command(
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "allow_interspersed_args": False},
    add_help_option=False,
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def local(args: tuple[str, ...]) -> int:
    """Run the local Provena stack: `provena local serve [OPTIONS]`, `provena local export-specs DIR`.

    Every argument goes to `python -m provena.local` unchanged (`provena local serve --help` lists them).
    """
    try:
        from ..local.__main__ import main
    except ImportError as exc:  # pragma: no cover - only without the package's own files
        raise click.ClickException(f"the local stack is not available: {exc}") from None
    try:
        return main(list(args) or ["--help"])
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            f"the local stack needs the `local` extra (missing {exc.name}): pip install 'provena-sdk[local]'"
        ) from None
