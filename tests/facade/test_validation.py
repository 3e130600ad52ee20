"""Bad arguments raise a provena error naming the documented parameter before any request is sent."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from ._support import make_transport


def _clients(sent: list[httpx.Request]) -> tuple[Any, Any]:
    import provena
    import provena.sync

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"status": {"success": True, "details": "ok"}})

    return (provena.sync.ProvenaClient(transport=make_transport(handler)),
            provena.ProvenaClient(transport=make_transport(handler)))  # fmt: skip


CASES: list[tuple[str, Callable[[Any], Any], str, str]] = [
    ("missing id", lambda c: c.datastore.fetch_dataset(), "id", "missing"),
    ("None id", lambda c: c.datastore.fetch_dataset(None), "id", "required"),
    ("None id (registry subtype)", lambda c: c.registry.organisation.fetch(None), "id", "required"),
    ("empty id", lambda c: c.registry.general_fetch_item(""), "id", "empty"),
    ("blank id", lambda c: c.id_api.get("  "), "id", "empty"),
    ("wrong type", lambda c: c.registry.general_fetch_item(12345), "id", "must be a str"),
    ("1 MB id", lambda c: c.registry.general_fetch_item("1" * 1_000_000), "id", "too long"),
    ("timeout as text", lambda c: c.registry.general_fetch_item("10378.1/1", timeout="5"), "timeout", "number"),
    ("negative timeout", lambda c: c.registry.general_fetch_item("10378.1/1", timeout=-1), "timeout", "positive"),
    ("zero timeout", lambda c: c.datastore.fetch_dataset("10378.1/1", timeout=0), "timeout", "positive"),
    ("empty job id", lambda c: c.job_api.await_successful_job_completion(""), "session_id", "empty"),
    ("body missing a field", lambda c: c.datastore.mint_dataset({}), "dataset_mint_info", "missing required field"),
    ("body of a wrong type", lambda c: c.registry.organisation.create_item(["x"]), "create_item_request",
     "expected a"),
]  # fmt: skip


@pytest.mark.parametrize(("what", "call", "parameter", "says"), CASES, ids=[c[0] for c in CASES])
def test_bad_arguments_fail_before_any_request(
    generated_dir: object, what: str, call: Callable[[Any], Any], parameter: str, says: str
) -> None:
    import provena

    sent: list[httpx.Request] = []
    sync, async_ = _clients(sent)
    for client in (sync, async_):
        with pytest.raises(provena.InvalidArgumentError) as info:
            result = call(client)
            if asyncio.iscoroutine(result):
                asyncio.run(result)
        error = info.value
        assert error.parameter == parameter and parameter in str(error) and says in str(error)
        assert isinstance(error, ValueError) and isinstance(error, TypeError)  # old `except TypeError` still works
        assert "_get_kwargs" not in str(error) and "handle_id" not in str(error)
    assert sent == [], f"{what}: a request was sent"


def test_good_arguments_still_go_out(generated_dir: object) -> None:
    sent: list[httpx.Request] = []
    sync, _ = _clients(sent)
    sync.registry.general_fetch_item("10378.1/1", timeout=2.5)
    assert len(sent) == 1 and sent[0].extensions["timeout"]["read"] == 2.5


def _sample(a: str, b: int = 2, /, c: str | None = None, *, d: str, e: float = 1.0) -> None: ...


BIND_CASES: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    (("x",), {"d": "k"}),
    (("x", 5, "c"), {"d": "k", "e": 3.0}),
    (("x",), {"e": 2.5, "d": "k", "c": "late"}),  # keywords in another order: the result keeps the signature's
    ((), {"d": "k"}),  # a positional-only argument missing
    (("x",), {}),  # a keyword-only argument missing
    (("x", 5, "c", "extra"), {"d": "k"}),  # too many positional
    (("x",), {"d": "k", "zzz": 1}),  # unknown keyword
    (("x",), {"a": "x", "d": "k"}),  # a positional-only one given by name
    (("x", 5, "c"), {"c": "again", "d": "k"}),  # given twice
    (("x", 5), {}),  # no keywords (the fast path), a required keyword-only one missing
]


def _no_keywords(a: str, b: int = 2, c: str | None = None, *, e: float = 1.0, f: None = None) -> None: ...


# Calls without keywords take a precomputed tail of defaults; the result and errors must not change.
NO_KEYWORD_CASES: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    ((), {}), (("x",), {}), (("x", 5), {}), (("x", 5, "c"), {}), (("x", 5, "c", "extra"), {}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("spec", "args", "kwargs"),
    [(_sample, *case) for case in BIND_CASES] + [(_no_keywords, *case) for case in NO_KEYWORD_CASES],
)
def test_checker_binds_as_signature_bind_does(spec: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    # The per-call binding skips inspect.Signature.bind; it must give the same arguments, in the same order,
    # and the same worded error (which still comes from Signature.bind).
    import inspect

    from provena import InvalidArgumentError
    from provena._ops.validate import Checker, bind

    signature = inspect.signature(spec)
    try:
        bound = bind("sample", signature, args, dict(kwargs))
    except InvalidArgumentError as exc:
        with pytest.raises(InvalidArgumentError) as info:
            Checker("sample", signature).bind(args, kwargs)
        assert (str(info.value), info.value.parameter) == (str(exc), exc.parameter)
        return
    bound.apply_defaults()
    assert list(Checker("sample", signature).bind(args, kwargs).items()) == list(bound.arguments.items())
