from enum import StrEnum


class ComponentName(StrEnum):
    ENTITY_REGISTRY = "entity-registry"
    HANDLE_SERVICE = "handle-service"
    JOB_SERVICE = "job-service"
    SYS_ADMIN = "sys-admin"

    def __str__(self) -> str:
        return str(self.value)
