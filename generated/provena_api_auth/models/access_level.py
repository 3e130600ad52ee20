from enum import StrEnum


class AccessLevel(StrEnum):
    ADMIN = "ADMIN"
    READ = "READ"
    WRITE = "WRITE"

    def __str__(self) -> str:
        return str(self.value)
