from enum import StrEnum


class ItemCategory(StrEnum):
    ACTIVITY = "ACTIVITY"
    AGENT = "AGENT"
    ENTITY = "ENTITY"

    def __str__(self) -> str:
        return str(self.value)
