"""Requests whose routing is easy to get wrong (a trailing slash, HEAD, a slash in an id, another
server's path), and the operation the mock routes each to: held against Flask's own url_map by
``tests/test_dialect_per_operation.py``, and against the proxy's drift by
``tests/test_drift_conformance.py``."""

from __future__ import annotations

#: Requests, and the operation Flask routes each to (None: not one of the API's).
ROUTED = [
    ("POST", "/embeddings/video", "createVideoEmbedding"),
    ("POST", "/upload", "uploadAsset"),
    ("POST", "/upload/signed-url", "createSignedUploadUrl"),
    ("GET", "/re_1/metadata", "getAssetMetadata"),
    ("HEAD", "/re_1/metadata", "getAssetMetadata"),
    ("GET", "/a/b/metadata", "getAssetMetadata"),  # a slash in the id: its handler's 400
    ("GET", "/upload/metadata", "getAssetMetadata"),
    ("GET", "//x/metadata", None),
    ("GET", "/metadata", None),
    ("GET", "/re_1/metadata/", None),
    ("POST", "/embeddings/video/", "createVideoEmbedding"),  # the app's strict_slashes is off
    ("POST", "/upload//", None),
    ("GET", "/a//b/metadata", "getAssetMetadata"),
    ("PUT", "/upload", None),
    ("GET", "/embeddings/video", None),
    ("OPTIONS", "/upload", None),
    ("POST", "/storage/upload/re_1", None),
    ("GET", "/elsewhere", None),
]
