"""Every documented method (the official client's API reference) exists in the async and the sync classes with
the same parameter names in the same order; anything we add comes after and is optional."""

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
    attr = getattr(cls, name)  # the Operation / Flow descriptor (class access)
    return attr.signature


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
