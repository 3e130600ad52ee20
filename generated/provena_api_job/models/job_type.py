from enum import StrEnum


class JobType(StrEnum):
    EMAIL = "EMAIL"
    PROV_LODGE = "PROV_LODGE"
    REGISTRY = "REGISTRY"
    REPORT = "REPORT"

    def __str__(self) -> str:
        return str(self.value)
