"""Suite-wide guard: tests talk to loopback only (the in-process stack, its S3 endpoint) or to nothing.

A test that tries to reach any other address fails at once instead of hanging or
quietly depending on the internet; recorded tests replay from cassettes/.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from typing import Any

import pytest

_real_connect = socket.socket.connect


def _is_loopback(address: Any) -> bool:
    if isinstance(address, str):  # AF_UNIX
        return True
    host = address[0]
    if host in ("localhost", "testserver"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    if not _is_loopback(address):
        raise ConnectionRefusedError(f"tests may only reach loopback; blocked connection to {address!r}")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def _block_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    yield



# -- reference data ------------------------------------------------------------------------------------------
# Tests that read ../shared (the real documents, the documented API, the inventory) skip on a user's machine with a
# reason naming ../shared. CI runs the suite a second time beside the reference data with PROVENA_REQUIRE_REFERENCE=1:
# there such a skip is a failure, so a wrong path or a missing file cannot hide behind "skipped".
REFERENCE_MARK = "../shared"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome: Any = yield
    report: pytest.TestReport = outcome.get_result()
    if not (report.skipped and os.environ.get("PROVENA_REQUIRE_REFERENCE") == "1"):
        return
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    if REFERENCE_MARK in reason:
        report.outcome = "failed"
        report.longrepr = f"PROVENA_REQUIRE_REFERENCE=1, but this test skipped for want of reference data: {reason}"
