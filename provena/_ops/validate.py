"""Checking a call's arguments against its declared signature, before anything is built or sent.

The rules come from the tables' declarations (each method's documented signature), not from per-method code:
a parameter without a default is required and may not be None (unless its type says `| None`); one annotated
`str`, `int`, `float` or `bool` must be of that type; an id (`id`, `*_id`, `username`) may not be empty; a
value sent in the URL may not be longer than servers accept; a timeout is a positive number, an
`httpx.Timeout` or None. Errors name the documented parameter, never a generated internal.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Collection, Mapping
from typing import Any, NamedTuple

from .._errors import InvalidArgumentError
from .._options import NOT_GIVEN

__all__ = ["MAX_URL_VALUE", "Checker", "bind", "check_timeout", "check_values"]

# Longest single value put into a URL (path or query). Proxies and servers refuse URLs past ~8 KB; an id is
# never near this, so a longer one is a mistake (e.g. a file's content passed as its id).
MAX_URL_VALUE = 2048

_SIMPLE_TYPES: dict[str, tuple[type, ...]] = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,)}


def _is_id(name: str) -> bool:
    return name == "id" or name.endswith("_id") or name == "username"


def _admits_none(annotation: object) -> bool:
    """Whether the declared type takes None (`X | None`, `Optional[X]`, `Any`, `object`, or undeclared)."""
    if annotation is inspect.Parameter.empty or annotation is None:
        return True
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", repr(annotation))
    return any(word in text for word in ("None", "Optional", "Any", "object"))


def _simple_type(annotation: object) -> tuple[str, tuple[type, ...]] | None:
    """("str", (str,)) for `str` / `str | None` / `Optional[str]`, likewise int, float, bool; else None."""
    if isinstance(annotation, type):
        text = annotation.__name__
    elif isinstance(annotation, str):
        text = annotation.replace(" ", "")
    else:
        return None
    for suffix in ("|None",):
        text = text.removesuffix(suffix)
    if text.startswith("Optional[") and text.endswith("]"):
        text = text[len("Optional[") : -1]
    found = _SIMPLE_TYPES.get(text)
    return (text, found) if found is not None else None


def bind(
    method: str, signature: inspect.Signature, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> inspect.BoundArguments:
    """`signature.bind(...)`, a missing or unknown argument raising InvalidArgumentError (also a TypeError)."""
    try:
        return signature.bind(*args, **kwargs)
    except TypeError as exc:
        missing = [
            name for name, p in signature.parameters.items()
            if p.default is inspect.Parameter.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
        ]  # fmt: skip
        given = set(kwargs) | set(list(signature.parameters)[: len(args)])
        absent = [name for name in missing if name not in given]
        parameter = absent[0] if absent else next((k for k in kwargs if k not in signature.parameters), "")
        raise InvalidArgumentError(f"{method}{signature}: {exc}", parameter=parameter) from None


def check_values(
    method: str,
    signature: inspect.Signature,
    values: Mapping[str, Any],
    *,
    in_url: Collection[str] | None = None,
) -> None:
    """Raise InvalidArgumentError for the first bad documented argument in `values` (defaults applied).

    `in_url`: the parameters sent in the URL (all but the body); None means only ids are taken to be.
    """
    Checker(method, signature).check(values, in_url=in_url)


class _Rule(NamedTuple):
    """What `check_values` asks of one parameter, read off its declaration once."""

    none_forbidden: bool  # required, and its type does not take None
    simple: tuple[str, tuple[type, ...]] | None
    is_id: bool


class Checker:
    """One signature's binding and checks, worked out once so a call needs no `inspect` work.

    `bind` maps arguments to names with a dict and falls back to `Signature.bind` only when that fails (or the
    signature has `*args`/`**kwargs`), so every error is still worded by `bind` above."""

    __slots__ = ("_defaults", "_keywords", "_order", "_plain", "_positional", "_rules", "_tails", "method",
                 "signature")  # fmt: skip

    def __init__(self, method: str, signature: inspect.Signature) -> None:
        self.method = method
        self.signature = signature
        params = signature.parameters
        variadic = (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
        self._plain = not any(p.kind in variadic for p in params.values())
        positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
        self._positional = tuple(n for n, p in params.items() if p.kind in positional)
        keyword = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
        self._keywords = frozenset(n for n, p in params.items() if p.kind in keyword)
        self._order = tuple(params)
        self._defaults = {n: p.default for n, p in params.items() if p.default is not inspect.Parameter.empty}
        # For k positional arguments and no keywords (most calls): the (name, default) pairs that follow them,
        # when all of those have defaults (None otherwise: a required one is missing, for bind to word).
        self._tails = tuple(
            tuple((n, self._defaults[n]) for n in self._order[k:]) if set(self._order[k:]) <= self._defaults.keys()
            else None
            for k in range(len(self._positional) + 1)
        ) if self._plain and self._order[: len(self._positional)] == self._positional else ()  # fmt: skip
        self._rules = {
            name: _Rule(
                none_forbidden=p.default is inspect.Parameter.empty and not _admits_none(p.annotation),
                simple=_simple_type(p.annotation),
                is_id=_is_id(name),
            )
            for name, p in params.items()
            if p.kind not in variadic
        }

    def bind(self, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> dict[str, Any]:
        """Every argument by name, in the signature's order, defaults applied (as `BoundArguments.arguments`
        after `apply_defaults`); a missing or unknown one raises InvalidArgumentError."""
        if not kwargs and len(args) < len(self._tails) and (tail := self._tails[len(args)]) is not None:
            given = dict(zip(self._positional, args, strict=False))
            for name, default in tail:
                given[name] = default
            return given
        if self._plain and len(args) <= len(self._positional):
            given = dict(zip(self._positional, args, strict=False))
            for name, value in kwargs.items():
                if name in given or name not in self._keywords:
                    break  # given twice, or not a keyword: Signature.bind words the error
                given[name] = value
            else:
                defaults = self._defaults
                try:
                    return {n: given[n] if n in given else defaults[n] for n in self._order}
                except KeyError:
                    pass  # a required argument is missing: Signature.bind words the error
        bound = bind(self.method, self.signature, args, dict(kwargs))
        bound.apply_defaults()
        return dict(bound.arguments)

    def check(self, values: Mapping[str, Any], *, in_url: Collection[str] | None = None) -> None:
        """`check_values` with the rules worked out already."""
        method = self.method
        rules = self._rules
        for name, value in values.items():
            rule = rules.get(name)
            if rule is None:
                continue
            if value is None:
                if rule.none_forbidden:
                    raise InvalidArgumentError(f"{method}: {name} is required, got None", parameter=name)
                continue
            if name == "timeout":
                check_timeout(value, method=method)
                continue
            simple = rule.simple
            if simple is not None:
                label, types = simple
                wrong = not isinstance(value, types) or (label != "bool" and isinstance(value, bool))
                if wrong:
                    raise InvalidArgumentError(
                        f"{method}: {name} must be a {label}, got {type(value).__name__}", parameter=name
                    )
            if isinstance(value, str):
                if rule.is_id and not value.strip():
                    raise InvalidArgumentError(f"{method}: {name} must not be empty", parameter=name)
                url_bound = rule.is_id if in_url is None else name in in_url
                if url_bound and len(value) > MAX_URL_VALUE:
                    raise InvalidArgumentError(
                        f"{method}: {name} is {len(value)} characters long, too long to send in a URL "
                        f"(at most {MAX_URL_VALUE}); is it the right value?",
                        parameter=name,
                    )


def check_timeout(value: object, *, method: str = "", parameter: str = "timeout") -> None:
    """A timeout is None (no limit), an httpx.Timeout, NOT_GIVEN, or a positive finite number of seconds."""
    if value is NOT_GIVEN or value is None:  # nearly every call: no import statement, no isinstance
        return
    import httpx  # loaded already by any client that gets this far

    if isinstance(value, httpx.Timeout):
        return
    where = f"{method}: " if method else ""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidArgumentError(
            f"{where}{parameter} must be a number of seconds (or an httpx.Timeout, or None), got "
            f"{type(value).__name__} {value!r:.40}",
            parameter=parameter,
        )
    if not math.isfinite(value) or value <= 0:
        raise InvalidArgumentError(f"{where}{parameter} must be a positive number of seconds, got {value!r}",
                                   parameter=parameter)  # fmt: skip
