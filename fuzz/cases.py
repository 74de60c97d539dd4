"""Which examples to run: the fixed regression corpus (the same every time) and hypothesis's random draws.

Fixed cases are the issue's list, one trigger each, so a failure names its trigger and a fix shows up as exactly
the case it fixes. Random draws combine up to three triggers with arbitrary extra files, any command, any OUT
state, 1 or 2 workers and --strict: the interactions nobody wrote a case for.
"""

from __future__ import annotations

from hypothesis import strategies as st

from .corpus import TRIGGERS
from .harness import COMMANDS, OUT_MODES, STAGE_COMMANDS, Example

# Commands worth running per trigger in the fixed corpus: the whole chain for every trigger; for JSONL triggers
# also the JSONL reader, the two readers of finished output (check and report read records back) and every stage
# alone (read-jsonl -> STAGE -> write: text no earlier stage cleaned).
JSONL_COMMANDS = ("read-jsonl-write", "check", "report", *STAGE_COMMANDS)
# The triggers written for the stage-alone commands (valid JSONL, hostile text fields). The CI pass runs each
# stage alone once on the small ones together (five examples), the full pass every stage on each.
HOSTILE_TEXT = ("blank_runs", "long_runs", "long_line", "many_lines", "mixed_scripts", "huge_fields",
                "cue_blank_runs", "cue_char_runs", "cue_many_lines")
# Too slow for the CI pass's 20 s timeout on a loaded 2-core runner though linear (4.4 MB of runs, a 1 MB line:
# 12-16 s of CPU through the chain, segment alone 25 s of wall time in a loaded seed-12 pass; 50,000 short lines:
# segment alone 36 s; the cue triggers: 4-9 MB each, 140 records of cue lines beside 40-60 KB runs):
# `make fuzz` runs them at full sizes; the CI pass leaves them out (tests/test_pattern_scaling.py keeps their mends).
CI_SKIPPED = ("long_runs", "long_line", "many_lines", "cue_blank_runs", "cue_char_runs", "cue_many_lines", "cue_html")


def fixed_cases(ci: bool = False) -> list[Example]:
    """The deterministic corpus. ``ci``: one command per trigger plus the OUT cases (the short pass of
    ``make test``); otherwise every command that makes sense for each trigger.

    >>> [e.label() for e in fixed_cases(ci=True) if e.triggers == ("plain",)][:2]
    ['plain [run, out=previous w1]', 'plain [run, out=absent w1]']
    """
    cases: list[Example] = []
    for name, trig in TRIGGERS.items():
        if ci and name in CI_SKIPPED:
            continue
        cases.append(Example((name,), "run", "previous"))
        if name == "plain":
            cases += [Example(("plain",), "run", mode) for mode in OUT_MODES if mode != "previous"]
            cases.append(Example(("plain", "empty"), "run", "previous", strict=True))  # exit 3, OUT untouched
            cases.append(Example(("plain",), "read-write", "previous", workers=2))
            cases.append(Example(("plain",), "report", "previous"))
        elif trig.jsonl and not ci:
            cases += [Example((name,), cmd, "absent") for cmd in JSONL_COMMANDS]
    if ci:
        # the readers of finished output, on the records built to break them
        cases += [Example((name,), cmd, "absent") for name in ("wrong_types", "gzip_bomb", "zstd_bomb")
                  for cmd in ("check", "report")]
        small = tuple(t for t in HOSTILE_TEXT if t not in CI_SKIPPED)
        cases += [Example(small, cmd, "absent") for cmd in STAGE_COMMANDS]
    else:
        cases.append(Example(("many_duplicates",), "run", "absent", workers=2))
    return cases


def case_id(example: Example) -> str:
    """A stable test id: ``trigger-command-outmode[-w2][-strict]``.

    >>> case_id(Example(("plain", "empty"), "run", "previous", strict=True))
    'plain+empty-run-previous-strict'
    """
    parts = ["+".join(example.triggers), example.command, example.out_mode]
    if example.workers != 1:
        parts.append(f"w{example.workers}")
    if example.strict:
        parts.append("strict")
    return "-".join(parts)


SUFFIXES = (".txt", ".html", ".jsonl", ".jsonl.gz", ".jsonl.zst", ".warc", ".warc.gz", ".htm", "")
_json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
_json = st.recursive(_json_scalars, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(
    st.sampled_from(["text", "id", "title", "kind", "schema", "source", "url", "author", "x"]) | st.text(max_size=5),
    kids, max_size=5), max_leaves=20)


@st.composite
def _file_bytes(draw: st.DrawFn) -> bytes:
    """Arbitrary bytes, arbitrary text (lone surrogates kept), or JSON lines of arbitrary values."""
    import json

    kind = draw(st.sampled_from(["bytes", "text", "json"]))
    if kind == "bytes":
        return draw(st.binary(max_size=3000))
    if kind == "text":
        return draw(st.text(max_size=3000)).encode("utf-8", "surrogatepass")
    rows = draw(st.lists(_json, max_size=6))
    return "".join(json.dumps(r, ensure_ascii=draw(st.booleans())) + "\n" for r in rows).encode(
        "utf-8", "surrogatepass")


def random_files() -> st.SearchStrategy[tuple[tuple[str, bytes], ...]]:
    return st.lists(st.tuples(st.sampled_from(SUFFIXES), _file_bytes()), max_size=3).map(
        lambda files: tuple((f"r{i}{suffix or '.dat'}", data) for i, (suffix, data) in enumerate(files)))


def examples(triggers: tuple[str, ...] = tuple(TRIGGERS), out_modes: tuple[str, ...] = OUT_MODES,
             commands: tuple[str, ...] = COMMANDS, max_triggers: int = 3) -> st.SearchStrategy[Example]:
    """Random examples over the given triggers, OUT states and commands."""
    return st.builds(
        Example,
        triggers=st.lists(st.sampled_from(sorted(triggers)), max_size=max_triggers, unique=True).map(tuple)
        if triggers else st.just(()),
        command=st.sampled_from(commands),
        out_mode=st.sampled_from(out_modes),
        seed=st.integers(0, 2**32 - 1),
        workers=st.sampled_from([1, 2]),
        strict=st.booleans(),
        random_files=random_files(),
    )
