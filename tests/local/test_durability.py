"""Fault test: `kill -9` of `serve --data-dir` loses nothing the client saw acknowledged.

A workload runs against the stack as a subprocess and records every acknowledged write (registry items,
minted datasets, S3 objects written, copied, completed or deleted). The server is killed with SIGKILL at
points chosen by events, never by sleeps: after a count of acknowledgements while a second client keeps
writing (mid-workload), in the middle of an upload body and between the parts of a multipart upload
(mid-upload), and once it has logged that it is stopping (mid-shutdown). After each kill it restarts on the
same folder and every acknowledged item, object and dataset folder must be there, credentials issued
before the kill must still work, and minting must still work. Bounded: a fixed number of requests.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from provena.local.context import S3Settings
from tests._payloads import collection_format
from tests._stack import RunningStack, running_stack

boto3 = pytest.importorskip("boto3")
from botocore.config import Config  # noqa: E402

PART = 5 * 1024 * 1024  # S3's smallest non-final multipart part
LOG_WAIT = 20.0  # upper bound for the stopping line to appear; never a condition of the result


@dataclass
class Ledger:
    """What the client saw acknowledged (and so must find after any crash)."""

    items: dict[str, str] = field(default_factory=dict)  # registry id -> display name
    datasets: dict[str, str] = field(default_factory=dict)  # handle -> folder path
    jobs: set[str] = field(default_factory=set)  # session ids of the jobs minting started
    objects: dict[str, str] = field(default_factory=dict)  # key -> sha256 of the bytes
    deleted: set[str] = field(default_factory=set)
    credentials: list[dict[str, Any]] = field(default_factory=list)  # (write creds, folder) issued earlier
    lock: threading.Lock = field(default_factory=threading.Lock)

    def put(self, key: str, body: bytes) -> None:
        with self.lock:
            self.objects[key] = hashlib.sha256(body).hexdigest()
            self.deleted.discard(key)


class Client:
    """The workload's view of one running stack."""

    def __init__(self, stack: RunningStack) -> None:
        self.stack = stack
        self.urls = stack.config["api_overrides"]
        token_url = self.urls["keycloak_endpoint_override"] + "/protocol/openid-connect/token"
        form = {"grant_type": "password", "client_id": "provena-local", "username": "researcher",
                "password": stack.password("researcher")}  # fmt: skip
        token = httpx.post(token_url, data=form).raise_for_status().json()["access_token"]
        self.http = httpx.Client(headers={"Authorization": f"Bearer {token}"}, timeout=30)
        self.endpoint = stack.config["s3_endpoint"]
        self.bucket = S3Settings(endpoint="").bucket

    def post(self, service: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
        r = self.http.post(self.urls[f"{service}_endpoint_override"] + path, json=body)
        assert r.status_code == 200, r.text
        result: dict[str, Any] = r.json()
        return result

    def get(self, service: str, path: str, **params: str) -> httpx.Response:
        return self.http.get(self.urls[f"{service}_endpoint_override"] + path, params=params)

    def create_org(self, name: str) -> str:
        return str(self.post("registry_api", "/registry/agent/organisation/create",
                             {"display_name": name, "name": name})["created_item"]["id"])  # fmt: skip

    def s3(self, creds: dict[str, Any]) -> Any:
        return boto3.client("s3", endpoint_url=self.endpoint, region_name="us-east-1",
                            aws_access_key_id=creds["aws_access_key_id"],
                            aws_secret_access_key=creds["aws_secret_access_key"],
                            aws_session_token=creds["aws_session_token"],
                            config=Config(signature_version="s3v4", retries={"max_attempts": 1},
                                          connect_timeout=5, read_timeout=30))  # fmt: skip

    def write_credentials(self, handle: str) -> dict[str, Any]:
        body = {"dataset_id": handle, "console_session_required": False}
        creds: dict[str, Any] = self.post("datastore_api", "/registry/credentials/generate-write-access-credentials",
                                          body)["credentials"]  # fmt: skip
        return creds


def seed_people(client: Client) -> dict[str, str]:
    org = client.create_org("Durable org")
    person = client.post("registry_api", "/registry/agent/person/create",
                         {"display_name": "Durable Researcher", "email": "researcher@example.org",
                          "first_name": "Durable", "last_name": "Researcher", "ethics_approved": True})  # fmt: skip
    client.post("auth_api", "/link/user/assign", {"person_id": person["created_item"]["id"]})
    return {"org": org, "custodian": person["created_item"]["id"]}


def mint(client: Client, people: dict[str, str], name: str, ledger: Ledger) -> tuple[str, str]:
    cf = collection_format(org=people["org"], custodian=people["custodian"], name=name, description="kept")
    body = client.post("datastore_api", "/register/mint-dataset", cf)
    assert body["status"]["success"], body
    handle, path = str(body["handle"]), str(body["s3_location"]["path"])
    with ledger.lock:
        ledger.datasets[handle] = path
        ledger.jobs.add(str(body["register_create_activity_session_id"]))
    return handle, path


def root_s3(client: Client) -> Any:
    """The stack's own S3 credentials: reads everything, so nothing hides behind a scope."""
    return client.s3({"aws_access_key_id": S3Settings.access_key, "aws_secret_access_key": S3Settings.secret_key,
                      "aws_session_token": None})  # fmt: skip


def verify(client: Client, ledger: Ledger) -> None:
    """Every acknowledged item, dataset folder and object is there, with the bytes acknowledged."""
    for id, name in ledger.items.items():
        r = client.get("registry_api", "/registry/agent/organisation/fetch", id=id)
        assert r.status_code == 200 and r.json()["item"]["display_name"] == name, (id, r.text)
    root = root_s3(client)
    for handle, path in ledger.datasets.items():
        r = client.get("datastore_api", "/registry/items/fetch-dataset", handle_id=handle)
        assert r.status_code == 200, (handle, r.text)
        metadata = root.get_object(Bucket=client.bucket, Key=path + "metadata.json")["Body"].read()
        assert b"associations" in metadata, handle
    for session_id in ledger.jobs:
        r = client.get("jobs_service_api", "/jobs/user/fetch", session_id=session_id)
        assert r.status_code == 200 and r.json()["job"]["session_id"] == session_id, (session_id, r.text)
    for key, digest in ledger.objects.items():
        body = root.get_object(Bucket=client.bucket, Key=key)["Body"].read()
        assert hashlib.sha256(body).hexdigest() == digest, key
    listed = {o["Key"] for page in root.get_paginator("list_objects_v2").paginate(Bucket=client.bucket)
              for o in page.get("Contents", [])}  # fmt: skip
    assert not ledger.deleted & listed, "an acknowledged delete came back"
    assert set(ledger.objects) <= listed
    # Credentials issued before the restart still work (the signing key lives in the data dir).
    for creds in ledger.credentials:
        scoped = client.s3(creds)
        key = creds["folder"] + "after-restart.txt"
        scoped.put_object(Bucket=client.bucket, Key=key, Body=b"still allowed")
        ledger.put(key, b"still allowed")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def ledger() -> Ledger:
    return Ledger()


def _run(tmp_path: Path, data_dir: Path, name: str) -> Any:
    return running_stack(tmp_path / name, "--data-dir", str(data_dir), memory=False)


def _kill(stack: RunningStack) -> None:
    stack.process.kill()
    stack.process.wait(timeout=30)


def _writer(client: Client, creds: dict[str, Any], folder: str, ledger: Ledger, acked: threading.Semaphore,
            count: int) -> None:  # fmt: skip
    """Second client: keeps writing (registry items and S3 objects) until the server dies or `count` is done."""
    scoped = client.s3(creds)
    try:
        for i in range(count):
            name = f"Busy org {i:04d}"
            id = client.create_org(name)
            with ledger.lock:
                ledger.items[id] = name
            key, body = f"{folder}busy/{i:04d}.bin", f"object {i}".encode() * 100
            scoped.put_object(Bucket=client.bucket, Key=key, Body=body)
            ledger.put(key, body)
            acked.release()
    except Exception:
        pass
    finally:
        acked.release()  # never leave the main thread waiting


def test_kill_9_at_any_point_loses_nothing_acknowledged(tmp_path: Path, data_dir: Path, ledger: Ledger) -> None:
    # 1. mid-workload: a writer keeps going while the main thread kills the server after 8 acknowledged rounds.
    with _run(tmp_path, data_dir, "run1") as stack:
        client = Client(stack)
        people = seed_people(client)
        handle, folder = mint(client, people, "First", ledger)
        creds = client.write_credentials(handle)
        ledger.credentials.append({**creds, "folder": folder})
        scoped = client.s3(creds)
        for key, body in ((folder + "a.txt", b"alpha"), (folder + "gone.txt", b"to be deleted")):
            scoped.put_object(Bucket=client.bucket, Key=key, Body=body)
            ledger.put(key, body)
        scoped.copy_object(Bucket=client.bucket, Key=folder + "copy-of-a.txt",
                           CopySource={"Bucket": client.bucket, "Key": folder + "a.txt"})  # fmt: skip
        ledger.put(folder + "copy-of-a.txt", b"alpha")
        scoped.delete_object(Bucket=client.bucket, Key=folder + "gone.txt")
        for key in ("batch-1.txt", "batch-2.txt"):
            scoped.put_object(Bucket=client.bucket, Key=folder + key, Body=b"batch")
        scoped.delete_objects(Bucket=client.bucket, Delete={"Objects": [{"Key": folder + "batch-1.txt"},
                                                                        {"Key": folder + "batch-2.txt"}]})  # fmt: skip
        with ledger.lock:
            del ledger.objects[folder + "gone.txt"]
            ledger.deleted |= {folder + "gone.txt", folder + "batch-1.txt", folder + "batch-2.txt"}
        described = scoped.put_object(Bucket=client.bucket, Key=folder + "described.csv", Body=b"a,b\n1,2\n",
                                      ContentType="text/csv", Metadata={"origin": "kept"},
                                      ChecksumAlgorithm="SHA256")  # fmt: skip
        ledger.put(folder + "described.csv", b"a,b\n1,2\n")
        acked = threading.Semaphore(0)
        worker = threading.Thread(target=_writer, args=(client, creds, folder, ledger, acked, 60))
        worker.start()
        for _ in range(8):
            acked.acquire()
        _kill(stack)
        worker.join(timeout=120)
        assert not worker.is_alive()

    # 2. mid-upload: killed half-way through a PUT body, and between the parts of a multipart upload.
    with _run(tmp_path, data_dir, "run2") as stack:
        client = Client(stack)
        verify(client, ledger)
        handle, folder = mint(client, people, "Second", ledger)  # minting still works after a crash
        scoped = client.s3(client.write_credentials(handle))
        big = bytes(range(256)) * (PART // 256)
        upload = scoped.create_multipart_upload(Bucket=client.bucket, Key=folder + "multi.bin")
        parts = []
        for number in (1, 2):
            part = scoped.upload_part(Bucket=client.bucket, Key=folder + "multi.bin", PartNumber=number,
                                      UploadId=upload["UploadId"], Body=big)  # fmt: skip
            parts.append({"PartNumber": number, "ETag": part["ETag"]})
        completed = scoped.complete_multipart_upload(Bucket=client.bucket, Key=folder + "multi.bin",
                                                     UploadId=upload["UploadId"],
                                                     MultipartUpload={"Parts": parts})  # fmt: skip
        folder_two = folder
        ledger.put(folder + "multi.bin", big * 2)
        pending = scoped.create_multipart_upload(Bucket=client.bucket, Key=folder + "never-completed.bin")
        scoped.upload_part(Bucket=client.bucket, Key=folder + "never-completed.bin", PartNumber=1,
                           UploadId=pending["UploadId"], Body=big)  # fmt: skip
        # A presigned PUT whose body stops half-way: the kill happens from inside the body stream.
        url = scoped.generate_presigned_url("put_object", Params={"Bucket": client.bucket,
                                                                  "Key": folder + "a.txt"})  # fmt: skip

        def body() -> Iterator[bytes]:
            yield b"half of a replacement "
            _kill(stack)
            yield b"that never arrives"

        with pytest.raises(httpx.TransportError):
            httpx.put(url, content=body(), headers={"Content-Length": "40"})

    # 3. mid-shutdown: SIGTERM, then SIGKILL once the server says it is stopping.
    with _run(tmp_path, data_dir, "run3") as stack:
        client = Client(stack)
        verify(client, ledger)
        listed = root_s3(client).list_objects_v2(Bucket=client.bucket, Prefix=folder)
        assert folder + "never-completed.bin" not in {o["Key"] for o in listed.get("Contents", [])}
        for i in range(5):
            name = f"Late org {i}"
            ledger.items[client.create_org(name)] = name
        mint(client, people, "Third", ledger)
        stack.process.terminate()
        _wait_for_line(stack, "local Provena stack stopping")
        _kill(stack)

    with _run(tmp_path, data_dir, "run4") as stack:
        client = Client(stack)
        verify(client, ledger)
        assert len(ledger.items) >= 8 + 5 and len(ledger.datasets) == 3
        # What S3 said about the objects survives too: ETags (multipart ones included), type, metadata, checksum.
        root = root_s3(client)
        first = ledger.credentials[0]["folder"]
        head = root.head_object(Bucket=client.bucket, Key=first + "described.csv", ChecksumMode="ENABLED")
        assert head["ETag"] == described["ETag"] and head["ContentType"] == "text/csv"
        assert head["Metadata"] == {"origin": "kept"} and head["ChecksumSHA256"] == described["ChecksumSHA256"]
        ranged = root.get_object(Bucket=client.bucket, Key=first + "described.csv", Range="bytes=2-4")
        assert ranged["Body"].read() == b"b\n1" and ranged["ContentRange"] == "bytes 2-4/8"
        multi = root.head_object(Bucket=client.bucket, Key=folder_two + "multi.bin")
        assert multi["ETag"] == completed["ETag"] and multi["ContentLength"] == 4 * PART // 2


def _wait_for_line(stack: RunningStack, line: str) -> None:
    """Block until the server's log has ``line`` (or it exited); bounded, and the test never depends on how long."""
    import time

    deadline = time.monotonic() + LOG_WAIT
    while line not in stack.log() and stack.process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)


def test_objects_saved_by_earlier_versions_are_taken_in(tmp_path: Path, data_dir: Path) -> None:
    # Earlier versions wrote every object to <data dir>/s3-objects/<key> at clean shutdown.
    legacy = data_dir / "s3-objects" / "datasets" / "old"
    legacy.mkdir(parents=True)
    (legacy / "kept.txt").write_bytes(b"from before the upgrade")
    with _run(tmp_path, data_dir, "upgraded") as stack:
        body = root_s3(Client(stack)).get_object(Bucket=S3Settings(endpoint="").bucket, Key="datasets/old/kept.txt")
        assert body["Body"].read() == b"from before the upgrade"
    assert not (data_dir / "s3-objects").exists() and (data_dir / "s3-objects.imported").is_dir()
    with _run(tmp_path, data_dir, "again") as stack:  # taken in once, then served from the store
        body = root_s3(Client(stack)).get_object(Bucket=S3Settings(endpoint="").bucket, Key="datasets/old/kept.txt")
        assert body["Body"].read() == b"from before the upgrade"
