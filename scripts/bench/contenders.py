"""Who competes, in which virtualenv, on which workloads. Standard library only (imported in both venvs).

A contender is an adapter class (`module:Class`) run in its own subprocess by `scripts.bench.workers`, so the
client CPU time and peak memory measured there belong to that client alone. `env` picks the interpreter:
"ours" is the nox session venv (provena installed with the `local` extra), "provenaclient" the separate venv
holding the official client (its pins, httpx<0.28 and boto3==1.27.1 among them, cannot share ours).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

# Workloads, in the order one round runs them.
FIRST_CALL = "first_call"  # process start -> first fetch_dataset result
SEQUENTIAL = "sequential"  # N fetch_dataset calls one after another
BULK = "bulk"  # N fetch_dataset calls, C in flight
LIST = "list"  # every organisation through pagination
PAIRED = "paired"  # sequential calls of a contender and of its raw httpx twin, alternating in one process
WORKLOADS = (FIRST_CALL, SEQUENTIAL, PAIRED, BULK, LIST)
# The raw httpx contender a PAIRED workload alternates with, per contender.
PAIRED_WITH = {"provena-async": "httpx-async", "provena-sync": "httpx"}


@dataclass(frozen=True)
class Contender:
    name: str
    env: str  # "ours" | "provenaclient"
    adapter: str  # "module:Class"
    workloads: tuple[str, ...]
    what: str  # one line for the report

    def load(self) -> type:
        module, _, cls = self.adapter.partition(":")
        return getattr(importlib.import_module(module), cls)  # type: ignore[no-any-return]


CONTENDERS = (
    Contender("provena-async", "ours", "scripts.bench.contender_provena:AsyncProvena", WORKLOADS,
              "provena.ProvenaClient (async), one shared connection pool"),
    Contender("provena-sync", "ours", "scripts.bench.contender_provena:SyncProvena",
              (FIRST_CALL, SEQUENTIAL, PAIRED, LIST), "provena.sync.ProvenaClient"),
    Contender("provenaclient", "provenaclient", "scripts.bench.contender_provenaclient:OfficialClient",
              (FIRST_CALL, SEQUENTIAL, BULK, LIST), "official provenaclient from PyPI (L3 ProvenaClient, async)"),
    Contender("httpx", "ours", "scripts.bench.contender_httpx:SyncHttpx", (FIRST_CALL, SEQUENTIAL, LIST),
              "raw httpx.Client reused for every call: the floor"),
    Contender("httpx-async", "ours", "scripts.bench.contender_httpx:AsyncHttpx", (FIRST_CALL, SEQUENTIAL, BULK),
              "raw httpx.AsyncClient reused: the floor for async calls and for bulk"),
)  # fmt: skip

BY_NAME = {c.name: c for c in CONTENDERS}

# What `import time` measures, per virtualenv: (label, env, module).
IMPORTS = (
    ("provena", "ours", "provena"),
    ("provenaclient", "provenaclient", "provenaclient"),
    ("httpx", "ours", "httpx"),
)

# Transfer contenders (issue 10): adapters in contender_transfer.py, workloads named by transfers.py
# ("upload-1000x4KiB", ...); every one runs each transfer workload.
TRANSFER_CONTENDERS = (
    Contender("provena", "ours", "scripts.bench.contender_transfer:ProvenaTransfer", (),
              "provena.sync client.datastore.io (provena.transfer engine), defaults"),
    Contender("boto3-loop", "ours", "scripts.bench.contender_transfer:Boto3Loop", (),
              "boto3 upload_file/download_file one file after another, default config"),
    Contender("boto3-pool", "ours", "scripts.bench.contender_transfer:Boto3Pool", (),
              "boto3 upload_file/download_file in a 16-thread pool, 16 MiB chunks, 16 threads per file"),
    Contender("s3transfer", "ours", "scripts.bench.contender_transfer:S3TransferManager", (),
              "one s3transfer TransferManager for all files, 16 request threads, 16 MiB chunks"),
    Contender("provenaclient", "provenaclient", "scripts.bench.contender_transfer:OfficialTransfer", (),
              "official provenaclient datastore.io (cloudpathlib)"),
)  # fmt: skip
TRANSFER_BY_NAME = {c.name: c for c in TRANSFER_CONTENDERS}
