"""The learned author fallback on real text (issue 16): every name it gives where the rules give none, and how many of
them are persons who wrote the article, by hand labels.

Data: the real texts of ``bench_scale.real_corpus()`` (the AEB true article bodies and the text tipline's read stage
gets from trafilatura-eval's HTML pages), each streamed alone through the chain up to ``boilerplate`` as a JSONL
record, and trafilatura-eval's HTML pages themselves through read, repair and boilerplate (what
``bench.line_roles trafilatura`` measures). ``segment`` then runs twice, rules alone and ``author-fallback``; a
**candidate** is a name the fallback gives to an article the rules left unnamed.

Labels (``bench/name_labels.json``): per candidate only the doc id, the article's index, the name and a hand label:
``writer`` (a person who wrote the article), ``person`` (a person, not its writer: a quoted expert, a subject, a
commenter) or ``not_person`` (a heading, a brand, a noun phrase, a place). No page text is stored. A third of the
pages (by the hash of their page key, :func:`set_apart`) was set apart before any tuning and is scored once.

    python -m bench.name_candidates collect     # the candidates the fallback gives now, unlabelled ones marked
    python -m bench.name_candidates score       # names given, precision on the dev and set-apart thirds
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from bench.labels import stream_through
from pipeline.configs import SegmentConfig
from pipeline.records import Article
from pipeline.stages.segment import segment_record

WORK = Path(__file__).resolve().parent / "work" / "names"
LABELS = Path(__file__).resolve().parent / "name_labels.json"
LABEL_VALUES = ("writer", "person", "not_person")


def set_apart(doc_id: str) -> bool:
    """Whether a doc belongs to the set-apart third: by a hash of its page key (the part after the source's
    prefix), so one trafilatura page read two ways stands on one side."""
    key = doc_id.split("/", 1)[1]
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 3 == 0


def _texts() -> list[tuple[str, str, str | None]]:
    """(doc id, text, true author) of the real texts, as ``real_corpus`` builds them but keyed by page."""
    import tempfile

    from bench import html_sets
    from pipeline.stages import read
    from pipeline.stats import StageStats

    out: list[tuple[str, str, str | None]] = [
        (f"aeb/{page.key}", page.truth["articleBody"], None) for page in html_sets.aeb_pages()]
    pages = html_sets.trafilatura_pages()
    with tempfile.TemporaryDirectory(prefix="tipline-names-") as tmp:
        for i, page in enumerate(pages):
            (Path(tmp) / f"{i:04d}.html").write_bytes(page.html)
        for r in read.run([tmp], read.ReadConfig(), StageStats("read")):
            if isinstance(r, Article) and r.text:
                page = pages[int(Path(r.source.path).stem)]
                out.append((f"te/{page.truth['file']}", r.text, page.truth.get("author")))
    return out


def _html_records() -> list[tuple[str, list[Article], str | None]]:
    import tempfile

    from bench import html_sets

    out = []
    with tempfile.TemporaryDirectory(prefix="tipline-names-") as tmp:
        for page in html_sets.trafilatura_pages():
            path = Path(tmp) / "page.html"
            path.write_bytes(page.html)
            records = [r for r in stream_through([str(path)], "boilerplate") if isinstance(r, Article)]
            out.append((f"te-html/{page.truth['file']}", records, page.truth.get("author")))
    return out


def records() -> list[tuple[str, list[Article], str | None]]:
    """(doc id, its records at segment's input, true author) for every real text and HTML page; built once and kept
    under ``bench/work/names`` (the chain up to boilerplate takes minutes)."""
    path = WORK / "records.pickle"
    if path.exists():
        with open(path, "rb") as fh:
            return pickle.load(fh)
    import tempfile

    out = []
    with tempfile.TemporaryDirectory(prefix="tipline-names-") as tmp:
        jsonl = Path(tmp) / "texts.jsonl"
        texts = _texts()
        with open(jsonl, "w", encoding="utf-8") as fh:
            for doc_id, text, _ in texts:
                fh.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
        by_id: dict[str, list[Article]] = {}
        for r in stream_through([str(jsonl)], "boilerplate"):
            if isinstance(r, Article):
                by_id.setdefault(r.source.input_id, []).append(r)
        out += [(doc_id, by_id.get(doc_id, []), truth) for doc_id, _, truth in texts]
    out += _html_records()
    WORK.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        pickle.dump(out, fh)
    return out


def authors(recs: list[Article], mode: str) -> list[str | None]:
    config = replace(SegmentConfig(), line_roles=mode)
    return [a.author for r in recs for a in segment_record(r, config)[0]]


def candidates(docs=None) -> tuple[list[dict], dict[str, float]]:
    """Every name the fallback gives where the rules give none: dicts of doc, index, name, truth; and the CPU
    seconds of segment in each mode over all docs."""
    docs = records() if docs is None else docs
    cpu = {"off": 0.0, "author-fallback": 0.0}
    out = []
    for doc_id, recs, truth in docs:
        got = {}
        for mode in cpu:
            start = time.process_time()
            got[mode] = authors(recs, mode)
            cpu[mode] += time.process_time() - start
        for k, (off, on) in enumerate(zip(got["off"], got["author-fallback"], strict=True)):
            if off is None and on is not None:
                out.append({"doc": doc_id, "index": k, "name": on, "truth": truth})
    return out, cpu


def load_labels() -> dict[tuple[str, int, str], str]:
    if not LABELS.exists():
        return {}
    data = json.loads(LABELS.read_text(encoding="utf-8"))
    return {(d["doc"], d["index"], d["name"]): d["label"] for d in data["candidates"]}


def score(found: list[dict], labels: dict[tuple[str, int, str], str],
          sides: tuple[str, ...] = ("dev", "set-apart")) -> str:
    from bench.util import table

    rows = []
    for side in sides:
        mine = [c for c in found if set_apart(c["doc"]) == (side == "set-apart")]
        counts = Counter(labels.get((c["doc"], c["index"], c["name"]), "unlabelled") for c in mine)
        n = len(mine)
        writer = counts["writer"]
        rows.append([side, n, writer, counts["person"], counts["not_person"], counts["unlabelled"],
                     f"{writer / n:.0%}" if n else "-"])
    return table(["third", "names given", "writer", "person, not writer", "not a person", "unlabelled",
                  "precision (writer)"], rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.name_candidates", description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=("collect", "score"))
    parser.add_argument("--side", choices=("dev", "set-apart", "all"), default="dev",
                        help="which third's candidates to list or score (the set-apart third once, at the end; "
                             "score: 'all' prints both thirds)")
    args = parser.parse_args(argv)
    found, cpu = candidates()
    labels = load_labels()
    if args.what == "collect":
        for c in found:
            if args.side != "all" and set_apart(c["doc"]) != (args.side == "set-apart"):
                continue
            key = (c["doc"], c["index"], c["name"])
            print(json.dumps({**c, "label": labels.get(key)}, ensure_ascii=False))
    else:
        sides = ("dev", "set-apart") if args.side == "all" else (args.side,)
        print(score(found, labels, sides))
        print(f"\nsegment CPU s over {len(records())} docs: off {cpu['off']:.1f}, "
              f"author-fallback {cpu['author-fallback']:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
