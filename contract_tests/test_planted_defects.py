"""A mock with a planted defect must be caught; the output names what caught it."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_tests.defects import serve_defective
from contract_tests.test_schemathesis_http import run_schemathesis
from tests.support import KEY

pytestmark = pytest.mark.slow

# defect -> (the Authorization header to send, what must appear in Schemathesis's report)
EXPECTED = {
    "failed_left_true": (KEY, ["envelope_flags_agree", "Response violates schema"]),
    "vector_1407_long": (KEY, ["embedding_vector_is_sound", "1407 values"]),
    "bad_model_accepted": (KEY, ["Schema-violating request accepted", "model: Invalid enum value"]),
    "bearer_accepted": (f"Bearer {KEY}", ["bearer_prefix_is_rejected"]),
}


@pytest.mark.parametrize("defect", sorted(EXPECTED))
def test_planted_defect_is_caught(defect: str, tmp_path: Path) -> None:
    header, needles = EXPECTED[defect]
    with serve_defective(defect, tmp_path) as base_url:
        code, output = run_schemathesis(
            base_url,
            f"defect-{defect}",
            "-H",
            f"Authorization: {header}",
            "--max-failures",
            "5",
        )
    assert code != 0, f"{defect} was not caught:\n{output[-3000:]}"
    missing = [needle for needle in needles if needle not in output]
    assert not missing, f"{defect}: report lacks {missing}:\n{output[-4000:]}"
