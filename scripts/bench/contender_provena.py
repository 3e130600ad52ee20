"""provena, async and sync, used as its README shows: `ProvenaClient(auth, config)` with the stack's config file.

The token comes through `StaticTokenAuth`, the same already-issued token the other contenders get, so no
contender pays for a login inside the measured calls. Pagination goes through provena's own paginator
(`registry.organisation.for_all_items`), fed a plain dict as a user would write it.
"""

from __future__ import annotations

from typing import Any

# (attribute path on the client, what it is) - checked by `probe` so a half-built facade is reported precisely.
_NEEDED = (("datastore.fetch_dataset", "fetch_dataset"), ("registry.organisation.for_all_items", "the paginator"))


def _probe(sync: bool, spec: dict[str, Any], token: str) -> str | None:
    try:
        client = _build(sync, spec, token)
    except ImportError as exc:
        return f"not available yet: {exc}"
    except AttributeError as exc:
        return f"not available yet: {exc}"
    try:
        for path, what in _NEEDED:
            target: Any = client
            for part in path.split("."):
                target = getattr(target, part, None)
            if not callable(target):
                return f"not available yet: no client.{path} ({what})"
    finally:
        closer = getattr(client, "close", None)
        if sync and callable(closer):
            closer()
    return None


def _build(sync: bool, spec: dict[str, Any], token: str) -> Any:
    import provena

    cls = provena.ProvenaClient
    if sync:
        import provena.sync

        cls = provena.sync.ProvenaClient
    return cls(auth=provena.StaticTokenAuth(token), config=provena.Config.from_file(spec["config_path"]))


def _item_id(result: Any) -> str:
    return str(result.item.id)


class AsyncProvena:
    is_async = True
    item_id = staticmethod(_item_id)

    @staticmethod
    def probe(spec: dict[str, Any], token: str) -> str | None:
        return _probe(False, spec, token)

    def __init__(self, spec: dict[str, Any], token: str) -> None:
        self.client = _build(False, spec, token)
        self.fetch = self.client.datastore.fetch_dataset  # bound once, as a loop in user code would

    async def list_all(self, page_size: int) -> int:
        count = 0
        async for _ in self.client.registry.organisation.for_all_items({"page_size": page_size}):
            count += 1
        return count

    async def close(self) -> None:
        closer = getattr(self.client, "aclose", None) or self.client.close
        result = closer()
        if result is not None:
            await result


class SyncProvena:
    is_async = False
    item_id = staticmethod(_item_id)

    @staticmethod
    def probe(spec: dict[str, Any], token: str) -> str | None:
        return _probe(True, spec, token)

    def __init__(self, spec: dict[str, Any], token: str) -> None:
        self.client = _build(True, spec, token)
        self.fetch = self.client.datastore.fetch_dataset

    def list_all(self, page_size: int) -> int:
        return sum(1 for _ in self.client.registry.organisation.for_all_items({"page_size": page_size}))

    def close(self) -> None:
        self.client.close()
