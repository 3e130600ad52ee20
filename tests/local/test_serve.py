"""`serve` as a process: SIGINT/SIGTERM stop it cleanly, and state survives a restart of `serve --data-dir`."""

from __future__ import annotations

import signal
from pathlib import Path

import httpx
import pytest

from provena.local.context import S3Settings
from tests._stack import running_stack

boto3 = pytest.importorskip("boto3")


def _token(base: str) -> str:
    form = {"grant_type": "password", "client_id": "provena-local", "username": "researcher",
            "password": "researcher-password"}  # fmt: skip
    r = httpx.post(f"{base}/auth/realms/provena/protocol/openid-connect/token", data=form)
    r.raise_for_status()
    return str(r.json()["access_token"])


def _s3(endpoint: str) -> object:
    settings = S3Settings(endpoint=endpoint)
    return boto3.client("s3", endpoint_url=endpoint, region_name=settings.region,
                        aws_access_key_id=settings.access_key, aws_secret_access_key=settings.secret_key)  # fmt: skip


def test_registry_items_and_files_survive_a_restart(tmp_path: Path) -> None:
    data = tmp_path / "data"
    bucket = S3Settings(endpoint="").bucket
    with running_stack(tmp_path / "first", "--data-dir", str(data), memory=False) as stack:
        headers = {"Authorization": f"Bearer {_token(stack.base)}"}
        created = httpx.post(f"{stack.base}/registry-api/registry/agent/organisation/create", headers=headers,
                             json={"display_name": "Kept Org", "name": "Kept Org"}).json()  # fmt: skip
        handle = created["created_item"]["id"]
        s3 = _s3(stack.config["s3_endpoint"])
        s3.create_bucket(Bucket=bucket)  # type: ignore[attr-defined]
        s3.put_object(Bucket=bucket, Key="datasets/kept/file.txt", Body=b"still here")  # type: ignore[attr-defined]

    with running_stack(tmp_path / "second", "--data-dir", str(data), memory=False) as stack:
        headers = {"Authorization": f"Bearer {_token(stack.base)}"}
        fetched = httpx.get(f"{stack.base}/registry-api/registry/agent/organisation/fetch", headers=headers,
                            params={"id": handle}).json()  # fmt: skip
        assert fetched["item"]["display_name"] == "Kept Org"
        body = _s3(stack.config["s3_endpoint"]).get_object(Bucket=bucket, Key="datasets/kept/file.txt")["Body"]  # type: ignore[attr-defined]
        assert body.read() == b"still here"


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_stops_the_stack_cleanly(tmp_path: Path, signum: signal.Signals) -> None:
    with running_stack(tmp_path) as stack:
        assert httpx.get(f"{stack.base}/registry-api/").status_code == 200
        stack.process.send_signal(signum)
        assert stack.process.wait(timeout=120) == 0, stack.log()  # (a hang guard, not a speed check)
        assert not stack.config_path.exists(), "the config file of a stopped stack is removed"
        assert "Traceback" not in stack.log()
