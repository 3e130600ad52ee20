from enum import StrEnum


class RecordType(StrEnum):
    COMPLETE_ITEM = "COMPLETE_ITEM"
    SEED_ITEM = "SEED_ITEM"

    def __str__(self) -> str:
        return str(self.value)
