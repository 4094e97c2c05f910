"""The Prefer header: read only after authentication (a request without a key is a 401 whatever it
prefers, and waits for nothing), in the dialect it asks for."""

from __future__ import annotations

import time

from tests.support import BASE_PATH, SEED_ASSET, MakeApp

METADATA = f"{BASE_PATH}/{SEED_ASSET}/metadata"


def test_a_bad_prefer_without_a_key_is_a_401(make_app: MakeApp) -> None:
    http = make_app().test_client()
    answer = http.get(METADATA, headers={"Prefer": "code=abc"})
    assert answer.status_code == 401


def test_an_unauthenticated_delay_holds_nothing(make_app: MakeApp) -> None:
    http = make_app().test_client()
    started = time.monotonic()
    answer = http.get(METADATA, headers={"Prefer": "delay=3000"})
    assert answer.status_code == 401
    assert time.monotonic() - started < 1.5


def test_the_401_still_speaks_the_requested_dialect(make_app: MakeApp) -> None:
    http = make_app().test_client()
    answer = http.get(METADATA, headers={"Prefer": "dialect=legacy"})
    assert answer.status_code == 200  # legacy: every answer at HTTP 200
    assert answer.get_json()["code"] == "0401"
