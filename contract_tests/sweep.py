"""`make contract-sweep`: the Schemathesis CLI against the provider-faithful mock, with random seeds.

    python -m contract_tests.sweep                    # 10 random seeds, every dialect
    python -m contract_tests.sweep --seeds 3 --dialects seed
    python -m contract_tests.sweep --seed-list 1 2 3 7 --max-examples 100

Each run uses the committed schemathesis.toml with two changes: deterministic generation off and
the run's seed in its place (deterministic mode ignores the seed). The mock is the default one,
as `make mock` runs it: an unknown asset is a 400 "Asset not found", as at the provider. The
seeds that failed are printed at the end, and the exit code is 1 if any did; each run's output is
kept under reports/sweep/.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from contract_tests.checks import LEGACY_EXCLUDED_CHECKS
from kit_testing import KEY, ROOT, running_mock
from mavi_contract import DIALECTS, document_path

CONFIG = ROOT / "schemathesis.toml"
SCHEMATHESIS = str(Path(sys.executable).parent / "schemathesis")
REPORTS = ROOT / "reports" / "sweep"


def seeded_config(seed: int, directory: Path) -> Path:
    text = CONFIG.read_text()
    text, swapped = re.subn(r"(?m)^deterministic = true$", "deterministic = false", text)
    text, seeded = re.subn(r"(?m)^seed = \d+$", f"seed = {seed}", text)
    assert swapped == 1 and seeded == 1, "schemathesis.toml changed shape"
    path = directory / f"schemathesis-{seed}.toml"
    path.write_text(text)
    return path


def run_one(
    dialect: str, seed: int, base_url: str, max_examples: int | None, work: Path
) -> tuple[bool, str]:
    command = [
        SCHEMATHESIS,
        "--config-file",
        str(seeded_config(seed, work)),
        "run",
        str(document_path(dialect)),
        "--url",
        base_url,
        "-H",
        f"Authorization: {KEY}",
        "--report-dir",
        str(REPORTS / f"{dialect}-{seed}"),
    ]
    if dialect == "legacy":
        command += ["--exclude-checks", ",".join(LEGACY_EXCLUDED_CHECKS)]
    if max_examples is not None:
        command += ["--max-examples", str(max_examples)]
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=900
    )
    output = done.stdout + done.stderr
    return done.returncode == 0, output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m contract_tests.sweep", description=__doc__)
    parser.add_argument("--seeds", type=int, default=10, help="how many random seeds (default 10)")
    parser.add_argument("--seed-list", type=int, nargs="*", help="these seeds instead")
    parser.add_argument("--dialects", default=",".join(DIALECTS), help="comma-separated")
    parser.add_argument("--max-examples", type=int, help="Schemathesis -n (default: the config's)")
    args = parser.parse_args(argv)
    seeds = args.seed_list or [random.SystemRandom().randrange(1, 2**31) for _ in range(args.seeds)]
    dialects = [d.strip() for d in args.dialects.split(",") if d.strip()]
    REPORTS.mkdir(parents=True, exist_ok=True)
    failed: list[tuple[str, int]] = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="mavi-sweep-") as tmp:
        work = Path(tmp)
        for dialect in dialects:
            with running_mock(work / f"mock-{dialect}", MOCK_DIALECT=dialect) as mock:
                for seed in seeds:
                    ok, output = run_one(dialect, seed, mock.base_url, args.max_examples, work)
                    (REPORTS / f"{dialect}-{seed}.txt").write_text(output)
                    cases = re.search(r"(\d+) generated", output)
                    print(
                        f"{dialect:7s} seed {seed:>10d}: {'passed' if ok else 'FAILED'}"
                        f" ({cases.group(1) if cases else '?'} cases)",
                        flush=True,
                    )
                    if not ok:
                        failed.append((dialect, seed))
    minutes = (time.monotonic() - started) / 60
    runs = len(seeds) * len(dialects)
    print(f"{runs} runs in {minutes:.1f} min; seeds: {' '.join(map(str, seeds))}")
    if failed:
        print("FAILED: " + ", ".join(f"{d} seed {s}" for d, s in failed))
        print(f"outputs: {REPORTS}/<dialect>-<seed>.txt")
        return 1
    print("every seed passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
