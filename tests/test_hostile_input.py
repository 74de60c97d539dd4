"""Hostile inputs (issue 12): each test is a probe's command made small. None may crash (exit 70), hang, or
hold more memory than its bound; each bad input or line is rejected with one reason and the run goes on."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import threading

import pytest

from pipeline import io
from pipeline.check import iter_lines
from pipeline.stats import SHOWN_PER_INPUT
from tests.conftest import ROOT, invoke, load_jsonl, load_manifest


def run_cli(runner, *args):
    return invoke(runner, "--no-progress", *args)


def reasons(manifest):
    rejected = (e for e in manifest["inputs"] if e["fate"] == "rejected")
    return sorted((e["path"].rsplit("/", 1)[-1], e.get("reason")) for e in rejected)


def line_reasons(manifest, name):
    entry = next(e for e in manifest["inputs"] if e["path"].endswith(name))
    return [(r.get("line"), r["reason"]) for r in entry.get("rejected", [])]


# 1. lone surrogates --------------------------------------------------------------------------------------------

def test_lone_surrogates_are_replaced_and_flagged(runner, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "Smile \\udfff at them.", "title": "Tip \\ud800"}\n'
                   '{"text": "A real pair \\ud83d\\ude00 stays."}\n', encoding="ascii")
    out = tmp_path / "out"
    result = run_cli(runner, "run", str(src), str(out))
    assert result.exit_code == 0, result.output
    arts = {a["text"]: a for a in load_jsonl(out / "articles.jsonl")}
    bad = arts["Smile \ufffd at them."]
    assert bad["title"] == "Tip \ufffd" and "invalid-unicode" in bad["flags"]
    assert "invalid-unicode" not in arts["A real pair \U0001f600 stays."]["flags"]
    assert invoke(runner, "report", str(out), "-o", str(tmp_path / "r.html")).exit_code in (0, 1)


def test_check_survives_lone_surrogates(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"kind": "article", "text": "x \\udfff"}\n', encoding="ascii")
    (n, message), (_, data) = list(iter_lines(str(src)))
    assert n == 1 and "surrogate" in message and data["text"] == "x \ufffd"


# 2. deep nesting -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["[" * 100_000, '{"text": "x", "meta": ' + "[" * 500 + "]" * 500 + "}",
                                  '{"text": "x", "extra": ' + '{"a":' * 150 + "1" + "}" * 150 + "}"])
def test_deep_nesting_is_a_bad_line_in_run_and_check(runner, tmp_path, line):
    src = tmp_path / "deep.jsonl"
    src.write_text(line + '\n{"text": "After the deep line."}\n')
    out = tmp_path / "out"
    result = run_cli(runner, "run", str(src), str(out))
    assert result.exit_code == 1
    assert [a["text"] for a in load_jsonl(out / "articles.jsonl")] == ["After the deep line."]
    assert line_reasons(load_manifest(out), "deep.jsonl") == [(1, "malformed_jsonl")]
    assert "deep.jsonl:1: " in result.stderr and "nested deeper" in result.stderr
    check = invoke(runner, "check", str(src))
    assert check.exit_code == 1 and "nested deeper" in check.output + check.stderr


def test_loads_json_depth_bound_is_exact():
    ok = "[" * io.MAX_JSON_DEPTH + "]" * io.MAX_JSON_DEPTH
    assert io.loads_json(ok.encode())[0] is not None
    with pytest.raises(io.LineError, match="nested deeper"):
        io.loads_json(("[" + ok + "]").encode())


# 3. wrong types in tipline-shaped records ----------------------------------------------------------------------

def tipline_article(**changes):
    base = {"id": "1" * 16, "source": {"path": "raw/a.txt", "sha256": "0" * 64, "size": 3, "format": "txt"},
            "text": "Kept.", "kind": "article", "schema": "tipline.article/1"}
    base.update(changes)
    return json.dumps(base)


@pytest.mark.parametrize("change, field", [
    ({"text": 5}, "text"), ({"id": {}}, "id"), ({"source": "x"}, "source"), ({"flags": "abc"}, "flags"),
    ({"title": ["t"]}, "title"), ({"source": {"path": 1, "sha256": "0", "size": 1, "format": "txt"}}, "source.path"),
    ({"repairs": {"x": "many"}}, "repairs"), ({"licence": {"tag": 5}}, "licence.tag"), ({"meta": []}, "meta"),
    ({"cluster": 3}, "cluster"), ({"tip_count": "3"}, "tip_count"), ({"scores": {"a": True}}, "scores"),
])
def test_tipline_records_with_wrong_types_are_bad_records(runner, tmp_path, change, field):
    src = tmp_path / "typed.jsonl"
    src.write_text(tipline_article(**change) + "\n" + tipline_article(text="Fine.", id="2" * 16) + "\n")
    out = tmp_path / "out"
    result = run_cli(runner, "run", str(src), str(out))
    assert result.exit_code == 1, result.output
    assert line_reasons(load_manifest(out), "typed.jsonl") == [(1, "bad_record")]
    lines = [e for e in result.stderr.splitlines() if "typed.jsonl:1:" in e]
    assert len(lines) == 1 and field in lines[0], result.stderr


# 4./6. compression bombs and long lines ------------------------------------------------------------------------

def test_one_long_line_is_rejected_alone(runner, tmp_path):
    src = tmp_path / "long.jsonl"
    src.write_text('{"text": "first"}\n{"text": "' + "x" * 5000 + '"}\n{"text": "third"}\n')
    out = tmp_path / "out"
    result = run_cli(runner, "--max-bytes", "4096", "run", str(src), str(out))
    assert result.exit_code == 1
    assert sorted(a["text"] for a in load_jsonl(out / "articles.jsonl")) == ["first", "third"]
    assert line_reasons(load_manifest(out), "long.jsonl") == [(2, "too_large")]
    assert "long.jsonl:2:" in result.stderr


def test_iter_jsonl_lines_bounds_each_line_while_decompressing(tmp_path):
    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=1) as fh:
        fh.write(b'{"text": "a"}\n')
        for _ in range(64):
            fh.write(b"y" * (1 << 20))
        fh.write(b'\n{"text": "b"}\n')
    got = list(io.iter_jsonl_lines(str(path), max_bytes=1 << 20))
    assert got == [(1, b'{"text": "a"}\n'), (2, None), (3, b'{"text": "b"}\n')]


def bomb(path, line_bytes, suffix):
    """Write ``path``: one JSONL line of ``line_bytes`` bytes, compressed, without holding it in memory."""
    block = b"z" * (1 << 20)
    if suffix == "gz":
        with gzip.open(path, "wb", compresslevel=6) as fh:
            for _ in range(line_bytes >> 20):
                fh.write(block)
            fh.write(b"\n")
    else:
        import zstandard

        with open(path, "wb") as raw, zstandard.ZstdCompressor(level=3).stream_writer(raw) as fh:
            for _ in range(line_bytes >> 20):
                fh.write(block)
            fh.write(b"\n")


def run_measuring_peak(args: list[str]) -> tuple[subprocess.CompletedProcess, float]:
    """Run ``tipline ARGS`` and return the process (stdout and stderr both in ``.stderr``) and its peak RSS in MB.

    A fresh parent process runs tipline, so its RUSAGE_CHILDREN holds that one run's peak, not pytest's or
    another test's.
    """
    cmd = [sys.executable, "-m", "pipeline", *args]
    script = ("import resource, subprocess, sys\n"
              f"r = subprocess.run({cmd!r}, capture_output=True, text=True)\n"
              "sys.stderr.write(r.stdout + r.stderr)\n"
              "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
              "sys.exit(r.returncode)\n")
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    return proc, int(proc.stdout.split()[-1]) / 1024


@pytest.mark.parametrize("suffix", ["gz", "zst"])
def test_compression_bomb_is_read_in_bounded_memory(tmp_path, suffix):
    path = tmp_path / f"bomb.jsonl.{suffix}"
    bomb(path, 256 << 20, suffix)  # one 256 MB line
    assert path.stat().st_size < 2 << 20
    proc, peak_mb = run_measuring_peak(["--no-progress", "--max-bytes", "8000000", "read", str(path), "write",
                                        str(tmp_path / "out")])
    assert proc.returncode == 1, proc.stderr
    assert "too_large" in json.dumps(load_manifest(tmp_path / "out")["inputs"])
    assert peak_mb < 160, f"peak RSS {peak_mb:.0f} MB for a 256 MB line (bound 160 MB)"


def test_decompressed_file_total_is_bounded(tmp_path):
    path = tmp_path / "many.jsonl.gz"
    with gzip.open(path, "wb") as fh:
        for _ in range(300):
            fh.write(b'{"text": "' + b"w" * 1000 + b'"}\n')
    got = []
    with pytest.raises(io.InputError) as info:
        for item in io.iter_jsonl_lines(str(path), max_bytes=4096, file_limit=100_000):
            got.append(item)
    assert info.value.reason == "too_large" and 0 < len(got) < 100 and "line" in info.value.detail


# 5. corrupt compressed input -----------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", ["zst", "gz"])
def test_corrupt_compressed_jsonl_keeps_what_was_read(runner, tmp_path, suffix):
    import zstandard

    data = b"".join(json.dumps({"text": f"Tip {i} " + "q" * 200}).encode() + b"\n" for i in range(2000))
    packed = zstandard.ZstdCompressor().compress(data) if suffix == "zst" else gzip.compress(data)
    src = tmp_path / f"c.jsonl.{suffix}"
    src.write_bytes(packed[: len(packed) * 2 // 3] + b"\x00garbage" * 8)
    out = tmp_path / "out"
    result = run_cli(runner, "run", str(src), str(out))
    assert result.exit_code == 1, result.output
    entry = load_manifest(out)["inputs"][0]
    assert entry["fate"] == "emitted" and entry["rejected"][-1]["reason"] == "bad_compression"
    assert "not read" in entry["rejected"][-1]["detail"]
    assert len(result.stderr.splitlines()) < 30


def test_zst_of_garbage_is_rejected(runner, tmp_path):
    src = tmp_path / "junk.jsonl.zst"
    src.write_bytes(b"\x28\xb5\x2f\xfd" + os.urandom(300))
    out = tmp_path / "out"
    assert run_cli(runner, "run", str(src), str(out)).exit_code == 1
    assert reasons(load_manifest(out)) == [("junk.jsonl.zst", "bad_compression")]


# 7. many bad lines ---------------------------------------------------------------------------------------------

def test_many_bad_lines_are_summarised(runner, tmp_path):
    src = tmp_path / "bad.jsonl.gz"
    src.write_bytes(gzip.compress(b"{\n" * 50_000 + b'{"text": "one good line"}\n'))
    out = tmp_path / "out"
    result = run_cli(runner, "run", str(src), str(out))
    assert result.exit_code == 1
    err = result.stderr.splitlines()
    assert len(err) < 40, err[:5]
    assert any(f"{50_000 - SHOWN_PER_INPUT:,} more rejected line(s)" in e and "malformed_jsonl" in e for e in err)
    manifest = load_manifest(out)
    entry = manifest["inputs"][0]
    assert entry["fate"] == "emitted" and len(entry["rejected"]) <= SHOWN_PER_INPUT
    assert entry["rejected_counts"] == {"malformed_jsonl": 50_000}
    assert os.path.getsize(out / "manifest.json") < 100_000
    assert "; 50,000 rejection(s) in all" in err[-1], err[-1]
    from pipeline.check import schema_errors

    assert list(schema_errors(manifest, "manifest")) == []
    check = invoke(runner, "check", str(out))
    assert check.exit_code in (0, 1) and "manifest-accounting" not in check.output + check.stderr


# 10. non-string fields -----------------------------------------------------------------------------------------

def test_non_string_fields_are_dropped_and_flagged_never_repr(runner, tmp_path):
    src = tmp_path / "f.jsonl"
    src.write_text(json.dumps({"text": "Body.", "title": 5, "author": ["a"], "url": {}, "date": None, "id": 12})
                   + "\n")
    out = tmp_path / "out"
    result = run_cli(runner, "read", str(src), "write", str(out))
    assert result.exit_code == 0, result.output
    [art] = load_jsonl(out / "articles.jsonl")
    assert art["title"] is None and art["author"] is None and art["source"]["url"] is None
    assert art["source"]["input_id"] == "12"
    assert "invalid-field" in art["flags"] and art["meta"]["invalid_fields"] == ["author", "title", "url"]


# 9. FIFOs and other non-regular files --------------------------------------------------------------------------

def test_fifo_in_a_folder_is_rejected_not_read(runner, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("A real page of advice.")
    os.mkfifo(tmp_path / "pipe")
    (d / "b.txt").symlink_to(tmp_path / "pipe")
    os.mkfifo(d / "c.jsonl")
    out = tmp_path / "out"
    done = []
    t = threading.Thread(target=lambda: done.append(run_cli(runner, "read", str(d), "write", str(out))), daemon=True)
    t.start()
    t.join(30)
    assert done, "the run hung on a FIFO"
    assert done[0].exit_code == 1
    assert reasons(load_manifest(out)) == [("b.txt", "not_a_file"), ("c.jsonl", "not_a_file")]


def test_explicit_fifo_is_read_like_stdin(tmp_path):
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)

    def feed():
        with open(fifo, "wb") as fh:
            fh.write(b'{"text": "From a pipe."}\n')

    threading.Thread(target=feed, daemon=True).start()
    proc = subprocess.run([sys.executable, "-m", "pipeline", "--no-progress", "read", str(fifo), "write-jsonl", "-"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["text"] == "From a pipe."


# 11. re-reading tipline's own output ---------------------------------------------------------------------------

@pytest.mark.parametrize("as_dir", [False, True])
def test_rereading_own_output_is_accounted_and_passes_check(runner, tmp_path, as_dir):
    first = tmp_path / "clean"
    assert run_cli(runner, "run", str(ROOT / "raw"), str(first)).exit_code == 0
    out = tmp_path / "o"
    src = first if as_dir else first / "articles.jsonl"
    result = run_cli(runner, "run", str(src), str(out))
    manifest = load_manifest(out)
    paths = [e["path"] for e in manifest["inputs"]]
    # a tipline output folder is read through its articles.jsonl; input paths are relative to the root
    assert paths == ["articles.jsonl"] and manifest["root"] == str(first), paths
    rejected = manifest["totals"]["rejected"]
    assert (result.exit_code == 0) == (rejected == 0 and "0 rejected" in result.stderr), result.stderr
    assert result.exit_code == 0, result.stderr
    check = invoke(runner, "check", str(out))
    assert check.exit_code == 0, check.output + check.stderr


# 8. WARC -------------------------------------------------------------------------------------------------------

def warc_bytes(pages, gz):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for url, body in pages:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), length=len(body),
                                                       http_headers=http))
    return buf.getvalue()


PAGES = [(f"http://example.org/{i}", f"<h1>Page {i}</h1><p>Advice number {i}.</p>".encode()) for i in range(3)]


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_warc_keeps_earlier_records_and_rejects_the_cut_one(runner, tmp_path, gz):
    data = warc_bytes(PAGES, gz)
    src = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    src.write_bytes(data[: len(data) - 40])
    out = tmp_path / "out"
    result = run_cli(runner, "run", str(src), str(out))
    assert result.exit_code == 1, result.output
    texts = sorted(a["text"] for a in load_jsonl(out / "articles.jsonl"))
    assert [t.split("\n")[-1] for t in texts] == ["Advice number 0.", "Advice number 1."]
    reasons_ = [r["reason"] for r in load_manifest(out)["inputs"][0]["rejected"]]
    assert reasons_ and set(reasons_) <= {"bad_warc", "bad_compression"}
    assert all(line.startswith("tipline") for line in result.stderr.splitlines()), result.stderr


def test_warc_lying_content_length_does_not_swallow_records(runner, tmp_path):
    data = warc_bytes(PAGES, False)
    first = data.index(b"Content-Length: ")
    end = data.index(b"\r\n", first)
    src = tmp_path / "lie.warc"
    src.write_bytes(data[:first] + b"Content-Length: 99999999999" + data[end:])
    out = tmp_path / "out"
    result = run_cli(runner, "run", str(src), str(out))
    assert result.exit_code == 1, result.output
    arts = load_jsonl(out / "articles.jsonl")
    assert all("example.org/0" not in (a["source"]["url"] or "") for a in arts)
    assert "bad_warc" in [r["reason"] for r in load_manifest(out)["inputs"][0]["rejected"]]
    assert all(line.startswith("tipline") for line in result.stderr.splitlines()), result.stderr


# the same bounds on stdin and on bytes an engine fetched -------------------------------------------------------

def test_stdin_jsonl_obeys_the_line_bound(runner, tmp_path):
    data = '{"text": "first"}\n{"text": "' + "x" * 5000 + '"}\n{"text": "[' + "[" * 200 + '"}\n{"text": "third"}\n'
    result = invoke(runner, "--no-progress", "--max-bytes", "4096", "read", "-", "write-jsonl", "-", input=data)
    assert result.exit_code == 1
    assert [json.loads(x)["text"] for x in result.stdout.splitlines()] == ["first", "[" + "[" * 200, "third"]
    assert "<stdin>:2:" in result.stderr


def test_records_from_bytes_decompresses_and_bounds_lines():
    from pipeline.stages import read
    from pipeline.stats import StageStats

    packed = gzip.compress(b'{"text": "a"}\n' + b"y" * 5000 + b'\n{"text": "b"}\n')
    stats = StageStats("read")
    records = list(read.records_from_bytes("remote/x.jsonl.gz", packed, "jsonl", stats, max_bytes=4096))
    assert [r.text for r in records] == ["a", "b"]
    assert [(d.line, d.reason) for d in stats.drops] == [(2, "too_large")]


# 3b. integers past Python's int-string limit -------------------------------------------------------------------

def test_loads_json_turns_a_huge_integer_into_a_bad_line():
    with pytest.raises(io.LineError, match="digits") as caught:
        io.loads_json(b'{"size": ' + b"9" * 5000 + b"}")
    assert caught.value.reason == "malformed_jsonl" and len(str(caught.value)) < 200


def test_huge_integer_is_one_bad_line_in_run_check_and_report(runner, tmp_path):
    src = tmp_path / "big.jsonl"
    src.write_text(tipline_article(tip_count=int("7" * 50)).replace("7" * 50, "7" * 5000) + "\n"
                   + tipline_article(text="Fine.", id="2" * 16) + "\n")
    out = tmp_path / "out"
    result = run_cli(runner, "run", str(src), str(out))
    assert result.exit_code == 1, result.output
    assert line_reasons(load_manifest(out), "big.jsonl") == [(1, "malformed_jsonl")]
    for args in (["check", str(src)], ["report", "--no-sources", str(src), "-o", str(tmp_path / "r.html")]):
        res = invoke(runner, *args)
        assert res.exit_code == 1, (args, res.output, res.stderr)
        shown = res.stdout if args[0] == "check" else res.stderr  # check lists findings on stdout
        hits = [e for e in shown.splitlines() if "big.jsonl:1:" in e]
        assert len(hits) == 1 and "digits" in hits[0] and len(hits[0]) < 300, res.stderr


# 4b. check and report bound each line like the readers -------------------------------------------------------

@pytest.mark.parametrize("suffix", ["gz", "zst"])
@pytest.mark.parametrize("command", ["check", "report"])
def test_check_and_report_skip_a_bomb_line_in_bounded_memory(tmp_path, suffix, command):
    path = tmp_path / f"bomb.jsonl.{suffix}"
    bomb(path, 256 << 20, suffix)  # one 256 MB line; the line bound is 4 x --max-bytes = 8 MB here
    extra = ["--no-sources", "-o", str(tmp_path / "r.html")] if command == "report" else []
    proc, peak_mb = run_measuring_peak(["--no-progress", "--max-bytes", "2000000", command, str(path), *extra])
    assert proc.returncode == 1, proc.stderr
    hits = [e for e in proc.stderr.splitlines() if f"bomb.jsonl.{suffix}:1:" in e]
    assert len(hits) == 1 and "over 8,000,000 bytes" in hits[0], proc.stderr
    assert peak_mb < 160, f"peak RSS {peak_mb:.0f} MB for a 256 MB line (bound 160 MB)"


def test_check_line_bound_follows_max_bytes(tmp_path):
    src = tmp_path / "recs.jsonl"
    src.write_text(tipline_article(text="x" * 5000) + "\n")
    assert [type(d) for _, d in iter_lines(str(src), max_line_bytes=4096)] == [str]
    assert [type(d) for _, d in iter_lines(str(src))] == [dict]


# 10. odd file names -------------------------------------------------------------------------------------------

def test_odd_file_names_are_accounted_in_valid_utf8_and_printable_stderr(runner, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    page = b"A page about the garden. Water the plants early in the morning.\n"
    for name, data in ((b"bad\xff\xfename.txt", page), (b"empty\xfe.txt", b""), (b"new\nline.txt", b" "),
                       ("bidi\u202ename.txt".encode(), b"")):
        (src / os.fsdecode(name)).write_bytes(data)
    out = tmp_path / "out"
    result = run_cli(runner, "run", str(src), str(out))
    assert result.exit_code == 1, result.output
    manifest = json.loads((out / "manifest.json").read_bytes().decode("utf-8"))  # strict UTF-8
    fates = {e["path"].rsplit("/", 1)[-1]: (e["fate"], e.get("reason")) for e in manifest["inputs"]}
    assert fates == {"bad\\xff\\xfename.txt": ("emitted", None), "empty\\xfe.txt": ("rejected", "empty"),
                     "new\nline.txt": ("rejected", "empty"), "bidi\u202ename.txt": ("rejected", "empty")}
    (article,) = load_jsonl(out / "articles.jsonl")
    assert article["source"]["path"] == "bad\\xff\\xfename.txt" and manifest["root"] == str(src)
    (out / "articles.jsonl").read_bytes().decode("utf-8")
    named = [e for e in result.stderr.splitlines() if "/in/" in e]
    assert len(named) == 3 and all(e.isprintable() for e in named), result.stderr
    assert any("new\\nline.txt" in e for e in named) and any("bidi\\u202ename.txt" in e for e in named)
    assert any("empty\\xfe.txt" in e for e in named)


def test_shown_path_escapes_only_undecodable_bytes():
    assert io.shown_path("in/caf\u00e9.txt") == "in/caf\u00e9.txt"
    assert io.shown_path(os.fsdecode(b"in/bad\xff.txt")) == "in/bad\\xff.txt"


@pytest.mark.parametrize("line", [", PhD", ", Editor", ",  Horticulture Program Assistant"])
def test_a_role_line_with_no_name_before_its_comma_is_read_not_a_crash(runner, tmp_path, line):
    """A line that is only ", " and a role (no name before the comma) under a heading: segment asked whether the
    empty name was a person's and raised IndexError, so `run` exited 70 (round 13, the line-roles property test)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.txt").write_text(f"*** Pruning in March\n{line}\n\nCut back to two buds above the old wood.\n")
    result = run_cli(runner, "run", str(folder), str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    records = load_jsonl(tmp_path / "out" / "articles.jsonl")
    assert len(records) == 1 and "Cut back to two buds" in records[0]["text"] and records[0]["author"] is None
