"""What the facade uses of each service's API, read from the operation tables (provena._api) themselves.

Every documented method is reached the way a user reaches it: from the L2 clients in `provena.clients` and from
`ProvenaClient` (the L3 modules), following sub-client attributes (`DatastoreClient.review`,
`ProvenaClient.registry.organisation`). An `@op` names its generated operation id, which parameters it passes
(`params`/`body`) and whether it parses the response into the generated model; a `@flow` or `@pages`
convenience is read from its source (the `Table.method.run(...)` / `PageSpec(Table.method, ...)` /
helper-function calls it makes), so a convenience is charged with every operation it calls.

Operation ids computed from arguments (the registry's per-subtype routes) are expanded with the registry's own
subtype table, so `RegistryClient.fetch_item` is charged with all ten `fetch_<subtype>` operations.
"""

from __future__ import annotations

import ast
import inspect
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Use:
    """One documented method's use of one generated operation (or of one model, for routes a document hides)."""

    method: str  # how a user calls it, e.g. "DatastoreClient.mint_dataset", "ProvenaClient.registry.person.fetch"
    service: str
    operation_id: str | None  # the generated operation id (module name); None for a hidden route
    passes: frozenset[str] | None  # generated keyword arguments the method passes; None: any of them
    parses_response: bool  # the response is parsed into the generated model (so its shape matters)
    model: str | None = None  # a model parsed by name (`@op(model=...)`)


def _members(table: type) -> Iterator[tuple[str, Any]]:
    """(name, descriptor) of a table and its bases, most derived first, each name once."""
    seen: set[str] = set()
    for klass in table.__mro__:
        for name, value in vars(klass).items():
            if name not in seen and not name.startswith("__"):
                seen.add(name)
                yield name, value


def _subtype_values() -> list[str]:
    from .._api.registry import SUBTYPES

    return [s.item_subtype for s in SUBTYPES]


def operation_ids(operation: Any, context: type) -> list[str]:
    """Every generated operation id an `Operation` can call from an object of table `context`."""
    if operation.request is not None or operation.operation is None:
        return []
    if isinstance(operation.operation, str):
        return [operation.operation]
    ids: list[str] = []
    try:  # ids from the object itself (a subtype module's own `_subtype`)
        ids.append(operation.operation(context, {}))
    except Exception:  # the id needs the call's arguments
        for value in _subtype_values():  # ids from the call's `item_subtype` argument
            try:
                ids.append(operation.operation(context, {"item_subtype": value}))
            except Exception:
                continue  # the action does not exist for this subtype (e.g. no create for datasets)
    return sorted(set(ids))


def _passes(operation: Any) -> frozenset[str] | None:
    if operation.build is not None:
        return None  # a hand-written builder may pass any of the operation's arguments
    passed = set()
    for name in operation._documented:
        target = "body" if name == operation.body else operation.params.get(name, name)
        if target is not None:
            passed.add(target)
    return frozenset(passed)


def _operation_uses(label: str, operation: Any, context: type) -> list[Use]:
    from .._ops.operation import Operation

    assert isinstance(operation, Operation)
    service: str = operation.service or getattr(context, "_service")  # noqa: B009 (a ClassVar of every table)
    parses = operation.result == "parsed" or operation.model is not None
    if operation.request is not None:
        return [Use(label, service, None, None, parses, operation.model)] if operation.model else []
    return [
        Use(label, service, op_id, _passes(operation), parses, operation.model)
        for op_id in operation_ids(operation, context)
    ]


def _called(fn: Callable[..., Any], owner: type, seen: set[Any]) -> Iterator[tuple[Any, type]]:
    """(descriptor, context table) of every operation, flow or page method the function's source refers to,
    following module-level helper functions it calls (`_s3_target`, `await_job`, ...)."""
    from .._ops.flows import Flow
    from .._ops.operation import Operation
    from .._ops.pages import Pages

    if fn in seen:
        return
    seen.add(fn)
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    except (OSError, TypeError, SyntaxError):
        return
    try:
        nonlocals = inspect.getclosurevars(fn).nonlocals
    except (TypeError, ValueError):
        nonlocals = {}
    scope = {**getattr(fn, "__globals__", {}), **nonlocals}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            base: Any = None
            if isinstance(node.value, ast.Name):
                base = scope.get(node.value.id)
            elif (
                isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Name)
                and node.value.func.id == "type"
            ):
                base = owner  # `type(self).list_items`
            if isinstance(base, type):
                descriptor = next((v for k, v in _members(base) if k == node.attr), None)
                if isinstance(descriptor, Operation | Flow | Pages):
                    # A table's method run on `self` from a subclass acts for the subclass (its `_subtype`).
                    yield descriptor, owner if issubclass(owner, base) else base
        elif isinstance(node, ast.Name):
            target = scope.get(node.id)
            if inspect.isfunction(target) and target.__module__.startswith("provena.") and target is not fn:
                yield from _called(target, owner, seen)


def _descriptor_uses(label: str, descriptor: Any, owner: type, seen: set[Any]) -> list[Use]:
    from .._ops.flows import Flow
    from .._ops.operation import Operation
    from .._ops.pages import Pages

    if isinstance(descriptor, Operation):
        return _operation_uses(label, descriptor, owner)
    uses: list[Use] = []
    if isinstance(descriptor, Flow | Pages):
        for inner, context in _called(descriptor.spec, owner, seen):
            if inner is descriptor:
                continue
            uses += _descriptor_uses(label, inner, context, seen)
    return uses


def _table_uses(prefix: str, table: type, stack: tuple[type, ...]) -> list[Use]:
    from .._ops.flows import Flow
    from .._ops.operation import Operation
    from .._ops.pages import Pages
    from .._ops.views import Modal

    uses: list[Use] = []
    for name, value in _members(table):
        if isinstance(value, Operation | Flow | Pages):
            uses += _descriptor_uses(f"{prefix}.{name}", value, table, set())
        elif isinstance(value, Modal) and value.table is not None and value.table not in stack:
            uses += _table_uses(f"{prefix}.{name}", value.table, (*stack, value.table))
    return uses


def _l2_roots() -> list[tuple[str, type]]:
    """The documented L2 clients: the classes of provena.clients that are not a sub-client of another one."""
    from .. import clients
    from .._ops.views import Modal

    tables: dict[str, type] = {}
    for name in clients.__all__:
        cls = getattr(clients, name)
        if not name.endswith("WithRawResponse"):
            tables[name] = cls.__bases__[0]
    nested = {
        value.table
        for table in tables.values()
        for _, value in _members(table)
        if isinstance(value, Modal) and value.table is not None
    }
    return [(name, table) for name, table in tables.items() if table not in nested]


def facade_uses() -> list[Use]:
    """Every (documented method, operation) use of the L2 clients and of ProvenaClient's modules."""
    from .._client import ProvenaClientOps

    uses: list[Use] = []
    for name, table in _l2_roots():
        uses += _table_uses(name, table, (table,))
    uses += _table_uses("ProvenaClient", ProvenaClientOps, (ProvenaClientOps,))
    return sorted(set(uses), key=lambda u: (u.method, u.service, u.operation_id or "", u.model or ""))
