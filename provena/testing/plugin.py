"""The pytest plugin of `provena.testing` (entry point `pytest11`; see that package's docstring for the fixtures).

Loaded by pytest for anyone who has the distribution installed, so importing it costs nothing and needs nothing
beyond pytest: the stack starts only when a test asks for a `provena_*` fixture, and the async client fixture
exists only where pytest-asyncio is installed (the `testing` extra brings it).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

from . import LocalStack, StackStartError, local_stack

if TYPE_CHECKING:
    import provena
    import provena.sync

FRESH_MARK = "provena_fresh"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("provena", "provena.testing: the local Provena stack for pipeline tests")
    group.addoption("--provena-seed", type=int, default=None, help="the stack's seed: deterministic ids and clock "
                    "(default: the provena_seed ini value, else 1)")  # fmt: skip
    group.addoption("--provena-fresh", action="store_true", default=None,
                    help="a fresh stack (empty state) for every test that uses one")  # fmt: skip
    parser.addini("provena_seed", "the local stack's seed (default 1)", default="1")
    parser.addini("provena_fresh", "a fresh stack for every test (true/false)", type="bool", default=False)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{FRESH_MARK}: run this test on its own fresh local Provena stack")


def _seed(config: pytest.Config) -> int:
    option = config.getoption("provena_seed")
    return int(option if option is not None else config.getini("provena_seed"))


def _always_fresh(config: pytest.Config) -> bool:
    return bool(config.getoption("provena_fresh") or config.getini("provena_fresh"))


def _start(factory: pytest.TempPathFactory, config: pytest.Config, name: str) -> Iterator[LocalStack]:
    try:
        with local_stack(factory.mktemp(name), seed=_seed(config)) as stack:
            yield stack
    except StackStartError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="session")
def provena_session_stack(
    tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config
) -> Iterator[LocalStack]:
    """The local stack shared by the session's tests (started on first use, stopped at the end)."""
    yield from _start(tmp_path_factory, pytestconfig, "provena-stack")


@pytest.fixture
def provena_stack(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalStack]:
    """The running local stack: the session's, or a fresh one (empty state, same seed) for a test marked
    `provena_fresh` or under `--provena-fresh`."""
    if request.node.get_closest_marker(FRESH_MARK) is None and not _always_fresh(request.config):
        yield request.getfixturevalue("provena_session_stack")
        return
    yield from _start(tmp_path_factory, request.config, "provena-fresh-stack")


@pytest.fixture
def provena_config(provena_stack: LocalStack) -> provena.Config:
    """A `provena.Config` for the running stack."""
    return provena_stack.client_config()


@pytest.fixture
def provena_login(provena_stack: LocalStack) -> Callable[[str], provena.PasswordFlow]:
    """`provena_login(username)`: a logged-in password flow for a seeded user (`researcher`, `admin`)."""

    def login(username: str = "researcher") -> provena.PasswordFlow:
        flow = provena_stack.login(username)
        flow.login()  # fail here, in the fixture, if the stack refuses the user
        return flow

    return login


@pytest.fixture
def provena_sync_client(
    provena_config: provena.Config, provena_login: Callable[[str], provena.PasswordFlow]
) -> Iterator[provena.sync.ProvenaClient]:
    """A `provena.sync.ProvenaClient` logged in as `researcher`; closed after the test."""
    import provena.sync

    with provena.sync.ProvenaClient(provena_login("researcher"), provena_config) as client:
        yield client


def _async_client_fixture() -> Any:
    try:
        import pytest_asyncio
    except ImportError:

        @pytest.fixture(name="provena_client")
        def needs_pytest_asyncio() -> None:
            """An async `provena.ProvenaClient` (needs pytest-asyncio: pip install 'provena-sdk[testing]')."""
            pytest.fail("the provena_client fixture needs pytest-asyncio: pip install 'provena-sdk[testing]'",
                        pytrace=False)  # fmt: skip

        return needs_pytest_asyncio

    @pytest_asyncio.fixture
    async def provena_client(
        provena_config: provena.Config, provena_login: Callable[[str], provena.PasswordFlow]
    ) -> AsyncIterator[provena.ProvenaClient]:
        """An async `provena.ProvenaClient` logged in as `researcher`; closed after the test."""
        import provena

        async with provena.ProvenaClient(provena_login("researcher"), provena_config) as client:
            yield client

    return provena_client


provena_client = _async_client_fixture()
