"""Run one fuzz example: build its inputs, run the real CLI in a subprocess under limits, check the properties.

An *example* is a set of triggers (see :mod:`fuzz.corpus`), a command, and what stood at OUT before the run. The
child runs in its own session with a wall-clock timeout, an address-space cap (so a bomb cannot take the machine
down) and a file-size cap; its peak RSS comes from ``wait4``. Every property that fails becomes a
:class:`Violation`; the caller decides what to do with them (assert in pytest, tabulate in ``make fuzz``).
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import corpus

# Stages the CLI runs alone on JSONL: `read-jsonl in STAGE write OUT` ("stage-segment" ...). Alone, a stage sees
# text no earlier stage cleaned (round 9: segment alone hung on a header line of 100 KB of spaces, which repair
# collapses in the chain).
STAGES = ("repair", "boilerplate", "segment", "dedup", "tips")
STAGE_COMMANDS = tuple(f"stage-{name}" for name in STAGES)
COMMANDS = ("run", "read-write", "read-jsonl-write", "check", "report", *STAGE_COMMANDS)
WRITING_COMMANDS = ("run", "read-write", "read-jsonl-write", *STAGE_COMMANDS)
# absent: no OUT yet; previous: an earlier tipline output; foreign: a user's folder with a file in it;
# file: a user's regular file at OUT; same_as_in / inside_in / parent_of_in: OUT overlaps the inputs.
OUT_MODES = ("absent", "previous", "foreign", "file", "same_as_in", "inside_in", "parent_of_in")
OK_EXITS = frozenset({0, 1, 2, 3})
WROTE_EXITS = frozenset({0, 1})  # the exits after which OUT may have changed
FATES = frozenset({"emitted", "duplicate", "rejected"})
USER_NOTE = b"my own notes: tipline must never delete this\n"


@dataclass(frozen=True)
class Limits:
    """Bounds per example; each default says why."""

    # A normal run of a few pages takes 2-4 s here (imports dominate); 60 s is slack for a loaded 2-core box,
    # and a run that takes longer on a few MB of input is hung (a FIFO) or quadratic.
    timeout: float = 60.0
    # Peak RSS of the child and its workers. Normal runs of the "plain" pages peak at 195-210 MB since the
    # language model came in (100-125 MB before; measured with wait4, see bench/results.md "Fuzz"); 512 MB is
    # 2.5x that, so a few-MB input that needs more is a leak.
    max_rss_mb: int = 512
    # Hard address-space cap (not a property, a safety net): a bomb fails with MemoryError in seconds instead of
    # taking the machine's memory. Normal runs work under a 600 MB cap (measured); 2 GiB leaves room to measure.
    address_space: int = 2 << 30
    # No output of a few MB of input needs more than this; a bomb copied into articles.jsonl is stopped.
    file_size: int = 1 << 30
    # stderr must not grow with an input's content: the reader lists at most 20 rejected lines or records per
    # input plus one "N more" line, then the summary; 25 per input leaves slack, 10 covers the summary.
    stderr_lines_per_input: int = 25
    stderr_lines_base: int = 10
    stderr_line_chars: int = 2000  # one line naming a path and a reason; a 1 MB token echoed back is a bug
    max_bytes: int | None = None  # --max-bytes for the child (the CI pass lowers it to keep files small)
    # CPU time (the child and its workers, from wait4) per MB of input, over a fixed start-up allowance. The whole
    # chain (`run`) on every hostile-text trigger takes at most ~2 s per MB past its start-up on this machine
    # (bench/results.md "Fuzz"); a linear stage alone must do no worse. A pattern that walks a 100 KB run once
    # per position takes minutes, far over it. Start-up: imports and the language model, 2-4 s; 15 s is slack.
    cpu_base: float = 15.0
    cpu_per_mb: float = 10.0


@dataclass(frozen=True)
class Example:
    triggers: tuple[str, ...]
    command: str = "run"
    out_mode: str = "absent"
    seed: int = 0
    workers: int = 1
    strict: bool = False
    random_files: tuple[tuple[str, bytes], ...] = ()  # extra files of arbitrary bytes (hypothesis draws them)

    def label(self) -> str:
        extra = f"+{len(self.random_files)}rnd" if self.random_files else ""
        flags = f" w{self.workers}" + (" strict" if self.strict else "")
        return f"{'+'.join(self.triggers) or 'none'}{extra} [{self.command}, out={self.out_mode}{flags}]"


@dataclass(frozen=True)
class Violation:
    prop: str  # exit_code, timeout, signal, internal_error, memory, manifest, previous_output, user_data, ...
    detail: str


@dataclass
class Outcome:
    example: Example
    argv: list[str]
    exit_code: int | None  # None: killed by the timeout
    signal: int | None
    seconds: float
    max_rss_mb: float
    stderr_tail: str
    cpu_seconds: float = 0.0
    input_mb: float = 0.0
    violations: list[Violation] = field(default_factory=list)
    workdir: str = ""


# ------------------------------------------------------------------------------------------------ snapshots


def snapshot(root: Path, skip: set[str] = frozenset()) -> dict[str, tuple]:
    """Map every path under ``root`` (relative, symlinks not followed, FIFOs never opened) to what it is.

    ``skip`` names top-level entries to leave out.
    """
    result: dict[str, tuple] = {}
    if not os.path.lexists(root):
        return result

    def walk(path: str, rel: str) -> None:
        try:
            entries = sorted(os.scandir(path), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            r = f"{rel}/{entry.name}" if rel else entry.name
            if not rel and entry.name in skip:
                continue
            st = entry.stat(follow_symlinks=False)
            if stat.S_ISLNK(st.st_mode):
                result[r] = ("link", os.readlink(entry.path))
            elif stat.S_ISDIR(st.st_mode):
                result[r] = ("dir",)
                walk(entry.path, r)
            elif stat.S_ISREG(st.st_mode):
                result[r] = ("file", st.st_size, _sha256(entry.path))
            else:
                result[r] = ("special", stat.S_IFMT(st.st_mode))

    if os.path.isdir(root) and not os.path.islink(root):
        walk(str(root), "")
    else:
        st = os.lstat(root)
        result[""] = ("file", st.st_size, _sha256(str(root))) if stat.S_ISREG(st.st_mode) else ("other",)
    return result


def _sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _diff(before: dict[str, tuple], after: dict[str, tuple], limit: int = 3) -> str:
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    shown = ", ".join(repr(k) for k in changed[:limit])
    return f"{len(changed)} path(s) changed: {shown}{' ...' if len(changed) > limit else ''}"


def expected_inputs(in_dir: Path, cwd: Path) -> set[str]:
    """The inputs ``tipline`` must account for when given ``in_dir``: every non-directory entry with a suffix it
    reads (FIFOs, dangling links and link loops included), not descending into linked directories. A name's
    bytes that are not UTF-8 are expected as ``\\xNN`` escapes (the README's representation: JSON in UTF-8
    cannot hold them)."""
    from pipeline.io import format_of

    found: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(in_dir):
        for name in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            full = os.path.join(dirpath, name)
            if os.path.isdir(full):
                continue
            if format_of(name) is not None:
                shown = Path(os.path.relpath(full, cwd)).as_posix()
                found.add(shown.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace"))
    return found


# ------------------------------------------------------------------------------------------------ the child


def tipline_argv() -> list[str]:
    """The real CLI of the interpreter running us: the venv's console script, else ``python -m pipeline``."""
    script = Path(sys.executable).with_name("tipline")
    return [str(script)] if script.exists() else [sys.executable, "-m", "pipeline"]


@dataclass
class ChildResult:
    exit_code: int | None
    signal: int | None
    seconds: float
    max_rss_mb: float
    cpu_seconds: float = 0.0  # user + system of the command and its reaped children


def run_child(argv: list[str], cwd: Path, env: dict[str, str], limits: Limits, stdout: Path,
              stderr: Path) -> ChildResult:
    """Run ``argv`` in its own session under ``limits``; kill the whole session at the timeout."""

    def preexec() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limits.address_space, limits.address_space))
        resource.setrlimit(resource.RLIMIT_FSIZE, (limits.file_size, limits.file_size))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    start = time.monotonic()
    result = stdout.with_name("launch-result")
    result.unlink(missing_ok=True)
    argv = [sys.executable, str(Path(__file__).with_name("launch.py")), str(result), "--", *argv]
    with open(stdout, "wb") as out, open(stderr, "wb") as err:
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                preexec_fn=preexec, start_new_session=True)
    timed_out = False
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - start > limits.timeout:
            timed_out = True
            _kill_session(proc.pid)
            _, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.02)
    proc.returncode = 0  # reaped by wait4 above; stop Popen from waiting again
    seconds = time.monotonic() - start
    _kill_session(proc.pid)  # workers the child left behind
    code = None if timed_out else os.waitstatus_to_exitcode(status)
    rss_kb = usage.ru_maxrss
    cpu = usage.ru_utime + usage.ru_stime
    if not timed_out and result.exists():  # the launcher's report of the command itself
        fields = result.read_text(encoding="ascii").split()
        code, rss_kb, cpu = int(fields[0]), int(fields[1]), float(fields[2])
    sig = -code if code is not None and code < 0 else None
    return ChildResult(None if timed_out or sig else code, sig, seconds, rss_kb / 1024, cpu)


def _kill_session(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


# ------------------------------------------------------------------------------------------------ one example


@dataclass
class Session:
    """What all examples of a fuzz run share: where they work, the baseline output, the limits."""

    scratch: Path
    limits: Limits = field(default_factory=Limits)
    scale: corpus.Scale = corpus.FULL
    _baseline: Path | None = None

    def baseline(self) -> Path:
        """An earlier tipline output (made once): what a previous run left at OUT."""
        if self._baseline is None:
            base = self.scratch / "baseline"
            out = base / "out"
            if not (out / "manifest.json").exists():
                shutil.rmtree(base, ignore_errors=True)
                (base / "raw").mkdir(parents=True)
                (base / "raw" / "page.txt").write_text(corpus.PAGE, encoding="utf-8")
                subprocess.run([*tipline_argv(), "--no-progress", "--workers", "1", "run", "raw", "out"], cwd=base,
                               env=self.env(base), check=True, capture_output=True, timeout=120)
            self._baseline = out
        return self._baseline

    def env(self, tmp: Path) -> dict[str, str]:
        env = dict(os.environ)
        tmp.mkdir(parents=True, exist_ok=True)
        (self.scratch / "mplconfig").mkdir(parents=True, exist_ok=True)
        env.update(TMPDIR=str(tmp), MPLCONFIGDIR=str(self.scratch / "mplconfig"), PYTHONUNBUFFERED="1")
        env.pop("RAY_ADDRESS", None)
        return env


def _out_name(example: Example) -> str:
    return {"same_as_in": "in", "inside_in": "in/out", "parent_of_in": "."}.get(
        example.out_mode, "out.html" if example.command == "report" else "out")


def _jsonl_target(in_dir: Path, cwd: Path) -> str:
    """What check and report are pointed at: the first JSONL input (compressed too), else the input folder."""
    for path in sorted(in_dir.rglob("*.jsonl*")):
        if path.name.endswith((".jsonl", ".jsonl.gz", ".jsonl.zst")) and path.is_file() and not path.is_symlink():
            return Path(os.path.relpath(path, cwd)).as_posix()
    return "in"


def argv_for(example: Example, session: Session, in_dir: Path, cwd: Path) -> list[str]:
    out = _out_name(example)
    head = [*tipline_argv(), "--no-progress", "--workers", str(example.workers)]
    if example.strict:
        head.append("--strict")
    if session.limits.max_bytes:
        head += ["--max-bytes", str(session.limits.max_bytes)]
    tail = {
        "run": ["run", "in", out],
        "read-write": ["read", "in", "write", out],
        "read-jsonl-write": ["read-jsonl", "in", "write", out],
        "check": ["check", _jsonl_target(in_dir, cwd)],
        "report": ["report", _jsonl_target(in_dir, cwd), "-o", out],
        **{f"stage-{name}": ["read-jsonl", "in", name, "write", out] for name in STAGES},
    }[example.command]
    return head + tail


def input_mb(in_dir: Path) -> float:
    """MB of the regular files under ``in_dir`` (links and FIFOs not followed): what the time budget scales with."""
    total = 0
    for dirpath, _dirs, files in os.walk(in_dir):
        for name in files:
            st = os.lstat(os.path.join(dirpath, name))
            if stat.S_ISREG(st.st_mode):
                total += st.st_size
    return total / (1 << 20)


def prepare(example: Example, session: Session, workdir: Path) -> None:
    """Write the inputs and whatever stands at OUT before the run."""
    root = workdir / "w"
    in_dir = root / "in"
    corpus.build(list(example.triggers), in_dir, example.seed, session.scale)
    for name, data in example.random_files:
        corpus.random_file(in_dir / "random", name, data)
    out = root / _out_name(example)
    if example.out_mode == "previous":
        if example.command == "report":
            out.write_bytes(b"<html><body>an earlier report</body></html>\n")
        else:
            shutil.copytree(session.baseline(), out)
    elif example.out_mode == "foreign":
        out.mkdir(parents=True)
        (out / "notes.txt").write_bytes(USER_NOTE)
        (out / "drafts").mkdir()
        (out / "drafts" / "todo.md").write_bytes(USER_NOTE)
    elif example.out_mode == "file":
        out.write_bytes(USER_NOTE)


def run_example(example: Example, session: Session, workdir: Path) -> Outcome:
    """Build ``example`` in ``workdir``, run it, and check every property."""
    shutil.rmtree(workdir, ignore_errors=True)
    root = workdir / "w"
    in_dir = root / "in"
    tmp = workdir / "tmp"
    prepare(example, session, workdir)
    out_name = _out_name(example)
    out = root / out_name
    out_top = out_name.split("/")[0]
    argv = argv_for(example, session, in_dir, root)
    writes_out = example.command in WRITING_COMMANDS
    expected = expected_inputs(in_dir, root) if writes_out else set()

    in_before = snapshot(in_dir)
    out_before = snapshot(out)
    rest_before = snapshot(root, skip={"in", out_top})
    # A user's folder or file at OUT must survive; but `report -o FILE` may replace an existing file (as -o does)
    user_owned = example.out_mode == "foreign" or (example.out_mode == "file" and example.command != "report")
    user_keys = ("", "notes.txt", "drafts/todo.md") if user_owned else ()
    user_before = {k: v for k, v in out_before.items() if k in user_keys}
    (workdir / "cmd.sh").write_text(
        "#!/bin/sh\n# reproduce: run from this folder's w/ (inputs are in w/in)\ncd \"$(dirname \"$0\")/w\" && "
        + " ".join(_shell_quote(a) for a in argv) + "\n", encoding="utf-8")
    child = run_child(argv, root, session.env(tmp), session.limits, workdir / "stdout", workdir / "stderr")
    err = (workdir / "stderr").read_bytes().decode("utf-8", "replace")
    outcome = Outcome(example, argv, child.exit_code, child.signal, child.seconds, child.max_rss_mb,
                      err[-3000:], child.cpu_seconds, input_mb(in_dir), workdir=str(workdir))
    v = outcome.violations
    limits = session.limits

    # 1. the exit code
    if child.exit_code is None and child.signal is None:
        v.append(Violation("timeout", f"killed after {limits.timeout:.0f} s"))
    elif child.signal is not None:
        what = "file-size limit" if child.signal == signal.SIGXFSZ else signal.Signals(child.signal).name
        v.append(Violation("signal", f"killed by signal {child.signal} ({what})"))
    elif child.exit_code == 70:
        v.append(Violation("internal_error", _exception_line(err)))
    elif child.exit_code not in OK_EXITS:
        v.append(Violation("exit_code", f"exit {child.exit_code}: {_exception_line(err)}"))
    elif "Traceback (most recent call last)" in err:
        v.append(Violation("traceback", f"exit {child.exit_code} but stderr holds a traceback: {_exception_line(err)}"))

    # 2. memory and CPU time
    if child.max_rss_mb > limits.max_rss_mb:
        v.append(Violation("memory", f"peak RSS {child.max_rss_mb:,.0f} MB > {limits.max_rss_mb:,} MB"))
    budget = limits.cpu_base + limits.cpu_per_mb * outcome.input_mb
    if child.exit_code is not None and child.cpu_seconds > budget:
        v.append(Violation("cpu_time", f"{child.cpu_seconds:.1f} CPU s > {budget:.1f} s ({limits.cpu_base:.0f} s + "
                                       f"{limits.cpu_per_mb:.0f} s/MB x {outcome.input_mb:.2f} MB)"))

    # 3. the inputs are never changed, whatever OUT is
    if snapshot(in_dir, skip={"out"} if example.out_mode == "inside_in" and child.exit_code in WROTE_EXITS
                else set()) != {k: x for k, x in in_before.items()}:
        v.append(Violation("inputs_changed", _diff(in_before, snapshot(in_dir))))

    # 4. nothing written beside OUT, no temp siblings or temp files left behind
    if example.out_mode != "parent_of_in":
        rest_after = snapshot(root, skip={"in", out_top})
        leftovers = [k for k in rest_after if "/" not in k and k not in rest_before]
        killed = child.exit_code is None  # a SIGKILLed run cannot clean up; its temp siblings are no finding
        if leftovers and not killed:
            v.append(Violation("leftovers", f"left beside OUT: {sorted(leftovers)[:3]}"))
        elif not leftovers and rest_after != rest_before:
            v.append(Violation("outside_out", _diff(rest_before, rest_after)))
    if child.exit_code is not None:
        stray = sorted(os.listdir(tmp)) if tmp.exists() else []
        if stray:
            v.append(Violation("temp_leak", f"left in TMPDIR: {stray[:3]}"))

    # 5. the previous OUT: untouched unless the run succeeded; a user's files always survive
    out_after = snapshot(out) if example.out_mode != "parent_of_in" else out_before
    if child.exit_code not in WROTE_EXITS and example.out_mode not in ("parent_of_in", "same_as_in"):
        if out_after != out_before:
            v.append(Violation("previous_output", f"exit {child.exit_code} yet OUT changed: "
                                                  f"{_diff(out_before, out_after)}"))
    for key, value in user_before.items():
        if out_after.get(key) != value:
            v.append(Violation("user_data", f"the user's {'file at OUT' if key == '' else key!r} was "
                                            f"{'changed' if key in out_after else 'deleted'} (exit {child.exit_code})"))

    # 6. the manifest accounts for every input
    if writes_out and child.exit_code in WROTE_EXITS and example.out_mode not in ("parent_of_in", "same_as_in"):
        v.extend(_check_manifest(out, expected))

    # 7. stderr stays short
    lines = err.splitlines()
    bound = limits.stderr_lines_base + limits.stderr_lines_per_input * max(1, len(expected))
    if child.exit_code not in (70, None) and len(lines) > bound:
        v.append(Violation("stderr", f"{len(lines)} stderr lines > {bound}"))
    longest = max((len(line) for line in lines), default=0)
    if longest > limits.stderr_line_chars:
        v.append(Violation("stderr", f"a stderr line of {longest:,} chars > {limits.stderr_line_chars:,}"))
    return outcome


def _check_manifest(out: Path, expected: set[str]) -> list[Violation]:
    path = out / "manifest.json"
    try:
        manifest = json.loads(path.read_bytes())
        root = manifest.get("root")  # input paths are relative to it (issue 18)
        entries = {e["path"] if root in (None, ".") or e["path"] == "<stdin>" else f"{root}/{e['path']}":
                   e.get("fate") for e in manifest["inputs"]}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return [Violation("manifest", f"no readable manifest.json after a successful run: {exc}")]
    found: list[Violation] = []
    missing = sorted(expected - entries.keys())
    if missing:
        found.append(Violation("manifest", f"{len(missing)} input(s) not in the manifest, e.g. {missing[:3]}"))
    odd = sorted((p, f) for p, f in entries.items() if f not in FATES)
    if odd:
        found.append(Violation("manifest", f"inputs with no valid fate: {odd[:3]}"))
    return found


def _exception_line(err: str) -> str:
    """The last line of a traceback (the exception), else the last stderr line."""
    lines = [line for line in err.strip().splitlines() if line.strip()]
    if not lines:
        return "(no stderr)"
    for line in reversed(lines):
        if not line.startswith(" ") and ("Error" in line or "Exception" in line):
            return line[:300]
    return lines[-1][:300]


def _shell_quote(arg: str) -> str:
    import shlex

    return shlex.quote(arg)
