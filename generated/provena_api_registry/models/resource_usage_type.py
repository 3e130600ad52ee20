from enum import StrEnum


class ResourceUsageType(StrEnum):
    CONFIG_FILE = "CONFIG_FILE"
    FORCING_DATA = "FORCING_DATA"
    GENERAL_DATA = "GENERAL_DATA"
    PARAMETER_FILE = "PARAMETER_FILE"

    def __str__(self) -> str:
        return str(self.value)
