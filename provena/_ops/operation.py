"""The `Operation` descriptor: one documented method declared with `@op`, bound per mode on attribute access."""

from __future__ import annotations

import functools
import inspect
import types
from collections.abc import Awaitable, Callable, Generator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Concatenate,
    Generic,
    Literal,
    NamedTuple,
    ParamSpec,
    TypedDict,
    TypeVar,
    cast,
    overload,
)

from .. import _generated
from .._errors import ResponseValidationError, make_status_error
from .._options import NOT_GIVEN
from .._redact import NO_SECRETS_EXTENSION
from .convert import _plan
from .methods import Described, Kind
from .steps import _Call, _Step
from .validate import Checker, check_timeout

if TYPE_CHECKING:
    import httpx

    from .._response import RawResponse
    from .bases import AsyncAPI, AsyncRawAPI, SyncAPI, SyncRawAPI, _Base

P = ParamSpec("P")
R = TypeVar("R")

ResultKind = Literal["parsed", "json", "text", "bytes", "none"]


class CallOptions(TypedDict, total=False):
    """Per-call keyword options every facade method accepts after its documented parameters."""

    timeout: float | httpx.Timeout | None
    extra_headers: Mapping[str, str]


_OPTION_NAMES = ("timeout", "extra_headers")
_OPTION_ANNOTATIONS = {"timeout": "float | httpx.Timeout | None", "extra_headers": "Mapping[str, str] | None"}


OperationId = str | Callable[[Any, dict[str, Any]], str]
Builder = Callable[[Any, dict[str, Any]], dict[str, Any]]


class _Prepared(NamedTuple):
    service: str
    operation_id: str | None
    module: types.ModuleType | None
    request: dict[str, Any]


# One sent argument of a table-mapped operation: (documented name, generated parameter, coercer or None, label).
_Route = tuple[str, str, Any, str]


def _options_signature(fn: Callable[..., Any]) -> inspect.Signature:
    """The spec's signature minus `self`, with `**opts` spelled out as keyword-only `timeout`/`extra_headers`."""
    sig = inspect.signature(fn)
    params = [p for p in list(sig.parameters.values())[1:] if p.kind is not inspect.Parameter.VAR_KEYWORD]
    params += [
        inspect.Parameter("timeout", inspect.Parameter.KEYWORD_ONLY, default=NOT_GIVEN,
                          annotation=_OPTION_ANNOTATIONS["timeout"]),
        inspect.Parameter("extra_headers", inspect.Parameter.KEYWORD_ONLY, default=None,
                          annotation=_OPTION_ANNOTATIONS["extra_headers"]),
    ]  # fmt: skip
    return sig.replace(parameters=params)


class Operation(Described, Generic[P, R]):
    """One documented method, bound per mode on attribute access (see the module docstring)."""

    def __init__(
        self,
        spec: Callable[..., Any],
        *,
        operation: OperationId | None,
        service: str | None,
        params: Mapping[str, str | None],
        body: str | None,
        build: Builder | None,
        request: Builder | None,
        idempotent: bool,
        result: ResultKind,
        model: str | None,
    ) -> None:
        self.spec = spec
        self.operation = operation
        self.service = service
        self.params = dict(params)
        self.body = body
        self.build = build
        self.request = request
        self.idempotent = idempotent
        self.result = result
        self.model = model
        self.name = spec.__name__
        self.__doc__ = spec.__doc__
        self._checker: Checker | None = None  # built on the first call (tables declare far more than a run uses)
        self._in_url: frozenset[str] | None = None
        self._routes: dict[types.ModuleType, tuple[tuple[_Route, ...], bool]] = {}
        self.kind: Kind = "operation"
        self._init_described()

    # Read on first use, like the documented result (methods.Described).
    @functools.cached_property
    def _spec_signature(self) -> inspect.Signature:
        return _options_signature(self.spec)

    @functools.cached_property
    def signature(self) -> inspect.Signature:  # type: ignore[override]  # replaceable (escape.py does)
        return self._spec_signature

    @functools.cached_property
    def bound_parameters(self) -> inspect.Signature:  # the spec's, even where `signature` was replaced
        return self._spec_signature

    @functools.cached_property
    def _documented(self) -> list[str]:
        """The documented parameters (the call options left out), for the pin's usage report."""
        return [n for n, p in self.signature.parameters.items()
                if p.kind is not inspect.Parameter.KEYWORD_ONLY or n not in _OPTION_NAMES]  # fmt: skip

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Operation[P, R]: ...
    @overload
    def __get__(self, obj: AsyncRawAPI, owner: type[Any]) -> Callable[P, Awaitable[RawResponse[R]]]: ...
    @overload
    def __get__(self, obj: SyncRawAPI, owner: type[Any]) -> Callable[P, RawResponse[R]]: ...
    @overload
    def __get__(self, obj: AsyncAPI, owner: type[Any]) -> Callable[P, Awaitable[R]]: ...
    @overload
    def __get__(self, obj: SyncAPI, owner: type[Any]) -> Callable[P, R]: ...
    def __get__(self, obj: Any, owner: type[Any]) -> Any:
        if obj is None:
            return self.for_class(owner)
        bound = _bind(self, obj)
        obj.__dict__[self.name] = bound  # later lookups are a plain attribute read
        return bound

    def __repr__(self) -> str:
        return (
            f"<Operation {self.name} -> {self.operation if isinstance(self.operation, str) else '(dynamic)'}>"
        )

    # -- calling -------------------------------------------------------------------------------------------
    def arguments(
        self, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """(documented arguments with defaults applied, call options); bad ones raise InvalidArgumentError."""
        checker = self._checker
        if checker is None or checker.signature is not self.signature:  # first call, or a replaced signature
            checker = self._checker = Checker(self.name, self.signature)
            self._routes.clear()  # worked out from the signature too
            # Where each argument goes is known only for table-mapped operations (not `build`/`request` ones).
            self._in_url = None if self.build or self.request else frozenset(
                n for n in self.signature.parameters if n not in _OPTION_NAMES and n != self.body
            )  # fmt: skip
        values = checker.bind(args, kwargs)
        options = {"timeout": values.pop("timeout"), "extra_headers": values.pop("extra_headers")}  # _OPTION_NAMES
        check_timeout(options["timeout"], method=self.name)
        checker.check(values, in_url=self._in_url)
        return values, options

    def prepare(self, obj: _Base, values: dict[str, Any]) -> _Prepared:
        service = self.service or obj._service
        if self.request is not None:  # a route the document hides: request built by hand
            return _Prepared(service, None, None, self.request(obj, values))
        assert self.operation is not None
        operation_id = self.operation if isinstance(self.operation, str) else self.operation(obj, values)
        module = _generated.operation(service, operation_id)
        if self.build is None:  # a table-mapped call: where each argument goes was worked out on the first one
            route, secret_free = self._routes.get(module) or self._route(module, operation_id)
            sent: dict[str, Any] = {}
            for name, target, coerce, label in route:
                value = values[name]
                if value is not None:  # None: not given, the generated default applies
                    sent[target] = coerce(value, label) if coerce else value
            request = module._get_kwargs(**sent)
            if secret_free:
                request["extensions"] = {NO_SECRETS_EXTENSION: True}
            return _Prepared(service, operation_id, module, request)
        plan = _plan(module)  # a `build` call: its keyword arguments are checked against the plan each time
        kwargs: dict[str, Any] = {}
        for target, value in self.build(obj, values).items():
            if target not in plan.params:
                raise TypeError(
                    f"{self.name}: the generated operation {operation_id!r} has no parameter {target!r} "
                    f"(it takes {sorted(plan.params)}); the facade table needs updating"
                )
            if value is None:
                continue  # not given: the generated default applies
            coerce = plan.coercers.get(target)
            kwargs[target] = coerce(value, f"{self.name}({self._source_name(target)})") if coerce else value
        return _Prepared(service, operation_id, module, module._get_kwargs(**kwargs))

    def _route(self, module: types.ModuleType, operation_id: str) -> tuple[tuple[_Route, ...], bool]:
        """(argument, generated parameter, coercer, label) for each documented argument that is sent, and
        whether the response is one that cannot hand out a secret."""
        plan = _plan(module)
        route: list[_Route] = []
        for name in self.signature.parameters:
            if name in _OPTION_NAMES:
                continue
            target = self.params.get(name, name)
            if target is None:
                continue
            if name == self.body:
                target = "body"
            if target not in plan.params:
                raise TypeError(
                    f"{self.name}: the generated operation {operation_id!r} has no parameter {target!r} "
                    f"(it takes {sorted(plan.params)}); the facade table needs updating"
                )
            route.append((name, target, plan.coercers.get(target), f"{self.name}({self._source_name(target)})"))
        self._routes[module] = (tuple(route), not plan.may_carry_secrets)
        return self._routes[module]

    def _source_name(self, target: str) -> str:
        if target == "body" and self.body:
            return self.body
        for name, mapped in self.params.items():
            if mapped == target:
                return name
        return target

    def finish(self, obj: _Base, prepared: _Prepared, response: httpx.Response) -> Any:
        if 400 <= response.status_code <= 599:  # `is_error`; the Transport's clients raise already
            raise make_status_error(response)
        try:
            return self._parse(obj, prepared, response)
        except ResponseValidationError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            request = response.request
            raise ResponseValidationError(
                f"{request.method} {request.url.path}: the response did not match the expected "
                f"{self.model or self.result} shape of {self.name}: {type(exc).__name__}: {exc}",
                response=response,
                body=_body_or_text(response),
            ) from exc

    def _parse(self, obj: _Base, prepared: _Prepared, response: httpx.Response) -> Any:
        kind = self.result
        if kind == "none":
            return None
        if kind == "bytes":
            return response.content
        if kind == "text":
            return response.text
        if self.model is not None:
            cls = _generated.model(prepared.service, self.model)
            return cls.from_dict(response.json())
        if kind == "json" or prepared.module is None:
            return response.json() if response.content else None
        parsed = prepared.module._parse_response(
            client=obj._generated_client(prepared.service), response=response
        )
        if parsed is None and response.content:
            return response.json()  # a 2xx status the document does not list (e.g. 201)
        return parsed

    # -- use from flows ---------------------------------------------------------------------------------------
    def run(self, obj: Any, *args: P.args, **kwargs: P.kwargs) -> Generator[_Step, Any, R]:
        """`result = yield from Table.method.run(self, ...)` inside a `@flow`."""
        return cast(R, (yield _Call(self, obj, args, kwargs)))


def _body_or_text(response: httpx.Response) -> object:
    try:
        return response.json()
    except ValueError:
        return response.text


def _bind(operation: Operation[Any, Any], obj: _Base) -> Callable[..., Any]:
    if obj._mode == "async":

        async def acall(*args: Any, **kwargs: Any) -> Any:
            return await obj._invoke_async(operation, args, kwargs)

        operation.describe_bound(acall, obj)
        return acall

    def call(*args: Any, **kwargs: Any) -> Any:
        return obj._invoke_sync(operation, args, kwargs)

    operation.describe_bound(call, obj)
    return call


def op(
    operation: OperationId | None = None,
    *,
    service: str | None = None,
    params: Mapping[str, str | None] | None = None,
    body: str | None = None,
    build: Builder | None = None,
    request: Builder | None = None,
    idempotent: bool = False,
    result: ResultKind = "parsed",
    model: str | None = None,
) -> Callable[[Callable[Concatenate[Any, P], R]], Operation[P, R]]:
    """Declare one operation from a spec function.

    operation: the generated operation id, or a function (self, arguments) -> id (registry subtypes);
    service: the service (default: the class's `_service`); params: documented name -> generated keyword
    (None drops it, e.g. a compat-only `*_response_model`); body: the documented parameter sent as the body;
    build: (self, arguments) -> generated keyword arguments, for odd shapes; request: (self, arguments) ->
    httpx request kwargs, for routes the document hides (no generated code); idempotent: a read-only POST that
    may be retried (never for mint/register/create/seed/version); result: "parsed" (the generated model),
    "json", "text", "bytes", "none"; model: parse the JSON body into this generated model by name.
    """

    def wrap(spec: Callable[Concatenate[Any, P], R]) -> Operation[P, R]:
        return Operation(
            spec, operation=operation if operation is not None or request is not None else spec.__name__,
            service=service, params=params or {}, body=body, build=build, request=request,
            idempotent=idempotent, result=result, model=model,
        )  # fmt: skip

    return wrap
