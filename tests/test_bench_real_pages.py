"""The real-pages scorer's pure parts (bench/real_pages.py): normalisation, false-grant order, article matching,
and one real page through the chain and the CLI."""

import doctest
import json
import sys

import pytest

from bench import real_pages as rp
from bench.real_pages import Observed, Score, score_page


def obs(title="T", author="A", licence="NOASSERTION", reuse="unknown", tips=()):
    return Observed(title=title, author=author, licence=licence, reuse=reuse, tips=tuple(tips))


def art(title="T", author="A", licence="NOASSERTION", reuse="unknown", tips=()):
    return {"title": title, "author": author, "licence": licence, "reuse": reuse, "tips": list(tips)}


def scored(label_articles, got):
    score = Score()
    score_page(score, "p.txt", {"articles": label_articles}, got)
    return score


def test_names_compare_after_nfc_and_whitespace():
    decomposed = "Zo\u0301fia  Wis\u0301niewska"
    score = scored([art(author="Zófia Wiśniewska")], [obs(author=decomposed)])
    assert score.counts["author"] == [1, 1] and score.counts["author_named"] == [1, 1]


def test_case_differs_is_a_miss_for_authors_but_not_headlines():
    score = scored([art(author="Jane Doe", tips=["Keep A Spare"])], [obs(author="JANE DOE", tips=["keep a spare."])])
    assert score.counts["author"] == [0, 1]
    assert score.counts["headlines"] == [1, 1]


def test_headline_key_strips_trailing_punctuation_and_quotes_only():
    assert rp.headline_key('"Feed it daily!"') == rp.headline_key("feed it daily")
    assert rp.headline_key("Feed it daily") != rp.headline_key("Feed it weekly")
    assert rp.headline_key("1. Feed it") != rp.headline_key("Feed it")  # a kept list marker is a miss


def test_author_found_where_named_counts_named_labels_only():
    score = scored([art(author=None), art(author="Ana Pérez")], [obs(author=None), obs(author="Ana")])
    assert score.counts["author"] == [1, 2]
    assert score.counts["author_named"] == [0, 1]


@pytest.mark.parametrize("want, got, false", [
    ("unknown", "ask-permission", False), ("ask-permission", "unknown", False),
    ("unknown", "whole-article-only", True), ("ask-permission", "excerpt-ok", True),
    ("whole-article-only", "excerpt-ok", True), ("excerpt-ok", "whole-article-only", False),
    ("whole-article-only", "whole-article-only", False),
])
def test_false_grant_order(want, got, false):
    assert rp.is_false_grant(want, got) is false
    score = scored([art(reuse=want)], [obs(reuse=got)])
    assert score.counts["false_grants"] == [int(false), 1]
    assert score.counts["reuse"] == [int(want == got), 1]


def test_reuse_is_derived_from_the_tag_when_tipline_has_none():
    article = {"licence": {"tag": "LicenseRef-free-reprint"}}
    assert rp.reuse_answer(article, []) == "whole-article-only"
    assert rp.reuse_answer({"licence": {"tag": "CC-BY-4.0", "reuse": "whole-article-only"}}, []) == \
        "whole-article-only"
    # tips that disagree: the most permissive one is the answer scored (a false grant on any tip counts)
    assert rp.reuse_answer(article, [{"reuse": "unknown"}, {"licence": {"reuse": "excerpt-ok"}}]) == "excerpt-ok"


def test_articles_match_by_position_and_a_missing_article_misses_every_field():
    label = [art(title="One", tips=["a", "b"]), art(title="Two", author="B", tips=["c"])]
    score = scored(label, [obs(title="One", tips=["a", "b"])])
    assert score.counts["articles"] == [0, 1]
    assert score.counts["title"] == [1, 2]
    assert score.counts["tips_exact"] == [1, 2] and score.counts["tips_near"] == [1, 2]
    assert score.counts["headlines"] == [2, 3]
    assert ("p.txt", "[1] title", "Two", None) in score.misses


def test_an_extra_article_costs_the_article_count_only():
    score = scored([art(title="One")], [obs(title="One"), obs(title="Teaser")])
    assert score.counts["articles"] == [0, 1]
    assert score.counts["title"] == [1, 1]


def test_tip_count_within_one_and_headlines_by_position():
    score = scored([art(tips=["a", "b", "c"])], [obs(tips=["b", "c"])])
    assert score.counts["tips_exact"] == [0, 1] and score.counts["tips_near"] == [1, 1]
    assert score.counts["headlines"] == [0, 3]


def test_observe_groups_tips_under_their_article_in_position_order():
    records = [
        {"kind": "article", "id": "b", "source": {"part": 1}, "title": "Second", "author": None, "licence": None},
        {"kind": "article", "id": "a", "source": {"part": 0}, "title": "First", "author": "X",
         "licence": {"tag": "CC0-1.0"}},
        {"kind": "tip", "article_id": "a", "position": 2, "headline": "two", "licence": {"tag": "CC0-1.0"}},
        {"kind": "tip", "article_id": "a", "position": 1, "headline": "one", "licence": {"tag": "CC0-1.0"}},
    ]
    first, second = rp.observe(records)
    assert (first.title, first.licence, first.reuse, first.tips) == ("First", "CC0-1.0", "excerpt-ok", ("one", "two"))
    assert (second.title, second.licence, second.reuse, second.tips) == ("Second", "NOASSERTION", "unknown", ())


def test_a_real_page_through_the_chain_and_the_cli(tmp_path, capsys, monkeypatch):
    page = tmp_path / "dev" / "p1.txt"
    page.parent.mkdir()
    page.write_text("Three Things To Do On Monday\n\nBy Tomás Ruiz\n\nA short start.\n\n"
                    "1. Walk the floor before you open your e-mail.\n2. Look at last week's complaints.\n"
                    "3. Pick one thing to fix this week.\n\nThat is all.\n", encoding="utf-8")
    label = {"type": "how-to", "shape": "numbered list", "articles": [art(
        title="Three Things To Do On Monday", author="Tomás Ruiz",
        tips=["Walk the floor before you open your e-mail", "Look at last week's complaints",
              "Pick one thing to fix this week"])]}
    (page.parent / "labels.json").write_text(json.dumps({"_about": "test", "p1.txt": label}), encoding="utf-8")
    score = rp.evaluate(page.parent)
    assert score.pages == 1 and score.counts["tips_exact"] == [1, 1] and score.counts["headlines"] == [3, 3]
    monkeypatch.setattr(rp, "REALPAGES", tmp_path)
    assert rp.main(["dev", "--misses"]) == 0
    assert "tip count exact" in capsys.readouterr().out
    for part in ("setapart", "holdout10", rp.SEALED):
        (tmp_path / part).mkdir()
        (tmp_path / part / "labels.json").write_text("{}", encoding="utf-8")
    assert rp.main(["setapart", "--misses"]) == 0  # seen since round 1's score: its misses may be shown
    assert "holdout10" in rp.VALIDATION
    assert rp.main(["holdout10"]) == 0  # a validation part: scored whenever one likes ...
    assert rp.main(["holdout10", "--misses"]) == 2  # ... its misses never shown
    assert rp.main([rp.SEALED]) == 2  # this round's set-apart part is scored only with --final ...
    assert rp.main([rp.SEALED, "--final"]) == 0
    assert rp.main([rp.SEALED, "--final", "--misses"]) == 2  # ... and its misses stay unseen
    for later in rp.LATER_SEALED:  # later rounds' set-apart parts are not scored at all this round
        with pytest.raises(SystemExit):
            rp.main([later, "--final"])


def test_doctests_of_the_scorer():  # bench/ is outside pytest's doctest paths
    assert doctest.testmod(rp).failed == 0


# Each written part's shape (the sealed ones' too: this reads their labels' form, never scores them): (part,
# fewest page types, pages per type, share of HTML pages). dev3 is smaller
# (45 pages) but spreads over more types, and about 1 in 4 of its pages is HTML; dev4 (round 3) has the same shape.
# Round 6's and 7's blind parts are smaller (24 pages each, one type or two a type, by more hands); the blind parts
# of rounds 9 to 30 (holdout11 to holdout32, holdout10 aside) are six hands' eight pages each (48 pages, 35-60 %
# HTML).
PART_SHAPES = [("dev", 15, (3, 8), (0.15, 0.25)), ("dev3", 18, (2, 8), (0.20, 0.30)),
               ("dev4", 18, (2, 8), (0.20, 0.30)), ("dev5", 18, (2, 8), (0.20, 0.30)),
               ("dev6", 18, (2, 8), (0.20, 0.30)), ("dev7", 18, (2, 8), (0.20, 0.30)),
               ("holdout5", 18, (2, 8), (0.20, 0.30)), ("holdout6", 18, (2, 8), (0.20, 0.30)),
               ("holdout7", 12, (1, 8), (0.15, 0.30)), ("holdout8", 12, (1, 8), (0.40, 0.60)),
               ("holdout9", 12, (1, 8), (0.15, 0.30)), ("holdout10", 12, (1, 8), (0.25, 0.40)),
               ("holdout11", 20, (1, 8), (0.45, 0.60)), ("holdout12", 20, (1, 8), (0.40, 0.55)),
               ("holdout13", 20, (1, 8), (0.35, 0.45)), ("holdout14", 20, (1, 8), (0.35, 0.45)),
               ("holdout15", 20, (1, 8), (0.35, 0.45)), ("holdout16", 20, (1, 8), (0.35, 0.45)),
               ("holdout17", 20, (1, 8), (0.35, 0.45)), ("holdout18", 20, (1, 8), (0.35, 0.45)),
               ("holdout19", 20, (1, 8), (0.35, 0.45)), ("holdout20", 20, (1, 8), (0.35, 0.45)),
               ("holdout21", 20, (1, 8), (0.35, 0.45)), ("holdout22", 20, (1, 8), (0.35, 0.45)),
               ("holdout23", 20, (1, 8), (0.35, 0.45)), ("holdout24", 20, (1, 8), (0.35, 0.45)),
               ("holdout25", 20, (1, 8), (0.35, 0.45)), ("holdout26", 20, (1, 8), (0.35, 0.45)),
               ("holdout27", 20, (1, 8), (0.35, 0.45)), ("holdout28", 20, (1, 8), (0.35, 0.45)),
               ("holdout29", 20, (1, 8), (0.35, 0.45)), ("holdout30", 20, (1, 8), (0.35, 0.45)),
               ("holdout31", 20, (1, 8), (0.35, 0.45)), ("holdout32", 20, (1, 8), (0.35, 0.45))]


@pytest.mark.parametrize("part, min_types, per_type, html_share", PART_SHAPES, ids=[p[0] for p in PART_SHAPES])
def test_the_part_labels_follow_the_spec(part, min_types, per_type, html_share):
    """A tunable part's labels: every page labelled and every label a page, fields of the spec's form, the reuse
    answer the spec's mapping of the licence, enough page types of a few pages each, the part's share of HTML."""
    import unicodedata
    from collections import Counter

    directory = rp.REALPAGES / part
    labels = rp.load_labels(directory)
    pages = {p.name for p in directory.iterdir() if p.suffix in (".txt", ".html")}
    assert set(labels) == pages
    for name, label in labels.items():
        # A page of teasers only carries no article (SPEC, round 13): an empty list, never a missing one, and the
        # page's shape says why (teasers only, or no article at all: round 17's review listing of users' comments,
        # round 18's comments left under a removed post, whose shape says its parts are "not articles").
        assert label["type"] and label["shape"] and isinstance(label["articles"], list), name
        why_none = ("teaser", "no article", "articles []", "not articles")
        assert label["articles"] or any(word in label["shape"].lower() for word in why_none), name
        for article in label["articles"]:
            assert set(article) == {"title", "author", "licence", "reuse", "tips"}, name
            assert rp.LABEL_TAG.fullmatch(article["licence"]), (name, article["licence"])
            assert article["reuse"] == rp.reuse_from_tag(article["licence"]), name
            for text in (article["title"], article["author"], *article["tips"]):
                assert text is None or (text == unicodedata.normalize("NFC", text) and text == text.strip()), name
    types = Counter(label["type"] for label in labels.values())
    assert len(types) >= min_types and all(per_type[0] <= n <= per_type[1] for n in types.values()), types
    low, high = html_share
    assert low <= sum(name.endswith(".html") for name in labels) / len(labels) <= high


def test_a_sealed_or_validation_part_keeps_its_page_names_out_of_the_chain_notices(tmp_path, monkeypatch, capsys):
    """The chain's notices name the page they are about ("tipline: PAGE: the markup types the page as a product"):
    scoring a part whose misses stay unseen withholds them and says how many; a tuned part's are shown."""
    for part in ("dev", "holdout10", rp.SEALED):
        (tmp_path / part).mkdir()
        (tmp_path / part / "labels.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(rp, "REALPAGES", tmp_path)

    def noisy(directory):
        print(f"tipline: {directory.name}/secret_page_name.html: no article", file=sys.stderr)
        return rp.Score()

    monkeypatch.setattr(rp, "evaluate", noisy)
    for argv in (["holdout10"], [rp.SEALED, "--final"]):
        assert rp.main(argv) == 0
        err = capsys.readouterr().err
        assert "secret_page_name" not in err and "1 notice line(s) of the chain withheld" in err
    assert rp.main(["dev"]) == 0
    assert "secret_page_name" in capsys.readouterr().err
