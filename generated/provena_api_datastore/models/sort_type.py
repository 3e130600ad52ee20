from __future__ import annotations

from enum import StrEnum
from typing import Any


class SortType(StrEnum):
    ACCESS_INFO_URI_BEGINS_WITH = "ACCESS_INFO_URI_BEGINS_WITH"
    CREATED_TIME = "CREATED_TIME"
    DISPLAY_NAME = "DISPLAY_NAME"
    RELEASE_TIMESTAMP = "RELEASE_TIMESTAMP"
    UPDATED_TIME = "UPDATED_TIME"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> SortType:
        # A dict lookup instead of `cls(value)`, which runs two Python-level calls of the enum machinery per
        # value; anything unknown (or unhashable) still goes to `cls(value)` for its usual ValueError.
        try:
            return _BY_VALUE[value]
        except (KeyError, TypeError):
            return cls(value)


_BY_VALUE: dict[Any, SortType] = {member.value: member for member in SortType}
