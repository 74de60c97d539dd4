"""Where the repair stage spends its CPU time: per fix, language scoring, detection scores, and the marker
learner's corpus pass, in milliseconds of CPU per document (issue 19).

Run ``python -m bench.profile_repair FILE...`` (JSONL or any input ``tipline run`` reads); the records are what
the read stage gives the repair stage. Each figure is the best of ``--repeat`` passes over the same records
(process CPU time), next to ``str.split`` of every text measured in the same process as the anchor.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable

from bench.util import table
from pipeline import repairs
from pipeline.configs import RepairConfig
from pipeline.records import Article
from pipeline.repairs import Fix
from pipeline.stages import read, repair
from pipeline.stats import StageStats


def load(paths: list[str]) -> list[Article]:
    """The articles the read stage yields for ``paths``."""
    return [r for r in read.run(paths, read.ReadConfig(), StageStats("read")) if isinstance(r, Article)]


def _timed(fn: Callable, key: str, spent: dict[str, float]) -> Callable:
    clock = time.process_time

    def wrapper(*args, **kwargs):
        start = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[key] += clock() - start

    return wrapper


def profile(articles: list[Article], repeat: int = 3) -> list[list]:
    """Rows ``[part, ms per document]``: best of ``repeat`` passes each."""
    import pipeline.repairs.warm  # noqa: F401  (models loaded before timing, as in the workers)

    config = RepairConfig()
    n = len(articles)
    texts = [(a.text, a.title) for a in articles]
    best: dict[str, float] = defaultdict(lambda: float("inf"))

    def keep(name: str, seconds: float) -> None:
        best[name] = min(best[name], seconds)

    for _ in range(repeat):
        start = time.process_time()
        for text, _title in texts:
            text.split()
        keep("anchor: str.split of the text", time.process_time() - start)

        # The corpus pass: digest every document (what observe does, in the parent or the workers), then merge.
        start = time.process_time()
        observed = [repair.observe(articles, config, 0)]
        keep("learn: observe (digest per document)", time.process_time() - start)
        start = time.process_time()
        context = repair.learn_observed(observed, config, StageStats("repair"))
        keep("learn: merge and decide", time.process_time() - start)

        start = time.process_time()
        for text, title in texts:
            repairs.repair_article(text, title, context)
        keep("repair_article (all fixes, title, scores)", time.process_time() - start)

        # The same again with a timer around each part.
        spent: dict[str, float] = defaultdict(float)
        saved = repairs.FIXES, repairs.identify, repairs.scores, repairs.repair_title
        repairs.FIXES = tuple(Fix(f.name, _timed(f.apply, f"fix {i + 1:2d} {f.name}", spent), f.english_only, f.title)
                              for i, f in enumerate(saved[0]))
        repairs.identify = _timed(saved[1], "identify (language)", spent)
        repairs.scores = _timed(saved[2], "scores (spun, deletions)", spent)
        try:
            for text, _title in texts:
                repairs._repair(text, context, frozenset(), None)  # the text's fixes only
            start = time.process_time()
            for _text, title in texts:
                if title is not None:
                    saved[3](title, context)
            spent["title fixes"] += time.process_time() - start
            for text, _title in texts:
                repairs.scores(text)
        finally:
            repairs.FIXES, repairs.identify, repairs.scores, repairs.repair_title = saved
        for name, seconds in spent.items():
            keep(name, seconds)
    return [[name, seconds / n * 1000] for name, seconds in sorted(best.items())]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    articles = load(args.paths)
    rows = profile(articles, args.repeat)
    print(f"{len(articles):,} articles from {', '.join(args.paths)}; CPU ms per document, best of {args.repeat}")
    print(table(["part", "ms per document"], rows))


if __name__ == "__main__":
    main(sys.argv[1:])
