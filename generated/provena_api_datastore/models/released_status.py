from enum import StrEnum


class ReleasedStatus(StrEnum):
    NOT_RELEASED = "NOT_RELEASED"
    PENDING = "PENDING"
    RELEASED = "RELEASED"

    def __str__(self) -> str:
        return str(self.value)
