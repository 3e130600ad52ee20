"""Errors, options and raw responses against the real server; token refresh on a stack with short-lived tokens."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import provena
from tests._stack import RunningStack, running_stack

from .conftest import CLIENT_ID, Clients, World, aw

pytestmark = pytest.mark.stack
UNKNOWN = "10378.1/999999999"


async def test_status_codes_map_to_exceptions(clients: Clients, world: World, config: provena.Config) -> None:
    client = clients.provena()

    with pytest.raises(provena.NotFoundError) as not_found:
        await aw(client.id_api.get(UNKNOWN))
    assert not_found.value.status_code == 404 and UNKNOWN in str(not_found.value)

    # The data store says "not found" with a 400: a NotFoundError that is still the BadRequestError it was.
    with pytest.raises(provena.BadRequestError) as bad:
        await aw(client.datastore.fetch_dataset(UNKNOWN))
    assert bad.value.status_code == 400 and "Could not find the given key" in str(bad.value.details)
    assert isinstance(bad.value, provena.NotFoundError)

    anonymous = (provena.ProvenaClient if clients.mode == "async" else provena.sync.ProvenaClient)(
        provena.StaticTokenAuth("not-a-token"), config, max_retries=0
    )
    clients.opened.append(anonymous)
    with pytest.raises(provena.AuthenticationError) as unauthenticated:
        await aw(anonymous.registry.organisation.fetch(world.org))
    assert unauthenticated.value.status_code == 401 and "not-a-token" not in str(unauthenticated.value)

    # A missing role: the real services' 401 "... correct role", raised as a PermissionDeniedError that is
    # also the AuthenticationError the official client's users catch (and no token renewal for it).
    with pytest.raises(provena.PermissionDeniedError) as forbidden:
        await aw(client.registry.admin.export_items())
    assert forbidden.value.status_code == 401 and "correct role" in str(forbidden.value.details)
    assert isinstance(forbidden.value, provena.RoleRequiredError | provena.AuthenticationError)
    assert isinstance(forbidden.value, provena.AuthenticationError)

    # A body the client accepts but the server's model refuses: FastAPI's 422 with the field errors.
    with pytest.raises(provena.UnprocessableEntityError) as invalid:
        await aw(client.registry.organisation.list_items({"page_size": "many"}))
    assert invalid.value.status_code == 422
    assert [(e.path, e.type) for e in invalid.value.field_errors] == [("body.page_size", "int_parsing")]

    # HTTP 200 whose body says status.success == false: raised with the server's details.
    with pytest.raises(provena.StatusFailedError) as failed:
        await aw(client.registry.organisation.fetch(UNKNOWN))
    assert "Could not find the given key" in str(failed.value)
    assert isinstance(failed.value, provena.NotFoundError)
    same = (await aw(client.auth_api.get_user_generate_access_report())).report
    with pytest.raises(provena.StatusFailedError) as no_change:
        await aw(client.auth_api.post_user_request_change(same, False))
    assert "no differences" in str(no_change.value)


def _count_requests(client: Any, service: str) -> list[httpx.Request]:
    """Every request the facade's `service` client puts on the wire (auth-flow resends included)."""
    seen: list[httpx.Request] = []
    transport = client.transport
    is_async = isinstance(client, provena.ProvenaClient)
    http = transport.async_client(service) if is_async else transport.sync_client(service)
    if is_async:

        async def hook(request: httpx.Request) -> None:
            seen.append(request)
    else:

        def hook(request: httpx.Request) -> None:  # type: ignore[misc]
            seen.append(request)

    http.event_hooks["request"].append(hook)
    return seen


async def _interactive_fetch(client: Any) -> Any:
    dataset = await aw(client.datastore.interactive_dataset(UNKNOWN))
    return await aw(dataset.fetch())


async def test_unknown_ids_raise_not_found_on_every_fetch(clients: Clients) -> None:
    client = clients.provena()
    l2_datastore, l2_registry = clients.client("DatastoreClient"), clients.client("RegistryClient")
    fetches: dict[str, Callable[[], Any]] = {
        "datastore.fetch_dataset": lambda: client.datastore.fetch_dataset(UNKNOWN),
        "DatastoreClient.fetch_dataset": lambda: l2_datastore.fetch_dataset(UNKNOWN),
        "registry.dataset.fetch": lambda: client.registry.dataset.fetch(UNKNOWN),
        "registry.organisation.fetch": lambda: client.registry.organisation.fetch(UNKNOWN),
        "registry.general_fetch_item": lambda: client.registry.general_fetch_item(UNKNOWN),
        "RegistryClient.fetch_item": lambda: l2_registry.fetch_item(UNKNOWN, "ORGANISATION"),
        "id_api.get": lambda: client.id_api.get(UNKNOWN),
        "interactive_dataset(...).fetch": lambda: _interactive_fetch(client),
        "job_api.fetch_job": lambda: client.job_api.fetch_job("00000000-0000-4000-8000-000000000000"),
    }
    for name, fetch in fetches.items():
        with pytest.raises(provena.NotFoundError) as info:
            await aw(fetch())
        assert UNKNOWN in str(info.value) or "not found" in str(info.value).lower(), name


async def test_locked_write_raises_locked_after_one_request(clients: Clients, world: World) -> None:
    client = clients.provena()
    org = (await aw(client.registry.organisation.create_item({"display_name": "Locked", "name": "Locked"})))
    org_id = org.created_item.id
    await aw(client.registry.organisation.lock_resource({"id": org_id, "reason": "frozen for the test"}))
    sent = _count_requests(client, "registry")
    with pytest.raises(provena.LockedError) as info:
        await aw(client.registry.organisation.update(org_id, {"display_name": "New", "name": "New"}, "why"))
    assert len(sent) == 1, "a locked write must not be refreshed and resent"
    assert isinstance(info.value, provena.AuthenticationError) and info.value.status_code == 401
    assert "locked" in str(info.value) and "unlock_resource" in str(info.value)
    await aw(client.registry.organisation.unlock_resource({"id": org_id, "reason": "done"}))
    assert (await aw(client.registry.organisation.update(org_id, {"display_name": "New", "name": "New"}, "why")))

    # The data store's wording for a locked dataset's files maps the same way.
    handle = (await aw(client.datastore.mint_dataset(world.collection_format("Locked files")))).handle
    await aw(client.registry.dataset.lock_resource({"id": handle, "reason": "frozen"}))
    with pytest.raises(provena.LockedError):
        await aw(client.datastore.generate_write_access_credentials({"dataset_id": handle,
                                                                     "console_session_required": False}))


async def test_unlinked_user_is_told_to_link_a_person(clients: Clients, world: World, config: provena.Config) -> None:
    auth = provena.ClientCredentialsFlow(config, "provena-service", "provena-service-secret")
    cls = provena.ProvenaClient if clients.mode == "async" else provena.sync.ProvenaClient
    service = cls(auth, config)
    clients.opened.append(service)
    with pytest.raises(provena.PersonLinkRequiredError) as info:
        await aw(service.datastore.mint_dataset(world.collection_format("Unlinked")))
    assert isinstance(info.value, provena.BadRequestError)
    assert "auth_api.post_link_assign" in str(info.value)


async def test_admin_restore_from_unknown_tables_is_a_clear_400(clients: Clients) -> None:
    admin = clients.provena("admin")
    tables = {"resource_table_name": "backup-resources", "auth_table_name": "backup-auth",
              "lock_table_name": "backup-locks"}  # fmt: skip
    before = (await aw(admin.registry.admin.export_items())).to_dict()
    with pytest.raises(provena.BadRequestError) as registry:
        await aw(admin.registry.admin.restore_items_from_dynamo_table({"import_mode": "ADD_ONLY",
                                                                       "table_names": tables}))  # fmt: skip
    assert "backup-resources" in str(registry.value.details)
    assert (await aw(admin.registry.admin.export_items())).to_dict() == before  # nothing half-restored
    with pytest.raises(provena.BadRequestError) as groups:
        await aw(admin.auth_api.admin.post_restore_groups_from_table("backup-groups", {"import_mode": "ADD_ONLY"}))
    assert "backup-groups" in str(groups.value.details)


async def test_raw_responses_options_and_escape_hatch(clients: Clients, world: World) -> None:
    client = clients.provena()
    raw = await aw(client.registry.with_raw_response.general_fetch_item(world.org))
    assert raw.status_code == 200 and raw.headers["content-type"].startswith("application/json")
    assert raw.json()["item"]["id"] == world.org
    parsed = raw.parse()
    assert parsed.status.success is True

    l2 = clients.client("RegistryClient")
    raw_fetch = await aw(l2.with_raw_response.fetch_item(world.org, "ORGANISATION"))
    assert raw_fetch.status_code == 200 and raw_fetch.parse().item.id == world.org

    # Options reach the request that goes out (the timeout httpx applies, our extra headers).
    patient = client.with_options(timeout=21.5, max_retries=0)
    assert patient.transport is not client.transport
    sent = await aw(patient.registry.with_raw_response.general_fetch_item(world.org))
    assert sent.http_response.request.extensions["timeout"]["read"] == 21.5 and sent.parse().item
    sent = await aw(
        client.registry.with_raw_response.general_fetch_item(world.org, timeout=3.5, extra_headers={"X-Trace": "e2e"})
    )
    assert sent.http_response.request.extensions["timeout"]["read"] == 3.5
    assert sent.http_response.request.headers["X-Trace"] == "e2e"

    # The typed escape hatch: any generated operation through the same transport, auth and errors.
    escaped = await aw(client.registry.raw.call("fetch_agent_organisation", id=world.org))
    assert escaped.item.id == world.org
    response = await aw(client.registry.raw.request("GET", "/registry/agent/organisation/fetch",
                                                    params={"id": world.org}))  # fmt: skip
    assert response.status_code == 200 and response.json()["item"]["id"] == world.org


# -- refresh on expiry ----------------------------------------------------------------------------------------
LIFETIME = 60  # seconds an access token of the short-lived stack lives


@pytest.fixture(scope="module")
def short_lived(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    """A second stack whose access tokens live a minute and whose token clock the test moves on (no waiting)."""
    with running_stack(tmp_path_factory.mktemp("short-tokens"), "--access-token-lifetime", str(LIFETIME),
                       "--no-s3", "--clock-control") as s:  # fmt: skip
        yield s


def advance(stack: RunningStack, seconds: float) -> float:
    """Move the stack's token clock on; returns its total offset from real time."""
    response = httpx.post(f"{stack.base}/_local/clock/advance", json={"seconds": seconds})
    response.raise_for_status()
    return float(response.json()["offset"])


@pytest.mark.parametrize("mode", ["async", "sync"])
async def test_expired_tokens_are_refreshed(
    short_lived: RunningStack, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    config = provena.Config.from_file(short_lived.config_path)
    auth = provena.PasswordFlow(config, CLIENT_ID, "researcher", short_lived.password("researcher"))
    offset = float(httpx.get(f"{short_lived.base}/_local/clock").json()["offset"])
    client_offset = [offset]  # the client's clock follows the stack's when the test says so
    auth._clock = lambda: time.time() + client_offset[0]
    cls: Any = provena.ProvenaClient if mode == "async" else provena.sync.ProvenaClient
    client = cls(auth, config)
    caplog.set_level(logging.INFO, logger="provena")
    try:
        org = (await aw(client.registry.organisation.create_item({"display_name": "T", "name": "T"}))).created_item
        first = auth._tokens.access_token

        # Both clocks move past the token's expiry: the server refuses it, the client knows and refreshes first.
        client_offset[0] = advance(short_lived, 2 * LIFETIME)
        with pytest.raises(httpx.HTTPStatusError) as expired:
            url = f"{short_lived.base}/registry-api/registry/agent/organisation/fetch"
            httpx.get(url, params={"id": org.id}, headers={"Authorization": f"Bearer {first}"}).raise_for_status()
        assert expired.value.response.status_code == 401
        caplog.clear()
        assert (await aw(client.registry.organisation.fetch(org.id))).item.id == org.id
        renewed = auth._tokens.access_token != first  # (booleans only: a failed assert must not print tokens)
        assert renewed, "the expired access token was not replaced"
        assert "refreshing the access token" in caplog.text and "401; renewing" not in caplog.text

        # Only the server's clock moves: the client still believes its token valid, gets one 401, refreshes and
        # resends once.
        second = auth._tokens.access_token
        caplog.clear()
        advance(short_lived, 2 * LIFETIME)
        assert (await aw(client.registry.organisation.fetch(org.id))).item.id == org.id
        renewed = auth._tokens.access_token != second
        leaked = second in caplog.text
        assert renewed and not leaked, f"renewed: {renewed}, token in the log: {leaked}"
        assert "401; renewing the token" in caplog.text
    finally:
        await aw(client.aclose() if mode == "async" else client.close())


def test_clock_control_is_off_by_default(server: RunningStack) -> None:
    response = httpx.post(f"{server.base}/_local/clock/advance", json={"seconds": 3600})
    assert response.status_code == 404
