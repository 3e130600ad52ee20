"""The researcher's read-only steps, with the sync facade (`provena.sync.ProvenaClient`): fetch what was made,
search the registry, and explore the lineage around the model run."""

from __future__ import annotations

from typing import Any

import provena.sync
from provena import lineage

from .progress import Progress
from .workflow import DemoState

LINEAGE_DEPTH = 3


def _counts(graph: Any) -> tuple[int, int]:
    return len(lineage.nodes(graph)), len(lineage.edges(graph))


def fetch_and_search(client: provena.sync.ProvenaClient, state: DemoState, progress: Progress) -> None:
    """Read back the model run and the output dataset, and find the demo's items through search."""
    # The facade's typed results are the generated models (imported here: scripts.demo may have to put a
    # source checkout's generated/ on sys.path first).
    from provena_api_datastore.models import ItemDataset
    from provena_api_registry.models import ItemModelRun

    run = client.registry.model_run.fetch(state.ids["model_run"])
    item = run.item
    if not isinstance(item, ItemModelRun):  # None, or a seed item with no record yet
        raise RuntimeError(f"model run {state.ids['model_run']} could not be fetched: {run.status.details}")
    record, status = item.record, getattr(item.record_status, "value", item.record_status)
    progress.say(f"model run {item.id}: {item.display_name!r}, status {status}, "
                 f"{len(record.inputs)} inputs -> {len(record.outputs)} output")  # fmt: skip
    dataset = client.datastore.fetch_dataset(state.ids["output"])
    if not isinstance(dataset.item, ItemDataset):
        raise RuntimeError(f"dataset {state.ids['output']} could not be fetched: {dataset.status.details}")
    progress.say(f"output dataset {dataset.item.id}: {dataset.item.display_name!r} at {dataset.item.s3.s3_uri}")
    found = client.search.search_registry("coral", limit=20)
    hits = found.results or []
    ours = sum(1 for hit in hits if hit.id in state.names)
    state.counts["search_hits"] = len(hits)
    progress.say(f"search 'coral': {len(hits)} hits, {ours} of them created by this demo")


def explore_lineage(client: provena.sync.ProvenaClient, state: DemoState, progress: Progress) -> dict[str, Any]:
    """Upstream from the output and downstream from an input; returns both graphs merged (for the picture)."""
    upstream = client.prov_api.explore_upstream(state.ids["output"], depth=LINEAGE_DEPTH)
    nodes_up, edges_up = _counts(upstream)
    progress.say(f"upstream of the output (depth {LINEAGE_DEPTH}): {nodes_up} nodes, {edges_up} edges")
    downstream = client.prov_api.explore_downstream(state.ids["input_sst"], depth=LINEAGE_DEPTH)
    nodes_down, edges_down = _counts(downstream)
    progress.say(f"downstream of input {state.ids['input_sst']} (depth {LINEAGE_DEPTH}): "
                 f"{nodes_down} nodes, {edges_down} edges")  # fmt: skip
    merged = merge_graphs(upstream, downstream)
    nodes_all, edges_all = _counts(merged)
    state.counts.update(upstream_nodes=nodes_up, upstream_edges=edges_up, downstream_nodes=nodes_down,
                        downstream_edges=edges_down, lineage_nodes=nodes_all, lineage_edges=edges_all)  # fmt: skip
    try:
        graph = lineage.to_networkx(merged)
    except ImportError:  # the `graph` extra is optional: the demo works without networkx
        progress.say(f"combined graph: {nodes_all} nodes, {edges_all} edges")
    else:
        import networkx as nx  # type: ignore[import-untyped, unused-ignore]

        inputs = [state.ids["input_sst"], state.ids["input_survey"]]
        reached = all(nx.has_path(graph, state.ids["output"], i) for i in inputs)
        progress.say(f"combined graph (networkx): {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges; "
                     f"output traces back to both inputs: {reached}")  # fmt: skip
        if not reached:
            raise RuntimeError("the lineage graph does not lead from the output back to both inputs")
    return merged


def merge_graphs(*responses: Any) -> dict[str, Any]:
    """One node-link document with the nodes and edges of several lineage responses (each once)."""
    nodes: dict[str, dict[str, Any]] = {}
    links: dict[tuple[str, str, str], dict[str, Any]] = {}
    for response in responses:
        for node in lineage.nodes(response):
            nodes.setdefault(str(node["id"]), node)
        for edge in lineage.edges(response):
            links.setdefault((str(edge["source"]), str(edge.get("type")), str(edge["target"])), edge)
    return {"directed": True, "multigraph": False, "graph": {}, "nodes": list(nodes.values()),
            "links": list(links.values())}  # fmt: skip
