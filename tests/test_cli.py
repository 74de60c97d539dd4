"""The CLI through Click's CliRunner: exit codes, bad inputs, atomic output, determinism, composition."""

import codecs
import json
import os
import random
import shutil

import pytest

from pipeline.cli import cli
from tests.conftest import RAW, invoke, load_jsonl, load_manifest, load_run, tree_bytes

SEEDS = sorted(p.name for p in RAW.iterdir())


def assert_accounted(manifest):
    totals = manifest["totals"]
    assert totals["inputs"] == len(manifest["inputs"])
    assert totals["inputs"] == totals["emitted"] + totals["duplicate"] + totals["rejected"]
    for entry in manifest["inputs"]:
        assert entry["fate"] in ("emitted", "duplicate", "rejected")
        if entry["fate"] == "rejected":
            assert entry["reason"]


def test_run_on_raw_writes_articles_and_manifest(runner, tmp_path):
    out = tmp_path / "clean"
    result = invoke(runner, "--no-progress", "run", str(RAW), str(out))
    assert result.exit_code == 0, result.output
    articles = load_jsonl(out / "articles.jsonl")
    manifest = load_manifest(out)
    assert len(articles) >= 5
    assert [a["id"] for a in articles] == sorted(a["id"] for a in articles)
    assert {os.path.basename(a["source"]["path"]) for a in articles} == set(SEEDS)
    assert_accounted(manifest)
    assert manifest["totals"]["emitted"] == 5
    assert manifest["outputs"]["articles.jsonl"]["records"] == len(articles)
    assert "5 input(s): 5 emitted" in result.stderr


@pytest.fixture
def bad_inputs(raw_copy):
    """raw/ plus one file of every kind of bad input the reader must survive."""
    d = raw_copy
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (d / "nul.txt").write_bytes(b"text with a \x00 NUL")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_bytes(b"   \n\n \t ")
    with open(d / "huge.txt", "wb") as fh:  # one 50 MB line (sparse, so the test is fast)
        fh.truncate(50 * 1024 * 1024)
    (d / "invalid-utf8.txt").write_bytes(b"caf\xe9 \x81 cr\xe8me")  # not UTF-8; \x81 is undefined in cp1252
    (d / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + "Tip: listen first.".encode("utf-16-le"))
    (d / "cp1252.txt").write_bytes("Don\x92t wait \x96 act.".encode("latin-1"))
    (d / "bad.jsonl").write_text('{"text": "Good line."}\n{broken\n{"title": "no text"}\n')
    (d / "nested.html").write_text("<div>" * 3000 + "<p>Deep advice.</p>" + "</div>" * 3000)
    (d / "only-markup.html").write_text("<html><head><style>x</style></head><body></body></html>")
    (d / "dangling.txt").symlink_to(d / "missing-target.txt")
    return d


def test_bad_inputs_are_rejected_one_line_each_and_the_rest_is_written(runner, bad_inputs, tmp_path):
    out = tmp_path / "clean"
    missing = tmp_path / "does-not-exist"
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    result = invoke(runner, "--no-progress", "run", str(bad_inputs), str(missing), str(empty_dir), str(out))
    assert result.exit_code == 1
    manifest = load_manifest(out)
    assert_accounted(manifest)
    fates = {os.path.basename(e["path"]): (e["fate"], e.get("reason")) for e in manifest["inputs"]}
    assert fates["binary.txt"] == ("rejected", "binary")
    assert fates["nul.txt"] == ("rejected", "binary")
    assert fates["empty.txt"] == ("rejected", "empty")
    assert fates["blank.txt"] == ("rejected", "empty")
    assert fates["huge.txt"] == ("rejected", "too_large")
    assert fates["only-markup.html"] == ("rejected", "empty")
    assert fates["does-not-exist"] == ("rejected", "not_found")
    assert fates["nothing"] == ("rejected", "no_inputs")
    assert fates["dangling.txt"][0] == "rejected"
    for good in SEEDS + ["utf16.txt", "cp1252.txt", "invalid-utf8.txt", "bad.jsonl", "nested.html"]:
        assert fates[good][0] == "emitted", good
    bad_jsonl = next(e for e in manifest["inputs"] if e["path"].endswith("bad.jsonl"))
    assert [(r["line"], r["reason"]) for r in bad_jsonl["rejected"]] == [(2, "malformed_jsonl"), (3, "missing_text")]
    texts = {os.path.basename(a["source"]["path"]): a for a in load_jsonl(out / "articles.jsonl")}
    assert texts["utf16.txt"]["text"] == "Tip: listen first."
    assert texts["cp1252.txt"]["text"] == "Don’t wait – act." and texts["cp1252.txt"]["source"]["encoding"] == "cp1252"
    assert "Deep advice." in texts["nested.html"]["text"]
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("tipline: /") or ": " in line]
    for name in ("binary.txt", "empty.txt", "huge.txt", "does-not-exist", "bad.jsonl:2", "bad.jsonl:3"):
        assert any(name in line for line in error_lines), name
    assert "Traceback" not in result.output


def test_strict_writes_nothing_and_keeps_previous_output(runner, raw_copy, tmp_path):
    out = tmp_path / "clean"
    assert invoke(runner, "--no-progress", "run", str(raw_copy), str(out)).exit_code == 0
    before = tree_bytes(out)
    (raw_copy / "empty.txt").write_bytes(b"")
    (raw_copy / "new.txt").write_text("A new page that must not appear.")
    result = invoke(runner, "--no-progress", "--strict", "run", str(raw_copy), str(out))
    assert result.exit_code == 3
    assert "--strict" in result.stderr
    assert tree_bytes(out) == before
    assert sorted(os.listdir(tmp_path)) == ["clean", "raw"]


def test_output_is_identical_whatever_the_file_order(runner, tmp_path):
    outs = []
    for attempt in range(2):
        src = tmp_path / f"raw{attempt}"
        src.mkdir()
        names = list(SEEDS)
        random.Random(attempt).shuffle(names)
        for i, name in enumerate(names):  # different paths and creation order, same bytes
            sub = src / f"d{i}"
            sub.mkdir()
            shutil.copy(RAW / name, sub / name)
        out = tmp_path / f"out{attempt}"
        assert invoke(runner, "--no-progress", "run", str(src), str(out)).exit_code == 0
        outs.append(out)
    a, b = (load_jsonl(o / "articles.jsonl") for o in outs)
    assert [r["id"] for r in a] == [r["id"] for r in b]
    assert [r["text"] for r in a] == [r["text"] for r in b]


def test_same_input_gives_byte_identical_output(runner, tmp_path):
    out1, out2 = tmp_path / "a", tmp_path / "b"
    invoke(runner, "--no-progress", "run", str(RAW), str(out1))
    invoke(runner, "--no-progress", "run", str(RAW), str(out2))
    assert tree_bytes(out1) == tree_bytes(out2)


def test_identical_files_at_two_paths_are_one_article_and_one_duplicate(runner, raw_copy, tmp_path):
    shutil.copy(raw_copy / SEEDS[0], raw_copy / ("zz-copy-of-" + SEEDS[0]))
    out = tmp_path / "clean"
    assert invoke(runner, "--no-progress", "run", str(raw_copy), str(out)).exit_code == 0
    manifest = load_manifest(out)
    assert_accounted(manifest)
    fates = {os.path.basename(e["path"]): e["fate"] for e in manifest["inputs"]}
    assert fates[SEEDS[0]] == "emitted" and fates["zz-copy-of-" + SEEDS[0]] == "duplicate"


def test_stages_compose_through_jsonl(runner, tmp_path):
    first = invoke(runner, "--no-progress", "-q", "read", str(RAW), "write-jsonl", "-")
    assert first.exit_code == 0 and first.stderr == ""
    lines = first.stdout.splitlines()
    assert len(lines) == 5 and all(json.loads(line)["kind"] == "article" for line in lines)
    second = invoke(runner, "--no-progress", "-q", "read-jsonl", "-", "write-jsonl", "-", input=first.stdout)
    assert second.exit_code == 0
    assert second.stdout == first.stdout
    dest = tmp_path / "sub" / "out.jsonl"
    invoke(runner, "--no-progress", "read-jsonl", "-", "write-jsonl", str(dest), input=first.stdout)
    assert dest.read_text() == first.stdout


def test_foreign_jsonl_on_stdin(runner):
    doc = json.dumps({"text": "Always say thanks.", "url": "http://example.org/x", "id": "abc"})
    result = invoke(runner, "--no-progress", "-q", "read", "-", "write-jsonl", "-", input=doc + "\n")
    record = json.loads(result.stdout)
    assert record["text"] == "Always say thanks." and record["source"]["url"] == "http://example.org/x"
    assert record["source"]["path"] == "<stdin>" and record["source"]["input_id"] == "abc"


def test_usage_errors_exit_2(runner):
    assert runner.invoke(cli, ["no-such-command"]).exit_code == 2
    assert runner.invoke(cli, ["--workers", "0", "run", "raw", "out"]).exit_code == 2
    assert runner.invoke(cli, ["run"]).exit_code == 2
    assert runner.invoke(cli, ["schema", "nope"]).exit_code == 2


def test_schema_command_prints_valid_json(runner):
    for name in ("article", "tip", "manifest"):
        result = invoke(runner, "schema", name)
        assert result.exit_code == 0
        assert json.loads(result.stdout)["$id"].endswith({"article": ":article:2", "tip": ":tip:2",
                                                          "manifest": ":manifest:1"}[name])


def test_every_command_has_help_with_an_example(runner):
    assert "Example" in invoke(runner, "--help").stdout
    for name in cli.commands:
        result = invoke(runner, name, "--help")
        assert result.exit_code == 0
        assert "Example" in result.stdout, name
        assert cli.commands[name].help, name


def test_two_workers_give_byte_identical_output(runner, tmp_path):
    out1, out2 = tmp_path / "w1", tmp_path / "w2"
    assert invoke(runner, "--no-progress", "--workers", "1", "run", str(RAW), str(out1)).exit_code == 0
    assert invoke(runner, "--no-progress", "--workers", "2", "run", str(RAW), str(out2)).exit_code == 0
    assert tree_bytes(out1) == tree_bytes(out2)
    assert load_run(out2)["workers"] == 2


def test_manifest_bytes_do_not_depend_on_the_run(runner, tmp_path):
    """Issue 13: timings and the worker count go to run.json (git-ignored in clean/), so `make clean-data` on an
    unchanged tree rewrites manifest.json with the same bytes."""
    out1, out2 = tmp_path / "w1", tmp_path / "w2"
    assert invoke(runner, "--no-progress", "--workers", "1", "run", str(RAW), str(out1)).exit_code == 0
    assert invoke(runner, "--no-progress", "--workers", "2", "run", str(RAW), str(out2)).exit_code == 0
    assert (out1 / "manifest.json").read_bytes() == (out2 / "manifest.json").read_bytes()
    assert "run" not in load_manifest(out1)
    run1, run2 = load_run(out1), load_run(out2)
    assert (run1["workers"], run2["workers"], run1["engine"]) == (1, 2, "local")
    assert set(run1["seconds_per_stage"]) >= {"read", "repair", "write"}


def test_progress_shows_every_stage_on_stderr_only(runner, tmp_path):
    result = invoke(runner, "--progress", "-q", "run", str(RAW), str(tmp_path / "out"))
    assert result.exit_code == 0
    final = result.stderr.replace("\r", "\n").strip().splitlines()[-1]
    for stage in ("read 5", "repair 5", "boilerplate 5", "segment 6", "tips", "dedup#2"):
        assert stage in final, final
    assert "docs/s" in final and "read" not in result.stdout


def test_strict_also_fails_on_a_record_a_stage_dropped(runner, raw_copy, tmp_path):
    """One meaning of "rejected" for exit code 1 and --strict: any drop but a duplicate, input or record."""
    (raw_copy / "licence-only.txt").write_text("Copyright 2008 by Jane Roe. All rights reserved.\n")
    out = tmp_path / "clean"
    plain = invoke(runner, "--no-progress", "run", str(raw_copy), str(out))
    assert plain.exit_code == 1
    entry = next(e for e in load_manifest(out)["inputs"] if e["path"].endswith("licence-only.txt"))
    assert (entry["fate"], entry["reason"]) == ("rejected", "no_article_body")
    before = tree_bytes(out)
    strict = invoke(runner, "--no-progress", "--strict", "run", str(raw_copy), str(out))
    assert strict.exit_code == 3 and tree_bytes(out) == before


# ------------------------------------------------------------------------------------ CLI paper cuts (issue 18)


@pytest.mark.parametrize("chain", [["read", "RAW"], ["read", "RAW", "repair", "tips"], ["read-jsonl", "-"]])
def test_a_chain_without_an_output_step_is_a_usage_error(runner, chain):
    args = [str(RAW) if a == "RAW" else a for a in chain]
    result = invoke(runner, "--no-progress", *args, input="")
    assert result.exit_code == 2, result.output
    assert "writes nothing" in result.stderr and "write OUT" in result.stderr and "write-jsonl -" in result.stderr


def test_read_with_two_paths_says_to_repeat_read(runner, tmp_path):
    result = invoke(runner, "read", str(RAW), str(tmp_path), "write", str(tmp_path / "out"))
    assert result.exit_code == 2 and not (tmp_path / "out").exists()
    assert f"read takes one PATH; for several, repeat it: read {RAW} read {tmp_path}" in result.stderr, result.stderr
    unknown = invoke(runner, "reed", str(RAW))
    assert unknown.exit_code == 2 and "No such command 'reed'" in unknown.stderr


def test_read_help_names_every_format_it_reads(runner):
    from pipeline import io

    text = " ".join(invoke(runner, "read", "--help").stdout.split())
    for suffix in io.SUFFIX_FORMATS:
        assert suffix in text, suffix
