from enum import StrEnum


class EmbeddingModel(StrEnum):
    MULTIMODALEMBEDDING001 = "multimodalembedding@001"

    def __str__(self) -> str:
        return str(self.value)
