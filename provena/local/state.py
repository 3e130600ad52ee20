"""Persistent state of the local stack: one SQLite database shared by all services.

Documents are JSON blobs keyed by (namespace, id). Every write goes through
``transaction()`` so a request that fails part-way leaves nothing behind.

On disk the database runs in WAL mode with ``synchronous=FULL``: a commit has reached
the disk when it returns, so whatever a response acknowledged survives a ``kill -9`` (or
power loss), and a write cut short is rolled back at the next open.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    ns TEXT NOT NULL,
    id TEXT NOT NULL,
    body TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (ns, id)
);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""

# The deterministic clock starts here; each reading advances it by one second.
_FIXED_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC).timestamp()


class State:
    """Thread-safe document store with a clock and an id sequence.

    ``seed`` switches on deterministic mode: a fixed clock that ticks once per reading
    and ids drawn from a counter, so the same workflow replays to the same responses.
    """

    def __init__(self, path: Path | None, seed: int | None = None) -> None:
        self.path = path
        self.seed = seed
        self._lock = threading.RLock()
        target = ":memory:" if path is None else str(path)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(target, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL" if path else "PRAGMA journal_mode=MEMORY")
        if path is not None:
            # WAL's default (NORMAL) may lose the last commits on power loss; FULL syncs the WAL at each commit.
            self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        self._depth = 0
        self._tick = 0
        self.clock_offset = 0.0

    # -- transactions -------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[State]:
        """All writes inside commit together or not at all (nested calls join the outer one)."""
        with self._lock:
            outer = self._depth == 0
            if outer:
                self._db.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                if outer:
                    self._db.execute("ROLLBACK")
                raise
            self._depth -= 1
            if outer:
                self._db.execute("COMMIT")

    def execute(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[tuple[Any, ...]]:
        """Raw SQL for services that keep their own tables (e.g. the search index)."""
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    # -- documents ----------------------------------------------------------------------
    def get(self, ns: str, id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute("SELECT body FROM docs WHERE ns=? AND id=?", (ns, id)).fetchone()
        return None if row is None else json.loads(row[0])

    def put(self, ns: str, id: str, body: dict[str, Any]) -> None:
        with self.transaction():
            seq = self.counter(f"seq:{ns}")
            self._db.execute(
                "INSERT INTO docs(ns, id, body, seq) VALUES (?,?,?,?) "
                "ON CONFLICT(ns, id) DO UPDATE SET body=excluded.body",
                (ns, id, json.dumps(body, separators=(",", ":")), seq),
            )

    def delete(self, ns: str, id: str) -> bool:
        with self.transaction():
            cur = self._db.execute("DELETE FROM docs WHERE ns=? AND id=?", (ns, id))
        return cur.rowcount > 0

    def list(self, ns: str) -> list[dict[str, Any]]:
        """All documents of a namespace in insertion order."""
        with self._lock:
            rows = self._db.execute("SELECT body FROM docs WHERE ns=? ORDER BY seq", (ns,)).fetchall()
        return [json.loads(r[0]) for r in rows]

    def list_ids(self, ns: str) -> builtins.list[str]:
        with self._lock:
            rows = self._db.execute("SELECT id FROM docs WHERE ns=? ORDER BY seq", (ns,)).fetchall()
        return [r[0] for r in rows]

    def clear(self, ns: str) -> None:
        with self.transaction():
            self._db.execute("DELETE FROM docs WHERE ns=?", (ns,))

    # -- sequences and time -------------------------------------------------------------
    def counter(self, name: str) -> int:
        """Next value of a named counter, starting at 1; persistent across restarts."""
        with self.transaction():
            self._db.execute(
                "INSERT INTO counters(name, value) VALUES (?, 1) "
                "ON CONFLICT(name) DO UPDATE SET value = value + 1",
                (name,),
            )
            (value,) = self._db.execute("SELECT value FROM counters WHERE name=?", (name,)).fetchone()
        return int(value)

    def now(self) -> float:
        """Seconds since the epoch; a fixed ticking clock in deterministic mode."""
        if self.seed is None:
            return time.time()
        with self._lock:
            self._tick += 1
            return _FIXED_EPOCH + self.seed * 86400 + self._tick

    def wall_now(self) -> float:
        """Real time (plus any offset a test moved the clock by), for token expiry, which clients check too."""
        return time.time() + self.clock_offset

    def advance_clock(self, seconds: float) -> float:
        """Move token time forward by `seconds` (`serve --clock-control`): tests expire tokens without waiting."""
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            self.clock_offset += seconds
            return self.clock_offset

    def new_handle(self) -> str:
        """A handle-style id, e.g. ``10378.1/1000001``; sequential, so stable under --seed."""
        return f"10378.1/{1_000_000 + self.counter('handle')}"

    def new_uuid(self) -> str:
        """A UUID-shaped id; derived from a counter in deterministic mode."""
        if self.seed is None:
            import uuid

            return str(uuid.uuid4())
        n = self.counter("uuid")
        return f"00000000-0000-4000-8000-{self.seed:04d}{n:08d}"[:36]

    def close(self) -> None:
        with self._lock:
            self._db.close()
