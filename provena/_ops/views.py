"""Sub-clients (`client.admin`) and raw views (`with_raw_response`): attributes whose class follows the owner's mode."""

from __future__ import annotations

import threading
from typing import Any, Generic, TypeVar, overload

from .bases import _CLASSES, AsyncAPI, AsyncRawAPI, SyncAPI, SyncRawAPI, _Base

A = TypeVar("A")
S = TypeVar("S")
AR = TypeVar("AR")
SR = TypeVar("SR")


def _table_of(cls: type) -> type:
    return cls.__bases__[0]


class Modal(Generic[A, S, AR, SR]):
    """An attribute whose class depends on the owner's mode: a sub-client (`client.admin`) or a raw view."""

    def __init__(self, table: type | None, raw: bool | None) -> None:
        self.table = table
        self.raw = raw
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Modal[A, S, AR, SR]: ...
    @overload
    def __get__(self, obj: AsyncRawAPI, owner: type[Any]) -> AR: ...
    @overload
    def __get__(self, obj: SyncRawAPI, owner: type[Any]) -> SR: ...
    @overload
    def __get__(self, obj: AsyncAPI, owner: type[Any]) -> A: ...
    @overload
    def __get__(self, obj: SyncAPI, owner: type[Any]) -> S: ...
    def __get__(self, obj: Any, owner: type[Any]) -> Any:
        if obj is None:
            return self
        table = self.table or _table_of(type(obj))
        raw = obj._raw if self.raw is None else self.raw
        cls = _CLASSES.get((table, obj._mode, raw))
        if cls is None and raw and self.table is None:
            cls = _raw_class(table, obj._mode)
        if cls is None:
            kind = "raw " if raw else ""
            raise AttributeError(
                f"{type(obj).__name__}.{self.name}: no {kind}{obj._mode} class for {table.__name__}"
            )
        value = obj._derive(cls)
        obj.__dict__[self.name] = value
        return value


def _raw_class(table: type, mode: str) -> type[_Base]:
    """The raw view class of a table that declares none (the ProvenaClient modules), made once on first use."""
    with _RAW_LOCK:
        cls = _CLASSES.get((table, mode, True))
        if cls is None:
            base: type[_Base] = AsyncRawAPI if mode == "async" else SyncRawAPI
            name = table.__name__.removesuffix("Ops") + "WithRawResponse"
            doc = f"`{table.__name__}` calls returning a RawResponse (status, headers, content, `.parse()`)."
            type(name, (table, base), {"__doc__": doc, "__module__": table.__module__})  # registers itself
            cls = _CLASSES[(table, mode, True)]
        return cls


_RAW_LOCK = threading.Lock()


def sub_client(table: type) -> Any:
    """A sub-client attribute (annotate it `Modal[AsyncCls, SyncCls, AsyncRawCls, SyncRawCls]`)."""
    return Modal(table, None)


def raw_view() -> Any:
    """The `with_raw_response` attribute (annotate it `Modal[AsyncRawCls, SyncRawCls, AsyncRawCls, SyncRawCls]`)."""
    return Modal(None, True)
