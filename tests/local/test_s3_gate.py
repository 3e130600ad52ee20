"""The S3 gate: virtual-host requests scoped like path-style ones, upload digests checked, the token key kept."""

from __future__ import annotations

import base64
import hashlib
import os
import stat
import zlib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from botocore.auth import S3SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from provena.local import s3 as s3mod

from .conftest import Stack
from .test_datastore import World, s3_client


@pytest.fixture
def world(stack: Stack) -> World:
    return World(stack)


def send_signed(
    endpoint: str,
    creds: dict[str, str],
    method: str,
    host: str,
    path: str,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    signed_body: bytes | None = None,
) -> httpx.Response:
    """A SigV4-signed request as a client addressing ``host`` would send it, delivered to the local endpoint.

    ``signed_body``: sign the payload hash of these bytes, but send ``body`` (a body changed on the way)."""
    port = urlsplit(endpoint).port
    signed = body if signed_body is None else signed_body
    request = AWSRequest(method=method, url=f"http://{host}:{port}{path}", data=signed, headers=dict(headers or {}))
    credentials = Credentials(creds["aws_access_key_id"], creds["aws_secret_access_key"], creds["aws_session_token"])
    S3SigV4Auth(credentials, "s3", "us-east-1").add_auth(request)
    sent = {**dict(request.headers.items()), "Host": f"{host}:{port}"}
    return httpx.request(method, f"{endpoint}{path}", content=body, headers=sent)


def _write_creds(world: World) -> tuple[str, str, str, dict[str, str]]:
    handle = world.mint()
    location = world.fetch(handle)["item"]["s3"]
    creds = world.credentials(handle, "write").json()["credentials"]
    return handle, location["bucket_name"], location["path"], creds


def test_virtual_host_requests_are_confined_to_the_credentials_folder(world: World) -> None:
    _, bucket, prefix, creds = _write_creds(world)
    endpoint = world.stack.s3_endpoint
    host = f"{bucket}.s3.localhost"
    inside = send_signed(endpoint, creds, "PUT", host, f"/{prefix}vhost.txt", b"inside")
    assert inside.status_code == 200, inside.text
    stored = s3_client(endpoint, creds).get_object(Bucket=bucket, Key=f"{prefix}vhost.txt")
    assert stored["Body"].read() == b"inside"
    # Path-style thinking would see bucket + an allowed key here; addressed by Host it is key "<bucket>/<prefix>..."
    # of the same bucket, outside the folder.
    outside = send_signed(endpoint, creds, "PUT", host, f"/{bucket}/{prefix}escape.txt", b"escape")
    assert outside.status_code == 403 and "<Code>AccessDenied</Code>" in outside.text
    elsewhere = send_signed(endpoint, creds, "PUT", host, "/elsewhere.txt", b"no")
    assert elsewhere.status_code == 403
    other_bucket = send_signed(endpoint, creds, "PUT", "other-bucket.s3.localhost", f"/{prefix}x.txt", b"no")
    assert other_bucket.status_code == 403
    keys = [o["Key"] for o in s3_client(endpoint, creds).list_objects_v2(Bucket=bucket)["Contents"]]
    assert not [k for k in keys if "escape" in k or k == "elsewhere.txt"]


def _md5(data: bytes) -> str:
    return base64.b64encode(hashlib.md5(data).digest()).decode()


def _crc32(data: bytes) -> str:
    return base64.b64encode(zlib.crc32(data).to_bytes(4, "big")).decode()


@pytest.mark.parametrize(
    ("header", "good", "code"),
    [
        ("Content-MD5", _md5, "BadDigest"),
        ("x-amz-checksum-crc32", _crc32, "BadDigest"),
        ("x-amz-checksum-sha256", lambda d: base64.b64encode(hashlib.sha256(d).digest()).decode(), "BadDigest"),
    ],
    ids=["content-md5", "crc32", "sha256"],
)
def test_an_upload_that_does_not_match_its_digest_is_refused(world: World, header: str, good: Any, code: str) -> None:
    _, bucket, prefix, creds = _write_creds(world)
    endpoint = world.stack.s3_endpoint
    path = f"/{bucket}/{prefix}checked.bin"
    bad = send_signed(endpoint, creds, "PUT", "127.0.0.1", path, b"what was sent", {header: good(b"something else")})
    assert bad.status_code == 400 and f"<Code>{code}</Code>" in bad.text
    missing = s3_client(endpoint, creds).list_objects_v2(Bucket=bucket, Prefix=f"{prefix}checked.bin")
    assert missing.get("KeyCount") == 0, "a refused upload stores nothing"
    ok = send_signed(endpoint, creds, "PUT", "127.0.0.1", path, b"what was sent", {header: good(b"what was sent")})
    assert ok.status_code == 200, ok.text


def test_a_payload_hash_that_does_not_match_is_refused(world: World) -> None:
    _, bucket, prefix, creds = _write_creds(world)
    r = send_signed(world.stack.s3_endpoint, creds, "PUT", "127.0.0.1", f"/{bucket}/{prefix}p.bin", b"body",
                    signed_body=b"another body")  # fmt: skip
    assert r.status_code == 400 and "XAmzContentSHA256Mismatch" in r.text


def test_boto3_checksums_round_trip_including_crc32c(world: World) -> None:
    _, bucket, prefix, creds = _write_creds(world)
    client = s3_client(world.stack.s3_endpoint, creds)
    for algorithm in ("CRC32", "CRC32C", "SHA256"):
        key = f"{prefix}{algorithm}.bin"
        client.put_object(Bucket=bucket, Key=key, Body=b"x" * 1000, ChecksumAlgorithm=algorithm)
        assert client.get_object(Bucket=bucket, Key=key)["Body"].read() == b"x" * 1000


def test_aws_chunked_trailer_checksum_is_verified() -> None:
    body = b"hello world"
    wire = b"%x\r\n%s\r\n0\r\nx-amz-checksum-crc32:%s\r\n\r\n" % (len(body), body, _crc32(body).encode())
    environ = {
        "HTTP_X_AMZ_CONTENT_SHA256": "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
        "HTTP_CONTENT_ENCODING": "aws-chunked",
    }
    s3mod.verify_checksums(environ, wire)
    tampered = wire.replace(b"hello", b"jello")
    with pytest.raises(s3mod.Denied) as info:
        s3mod.verify_checksums(environ, tampered)
    assert info.value.code == "BadDigest"


def test_virtual_host_bucket_names() -> None:
    assert s3mod.virtual_host_bucket("data.s3.localhost:9000") == "data"
    assert s3mod.virtual_host_bucket("data.s3.us-east-1.amazonaws.com") == "data"
    assert s3mod.virtual_host_bucket("data.example.org") == "data"
    for path_style in ("127.0.0.1:9000", "localhost:9000", "[::1]:9000", "s3.localhost", "host"):
        assert s3mod.virtual_host_bucket(path_style) is None


def test_the_token_key_is_kept_0600_and_credentials_outlive_a_restart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(s3mod, "_TOKEN_KEY", os.urandom(32))
    s3mod.use_token_key_from(tmp_path)
    key_file = tmp_path / s3mod.TOKEN_KEY_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    creds = s3mod.issue_credentials("b", "datasets/x/", write=True, access_key_id="ASIAEXAMPLE", now=0)
    monkeypatch.setattr(s3mod, "_TOKEN_KEY", os.urandom(32))  # a new process...
    assert s3mod._scope_from_token(creds["aws_session_token"], "ASIAEXAMPLE") is None
    s3mod.use_token_key_from(tmp_path)  # ...that loads the data dir's key
    scope = s3mod._scope_from_token(creds["aws_session_token"], "ASIAEXAMPLE")
    assert scope is not None and scope.prefix == "datasets/x/"
    assert s3mod._secret_for("ASIAEXAMPLE") == creds["aws_secret_access_key"]
