"""Every L2 method of the official client (inventory A.3, 110 rows: the 67 documented methods and the sub-clients)
sends the request the backend expects: method, host, path, query parameter names and a JSON body where the
route takes one — in the async and the sync classes. The oracle is the official client's own route list, with
the rows the inventory marks BROKEN corrected to what the backend serves."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import typing
from typing import Any

import pytest

from .conftest import INVENTORY, SPECS

pytestmark = pytest.mark.skipif(not (INVENTORY.exists() and SPECS.is_dir()), reason="../shared reference absent")

# The official client's bugs (inventory rows marked BROKEN/BUG) and what we send instead.
FIXES: dict[tuple[str, str], dict[str, Any]] = {
    ("AuthAdminSubClient", "get_list_group_membership"): {"path": "/groups/admin/list_user_membership"},
    ("AuthClient", "get_check_membership"): {"query": "group_id"},
    ("DatasetReviewSubClient", "delete_dataset_reviewer"): {"service": "datastore"},
    ("DatasetReviewSubClient", "add_dataset_reviewer"): {"service": "datastore", "query": "reviewer_id",
                                                         "body": "—"},
    ("DatasetReviewSubClient", "approval_request"): {"service": "datastore"},
    ("DatasetReviewSubClient", "action_approval_request"): {"service": "datastore"},
    ("IdServiceClient", "modify_by_index"): {"http": "PUT"},
    ("RegistryClient", "get_lock_status"): {"path": "/registry/{subtype}/locks/locked"},
}  # fmt: skip
# Multi-request flows are tested on their own (test_flows.py).
FLOWS = {("ProvClient", "generate_report")}
SUBTYPE = ("ORGANISATION", "agent/organisation")
# Organisations cannot be versioned (no route): versioning is checked on models.
BOOLEAN_PARAMS = ("send_email", "send_email_alert", "validate_record", "trial_mode", "seed_allowed", "required_only")
SUBTYPE_FOR = {"version": ("MODEL", "entity/model")}


def rows() -> list[dict[str, str]]:
    from ._support import inventory_rows

    if not INVENTORY.exists():  # the oracle is reference data beside the checkout, not part of the project
        return []
    out = []
    for row in inventory_rows(INVENTORY.read_text(encoding="utf-8")):
        key = (row["class"], row["method"])
        if key in FLOWS:
            continue
        row = {**row, **FIXES.get(key, {})}
        subtype = SUBTYPE_FOR.get(row["method"], SUBTYPE)
        row["item_subtype"], row["path"] = subtype[0], row["path"].replace("{subtype}", subtype[1])
        out.append(row)
    return out


def _owner_and_class(module: Any, class_name: str) -> tuple[str, str | None]:
    subs = {"AuthAdminSubClient": ("AuthClient", "admin"), "DatasetReviewSubClient": ("DatastoreClient", "review"),
            "JobAPIAdminSubClient": ("JobAPIClient", "admin"), "ProvAdminClient": ("ProvClient", "admin"),
            "RegistryAdminClient": ("RegistryClient", "admin"), "RegistryGeneralClient": ("RegistryClient", "general")}
    return subs.get(class_name, (class_name, None))  # fmt: skip


def _arguments(bound: Any, row: dict[str, str], as_dict: bool) -> tuple[list[Any], dict[str, Any]]:
    """Minimal valid arguments for a method, bodies built from the generated request model of its route."""
    from provena import _generated

    from ._support import minimal_instance, minimal_value, package_of, spec_routes

    service = row["service"]
    path = row["path"]
    operation_id = spec_routes(service).get((row["http"], path))
    body_type: Any = None
    if operation_id is not None:
        module = _generated.operation(service, operation_id)
        package = package_of(service)
        models = importlib.import_module(f"{package}.models")
        types_mod = importlib.import_module(f"{package}.types")
        hints = typing.get_type_hints(module._get_kwargs, localns={**vars(models), **vars(types_mod)})
        body_type = hints.get("body")
    args: list[Any] = []
    for name, param in inspect.signature(bound).parameters.items():
        if param.kind is inspect.Parameter.KEYWORD_ONLY:
            break
        if name == "item_subtype":
            args.append(row["item_subtype"])
        elif name.endswith(("_response_model", "_model_response")):
            args.append(None)
        elif name in BOOLEAN_PARAMS:
            args.append(True)
        elif name in ("depth", "limit"):
            args.append(2)
        elif name == "csv_file_contents":
            args.append("a,b\n1,2\n")
        elif name == "subtype_filter":
            args.append("DATASET")
        elif (named := _annotated_model(param.annotation, service)) is not None:
            value = minimal_instance(named, package_of(service))
            args.append(value.to_dict() if as_dict else value)
        elif body_type is not None and param.annotation not in ("str", "bool", "int") and name not in (
            "id", "handle_id", "reason", "username", "group_id", "table_name", "model_run_id", "session_id"
        ):  # fmt: skip
            origin = typing.get_origin(body_type)
            if origin is list:
                (inner,) = typing.get_args(body_type)
                value: Any = [minimal_instance(inner, package_of(service))]
                args.append([v.to_dict() for v in value] if as_dict else value)
            else:
                value = minimal_value(body_type, package_of(service))
                args.append(value.to_dict() if as_dict and hasattr(value, "to_dict") else value)
        else:
            args.append(f"v-{name}")
    return args, {}


def _annotated_model(annotation: Any, service: str) -> Any:
    """The generated model named in a facade annotation such as `Input[ModelRunRecord]` (None if not one)."""
    import re

    from ._support import package_of

    match = re.fullmatch(r"Input\[(\w+)\]", str(annotation))
    if not match:
        return None
    models = importlib.import_module(f"{package_of(service)}.models")
    return getattr(models, match.group(1), None)


def _check(request: Any, row: dict[str, str]) -> None:
    from ._support import HOSTS

    host_prefix = request.url.host.split(".")[0]
    assert HOSTS[host_prefix] == row["service"], f"host {request.url.host} for {row['class']}.{row['method']}"
    assert request.method == row["http"]
    assert request.url.path == row["path"]
    expected_query = {q.strip() for q in row["query"].split(",") if q.strip() not in ("—", "")}
    assert expected_query <= set(request.url.params), (expected_query, dict(request.url.params))
    if row["body"] not in ("—", ""):
        assert request.content, "a body was expected"


@pytest.mark.parametrize("row", rows(), ids=lambda r: f"{r['class']}.{r['method']}")
def test_sync_route(row: dict[str, str], generated_dir: object) -> None:
    import provena.sync as module

    from ._support import MockProvena, make_transport

    mock = MockProvena()
    owner_name, sub = _owner_and_class(module, row["class"])
    client = getattr(module, owner_name)(transport=make_transport(mock))
    target = getattr(client, sub) if sub else client
    assert type(target).__name__ == row["class"]
    method = getattr(target, row["method"])
    args, kwargs = _arguments(method, row, as_dict=True)
    method(*args, **kwargs)
    assert len(mock.requests) == 1
    _check(mock.requests[0], row)


@pytest.mark.parametrize("row", rows(), ids=lambda r: f"{r['class']}.{r['method']}")
def test_async_route(row: dict[str, str], generated_dir: object) -> None:
    import provena.clients as module

    from ._support import MockProvena, make_transport

    mock = MockProvena()
    owner_name, sub = _owner_and_class(module, row["class"])

    async def go() -> None:
        async with getattr(module, owner_name)(transport=make_transport(mock)) as client:
            target = getattr(client, sub) if sub else client
            method = getattr(target, row["method"])
            args, kwargs = _arguments(method, row, as_dict=False)
            await method(*args, **kwargs)

    asyncio.run(go())
    assert len(mock.requests) == 1
    _check(mock.requests[0], row)


def test_every_inventory_row_is_covered() -> None:
    assert len(rows()) == 110 - len(FLOWS)
