"""`provena lineage ID`: the lineage graph as a tree on the terminal, or drawn to SVG / DOT files."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click

from .._files import write_atomically
from ._output import json_option, note, print_json
from ._session import Session

__all__ = ["lineage", "render_tree"]


def render_tree(start: str, nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> list[str]:
    """Lines of a tree rooted at `start`: each edge once, labelled with its PROV type and drawn `->` along the
    edge's direction or `<-` against it. A node is expanded where first met, "(listed elsewhere)" at its other
    edges."""
    kinds: Mapping[str, str] = {str(n["id"]): str(n.get("item_subtype") or n.get("item_category") or "") for n in nodes}
    around: dict[str, list[tuple[str, str, str]]] = {}
    for edge in edges:
        source, target, kind = str(edge["source"]), str(edge["target"]), str(edge.get("type") or "")
        around.setdefault(source, []).append((target, kind, "->"))
        around.setdefault(target, []).append((source, kind, "<-"))

    def label(node: str) -> str:
        return f"{node}  {click.style(kinds.get(node, ''), dim=True)}".rstrip()

    lines = [label(start)]
    seen = {start}
    drawn: set[tuple[str, str, str]] = set()  # each edge once, though both its ends list it

    def walk(node: str, indent: str) -> None:
        todo = []
        for child, kind, arrow in sorted(around.get(node, [])):
            key = (node, child, kind) if arrow == "->" else (child, node, kind)
            if key in drawn:
                continue
            drawn.add(key)
            todo.append((child, kind, arrow, child not in seen))
            seen.add(child)  # claimed here, so a deeper branch does not expand it again
        for i, (child, kind, arrow, expand) in enumerate(todo):
            last = i == len(todo) - 1
            more = "" if expand else click.style("  (listed elsewhere)", dim=True)
            lines.append(f"{indent}{'└── ' if last else '├── '}{kind} {arrow} {label(child)}{more}")
            if expand:
                walk(child, indent + ("    " if last else "│   "))

    walk(start, "")
    return lines


@click.command()
@click.argument("item_id", metavar="ID")
@click.option("--upstream/--downstream", default=True, show_default=True,
              help="Follow what ID came from (upstream) or what came from ID (downstream).")  # fmt: skip
@click.option("--depth", "-d", type=click.IntRange(min=1), default=3, show_default=True, help="Hops to follow.")
@click.option("--svg", type=click.Path(dir_okay=False, writable=True), metavar="FILE", help="Draw it as SVG.")
@click.option("--dot", type=click.Path(dir_okay=False, writable=True), metavar="FILE", help="Write Graphviz DOT.")
@json_option
@click.pass_obj
def lineage(session: Session, item_id: str, upstream: bool, depth: int, svg: str | None, dot: str | None,
            as_json: bool) -> None:  # fmt: skip
    """Lineage of ID: a tree on the terminal, the graph as JSON, or a picture (--svg, --dot)."""
    from .. import lineage as graphs

    with session.client() as client:
        explore = client.prov_api.explore_upstream if upstream else client.prov_api.explore_downstream
        response = explore(item_id, depth=depth)
    document = graphs.graph_document(response)
    nodes, edges = graphs.nodes(document), graphs.edges(document)
    direction = "upstream" if upstream else "downstream"
    if svg:
        write_atomically(Path(svg), graphs.to_svg(document, title=f"{direction} lineage of {item_id}"))
        note(f"Wrote {svg} ({len(nodes)} nodes, {len(edges)} edges)")
    if dot:
        write_atomically(Path(dot), graphs.to_dot(document))
        note(f"Wrote {dot}")
    if as_json:
        print_json({"id": item_id, "direction": direction, "depth": depth, "nodes": nodes, "edges": edges})
    elif not (svg or dot):
        for line in render_tree(item_id, nodes, edges):
            click.echo(line)
