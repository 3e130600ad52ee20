"""Full-text index over registry items (SQLite FTS5), the local stand-in for the OpenSearch index.

The real search API queries one "linearised" field per item (every value of the item
flattened into text) with an OR match; we keep the same shape: one FTS5 row per item,
``body`` holding every string of the item. Rows are written by the registry store in the
same transaction as the item itself, so the index never disagrees with the registry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .context import StackContext

_TABLE = "registry_search"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def search_index(ctx: StackContext) -> SearchIndex:
    """The stack's index (one per context), created on first use."""
    index = ctx.__dict__.get("_search_index")
    if index is None:
        index = SearchIndex(ctx)
        ctx.__dict__["_search_index"] = index
    return index


def _strings(value: Any) -> Iterator[str]:
    """Every scalar under ``value`` as text; keys are skipped, they are the same for all items."""
    if isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, bool) or value is None:
        return
    else:
        yield str(value)


def linearise(item: dict[str, Any]) -> str:
    """The searchable text of an item. History is left out: old values should not match."""
    return " ".join(_strings({k: v for k, v in item.items() if k != "history"}))


class SearchIndex:
    def __init__(self, ctx: StackContext) -> None:
        self.state = ctx.state
        self.state.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {_TABLE} USING fts5("
            "id UNINDEXED, item_subtype UNINDEXED, display_name, body, tokenize='unicode61')"
        )

    def upsert(self, item: dict[str, Any]) -> None:
        # Items imported unparsed can hold anything in these fields; only text is indexed as such.
        subtype, display = (v if isinstance(v := item.get(k), str) else "" for k in ("item_subtype", "display_name"))
        with self.state.transaction():
            self.state.execute(f"DELETE FROM {_TABLE} WHERE id = ?", (item["id"],))
            self.state.execute(
                f"INSERT INTO {_TABLE}(id, item_subtype, display_name, body) VALUES (?,?,?,?)",
                (item["id"], subtype, display, linearise(item)),
            )

    def delete(self, id: str) -> None:
        self.state.execute(f"DELETE FROM {_TABLE} WHERE id = ?", (id,))

    def clear(self) -> None:
        self.state.execute(f"DELETE FROM {_TABLE}")

    def search(self, query: str, *, subtype: str | None = None, limit: int = 10) -> list[tuple[str, float]]:
        """(id, score) pairs, best first. Terms are OR-ed and prefix-matched (the real
        service uses a fuzzy OR match); a display-name hit weighs more than a body hit."""
        terms = _TOKEN.findall(query)
        if not terms or limit <= 0:
            return []
        # Quoting each term makes FTS5 treat user text as data, never as query syntax.
        match = " OR ".join('"' + t.replace('"', '""') + '"*' for t in terms)
        sql = f"SELECT id, bm25({_TABLE}, 0.0, 0.0, 4.0, 1.0) AS rank FROM {_TABLE} WHERE {_TABLE} MATCH ?"
        params: list[Any] = [match]
        if subtype is not None:
            sql += " AND item_subtype = ?"
            params.append(subtype)
        sql += " ORDER BY rank, id LIMIT ?"
        params.append(limit)
        # bm25 is "lower is better" and negative; the API reports a positive score.
        return [(row[0], -float(row[1])) for row in self.state.execute(sql, params)]
