from __future__ import annotations

from enum import StrEnum
from typing import Any


class RequestStatus(StrEnum):
    ACTIONED_PENDING_DELETION = "ACTIONED_PENDING_DELETION"
    APPROVED_PENDING_ACTION = "APPROVED_PENDING_ACTION"
    DENIED_PENDING_DELETION = "DENIED_PENDING_DELETION"
    PENDING_APPROVAL = "PENDING_APPROVAL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> RequestStatus:
        # A dict lookup instead of `cls(value)`, which runs two Python-level calls of the enum machinery per
        # value; anything unknown (or unhashable) still goes to `cls(value)` for its usual ValueError.
        try:
            return _BY_VALUE[value]
        except (KeyError, TypeError):
            return cls(value)


_BY_VALUE: dict[Any, RequestStatus] = {member.value: member for member in RequestStatus}
