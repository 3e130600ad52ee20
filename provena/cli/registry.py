"""`provena fetch`, `provena search` and `provena registry list|create|update`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from ._output import json_option, jsonable, note, print_json, print_pairs, print_table, read_payload
from ._session import Session

if TYPE_CHECKING:
    from .._api.registry import Subtype

__all__ = ["fetch", "registry", "search"]

# Shown for an item besides what --json gives in full.
_SUMMARY_FIELDS = ("id", "item_category", "item_subtype", "display_name", "record_type", "owner_username",
                   "created_timestamp", "updated_timestamp", "versioning_info")  # fmt: skip


def _subtype(value: str) -> Subtype:
    from .._api.registry import subtype

    try:
        return subtype(value.replace("-", "_"))
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _created_id(response: Any) -> str:
    item = getattr(response, "created_item", None)
    item_id = getattr(item, "id", None)
    if not isinstance(item_id, str):
        from .._errors import ProvenaError

        raise ProvenaError(f"the registry answered without a created item: {jsonable(response).get('status')}")
    return item_id


@click.command()
@click.argument("item_id", metavar="ID")
@json_option
@click.pass_obj
def fetch(session: Session, item_id: str, as_json: bool) -> None:
    """Fetch any registry item (organisation, person, dataset, model run, ...) by its id."""
    with session.client() as client:
        response = client.registry.general_fetch_item(item_id)
    item = jsonable(getattr(response, "item", None))
    if not isinstance(item, dict) or not item:
        from .._errors import ProvenaError

        raise ProvenaError(f"no registry item {item_id!r}: {jsonable(response).get('status')}")
    if as_json:
        print_json(item)
        return
    print_pairs((k, item[k]) for k in _SUMMARY_FIELDS if item.get(k) not in (None, "", {}, []))
    note("(--json shows the whole record)")


@click.command()
@click.argument("query")
@click.option("--subtype", "-s", metavar="SUBTYPE", help="Only items of this subtype (e.g. organisation, dataset).")
@click.option("--limit", "-n", type=click.IntRange(min=1), default=10, show_default=True, help="Most results.")
@click.option("--names", is_flag=True, help="Also fetch each hit's subtype and display name (one call per hit).")
@json_option
@click.pass_obj
def search(session: Session, query: str, subtype: str | None, limit: int, names: bool, as_json: bool) -> None:
    """Search the registry for QUERY (full text), best matches first."""
    subtype_filter = _subtype(subtype).item_subtype if subtype else None
    with session.client() as client:
        found = client.search.search_registry(query, limit=limit, subtype_filter=subtype_filter)
        hits: list[dict[str, Any]] = [jsonable(h) for h in (getattr(found, "results", None) or [])]
        if names:
            for hit in hits:
                item = jsonable(getattr(client.registry.general_fetch_item(hit["id"]), "item", None)) or {}
                hit.update(item_subtype=item.get("item_subtype"), display_name=item.get("display_name"))
    if as_json:
        print_json(hits)
        return
    headers = ["id", "score", "subtype", "name"] if names else ["id", "score"]
    rows = [[h["id"], f"{float(h.get('score') or 0):.3f}", *([h.get("item_subtype"), h.get("display_name")]
                                                              if names else [])] for h in hits]  # fmt: skip
    print_table(rows, headers, empty=f"no registry items match {query!r}")


@click.group()
def registry() -> None:
    """Registry items from JSON (or YAML) files holding the payloads the API takes."""


@registry.command("list")
@click.argument("subtype", metavar="SUBTYPE")
@click.option("--limit", "-n", type=click.IntRange(min=1), default=50, show_default=True, help="Most items.")
@json_option
@click.pass_obj
def list_items(session: Session, subtype: str, limit: int, as_json: bool) -> None:
    """List items of SUBTYPE (organisation, person, model, model_run_workflow, dataset_template, dataset,
    study, create_activity, version_activity, model_run)."""
    kind = _subtype(subtype)
    with session.client() as client:
        items = [jsonable(i) for i in getattr(client.registry, kind.module).list_all_items(limit=limit)]
    if as_json:
        print_json(items)
        return
    rows = [[i.get("id"), i.get("display_name"), i.get("record_type"), i.get("owner_username")] for i in items]
    print_table(rows, ["id", "name", "record", "owner"], empty=f"no {kind.item_subtype} items")


@registry.command("create")
@click.argument("subtype", metavar="SUBTYPE")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@json_option
@click.pass_obj
def create(session: Session, subtype: str, file: str, as_json: bool) -> None:
    """Create an item of SUBTYPE from FILE (its domain info as JSON or YAML); prints the new id."""
    kind = _subtype(subtype)
    if not kind.writable:
        where = {"DATASET": "`provena dataset mint FILE`", "MODEL_RUN": "the prov API (model run registration)"}
        raise click.BadParameter(f"{kind.item_subtype} items are not created through the registry; use "
                                 f"{where.get(kind.item_subtype, 'the service that records them')}")  # fmt: skip
    payload = read_payload(file)
    with session.client() as client:
        response = getattr(client.registry, kind.module).create_item(payload)
    item_id = _created_id(response)
    if as_json:
        print_json({"id": item_id, "item_subtype": kind.item_subtype, **jsonable(response)})
    else:
        click.echo(item_id)


@registry.command("update")
@click.argument("item_id", metavar="ID")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--reason", "-r", required=True, help="Why the item changes (kept in its history).")
@click.option("--subtype", "-s", metavar="SUBTYPE", help="The item's subtype (looked up when not given).")
@json_option
@click.pass_obj
def update(session: Session, item_id: str, file: str, reason: str, subtype: str | None, as_json: bool) -> None:
    """Replace the domain info of item ID with FILE (JSON or YAML); prints the id."""
    payload = read_payload(file)
    with session.client() as client:
        if subtype is None:
            item = jsonable(getattr(client.registry.general_fetch_item(item_id), "item", None)) or {}
            if not item.get("item_subtype"):
                from .._errors import ProvenaError

                raise ProvenaError(f"cannot update {item_id!r}: its subtype could not be determined")
            subtype = str(item["item_subtype"])
        kind = _subtype(subtype)
        if not kind.writable:
            raise click.BadParameter(f"{kind.item_subtype} items cannot be updated through the registry")
        response = getattr(client.registry, kind.module).update(item_id, payload, reason=reason)
    if as_json:
        print_json({"id": item_id, "item_subtype": kind.item_subtype, **jsonable(response)})
    else:
        click.echo(item_id)
