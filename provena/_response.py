"""`RawResponse`: status, headers and bytes of a call next to its parsed result (`with_raw_response`)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    import httpx

__all__ = ["RawResponse"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class _DetailedResponse(Protocol[T_co]):
    """What openapi-python-client's `types.Response` offers (duck-typed: no generated import here)."""

    @property
    def status_code(self) -> int: ...
    @property
    def content(self) -> bytes: ...
    @property
    def headers(self) -> Mapping[str, str]: ...
    @property
    def parsed(self) -> T_co | None: ...


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    status_code: int
    headers: Mapping[str, str]
    content: bytes
    parsed: T
    http_response: httpx.Response | None = None

    def parse(self) -> T:
        """The parsed result (what the normal call returns)."""
        return self.parsed

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        return json.loads(self.content)

    @classmethod
    def from_generated(
        cls, detailed: _DetailedResponse[Any], parsed: T, http_response: httpx.Response | None = None
    ) -> RawResponse[T]:
        """Wrap a generated `*_detailed` result; `parsed` is the facade's final value for it."""
        return cls(int(detailed.status_code), dict(detailed.headers), detailed.content, parsed, http_response)

    @classmethod
    def from_httpx(cls, response: httpx.Response, parsed: T) -> RawResponse[T]:
        return cls(response.status_code, response.headers, response.content, parsed, response)
