"""The official client, `provenaclient` from PyPI, as its documentation shows it used (L3 `ProvenaClient`, async).

Runs in its own virtualenv. Its auth managers talk to Keycloak in their constructors (public key, device or
offline-token exchange) and validate the JWT signature on every call; the bench hands it a token it already
holds instead (`_GivenToken`), which makes the official client cheaper per call than it is in real use.
Its `Config` derives https URLs, but overrides are used as given, so every endpoint is overridden with the
stack's http URL.
"""

from __future__ import annotations

from typing import Any


def _build(spec: dict[str, Any], token: str) -> Any:
    from provenaclient import Config, ProvenaClient
    from provenaclient.auth.manager import AuthManager
    from provenaclient.utils.config import APIOverrides

    class _GivenToken(AuthManager):
        def __init__(self) -> None:
            super().__init__()

        def get_token(self) -> str:
            return token

        def force_refresh(self) -> None:  # a static token has nothing to refresh
            pass

    config = Config(domain=spec["domain"], realm_name=spec["realm_name"],
                    api_overrides=APIOverrides(**spec["api_overrides"]))  # fmt: skip
    return ProvenaClient(auth=_GivenToken(), config=config)


class OfficialClient:
    is_async = True

    @staticmethod
    def probe(spec: dict[str, Any], token: str) -> str | None:
        try:
            client = _build(spec, token)
        except ImportError as exc:
            return f"provenaclient not importable in this venv ({exc})"
        if not callable(getattr(client.datastore, "fetch_dataset", None)):
            return "provenaclient has no datastore.fetch_dataset"
        if not callable(getattr(client.registry.organisation, "list_items", None)):
            return "provenaclient has no registry.organisation.list_items"
        return None

    def __init__(self, spec: dict[str, Any], token: str) -> None:
        self.client = _build(spec, token)

    async def fetch(self, dataset_id: str) -> Any:
        return await self.client.datastore.fetch_dataset(id=dataset_id)

    async def list_all(self, page_size: int) -> int:
        # The official client has no iterator for registry lists (inventory D.2): the loop every user writes.
        from ProvenaInterfaces.RegistryAPI import GeneralListRequest

        count, key = 0, None
        while True:
            page = await self.client.registry.organisation.list_items(
                GeneralListRequest(page_size=page_size, pagination_key=key)
            )
            count += len(page.items or [])
            key = page.pagination_key
            if not key:
                return count

    @staticmethod
    def item_id(result: Any) -> str:
        return str(result.item.id)

    async def close(self) -> None:
        pass  # it opens and closes an httpx.AsyncClient per request; nothing stays open
