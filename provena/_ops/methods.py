"""What a table's methods look like from outside: real functions with real signatures, per concrete class.

A table attribute is a descriptor (`Operation`, `Flow`, `Pages`) shared by the async, sync and raw classes. Read
on an instance, it binds to a closure cached in the instance's `__dict__` (the per-call path, untouched here).
Read on a concrete class (`DatastoreClient.fetch_dataset`), it gives the plain function a hand-written class
would have: `async def` in async classes, `def` in sync ones, `self` first, the documented parameters and return
type, and the spec's docstring, so `inspect.signature`, `help()`, IDEs and doc generators see ordinary methods.
Read on the table itself (`DatastoreOps.fetch_dataset`) it stays the descriptor, for `.run(...)` inside flows.

The functions are made once per (descriptor, class) on first class access and kept; calling one
(`DatastoreClient.fetch_dataset(client, id)`) runs the same invoke path as the bound method.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, Literal

Kind = Literal["operation", "flow", "pages"]

_SELF = inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)

# How a spec spells what its method returns, per kind: a flow spec is a generator of steps, a pages spec returns
# the PageSpec of its items.
_WRAPPERS: dict[Kind, tuple[str, ...]] = {
    "operation": (),
    "flow": ("Generator[_Step, Any, ", "FlowGen["),
    "pages": ("PageSpec[",),
}


def _annotation_text(annotation: object) -> str:
    return annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)


def spec_result(spec: Callable[..., Any], kind: Kind) -> str:
    """The documented return type of a spec (what the method's caller gets, before mode and raw wrapping)."""
    annotation = inspect.signature(spec).return_annotation
    if annotation is inspect.Signature.empty:
        raise TypeError(f"{spec.__qualname__}: a table method needs a return annotation (its documented type)")
    text = " ".join(_annotation_text(annotation).split())
    for prefix in _WRAPPERS[kind]:
        if text.startswith(prefix) and text.endswith("]"):
            return text[len(prefix) : -1]
    if _WRAPPERS[kind]:
        raise TypeError(f"{spec.__qualname__}: a {kind} spec must return {' or '.join(_WRAPPERS[kind])}...]")
    return text


def result_annotation(result: str, kind: Kind, mode: str, raw: bool) -> str:
    """What a method of `kind` returns in a class of `mode` (raw: a `with_raw_response` view)."""
    if kind == "pages":
        return f"{'Async' if mode == 'async' else 'Sync'}Paginator[{result}]"
    if kind == "operation" and raw:
        return f"RawResponse[{result}]"
    return result  # a flow returns its ordinary result even through a raw view


def class_signature(bound: inspect.Signature) -> inspect.Signature:
    """The signature as read on the class: `self` first."""
    return bound.replace(parameters=[_SELF, *bound.parameters.values()])


def annotations_of(signature: inspect.Signature) -> dict[str, Any]:
    """What `typing.get_type_hints` and `__annotations__` readers should see: the documented types."""
    annotations = {n: p.annotation for n, p in signature.parameters.items() if p.annotation is not p.empty}
    if signature.return_annotation is not signature.empty:
        annotations["return"] = signature.return_annotation
    return annotations


def describe(
    fn: Callable[..., Any], source: Any, signature: inspect.Signature, owner: type, annotations: dict[str, Any]
) -> None:
    """Name, document and sign `fn` as the method `source.name` of `owner` (all precomputed: this runs on every
    bind, i.e. once per instance and method)."""
    fn.__name__ = source.name
    fn.__qualname__ = f"{owner.__name__}.{source.name}"
    fn.__module__ = owner.__module__
    fn.__doc__ = source.__doc__
    fn.__signature__ = signature  # type: ignore[attr-defined]
    fn.__annotations__ = annotations  # not the (*args, **kwargs) of the closure
    fn.__wrapped_operation__ = source  # type: ignore[attr-defined]  # the descriptor (tests, tooling)


class Described:
    """Mixed into the descriptors: per-(mode, raw) signatures and per-class functions, each made once."""

    name: str
    kind: Kind
    signature: inspect.Signature  # each descriptor also has its `spec`, typed its own way

    # Read off the spec on first use, not when a table class is defined: the tables declare hundreds of methods
    # and a program calls a few (each read is an `inspect.signature`).
    @functools.cached_property
    def documented_result(self) -> str:
        """The spec's documented return type (not `result`, which is an Operation's parse kind)."""
        return spec_result(self.spec, self.kind)  # type: ignore[attr-defined]

    @functools.cached_property
    def bound_parameters(self) -> inspect.Signature:
        return self.signature

    def _init_described(self) -> None:
        self._signatures: dict[tuple[str, bool], tuple[inspect.Signature, dict[str, Any]]] = {}
        self._class_functions: dict[type, Callable[..., Any]] = {}

    def signature_for(self, mode: str, raw: bool) -> inspect.Signature:
        """The bound method's signature in a class of this mode (parameters after `self`, real return type)."""
        return self._described(mode, raw)[0]

    def _described(self, mode: str, raw: bool) -> tuple[inspect.Signature, dict[str, Any]]:
        key = (mode, raw)
        found = self._signatures.get(key)
        if found is None:
            ret = result_annotation(self.documented_result, self.kind, mode, raw)
            sig = self.bound_parameters.replace(return_annotation=ret)
            found = self._signatures[key] = (sig, annotations_of(sig))
        return found

    def describe_bound(self, fn: Callable[..., Any], obj: Any) -> None:
        """Describe `fn` as this method bound to `obj` (signature without `self`).

        Runs once per instance and method (and flows make peer instances per call), so it only assigns
        precomputed values."""
        sig, annotations = self._signatures.get((obj._mode, obj._raw)) or self._described(obj._mode, obj._raw)
        describe(fn, self, sig, type(obj), annotations)

    def for_class(self, owner: type) -> Any:
        """Class access: the descriptor itself on a table, a plain function on a concrete class."""
        mode = getattr(owner, "_mode", None)
        if mode is None:
            return self
        fn = self._class_functions.get(owner)
        if fn is None:
            fn = self._class_function(owner, mode)
            sig, annotations = self._described(mode, owner._raw)  # type: ignore[attr-defined]
            describe(fn, self, class_signature(sig), owner, annotations)
            self._class_functions[owner] = fn
        return fn

    def _class_function(self, owner: type, mode: str) -> Callable[..., Any]:
        """A function taking (self, *args, **kwargs) that does what the bound method does."""
        name = self.name

        if mode == "async" and self.kind != "pages":  # a paginating method returns its paginator at once

            async def amethod(self: Any, *args: Any, **kwargs: Any) -> Any:
                return await getattr(self, name)(*args, **kwargs)

            return amethod

        def method(self: Any, *args: Any, **kwargs: Any) -> Any:
            return getattr(self, name)(*args, **kwargs)

        return method
