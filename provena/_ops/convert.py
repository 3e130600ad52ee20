"""Turning user values (dicts, pydantic models, other attrs models, strings) into generated models and enums.

Also what we learn once per generated operation module (`_plan`): its parameter names and how to coerce each.
"""

from __future__ import annotations

import enum
import functools
import inspect
import re
import sys
import threading
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeAlias, TypeVar, cast

from .._errors import InvalidArgumentError
from .._redact import is_secret_name

T = TypeVar("T")


def _invalid(where: str, message: str) -> InvalidArgumentError:
    """The error for a value that cannot be converted; `where` is "method(parameter)" or a parameter name."""
    parameter = where[where.find("(") + 1 : -1] if where.endswith(")") and "(" in where else where
    return InvalidArgumentError(f"{where}: {message}", parameter=parameter)


class SupportsModelDump(Protocol):
    """A pydantic v2 model (e.g. the official ProvenaInterfaces request models)."""

    def model_dump(self) -> Any: ...


# What a documented model parameter accepts: the generated attrs model, a plain dict, or a pydantic model.
Input: TypeAlias = "T | Mapping[str, Any] | SupportsModelDump"
JSON: TypeAlias = "dict[str, Any]"


def to_model(cls: type[T], value: object, where: str = "value") -> T:
    """`value` as an instance of the generated attrs model `cls`.

    Accepted: an instance of `cls`; a mapping; any other generated attrs model (`to_dict()`); a pydantic v2 model
    such as the ProvenaInterfaces ones (`model_dump()`).
    """
    if isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        data: object = dict(value)
    elif callable(getattr(value, "to_dict", None)):
        data = cast(Any, value).to_dict()
    elif callable(getattr(value, "model_dump", None)):
        data = cast(Any, value).model_dump(mode="json", by_alias=True)
    else:
        raise _invalid(where, f"expected a {cls.__name__}, a dict or a pydantic model, got {type(value).__name__}")
    try:
        return cast(T, cast(Any, cls).from_dict(data))
    except KeyError as exc:
        raise _invalid(where, f"cannot build {cls.__name__}: missing required field {exc.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise _invalid(where, f"cannot build {cls.__name__} from the given value: {exc}") from None


def _to_enum(cls: type[enum.Enum], value: object, where: str) -> enum.Enum:
    if isinstance(value, cls):
        return value
    raw = value.value if isinstance(value, enum.Enum) else value
    try:
        return cls(raw)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in cls)
        raise _invalid(where, f"{raw!r} is not a valid {cls.__name__}; expected one of {allowed}") from None


Coercer = Callable[[object, str], object]


def _union_members(annotation: object) -> list[object]:
    origin = typing.get_origin(annotation)
    if origin is typing.Union or isinstance(annotation, types.UnionType):
        return list(typing.get_args(annotation))
    return [annotation]


def _coercer_for(annotation: object) -> Coercer | None:
    """How to turn a user value into what a generated parameter annotated `annotation` expects (None: as is)."""
    members = [
        m for m in _union_members(annotation) if m is not type(None) and getattr(m, "__name__", "") != "Unset"
    ]
    models = [m for m in members if isinstance(m, type) and callable(getattr(m, "from_dict", None))]
    if models:
        if len(models) == 1 and len(members) == 1:
            only = models[0]
            return lambda value, where: to_model(only, value, where)

        def to_any(value: object, where: str) -> object:
            if any(isinstance(value, m) for m in models):
                return value
            errors = []
            for m in models:
                try:
                    return to_model(m, value, where)
                except TypeError as exc:
                    errors.append(str(exc))
            if len(members) > len(models):
                return value  # may be one of the plain (non-model) members
            raise TypeError("; ".join(errors))

        return to_any
    for m in members:
        if isinstance(m, type) and issubclass(m, enum.Enum):
            enum_cls = m
            return lambda value, where: _to_enum(enum_cls, value, where)
        if typing.get_origin(m) is list:
            (inner,) = typing.get_args(m) or (Any,)
            inner_coerce = _coercer_for(inner)
            if inner_coerce is not None:
                return _list_coercer(inner_coerce)
    return None


def _list_coercer(inner: Coercer) -> Coercer:
    def each(value: object, where: str) -> object:
        if not isinstance(value, list | tuple):
            raise TypeError(f"{where}: expected a list, got {type(value).__name__}")
        return [inner(v, f"{where}[{i}]") for i, v in enumerate(value)]

    return each


@dataclass(frozen=True)
class _Plan:
    """What we learnt once about one generated operation module."""

    module: types.ModuleType
    params: frozenset[str]
    coercers: dict[str, Coercer]

    @functools.cached_property
    def may_carry_secrets(self) -> bool:
        """Whether the operation's successful response may hand out a secret, read off its typed result: False
        only when every type `_parse_response` returns is a generated model whose fields, and those of every
        model they refer to, have no secret-like name (S3 credentials, tokens, passwords). Anything untyped
        (`Any`, dicts, text, files) may: those bodies are still scanned (provena/_transport.py)."""
        return _may_carry_secrets(self.module)


_TYPE_NAMES = re.compile(r"\b[A-Za-z_]\w*")


def _may_carry_secrets(module: types.ModuleType) -> bool:
    import attrs

    try:
        returns = typing.get_type_hints(module._parse_response).get("return")
    except Exception:  # an annotation that does not resolve at run time: scan
        return True
    stack: list[type] = []
    for member in _union_members(returns):
        if member is type(None) or getattr(member, "__name__", "") == "HTTPValidationError":
            continue  # no body, or the 422 body, which is raised, never returned
        if not (isinstance(member, type) and attrs.has(member)):
            return True  # a result that is not a generated model
        stack.append(member)
    seen: set[type] = set()
    while stack:
        cls = stack.pop()
        if cls in seen:
            continue
        seen.add(cls)
        scope = vars(sys.modules[cls.__module__])  # field types are strings; the models they name live here
        for field in attrs.fields(cls):
            if is_secret_name(field.name):
                return True
            for ref in _TYPE_NAMES.findall(str(field.type)):
                target = scope.get(ref)
                if isinstance(target, type) and attrs.has(target):
                    stack.append(target)
    return False


_plans: dict[types.ModuleType, _Plan] = {}
_plans_lock = threading.Lock()


def _plan(module: types.ModuleType) -> _Plan:
    plan = _plans.get(module)
    if plan is not None:
        return plan
    with _plans_lock:
        build = module._get_kwargs
        try:
            hints = typing.get_type_hints(build)
        except Exception:  # unresolvable annotation: fall back to the raw ones
            hints = {k: p.annotation for k, p in inspect.signature(build).parameters.items()}
        names = frozenset(inspect.signature(build).parameters)
        coercers = {name: c for name in names if (c := _coercer_for(hints.get(name, Any))) is not None}
        plan = _Plan(module, names, coercers)
        _plans[module] = plan
    return plan
