"""The mock's settings, one table: every setting is read alike from its environment variable, its
flag and (for what a scenario may change) ``PUT /__mock/scenario``, and refused alike with the
same words; README's table of settings is the table's (issue 20, item 1)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from mock_server.__main__ import build_parser, config_from_args
from mock_server.config import SETTINGS, ConfigError, MockConfig
from mock_server.scenarios import Scenario
from tests.support import MakeApp

ROOT = Path(__file__).resolve().parent.parent
#: A recording (``--replay``) of one exchange, in the layout ``mavi-mock proxy --record`` writes.
RECORDING = ROOT / "tests" / "recordings" / "sample"

#: A value each setting accepts (as text, what it reads as) and one it refuses (None: any text is
#: a value). A setting added to the table without a row here fails the first test.
SAMPLES: dict[str, tuple[str, Any, str | None]] = {
    "host": ("0.0.0.0", "0.0.0.0", None),
    "port": ("8123", 8123, "99999"),
    "workers": ("3", 3, "two"),
    "threads": ("7", 7, "0"),
    "data_dir": ("/tmp/mock-x", Path("/tmp/mock-x"), None),
    "api_keys": ("sk-a, sk-b", ("sk-a", "sk-b"), None),
    "dialect": ("legacy", "legacy", "klingon"),
    "dimension": ("64", 64, "0"),
    "vectors": ("v1", "v1", "v3"),
    "label_cosine": ("0.5", 0.5, "2"),
    "max_body": ("1KiB", 1024, "ten"),
    "max_upload": ("10MB", 10_000_000, "0"),
    "processing_delay": ("1.5", 1.5, "inf"),
    "accept_any_asset": ("yes", True, "maybe"),
    "rate_limit": ("30/min", 0.5, "fast"),
    "latency": ("100-300", (100.0, 300.0), "300-100"),
    "failure_rate": ("0.25", 0.25, "3"),
    "transport_fault": ("reset", "reset", "explode"),
    "transport_fault_rate": ("0.5", 0.5, "-1"),
    "gateway_rate": ("0.1", 0.1, "nan"),
    "unlisted_formats": ("accept", "accept", "maybe"),
    "signed_url_ttl": ("60", 60, "0"),
    "seed": ("7", 7, "x"),
    "journal_size": ("0", 0, "-1"),
    "access_log": ("on", True, "sometimes"),
    "log_format": ("json", "json", "xml"),
    "log_level": ("debug", "debug", "loud"),
    "cors": ("off", False, "perhaps"),
    "admin_token": ("t0k", "t0k", None),
    "allowed_hosts": ("mock.internal", ("mock.internal",), "bad host!"),
    "replay": (str(RECORDING), RECORDING, str(ROOT / "tests" / "no-such-recording")),
    "replay_strict": ("yes", True, "maybe"),
}
#: Settings that mean something only beside another: the other's value for the samples.
NEEDS = {"replay_strict": {"replay": str(RECORDING)}}

#: The one scenario key that is not the setting's name (README: "Admin endpoints").
JSON_KEYS = {"latency": "latency_ms"}

SCENARIO_NAMES = {f.name for f in dataclasses.fields(Scenario)}
BOOLEANS = {name for name, (_, value, _) in SAMPLES.items() if isinstance(value, bool)}


def flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def env_of(name: str) -> str:
    return next(s.env for s in SETTINGS if s.name == name)


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for setting in SETTINGS:
        monkeypatch.delenv(setting.env, raising=False)


def put_scenario(make_app: MakeApp, key: str, value: object) -> tuple[int, dict[str, Any], Any]:
    """``PUT /__mock/scenario {key: value}``: the status, the envelope and the scenario after."""
    app = make_app()
    answer = app.test_client().put("/__mock/scenario", json={key: value})
    return answer.status_code, answer.get_json(), app.extensions["mavi_mock"].scenarios.current()


def env_error(name: str, raw: str) -> str:
    with pytest.raises(ConfigError) as refused:
        MockConfig.from_env({env_of(name): raw})
    return str(refused.value)


def test_every_setting_has_a_sample() -> None:
    assert {s.name for s in SETTINGS} == set(SAMPLES)
    assert {f.name for f in dataclasses.fields(MockConfig)} == set(SAMPLES)


@pytest.mark.parametrize("name", sorted(SAMPLES))
@pytest.mark.usefixtures("clean_environment")
def test_a_value_reads_the_same_from_env_flag_and_scenario(name: str, make_app: MakeApp) -> None:
    raw, expected, _ = SAMPLES[name]
    needed = NEEDS.get(name, {})  # the settings this one needs beside it
    environ = {env_of(n): v for n, v in needed.items()}
    assert getattr(MockConfig.from_env({**environ, env_of(name): raw}), name) == expected
    argv = (
        ([flag(name)] if expected else ["--no-" + flag(name)[2:]])
        if name in BOOLEANS
        else [flag(name), raw]
    )
    beside = [word for n, v in needed.items() for word in (flag(n), v)]
    assert getattr(config_from_args([*beside, *argv])[0], name) == expected
    if name in SCENARIO_NAMES:
        status, body, scenario = put_scenario(make_app, JSON_KEYS.get(name, name), raw)
        assert status == 200, body
        assert getattr(scenario, name) == expected


@pytest.mark.parametrize("name", sorted(n for n, (_, _, bad) in SAMPLES.items() if bad))
@pytest.mark.usefixtures("clean_environment")
def test_a_bad_value_is_refused_alike_by_env_flag_and_scenario(
    name: str, make_app: MakeApp
) -> None:
    bad = SAMPLES[name][2]
    assert bad is not None
    from_env = env_error(name, bad)
    prefix = f"{env_of(name)} / {flag(name)}: "
    assert from_env.startswith(prefix), from_env
    problem = from_env.removeprefix(prefix)
    if name not in BOOLEANS:  # an on/off flag takes no value
        with pytest.raises(ConfigError) as refused:
            config_from_args([flag(name), bad])
        assert str(refused.value) == f"argument {flag(name)}: {problem}"
    if name in SCENARIO_NAMES:
        key = JSON_KEYS.get(name, name)
        status, body, _ = put_scenario(make_app, key, bad)
        assert (status, body["code"], body["failed"]) == (400, "0001", True), body
        assert body["msg"] == f"{key}: {problem}"


@pytest.mark.parametrize(
    ("key", "value", "name", "expected"),
    [
        ("seed", 7, "seed", 7),
        ("failure_rate", 1, "failure_rate", 1.0),
        ("latency_ms", 250, "latency", (250.0, 250.0)),
        ("rate_limit", None, "rate_limit", None),
    ],
)
def test_a_scenario_takes_json_numbers_and_null(
    key: str, value: object, name: str, expected: object, make_app: MakeApp
) -> None:
    status, body, scenario = put_scenario(make_app, key, value)
    assert status == 200, body
    assert getattr(scenario, name) == expected


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("seed", True, "expected an integer from 0 to 2**53-1, got 'true'"),
        ("seed", 1.5, "expected an integer from 0 to 2**53-1, got '1.5'"),
        ("failure_rate", [1], "expected a number, got '[1]'"),
        ("dialect", None, "invalid choice: 'null'; dialect must be one of seed, modern, legacy"),
    ],
)
def test_a_scenario_refuses_json_of_the_wrong_kind(
    key: str, value: object, problem: str, make_app: MakeApp
) -> None:
    status, body, _ = put_scenario(make_app, key, value)
    assert (status, body["msg"]) == (400, f"{key}: {problem}")


def test_the_scenario_is_the_settings_a_scenario_may_change() -> None:
    scenario = {s.name for s in SETTINGS if s.scenario}
    assert scenario == SCENARIO_NAMES
    assert set(Scenario().to_json()) == {JSON_KEYS.get(n, n) for n in scenario}
    config = MockConfig(latency=(1.0, 2.0), seed=5, dialect="modern", data_dir=Path("d"))
    assert Scenario.from_config(config) == Scenario(latency=(1.0, 2.0), seed=5, dialect="modern")


def test_help_names_every_flag_and_variable_once() -> None:
    shown = build_parser("mavi-mock").format_help()
    for setting in SETTINGS:
        assert shown.count(f"[{setting.env}]") == 1, setting.env
        assert re.search(rf"^\s+{flag(setting.name)}\b", shown, re.MULTILINE), setting.name


def readme_settings() -> dict[str, tuple[str, str]]:
    """README's table under "### Settings": flag name -> (variable, default as written)."""
    text = (ROOT / "README.md").read_text()
    table = text.split("### Settings", 1)[1].split("\n\n", 2)[2].split("\n\n", 1)[0]
    rows: dict[str, tuple[str, str]] = {}
    for line in table.splitlines()[2:]:
        flags, variables, default, _ = (cell.strip() for cell in line.strip("|").split(" | ", 3))
        names = re.findall(r"`--([a-z-]+)`", flags)
        envs = re.findall(r"`([A-Z_]+)`", variables)
        defaults = [d.strip() for d in default.split(" / ")]
        names = [n for n in names if not n.startswith("no-")]
        assert len(envs) == len(names), line
        for i, name in enumerate(names):
            rows[name.replace("-", "_")] = (envs[i], defaults[i] if len(defaults) > 1 else default)
    return rows


def test_readme_documents_every_setting_as_the_table_has_it() -> None:
    documented = readme_settings()
    assert set(documented) == {s.name for s in SETTINGS}
    for setting in SETTINGS:
        env, default = documented[setting.name]
        assert env == setting.env, setting.name
        if setting.shown_default:  # README shows the default --help shows ("64 KiB": 64KiB)
            assert default.replace("`", "").replace(" ", "") == setting.shown_default, setting.name


def test_the_admin_document_describes_the_scenario_settings() -> None:
    """admin-openapi.yaml's ``PUT /__mock/scenario`` body: the table's keys and choice lists."""
    document = yaml.safe_load((ROOT / "mock_server" / "admin-openapi.yaml").read_text())
    body = document["paths"]["/__mock/scenario"]["put"]["requestBody"]["content"]
    properties = body["application/json"]["schema"]["properties"]
    rows = {s.key: s for s in SETTINGS if s.scenario}
    assert list(properties) == list(rows)
    for key, row in rows.items():
        assert tuple(properties[key].get("enum", ())) == row.choices, key


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: MockConfig(dialect="klingon", data_dir=Path("d")),
            "MockConfig: dialect: invalid choice: 'klingon'; dialect must be one of seed, modern, legacy",
        ),
        (
            lambda: Scenario(transport_fault="explode"),
            "Scenario: transport_fault: invalid choice: 'explode'; transport_fault must be one of none, reset, empty, truncate",
        ),
        (
            lambda: MockConfig(log_level="loud", data_dir=Path("d")),
            "MockConfig: log_level: invalid choice: 'loud'; log_level must be one of debug, info, warning, error",
        ),
    ],
)
def test_a_config_made_in_python_gets_only_a_choice_the_table_allows(
    make: Any, message: str
) -> None:
    with pytest.raises(ConfigError) as refused:
        make()
    assert str(refused.value) == message


#: A seed past 64 bits: orjson cannot write it, so it once made every answer that shows the
#: scenario a 500 (and was stored all the same).
HUGE_SEED = str(2**70)
SEED_PROBLEM = f"expected an integer from 0 to 2**53-1, got {HUGE_SEED!r}"


@pytest.mark.usefixtures("clean_environment")
def test_a_seed_past_what_json_readers_keep_is_refused_alike(make_app: MakeApp) -> None:
    assert env_error("seed", HUGE_SEED) == f"MOCK_SEED / --seed: {SEED_PROBLEM}"
    with pytest.raises(ConfigError) as refused:
        config_from_args(["--seed", HUGE_SEED])
    assert str(refused.value) == f"argument --seed: {SEED_PROBLEM}"
    app = make_app()
    control = app.extensions["mavi_mock"].scenarios.path
    before = control.read_bytes()
    http = app.test_client()
    answer = http.put("/__mock/scenario", json={"failure_rate": 0.5, "seed": HUGE_SEED})
    assert (answer.status_code, answer.get_json()["msg"]) == (400, f"seed: {SEED_PROBLEM}")
    assert control.read_bytes() == before  # nothing stored, not even the failure rate
    assert http.get("/__mock/scenario").status_code == 200
    assert http.get("/__mock/health").status_code == 200
    assert http.put("/__mock/scenario", json={"seed": 2**53 - 1}).status_code == 200
    assert http.get("/__mock/scenario").get_json()["data"]["seed"] == 2**53 - 1


def test_a_scenario_that_cannot_be_written_is_not_stored(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Write after validate: the control file is written only once the whole scenario is known
    to serialize, so a value that slipped past the rows (forced in here) is refused, not kept."""
    original = Scenario.updated

    def slipped(self: Scenario, changes: dict[str, Any]) -> Scenario:
        scenario = original(self, changes)
        object.__setattr__(scenario, "seed", 2**70)
        return scenario

    app = make_app()
    control = app.extensions["mavi_mock"].scenarios.path
    before = control.read_bytes()
    monkeypatch.setattr(Scenario, "updated", slipped)
    http = app.test_client()
    answer = http.put("/__mock/scenario", json={"failure_rate": 0.5})
    assert (answer.status_code, answer.get_json()["code"]) == (400, "0001")
    assert control.read_bytes() == before
    assert http.get("/__mock/health").status_code == 200


@pytest.mark.parametrize(
    ("name", "value", "raw"),
    [
        ("failure_rate", 5.0, "5.0"),
        ("latency", (300, 100), "300-100"),
        ("rate_limit", -1.0, "-60/min"),
        ("port", 99999, "99999"),
        ("seed", 2**64, str(2**64)),
        ("seed", -1, "-1"),
        ("max_body", 0, "0"),
        ("label_cosine", float("nan"), "NaN"),
        ("journal_size", -1, "-1"),
        ("allowed_hosts", ("bad host!",), "bad host!"),
    ],
)
@pytest.mark.usefixtures("clean_environment")
def test_a_config_made_in_python_is_refused_in_the_environments_words(
    name: str, value: object, raw: str
) -> None:
    """One validation per row: a value given in Python is checked by the row's parser too."""
    problem = env_error(name, raw).split(": ", 1)[1]
    with pytest.raises(ConfigError) as refused:
        MockConfig(**{name: value}, data_dir=Path("d"))  # type: ignore[arg-type]
    assert str(refused.value) == f"MockConfig: {name}: {problem}"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: MockConfig(failure_rate="0.5", data_dir=Path("d")),
            "MockConfig: failure_rate: expected a number, got '0.5'",
        ),
        (lambda: Scenario(seed="7"), "Scenario: seed: expected an integer, got '7'"),
        (lambda: Scenario(seed=True), "Scenario: seed: expected an integer, got True"),
        (
            lambda: MockConfig(cors=1, data_dir=Path("d")),
            "MockConfig: cors: expected True or False, got 1",
        ),
        (
            lambda: MockConfig(port=8000.0, data_dir=Path("d")),
            "MockConfig: port: expected an integer, got 8000.0",
        ),
    ],
)
def test_a_config_made_in_python_gets_values_of_the_settings_type(make: Any, message: str) -> None:
    with pytest.raises(ConfigError) as refused:
        make()
    assert str(refused.value) == message


def test_a_config_made_in_python_keeps_the_values_the_table_allows() -> None:
    config = MockConfig(
        failure_rate=1,
        latency=(100, 300),
        rate_limit=1 / 7,  # shown rounded ("8.57143/min"), kept exact
        threads=None,
        admin_token=None,
        api_keys=("sk-a", "sk-b"),
        allowed_hosts=(".corp.example", "*"),
        seed=2**53 - 1,
        data_dir=Path("d"),
    )
    assert (config.failure_rate, config.latency, config.rate_limit) == (1, (100, 300), 1 / 7)
    assert Scenario.from_config(config).seed == 2**53 - 1
