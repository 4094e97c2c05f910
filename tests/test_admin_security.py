"""The admin endpoints (/__mock/) refuse what a web page can send: cross-site requests (judged by
``Origin`` and ``Sec-Fetch-Site``) and, on a mock bound to loopback, a ``Host`` that is not a
loopback name (DNS rebinding) unless ``--allowed-hosts`` lists it. Issue 18, item 10."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from flask import Flask

from mock_server.admin import ADMIN_SPEC, TOKEN_HEADER
from mock_server.config import ConfigError, MockConfig
from mock_server.serve import config_from_json, config_to_json
from mock_server.testing import serve
from tests.support import BASE_PATH, KEY, SEED_ASSET, MakeApp

EVIL = "https://evil.example"


def _provider_call(app: Flask) -> None:
    """One journal entry, so that a reset that happens shows."""
    answer = app.test_client().get(
        f"{BASE_PATH}/{SEED_ASSET}/metadata", headers={"Authorization": KEY}
    )
    assert answer.status_code == 200


def _journal_size(app: Flask) -> int:
    answer = app.test_client().get("/__mock/journal")
    assert answer.status_code == 200, answer.get_json()
    total: int = answer.get_json()["data"]["total"]
    return total


def _refused(answer: Any, *words: str) -> None:
    assert answer.status_code == 403, answer.get_data(as_text=True)
    body = answer.get_json()
    assert body["code"] == "0403" and body["success"] is False and body["data"] is None
    for word in words:
        assert word in body["msg"]


def _admin_routes(app: Flask) -> list[tuple[str, str]]:
    return sorted(
        (method, rule.rule.replace("<asset_id>", SEED_ASSET).replace("<name>", "openapi.yaml"))
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/__mock/")
        for method in rule.methods or ()
        if method in ("GET", "PUT", "POST", "DELETE")
    )


# --- cross-site requests ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": EVIL, "Sec-Fetch-Site": "cross-site"},  # what a browser sends
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Origin": EVIL},  # a browser without Fetch Metadata
        {"Origin": "null"},  # a sandboxed frame, a file: page
        {"Origin": "http://localhost:9999"},  # another port is another origin
    ],
)
def test_a_cross_site_simple_post_cannot_reset_the_mock(
    make_app: MakeApp, headers: dict[str, str]
) -> None:
    app = make_app()
    _provider_call(app)
    answer = app.test_client().post(
        "/__mock/reset", data="x", content_type="text/plain", headers=headers
    )
    _refused(answer, "cross-site request refused")
    assert _journal_size(app) == 1  # nothing was reset


@pytest.mark.parametrize(
    "headers",
    [
        {},  # curl, httpx, the pytest plugin
        {"Sec-Fetch-Site": "same-origin", "Origin": "http://localhost"},  # a page the mock serves
        {"Sec-Fetch-Site": "none"},  # typed into the address bar
        {"Origin": "http://localhost:80"},
    ],
)
def test_same_origin_and_scripted_requests_still_work(
    make_app: MakeApp, headers: dict[str, str]
) -> None:
    app = make_app()
    _provider_call(app)
    answer = app.test_client().post("/__mock/reset", headers=headers)
    assert answer.status_code == 200, answer.get_json()
    assert _journal_size(app) == 0


# --- Host (DNS rebinding) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "host", ["attacker.example", "attacker.example:8000", "localhost.attacker.example", "mock"]
)
def test_a_foreign_host_cannot_read_the_journal(make_app: MakeApp, host: str) -> None:
    app = make_app()
    _provider_call(app)
    answer = app.test_client().get("/__mock/journal", base_url=f"http://{host}")
    _refused(answer, "Host", "not allowed", "--allowed-hosts", "MOCK_ALLOWED_HOSTS")
    assert "requests" not in answer.get_data(as_text=True)


@pytest.mark.parametrize(
    "host",
    [
        "localhost",
        "localhost:8000",
        "LOCALHOST:8000",
        "127.0.0.1:8000",
        "127.0.0.2",
        "[::1]:8000",
        "app.localhost:5173",
        "192.0.2.7:8000",  # an address, never a name a rebinding page can use
    ],
)
def test_loopback_names_and_addresses_are_allowed(make_app: MakeApp, host: str) -> None:
    answer = make_app().test_client().get("/__mock/journal", base_url=f"http://{host}")
    assert answer.status_code == 200, answer.get_json()


def test_every_admin_route_refuses_a_foreign_host_and_a_cross_site_request(
    make_app: MakeApp,
) -> None:
    app = make_app()
    routes = _admin_routes(app)
    assert len(routes) >= 10
    client = app.test_client()
    for method, path in routes:
        rebinding = client.open(path, method=method, base_url="http://attacker.example")
        _refused(rebinding, "Host")
        cross = client.open(path, method=method, headers={"Sec-Fetch-Site": "cross-site"})
        _refused(cross, "cross-site")


def test_allowed_hosts_extends_the_loopback_names(make_app: MakeApp) -> None:
    app = make_app(allowed_hosts=("mock.internal", ".corp.example"))
    client = app.test_client()
    for host in ("mock.internal:8000", "ci.corp.example", "corp.example", "localhost"):
        assert client.get("/__mock/health", base_url=f"http://{host}").status_code == 200, host
    _refused(client.get("/__mock/health", base_url="http://mock.internal.evil.example"), "Host")
    # Behind a proxy that passes Host 127.0.0.1: a page of the listed name is not cross-site.
    proxied = client.post("/__mock/reset", headers={"Origin": "https://mock.internal"})
    assert proxied.status_code == 200
    anyone = make_app(allowed_hosts=("*",)).test_client()
    assert anyone.get("/__mock/health", base_url="http://attacker.example").status_code == 200
    # '*' opens the Host check only: a cross-site request is still refused.
    _refused(anyone.post("/__mock/reset", headers={"Origin": EVIL}), "cross-site")


def test_off_loopback_the_host_check_applies_only_with_allowed_hosts(make_app: MakeApp) -> None:
    token = {TOKEN_HEADER: "s3cret"}
    open_app = make_app(host="0.0.0.0", admin_token="s3cret")
    client = open_app.test_client()
    answer = client.get("/__mock/health", base_url="http://devbox.lan:8000", headers=token)
    assert answer.status_code == 200
    cross = client.post("/__mock/reset", headers={**token, "Sec-Fetch-Site": "cross-site"})
    _refused(cross, "cross-site")
    listed = make_app(host="192.0.2.7", admin_token="s3cret", allowed_hosts=("mock.internal",))
    client = listed.test_client()
    for host in ("mock.internal", "192.0.2.7:8000", "localhost"):
        assert (
            client.get("/__mock/health", base_url=f"http://{host}", headers=token).status_code
            == 200
        )
    _refused(client.get("/__mock/health", base_url="http://devbox.lan", headers=token), "Host")


def test_the_provider_routes_keep_their_cors_and_take_any_host(make_app: MakeApp) -> None:
    answer = (
        make_app()
        .test_client()
        .get(
            f"{BASE_PATH}/{SEED_ASSET}/metadata",
            base_url="http://attacker.example",
            headers={"Authorization": KEY, "Origin": EVIL, "Sec-Fetch-Site": "cross-site"},
        )
    )
    assert answer.status_code == 200
    assert answer.headers["Access-Control-Allow-Origin"] == EVIL


@pytest.mark.slow  # the mock served by a subprocess
def test_the_served_mock_refuses_a_foreign_host(tmp_path: Path) -> None:
    with serve(MockConfig(data_dir=tmp_path)) as mock:
        own = httpx.get(mock.url + "/__mock/journal", timeout=10)
        foreign = httpx.get(
            mock.url + "/__mock/journal", headers={"Host": "attacker.example"}, timeout=10
        )
    assert own.status_code == 200
    assert foreign.status_code == 403 and foreign.json()["code"] == "0403"


# --- the token, and keys ------------------------------------------------------------------------


def test_with_a_token_every_admin_route_refuses_a_wrong_token(make_app: MakeApp) -> None:
    app = make_app(admin_token="s3cret")
    client = app.test_client()
    for method, path in _admin_routes(app):
        for headers in ({}, {TOKEN_HEADER: "wrong"}, {TOKEN_HEADER: "s3cret-and-more"}):
            answer = client.open(path, method=method, headers=headers)
            assert answer.status_code == 401, (method, path, headers)
        good = client.open(path, method=method, headers={TOKEN_HEADER: "s3cret"})
        assert good.status_code not in (401, 403), (method, path)


def test_keys_never_reach_the_journal_or_a_refusal(make_app: MakeApp) -> None:
    app = make_app()
    _provider_call(app)
    client = app.test_client()
    journal = client.get("/__mock/journal").get_data(as_text=True)
    refused = client.get(
        "/__mock/journal", base_url="http://attacker.example", headers={"Authorization": KEY}
    ).get_data(as_text=True)
    secret = KEY.removeprefix("sk-")
    assert secret not in journal and secret not in refused


# --- the setting --------------------------------------------------------------------------------


def test_the_allowed_hosts_setting(tmp_path: Path) -> None:
    env = {"MOCK_ALLOWED_HOSTS": " Mock.Internal, ci-runner:8000 ,.corp.example,[::2]"}
    config = MockConfig.from_env(env, data_dir=tmp_path)
    assert config.allowed_hosts == ("mock.internal", "ci-runner", ".corp.example", "::2")
    assert MockConfig.from_env({"MOCK_ALLOWED_HOSTS": "*"}).allowed_hosts == ("*",)
    for bad in ("http://x.example", "a b", "x.example/path"):
        with pytest.raises(ConfigError, match="MOCK_ALLOWED_HOSTS"):
            MockConfig.from_env({"MOCK_ALLOWED_HOSTS": bad})
    # granian's workers get the configuration as JSON: the tuple survives the trip.
    assert config_from_json(config_to_json(config)) == config


def test_the_admin_document_declares_the_refusals() -> None:
    paths = yaml.safe_load(ADMIN_SPEC.read_text())["paths"]
    for path, item in paths.items():
        for method, operation in item.items():
            if method in ("get", "put", "post", "delete"):
                assert {"401", "403"} <= set(operation["responses"]), (method, path)
