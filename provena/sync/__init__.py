"""The sync clients: the same classes, methods and parameters as provena.clients, for synchronous code.

    from provena.sync import DatastoreClient
    with DatastoreClient(auth, config) as datastore:
        dataset = datastore.fetch_dataset("10378.1/1451860")

Built on plain httpx.Client calls through the generated request builders: no event loop is started per call,
so they work inside Jupyter too.
"""

from __future__ import annotations

from .._api.auth import AuthAdminOps, AuthOps
from .._api.datastore import DatasetReviewOps, DatastoreOps
from .._api.prov import ProvAdminOps, ProvOps
from .._api.registry import RegistryAdminOps, RegistryGeneralOps, RegistryOps
from .._api.small import IdServiceOps, JobAdminOps, JobOps, SearchOps
from .._operation import SyncAPI, SyncRawAPI

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
    "ProvenaClient",
    "RegistryAdminClient",
    "RegistryAdminClientWithRawResponse",
    "RegistryClient",
    "RegistryClientWithRawResponse",
    "RegistryGeneralClient",
    "RegistryGeneralClientWithRawResponse",
    "SearchClient",
    "SearchClientWithRawResponse",
]


class DatastoreClient(DatastoreOps, SyncAPI):
    """Sync async data store API client."""


class DatastoreClientWithRawResponse(DatastoreOps, SyncRawAPI):
    """`DatastoreClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class DatasetReviewSubClient(DatasetReviewOps, SyncAPI):
    """Sync dataset release review (`DatastoreClient.review`)."""


class DatasetReviewSubClientWithRawResponse(DatasetReviewOps, SyncRawAPI):
    """`DatasetReviewSubClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class AuthClient(AuthOps, SyncAPI):
    """Sync auth API client."""


class AuthClientWithRawResponse(AuthOps, SyncRawAPI):
    """`AuthClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class AuthAdminSubClient(AuthAdminOps, SyncAPI):
    """Sync auth administration (`AuthClient.admin`)."""


class AuthAdminSubClientWithRawResponse(AuthAdminOps, SyncRawAPI):
    """`AuthAdminSubClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class RegistryClient(RegistryOps, SyncAPI):
    """Sync registry API client (subtype-generic)."""


class RegistryClientWithRawResponse(RegistryOps, SyncRawAPI):
    """`RegistryClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class RegistryAdminClient(RegistryAdminOps, SyncAPI):
    """Sync registry administration (`RegistryClient.admin`)."""


class RegistryAdminClientWithRawResponse(RegistryAdminOps, SyncRawAPI):
    """`RegistryAdminClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class RegistryGeneralClient(RegistryGeneralOps, SyncAPI):
    """Sync subtype-independent registry routes (`RegistryClient.general`)."""


class RegistryGeneralClientWithRawResponse(RegistryGeneralOps, SyncRawAPI):
    """`RegistryGeneralClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class ProvClient(ProvOps, SyncAPI):
    """Sync provenance API client."""


class ProvClientWithRawResponse(ProvOps, SyncRawAPI):
    """`ProvClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class ProvAdminClient(ProvAdminOps, SyncAPI):
    """Sync provenance administration (`ProvClient.admin`)."""


class ProvAdminClientWithRawResponse(ProvAdminOps, SyncRawAPI):
    """`ProvAdminClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class SearchClient(SearchOps, SyncAPI):
    """Sync search API client."""


class SearchClientWithRawResponse(SearchOps, SyncRawAPI):
    """`SearchClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class JobAPIClient(JobOps, SyncAPI):
    """Sync async job API client."""


class JobAPIClientWithRawResponse(JobOps, SyncRawAPI):
    """`JobAPIClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class JobAPIAdminSubClient(JobAdminOps, SyncAPI):
    """Sync job administration (`JobAPIClient.admin`)."""


class JobAPIAdminSubClientWithRawResponse(JobAdminOps, SyncRawAPI):
    """`JobAPIAdminSubClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


class IdServiceClient(IdServiceOps, SyncAPI):
    """Sync handle (ID) service client."""


class IdServiceClientWithRawResponse(IdServiceOps, SyncRawAPI):
    """`IdServiceClient` calls returning a RawResponse (status, headers, content, `.parse()`)."""


# Last: the ProvenaClient modules use the classes above.
from ._client import ProvenaClient  # noqa: E402
