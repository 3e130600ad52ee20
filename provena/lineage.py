"""Lineage responses as graphs: `to_networkx` (extra `graph`), `to_dot` and `to_svg` (no dependency).

The prov API returns a networkx node-link document in `LineageResponse.graph`: `nodes` (id, item_category,
item_subtype) and `links` — or `edges`, as networkx >= 3.4 names them — (source, target, type). Both spellings
are accepted. Any of these is accepted as input: the generated LineageResponse, a dict of its JSON, the `graph`
dict itself, or a pydantic model with `model_dump()`.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import networkx  # type: ignore[import-untyped, unused-ignore]

__all__ = ["edges", "graph_document", "nodes", "to_dot", "to_networkx", "to_svg"]


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


# -- SVG: a picture without Graphviz ---------------------------------------------------------------------------
# Fill and stroke per item subtype; both spellings of the workflow template subtype occur (registry vs graph).
_COLOURS: dict[str, tuple[str, str]] = {
    "DATASET": ("#dbeafe", "#1d4ed8"),
    "MODEL_RUN": ("#fef3c7", "#b45309"),
    "MODEL": ("#dcfce7", "#15803d"),
    "WORKFLOW_TEMPLATE": ("#ede9fe", "#6d28d9"),
    "MODEL_RUN_WORKFLOW_TEMPLATE": ("#ede9fe", "#6d28d9"),
    "DATASET_TEMPLATE": ("#e0f2fe", "#0369a1"),
    "PERSON": ("#fce7f3", "#be185d"),
    "ORGANISATION": ("#ffe4e6", "#be123c"),
    "CREATE": ("#fefce8", "#a16207"),
    "VERSION": ("#ffedd5", "#c2410c"),
    "STUDY": ("#f5f5f4", "#57534e"),
}
# Unknown subtypes still get a stable colour of their own (picked by a hash of the name, not by order).
_SPARE_COLOURS = (("#ecfeff", "#0e7490"), ("#f7fee7", "#4d7c0f"), ("#fdf4ff", "#a21caf"), ("#f1f5f9", "#334155"))
_CATEGORY_ORDER = {"AGENT": 0, "ENTITY": 1, "ACTIVITY": 2}

_BOX_W, _BOX_H, _DUMMY_H = 210.0, 58.0, 12.0
_GAP_X, _GAP_Y = 130.0, 24.0
_MARGIN, _TITLE_H = 24.0, 34.0
_CHAR_W = 6.6  # average glyph width of the 12 px sans-serif label font: enough to truncate, not to typeset
_DUMMY = "\0"  # prefix of the waypoints of long edges in the layers (no lineage id starts with NUL)


def _colour(subtype: str) -> tuple[str, str]:
    import zlib

    found = _COLOURS.get(subtype.upper())
    return found or _SPARE_COLOURS[zlib.crc32(subtype.encode()) % len(_SPARE_COLOURS)]


def _subtype(node: Mapping[str, Any]) -> str:
    return str(node.get("item_subtype") or node.get("item_category") or "ITEM")


def _fit(text: str, width: float) -> str:
    limit = max(4, int(width / _CHAR_W))
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _ranks(ids: list[str], succ: Mapping[str, list[str]], pred: Mapping[str, list[str]]) -> dict[str, int]:
    """A column per node: longest path to a sink along the edges, then each node moved right next to its
    nearest predecessor (so an input sits beside the run that used it, not in the leftmost column).

    PROV edges point from effect to cause (run -used-> input, output -wasGeneratedBy-> run): causes get the low
    ranks and, drawn left to right, the picture reads in time order. A back edge of a cycle is ignored. The DFS
    is iterative: no recursion limit on deep graphs.
    """
    rank: dict[str, int] = {}
    visiting: set[str] = set()
    for root in ids:
        if root in rank:
            continue
        visiting.add(root)
        stack = [(root, iter(succ[root]))]
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                visiting.discard(node)
                rank[node] = 1 + max((rank[c] for c in succ[node] if c in rank), default=-1)
            elif child not in rank and child not in visiting:
                visiting.add(child)
                stack.append((child, iter(succ[child])))
    for node in sorted(ids, key=lambda n: -rank[n]):  # predecessors (higher ranks) are final first
        above = [rank[p] for p in pred[node] if rank[p] > rank[node]]
        if above:
            rank[node] = min(above) - 1
    return rank


def _order_layers(layers: list[list[str]], neighbours: Mapping[str, set[str]]) -> None:
    """Barycentre sweeps (left to right, then back): fewer crossings than the initial sorted order."""
    for _ in range(4):
        for step in (1, -1):
            sweep = range(1, len(layers)) if step == 1 else range(len(layers) - 2, -1, -1)
            for r in sweep:
                position = {n: i for layer in layers for i, n in enumerate(layer)}
                near = set(layers[r - step])

                def key(node: str, here: dict[str, int] = position, near: set[str] = near) -> float:
                    linked = [here[m] for m in neighbours[node] if m in near]
                    return sum(linked) / len(linked) if linked else float(here[node])

                layers[r].sort(key=key)


_Point = tuple[float, float]
_Box = tuple[float, float, float, float]  # x0, y0, x1, y1
_LABEL_CHAR_W = 5.8  # average glyph width of the 10.5 px edge-label font
_LABEL_SPOTS = (0.5, 0.35, 0.65, 0.2, 0.8)  # where along its curve an edge label may go, best first


def _controls(a: _Point, b: _Point) -> tuple[_Point, _Point]:
    """The control points of a horizontal S-curve from `a` to `b`."""
    bend = max(30.0, abs(b[0] - a[0]) / 2) * (1 if b[0] >= a[0] else -1)
    return (a[0] + bend, a[1]), (b[0] - bend, b[1])


def _curve(a: _Point, b: _Point) -> str:
    c1, c2 = _controls(a, b)
    return f"C{c1[0]:.1f},{c1[1]:.1f} {c2[0]:.1f},{c2[1]:.1f} {b[0]:.1f},{b[1]:.1f}"


def _on_curve(a: _Point, b: _Point, t: float) -> _Point:
    """The point at `t` (0..1) of the cubic Bezier `_curve(a, b)` draws."""
    c1, c2 = _controls(a, b)
    u = 1 - t
    return (u**3 * a[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * b[0],
            u**3 * a[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * b[1])  # fmt: skip


def _place_label(spots: list[_Point], text: str, taken: list[_Box]) -> _Point:
    """The first spot where the label covers no box or earlier label (else the first spot); marks it taken."""
    half = len(text) * _LABEL_CHAR_W / 2 + 2

    def box(spot: _Point) -> _Box:
        return spot[0] - half, spot[1] - 13, spot[0] + half, spot[1] + 1

    def free(b: _Box) -> bool:
        return not any(b[0] < o[2] and o[0] < b[2] and b[1] < o[3] and o[1] < b[3] for o in taken)

    chosen = next((spot for spot in spots if free(box(spot))), spots[0])
    taken.append(box(chosen))
    return chosen


def to_svg(lineage: Any, *, labels: Mapping[str, str] | None = None, title: str | None = None) -> str:
    """A standalone SVG picture of the lineage graph, drawn in pure Python (no Graphviz binary needed).

    Layered left to right by longest path (causes left, effects right); one box per node, coloured by item
    subtype, and one arrow per edge labelled with its relation (e.g. `used`); edges spanning several columns
    are routed through the gaps between boxes. `labels` maps node ids to names shown in the boxes (the ids are
    shown too); `title` is drawn above the graph. Every node is a `<g class="node" data-id=...>` and every edge
    a `<g class="edge">`, so the picture can be styled or checked.
    """
    from xml.sax.saxutils import escape, quoteattr

    names = dict(labels or {})
    links = edges(lineage)
    info: dict[str, dict[str, Any]] = {str(n["id"]): n for n in nodes(lineage)}
    for link in links:  # an edge may name a node the node list lacks: draw it anyway
        for node_id in (str(link["source"]), str(link["target"])):
            info.setdefault(node_id, {"id": node_id})
    ids = sorted(info, key=lambda n: (_CATEGORY_ORDER.get(str(info[n].get("item_category") or ""), 3),
                                      _subtype(info[n]), names.get(n, n)))  # fmt: skip
    succ: dict[str, list[str]] = {n: [] for n in ids}
    pred: dict[str, list[str]] = {n: [] for n in ids}
    for link in links:
        succ[str(link["source"])].append(str(link["target"]))
        pred[str(link["target"])].append(str(link["source"]))
    rank = _ranks(ids, succ, pred)

    # Layers of boxes plus one waypoint per column an edge crosses, ordered together so long edges get a lane.
    layers: list[list[str]] = [[] for _ in range(max(rank.values(), default=-1) + 1)]
    for n in ids:
        layers[rank[n]].append(n)
    neighbours: dict[str, set[str]] = {n: set() for n in ids}
    chains: list[list[str]] = []  # per edge: source, waypoints..., target
    for i, link in enumerate(links):
        s, t = str(link["source"]), str(link["target"])
        chain = [s] + [f"{_DUMMY}{i}:{r}" for r in range(rank[s] - 1, rank[t], -1)] + [t]
        for r, point in zip(range(rank[s] - 1, rank[t], -1), chain[1:-1], strict=True):
            layers[r].append(point)
            neighbours[point] = set()
        for a, b in itertools.pairwise(chain):
            neighbours[a].add(b)
            neighbours[b].add(a)
        chains.append(chain)
    _order_layers(layers, neighbours)

    def height_of(n: str) -> float:
        return _DUMMY_H if n.startswith(_DUMMY) else _BOX_H

    def column_height(layer: list[str]) -> float:
        return sum(height_of(n) for n in layer) + _GAP_Y * max(0, len(layer) - 1)

    graph_h = max((column_height(layer) for layer in layers), default=_BOX_H)
    top = _MARGIN + (_TITLE_H if title else 0.0)
    width = 2 * _MARGIN + max(1, len(layers)) * _BOX_W + max(0, len(layers) - 1) * _GAP_X
    if any(rank[str(e["source"])] == rank[str(e["target"])] for e in links):
        width += 50.0  # room for a loop right of the last column
    where: dict[str, tuple[float, float]] = {}  # top-left corner of each box / waypoint
    for r, layer in enumerate(layers):
        y = top + (graph_h - column_height(layer)) / 2
        for n in layer:
            where[n] = (_MARGIN + r * (_BOX_W + _GAP_X), y)
            y += height_of(n) + _GAP_Y

    def centre_y(n: str) -> float:
        return where[n][1] + height_of(n) / 2

    # Ports: the edges leaving (left side) or entering (right side) a box are spread along that side, in the
    # vertical order of where they go, so arrows do not all meet in one point.
    ports: dict[tuple[str, str], list[tuple[float, int]]] = {}
    for i, chain in enumerate(chains):
        s, t = chain[0], chain[-1]
        if rank[s] > rank[t]:
            ports.setdefault((s, "out"), []).append((centre_y(chain[1]), i))
            ports.setdefault((t, "in"), []).append((centre_y(chain[-2]), i))
    port_y: dict[tuple[int, str], float] = {}
    for (n, side), entries in ports.items():
        entries.sort()
        for k, (_, i) in enumerate(entries):
            port_y[(i, side)] = where[n][1] + _BOX_H * (k + 1) / (len(entries) + 1)

    # Legend entries flow left to right and wrap at the picture's width.
    legend: list[tuple[str, float, float]] = []
    lx, ly = _MARGIN, top + graph_h + 22
    for subtype in sorted({_subtype(info[n]) for n in ids}):
        step = 19 + len(subtype) * _CHAR_W + 22
        if lx > _MARGIN and lx + step > width - _MARGIN:
            lx, ly = _MARGIN, ly + 22
        legend.append((subtype, lx, ly))
        lx += step
    height = (ly + 14 if legend else top + graph_h) + _MARGIN

    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="Helvetica, Arial, sans-serif" font-size="12">',
        f"<title>{escape(title or 'Provena lineage')}</title>",
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
        'orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#475569"/></marker></defs>',
        f'<rect width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>',
    ]
    if title:
        out.append(f'<text x="{_MARGIN}" y="{_MARGIN + 14}" font-size="16" font-weight="bold" '
                   f'fill="#0f172a">{escape(title)}</text>')  # fmt: skip
    if not ids:
        out.append(f'<text x="{_MARGIN}" y="{top + 14}" fill="#64748b">(empty lineage graph)</text>')

    out.append('<g class="edges" fill="none">')
    taken: list[_Box] = [(x, y, x + _BOX_W, y + _BOX_H) for n, (x, y) in where.items() if not n.startswith(_DUMMY)]
    for i, (link, chain) in enumerate(zip(links, chains, strict=True)):
        s, t = chain[0], chain[-1]
        kind = str(link.get("type") or "")
        if rank[s] > rank[t]:  # effect (right) -> cause (left), through the waypoints' lanes
            start = (where[s][0], port_y[(i, "out")])
            path = [f"M{start[0]:.1f},{start[1]:.1f}"]
            here = start
            for point in chain[1:-1]:
                x, y = where[point][0], centre_y(point)
                path.append(_curve(here, (x + _BOX_W, y)))
                path.append(f"L{x:.1f},{y:.1f}")
                here = (x, y)
            end = (where[t][0] + _BOX_W, port_y[(i, "in")])
            path.append(_curve(here, end))
            # The label goes on the first stretch (next to the source), where along it nothing else is.
            first_end = (where[chain[1]][0] + _BOX_W, centre_y(chain[1])) if len(chain) > 2 else end
            spots = [_on_curve(start, first_end, f) for f in _LABEL_SPOTS]
        elif rank[s] < rank[t]:  # the back edge of a cycle: left to right, just below the straight line
            start = (where[s][0] + _BOX_W, centre_y(s) + 10.0)
            end = (where[t][0], centre_y(t) + 10.0)
            path = [f"M{start[0]:.1f},{start[1]:.1f}", _curve(start, end)]
            spots = [((start[0] + end[0]) / 2, (start[1] + end[1]) / 2 + 14.0)]
        else:  # both ends in one column (a self-loop, or a cycle): a loop out into the gap on the right
            start = (where[s][0] + _BOX_W, centre_y(s) - 8.0)
            end = (where[t][0] + _BOX_W, centre_y(t) + 8.0)
            reach = start[0] + 45.0
            path = [f"M{start[0]:.1f},{start[1]:.1f}",
                    f"C{reach:.1f},{start[1]:.1f} {reach:.1f},{end[1]:.1f} {end[0]:.1f},{end[1]:.1f}"]  # fmt: skip
            spots = [(reach, (start[1] + end[1]) / 2 + 4.0)]
        text = ""
        if kind:
            label_at = _place_label(spots, kind, taken)
            text = (
                f'<text x="{label_at[0]:.1f}" y="{label_at[1] - 3:.1f}" text-anchor="middle" font-size="10.5" '
                f'fill="#334155" stroke="#ffffff" stroke-width="3" paint-order="stroke">{escape(kind)}</text>'
            )
        out.append(
            f'<g class="edge" data-source={quoteattr(s)} data-target={quoteattr(t)} data-type={quoteattr(kind)}>'
            f'<path d="{" ".join(path)}" stroke="#475569" stroke-width="1.3" marker-end="url(#arrow)"/>{text}</g>'
        )
    out.append("</g>")

    out.append('<g class="nodes">')
    for n in ids:
        x, y = where[n]
        subtype = _subtype(info[n])
        fill, stroke = _colour(subtype)
        name = names.get(n)
        rounded = 14 if str(info[n].get("item_category") or "").upper() == "ACTIVITY" else 4
        lines = [
            f'<text x="{x + 10:.1f}" y="{y + 17:.1f}" font-size="10" font-weight="bold" fill="{stroke}">'
            f"{escape(_fit(subtype, _BOX_W - 20))}</text>",
            f'<text x="{x + 10:.1f}" y="{y + 34:.1f}" fill="#0f172a">{escape(_fit(name or n, _BOX_W - 20))}</text>',
        ]
        if name:
            lines.append(f'<text x="{x + 10:.1f}" y="{y + 49:.1f}" font-size="10" fill="#64748b">'
                         f"{escape(_fit(n, _BOX_W - 20))}</text>")  # fmt: skip
        tooltip = f"{subtype} {n}" + (f" ({name})" if name else "")
        out.append(
            f'<g class="node" data-id={quoteattr(n)} data-subtype={quoteattr(subtype)}>'
            f"<title>{escape(tooltip)}</title>"
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{_BOX_W:.0f}" height="{_BOX_H:.0f}" rx="{rounded}" '
            f'fill="{fill}" stroke="{stroke}" stroke-width="1.5"/>{"".join(lines)}</g>'
        )
    out.append("</g>")

    out.append('<g class="legend">')
    for subtype, lx, ly in legend:
        fill, stroke = _colour(subtype)
        out.append(
            f'<rect x="{lx:.1f}" y="{ly:.1f}" width="14" height="14" rx="3" fill="{fill}" stroke="{stroke}"/>'
            f'<text x="{lx + 19:.1f}" y="{ly + 11:.1f}" font-size="11" fill="#334155">{escape(subtype)}</text>'
        )
    out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"
