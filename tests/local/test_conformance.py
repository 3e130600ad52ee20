"""The local stack's documents against the real services' documents (read in place from ../shared).

Every real operation must exist with the same method, path and operationId; parameters and body/response
schema names must match too. Exceptions would have to be listed here with a reason; there are none.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from provena.local.specs import openapi_documents
from scripts.conformance import DEFAULT_REFERENCE, SERVICES, compare

pytestmark = pytest.mark.skipif(not DEFAULT_REFERENCE.is_dir(), reason="../shared/provena-specs is absent")

# (service, "METHOD /path") -> why the local stack may differ there. Empty: the stack matches everywhere.
EXCEPTIONS: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module")
def ours() -> dict[str, dict[str, Any]]:
    return openapi_documents()


@pytest.mark.parametrize("service", SERVICES)
def test_every_real_operation_is_served_alike(service: str, ours: dict[str, dict[str, Any]]) -> None:
    reference = json.loads((DEFAULT_REFERENCE / f"{service}.json").read_text(encoding="utf-8"))
    report = compare(service, ours[service], reference)
    assert report.total > 0
    assert report.missing == [], "operations the local stack does not serve"
    assert report.operation_id == [], "operationIds differ"
    assert report.extra == [], "documented operations the real service does not have"
    mismatches = [line for line in report.params + report.body + report.response
                  if (service, " ".join(line.split(" ", 2)[:2]).rstrip(":")) not in EXCEPTIONS]  # fmt: skip
    assert mismatches == []


def test_all_297_operations(ours: dict[str, dict[str, Any]]) -> None:
    total = 0
    for service in SERVICES:
        reference = json.loads((DEFAULT_REFERENCE / f"{service}.json").read_text(encoding="utf-8"))
        total += compare(service, ours[service], reference).matched
    assert total == 297


def test_documents_name_their_service_and_versions(ours: dict[str, dict[str, Any]]) -> None:
    titles = {doc["info"]["title"] for doc in ours.values()}
    assert len(titles) == len(SERVICES), "each document names its own service"
    for doc in ours.values():
        interfaces, _, stack = doc["info"]["version"].partition("+local.")
        assert interfaces and stack, doc["info"]["version"]
