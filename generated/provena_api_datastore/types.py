"""Contains some shared types for properties"""

import threading
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]

_REPR = threading.local()


def repr_seen() -> set[int]:
    """The ids of the objects whose repr this thread is building: one met again inside itself shows as `...`,
    as in the repr attrs generates."""
    try:
        seen: set[int] = _REPR.ids
    except AttributeError:
        seen = _REPR.ids = set()
    return seen


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def __repr__(self) -> str:
        seen = repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(payload={self.payload!r}, file_name={self.file_name!r}, mime_type={self.mime_type!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.payload == other.payload
            and self.file_name == other.file_name
            and self.mime_type == other.mime_type
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None

    def __repr__(self) -> str:
        seen = repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(status_code={self.status_code!r}, content={self.content!r}, headers={self.headers!r}, parsed={self.parsed!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.status_code == other.status_code
            and self.content == other.content
            and self.headers == other.headers
            and self.parsed == other.parsed
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
