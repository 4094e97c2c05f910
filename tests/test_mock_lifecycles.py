"""Asset lifecycles (``PUT /__mock/assets/<id>/status``, issue 21): each metadata read answers
the next status and the last stays; embeds see the status in force without using a step."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.support import BASE_PATH, SEED_ASSET, MakeApp
from tests.support.scripted import AUTH, DIALECTS, embed, metadata, outcome


def lifecycle(client: FlaskClient, sequence: Any, asset_id: str = SEED_ASSET) -> Any:
    return client.put(f"/__mock/assets/{asset_id}/status", json={"sequence": sequence})


def status(answer: Any) -> str:
    assert answer.status_code == 200, answer.get_json()
    value: str = answer.get_json()["data"]["resource"][0]["upload_status"]
    return value


@pytest.fixture(params=DIALECTS)
def app(request: pytest.FixtureRequest, make_app: MakeApp) -> Flask:
    return make_app(dialect=request.param)


def test_uploading_twice_then_failed_and_the_last_stays(app: Flask) -> None:
    client = app.test_client()
    answer = lifecycle(client, ["UPLOADING", "UPLOADING", "FAILED"])
    assert answer.status_code == 200, answer.get_json()
    assert answer.get_json()["data"]["sequence"] == ["UPLOADING", "UPLOADING", "FAILED"]
    assert [status(metadata(client)) for _ in range(5)] == [
        "UPLOADING", "UPLOADING", "FAILED", "FAILED", "FAILED"
    ]  # fmt: skip


def test_embeds_are_refused_until_success_without_using_a_step(app: Flask) -> None:
    client = app.test_client()
    assert lifecycle(client, ["WAITING", "UPLOADING", "SUCCESS"]).status_code == 200
    for _ in range(3):  # the status in force is the first until a metadata read moves it
        refused = embed(client)
        assert outcome(refused) == 400
        assert "upload_status WAITING" in refused.get_json()["msg"]
    assert status(metadata(client)) == "WAITING"
    assert status(metadata(client)) == "UPLOADING"
    assert "upload_status UPLOADING" in embed(client).get_json()["msg"]
    assert status(metadata(client)) == "SUCCESS"
    assert embed(client).get_json()["data"]["embedding"]
    # Its last step taken, the lifecycle is gone and its last status is the asset's.
    assert client.get("/__mock/scripts").get_json()["data"]["lifecycles"] == []
    assert status(metadata(client)) == "SUCCESS"


def test_after_the_last_step_the_flag_drops_and_the_last_status_stays(
    make_app: MakeApp,
) -> None:
    app = make_app()
    client = app.test_client()
    mock = app.extensions["mavi_mock"]
    assert lifecycle(client, ["UPLOADING", "FAILED"]).status_code == 200
    assert mock.scenarios.scripts is True
    assert [status(metadata(client)) for _ in range(2)] == ["UPLOADING", "FAILED"]
    assert mock.scenarios.scripts is False  # (the embedding shortcut answers again)
    assert [status(metadata(client)) for _ in range(2)] == ["FAILED", "FAILED"]
    assert "upload_status FAILED" in embed(client).get_json()["msg"]
    assert client.post("/__mock/reset").status_code == 200  # an example asset is itself again
    assert status(metadata(client)) == "SUCCESS"


def test_head_takes_no_step(make_app: MakeApp) -> None:
    client = make_app().test_client()
    assert lifecycle(client, ["WAITING", "FAILED"]).status_code == 200
    url = f"{BASE_PATH}/{SEED_ASSET}/metadata"
    assert [client.head(url, headers=AUTH).status_code for _ in range(3)] == [200] * 3
    assert [status(metadata(client)) for _ in range(2)] == ["WAITING", "FAILED"]


def test_a_signed_url_asset_still_waiting_and_any_id_under_accept_any_get_lifecycles(
    make_app: MakeApp,
) -> None:
    client = make_app(accept_any_asset=True).test_client()
    signed = client.post(
        BASE_PATH + "/upload/signed-url", json={"original_filename": "clip.mp4"}, headers=AUTH
    )
    waiting = signed.get_json()["data"]["asset_id"]
    anyone = "re_100000000000000001"
    for asset_id in (waiting, anyone):
        answer = lifecycle(client, ["UPLOADING", "SUCCESS", "FAILED"], asset_id)
        assert answer.status_code == 200, answer.get_json()
        assert "upload_status UPLOADING" in embed(client, asset_id).get_json()["msg"]
        assert status(metadata(client, asset_id)) == "UPLOADING"
        assert status(metadata(client, asset_id)) == "SUCCESS"
        assert embed(client, asset_id).get_json()["data"]["embedding"]
        assert [status(metadata(client, asset_id)) for _ in range(2)] == ["FAILED", "FAILED"]
        assert outcome(embed(client, asset_id)) == 400


def test_an_embed_the_shortcut_cached_is_refused_once_a_lifecycle_is_set(
    make_app: MakeApp,
) -> None:
    client = make_app().test_client()
    assert embed(client).status_code == 200
    assert embed(client).status_code == 200  # the shortcut's answer now
    assert lifecycle(client, ["FAILED"]).status_code == 200
    assert embed(client).status_code == 400


def test_a_reset_forgets_lifecycles(make_app: MakeApp) -> None:
    client = make_app().test_client()
    assert lifecycle(client, ["FAILED"]).status_code == 200
    assert status(metadata(client)) == "FAILED"
    assert client.post("/__mock/reset").status_code == 200
    assert status(metadata(client)) == "SUCCESS"
    assert client.get("/__mock/scripts").get_json()["data"]["lifecycles"] == []


def test_deleting_scripts_keeps_lifecycles(make_app: MakeApp) -> None:
    client = make_app().test_client()
    assert lifecycle(client, ["UPLOADING"]).status_code == 200
    assert client.delete("/__mock/scripts").status_code == 200
    assert status(metadata(client)) == "UPLOADING"


@pytest.mark.parametrize(
    ("asset_id", "body", "listed"),
    [
        ("re_100000000000000001", {"sequence": ["FAILED"]}, "no asset re_100000000000000001"),
        (SEED_ASSET, {"sequence": []}, "WAITING, UPLOADING, SUCCESS, FAILED"),
        (SEED_ASSET, {"sequence": ["DONE"]}, "WAITING, UPLOADING, SUCCESS, FAILED"),
        (SEED_ASSET, {"sequence": "FAILED"}, "WAITING, UPLOADING, SUCCESS, FAILED"),
        (SEED_ASSET, {"steps": ["FAILED"]}, "sequence"),
        (SEED_ASSET, ["FAILED"], "JSON object"),
    ],
)
def test_bad_lifecycles_are_400s_and_store_nothing(
    make_app: MakeApp, asset_id: str, body: Any, listed: str
) -> None:
    client = make_app().test_client()
    answer = client.put(f"/__mock/assets/{asset_id}/status", json=body)
    assert answer.status_code == 400, answer.get_json()
    assert answer.get_json()["code"] == "0001"
    assert listed in answer.get_json()["msg"]
    assert client.get("/__mock/scripts").get_json()["data"]["lifecycles"] == []
    assert status(metadata(client)) == "SUCCESS"
