"""The async clients, one per Provena service, with the official client's names, methods and parameters.

    from provena.clients import DatastoreClient
    async with DatastoreClient(auth, config) as datastore:
        dataset = await datastore.fetch_dataset("10378.1/1451860")

Each class is an operation table (provena._api) mixed with the async mode; `provena.sync` has the same classes
for synchronous code. `.with_raw_response` gives the same calls returning a `RawResponse`.
"""

from __future__ import annotations

from .._api.datastore import DatasetReviewOps, DatastoreOps
from .._operation import AsyncAPI, AsyncRawAPI

__all__ = [
    "DatasetReviewSubClient",
    "DatasetReviewSubClientWithRawResponse",
    "DatastoreClient",
    "DatastoreClientWithRawResponse",
]


class DatastoreClient(DatastoreOps, AsyncAPI):
    """Async data store API client."""


class DatastoreClientWithRawResponse(DatastoreOps, AsyncRawAPI):
    """`DatastoreClient` calls returning RawResponse."""


class DatasetReviewSubClient(DatasetReviewOps, AsyncAPI):
    """Async dataset release review (`DatastoreClient.review`)."""


class DatasetReviewSubClientWithRawResponse(DatasetReviewOps, AsyncRawAPI):
    """`DatasetReviewSubClient` calls returning RawResponse."""
