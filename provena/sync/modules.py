"""The ProvenaClient modules (sync): the same classes as provena.modules, for synchronous code."""

from __future__ import annotations

from .._api.modules import (
    DatastoreModuleOps,
    InteractiveDatasetOps,
    IOModuleOps,
    JobAdminModuleOps,
    JobModuleOps,
    ProvAdminModuleOps,
    ProvModuleOps,
    RegistryAdminModuleOps,
    RegistryModuleOps,
    ReviewModuleOps,
)
from .._api.registry import (
    CreateActivityOps,
    DatasetOps,
    DatasetTemplateOps,
    ModelOps,
    ModelRunOps,
    ModelRunWorkflowOps,
    OrganisationOps,
    PersonOps,
    StudyOps,
    VersionActivityOps,
)
from .._operation import SyncAPI
from . import AuthClient, IdServiceClient, SearchClient

__all__ = [
    "Auth",
    "CreateActivityClient",
    "DatasetClient",
    "DatasetTemplateClient",
    "Datastore",
    "IDService",
    "IOSubModule",
    "InteractiveDataset",
    "JobAdmin",
    "JobService",
    "ModelClient",
    "ModelRunActivityClient",
    "ModelRunWorkflowClient",
    "OrganisationClient",
    "PersonClient",
    "Prov",
    "ProvAdmin",
    "Registry",
    "RegistryAdmin",
    "ReviewSubModule",
    "Search",
    "StudyClient",
    "VersionActivityClient",
]

# The official Auth, Search and IDService modules have exactly the service clients' methods.
Auth = AuthClient
Search = SearchClient
IDService = IdServiceClient


class Datastore(DatastoreModuleOps, SyncAPI):
    """`client.datastore`: datasets, metadata, listing, search, S3 access."""


class ReviewSubModule(ReviewModuleOps, SyncAPI):
    """`client.datastore.review`: dataset release review."""


class IOSubModule(IOModuleOps, SyncAPI):
    """`client.datastore.io`: dataset files (boto3, extra `s3`)."""


class InteractiveDataset(InteractiveDatasetOps, SyncAPI):
    """One dataset bound by id (`client.datastore.interactive_dataset(id)`)."""


class Registry(RegistryModuleOps, SyncAPI):
    """`client.registry`: general routes, admin, and one module per item subtype."""


class RegistryAdmin(RegistryAdminModuleOps, SyncAPI):
    """`client.registry.admin`."""


class OrganisationClient(OrganisationOps, SyncAPI):
    """`client.registry.organisation`."""


class PersonClient(PersonOps, SyncAPI):
    """`client.registry.person`."""


class ModelClient(ModelOps, SyncAPI):
    """`client.registry.model`."""


class ModelRunWorkflowClient(ModelRunWorkflowOps, SyncAPI):
    """`client.registry.model_run_workflow`."""


class DatasetTemplateClient(DatasetTemplateOps, SyncAPI):
    """`client.registry.dataset_template`."""


class DatasetClient(DatasetOps, SyncAPI):
    """`client.registry.dataset`."""


class StudyClient(StudyOps, SyncAPI):
    """`client.registry.study`."""


class CreateActivityClient(CreateActivityOps, SyncAPI):
    """`client.registry.create_activity`."""


class VersionActivityClient(VersionActivityOps, SyncAPI):
    """`client.registry.version_activity`."""


class ModelRunActivityClient(ModelRunOps, SyncAPI):
    """`client.registry.model_run`."""


class Prov(ProvModuleOps, SyncAPI):
    """`client.prov_api`: model runs, lineage, CSV tools, reports."""


class ProvAdmin(ProvAdminModuleOps, SyncAPI):
    """`client.prov_api.admin`."""


class JobService(JobModuleOps, SyncAPI):
    """`client.job_api`: jobs, pagination and waiting."""


class JobAdmin(JobAdminModuleOps, SyncAPI):
    """`client.job_api.admin`."""
