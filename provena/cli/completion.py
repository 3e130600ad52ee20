"""`provena completion SHELL`: the shell completion script (click's), to source from a shell's rc file."""

from __future__ import annotations

import click

__all__ = ["completion"]


@click.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
@click.pass_context
def completion(ctx: click.Context, shell: str) -> None:
    """Print the completion script, e.g. `eval "$(provena completion bash)"` in ~/.bashrc."""
    from click.shell_completion import get_completion_class

    from ._app import cli

    completer = get_completion_class(shell)
    if completer is None:  # pragma: no cover - click knows the three offered
        raise click.BadParameter(f"no completion for {shell}")
    click.echo(completer(cli, {}, "provena", "_PROVENA_COMPLETE").source())
