"""Contains all the data models used in inputs/outputs"""

from .asset_metadata import AssetMetadata
from .asset_metadata_envelope import AssetMetadataEnvelope
from .asset_record import AssetRecord
from .embedding_model import EmbeddingModel
from .envelope import Envelope
from .error_envelope import ErrorEnvelope
from .signed_url import SignedUrl
from .signed_url_envelope import SignedUrlEnvelope
from .signed_url_request import SignedUrlRequest
from .success_envelope import SuccessEnvelope
from .upload_envelope import UploadEnvelope
from .upload_request import UploadRequest
from .upload_result import UploadResult
from .upload_status import UploadStatus
from .video_embedding import VideoEmbedding
from .video_embedding_envelope import VideoEmbeddingEnvelope
from .video_embedding_request import VideoEmbeddingRequest

__all__ = (
    "AssetMetadata",
    "AssetMetadataEnvelope",
    "AssetRecord",
    "EmbeddingModel",
    "Envelope",
    "ErrorEnvelope",
    "SignedUrl",
    "SignedUrlEnvelope",
    "SignedUrlRequest",
    "SuccessEnvelope",
    "UploadEnvelope",
    "UploadRequest",
    "UploadResult",
    "UploadStatus",
    "VideoEmbedding",
    "VideoEmbeddingEnvelope",
    "VideoEmbeddingRequest",
)
