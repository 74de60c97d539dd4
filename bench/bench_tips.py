"""Tip-splitting accuracy on labelled articles, and splitting throughput.

Two labelled sets:

* **hand-labelled**: every fixture under ``tests/fixtures/tips/`` (the five seeds cut as they will look after
  boilerplate and segmentation, one fixture per list form, and negative cases), labelled in ``tests/golden/tips/``;
* **generated**: articles assembled from the seed pages' own sentences in every list form the issue names
  (numbered styles, bullets, numbers inside a paragraph, headed sections, When/Try pairs), hard-wrapped or not,
  with numbers in the prose, plus articles that are no list at all; the labels are known by construction.

Accuracy is the share of articles whose tip count is exactly right, and the share of labelled headlines found
verbatim at the same position.
"""

from __future__ import annotations

import random
import re
import textwrap
from pathlib import Path

from bench.util import peak_rss_mib, table, timed
from pipeline.records import Article, Source
from pipeline.stages import tips
from tests.stages.tips_fixtures import fixture_names, load_article, load_golden

TITLE = "Tip splitting (tips stage)"
ROOT = Path(__file__).resolve().parent.parent
CONFIG = tips.TipsConfig()
NUMBERED = ["{n}. ", "{n}) ", "Tip #{n}: ", "Step {n} - ", "#{n} ", "({n}) "]
BULLETS = ["• ", "·", "- ", "* ", "– "]
NOISE = ["In 2008 we had 10 customers a day.", "Sales grew 3.5% that year.", "We served 20 customers or 100."]


def sentence_pool() -> list[str]:
    """Single sentences from the seed fixtures that neither close a list nor carry markers or end matter."""
    pool = []
    for name in fixture_names():
        if not name.startswith("seed-"):
            continue
        text = load_article(name).text
        for para in text.split("\n"):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", tips.normalise(para)):
                if (40 <= len(s) <= 160 and s[0].isupper() and s[-1] in ".!?" and not re.search(r"\d|[•·#]", s)
                        and not tips.closes_list(s) and not tips.GUARD.search(s) and "Mrs." not in s
                        and tips.lead_sentence(s) == s):
                    pool.append(s)
    return sorted(set(pool))


def generated_case(rng: random.Random, pool: list[str]) -> tuple[str, list[str]]:
    """One labelled article: its text and the headlines of its tips (empty for an article with no list)."""
    kind = rng.choice(["numbered", "numbered", "bullet", "inline", "headed", "pairs", "none"])
    n = rng.randint(3, 8)
    items = [rng.sample(pool, rng.randint(1, 3)) for _ in range(n)]
    if len({i[0] for i in items}) < n:
        return generated_case(rng, pool)
    intro = "Here is what years behind the counter taught us. " + rng.choice(NOISE)
    outro = "So there you have it. " + rng.choice(NOISE)
    width = rng.choice([None, None, rng.randint(50, 80)])
    wrap = (lambda p: textwrap.fill(p, width)) if width else (lambda p: p)
    if kind == "none":
        paras = [" ".join(rng.sample(NOISE, 2)) + " " + " ".join(rng.sample(pool, 2)) for _ in range(4)]
        return "\n\n".join(wrap("We tell our story here. " + p) for p in paras), []
    if kind == "inline":
        para = intro + " " + " ".join(f"{k}. {' '.join(item)}" for k, item in enumerate(items, start=1))
        return wrap(para) + "\n\n" + wrap(outro), [item[0] for item in items]
    if kind == "headed":
        titles = [f"Point {word.title()}" for word in rng.sample(["care", "speed", "trust", "calm", "follow-up",
                                                                   "honesty", "patience", "focus"], n)]
        body = "\n\n".join(f"{t}\n{wrap(' '.join(['Make sure you listen.'] + item))}" for t, item in zip(
            titles, items, strict=True))
        return f"{wrap(intro)}\n\n{body}\n\nConclusion\n{wrap(outro)}", titles
    if kind == "pairs":
        n = rng.randint(2, 4)
        body = "\n\n".join(f"When This Happens . . .\n{wrap(item[0])}\nTry This\n{wrap(' '.join(item[1:] or item))}"
                           for item in items[:n])
        return f"{wrap(intro)}\n\n{body}\n\n{wrap(outro)}", [item[0] for item in items[:n]]
    style = rng.choice(NUMBERED if kind == "numbered" else BULLETS)
    sep = rng.choice(["\n", "\n\n"])
    entries = []
    for k, item in enumerate(items, start=1):
        text = " ".join(item)
        entries.append(textwrap.fill(style.format(n=k) + text, width, subsequent_indent="   ") if width
                       else style.format(n=k) + text)
    return f"{wrap(intro)}\n\n{sep.join(entries)}\n\n{wrap(outro)}", [item[0] for item in items]


def article_of(text: str, i: int) -> Article:
    source = Source(path=f"bench/{i}.txt", sha256=f"{i:064x}", size=len(text.encode()), format="txt")
    return Article(id=Article.make_id(source), source=source, text=text)


def score(cases: list[tuple[Article, int, list[str]]]) -> list:
    """Exact-count accuracy and headline match over ``(article, expected count, expected headlines)``."""
    exact = headlines = matched = 0
    for article, count, expected in cases:
        _, found, _ = tips.split_article(article, CONFIG)
        exact += len(found) == count
        headlines += len(expected)
        matched += sum(1 for k, h in enumerate(expected) if k < len(found) and found[k].headline == h)
    return [len(cases), 100.0 * exact / len(cases), headlines, 100.0 * matched / max(headlines, 1)]


def real_pages_dev(limit: int | None = None, part: str = "dev") -> list | None:
    """The splitter alone on one seen part of the issue-16 pages (``bench.real_pages.PARTS``; never the sealed
    part): each labelled article is scored against the page's output article that matches it best, so a page cut
    into the wrong number of articles by segmentation does not count against the splitter. ``None`` when the
    part's folder is absent."""
    from bench.real_pages import PARTS, REALPAGES, headline_key, load_labels, run_page

    if part not in PARTS:
        raise ValueError(f"unknown or sealed real-pages part {part!r}; choose from {', '.join(PARTS)}")
    folder = REALPAGES / part
    if not (folder / "labels.json").exists():
        return None
    labels = load_labels(folder)
    articles = exact = near = heads = matched = 0
    for name in sorted(labels)[:limit]:
        got = run_page(folder / name)
        for want in labels[name]["articles"]:
            expected = want.get("tips") or []

            def hits(found: tuple[str, ...], expected: list[str] = expected) -> int:
                return sum(1 for k, h in enumerate(expected) if k < len(found) and headline_key(found[k]) ==
                           headline_key(h))

            found = max((o.tips for o in got), key=lambda t: (len(t) == len(expected), hits(t),
                                                               -abs(len(t) - len(expected))), default=())
            articles += 1
            exact += len(found) == len(expected)
            near += abs(len(found) - len(expected)) <= 1
            heads += len(expected)
            matched += hits(found)
    return [articles, 100.0 * exact / articles, 100.0 * near / articles, heads, 100.0 * matched / max(heads, 1)]


def run(smoke: bool) -> str:
    hand = []
    for name in fixture_names():
        golden = load_golden(name)
        hand.append((load_article(name), golden["tip_count"], [t["headline"] for t in golden["tips"]]))
    rng = random.Random(2026)  # not the seed the splitter was debugged on
    pool = sentence_pool()
    n = 150 if smoke else 2000
    generated = []
    for i in range(n):
        text, heads = generated_case(rng, pool)
        generated.append((article_of(text, i), len(heads), heads))
    rows = [["hand-labelled fixtures", *score(hand)], ["generated", *score(generated)]]
    accuracy = table(["labelled set", "articles", "exact tip count %", "headlines", "headline match %"], rows)
    corpus = [a for a, _, _ in generated] * (1 if smoke else 5)
    size = sum(len(a.text.encode()) for a in corpus)
    seconds, produced = timed(lambda: sum(len(tips.split_article(a, CONFIG)[1]) for a in corpus))
    speed = table(["docs", "MB", "tips", "seconds", "docs/s", "MB/s", "peak RSS MiB"],
                  [[len(corpus), size / 1e6, produced, seconds, len(corpus) / seconds, size / 1e6 / seconds,
                    peak_rss_mib()]])
    out = f"{accuracy}\n\nSplitting throughput (split_article alone, one core):\n\n{speed}\n"
    # after the timing: the whole chain would weigh on its RSS
    from bench.real_pages import PARTS
    parts = [[part, *row] for part in PARTS if (row := real_pages_dev(limit=10 if smoke else None, part=part))]
    if parts:
        out += ("\nIssue-16 real-shaped pages, seen parts, splitter alone (each labelled article against the page's "
                "best-matching output article):\n\n" + table(["part", "articles", "exact tip count %", "count ±1 %",
                                                               "headlines", "headline match %"], parts) + "\n")
    return out
