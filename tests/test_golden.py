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


def test_committed_clean_has_no_scrape_damage_left():
    """After repair, clean/ holds no repparttar, no ".pany"-type token and no mojibake (issue 4)."""
    import json
    import re

    from ftfy.badness import is_bad

    from pipeline.repairs.lexicon import zipf

    stripped_com = re.compile(r"(?:^|[\s(“‘\"])\.([a-z]{1,20})\b", re.M)
    for line in (CLEAN / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for text in (record["text"], record["title"] or ""):
            assert "repparttar" not in text.lower(), record["id"]
            leftovers = [m.group(1) for m in stripped_com.finditer(text) if zipf("com" + m.group(1)) >= 3.0]
            assert not leftovers, (record["id"], leftovers)
            assert not any(is_bad(part) for part in text.split("\n")), record["id"]
            assert not re.search(r"â€|Ã.|Â\s|\b\w+í(?:s|t|re|ll|ve)\b", text), record["id"]
