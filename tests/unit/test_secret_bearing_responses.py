"""Which generated operations' responses are scanned for secrets (`_plan(module).may_carry_secrets`).

The transport remembers the values of secret-named fields of a response body so they are masked from then on.
The facade spares that scan only to operations whose typed result, model by model, has no secret-like field;
credentials, untyped and text results are still scanned.
"""

from __future__ import annotations

import httpx
import pytest

from provena import Config, StaticTokenAuth, Transport, _generated
from provena._ops.convert import _plan
from provena._redact import NO_SECRETS_EXTENSION


@pytest.mark.parametrize(
    ("service", "operation", "carries"),
    [
        ("datastore", "generate_write_access_credentials", True),  # S3 keys and a session token
        ("datastore", "generate_read_access_credentials", True),
        ("datastore", "generate_config_file", True),  # text
        ("job", "get_job", True),  # untyped result (`Any`)
        ("datastore", "fetch_dataset", False),
        ("registry", "list_agent_organisation", False),
    ],
)
def test_operations_whose_responses_may_carry_secrets(service: str, operation: str, carries: bool) -> None:
    assert _plan(_generated.operation(service, operation)).may_carry_secrets is carries


def test_the_scan_is_spared_only_where_the_facade_says_so() -> None:
    import secrets

    import provena.sync
    from provena import _redact

    first, second = (f"s3cr3t-{secrets.token_hex(12)}" for _ in range(2))
    bodies = iter([first, second])
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = {"status": {"success": True, "details": "ok"}, "item": None, "aws_session_token": next(bodies)}
        return httpx.Response(200, json=body)

    mock = httpx.MockTransport(handler)
    with provena.sync.ProvenaClient(transport=Transport(Config("example.org", "p"), StaticTokenAuth("tok"),
                                                        transport=mock)) as client:  # fmt: skip
        client.datastore.fetch_dataset("10378.1/1")  # typed, no secret field declared: not scanned
        assert seen[-1].extensions.get(NO_SECRETS_EXTENSION) is True
        assert first not in _redact._secrets
        client._transport.sync_client("datastore").get("/anything")  # not through the facade: scanned
        assert not seen[-1].extensions.get(NO_SECRETS_EXTENSION)
        assert second in _redact._secrets
