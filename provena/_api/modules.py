# mypy: disable-error-code="empty-body"
"""The ProvenaClient modules (the official client's L3): conveniences over the service tables.

Each module table extends its service table with the official L3 names and parameters, plus multi-call helpers
written once as flows (pagination into lists, job waits, S3 transfers, report download) and paginators that work
with `for` and `async for` and never modify the caller's request.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Unpack

from .._errors import AuthenticationError, PermissionDeniedError, ProvenaError
from .._files import write_atomically
from .._operation import (
    JSON,
    CallOptions,
    Input,
    Modal,
    PageSpec,
    _Step,
    blocking,
    flow,
    op,
    pages,
    peer,
    sub_client,
)
from .datastore import DatasetReviewOps, DatastoreOps
from .prov import ProvAdminOps, ProvOps, _update_model_run
from .registry import (
    SUBTYPES,
    CreateActivityOps,
    DatasetOps,
    DatasetTemplateOps,
    ModelOps,
    ModelRunOps,
    ModelRunWorkflowOps,
    OrganisationOps,
    PersonOps,
    RegistryAdminOps,
    RegistryGeneralOps,
    RegistryOps,
    StudyOps,
    VersionActivityOps,
    subtype,
)
from .small import JobAdminOps, JobOps, SearchOps, await_job, await_settings

if TYPE_CHECKING:
    from provena_api_datastore.models import (
        ItemDataset,
        ItemRevertRequest,
        ItemRevertResponse,
        VersionRequest,
        VersionResponse,
    )
    from provena_api_registry.models import PaginatedListResponse, UntypedFetchResponse, VersionDetails
    from provena_api_registry.models import StatusResponse as RegistryStatusResponse

    from .. import modules as am
    from ..models import (
        CollectionFormat,
        ConvertModelRunsResponse,
        CredentialResponse,
        CredentialsRequest,
        DatasetListResponse,
        GeneralListRequest,
        GenerateReportRequest,
        MintResponse,
        ModelRunRecord,
        NoFilterSubtypeListRequest,
        PostUpdateModelRunResponse,
        PresignedURLRequest,
        PresignedURLResponse,
        RegistryFetchResponse,
        Status,
        UpdateMetadataResponse,
    )
    from ..sync import modules as sm
    from ..transfer import TransferProgress

DEFAULT_SEARCH_LIMIT = 25
DEFAULT_PAGE_SIZE = 20


def _maybe_write(text: str, file_path: str | None, write: bool, default_name: str) -> str:
    if file_path is not None and not write:
        raise ValueError(
            "file_path was given but writing is off; pass write_to_csv=True / write_to_file=True"
        )
    if write:
        write_atomically(file_path or default_name.replace("/", "_"), text.encode("utf-8"))
    return text


# --------------------------------------------------------------------------------------------------------------
# Datastore
# --------------------------------------------------------------------------------------------------------------


class ReviewModuleOps(DatasetReviewOps):
    """`client.datastore.review` (official names)."""

    @op("approval_request", body="approval_request", result="json")
    def dataset_approval_request(self, approval_request: Input[Any], **opts: Unpack[CallOptions]) -> JSON:
        """Requests the release of a dataset by a reviewer."""

    @op("action_approval_request", body="action_approval_request", result="json")
    def action_approval_request(
        self, action_approval_request: Input[Any], **opts: Unpack[CallOptions]
    ) -> JSON:
        """Approves or rejects a release request."""


@dataclass
class LoadedSearchResponse:
    """`search_datasets` result: the datasets found and the ids that could not be loaded."""

    items: list[Any] = field(default_factory=list)
    auth_errors: list[str] = field(default_factory=list)
    misc_errors: list[str] = field(default_factory=list)


def _s3_target(owner: Any, dataset_id: str, write: bool) -> Generator[_Step, Any, Any]:
    from ..transfer import S3Target

    fetched = yield from DatastoreOps.fetch_dataset.run(owner, dataset_id)
    item = fetched.item
    if item is None or not hasattr(item, "s3"):
        raise ProvenaError(f"dataset {dataset_id!r} could not be loaded: {fetched.status.details!r}")
    request = {"dataset_id": dataset_id, "console_session_required": False}
    creds_op = (
        DatastoreOps.generate_write_access_credentials
        if write
        else DatastoreOps.generate_read_access_credentials
    )
    creds = yield from creds_op.run(owner, request)
    c = creds.credentials
    return S3Target(bucket=item.s3.bucket_name, prefix=item.s3.path,
                    credentials={"aws_access_key_id": c.aws_access_key_id,
                                 "aws_secret_access_key": c.aws_secret_access_key,
                                 "aws_session_token": c.aws_session_token},
                    endpoint_url=owner._config.s3_endpoint)  # fmt: skip


# Keyword options of the transfers (provena.transfer documents them); defaults as in provena.transfer._engine,
# repeated here so that the signatures show them without importing the engine.
CONCURRENCY = 8
PART_SIZE: int | None = None  # automatic (see provena.transfer)


def _options(**given: Any) -> Any:
    from ..transfer import TransferOptions

    return TransferOptions(**given)  # validated before any request is sent


def _download_flow(owner: Any, dataset_id: str, s3_path: str, destination_directory: str,
                   options: Any) -> Generator[_Step, Any, list[Path]]:  # fmt: skip
    from ..transfer import CancelToken, download, safe_sub_path

    safe_sub_path(s3_path, "s3_path")  # refused before any request
    target = yield from _s3_target(owner, dataset_id, write=False)
    token = CancelToken()
    result = yield from blocking(lambda: download(target, s3_path, destination_directory, options, token),
                                 cancel=token.cancel)  # fmt: skip
    return list(result.paths)


def _upload_flow(owner: Any, dataset_id: str, source_directory: str,
                 options: Any) -> Generator[_Step, Any, list[str]]:  # fmt: skip
    from ..transfer import CancelToken, plan_uploads, upload

    # The source is checked (symlinks, special files, names) before credentials are asked for.
    yield from blocking(lambda: plan_uploads(source_directory, "", follow_symlinks=options.follow_symlinks))
    target = yield from _s3_target(owner, dataset_id, write=True)
    token = CancelToken()
    result = yield from blocking(lambda: upload(target, source_directory, options, token), cancel=token.cancel)
    return list(result.keys)


class IOModuleOps(DatastoreOps):
    """`client.datastore.io`: dataset files in S3 (needs boto3, extra `s3`); the engine is provena.transfer.

    Every transfer takes the keyword options `concurrency`, `part_size`, `only_changed`, `dry_run`, `progress`
    (and `follow_symlinks` for uploads); see provena.transfer. On a dry run the result lists what would move.
    """

    @flow
    def download_all_files(
        self, destination_directory: str, dataset_id: str, *, concurrency: int = CONCURRENCY,
        part_size: int | None = PART_SIZE, only_changed: bool = True, dry_run: bool = False,
        progress: bool | Callable[[TransferProgress], None] = False,
    ) -> Generator[_Step, Any, list[Path]]:  # fmt: skip
        """Downloads every file of a dataset into `destination_directory` (the local paths, moved or equal).

        Unsafe keys (`..`, absolute, file/folder clashes, ...) raise UnsafePathError before anything is written.
        """
        options = _options(concurrency=concurrency, part_size=part_size, only_changed=only_changed,
                           dry_run=dry_run, progress=progress)  # fmt: skip
        return (yield from _download_flow(self, dataset_id, "", destination_directory, options))

    @flow
    def list_all_files(self, dataset_id: str, print_list: bool = False) -> Generator[_Step, Any, list[str]]:
        """The S3 keys of a dataset's files."""
        from ..transfer import list_objects

        target = yield from _s3_target(self, dataset_id, write=False)
        objects = yield from blocking(lambda: list_objects(target.client(), target))
        keys = [o.key for o in objects]
        if print_list:
            print("\n".join(keys))  # asked for by the caller (official parameter)
        return keys

    @flow
    def upload_all_files(
        self, source_directory: str, dataset_id: str, *, concurrency: int = CONCURRENCY,
        part_size: int | None = PART_SIZE, only_changed: bool = True, dry_run: bool = False,
        follow_symlinks: bool = False, progress: bool | Callable[[TransferProgress], None] = False,
    ) -> Generator[_Step, Any, list[str]]:  # fmt: skip
        """Uploads every regular file under `source_directory` into the dataset (the keys, moved or equal).

        Symlinks leaving the folder are refused (UnsafePathError) unless `follow_symlinks=True`.
        """
        options = _options(concurrency=concurrency, part_size=part_size, only_changed=only_changed,
                           dry_run=dry_run, follow_symlinks=follow_symlinks, progress=progress)  # fmt: skip
        return (yield from _upload_flow(self, dataset_id, source_directory, options))

    @flow
    def download_specific_file(
        self, dataset_id: str, s3_path: str, destination_directory: str, *, concurrency: int = CONCURRENCY,
        part_size: int | None = PART_SIZE, only_changed: bool = True, dry_run: bool = False,
        progress: bool | Callable[[TransferProgress], None] = False,
    ) -> Generator[_Step, Any, list[Path]]:  # fmt: skip
        """Downloads one file or one folder (each file once) of a dataset, keeping its path below the folder."""
        options = _options(concurrency=concurrency, part_size=part_size, only_changed=only_changed,
                           dry_run=dry_run, progress=progress)  # fmt: skip
        return (yield from _download_flow(self, dataset_id, s3_path, destination_directory, options))

    @flow
    def download_file(
        self, dataset_id: str, file_path: str, destination_directory: str, *,
        progress: bool | Callable[[TransferProgress], None] = False,
    ) -> Generator[_Step, Any, Path]:  # fmt: skip
        """Downloads one file through a presigned URL (no boto3 needed), path returned.

        Streamed to `<name>.part` (memory flat whatever the size), checked against the announced size (and a
        plain MD5 ETag), then renamed; a mismatch raises TransferIntegrityError and leaves no file. `file_path`
        must be a plain path inside the dataset (UnsafePathError otherwise, before any request).
        """
        from ..transfer import CancelToken, RemoteObject, plan_downloads, safe_sub_path
        from ..transfer._presigned import fetch_presigned

        relative = safe_sub_path(file_path, "file_path")
        if not relative:
            raise ValueError("file_path names no file (it is empty)")
        # The same checks as a key of the dataset: inside the folder, even through symlinks already there.
        planned = plan_downloads([RemoteObject(relative, 0, "")], "", destination_directory)[0]
        request = {"dataset_id": dataset_id, "file_path": relative}
        presigned = yield from DatastoreOps.generate_presigned_url.run(self, request)
        # The sync client of a copy without auth, in a worker thread in async mode: no bearer token goes to S3,
        # and the event loop stays free. Same pool, retries and error map as every other request.
        owner: Any = self  # the client object the table is bound to, which holds the transport
        plain = owner._transport.with_options(auth=None).sync_client("datastore")
        token = CancelToken()
        url = presigned.presigned_url
        fetch = lambda: fetch_presigned(plain, url, planned.destination, relative, progress, token)  # noqa: E731
        return (yield from blocking(fetch, cancel=token.cancel))


class InteractiveDatasetOps(DatastoreOps):
    """One dataset, bound by id (`await client.datastore.interactive_dataset(id)`)."""

    dataset_id: str = ""

    @flow
    def fetch(self) -> Generator[_Step, Any, RegistryFetchResponse]:
        """Fetches this dataset."""
        return (yield from DatastoreOps.fetch_dataset.run(self, self.dataset_id))

    @flow
    def download_all_files(
        self, destination_directory: str, *, concurrency: int = CONCURRENCY, part_size: int | None = PART_SIZE,
        only_changed: bool = True, dry_run: bool = False, progress: bool | Callable[[TransferProgress], None] = False,
    ) -> Generator[_Step, Any, list[Path]]:  # fmt: skip
        """Downloads every file of this dataset (options as `client.datastore.io`)."""
        options = _options(concurrency=concurrency, part_size=part_size, only_changed=only_changed,
                           dry_run=dry_run, progress=progress)  # fmt: skip
        return (yield from _download_flow(self, self.dataset_id, "", destination_directory, options))

    @flow
    def upload_all_files(
        self, source_directory: str, *, concurrency: int = CONCURRENCY, part_size: int | None = PART_SIZE,
        only_changed: bool = True, dry_run: bool = False, follow_symlinks: bool = False,
        progress: bool | Callable[[TransferProgress], None] = False,
    ) -> Generator[_Step, Any, list[str]]:  # fmt: skip
        """Uploads every file under `source_directory` into this dataset (options as `client.datastore.io`)."""
        options = _options(concurrency=concurrency, part_size=part_size, only_changed=only_changed,
                           dry_run=dry_run, follow_symlinks=follow_symlinks, progress=progress)  # fmt: skip
        return (yield from _upload_flow(self, self.dataset_id, source_directory, options))

    @flow
    def download_specific_file(
        self, s3_path: str, destination_directory: str, *, concurrency: int = CONCURRENCY,
        part_size: int | None = PART_SIZE, only_changed: bool = True, dry_run: bool = False,
        progress: bool | Callable[[TransferProgress], None] = False,
    ) -> Generator[_Step, Any, list[Path]]:  # fmt: skip
        """Downloads one file or folder of this dataset (options as `client.datastore.io`)."""
        options = _options(concurrency=concurrency, part_size=part_size, only_changed=only_changed,
                           dry_run=dry_run, progress=progress)  # fmt: skip
        return (yield from _download_flow(self, self.dataset_id, s3_path, destination_directory, options))

    @flow
    def version(self, reason: str) -> Generator[_Step, Any, VersionResponse]:
        """Versions this dataset."""
        return (yield from DatastoreOps.version_dataset.run(self, {"id": self.dataset_id, "reason": reason}))

    @flow
    def revert_dataset_metadata(
        self, history_id: int, reason: str
    ) -> Generator[_Step, Any, ItemRevertResponse]:
        """Reverts this dataset's metadata to a history entry."""
        request = {"id": self.dataset_id, "history_id": history_id, "reason": reason}
        return (yield from DatastoreOps.revert_metadata.run(self, request))

    @flow
    def generate_read_access_credentials(
        self, console_session_required: bool = False
    ) -> Generator[_Step, Any, CredentialResponse]:
        """Read credentials for this dataset."""
        request = {"dataset_id": self.dataset_id, "console_session_required": console_session_required}
        return (yield from DatastoreOps.generate_read_access_credentials.run(self, request))

    @flow
    def generate_write_access_credentials(
        self, console_session_required: bool = False
    ) -> Generator[_Step, Any, CredentialResponse]:
        """Write credentials for this dataset."""
        request = {"dataset_id": self.dataset_id, "console_session_required": console_session_required}
        return (yield from DatastoreOps.generate_write_access_credentials.run(self, request))


class DatastoreModuleOps(DatastoreOps):
    """`client.datastore` (official L3 names), plus the `review` and `io` sub-modules."""

    review: Modal[am.ReviewSubModule, sm.ReviewSubModule, Any, Any] = sub_client(ReviewModuleOps)
    io: Modal[am.IOSubModule, sm.IOSubModule, Any, Any] = sub_client(IOModuleOps)

    @op("mint_dataset", body="dataset_mint_info")
    def mint_dataset(
        self, dataset_mint_info: Input[CollectionFormat], **opts: Unpack[CallOptions]
    ) -> MintResponse:
        """Registers (mints) a new dataset. Never retried automatically."""

    @op("validate_metadata", body="metadata_payload", idempotent=True)
    def validate_dataset_metadata(
        self, metadata_payload: Input[CollectionFormat], **opts: Unpack[CallOptions]
    ) -> Status:
        """Validates dataset metadata without registering anything."""

    @op("update_metadata", body="metadata_payload")
    def update_dataset_metadata(
        self,
        handle_id: str,
        reason: str,
        metadata_payload: Input[CollectionFormat],
        **opts: Unpack[CallOptions],
    ) -> UpdateMetadataResponse:
        """Updates a dataset's metadata."""

    @op("revert_metadata", body="metadata_payload")
    def revert_dataset_metadata(
        self, metadata_payload: Input[ItemRevertRequest], **opts: Unpack[CallOptions]
    ) -> ItemRevertResponse:
        """Reverts a dataset's metadata to a history entry."""

    @op("version_dataset", body="version_request")
    def version_dataset(
        self, version_request: Input[VersionRequest], **opts: Unpack[CallOptions]
    ) -> VersionResponse:
        """Versions a dataset."""

    @op("list", body="list_dataset_request", idempotent=True)
    def list_datasets(
        self, list_dataset_request: Input[NoFilterSubtypeListRequest], **opts: Unpack[CallOptions]
    ) -> DatasetListResponse:
        """One page of datasets."""

    @pages
    def for_all_datasets(
        self,
        list_dataset_request: Input[NoFilterSubtypeListRequest] | None = None,
        total_limit: int | None = None,
    ) -> PageSpec[ItemDataset]:
        """Every dataset (`for` / `async for`), following pagination_key; at most `total_limit`."""
        return PageSpec(DatastoreOps.list_datasets, self, list_dataset_request or {}, total_limit)

    @flow
    def list_all_datasets(
        self, sort_criteria: Any = None, total_limit: int | None = None
    ) -> Generator[_Step, Any, list[ItemDataset]]:
        """Every dataset as a list (pages of 20 followed)."""
        request: dict[str, Any] = {"page_size": DEFAULT_PAGE_SIZE}
        if sort_criteria is not None:
            request["sort_by"] = _plain(sort_criteria)
        items: list[Any] = []
        while total_limit is None or len(items) < total_limit:
            page = yield from DatastoreOps.list_datasets.run(self, request)
            items.extend(page.items or [])
            key = page.pagination_key
            if not key:
                break
            request = {**request, "pagination_key": _plain(key)}
        return items if total_limit is None else items[:total_limit]

    @op("generate_presigned_url", body="dataset_presigned_request", idempotent=True)
    def generate_dataset_presigned_url(
        self, dataset_presigned_request: Input[PresignedURLRequest], **opts: Unpack[CallOptions]
    ) -> PresignedURLResponse:
        """A presigned URL for one file of a dataset."""

    @op("generate_read_access_credentials", body="credentials", idempotent=True)
    def generate_read_access_credentials(
        self, credentials: Input[CredentialsRequest], **opts: Unpack[CallOptions]
    ) -> CredentialResponse:
        """Read credentials for a dataset."""

    @op("generate_write_access_credentials", body="credentials", idempotent=True)
    def generate_write_access_credentials(
        self, credentials: Input[CredentialsRequest], **opts: Unpack[CallOptions]
    ) -> CredentialResponse:
        """Write credentials for a dataset."""

    @flow
    def search_datasets(
        self, query: str, limit: int = DEFAULT_SEARCH_LIMIT
    ) -> Generator[_Step, Any, LoadedSearchResponse]:
        """Searches datasets and loads each hit (ids that fail to load are listed, not raised)."""
        search = peer(self, SearchOps)
        found = yield from SearchOps.search_registry.run(search, query, limit, "DATASET")
        loaded = LoadedSearchResponse()
        for result in found.results or []:
            try:
                fetched = yield from DatastoreOps.fetch_dataset.run(self, result.id)
            except (AuthenticationError, PermissionDeniedError):
                loaded.auth_errors.append(result.id)
                continue
            except ProvenaError:
                loaded.misc_errors.append(result.id)
                continue
            if fetched.item is None:
                loaded.misc_errors.append(result.id)
            else:
                loaded.items.append(fetched.item)
        return loaded

    @flow
    def interactive_dataset(self, dataset_id: str) -> Generator[_Step, Any, Any]:
        """A dataset-bound helper (fetch, files, version, revert, credentials) for `dataset_id`."""
        helper = peer(self, InteractiveDatasetOps)
        helper.dataset_id = dataset_id
        return helper
        yield  # a flow: the official method is a coroutine


def _field(item: Any, name: str) -> Any:
    """A field of an untyped registry item (dict, generated model, or model with additional properties)."""
    data = _plain(item)
    if isinstance(data, Mapping):
        return data.get(name)
    return getattr(item, name, None)


def _plain(value: Any) -> Any:
    if callable(getattr(value, "to_dict", None)):
        return value.to_dict()
    if callable(getattr(value, "model_dump", None)):
        return value.model_dump(mode="json", by_alias=True)
    return value


# --------------------------------------------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------------------------------------------


class RegistryAdminModuleOps(RegistryAdminOps):
    """`client.registry.admin` (official names)."""

    @flow
    def generate_config_file(
        self, required_only: bool = True, file_path: str | None = None, write_to_file: bool = False
    ) -> Generator[_Step, Any, str]:
        """The registry's .env configuration as text (optionally written to `file_path`)."""
        text = yield from RegistryAdminOps.generate_config_file.run(self, required_only)
        return _maybe_write(text, file_path, write_to_file, "registry-api.env")

    @flow
    def delete(self, id: str, item_subtype: Any = None) -> Generator[_Step, Any, RegistryStatusResponse]:
        """Deletes an item (admin only); the subtype is looked up when not given."""
        if item_subtype is None:
            fetched = yield from RegistryGeneralOps.general_fetch_item.run(peer(self, RegistryGeneralOps), id)
            raw = _field(fetched.item, "item_subtype")
            if raw is None:
                raise ProvenaError(f"cannot delete {id!r}: its subtype could not be determined")
            item_subtype = raw
        return (yield from RegistryAdminOps.delete_item.run(self, id, subtype(item_subtype).item_subtype))


class RegistryModuleOps(RegistryOps):
    """`client.registry`: general routes, admin, and one module per item subtype."""

    admin: Modal[am.RegistryAdmin, sm.RegistryAdmin, Any, Any] = sub_client(RegistryAdminModuleOps)
    organisation: Modal[am.OrganisationClient, sm.OrganisationClient, Any, Any] = sub_client(OrganisationOps)
    person: Modal[am.PersonClient, sm.PersonClient, Any, Any] = sub_client(PersonOps)
    model: Modal[am.ModelClient, sm.ModelClient, Any, Any] = sub_client(ModelOps)
    model_run_workflow: Modal[am.ModelRunWorkflowClient, sm.ModelRunWorkflowClient, Any, Any] = sub_client(
        ModelRunWorkflowOps
    )
    dataset_template: Modal[am.DatasetTemplateClient, sm.DatasetTemplateClient, Any, Any] = sub_client(
        DatasetTemplateOps
    )
    dataset: Modal[am.DatasetClient, sm.DatasetClient, Any, Any] = sub_client(DatasetOps)
    study: Modal[am.StudyClient, sm.StudyClient, Any, Any] = sub_client(StudyOps)
    create_activity: Modal[am.CreateActivityClient, sm.CreateActivityClient, Any, Any] = sub_client(
        CreateActivityOps
    )
    version_activity: Modal[am.VersionActivityClient, sm.VersionActivityClient, Any, Any] = sub_client(
        VersionActivityOps
    )
    model_run: Modal[am.ModelRunActivityClient, sm.ModelRunActivityClient, Any, Any] = sub_client(ModelRunOps)

    @op("list", body="general_list_request", idempotent=True)
    def list_general_registry_items(
        self, general_list_request: Input[GeneralListRequest], **opts: Unpack[CallOptions]
    ) -> PaginatedListResponse:
        """One page of items of any subtype."""

    @pages
    def for_all_registry_items(
        self, general_list_request: Input[GeneralListRequest] | None = None, limit: int | None = None
    ) -> PageSpec[Any]:
        """Every registry item (`for` / `async for`), following pagination_key; at most `limit`."""
        return PageSpec(
            RegistryModuleOps.list_general_registry_items, self, general_list_request or {}, limit
        )

    @flow
    def list_registry_items_with_count(self) -> Generator[_Step, Any, dict[str, int]]:
        """Number of items per subtype (pages through the general list)."""
        counts = {s.item_subtype: 0 for s in SUBTYPES}
        request: dict[str, Any] = {"page_size": DEFAULT_PAGE_SIZE}
        while True:
            page = yield from RegistryModuleOps.list_general_registry_items.run(self, request)
            for item in page.items or []:
                raw = _field(item, "item_subtype")
                key = str(getattr(raw, "value", raw))
                counts[key] = counts.get(key, 0) + 1
            if not page.pagination_key:
                return counts
            request = {**request, "pagination_key": _plain(page.pagination_key)}

    @op("fetch")
    def general_fetch_item(self, id: str, **opts: Unpack[CallOptions]) -> UntypedFetchResponse:
        """Fetches any item by id (UntypedFetchResponse)."""

    @op("version")
    def get_current_provena_version(self, **opts: Unpack[CallOptions]) -> VersionDetails:
        """The deployed Provena version (VersionDetails; the official client used the wrong model)."""


# --------------------------------------------------------------------------------------------------------------
# Prov
# --------------------------------------------------------------------------------------------------------------


class ProvAdminModuleOps(ProvAdminOps):
    """`client.prov_api.admin` (official names)."""

    @flow
    def generate_config_file(
        self, required_only: bool = True, file_path: str | None = None, write_to_file: bool = False
    ) -> Generator[_Step, Any, str]:
        """The prov API's .env configuration as text (optionally written to `file_path`)."""
        text = yield from ProvAdminOps.generate_config_file.run(self, required_only)
        return _maybe_write(text, file_path, write_to_file, "prov-api.env")

    @flow
    def delete_model_run_provenance_and_registry(
        self, model_run_id: str, trial_mode: bool = False
    ) -> Generator[_Step, Any, JSON]:
        """Removes a model run from the graph, then (unless trial mode) deletes its registry item."""
        result = yield from ProvAdminOps.delete_model_run_provenance.run(self, model_run_id, trial_mode)
        if not trial_mode:
            yield from RegistryAdminOps.delete_item.run(
                peer(self, RegistryAdminOps), model_run_id, "MODEL_RUN"
            )
        return result


class ProvModuleOps(ProvOps):
    """`client.prov_api` (official names)."""

    admin: Modal[am.ProvAdmin, sm.ProvAdmin, Any, Any] = sub_client(ProvAdminModuleOps)

    @op("update_model_run", build=_update_model_run)
    def update_model_run(
        self, model_run_id: str, reason: str, record: Input[ModelRunRecord], **opts: Unpack[CallOptions]
    ) -> PostUpdateModelRunResponse:
        """Updates a model run (an async job)."""

    @op("register_batch", body="batch_model_run_payload", result="json")
    def register_batch_model_runs(
        self, batch_model_run_payload: Input[Any], **opts: Unpack[CallOptions]
    ) -> JSON:
        """Registers a batch of model runs (async jobs). Never retried."""

    @flow
    def generate_csv_template(
        self, workflow_template_id: str, file_path: str | None = None, write_to_csv: bool = False
    ) -> Generator[_Step, Any, str]:
        """A model run CSV template (optionally written to `file_path`)."""
        text = yield from ProvOps.generate_csv_template.run(self, workflow_template_id)
        return _maybe_write(text, file_path, write_to_csv, f"{workflow_template_id}.csv")

    @flow
    def convert_model_runs(self, model_run_content: str) -> Generator[_Step, Any, ConvertModelRunsResponse]:
        """Parses model runs from CSV text (registers nothing)."""
        return (yield from ProvOps.convert_model_runs_to_csv.run(self, model_run_content))

    @flow
    def convert_model_runs_to_csv_with_file(
        self, file_path: str
    ) -> Generator[_Step, Any, ConvertModelRunsResponse]:
        """Parses model runs from a CSV file (registers nothing)."""
        text = yield from blocking(lambda: Path(file_path).read_text(encoding="utf-8"))
        return (yield from ProvOps.convert_model_runs_to_csv.run(self, text))

    @flow
    def regenerate_csv_from_model_run_batch(
        self, batch_id: str, file_path: str | None = None, write_to_csv: bool = False
    ) -> Generator[_Step, Any, str]:
        """The CSV of a registered batch (optionally written to `file_path`)."""
        text = yield from ProvOps.regenerate_csv_from_model_run_batch.run(self, batch_id)
        return _maybe_write(text, file_path, write_to_csv, f"{batch_id}.csv")

    @flow
    def generate_report(
        self, report_request: Input[GenerateReportRequest], file_path: str | None = None,
        wait_timeout: float | None = None, poll_interval: float | None = None,
    ) -> Generator[_Step, Any, bytes]:  # fmt: skip
        """The `.docx` report bytes (lodge, wait, download); also written atomically to `file_path` if given."""
        t, p = await_settings(None, wait_timeout, poll_interval)
        content = yield from ProvOps.generate_report.run(self, report_request, wait_timeout=t, poll_interval=p)
        if file_path is not None:
            path = file_path
            yield from blocking(lambda: write_atomically(path, content))
        return content


# --------------------------------------------------------------------------------------------------------------
# Jobs
# --------------------------------------------------------------------------------------------------------------


def _job_pages(owner: Any, operation: Any, request: Any, limit: int | None) -> PageSpec[Any]:
    return PageSpec(operation, owner, request, limit, items_attr="jobs")


def _collect_jobs(
    owner: Any, operation: Any, request: Any, limit: int | None
) -> Generator[_Step, Any, list[Any]]:
    jobs: list[Any] = []
    current = _plain(request)
    while limit is None or len(jobs) < limit:
        page = yield from operation.run(owner, current)
        jobs.extend(page.get("jobs") or [])
        key = page.get("pagination_key")
        if not key:
            break
        current = {**current, "pagination_key": key}
    return jobs if limit is None else jobs[:limit]


class JobAdminModuleOps(JobAdminOps):
    """`client.job_api.admin` (official names)."""

    @op("admin_list_batch", body="list_request", result="json", idempotent=True)
    def list_job_batch(self, list_request: Input[Any], **opts: Unpack[CallOptions]) -> JSON:
        """One page of the jobs of a batch."""

    @flow
    def list_all_jobs(
        self, list_jobs_request: Input[Any], limit: int | None = None
    ) -> Generator[_Step, Any, list[Any]]:
        """All jobs (JobStatusTable JSON) as a list; at most `limit`."""
        return (yield from _collect_jobs(self, JobAdminOps.list_jobs, list_jobs_request, limit))

    @pages
    def for_all_jobs(self, list_jobs_request: Input[Any], limit: int | None = None) -> PageSpec[Any]:
        """Every job (`for` / `async for`)."""
        return _job_pages(self, JobAdminOps.list_jobs, list_jobs_request, limit)

    @flow
    def list_all_jobs_in_batch(
        self, list_request: Input[Any], limit: int | None = None
    ) -> Generator[_Step, Any, list[Any]]:
        """All jobs of a batch as a list."""
        return (yield from _collect_jobs(self, JobAdminOps.list_jobs_in_batch, list_request, limit))

    @pages
    def for_all_jobs_in_batch(self, list_request: Input[Any], limit: int | None = None) -> PageSpec[Any]:
        """Every job of a batch (`for` / `async for`)."""
        return _job_pages(self, JobAdminOps.list_jobs_in_batch, list_request, limit)


class JobModuleOps(JobOps):
    """`client.job_api` (official names), with job waiting that never blocks an event loop."""

    admin: Modal[am.JobAdmin, sm.JobAdmin, Any, Any] = sub_client(JobAdminModuleOps)

    @flow
    def list_all_jobs(
        self, list_jobs_request: Input[Any], limit: int | None = None
    ) -> Generator[_Step, Any, list[Any]]:
        """All the user's jobs as a list; at most `limit`."""
        return (yield from _collect_jobs(self, JobOps.list_jobs, list_jobs_request, limit))

    @pages
    def for_all_jobs(self, list_jobs_request: Input[Any], limit: int | None = None) -> PageSpec[Any]:
        """Every job of the user (`for` / `async for`)."""
        return _job_pages(self, JobOps.list_jobs, list_jobs_request, limit)

    @flow
    def list_all_jobs_in_batch(
        self, list_request: Input[Any], limit: int | None = None
    ) -> Generator[_Step, Any, list[Any]]:
        """All jobs of one of the user's batches as a list."""
        return (yield from _collect_jobs(self, JobOps.list_jobs_in_batch, list_request, limit))

    @pages
    def for_all_jobs_in_batch(self, list_request: Input[Any], limit: int | None = None) -> PageSpec[Any]:
        """Every job of one of the user's batches (`for` / `async for`)."""
        return _job_pages(self, JobOps.list_jobs_in_batch, list_request, limit)

    @flow
    def await_job_completion(
        self, session_id: str, settings: Any = None, *, timeout: float | None = None,
        poll_interval: float | None = None,
    ) -> Generator[_Step, Any, dict[str, Any]]:  # fmt: skip
        """Waits until a job is SUCCEEDED or FAILED; returns its status table (JSON). JobTimeoutError on timeout.

        `settings` accepts the official AsyncAwaitSettings (its timeouts are summed); `timeout`/`poll_interval`
        (seconds) win over it.
        """
        t, p = await_settings(settings, timeout, poll_interval)
        return (yield from await_job(self, session_id, timeout=t, poll_interval=p))

    @flow
    def await_successful_job_completion(
        self, session_id: str, settings: Any = None, *, timeout: float | None = None,
        poll_interval: float | None = None,
    ) -> Generator[_Step, Any, dict[str, Any]]:  # fmt: skip
        """As await_job_completion, but a FAILED job (or one without a result) raises JobFailedError."""
        t, p = await_settings(settings, timeout, poll_interval)
        return (yield from await_job(self, session_id, timeout=t, poll_interval=p, require_success=True))
