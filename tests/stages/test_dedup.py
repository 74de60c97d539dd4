"""Dedup stage: copies, edited copies, rewrites, unrelated articles, tiny and empty texts, order, incremental index."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import minhash
from pipeline.records import Article, Licence, Source, Tip, content_id, sha256_bytes, to_dict
from pipeline.stages import dedup
from pipeline.stages.read import page_to_article
from pipeline.stats import StageStats
from pipeline.text import licence as lic
from tests.conftest import RAW, ROOT, invoke, load_jsonl, load_manifest, through_stage

SEEDS = {p.name[:3]: p for p in sorted(RAW.iterdir())}
GOLDEN = ROOT / "tests" / "golden" / "dedup" / "seeds.json"


def seed(stem: str) -> Article:
    path = SEEDS[stem]
    return page_to_article(f"raw/{path.name}", path.read_bytes(), "txt")


def article(text: str, name: str, **fields) -> Article:
    """An article as the reader would make it from a file ``name`` holding ``text``."""
    data = text.encode("utf-8")
    source = Source(path=name, sha256=sha256_bytes(data), size=len(data), format="txt")
    return Article(id=Article.make_id(source), source=source, text=text, **fields)


def run(records, **options):
    out, stats = through_stage(dedup.STAGE, dedup.DedupConfig(**options), records)
    for finish in stats.on_publish:  # as the write stage does once the output is in place
        finish(True)
    return {r.id: r for r in out}, stats


def jaccard(a: str, b: str) -> float:
    x, y = set(minhash.shingle_hashes(a).tolist()), set(minhash.shingle_hashes(b).tolist())
    return len(x & y) / len(x | y)


def change_words(text: str, fraction: float, run: int, rng: random.Random) -> str:
    """Replace ``fraction`` of the words of ``text`` with invented ones, in runs of ``run`` consecutive words."""
    words = text.split(" ")
    runs = max(1, round(len(words) * fraction / run))
    for start in rng.sample(range(0, len(words) - run, run), runs):
        for i in range(start, start + run):
            words[i] = f"zq{rng.randrange(10**6)}"
    return " ".join(words)


# ------------------------------------------------------------------------------------------------ duplicates


def test_exact_copy_is_dropped_as_duplicate_of_the_canonical():
    original = seed("001")
    copy = article(original.text + "\n", "mirror/copy.txt")  # the same text in other bytes (same bytes: same id)
    kept, stats = run([copy, original])
    assert len(kept) == 1
    canonical = next(iter(kept.values()))
    assert canonical.id == min(original.id, copy.id)  # same text, no attribution: the lowest id wins
    assert canonical.cluster.size == 2 and canonical.cluster.members == sorted([original.id, copy.id])
    assert canonical.cluster.member_sources == sorted(["mirror/copy.txt", original.source.path])
    assert canonical.cluster.id == dedup.cluster_id([original.id, copy.id])
    [drop] = stats.drops
    assert drop.reason == "duplicate" and drop.duplicate_of == canonical.id
    assert drop.record_id == ({original.id, copy.id} - {canonical.id}).pop()
    assert stats.counters["duplicate"] == 1 and stats.learned["clusters"] == 1


def test_copy_with_five_percent_of_words_changed_is_a_duplicate():
    original = seed("001")
    edited = change_words(original.text, 0.05, run=5, rng=random.Random(1))
    assert sum(a != b for a, b in zip(original.text.split(" "), edited.split(" "), strict=True)) >= 50
    assert 0.8 <= jaccard(original.text, edited) < 0.9
    copy = article(edited, "other/edited.txt")
    kept, stats = run([original, copy])
    assert list(kept) == [original.id]  # same attribution (none): the longer text wins
    assert stats.drops[0].duplicate_of == original.id


def test_candidates_are_verified_on_exact_jaccard():
    original = seed("001")
    near = article(change_words(original.text, 0.08, run=5, rng=random.Random(3)), "near.txt")
    exact = jaccard(original.text, near.text)
    assert 0.7 < exact < 0.8  # close enough to be an LSH candidate, not a duplicate
    kept, stats = run([original, near])
    assert set(kept) == {original.id, near.id} and stats.counters["duplicate"] == 0
    assert stats.learned["candidate_pairs"] == 1 and stats.learned["verified_pairs"] == 1
    assert stats.learned["duplicate_pairs"] == 0


def test_scattered_single_word_edits_fall_below_the_jaccard_threshold_but_stay_linked():
    # 5% of words changed one at a time destroys ~23% of the 5-grams: Jaccard ~0.63, containment ~0.77.
    original = seed("001")
    edited = change_words(original.text, 0.05, run=1, rng=random.Random(2))
    assert 0.55 < jaccard(original.text, edited) < 0.7
    copy = article(edited, "other/typos.txt")
    kept, _ = run([original, copy])
    assert set(kept) == {original.id, copy.id}
    # Neither is attributed, dated or a reprint, and each is as contained in the other: the link stands, no
    # direction is claimed (issue 17: before, the slightly more contained one was guessed to be the copy).
    relations = [(r.id, r.duplicate_of) for r in kept.values() if r.duplicate_of]
    [(holder, relation)] = relations
    assert relation.id == ({original.id, copy.id} - {holder}).pop()
    assert relation.method == "containment" and relation.evidence == "none"
    assert 0.7 < relation.overlap < 0.85
    assert all(r.derived_from is None for r in kept.values())
    original.author, original.licence = "JoAnna Brandi", Licence(tag="LicenseRef-used-with-permission")
    kept, _ = run([original, copy])  # the author box decides
    assert kept[copy.id].derived_from.id == original.id and kept[copy.id].derived_from.evidence == "author-box"


def test_copy_with_different_boilerplate_is_a_duplicate():
    original = seed("001")
    chrome_top = "msgbartop\nCurrent IT field related information\nmsgbarbottom\nHome | Articles | Submit | Contact\n"
    chrome_bottom = ("\nShare and Enjoy:\nDigg\nFacebook\nReddit\nStumbleUpon\nTags: customer care, service\n"
                     "Leave a Comment\nImproveHomeLife.com © 2005 Terms of Use")
    copy = article(chrome_top + original.text.replace("\nJoAnna\nCopyright 2008 by JoAnna Brandi.", "")
                   + chrome_bottom, "directory/page.txt")
    assert jaccard(original.text, copy.text) > 0.9
    kept, stats = run([copy, original])
    assert len(kept) == 1 and stats.counters["duplicate"] == 1


def test_keep_duplicates_emits_them_flagged():
    original = seed("001")
    copy = article(original.text + "\nPosted in Customer Service.", "b.txt")
    kept, stats = run([original, copy], keep_duplicates=True)
    assert set(kept) == {original.id, copy.id}
    canonical, dup = kept[copy.id], kept[original.id]  # the copy has more words
    assert canonical.cluster.members == sorted(kept) and canonical.duplicate_of is None
    assert dup.duplicate_of.id == canonical.id and dup.duplicate_of.method == "minhash-jaccard"
    assert dup.duplicate_of.overlap == round(jaccard(original.text, copy.text), 4)  # exact, not the estimate
    assert dup.cluster.canonical == canonical.id and dup.cluster.members == []
    assert "duplicate" in dup.flags and not stats.drops


# ------------------------------------------------------------------------------------------------ seeds


def test_seed_000_is_derived_from_001_not_a_duplicate():
    """000 rewrites 001: it keeps tips 2 and 4 nearly verbatim and drops the author.

    Raw text (today): Jaccard 0.309, containment of 000 in 001 0.595. Once the repair stage lands, ``.pany`` is
    ``company`` again and containment rises to ~0.62 (Jaccard ~0.32): still derived_from, still no duplicate.
    """
    a, b = seed("000"), seed("001")
    assert 0.28 < jaccard(a.text, b.text) < 0.34
    kept, stats = run([a, b])
    assert set(kept) == {a.id, b.id} and stats.counters["duplicate"] == 0
    assert kept[a.id].derived_from.id == b.id
    assert kept[a.id].derived_from.method == "containment"
    assert kept[a.id].derived_from.overlap == pytest.approx(0.595, abs=0.01)
    assert kept[a.id].duplicate_of is None and kept[a.id].cluster is None
    assert kept[b.id].derived_from is None
    repaired = article(a.text.replace(".pany", "company"), "raw/000-repaired.txt")
    kept, _ = run([repaired, b])
    assert kept[repaired.id].derived_from.overlap == pytest.approx(0.617, abs=0.01)


def test_seed_000_inherits_the_attribution_001_carries_once_attribution_lands():
    # What the attribution stage will give 001 (author, licence): 000 dropped both, and its own notice demands them.
    a = seed("000")
    a.licence = Licence(tag="LicenseRef-ArticleDirectory", conditions=["entire-article-only", "keep-author-bio"])
    b = seed("001")
    b.author = "JoAnna Brandi"
    b.licence = Licence(tag="LicenseRef-UsedWithPermission", holder="JoAnna Brandi", year=2008)
    kept, stats = run([a, b])
    copy = kept[a.id]
    assert copy.derived_from.id == b.id
    assert copy.author == "JoAnna Brandi"
    assert copy.licence.tag == "LicenseRef-ArticleDirectory"  # its own licence is known: kept
    assert copy.meta["attribution_inherited"] == {"author": b.id}
    assert {"attribution-inherited", "attribution-missing"} <= set(copy.flags)
    assert stats.counters["attribution_missing"] == 1


@pytest.mark.parametrize("conditions, missing", [
    (["attribution-required"], True),  # the reprint notice's own word for "keep the author's name"
    (["keep-author-bio"], True),
    (["keep-links"], False),  # links are not a credit (pipeline.text.licence.CONDITIONS)
    (["permission-required"], False),
])
def test_a_copy_without_author_is_flagged_by_the_one_attribution_table(conditions, missing):
    a = seed("000")
    a.licence = Licence(tag="LicenseRef-free-reprint", conditions=conditions)
    b = seed("001")
    b.licence = Licence(tag="LicenseRef-used-with-permission", holder="JoAnna Brandi", year=2008)
    kept, stats = run([a, b])
    assert kept[a.id].derived_from.id == b.id
    assert ("attribution-missing" in kept[a.id].flags) is missing
    assert stats.counters.get("attribution_missing", 0) == int(missing)


def test_unrelated_articles_on_the_same_topic_are_not_merged():
    records = [seed(s) for s in ("001", "002", "003", "004")]
    kept, stats = run(records)
    assert len(kept) == 4 and not stats.drops
    assert all(r.cluster is None and r.derived_from is None for r in kept.values())
    assert stats.learned["duplicate_pairs"] == 0


def test_golden_relations_of_the_seeds():
    expected = json.loads(GOLDEN.read_text())
    records = {stem: seed(stem) for stem in SEEDS}
    kept, _ = run(records.values())
    stem_of = {r.id: stem for stem, r in records.items()}
    for stem, record in records.items():
        want = expected[stem]
        got = kept[record.id]
        assert (stem_of[got.derived_from.id] if got.derived_from else None) == want["derived_from"], stem
        assert (got.cluster.size if got.cluster else 1) == want["cluster_size"], stem
        if got.derived_from:
            assert got.derived_from.overlap >= want["min_overlap"], stem


# ------------------------------------------------------------------------------------------------ edge cases


def test_one_word_documents():
    smile1, smile2, frown = article("Smile.", "a.txt"), article("smile!", "b.txt"), article("Frown.", "c.txt")
    long = seed("001")  # contains the word "smile"? It does not need to: a one-word text is never "derived"
    kept, stats = run([smile1, smile2, frown, long])
    assert stats.counters["duplicate"] == 1  # "Smile." and "smile!" normalise to the same single word
    assert frown.id in kept and long.id in kept
    assert all(r.derived_from is None for r in kept.values())


def test_empty_and_punctuation_only_texts_never_match():
    empty = Tip(id="1" * 16, article_id="a" * 16, position=1, of=1, headline="", text="", form="paragraph",
                source=Source("x.txt", "0" * 64, 0, "txt"))
    dots = Tip(id="2" * 16, article_id="a" * 16, position=2, of=2, headline="", text="...", form="paragraph",
               source=Source("x.txt", "0" * 64, 0, "txt"))
    kept, stats = run([empty, dots], level="tip")
    assert set(kept) == {empty.id, dots.id} and not stats.drops
    assert stats.counters["no_shingles"] == 2


def test_other_kinds_pass_through_untouched():
    tip = Tip(id="3" * 16, article_id="a" * 16, position=1, of=1, headline="Smile", text=seed("001").text,
              form="numbered", source=Source("x.txt", "0" * 64, 0, "txt"))
    copy = article(tip.text, "copy.txt")
    kept, stats = run([tip, copy])
    assert set(kept) == {tip.id, copy.id} and kept[tip.id] == tip and not stats.drops


def test_repeated_tips_are_one_tip_with_several_sources():
    text = "Be proud of what you do. You play an important role in the company's success."

    def tip(article_id: str, path: str, author: str | None) -> Tip:
        return Tip(id=Tip.make_id(article_id, text), article_id=article_id, position=2, of=7, headline="Be proud",
                   text=text, form="numbered", source=Source(path, "0" * 64, 1, "txt"), author=author,
                   licence=Licence(tag="CC-BY-4.0") if author else None)

    tips = [tip("a" * 16, "raw/a.txt", None), tip("b" * 16, "raw/b.txt", "JoAnna Brandi"),
            tip("c" * 16, "raw/c.txt", None)]
    kept, stats = run(tips, level="tip")
    [canonical] = kept.values()
    assert canonical.author == "JoAnna Brandi"  # complete attribution wins over id order
    assert canonical.cluster.member_sources == ["raw/a.txt", "raw/b.txt", "raw/c.txt"]
    assert stats.counters["duplicate"] == 2 and stats.learned["sample_every"] == 1


def test_canonical_prefers_complete_attribution_then_length_then_id():
    base = seed("001").text
    short_attributed = article(base[:-200], "a.txt", author="JoAnna Brandi", licence=Licence(tag="CC-BY-4.0"))
    long_anonymous = article(base + " Thanks for reading.", "b.txt")
    author_only = article(base, "c.txt", author="J. Brandi")
    kept, _ = run([long_anonymous, author_only, short_attributed], keep_duplicates=True)
    assert kept[long_anonymous.id].duplicate_of.id == short_attributed.id
    assert kept[long_anonymous.id].author == "JoAnna Brandi"  # inherited from the canonical
    assert kept[long_anonymous.id].meta["attribution_inherited"] == {"author": short_attributed.id,
                                                                     "licence": short_attributed.id}
    assert kept[author_only.id].author == "J. Brandi"  # its own author is kept
    assert "attribution-missing" in kept[long_anonymous.id].flags  # CC-BY demands the name it dropped


def test_config_is_validated():
    with pytest.raises(ValueError, match="bands x rows"):
        dedup.DedupConfig(bands=20, rows=8)
    with pytest.raises(ValueError, match="level"):
        dedup.DedupConfig(level="page")
    with pytest.raises(ValueError, match="threshold"):
        dedup.DedupConfig(threshold=0)


# ------------------------------------------------------------------------------------------------ order, index


def corpus_records() -> list[Article]:
    rng = random.Random(5)
    records = [seed(s) for s in SEEDS]
    base = records[1].text
    records.append(article(base, "copies/exact.txt"))
    records.append(article(change_words(base, 0.05, 5, rng), "copies/edited.txt"))
    records.append(article(records[3].text + "\nShare this article", "copies/003-chrome.txt"))
    records.append(article("Smile.", "tiny/a.txt"))
    records.append(article("Smile!", "tiny/b.txt"))
    return records


def outcome(records, **options):
    # the stage fills attribution in place; each run gets its own copies, as each CLI run reads its own records
    kept, stats = run(copy.deepcopy(records), **options)
    drops = sorted((d.record_id, d.duplicate_of, d.path) for d in stats.drops)
    return {i: to_dict(r) for i, r in kept.items()}, drops, stats


@settings(max_examples=12, deadline=None)
@given(st.randoms(use_true_random=False))
def test_output_is_identical_for_any_input_order(rnd):
    records = corpus_records()
    reference = outcome(records)[:2]
    rnd.shuffle(records)
    assert outcome(records)[:2] == reference


def test_incremental_index_equals_a_full_run(tmp_path):
    records = corpus_records()
    first, second = records[::2], records[1::2]
    full_index, inc_index = tmp_path / "full", tmp_path / "inc"
    full_kept, full_drops, _ = outcome(records, index=str(full_index))
    outcome(first, index=str(inc_index))
    kept, drops, stats = outcome(second, index=str(inc_index))
    assert stats.learned["indexed_before"] == len(first)
    assert {i: r for i, r in full_kept.items() if i in {x.id for x in second}} == kept
    assert drops == [d for d in full_drops if d[0] in {x.id for x in second}]
    assert sorted(os.listdir(full_index)) == sorted(os.listdir(inc_index))
    for name in os.listdir(full_index):
        assert (full_index / name).read_bytes() == (inc_index / name).read_bytes(), name
    # a third run over pages already seen hashes nothing new and changes nothing
    before = {n: (inc_index / n).read_bytes() for n in os.listdir(inc_index)}
    _, _, again = outcome(second, index=str(inc_index))
    assert again.counters["known_from_index"] == len(second)
    assert before == {n: (inc_index / n).read_bytes() for n in os.listdir(inc_index)}


def test_index_built_with_other_settings_is_refused(tmp_path):
    outcome([seed("001")], index=str(tmp_path / "ix"))
    with pytest.raises(ValueError, match="num_perm"):
        outcome([seed("002")], index=str(tmp_path / "ix"), num_perm=64, bands=8)


# ------------------------------------------------------------------------------------------------ CLI


def test_cli_lists_duplicates_in_the_manifest(runner, raw_copy, tmp_path):
    text = (raw_copy / SEEDS["001"].name).read_text(encoding="utf-8")
    (raw_copy / "zz-mirror.txt").write_text("Mirror site header\n" + text, encoding="utf-8")
    out = tmp_path / "clean"
    result = invoke(runner, "--no-progress", "run", str(raw_copy), str(out))
    assert result.exit_code == 0, result.output
    manifest = load_manifest(out)
    fates = {os.path.basename(e["path"]): e for e in manifest["inputs"]}
    # The mirror has more words (its header), so it is canonical and the seed is listed as its duplicate.
    assert fates[SEEDS["001"].name]["fate"] == "duplicate" and fates["zz-mirror.txt"]["fate"] == "emitted"
    canonical = fates[SEEDS["001"].name]["duplicates"][0]["duplicate_of"]
    articles = {a["id"]: a for a in load_jsonl(out / "articles.jsonl")}
    assert articles[canonical]["source"]["path"].endswith("zz-mirror.txt")
    assert articles[canonical]["cluster"]["size"] == 2
    assert "1 duplicate" in result.stderr
    assert manifest["learned"]["dedup"]["num_perm"] == 128 and manifest["options"]["dedup"]["threshold"] == 0.8


def test_cli_rejects_impossible_bands(runner):
    result = runner.invoke(__import__("pipeline.cli", fromlist=["cli"]).cli,
                           ["read", "raw", "dedup", "--bands", "32", "--rows", "8", "write-jsonl", "-"])
    assert result.exit_code == 2 and "bands x rows" in result.output


def test_cli_index_and_keep_duplicates(runner, tmp_path):
    index = tmp_path / "ix"
    first = invoke(runner, "--no-progress", "-q", "read", str(RAW), "dedup", "--keep-duplicates", "--index",
                   str(index), "write-jsonl", "-")
    assert first.exit_code == 0
    assert sorted(os.listdir(index)) == ["bands.npy", "content_offsets.npy", "contents.npy", "docs.jsonl",
                                         "meta.json", "offsets.npy", "shingles.npy", "signatures.npy",
                                         "skeleton_offsets.npy", "skeletons.npy"]
    lines = [json.loads(line) for line in first.stdout.splitlines()]
    assert len(lines) == 5 and sum(1 for r in lines if r["derived_from"]) == 1


def test_content_id_of_clusters_is_not_a_record_id():
    assert dedup.cluster_id(["a" * 16]) != content_id("a" * 16)


def test_words_are_counted_for_the_canonical_choice():
    stats = StageStats("dedup")
    text = seed("002").text
    short, long = article(text, "x.txt"), article(text + " Thanks, and see you soon!", "y.txt")
    kept = list(dedup.run(iter([long, short]), dedup.DedupConfig(), stats))
    assert [r.id for r in kept] == [long.id] and kept[0].cluster.size == 2
    assert re.fullmatch(r"[0-9a-f]{16}", dedup.cluster_id(["x"]))


# ------------------------------------------------------------------------------------------------ index lifecycle


def tipline(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess:
    """The real command in a subprocess: exit codes and stderr exactly as a user sees them."""
    return subprocess.run([sys.executable, "-m", "pipeline", "--no-progress", *args], capture_output=True,
                          input=input, cwd=ROOT)


def pages(directory, **named_texts) -> str:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in named_texts.items():
        (directory / f"{name}.txt").write_text(text, encoding="utf-8")
    return str(directory)


def index_bytes(index) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(index.iterdir())} if index.exists() else {}


def test_strict_refusal_leaves_the_index_untouched(tmp_path):
    index = tmp_path / "ix"
    first = pages(tmp_path / "first", a=SEEDS["000"].read_text(encoding="utf-8"))
    assert tipline("read", first, "dedup", "--index", str(index), "write", str(tmp_path / "o1")).returncode == 0
    before = index_bytes(index)
    text = SEEDS["001"].read_text(encoding="utf-8")
    refused = pages(tmp_path / "refused", b=text, empty="")
    result = tipline("--strict", "read", refused, "dedup", "--index", str(index), "write", str(tmp_path / "o2"))
    assert result.returncode == 3 and not (tmp_path / "o2").exists()
    assert index_bytes(index) == before  # the refused run published nothing, so it taught the index nothing
    assert sorted(os.listdir(tmp_path)) == ["first", "ix", "o1", "refused"]  # no staged index left behind
    # the article the refused run never published is not "already seen": a later copy of it is emitted
    later = pages(tmp_path / "later", c="Mirror header\n" + text)
    result = tipline("read", later, "dedup", "--index", str(index), "write", str(tmp_path / "o3"))
    assert result.returncode == 0, result.stderr
    assert len(load_jsonl(tmp_path / "o3" / "articles.jsonl")) == 1


def test_the_stage_only_stages_its_index_until_the_run_publishes(tmp_path):
    index = tmp_path / "ix"
    stats = StageStats("dedup")
    list(dedup.run(iter([seed("000")]), dedup.DedupConfig(index=str(index)), stats))
    assert not index.exists() and len(stats.on_publish) == 1  # staged beside it, not yet in place
    stats.on_publish.pop()(False)  # the run failed after the stage: the staged index goes
    assert os.listdir(tmp_path) == []
    list(dedup.run(iter([seed("000")]), dedup.DedupConfig(index=str(index)), stats))
    stats.on_publish.pop()(True)
    assert os.listdir(tmp_path) == ["ix"] and json.loads((index / "meta.json").read_text())["documents"] == 1


def test_no_sink_publishes_no_index(tmp_path):
    new = pages(tmp_path / "new", a=SEEDS["000"].read_text(encoding="utf-8"))
    result = tipline("read", new, "dedup", "--index", str(tmp_path / "ix"))
    assert result.returncode == 2 and b"writes nothing" in result.stderr  # a chain with no output step (issue 18)
    assert sorted(os.listdir(tmp_path)) == ["new"]


def test_write_jsonl_publishes_the_index_once_every_line_is_written(tmp_path):
    new = pages(tmp_path / "new", a=SEEDS["000"].read_text(encoding="utf-8"))
    result = tipline("read", new, "dedup", "--index", str(tmp_path / "ix"), "write-jsonl", str(tmp_path / "o.jsonl"))
    assert result.returncode == 0 and len(load_jsonl(tmp_path / "o.jsonl")) == 1
    assert json.loads((tmp_path / "ix" / "meta.json").read_text())["documents"] == 1


def test_incremental_output_passes_the_manifest_accounting_check(tmp_path):
    text = SEEDS["001"].read_text(encoding="utf-8")
    index = str(tmp_path / "ix")
    old = pages(tmp_path / "old", mirror="Mirror header\n" + text)
    assert tipline("read", old, "dedup", "--index", index, "write", str(tmp_path / "o1")).returncode == 0
    new = pages(tmp_path / "new", copy=text, other=SEEDS["002"].read_text(encoding="utf-8"))
    out = str(tmp_path / "o2")
    assert tipline("read", new, "dedup", "--index", index, "write", out).returncode == 0
    manifest = load_manifest(tmp_path / "o2")
    [dup] = [d for e in manifest["inputs"] for d in e.get("duplicates", [])]
    assert dup["indexed"] is True  # its canonical was published by the earlier run
    result = tipline("check", "--ignore", "noassertion-share", out)
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()


# ------------------------------------------------------------------------------------------------ damaged indexes


def _resign(index, name: str) -> None:
    """Make meta.json vouch for ``name`` again: a crafted index whose checksums are right but content is not."""
    meta = json.loads((index / "meta.json").read_text())
    data = (index / name).read_bytes()
    meta["files"][name] = {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    (index / "meta.json").write_text(json.dumps(meta))


def _edit_meta(**changes):
    def corrupt(index):
        meta = json.loads((index / "meta.json").read_text())
        (index / "meta.json").write_text(json.dumps({**meta, **changes}))
    return corrupt


def _truncate(index):
    data = (index / "signatures.npy").read_bytes()
    (index / "signatures.npy").write_bytes(data[: len(data) // 2])


def _flip(index):
    data = bytearray((index / "shingles.npy").read_bytes())
    data[-5] ^= 0x10
    (index / "shingles.npy").write_bytes(bytes(data))


def _shape(index):
    np.save(index / "signatures.npy", np.zeros((2, 64), dtype=np.uint32), allow_pickle=False)
    _resign(index, "signatures.npy")


def _offsets(index):
    offsets = np.load(index / "offsets.npy")
    offsets[-1] += 7
    np.save(index / "offsets.npy", offsets, allow_pickle=False)
    _resign(index, "offsets.npy")


def _docs_garbage(index):
    (index / "docs.jsonl").write_text('{"id": "0123456789abcdef", "path": \n')
    _resign(index, "docs.jsonl")


def _docs_order(index):
    lines = (index / "docs.jsonl").read_text().splitlines()
    (index / "docs.jsonl").write_text("\n".join(lines[::-1]) + "\n")
    _resign(index, "docs.jsonl")


def _docs_count(index):
    lines = (index / "docs.jsonl").read_text().splitlines()
    (index / "docs.jsonl").write_text(lines[0] + "\n")
    _resign(index, "docs.jsonl")


def _not_an_index(index):
    shutil.rmtree(index)
    index.mkdir()
    (index / "articles.jsonl").write_text('{"kind": "article"}\n')


def _format_1(index):  # an index of the previous format: no checksums
    meta = json.loads((index / "meta.json").read_text())
    del meta["files"]
    (index / "meta.json").write_text(json.dumps({**meta, "format": "tipline.dedup-index/1"}))


CORRUPTIONS = {  # corruption -> (the file the error must name, words it must say)
    "truncated npy": (_truncate, "signatures.npy", "sha256"),
    "flipped bytes": (_flip, "shingles.npy", "sha256"),
    "missing file": (lambda ix: (ix / "bands.npy").unlink(), "bands.npy", "missing"),
    "extra file": (lambda ix: (ix / "notes.txt").write_text("mine"), "notes.txt", "extra"),
    "wrong version": (_edit_meta(format="tipline.dedup-index/9"), "meta.json", "format"),
    "previous version": (_format_1, "meta.json", "sha256"),
    "other params": (_edit_meta(num_perm=64), "meta.json", "num_perm=64"),
    "meta JSON garbage": (lambda ix: (ix / "meta.json").write_text("{not json"), "meta.json", "JSON"),
    "meta not an object": (lambda ix: (ix / "meta.json").write_text("[1, 2]"), "meta.json", "sha256"),
    "docs JSON garbage": (_docs_garbage, "docs.jsonl", "JSON"),
    "docs out of order": (_docs_order, "docs.jsonl:", "sorted"),
    "docs count": (_docs_count, "docs.jsonl", "document(s)"),
    "shape mismatch": (_shape, "signatures.npy", "expected"),
    "offsets mismatch": (_offsets, "offsets.npy", "offsets"),
    "not an index": (_not_an_index, "ix", "no meta.json"),
}


@pytest.fixture(scope="module")
def good_index(tmp_path_factory):
    root = tmp_path_factory.mktemp("good")
    new = pages(root / "pages", a=SEEDS["000"].read_text(encoding="utf-8"), b=SEEDS["002"].read_text(encoding="utf-8"))
    assert tipline("read", new, "dedup", "--index", str(root / "ix"), "write", str(root / "out")).returncode == 0
    return root / "ix"


@pytest.mark.parametrize("name", sorted(CORRUPTIONS))
def test_a_damaged_or_foreign_index_is_refused_in_one_line(tmp_path, good_index, name):
    corrupt, file, words = CORRUPTIONS[name]
    index = tmp_path / "ix"
    shutil.copytree(good_index, index)
    corrupt(index)
    before = index_bytes(index) if index.is_dir() else index.read_bytes()
    new = pages(tmp_path / "new", c=SEEDS["001"].read_text(encoding="utf-8"))
    result = tipline("read", new, "dedup", "--index", str(index), "write", str(tmp_path / "out"))
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    [line] = stderr.splitlines()
    assert line.startswith("tipline: dedup index ") and file in line and words in line, line
    assert not (tmp_path / "out").exists()  # exit 2: nothing written
    assert (index_bytes(index) if index.is_dir() else index.read_bytes()) == before  # and the index kept as it was
    assert sorted(os.listdir(tmp_path)) == ["ix", "new"]


def test_an_empty_directory_is_a_new_index(tmp_path):
    (tmp_path / "ix").mkdir()  # made ready by hand (mkdir -p): nothing to lose, so it is filled
    new = pages(tmp_path / "new", a=SEEDS["000"].read_text(encoding="utf-8"))
    result = tipline("read", new, "dedup", "--index", str(tmp_path / "ix"), "write", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "ix" / "meta.json").read_text())["documents"] == 1


def test_index_meta_lists_every_file_with_its_sha256(tmp_path):
    outcome([seed("000"), seed("001")], index=str(tmp_path / "ix"))
    meta = json.loads((tmp_path / "ix" / "meta.json").read_text())
    assert meta["format"] == dedup.INDEX_FORMAT and meta["documents"] == 2
    assert sorted(meta["files"]) == sorted(set(os.listdir(tmp_path / "ix")) - {"meta.json"})
    for name, entry in meta["files"].items():
        assert entry["sha256"] == hashlib.sha256((tmp_path / "ix" / name).read_bytes()).hexdigest()


# ------------------------------------------------------------------------------------------------ issue 17
# Texts in our own words, shaped like the pages of issue 17: an aggregator page carrying one whole article after
# unrelated teasers, a spun rewrite (synonyms swapped, sentences moved), copies that say where they come from.

GARDEN = """Five Habits That Keep A Vegetable Patch Productive

A small vegetable patch can feed a family for months if it is looked after with a little care every week.

1. Water early in the morning. Plants drink best before the sun gets strong, and the leaves dry quickly, which \
keeps mildew away from the young shoots.

2. Feed the soil, not the plant. A thick layer of compost in autumn does more for next summer than any bottle of \
fertiliser you can buy in the spring.

3. Pull weeds while they are small. A weed that is left to flower will scatter its seed across the whole bed and \
give you a month of extra work next year.

4. Rotate your crops every season. Growing beans where the cabbages stood last year stops pests from settling in \
and puts nitrogen back into tired ground.

5. Write down what you planted and when. A simple notebook will tell you which varieties did well and which ones \
you should never bother with again.

Follow these habits for one season and you will wonder why the patch ever seemed like hard work."""

TEASERS = """Latest From Our Writers | Home | Garden | Kitchen | Money

Saving On The Weekly Shop: our money editor looks at the cheapest ways to fill a trolley without giving up fresh \
food. Read more

Why Your Bread Will Not Rise: a baker explains the three mistakes that flatten a loaf and how to avoid each of \
them at home. Read more

Choosing A First Bicycle For A Child: what to look for in the frame, the brakes and the tyres before you spend \
any money. Read more

Featured article of the week:

"""

SPUN_GARDEN = """Five Customs That Keep A Veggie Plot Fruitful

A little veggie plot can nourish a household for months if it is tended with a bit of attention each week.

1. Irrigate early in the dawn. Flora drink finest before the sunlight gets powerful, and the foliage dry rapidly, \
which keeps mould away from the immature sprouts.

2. Nourish the earth, not the plant. A dense coat of manure in fall does more for next summertime than any jar of \
plant food you can purchase in the springtime.

3. Yank weeds while they are tiny. A weed that is allowed to bloom will spread its grain across the entire bed \
and hand you a month of additional labour next year.

4. Alternate your harvests every period. Cultivating legumes where the kales stood previous year halts vermin \
from settling in and places nitrogen back into weary land.

5. Jot down what you sowed and when. A plain jotter will show you which kinds did fine and which ones you should \
never trouble with again.

Keep these customs for one period and you will marvel why the plot ever appeared like difficult toil."""


def test_an_article_carried_inside_an_aggregator_page_is_the_source_of_that_page():
    """The listing page carries the whole article after unrelated teasers: the page is the copy."""
    original = article(GARDEN, "site/garden-habits.txt")
    listing = article(TEASERS + GARDEN, "aggregator/latest.txt")
    kept, _ = run([listing, original])
    assert kept[original.id].derived_from is None
    relation = kept[listing.id].derived_from
    assert relation.id == original.id and relation.method == "containment"
    assert relation.evidence == "containment" and relation.overlap < 0.9  # the page's share found in the article


def test_a_spun_rewrite_is_derived_from_its_signed_original():
    assert jaccard(GARDEN, SPUN_GARDEN) < 0.1  # 5-grams cannot see it
    original = article(GARDEN, "a/garden.txt", author="Ruth Ellery", licence=Licence(tag="CC-BY-4.0"))
    spun = article(SPUN_GARDEN, "b/garden-spun.txt")
    kept, stats = run([spun, original, seed("001"), seed("002")])
    relation = kept[spun.id].derived_from
    assert relation.id == original.id and relation.method == "function-word-skeleton"
    assert relation.evidence == "author-box" and relation.overlap >= 0.5
    assert kept[spun.id].author == "Ruth Ellery"  # inherited, as any copy's
    assert all(r.derived_from is None for r in kept.values() if r.id != spun.id)
    assert stats.learned["skeleton_pairs"] >= 1


def test_spun_rewrites_of_unrelated_same_topic_articles_are_not_linked():
    records = [seed(s) for s in ("001", "002", "003", "004")] + [article(GARDEN, "g.txt")]
    kept, _ = run(records)
    assert all(r.derived_from is None and r.duplicate_of is None for r in kept.values())


CITED = ("This article was originally published at greenpatch.example and is reprinted with permission.\n\n"
         + GARDEN.replace("months", "many months").replace("hard work", "a chore"))


def test_a_copy_that_cites_the_original_is_the_copy_even_when_longer():
    original = article(GARDEN, "a/garden.txt")
    copy_ = article(CITED, "blog/garden.txt")
    assert jaccard(GARDEN, CITED) >= 0.8  # a near-duplicate: one cluster
    kept, _ = run([copy_, original], keep_duplicates=True)
    assert kept[original.id].duplicate_of is None and kept[original.id].cluster.canonical == original.id
    relation = kept[copy_.id].duplicate_of
    assert relation.id == original.id and relation.evidence == "cites"


def test_the_earlier_date_decides_which_copy_is_the_original():
    early = article("Posted on March 3, 2009\n\n" + GARDEN, "a/garden.txt")
    late = article("Posted on 2011-07-19\n\n" + GARDEN + "\n\nThanks for reading, and happy digging to all.",
                   "b/garden.txt")
    kept, _ = run([late, early], keep_duplicates=True)
    assert kept[late.id].duplicate_of.id == early.id and kept[late.id].duplicate_of.evidence == "date"


def test_when_nothing_decides_the_relation_says_so():
    a = article(GARDEN, "a/garden.txt")
    b = article(GARDEN + "\n\nThanks for reading.", "b/garden.txt")
    kept, _ = run([a, b], keep_duplicates=True)
    dup = next(r for r in kept.values() if r.duplicate_of is not None)
    assert dup.duplicate_of.evidence == "none"
    spun = article(SPUN_GARDEN, "c/garden.txt")
    kept, _ = run([article(GARDEN, "a/garden.txt"), spun])
    linked = [r for r in kept.values() if r.derived_from or r.duplicate_of]
    assert [r.derived_from for r in linked] == [None]  # no direction guessed
    assert linked[0].duplicate_of.method == "function-word-skeleton" and linked[0].duplicate_of.evidence == "none"
    assert all(r.cluster is None for r in kept.values())  # both kept: a rewrite is not dropped


def test_clusters_say_their_level():
    a, b = article(GARDEN, "a.txt"), article(GARDEN + "\n", "b.txt")
    kept, _ = run([a, b])
    assert [r.cluster.level for r in kept.values()] == ["article"]
    tips = [Tip(id=str(k) * 16, article_id=str(k) * 16, position=1, of=1, headline="Water early",
                text="Water early in the morning before the sun gets strong.", form="numbered",
                source=Source(f"{k}.txt", "0" * 64, 1, "txt")) for k in (1, 2)]
    kept, _ = run(tips, level="tip")
    assert [r.cluster.level for r in kept.values()] == ["tip"]


def test_shared_tips_are_held_by_the_decided_original():
    """The article-level decision travels to the tips: the copy's tips never hold a shared tip's cluster."""
    original = article(GARDEN, "a/garden.txt")
    copy_ = article(CITED, "blog/garden.txt")
    kept, _ = run([copy_, original], keep_duplicates=True)
    from pipeline.stages import tips as tips_stage
    records = list(kept.values())
    out, _ = through_stage(tips_stage.STAGE, tips_stage.TipsConfig(), records)
    tip_records = [r for r in out if r.kind == "tip"]
    assert len(tip_records) >= 8
    longer = [r for r in out if r.kind == "tip" and r.article_id == copy_.id]
    for t in longer:  # make the copy's tips the longer ones: length must not decide
        t.text += " Trust me on this."
    kept, _ = run(out, level="tip", keep_duplicates=True)
    holders = {r.cluster.canonical for r in kept.values() if r.kind == "tip" and r.cluster is not None}
    by_id = {r.id: r for r in kept.values()}
    assert holders and all(by_id[h].article_id == original.id for h in holders)


SITE_TOP = "Green Fingers Weekly\nHome | Garden | Kitchen | Contact\n\n"
SITE_FOOT = "\n\nShare this: Facebook Twitter\nCopyright Green Fingers Weekly. All rights reserved.\n"


def test_evidence_the_chain_cuts_from_the_article_is_read_from_the_saved_page(runner, tmp_path):
    """Date lines and author boxes stand in the page's chrome, which boilerplate and segmentation cut away from
    the article: the saved page (same bytes) still has them, and all parts of a page share them."""
    pages = tmp_path / "pages"
    pages.mkdir()
    box = "\n\nAbout the Author\nRuth Ellery has kept an allotment for twenty years. More at http://ruth.example"
    (pages / "a.txt").write_text(SITE_TOP + "Posted 2011-07-19 in Garden\n\n" + GARDEN + SITE_FOOT, encoding="utf-8")
    (pages / "b.txt").write_text(SITE_TOP + "Last updated: 03/03/2009\n\n" + GARDEN + box + SITE_FOOT,
                                 encoding="utf-8")
    result = invoke(runner, "--no-progress", "-q", "read", str(pages), "repair", "boilerplate", "segment", "dedup",
                    "--keep-duplicates", "write-jsonl", "-")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    by_path = {Path(r["source"]["path"]).name: r for r in records if r["duplicate_of"] or r["cluster"]}
    assert set(by_path) == {"a.txt", "b.txt"}
    assert by_path["a.txt"]["duplicate_of"]["evidence"] == "date"  # 2011 is later than 3 March 2009
    assert by_path["b.txt"]["cluster"]["canonical"] == by_path["b.txt"]["id"]


def test_a_page_with_other_parts_carries_the_article(tmp_path):
    """An ezine issue: an editor's note, then the article; the note is another part of the same page."""
    note = article("Welcome to the spring issue. This month we look at the garden again, answer a question from "
                   "a reader about slugs, and thank everyone who wrote in after the winter issue went out late.",
                   "ezine/spring.txt")
    carried = article(GARDEN + "\n\nReader question: what eats my lettuce at night?", "ezine/spring.txt")
    carried.source = note.source.__class__(**{**asdict_source(note.source), "part": 1})
    carried.id = Article.make_id(carried.source)
    original = article(GARDEN, "site/garden.txt")
    kept, _ = run([note, carried, original], keep_duplicates=True)
    relation = kept[carried.id].duplicate_of or kept[carried.id].derived_from
    assert relation.id == original.id and relation.evidence == "containment"
    assert kept[original.id].duplicate_of is None and kept[original.id].derived_from is None


def asdict_source(source: Source) -> dict:
    from dataclasses import asdict
    return asdict(source)


# ------------------------------------------------------------------------------------------------ strictest licence
# Copies inherit the strictest licence of their cluster (issue 16): ordered by the reuse answer (ask-permission and
# unknown strictest), a member's own stated licence is never widened, NOASSERTION states nothing and gives nothing.
UWP = Licence(tag="LicenseRef-used-with-permission", holder="Ines Carvalho", year=2011,
              statement="Reprinted with permission.", conditions=["permission-required"])
FREE = Licence(tag="LicenseRef-free-reprint", statement="You may publish this article on your site.",
               conditions=["keep-author-bio"])
CC_BY = Licence(tag="CC-BY-4.0", conditions=["attribution-required"])


def test_merged_attribution_takes_the_strictest_stated_licence_of_the_cluster():
    infos = [dedup.DocInfo("a" * 16, "a", 90, "Ines Carvalho", to_dict(FREE)),
             dedup.DocInfo("b" * 16, "b", 80, None, to_dict(UWP)),
             dedup.DocInfo("c" * 16, "c", 70, None, to_dict(Licence()))]
    _, _, licence, licence_from = dedup.merged_attribution(infos, [0, 1, 2], 0)
    assert licence["tag"] == UWP.tag and licence_from == "b" * 16
    infos[1].licence = to_dict(CC_BY)  # now the canonical's free reprint is the strictest
    _, _, licence, licence_from = dedup.merged_attribution(infos, [0, 1, 2], 0)
    assert licence["tag"] == FREE.tag and licence_from == "a" * 16


def _three_copies():
    base = seed("001").text
    canonical = article(base, "a.txt", author="Ines Carvalho", licence=copy.deepcopy(FREE))
    stricter = article(base + " Thanks for reading.", "b.txt", licence=copy.deepcopy(UWP))
    silent = article(base + " See you next week.", "c.txt")
    return canonical, stricter, silent


def test_every_member_of_a_cluster_carries_its_strictest_licence_with_evidence():
    canonical, stricter, silent = _three_copies()
    kept, stats = run([canonical, stricter, silent], keep_duplicates=True)
    for record in (canonical, stricter, silent):
        assert kept[record.id].licence.tag == UWP.tag
    for record in (canonical, silent):  # narrowed (the canonical) or filled (the silent copy), saying from where
        assert kept[record.id].meta["attribution_inherited"]["licence"] == stricter.id
        assert "attribution-inherited" in kept[record.id].flags
    assert "licence-narrowed" in kept[canonical.id].flags and "licence-narrowed" not in kept[silent.id].flags
    assert kept[canonical.id].meta["licence_narrowed_from"] == FREE.tag
    assert "licence" not in kept[stricter.id].meta["attribution_inherited"]  # its own was the strictest already
    assert kept[stricter.id].meta["attribution_inherited"] == {"author": canonical.id}


def test_a_members_own_licence_is_never_widened():
    canonical, stricter, silent = _three_copies()
    canonical.licence, stricter.licence = copy.deepcopy(CC_BY), Licence(tag="LicenseRef-all-rights-reserved",
                                                                         conditions=["permission-required"])
    silent.licence = copy.deepcopy(FREE)
    kept, _ = run([canonical, stricter, silent], keep_duplicates=True)
    assert {kept[r.id].licence.tag for r in (canonical, stricter, silent)} == {"LicenseRef-all-rights-reserved"}
    canonical, _, silent = _three_copies()  # CC BY and free reprint: free reprint is stricter
    canonical.licence, silent.licence = copy.deepcopy(CC_BY), copy.deepcopy(FREE)
    kept, _ = run([canonical, silent], keep_duplicates=True)
    assert kept[canonical.id].licence.tag == FREE.tag and kept[silent.id].licence.tag == FREE.tag


def test_a_derived_tip_gets_the_strictest_reuse_answer_and_a_fresh_credit_line():
    text = "Be proud of what you do. You play an important role in the company's success every single day."

    def tip(article_id: str, path: str, licence: Licence, author: str | None) -> Tip:
        decided = lic.reuse(licence)
        return Tip(id=Tip.make_id(article_id, text), article_id=article_id, position=1, of=1, headline="Be proud",
                   text=text, form="numbered", source=Source(path, "0" * 64, 1, "txt"), author=author,
                   licence=copy.deepcopy(licence), reuse=decided.answer, reuse_conditions=list(decided.conditions),
                   attribution=lic.credit_line(author, licence), flags=sorted(lic.licence_flags(licence)))

    free, uwp = tip("a" * 16, "raw/a.txt", FREE, "Ines Carvalho"), tip("b" * 16, "raw/b.txt", UWP, "Ines Carvalho")
    kept, _ = run([free, uwp], level="tip", keep_duplicates=True)
    for record in kept.values():
        assert (record.licence.tag, record.reuse, record.reuse_conditions) == (UWP.tag, "ask-permission",
                                                                               ["permission-required"])
        assert record.attribution == lic.credit_line("Ines Carvalho", UWP)
        assert "republish-whole-article-only" not in record.flags and "licence-keep-author-bio" not in record.flags


ORIGINAL_PAGE = """Six Ways To Keep Tomato Seedlings Strong

By Ines Carvalho

Tomato seedlings grow leggy and weak when they are started too early or kept too warm, and most of the problems
I see in spring come from a handful of habits that are easy to change once you know them.

1. Sow six weeks before the last frost, not ten, because older seedlings sulk in small pots for weeks.
2. Give them a fan or brush them with your hand each evening so the stems thicken against the movement.
3. Keep the light a hand's width above the leaves and raise it as they grow, or they stretch toward it.
4. Water from below once the top of the compost is dry, which keeps the stems free of rot at the base.
5. Pot them on deeper than they sat before, since tomatoes root all along any buried stem.
6. Harden them off over a full week, a few more hours outside each day, before they go into the bed.

Reprinted with permission.
"""
SPUN_PAGE = """Six Methods To Keep Tomato Seedlings Sturdy

Tomato seedlings grow leggy and feeble when they are started too early or kept too warm, and most of the trouble
I see in spring comes from a handful of habits that are simple to change once you know them.

1. Sow six weeks before the last frost, not ten, because older seedlings sulk in little pots for weeks.
2. Give them a fan or brush them with your palm each evening so the stems thicken against the movement.
3. Keep the lamp a hand's width above the leaves and raise it as they grow, or they stretch toward it.
4. Water from below once the top of the compost is dry, which keeps the stems free of rot at the base.
5. Pot them on deeper than they sat before, since tomatoes root all along any buried stem.
6. Harden them off over a full week, a few more hours outdoors each day, before they go into the bed.

You may publish this article on your website or in your newsletter as long as this resource box stays with it.
"""


def test_a_spun_copy_of_a_used_with_permission_article_never_ships_as_free_reprint(runner, tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "original.txt").write_text(ORIGINAL_PAGE, encoding="utf-8")
    (tmp_path / "raw" / "spun.txt").write_text(SPUN_PAGE, encoding="utf-8")
    result = invoke(runner, "--no-progress", "run", str(tmp_path / "raw"), str(tmp_path / "clean"))
    assert result.exit_code in (0, 1), result.output
    articles = {a["source"]["path"].rsplit("/", 1)[-1]: a for a in load_jsonl(tmp_path / "clean" / "articles.jsonl")}
    original, spun = articles["original.txt"], articles["spun.txt"]
    assert original["licence"]["tag"] == UWP.tag and original["author"] == "Ines Carvalho"
    # linked in some direction: the "Reprinted with permission." line says the first page is itself a copy, so
    # dedup may take the spun page for the source; the licence must not depend on which way the link points
    links = [r["id"] for a, b in ((spun, original), (original, spun))
             for r in (a["derived_from"], a["duplicate_of"]) if r and r["id"] == b["id"]]
    assert links, (spun["derived_from"], original["derived_from"])
    assert spun["licence"]["tag"] == UWP.tag and spun["reuse"] == "ask-permission"
    inherited = {e["name"]: e["value"] for e in spun["meta"]["attribution_inherited"]}  # a map is [{name, value}]
    assert inherited["licence"] == original["id"]
    assert spun["meta"]["licence_narrowed_from"] == "LicenseRef-free-reprint" and "licence-narrowed" in spun["flags"]
    tips = [t for t in load_jsonl(tmp_path / "clean" / "tips.jsonl") if t["article_id"] == spun["id"]]
    assert tips and all(t["reuse"] == "ask-permission" and t["licence"]["tag"] == UWP.tag for t in tips)
    assert all("Used with permission." in t["attribution"] for t in tips)


def test_an_article_that_already_has_a_reuse_answer_gets_it_again_when_narrowed():
    canonical, stricter, _ = _three_copies()
    canonical.reuse, canonical.reuse_conditions = "whole-article-only", ["keep-author-bio"]
    kept, _ = run([canonical, stricter], keep_duplicates=True)
    assert (kept[canonical.id].reuse, kept[canonical.id].reuse_conditions) == ("ask-permission",
                                                                               ["permission-required"])


def test_the_source_of_a_copy_is_narrowed_to_the_copy_licence_but_never_given_one():
    """Narrowing runs from the other end of a link too (the direction may rest on weak evidence), but a record
    that states nothing is never given the copy's grant."""
    a, b = seed("000"), seed("001")  # 000 is derived from 001
    a.licence = Licence(tag="LicenseRef-used-with-permission", holder="JoAnna Brandi", year=2008)
    b.licence = Licence(tag="LicenseRef-free-reprint", conditions=["attribution-required"])
    kept, _ = run([a, b])
    assert kept[a.id].derived_from.id == b.id
    assert kept[b.id].licence.tag == "LicenseRef-used-with-permission" and "licence-narrowed" in kept[b.id].flags
    a, b = seed("000"), seed("001")
    a.licence = Licence(tag="LicenseRef-free-reprint", conditions=["attribution-required"])
    b.licence = None
    kept, _ = run([a, b])
    assert kept[b.id].licence is None or kept[b.id].licence.tag == "NOASSERTION"


def _has_bio_every_needle(text: str) -> bool:
    """has_bio as it was before round 13: every needle's place tried, several on one line among them."""
    lowered = (text[:dedup.EDGE] + "\n" + text[-3 * dedup.EDGE:] if len(text) > 4 * dedup.EDGE else text).lower()
    for needles, at_line in ((dedup.BIO_HEADINGS, None), (dedup.BIO_RULES, dedup._RULE_BOX)):
        for needle in needles:
            at = lowered.find(needle)
            while at >= 0:
                start = lowered.rfind("\n", 0, at) + 1
                if at_line.match(lowered, start) if at_line else not lowered[start:at].strip():
                    return True
                at = lowered.find(needle, at + 1)
    return False


def test_has_bio_tries_each_line_once_with_the_same_answers() -> None:
    """A rule line of thousands of dashes was matched once per dash (each match backtracking over the run); each
    line is tried once now, with the old answer on random texts of the author box's marks."""
    import time

    rng = random.Random(13)
    marks = ["---", "-", "***", "===", "___", " ", "\t", "\n", "\n\n", "About the Author", "about the author ",
             "resource box", "Ann Lee grows roses all year round", " http://a.example", "www.", "x"]
    texts = ["".join(rng.choice(marks) for _ in range(rng.randint(0, 16))) for _ in range(5_000)]
    assert sum(_has_bio_every_needle(t) for t in texts) > 500  # the texts hold boxes, not only misses
    for text in texts:
        assert dedup.has_bio(text) == _has_bio_every_needle(text), repr(text)
    start = time.process_time()
    assert not dedup.has_bio("-" * 2_400) and not dedup.has_bio("=" * 2_400)
    assert time.process_time() - start < 0.05  # 0.24 s before
