"""The sync clients: the same classes, methods and parameters as provena.clients, for synchronous code.

Built on the generated sync path with a plain httpx.Client: no event loop is started, so they work inside
Jupyter too.
"""

from __future__ import annotations

from .._api.datastore import DatasetReviewOps, DatastoreOps
from .._operation import SyncAPI, SyncRawAPI

__all__ = [
    "DatasetReviewSubClient",
    "DatasetReviewSubClientWithRawResponse",
    "DatastoreClient",
    "DatastoreClientWithRawResponse",
]


class DatastoreClient(DatastoreOps, SyncAPI):
    """Sync data store API client."""


class DatastoreClientWithRawResponse(DatastoreOps, SyncRawAPI):
    """`DatastoreClient` calls returning RawResponse."""


class DatasetReviewSubClient(DatasetReviewOps, SyncAPI):
    """Sync dataset release review (`DatastoreClient.review`)."""


class DatasetReviewSubClientWithRawResponse(DatasetReviewOps, SyncRawAPI):
    """`DatasetReviewSubClient` calls returning RawResponse."""
