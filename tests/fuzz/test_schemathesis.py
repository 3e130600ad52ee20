"""Fuzz the running local stack with schemathesis: every operation of the seven services, authenticated as the
admin and as the researcher; no request may get a 5xx (schemathesis' `not_a_server_error` check).

Bounded for the default run (a few examples per operation, < 60 s in all); `PROVENA_FUZZ_EXAMPLES=N` goes deeper
(N examples per operation and user). Failures are collected across the whole service, so one run lists every
crashing operation with a curl command to reproduce it, and the server's log tail shows the traceback.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("fastapi", reason="the local stack needs the 'local' extra")
schemathesis = pytest.importorskip("schemathesis", reason="install the 'test' extra (schemathesis)")

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from provena.local.services import SERVICES  # noqa: E402
from tests._stack import RunningStack, running_stack  # noqa: E402

pytestmark = [pytest.mark.stack, pytest.mark.slow]

EXAMPLES = int(os.environ.get("PROVENA_FUZZ_EXAMPLES", "2"))
# The default (CI) run is reproducible; a deeper run explores new inputs each time.
DERANDOMIZE = "PROVENA_FUZZ_EXAMPLES" not in os.environ
# Long enough for a deep run: a token expiring mid-run would turn every later request into a 401.
TOKEN_LIFETIME = 6 * 3600


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    with running_stack(tmp_path_factory.mktemp("fuzz-stack"), "--seed", "7",
                       "--access-token-lifetime", str(TOKEN_LIFETIME)) as running:  # fmt: skip
        yield running


class Tokens(dict[str, str]):
    """Access tokens by user; the repr names the users only (pytest prints fixture values on failure)."""

    def __repr__(self) -> str:
        return f"<access tokens for {', '.join(self)}>"


@pytest.fixture(scope="module")
def tokens(stack: RunningStack) -> Tokens:
    token_url = stack.config["api_overrides"]["keycloak_endpoint_override"] + "/protocol/openid-connect/token"
    found = Tokens()
    for user in ("admin", "researcher"):
        form = {"grant_type": "password", "client_id": "provena-local", "username": user,
                "password": stack.password(user)}  # fmt: skip
        found[user] = httpx.post(token_url, data=form).raise_for_status().json()["access_token"]
    return found


def fuzz_operation(operation: Any, base_url: str, tokens: Tokens, user: str, failures: list[str]) -> int:
    """Run `EXAMPLES` generated cases of one operation; returns how many were sent."""
    sent = 0

    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=DERANDOMIZE,
              phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(case=operation.as_strategy())
    def run(case: Any) -> None:
        nonlocal sent
        response = case.call(base_url=base_url, headers={"Authorization": f"Bearer {tokens[user]}"}, timeout=30)
        sent += 1
        try:
            case.validate_response(response, checks=[not_a_server_error])
        except (Exception, BaseExceptionGroup):  # collected: the assertion below reports them all
            failures.append(f"{operation.label} as {user} -> {response.status_code}: {response.text[:300]}\n"
                            f"    {case.as_curl_command(headers={'Authorization': 'Bearer ...'})}")  # fmt: skip

    run()
    return sent


@pytest.mark.parametrize("service", [s.name for s in SERVICES])
def test_no_server_errors(service: str, stack: RunningStack, tokens: Tokens) -> None:
    prefix = next(s.prefix for s in SERVICES if s.name == service)
    base_url = f"{stack.base}/{prefix}"
    document = httpx.get(f"{base_url}/openapi.json").raise_for_status().json()
    schema = schemathesis.openapi.from_dict(document)
    failures: list[str] = []
    started, sent, operations = time.monotonic(), 0, 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1
        for user in ("admin", "researcher"):
            sent += fuzz_operation(operation, base_url, tokens, user, failures)
    print(f"{service}: {operations} operations, {sent} requests in {time.monotonic() - started:.1f}s")
    assert operations > 0
    log_tail = "\n".join(stack.log().splitlines()[-60:])
    assert not failures, f"{len(failures)} server errors:\n" + "\n".join(failures) + f"\n--- server log ---\n{log_tail}"


def test_server_log_has_no_tracebacks(stack: RunningStack) -> None:
    """Runs after the service tests (same module): an exception the server swallowed would still be a bug."""
    log = Path(stack.log_path).read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in log, log[-3000:]
