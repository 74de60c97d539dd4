"""The two real HTML test sets under ``../shared/benchmarks`` and their published scoring.

- AEB (Article Extraction Benchmark): per page, word-4-gram multisets of the true and the extracted body;
  precision and recall are averaged over pages and F1 is their harmonic mean.
- trafilatura-eval: every ``with`` snippet must be in the extracted text (TP, else FN), every ``without``
  snippet must not (else FP); precision/recall/F1 over all snippets. Author and title count exact matches.
"""

from __future__ import annotations

import ast
import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


def _find_benchmarks() -> Path:
    """``../shared/benchmarks`` beside the checkout (CI), or beside the folder of worktrees (helpers)."""
    root = Path(__file__).resolve().parent.parent
    candidates = [root.parent / "shared" / "benchmarks", root.parent.parent / "shared" / "benchmarks"]
    return next((c for c in candidates if c.is_dir()), candidates[0])


BENCHMARKS = _find_benchmarks()
WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Page:
    key: str
    html: bytes
    truth: dict


def available(name: str) -> bool:
    return (BENCHMARKS / name).is_dir()


def aeb_pages(limit: int | None = None) -> list[Page]:
    root = BENCHMARKS / "aeb"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit]
    return [Page(k, gzip.decompress((root / "html" / f"{k}.html.gz").read_bytes()), truth[k]) for k in keys]


def _as_list(value) -> list[str]:
    if isinstance(value, list):
        return value
    if not value:
        return []
    return list(ast.literal_eval(value)) if isinstance(value, str) and value.startswith("[") else [value]


def trafilatura_pages(limit: int | None = None) -> list[Page]:
    root = BENCHMARKS / "trafilatura-eval"
    data = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for url in sorted(data)[:limit]:
        item = dict(data[url], url=url, with_=_as_list(data[url].get("with")),
                    without=_as_list(data[url].get("without")))
        path = root / "pages" / f"{item['file']}.gz"
        if path.exists():
            pages.append(Page(url, gzip.decompress(path.read_bytes()), item))
    return pages


def ngrams(text: str, n: int = 4) -> Counter:
    words = WORD.findall(text or "")
    return Counter(tuple(words[i:i + n]) for i in range(max(0, len(words) - n + 1)))


def aeb_page_pr(truth: str, got: str) -> tuple[float, float]:
    """Precision and recall of one page over word-4-gram multisets (empty vs empty counts as perfect).

    >>> aeb_page_pr("a b c d e", "a b c d e")
    (1.0, 1.0)
    >>> aeb_page_pr("a b c d e", "")
    (0.0, 0.0)
    """
    t, g = ngrams(truth), ngrams(got)
    if not t and not g:
        return 1.0, 1.0
    tp = sum((t & g).values())
    precision = tp / sum(g.values()) if g else 0.0
    recall = tp / sum(t.values()) if t else 0.0
    return precision, recall


def fmt(value: float) -> str:
    return f"{value:.3f}"


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def aeb_score(pages: list[Page], outputs: dict[str, str]) -> tuple[float, float, float]:
    prs = [aeb_page_pr(p.truth["articleBody"], outputs.get(p.key) or "") for p in pages]
    precision = sum(p for p, _ in prs) / len(prs)
    recall = sum(r for _, r in prs) / len(prs)
    return f1(precision, recall), precision, recall


def _norm(text: str) -> str:
    return " ".join((text or "").split())


@dataclass(slots=True)
class SnippetScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, item: dict, got: str) -> None:
        got = _norm(got)
        for snippet in item["with_"]:
            if _norm(snippet) in got:
                self.tp += 1
            else:
                self.fn += 1
        for snippet in item["without"]:
            if _norm(snippet) in got:
                self.fp += 1
            else:
                self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def exact(expected, got: str | None) -> bool:
    """Exact match after collapsing whitespace; a list of expected authors is joined by ``; ``."""
    if isinstance(expected, list):
        expected = "; ".join(expected)
    return bool(expected) and _norm(expected) == _norm(got or "")


def is_english(page: Page) -> bool:
    """English by the page's own ``lang`` attribute, else by common English words in its snippets."""
    head = page.html[:4000].decode("utf-8", "ignore").lower()
    match = re.search(r"<html[^>]*\blang\s*=\s*[\"']?([a-z]{2})", head)
    if match:
        return match.group(1) == "en"
    words = WORD.findall(" ".join(page.truth.get("with_", [])).lower())
    return sum(w in {"the", "and", "of", "to", "is", "in"} for w in words) >= 2


def iter_keys(pages: list[Page]) -> Iterator[str]:
    return (p.key for p in pages)


# --- running the extractors side by side -------------------------------------------------------------------


@dataclass(slots=True)
class Extracted:
    text: str
    title: str | None = None
    author: str | None = None


def extractors() -> tuple[dict, list[str]]:
    """``{name: fn(page bytes) -> Extracted}`` for tipline and every peer installed; plus notes on missing ones.

    tipline's extract step is ``read.page_to_article`` (bytes -> decoded -> main text + metadata), the same call
    the read stage makes. Peers get the same decoded text, so decoding is no one's advantage.
    """
    from pipeline.stages.read import page_to_article
    from pipeline.text.extract import decode

    def tipline(data: bytes) -> Extracted:
        try:
            a = page_to_article("page.html", data, "html")
        except ValueError:
            return Extracted("")
        return Extracted(a.text, a.title, a.author)

    tools = {"tipline extract": tipline}
    notes = []
    try:
        import trafilatura

        def traf(data: bytes) -> Extracted:
            doc = trafilatura.bare_extraction(decode(data).text, with_metadata=True)
            return Extracted(doc.text or "", doc.title, doc.author) if doc else Extracted("")

        tools[f"trafilatura {trafilatura.__version__}"] = traf
    except ImportError:
        notes.append("trafilatura not installed (pip install -e '.[bench]')")
    try:
        from importlib.metadata import version

        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree

        def resil(data: bytes) -> Extracted:
            return Extracted(extract_plain_text(HTMLTree.parse(decode(data).text), main_content=True))

        tools[f"resiliparse {version('resiliparse')} main_content"] = resil
    except ImportError:
        notes.append("resiliparse not installed (pip install -e '.[bench]')")
    return tools, notes


def run_tool(fn, pages: list[Page]) -> tuple[dict[str, Extracted], float]:
    """Outputs per page key and CPU seconds (one core: the process's own time, not the wall clock)."""
    import time

    out = {}
    if pages:
        fn(pages[0].html)  # warm up: first calls load tables and compile patterns, in every tool
    start = time.process_time()
    for page in pages:
        out[page.key] = fn(page.html)
    return out, time.process_time() - start


def config_toml(options: dict[str, dict[str, str]]) -> str:
    """A ``--config`` file's text giving stage options (``{stage: {key: value}}``, string values), top-level
    ``[<stage>]`` tables as ``settings.sections_of`` reads them.

    >>> print(config_toml({"segment": {"line_roles": "title"}}), end="")
    [segment]
    line_roles = "title"
    """
    return "".join(f"[{stage}]\n" + "".join(f"{key} = {json.dumps(value)}\n" for key, value in keys.items())
                   for stage, keys in options.items())


def run_chain(pages: list[Page], stages: list[str], options: dict[str, dict[str, str]] | None = None
              ) -> tuple[dict[str, str], dict[str, tuple], float]:
    """Run ``tipline read DIR <stages> write-jsonl`` on the pages (one worker); texts and (title, author) per
    page key (parts of a split page joined), and CPU seconds. ``options``: stage options given through a
    ``--config`` file (``{"segment": {"line_roles": "title"}}``); none: the stages' defaults."""
    import tempfile
    import time

    from click.testing import CliRunner

    from pipeline.cli import cli

    with tempfile.TemporaryDirectory(prefix="tipline-html-") as tmp:
        root = Path(tmp) / "pages"
        root.mkdir()
        config = []
        if options:
            (Path(tmp) / "config.toml").write_text(config_toml(options), encoding="utf-8")
            config = ["--config", str(Path(tmp) / "config.toml")]
        names = {}
        for i, page in enumerate(pages):
            name = f"{i:05d}.html"
            (root / name).write_bytes(page.html)
            names[name] = page.key
        start = time.process_time()
        result = CliRunner().invoke(cli, ["--workers", "1", "--no-progress", "-q", *config, "read", str(root),
                                          *stages, "write-jsonl", "-"])
        seconds = time.process_time() - start
    texts: dict[str, list[str]] = {}
    meta: dict[str, tuple] = {}
    for line in result.stdout.splitlines():
        record = json.loads(line)
        key = names.get(Path(record["source"]["path"]).name)
        if key is None:
            continue
        texts.setdefault(key, []).append(record["text"])
        meta.setdefault(key, (record.get("title"), record.get("author")))
    return {k: "\n\n".join(v) for k, v in texts.items()}, meta, seconds
