"""Every documented method (the official client's API reference) exists in the async and the sync classes with
the same parameter names in the same order; anything we add comes after and is optional. Read on the class or on
an instance, each one introspects like a hand-written method: a real signature with its return type, a docstring,
and `async def` exactly in the async classes."""

from __future__ import annotations

import inspect
import re

import pytest

from .conftest import RST

CALL_OPTIONS = ("timeout", "extra_headers")


def _split_params(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    if current.strip():
        parts.append(current)
    return [re.split(r"[:=]", p, maxsplit=1)[0].strip() for p in parts]


def documented() -> dict[str, dict[str, list[str]]]:
    """class -> method -> parameter names, from the .rst (public methods only)."""
    classes: dict[str, dict[str, list[str]]] = {}
    current: str | None = None
    for line in RST.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\.\. py:class:: (\w+)\(", line)
        if m:
            current = m.group(1)
            classes[current] = {}
            continue
        m = re.match(r"\s+\.\. py:method:: (\w+)\((.*)\)(?: ->.*)?$", line)
        if m and current and not m.group(1).startswith("_"):
            classes[current][m.group(1)] = _split_params(m.group(2))
    return classes


pytestmark = pytest.mark.skipif(not RST.exists(), reason="../shared/seed/provenaclient.clients.rst.txt is absent")


def _ours(cls: type, name: str) -> inspect.Signature:
    """The method's signature as read on the class, without `self` (as the official reference lists it)."""
    sig = inspect.signature(getattr(cls, name))
    params = list(sig.parameters.values())
    assert params and params[0].name == "self", f"{cls.__name__}.{name}{sig}: `self` is not first"
    return sig.replace(parameters=params[1:])


def test_the_reference_documents_67_methods_in_7_classes() -> None:
    docs = documented()
    assert len(docs) == 7
    assert sum(len(m) for m in docs.values()) == 67


@pytest.mark.parametrize("mode", ["clients", "sync"])
def test_documented_signatures(mode: str, generated_dir: object) -> None:
    import importlib

    module = importlib.import_module(f"provena.{mode}")
    problems = []
    for class_name, methods in documented().items():
        cls = getattr(module, class_name)
        for method, params in methods.items():
            if not hasattr(cls, method):
                problems.append(f"{class_name}.{method}: missing")
                continue
            sig = _ours(cls, method)
            ours = list(sig.parameters.values())
            names = [p.name for p in ours]
            if names[: len(params)] != params:
                problems.append(f"{class_name}.{method}: documented {params}, ours {names}")
            for extra in ours[len(params) :]:
                if extra.default is inspect.Parameter.empty and extra.kind is not inspect.Parameter.VAR_KEYWORD:
                    problems.append(f"{class_name}.{method}: added parameter {extra.name} is required")
            assert all(n in names for n in CALL_OPTIONS), f"{class_name}.{method} lacks per-call options"
            bound_doc = getattr(cls, method).__doc__
            if not bound_doc:
                problems.append(f"{class_name}.{method}: no docstring")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("mode", ["clients", "sync"])
def test_bound_methods_have_real_signatures(mode: str, generated_dir: object) -> None:
    import importlib

    import httpx

    from provena import Config, Transport

    module = importlib.import_module(f"provena.{mode}")
    transport = Transport(Config("example.org", "realm"), transport=httpx.MockTransport(lambda r: httpx.Response(500)))
    client = module.DatastoreClient(transport=transport)
    bound = client.fetch_dataset
    assert list(inspect.signature(bound).parameters) == ["id", "timeout", "extra_headers"]
    assert inspect.iscoroutinefunction(bound) == (mode == "clients")
    assert "Fetches a dataset" in (bound.__doc__ or "")


def _check_method(cls: type, name: str, instance: object, is_async: bool) -> list[str]:
    """What is wrong with `cls.name` / `instance.name` as a plain method (empty when nothing)."""
    problems = []
    for where, attr in (("class", getattr(cls, name)), ("instance", getattr(instance, name))):
        label = f"{cls.__module__}.{cls.__name__}.{name} ({where})"
        if not inspect.isfunction(attr):
            problems.append(f"{label}: a {type(attr).__name__}, not a function")
            continue
        try:
            sig = inspect.signature(attr)
        except (TypeError, ValueError) as exc:
            problems.append(f"{label}: no signature: {exc}")
            continue
        if sig.return_annotation is inspect.Signature.empty:
            problems.append(f"{label}: no return annotation")
        if any(p.kind is p.VAR_POSITIONAL for p in sig.parameters.values()):
            problems.append(f"{label}: *args in {sig}")
        first = next(iter(sig.parameters), None)
        if (where == "class") != (first == "self"):
            problems.append(f"{label}: first parameter {first!r}")
        if not (attr.__doc__ or "").strip():
            problems.append(f"{label}: no docstring")
        if inspect.iscoroutinefunction(attr) != is_async:
            problems.append(f"{label}: iscoroutinefunction is {not is_async}")
        if attr.__name__ != name or not attr.__qualname__.endswith(f"{cls.__name__}.{name}"):
            problems.append(f"{label}: named {attr.__qualname__}")
    return problems


def _instance(cls: type) -> object:
    import httpx

    from provena import Config, Transport

    transport = Transport(Config("example.org", "realm"), transport=httpx.MockTransport(lambda r: httpx.Response(500)))
    return cls(transport=transport)


@pytest.mark.parametrize("mode", ["clients", "sync"])
def test_documented_methods_introspect_like_plain_methods(mode: str, generated_dir: object) -> None:
    import importlib

    module = importlib.import_module(f"provena.{mode}")
    problems: list[str] = []
    checked = 0
    for class_name, methods in documented().items():
        cls = getattr(module, class_name)
        instance = _instance(cls)
        for method in methods:
            problems += _check_method(cls, method, instance, is_async=mode == "clients")
            checked += 1
    assert checked == 67
    assert not problems, "\n".join(problems)


def _table_methods(cls: type) -> dict[str, object]:
    """Every descriptor the op tables give `cls` (found on the tables, not through class access)."""
    from provena._operation import Flow, Operation, Pages

    found: dict[str, object] = {}
    for klass in reversed(cls.__mro__):
        for name, value in vars(klass).items():
            if isinstance(value, Operation | Flow | Pages):
                found[name] = value
            else:
                found.pop(name, None)
    return found


def _facade_classes() -> list[tuple[type, bool]]:
    import provena.clients
    import provena.modules
    import provena.sync
    import provena.sync.modules
    from provena import ProvenaClient

    out: list[tuple[type, bool]] = [(ProvenaClient, True), (provena.sync.ProvenaClient, False)]
    for module, is_async in ((provena.clients, True), (provena.modules, True), (provena.sync, False),
                             (provena.sync.modules, False)):  # fmt: skip
        out += [(getattr(module, name), is_async) for name in module.__all__ if isinstance(getattr(module, name), type)]
    return out


def test_every_table_method_introspects_like_a_plain_method(generated_dir: object) -> None:
    """Without the reference: every method every facade class (clients, modules, ProvenaClient) gets from a table."""
    from provena._operation import Pages

    problems: list[str] = []
    checked = 0
    for cls, is_async in _facade_classes():
        instance = _instance(cls)
        for name, descriptor in _table_methods(cls).items():
            # a paginating method hands back its paginator at once (`async for` over it in async code)
            problems += _check_method(cls, name, instance, is_async=is_async and not isinstance(descriptor, Pages))
            checked += 1
    assert checked > 300
    assert not problems, "\n".join(problems)


def test_return_types_follow_the_mode(generated_dir: object) -> None:
    import provena.clients
    import provena.modules
    import provena.sync.modules

    def returns(fn: object) -> object:
        return inspect.signature(fn).return_annotation  # type: ignore[arg-type]

    assert returns(provena.clients.DatastoreClient.fetch_dataset) == "RegistryFetchResponse"
    assert returns(provena.clients.DatastoreClientWithRawResponse.fetch_dataset) == "RawResponse[RegistryFetchResponse]"
    assert returns(provena.modules.Datastore.list_all_datasets) == "list[ItemDataset]"  # a flow's own result
    paged = [n for n, d in _table_methods(provena.modules.Registry).items() if type(d).__name__ == "Pages"]
    assert paged, "no paginating method on provena.modules.Registry"
    assert str(returns(getattr(provena.modules.Registry, paged[0]))).startswith("AsyncPaginator[")
    assert str(returns(getattr(provena.sync.modules.Registry, paged[0]))).startswith("SyncPaginator[")


def test_class_functions_call_through(generated_dir: object) -> None:
    """`Class.method(instance, ...)` does what `instance.method(...)` does (here: the same request)."""
    import httpx

    import provena
    import provena.sync
    from provena import Config, Transport

    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.url.path}?{request.url.query.decode()}")
        return httpx.Response(404, json={"detail": "no"})

    client = provena.sync.DatastoreClient(transport=Transport(Config("example.org", "realm"),
                                                             transport=httpx.MockTransport(handler)))  # fmt: skip
    with pytest.raises(provena.NotFoundError):
        provena.sync.DatastoreClient.fetch_dataset(client, "10378.1/1")
    with pytest.raises(provena.NotFoundError):
        client.fetch_dataset("10378.1/1")
    assert seen == ["/registry/items/fetch-dataset?handle_id=10378.1%2F1"] * 2


def test_annotations_match_the_signature(generated_dir: object) -> None:
    import provena.clients

    for fn in (provena.clients.DatastoreClient.mint_dataset, _instance(provena.clients.DatastoreClient).mint_dataset):
        assert fn.__annotations__["dataset_info"] == "Input[CollectionFormat]"
        assert fn.__annotations__["return"] == "MintResponse"
        assert "args" not in fn.__annotations__ and "kwargs" not in fn.__annotations__


def test_introspection_leaves_the_operations_as_declared(generated_dir: object) -> None:
    """Describing a method must not change what the call does (its parse kind, its generated operation)."""
    import provena.clients
    from provena._api.auth import AuthOps

    operation = vars(AuthOps)["get_health_check"]
    assert operation.result == "json"
    assert operation.documented_result == "HealthCheckResponse"
    assert provena.clients.AuthClient.get_health_check.__wrapped_operation__ is operation
