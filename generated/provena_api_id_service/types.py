"""Contains some shared types for properties"""

import threading
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

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


T = TypeVar("T")


class _Deferred:
    """A field's payload kept as it came, parsed into its models the first time the field is read."""

    __slots__ = ("parse", "payload")

    def __init__(self, payload: list[Any], parse: Callable[[Any], Any]) -> None:
        self.payload = payload
        self.parse = parse


def deferred(payload: Any, parse: Callable[[Any], T]) -> list[T]:
    """A list field for `from_dict` to store: a JSON list of objects is kept as it is until its field (made a
    `DeferredField` by `defer`) is first read; anything else is parsed now, item by item, as it always was.
    Typed as the list it becomes, which is all that reading the field ever gives."""
    if payload.__class__ is list:
        for item in payload:
            if item.__class__ is not dict:
                break
        else:
            return _Deferred(payload, parse)  # type: ignore[return-value]
    return [parse(item) for item in payload]


class DeferredField:
    """The attribute of a slot that may hold a `_Deferred`: the first read parses it and stores the list, so
    later reads, attrs' asdict/evolve/pickling, ==, repr and to_dict all see models. A payload that does not
    parse raises at that read (KeyError, TypeError, ValueError or AttributeError, as from_dict would) with a
    note naming the field, and stays unparsed."""

    __slots__ = ("slot",)

    def __init__(self, slot: Any) -> None:
        self.slot = slot

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = self.slot.__get__(obj, owner)
        if value.__class__ is _Deferred:
            try:
                parsed = [value.parse(item) for item in value.payload]
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                exc.add_note(
                    f"while parsing {type(obj).__name__}.{self.slot.__name__}, first read just now"
                )
                raise
            self.slot.__set__(obj, parsed)
            return parsed
        return value

    def __set__(self, obj: Any, value: Any) -> None:
        self.slot.__set__(obj, value)

    def __delete__(self, obj: Any) -> None:
        self.slot.__delete__(obj)


def defer(cls: type, name: str) -> None:
    """Make the slot `name` of the attrs class `cls` a DeferredField."""
    setattr(cls, name, DeferredField(cls.__dict__[name]))


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
