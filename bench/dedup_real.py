"""Score article-level dedup on the real-shaped near-duplicate set (``tests/fixtures/dedupset``, issue 17).

Every page of a part (``dev`` or ``setapart``) goes through the default chain up to and including the first
``dedup`` (article level) in one run; articles map to pages by ``source.path``. Two pages are linked when articles
of theirs share a cluster or one is ``duplicate_of``/``derived_from`` the other; the *predicted pairs* are the
pairs of pages joined through links (two copies derived from one original are a pair), and the *true pairs* are
every pair of pages inside a labelled group. Scores: pair precision, recall and F1, and direction (below).

Direction, per group whose label names an original: every copy linked to the group must lead to the original
(``derived_from``/``duplicate_of`` targets and cluster canonicals, followed through the group's pages) and the
original must not lead to the copy. A group whose original is itself marked a copy of a member is counted apart.

    python -m bench.dedup_real dev --misses     # the set-apart part is scored only by `make bench`
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEDUPSET = ROOT / "tests" / "fixtures" / "dedupset"
PARTS = ("dev", "setapart")
ROLES = ("original", "repost", "aggregator", "spun", "partial", "edited")
EVIDENCE = ("date", "author-box", "cites", "containment", "none")
PEER_THRESHOLD = 0.5  # the task's "peer default": MinHashLSH at 0.5 on word 5-grams, candidates taken as found
PEER_SHINGLE = 5
PEER_PERM = 128  # datasketch's default num_perm

Pair = tuple[str, str]


def pair(a: str, b: str) -> Pair:
    """An unordered pair of files, as a sorted tuple.

    >>> pair("p9.txt", "p1.txt")
    ('p1.txt', 'p9.txt')
    """
    return (a, b) if a <= b else (b, a)


@dataclass(frozen=True)
class Group:
    id: str
    members: tuple[tuple[str, str], ...]  # (file, role)
    original: str | None
    evidence: str
    shape: str

    @property
    def files(self) -> tuple[str, ...]:
        return tuple(f for f, _ in self.members)

    def role(self, file: str) -> str:
        return dict(self.members)[file]


@dataclass(frozen=True)
class Labels:
    groups: tuple[Group, ...]
    distractors: tuple[str, ...]

    @property
    def files(self) -> tuple[str, ...]:
        return tuple(sorted([f for g in self.groups for f in g.files] + list(self.distractors)))


def parse_labels(data: dict[str, Any]) -> Labels:
    """Check and read a ``groups.json`` object; a bad label raises ``ValueError`` naming it.

    >>> parse_labels({"groups": [{"id": "g1", "members": [{"file": "a", "role": "original"},
    ...   {"file": "b", "role": "spun"}], "original": "a", "evidence": "date", "shape": "s"}],
    ...   "distractors": ["c"]}).files
    ('a', 'b', 'c')
    >>> parse_labels({"groups": [{"id": "g1", "members": [{"file": "a", "role": "copy"}], "original": None,
    ...   "evidence": "none", "shape": "s"}], "distractors": []})
    Traceback (most recent call last):
    ValueError: group g1: role 'copy' is not one of original, repost, aggregator, spun, partial, edited
    """
    groups, seen = [], set()
    for g in data["groups"]:
        members = tuple((m["file"], m["role"]) for m in g["members"])
        for file, role in members:
            if role not in ROLES:
                raise ValueError(f"group {g['id']}: role {role!r} is not one of {', '.join(ROLES)}")
            if file in seen:
                raise ValueError(f"group {g['id']}: {file} is labelled twice")
            seen.add(file)
        if g["evidence"] not in EVIDENCE:
            raise ValueError(f"group {g['id']}: evidence {g['evidence']!r} is not one of {', '.join(EVIDENCE)}")
        if (g["original"] is None) != (g["evidence"] == "none"):
            raise ValueError(f"group {g['id']}: original must be null exactly when the evidence is 'none'")
        if g["original"] is not None and dict(members).get(g["original"]) != "original":
            raise ValueError(f"group {g['id']}: original {g['original']} is not a member with role 'original'")
        groups.append(Group(g["id"], members, g["original"], g["evidence"], g["shape"]))
    for file in data["distractors"]:
        if file in seen:
            raise ValueError(f"distractor {file} is also a group member")
        seen.add(file)
    return Labels(tuple(groups), tuple(data["distractors"]))


def load(part: str) -> Labels:
    """The labels of ``part`` (``dev`` or ``setapart``), checked against the folder's pages."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {', '.join(PARTS)}, not {part!r}")
    folder = DEDUPSET / part
    labels = parse_labels(json.loads((folder / "groups.json").read_text(encoding="utf-8")))
    pages = sorted(p.name for p in folder.iterdir() if p.suffix in (".txt", ".html"))
    if pages != list(labels.files):
        missing = sorted(set(pages) ^ set(labels.files))
        raise ValueError(f"{folder}/groups.json and the pages differ: {', '.join(missing[:5])}")
    return labels


def true_pairs(labels: Labels) -> set[Pair]:
    """Every pair of files inside a group.

    >>> sorted(true_pairs(parse_labels({"groups": [{"id": "g", "members": [{"file": f, "role": "repost"}
    ...   for f in "abc"], "original": None, "evidence": "none", "shape": ""}], "distractors": ["d"]})))
    [('a', 'b'), ('a', 'c'), ('b', 'c')]
    """
    return {pair(a, b) for g in labels.groups for a, b in combinations(g.files, 2)}


OPEN = "none"  # Relation.evidence when nothing decided which record is the original: the link claims no direction
CLUSTER = "cluster"  # a cluster member and its canonical (the canonical is the claimed original)
UNSTATED = "unstated"  # a relation that names no evidence (records from before issue 17): a claimed direction


@dataclass
class Links:
    """What dedup said about files: links from a copy to what it copies, each with what decided its direction.

    ``pairs`` are all pairs of files joined through links, in either direction: a repost and a spun copy both
    derived from one original are a pair too, as a reader following the relations would find. ``edges`` are the
    links that claim a direction (all but those whose evidence is ``none``).

    >>> found = Links(); found.add("r", "o"); found.add("s", "o", OPEN); found.add("x", "y")
    >>> sorted(found.pairs), sorted(found.edges)
    ([('o', 'r'), ('o', 's'), ('r', 's'), ('x', 'y')], [('r', 'o'), ('x', 'y')])
    """

    evidence: dict[tuple[str, str], str] = field(default_factory=dict)  # (copy, source) -> what decided

    def add(self, copy: str, source: str, evidence: str = UNSTATED) -> None:
        if copy == source:  # parts of one page linked to each other say nothing about pages
            return
        if self.evidence.get((copy, source), OPEN) == OPEN:  # a claimed direction outranks an open one
            self.evidence[(copy, source)] = evidence

    @property
    def edges(self) -> set[tuple[str, str]]:
        return {link for link, evidence in self.evidence.items() if evidence != OPEN}

    @property
    def pairs(self) -> set[Pair]:
        parent: dict[str, str] = {}

        def root(f: str) -> str:
            parent.setdefault(f, f)
            while parent[f] != f:
                parent[f] = parent[parent[f]]
                f = parent[f]
            return f

        for a, b in sorted(self.evidence):
            parent[root(a)] = root(b)
        groups: dict[str, list[str]] = {}
        for f in sorted(parent):
            groups.setdefault(root(f), []).append(f)
        return {pair(a, b) for members in groups.values() for a, b in combinations(members, 2)}


def links(records: Iterable[dict[str, Any]], file_of: dict[str, str]) -> Links:
    """The links in dedup's output (records as dicts, ``file_of``: id -> file).

    A cluster's canonical lists its members' sources: each member is a copy of the canonical. A record with
    ``duplicate_of`` or ``derived_from`` is a copy of the target, decided by the relation's ``evidence``.

    >>> out = [{"id": "1", "cluster": {"canonical": "1", "member_sources": ["x/a.txt", "x/b.txt"]}},
    ...        {"id": "3", "derived_from": {"id": "1", "evidence": "date"}}, {"id": "4", "derived_from": {"id": "3"}}]
    >>> sorted(links(out, {"1": "a.txt", "2": "b.txt", "3": "c.txt", "4": "d.txt"}).evidence.items())
    [(('b.txt', 'a.txt'), 'cluster'), (('c.txt', 'a.txt'), 'date'), (('d.txt', 'c.txt'), 'unstated')]
    """
    found = Links()
    for r in records:
        me = file_of[r["id"]]
        cluster = r.get("cluster")
        if cluster and cluster["canonical"] == r["id"]:
            for source in cluster.get("member_sources") or ():
                found.add(Path(source).name, me, CLUSTER)
        elif cluster and cluster["canonical"] in file_of:
            found.add(me, file_of[cluster["canonical"]], CLUSTER)
        for relation in ("duplicate_of", "derived_from"):
            target = r.get(relation)
            if target:
                found.add(me, file_of[target["id"]], target.get("evidence") or UNSTATED)
    return found


def pair_scores(truth: set[Pair], predicted: set[Pair]) -> dict[str, float | int]:
    """Precision, recall and F1 of predicted pairs (an empty prediction has precision 1).

    >>> s = pair_scores({("a", "b"), ("a", "c")}, {("a", "b"), ("c", "d")})
    >>> s["tp"], s["fp"], s["fn"], round(s["f1"], 3)
    (1, 1, 1, 0.5)
    >>> pair_scores(set(), set())["f1"]
    1.0
    """
    tp = len(truth & predicted)
    fp, fn = len(predicted - truth), len(truth - predicted)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def reaches(edges: set[tuple[str, str]], start: str, goal: str, within: set[str]) -> bool:
    """Whether ``goal`` can be reached from ``start`` along ``edges`` through files of ``within`` only.

    >>> reaches({("c", "b"), ("b", "a")}, "c", "a", {"a", "b", "c"}), reaches({("c", "b")}, "b", "c", {"b", "c"})
    (True, False)
    """
    todo, seen = [start], {start}
    while todo:
        here = todo.pop()
        for a, b in edges:
            if a == here and b in within and b not in seen:
                if b == goal:
                    return True
                seen.add(b)
                todo.append(b)
    return False


@dataclass(frozen=True)
class Direction:
    group: str
    copy: str
    ok: bool
    why: str
    said: str  # the evidence dedup named on the copy's own link toward the group ("" when none)


def directions(labels: Labels, found: Links) -> tuple[list[Direction], list[str]]:
    """Judge every linked copy of each group with a labelled original; also the groups whose original is marked
    a copy of one of its members.

    A copy is *linked* when it is paired with another member of its group; it is right when it leads to the
    original along links that claim a direction and the original does not lead to it. A link whose evidence is
    ``none`` claims no direction: a copy linked only so is wrong where the label names an original.

    >>> lab = parse_labels({"groups": [{"id": "g", "members": [{"file": "o", "role": "original"},
    ...   {"file": "c", "role": "repost"}, {"file": "s", "role": "spun"}], "original": "o", "evidence": "date",
    ...   "shape": ""}], "distractors": []})
    >>> found = Links(); found.add("o", "c"); found.add("s", "o", OPEN)
    >>> judged, wrong_way = directions(lab, found)
    >>> [(d.copy, d.ok, d.why) for d in judged], wrong_way
    ([('c', False, 'the original is marked a copy of it'), ('s', False, 'linked, direction left open')], ['g'])
    """
    judged, wrong_way = [], []
    pairs, edges = found.pairs, found.edges
    for g in labels.groups:
        if g.original is None:
            continue
        files = set(g.files)
        linked = {f for p in pairs if set(p) <= files for f in p}
        if any(a == g.original and b in files for a, b in edges):
            wrong_way.append(g.id)
        for copy in g.files:
            if copy == g.original or copy not in linked:
                continue
            forward = reaches(edges, copy, g.original, files)
            backward = reaches(edges, g.original, copy, files)
            own = sorted(ev for (a, b), ev in found.evidence.items() if a == copy and b in files and ev != OPEN)
            open_only = not own and any(ev == OPEN and copy in (a, b) and {a, b} <= files
                                        for (a, b), ev in found.evidence.items())
            why = ("leads to the original" if forward and not backward else
                   "the original is marked a copy of it" if backward else
                   "linked, direction left open" if open_only else "linked, but not to the original")
            judged.append(Direction(g.id, copy, forward and not backward, why, own[0] if own else ""))
    return judged, wrong_way


def open_groups(labels: Labels, found: Links) -> dict[str, int]:
    """How the links inside groups labelled without an original were decided: ``none`` (direction left open, as
    it should be), ``cluster`` (a canonical was chosen) or the evidence dedup named.

    >>> lab = parse_labels({"groups": [{"id": "g", "members": [{"file": "a", "role": "repost"},
    ...   {"file": "b", "role": "repost"}], "original": None, "evidence": "none", "shape": ""}], "distractors": []})
    >>> found = Links(); found.add("a", "b", OPEN); found.add("b", "x", "date")
    >>> open_groups(lab, found)
    {'none': 1}
    """
    counts: dict[str, int] = {}
    for g in labels.groups:
        if g.original is None:
            for (a, b), evidence in found.evidence.items():
                if a in g.files and b in g.files:
                    counts[evidence] = counts.get(evidence, 0) + 1
    return dict(sorted(counts.items()))


def kind(group: Group, a: str, b: str) -> str:
    """The kind of a true pair: the copy's role when one side is the original, else both roles.

    >>> g = Group("g", (("o", "original"), ("s", "spun"), ("r", "repost")), "o", "date", "")
    >>> kind(g, "s", "o"), kind(g, "s", "r")
    ('spun', 'repost+spun')
    """
    roles = sorted((group.role(a), group.role(b)))
    if "original" in roles:
        return roles[0] if roles[1] == "original" else roles[1]
    return "+".join(roles)


# ------------------------------------------------------------------------------------------------ running


def run_tipline(folder: Path, files: Iterable[str]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Run the default chain through article ``dedup`` on ``files`` in one run; return its output records (as
    dicts) and the file of every article id that reached dedup."""
    from pipeline import api
    from pipeline.records import to_dict
    from pipeline.stages import read
    from pipeline.stats import Run

    file_of: dict[str, str] = {}

    def tap(stream: Iterable[Any]) -> Iterator[Any]:
        for record in stream:
            file_of[record.id] = Path(record.source.path).name
            yield record

    ledger = Run()
    stream = api.source(ledger, tuple(str(folder / f) for f in files), read.ReadConfig())(iter(()))
    for step in api.through("dedup"):
        if step.name == "dedup":
            stream = tap(stream)
        stream = api.bind(ledger, step)(stream)
    out = [to_dict(r) for r in stream]
    return out, file_of


def page_texts(folder: Path, files: Iterable[str]) -> dict[str, str]:
    """Each page's text as tipline reads it (HTML pages turned into text), with no cleaning."""
    from bench.labels import stream_through

    texts: dict[str, str] = {}
    for record in stream_through([str(folder / f) for f in files], None):
        name = Path(record.source.path).name
        texts[name] = texts.get(name, "") + record.text
    return texts


def peer_words(text: str) -> list[str]:
    """Lowercased words, the way a plain MinHash pipeline tokenises.

    >>> peer_words("Don't panic, Dave!")
    ['don', 't', 'panic', 'dave']
    """
    return re.findall(r"\w+", text.lower())


def run_peer(texts: dict[str, str]) -> set[Pair] | None:
    """datasketch's ``MinHashLSH(threshold=0.5)`` on word 5-grams of whole pages, candidates joined into clusters
    (as a pipeline that drops every match would); ``None`` when datasketch is not installed."""
    try:
        from datasketch import MinHash, MinHashLSH
    except ImportError:
        return None
    names = sorted(texts)
    lsh = MinHashLSH(threshold=PEER_THRESHOLD, num_perm=PEER_PERM)
    sketches = {}
    for name in names:
        w = peer_words(texts[name])
        shingles = {" ".join(w[i:i + PEER_SHINGLE]) for i in range(max(1, len(w) - PEER_SHINGLE + 1))}
        m = MinHash(num_perm=PEER_PERM, seed=1)
        m.update_batch([s.encode("utf-8") for s in sorted(shingles)])
        sketches[name] = m
        lsh.insert(name, m)
    parent = {n: n for n in names}

    def root(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for name in names:
        for other in lsh.query(sketches[name]):
            parent[root(name)] = root(other)
    clusters: dict[str, list[str]] = {}
    for name in names:
        clusters.setdefault(root(name), []).append(name)
    return {pair(a, b) for members in clusters.values() for a, b in combinations(members, 2)}


@dataclass
class Result:
    part: str
    labels: Labels
    found: Links
    scores: dict[str, float | int]
    judged: list[Direction]
    wrong_way: list[str]


def evaluate(part: str, predicted: Links | None = None) -> Result:
    """Score tipline (or ``predicted`` links) on ``part``."""
    labels = load(part)
    if predicted is None:
        out, file_of = run_tipline(DEDUPSET / part, labels.files)
        predicted = links(out, file_of)
    judged, wrong_way = directions(labels, predicted)
    return Result(part, labels, predicted, pair_scores(true_pairs(labels), predicted.pairs), judged, wrong_way)


def peer(part: str) -> dict[str, float | int] | None:
    """The peer's pair scores on ``part`` (``None`` without datasketch)."""
    labels = load(part)
    pairs = run_peer(page_texts(DEDUPSET / part, labels.files))
    return None if pairs is None else pair_scores(true_pairs(labels), pairs)


def direction_share(result: Result) -> tuple[int, int]:
    return sum(d.ok for d in result.judged), len(result.judged)


def evidence_named(result: Result) -> int:
    """Right-way copies whose own link names the evidence the label names."""
    evidence = {g.id: g.evidence for g in result.labels.groups}
    return sum(d.ok and d.said == evidence[d.group] for d in result.judged)


def recall_by_kind(result: Result) -> dict[str, tuple[int, int]]:
    """Found and true pairs per pair kind (the copy's role)."""
    counts: dict[str, list[int]] = {}
    found = result.found.pairs
    for g in result.labels.groups:
        for a, b in combinations(g.files, 2):
            c = counts.setdefault(kind(g, a, b), [0, 0])
            c[0] += pair(a, b) in found
            c[1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(counts.items())}


def misses(result: Result) -> list[str]:
    """One line per group with a missed pair or a wrong direction, and one per false pair."""
    lines = []
    owner = {f: g for g in result.labels.groups for f in g.files}
    found = result.found.pairs
    for g in result.labels.groups:
        missed = [f"{a}–{b} ({kind(g, a, b)})" for a, b in combinations(sorted(g.files), 2)
                  if pair(a, b) not in found]
        wrong = [f"{d.copy}: {d.why}" for d in result.judged if d.group == g.id and not d.ok]
        if missed or wrong:
            text = f"- {g.id} [{g.evidence}] {g.shape}:"
            text += (" missed " + ", ".join(missed) + ";") if missed else ""
            text += (" direction: " + ", ".join(wrong)) if wrong else ""
            lines.append(text.rstrip(";"))
    truth = true_pairs(result.labels)
    for a, b in sorted(found - truth):
        def who(f: str) -> str:
            return f"{owner[f].id} {owner[f].role(f)}" if f in owner else "distractor"
        lines.append(f"- false pair {a} ({who(a)}) – {b} ({who(b)})")
    return lines


def summary(result: Result) -> str:
    s = result.scores
    right, decided = direction_share(result)
    by_kind = ", ".join(f"{k} {f}/{n}" for k, (f, n) in recall_by_kind(result).items())
    named = evidence_named(result)
    opened = ", ".join(f"{k} {n}" for k, n in open_groups(result.labels, result.found).items())
    return (f"{result.part}: {len(result.labels.files)} pages, {len(result.labels.groups)} groups, "
            f"{len(result.labels.distractors)} distractors\n"
            f"pairs: precision {s['precision']:.3f}, recall {s['recall']:.3f}, F1 {s['f1']:.3f} "
            f"(tp {s['tp']}, fp {s['fp']}, fn {s['fn']})\n"
            f"pairs found by kind: {by_kind}\n"
            f"direction: {right}/{decided} linked copies lead to the labelled original"
            f"{f' ({right / decided:.0%})' if decided else ''}; originals marked a copy in "
            f"{len(result.wrong_way)} group(s){': ' + ', '.join(result.wrong_way) if result.wrong_way else ''}\n"
            f"evidence named as labelled on right-way copies: {named}/{right}; links inside groups labelled "
            f"without an original, by what decided them: {opened or 'none linked'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dedup_real", description=__doc__.split("\n\n")[0])
    parser.add_argument("part", choices=PARTS)
    parser.add_argument("--misses", action="store_true", help="list missed pairs, wrong directions, false pairs")
    parser.add_argument("--peer", action="store_true", help="also score datasketch's MinHashLSH at 0.5")
    args = parser.parse_args(argv)
    result = evaluate(args.part)
    print(summary(result))
    if args.peer:
        p = peer(args.part)
        print("peer (datasketch MinHashLSH 0.5, word 5-grams): " + (
            "datasketch not installed" if p is None else
            f"precision {p['precision']:.3f}, recall {p['recall']:.3f}, F1 {p['f1']:.3f}"))
    if args.misses:
        print("\n".join(misses(result)) or "no misses")
    return 0


if __name__ == "__main__":
    sys.exit(main())
