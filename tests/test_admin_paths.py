"""Only ``/__mock`` and what lies under ``/__mock/`` are the mock's own endpoints: any other path
(``/__mockery``) is an unknown provider path, answered in the mock's dialect and journaled."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support import MakeApp


def journaled(http: Any) -> list[str]:
    entries = http.get("/__mock/journal").get_json()["data"]["requests"]
    return [entry["path"] for entry in entries]


@pytest.mark.parametrize("path", ["/__mockery", "/__mock-x", "/__mock.json"])
def test_a_path_that_only_starts_like_the_admin_prefix_is_a_provider_path(
    path: str, make_app: MakeApp
) -> None:
    http = make_app(dialect="legacy").test_client()
    answer = http.get(path)
    assert (answer.status_code, answer.get_json()["code"]) == (200, "0404")  # legacy: HTTP 200
    assert journaled(http) == [path]


@pytest.mark.parametrize("path", ["/__mock", "/__mock/", "/__mock/nowhere"])
def test_the_admin_prefix_and_what_lies_under_it_are_the_mocks_own(
    path: str, make_app: MakeApp
) -> None:
    http = make_app(dialect="legacy").test_client()
    answer = http.get(path, headers={"Prefer": "dialect=modern"})
    assert (answer.status_code, answer.get_json()["code"]) == (404, "0404")  # always seed's
    assert journaled(http) == []
