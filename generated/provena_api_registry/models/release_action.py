from enum import StrEnum


class ReleaseAction(StrEnum):
    APPROVE = "APPROVE"
    REJECT = "REJECT"
    REQUEST = "REQUEST"

    def __str__(self) -> str:
        return str(self.value)
