"""Printing results: `--json` (stable, for jq) or human-readable tables; payload files in.

Data goes to stdout, everything else (progress, notes) to stderr, so `provena ... --json | jq` always parses.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

__all__ = ["json_option", "jsonable", "note", "print_json", "print_pairs", "print_table", "read_payload"]

F = TypeVar("F", bound=Callable[..., Any])


def json_option(function: F) -> F:
    """The `--json` flag every data-printing command takes."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON (stable field names) instead of a table.")(
        function
    )


def jsonable(value: Any) -> Any:
    """Plain JSON data from a generated model (attrs `to_dict`), pydantic model, enum, path or container."""
    if callable(getattr(value, "to_dict", None)):
        return jsonable(value.to_dict())
    if callable(getattr(value, "model_dump", None)):
        return value.model_dump(mode="json")
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def print_json(value: Any) -> None:
    click.echo(json.dumps(jsonable(value), indent=2, ensure_ascii=False))


def note(message: str) -> None:
    """A message for the person at the terminal (stderr: never mixed into data on stdout)."""
    click.echo(message, err=True)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Mapping | list):
        return json.dumps(jsonable(value), ensure_ascii=False)
    return " ".join(str(jsonable(value)).split())


def print_table(rows: Iterable[Sequence[Any]], headers: Sequence[str], *, empty: str = "(none)") -> None:
    """Columns padded to their widest cell; the header in bold on a colour terminal."""
    cells = [[_cell(v) for v in row] for row in rows]
    if not cells:
        note(empty)
        return
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    header = "  ".join(h.upper().ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()
    click.echo(click.style(header, bold=True))
    for row in cells:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def print_pairs(pairs: Iterable[tuple[str, Any]]) -> None:
    """`key  value` lines, keys aligned."""
    items = [(k, _cell(v)) for k, v in pairs]
    width = max((len(k) for k, _ in items), default=0)
    for key, value in items:
        click.echo(f"{click.style(key.ljust(width), bold=True)}  {value}")


def read_payload(path: str) -> dict[str, Any]:
    """A request payload from a JSON file, or YAML (.yaml/.yml, needs PyYAML); bad files are usage errors."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise click.BadParameter(f"cannot read {path}: {exc.strerror or exc}") from None
    if file.suffix.lower() in (".yaml", ".yml"):
        try:
            import yaml  # type: ignore[import-untyped, unused-ignore]
        except ImportError:
            raise click.BadParameter(f"{path}: YAML files need PyYAML (pip install pyyaml); or use JSON") from None
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise click.BadParameter(f"{path} is not valid YAML: {' '.join(str(exc).split())}") from None
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise click.BadParameter(
                f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
            ) from None
    if not isinstance(data, dict):
        raise click.BadParameter(f"{path} must hold one object (the payload), not {type(data).__name__}")
    return data
