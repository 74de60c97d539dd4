"""A realistic corpus for the whole-chain benchmark: labelled documents with known duplicates and rewrites
(``bench.dedup_corpus``), each damaged the way directory scrapes are (``tests.corruptor``: repparttar with
counters and eaten spaces, stripped .com, mojibake, foreign spam) and wrapped in page chrome."""

from __future__ import annotations

import json
import random
from pathlib import Path

from bench.dedup_corpus import generate
from tests.corruptor import corrupt

CHROME = ["Share and Enjoy:", "Leave a Comment", "Post a Comment", "Terms of Use", "msgbartop", "msgbarbottom"]


def write_jsonl(path: Path, n: int, seed: int = 11) -> tuple[int, int]:
    """Write ``n`` pages as JSONL to ``path``; return (documents, bytes of text)."""
    rng = random.Random(seed)
    counter = [104500]
    total = 0
    with open(path, "w", encoding="utf-8") as fh:
        for doc in generate(n):
            damaged = corrupt(doc.text, rng, the_rate=0.3, com_rate=1.0, mojibake_rate=0.1, spam_rate=0.05,
                              counter=counter).text
            byline = f"Written by {doc.author}\n\n" if doc.author else ""
            page = f"Advice Article Number {doc.index}\n\n{byline}{damaged}\n\n" + "\n".join(rng.sample(CHROME, 2))
            total += len(page.encode("utf-8"))
            fh.write(json.dumps({"id": str(doc.index), "text": page}, ensure_ascii=False) + "\n")
    return n, total
