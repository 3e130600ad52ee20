from enum import StrEnum


class SortType(StrEnum):
    ACCESS_INFO_URI_BEGINS_WITH = "ACCESS_INFO_URI_BEGINS_WITH"
    CREATED_TIME = "CREATED_TIME"
    DISPLAY_NAME = "DISPLAY_NAME"
    RELEASE_TIMESTAMP = "RELEASE_TIMESTAMP"
    UPDATED_TIME = "UPDATED_TIME"

    def __str__(self) -> str:
        return str(self.value)
