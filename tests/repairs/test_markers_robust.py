"""The marker learner on hostile and real input: bounded memory and time, no crash on any character."""

from __future__ import annotations

import gzip
import json
import resource
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.repairs.markers import MarkerLearner, _mask_urlish
from tests.conftest import ROOT, invoke
from tests.repairs.conftest import clean_paragraphs

# ../shared/benchmarks beside the checkout (CI, /work/main), or two levels up from a worktree in /work/wt/.
SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if (p / "benchmarks").is_dir()),
              ROOT.parent / "shared")
TRAFILATURA = SHARED / "benchmarks" / "trafilatura-eval" / "pages"


def learned(texts) -> dict:
    learner = MarkerLearner()
    for text in texts:
        learner.observe(text)
    return {m.token: m.word for m in learner.result().markers}


# The peak RSS of a child process that reads, repairs (learning markers) and writes one record with a 1 MB word.
# Measured: ~200 MiB alone (a 1 MB line of prose: ~130 MiB), up to 441 MiB once in a loaded full-suite run; the
# unbounded learner took 3.9 GB for a 100 KB word (a cached lookup per prefix: quadratic), so 1 GiB tells the
# two apart by far, and the child's address space is capped at 2 GiB so that a regression fails, not the machine.
MAX_RSS_MIB = 1024


def _child_peak_rss(tmp_path: Path, text: str) -> tuple[int, float, int]:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    code = (
        "import resource, sys\n"
        "from pipeline.cli import cli\n"
        "try:\n"
        f"    cli(['--workers', '1', '-q', 'read-jsonl', {str(src)!r}, 'repair', 'write-jsonl', '/dev/null'])\n"
        "except SystemExit as exc:\n"
        "    rc = exc.code or 0\n"
        "print(rc, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)\n"
    )
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300,
                          preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30)))
    elapsed = time.perf_counter() - start
    assert done.returncode == 0, done.stderr[-2000:]
    rc, rss = done.stdout.split()
    return int(rc), elapsed, int(rss)


@pytest.mark.slow  # a subprocess under a memory cap: seconds
def test_a_one_megabyte_word_is_repaired_in_bounded_memory_and_time(tmp_path):
    word = "".join("abcdefghij"[(i * 7) % 10] for i in range(1_000_000))
    text = "The shop was open.\n" + word + " and the customer came back."
    rc, elapsed, rss = _child_peak_rss(tmp_path, text)
    anchor_rc, anchor_elapsed, anchor_rss = _child_peak_rss(tmp_path, "The shop was open. " * 50_000)  # 1 MB too
    assert rc == 0 and anchor_rc == 0
    assert rss < MAX_RSS_MIB, f"peak RSS {rss} MiB"
    assert elapsed < 5 * anchor_elapsed + 5, (elapsed, anchor_elapsed)


def test_long_tokens_are_not_candidates():
    learner = MarkerLearner()
    learner.observe("the " + "q" * 10_000 + " of the shop")
    assert all(len(token) <= 64 for token in learner.candidates)


@pytest.mark.parametrize("where", ["inside a word", "between words", "at the start", "as the whole text"])
def test_nul_characters_do_not_break_the_learner(where):
    base = "We went to the zqxvy shop and the zqxvy owner said hello to the zqxvy crowd."
    text = {"inside a word": base.replace("shop", "sh\x00op"), "between words": base.replace(" and", "\x00 and"),
            "at the start": "\x00" + base, "as the whole text": "\x00\x00"}[where]
    learner = MarkerLearner()
    for _ in range(3):
        learner.observe(text)
    learner.result()  # raised KeyError or IndexError when NUL split the token list


def test_nul_text_in_a_jsonl_record_is_repaired(runner, tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"text": f"{p}\u0000 the zqxvy end."}) for p in clean_paragraphs()[:30]]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke(runner, "--workers", "1", "read-jsonl", str(src), "repair", "write-jsonl", "-")
    assert result.exit_code == 0, result.output
    assert "\x00" not in "".join(json.loads(line)["text"] for line in result.stdout.splitlines())


def _time(fn, *args) -> float:
    """The best of five CPU timings of this process: the machine is shared (wall time counts other processes'
    turns), and the least disturbed run is the closest to the cost."""
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        fn(*args)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.slow  # timing growth over sizes: seconds each
@pytest.mark.parametrize("unit", ["a.b/", "a.b", "x@y.", "w:w.", "a.b ", "a.b\n", ".a ", "a.b\nc d "])
def test_dotted_runs_are_masked_in_linear_time(unit):
    small, big = unit * (100_000 // len(unit)), unit * (1_000_000 // len(unit))
    ratio = _time(_mask_urlish, big) / max(_time(_mask_urlish, small), 1e-3)
    assert ratio < 20, f"1 MB took {ratio:.1f}x the time of 100 KB (linear: 10x, quadratic: 100x)"
    assert not set("./@:") & set(_mask_urlish(big))


def test_dotted_runs_are_learned_from_in_linear_time():
    learned(["We went to the shop and the store."])  # loads the lexicon: not part of the timing
    unit = "a.b/"
    line = "We went to the shop and {} and then to the store with the dog."  # an English line: it is read
    small, big = line.format(unit * 25_000), line.format(unit * 250_000)
    ratio = _time(learned, [big]) / max(_time(learned, [small]), 1e-3)
    assert ratio < 20, f"1 MB took {ratio:.1f}x the time of 100 KB (linear: 10x, quadratic: 100x)"


def test_mask_urlish_masks_whole_words_as_before():
    assert _mask_urlish("see www.a.com/x?y and a.b c.d\nx@y.z .pany ok") == "see   and    \n    ok"


def test_nul_bytes_between_tags_of_a_foreign_page_do_not_crash_the_learner():
    """The shape of the real page that crashed the chain: a run of NUL bytes after an image tag, in a page whose
    every word is unknown to the English lexicon. Minimal trigger: a NUL anywhere before a candidate token among
    the last tokens (joined with NUL and split again, the token list grew by two per NUL: IndexError)."""
    learner = MarkerLearner()
    learner.observe("a\x00 zqxv")
    learner.observe("El juicio entra en la recta final.\n" + "\x00" * 11 + "\nLa sentencia podría dictarse hoy.")
    learner.observe("The shop\x00 is open and the zqxv owner waits for the zqxv customers.")
    learner.result()


class _Text(HTMLParser):
    """The text of a page as a plain text-only scraper keeps it: data outside scripts, NUL bytes included."""

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        self.skip += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("script", "style") and self.skip > 0

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


@pytest.mark.slow  # every real page of a benchmark set: ~10 s
@pytest.mark.skipif(not TRAFILATURA.is_dir(), reason="../shared/benchmarks/trafilatura-eval is not here")
def test_the_learner_reads_the_real_pages_of_trafilatura_eval_in_linear_time():
    texts = []
    for path in sorted(TRAFILATURA.glob("*.gz")):
        parser = _Text()
        parser.feed(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
        texts.append("".join(parser.parts))
    assert any("\x00" in t for t in texts)  # the page that crashed the chain is among them
    learner = MarkerLearner()
    learner.observe(texts[0])  # loads the lexicon: not part of the timing
    start = time.process_time()  # CPU of this process: the machine is shared
    for text in texts[:200]:
        learner.observe(text)
    first = time.process_time() - start
    for text in texts[200:]:
        learner.observe(text)
    report = learner.result().report
    total = time.process_time() - start
    # Linear: the 990 pages cost about 990/200 = 5x the first 200 (the old learner: 244 s vs 14 s, 17x).
    assert total < 10 * first + 1, (first, total)
    assert report["markers"] == [], report["candidates"]  # German or Polish words are not markers for "the"
    assert report["sample"]["not_english"] > 300
