from enum import StrEnum


class IntendedUserType(StrEnum):
    ADMINISTRATOR = "ADMINISTRATOR"
    GENERAL = "GENERAL"

    def __str__(self) -> str:
        return str(self.value)
