"""Retries, error mapping, options and pool sharing of provena._transport over httpx.MockTransport."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable

import httpx
import pytest

from provena import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    Config,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    StatusFailedError,
    Transport,
    UnprocessableEntityError,
)

from .conftest import FakeServer


def responses(*items: httpx.Response | Exception) -> Callable[[httpx.Request], httpx.Response]:
    """A handler answering with `items` in order (the last one repeats)."""
    queue = list(items)

    def handler(request: httpx.Request) -> httpx.Response:
        item = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(item, Exception):
            raise item
        return item

    return handler


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def transport(config: Config, mock_transport: httpx.MockTransport, sleeps: list[float]) -> Transport:
    async def async_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    return Transport(config, None, transport=mock_transport, sleep=sleeps.append, async_sleep=async_sleep)


def test_get_503_is_retried_then_succeeds(transport: Transport, server: FakeServer, sleeps: list[float]) -> None:
    answer = responses(httpx.Response(503), httpx.Response(503), httpx.Response(200, json={"a": 1}))
    retry_headers: list[str | None] = []  # the same Request object is re-sent, so record at send time

    def api(request: httpx.Request) -> httpx.Response:
        retry_headers.append(request.headers.get("x-provena-retry-count"))
        return answer(request)

    server.api = api
    response = transport.sync_client("registry").get("/registry/items")
    assert response.json() == {"a": 1}
    assert len(server.api_requests) == 3
    assert retry_headers == [None, "1", "2"]
    assert len(sleeps) == 2 and 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0  # backoff + jitter
    assert server.api_requests[0].headers["user-agent"].startswith("provena-python/")
    assert str(server.api_requests[0].url) == "https://registry-api.example.org/registry/items"


def test_retries_run_out(transport: Transport, server: FakeServer) -> None:
    server.api = responses(httpx.Response(502, json={"detail": "bad gateway"}))
    with pytest.raises(InternalServerError) as info:
        transport.sync_client("registry").get("/x")
    assert len(server.api_requests) == 3  # 1 + max_retries=2
    assert info.value.status_code == 502


def test_retry_after_is_honoured(transport: Transport, server: FakeServer, sleeps: list[float]) -> None:
    server.api = responses(httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200))
    transport.sync_client("registry").get("/x")
    assert sleeps == [7.0]
    date = email.utils.formatdate(time.time() + 30, usegmt=True)
    server.api = responses(httpx.Response(503, headers={"Retry-After": date}), httpx.Response(200))
    transport.sync_client("registry").get("/x")
    assert 28 <= sleeps[1] <= 30


def test_retry_after_too_long_is_not_waited_for(transport: Transport, server: FakeServer, sleeps: list[float]) -> None:
    server.api = responses(httpx.Response(429, headers={"Retry-After": "600"}), httpx.Response(200))
    with pytest.raises(RateLimitError):
        transport.sync_client("registry").get("/x")
    assert sleeps == [] and len(server.api_requests) == 1


def test_post_is_never_retried(transport: Transport, server: FakeServer, sleeps: list[float]) -> None:
    server.api = responses(httpx.Response(503), httpx.Response(200))
    with pytest.raises(InternalServerError):
        transport.sync_client("registry").post("/registry/agent/person/create", json={"a": 1})
    assert len(server.api_requests) == 1 and sleeps == []


def test_post_marked_idempotent_is_retried(transport: Transport, server: FakeServer) -> None:
    server.api = responses(httpx.Response(503), httpx.Response(200, json={"items": []}))
    with transport.options(idempotent=True):
        transport.sync_client("registry").post("/registry/general/list", json={})
    assert len(server.api_requests) == 2
    # the option is scoped to the block
    server.api = responses(httpx.Response(503), httpx.Response(200))
    with pytest.raises(InternalServerError):
        transport.sync_client("registry").post("/registry/general/list", json={})


def test_get_marked_not_idempotent_is_not_retried(transport: Transport, server: FakeServer) -> None:
    server.api = responses(httpx.Response(503), httpx.Response(200))
    with transport.options(idempotent=False), pytest.raises(InternalServerError):
        transport.sync_client("registry").get("/x")
    assert len(server.api_requests) == 1


def test_connection_errors_retried_for_get_only(transport: Transport, server: FakeServer) -> None:
    server.api = responses(httpx.ConnectError("refused"), httpx.Response(200))
    assert transport.sync_client("registry").get("/x").status_code == 200
    assert len(server.api_requests) == 2
    server.requests.clear()
    server.api = responses(httpx.ConnectError("refused"), httpx.Response(200))
    with pytest.raises(APIConnectionError) as info:
        transport.sync_client("registry").post("/registry/agent/person/create", json={})
    assert len(server.api_requests) == 1
    assert "POST" in str(info.value) and "/registry/agent/person/create" in str(info.value)
    assert isinstance(info.value.__cause__, httpx.ConnectError)


def test_timeout_becomes_api_timeout_error(transport: Transport, server: FakeServer) -> None:
    server.api = responses(httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        transport.sync_client("registry").get("/x")
    assert len(server.api_requests) == 3
    server.requests.clear()
    with transport.options(max_retries=0), pytest.raises(APITimeoutError):
        transport.sync_client("registry").get("/x")
    assert len(server.api_requests) == 1


def test_per_call_timeout_and_headers(transport: Transport, server: FakeServer) -> None:
    seen: list[httpx.Request] = []

    def api(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    server.api = api
    client = transport.sync_client("registry")
    client.get("/x")
    assert seen[-1].extensions["timeout"]["read"] == 60.0
    assert seen[-1].extensions["timeout"]["connect"] == 5.0
    # nested blocks: the inner one wins for scalars, headers are merged
    with (
        transport.options(timeout=1.5, extra_headers={"X-Trace": "abc"}),
        transport.options(extra_headers={"X-Other": "1"}),
    ):
        client.get("/x")
    assert seen[-1].extensions["timeout"]["read"] == 1.5
    assert seen[-1].headers["x-trace"] == "abc" and seen[-1].headers["x-other"] == "1"
    client.get("/x")
    assert "x-trace" not in seen[-1].headers


async def test_no_cookie_is_kept_from_a_response_for_later_requests(transport: Transport, server: FakeServer) -> None:
    """A Set-Cookie from one service never rides along on later requests, sync or async, to any service."""
    seen: list[httpx.Request] = []

    def api(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, headers={"Set-Cookie": "session=abc; Path=/"}, json={"ok": True})

    server.api = api
    for service in ("registry", "datastore"):
        client = transport.sync_client(service)
        client.get("/x")
        client.get("/x")
        aclient = transport.async_client(service)
        await aclient.get("/x")
        await aclient.get("/x")
        assert len(client.cookies) == len(aclient.cookies) == 0
    assert len(seen) == 8 and all("cookie" not in r.headers for r in seen)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_error_map(transport: Transport, server: FakeServer, status: int, cls: type[APIStatusError]) -> None:
    server.api = responses(httpx.Response(status, json={"detail": f"reason {status}"}))
    with transport.options(max_retries=0), pytest.raises(cls) as info:
        transport.sync_client("registry").post("/registry/item/fetch", json={})
    error = info.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.details == f"reason {status}"
    assert error.body == {"detail": f"reason {status}"}
    assert str(error).startswith("POST /registry/item/fetch → ")
    assert f"reason {status}" in str(error)


def test_422_field_errors(transport: Transport, server: FakeServer) -> None:
    detail = [
        {"loc": ["body", "display_name"], "msg": "field required", "type": "value_error.missing"},
        {"loc": ["query", "page", 0], "msg": "not an int", "type": "type_error.integer"},
    ]
    server.api = responses(httpx.Response(422, json={"detail": detail}))
    with pytest.raises(UnprocessableEntityError) as info:
        transport.sync_client("registry").post("/x", json={})
    fields = info.value.field_errors
    assert [f.path for f in fields] == ["body.display_name", "query.page.0"]
    assert fields[0].msg == "field required" and fields[0].type == "value_error.missing"
    assert "body.display_name: field required" in str(info.value)


def test_status_success_false(transport: Transport, server: FakeServer) -> None:
    body = {"status": {"success": False, "details": "Handle not found"}, "item": None}
    server.api = responses(httpx.Response(200, json=body))
    with pytest.raises(StatusFailedError) as info:
        transport.sync_client("registry").get("/registry/item/fetch")
    assert info.value.details == "Handle not found"
    assert info.value.status_code == 200
    assert "Handle not found" in str(info.value)
    with transport.options(check_status=False):
        assert transport.sync_client("registry").get("/x").json() == body
    server.api = responses(httpx.Response(200, json={"status": {"success": True, "details": "ok"}}))
    transport.sync_client("registry").get("/x")


@pytest.mark.parametrize(
    ("body", "fails"),
    [
        (b'{"status":{"success":true,"details":"ok"},"item":{"status":{"success":false}}}', False),
        (b'{"status": {"success": true, "details": "ok"}, "x": {"success": false}}', False),
        (b'{"item":{"status":{"success":true}},"status":{"success":false,"details":"no"}}', True),
        (b'{"status":{"success":false,"details":"no"}}', True),
        (b'{"status":{"success":trueish}}', False),  # not JSON: left to the parser
        (b'{ "status" : { "success" : false } }', True),
    ],
)
def test_status_check_reads_the_top_level_status_only(
    transport: Transport, server: FakeServer, body: bytes, fails: bool
) -> None:
    # A body that opens with a successful top-level status is not searched further; any other is decoded
    # when `"success": false` appears anywhere, and only its top-level status decides.
    server.api = responses(httpx.Response(200, content=body, headers={"content-type": "application/json"}))
    if fails:
        with pytest.raises(StatusFailedError):
            transport.sync_client("registry").get("/x")
    else:
        assert transport.sync_client("registry").get("/x").content == body


def test_non_json_error_body(transport: Transport, server: FakeServer) -> None:
    server.api = responses(httpx.Response(404, text="<html>nope</html>"))
    with pytest.raises(NotFoundError) as info:
        transport.sync_client("registry").get("/missing")
    assert info.value.body == "<html>nope</html>"


def test_with_options_shares_the_pool(transport: Transport, server: FakeServer) -> None:
    quick = transport.with_options(max_retries=0, timeout=3)
    assert quick.max_retries == 0 and transport.max_retries == 2
    assert quick._pool is transport._pool
    base = transport.sync_client("registry")
    other = quick.sync_client("registry")
    assert other is not base
    assert other._transport._inner is base._transport._inner  # type: ignore[attr-defined]
    server.api = responses(httpx.Response(503), httpx.Response(200))
    with pytest.raises(InternalServerError):
        other.get("/x")
    assert len(server.api_requests) == 1
    quick.close()  # a copy does not close the shared pool
    assert not transport.is_closed
    transport.close()
    assert transport.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        transport.with_options().sync_client("prov")


def test_clients_are_cached_per_service(transport: Transport) -> None:
    assert transport.sync_client("prov") is transport.sync_client("prov")
    assert transport.sync_client("prov") is not transport.sync_client("search")
    assert str(transport.sync_client("id-service").base_url) == "https://handle.example.org"


async def test_async_retry_and_no_retry(transport: Transport, server: FakeServer, sleeps: list[float]) -> None:
    server.api = responses(httpx.Response(503), httpx.Response(200, json={"ok": 1}))
    client = transport.async_client("registry")
    response = await client.get("/x")
    assert response.json() == {"ok": 1} and len(server.api_requests) == 2 and len(sleeps) == 1
    server.requests.clear()
    server.api = responses(httpx.Response(503), httpx.Response(200))
    with pytest.raises(InternalServerError):
        await client.post("/registry/agent/person/create", json={})
    assert len(server.api_requests) == 1
    server.api = responses(httpx.ReadTimeout("slow"))
    with transport.options(max_retries=0), pytest.raises(APITimeoutError):
        await client.get("/x")
    await transport.aclose()


def test_real_pool_is_created_lazily_and_shared(config: Config) -> None:
    transport = Transport(config)
    first = transport.sync_client("registry")
    second = transport.sync_client("prov")
    assert isinstance(first._transport._inner, httpx.HTTPTransport)  # type: ignore[attr-defined]
    assert first._transport._inner is second._transport._inner  # type: ignore[attr-defined]
    transport.close()


def test_capture_response_and_raw_response(transport: Transport, server: FakeServer) -> None:
    from provena import RawResponse, capture_response

    server.api = responses(httpx.Response(200, json={"id": "10378.1/1"}, headers={"x-request-id": "r1"}))
    with capture_response() as captured:
        response = transport.sync_client("registry").get("/registry/item/fetch", params={"id": "10378.1/1"})
    assert captured.last is response
    raw = RawResponse.from_httpx(response, parsed="parsed-model")
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "r1"
    assert raw.json() == {"id": "10378.1/1"} and raw.parse() == "parsed-model"
    assert raw.http_response is response
    # outside the block nothing is recorded
    transport.sync_client("registry").get("/x")
    assert len(captured.responses) == 1
