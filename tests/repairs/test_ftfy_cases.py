"""ftfy's own test cases (``../shared/benchmarks/ftfy-cases``, skipped where absent): tipline's repair fixes at
least as many as ftfy alone, leaves every negative untouched and deletes no character."""

from __future__ import annotations

import pytest

from bench.bench_ftfy_cases import CASES, ftfy_repair, load, score, tipline_repair

pytestmark = pytest.mark.skipif(not CASES.is_dir(), reason=f"{CASES} is absent (shared benchmarks)")


def test_repair_meets_the_ftfy_case_targets():
    cases = load()
    ours, theirs = score(cases, tipline_repair), score(cases, ftfy_repair)
    fixed = ours["in-the-wild"] + ours["synthetic"]
    assert fixed >= max(97, theirs["in-the-wild"] + theirs["synthetic"]), ours["failures"]
    assert ours["negative"] == len(cases["negative"]), ours["failures"]
    assert ours["deleted"] == 0
