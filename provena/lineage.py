"""Lineage responses as graphs: `to_networkx` (extra `graph`) and `to_dot` (no dependency).

The prov API returns a networkx node-link document in `LineageResponse.graph`: `nodes` (id, item_category,
item_subtype) and `links` — or `edges`, as networkx >= 3.4 names them — (source, target, type). Both spellings
are accepted. Any of these is accepted as input: the generated LineageResponse, a dict of its JSON, the `graph`
dict itself, or a pydantic model with `model_dump()`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import networkx  # type: ignore[import-untyped, unused-ignore]

__all__ = ["edges", "graph_document", "nodes", "to_dot", "to_networkx"]


def graph_document(lineage: Any) -> dict[str, Any]:
    """The node-link `graph` dict of a lineage response (see the module docstring for accepted inputs)."""
    data: Any = lineage
    if callable(getattr(data, "to_dict", None)):
        data = data.to_dict()
    elif callable(getattr(data, "model_dump", None)):
        data = data.model_dump(mode="json")
    if not isinstance(data, Mapping):
        raise TypeError(f"expected a LineageResponse, its JSON or its graph dict, got {type(lineage).__name__}")
    graph = data.get("graph", data) if "nodes" not in data else data
    if callable(getattr(graph, "to_dict", None)):
        graph = cast(Any, graph).to_dict()
    if not isinstance(graph, Mapping) or "nodes" not in graph:
        raise ValueError("the lineage response has no graph (was the query successful?)")
    return dict(graph)


def nodes(lineage: Any) -> list[dict[str, Any]]:
    """The graph's nodes (dicts with at least `id`)."""
    return [dict(n) for n in graph_document(lineage).get("nodes") or []]


def edges(lineage: Any) -> list[dict[str, Any]]:
    """The graph's edges (dicts with `source`, `target` and usually `type`), from `links` or `edges`."""
    graph = graph_document(lineage)
    raw = graph.get("links")
    if raw is None:
        raw = graph.get("edges")
    return [dict(e) for e in raw or []]


def to_networkx(lineage: Any) -> networkx.DiGraph:
    """A `networkx.DiGraph` (MultiDiGraph if the document says multigraph) with the node and edge attributes."""
    try:
        import networkx as nx
    except ImportError:
        raise ImportError(
            "provena.lineage.to_networkx needs networkx: install the `graph` extra (pip install 'provena-sdk[graph]')"
        ) from None
    doc = graph_document(lineage)
    graph: Any = nx.MultiDiGraph() if doc.get("multigraph") else nx.DiGraph()
    graph.graph.update(doc.get("graph") or {})
    for node in nodes(doc):
        attrs = {k: v for k, v in node.items() if k != "id"}
        graph.add_node(node["id"], **attrs)
    for edge in edges(doc):
        attrs = {k: v for k, v in edge.items() if k not in ("source", "target")}
        graph.add_edge(edge["source"], edge["target"], **attrs)
    return graph


def _escape(value: object) -> str:
    return str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _quote(value: object) -> str:
    return f'"{_escape(value)}"'


_SHAPES = {"ACTIVITY": "box", "AGENT": "ellipse", "ENTITY": "note"}


def to_dot(lineage: Any, *, name: str = "lineage") -> str:
    """Graphviz DOT text of the lineage graph (activities as boxes, agents as ellipses, entities as notes)."""
    lines = [f"digraph {_quote(name)} {{", "  rankdir=LR;"]
    for node in nodes(lineage):
        category = str(node.get("item_category") or "")
        subtype = node.get("item_subtype")
        # DOT's own line break (a literal backslash-n) between the escaped id and subtype.
        label = "\\n".join(_escape(part) for part in (node["id"], subtype) if part)
        shape = _SHAPES.get(category.upper(), "ellipse")
        lines.append(f'  {_quote(node["id"])} [label="{label}", shape={shape}];')
    for edge in edges(lineage):
        kind = edge.get("type")
        suffix = f" [label={_quote(kind)}]" if kind else ""
        lines.append(f"  {_quote(edge['source'])} -> {_quote(edge['target'])}{suffix};")
    lines.append("}")
    return "\n".join(lines) + "\n"
