from enum import StrEnum


class UploadStatus(StrEnum):
    FAILED = "FAILED"
    SUCCESS = "SUCCESS"
    UPLOADING = "UPLOADING"
    WAITING = "WAITING"

    def __str__(self) -> str:
        return str(self.value)
