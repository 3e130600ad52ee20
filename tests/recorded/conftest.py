"""Recorded facade tests: each test runs inside its own cassette, `cassettes/<module>/<test>.yaml`.

Replay (the default): record mode "none", the Config from `cassettes/_context.json` (canonical origins on
`.invalid` hosts that cannot be reached), retries without delay, job polls without sleeping. A request with no
recording fails with a message saying to run `nox -s record`.

Recording (`PROVENA_RECORD=1`, run by `python -m scripts.record`): the Config from `PROVENA_CONFIG_FILE`,
auth from `PROVENA_RECORD_AUTH` ("password": the local stack's seeded users; "offline": an offline token file
in `PROVENA_OFFLINE_TOKEN_FILE`). The session logs in once per user inside `cassettes/_session/`, so every
test cassette holds only the test's own calls.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO / "generated") not in sys.path:
    sys.path.insert(0, str(REPO / "generated"))

from .vcr_setup import PLACEHOLDER, canonical_config, canonical_origins, make_vcr  # noqa: E402

CASSETTES = REPO / "cassettes"
CONTEXT_FILE = CASSETTES / "_context.json"
RECORDING = os.environ.get("PROVENA_RECORD") == "1"
RECORD_HINT = "re-record the cassettes with `nox -s record` (or `python -m scripts.record`)"
# Tests of this package that never touch a cassette.
NO_CASSETTE = {"test_cassette_hygiene", "test_coverage"}


@dataclass(frozen=True)
class RecordingContext:
    """What a replay needs to rebuild the recording's Config and auth (no secrets)."""

    target: str  # "local" (the stack, deterministic) or "deployment"
    auth: str  # "password" or "offline"
    config: dict[str, Any]  # canonical config document
    users: dict[str, str]  # role ("researcher"/"admin") -> username

    @property
    def local(self) -> bool:
        return self.target == "local"


def _recording_setup() -> tuple[RecordingContext, dict[str, Any], dict[str, str]]:
    """(context, real config document, origin map) while recording."""
    path = os.environ.get("PROVENA_CONFIG_FILE")
    if not path:
        raise pytest.UsageError("PROVENA_RECORD=1 needs PROVENA_CONFIG_FILE (run `python -m scripts.record`)")
    real = json.loads(Path(path).read_text(encoding="utf-8"))
    auth = os.environ.get("PROVENA_RECORD_AUTH", "password")
    users = {u["username"]: u for u in real.get("users", [])}
    roles = {"researcher": "researcher", "admin": "admin"} if auth == "password" else {"researcher": "offline"}
    if auth == "password":
        missing = [u for u in roles.values() if u not in users]
        if missing:
            raise pytest.UsageError(f"{path}: the password recording needs users {missing}")
    target = "local" if real.get("stack_version") else "deployment"
    ctx = RecordingContext(target, auth, canonical_config(real), roles)
    return ctx, real, canonical_origins(real)


def _replay_context() -> RecordingContext:
    if not CONTEXT_FILE.exists():
        pytest.fail(f"{CONTEXT_FILE} is missing: {RECORD_HINT}", pytrace=False)
    data = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))
    return RecordingContext(data["target"], data["auth"], data["config"], data["users"])


@dataclass
class Session:
    context: RecordingContext
    config: Any  # provena.Config used by the clients
    real: dict[str, Any] | None  # the real config document (recording only)
    vcr: Any

    def password(self, username: str) -> str:
        if self.real is None:
            return PLACEHOLDER  # replay: form bodies are matched by field names, never by value
        return next(str(u["password"]) for u in self.real["users"] if u["username"] == username)

    def client_secret(self, client_id: str) -> str:
        if self.real is None:
            return PLACEHOLDER
        return next(str(c["client_secret"]) for c in self.real["service_clients"] if c["client_id"] == client_id)


@pytest.fixture(scope="session")
def session() -> Session:
    import provena

    if RECORDING:
        context, real, origins = _recording_setup()
        CASSETTES.mkdir(exist_ok=True)
        CONTEXT_FILE.write_text(json.dumps(context.__dict__, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        config = provena.Config.from_dict(real)
        return Session(context, config, real, make_vcr(str(CASSETTES), "all", origins))
    context = _replay_context()
    return Session(context, provena.Config.from_dict(context.config), None, make_vcr(str(CASSETTES), "none"))


@pytest.fixture(scope="session")
def context(session: Session) -> RecordingContext:
    return session.context


@pytest.fixture(scope="session")
def config(session: Session) -> Any:
    return session.config


def _login(session: Session, role: str) -> Any:
    """An auth flow for a role, logged in inside its own cassette (`_session/login_<role>.yaml`)."""
    import provena

    ctx = session.context
    if role not in ctx.users:
        pytest.skip(f"recorded against a real deployment without an {role} account")
    if ctx.auth == "password":
        username = ctx.users[role]
        auth = provena.PasswordFlow(session.config, None, username, session.password(username))
    else:
        token_file = os.environ.get("PROVENA_OFFLINE_TOKEN_FILE") if RECORDING else None
        auth = (provena.OfflineFlow(session.config, offline_token_file=token_file) if token_file
                else provena.OfflineFlow(session.config, offline_token=PLACEHOLDER))  # fmt: skip
    with session.vcr.use_cassette(f"_session/login_{role}.yaml"):
        auth.login()
    return auth


@pytest.fixture(scope="session")
def researcher_auth(session: Session) -> Any:
    return _login(session, "researcher")


@pytest.fixture(scope="session")
def admin_auth(session: Session) -> Any:
    return _login(session, "admin")


@pytest.fixture(scope="session")
def transport_options() -> dict[str, Any]:
    """Replay: retries cost nothing (tweepy's `retry_delay = 0 if use_replay`)."""
    if RECORDING:
        return {}

    async def no_async_sleep(_seconds: float) -> None:
        return None

    return {"sleep": lambda _seconds: None, "async_sleep": no_async_sleep}


@pytest.fixture(scope="session")
def poll() -> float:
    """Poll interval for job waits: never sleep in replay (the recording has the final status)."""
    return 0.05 if RECORDING else 0.0


@pytest.fixture
def make(config: Any, transport_options: dict[str, Any], request: pytest.FixtureRequest) -> Callable[..., Any]:
    """`make(cls, admin=False)`: a facade client (async or sync class) for the researcher or the admin."""
    created: list[Any] = []

    def build(cls: Any, *, admin: bool = False) -> Any:
        auth = request.getfixturevalue("admin_auth" if admin else "researcher_auth")
        from provena import Transport

        client = cls(transport=Transport(config, auth, **transport_options))
        created.append(client)
        return client

    return build


@pytest.fixture
def client(make: Callable[..., Any]) -> Any:
    """The async `provena.ProvenaClient` as the researcher."""
    import provena

    return make(provena.ProvenaClient)


@pytest.fixture
def admin_client(make: Callable[..., Any]) -> Any:
    import provena

    return make(provena.ProvenaClient, admin=True)


@pytest.fixture
def sync_client(make: Callable[..., Any]) -> Any:
    import provena.sync

    return make(provena.sync.ProvenaClient)


@pytest.fixture
def local_only(context: RecordingContext) -> None:
    """For tests that need the local stack (seeded users, S3 endpoint, device auto-approval)."""
    if not context.local:
        pytest.skip("needs the local stack (recorded against a real deployment)")


def cassette_name(item: pytest.Item) -> str:
    module = item.module.__name__.rsplit(".", 1)[-1].removeprefix("test_")  # type: ignore[attr-defined]
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", item.name).strip("-")
    return f"{module}/{name}.yaml"


def _token_request(request: Any) -> bool:
    return "/protocol/openid-connect/" in request.path


@pytest.fixture(autouse=True)
def cassette(request: pytest.FixtureRequest) -> Iterator[Any]:
    """Every recorded test inside its own cassette; in replay, every recorded API call must be made again."""
    if request.module.__name__.rsplit(".", 1)[-1] in NO_CASSETTE:
        yield None
        return
    session: Session = request.getfixturevalue("session")
    with session.vcr.use_cassette(cassette_name(request.node)) as cas:
        yield cas
    if not RECORDING and request.node.stash.get(_PASSED, False):
        # A token refresh recorded against a real deployment may not recur in a faster replay.
        unplayed = [r for i, (r, _) in enumerate(cas.data) if not cas.play_counts[i] and not _token_request(r)]
        if unplayed:
            calls = ", ".join(f"{r.method} {r.path}" for r in unplayed[:5])
            pytest.fail(f"the test no longer makes {len(unplayed)} recorded request(s) ({calls}); {RECORD_HINT}",
                        pytrace=False)  # fmt: skip


_PASSED = pytest.StashKey[bool]()


def _stale(exc: BaseException | None) -> bool:
    seen = 0
    while exc is not None and seen < 10:
        if type(exc).__name__ == "CannotOverwriteExistingCassetteException" or "CannotOverwriteExisting" in str(exc):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


class StaleCassetteError(AssertionError):
    """A request the cassette has no recording for."""


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    try:
        result = yield
    except BaseException as exc:
        if _stale(exc):
            raise StaleCassetteError(
                f"no recording matches a request of {item.nodeid} in cassettes/{cassette_name(item)}: the "
                f"cassette is stale or missing; {RECORD_HINT}.\n{exc}"
            ) from exc
        raise
    item.stash[_PASSED] = True
    return result
