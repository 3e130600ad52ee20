"""Test helpers: minimal valid instances of generated models, and a mock Provena that answers every documented
route with a minimal valid body of the route's response model.

Routes come from the pinned documents in specs/ (what generated/ is made from), so these helpers work on a user's
machine; the checks against the real documents in ../shared live in test_routes.py and skip without them."""

from __future__ import annotations

import datetime
import enum
import importlib
import io
import json
import types
import typing
from collections.abc import Callable
from typing import Any

import httpx

from .conftest import REPO

PINNED_SPECS = REPO / "specs"

SERVICE_FILES = {"auth": "auth", "datastore": "datastore", "registry": "registry", "prov": "prov",
                 "search": "search", "job": "job", "id-service": "id-service"}  # fmt: skip
HOSTS = {"auth-api": "auth", "data-api": "datastore", "registry-api": "registry", "prov-api": "prov",
         "search": "search", "job-api": "job", "handle": "id-service"}  # fmt: skip


def _members(tp: Any) -> list[Any]:
    if typing.get_origin(tp) is typing.Union or isinstance(tp, types.UnionType):
        return [m for m in typing.get_args(tp) if m is not type(None) and getattr(m, "__name__", "") != "Unset"]
    return [tp]


def minimal_value(tp: Any, package: str, depth: int = 0) -> Any:
    members = _members(tp)
    tp = members[0] if members else str
    origin = typing.get_origin(tp)
    if origin is list:
        return []
    if origin is dict or tp is dict:
        return {}
    if tp is str or tp is Any:
        return "x"
    if tp is bool:
        return True
    if tp is int:
        return 1
    if tp is float:
        return 1.0
    if tp is datetime.datetime:
        return datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    if tp is datetime.date:
        return datetime.date(2024, 1, 1)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return next(iter(tp))
    if isinstance(tp, type) and hasattr(tp, "__attrs_attrs__"):
        return minimal_instance(tp, package, depth + 1)
    if getattr(tp, "__name__", "") == "File":
        return tp(payload=io.BytesIO(b"a,b\n"), file_name="x.csv")
    return "x"


def minimal_instance(cls: type, package: str, depth: int = 0) -> Any:
    import attrs

    models = importlib.import_module(f"{package}.models")
    types_mod = importlib.import_module(f"{package}.types")
    hints = typing.get_type_hints(cls, localns={**vars(models), **vars(types_mod)})
    kwargs = {}
    for field in attrs.fields(cls):
        if field.default is attrs.NOTHING and field.init:
            kwargs[field.alias or field.name] = minimal_value(hints[field.name], package, depth)
    return cls(**kwargs)


def package_of(service: str) -> str:
    return "provena_api_" + service.replace("-", "_")


def spec_routes(service: str) -> dict[tuple[str, str], str]:
    """(METHOD, path) -> operationId from the pinned document."""
    doc = json.loads((PINNED_SPECS / f"{SERVICE_FILES[service]}.json").read_text())
    return {(m.upper(), p): op["operationId"] for p, item in doc["paths"].items() for m, op in item.items()}


def response_body(service: str, operation_id: str) -> tuple[str, Any]:
    """('json', body) or ('text', body): a minimal valid 200 body for a generated operation."""
    from provena import _generated

    module = _generated.operation(service, operation_id)
    package = package_of(service)
    models = importlib.import_module(f"{package}.models")
    types_mod = importlib.import_module(f"{package}.types")
    hint = typing.get_type_hints(module._parse_response, localns={**vars(models), **vars(types_mod)})["return"]
    for member in _members(hint):
        name = getattr(member, "__name__", "")
        if name == "HTTPValidationError":
            continue
        if name == "File":
            return "text", "a,b\n1,2\n"
        if isinstance(member, type) and hasattr(member, "__attrs_attrs__"):
            return "json", minimal_instance(member, package).to_dict()
    return "json", {"status": {"success": True, "details": "ok"}}


class MockProvena:
    """An httpx handler answering any Provena route of the real documents with a minimal valid body."""

    def __init__(self, override: Callable[[httpx.Request], httpx.Response | None] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.override = override
        self._routes = {s: spec_routes(s) for s in SERVICE_FILES}

    def service_of(self, request: httpx.Request) -> str:
        prefix = request.url.host.split(".")[0]
        return HOSTS[prefix]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self.override is not None:
            response = self.override(request)
            if response is not None:
                return response
        service = self.service_of(request)
        operation_id = self._routes[service].get((request.method, request.url.path))
        if operation_id is None:  # a hidden route (admin deletes): a plain status response
            return httpx.Response(200, json={"status": {"success": True, "details": "ok"}})
        kind, body = response_body(service, operation_id)
        if kind == "text":
            return httpx.Response(200, text=body, headers={"content-type": "text/csv"})
        return httpx.Response(200, json=body)


def make_transport(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> Any:
    from provena import Config, Transport

    return Transport(Config("example.org", "provena"), transport=httpx.MockTransport(handler),
                     sleep=lambda _s: None, **kwargs)  # fmt: skip


def inventory_rows(inventory_text: str) -> list[dict[str, str]]:
    """The official client's L2 methods (inventory section A.3): class, method, params, HTTP, service, path,
    query names, body model."""
    section = inventory_text.split("### A.3", 1)[1].split("### A.4", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 8 or not cells[0].isdigit():
            continue
        signature = cells[2].strip("`")
        name, _, params = signature.partition("(")
        service, _, path = cells[4].strip("`").partition(":")
        rows.append({"class": cells[1], "method": name, "params": params.rstrip(")"), "http": cells[3],
                     "service": HOSTS[service], "path": path, "query": cells[5], "body": cells[6]})  # fmt: skip
    return rows



