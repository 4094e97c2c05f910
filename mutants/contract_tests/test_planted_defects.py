"""A mock with a planted defect must be caught; the output names what caught it."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_tests.defects import serve_defective
from contract_tests.test_schemathesis_http import dialect_args, run_schemathesis
from tests.support import KEY

pytestmark = pytest.mark.slow

# (defect, dialect, the Authorization header to send, what must appear in the report)
EXPECTED = [
    ("failed_left_true", "seed", KEY, ["envelope_flags_agree", "Response violates schema"]),
    ("vector_1407_long", "seed", KEY, ["embedding_vector_is_sound", "1407 values"]),
    (
        "bad_model_accepted",
        "seed",
        KEY,
        ["Schema-violating request accepted", "model: Invalid enum value"],
    ),
    ("bearer_accepted", "seed", f"Bearer {KEY}", ["bearer_prefix_is_rejected"]),
    # The legacy dialect's own checks (its errors travel at HTTP 200) still bite.
    ("no_key_accepted", "legacy", KEY, ["legacy_auth_is_enforced", "no key"]),
    ("valid_embedding_refused", "legacy", KEY, ["Valid data should have been accepted"]),
    ("failed_left_true", "legacy", KEY, ["envelope_flags_agree"]),
    # The provider-faithful mock (unknown assets are 400 "Asset not found"): a valid request
    # refused as "Invalid parameters" is still caught.
    ("valid_embedding_refused_400", "faithful", KEY, ["Valid data should have been accepted"]),
]


@pytest.mark.parametrize(
    ("defect", "dialect", "header", "needles"), EXPECTED, ids=[f"{d}-{x}" for d, x, *_ in EXPECTED]
)
def test_planted_defect_is_caught(
    defect: str, dialect: str, header: str, needles: list[str], tmp_path: Path
) -> None:
    faithful = dialect == "faithful"
    dialect = "seed" if faithful else dialect
    with serve_defective(defect, tmp_path, dialect, accept_any_asset=not faithful) as base_url:
        code, output = run_schemathesis(
            base_url,
            f"defect-{defect}-{dialect}",
            "-H",
            f"Authorization: {header}",
            "--max-failures",
            "5",
            document=dialect_args(dialect),
        )
    assert code != 0, f"{defect} was not caught:\n{output[-3000:]}"
    missing = [needle for needle in needles if needle not in output]
    assert not missing, f"{defect}: report lacks {missing}:\n{output[-4000:]}"
