"""The repair stage: records in, repaired records out, counts and flags on them, totals and markers in stats."""

from __future__ import annotations

import json
import random
import re

import pytest

from pipeline.records import Article, Source, Tip, counts_of
from pipeline.stages import read, repair
from pipeline.stats import StageStats
from tests.conftest import RAW, ROOT, invoke, load_jsonl, load_manifest, through_stage
from tests.repairs.conftest import clean_paragraphs

GOLDEN = ROOT / "tests" / "golden" / "repair"
SEEDS = sorted(p.stem for p in RAW.iterdir())


def seed_articles() -> list[Article]:
    stats = StageStats("read")
    return list(read.run([str(RAW)], read.ReadConfig(), stats))  # type: ignore[arg-type]


DEFAULT = repair.RepairConfig()


def run_stage(records, config=DEFAULT, explain=None):
    return through_stage(repair.STAGE, config, records, **({"explain": explain} if explain else {}))


def article(text: str, title: str | None = None, n: int = 0) -> Article:
    source = Source(path=f"mem/{n}.txt", sha256=f"{n:064x}", size=len(text), format="txt")
    return Article(id=Article.make_id(source), source=source, text=text, title=title)


def by_stem(records) -> dict[str, Article]:
    return {r.source.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]: r for r in records}


def test_seed_004_gets_its_thirty_repparttar_back():
    out, stats = run_stage(seed_articles())
    a = by_stem(out)["004_5be31a17305c0e76"]
    assert a.repairs["repparttar"] == 30 and "repparttar" not in a.text
    assert "By the time I got to the checkout counter" in a.text
    assert stats.counters["repparttar"] == 30 and stats.total == stats.forwarded == len(out)  # the protocol counts
    assert stats.learned["markers"] == [{"token": "repparttar", "word": "the", "source": "builtin"}]
    assert stats.learned["candidates"][0]["token"] == "repparttar"  # seen, but in one document only
    assert stats.learned["candidates"][0]["reason"] == "in 1 document(s), fewer than 2"


def test_seed_000_loses_its_spam_and_gets_its_company_back():
    a = by_stem(run_stage(seed_articles())[0])["000_af03470b904090f7"]
    assert a.text.startswith("Are You A Customer Service Person You Must Read This…\n")
    assert a.text.endswith("included with every reproduction")
    assert a.repairs == {"foreign_spam": 2, "glued_number": 1, "stripped_com": 3}
    assert "the company’s success" in a.text and "3. Being good" in a.text


@pytest.mark.parametrize("stem", SEEDS)
def test_golden_repairs_per_seed(stem, update_golden):
    a = by_stem(run_stage(seed_articles())[0])[stem]
    got = {"repairs": a.repairs, "flags": a.flags, "scores": a.scores, "title": a.title,
           "first_line": a.text.split("\n", 1)[0][:120], "last_line": a.text.rsplit("\n", 1)[-1][-120:]}
    path = GOLDEN / f"{stem}.json"
    if update_golden:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(got, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    assert got == json.loads(path.read_text(encoding="utf-8"))


def test_titles_are_repaired_and_a_glued_byline_moves_to_the_text():
    out, _ = run_stage([article("Smile at every customer you meet, and the .pany will thrive.",
                                "Ten Secrets of HappinessWritten by Jane Doe-巴雷特m82a1")])
    assert out[0].title == "Ten Secrets of Happiness"
    assert out[0].text == "Written by Jane Doe\nSmile at every customer you meet, and the company will thrive."
    assert out[0].repairs == {"foreign_spam": 1, "glued_byline": 1, "stripped_com": 1}


def test_switching_a_fix_off_keeps_its_damage():
    config = repair.RepairConfig(disabled=("markers", "stripped_com"))
    out, stats = run_stage(seed_articles(), config)
    texts = by_stem(out)
    assert "repparttar" in texts["004_5be31a17305c0e76"].text and ".pany" in texts["000_af03470b904090f7"].text
    assert "repparttar" not in stats.counters and "stripped_com" not in stats.counters


def test_unknown_fix_names_are_refused_with_the_choices():
    with pytest.raises(ValueError, match="unknown repair.*choose from"):
        repair.RepairConfig(disabled=("mojibak",))


def test_learned_markers_are_applied_and_reported():
    rng = random.Random(3)
    paragraphs = clean_paragraphs()
    texts = []
    for i in range(30):
        text = " ".join(rng.sample(paragraphs, 4))
        if i % 2:
            text = re.sub(r"\bthe\b", lambda m: "zqxv" if rng.random() < 0.5 else "the", text)
        texts.append(text)
    records = [article(text, n=i) for i, text in enumerate(texts)]  # the stage repairs records in place
    originals = {r.id: re.sub(r"\bzqxv\b", "the", r.text) for r in records}
    out, stats = run_stage(records)
    assert {"token": "zqxv", "word": "the", "source": "learned"} in stats.learned["markers"]
    assert stats.counters["marker:zqxv"] > 10
    assert all("zqxv" not in r.text for r in out)
    assert sum(r.text == originals[r.id] for r in out) >= 28  # sentence-initial "the" may differ in case
    out, stats = run_stage([article(text, n=i) for i, text in enumerate(texts)], repair.RepairConfig(learn=False))
    assert any("zqxv" in r.text for r in out) and stats.learned == {}


def test_learning_reads_a_bounded_sample_of_the_run_whatever_its_size():
    """The corpus pass costs the same however long the run (issue 19): only ``learn_max_chars`` (1 M characters)
    of text is digested, from the documents with the smallest hashes of their text, so a run and the same run
    shuffled learn the same; repair still sees every record, and the manifest's sample says how much was read."""
    rng = random.Random(5)
    paragraphs = clean_paragraphs()
    texts, chars = [], 0
    while chars < 1_300_000:
        text = " ".join(rng.sample(paragraphs, 6))
        if len(texts) % 4 == 0:
            text = re.sub(r"\bthe\b", lambda m: "zqxv" if rng.random() < 0.5 else "the", text)
        texts.append(text)
        chars += len(text)
    out, stats = run_stage([article(text, n=i) for i, text in enumerate(texts)])
    sample = stats.learned["sample"]
    assert sample["documents"] < len(texts) and 1_000_000 <= sample["characters"] < 1_000_000 + max(map(len, texts))
    assert {"token": "zqxv", "word": "the", "source": "learned"} in stats.learned["markers"]
    assert "zqxv" not in "".join(r.text for r in out)
    shuffled = list(enumerate(texts))
    rng.shuffle(shuffled)
    _, again = run_stage([article(text, n=i) for i, text in shuffled])
    assert again.learned == stats.learned


def test_other_records_pass_through_untouched():
    tip = Tip(id="t" * 16, article_id="a" * 16, position=1, of=1, headline="Byrepparttar", text="Byrepparttar x",
              form="paragraph", source=Source("x", "0" * 64, 1, "txt"))
    out, _ = run_stage([tip])
    assert out == [tip]


def test_non_english_article_is_counted_and_left_alone():
    text = "顾客是你工作的理由。你在客户服务行业，这应该是你的口头禅。相关的主题文章:"
    out, stats = run_stage([article(text)])
    assert out[0].text == text and out[0].repairs == {} and stats.counters["records_not_english"] == 1


def test_explain_shows_every_change_before_and_after():
    lines = []
    run_stage(seed_articles(), explain=lines.append)
    report = "\n".join(lines)
    assert report.count("\n- ") == report.count("\n+ ")
    assert "@@ text: repparttar (markers)" in report
    assert "- I recall" not in report  # context is short
    assert re.search(r"^- .*ordeal\. Byrepparttar time I got", report, re.M)
    assert re.search(r"^\+ .*ordeal\. By the time I got", report, re.M)
    assert "@@ text: stripped_com\n" in report and "the company’s success" in report


def test_cli_repair_with_explain_and_no_fix(runner, tmp_path):
    result = invoke(runner, "--no-progress", "read", str(RAW), "repair", "--explain", "--no-fix", "stripped_com",
                    "write-jsonl", "-")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    texts = {r["source"]["path"].rsplit("/", 1)[-1][:3]: r for r in records}
    assert counts_of(texts["004"]["repairs"])["repparttar"] == 30 and ".pany" in texts["000"]["text"]
    assert "@@ text: repparttar (markers)" in result.stderr and "stripped_com" not in result.stderr
    assert "{" not in result.stderr.split("\n", 1)[0]  # the audit goes to stderr, data to stdout
    bad = invoke(runner, "read", str(RAW), "repair", "--no-fix", "nope", "write-jsonl", "-")
    assert bad.exit_code == 2


def test_run_repairs_and_the_manifest_totals_it(runner, tmp_path):
    out = tmp_path / "clean"
    assert invoke(runner, "--no-progress", "run", str(RAW), str(out)).exit_code == 0
    manifest = load_manifest(out)
    articles = load_jsonl(out / "articles.jsonl")
    assert manifest["repairs"]["repparttar"] == 30
    # parts of a page share its counts
    pages = {(a["source"]["path"], a["source"]["sha256"]): counts_of(a["repairs"]) for a in articles}
    assert manifest["repairs"] == {k: sum(r.get(k, 0) for r in pages.values()) for k in manifest["repairs"]}
    assert manifest["learned"]["repair"]["markers"][0]["token"] == "repparttar"
    assert manifest["stages"]["repair"]["counters"]["repparttar"] == 30
    assert manifest["options"]["repair"]["disabled"] == []


def test_bidi_controls_leave_titles_and_bylines_and_explain_says_so():
    record = article("Written by \u202eeoD enaJ\u202c\nSmile at every customer you meet today.",
                     "Secrets of \u2067Happiness\u2069")
    lines = []
    (out,), stats = run_stage([record], explain=lines.append)
    assert out.title == "Secrets of Happiness"
    assert out.text.startswith("Written by eoD enaJ\n")
    assert out.repairs["bidi_control"] == 4 and stats.counters["bidi_control"] == 4
    assert "@@ title: bidi_control (invisible)" in lines[0] and "\\u2067" in lines[0]
