from enum import StrEnum


class DatasetType(StrEnum):
    DATA_STORE = "DATA_STORE"

    def __str__(self) -> str:
        return str(self.value)
