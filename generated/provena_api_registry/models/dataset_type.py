from __future__ import annotations

from enum import StrEnum
from typing import Any


class DatasetType(StrEnum):
    DATA_STORE = "DATA_STORE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> DatasetType:
        # A dict lookup instead of `cls(value)`, which runs two Python-level calls of the enum machinery per
        # value; anything unknown (or unhashable) still goes to `cls(value)` for its usual ValueError.
        try:
            return _BY_VALUE[value]
        except (KeyError, TypeError):
            return cls(value)


_BY_VALUE: dict[Any, DatasetType] = {member.value: member for member in DatasetType}
