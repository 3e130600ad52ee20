from __future__ import annotations

from enum import StrEnum
from typing import Any


class ImportMode(StrEnum):
    ADD_ONLY = "ADD_ONLY"
    ADD_OR_OVERWRITE = "ADD_OR_OVERWRITE"
    OVERWRITE_ONLY = "OVERWRITE_ONLY"
    SYNC_ADD_OR_OVERWRITE = "SYNC_ADD_OR_OVERWRITE"
    SYNC_DELETION_ALLOWED = "SYNC_DELETION_ALLOWED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> ImportMode:
        # A dict lookup instead of `cls(value)`, which runs two Python-level calls of the enum machinery per
        # value; anything unknown (or unhashable) still goes to `cls(value)` for its usual ValueError.
        try:
            return _BY_VALUE[value]
        except (KeyError, TypeError):
            return cls(value)


_BY_VALUE: dict[Any, ImportMode] = {member.value: member for member in ImportMode}
