from enum import StrEnum


class LockActionType(StrEnum):
    LOCK = "LOCK"
    UNLOCK = "UNLOCK"

    def __str__(self) -> str:
        return str(self.value)
