"""Durable objects for the stack's S3 side: moto serves them, this module keeps them on disk.

moto holds every object in process memory. With a data dir, each acknowledged write is
copied here *before* the response leaves the server (the gate calls ``sync`` after moto
answered 2xx and before it forwards the answer):

* the bytes go to a new, uniquely named file in ``blobs/`` (written to a temporary name,
  flushed, fsync'ed, renamed, directory fsync'ed): a blob is never rewritten in place, so
  a crash can never damage a copy that was stored before;
* the object's index row (key, blob name, size, ETag, checksum, metadata) is then
  committed to ``index.sqlite3`` (WAL, ``synchronous=FULL``): that commit is the moment
  the write becomes durable; the previous blob of the key is unlinked only after it.

A crash at any point leaves either the old or the new row, never a half: a blob no row
names (a write that was never acknowledged) is swept at the next start. Start-up reads
only the index and hands moto objects whose bytes are read from their blob on demand, so
start and stop time do not grow with the bytes stored, and stop has nothing to save.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import os
import secrets
import shutil
import sqlite3
import threading
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS buckets (name TEXT PRIMARY KEY, region TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS objects (
    bucket TEXT NOT NULL,
    key TEXT NOT NULL,
    blob TEXT NOT NULL,
    size INTEGER NOT NULL,
    etag TEXT NOT NULL,
    last_modified TEXT NOT NULL,
    attrs TEXT NOT NULL,
    PRIMARY KEY (bucket, key)
);
"""
_TMP_PREFIX = ".tmp-"
# moto's account and partition when requests carry no account-shaped key (the stack's never do).
_ACCOUNT = "123456789012"
_PARTITION = "aws"
_COPY_CHUNK = 1 << 20
# Replaced or deleted blobs kept on disk a while for reads already under way (see ``_unlink``).
_RETIRED_BLOBS = 64


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class BlobFile:
    """Read-only stand-in for a moto key's value buffer: the bytes stay in the blob file.

    moto reads a key as ``seek(0); read()`` under the key's lock; opening the file per
    read keeps no descriptor per stored object (10,000 objects would exhaust them).
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._pos = 0

    def seek(self, offset: int, whence: int = 0) -> int:
        if whence == 0:
            self._pos = offset
        elif whence == 1:
            self._pos += offset
        else:
            self._pos = os.path.getsize(self.path) + offset
        return self._pos

    def tell(self) -> int:
        return self._pos

    def read(self, size: int = -1) -> bytes:
        with open(self.path, "rb") as fh:
            fh.seek(self._pos)
            data = fh.read() if size is None or size < 0 else fh.read(size)
        self._pos += len(data)
        return data

    def truncate(self, size: int | None = None) -> int:
        raise OSError("a stored object is immutable; moto writes a new key instead")

    def write(self, data: bytes) -> int:
        raise OSError("a stored object is immutable; moto writes a new key instead")

    def close(self) -> None:
        pass


class ObjectJournal:
    """The on-disk copy of moto's buckets: ``sync`` after each acknowledged write, ``restore`` at start."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.blobs = directory / "blobs"
        self.blobs.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._retired: collections.deque[str] = collections.deque()
        self._db = sqlite3.connect(str(directory / "index.sqlite3"), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on disk when it returns, so an acknowledged write survives power loss too.
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)

    # -- moto's side ------------------------------------------------------------------
    @staticmethod
    def backend() -> Any:
        from moto.s3.models import s3_backends

        return s3_backends[_ACCOUNT][_PARTITION]

    def restore(self) -> int:
        """Give moto back every stored bucket and object (bytes stay on disk); sweep unreferenced blobs."""
        backend = self.backend()
        with self._lock:
            for name, region in self._db.execute("SELECT name, region FROM buckets").fetchall():
                if name not in backend.buckets:
                    backend.create_bucket(name, region)
            rows = self._db.execute(
                "SELECT bucket, key, blob, size, etag, last_modified, attrs FROM objects"
            ).fetchall()
            templates: dict[str, Any] = {}
            blobs = str(self.blobs)
            referenced = set()
            for bucket_name, key_name, blob, size, etag, last_modified, attrs_text in rows:
                bucket = backend.buckets.get(bucket_name)
                if bucket is None:
                    continue
                template = templates.get(bucket_name)
                if template is None:
                    template = templates[bucket_name] = _template_key(bucket)
                path = os.path.join(blobs, blob)
                key = _stored_key(template, key_name, path, size, etag, last_modified, attrs_text)
                key._provena_blob = blob
                bucket.keys.setlist(key_name, [key])
                referenced.add(blob)
            for template in templates.values():
                template.dispose()
        self._sweep(referenced)
        return len(rows)

    def _sweep(self, referenced: set[str]) -> None:
        # Blobs no row names: written by a request that crashed before its commit, or replaced by a later write.
        for name in os.listdir(self.blobs):
            if name not in referenced:
                with_path = self.blobs / name
                if with_path.is_file():
                    with_path.unlink()

    # -- writes -----------------------------------------------------------------------
    def sync_bucket(self, bucket_name: str) -> None:
        """Record that a bucket exists (or no longer does), as moto now has it."""
        bucket = self.backend().buckets.get(bucket_name)
        with self._lock, self._transaction():
            if bucket is None:
                self._db.execute("DELETE FROM buckets WHERE name=?", (bucket_name,))
                self._db.execute("DELETE FROM objects WHERE bucket=?", (bucket_name,))
            else:
                self._db.execute(
                    "INSERT OR IGNORE INTO buckets(name, region) VALUES (?, ?)", (bucket_name, bucket.region_name)
                )

    def sync(self, bucket_name: str, key_name: str) -> None:
        """Make the disk copy of one key what moto now holds (written, replaced or deleted)."""
        backend = self.backend()
        bucket = backend.buckets.get(bucket_name)
        key = None if bucket is None else bucket.keys.get(key_name)
        with self._lock:
            row = self._db.execute(
                "SELECT blob FROM objects WHERE bucket=? AND key=?", (bucket_name, key_name)
            ).fetchone()
            previous = None if row is None else row[0]
            if key is None or not hasattr(key, "_value_buffer"):  # deleted (or a delete marker)
                if previous is None:
                    return
                with self._transaction():
                    self._db.execute("DELETE FROM objects WHERE bucket=? AND key=?", (bucket_name, key_name))
                self._unlink(previous)
                return
            if previous is not None and getattr(key, "_provena_blob", None) == previous:
                return  # already on disk (a concurrent request synced it)
            blob = self._write_blob(key)
            etag = key.etag.strip('"')
            with self._transaction():
                self._db.execute(
                    "INSERT INTO objects(bucket, key, blob, size, etag, last_modified, attrs) VALUES (?,?,?,?,?,?,?) "
                    "ON CONFLICT(bucket, key) DO UPDATE SET blob=excluded.blob, size=excluded.size, "
                    "etag=excluded.etag, last_modified=excluded.last_modified, attrs=excluded.attrs",
                    (bucket_name, key_name, blob, key.size, etag, key.last_modified.isoformat(),
                     json.dumps(_attrs(key), separators=(",", ":"))),
                )  # fmt: skip
            # From now on moto serves this key from the blob: memory no longer grows with what was written.
            with key.lock:
                key._value_buffer.close()
                key._value_buffer = BlobFile(self.blobs / blob)
            key._provena_blob = blob
            if previous is not None:
                self._unlink(previous)

    def _write_blob(self, key: Any) -> str:
        name = secrets.token_hex(16)
        tmp = self.blobs / f"{_TMP_PREFIX}{name}"
        with key.lock, tmp.open("wb") as out:
            key._value_buffer.seek(0)
            shutil.copyfileobj(key._value_buffer, out, _COPY_CHUNK)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, self.blobs / name)
        _fsync_dir(self.blobs)
        return name

    def _unlink(self, blob: str) -> None:
        # A GET that looked the old key up just before the write may still be about to read its blob: retire
        # replaced blobs and remove one only when many writes later (at close at the latest; a crash leaves
        # them to the start-up sweep, as nothing names them).
        self._retired.append(blob)
        while len(self._retired) > _RETIRED_BLOBS:
            (self.blobs / self._retired.popleft()).unlink(missing_ok=True)

    def _transaction(self) -> Any:
        return _Transaction(self._db)

    def close(self) -> None:
        with self._lock:
            self._db.close()
            while self._retired:
                (self.blobs / self._retired.popleft()).unlink(missing_ok=True)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.db.execute("ROLLBACK" if exc_type is not None else "COMMIT")


def _template_key(bucket: Any) -> Any:
    """A key moto built itself, whose defaults (ACL, state, account) every restored key of ``bucket`` shares."""
    from moto.s3.models import FakeKey

    return FakeKey(name="", value=b"", account_id=_ACCOUNT, region_name=bucket.region_name, bucket_name=bucket.name)


def _stored_key(template: Any, name: str, blob: str, size: int, etag: str, last_modified: str, attrs_text: str) -> Any:
    """A moto key for one index row, reading its bytes from ``blob``.

    Built as a copy of ``template`` rather than through ``FakeKey()``, which allocates a buffer,
    an ACL and a state machine per key: the copy keeps start-up at a few microseconds per object.
    """
    from moto.utilities.utils import LowercaseDict

    attrs = json.loads(attrs_text)
    key = object.__new__(type(template))  # no __init__ and no __setstate__ (both allocate a buffer)
    key.__dict__.update(template.__dict__)
    key.name = name
    key.lock = threading.Lock()
    key._value_buffer = BlobFile(blob)
    key.contentsize = size
    key._etag = etag
    key.last_modified = dt.datetime.fromisoformat(last_modified)
    key._storage_class = attrs.get("storage") or "STANDARD"
    key.checksum_algorithm = attrs.get("checksum_algorithm")
    key.checksum_value = attrs.get("checksum_value")
    key.checksum_type = attrs.get("checksum_type")
    key.checksum_parts = attrs.get("checksum_parts")
    key.website_redirect_location = attrs.get("website_redirect_location")
    metadata = LowercaseDict()
    metadata.update(attrs.get("metadata", {}))
    key._metadata = metadata
    key.disposed = False
    return key


def _attrs(key: Any) -> dict[str, Any]:
    """What moto keeps about a key beyond its bytes, that a client can read back."""
    return {
        "metadata": dict(key.metadata.items()),
        "storage": key.storage_class,
        "checksum_algorithm": key.checksum_algorithm,
        "checksum_value": key.checksum_value,
        "checksum_type": key.checksum_type,
        "checksum_parts": key.checksum_parts,
        "website_redirect_location": key.website_redirect_location,
    }


def import_mirror(journal: ObjectJournal, mirror: Path, bucket_name: str, region: str) -> int:
    """Take in the folder earlier versions saved at shutdown (``s3-objects``), once, then set it aside."""
    backend = journal.backend()
    if bucket_name not in backend.buckets:
        backend.create_bucket(bucket_name, region)
    journal.sync_bucket(bucket_name)
    count = 0
    for path in sorted(p for p in mirror.rglob("*") if p.is_file()):
        key = path.relative_to(mirror).as_posix()
        backend.put_object(bucket_name, key, path.read_bytes())
        journal.sync(bucket_name, key)
        count += 1
    mirror.rename(mirror.with_name(mirror.name + ".imported"))
    return count
