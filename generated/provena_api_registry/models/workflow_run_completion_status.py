from enum import StrEnum


class WorkflowRunCompletionStatus(StrEnum):
    COMPLETE = "COMPLETE"
    INCOMPLETE = "INCOMPLETE"
    LODGED = "LODGED"

    def __str__(self) -> str:
        return str(self.value)
