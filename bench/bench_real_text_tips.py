"""Tips on real texts that are not advice: does tipline give tips only where a text gives advice?

The realpages parts are all advice pages, so they cannot show tips found where there are none. This bench reads
324 real texts (``bench_scale.real_corpus``: the AEB pages' article bodies and the trafilatura-eval pages' text,
mostly German and English news, blogs, shops and documentation) labelled by reading (``real_text_tips.json``:
"advice" or "not-advice", its ``_about`` says how), runs them through the chain and asks, per text, whether tipline
gave it any tip. Precision: of the texts given tips, the share that advise; recall: of the advising texts, the share
given tips. A third is set apart (``setapart``; round 15's by its own draw, rounds 16's and 17's by a hash of the
id, see ``_about``): reported apart, never tuned on.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from bench.util import table

TITLE = "Tips on real texts that are not advice (issue 16)"
LABELS = Path(__file__).resolve().parent / "real_text_tips.json"


def load_labels() -> tuple[dict[str, bool], set[str]]:
    """The labelled texts (id -> advises) and the ids set apart."""
    data = json.loads(LABELS.read_text(encoding="utf-8"))
    advises = {i: True for i in data["advice"]} | {i: False for i in data["not-advice"]}
    return advises, set(data["setapart"])


def tipped_texts(records: list[dict]) -> set[str]:
    """The ids of the records the whole chain gives at least one tip (each record run as read from a JSONL file)."""
    from pipeline import Pipeline

    with tempfile.TemporaryDirectory(prefix="tipline-bench-") as tmp:
        src = Path(tmp) / "texts.jsonl"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        out = Path(tmp) / "out"
        Pipeline(err=lambda line: None).run([str(src)], str(out))
        with open(out / "tips.jsonl", encoding="utf-8") as fh:
            return {json.loads(line)["source"]["input_id"] for line in fh}


def score(advises: dict[str, bool], tipped: set[str], ids: set[str]) -> list:
    """One table row: texts, advising, given tips, precision, recall, accuracy (over ``ids``).

    >>> score({"a": True, "b": False, "c": True}, {"a", "b"}, {"a", "b", "c"})
    [3, 2, 2, '1/2 (50 %)', '1/2 (50 %)', '1/3 (33 %)']
    """
    given = [i for i in ids if i in tipped]
    advising = [i for i in ids if advises[i]]
    right = sum(advises[i] == (i in tipped) for i in ids)

    def share(k: int, n: int) -> str:
        return f"{k}/{n} ({round(100 * k / n) if n else 0} %)"

    return [len(ids), len(advising), len(given), share(sum(advises[i] for i in given), len(given)),
            share(sum(i in tipped for i in advising), len(advising)), share(right, len(ids))]


def run(smoke: bool) -> str:
    from bench.bench_scale import real_corpus

    found = real_corpus()
    if found is None:
        return "Skipped: `../shared/benchmarks` (AEB, trafilatura-eval) is not here.\n"
    advises, setapart = load_labels()
    with open(found[0], encoding="utf-8") as fh:
        records = [r for r in map(json.loads, fh) if r["id"] in advises]
    if smoke:
        records = records[:12]
    tipped = tipped_texts(records)
    ran = {r["id"] for r in records}
    tuned = ran - setapart
    rows = [["tuned (two thirds)", *score(advises, tipped, tuned)],
            ["set apart (a third, never tuned on)", *score(advises, tipped, ran & setapart)]]
    return ("Real texts labelled by reading (`bench/real_text_tips.json`): does the chain give tips only to texts "
            "that advise?\n\n" + table(["part", "texts", "advising", "given tips", "precision", "recall",
                                       "accuracy"], rows) + "\n")
