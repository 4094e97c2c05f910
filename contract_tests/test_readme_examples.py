"""README's retry and polling examples (issue 21), run as pasted into a consumer project: pytest in
a subprocess, with the installed plugin, in each dialect."""

from __future__ import annotations

from pathlib import Path

import pytest

# The consumer's pytest runs in this process (pytester, in-process): what it imports of the mock
# (numpy's C extension among it) is imported here first, so that pytester's restore of
# sys.modules between runs never makes it load twice.
import mock_server.testing  # noqa: F401  isort: skip

pytestmark = pytest.mark.slow  # a consumer's pytest session, with a served mock

README = Path(__file__).resolve().parent.parent / "README.md"


def readme_example() -> str:
    """The one Python block of README that scripts answers and walks a lifecycle."""
    blocks = [b.split("```", 1)[0] for b in README.read_text().split("```python\n")[1:]]
    (example,) = [b for b in blocks if "mavi_mock.script(" in b and "mavi_mock.lifecycle(" in b]
    return example


def test_the_readme_example_is_a_retry_and_a_polling_test_in_each_dialect() -> None:
    example = readme_example()
    assert "def test_" in example and '[503, 503, "pass"]' in example
    assert "wait_until_ready" in example and '"FAILED"' in example
    assert "legacy" in example


def test_the_readme_examples_pass_as_pasted(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_from_readme=readme_example())
    result = pytester.runpytest_inprocess("-q", "-p", "no:cacheprovider", "-p", "no:randomly")
    result.assert_outcomes(passed=6)  # two tests, three dialects
