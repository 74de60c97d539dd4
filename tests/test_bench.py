"""`make bench` must keep working: run every benchmark at smoke size (numbers are not asserted here)."""

import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.slow  # every benchmark at smoke size: ~20 s
def test_benchmarks_run_at_smoke_size(tmp_path):
    out = tmp_path / "results.md"
    proc = subprocess.run([sys.executable, "-m", "bench", "--smoke", "--out", str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = out.read_text()
    assert "FAILED" not in report
    assert report.count("## ") >= 1 and "docs/s" in report
