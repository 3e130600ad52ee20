"""`datastore.io.download_file` (presigned URL): streamed to `<name>.part`, checked against the announced size and
a plain MD5 ETag, renamed only once right, with progress; S3 mocked at the HTTP layer."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from ._support import make_transport


def client_serving(body: bytes, headers: dict[str, str]) -> Any:
    import provena.sync

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/registry/items/generate-presigned-url":
            asked = json.loads(request.content)
            url = f"https://bucket.s3.example/{asked['file_path']}?X-Amz-Signature=secret-signature"
            return httpx.Response(200, json={"dataset_id": asked["dataset_id"], "file_path": asked["file_path"],
                                             "presigned_url": url})  # fmt: skip
        assert "authorization" not in request.headers
        return httpx.Response(200, stream=httpx.ByteStream(body), headers=headers)

    return provena.sync.ProvenaClient(transport=make_transport(handler))


def test_streams_to_the_file_with_progress_and_checks_the_etag(generated_dir: object, tmp_path: Path) -> None:
    body = bytes(range(256)) * 9000  # > 2 MiB: several chunks
    md5 = hashlib.md5(body).hexdigest()
    client = client_serving(body, {"Content-Length": str(len(body)), "ETag": f'"{md5}"'})
    seen: list[Any] = []
    path = client.datastore.io.download_file("10378.1/1", "runs/big.bin", str(tmp_path), progress=seen.append)
    assert path == tmp_path / "runs" / "big.bin" and path.read_bytes() == body
    assert seen[-1].finished and seen[-1].bytes_done == seen[-1].bytes_total == len(body)
    assert seen[-1].files_done == 1 and len(seen) > 3
    assert sorted(p.name for p in (tmp_path / "runs").iterdir()) == ["big.bin"]


@pytest.mark.parametrize(("headers", "why"), [
    ({"Content-Length": "999999"}, "announced"),
    ({"ETag": '"' + "0" * 32 + '"'}, "ETag"),
])  # fmt: skip
def test_short_or_wrong_bytes_raise_and_leave_no_file(generated_dir: object, tmp_path: Path,
                                                      headers: dict[str, str], why: str) -> None:  # fmt: skip
    from provena.transfer import TransferIntegrityError

    client = client_serving(b"only a little", headers)
    with pytest.raises(TransferIntegrityError, match=why) as caught:
        client.datastore.io.download_file("10378.1/1", "a.csv", str(tmp_path))
    assert "secret-signature" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []  # neither a.csv nor a.csv.part
