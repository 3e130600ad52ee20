"""The provenance graph: storage in the stack's SQLite state and the lineage queries.

The real prov API keeps the graph in Neo4j. Nodes carry ``id``, ``item_category``
(also the node label), ``item_subtype`` and ``record_ids`` (the comma separated ids of
the records that mention the node); links carry a PROV-O relation and their own
``record_ids``, at most one link per (source, target). Writes are either an additive
merge (register) or a diff of one record's graph against its stored version (update,
delete), so a node shared by several records survives until its last record leaves.

Queries reproduce the reference Cypher (``MATCH r=(parent)<-[*1..depth]-(start)``
etc.) and answer in networkx's ``node_link_data`` shape, as the real service does.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ProvenaInterfaces.ProvenanceModels import ModelRunRecord

from .context import StackContext

# Real defaults (prov-api config): depth_upper_limit, depth_default_limit, depth_specialised_default_limit.
DEPTH_UPPER_LIMIT = 10
DEPTH_DEFAULT = 2
DEPTH_SPECIAL_DEFAULT = 4

_SCHEMA = """
CREATE TABLE IF NOT EXISTS lineage_nodes (
    id TEXT PRIMARY KEY, category TEXT NOT NULL, subtype TEXT NOT NULL, record_ids TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS lineage_links (
    source TEXT NOT NULL, target TEXT NOT NULL, relation TEXT NOT NULL, record_ids TEXT NOT NULL,
    seq INTEGER NOT NULL, PRIMARY KEY (source, target)
);
"""


@dataclass(frozen=True)
class Node:
    id: str
    category: str
    subtype: str


@dataclass(frozen=True)
class Link:
    source: str
    target: str
    relation: str


@dataclass
class Graph:
    """One record's contribution to the provenance graph."""

    record_id: str
    nodes: dict[str, Node] = field(default_factory=dict)
    links: dict[tuple[str, str], Link] = field(default_factory=dict)

    def node(self, id: str, category: str, subtype: str) -> None:
        self.nodes[id] = Node(id, category, subtype)  # a later definition replaces, as GraphBuilder does

    def link(self, source: str, target: str, relation: str) -> None:
        self.links[(source, target)] = Link(source, target, relation)


# -- building records' graphs -------------------------------------------------------------------
def model_run_graph(record: ModelRunRecord, record_id: str, software_id: str) -> Graph:
    """The nodes and PROV-O relations a model run record contributes (reference: model_run_to_graph)."""
    g = Graph(record_id)
    g.node(record_id, "ACTIVITY", "MODEL_RUN")
    if record.study_id is not None:
        g.node(record.study_id, "ACTIVITY", "STUDY")
    inputs: dict[str, list[str]] = {}
    outputs: dict[str, list[str]] = {}
    for templated, by_template in ((record.inputs, inputs), (record.outputs, outputs)):
        for ds in templated:
            g.node(ds.dataset_id, "ENTITY", "DATASET")
            by_template.setdefault(ds.dataset_template_id, []).append(ds.dataset_id)
    wf = record.workflow_template_id
    g.node(wf, "ENTITY", "WORKFLOW_TEMPLATE")
    template_ids = list(dict.fromkeys([*inputs, *outputs]))
    for t in template_ids:
        g.node(t, "ENTITY", "DATASET_TEMPLATE")
    g.node(software_id, "ENTITY", "MODEL")
    modeller = record.associations.modeller_id
    g.node(modeller, "AGENT", "PERSON")
    org = record.associations.requesting_organisation_id
    if org is not None:
        g.node(org, "AGENT", "ORGANISATION")

    if record.study_id is not None:
        g.link(record_id, record.study_id, "wasInformedBy")
    for ids in inputs.values():
        for d in ids:
            g.link(record_id, d, "used")
    for ids in outputs.values():
        for d in ids:
            g.link(d, record_id, "wasGeneratedBy")
    g.link(record_id, software_id, "used")
    g.link(record_id, wf, "used")
    g.link(record_id, modeller, "wasAssociatedWith")
    if org is not None:
        g.link(record_id, org, "wasAssociatedWith")
    for ids in outputs.values():
        for d in ids:
            g.link(d, modeller, "wasAttributedTo")
    for t in template_ids:
        g.link(wf, t, "hadMember")
        for d in inputs.get(t, []) + outputs.get(t, []):
            g.link(d, t, "wasInfluencedBy")
    g.link(wf, software_id, "hadMember")
    return g


def create_graph(created_item_id: str, created_item_subtype: str, create_activity_id: str, agent_id: str) -> Graph:
    """A Create activity (reference: create_to_graph)."""
    g = Graph(create_activity_id)
    g.node(create_activity_id, "ACTIVITY", "CREATE")
    g.node(agent_id, "AGENT", "PERSON")
    g.node(created_item_id, "ENTITY", created_item_subtype)
    g.link(created_item_id, create_activity_id, "wasGeneratedBy")
    g.link(create_activity_id, agent_id, "wasAssociatedWith")
    g.link(created_item_id, agent_id, "wasAttributedTo")
    return g


def version_graph(from_id: str, to_id: str, version_activity_id: str, item_subtype: str, agent_id: str) -> Graph:
    """A Version activity (reference: version_to_graph)."""
    g = Graph(version_activity_id)
    g.node(version_activity_id, "ACTIVITY", "VERSION")
    g.node(agent_id, "AGENT", "PERSON")
    g.node(from_id, "ENTITY", item_subtype)
    g.node(to_id, "ENTITY", item_subtype)
    g.link(to_id, version_activity_id, "wasGeneratedBy")
    g.link(version_activity_id, agent_id, "wasAssociatedWith")
    g.link(to_id, agent_id, "wasAttributedTo")
    g.link(version_activity_id, from_id, "used")
    return g


# -- storage --------------------------------------------------------------------------------------
class LineageStore:
    def __init__(self, ctx: StackContext) -> None:
        self.state = ctx.state
        with self.state.transaction():
            for stmt in _SCHEMA.strip().split(";"):
                if stmt.strip():
                    self.state.execute(stmt)

    def _seq(self) -> int:
        return self.state.counter("lineage_seq")

    def merge_add(self, graph: Graph) -> None:
        """Additive merge: add missing nodes/links, add the record id to existing ones (never removes)."""
        rid = graph.record_id
        with self.state.transaction():
            for n in graph.nodes.values():
                row = self.state.execute("SELECT record_ids FROM lineage_nodes WHERE id=?", (n.id,))
                if row:
                    self.state.execute("UPDATE lineage_nodes SET category=?, subtype=?, record_ids=? WHERE id=?",
                                       (n.category, n.subtype, _add_id(row[0][0], rid), n.id))  # fmt: skip
                else:
                    self.state.execute("INSERT INTO lineage_nodes VALUES (?,?,?,?,?)",
                                       (n.id, n.category, n.subtype, rid, self._seq()))  # fmt: skip
            for lk in graph.links.values():
                self._add_link(lk, rid)

    def _add_link(self, lk: Link, rid: str) -> None:
        row = self.state.execute("SELECT record_ids FROM lineage_links WHERE source=? AND target=?",
                                 (lk.source, lk.target))  # fmt: skip
        if row:
            self.state.execute("UPDATE lineage_links SET record_ids=? WHERE source=? AND target=?",
                               (_add_id(row[0][0], rid), lk.source, lk.target))  # fmt: skip
        else:
            self.state.execute("INSERT INTO lineage_links VALUES (?,?,?,?,?)",
                               (lk.source, lk.target, lk.relation, rid, self._seq()))  # fmt: skip

    def record_graph(self, record_id: str) -> tuple[dict[str, dict[str, Any]], dict[tuple[str, str], dict[str, Any]]]:
        """The stored nodes and links that carry ``record_id`` (with all their record ids)."""
        nodes = {
            r[0]: {"id": r[0], "category": r[1], "subtype": r[2], "record_ids": r[3]}
            for r in self.state.execute("SELECT id, category, subtype, record_ids FROM lineage_nodes ORDER BY seq")
            if record_id in r[3].split(",")
        }
        links = {
            (r[0], r[1]): {"source": r[0], "target": r[1], "relation": r[2], "record_ids": r[3]}
            for r in self.state.execute("SELECT source, target, relation, record_ids FROM lineage_links ORDER BY seq")
            if record_id in r[3].split(",")
        }
        return nodes, links

    def diff(self, graph: Graph) -> list[dict[str, Any]]:
        """Actions turning the stored graph of ``graph.record_id`` into ``graph`` (reference: diff_graphs)."""
        rid = graph.record_id
        old_nodes, old_links = self.record_graph(rid)
        actions: list[dict[str, Any]] = []
        for nid, n in graph.nodes.items():
            if nid not in old_nodes:
                actions.append({"action_type": "ADD_NEW_NODE", "node": _node_json(n, rid)})
        for nid, old in old_nodes.items():
            if nid not in graph.nodes:
                ids = set(old["record_ids"].split(","))
                kind = "REMOVE_NODE" if ids <= {rid} else "REMOVE_RECORD_ID_FROM_NODE"
                actions.append({"action_type": kind, "node_id": nid} | ({} if kind == "REMOVE_NODE" else
                                                                           {"record_id": rid}))  # fmt: skip
        for key, lk in graph.links.items():
            prev = old_links.get(key)
            if prev is None or prev["relation"] != lk.relation:
                actions.append({"action_type": "ADD_NEW_LINK", "link": _link_json(lk, graph, rid)})
        for key, old in old_links.items():
            new = graph.links.get(key)
            if new is None or new.relation != old["relation"]:
                ids = set(old["record_ids"].split(","))
                kind = "REMOVE_LINK" if ids <= {rid} else "REMOVE_RECORD_ID_FROM_LINK"
                entry = {"action_type": kind, "link": {"source": old["source"], "target": old["target"],
                                                       "relation": old["relation"],
                                                       "props": {"record_ids": old["record_ids"]}}}  # fmt: skip
                actions.append(entry | ({} if kind == "REMOVE_LINK" else {"record_id": rid}))
        order = ["ADD_NEW_NODE", "ADD_NEW_LINK", "REMOVE_RECORD_ID_FROM_LINK", "REMOVE_LINK",
                 "REMOVE_RECORD_ID_FROM_NODE", "REMOVE_NODE"]  # fmt: skip
        return sorted(actions, key=lambda a: order.index(a["action_type"]))

    def apply_diff(self, graph: Graph) -> list[dict[str, Any]]:
        """Replace the stored graph of ``graph.record_id`` with ``graph``; returns the applied diff."""
        rid = graph.record_id
        with self.state.transaction():
            actions = self.diff(graph)
            for a in actions:
                kind = a["action_type"]
                if kind == "ADD_NEW_NODE":
                    n = a["node"]
                    row = self.state.execute("SELECT record_ids FROM lineage_nodes WHERE id=?", (n["id"],))
                    if row:
                        self.state.execute("UPDATE lineage_nodes SET record_ids=? WHERE id=?",
                                           (_add_id(row[0][0], rid), n["id"]))  # fmt: skip
                    else:
                        self.state.execute("INSERT INTO lineage_nodes VALUES (?,?,?,?,?)",
                                           (n["id"], n["category"], n["subtype"], rid, self._seq()))  # fmt: skip
                elif kind == "ADD_NEW_LINK":
                    lk = a["link"]
                    self.state.execute("DELETE FROM lineage_links WHERE source=? AND target=? AND relation<>?",
                                       (lk["source"], lk["target"], lk["relation"]))  # fmt: skip
                    self._add_link(Link(lk["source"], lk["target"], lk["relation"]), rid)
                elif kind in ("REMOVE_LINK", "REMOVE_RECORD_ID_FROM_LINK"):
                    lk = a["link"]
                    self._drop_id("lineage_links", "source=? AND target=?", (lk["source"], lk["target"]), rid)
                else:
                    self._drop_id("lineage_nodes", "id=?", (a["node_id"],), rid)
            # Nodes already shared with another record: make sure this record is on them.
            for n in graph.nodes.values():
                row = self.state.execute("SELECT record_ids FROM lineage_nodes WHERE id=?", (n.id,))
                if row and rid not in row[0][0].split(","):
                    self.state.execute("UPDATE lineage_nodes SET record_ids=? WHERE id=?",
                                       (_add_id(row[0][0], rid), n.id))  # fmt: skip
            for lk in graph.links.values():
                self._add_link(lk, rid)
        return actions

    def _drop_id(self, table: str, where: str, params: tuple[str, ...], rid: str) -> None:
        row = self.state.execute(f"SELECT record_ids FROM {table} WHERE {where}", params)
        if not row:
            return
        ids = [i for i in row[0][0].split(",") if i and i != rid]
        if ids:
            self.state.execute(f"UPDATE {table} SET record_ids=? WHERE {where}", (",".join(ids), *params))
        else:
            self.state.execute(f"DELETE FROM {table} WHERE {where}", params)
            if table == "lineage_nodes":  # DETACH: a node never outlives its links
                self.state.execute("DELETE FROM lineage_links WHERE source=? OR target=?", (params[0], params[0]))

    def clear(self) -> None:
        with self.state.transaction():
            self.state.execute("DELETE FROM lineage_links")
            self.state.execute("DELETE FROM lineage_nodes")

    # -- queries -----------------------------------------------------------------------------------
    def _load(self) -> tuple[dict[str, tuple[str, str]], list[tuple[str, str, str]]]:
        nodes = {r[0]: (r[1], r[2]) for r in self.state.execute("SELECT id, category, subtype FROM lineage_nodes")}
        links = [(r[0], r[1], r[2]) for r in
                 self.state.execute("SELECT source, target, relation FROM lineage_links ORDER BY seq")]  # fmt: skip
        return nodes, links

    def upstream(self, start: str, depth: int) -> dict[str, Any]:
        """``MATCH r=((parent)<-[*1..depth]-(start))``: follow links from source to target."""
        return self._paths(start, depth, forward=True, target=lambda c, s: True)

    def downstream(self, start: str, depth: int) -> dict[str, Any]:
        """``MATCH r=((start)<-[*1..depth]-(child))``: follow links against their direction."""
        return self._paths(start, depth, forward=False, target=lambda c, s: True)

    def contributing_datasets(self, start: str, depth: int) -> dict[str, Any]:
        return self._paths(start, depth, forward=True, target=lambda c, s: c == "ENTITY" and s == "DATASET")

    def effected_datasets(self, start: str, depth: int) -> dict[str, Any]:
        return self._paths(start, depth, forward=False, target=lambda c, s: c == "ENTITY" and s == "DATASET")

    def contributing_agents(self, start: str, depth: int) -> dict[str, Any]:
        return self._paths(start, depth, forward=True, target=lambda c, s: c == "AGENT")

    def effected_agents(self, start: str, depth: int) -> dict[str, Any]:
        """``MATCH r=((agent:AGENT)<-[]-(downstream)-[*0..depth]->(start))``."""
        nodes, links = self._load()
        back = _bfs([start], links, forward=False, depth=depth)  # hops from x forward to start
        sources = [s for s, t, _ in links if s in back and nodes.get(t, ("", ""))[0] == "AGENT"]
        reach = _bfs(sources, links, forward=True, depth=depth)  # hops from a qualifying node
        chosen = [lk for lk in links
                  if (lk[0] in sources and nodes.get(lk[1], ("", ""))[0] == "AGENT")
                  or (lk[0] in reach and lk[1] in back and reach[lk[0]] + 1 + back[lk[1]] <= depth)]  # fmt: skip
        return _node_link(nodes, chosen, start)

    def _paths(self, start: str, depth: int, forward: bool,
               target: Callable[[str, str], bool]) -> dict[str, Any]:  # fmt: skip
        """Links on some path of 1..depth hops from ``start`` that ends at a ``target`` node.

        A link u->v (taken in the walking direction) lies on such a path exactly when
        hops(start, u) + 1 + hops(v, nearest target) <= depth.
        """
        nodes, links = self._load()
        ahead = _bfs([start], links, forward=forward, depth=depth)
        targets = [n for n, (c, s) in nodes.items() if target(c, s)]
        to_target = _bfs(targets, links, forward=not forward, depth=depth)
        chosen = []
        for lk in links:
            u, v = (lk[0], lk[1]) if forward else (lk[1], lk[0])
            if u in ahead and v in to_target and ahead[u] + 1 + to_target[v] <= depth:
                chosen.append(lk)
        return _node_link(nodes, chosen, start)

    def has_node(self, id: str) -> bool:
        return bool(self.state.execute("SELECT 1 FROM lineage_nodes WHERE id=?", (id,)))


def lineage_store(ctx: StackContext) -> LineageStore:
    store = ctx.__dict__.get("_lineage_store")
    if store is None:
        store = LineageStore(ctx)
        ctx.__dict__["_lineage_store"] = store
    return store


def _bfs(starts: Iterable[str], links: list[tuple[str, str, str]], forward: bool, depth: int) -> dict[str, int]:
    adjacency: dict[str, list[str]] = {}
    for s, t, _ in links:
        a, b = (s, t) if forward else (t, s)
        adjacency.setdefault(a, []).append(b)
    dist = {s: 0 for s in starts}
    todo = deque(dist)
    while todo:
        u = todo.popleft()
        if dist[u] >= depth:
            continue
        for v in adjacency.get(u, []):
            if v not in dist:
                dist[v] = dist[u] + 1
                todo.append(v)
    return dist


def _node_link(nodes: dict[str, tuple[str, str]], links: list[tuple[str, str, str]], start: str) -> dict[str, Any]:
    """networkx ``node_link_data`` of the DiGraph the reference builds from the matched paths."""
    order: list[str] = []
    seen: set[str] = set()
    for s, t, _ in links:
        for n in (s, t):
            if n not in seen:
                seen.add(n)
                order.append(n)
    return {
        "directed": True,
        "multigraph": False,
        "graph": {},
        "nodes": [
            {"item_category": nodes.get(n, ("", ""))[0], "item_subtype": nodes.get(n, ("", ""))[1], "id": n}
            for n in order
        ],
        "links": [{"type": r, "source": s, "target": t} for s, t, r in links],
    }


def _add_id(ids: str, rid: str) -> str:
    parts = [i for i in ids.split(",") if i]
    return ",".join(parts if rid in parts else [*parts, rid])


def _node_json(n: Node, rid: str) -> dict[str, Any]:
    return {"id": n.id, "category": n.category, "subtype": n.subtype, "props": {"record_ids": rid}}


def _link_json(lk: Link, g: Graph, rid: str) -> dict[str, Any]:
    return {"source": lk.source, "target": lk.target, "relation": lk.relation, "props": {"record_ids": rid}}


# -- PROV-JSON ------------------------------------------------------------------------------------
# Relation -> (PROV-JSON section, role of the source, role of the target), as python-prov writes them.
_PROV_RELATIONS = {
    "used": ("used", "prov:activity", "prov:entity"),
    "wasGeneratedBy": ("wasGeneratedBy", "prov:entity", "prov:activity"),
    "wasAssociatedWith": ("wasAssociatedWith", "prov:activity", "prov:agent"),
    "wasAttributedTo": ("wasAttributedTo", "prov:entity", "prov:agent"),
    "wasInformedBy": ("wasInformedBy", "prov:informed", "prov:informant"),
    "hadMember": ("hadMember", "prov:collection", "prov:entity"),
    "wasInfluencedBy": ("wasInfluencedBy", "prov:influencee", "prov:influencer"),
    "wasDerivedFrom": ("wasDerivedFrom", "prov:generatedEntity", "prov:usedEntity"),
}


def prov_json(graph: Graph) -> str:
    """The record's PROV-JSON document (what the real service stores as ``prov_serialisation``)."""
    import json

    doc: dict[str, Any] = {"prefix": {"default": "http://hdl.handle.net/"}}
    sections = {"ACTIVITY": "activity", "AGENT": "agent", "ENTITY": "entity"}
    for n in graph.nodes.values():
        attrs: dict[str, Any] = {"id": n.id, "item_category": n.category, "item_subtype": n.subtype}
        if n.subtype == "WORKFLOW_TEMPLATE":
            attrs["prov:type"] = {"$": "prov:Collection", "type": "prov:QUALIFIED_NAME"}
        doc.setdefault(sections[n.category], {})[n.id] = attrs
    for i, lk in enumerate(graph.links.values(), start=1):
        section, src_role, tgt_role = _PROV_RELATIONS[lk.relation]
        doc.setdefault(section, {})[f"_:id{i}"] = {src_role: lk.source, tgt_role: lk.target}
    return json.dumps(doc)
