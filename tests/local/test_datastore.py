"""Datastore service: dataset lifecycle, scoped S3 credentials, presigned URLs, release review, errors."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

import boto3
import httpx
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from provena.local.registry_store import registry_store
from provena.local.server import build_stack
from tests._payloads import collection_format

from .conftest import BASE, Stack


# -- fixtures ---------------------------------------------------------------------------------
class World:
    """A stack with an organisation, a Person per seeded user and the users linked to them."""

    def __init__(self, stack: Stack) -> None:
        self.stack = stack
        if stack.ctx.s3 is not None:
            # The S3 server outlives each (seeded, hence same-handle) stack: a bucket per test.
            stack.ctx.s3.bucket = f"provena-test-{uuid.uuid4().hex[:12]}"
        store = registry_store(stack.ctx)
        self.org = store.create("ORGANISATION", {"display_name": "Org", "name": "Org"}, "admin")["id"]
        self.person = {}
        for user in ("researcher", "admin"):
            person = store.create("PERSON", {"display_name": user, "email": f"{user}@example.org",
                                             "first_name": user, "last_name": "Test", "ethics_approved": True},
                                  user)  # fmt: skip
            self.person[user] = person["id"]
            r = stack.call("POST", "auth", "/link/user/assign", user=user, json={"person_id": person["id"]})
            assert r.status_code == 200, r.text

    def cf(self, name: str = "My dataset", **info: Any) -> dict[str, Any]:
        return collection_format(org=self.org, custodian=self.person["researcher"], name=name,
                                 description="A dataset for tests", **info)  # fmt: skip

    def call(self, method: str, path: str, user: str | None = "researcher", **kw: Any) -> httpx.Response:
        r: httpx.Response = self.stack.call(method, "datastore", path, user=user, **kw)
        return r

    def mint(self, name: str = "My dataset", user: str = "researcher") -> str:
        r = self.call("POST", "/register/mint-dataset", user=user, json=self.cf(name))
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["status"]["success"], body
        return str(body["handle"])

    def fetch(self, handle: str, user: str = "researcher") -> dict[str, Any]:
        r = self.call("GET", "/registry/items/fetch-dataset", user=user, params={"handle_id": handle})
        assert r.status_code == 200, r.text
        return dict(r.json())

    def credentials(self, handle: str, kind: str, user: str = "researcher") -> httpx.Response:
        return self.call("POST", f"/registry/credentials/generate-{kind}-access-credentials", user=user,
                         json={"dataset_id": handle, "console_session_required": False})  # fmt: skip


@pytest.fixture
def world(stack: Stack) -> World:
    return World(stack)


@dataclass
class _Actor:
    username: str
    roles: list[str] = field(default_factory=list)


def s3_client(endpoint: str, creds: dict[str, str]) -> Any:
    return boto3.client(
        "s3", endpoint_url=endpoint, region_name="us-east-1",
        aws_access_key_id=creds["aws_access_key_id"], aws_secret_access_key=creds["aws_secret_access_key"],
        aws_session_token=creds["aws_session_token"], config=Config(retries={"max_attempts": 1}),
    )  # fmt: skip


def denied(fn: Any) -> str:
    with pytest.raises(ClientError) as info:
        fn()
    return str(info.value.response["Error"]["Code"])


# -- lifecycle ------------------------------------------------------------------------------------
def test_mint_fetch_update_revert_version(world: World) -> None:
    r = world.call("POST", "/register/mint-dataset", json=world.cf("First name"))
    body = r.json()
    handle = body["handle"]
    bucket = world.stack.ctx.s3.bucket  # type: ignore[union-attr]
    folder = "datasets/" + handle.replace(".", "-").replace("/", "-") + "/"
    assert body["s3_location"] == {"bucket_name": bucket, "path": folder, "s3_uri": f"s3://{bucket}/{folder}"}
    assert body["register_create_activity_session_id"]

    fetched = world.fetch(handle)
    item = fetched["item"]
    assert item["id"] == handle and item["display_name"] == "First name" and item["release_status"] == "NOT_RELEASED"
    assert set(fetched["roles"]) >= {"admin", "metadata-write", "dataset-data-write"} and fetched["locked"] is False
    # The folder is seeded with the metadata, as the real data store does.
    root = world.stack.ctx.s3
    assert root is not None
    from provena.local.s3 import s3_store

    assert s3_store(root).read_metadata(folder)["dataset_info"]["name"] == "First name"  # type: ignore[index]

    r = world.call("POST", "/register/update-metadata", params={"handle_id": handle, "reason": "rename"},
                   json=world.cf("Second name"))  # fmt: skip
    assert r.status_code == 200 and r.json()["status"]["success"], r.text
    item = world.fetch(handle)["item"]
    assert item["display_name"] == "Second name" and item["history"][0]["reason"] == "rename"
    assert s3_store(root).read_metadata(folder)["dataset_info"]["name"] == "Second name"  # type: ignore[index]

    oldest = min(h["id"] for h in item["history"])
    r = world.call("PUT", "/register/revert-metadata", json={"id": handle, "history_id": oldest, "reason": "undo"})
    assert r.status_code == 200 and r.json()["status"]["success"], r.text
    item = world.fetch(handle)["item"]
    assert item["display_name"] == "First name" and len(item["history"]) == 3
    r = world.call("PUT", "/register/revert-metadata", json={"id": handle, "history_id": 99, "reason": "x"})
    assert r.status_code == 400

    r = world.call("POST", "/register/version", json={"id": handle, "reason": "new data"})
    assert r.status_code == 200, r.text
    new_id = r.json()["new_version_id"]
    assert new_id != handle and r.json()["version_job_session_id"]
    new = world.fetch(new_id)["item"]
    assert new["versioning_info"]["previous_version"] == handle and new["versioning_info"]["version"] == 2
    assert new["s3"]["path"] == "datasets/" + new_id.replace(".", "-").replace("/", "-") + "/"
    assert s3_store(root).read_metadata(new["s3"]["path"]) is not None
    assert world.fetch(handle)["item"]["versioning_info"]["next_version"] == new_id
    # Only the latest version can be versioned again.
    assert world.call("POST", "/register/version", json={"id": handle, "reason": "again"}).status_code == 400


def test_list_pages_and_sorts(world: World) -> None:
    for name in ("Charlie", "alpha", "Bravo"):
        world.mint(name)
    seen, key = [], None
    while True:
        body: dict[str, Any] = {"page_size": 2, "sort_by": {"sort_type": "DISPLAY_NAME", "ascending": True}}
        if key:
            body["pagination_key"] = key
        r = world.call("POST", "/registry/items/list", json=body)
        assert r.status_code == 200, r.text
        page = r.json()
        seen += [i["display_name"] for i in page["items"]]
        key = page["pagination_key"]
        if key is None:
            break
    assert seen == ["Bravo", "Charlie", "alpha"]  # DynamoDB sort keys compare bytes: case-sensitive
    newest_first = world.call("POST", "/registry/items/list", json={}).json()["items"]
    assert [i["display_name"] for i in newest_first] == ["Bravo", "alpha", "Charlie"]


# -- S3 ---------------------------------------------------------------------------------------------
def test_scoped_credentials_are_enforced(world: World) -> None:
    handle, other = world.mint("Mine"), world.mint("Other")
    mine, theirs = world.fetch(handle)["item"]["s3"], world.fetch(other)["item"]["s3"]
    bucket, prefix = mine["bucket_name"], mine["path"]

    r = world.credentials(handle, "write")
    assert r.status_code == 200, r.text
    creds = r.json()["credentials"]
    assert creds["aws_access_key_id"].startswith("ASIA") and creds["expiry"]
    writer = s3_client(world.stack.s3_endpoint, creds)
    writer.put_object(Bucket=bucket, Key=prefix + "data/file.csv", Body=b"a,b\n1,2\n")
    assert denied(lambda: writer.put_object(Bucket=bucket, Key=theirs["path"] + "x.csv", Body=b"no")) == "AccessDenied"
    assert denied(lambda: writer.put_object(Bucket=bucket, Key="elsewhere.csv", Body=b"no")) == "AccessDenied"
    assert denied(lambda: writer.get_object(Bucket=bucket, Key=theirs["path"] + "metadata.json")) == "AccessDenied"

    reader = s3_client(world.stack.s3_endpoint, world.credentials(handle, "read").json()["credentials"])
    assert reader.get_object(Bucket=bucket, Key=prefix + "data/file.csv")["Body"].read() == b"a,b\n1,2\n"
    keys = {o["Key"] for o in reader.list_objects_v2(Bucket=bucket, Prefix=prefix)["Contents"]}
    assert keys == {prefix + "metadata.json", prefix + "data/file.csv"}
    assert denied(lambda: reader.put_object(Bucket=bucket, Key=prefix + "new.csv", Body=b"no")) == "AccessDenied"
    # The "console session" is a signed listing of the folder, scoped like the credentials.
    r = world.call("POST", "/registry/credentials/generate-read-access-credentials",
                   json={"dataset_id": handle, "console_session_required": True})  # fmt: skip
    listing = httpx.get(r.json()["console_session_url"])
    assert listing.status_code == 200 and f"<Key>{prefix}data/file.csv</Key>" in listing.text
    # The secret matters: a wrong one does not sign.
    forged = dict(creds, aws_secret_access_key="wrong")
    code = denied(lambda: s3_client(world.stack.s3_endpoint, forged).get_object(Bucket=bucket, Key=prefix + "a"))
    assert code == "SignatureDoesNotMatch"


def test_presigned_url_downloads_with_plain_http(world: World) -> None:
    handle = world.mint()
    creds = world.credentials(handle, "write").json()["credentials"]
    item = world.fetch(handle)["item"]
    s3_client(world.stack.s3_endpoint, creds).put_object(
        Bucket=item["s3"]["bucket_name"], Key=item["s3"]["path"] + "out/result.txt", Body=b"hello provena"
    )
    r = world.call("POST", "/registry/items/generate-presigned-url",
                   json={"dataset_id": handle, "file_path": "out/result.txt", "expires_in": 60})  # fmt: skip
    assert r.status_code == 200, r.text
    url = r.json()["presigned_url"]
    assert url.startswith(world.stack.s3_endpoint + "/")
    download = httpx.get(url)
    assert download.status_code == 200 and download.content == b"hello provena"
    # The signature covers the key: the same URL cannot fetch a neighbour.
    assert httpx.get(url.replace("result.txt", "metadata.json")).status_code == 403
    for path, status in (("missing.txt", 400), ("../x", 400)):
        r = world.call("POST", "/registry/items/generate-presigned-url",
                       json={"dataset_id": handle, "file_path": path})  # fmt: skip
        assert r.status_code == status, r.text


# -- release review -------------------------------------------------------------------------------
def test_release_review_flow(world: World) -> None:
    handle = world.mint()
    reviewer = world.person["admin"]
    assert world.call("POST", "/release/sys-reviewers/add", params={"reviewer_id": reviewer}).status_code == 401
    r = world.call("POST", "/release/sys-reviewers/add", user="admin", params={"reviewer_id": reviewer})
    assert r.status_code == 200, r.text
    assert world.call("GET", "/release/sys-reviewers/list").json() == [reviewer]

    request = {"dataset_id": handle, "approver_id": world.person["researcher"], "notes": "please"}
    assert world.call("POST", "/release/approval-request", json=request).status_code == 400  # not a reviewer
    r = world.call("POST", "/release/approval-request", json=dict(request, approver_id=reviewer))
    assert r.status_code == 200 and r.json()["approver_id"] == reviewer, r.text
    item = world.fetch(handle)["item"]
    assert item["release_status"] == "PENDING" and item["release_approver"] == reviewer
    assert world.credentials(handle, "write").status_code == 403  # files frozen while under review
    assert world.credentials(handle, "read").status_code == 200
    assert world.call("POST", "/release/approval-request", json=dict(request, approver_id=reviewer)).status_code == 400

    action = {"dataset_id": handle, "approve": True, "notes": "looks good"}
    assert world.call("PUT", "/release/action-approval-request", json=action).status_code == 401  # not a reviewer
    r = world.call("PUT", "/release/action-approval-request", user="admin", json=action)
    assert r.status_code == 200 and r.json()["approved"] is True, r.text
    item = world.fetch(handle)["item"]
    assert item["release_status"] == "RELEASED"
    assert [h["action"] for h in item["release_history"]] == ["REQUEST", "APPROVE"]
    # Release bookkeeping is not a metadata edit: no new history entries.
    assert len(item["history"]) == 1

    assert world.call("DELETE", "/release/sys-reviewers/delete", params={"reviewer_id": reviewer}).status_code == 401
    r = world.call("DELETE", "/release/sys-reviewers/delete", user="admin", params={"reviewer_id": reviewer})
    assert r.status_code == 200 and world.call("GET", "/release/sys-reviewers/list").json() == []


# -- errors -----------------------------------------------------------------------------------------
def test_bad_input_and_access(world: World) -> None:
    r = world.call("POST", "/register/mint-dataset", json={"dataset_info": {}})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"][0] == "body"
    assert world.call("POST", "/register/mint-dataset", user=None, json=world.cf()).status_code == 401
    r = world.call("GET", "/registry/items/fetch-dataset", params={"handle_id": "10378.1/404"})
    assert r.status_code == 400 and "10378.1/404" in r.json()["detail"]
    # Another user's dataset: readable through the default general access, not writable.
    theirs = world.mint("Admin's", user="admin")
    assert world.fetch(theirs)["roles"] == ["metadata-read", "dataset-data-read"]
    assert world.credentials(theirs, "write").status_code == 401
    assert world.credentials(theirs, "read").status_code == 200
    r = world.call("POST", "/register/update-metadata", params={"handle_id": theirs, "reason": "mine now"},
                   json=world.cf("Hijacked"))  # fmt: skip
    assert r.status_code == 401
    # A locked dataset: no metadata edits, no write credentials.
    mine = world.mint("Locked")
    registry_store(world.stack.ctx).set_lock(mine, "freeze", _Actor("researcher"), "DATASET", lock=True)
    assert world.fetch(mine)["locked"] is True
    assert world.credentials(mine, "write").status_code == 401
    r = world.call("POST", "/register/update-metadata", params={"handle_id": mine, "reason": "x"}, json=world.cf())
    assert r.status_code == 401 and "locked" in r.json()["detail"]
    # Field rules and registry references: a 200 with success false, like the real service.
    bad_dates = world.cf(created_date={"relevant": True, "value": "2024-02-01"},
                         published_date={"relevant": True, "value": "2024-01-01"})  # fmt: skip
    status = world.call("POST", "/metadata/validate-metadata", json=bad_dates).json()
    assert status["success"] is False and "published date" in status["details"]
    unknown_org = world.cf()
    unknown_org["associations"]["organisation_id"] = "10378.1/404"
    body = world.call("POST", "/register/mint-dataset", json=unknown_org).json()
    assert body["status"]["success"] is False and body["handle"] is None
    assert world.call("GET", "/metadata/dataset-schema").json()["json_schema"]["title"] == "Dataset Metadata"


def test_failed_mint_leaves_nothing(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from provena.local import s3

    before = registry_store(world.stack.ctx).list("DATASET")

    def broken(self: Any, path: str, metadata: dict[str, Any]) -> None:
        raise RuntimeError("S3 is down")

    monkeypatch.setattr(s3.S3Store, "write_metadata", broken)
    with pytest.raises(RuntimeError):
        world.call("POST", "/register/mint-dataset", json=world.cf())
    assert registry_store(world.stack.ctx).list("DATASET") == before


def test_a_folder_left_by_a_mint_that_never_committed_does_not_block_minting(world: World) -> None:
    # A crash between the metadata.json write and the registry commit leaves a folder at the handle the
    # next mint draws again (the handle counter rolled back with the rest). That mint must not fail as a
    # duplicate path, and what the dead mint left is not kept.
    from provena.local import s3

    ctx = world.stack.ctx
    assert ctx.s3 is not None
    (drawn,) = ctx.state.execute("SELECT value FROM counters WHERE name='handle'")[0]
    next_handle = f"10378.1/{1_000_000 + drawn + 1}"
    store = s3.s3_store(ctx.s3)
    store.write_metadata(s3.dataset_path(next_handle), {"left": "by a mint that died"})
    store.client.put_object(Bucket=store.bucket, Key=s3.dataset_path(next_handle) + "stray.bin", Body=b"x")
    handle = world.mint("After the crash")
    assert handle == next_handle
    assert store.read_metadata(s3.dataset_path(handle))["dataset_info"]["name"] == "After the crash"
    assert not store.object_exists(s3.dataset_path(handle) + "stray.bin")


def test_without_s3_storage_routes_answer_503() -> None:
    from starlette.testclient import TestClient

    app, ctx = build_stack(BASE, data_dir=None, seed=1, s3_endpoint=None)
    tokens = {u: ctx.realm.issue(u, "tests")["access_token"] for u in ("researcher", "admin")}
    with TestClient(app, base_url=BASE) as client:
        stack = Stack(client, ctx, tokens, "")
        world = World(stack)
        r = world.call("POST", "/register/mint-dataset", json=world.cf())
        assert r.status_code == 503 and "S3" in r.json()["detail"]
        assert world.call("POST", "/registry/items/list", json={}).status_code == 200
        assert json.loads(world.call("GET", "/release/sys-reviewers/list").text) == []
    ctx.state.close()
