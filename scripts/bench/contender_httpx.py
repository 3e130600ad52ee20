"""The floor: raw httpx with one reused client, the JSON decoded and nothing else.

Library imports happen in `__init__` so the first-call workload times them.
"""

from __future__ import annotations

from typing import Any


def _urls(spec: dict[str, Any]) -> tuple[str, str]:
    o = spec["api_overrides"]
    return (o["datastore_api_endpoint_override"] + "/registry/items/fetch-dataset",
            o["registry_api_endpoint_override"] + "/registry/agent/organisation/list")  # fmt: skip


class SyncHttpx:
    is_async = False

    @staticmethod
    def probe(spec: dict[str, Any], token: str) -> str | None:
        return None

    def __init__(self, spec: dict[str, Any], token: str) -> None:
        import httpx

        self.fetch_url, self.list_url = _urls(spec)
        self.client = httpx.Client(headers={"Authorization": f"Bearer {token}"}, timeout=spec["timeout"])

    def fetch(self, dataset_id: str) -> Any:
        r = self.client.get(self.fetch_url, params={"handle_id": dataset_id})
        r.raise_for_status()
        return r.json()

    def list_all(self, page_size: int) -> int:
        count, key = 0, None
        while True:
            r = self.client.post(self.list_url, json={"page_size": page_size, "pagination_key": key})
            r.raise_for_status()
            page = r.json()
            count += len(page["items"])
            key = page.get("pagination_key")
            if not key:
                return count

    @staticmethod
    def item_id(result: Any) -> str:
        return str(result["item"]["id"])

    def close(self) -> None:
        self.client.close()


class AsyncHttpx:
    is_async = True
    probe = staticmethod(SyncHttpx.probe)
    item_id = staticmethod(SyncHttpx.item_id)

    def __init__(self, spec: dict[str, Any], token: str) -> None:
        import httpx

        self.fetch_url, _ = _urls(spec)
        self.client = httpx.AsyncClient(
            headers={"Authorization": f"Bearer {token}"},
            timeout=spec["timeout"],
            limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
        )

    async def fetch(self, dataset_id: str) -> Any:
        r = await self.client.get(self.fetch_url, params={"handle_id": dataset_id})
        r.raise_for_status()
        return r.json()

    async def close(self) -> None:
        await self.client.aclose()
