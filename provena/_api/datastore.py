# mypy: disable-error-code="empty-body"
"""Datastore (data-api): `DatastoreClient` and its `review` sub-client.

Fixes over the official client: the review routes go to the data-api host (not auth-api), `add_reviewer` sends
`reviewer_id` as the query parameter the backend reads, and read-only POSTs are marked idempotent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Unpack

from .._operation import JSON, CallOptions, Input, Modal, op, raw_view, sub_client

if TYPE_CHECKING:
    from provena_api_datastore.models import (
        ActionApprovalRequest,
        ItemRevertRequest,
        ItemRevertResponse,
        ReleaseApprovalRequest,
        Schema,
        VersionRequest,
        VersionResponse,
    )

    from ..clients import (
        DatasetReviewSubClient,
        DatasetReviewSubClientWithRawResponse,
        DatastoreClientWithRawResponse,
    )
    from ..models import (
        CollectionFormat,
        CredentialResponse,
        CredentialsRequest,
        DatasetListResponse,
        HealthCheckResponse,
        MintResponse,
        NoFilterSubtypeListRequest,
        PresignedURLRequest,
        PresignedURLResponse,
        RegistryFetchResponse,
        Status,
        UpdateMetadataResponse,
    )
    from ..sync import DatasetReviewSubClient as SyncDatasetReviewSubClient
    from ..sync import DatasetReviewSubClientWithRawResponse as SyncDatasetReviewSubClientWithRawResponse
    from ..sync import DatastoreClientWithRawResponse as SyncDatastoreClientWithRawResponse


class DatasetReviewOps:
    """Dataset release review (data-api `/release/*`)."""

    _service: ClassVar[str] = "datastore"
    with_raw_response: Modal[
        DatasetReviewSubClientWithRawResponse, SyncDatasetReviewSubClientWithRawResponse,
        DatasetReviewSubClientWithRawResponse, SyncDatasetReviewSubClientWithRawResponse,
    ] = raw_view()  # fmt: skip

    @op("delete_reviewer", result="json")
    def delete_dataset_reviewer(self, reviewer_id: str, **opts: Unpack[CallOptions]) -> Any:
        """Removes a user (by Person id) from the system dataset reviewers. Admin only."""

    @op("add_reviewer", result="json")
    def add_dataset_reviewer(self, reviewer_id: str, **opts: Unpack[CallOptions]) -> Any:
        """Adds a user (by Person id) to the system dataset reviewers. Admin only."""

    @op("list_reviewers", result="json")
    def list_dataset_reviewers(self, **opts: Unpack[CallOptions]) -> Any:
        """Lists the system dataset reviewers (missing from the official client)."""

    @op("approval_request", body="approval_request_payload", result="json")
    def approval_request(
        self, approval_request_payload: Input[ReleaseApprovalRequest], **opts: Unpack[CallOptions]
    ) -> JSON:
        """Requests the release of a dataset by a reviewer; returns the ReleaseApprovalRequestResponse JSON."""

    @op("action_approval_request", body="action_approval_request_payload", result="json")
    def action_approval_request(
        self, action_approval_request_payload: Input[ActionApprovalRequest], **opts: Unpack[CallOptions]
    ) -> JSON:
        """Approves or rejects a release request (reviewer only); returns the ActionApprovalRequestResponse JSON."""


class DatastoreOps:
    """The data store API: dataset minting, metadata, listing and S3 access."""

    _service: ClassVar[str] = "datastore"
    review: Modal[
        DatasetReviewSubClient, SyncDatasetReviewSubClient,
        DatasetReviewSubClientWithRawResponse, SyncDatasetReviewSubClientWithRawResponse,
    ] = sub_client(DatasetReviewOps)  # fmt: skip
    with_raw_response: Modal[
        DatastoreClientWithRawResponse, SyncDatastoreClientWithRawResponse,
        DatastoreClientWithRawResponse, SyncDatastoreClientWithRawResponse,
    ] = raw_view()  # fmt: skip

    @op("root", result="json")
    def get_health_check(self, **opts: Unpack[CallOptions]) -> HealthCheckResponse:
        """Health check the API. Returns the JSON message."""

    @op("validate_metadata", body="metadata_payload", idempotent=True)
    def validate_metadata(
        self, metadata_payload: Input[CollectionFormat], **opts: Unpack[CallOptions]
    ) -> Status:
        """Validates dataset metadata (a CollectionFormat) with the datastore API; `.success` says if it is valid."""

    @op("update_metadata", body="metadata_payload")
    def update_metadata(
        self,
        handle_id: str,
        reason: str,
        metadata_payload: Input[CollectionFormat],
        **opts: Unpack[CallOptions],
    ) -> UpdateMetadataResponse:
        """Updates an existing dataset's metadata through the datastore API."""

    @op("revert_metadata", body="metadata_payload")
    def revert_metadata(
        self, metadata_payload: Input[ItemRevertRequest], **opts: Unpack[CallOptions]
    ) -> ItemRevertResponse:
        """Reverts a dataset's metadata to a previous historical version (id, history_id, reason)."""

    @op("version_dataset", body="version_dataset_payload")
    def version_dataset(
        self, version_dataset_payload: Input[VersionRequest], **opts: Unpack[CallOptions]
    ) -> VersionResponse:
        """Creates a new version of an existing dataset; returns the new version id and the job session id."""

    @op("list", body="list_request", idempotent=True)
    def list_datasets(
        self, list_request: Input[NoFilterSubtypeListRequest], **opts: Unpack[CallOptions]
    ) -> DatasetListResponse:
        """Lists datasets, one page (sort criteria, optional pagination_key, page_size)."""

    @op("generate_presigned_url", body="presigned_url", idempotent=True)
    def generate_presigned_url(
        self, presigned_url: Input[PresignedURLRequest], **opts: Unpack[CallOptions]
    ) -> PresignedURLResponse:
        """Generates a presigned URL for one file of a dataset (dataset id, file path, expiry)."""

    @op("generate_read_access_credentials", body="read_access_credentials", idempotent=True)
    def generate_read_access_credentials(
        self, read_access_credentials: Input[CredentialsRequest], **opts: Unpack[CallOptions]
    ) -> CredentialResponse:
        """Temporary AWS credentials reading the dataset's S3 prefix."""

    @op("generate_write_access_credentials", body="write_access_credentials", idempotent=True)
    def generate_write_access_credentials(
        self, write_access_credentials: Input[CredentialsRequest], **opts: Unpack[CallOptions]
    ) -> CredentialResponse:
        """Temporary AWS credentials writing the dataset's S3 prefix."""

    @op("fetch_dataset", params={"id": "handle_id"})
    def fetch_dataset(self, id: str, **opts: Unpack[CallOptions]) -> RegistryFetchResponse:
        """Fetches a dataset by handle id, e.g. "10378.1/1451860"."""

    @op("mint_dataset", body="dataset_info")
    def mint_dataset(
        self, dataset_info: Input[CollectionFormat], **opts: Unpack[CallOptions]
    ) -> MintResponse:
        """Registers (mints) a new dataset from its metadata. Never retried automatically."""

    @op("get_dataset_schema")
    def get_dataset_schema(self, **opts: Unpack[CallOptions]) -> Schema:
        """The JSON schema of dataset metadata (missing from the official client)."""
