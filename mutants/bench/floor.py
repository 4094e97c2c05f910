"""Flask's one-route floor: what Flask alone costs on the chosen server, with no mock logic.

One route at the mock's path that parses the JSON body and answers the mock's own response body
(``BENCH_BODY_FILE``) from memory. The mock cannot be faster than this on the same server.
"""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, Response, request

BODY = Path(os.environ["BENCH_BODY_FILE"]).read_bytes()
app = Flask("floor")


@app.post("/serve/api/v2/embeddings/video")
def embed() -> Response:
    request.get_json()
    return Response(BODY, mimetype="application/json")
