"""Griffe extension for the API reference: show the op-table methods of the facade classes.

A facade class (`provena.clients.DatastoreClient`) gets its methods from a table class through descriptors, so
its own `__dict__` holds none of them and griffe, which lists a class's own members, sees no method. Read on the
class, each of them is a real function (see provena/_ops/methods.py): this extension adds those functions, with
their signatures, docstrings and `async` label, as the class's members.
"""

from __future__ import annotations

import inspect
from typing import Any

import griffe


class TableMethods(griffe.Extension):
    def on_class_members(self, *, node: griffe.ObjectNode, cls: griffe.Class, agent: griffe.Inspector,
                         **kwargs: Any) -> None:  # fmt: skip
        for name in dir(node.obj):
            if name.startswith("_") or name in cls.members:
                continue
            member = getattr(node.obj, name, None)
            if getattr(member, "__wrapped_operation__", None) is None:
                continue
            agent.inspect(griffe.ObjectNode(member, name, parent=node))
            if inspect.iscoroutinefunction(member):  # griffe labels only module-level coroutines "async"
                cls.members[name].labels.add("async")
