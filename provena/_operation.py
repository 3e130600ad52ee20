"""The names the op tables (`provena._api`), the mode packages and the tests import, kept at this one address.

The machinery itself lives in `provena._ops`, one module per concern; its package docstring explains how a table's
specs become async and sync methods.
"""

from __future__ import annotations

from ._ops.bases import AsyncAPI, AsyncRawAPI, SyncAPI, SyncRawAPI
from ._ops.convert import JSON, Input, to_model
from ._ops.escape import Operations
from ._ops.flows import Flow, flow
from ._ops.operation import CallOptions, Operation, op
from ._ops.pages import Pages, PageSpec, pages
from ._ops.steps import _Step, blocking, download, peer, poll
from ._ops.views import Modal, raw_view, sub_client

__all__ = [
    "JSON",
    "AsyncAPI",
    "AsyncRawAPI",
    "CallOptions",
    "Flow",
    "Input",
    "Modal",
    "Operation",
    "Operations",
    "PageSpec",
    "Pages",
    "SyncAPI",
    "SyncRawAPI",
    "_Step",
    "blocking",
    "download",
    "flow",
    "op",
    "pages",
    "peer",
    "poll",
    "raw_view",
    "sub_client",
    "to_model",
]
