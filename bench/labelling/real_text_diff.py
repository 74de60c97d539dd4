"""Two ``tipline run`` outputs of the real texts (``bench/work/scale/real-texts.jsonl``, made by
``bench.bench_scale.real_corpus``) compared article by article: how many titles, authors, licences and tip counts
changed, with examples to read by hand (the texts have no labels: each change is judged by reading it).

    python -m pipeline --no-progress run bench/work/scale/real-texts.jsonl /tmp/rt-new
    python -m bench.labelling.real_text_diff /tmp/rt-base /tmp/rt-new
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

FIELDS = ("title", "author", "licence", "tips")


def load(out: Path) -> dict[tuple, dict]:
    """The articles of one output keyed by where they came from (input line, part), each with its tip count."""
    tips = Counter(json.loads(line)["article_id"] for line in (out / "tips.jsonl").open(encoding="utf-8"))
    articles = {}
    for line in (out / "articles.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        source = record.get("source") or {}
        key = (source.get("input_id") or source.get("path"), source.get("line"), source.get("part"))
        articles[key] = {"title": record.get("title"), "author": record.get("author"),
                         "licence": (record.get("licence") or {}).get("tag"), "tips": tips[record["id"]]}
    return articles


def changes(before: dict[tuple, dict], after: dict[tuple, dict]) -> dict[str, list[tuple]]:
    """field -> [(source, before, after)] for the articles both outputs hold.

    >>> changes({("a", 1, 0): {"title": "T", "author": None, "licence": None, "tips": 2}},
    ...         {("a", 1, 0): {"title": "T", "author": "Ann Lee", "licence": None, "tips": 2}})["author"]
    [(('a', 1, 0), None, 'Ann Lee')]
    """
    both = sorted(set(before) & set(after), key=str)
    return {field: [(k, before[k][field], after[k][field]) for k in both if before[k][field] != after[k][field]]
            for field in FIELDS}


def main(argv: list[str]) -> int:
    before, after = load(Path(argv[0])), load(Path(argv[1]))
    print(f"articles {len(before)} -> {len(after)}; only before {len(set(before) - set(after))}, "
          f"only after {len(set(after) - set(before))}")
    for field, changed in changes(before, after).items():
        print(f"{field}: {len(changed)} changed")
        for key, old, new in changed[:15]:
            print(f"    {key} {old!r:.80} -> {new!r:.80}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
