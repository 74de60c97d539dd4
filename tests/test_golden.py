"""Golden test: the committed clean/ (records, manifest and report.html) is exactly what the current code makes of
raw/.

Run ``pytest tests/test_golden.py --update-golden`` (or ``make clean-data``) to regenerate clean/ after an
intended change, and review the diff.
"""

import shutil

from tests.conftest import CLEAN, RAW, invoke, tree_bytes


def test_committed_clean_matches_a_fresh_run(runner, tmp_path, update_golden, monkeypatch):
    out = tmp_path / "clean"
    # Paths in records are as given on the command line, so run from the repo root like `make clean-data`.
    monkeypatch.chdir(RAW.parent)
    result = invoke(runner, "--no-progress", "run", "raw", str(out))
    assert result.exit_code == 0, result.output
    # As `make clean-data` does: the report is deterministic, so it is compared byte for byte like the JSONL.
    result = invoke(runner, "report", str(out), "-o", str(out / "report.html"))
    assert result.exit_code == 0, result.output
    if update_golden:
        shutil.rmtree(CLEAN, ignore_errors=True)
        shutil.copytree(out, CLEAN)
    fresh, committed = tree_bytes(out), tree_bytes(CLEAN)
    assert sorted(fresh) == sorted(committed)
    for name in fresh:
        assert fresh[name] == committed[name], f"clean/{name} is stale: run `make clean-data` and review the diff"
