from __future__ import annotations

from enum import StrEnum
from typing import Any


class JobSubType(StrEnum):
    EMAIL_WAKE_UP = "EMAIL_WAKE_UP"
    GENERATE_REPORT = "GENERATE_REPORT"
    LODGE_CREATE_ACTIVITY = "LODGE_CREATE_ACTIVITY"
    LODGE_VERSION_ACTIVITY = "LODGE_VERSION_ACTIVITY"
    MODEL_RUN_BATCH_SUBMIT = "MODEL_RUN_BATCH_SUBMIT"
    MODEL_RUN_LODGE_ONLY = "MODEL_RUN_LODGE_ONLY"
    MODEL_RUN_PROV_LODGE = "MODEL_RUN_PROV_LODGE"
    MODEL_RUN_UPDATE = "MODEL_RUN_UPDATE"
    MODEL_RUN_UPDATE_LODGE_ONLY = "MODEL_RUN_UPDATE_LODGE_ONLY"
    PROV_LODGE_WAKE_UP = "PROV_LODGE_WAKE_UP"
    REGISTER_CREATE_ACTIVITY = "REGISTER_CREATE_ACTIVITY"
    REGISTER_VERSION_ACTIVITY = "REGISTER_VERSION_ACTIVITY"
    REGISTRY_WAKE_UP = "REGISTRY_WAKE_UP"
    SEND_EMAIL = "SEND_EMAIL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> JobSubType:
        # A dict lookup instead of `cls(value)`, which runs two Python-level calls of the enum machinery per
        # value; anything unknown (or unhashable) still goes to `cls(value)` for its usual ValueError.
        try:
            return _BY_VALUE[value]
        except (KeyError, TypeError):
            return cls(value)


_BY_VALUE: dict[Any, JobSubType] = {member.value: member for member in JobSubType}
