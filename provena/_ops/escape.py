"""The escape hatch (`client.raw`): every generated operation of a service, through the same transport."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .. import _generated
from .._options import NOT_GIVEN
from .convert import _plan
from .operation import Operation

if TYPE_CHECKING:
    from .bases import _Base


class Operations:
    """`client.raw.call("fetch_agent_organisation", id=...)` or `client.raw.fetch_agent_organisation(id=...)`.

    Keyword arguments are the generated operation's (`body=` for a request body; dicts and pydantic models are
    converted); the result is the generated parsed model. In async classes the calls are coroutines.
    """

    def __init__(self, owner: _Base, service: str) -> None:
        self._owner = owner
        self._service = service
        self._ops: dict[str, Operation[Any, Any]] = {}

    def operation_ids(self) -> list[str]:
        """Every operation id of this service's generated package."""
        return _generated.operation_ids(self._service)

    def _operation(self, operation_id: str) -> Operation[Any, Any]:
        found = self._ops.get(operation_id)
        if found is None:
            module = _generated.operation(self._service, operation_id)  # raises if unknown
            names = sorted(_plan(module).params)

            def spec(self: Any, **kwargs: Any) -> Any: ...

            spec.__name__ = operation_id
            spec.__doc__ = (module.sync_detailed.__doc__ or "").strip()
            found = Operation(spec, operation=operation_id, service=self._service, params={}, body=None,
                              build=lambda _obj, values: dict(values), request=None,
                              idempotent=False, result="parsed", model=None)  # fmt: skip
            # Optional generated parameters (default UNSET) stay optional here.
            defaults = inspect.signature(module._get_kwargs).parameters
            found.signature = inspect.Signature(
                [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=defaults[n].default) for n in names]
                + [inspect.Parameter("timeout", inspect.Parameter.KEYWORD_ONLY, default=NOT_GIVEN),
                   inspect.Parameter("extra_headers", inspect.Parameter.KEYWORD_ONLY, default=None)]
            )  # fmt: skip
            self._ops[operation_id] = found
        return found

    def call(self, operation_id: str, /, **kwargs: Any) -> Any:
        """Call a generated operation by id (a coroutine in async classes)."""
        operation = self._operation(operation_id)
        if self._owner._mode == "async":
            return self._owner._invoke_async(operation, (), kwargs)
        return self._owner._invoke_sync(operation, (), kwargs)

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        """Send any request to this service (relative `path`) through the same transport; returns httpx.Response."""
        if self._owner._mode == "async":
            return self._owner._transport.async_client(self._service).request(method, path, **kwargs)
        return self._owner._transport.sync_client(self._service).request(method, path, **kwargs)

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            self._operation(name)
        except _generated.GeneratedCodeMissing as exc:
            raise AttributeError(str(exc)) from None
        return functools.partial(self.call, name)

    def __dir__(self) -> list[str]:
        return [*super().__dir__(), *self.operation_ids()]
