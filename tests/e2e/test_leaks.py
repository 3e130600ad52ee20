"""The leak scanner: a workload touching every kind of secret, with the root logger at DEBUG (as a notebook after
`logging.basicConfig(level=logging.DEBUG)`), must not show any secret in a log record of any logger, in what
was printed, in an exception's text, or in a file it wrote.

Secrets are collected independently of provena's own redaction: the password and client secret we pass, the
offline token we fetch, the tokens the flows hold, and every secret-named field and presigned-URL signature
in the response bodies the calls received (`provena.capture_response`).
"""

from __future__ import annotations

import io
import json
import logging
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

import provena
import provena.sync

from .conftest import CLIENT_ID, World, aw

pytestmark = pytest.mark.stack
pytest.importorskip("boto3", reason="the upload and download need the 's3' extra")

SECRET_KEYS = {"access_token", "refresh_token", "id_token", "aws_secret_access_key", "aws_session_token",
               "secret_access_key", "session_token", "offline_token"}  # fmt: skip
SIGNED_QUERY = ("X-Amz-Signature", "X-Amz-Security-Token", "Signature")


def _secret_fields(document: Any, found: set[str]) -> None:
    if isinstance(document, dict):
        for key, value in document.items():
            if key in SECRET_KEYS and isinstance(value, str):
                found.add(value)
            elif key == "presigned_url" and isinstance(value, str):
                for name, values in parse_qs(urlsplit(value).query).items():
                    if name in SIGNED_QUERY:
                        found.update(values)
            else:
                _secret_fields(value, found)
    elif isinstance(document, list):
        for value in document:
            _secret_fields(value, found)


def _bodies(responses: list[httpx.Response]) -> Iterator[Any]:
    for response in responses:
        try:
            yield json.loads(response.content)
        except (ValueError, UnicodeDecodeError, httpx.ResponseNotRead):
            continue


@pytest.fixture
def root_debug() -> Iterator[io.StringIO]:
    """Root at DEBUG with a handler formatting every record (tracebacks included) into a buffer."""
    root = logging.getLogger()
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    handler.setLevel(logging.DEBUG)
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    # Libraries that set their own level would hide their records from this test: open them all up.
    loggers = {name: logging.getLogger(name).level for name in ("httpx", "httpcore", "botocore", "boto3",
                                                                 "s3transfer", "urllib3", "provena")}  # fmt: skip
    for name in loggers:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield buffer
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)
        for name, level in loggers.items():
            logging.getLogger(name).setLevel(level)


def _offline_token(config: provena.Config, password: str) -> str:
    form = {"grant_type": "password", "client_id": CLIENT_ID, "username": "researcher", "password": password,
            "scope": "openid offline_access"}  # fmt: skip
    response = httpx.post(config.token_endpoint, data=form)
    response.raise_for_status()
    return str(response.json()["refresh_token"])


async def test_no_secret_reaches_logs_output_messages_or_files(
    mode: str, server: Any, config: provena.Config, world: World, tmp_path: Path,
    root_debug: io.StringIO, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    password = server.password("researcher")
    offline = _offline_token(config, password)
    client_secret = "provena-service-secret"
    secrets: set[str] = {password, offline, client_secret}
    cls: Any = provena.ProvenaClient if mode == "async" else provena.sync.ProvenaClient
    login = provena.PasswordFlow(config, CLIENT_ID, "researcher", password)
    offline_flow = provena.OfflineFlow(config, CLIENT_ID, offline_token=offline)
    service_flow = provena.ClientCredentialsFlow(config, "provena-service", client_secret)
    client, via_offline, service = cls(login, config), cls(offline_flow, config), cls(service_flow, config)
    messages: list[str] = []

    async def expect_error(call: Any) -> None:
        try:
            await aw(call())
        except provena.ProvenaError as exc:
            # What users do with errors: print them, log them with the traceback, keep their repr.
            text = "".join(traceback.format_exception(exc))
            messages.extend([str(exc), repr(exc), text])
            print(exc)
            logging.getLogger("notebook").exception("call failed: %r", exc)
        else:
            raise AssertionError("expected an error")

    try:
        with provena.capture_response() as captured:
            # login, registry calls, a mint
            assert (await aw(client.registry.general_fetch_item(world.org))).item
            await aw(client.registry.organisation.list_items({}))
            handle = (await aw(client.datastore.mint_dataset(world.collection_format(f"Leak {mode}")))).handle
            # an upload and a download (boto3 at DEBUG), a presigned download (httpx logs the URL)
            source = tmp_path / "src"
            source.mkdir()
            (source / "data.csv").write_bytes(b"x,y\n1,2\n")
            await aw(client.datastore.io.upload_all_files(str(source), handle))
            await aw(client.datastore.io.download_all_files(str(tmp_path / "dest"), handle))
            await aw(client.datastore.io.download_file(handle, "data.csv", str(tmp_path / "presigned")))
            await aw(client.datastore.generate_presigned_url({"dataset_id": handle, "file_path": "data.csv"}))
            await aw(client.datastore.generate_write_access_credentials({"dataset_id": handle,
                                                                         "console_session_required": False}))
            # the offline-token exchange and a client-credentials login
            assert (await aw(via_offline.registry.general_fetch_item(world.org))).item
            assert (await aw(service.registry.general_fetch_item(world.org))).item
            # every error class
            await expect_error(lambda: client.registry.general_fetch_item("10378.1/999999999"))  # NotFound (200)
            await expect_error(lambda: client.datastore.fetch_dataset("10378.1/999999999"))  # NotFound (400)
            await expect_error(lambda: client.registry.admin.export_items())  # RoleRequired (401)
            await expect_error(lambda: service.datastore.mint_dataset(world.collection_format("x")))  # link
            await expect_error(lambda: client.registry.organisation.list_items({"page_size": "many"}))  # 422
            await expect_error(lambda: client.registry.general_fetch_item(""))  # InvalidArgument
            bad = cls(provena.StaticTokenAuth("not-a-valid-token-0123456789"), config, max_retries=0)
            secrets.add("not-a-valid-token-0123456789")
            await expect_error(lambda: bad.registry.general_fetch_item(world.org))  # Authentication (401)
            await aw(bad.aclose() if mode == "async" else bad.close())
            org = (await aw(client.registry.organisation.create_item({"display_name": "L", "name": "L"})))
            org_id = org.created_item.id
            await aw(client.registry.organisation.lock_resource({"id": org_id, "reason": "scan"}))
            await expect_error(lambda: client.registry.organisation.update(org_id, {"display_name": "L2",
                                                                                   "name": "L2"}, "r"))  # Locked
            wrong = provena.PasswordFlow(config, CLIENT_ID, "researcher", "wrong-password-123")
            secrets.add("wrong-password-123")
            await expect_error(lambda: cls(wrong, config).registry.general_fetch_item(world.org))  # AuthError
    finally:
        for each in (client, via_offline, service):
            await aw(each.aclose() if mode == "async" else each.close())

    for flow in (login, offline_flow, service_flow):
        tokens = flow._tokens
        assert tokens is not None
        secrets.update(t for t in (tokens.access_token, tokens.refresh_token) if t)
    for body in _bodies(captured.responses):
        _secret_fields(body, secrets)
    secrets = {s for s in secrets if len(s) >= 8}
    assert len(secrets) >= 10, "the workload did not see the secrets it should scan for"

    out = capsys.readouterr()
    logs = root_debug.getvalue()
    assert "botocore" in logs and "httpx" in logs, "the DEBUG records of the libraries were not captured"
    files = {str(p): p.read_bytes().decode("utf-8", "replace") for p in tmp_path.rglob("*") if p.is_file()}
    places = {"logs": logs, "stdout": out.out, "stderr": out.err, "messages": "\n".join(messages), **files}
    leaks = sorted({where for where, text in places.items() for secret in secrets if secret in text})
    # Only where, never what: a failing assertion must not print the secret itself.
    assert leaks == [], f"secrets found in: {leaks}"
