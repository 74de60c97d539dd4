import os

import pytest

from pipeline import io


def test_discover_directory_is_recursive_sorted_and_filtered(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/z.txt", "a.html", "b/a.jsonl", "notes.md", "c.jsonl.gz"):
        (tmp_path / name).write_text("x")
    found = [(os.path.basename(p.path), p.format) for p in io.discover([str(tmp_path)])]
    assert found == [("a.html", "html"), ("a.jsonl", "jsonl"), ("z.txt", "txt"), ("c.jsonl.gz", "jsonl")]


def test_discover_glob_missing_and_empty_dir(tmp_path):
    (tmp_path / "one.txt").write_text("x")
    (tmp_path / "empty").mkdir()
    found = list(io.discover([str(tmp_path / "*.txt"), str(tmp_path / "nope.txt"), str(tmp_path / "empty"),
                              str(tmp_path / "*.none")]))
    assert [f.format for f in found] == ["txt", None, None, None]
    assert [f.error.reason for f in found[1:]] == ["not_found", "no_inputs", "not_found"]


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
    with pytest.raises(RuntimeError):
        with io.atomic_directory(str(target)) as tmp:
            (open(os.path.join(tmp, "articles.jsonl"), "w")).close()
            raise RuntimeError("crash half way")
    assert (target / "articles.jsonl").read_text() == "old\n"
    assert sorted(os.listdir(tmp_path)) == ["clean"]
    with io.atomic_directory(str(target)) as tmp:
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
