"""`tipline diff OLD NEW`: two real runs of the seeds, the second on edited pages, compared as a reviewer would."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import diff
from tests.conftest import RAW, ROOT, invoke

SEED_TIP = "001_cea7fd3a209b6896.txt"  # seven numbered tips (JoAnna Brandi)
SEED_TITLE = "002_7dca9ea3ca8daa6e.txt"  # "How To Make The Customer Happy?" on its first line
SEED_GONE = "003_c110c95d04de709f.txt"  # three tips; deleted in the second run
SEED_SPLIT = "004_5be31a17305c0e76.txt"  # two articles; the first's licence statement gains a year
NEW_PAGE = """Three Ways To Calm A Queue
By Dana Reed

A long line makes people restless. These small habits keep a waiting room friendly.

- Greet each person as they join the line, so nobody feels forgotten.
- Say how long the wait will be, and update it when it changes.
- Offer a seat or a glass of water to anyone who has waited a while.
"""


def run(runner, raw: Path, out: Path) -> None:
    result = invoke(runner, "--no-progress", "run", str(raw), str(out))
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> tuple[Path, Path]:
    """The seeds' output, and the output after one tip inserted, a title and a licence edited, a page deleted and
    one added."""
    from click.testing import CliRunner

    runner, base = CliRunner(), tmp_path_factory.mktemp("diff")
    raw = base / "raw"
    shutil.copytree(RAW, raw)
    run(runner, raw, base / "old")
    page = raw / SEED_TIP
    lines = page.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("3. "))
    lines.insert(at, "3. Keep a notebook of the questions customers ask most, and learn one new answer each week.")
    for i in range(at + 1, len(lines)):
        if lines[i][:1].isdigit() and lines[i][1:3] == ". ":
            lines[i] = f"{int(lines[i][0]) + 1}{lines[i][1:]}"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page = raw / SEED_TITLE
    page.write_text(page.read_text(encoding="utf-8").replace("How To Make The Customer Happy?",
                                                             "How To Keep The Customer Happy", 1), encoding="utf-8")
    page = raw / SEED_SPLIT
    page.write_text(page.read_text(encoding="utf-8").replace("©Susan Dunn,", "©2007 Susan Dunn,", 1),
                    encoding="utf-8")
    (raw / SEED_GONE).unlink()
    (raw / "zz_new.txt").write_text(NEW_PAGE, encoding="utf-8")
    run(runner, raw, base / "new")
    return base / "old", base / "new"


def test_diff_names_what_changed_in_two_real_runs(runs):
    old, new = runs
    result = diff.diff(str(old), str(new)).as_dict()
    articles, tips = result["articles"], result["tips"]
    assert [a["key"] for a in articles["added"]] == ["zz_new.txt"]
    assert [a["key"] for a in articles["removed"]] == [SEED_GONE]
    changed = {c["key"]: c for c in articles["changed"]}
    assert set(changed) == {SEED_TIP, SEED_TITLE, SEED_SPLIT}, changed  # the split page's part 1 is unchanged
    assert changed[SEED_TIP]["changed"] == ["text", "tip_count"] and changed[SEED_TIP]["detail"]["tip_count"] == [7, 8]
    assert changed[SEED_TITLE]["detail"]["title"] == ["How To Make The Customer Happy?",
                                                      "How To Keep The Customer Happy"]
    assert "licence" in changed[SEED_SPLIT]["changed"] and "2007" in changed[SEED_SPLIT]["detail"]["licence"][1]
    # the inserted tip is one tip added, not five later tips changed (tips are aligned on their texts)
    inserted = [t for t in tips["added"] if t["article"] == SEED_TIP]
    assert [t["position"] for t in inserted] == [3] and inserted[0]["headline"].startswith("Keep a notebook")
    assert not [c for c in tips["changed"] if c["key"].startswith(SEED_TIP)]
    assert {t["article"] for t in tips["removed"]} == {SEED_GONE} and len(tips["removed"]) == 3
    assert {t["article"] for t in tips["added"]} == {SEED_TIP, "zz_new.txt"}
    licence_changed = [c for c in tips["changed"] if c["key"].startswith(SEED_SPLIT)]
    assert licence_changed and all("licence" in c["changed"] for c in licence_changed)
    assert result["counts"]["articles"] == [6, 6] and result["different"] is True


def test_diff_text_form_is_short_and_readable(runner, runs):
    old, new = runs
    result = invoke(runner, "diff", str(old), str(new), "--limit", "2")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[1] == "articles: 6 -> 6: 1 added, 1 removed, 3 changed (licence 1, text 1, tip_count 1, title 1)"
    assert lines[2].startswith("tips: 29 -> ") and " 1 removed" not in lines[2]
    assert "  + zz_new.txt  \"Three Ways To Calm A Queue\" (3 tips)" in lines
    assert f"  - {SEED_GONE}  \"Brush Up Those Customer Care Skills\" (3 tips)" in lines
    assert any(line.startswith("  ... and ") for line in lines)  # --limit 2 cut a section short
    assert max(map(len, lines[1:])) <= 200  # values are cut to a few words
    assert result.stderr == ""


def test_diff_json_is_one_document_with_everything(runner, runs):
    old, new = runs
    result = invoke(runner, "diff", "--format", "json", "--limit", "1", str(old), str(new))
    data = json.loads(result.stdout)
    assert set(data) == {"old", "new", "different", "counts", "totals", "articles", "tips"}
    assert len(data["articles"]["changed"]) == 3  # --limit shortens the text form only


def test_diff_exit_code_only_when_asked(runner, runs):
    old, new = runs
    assert invoke(runner, "diff", str(old), str(new)).exit_code == 0
    assert invoke(runner, "diff", "--exit-code", str(old), str(new)).exit_code == 1
    same = invoke(runner, "diff", "--exit-code", str(old), str(old))
    assert same.exit_code == 0 and same.stdout.splitlines()[-1] == "no differences"


def test_diff_matches_articles_whatever_path_the_run_was_given(runner, tmp_path, monkeypatch):
    """One run given `raw` (relative), one the absolute path: the same inputs, so no difference."""
    shutil.copytree(RAW, tmp_path / "raw")
    monkeypatch.chdir(tmp_path)
    run(runner, Path("raw"), tmp_path / "a")
    run(runner, tmp_path / "raw", tmp_path / "b")
    result = diff.diff(str(tmp_path / "a"), str(tmp_path / "b"))
    assert not result.different, result.as_dict()


def test_diff_reads_counts_written_as_lists(tmp_path):
    """Outputs of tipline versions that write repairs as [{name, count}] compare with older ones."""
    assert diff.counts([{"name": "nbsp", "count": 2}]) == diff.counts({"nbsp": 2}) == {"nbsp": 2}


def test_diff_refuses_what_is_no_output(runner, runs, tmp_path):
    old, _ = runs
    result = invoke(runner, "diff", str(old), str(tmp_path / "missing"))
    assert result.exit_code == 2 and "not a directory" in result.stderr
    (tmp_path / "empty").mkdir()
    result = invoke(runner, "diff", str(tmp_path / "empty"), str(old))
    assert result.exit_code == 2 and "holds no articles.jsonl" in result.stderr


def test_diff_in_a_subprocess_with_a_pipe(runs):
    old, new = runs
    proc = subprocess.run([sys.executable, "-m", "pipeline", "diff", str(old), str(new)], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0 and proc.stdout.startswith("tipline diff "), proc.stderr
