from enum import StrEnum


class ValueType(StrEnum):
    DESC = "DESC"
    URL = "URL"

    def __str__(self) -> str:
        return str(self.value)
