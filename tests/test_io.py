import os
import subprocess
import sys

import pytest

from pipeline import io
from tests.conftest import RAW


def test_discover_directory_is_recursive_sorted_and_filtered(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/z.txt", "a.html", "b/a.jsonl", "notes.md", "c.jsonl.gz"):
        (tmp_path / name).write_text("x")
    found = [(os.path.basename(p.path), p.format) for p in io.discover([str(tmp_path)]) if not p.skipped]
    assert found == [("a.html", "html"), ("a.jsonl", "jsonl"), ("z.txt", "txt"), ("c.jsonl.gz", "jsonl")]
    # a file of another name is not read, but it is named (the manifest lists it under not_read)
    assert [os.path.basename(p.path) for p in io.discover([str(tmp_path)]) if p.skipped] == ["notes.md"]


def test_discover_glob_missing_and_empty_dir(tmp_path):
    (tmp_path / "one.txt").write_text("x")
    (tmp_path / "empty").mkdir()
    found = list(io.discover([str(tmp_path / "*.txt"), str(tmp_path / "nope.txt"), str(tmp_path / "empty"),
                              str(tmp_path / "*.none")]))
    by_name = {os.path.basename(f.path): f for f in found}
    assert by_name["one.txt"].format == "txt" and by_name["one.txt"].error is None
    assert {name: f.error.reason for name, f in by_name.items() if name != "one.txt"} == {
        "nope.txt": "not_found", "empty": "no_inputs", "*.none": "not_found"}
    assert [f.path for f in found] == sorted((f.path for f in found), key=lambda p: p.split("/"))


def test_discover_sorts_whatever_the_order_the_paths_are_given_in(tmp_path):
    for name in ("b/one.txt", "b-x/two.txt", "a/three.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    given = [str(tmp_path / d) for d in ("b-x", "a", "b")]
    first = [f.path for f in io.discover(given)]
    assert first == [f.path for f in io.discover(given[::-1])]
    assert [os.path.relpath(p, tmp_path) for p in first] == ["a/three.txt", "b/one.txt", "b-x/two.txt"]


def test_read_bytes_refuses_large_files_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(5000)  # sparse: size is known without writing the bytes
    with pytest.raises(io.InputError) as info:
        io.read_bytes(str(big), max_bytes=4096)
    assert info.value.reason == "too_large"
    assert "5,000 bytes" in info.value.detail


def test_sorted_spool_sorts_and_breaks_ties_by_key(tmp_path):
    spool = io.SortedSpool(str(tmp_path))
    spool.add("bb", "z.txt", '{"n":1}')
    spool.add("aa", "y.txt", '{"n":2}')
    spool.add("bb", "a.txt", '{"n":3}')  # same id, smaller path: wins whatever the arrival order
    dest = tmp_path / "out.jsonl"
    spool.write_sorted(str(dest))
    assert dest.read_text().splitlines() == ['{"n":2}', '{"n":3}']
    assert spool.replaced == [("bb", "z.txt")]
    assert [p for p in os.listdir(tmp_path) if p.startswith(".spool")] == []


def test_atomic_directory_keeps_previous_output_on_crash(tmp_path):
    target = tmp_path / "clean"
    target.mkdir()
    (target / "articles.jsonl").write_text("old\n")
    mine = {"claim": lambda path: True}  # this test's folder stands for an earlier output
    with pytest.raises(RuntimeError):
        with io.atomic_directory(str(target), **mine) as tmp:
            (open(os.path.join(tmp, "articles.jsonl"), "w")).close()
            raise RuntimeError("crash half way")
    assert (target / "articles.jsonl").read_text() == "old\n"
    assert sorted(os.listdir(tmp_path)) == ["clean"]
    with io.atomic_directory(str(target), **mine) as tmp:
        with open(os.path.join(tmp, "articles.jsonl"), "w") as fh:
            fh.write("new\n")
    assert (target / "articles.jsonl").read_text() == "new\n"
    assert sorted(os.listdir(tmp_path)) == ["clean"]


def test_iter_jsonl_lines_skips_blank_lines_and_reads_gzip(tmp_path):
    import gzip

    path = tmp_path / "a.jsonl.gz"
    with gzip.open(path, "wb") as fh:
        fh.write(b'{"text":"a"}\n\n{"text":"b"}\n')
    assert [n for n, _ in io.iter_jsonl_lines(str(path))] == [1, 3]


def test_atomic_directory_gets_normal_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        with io.atomic_directory(str(tmp_path / "out")) as tmp:
            assert tmp
    finally:
        os.umask(old)
    assert (tmp_path / "out").stat().st_mode & 0o777 == 0o755


def test_atomic_directory_refuses_a_foreign_folder_and_a_file(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "notes.md").write_text("mine")
    (tmp_path / "f").write_text("mine")
    for name in ("d", "f"):
        with pytest.raises(io.OutputError, match=name):
            with io.atomic_directory(str(tmp_path / name)):
                raise AssertionError("must not be reached")
    with pytest.raises(io.OutputError, match="not a directory"):
        with io.atomic_directory(str(tmp_path / "f"), force=True):
            raise AssertionError("must not be reached")
    assert sorted(os.listdir(tmp_path)) == ["d", "f"]
    with io.atomic_directory(str(tmp_path / "d"), force=True) as tmp:
        open(os.path.join(tmp, "new"), "w").close()
    assert os.listdir(tmp_path / "d") == ["new"]


def test_exchange_swaps_two_folders_in_one_step_on_linux(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "from-a").write_text("")
    if not io.exchange(str(tmp_path / "a"), str(tmp_path / "b")):
        pytest.skip("no renameat2(RENAME_EXCHANGE) here: the rename fallback is used")
    assert os.listdir(tmp_path / "b") == ["from-a"]
    assert os.listdir(tmp_path / "a") == []


def test_clean_stale_temps_removes_dead_writers_and_restores_an_aside_output(tmp_path):
    dead = _dead_pid()
    (tmp_path / f"out.tmp-{dead}-abc123").mkdir()  # a killed writer's half-written output
    aside = tmp_path / f"out.tmp-{dead}-def456.previous" / "previous"  # the output, moved aside by the fallback
    aside.mkdir(parents=True)
    (aside / "articles.jsonl").write_text("kept\n")
    (tmp_path / f"out.tmp-{os.getppid()}-live99").mkdir()  # a live process: not stale
    (tmp_path / "out.tmp-notes").mkdir()  # not tipline's name: left alone
    io.clean_stale_temps(str(tmp_path / "out"))
    assert sorted(os.listdir(tmp_path)) == ["out", f"out.tmp-{os.getppid()}-live99", "out.tmp-notes"]
    assert (tmp_path / "out" / "articles.jsonl").read_text() == "kept\n"


def _dead_pid() -> int:
    """The pid of a process that has exited and been reaped."""
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def test_output_lock_is_exclusive_and_leaves_no_file(tmp_path):
    target = str(tmp_path / "out")
    with io.output_lock(target):
        assert os.listdir(tmp_path) == [".out.lock"]
        child = subprocess.run([sys.executable, "-c", "import sys; from pipeline import io\n"
                                "with io.output_lock(sys.argv[1]): pass", target],
                               capture_output=True, text=True, cwd=os.path.dirname(os.path.dirname(__file__)))
        assert child.returncode != 0 and "another tipline" in child.stderr
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("memory_chars", [0, 5_000, 10**9])
def test_record_spool_gives_back_every_record_as_it_went_in(memory_chars):
    # Records of a whole run (articles and tips, every field the chain fills), spooled on disk from the first
    # record, from part way, or never: the same records, in the same order, byte for byte in their JSON form.
    import copy

    from pipeline.api import clean_text

    run = clean_text([p.read_text(encoding="utf-8") for p in sorted(RAW.iterdir())])
    records = [copy.deepcopy(r) for _ in range(3) for r in run]
    assert len(records) > io.spools.SPOOL_BATCH  # more than one pickle on disk
    with io.RecordSpool(memory_chars=memory_chars) as spool:
        for record in records:
            spool.add(record)
        first, second = [io.dumps(r) for r in spool], [io.dumps(r) for r in spool]
        assert len(spool) == len(records)
    assert first == second == [io.dumps(r) for r in records]


class _Doc:
    """A record stand-in that weak references can follow (records are slotted dataclasses without them)."""

    def __init__(self, text: str):
        self.text = text


@pytest.mark.parametrize("memory_chars", [0, 10**9])
def test_two_pass_replay_lets_go_of_each_record_once_handed_on(memory_chars):
    # The replay of a learning stage runs while every later stage works: a record it still held after handing
    # it on (the in-memory spool kept its whole list to the end) kept the page alive beside its articles.
    import gc
    import weakref

    docs = [_Doc("x" * n) for n in range(200)]
    refs = [weakref.ref(d) for d in docs]
    replay, learned = io.two_pass(iter(docs), lambda rs: sum(1 for _ in rs), memory_chars=memory_chars)
    del docs
    assert learned == 200
    for n, doc in enumerate(replay):
        assert doc.text == "x" * n
        if n == 150:
            del doc
            gc.collect()
            assert sum(r() is not None for r in refs[:150]) == 0
            break


def test_record_spool_counts_each_record_not_only_its_text():
    # A record costs memory beyond its text (fields, flags, scores): a run of short or empty texts (tips, pages
    # that repair emptied) never reached the bound and stayed in memory whatever its length.
    spool = io.RecordSpool(memory_chars=1_000_000)
    for _ in range(10_000):
        spool.add(_Doc(""))
    assert spool.on_disk
    assert [d.text for d in spool.drain()] == [""] * 10_000
    spool.close()
