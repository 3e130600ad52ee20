"""`provena.lineage.to_svg`: a well-formed standalone SVG with one group per node and per edge, laid out in
columns by longest path (causes left, effects right)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

import httpx

from provena.lineage import to_svg

from ._support import make_transport

SVG = "{http://www.w3.org/2000/svg}"

# The shape the prov API returns for a model run (upstream and downstream merged): ids are handles.
GRAPH: dict[str, Any] = {
    "directed": True, "multigraph": False, "graph": {},
    "nodes": [
        {"id": "10378.1/1", "item_category": "ENTITY", "item_subtype": "DATASET"},
        {"id": "10378.1/2", "item_category": "ENTITY", "item_subtype": "DATASET"},
        {"id": "10378.1/3", "item_category": "ACTIVITY", "item_subtype": "MODEL_RUN"},
        {"id": "10378.1/4", "item_category": "ENTITY", "item_subtype": "DATASET"},
        {"id": "10378.1/5", "item_category": "AGENT", "item_subtype": "PERSON"},
        {"id": "10378.1/6", "item_category": "ENTITY", "item_subtype": "WORKFLOW_TEMPLATE"},
        {"id": "10378.1/7", "item_category": "ENTITY", "item_subtype": "DATASET_TEMPLATE"},
        {"id": "10378.1/8", "item_category": "ENTITY", "item_subtype": "SOMETHING_NEW"},
    ],
    "links": [
        {"source": "10378.1/3", "target": "10378.1/1", "type": "used"},
        {"source": "10378.1/3", "target": "10378.1/2", "type": "used"},
        {"source": "10378.1/4", "target": "10378.1/3", "type": "wasGeneratedBy"},
        {"source": "10378.1/3", "target": "10378.1/5", "type": "wasAssociatedWith"},
        {"source": "10378.1/4", "target": "10378.1/5", "type": "wasAttributedTo"},  # spans two columns
        {"source": "10378.1/3", "target": "10378.1/6", "type": "used"},
        {"source": "10378.1/6", "target": "10378.1/7", "type": "hadMember"},
        {"source": "10378.1/1", "target": "10378.1/7", "type": "wasInfluencedBy"},
        {"source": "10378.1/8", "target": "10378.1/4", "type": "wasDerivedFrom"},
    ],
}  # fmt: skip


def _parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)  # raises on anything that is not well-formed XML
    assert root.tag == f"{SVG}svg"
    return root


def _groups(root: ET.Element, cls: str) -> list[ET.Element]:
    return [g for g in root.iter(f"{SVG}g") if g.get("class") == cls]


def _box_x(group: ET.Element) -> float:
    rect = group.find(f"{SVG}rect")
    assert rect is not None
    return float(rect.get("x", "nan"))


def test_svg_is_well_formed_with_one_group_per_node_and_edge() -> None:
    root = _parse(to_svg(GRAPH, labels={"10378.1/3": 'Coral run <1> & "co"'}, title="Run & friends"))
    node_groups = _groups(root, "node")
    assert sorted(g.get("data-id") for g in node_groups) == sorted(n["id"] for n in GRAPH["nodes"])
    assert all(len(g.findall(f"{SVG}rect")) == 1 for g in node_groups)
    edge_groups = _groups(root, "edge")
    assert [(g.get("data-source"), g.get("data-type"), g.get("data-target")) for g in edge_groups] == [
        (e["source"], e["type"], e["target"]) for e in GRAPH["links"]
    ]
    assert all(g.find(f"{SVG}path") is not None for g in edge_groups)
    texts = "".join(root.itertext())
    assert 'Coral run <1> & "co"' in texts and "Run & friends" in texts  # escaped, not dropped
    assert {"used", "wasGeneratedBy", "hadMember"} <= {t.text for g in edge_groups for t in g.iter(f"{SVG}text")}


def test_columns_follow_the_longest_path_and_colours_follow_the_subtype() -> None:
    root = _parse(to_svg(GRAPH))
    by_id = {g.get("data-id"): g for g in _groups(root, "node")}
    x = {node: _box_x(g) for node, g in by_id.items()}
    # template <- input <- run <- output <- derived: strictly left to right
    assert x["10378.1/7"] < x["10378.1/1"] < x["10378.1/3"] < x["10378.1/4"] < x["10378.1/8"]
    # a sink is pulled right next to its nearest user instead of sitting in the first column
    assert x["10378.1/2"] == x["10378.1/5"] == x["10378.1/1"]

    def fill(node: str) -> str | None:
        rect = by_id[node].find(f"{SVG}rect")
        return None if rect is None else rect.get("fill")

    assert fill("10378.1/1") == fill("10378.1/2") == fill("10378.1/4")  # all datasets alike
    assert len({fill(n) for n in ("10378.1/1", "10378.1/3", "10378.1/5", "10378.1/6", "10378.1/8")}) == 5
    legend = [t.text for g in _groups(root, "legend") for t in g.iter(f"{SVG}text")]
    assert legend == sorted({n["item_subtype"] for n in GRAPH["nodes"]})


def test_long_edges_are_routed_through_the_gaps() -> None:
    root = _parse(to_svg(GRAPH))
    edge = next(g for g in _groups(root, "edge") if g.get("data-type") == "wasAttributedTo")
    path = edge.find(f"{SVG}path")
    assert path is not None
    # output -> person spans the run's column: two curves joined by a straight lane through that column
    assert path.get("d", "").count("C") == 2 and path.get("d", "").count("L") == 1


def test_cycles_empty_graphs_and_edges_to_unlisted_nodes_still_draw() -> None:
    cyclic = {"nodes": [{"id": "a"}, {"id": "b"}],
              "edges": [{"source": "a", "target": "b"}, {"source": "b", "target": "a", "type": "x"},
                        {"source": "a", "target": "c"}]}  # fmt: skip
    root = _parse(to_svg(cyclic))
    assert sorted(g.get("data-id") for g in _groups(root, "node")) == ["a", "b", "c"]
    assert len(_groups(root, "edge")) == 3
    empty = _parse(to_svg({"nodes": [], "links": []}))
    assert _groups(empty, "node") == [] and "empty" in "".join(empty.itertext())
    size = re.search(r'width="(\d+)" height="(\d+)"', to_svg(cyclic))
    assert size is not None and int(size.group(1)) > 0 and int(size.group(2)) > 0


def test_svg_from_a_parsed_lineage_response(generated_dir: object) -> None:
    import provena.sync

    body = {"status": {"success": True, "details": "ok"}, "record_count": len(GRAPH["nodes"]), "graph": GRAPH}
    client = provena.sync.ProvenaClient(transport=make_transport(lambda request: httpx.Response(200, json=body)))
    response = client.prov_api.explore_upstream("10378.1/4", 3)
    root = _parse(to_svg(response))
    assert len(_groups(root, "node")) == len(GRAPH["nodes"])
