"""Request payloads shared by the stack, end-to-end and recorded suites."""

from __future__ import annotations

from typing import Any


def model_run_record(*, workflow: str, in_template: str, ds_in: str, out_template: str, ds_out: str,
                     person: str, org: str, **changes: Any) -> dict[str, Any]:  # fmt: skip
    """A ModelRunRecord (JSON) for a one-input, one-output workflow template; `changes` override fields."""
    record: dict[str, Any] = {
        "workflow_template_id": workflow,
        "inputs": [{"dataset_template_id": in_template, "dataset_id": ds_in,
                    "dataset_type": "DATA_STORE", "resources": {"config": "conf/run.yaml"}}],
        "outputs": [{"dataset_template_id": out_template, "dataset_id": ds_out, "dataset_type": "DATA_STORE"}],
        "annotations": {"seed": "42"},
        "display_name": "Reef run 1",
        "description": "A coral model run",
        "associations": {"modeller_id": person, "requesting_organisation_id": org},
        "start_time": 1_700_000_000,
        "end_time": 1_700_000_600,
    }  # fmt: skip
    record.update(changes)
    return record


def collection_format(*, org: str, custodian: str, name: str, description: str, **info: Any) -> dict[str, Any]:
    """A minimal valid CollectionFormat (dataset metadata); `info` adds or overrides `dataset_info` fields."""
    check = {"relevant": False, "obtained": False}
    return {
        "associations": {"organisation_id": org, "data_custodian_id": custodian},
        "approvals": {"ethics_registration": check, "ethics_access": check, "indigenous_knowledge": check,
                      "export_controls": check},
        "dataset_info": {
            "name": name, "description": description, "access_info": {"reposited": True},
            "publisher_id": org, "created_date": {"relevant": False}, "published_date": {"relevant": False},
            "license": "https://creativecommons.org/licenses/by/4.0/", **info,
        },
    }  # fmt: skip
