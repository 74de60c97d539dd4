"""Dedup on real-shaped pages: the labelled near-duplicate set of issue 17 (tests/fixtures/dedupset).

tipline's default chain through article ``dedup`` on each part in one run, scored by ``bench.dedup_real``: pair
precision, recall and F1 over page pairs, and direction (linked copies leading to the labelled original). Beside
it, the peers' MinHash default on the same pages: datasketch's ``MinHashLSH(threshold=0.5)`` on word 5-grams of
the whole page, candidates joined into clusters (skipped when datasketch is missing).

The set-apart part is scored here only, never while tuning; the smoke run (tests) scores the dev part alone.
"""

from __future__ import annotations

from bench import dedup_real as dr
from bench.util import table

TITLE = "Dedup on real-shaped pages (near-duplicate groups, issue 17)"


def run(smoke: bool) -> str:
    parts = ("dev",) if smoke else dr.PARTS
    results, peers = {}, {}
    for part in parts:
        results[part] = dr.evaluate(part)
        peers[part] = dr.peer(part)

    def cells(s: dict | None) -> list[str]:
        if s is None:
            return ["–"] * 3
        return [f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}"]

    def direction(part: str) -> str:
        right, decided = dr.direction_share(results[part])
        wrong_way = len(results[part].wrong_way)
        return f"{right}/{decided} ({right / decided:.0%}); originals marked a copy: {wrong_way}" if decided else "–"

    header = ["method"]
    for part in parts:
        r = results[part]
        size = f"{len(r.labels.files)} pages, {len(r.labels.groups)} groups"
        header += [f"{part} ({size}) precision", "recall", "F1", "direction right"]
    rows = [["tipline (default chain through dedup)"] + [c for part in parts for c in
                                                          cells(results[part].scores) + [direction(part)]]]
    if all(peers[part] is not None for part in parts):
        rows.append(["datasketch MinHashLSH 0.5, word 5-grams"] + [c for part in parts for c in
                                                                   cells(peers[part]) + ["–"]])
    else:
        rows.append(["datasketch MinHashLSH 0.5 (not installed)"] + ["–"] * (4 * len(parts)))
    text = table(header, rows) + "\n\n"
    for part in parts:
        r = results[part]
        found = ", ".join(f"{k} {f}/{n}" for k, (f, n) in dr.recall_by_kind(r).items())
        opened = ", ".join(f"{k} {n}" for k, n in dr.open_groups(r.labels, r.found).items()) or "none linked"
        text += (f"- {part}: true pairs found, by the copy's role: {found}. Evidence named as labelled on right-way "
                 f"copies: {dr.evidence_named(r)}/{dr.direction_share(r)[0]}. Links inside groups labelled without "
                 f"an original, by what decided them: {opened}.\n")
    text += ("\nA pair: two pages joined through links (articles in one cluster, or `duplicate_of`/`derived_from`). "
             "Direction: a linked copy must lead (relation target or cluster canonical, through the group's pages, "
             "along links whose evidence is not `none`) to the labelled original, and the original must not lead to "
             "it; groups labelled `null` are not judged.\n")
    if not smoke:
        text += "\nMisses on dev:\n\n" + ("\n".join(dr.misses(results["dev"])) or "- none") + "\n"
    return text
