"""The async clients, one per Provena service, with the official client's names, methods and parameters.

    from provena.clients import DatastoreClient
    async with DatastoreClient(auth, config) as datastore:
        dataset = await datastore.fetch_dataset("10378.1/1451860")

Each class is an operation table (provena._api) mixed with the async mode; `provena.sync` has the same classes
for synchronous code. `.with_raw_response` gives the same calls returning a `RawResponse`; `.raw` reaches every
generated operation of the service; `.with_options(timeout=..., max_retries=...)` makes a configured copy.
"""

from __future__ import annotations

from .._api.auth import AuthAdminOps, AuthOps
from .._api.datastore import DatasetReviewOps, DatastoreOps
from .._api.prov import ProvAdminOps, ProvOps
from .._api.registry import RegistryAdminOps, RegistryGeneralOps, RegistryOps
from .._api.small import IdServiceOps, JobAdminOps, JobOps, SearchOps
from .._operation import AsyncAPI, AsyncRawAPI

__all__ = [
    "AuthAdminSubClient",
    "AuthAdminSubClientWithRawResponse",
    "AuthClient",
    "AuthClientWithRawResponse",
    "DatasetReviewSubClient",
    "DatasetReviewSubClientWithRawResponse",
    "DatastoreClient",
    "DatastoreClientWithRawResponse",
    "IdServiceClient",
    "IdServiceClientWithRawResponse",
    "JobAPIAdminSubClient",
    "JobAPIAdminSubClientWithRawResponse",
    "JobAPIClient",
    "JobAPIClientWithRawResponse",
    "ProvAdminClient",
    "ProvAdminClientWithRawResponse",
    "ProvClient",
    "ProvClientWithRawResponse",
    "RegistryAdminClient",
    "RegistryAdminClientWithRawResponse",
    "RegistryClient",
    "RegistryClientWithRawResponse",
    "RegistryGeneralClient",
    "RegistryGeneralClientWithRawResponse",
    "SearchClient",
    "SearchClientWithRawResponse",
]


class DatastoreClient(DatastoreOps, AsyncAPI):
    """Async data store API client."""


class DatastoreClientWithRawResponse(DatastoreOps, AsyncRawAPI):
    """`DatastoreClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class DatasetReviewSubClient(DatasetReviewOps, AsyncAPI):
    """Async dataset release review (`DatastoreClient.review`)."""


class DatasetReviewSubClientWithRawResponse(DatasetReviewOps, AsyncRawAPI):
    """`DatasetReviewSubClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class AuthClient(AuthOps, AsyncAPI):
    """Async auth API client."""


class AuthClientWithRawResponse(AuthOps, AsyncRawAPI):
    """`AuthClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class AuthAdminSubClient(AuthAdminOps, AsyncAPI):
    """Async auth administration (`AuthClient.admin`)."""


class AuthAdminSubClientWithRawResponse(AuthAdminOps, AsyncRawAPI):
    """`AuthAdminSubClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class RegistryClient(RegistryOps, AsyncAPI):
    """Async registry API client (subtype-generic)."""


class RegistryClientWithRawResponse(RegistryOps, AsyncRawAPI):
    """`RegistryClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class RegistryAdminClient(RegistryAdminOps, AsyncAPI):
    """Async registry administration (`RegistryClient.admin`)."""


class RegistryAdminClientWithRawResponse(RegistryAdminOps, AsyncRawAPI):
    """`RegistryAdminClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class RegistryGeneralClient(RegistryGeneralOps, AsyncAPI):
    """Async subtype-independent registry routes (`RegistryClient.general`)."""


class RegistryGeneralClientWithRawResponse(RegistryGeneralOps, AsyncRawAPI):
    """`RegistryGeneralClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class ProvClient(ProvOps, AsyncAPI):
    """Async provenance API client."""


class ProvClientWithRawResponse(ProvOps, AsyncRawAPI):
    """`ProvClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class ProvAdminClient(ProvAdminOps, AsyncAPI):
    """Async provenance administration (`ProvClient.admin`)."""


class ProvAdminClientWithRawResponse(ProvAdminOps, AsyncRawAPI):
    """`ProvAdminClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class SearchClient(SearchOps, AsyncAPI):
    """Async search API client."""


class SearchClientWithRawResponse(SearchOps, AsyncRawAPI):
    """`SearchClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class JobAPIClient(JobOps, AsyncAPI):
    """Async job API client."""


class JobAPIClientWithRawResponse(JobOps, AsyncRawAPI):
    """`JobAPIClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class JobAPIAdminSubClient(JobAdminOps, AsyncAPI):
    """Async job administration (`JobAPIClient.admin`)."""


class JobAPIAdminSubClientWithRawResponse(JobAdminOps, AsyncRawAPI):
    """`JobAPIAdminSubClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class IdServiceClient(IdServiceOps, AsyncAPI):
    """Async handle (ID) service client."""


class IdServiceClientWithRawResponse(IdServiceOps, AsyncRawAPI):
    """`IdServiceClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""
