"""`tipline check`: every rule fails on exactly its own defect, thresholds and config work, exit codes hold."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from pipeline import check
from pipeline.check import RULES, CheckConfig
from tests import corpus
from tests.conftest import CLEAN, RAW, invoke


@pytest.fixture
def fixture(tmp_path, monkeypatch):
    """The clean fixture (not yet written); the working directory has no pyproject.toml, so defaults apply."""
    monkeypatch.chdir(tmp_path)
    return corpus.build(tmp_path)


def run_check(runner, *args: str):
    result = invoke(runner, "check", "--format", "json", *args)
    return result, json.loads(result.stdout)


# --------------------------------------------------------------------------------------- one defect per rule


def _append_line(name: str, line: str):
    def defect(f: corpus.CleanDir) -> None:
        f.raw_lines.setdefault(name, []).append(line)

    return defect


def _article_text(record_id: str, old: str, new: str):
    def defect(f: corpus.CleanDir) -> None:
        article = f.article(record_id)
        article["text"] = article["text"].replace(old, new, 1)
        assert new in article["text"]

    return defect


def _schema(f):
    f.article(corpus.B_ID)["unexpected_field"] = 1


def _foreign(f):
    f.article(corpus.A_ID)["title"] += "-巴雷特m82a1"


def _attribution_missing(f):
    f.article(corpus.B_ID)["flags"] = ["attribution-missing"]


def _tip_attribution(f):
    f.tips[0]["attribution"] = "Used with permission."  # does not name JoAnna Brandi, whose licence requires it


def _reuse(f):
    f.tips[2]["reuse"] = "excerpt-ok"  # Susan Dunn's free-reprint grant covers the whole article only


def _duplicate_id(f):
    f.tips.append(dict(f.tips[2]))


def _orphan(f):
    f.tips[2]["article_id"] = "f" * 16


def _noassertion(f):
    for record_id in (corpus.A_ID, corpus.B_ID):
        f.article(record_id)["licence"] = None


def _duplicates(f):
    for n in range(3):  # 4 of 7 articles are copies: 57% > 50%
        entry = json.loads(json.dumps(f.extra_inputs[0]))
        entry["path"] = entry["path"].replace("d.txt", f"d{n}.txt")
        entry["duplicates"][0]["id"] = f"{n}" * 16
        f.extra_inputs.append(entry)


def _empty(f):
    f.tips[2]["text"] = "· · ·"


def _accounting(f):
    f.extra_inputs[1]["fate"] = "emitted"  # the rejected input now claims to be emitted, but emitted nothing


DEFECTS = {
    "json": _append_line("tips.jsonl", '{"kind": "tip", "id": '),
    "schema": _schema,
    "repparttar": _article_text(corpus.A_ID, "long, the customer", "long,repparttar 104500 customer"),
    "stripped-com": _article_text(corpus.C_ID, "company’s", ".pany’s"),
    "mojibake": _article_text(corpus.B_ID, "simple techniques", "simple techniquesâ€™"),
    "foreign-spam": _foreign,
    "control-chars": _article_text(corpus.A_ID, "Be proud", "Be\x07 proud"),
    "bidi-controls": _article_text(corpus.A_ID, "Be proud", "Be \u202eduorp\u202c"),
    "attribution-missing": _attribution_missing,
    "tip-attribution": _tip_attribution,
    "reuse": _reuse,
    "duplicate-id": _duplicate_id,
    "orphan-tip": _orphan,
    "noassertion-share": _noassertion,
    "duplicate-rate": _duplicates,
    "empty-text-rate": _empty,
    "manifest-accounting": _accounting,
}


def test_the_fixture_passes_every_rule(runner, fixture):
    out = fixture.write()
    result, report = run_check(runner, str(out))
    assert result.exit_code == 0, result.stdout
    assert report["ok"] and report["counts"] == {} and report["records"] == {"article": 3, "tip": 3}
    assert "passed" in result.stderr


def test_every_rule_has_a_defect_fixture():
    assert set(DEFECTS) | {"manifest-sha256"} == set(RULES)


@pytest.mark.parametrize("rule", sorted(DEFECTS))
def test_each_defect_fails_exactly_its_rule(runner, fixture, rule):
    DEFECTS[rule](fixture)
    out = fixture.write()
    result, report = run_check(runner, str(out))
    assert result.exit_code == 1
    assert set(report["counts"]) == {rule}, report["findings"]
    for finding in report["findings"]:
        assert finding["rule"] == rule and finding["file"].startswith(str(out)) and finding["message"]


def test_a_duplicate_of_an_indexed_record_is_accounted_for_when_a_dedup_index_ran(runner, fixture):
    # dedup --index drops a new copy of an article an earlier run published: its canonical is not in this output
    fixture.extra_inputs[0]["duplicates"][0].update(duplicate_of="e" * 16, indexed=True)
    out = fixture.write()
    result, report = run_check(runner, str(out))
    assert report["counts"] == {"manifest-accounting": 1}, report["findings"]
    assert "no dedup stage with --index" in report["findings"][0]["message"]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    manifest["options"]["dedup"] = {"index": "clean.index", "level": "article"}
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result, report = run_check(runner, str(out))
    assert result.exit_code == 0, report["findings"]


def test_changed_output_file_fails_manifest_sha256(runner, fixture):
    out = fixture.write()
    path = out / "articles.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[0] = json.dumps(json.loads(lines[0]), ensure_ascii=False)  # same record, other bytes
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result, report = run_check(runner, str(out))
    assert result.exit_code == 1 and set(report["counts"]) == {"manifest-sha256"}
    assert "sha256" in report["findings"][0]["message"]


def test_findings_name_file_line_record_and_rule(runner, fixture):
    _article_text(corpus.C_ID, "company’s", ".pany’s")(fixture)
    out = fixture.write()
    result = invoke(runner, "check", str(out))
    assert result.exit_code == 1
    line = result.stdout.strip()
    assert line.startswith(f"{out / 'articles.jsonl'}:3: [stripped-com] {corpus.C_ID}: text: 1 stripped-'com'")
    assert "'.pany' (company)" in line


def test_missing_manifest_fails_accounting(runner, fixture):
    out = fixture.write()
    (out / "manifest.json").unlink()
    result, report = run_check(runner, str(out))
    assert set(report["counts"]) == {"manifest-accounting"} and "no manifest" in report["findings"][0]["message"]


def test_unreadable_manifest_is_one_json_finding(runner, fixture):
    out = fixture.write()
    (out / "manifest.json").write_text("{not json", encoding="utf-8")
    result, report = run_check(runner, str(out))
    assert report["counts"] == {"json": 1} and report["findings"][0]["file"].endswith("manifest.json")


# --------------------------------------------------------------------------------------- finer points of rules


def test_record_rules_skip_absent_fields():
    bare = {"kind": "article", "id": "0" * 16, "text": "Plain clean text."}
    assert [r for r, _ in check.check_record(bare, CheckConfig(ignore=("schema",)))] == []


def test_tip_without_licence_is_judged_by_its_articles_licence(runner, fixture):
    fixture.tips[0]["licence"] = None
    fixture.tips[0]["author"] = None
    out = fixture.write()
    result, report = run_check(runner, str(out))
    assert set(report["counts"]) == {"tip-attribution"}
    assert corpus.A_ID in report["findings"][0]["message"]


def test_attribution_missing_resolved_only_with_an_author(runner, fixture):
    fixture.article(corpus.C_ID)["author"] = None  # derived_from is still there, but nobody is credited
    out = fixture.write()
    result, report = run_check(runner, str(out))
    assert set(report["counts"]) == {"attribution-missing"}
    assert "no author was carried over" in report["findings"][0]["message"]


def test_quoted_foreign_words_and_non_english_records_pass(runner, fixture):
    fixture.article(corpus.A_ID)["text"] += " The slogan (顾客至上) means the customer comes first."
    chinese = fixture.article(corpus.C_ID)
    chinese["text"] = "顾客就是上帝。" * 20
    chinese["language"] = None
    out = fixture.write()
    result, report = run_check(runner, str(out))
    assert result.exit_code == 0, report["findings"]


def test_look_alikes_of_corruption_pass(runner, fixture):
    fixture.article(corpus.A_ID)["text"] += (
        " Download the .pdf or the .zip, use .NET 4.5 and a .5 mm pen; visit www.example.com, the theparttar shop,"
        " the U.S. office and Ph.D. staff; café, naïve, “quotes” — dashes – and tabs\tare fine.")
    out = fixture.write()
    result, report = run_check(runner, str(out))
    assert result.exit_code == 0, report["findings"]


def test_many_findings_are_counted_but_listed_up_to_the_limit(runner, fixture):
    _noassertion(fixture)
    out = fixture.write()
    result, report = run_check(runner, "--limit", "1", str(out))
    assert report["counts"] == {"noassertion-share": 3} and len(report["findings"]) == 1
    text = invoke(runner, "check", "--limit", "1", str(out))
    assert "... and 2 more (--limit 1)" in text.stdout


# --------------------------------------------------------------------------------------- options and config


def test_threshold_option_fails_a_rate_that_defaults_allow(runner, fixture):
    out = fixture.write()  # 1 dropped duplicate of 4 articles = 25%
    assert invoke(runner, "check", str(out), "--max-duplicate-rate", "0.25").exit_code == 0
    result, report = run_check(runner, "--max-duplicate-rate", "0.2", str(out))
    assert result.exit_code == 1 and set(report["counts"]) == {"duplicate-rate"}
    assert report["findings"][0]["file"].endswith("manifest.json") and report["findings"][0]["record_id"] == corpus.D_ID


def test_pyproject_section_sets_thresholds_and_options_win(runner, fixture, tmp_path):
    _noassertion(fixture)
    out = fixture.write()
    (tmp_path / "pyproject.toml").write_text('[tool.tipline.check]\nmax-noassertion-share = 1.0\n')
    assert invoke(runner, "check", str(out)).exit_code == 0
    assert invoke(runner, "check", str(out), "--max-noassertion-share", "0.5").exit_code == 1
    (tmp_path / "pyproject.toml").write_text('[tool.tipline.check]\nignore = ["noassertion-share"]\n')
    assert invoke(runner, "check", str(out)).exit_code == 0


def test_config_file_option(runner, fixture, tmp_path):
    _noassertion(fixture)
    out = fixture.write()
    config = tmp_path / "gate.toml"
    config.write_text("[tool.tipline.check]\nmax_noassertion_share = 1\n")
    assert invoke(runner, "check", "--config", str(config), str(out)).exit_code == 0


@pytest.mark.parametrize("section", [
    "max-noassertion-share = 1.5",
    'max-noassertion-share = "high"',
    "no-such-key = 1",
    'ignore = ["no-such-rule"]',
    "limit = -1",
    "[broken",
])
def test_bad_config_is_a_usage_error(runner, fixture, tmp_path, section):
    out = fixture.write()
    (tmp_path / "pyproject.toml").write_text(f"[tool.tipline.check]\n{section}\n")
    result = invoke(runner, "check", str(out))
    assert result.exit_code == 2
    assert "pyproject.toml" in result.stderr


@pytest.mark.parametrize("args", [
    ["check"],
    ["check", "does-not-exist"],
    ["check", "--format", "yaml", "clean"],
    ["check", "--max-empty-rate", "2", "clean"],
    ["check", "--ignore", "no-such-rule", "clean"],
])
def test_usage_errors_exit_2(runner, args, fixture):
    assert invoke(runner, *args).exit_code == 2


def test_directory_without_records_is_a_usage_error(runner, tmp_path):
    result = invoke(runner, "check", str(tmp_path))
    assert result.exit_code == 2 and "articles.jsonl" in result.stderr


def test_a_jsonl_file_on_its_own_and_with_its_manifest(runner, fixture):
    out = fixture.write()
    result, report = run_check(runner, str(out / "articles.jsonl"))
    assert result.exit_code == 0 and report["records"] == {"article": 3}
    assert any("manifest" in note for note in report["notes"])
    result, report = run_check(runner, "--manifest", str(out / "manifest.json"), str(out / "articles.jsonl"))
    assert result.exit_code == 0, report["findings"]
    tips_only, report = run_check(runner, str(out / "tips.jsonl"))
    assert tips_only.exit_code == 0 and any("orphan-tip" in note for note in report["notes"])


def test_stdin(runner, fixture):
    out = fixture.write()
    data = (out / "articles.jsonl").read_text(encoding="utf-8")
    assert invoke(runner, "check", "-", input=data).exit_code == 0
    bad = data.replace("company’s", ".pany’s")
    assert invoke(runner, "check", "-", input=bad).exit_code == 1


def test_check_chained_after_write_sees_the_written_output(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(RAW / "002_7dca9ea3ca8daa6e.txt", tmp_path / "page.txt")
    result = invoke(runner, "--no-progress", "read", "page.txt", "write", "out", "check", "out",
                    "--max-noassertion-share", "1")
    assert result.exit_code == 0, result.output
    assert "tipline check: out: passed (1 article(s))" in result.stderr


def test_check_help_lists_every_rule(runner):
    text = invoke(runner, "check", "--help").stdout
    for name in RULES:
        assert name in text


def test_committed_clean_passes_the_gate(runner, monkeypatch):
    monkeypatch.chdir(CLEAN.parent)
    result = invoke(runner, "check", os.path.relpath(CLEAN))
    assert result.exit_code == 0, result.stdout


STRUCTURAL = ("json", "schema", "duplicate-id", "orphan-tip", "manifest-accounting", "manifest-sha256")


def test_committed_clean_is_structurally_sound(runner, monkeypatch):
    """Whatever the stages still miss, the committed output must be well-formed and accounted for."""
    monkeypatch.chdir(CLEAN.parent)
    content_rules = [name for name in RULES if name not in STRUCTURAL]
    result = invoke(runner, "check", "clean", *[arg for name in content_rules for arg in ("--ignore", name)])
    assert result.exit_code == 0, result.stdout


def test_every_rule_has_one_shape_in_one_registry():
    import inspect

    from pipeline.check import REGISTRY, RULES
    from pipeline.check.rules import SCOPES
    assert {r.name for r in REGISTRY} | {"json"} == set(RULES)  # json findings come from reading, not a rule
    for r in REGISTRY:
        assert r.scope in SCOPES
        assert list(inspect.signature(r.check).parameters) in (["record", "config"], ["corpus", "config"]), r.name


def test_a_share_over_its_maximum_is_one_line_naming_the_records(runner, fixture):
    """The failure is the corpus's, not each article's: one line, not the same line once per article."""
    _noassertion(fixture)
    out = fixture.write()
    text = invoke(runner, "check", str(out)).stdout.splitlines()
    lines = [line for line in text if "[noassertion-share]" in line]
    assert len(lines) == 1, text
    assert "3 of 3 articles" in lines[0] and corpus.A_ID in lines[0] and corpus.B_ID in lines[0], lines
    result, report = run_check(runner, str(out))
    assert report["counts"] == {"noassertion-share": 3} and len(report["findings"]) == 3  # JSON: one per record
