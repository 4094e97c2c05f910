"""What breaks the contract is a ProtocolError, never a value and never retried: broken envelopes,
payloads of the wrong shape, vectors of the wrong length or content, signed URLs that are no URL.

Every answer is served by httpx.MockTransport (tests.support.client.Server).
"""

from __future__ import annotations

from typing import Any

import pytest

from mavi_client import MaviError, NotFoundError, ProtocolError
from tests.support.client import (
    ASSET,
    BROKEN,
    PAYLOAD,
    RECORD,
    VECTOR,
    Answer,
    Server,
    assert_origin,
    client_for,
    ok,
    ok_embedding,
    run,
    signed_url_answer,
)

#: More broken answers, each a ProtocolError too: the ones BROKEN (shared with test_client_broken_answers) lacks.
MORE_BROKEN: dict[str, tuple[int, bytes | dict[str, Any] | list[Any]]] = {
    "JSON array of numbers on 200": (200, [1, 2]),
    "embedding empty": (200, ok(data={"embedding": []})),
    "a string in the vector": (200, ok(data={"embedding": ["0.1", *VECTOR[1:]]})),
    "a bool in the vector": (200, ok(data={"embedding": [True, *VECTOR[1:]]})),
    "null in the vector": (200, ok(data={"embedding": [None, *VECTOR[1:]]})),
    "modern success code on 401": (401, {"code": 200, "msg": "x", "data": None}),
}


@pytest.mark.parametrize("name", [*BROKEN, *MORE_BROKEN])
def test_what_breaks_the_contract_is_a_protocol_error(name: str) -> None:
    status, body = BROKEN[name] if name in BROKEN else MORE_BROKEN[name]
    server = Server(Answer(status, body))
    with pytest.raises(MaviError) as info:
        run("embed_video", "sync", server)
    assert type(info.value) is ProtocolError, info.value
    assert info.value.status == status
    assert len(server.requests) == 1 and server.sleeps == []
    assert_origin(info.value, "embed_video", server)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_broken_answer_is_not_retried_sync_or_async(mode: str) -> None:
    # The smoke for the sync/async axis (the full list above runs on the sync client).
    server = Server(Answer(200, b"garbage"), ok_embedding())
    with pytest.raises(ProtocolError):
        run("embed_video", mode, server, retries=5)
    assert len(server.requests) == 1 and server.sleeps == []


@pytest.mark.parametrize("op", ["upload", "upload_via_signed_url"])
@pytest.mark.parametrize("asset_id", [None, "", 660727003963174912])
def test_an_asset_id_that_is_not_a_string_is_a_protocol_error(op: str, asset_id: Any) -> None:
    data = {**PAYLOAD[op], "asset_id": asset_id}
    server = Server(Answer(200, {"code": "0000", "msg": "success", "data": data}))
    with pytest.raises(ProtocolError):
        run(op, "sync", server)
    assert server.storage_requests == []


@pytest.mark.parametrize(
    "data",
    [
        {"total": 1},
        {"total": 1, "resource": None},
        {"total": 1, "resource": [{**RECORD, "upload_status": "DONE"}]},
    ],
    ids=["no resource", "resource null", "unknown upload_status"],
)
def test_a_broken_metadata_payload_is_a_protocol_error(data: dict[str, Any]) -> None:
    server = Server(Answer(200, {"code": 200, "msg": "success", "data": data}))
    with pytest.raises(ProtocolError) as info:
        run("get_asset", "sync", server)
    # The answer's own status and code: what the payload broke came in a success.
    assert (info.value.status, info.value.code) == (200, 200)


@pytest.mark.parametrize("code", ["0000", 200])
def test_an_empty_metadata_payload_is_not_found_with_the_answers_code(code: Any) -> None:
    data = {"total": 0, "resource": []}
    server = Server(Answer(200, {"code": code, "msg": "success", "data": data}))
    with pytest.raises(NotFoundError) as info:
        run("get_asset", "sync", server)
    # What the answer means: no such asset (404), though it came as a success (HTTP 200).
    assert (info.value.status, info.value.http_status, info.value.code) == (404, 200, code)
    assert info.value.msg == f"no record for asset {ASSET}"


def test_the_dimension_check_can_be_turned_off() -> None:
    client = client_for(Server(ok_embedding(vector=[0.6, 0.8])), check_dimension=False)
    assert client.embed_video(ASSET) == [0.6, 0.8]


def test_a_storage_answer_other_than_200_or_204_is_a_protocol_error() -> None:
    server = Server(signed_url_answer(), storage=(Answer(201, b""),))
    with pytest.raises(ProtocolError) as info:
        run("upload_via_signed_url", "sync", server)
    assert info.value.subject == "file clip.mp4 (signed URL)"
    last = server.storage_requests[-1]
    assert (info.value.method, info.value.path, info.value.http_status) == (
        last.method,
        last.url.path,
        201,
    )


@pytest.mark.parametrize(
    "url", ["/storage/upload/re_1?expires=1&signature=ab", "ftp://storage.example/x", "", None, 7]
)
def test_a_signed_url_that_is_not_absolute_is_a_protocol_error(url: Any) -> None:
    server = Server(signed_url_answer(url))
    with pytest.raises(ProtocolError):
        run("upload_via_signed_url", "sync", server)
    assert len(server.requests) == 1 and server.storage_requests == []
