from enum import StrEnum


class QueryRecordTypes(StrEnum):
    ALL = "ALL"
    COMPLETE_ONLY = "COMPLETE_ONLY"
    SEED_ONLY = "SEED_ONLY"

    def __str__(self) -> str:
        return str(self.value)
