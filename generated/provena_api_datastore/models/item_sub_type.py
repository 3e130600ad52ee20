from __future__ import annotations

from enum import StrEnum
from typing import Any


class ItemSubType(StrEnum):
    CREATE = "CREATE"
    DATASET = "DATASET"
    DATASET_TEMPLATE = "DATASET_TEMPLATE"
    MODEL = "MODEL"
    MODEL_RUN = "MODEL_RUN"
    MODEL_RUN_WORKFLOW_TEMPLATE = "MODEL_RUN_WORKFLOW_TEMPLATE"
    ORGANISATION = "ORGANISATION"
    PERSON = "PERSON"
    SOFTWARE = "SOFTWARE"
    STUDY = "STUDY"
    VERSION = "VERSION"
    WORKFLOW_RUN = "WORKFLOW_RUN"
    WORKFLOW_TEMPLATE = "WORKFLOW_TEMPLATE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> ItemSubType:
        # A dict lookup instead of `cls(value)`, which runs two Python-level calls of the enum machinery per
        # value; anything unknown (or unhashable) still goes to `cls(value)` for its usual ValueError.
        try:
            return _BY_VALUE[value]
        except (KeyError, TypeError):
            return cls(value)


_BY_VALUE: dict[Any, ItemSubType] = {member.value: member for member in ItemSubType}
