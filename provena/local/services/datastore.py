"""The datastore service of the local stack: datasets as registry items plus their S3 storage.

Behaviour follows the real data-store-api: datasets are DATASET items of the registry
(minted through ``registry_store``), each with a folder ``s3://<bucket>/datasets/<handle>/``
seeded with ``metadata.json``; credentials and presigned URLs are scoped to that folder
(``provena.local.s3`` makes the scope real); release review moves ``release_status``
NOT_RELEASED → PENDING → RELEASED/NOT_RELEASED with a ``release_history``.

Status codes are the real ones, including its quirks: an unknown or unreadable dataset is
400 (the registry answers "not found" with success=False, which the data store turns into
400), missing item roles are 401, a mint that fails validation is a 200 with
``status.success = false``. Routes that need S3 answer 503 when the stack runs without it.
"""

import contextlib
import json
from collections.abc import Callable, Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, FastAPI, HTTPException
from ProvenaInterfaces.AuthAPI import ENTITY_REGISTRY_COMPONENT, SYS_ADMIN_COMPONENT, AccessLevel
from ProvenaInterfaces.DataStoreAPI import (
    ActionApprovalRequest,
    ActionApprovalRequestResponse,
    CredentialResponse,
    CredentialsRequest,
    MintResponse,
    PresignedURLRequest,
    PresignedURLResponse,
    RegistryFetchResponse,
    ReleaseApprovalRequest,
    ReleaseApprovalRequestResponse,
    Schema,
    UpdateMetadataResponse,
)
from ProvenaInterfaces.RegistryAPI import (
    DatasetListResponse,
    ItemRevertRequest,
    ItemRevertResponse,
    NoFilterSubtypeListRequest,
    VersionRequest,
    VersionResponse,
)
from ProvenaInterfaces.RegistryModels import (
    ADMIN_ROLE,
    DATASET_READ_ROLE,
    DATASET_ROLE_LIST,
    DATASET_WRITE_ROLE,
    METADATA_READ_ROLE,
    METADATA_WRITE_ROLE,
    CollectionFormat,
    DatasetDomainInfo,
    ItemDataset,
    OptionallyRequiredCheck,
    ReleaseAction,
    ReleasedStatus,
    ReleaseHistoryEntry,
    S3Location,
)
from ProvenaInterfaces.SharedTypes import Status

from .. import s3 as s3mod
from ..context import StackContext
from ..security import User
from ._common import new_app

# Item-level roles that grant each action (data-store-api routes).
FETCH_ROLES = [METADATA_READ_ROLE, METADATA_WRITE_ROLE, ADMIN_ROLE]
METADATA_WRITE_ROLES = [METADATA_WRITE_ROLE, DATASET_WRITE_ROLE, ADMIN_ROLE]
DATA_READ_ROLES = [DATASET_READ_ROLE, DATASET_WRITE_ROLE, ADMIN_ROLE]
DATA_WRITE_ROLES = [DATASET_WRITE_ROLE, ADMIN_ROLE]
ILLEGAL_PATH_SUBSTRINGS = ["../", "/../", "..", "//", "\\", "\\\\"]
REVIEWERS_NS = "datastore.reviewers"


def _role(component: Any, level: AccessLevel) -> str:
    return str(component.get_role_at_level(level).role_name)


# The real data store protects its routes with the entity-registry component roles.
READ_ROLE = _role(ENTITY_REGISTRY_COMPONENT, AccessLevel.READ)
WRITE_ROLE = _role(ENTITY_REGISTRY_COMPONENT, AccessLevel.WRITE)
ADMIN_USAGE_ROLE = _role(ENTITY_REGISTRY_COMPONENT, AccessLevel.ADMIN)
SYS_READ = _role(SYS_ADMIN_COMPONENT, AccessLevel.READ)
SYS_WRITE = _role(SYS_ADMIN_COMPONENT, AccessLevel.WRITE)
SYS_ADMIN = _role(SYS_ADMIN_COMPONENT, AccessLevel.ADMIN)


def _requires(ctx: StackContext, roles: list[str]) -> Callable[..., User]:
    """A dependency needing ALL ``roles``; without them, the real services' 401."""
    return ctx.security.requires_all(roles)


# -- validation ---------------------------------------------------------------------------
def _check_optional(check: OptionallyRequiredCheck, missing: str, unnecessary: str) -> None:
    if check.relevant and not check.obtained:
        raise ValueError(missing)
    if not check.relevant and check.obtained:
        raise ValueError(unnecessary)


def validate_fields(cf: CollectionFormat) -> None:
    """The data store's field rules beyond the schema (dates, consents); raises ValueError."""
    info, approvals = cf.dataset_info, cf.approvals
    # Dates are optional ({relevant, value}); they can only conflict when both are given.
    created, published = info.created_date.value, info.published_date.value
    if created is not None and published is not None and published < created:
        raise ValueError("The published date cannot be before the creation date.")
    _check_optional(
        approvals.ethics_registration,
        "You cannot register a dataset which contains data subject to ethics and privacy concerns "
        "without appropriate permissions and consent for it's registration.",
        "The dataset was marked as having permissions and consent for ethics and privacy concerns but "
        "was not marked as containing ethics and privacy sensitive data. Please update the dataset to "
        "clarify.",
    )
    _check_optional(
        approvals.ethics_access,
        "You cannot register a dataset which contains data subject to ethics and privacy concerns "
        "without appropriate permissions and consent for it's access in the system.",
        "The dataset was marked as having permissions and consent for ethics and privacy concerns but "
        "was not marked as containing ethics and privacy sensitive data. Please update the dataset to "
        "clarify.",
    )
    _check_optional(
        approvals.indigenous_knowledge,
        "Please obtain mandatory consent from the relevant Indigenous community for the Indigenous "
        "knowledge before registering this dataset.",
        "The dataset does not contain Indigenous knowledge, but consent has been obtained. Please update "
        "the dataset to indicate if it contains Indigenous knowledge.",
    )
    _check_optional(
        approvals.export_controls,
        "You have marked this dataset as being subject to export controls but have not performed the "
        "necessary due diligence checks and acquired approvals. The dataset cannot be registered.",
        "The dataset was marked as not containing sensitive data but has obtained consents. Please update "
        "the dataset to indicate whether it is subject to export controls.",
    )


def _cf_json(cf: CollectionFormat) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(cf.model_dump_json(exclude_none=True))
    return result


class Datastore:
    """The service's behaviour, separate from routing so each route stays a few lines."""

    def __init__(self, ctx: StackContext) -> None:
        self.ctx = ctx

    # -- collaborators --------------------------------------------------------------------
    @property
    def registry(self) -> Any:
        from ..registry_store import registry_store  # owned by the registry service

        return registry_store(self.ctx)

    def s3(self) -> s3mod.S3Store:
        if self.ctx.s3 is None:
            raise HTTPException(
                503,
                detail="This local stack runs without S3 (no S3 endpoint configured); "
                "start it with S3 to use dataset storage.",
            )
        return s3mod.s3_store(self.ctx.s3)

    def bucket(self) -> str:
        return self.ctx.s3.bucket if self.ctx.s3 is not None else "provena-local-datastore"

    def linked_person(self, username: str) -> str | None:
        person: str | None = self.registry.linked_person(username)
        return person

    def usernames_of(self, person_id: str) -> list[str]:
        """Reverse link lookup (auth service's link table): which users are this Person."""
        from .auth_routes.links import LinkTable  # owned by the auth service

        return LinkTable(self.ctx).usernames_of(person_id)

    def roles(self, id: str, user: User | str) -> list[str]:
        roles: list[str] = self.registry.roles(id, user, DATASET_ROLE_LIST)
        return roles

    # -- registry-backed reads -------------------------------------------------------------
    def validate_in_registry(self, cf: CollectionFormat) -> str | None:
        """The registry's dataset validation (referenced ids exist with the right subtype, ...)."""
        from ..registry_store import RegistryFailure

        # Wrapped as the real data store does, with a placeholder location.
        fake = S3Location(bucket_name="fake", path="fake", s3_uri="fake")
        try:
            self.registry.validate_domain("DATASET", self._domain_info(cf, fake))
        except RegistryFailure as e:
            return e.details
        return None

    def validate(self, cf: CollectionFormat) -> str | None:
        """Why ``cf`` cannot be registered, or None. Schema validity is pydantic's (422)."""
        try:
            validate_fields(cf)
        except ValueError as e:
            return f"Failed field value validation. Error: {e}"
        problem = self.validate_in_registry(cf)
        if problem is not None:
            return f"Registry API responded with an error during validation, error: {problem}."
        return None

    def fetch(self, handle_id: str, user: User) -> tuple[dict[str, Any], list[str], bool]:
        """The dataset item, the user's roles on it and its lock state; real errors otherwise."""
        if handle_id == "":
            raise HTTPException(400, detail="Empty string received for query handle_id")
        item = self.registry.fetch(handle_id)
        if item is None:
            raise HTTPException(
                400,
                detail="The registry API responded with status success False during dataset "
                f"fetching. Details: Could not find the given key ({handle_id}) in the "
                "registry.",
            )
        roles = self.roles(handle_id, user)
        if not any(r in roles for r in FETCH_ROLES):
            raise HTTPException(
                401,
                detail="Registry did not grant access to the dataset. Details: You are not "
                "authorised to fetch this item..",
            )
        if item.get("item_subtype") != "DATASET":
            raise HTTPException(
                400, detail=f"The item with id {handle_id} is a {item.get('item_subtype')}, not a DATASET."
            )
        if item.get("record_type") == "SEED_ITEM":
            raise HTTPException(
                400,
                detail="The requested dataset is an incomplete item (seed item). It is not a valid dataset.",
            )
        with registry_errors():
            locked = bool(self.registry.is_locked(handle_id))
        return item, roles, locked

    def fetch_with(self, handle_id: str, user: User, accepted: list[str], denied: str) -> dict[str, Any]:
        item, roles, _ = self.fetch(handle_id, user)
        if not any(r in roles for r in accepted):
            raise HTTPException(401, detail=denied)
        return item

    # -- writes ----------------------------------------------------------------------------
    def _domain_info(self, cf: CollectionFormat, s3: S3Location, base: dict[str, Any] | None = None) -> dict[str, Any]:
        """A DatasetDomainInfo for ``cf`` keeping the release fields of ``base``."""
        base = base or {}
        info = DatasetDomainInfo(
            display_name=cf.dataset_info.name,
            user_metadata=cf.dataset_info.user_metadata,
            collection_format=cf,
            s3=s3,
            release_status=base.get("release_status", ReleasedStatus.NOT_RELEASED),
            release_approver=base.get("release_approver"),
            release_timestamp=base.get("release_timestamp"),
            release_history=base.get("release_history", []),
            access_info_uri=cf.dataset_info.access_info.uri,
        )
        result: dict[str, Any] = info.model_dump(mode="json")
        return result

    def location(self, handle: str) -> S3Location:
        path = s3mod.dataset_path(handle)
        bucket = self.bucket()
        return S3Location(bucket_name=bucket, path=path, s3_uri=f"s3://{bucket}/{path}")

    def mint(self, cf: CollectionFormat, user: User) -> MintResponse:
        problem = self.validate(cf)
        if problem is not None:
            return MintResponse(status=Status(success=False, details=problem))
        store = self.s3()
        # One transaction around the registry writes; S3 is written last, so a failure
        # anywhere leaves neither a registry item nor (thanks to the check) a stray folder.
        # As the real service: seed an item, work out its folder, complete the item (which
        # spins off the create activity job).
        with self.ctx.state.transaction(), registry_errors():
            handle = self.registry.seed("DATASET", user.username)["id"]
            location = self.location(handle)
            _discard_unacknowledged_folder(store, location.path)
            if store.path_in_use(location.path):
                raise HTTPException(
                    400,
                    detail="Failed to find a unique S3 path - is your dataset name a duplicate? "
                    "Error: Handle was not unique as a path name - aborting!",
                )
            _, session = self.registry.update_with_session(handle, self._domain_info(cf, location), user.username, "NA")
            store.write_metadata(location.path, _cf_json(cf))
        return MintResponse(
            status=Status(success=True, details="Successfully seeded location - see location details."),
            handle=handle,
            s3_location=location,
            register_create_activity_session_id=session,
        )

    def update_metadata(self, handle_id: str, reason: str, cf: CollectionFormat, user: User) -> UpdateMetadataResponse:
        problem = self.validate(cf)
        if problem is not None:
            raise HTTPException(400, detail=problem)
        item, roles, locked = self.fetch(handle_id, user)
        self._check_editable(roles, locked)
        location = S3Location.model_validate(item["s3"])
        store = self.s3()
        with self.ctx.state.transaction(), registry_errors():
            self.registry.update(handle_id, self._domain_info(cf, location, item), user.username, reason)
            store.write_metadata(location.path, _cf_json(cf))
        return UpdateMetadataResponse(
            status=Status(
                success=True,
                details="Successfully updated metadata in Registry and S3 bucket - see location details.",
            ),
            handle=handle_id,
            s3_location=location,
        )

    @staticmethod
    def _check_editable(roles: list[str], locked: bool) -> None:
        if locked:
            raise HTTPException(
                401,
                detail="This dataset is locked - you cannot update the metadata. Unlock the dataset first.",
            )
        if not any(r in roles for r in METADATA_WRITE_ROLES):
            raise HTTPException(401, detail="You are not authorised to write metadata for this dataset!")

    def revert(self, req: ItemRevertRequest, user: User) -> ItemRevertResponse:
        item, roles, locked = self.fetch(req.id, user)
        self._check_editable(roles, locked)
        entry = next((h for h in item.get("history", []) if h.get("id") == req.history_id), None)
        if entry is None:
            raise HTTPException(
                400,
                detail=f"The item with id {req.id} does not have a history entry with id "
                f"matching {req.history_id}. No action taken.",
            )
        cf = CollectionFormat.model_validate(entry["item"]["collection_format"])
        problem = self.validate_in_registry(cf)
        if problem is not None:
            raise HTTPException(
                400,
                detail="Registry API responded with an error during validation of the target "
                f"revert point, error: {problem}.",
            )
        # Like the real service: an update carrying the old metadata, never touching protected fields.
        location = S3Location.model_validate(item["s3"])
        store = self.s3()
        with self.ctx.state.transaction(), registry_errors():
            self.registry.update(
                req.id,
                self._domain_info(cf, location, item),
                user.username,
                f"Reverting dataset to history id {req.history_id}.",
            )
            store.write_metadata(location.path, _cf_json(cf))
        return ItemRevertResponse(
            status=Status(
                success=True,
                details="Successfully reverted metadata in Registry and S3 bucket - see location details.",
            )
        )

    def version(self, req: VersionRequest, user: User) -> VersionResponse:
        store = self.s3()
        # The registry checks access (item admin), link, subtype and latest-version rules.
        with self.ctx.state.transaction(), registry_errors():
            new_id, session_id = self.registry.version(req.id, req.reason, user, "DATASET")
            new_item = self.registry.fetch(new_id)
            assert new_item is not None
            cf = CollectionFormat.model_validate(new_item["collection_format"])
            location = self.location(new_id)
            _discard_unacknowledged_folder(store, location.path)
            if store.path_in_use(location.path):
                raise HTTPException(
                    500,
                    detail="Version succeeded, however failed to find a unique S3 path. No "
                    "storage location provisioned.",
                )
            # New versions are unreleased and live in their own folder.
            self.registry.update(
                new_id,
                self._domain_info(cf, location),
                user.username,
                "(System) Dataset S3 path updated to new version's storage location",
            )
            store.write_metadata(location.path, _cf_json(cf))
        return VersionResponse(new_version_id=new_id, version_job_session_id=session_id)

    # -- storage access ----------------------------------------------------------------------
    def credentials(self, req: CredentialsRequest, user: User, *, write: bool) -> CredentialResponse:
        item, roles, locked = self.fetch(req.dataset_id, user)
        if write and locked:
            raise HTTPException(
                401,
                detail="This dataset is locked - you cannot modify the files of a locked "
                "dataset. Unlock the dataset first.",
            )
        accepted = DATA_WRITE_ROLES if write else DATA_READ_ROLES
        if ADMIN_USAGE_ROLE not in user.roles and not any(r in roles for r in accepted):
            verb = "write to" if write else "read from"
            raise HTTPException(401, detail=f"You do not have sufficient permissions to {verb} this dataset!")
        if write and item.get("release_status") in (
            ReleasedStatus.PENDING.value,
            ReleasedStatus.RELEASED.value,
        ):
            raise HTTPException(
                403,
                detail=f"Dataset {req.dataset_id} is pending review or is released. Cannot "
                "modify dataset files while a review is ongoing.",
            )
        self.s3()
        location = S3Location.model_validate(item["s3"])
        creds = self._issue(location, user, write=write)
        console = None
        if req.console_session_required:
            # There is no AWS console locally: the nearest thing is a signed, browsable listing of
            # the dataset folder, made with the credentials just issued (so it has their scope).
            console = self.s3().presigned_listing(location.path, creds, s3mod.CONSOLE_URL_SECONDS)
        return CredentialResponse(
            status=Status(success=True, details="STS credentials generated successfully for specified path."),
            credentials=creds,
            console_session_url=console,
        )

    def _issue(self, location: S3Location, user: User, *, write: bool) -> dict[str, Any]:
        # Key ids come from the state's id sequence so --seed replays give the same ids.
        key_id = s3mod.new_access_key_id(f"{user.username}:{self.ctx.state.new_uuid()}")
        return s3mod.issue_credentials(
            location.bucket_name,
            location.path,
            write=write,
            access_key_id=key_id,
            now=self.ctx.state.wall_now(),
        )

    def presigned_url(self, req: PresignedURLRequest, user: User) -> PresignedURLResponse:
        try:
            item = self.fetch_with(
                req.dataset_id,
                user,
                [DATASET_READ_ROLE],
                f"User {user.username} does not have expected dataset data privileges for "
                f"dataset with id '{req.dataset_id}'.",
            )
        except HTTPException as e:
            raise HTTPException(e.status_code, detail=f"Failed to generate presigned url. Error: {e.detail}") from None
        for illegal in ILLEGAL_PATH_SUBSTRINGS:
            if illegal in req.file_path:
                raise HTTPException(
                    400, detail=f"File path '{req.file_path}' contains '{illegal}' which is not allowed."
                )
        store = self.s3()
        location = S3Location.model_validate(item["s3"])
        key = f"{s3mod.DATASET_PATH}/{s3mod.sanitize_handle(req.dataset_id)}/{req.file_path}"
        if not store.object_exists(key):
            raise HTTPException(
                400, detail=f"File path '{req.file_path}' does not exist in dataset with id {req.dataset_id}"
            )
        url = store.presigned_get(key, self._issue(location, user, write=False), req.expires_in)
        return PresignedURLResponse(dataset_id=req.dataset_id, file_path=req.file_path, presigned_url=url)

    # -- listing -----------------------------------------------------------------------------
    def list_datasets(self, req: NoFilterSubtypeListRequest, user: User) -> DatasetListResponse:
        """The registry's DATASET list: DynamoDB-style pages, then filtered to what the user may read."""
        sort = req.sort_by
        with registry_errors():
            page, key = self.registry.query(
                subtype="DATASET",
                release_reviewer=None,
                sort_type=sort.sort_type if sort else None,
                ascending=sort.ascending if sort else False,
                begins_with=sort.begins_with if sort else None,
                record_type="COMPLETE_ONLY",
                release_status=None,
                pagination_key=req.pagination_key,
                page_size=req.page_size,
            )
        visible = [i for i in page if any(r in FETCH_ROLES for r in self.roles(i["id"], user))]
        items = [ItemDataset.model_validate(i) for i in visible]
        return DatasetListResponse(
            status=Status(success=True, details="Successfully listed items."),
            items=items,
            seed_items=[],
            unparsable_items=[],
            total_item_count=len(items),
            complete_item_count=len(items),
            seed_item_count=0,
            unparsable_item_count=0,
            not_authorised_count=len(page) - len(visible),
            pagination_key=key,
        )

    # -- release review ----------------------------------------------------------------------
    def reviewers(self) -> list[str]:
        return self.ctx.state.list_ids(REVIEWERS_NS)

    def add_reviewer(self, reviewer_id: str) -> None:
        self.ctx.state.put(REVIEWERS_NS, reviewer_id, {"id": reviewer_id})

    def delete_reviewer(self, reviewer_id: str) -> None:
        self.ctx.state.delete(REVIEWERS_NS, reviewer_id)

    def request_review(self, req: ReleaseApprovalRequest, user: User) -> ReleaseApprovalRequestResponse:
        requester = self.linked_person(user.username)
        if requester is None:
            raise HTTPException(
                400, detail="You cannot request a review without having a linked Person in the registry."
            )
        item, roles, _ = self.fetch(req.dataset_id, user)
        if ADMIN_ROLE not in roles:
            raise HTTPException(
                401,
                detail=f"User {user.username} is not an admin of dataset {req.dataset_id}. "
                "Only admins of datasets can request for the dataset to be reviewed.",
            )
        if item.get("release_status") in (ReleasedStatus.PENDING.value, ReleasedStatus.RELEASED.value):
            raise HTTPException(
                400,
                detail=f"Dataset {req.dataset_id} is already pending review or is released. "
                "Cannot request a review while another is unresolved.",
            )
        if req.approver_id not in self.reviewers():
            raise HTTPException(
                400,
                detail=f"User {req.approver_id} is not a system dataset reviewer. Please "
                "provide an ID for entity pointing to a person who is a valid dataset "
                "reviewer for this system.",
            )
        for username in self.usernames_of(req.approver_id):
            reviewer_roles = self.roles(req.dataset_id, username)
            if not all(r in reviewer_roles for r in (DATASET_READ_ROLE, METADATA_READ_ROLE)):
                raise HTTPException(
                    400,
                    detail=f"Desired reviewer '{username}' does not have read permissions "
                    f"into dataset {req.dataset_id}. Cannot request for dataset to be "
                    "reviewed for release by a reviewer who cannot read it.",
                )
        ts = int(self.ctx.state.now())
        entry = ReleaseHistoryEntry(
            action=ReleaseAction.REQUEST,
            timestamp=ts,
            approver=req.approver_id,
            requester=requester,
            notes=req.notes,
        )
        self._set_release(item, user, ReleasedStatus.PENDING, req.approver_id, ts, entry)
        return ReleaseApprovalRequestResponse(
            dataset_id=req.dataset_id,
            approver_id=req.approver_id,
            details="Successfully sent request to approve dataset release to approver. Email notification included.",
        )

    def action_review(self, req: ActionApprovalRequest, user: User) -> ActionApprovalRequestResponse:
        reviewer = self.linked_person(user.username)
        if reviewer is None:
            raise HTTPException(
                400,
                detail="In order to perform this operation you must link your User account to "
                "a Person in the registry.",
            )
        if reviewer not in self.reviewers():
            raise HTTPException(
                401,
                detail="You are not a dataset reviewer. Only system dataset reviewers can "
                "perform this action. Contact system admins to request to be a "
                "reviewer.",
            )
        item, _, _ = self.fetch(req.dataset_id, user)
        if item.get("release_status") != ReleasedStatus.PENDING.value:
            raise HTTPException(
                400, detail=f"Dataset {req.dataset_id} is not pending review. Cannot perform this action."
            )
        if item.get("release_approver") != reviewer:
            raise HTTPException(
                401,
                detail=f"User with name {user.username} and linked ID {reviewer} is not the "
                f"approver for dataset {req.dataset_id}. Only the designated approver "
                "can perform this action.",
            )
        ts = int(self.ctx.state.now())
        action = ReleaseAction.APPROVE if req.approve else ReleaseAction.REJECT
        entry = ReleaseHistoryEntry(action=action, timestamp=ts, approver=reviewer, requester=None, notes=req.notes)
        status = ReleasedStatus.RELEASED if req.approve else ReleasedStatus.NOT_RELEASED
        self._set_release(item, user, status, reviewer, ts, entry, manual_grant=True)
        return ActionApprovalRequestResponse(
            dataset_id=req.dataset_id,
            approved=req.approve,
            details="Succesfully responded to dataset release approval request.",
        )

    def _set_release(
        self,
        item: dict[str, Any],
        user: User,
        status: ReleasedStatus,
        approver: str,
        ts: int,
        entry: ReleaseHistoryEntry,
        *,
        manual_grant: bool = False,
    ) -> None:
        info = DatasetDomainInfo.model_validate(item)
        info.release_status = status
        info.release_approver = approver
        info.release_timestamp = ts
        info.release_history = [*info.release_history, entry]
        # Release bookkeeping is not a user edit: no history entry, as the real service passes
        # exclude_history_update; the reviewer is not an item editor, hence the manual grant.
        with registry_errors():
            self.registry.update(
                item["id"],
                info.model_dump(mode="json"),
                user.username,
                None,
                exclude_history_update=True,
                manual_grant=manual_grant,
            )


@contextlib.contextmanager
def registry_errors() -> Iterator[None]:
    """The registry store's refusals as HTTP errors with its own status and words.

    The real data store relays 401s and turns other registry errors into 500s; here a
    refusal caused by the caller's input stays a 4xx so clients can tell what to fix.
    """
    from ..registry_store import RegistryError, RegistryFailure

    try:
        yield
    except RegistryError as e:
        raise HTTPException(e.status_code, detail=e.detail) from None
    except RegistryFailure as e:
        raise HTTPException(
            400, detail=f"The registry API responded with status success False. Details: {e.details}"
        ) from None


# -- routes -------------------------------------------------------------------------------
def build(ctx: StackContext) -> FastAPI:
    app = new_app("datastore", ctx, access_checks="standard")
    ds = Datastore(ctx)
    ctx.__dict__["datastore"] = ds
    Reader = Annotated[User, Depends(_requires(ctx, [READ_ROLE]))]
    Writer = Annotated[User, Depends(_requires(ctx, [READ_ROLE, WRITE_ROLE]))]
    SysWriter = Annotated[User, Depends(_requires(ctx, [SYS_READ, SYS_WRITE]))]
    SysAdmin = Annotated[User, Depends(_requires(ctx, [SYS_READ, SYS_WRITE, SYS_ADMIN]))]

    metadata = APIRouter(prefix="/metadata", tags=["Metadata"])

    @metadata.post("/validate-metadata", response_model=Status)
    def validate_metadata(metadata: CollectionFormat, user: Reader) -> Status:
        problem = ds.validate(metadata)
        if problem is not None:
            return Status(success=False, details=problem)
        return Status(success=True, details="Validation successful.")

    @metadata.get("/dataset-schema", response_model=Schema)
    def get_dataset_schema(user: Reader) -> Schema:
        return Schema(json_schema=CollectionFormat.model_json_schema())

    register = APIRouter(prefix="/register", tags=["Register dataset"])

    @register.post("/mint-dataset", response_model=MintResponse)
    def mint_dataset(collection_format: CollectionFormat, user: Writer) -> MintResponse:
        return ds.mint(collection_format, user)

    @register.post("/update-metadata", response_model=UpdateMetadataResponse)
    def update_metadata(
        collection_format: CollectionFormat, handle_id: str, reason: str, user: Writer
    ) -> UpdateMetadataResponse:
        return ds.update_metadata(handle_id, reason, collection_format, user)

    @register.put("/revert-metadata", response_model=ItemRevertResponse)
    def revert_metadata(revert_request: ItemRevertRequest, user: Writer) -> ItemRevertResponse:
        return ds.revert(revert_request, user)

    @register.post("/version", response_model=VersionResponse)
    def version_dataset(version_request: VersionRequest, user: Writer) -> VersionResponse:
        return ds.version(version_request, user)

    items = APIRouter(prefix="/registry/items", tags=["Registry Items"])

    @items.post("/list", response_model=DatasetListResponse)
    def list(list_request: NoFilterSubtypeListRequest, user: Reader) -> DatasetListResponse:
        return ds.list_datasets(list_request, user)

    @items.get("/fetch-dataset", response_model=RegistryFetchResponse)
    def fetch_dataset(handle_id: str, user: Reader) -> RegistryFetchResponse:
        item, roles, locked = ds.fetch(handle_id, user)
        return RegistryFetchResponse(
            status=Status(success=True, details=f"Successfully fetched data for handle '{handle_id}'"),
            item=ItemDataset.model_validate(item),
            roles=roles,
            locked=locked,
        )

    @items.post("/generate-presigned-url", response_model=PresignedURLResponse)
    def generate_presigned_url(presigned_url_req: PresignedURLRequest, user: Reader) -> PresignedURLResponse:
        return ds.presigned_url(presigned_url_req, user)

    creds = APIRouter(prefix="/registry/credentials", tags=["Registry credentials"])

    @creds.post("/generate-read-access-credentials", response_model=CredentialResponse)
    def generate_read_access_credentials(credentials_request: CredentialsRequest, user: Reader) -> CredentialResponse:
        return ds.credentials(credentials_request, user, write=False)

    @creds.post("/generate-write-access-credentials", response_model=CredentialResponse)
    def generate_write_access_credentials(credentials_request: CredentialsRequest, user: Writer) -> CredentialResponse:
        return ds.credentials(credentials_request, user, write=True)

    release = APIRouter(prefix="/release", tags=["Release"])

    # The real release routes declare no response model (their documents say `{}`); bodies
    # are still the interface models' shapes.
    @release.delete("/sys-reviewers/delete", response_model=None)
    def delete_reviewer(reviewer_id: str, user: SysAdmin) -> None:
        ds.delete_reviewer(reviewer_id)

    @release.post("/sys-reviewers/add", response_model=None)
    def add_reviewer(reviewer_id: str, user: SysWriter) -> None:
        ds.add_reviewer(reviewer_id)

    @release.get("/sys-reviewers/list", response_model=None)
    def list_reviewers(user: Writer) -> Any:
        return ds.reviewers()

    @release.post("/approval-request", response_model=None)
    def approval_request(release_approval_request: ReleaseApprovalRequest, user: Writer) -> Any:
        return ds.request_review(release_approval_request, user).model_dump(mode="json")

    @release.put("/action-approval-request", response_model=None)
    def action_approval_request(action_approval_request: Annotated[ActionApprovalRequest, Body()], user: Writer) -> Any:
        return ds.action_review(action_approval_request, user).model_dump(mode="json")

    for router in (metadata, register, items, creds, release):
        app.include_router(router)
    return app


def _discard_unacknowledged_folder(store: s3mod.S3Store, path: str) -> None:
    """Remove what a mint that died before its commit left at ``path``.

    The handle behind ``path`` was drawn inside the current transaction, and handles are only
    consumed by a commit, so a folder already there was written by a mint or version that never
    committed (and was never acknowledged). Left alone it would make this handle, and so every
    later mint, fail as a duplicate path after a crash.
    """
    if store.path_in_use(path):
        store.delete_prefix(path)
