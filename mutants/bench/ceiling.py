"""The ceiling for any Python mock here: fixed bytes from memory, no routing, no validation.

Served by gunicorn with the mock's settings; the body is the mock's own answer to the seed
request (``BENCH_BODY_FILE``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

BODY = Path(os.environ["BENCH_BODY_FILE"]).read_bytes()
HEADERS = [("Content-Type", "application/json"), ("Content-Length", str(len(BODY)))]


def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    environ["wsgi.input"].read()
    start_response("200 OK", HEADERS)
    return [BODY]
