"""The ProvenaClient modules (async), one class per official L3 module, from the tables in provena._api."""

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
from .._operation import AsyncAPI
from ..clients import AuthClient, IdServiceClient, SearchClient

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


class Datastore(DatastoreModuleOps, AsyncAPI):
    """`client.datastore`: datasets, metadata, listing, search, S3 access."""


class ReviewSubModule(ReviewModuleOps, AsyncAPI):
    """`client.datastore.review`: dataset release review."""


class IOSubModule(IOModuleOps, AsyncAPI):
    """`client.datastore.io`: dataset files (boto3, extra `s3`)."""


class InteractiveDataset(InteractiveDatasetOps, AsyncAPI):
    """One dataset bound by id (`client.datastore.interactive_dataset(id)`)."""


class Registry(RegistryModuleOps, AsyncAPI):
    """`client.registry`: general routes, admin, and one module per item subtype."""


class RegistryAdmin(RegistryAdminModuleOps, AsyncAPI):
    """`client.registry.admin`."""


class OrganisationClient(OrganisationOps, AsyncAPI):
    """`client.registry.organisation`."""


class PersonClient(PersonOps, AsyncAPI):
    """`client.registry.person`."""


class ModelClient(ModelOps, AsyncAPI):
    """`client.registry.model`."""


class ModelRunWorkflowClient(ModelRunWorkflowOps, AsyncAPI):
    """`client.registry.model_run_workflow`."""


class DatasetTemplateClient(DatasetTemplateOps, AsyncAPI):
    """`client.registry.dataset_template`."""


class DatasetClient(DatasetOps, AsyncAPI):
    """`client.registry.dataset`."""


class StudyClient(StudyOps, AsyncAPI):
    """`client.registry.study`."""


class CreateActivityClient(CreateActivityOps, AsyncAPI):
    """`client.registry.create_activity`."""


class VersionActivityClient(VersionActivityOps, AsyncAPI):
    """`client.registry.version_activity`."""


class ModelRunActivityClient(ModelRunOps, AsyncAPI):
    """`client.registry.model_run`."""


class Prov(ProvModuleOps, AsyncAPI):
    """`client.prov_api`: model runs, lineage, CSV tools, reports."""


class ProvAdmin(ProvAdminModuleOps, AsyncAPI):
    """`client.prov_api.admin`."""


class JobService(JobModuleOps, AsyncAPI):
    """`client.job_api`: jobs, pagination and waiting."""


class JobAdmin(JobAdminModuleOps, AsyncAPI):
    """`client.job_api.admin`."""
