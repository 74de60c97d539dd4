"""The CLI through Click's CliRunner: exit codes, bad inputs, atomic output, determinism, composition."""

import codecs
import json
import os
import random
import re
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


def test_the_order_a_folder_lists_its_files_in_changes_no_output_byte(runner, raw_copy, tmp_path, monkeypatch):
    """A file system lists a folder in its own order (creation, hash, inode): the same folder must give the same
    bytes whatever that order, or which copy of a page is kept, what repair and boilerplate learn first and the
    order of the records would follow it. The listing is reversed and shuffled here; the test above compares
    texts only (its folders differ), this one every byte, the manifest included."""
    import pathlib

    for i, name in enumerate(SEEDS):  # every page again under another name, one level down: copies to choose from
        (raw_copy / f"sub{i % 2}").mkdir(exist_ok=True)
        shutil.copy(RAW / name, raw_copy / f"sub{i % 2}" / f"again-{name}")
    listed = pathlib.Path.rglob
    orders = {"as_listed": lambda found: found, "reversed": lambda found: found[::-1],
              "shuffled": lambda found: random.Random(7).sample(found, len(found))}
    outputs = {}
    for order, arrange in orders.items():
        def rglob(self, *args, __arrange=arrange, **kwargs):
            return iter(__arrange(list(listed(self, *args, **kwargs))))

        monkeypatch.setattr(pathlib.Path, "rglob", rglob)
        out = tmp_path / f"out-{order}"
        result = invoke(runner, "--no-progress", "run", str(raw_copy), str(out))
        assert result.exit_code == 0, result.output
        outputs[order] = tree_bytes(out)
    monkeypatch.undo()
    assert json.loads(outputs["as_listed"]["manifest.json"])["totals"], "the run read the pages"
    assert outputs["reversed"] == outputs["as_listed"]
    assert outputs["shuffled"] == outputs["as_listed"]


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
        assert json.loads(result.stdout)["$id"].endswith({"article": ":article:3", "tip": ":tip:2",
                                                          "manifest": ":manifest:1"}[name])


def test_every_command_has_help_with_an_example(runner):
    assert "Example" in invoke(runner, "--help").stdout
    for name in cli.commands:
        result = invoke(runner, name, "--help")
        assert result.exit_code == 0
        assert "Example" in result.stdout, name
        assert cli.commands[name].help, name


# Third-party modules `tipline --help` must not import: each is only needed by a stage, a format or a report
# (issue 19: `tipline --help` under 0.3 s; wordfreq and its language data alone took ~0.1 s).
HEAVY_MODULES = ("wordfreq", "numpy", "ftfy", "selectolax", "lxml", "jsonschema", "fastjsonschema", "regex",
                 "pyarrow", "matplotlib", "tqdm",
                 # and the licence patterns (~65 ms to compile): `check` and `tips` ask only text.terms
                 "pipeline.text.licence",
                 # and the tips stage's patterns (its options' defaults are pipeline.configs.TipsConfig's)
                 "pipeline.stages.tips")
HELP_IMPORTS = """
import sys
from click.testing import CliRunner
from pipeline.cli import cli
runner = CliRunner()
for args in [["--help"]] + [[name, "--help"] for name in cli.commands]:
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, (args, result.output)
heavy = sys.argv[1].split(",")
print(",".join(sorted(m for m in sys.modules if m.partition(".")[0] in heavy or m in heavy)))
"""


def test_help_imports_no_stage_dependency():
    """The command tree and every help text are built without the stages' libraries (checked in a fresh
    interpreter: this test process has imported them all already)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", HELP_IMPORTS, ",".join(HEAVY_MODULES)], capture_output=True,
                          text=True, cwd=RAW.parent)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_the_repairs_the_cli_offers_are_the_repairs_that_run():
    """--no-fix takes its choices from pipeline.configs (no repair imported), a copy of the repairs' own list."""
    from pipeline import configs, repairs

    assert configs.FIX_NAMES == repairs.FIX_NAMES


def test_two_workers_give_byte_identical_output(runner, tmp_path):
    """The seeds make one chunk, run in this process whatever --workers says: see the test below for workers."""
    out1, out2 = tmp_path / "w1", tmp_path / "w2"
    assert invoke(runner, "--no-progress", "--workers", "1", "run", str(RAW), str(out1)).exit_code == 0
    assert invoke(runner, "--no-progress", "--workers", "2", "run", str(RAW), str(out2)).exit_code == 0
    assert tree_bytes(out1) == tree_bytes(out2)
    assert load_run(out2)["workers"] == 2


class _TaggedFuture:
    """A worker's future whose result is unwrapped from :func:`tests.parallel_stage.in_worker`'s (pid, result),
    counting the pid."""

    def __init__(self, future, ran):
        self.future, self.ran = future, ran

    def result(self, timeout=None):
        pid, value = self.future.result(timeout)
        self.ran[pid] = self.ran.get(pid, 0) + 1
        return value


class _TaggingExecutor:
    """The pool's executor, each task run through ``in_worker`` so the test learns which process ran it."""

    def __init__(self, executor, ran):
        self.executor, self.ran = executor, ran

    def submit(self, fn, *args):
        from tests.parallel_stage import in_worker

        return _TaggedFuture(self.executor.submit(in_worker, fn, *args), self.ran)


def test_two_worker_processes_share_the_run_and_give_byte_identical_output(runner, tmp_path, monkeypatch):
    """Issue 19 / round 15: a run of many chunks (500 records, 64 a chunk) really goes to two worker processes
    (each task's process is counted: both workers get tasks, neither is this one) and every output byte is what
    one process writes. The test above never starts a worker: the seeds are one chunk."""
    from bench.scale_corpus import write_jsonl
    from pipeline import parallel

    corpus = tmp_path / "pages.jsonl"
    write_jsonl(corpus, 500)
    ran: dict[int, int] = {}
    real_get = parallel.Pool.get
    monkeypatch.setattr(parallel.Pool, "get", lambda pool: _TaggingExecutor(real_get(pool), ran))
    out1, out2 = tmp_path / "w1", tmp_path / "w2"
    assert invoke(runner, "-q", "--workers", "1", "run", str(corpus), str(out1)).exit_code == 0
    assert ran == {}, "one worker runs in this process: no pool"
    assert invoke(runner, "-q", "--workers", "2", "run", str(corpus), str(out2)).exit_code == 0
    assert len(ran) == 2 and os.getpid() not in ran, ran
    assert sum(ran.values()) >= 2 * 500 // parallel.DEFAULT_CHUNK  # each fused group's chunks, and the corpus passes
    assert tree_bytes(out1) == tree_bytes(out2)
    assert load_run(out2)["workers"] == 2
    assert load_manifest(out2)["stages"]["repair"]["total"] == 500


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


def test_progress_when_forced_goes_to_stderr_only(runner, tmp_path):
    result = invoke(runner, "--progress", "-q", "run", str(RAW), str(tmp_path / "out"))
    assert result.exit_code == 0
    final = result.stderr.replace("\r", "\n").strip().splitlines()[-1]
    assert "5/5 pages" in final and "pages/s" in final and "dedup#2" not in final, final
    assert "pages" not in result.stdout


def run_in_terminal(args: list[str], columns: int = 120) -> tuple[int, str]:
    """Run tipline with stderr on a pseudo-terminal of ``columns`` columns; return its exit code and what the
    terminal showed."""
    import fcntl
    import pty
    import struct
    import subprocess
    import sys
    import termios

    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", *args], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=terminal, cwd=RAW.parent)
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    return proc.wait(timeout=120), shown.decode("utf-8", "replace")


def test_progress_in_a_terminal_counts_pages_with_total_rate_and_eta(tmp_path):
    code, shown = run_in_terminal(["--workers", "1", "run", "raw", str(tmp_path / "out")])
    assert code == 0, shown
    lines = [line for line in shown.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
    bars = [line for line in lines if " pages" in line]
    assert bars, lines
    final = bars[-1]
    assert "5/5 pages" in final and "pages/s" in final and "<" in final, final  # total, rate in pages, ETA
    assert "tips" not in final.split("[")[0]  # the count is of pages, not tips
    assert max(len(line) for line in bars) <= 80, bars  # a 120-column terminal, still 80 columns
    assert lines[-1].startswith("tipline: 5 input(s)")  # the closing summary on its own line


def test_progress_keeps_error_lines_whole(raw_copy, tmp_path):
    (raw_copy / "empty.txt").write_bytes(b"")
    code, shown = run_in_terminal(["--workers", "1", "run", str(raw_copy), str(tmp_path / "out")])
    assert code == 1
    lines = shown.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    errors = [line for line in lines if "empty.txt" in line]
    assert errors and all(line.strip().startswith("tipline: ") for line in errors), errors  # never after a bar
    assert [line for line in lines if " pages" in line][-1].startswith("100%|")


def test_progress_without_a_known_size_shows_no_total(tmp_path):
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text("".join(json.dumps({"text": f"Tip {i}: drink water every morning."}) + "\n" for i in range(3)))
    code, shown = run_in_terminal(["--workers", "1", "run", str(jsonl), str(tmp_path / "out")])
    final = [line for line in shown.replace("\r", "\n").split("\n") if " pages" in line][-1]
    assert "3 pages [" in final and "/3" not in final and "<" not in final, final


def test_progress_is_quiet_when_stderr_is_not_a_terminal(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", "raw", str(tmp_path / "out")], cwd=RAW.parent,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "\r" not in proc.stderr and "pages" not in proc.stderr, proc.stderr
    assert proc.stderr.splitlines() == [proc.stderr.strip()]  # the summary alone


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


# ------------------------------------------------------------------------------------------ chain paper cuts


def test_a_chain_that_writes_nothing_is_refused_before_reading(runner, tmp_path):
    result = invoke(runner, "--no-progress", "read", str(RAW), "repair")
    assert result.exit_code == 2 and "writes nothing" in result.stderr, result.stderr
    assert "write-jsonl -" in result.stderr and "input(s)" not in result.stderr  # nothing was read


def test_read_with_two_paths_says_how_to_read_several(runner, tmp_path):
    result = invoke(runner, "read", str(RAW), str(tmp_path), "write", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "read a read b" in result.stderr and "run a b OUT" in result.stderr, result.stderr
    typo = invoke(runner, "read", str(RAW), "wrte", str(tmp_path / "out"))
    assert typo.exit_code == 2 and "Did you mean 'write'?" in typo.stderr, typo.stderr


def test_read_help_names_every_input_format(runner):
    text = " ".join(invoke(runner, "read", "--help").output.split())
    for form in (".txt", ".html", ".jsonl", ".jsonl.gz", ".jsonl.zst", ".warc", ".warc.gz"):
        assert form in text, form


def test_a_closed_pipe_ends_the_run_quietly(tmp_path):
    """`tipline ... write-jsonl - | head -1`: the reader went away; that is no error (exit 0, nothing on stderr)."""
    import subprocess
    import sys

    big = tmp_path / "docs.jsonl"  # far more than a pipe's buffer, so the writer meets the closed pipe
    big.write_text("".join(json.dumps({"text": f"Tip {i}: water the plants before noon. " * 20}) + "\n"
                           for i in range(2000)))
    shell = (f"{sys.executable} -m pipeline --no-progress read {big} write-jsonl - | head -c 100 > /dev/null; "
             "echo \"exit=${PIPESTATUS[0]}\" >&2")
    proc = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert proc.stderr.strip().splitlines() == ["exit=0"], proc.stderr


@pytest.mark.parametrize("chain", [["read", "RAW"], ["read", "RAW", "repair", "tips"], ["read-jsonl", "-"]])
def test_a_chain_without_an_output_step_is_a_usage_error(runner, chain):
    args = [str(RAW) if a == "RAW" else a for a in chain]
    result = invoke(runner, "--no-progress", *args, input="")
    assert result.exit_code == 2, result.output
    assert "writes nothing" in result.stderr and "write OUT" in result.stderr and "write-jsonl -" in result.stderr



def test_read_help_names_every_format_it_reads(runner):
    from pipeline import io

    text = " ".join(invoke(runner, "read", "--help").stdout.split())
    for suffix in io.SUFFIX_FORMATS:
        assert suffix in text, suffix


def test_run_takes_its_options_after_the_paths(runner, tmp_path, monkeypatch):
    """`tipline run raw/ clean/ --format parquet` is how people type it: the option is an option, not an input,
    and nothing is written under a folder named after the option's value."""
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "clean"
    result = invoke(runner, "--no-progress", "run", str(RAW), str(out), "--format", "jsonl", "--force")
    assert result.exit_code == 0, result.output
    assert (out / "articles.jsonl").is_file()
    assert not (tmp_path / "jsonl").exists()
    assert "no such file" not in result.stderr


def test_the_order_of_the_inputs_on_the_command_line_changes_nothing(runner, tmp_path):
    """Repair learns from a bounded prefix of the run (repair.learn_max_chars): the prefix must not depend on the
    order the inputs are named in, or `run a b` and `run b a` learn different markers."""
    halves = tmp_path / "b-first", tmp_path / "a-second"
    for i, name in enumerate(SEEDS):
        halves[i % 2].mkdir(exist_ok=True)
        shutil.copy(RAW / name, halves[i % 2] / name)
    outs = []
    for order, out in ((halves, tmp_path / "out1"), (halves[::-1], tmp_path / "out2")):
        result = invoke(runner, "--no-progress", "run", "--set", "repair.learn_max_chars=3000",
                        *map(str, order), str(out))
        assert result.exit_code == 0, result.output
        outs.append(out)
    assert tree_bytes(outs[0]) == tree_bytes(outs[1])


def test_renaming_the_input_files_changes_nothing_but_their_names(runner, tmp_path):
    """Repair learns markers from a sample of the run bounded by repair.learn_max_chars. Taken as the first
    characters in path order, renaming files changed what was learned and so every repaired text (issue 19):
    here one naming puts the pages with a marker ("zqxv" for "the") inside the budget, the other past it. The
    sample is chosen by content, so both runs write the same bytes once the names are mapped back."""
    from tests.repairs.conftest import clean_paragraphs

    rng = random.Random(7)
    paragraphs = clean_paragraphs()
    pages = []
    for i in range(24):
        text = " ".join(rng.sample(paragraphs, 4))
        if i < 8:  # a third of the pages carry the marker
            text = re.sub(r"\bthe\b", lambda m: "zqxv" if rng.random() < 0.5 else "the", text)
        pages.append(text)
    budget = sum(map(len, pages)) // 3
    runs = []
    for name, order in (("first", range(24)), ("last", [*range(8, 24), *range(8)])):
        inputs, out = tmp_path / f"in-{name}", tmp_path / f"out-{name}"
        inputs.mkdir()
        names = {}
        for position, page in enumerate(order):  # the marked pages sort first, then last
            path = inputs / f"{position:02d}.txt"
            path.write_text(pages[page], encoding="utf-8")
            names[path.name] = f"page-{page:02d}.txt"
        result = invoke(runner, "--no-progress", "run", "--set", f"repair.learn_max_chars={budget}", str(inputs),
                        str(out))
        assert result.exit_code in (0, 1), result.output  # 1: pages made of the same paragraphs, rejected
        files = tree_bytes(out)
        for old, new in names.items():  # the names back to one scheme; output follows input order: sort lines
            files = {k: v.replace(f'"{old}"'.encode(), f'"{new}"'.encode()) for k, v in files.items()}
        runs.append({k: sorted(v.splitlines()) if k.endswith(".jsonl") else v for k, v in files.items()})
    manifests = [json.loads(run.pop("manifest.json")) for run in runs]
    assert [m["learned"]["repair"] for m in manifests][0] == manifests[1]["learned"]["repair"]
    assert runs[0] == runs[1]
