from enum import StrEnum


class RequestStatus(StrEnum):
    ACTIONED_PENDING_DELETION = "ACTIONED_PENDING_DELETION"
    APPROVED_PENDING_ACTION = "APPROVED_PENDING_ACTION"
    DENIED_PENDING_DELETION = "DENIED_PENDING_DELETION"
    PENDING_APPROVAL = "PENDING_APPROVAL"

    def __str__(self) -> str:
        return str(self.value)
