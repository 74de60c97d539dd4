"""What tipline may do to an existing output path (issue 12, output side).

Real files, real processes: a second writer, ``kill -9``, a concurrent reader, a file-size limit. Each test
first reproduced a defect of the old writer (it deleted whatever OUT held, swapped in two renames, took no lock,
left ``OUT.tmp-*`` behind and orphaned its workers).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import io
from tests.conftest import RAW, ROOT, invoke, load_manifest

TIPLINE = [sys.executable, "-m", "pipeline", "--no-progress"]


def snapshot(path: Path) -> dict[str, bytes]:
    """Every file under ``path`` (or the file itself) with its bytes."""
    if path.is_file():
        return {".": path.read_bytes()}
    return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


def one_line_exit_2(result, *names: str) -> None:
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for name in names:
        assert name in lines[0], lines[0]


# --- 1. what may be replaced ----------------------------------------------------------------------------------

def test_an_existing_file_is_never_turned_into_a_folder(runner, tmp_path):
    f = tmp_path / "f"
    f.write_text("my thesis\n")
    for extra in ((), ("--force",)):
        result = invoke(runner, "--no-progress", "run", *extra, str(RAW), str(f))
        one_line_exit_2(result, str(f))
        assert f.read_text() == "my thesis\n"
    assert sorted(os.listdir(tmp_path)) == ["f"]


def test_run_in_in_keeps_the_input_pages(runner, raw_copy):
    before = snapshot(raw_copy)
    for extra in ((), ("--force",)):
        result = invoke(runner, "--no-progress", "run", *extra, str(raw_copy), str(raw_copy))
        one_line_exit_2(result, str(raw_copy))
        assert snapshot(raw_copy) == before


def test_a_foreign_folder_is_refused_and_force_replaces_it(runner, tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    (d / "notes.md").write_text("do not lose me\n")
    result = invoke(runner, "--no-progress", "read", str(RAW), "write", str(d))
    one_line_exit_2(result, str(d), "--force")
    assert snapshot(d) == {"notes.md": b"do not lose me\n"}
    assert sorted(os.listdir(tmp_path)) == ["d"]
    result = invoke(runner, "--no-progress", "read", str(RAW), "write", "--force", str(d))
    assert result.exit_code == 0, result.output
    assert sorted(os.listdir(d)) == ["articles.jsonl", "manifest.json", "run.json"]


def test_missing_empty_and_tipline_outputs_are_replaced(runner, tmp_path):
    out = tmp_path / "out"
    assert invoke(runner, "--no-progress", "read", str(RAW), "write", str(out)).exit_code == 0
    (out / "report.html").write_text("<html></html>")  # `make clean-data` puts the report beside the output
    assert invoke(runner, "--no-progress", "read", str(RAW), "write", str(out)).exit_code == 0
    empty = tmp_path / "empty"
    empty.mkdir()
    assert invoke(runner, "--no-progress", "read", str(RAW), "write", str(empty)).exit_code == 0
    assert load_manifest(empty)["totals"]["emitted"] == 5


def test_a_tipline_output_with_a_foreign_file_added_is_foreign(runner, tmp_path):
    out = tmp_path / "out"
    assert invoke(runner, "--no-progress", "read", str(RAW), "write", str(out)).exit_code == 0
    (out / "my-notes.txt").write_text("mine\n")
    one_line_exit_2(invoke(runner, "--no-progress", "read", str(RAW), "write", str(out)), str(out))
    assert (out / "my-notes.txt").read_text() == "mine\n"


def test_a_fake_manifest_does_not_make_a_folder_tiplines(runner, tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    (d / "manifest.json").write_text('{"name": "my project"}\n')
    one_line_exit_2(invoke(runner, "--no-progress", "read", str(RAW), "write", str(d)), str(d))
    assert (d / "manifest.json").read_text() == '{"name": "my project"}\n'


@pytest.mark.parametrize("where", ["parent", "inside", "symlink", "relative"])
def test_force_never_replaces_an_input_its_parent_or_a_path_inside_it(runner, raw_copy, tmp_path, where,
                                                                      monkeypatch):
    (raw_copy / "sub").mkdir()
    before = snapshot(tmp_path)
    inputs = [str(raw_copy)]
    if where == "parent":
        out = tmp_path
    elif where == "inside":
        out = raw_copy / "sub"
    elif where == "symlink":
        out = tmp_path / "link"
        out.symlink_to(raw_copy)
        before = snapshot(tmp_path)
    else:
        monkeypatch.chdir(raw_copy)
        inputs, out = ["."], Path("..") / "raw"
    result = invoke(runner, "--no-progress", "run", "--force", *inputs, str(out))
    one_line_exit_2(result, "input")
    assert snapshot(tmp_path) == before


def test_a_glob_input_is_protected_too(runner, raw_copy):
    target = raw_copy / "000_af03470b904090f7.txt"
    before = target.read_bytes()
    result = invoke(runner, "--no-progress", "read", str(raw_copy / "*.txt"), "write-jsonl", str(target))
    one_line_exit_2(result, str(target))
    assert target.read_bytes() == before


def test_write_jsonl_never_overwrites_an_input_and_refuses_a_directory(runner, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "Keep your receipts."}\n')
    one_line_exit_2(invoke(runner, "read-jsonl", str(src), "write-jsonl", str(src)), str(src))
    assert src.read_text() == '{"text": "Keep your receipts."}\n'
    d = tmp_path / "d"
    d.mkdir()
    one_line_exit_2(invoke(runner, "read-jsonl", str(src), "write-jsonl", str(d)), str(d))
    assert os.listdir(d) == []
    other = tmp_path / "other.jsonl"
    other.write_text("old\n")  # an ordinary file that is not an input is replaced, like a shell redirection
    assert invoke(runner, "read-jsonl", str(src), "write-jsonl", str(other)).exit_code == 0
    assert "Keep your receipts." in other.read_text()


def test_write_jsonl_to_a_pipe_writes_into_it_and_keeps_it_a_pipe(runner, tmp_path):
    # The old writer renamed a temporary file over DEST: run as root, `write-jsonl /dev/null` replaced the
    # device with a regular file. A FIFO of our own shows the same without touching the system's devices.
    import stat
    import threading

    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "Keep your receipts."}\n')
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = invoke(runner, "read-jsonl", str(src), "write-jsonl", str(fifo))
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert b"Keep your receipts." in got[0]


# --- 5. environment errors: one line, exit 2 ------------------------------------------------------------------

def run_cli(*args: str, stdin=None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*TIPLINE, *args], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          stdin=stdin, **kwargs)


def assert_environment_error(proc: subprocess.CompletedProcess, name: str) -> None:
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="needs the /dev/full device")
def test_disk_full_on_a_file_destination(tmp_path):
    proc = run_cli("read", str(RAW), "write-jsonl", "/dev/full")
    assert_environment_error(proc, "/dev/full")
    assert Path("/dev/full").is_char_device()


def test_output_below_a_regular_file(tmp_path):
    (tmp_path / "file").write_text("x")
    out = tmp_path / "file" / "out"
    assert_environment_error(run_cli("read", str(RAW), "write", str(out)), str(tmp_path / "file"))
    assert_environment_error(run_cli("read", str(RAW), "write-jsonl", str(out)), str(tmp_path / "file"))
    assert_environment_error(run_cli("read", str(RAW), "dedup", "--index", str(out), "write-jsonl", "/dev/null"),
                             str(tmp_path / "file"))


def test_output_in_a_location_that_refuses_writes():
    assert_environment_error(run_cli("read", str(RAW), "write", "/sys/tipline-out"), "/sys")


def test_file_size_limit_while_writing_keeps_the_previous_output(tmp_path):
    out = tmp_path / "out"
    assert run_cli("read", str(RAW), "write", str(out)).returncode == 0
    before = snapshot(out)
    import resource

    def limit() -> None:  # a real limit of the environment: writes past 4 KiB fail with EFBIG
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    proc = run_cli("read", str(RAW), "repair", "write", str(out), preexec_fn=limit)
    assert_environment_error(proc, "large")
    assert snapshot(out) == before
    assert sorted(os.listdir(tmp_path)) == ["out"]


# --- 2. atomic exchange --------------------------------------------------------------------------------------

READER = """
import os, sys, time
out, seconds = sys.argv[1], float(sys.argv[2])
seen = missing = 0
end = time.monotonic() + seconds
open(sys.argv[3], "w").close()
while time.monotonic() < end:
    seen += 1
    if not os.path.isfile(os.path.join(out, "a.txt")):
        missing += 1
print(seen, missing)
"""


def test_a_concurrent_reader_never_sees_the_output_missing(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.txt").write_text("0")
    ready = tmp_path / "ready"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(out), "3", str(ready)], stdout=subprocess.PIPE,
                              text=True)
    while not ready.exists():
        time.sleep(0.01)
    swaps = 0
    while reader.poll() is None and swaps < 2000:
        with io.atomic_directory(str(out), claim=lambda path: True) as tmp:
            Path(tmp, "a.txt").write_text(str(swaps))
        swaps += 1
    seen, missing = map(int, reader.communicate(timeout=30)[0].split())
    assert swaps > 20 and seen > 1000
    assert missing == 0, f"OUT was missing {missing} times in {seen} looks during {swaps} swaps"
    assert sorted(os.listdir(tmp_path)) == ["out", "ready"]


def test_the_fallback_swap_keeps_the_previous_output_until_the_new_one_is_in_place(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.txt").write_text("old")
    new = tmp_path / "new"
    new.mkdir()
    (new / "a.txt").write_text("new")
    io.swap_by_renames(str(new), str(out))
    assert (out / "a.txt").read_text() == "new"
    assert sorted(os.listdir(tmp_path)) == ["out"]


def test_without_renameat2_the_fallback_still_replaces_and_cleans_up(tmp_path, monkeypatch):
    monkeypatch.setattr(io.output, "_RENAMEAT2", None)  # as on a system without the call
    assert not io.exchange(str(tmp_path), str(tmp_path))
    out = tmp_path / "out"
    for text in ("old", "new"):
        with io.atomic_directory(str(out), claim=lambda path: True) as tmp:
            Path(tmp, "a.txt").write_text(text)
    assert (out / "a.txt").read_text() == "new"
    assert sorted(os.listdir(tmp_path)) == ["out"]


# --- 3. one writer at a time; 4. kill -9 -----------------------------------------------------------------------

def stdin_writer(tmp_path: Path, out: Path, *global_options: str, chain: tuple[str, ...] = ()) -> subprocess.Popen:
    """A real `tipline [read-jsonl FILE] read-jsonl - ... write OUT` that holds OUT while it waits for stdin
    (stdin is read whole, so the records that must flow meanwhile come from a file first)."""
    return subprocess.Popen([*TIPLINE, *global_options, *chain[:2], "read-jsonl", "-", *chain[2:], "write", str(out)],
                            cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(predicate, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.05)


def temp_dirs(parent: Path, name: str) -> list[str]:
    return sorted(p for p in os.listdir(parent) if p.startswith(f"{name}.tmp-"))


def test_a_second_writer_of_the_same_output_fails_fast(tmp_path):
    out = tmp_path / "out"
    with stdin_writer(tmp_path, out) as first:
        try:
            wait_for(lambda: temp_dirs(tmp_path, "out"))
            start = time.monotonic()
            second = run_cli("read", str(RAW), "write", str(out))
            assert time.monotonic() - start < 30
            assert_environment_error(second, str(out))
            assert "another tipline" in second.stderr
            line = json.dumps({"text": "Tip one. Water the plants in the morning."}) + "\n"
            _, err = first.communicate(line, timeout=60)
            assert first.returncode == 0, err
        finally:
            first.kill()
    assert json.loads((out / "manifest.json").read_text())["totals"]["articles"] == 1
    assert sorted(os.listdir(tmp_path)) == ["out"]


def test_stale_temp_folders_of_a_killed_writer_are_cleaned_at_the_next_run(tmp_path):
    out = tmp_path / "out"
    (tmp_path / "out.tmp-mine").mkdir()  # not tipline's: stays
    with stdin_writer(tmp_path, out) as writer:
        wait_for(lambda: len(temp_dirs(tmp_path, "out")) == 2)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    assert len(temp_dirs(tmp_path, "out")) == 2
    assert run_cli("read", str(RAW), "write", str(out)).returncode == 0
    assert sorted(os.listdir(tmp_path)) == ["out", "out.tmp-mine"]


def children_of(pid: int) -> set[int]:
    """Every descendant of ``pid`` (read from /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    parents[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_exit_when_the_parent_is_killed(tmp_path):
    out = tmp_path / "out"
    workers: set[int] = set()
    first = tmp_path / "first.jsonl"  # more than two chunks, so the pool starts while stdin is still open
    first.write_text("".join(json.dumps({"text": f"Tip {n}. Keep receipt {n}."}) + "\n" for n in range(400)))
    chain = ("read-jsonl", str(first), "repair", "--no-learn", "segment")
    with stdin_writer(tmp_path, out, "--workers", "2", chain=chain) as writer:
        try:
            wait_for(lambda: len(children_of(writer.pid)) >= 3)  # the forkserver and two workers
            workers = children_of(writer.pid)
            writer.send_signal(signal.SIGKILL)
            writer.wait()
            wait_for(lambda: not any(alive(p) for p in workers), timeout=20)
        finally:
            writer.kill()
            for p in workers:
                if alive(p):  # only the processes this test started, by id
                    os.kill(p, signal.SIGKILL)
