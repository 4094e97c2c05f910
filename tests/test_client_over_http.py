"""The client against the mock under granian, over real HTTP.

Every dialect, every declared error and each operation gives the documented exception (the one
table, tests.support.client.EXPECTED), retried where it belongs; and so does each gateway body.
The async client, which sends through the same ``_send``, runs a smoke matrix of the same."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from mavi_client import (
    AsyncMaviClient,
    MaviClient,
    MaviError,
    NotFoundError,
    RetryPolicy,
    ServerError,
)
from mavi_contract import DIALECTS
from tests.support import KEY, ROOT, SEED_ASSET, MockProcess, running_mock
from tests.support.client import EXPECTED

pytestmark = pytest.mark.slow

SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text())
TABLE = {row["status"]: row for row in SPEC["x-dialect-table"]}
MAX_RETRIES = 2
OPERATIONS = {
    "createVideoEmbedding": "embed_video",
    "uploadAsset": "upload",
    "createSignedUploadUrl": "upload_via_signed_url",
    "getAssetMetadata": "get_asset",
}


def declared(operation_id: str) -> list[int]:
    for item in SPEC["paths"].values():
        for op in item.values():
            if op["operationId"] == operation_id:
                return sorted(int(s) for s in op["responses"] if s != "200")
    raise KeyError(operation_id)


MATRIX = [(op, status) for op in OPERATIONS for status in declared(op)]


@pytest.fixture(scope="module", params=DIALECTS)
def mock(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[MockProcess]:
    data = Path(tmp_path_factory.mktemp(f"http-{request.param}"))
    with running_mock(data, MOCK_DIALECT=request.param) as process:
        process.dialect = request.param  # type: ignore[attr-defined]
        yield process


def arguments(method: str) -> tuple[Any, ...]:
    if method in ("upload", "upload_via_signed_url"):
        return (io.BytesIO(b"\x00\x00\x00\x18ftypmp42 clip"),)
    return (SEED_ASSET,)


def call_sync(mock: MockProcess, method: str, prefer: str, sleeps: list[float]) -> Any:
    client = MaviClient(
        KEY,
        base_url=mock.base_url,
        retry=RetryPolicy(max_retries=MAX_RETRIES, base_delay=0.001, max_delay=0.002),
        sleep=sleeps.append,
        timeout=10,
        headers={"Prefer": prefer},
    )
    with client:
        kwargs = {"filename": "clip.mp4"} if "upload" in method else {}
        return getattr(client, method)(*arguments(method), **kwargs)


def call_async(mock: MockProcess, method: str, prefer: str, sleeps: list[float]) -> Any:
    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def run() -> Any:
        client = AsyncMaviClient(
            KEY,
            base_url=mock.base_url,
            retry=RetryPolicy(max_retries=MAX_RETRIES, base_delay=0.001, max_delay=0.002),
            sleep=sleep,
            timeout=10,
            headers={"Prefer": prefer},
        )
        async with client:
            kwargs = {"filename": "clip.mp4"} if "upload" in method else {}
            return await getattr(client, method)(*arguments(method), **kwargs)

    return asyncio.run(run())


CALLERS: dict[str, Callable[[MockProcess, str, str, list[float]], Any]] = {
    "sync": call_sync,
    "async": call_async,
}


def check_error(mock: MockProcess, operation: str, status: int, mode: str) -> None:
    dialect: str = mock.dialect  # type: ignore[attr-defined]
    sleeps: list[float] = []
    with pytest.raises(MaviError) as info:
        CALLERS[mode](mock, OPERATIONS[operation], f"code={status}", sleeps)
    error = info.value
    expected_class, retried = EXPECTED[status]
    assert type(error) is expected_class, repr(error)
    assert error.status == status
    assert error.http_status == (200 if dialect == "legacy" else status)
    assert error.code == TABLE[status][dialect]
    assert len(sleeps) == (MAX_RETRIES if retried else 0)


@pytest.mark.parametrize(("operation", "status"), MATRIX)
def test_every_declared_error_in_every_dialect(
    mock: MockProcess, operation: str, status: int
) -> None:
    check_error(mock, operation, status, "sync")


#: One error that is not retried and one that is, for each operation of the async client.
SMOKE = [(op, status) for op in OPERATIONS for status in (401, 429) if status in declared(op)]


@pytest.mark.parametrize(("operation", "status"), SMOKE)
def test_the_async_client_gives_the_same_errors(
    mock: MockProcess, operation: str, status: int
) -> None:
    check_error(mock, operation, status, "async")


@pytest.mark.parametrize("mode", CALLERS)
@pytest.mark.parametrize(
    ("gateway", "expected", "retried"),
    [(503, ServerError, True), (502, ServerError, True), (404, NotFoundError, False)],
)
def test_gateway_bodies(
    mock: MockProcess, gateway: int, expected: type[MaviError], retried: bool, mode: str
) -> None:
    sleeps: list[float] = []
    with pytest.raises(MaviError) as info:
        CALLERS[mode](mock, "embed_video", f"gateway={gateway}", sleeps)
    assert type(info.value) is expected and info.value.status == gateway
    assert len(sleeps) == (MAX_RETRIES if retried else 0)


@pytest.mark.parametrize("mode", CALLERS)
def test_values_in_every_dialect(mock: MockProcess, mode: str) -> None:
    sleeps: list[float] = []
    assert len(CALLERS[mode](mock, "embed_video", "", sleeps)) == 1408
    assert CALLERS[mode](mock, "upload", "", sleeps).startswith("re_")
    asset = CALLERS[mode](mock, "upload_via_signed_url", "", sleeps)
    assert asset.startswith("re_")
    record = CALLERS[mode](mock, "get_asset", "", sleeps)
    assert record.upload_status.value == "SUCCESS"
    assert sleeps == []
