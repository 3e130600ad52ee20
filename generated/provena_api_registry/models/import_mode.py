from enum import StrEnum


class ImportMode(StrEnum):
    ADD_ONLY = "ADD_ONLY"
    ADD_OR_OVERWRITE = "ADD_OR_OVERWRITE"
    OVERWRITE_ONLY = "OVERWRITE_ONLY"
    SYNC_ADD_OR_OVERWRITE = "SYNC_ADD_OR_OVERWRITE"
    SYNC_DELETION_ALLOWED = "SYNC_DELETION_ALLOWED"

    def __str__(self) -> str:
        return str(self.value)
