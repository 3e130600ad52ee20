"""The transfer engine (provena.transfer) on the stack's S3 endpoint, with a client wrapper that corrupts bytes,
fails parts or counts requests in flight: integrity, clean failure, bounded concurrency, checksums sent."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import threading
import zlib
from pathlib import Path
from typing import Any

import pytest

from provena.transfer import S3Target, TransferError, TransferIntegrityError, TransferOptions, download, upload

boto3 = pytest.importorskip("boto3")

ROOT = {"aws_access_key_id": "local-stack-access-key", "aws_secret_access_key": "local-stack-secret-key"}
BUCKET = "transfer-engine-tests"
MiB = 1024 * 1024


class Body:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self) -> bytes:
        return self.data

    def iter_chunks(self, size: int) -> Any:
        for i in range(0, len(self.data), size):
            yield self.data[i : i + size]

    def close(self) -> None:
        pass


class Wrapped:
    """A boto3 client whose calls can be intercepted (`hooks[name](real_call, **kwargs)`), counting concurrency."""

    def __init__(self, real: Any, hooks: dict[str, Any]) -> None:
        self._real, self._hooks = real, hooks
        self._lock = threading.Lock()
        self.in_flight = 0
        self.most_in_flight = 0

    def __getattr__(self, name: str) -> Any:
        real = getattr(self._real, name)
        if name in ("get_paginator",):
            return real

        def call(**kwargs: Any) -> Any:
            with self._lock:
                self.in_flight += 1
                self.most_in_flight = max(self.most_in_flight, self.in_flight)
            try:
                hook = self._hooks.get(name)
                return hook(real, **kwargs) if hook else real(**kwargs)
            finally:
                with self._lock:
                    self.in_flight -= 1

        return call


class Target(S3Target):
    wrapped: Wrapped | None = None

    def client(self, concurrency: int = 8) -> Any:
        wrapped = object.__getattribute__(self, "wrapped")
        assert wrapped is not None
        return wrapped


def make_target(endpoint: str, prefix: str, hooks: dict[str, Any] | None = None) -> Target:
    real = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", **ROOT)
    with contextlib.suppress(real.exceptions.BucketAlreadyOwnedByYou):
        real.create_bucket(Bucket=BUCKET)
    target = Target(BUCKET, prefix, dict(ROOT), endpoint)
    object.__setattr__(target, "wrapped", Wrapped(real, hooks or {}))
    return target


def flip_one_byte(real: Any, **kwargs: Any) -> Any:
    got = real(**kwargs)
    data = bytearray(got["Body"].read())
    data[len(data) // 2] ^= 0xFF
    return {**got, "Body": Body(bytes(data))}


@pytest.mark.parametrize("size", [1000, 12 * MiB])  # one GET; ranged parts
def test_corrupted_download_raises_and_leaves_no_file(s3_endpoint: str, tmp_path: Path, size: int) -> None:
    prefix = f"datasets/corrupt-{size}/"
    plain = make_target(s3_endpoint, prefix)
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "f.bin").write_bytes(os.urandom(size))
    upload(plain, tmp_path / "src", TransferOptions(part_size=5 * MiB))
    corrupt = make_target(s3_endpoint, prefix, {"get_object": flip_one_byte})
    with pytest.raises(TransferIntegrityError, match="do not match"):
        download(corrupt, "", tmp_path / "dst", TransferOptions(part_size=5 * MiB))
    assert not (tmp_path / "dst" / "f.bin").exists() and not (tmp_path / "dst" / "f.bin.part").exists()
    # The same object through an honest client arrives intact.
    download(plain, "", tmp_path / "dst", TransferOptions(part_size=5 * MiB))
    assert (tmp_path / "dst" / "f.bin").read_bytes() == (tmp_path / "src" / "f.bin").read_bytes()


def test_uploads_send_checksums_per_put_and_part(s3_endpoint: str, tmp_path: Path) -> None:
    sent: list[dict[str, Any]] = []

    def record(real: Any, **kwargs: Any) -> Any:
        body = kwargs["Body"]
        if not isinstance(body, bytes):  # a part streamed from the file: the bytes it will send, then rewound
            body, _ = body.read(), body.seek(0)
        sent.append(kwargs | {"Body": body})
        return real(**kwargs)

    target = make_target(s3_endpoint, "datasets/checksums/", {"put_object": record, "upload_part": record})
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "small.txt").write_bytes(b"small")
    (tmp_path / "src" / "big.bin").write_bytes(os.urandom(11 * MiB))
    upload(target, tmp_path / "src", TransferOptions(part_size=5 * MiB))
    assert len(sent) == 4  # one PUT, three parts
    for kwargs in sent:
        body = kwargs["Body"]
        if "PartNumber" not in kwargs:  # a single PUT also carries Content-MD5; parts CRC32 alone (cheaper)
            assert kwargs["ContentMD5"] == base64.b64encode(hashlib.md5(body).digest()).decode()
        assert base64.b64decode(kwargs["ChecksumCRC32"]) == zlib.crc32(body).to_bytes(4, "big")
    head = target.client().head_object(Bucket=BUCKET, Key="datasets/checksums/small.txt")
    assert head["ETag"].strip('"') == hashlib.md5(b"small").hexdigest()


def test_a_failed_part_aborts_the_multipart_upload(s3_endpoint: str, tmp_path: Path) -> None:
    def fail_second(real: Any, **kwargs: Any) -> Any:
        if kwargs["PartNumber"] == 2:
            raise OSError("connection reset")
        return real(**kwargs)

    target = make_target(s3_endpoint, "datasets/abort/", {"upload_part": fail_second})
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "big.bin").write_bytes(os.urandom(11 * MiB))
    with pytest.raises(TransferError, match=r"big\.bin"):
        upload(target, tmp_path / "src", TransferOptions(part_size=5 * MiB, concurrency=1))
    client = target.client()
    assert client.list_multipart_uploads(Bucket=BUCKET, Prefix="datasets/abort/").get("Uploads", []) == []
    assert client.list_objects_v2(Bucket=BUCKET, Prefix="datasets/abort/").get("KeyCount") == 0


@pytest.mark.parametrize("concurrency", [1, 3])
def test_requests_in_flight_never_exceed_the_bound(s3_endpoint: str, tmp_path: Path, concurrency: int) -> None:
    target = make_target(s3_endpoint, f"datasets/bound-{concurrency}/")
    (tmp_path / "src").mkdir()
    for i in range(24):
        (tmp_path / "src" / f"{i}.txt").write_bytes(os.urandom(2000))
    options = TransferOptions(concurrency=concurrency, only_changed=False)
    upload(target, tmp_path / "src", options)
    download(target, "", tmp_path / "dst", options)
    wrapped = object.__getattribute__(target, "wrapped")
    assert 1 <= wrapped.most_in_flight <= concurrency


def test_dry_run_writes_and_sends_nothing(s3_endpoint: str, tmp_path: Path) -> None:
    target = make_target(s3_endpoint, "datasets/dry/")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_bytes(b"a")
    planned = upload(target, tmp_path / "src", TransferOptions(dry_run=True))
    assert planned.moved == ["a.txt"] and planned.keys == ["datasets/dry/a.txt"]
    assert target.client().list_objects_v2(Bucket=BUCKET, Prefix="datasets/dry/").get("KeyCount") == 0
    upload(target, tmp_path / "src")
    would = download(target, "", tmp_path / "dst", TransferOptions(dry_run=True))
    assert would.moved == ["a.txt"] and not (tmp_path / "dst").exists()


def test_options_are_checked() -> None:
    with pytest.raises(ValueError, match="concurrency"):
        TransferOptions(concurrency=0)
    with pytest.raises(ValueError, match="part_size"):
        TransferOptions(part_size=1024)
