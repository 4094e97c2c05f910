"""Against the real provider (opt-in): `make contract-live` with MAVI_API_KEY set.

Throttled to the provider's 1 request/second, with a hard cap on requests, uploading only the
tiny AVI made by ``sample_video``. Writes reports/live/drift-report.{md,json}. Without a key,
every test here is skipped with a message naming the variable.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from contract_tests.drift import DriftRecorder
from contract_tests.sample_video import tiny_avi
from kit_testing import ROOT
from mavi_client import DEFAULT_BASE_URL, MaviClient, RetryPolicy

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(
        not os.environ.get("MAVI_API_KEY"),
        reason="set MAVI_API_KEY (and optionally MAVI_BASE_URL) to run the live provider tests",
    ),
]
MAX_REQUESTS = 40
MIN_INTERVAL = 1.05  # seconds between requests: the provider allows 1 per second per account
REPORTS = ROOT / "reports" / "live"


class ThrottledTransport(httpx.BaseTransport):
    """At most one request per MIN_INTERVAL, and never more than MAX_REQUESTS in the session."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.sent = 0
        self._last = 0.0
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            if self.sent >= MAX_REQUESTS:
                raise RuntimeError(f"live suite hit its cap of {MAX_REQUESTS} requests")
            wait = self._last + MIN_INTERVAL - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last = time.monotonic()
            self.sent += 1
        return self.inner.handle_request(request)


@pytest.fixture(scope="module")
def recorder() -> Iterator[DriftRecorder]:
    drift = DriftRecorder()
    yield drift
    drift.write(REPORTS)


@pytest.fixture(scope="module")
def live_client(recorder: DriftRecorder) -> Iterator[MaviClient]:
    client = MaviClient(
        os.environ["MAVI_API_KEY"],
        base_url=os.environ.get("MAVI_BASE_URL", DEFAULT_BASE_URL),
        transport=ThrottledTransport(httpx.HTTPTransport()),
        retry=RetryPolicy(max_retries=2, base_delay=2.0),
        httpx_args={"event_hooks": {"response": [recorder]}},
    )
    with client:
        yield client


def test_round_trip_upload_poll_embed(live_client: MaviClient, tmp_path: Path) -> None:
    video = tmp_path / "mavi-contract-sample.avi"
    video.write_bytes(tiny_avi())
    asset_id = live_client.upload(video)
    assert asset_id.startswith("re_")
    record = live_client.wait_until_ready(asset_id, timeout=20, poll_interval=1.5)
    assert record.asset_id == asset_id
    vector = live_client.embed_video(asset_id)  # the client checks length and finiteness
    assert len(vector) == 1408


def test_signed_url_round_trip(live_client: MaviClient, tmp_path: Path) -> None:
    """The flow real clients use for big files: a signed URL, the file to the storage (no key)."""
    video = tmp_path / "mavi-contract-sample-signed.avi"
    video.write_bytes(tiny_avi())
    asset_id = live_client.upload_via_signed_url(video)
    assert asset_id.startswith("re_")
    record = live_client.wait_until_ready(asset_id, timeout=20, poll_interval=1.5)
    assert record.asset_id == asset_id


def test_schemathesis_against_the_provider() -> None:
    """The same checks as offline, throttled and bounded in time."""
    base_url = os.environ.get("MAVI_BASE_URL", DEFAULT_BASE_URL)
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "schemathesis"),
            "run",
            str(ROOT / "openapi.yaml"),
            "--url",
            base_url,
            "-H",
            f"Authorization: {os.environ['MAVI_API_KEY']}",
            "--rate-limit",
            "1/s",
            "--phases",
            "examples,stateful",
            "--max-examples",
            "2",
            "--max-time",
            "120",
            "--report-dir",
            str(REPORTS / "schemathesis"),
            # The storage behind signed URLs lives wherever signed_url says, not under the API's
            # base URL: the round trip above covers it.
            "--exclude-operation-id",
            "uploadToSignedUrl",
        ],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    print(result.stdout[-4000:])
    assert result.returncode == 0, result.stdout[-6000:]
