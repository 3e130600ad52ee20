"""Facade behaviour over httpx.MockTransport: errors, retries, raw responses, options, the escape hatch, the
registry subtype modules, pagination, job waits, report download, lineage and the cheap import."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from typing import Any

import httpx
import pytest

from ._support import MockProvena, make_transport
from .conftest import REPO

STATUS_OK = {"status": {"success": True, "details": "ok"}}


def sync_client(handler: Any, **kwargs: Any) -> Any:
    import provena.sync

    return provena.sync.ProvenaClient(transport=make_transport(handler, **kwargs))


# -- errors ---------------------------------------------------------------------------------------------------


def test_http_errors_map_to_exceptions(generated_dir: object) -> None:
    from provena import NotFoundError, PermissionDeniedError, UnprocessableEntityError

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("fetch-dataset"):
            return httpx.Response(404, json={"detail": "Dataset 10378.1/1 not found"})
        if request.url.path.endswith("mint-dataset"):
            detail = [{"loc": ["body", "dataset_info", "name"], "msg": "field required", "type": "value_error"}]
            return httpx.Response(422, json={"detail": detail})
        return httpx.Response(403, json={"detail": "Admin only"})

    client = sync_client(handler)
    with pytest.raises(NotFoundError, match="not found"):
        client.datastore.fetch_dataset("10378.1/1")
    with pytest.raises(UnprocessableEntityError) as info:
        client.datastore.mint_dataset(_minimal("datastore", "DatasetMetadata"))
    assert info.value.field_errors[0].path == "body.dataset_info.name"
    with pytest.raises(PermissionDeniedError):
        client.registry.admin.export_items()


def _minimal(service: str, model: str) -> Any:
    import importlib

    from ._support import minimal_instance, package_of

    cls = getattr(importlib.import_module(package_of(service) + ".models"), model)
    return minimal_instance(cls, package_of(service))


def test_status_success_false_raises(generated_dir: object) -> None:
    from provena import StatusFailedError

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"status": {"success": False, "details": "Item is locked"}})

    client = sync_client(handler)
    with pytest.raises(StatusFailedError, match="Item is locked") as info:
        client.registry.organisation.fetch("10378.1/5")
    assert info.value.details == "Item is locked"


def test_bad_input_says_what_to_fix(generated_dir: object) -> None:
    client = sync_client(MockProvena())
    with pytest.raises(TypeError, match="missing required field"):
        client.registry.organisation.create_item({"display_name": "x"})
    with pytest.raises(ValueError, match="expected one of"):
        client.registry.fetch_item("x", "NOT_A_SUBTYPE")
    with pytest.raises(TypeError, match="expected a"):
        client.datastore.mint_dataset(42)


def test_retries_only_idempotent_requests(generated_dir: object) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        return httpx.Response(503, json={"detail": "busy"})

    from provena import InternalServerError

    client = sync_client(handler, max_retries=2)
    with pytest.raises(InternalServerError):
        client.datastore.fetch_dataset("x")  # GET: retried
    assert len(calls) == 3
    calls.clear()
    with pytest.raises(InternalServerError):
        client.datastore.mint_dataset(_minimal("datastore", "DatasetMetadata"))  # mint: never retried
    assert len(calls) == 1
    calls.clear()
    with pytest.raises(InternalServerError):
        client.datastore.list_datasets({})  # read-only POST: marked idempotent
    assert len(calls) == 3


# -- raw responses, options, escape hatch -------------------------------------------------------------------------


def test_raw_response_and_options(generated_dir: object) -> None:
    from provena.sync import DatastoreClient

    seen: list[httpx.Request] = []
    mock = MockProvena()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return mock(request)

    client = DatastoreClient(transport=make_transport(handler))
    raw = client.with_raw_response.fetch_dataset("10378.1/1", extra_headers={"X-Trace": "t1"})
    assert raw.status_code == 200
    assert raw.parse().status.success is True
    assert seen[-1].headers["x-trace"] == "t1"
    assert seen[-1].url.params["handle_id"] == "10378.1/1"
    quick = client.with_options(timeout=1.5, max_retries=0)
    assert quick.transport.max_retries == 0
    assert quick.transport.timeout.read == 1.5
    quick.fetch_dataset("x")
    assert type(quick) is DatastoreClient


def test_escape_hatch_reaches_all_297_operations(generated_dir: object) -> None:
    from provena import _generated

    total = sum(len(_generated.operation_ids(s)) for s in _generated.SERVICES)
    assert total == 297
    client = sync_client(MockProvena())
    result = client.registry.raw.call("lock_lockedagent_organisation", id="10378.1/9")
    assert result.__class__.__name__ == "LockStatusResponse"
    assert client.registry.raw.ui_schema_entity_model().__class__.__name__ == "UiSchemaResponse"
    with pytest.raises(AttributeError):
        client.registry.raw.not_an_operation  # noqa: B018


def test_pydantic_models_are_accepted(generated_dir: object) -> None:
    pytest.importorskip("ProvenaInterfaces")
    from ProvenaInterfaces.RegistryAPI import LockChangeRequest

    mock = MockProvena()
    client = sync_client(mock)
    client.registry.model.lock_resource(LockChangeRequest(id="10378.1/3", reason="freeze"))
    assert json.loads(mock.requests[-1].content) == {"id": "10378.1/3", "reason": "freeze"}


# -- registry subtypes ----------------------------------------------------------------------------------------------

SUBTYPE_ROUTES = {
    "organisation": "/registry/agent/organisation", "person": "/registry/agent/person",
    "model": "/registry/entity/model", "model_run_workflow": "/registry/entity/model_run_workflow",
    "dataset_template": "/registry/entity/dataset_template", "dataset": "/registry/entity/dataset",
    "study": "/registry/activity/study", "create_activity": "/registry/activity/create",
    "version_activity": "/registry/activity/version", "model_run": "/registry/activity/model_run",
}  # fmt: skip


@pytest.mark.parametrize("module", sorted(SUBTYPE_ROUTES))
def test_registry_subtype_modules(module: str, generated_dir: object) -> None:
    mock = MockProvena()
    sub = getattr(sync_client(mock).registry, module)
    base = SUBTYPE_ROUTES[module]
    sub.fetch("10378.1/1")
    sub.get_lock_status("10378.1/1")
    sub.admin_delete("10378.1/1")
    sub.list_items({})
    got = [(r.method, r.url.path) for r in mock.requests]
    assert got == [("GET", f"{base}/fetch"), ("GET", f"{base}/locks/locked"), ("DELETE", f"{base}/delete"),
                   ("POST", f"{base}/list")]  # fmt: skip
    writable = module in ("organisation", "person", "model", "model_run_workflow", "dataset_template", "study")
    assert hasattr(sub, "create_item") == writable
    assert hasattr(sub, "revert_item") == writable
    assert hasattr(sub, "version_item") == (module in ("model", "model_run_workflow", "dataset_template"))


# -- pagination ---------------------------------------------------------------------------------------------------


def _paged_handler(pages: int) -> tuple[Any, list[dict[str, Any]]]:
    bodies: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content or b"{}")
        bodies.append(body)
        index = (body.get("pagination_key") or {}).get("page", 0)
        key = {"page": index + 1} if index + 1 < pages else None
        items = [_minimal("datastore", "ItemDataset").to_dict() | {"id": f"d{index}-{i}"} for i in range(2)]
        return httpx.Response(200, json={**STATUS_OK, "items": items, "pagination_key": key})

    return handler, bodies


def test_for_all_datasets_follows_keys_without_mutating_the_request(generated_dir: object) -> None:
    handler, bodies = _paged_handler(3)
    client = sync_client(handler)
    request = {"page_size": 2}
    ids = [d.id for d in client.datastore.for_all_datasets(request)]
    assert ids == ["d0-0", "d0-1", "d1-0", "d1-1", "d2-0", "d2-1"]
    assert request == {"page_size": 2}
    assert [b.get("pagination_key") for b in bodies] == [None, {"page": 1}, {"page": 2}]
    bodies.clear()
    assert [d.id for d in client.datastore.for_all_datasets(request, 3)] == ["d0-0", "d0-1", "d1-0"]
    assert len(bodies) == 2
    assert len(client.datastore.list_all_datasets()) == 6


def test_items_are_typed_and_parsed_only_when_yielded(generated_dir: object) -> None:
    from provena import ResponseValidationError

    handler, _ = _paged_handler(2)

    def with_bad_last_item(request: httpx.Request) -> httpx.Response:
        response = handler(request)
        body = json.loads(response.content)
        if (json.loads(request.content or b"{}").get("pagination_key") or {}).get("page") == 1:
            body["items"][1] = {"id": "d1-1"}  # misses every other required field
        return httpx.Response(200, json=body)

    client = sync_client(with_bad_last_item)
    item_model = type(_minimal("datastore", "ItemDataset"))
    first = list(client.datastore.for_all_datasets(None, 3))  # the bad item is never reached
    assert [d.id for d in first] == ["d0-0", "d0-1", "d1-0"]
    assert all(type(d) is item_model for d in first)
    page = next(iter(client.datastore.for_all_datasets().iter_pages()))
    assert all(type(d) is item_model for d in page.items)  # pages stay whole generated models
    with pytest.raises(ResponseValidationError, match=r"did not match ItemDataset") as info:
        list(client.datastore.for_all_datasets())
    assert info.value.body == {"id": "d1-1"}


def test_async_for_over_pages(generated_dir: object) -> None:
    import provena

    handler, _ = _paged_handler(2)

    async def go() -> list[str]:
        async with provena.ProvenaClient(transport=make_transport(handler)) as client:
            return [d.id async for d in client.datastore.for_all_datasets()]

    assert asyncio.run(go()) == ["d0-0", "d0-1", "d1-0", "d1-1"]


# -- jobs and reports -----------------------------------------------------------------------------------------------


def _job_handler(statuses: list[str], result: dict[str, Any] | None) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/explore/generate/report":
            return httpx.Response(200, json={"session_id": "sess-1"})
        if path == "/jobs/user/fetch":
            if not statuses:
                return httpx.Response(400, json={"detail": "not lodged yet"})
            status = statuses.pop(0) if len(statuses) > 1 else statuses[0]
            return httpx.Response(200, json={"job": {"session_id": "sess-1", "status": status, "result": result}})
        if request.url.host == "bucket.s3.example":
            assert "authorization" not in request.headers  # never send our token to S3
            return httpx.Response(200, content=b"PK\x03\x04 report")
        return httpx.Response(404)

    return handler


def test_generate_report_returns_docx_bytes_sync_and_async(generated_dir: object) -> None:
    import provena

    result = {"report_url": "https://bucket.s3.example/reports/sess-1.docx?X-Amz-Signature=abc"}
    request = {"id": "10378.1/7", "item_subtype": "STUDY", "depth": 1}
    client = sync_client(_job_handler(["PENDING", "IN_PROGRESS", "SUCCEEDED"], result))
    assert client.prov_api.generate_report(request, poll_interval=0) == b"PK\x03\x04 report"

    async def go() -> bytes:
        handler = _job_handler(["SUCCEEDED"], result)
        async with provena.ProvenaClient(transport=make_transport(handler)) as aclient:
            return await aclient.prov_api.generate_report(request, poll_interval=0)

    assert asyncio.run(go()) == b"PK\x03\x04 report"


def test_a_flow_through_a_raw_view_still_returns_its_result(generated_dir: object) -> None:
    import provena

    result = {"report_url": "https://bucket.s3.example/reports/sess-1.docx?X-Amz-Signature=abc"}
    request = {"id": "10378.1/7", "item_subtype": "STUDY", "depth": 1}
    client = sync_client(_job_handler(["SUCCEEDED"], result))
    with provena.capture_response() as captured:
        content = client.prov_api.with_raw_response.generate_report(request, poll_interval=0)
    assert content == b"PK\x03\x04 report"
    assert captured.last is not None and captured.last.status_code == 200


def test_job_waits(generated_dir: object) -> None:
    from provena import JobFailedError, JobTimeoutError

    client = sync_client(_job_handler(["FAILED"], None))
    assert client.job_api.await_job_completion("sess-1", poll_interval=0)["status"] == "FAILED"
    with pytest.raises(JobFailedError):
        client.job_api.await_successful_job_completion("sess-1", poll_interval=0)
    slow = sync_client(_job_handler(["PENDING"], None))
    with pytest.raises(JobTimeoutError):
        slow.job_api.await_job_completion("sess-1", timeout=0.05, poll_interval=0.01)


def test_async_wait_does_not_block_the_loop(generated_dir: object) -> None:
    import provena

    ticks: list[int] = []

    async def ticker() -> None:
        for i in range(5):
            ticks.append(i)
            await asyncio.sleep(0.01)

    async def go() -> None:
        handler = _job_handler(["PENDING", "PENDING", "PENDING", "SUCCEEDED"], {"x": 1})
        async with provena.ProvenaClient(transport=make_transport(handler)) as client:
            task = asyncio.create_task(ticker())
            await client.job_api.await_successful_job_completion("sess-1", poll_interval=0.02)
            await task

    asyncio.run(go())
    assert ticks == [0, 1, 2, 3, 4]


# -- lineage ------------------------------------------------------------------------------------------------------

LINEAGE = {
    **STATUS_OK, "record_count": 3,
    "graph": {"directed": True, "multigraph": False, "graph": {},
              "nodes": [{"id": "d1", "item_category": "ENTITY", "item_subtype": "DATASET"},
                        {"id": "m1", "item_category": "ACTIVITY", "item_subtype": "MODEL_RUN"},
                        {"id": "p1", "item_category": "AGENT", "item_subtype": "PERSON"}],
              "edges": [{"source": "m1", "target": "d1", "type": "used"},
                        {"source": "m1", "target": "p1", "type": "wasAssociatedWith"}]},
}  # fmt: skip


def test_lineage_to_networkx_and_dot(generated_dir: object) -> None:
    from provena.lineage import to_dot, to_networkx

    client = sync_client(lambda request: httpx.Response(200, json=LINEAGE))
    response = client.prov_api.explore_upstream("m1", 2)
    graph = to_networkx(response)
    assert sorted(graph.successors("m1")) == ["d1", "p1"]
    assert graph.nodes["d1"]["item_subtype"] == "DATASET"
    assert graph.edges["m1", "d1"]["type"] == "used"
    dot = to_dot(response)
    assert '"m1" -> "d1" [label="used"];' in dot
    assert '"m1" [label="m1\\nMODEL_RUN", shape=box];' in dot
    # `links` (older networkx) is accepted too
    links = {**LINEAGE["graph"], "links": LINEAGE["graph"]["edges"]}
    del links["edges"]
    assert to_networkx(links).number_of_edges() == 2


# -- cheap import -----------------------------------------------------------------------------------------------


def test_import_provena_loads_no_generated_package(generated_dir: object) -> None:
    code = (
        "import sys, provena, provena.clients, provena.sync, provena.modules\n"
        "c = provena.ProvenaClient\n"
        "bad = [m for m in sys.modules if m.startswith('provena_api_') or m.startswith('fastapi')]\n"
        "print(bad)\n"
        "assert not bad, bad\n"
    )
    env_path = f"{generated_dir}:{REPO}"
    result = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True,
                            env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"}, cwd=REPO)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "provena_api_" not in result.stderr  # -X importtime lists every module imported
    bare = subprocess.run([sys.executable, "-X", "importtime", "-c", "import provena"], capture_output=True,
                          text=True, env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"}, cwd=REPO)  # fmt: skip
    imported = [line.rsplit("|", 1)[-1].strip() for line in bare.stderr.splitlines() if "|" in line]
    lazy = ("httpx", "provena_api_", "provena._operation", "provena._ops")
    assert not any(m.startswith(lazy) for m in imported), imported


def test_sync_call_does_not_import_asyncio(generated_dir: object) -> None:
    # A sync first call should not pay for importing asyncio; only what provena adds is checked (if httpx or
    # its dependencies import asyncio themselves on some version, that is not ours to avoid).
    code = (
        "import sys, httpx\n"
        "already = 'asyncio' in sys.modules\n"
        "import provena, provena.sync\n"
        "from tests.facade._support import MockProvena\n"
        "t = provena.Transport(provena.Config('example.org', 'provena'), provena.StaticTokenAuth('tok'),\n"
        "                      transport=httpx.MockTransport(MockProvena()))\n"
        "with provena.sync.ProvenaClient(transport=t) as client:\n"
        "    client.datastore.fetch_dataset('10378.1/1')\n"
        "    client.registry.organisation.fetch('10378.1/1')\n"
        "print(already, 'asyncio' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                            env={"PYTHONPATH": f"{generated_dir}:{REPO}", "PATH": "/usr/bin:/bin"})  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    already, after = result.stdout.split()
    assert already == "True" or after == "False", "a sync call imported asyncio"


def test_urls_keep_a_service_path_prefix_and_query(generated_dir: object) -> None:
    # The operation layer joins the generated path to the base URL itself (httpx would parse and rebuild the
    # base URL per call); the URL sent must be the one httpx's merge gives, prefix, quoting and query included.
    import provena
    import provena.sync
    from provena import Config, Transport

    sent: list[httpx.Request] = []
    mock = MockProvena()

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        path = "/" + request.url.path.split("/", 3)[-1]  # less the /prefix/<service> part
        return mock(httpx.Request(request.method, f"https://registry-api.example.org{path}"))

    config = Config.from_dict({"domain": "example.org", "realm_name": "provena", "api_overrides": {
        "registry_api_endpoint_override": "http://127.0.0.1:8765/prefix/registry-api"}})  # fmt: skip
    expected = ("http://127.0.0.1:8765/prefix/registry-api/registry/agent/organisation/fetch"
                "?id=10378.1%2F1+x&seed_allowed=false")  # fmt: skip

    def check_sync() -> None:
        transport = Transport(config, transport=httpx.MockTransport(handler), sleep=lambda _s: None)
        with provena.sync.ProvenaClient(transport=transport) as client:
            client.registry.organisation.fetch("10378.1/1 x")
            assert str(sent[-1].url) == expected
            client.registry.raw.request("GET", "/general/about", params={"a": "b c"})  # the escape hatch
            assert str(sent[-1].url) == "http://127.0.0.1:8765/prefix/registry-api/general/about?a=b+c"
            registry = transport.sync_client("registry")
            registry.base_url = "http://127.0.0.1:8765/prefix/other"  # set anew: the join follows it
            client.registry.organisation.fetch("10378.1/1 x")
            assert str(sent[-1].url) == expected.replace("registry-api", "other")

    async def check_async() -> None:
        transport = Transport(config, transport=httpx.MockTransport(handler))
        async with provena.ProvenaClient(transport=transport) as client:
            await client.registry.organisation.fetch("10378.1/1 x")
            assert str(sent[-1].url) == expected

    check_sync()
    asyncio.run(check_async())
    sent.clear()
    with sync_client(mock) as client:  # a bare host as base URL (its path "/" is not in str(base_url))
        client.registry.organisation.fetch("10378.1/1")
    assert str(mock.requests[-1].url).startswith("https://registry-api.example.org/registry/agent/organisation/")


def test_presigned_download_without_boto3(generated_dir: object, tmp_path: Any) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/registry/items/generate-presigned-url":
            body = json.loads(request.content)
            url = f"https://bucket.s3.example/{body['file_path']}?X-Amz-Signature=s"
            return httpx.Response(200, json={"dataset_id": body["dataset_id"], "file_path": body["file_path"],
                                             "presigned_url": url})  # fmt: skip
        assert request.url.host == "bucket.s3.example" and "authorization" not in request.headers
        return httpx.Response(200, content=b"col\n1\n")

    client = sync_client(handler)
    path = client.datastore.io.download_file("10378.1/1", "data/a.csv", str(tmp_path))
    assert path.read_bytes() == b"col\n1\n"
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["a.csv"]  # no temp file left behind


def test_response_that_does_not_fit_the_model(generated_dir: object) -> None:
    from provena import ResponseValidationError

    client = sync_client(lambda request: httpx.Response(200, json={"unexpected": True}))
    with pytest.raises(ResponseValidationError) as info:
        client.registry.organisation.fetch("10378.1/1")
    assert info.value.response is not None and info.value.body == {"unexpected": True}


def test_documented_constructor_and_shared_transport(generated_dir: object, monkeypatch: Any) -> None:
    import provena
    import provena.sync
    from provena import Config, StaticTokenAuth

    seen: list[httpx.Request] = []
    mock = MockProvena()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return mock(request)

    # Cls(auth, config) builds its own Transport; route its network through the mock.
    real_init = provena.Transport.__init__

    def init(self: Any, config: Any, auth: Any = None, **kwargs: Any) -> None:
        real_init(self, config, auth, transport=httpx.MockTransport(handler), **kwargs)

    monkeypatch.setattr(provena.Transport, "__init__", init)
    config = Config("example.org", "provena")
    with provena.sync.DatastoreClient(StaticTokenAuth("tok-123"), config) as datastore:
        datastore.fetch_dataset("10378.1/1")
    assert datastore.transport.is_closed
    assert seen[-1].headers["authorization"] == "Bearer tok-123"
    with provena.sync.ProvenaClient(StaticTokenAuth("tok-123"), config) as client:
        assert client.registry.organisation.transport is client.transport
        assert client.datastore.review.transport is client.transport
        client.search.search_registry("soil", 5, "DATASET")
        client.id_api.list()
    assert client.transport.is_closed
    assert seen[-2].url.params["record_limit"] == "5" and seen[-2].url.params["subtype_filter"] == "DATASET"
