"""The tips stage: golden seeds, fixtures of every list form, negative cases, properties, the record and the CLI.

Seed ``003_…`` (decided here): it gives its advice as one paragraph per point without numbers or headings, so it
yields three **paragraph** tips: "First off it’s important to know how to maintain an appropriate work demeanor",
"Don’t bring your stress to the customers" and "You basically need to have the patience of a saint". Each opens
with a directive ("First off it’s important to…", "Don’t…", "You … need to…") and keeps to one point (demeanour,
stress, patience). The first paragraph ("Customer service skills are important to have…") only motivates the
reader and gives no advice, so it is the introduction and not a tip; the last paragraph is the patience point
itself (its closing "So just don’t take anything personally" belongs to it), so there is no separate conclusion.
"""

from __future__ import annotations

import json
import re
import textwrap

import jsonschema
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pipeline.cli import cli, load_schema_text
from pipeline.records import Article, AuthorBio, Licence, Source, Tip, to_dict
from pipeline.stages import tips
from pipeline.text.licence import credit_line
from tests.conftest import CLEAN, RAW, invoke, load_jsonl, load_manifest, through_stage
from tests.conftest import tip_headlines as headlines
from tests.stages.tips_fixtures import fixture_names, load_article, load_golden, write_golden

SEED_FIXTURES = [n for n in fixture_names() if n.startswith("seed-")]
OWN_FIXTURES = [n for n in fixture_names() if not n.startswith("seed-")]
TIP_SCHEMA = jsonschema.Draft202012Validator(json.loads(load_schema_text("tip")))
BOILERPLATE = re.compile(r"about the author|copyright|©|used with permission|all rights reserved|"
                         r"you are allowed to publish|share and enjoy|post a comment|https?://", re.I)


def split(name: str, config: tips.TipsConfig | None = None):
    return tips.split_article(load_article(name), config or tips.TipsConfig())


def skeleton(text: str) -> str:
    """Text without whitespace: what must survive splitting whatever the line breaks."""
    return re.sub(r"\s+", "", text)


def assert_rejoins(text: str, result: tips.Split) -> None:
    """Each list's tips and markers are exactly the body from its first to its last tip (modulo whitespace)."""
    for group in {t.group for t in result.tips}:
        members = [t for t in result.tips if t.group == group]
        spans = sorted([s for t in members for s in t.pieces] + [m for t in members for m in t.markers])
        region = text[spans[0][0]:spans[-1][1]]
        covered = "".join(text[s:e] for s, e in spans)
        assert skeleton(covered) == skeleton(region)
    for tip in result.tips:
        assert skeleton(tip.text) == skeleton("".join(text[s:e] for s, e in tip.pieces))


# ------------------------------------------------------------------------------------------------ golden


def check_golden(name: str, update: bool) -> tuple[Article, list[Tip]]:
    article, found, result = split(name)
    golden = load_golden(name)
    actual = {
        "tip_count": article.tip_count,
        "expected_tip_count": article.expected_tip_count,
        "tips": [{"headline": t.headline, "form": t.form} for t in found],
    }
    if "attribution" in golden:
        actual["attribution"] = credit_line(article.author, article.licence, article.source.url)
    if update:
        write_golden(name, golden | actual)
        golden = load_golden(name)
    assert {k: golden[k] for k in actual} == actual
    assert_rejoins(article.text, result)
    for tip in found:
        TIP_SCHEMA.validate(to_dict(tip))
        assert not BOILERPLATE.search(tip.text), tip.text
    return article, found


@pytest.mark.parametrize("name", SEED_FIXTURES)
def test_seed_bodies_split_as_golden(name, update_golden):
    article, found = check_golden(name, update_golden)
    for tip in found:
        assert tip.attribution == load_golden(name)["attribution"]
        assert tip.author == article.author and tip.licence == article.licence
        assert (tip.position, tip.of) == (found.index(tip) + 1, len(found))
        if article.author_bio is not None:
            assert article.author_bio.text[:30] not in tip.text
        if article.licence is not None and article.licence.statement:
            assert tips.normalise(article.licence.statement)[:30] not in tip.text


@pytest.mark.parametrize("name", OWN_FIXTURES)
def test_own_fixtures_split_as_golden(name, update_golden):
    check_golden(name, update_golden)


def test_seed_counts_named_by_the_issue():
    counts = {name: load_golden(name)["tip_count"] for name in SEED_FIXTURES}
    assert counts == {"seed-000-part0": 5, "seed-001-part0": 7, "seed-002-part0": 7, "seed-003-part0": 3,
                      "seed-004-part0": 9, "seed-004-part1": 0}
    forms = [t["form"] for t in load_golden("seed-002-part0")["tips"]]
    assert forms == ["bullet"] * 6 + ["headed"]  # six bullets plus the When This Happens / Try This pair


def test_001_tip_7_keeps_its_continuation_and_stops_at_the_conclusion():
    _, found, _ = split("seed-001-part0")
    seventh = found[6]
    assert seventh.headline == "You have the opportunity to make the world a better place every day."
    assert "You have the power to spread positivity" in seventh.text and "continued" in seventh.flags
    assert seventh.text.endswith("you will feel energized.")
    assert all("So there you have it" not in t.text and "Monday Morning" not in t.text for t in found)
    assert not any("Here are 7 things" in t.text or "small business owner" in t.text for t in found)


def test_000_inline_run_handles_the_glued_marker():
    _, found, _ = split("seed-000-part0")
    assert found[2].text.startswith("Being good at customer service") and "glued-marker" in found[2].flags
    assert not found[0].text.startswith("1.") and "first contact people" not in found[0].text
    assert all("inline-numbered" in t.flags for t in found)
    # the licence forbids excerpts: every tip says so, and carries the bio the licence requires
    assert all("republish-whole-article-only" in t.flags for t in found)


def test_002_pair_keeps_situation_and_advice_and_leaves_out_the_conclusion():
    _, found, _ = split("seed-002-part0")
    pair = found[6]
    assert "situation-response" in pair.flags
    assert pair.text.startswith("When This Happens . . .\n\nMrs. Jones just pulled into your parking lot.")
    assert "\n\nTry This\n\nYou feel the same about Mrs. Jones" in pair.text
    assert pair.text.endswith("less likely to make fun of her in the future.")
    assert all("None of this is rocket science" not in t.text and "Remember, the customer" not in t.text
               for t in found)
    assert "Performance Prompts" not in found[0].text


def test_003_paragraph_tips_leave_out_the_introduction():
    _, found, _ = split("seed-003-part0")
    assert {t.form for t in found} == {"paragraph"}
    assert all("Customer service skills are important" not in t.text for t in found)


def test_top_5_with_4_found_is_reported_not_padded():
    article, found, _ = split("top5-found4")
    assert (article.tip_count, article.expected_tip_count, len(found)) == (4, 5, 4)
    assert "tips-fewer-than-expected" in article.flags


@pytest.mark.parametrize("name", ["numbers-in-prose", "date-list", "price-table", "essay", "single-item",
                                  "seed-004-part1", "story", "interview", "first-person-story", "speaker-interview",
                                  "question-headings-interview", "code-comments", "german-news"])
def test_negative_cases_yield_no_tips(name):
    article, found, _ = split(name)
    assert found == [] and article.tip_count == 0


def test_a_list_whose_glyphs_were_lost_is_split_after_its_lead_in():
    """"Consider the following:" then one paragraph (or one short line) per point: one tip each, lead-in and
    conclusion left out."""
    for name, first, closing in [("lost-bullets-indented", "Weigh every item", "A lighter pack"),
                                 ("lost-bullets-short", "Build a blanket fort", "Most of these cost")]:
        _, found, _ = split(name)
        assert found[0].text.startswith(first) and "lost-glyphs" in found[0].flags
        assert all(closing not in t.text and not t.text.endswith(":") for t in found)


def test_lost_glyph_lists_of_title_lines_or_bare_lines_stop_at_the_conclusion():
    _, found, _ = split("lost-glyph-title-lines")
    assert [t.headline for t in found][-1] == "Clicking from the pedals" and "quick look" not in found[-1].text
    _, found, _ = split("lost-glyph-lines-lowercase")
    assert len(found) == 4 and all("quiet ever since" not in t.text for t in found)


def test_point_paragraphs_with_fragment_leads_page_chrome_and_sequence_words():
    assert [t.headline for t in split("fragment-leads")[1]][0] == "A water bowl that folds flat."
    assert all("safe travels" not in t.text for t in split("fragment-leads")[1])
    chrome = [t.text for t in split("page-chrome-around-prose")[1]]
    assert chrome[0].startswith("Clean the chain") and not any("Posted on" in t or "Reply" in t for t in chrome)
    assert [t.headline.split()[:2] for t in split("sequence-words")[1]] == [["I", "empty"], ["I", "look"],
                                                                          ["I", "write"], ["I", "lay"]]


def test_an_open_letter_is_the_article_and_a_title_above_sections_is_no_section():
    assert split("open-letter")[0].tip_count == 4  # signed under its text, answered by nobody
    assert [t.headline for t in split("headed-title-above")[1]][0] == "Picking the boards"
    assert "whole job" not in split("headed-title-above")[1][-1].text


def test_advice_column_tips_are_the_hints_not_the_letter_nor_the_signoff():
    _, found, _ = split("advice-column")
    assert found[0].text.startswith("Agree on office hours.")
    for words in ("My husband", "tried asking", "Crowded", "Marta", "Two people", "few weeks"):
        assert all(words not in t.text for t in found), words


def test_prose_advice_gives_one_tip_per_point_paragraph():
    _, found, _ = split("prose-advice")
    assert [t.text.split(".")[0] for t in found][1:] == [
        "Daylight is the strongest signal your body clock receives", "Caffeine stays in the blood far longer "
        "than most people think", "A cool, dark bedroom helps more than any gadget"]
    assert all("\n\n" not in t.text for t in found)  # no point swallowed the next one
    assert all("Most of us" not in t.text and "None of these" not in t.text for t in found)


def test_recipe_ingredient_lines_are_not_tips_but_method_steps_are():
    _, found, _ = split("recipe")
    # the method's three steps; its fourth line, "Serve with toasted seeds …", is the serving note (SPEC), no step
    assert [t.form for t in found] == ["numbered"] * 3
    assert all("pumpkin, peeled" not in t.text and "first cold evening" not in t.text and "toasted seeds" not in t.text
               for t in found)
    from pipeline.stages.tips.patterns import INGREDIENTS_CUE
    assert INGREDIENTS_CUE.match("For the dough:") and not INGREDIENTS_CUE.match("For the best results:")


def test_a_numbered_tip_does_not_absorb_the_closing_sentence():
    _, found, _ = split("numbered-closing")  # a closing paragraph that echoes the last item's words
    assert found[-1].text.endswith("round the car park.")
    _, found, _ = split("numbered-closing-inline")  # a sign-off sentence at the end of the last item's line
    assert found[-1].text == "Repot in spring only, and only into a pot one size bigger."


def test_headline_is_the_first_sentence_without_its_sequence_word():
    """The spec: the heading or bold lead if the item has one, else its first sentence, without the marker. A
    lead ending in a colon is a lead, bold or not ("Plan ahead: spend …" -> "Plan ahead"; round 3 settled it so:
    the same article with its bold kept or lost gives one headline); "First," / "Then I" number a point in prose
    and go like "1." does."""
    result = tips.split_text("Three habits:\n1. Plan ahead: spend ten minutes on tomorrow each evening.\n"
                             "2. Then, brew the tea for four minutes.\n3. Finally walk at lunch - even a short loop.")
    assert [t.headline for t in result.tips] == ["Plan ahead", "Brew the tea for four minutes.",
                                                 "Walk at lunch - even a short loop."]
    assert split("bold-lead")[1][0].headline == "Start slower than you think"
    assert [t.headline for t in split("paragraph-tips")[1]][0].startswith("Count your float")
    assert split("seed-003-part0")[1][0].headline.startswith("First off")  # "First off" is not "First,"
    assert tips.lead_sentence("Always stay tuned in to your customers—and to them—to stay ahead.").endswith("ahead.")


def test_every_list_form_is_covered_by_a_fixture():
    forms = {t["form"] for name in OWN_FIXTURES for t in load_golden(name)["tips"]}
    assert forms == set(tips.FORMS)
    flags = {f for name in OWN_FIXTURES for t in split(name)[1] for f in t.flags}
    assert {"inline-numbered", "glued-marker", "numbering-skips", "numbering-restarts", "continued",
            "situation-response"} <= flags


# ------------------------------------------------------------------------------------------------ raw input


def test_raw_seed_text_is_cut_before_end_matter():
    """Before boilerplate runs, the guard keeps the bio and licence notice out of seed 000's last tip."""
    text = (RAW / "000_af03470b904090f7.txt").read_text(encoding="utf-8")
    result = tips.split_text(text)
    assert len(result.tips) == 5
    assert "About the Author" not in result.tips[-1].text and "allowed to publish" not in result.tips[-1].text


def test_the_word_copyright_in_advice_is_not_end_matter():
    text = ("Protect your work. Here are 3 tips.\n1. Register your designs early.\n"
            "2. Keep dated drafts of everything you make.\n"
            "3. Copyright law differs by country, so ask a lawyer before you sell abroad.\n"
            "Copyright 2010 by Ann Lee. All rights reserved.")
    result = tips.split_text(text)
    assert len(result.tips) == 3 and result.tips[2].text.startswith("Copyright law differs")
    assert "Ann Lee" not in result.tips[2].text


def test_known_signoff_left_in_the_body_is_cut():
    article = load_article("seed-000-part0")
    article.text += " Caring is contagious please spread the word"
    _, found, _ = tips.split_article(article, tips.TipsConfig())
    assert found[-1].text.endswith("you will feel energized.")


def test_forms_and_min_tips_are_honoured():
    assert split("seed-002-part0", tips.TipsConfig(forms=("numbered", "headed"), min_tips=1))[0].tip_count == 1
    assert split("seed-002-part0", tips.TipsConfig(forms=("numbered", "headed")))[0].tip_count == 0
    assert split("seed-003-part0", tips.TipsConfig(forms=("numbered", "bullet", "headed")))[0].tip_count == 0
    assert split("seed-001-part0", tips.TipsConfig(min_tips=8))[0].tip_count == 0
    with pytest.raises(ValueError, match="unknown tip form"):
        tips.TipsConfig(forms=("numbered", "listicle"))


def test_numbers_in_prose_never_start_a_tip():
    text = ("We opened in 2008 with 10 customers. Sales grew 3.5% a year. Prices: 1.50 for tea, 2.75 for cake. "
            "We were No. 1. In 2010 we had 20 staff.\n\n2008 was the hardest year.\n10 customers a day is fine.\n"
            "3.5% is a good margin.")
    assert tips.split_text(text).tips == ()


# ------------------------------------------------------------------------------------------------ attribution


def test_attribution_never_invents_an_author():
    lic = Licence(tag="NOASSERTION")
    assert credit_line(None, lic) == "Author not named in the source. Licence not stated."
    assert credit_line("  ", None).startswith("Author not named")
    assert credit_line("Ann Lee", Licence(tag="NOASSERTION", year=2009)) == "By Ann Lee. Copyright 2009."
    assert credit_line("Ann Lee", Licence(tag="CC-BY-4.0", holder="Ann Lee", year=2020)) == (
        "By Ann Lee. Copyright 2020 by Ann Lee. Licensed under CC-BY-4.0.")


HOSTILE_AUTHORS = {  # author as a scraped page or a crafted JSONL record may give it -> the credit it yields
    "<script>alert(1)</script>Ann <b>Lee</b>": "By Ann Lee.",
    "[Ann Lee](javascript:alert(1))": "By Ann Lee.",
    "Ann &lt;img src=x onerror=alert(1)&gt; Lee": "By Ann Lee.",
    '<a href="javascript:alert(1)">Ann Lee</a>': "By Ann Lee.",
    "**Ann** `Lee`": "By Ann Lee.",
    "Ann\nLee\x07": "By Ann Lee.",
    "<b></b>": "Author not named in the source.",
    "javascript:alert(1)": "Author not named in the source.",
}
HOSTILE_URLS = {
    "javascript:alert(1)": None,
    "JaVaScRiPt:alert(1)": None,
    "data:text/html,<script>alert(1)</script>": None,
    "vbscript:msgbox": None,
    "//evil.example/x": None,
    "http://example.org/a<script>": None,
    'http://example.org/a" onclick="x': None,
    "http:///no-host": None,
    "https://example.org/tips?a=1&b=2": "https://example.org/tips?a=1&b=2",
    "HTTP://Example.org/x": "HTTP://Example.org/x",
}


@pytest.mark.parametrize("author", sorted(HOSTILE_AUTHORS))
def test_attribution_line_strips_markup_from_the_credit(author):
    lic = Licence(tag="CC-BY-4.0", holder=f"{author}", year=2020)
    credit = credit_line(author, lic)
    assert credit.startswith(HOSTILE_AUTHORS[author] + " ")
    assert not re.search(r"[<>`*\[\]\x00-\x1f]|javascript:|&lt;|alert|script", credit), credit


@pytest.mark.parametrize("url", sorted(HOSTILE_URLS))
def test_attribution_line_keeps_only_http_urls(url):
    credit = credit_line("Ann Lee", None, url)
    kept = HOSTILE_URLS[url]
    assert credit == "By Ann Lee. Licence not stated." + (f" Source: {kept}." if kept else "")


def test_tips_of_a_hostile_record_carry_a_clean_attribution():
    article = load_article("seed-004-part0")
    article.author = '<a href="javascript:alert(1)">Ann Lee</a>'
    article.source.url = "javascript:alert(document.cookie)"
    article.author_bio = AuthorBio(text='<img src=x onerror="alert(1)"> About Ann', urls=["javascript:alert(1)"])
    _, found, _ = tips.split_article(article, tips.TipsConfig())
    assert found and {t.attribution.split(". ")[0] for t in found} == {"By Ann Lee"}
    assert all("javascript" not in t.attribution and "<" not in t.attribution for t in found)


def test_bio_travels_only_when_the_licence_requires_it():
    _, found, _ = split("seed-000-part0")
    assert all(t.author_bio is None for t in found)  # the fixture has no bio text to copy
    article = load_article("seed-004-part0")
    article.licence = Licence(tag="LicenseRef-x", holder="Susan Dunn", conditions=["keep-author-bio"])
    _, found, _ = tips.split_article(article, tips.TipsConfig())
    assert found[0].author_bio == article.author_bio and "licence-keep-author-bio" in found[0].flags
    TIP_SCHEMA.validate(to_dict(found[0]))  # the optional author_bio field is in the schema
    _, plain, _ = split("seed-004-part0")
    assert plain[0].author_bio is None


@pytest.mark.parametrize("licence, answer, conditions", [
    (None, "unknown", []),
    (Licence(tag="LicenseRef-free-reprint", conditions=["keep-author-bio"]), "whole-article-only",
     ["keep-author-bio"]),
    (Licence(tag="CC-BY-NC-4.0"), "excerpt-ok", ["attribution-required", "non-commercial"]),
    (Licence(tag="LicenseRef-used-with-permission", conditions=["permission-required"]), "ask-permission",
     ["permission-required"]),
])
def test_every_tip_and_its_article_carry_the_one_reuse_answer(licence, answer, conditions):
    article = load_article("seed-004-part0")
    article.licence = licence
    out, found, _ = tips.split_article(article, tips.TipsConfig())
    assert found and all((t.reuse, t.reuse_conditions) == (answer, conditions) for t in found)
    assert (out.reuse, out.reuse_conditions) == (answer, conditions)
    for tip in found:
        TIP_SCHEMA.validate(to_dict(tip))
    assert ("republish-whole-article-only" in found[0].flags) == (answer == "whole-article-only")


# ------------------------------------------------------------------------------------------------ the stage


def make_article(text: str, **fields) -> Article:
    source = Source(path="mem.txt", sha256="a" * 64, size=len(text), format="txt")
    return Article(id=Article.make_id(source), source=source, text=text, **fields)


def test_run_yields_each_article_then_its_tips_and_counts():
    list_article = make_article("Here are 3 tips.\n1. Smile at people.\n2. Listen to them.\n3. Say thanks.")
    other = make_article("Just a story about a shop.")
    other.id = "b" * 16
    stray = Tip(id="c" * 16, article_id="d" * 16, position=1, of=1, headline="h", text="t", form="bullet",
                source=other.source)
    out, stats = through_stage(tips.STAGE, tips.TipsConfig(), [list_article, other, stray])
    assert stats.total == 3 and stats.forwarded == 6
    assert [r.kind for r in out] == ["article", "tip", "tip", "tip", "article", "tip"]
    assert (out[0].tip_count, out[0].expected_tip_count, out[4].tip_count) == (3, 3, 0)
    assert list_article.tip_count is None  # the input record is not changed
    assert [t.position for t in out[1:4]] == [1, 2, 3] and {t.article_id for t in out[1:4]} == {list_article.id}
    assert out[1].id == Tip.make_id(list_article.id, "Smile at people.")
    assert out[5] is stray
    assert stats.counters["tips"] == 3 and stats.counters["articles_with_tips"] == 1
    assert stats.counters["form_numbered"] == 3 and stats.counters["passed_through"] == 1


def test_repeated_tip_text_in_one_article_is_one_tip():
    result = tips.split_text("1. Smile at people.\n2. Smile at people.\n3. Listen well.")
    assert [t.text for t in result.tips] == ["Smile at people.", "Listen well."]


# ------------------------------------------------------------------------------------------------ properties

WORDS = ["customer", "service", "smile", "listen", "always", "team", "quickly", "answer", "phone", "store", "kind",
         "help", "people", "thank", "time", "every", "learn", "care", "shop", "order", "2008", "10", "3.5%", "20"]
sentences = st.lists(st.sampled_from(WORDS), min_size=3, max_size=12).map(
    lambda ws: ws[0].capitalize() + " " + " ".join(ws[1:]) + ".").filter(lambda s: s[0].isalpha())
items = st.lists(sentences, min_size=1, max_size=3).map(" ".join)
NUMBERED = ["{n}. ", "{n}) ", "Tip #{n}: ", "Step {n} - ", "#{n} ", "({n}) "]
BULLETS = ["• ", "·", "- ", "* ", "– "]


@st.composite
def list_articles(draw):
    """An intro, n items in some list form (maybe hard-wrapped), and a conclusion; return (text, items)."""
    body = draw(st.lists(items, min_size=3, max_size=8, unique_by=str.lower))
    form = draw(st.sampled_from(["numbered", "bullet", "inline"]))
    width = None if form == "inline" else draw(st.one_of(st.none(), st.integers(min_value=40, max_value=90)))
    # hard-wrapped documents are wrapped throughout: give the wrapper some prose to show its width
    extra = st.lists(sentences, min_size=3 if width else 0, max_size=4 if width else 1).map(" ".join)
    # (the intro names its tips: the page advises, so the gate of pipeline/stages/tips/gate.py lets its list through)
    intro = "Our shop tips start here. " + draw(sentences) + " " + draw(extra)
    outro = "So there you have it. " + draw(sentences) + " " + draw(extra)
    if form == "inline":
        para = intro + " " + " ".join(f"{n}. {item}" for n, item in enumerate(body, start=1))
        return f"{para}\n\n{outro}", body
    style = draw(st.sampled_from(NUMBERED if form == "numbered" else BULLETS))
    blank = draw(st.booleans())
    marker_alone = form == "numbered" and draw(st.booleans())
    lines = []
    for n, item in enumerate(body, start=1):
        mark = style.format(n=n)
        if marker_alone:
            entry = mark.rstrip() + "\n" + (textwrap.fill(item, width) if width else item)
        elif width:
            entry = textwrap.fill(mark + item, width, subsequent_indent=draw(st.sampled_from(["", "   "])))
        else:
            entry = mark + item
        lines.append(entry)
    wrap = (lambda p: textwrap.fill(p, width)) if width else (lambda p: p)
    sep = "\n\n" if blank else "\n"
    text = wrap(intro) + "\n\n" + sep.join(lines) + "\n\n" + wrap(outro)
    # The width must show in the prose: when every break of the intro and the conclusion falls where a sentence
    # ends, nobody (and no rule) can tell hard-wrapped prose from one sentence per line, so such a draw is no case
    # of this property.
    assume(width is None or re.search(r"[^.!?\n]\n[^\n]", wrap(intro) + "\n\n" + wrap(outro)))
    return text, body


@given(list_articles())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_generated_lists_split_into_exactly_their_items(case):
    text, body = case
    result = tips.split_text(text)
    assert [tips.normalise(t.text) for t in result.tips] == [tips.normalise(item) for item in body], text
    assert_rejoins(text, result)
    for tip in result.tips:
        assert tip.text.startswith(tip.headline)


@given(st.text(alphabet=st.sampled_from(list("ab Cd.1234567890\n\n•·-*–#:)(%$ Tip Step")), max_size=400))
@settings(max_examples=300, deadline=None)
def test_any_text_splits_into_ordered_spans_of_itself(text):
    result = tips.split_text(text)
    previous_end = -1
    for tip in result.tips:
        assert tip.text == "\n\n".join(tips.normalise(text[s:e]) for s, e in tip.pieces)
        assert tip.text and tip.headline and tips.normalise(tip.headline) in tips.normalise(tip.text)
        assert tip.form in tips.FORMS
        for s, e in sorted(tip.markers + tip.pieces):
            assert 0 <= s < e <= len(text) and s >= previous_end
            previous_end = e
    assert len(result.tips) == 0 or len(result.tips) >= tips.TipsConfig().min_tips


# ------------------------------------------------------------------------------------------------ CLI and clean/


def test_cli_tips_command_writes_valid_tips(runner, tmp_path):
    out = tmp_path / "out"
    result = invoke(runner, "--no-progress", "read", str(RAW), "tips", "--forms", "numbered,bullet",
                    "write", str(out))
    assert result.exit_code == 0, result.output
    written = load_jsonl(out / "tips.jsonl")
    assert written and {t["form"] for t in written} <= {"numbered", "bullet"}
    for record in written:
        TIP_SCHEMA.validate(record)
    bad = runner.invoke(cli, ["read", str(RAW), "tips", "--forms", "x"])
    assert bad.exit_code == 2 and "unknown tip form" in bad.output


def clean_articles() -> dict[tuple[str, int], dict]:
    return {(a["source"]["path"].rsplit("/", 1)[-1].rsplit(".", 1)[0], a["source"]["part"]): a
            for a in load_jsonl(CLEAN / "articles.jsonl")}


def clean_tips() -> dict[str, list[dict]]:
    by_article: dict[str, list[dict]] = {}
    path = CLEAN / "tips.jsonl"
    for tip in load_jsonl(path) if path.exists() else []:
        by_article.setdefault(tip["article_id"], []).append(tip)
    return {k: sorted(v, key=lambda t: t["position"]) for k, v in by_article.items()}


@pytest.mark.parametrize("name", SEED_FIXTURES)
def test_clean_output_has_the_golden_tips(name):
    """End to end over the committed clean/: counts, headlines and forms per seed article.

    Tips that tip-level dedup merged into the same tip of another article (``clean.merged_positions`` in the
    golden file) are not in tips.jsonl (nor counted in the article's tip_count); the manifest lists them as
    duplicates of the other article's tips.
    """
    golden = load_golden(name)
    article = clean_articles()[(golden["seed"], golden["part"])]
    found = clean_tips().get(article["id"], [])
    merged = golden.get("clean", {}).get("merged_positions", [])
    # tip_count counts the article's rows in tips.jsonl (issue 18); each tip's `of` keeps the split's count
    assert article["tip_count"] == len(found) and golden["tip_count"] == len(found) + len(merged)
    assert all(t["of"] == golden["tip_count"] for t in found)
    assert article["expected_tip_count"] == golden["expected_tip_count"]
    assert [t["position"] for t in found] == [p for p in range(1, golden["tip_count"] + 1) if p not in merged]
    expected = [t for p, t in enumerate(golden["tips"], start=1) if p not in merged]
    assert [{"headline": t["headline"], "form": t["form"]} for t in found] == expected
    if merged:
        canonical_seed = golden["clean"]["duplicate_of_seed"]
        by_id = {t["id"]: t for ts in clean_tips().values() for t in ts}
        manifest = load_manifest(CLEAN)
        entry = next(e for e in manifest["inputs"] if golden["seed"] in e["path"])
        canonicals = [by_id[d["duplicate_of"]] for d in entry["duplicates"]]
        assert len(canonicals) == len(merged)
        assert all(canonical_seed in t["source"]["path"] for t in canonicals)
        assert all(any(golden["seed"] in s for s in t["cluster"]["member_sources"]) for t in canonicals)


@pytest.mark.parametrize("name", SEED_FIXTURES)
def test_clean_output_has_the_golden_attribution(name):
    golden = load_golden(name)
    expected = golden.get("clean", {}).get("attribution", golden["attribution"])
    article = clean_articles()[(golden["seed"], golden["part"])]
    found = clean_tips().get(article["id"], [])
    licence = Licence(**article["licence"]) if article["licence"] else None
    assert credit_line(article["author"], licence, article["source"]["url"]) == expected
    assert all(t["attribution"] == expected for t in found)


def test_clean_tips_carry_no_boilerplate_and_match_their_articles():
    articles = {a["id"]: a for a in load_jsonl(CLEAN / "articles.jsonl")}
    for article_id, found in clean_tips().items():
        article = articles[article_id]
        positions = [t["position"] for t in found]  # tips merged into another article's by dedup leave gaps
        # tip_count is the article's rows here (issue 18); `of` is what the split found, dedup's merges included
        assert positions == sorted(set(positions)) and len({t["of"] for t in found}) == 1
        assert len(found) == article["tip_count"] and positions[-1] <= found[0]["of"]
        for tip in found:
            assert not BOILERPLATE.search(tip["text"]), tip["text"]
            assert tip["licence"] == article["licence"] and tip["author"] == article["author"]
            statement = (article["licence"] or {}).get("statement")
            if statement:
                assert tips.normalise(statement)[:30] not in tip["text"]
            if article["author_bio"]:
                assert tips.normalise(article["author_bio"]["text"])[:30] not in tip["text"]


def test_detectors_share_one_signature_and_their_precedence_is_data():
    import inspect

    from pipeline.stages.tips.detect import WHEN
    assert [d.name for d in tips.DETECTORS] == ["qa-pairs", "numbered-lines", "inline-numbered", "one-slide", "bullets",
                                                "lead-in-lists", "situation-response", "problem-pairs",
                                                "video-chapters",
                                                "signed-items", "table-rows", "headed-sections",
                                                "question-sections", "counted-posts", "ordinal-sentences",
                                                "spoken-counters", "paragraphs", "run-together-points"]
    for d in tips.DETECTORS:
        assert d.form in tips.FORMS and d.when in WHEN
        assert list(inspect.signature(d.detect).parameters) == ["paras", "context"]
    # inline numbers are looked for only when no numbered line was found (the registry's if-none)
    text = "Intro line.\n1. Smile at people.\n2. Listen to them.\nWe say: 1. One thing. 2. Two things. 3. Three."
    assert {t.form for t in tips.split_text(text).tips} == {"numbered"}
    assert not any("inline-numbered" in t.flags for t in tips.split_text(text).tips)


# ------------------------------------------------------------------------------------------------ round 2 shapes
# Issue 16, round 2: shapes seen on real advice pages (read with the search tool's pages corpus: Q&A round-ups,
# question checklists, headed how-tos, listicles with nested lists, blog posts with comments). Every text below is
# written here in our own words; each reproduces a SHAPE, never a page.


QA_HEADED = """Each month we answer the questions readers send most often.

Squeaking brakes
Q: My rim brakes squeal every time it rains. Is something loose? - Jon, Leeds
A: Wet rims squeal when the pads are glazed. Rub the pads on sandpaper and wipe the rims with alcohol.

Chain keeps slipping
Q: The chain jumps on the smallest rear cog. - Amira, by email
A: A worn cog is the usual cause. Measure the chain and replace both together if it has stretched.

Saddle height
Q: How high should my saddle be? - Pete, Hull
A: Set it so your knee is almost straight at the bottom of the stroke. Raise it a few millimetres at a time.

Write to us at the address below and we may answer you next month."""


def test_a_qa_round_up_gives_one_tip_per_headed_question_the_first_included():
    """A heading, a reader's "Q:" and the expert's "A:": the heading is the headline, and the first question
    is not mistaken for an advice column's letter (which would cut the page at the first answer)."""
    assert headlines(QA_HEADED) == ["Squeaking brakes", "Chain keeps slipping", "Saddle height"]
    two = QA_HEADED.split("\n\nSaddle height")[0]
    assert headlines(two) == ["Squeaking brakes", "Chain keeps slipping"]  # two labelled pairs are a Q&A page
    found = tips.split_text(QA_HEADED).tips
    assert found[0].text.startswith("Squeaking brakes\n\nQ: My rim brakes") and "Write to us" not in found[-1].text


QA_PAIRS = """We asked the committee to answer the questions new members ask first.

Q: Can I keep chickens on my plot?
A: Not without written consent. Ask at the office before you buy a coop.

Q: How often must I visit?
A: At least once a week in the growing season. An untended plot spreads weeds to everyone.

Q: Where do I put green waste?
A: Use the bays by the gate, and never burn it between April and October.

Still stuck? Ask at the hut on Saturday mornings."""

QA_INTERVIEW = """Meet the Cheesemaker

Q: When did you start making cheese?
A: In 1998, after a summer on a farm in the mountains.

Q: What was the first cheese you sold?
A: A soft goat's cheese. It sold out in an hour at the village market.

Q: What are you working on now?
A: A blue cheese aged in an old railway tunnel."""


def test_labelled_question_and_answer_pairs_are_tips_headed_by_the_question():
    assert headlines(QA_PAIRS) == ["Can I keep chickens on my plot?", "How often must I visit?",
                                   "Where do I put green waste?"]
    assert all("Still stuck" not in t.text for t in tips.split_text(QA_PAIRS).tips)
    assert headlines(QA_INTERVIEW) == []  # questions put to a guest about herself: an interview


QUESTION_CHECKLIST = """Gym memberships bought in January are forgotten by March. Three questions save a year of fees.

When will I actually go?
If the honest answer is after work, when I am tired, pick the gym on the way home rather than the one with the pool.

What happens if I move?
Some contracts can be moved or frozen; others run to the end whatever happens. Ask to see that clause.

Is the joining fee negotiable?
Often it is, especially at the end of a month when the staff have targets to meet.

Sign only when all three answers suit you."""

QUESTIONS_FOR_YOU = """A short conversation before the work starts prevents most disputes with a builder.

Who will be on site each day?
Many firms hand jobs to subcontractors. Ask for names, and ask who to call when the foreman is away.

How will you protect the rest of the house?
Dust travels everywhere. A careful builder seals doorways with plastic sheet and lays boards over the floors.

What are your payment stages?
Never pay more than a small deposit up front. Tie each payment to a finished stage you can see.

None of these questions is rude, and a good builder will have the answers ready."""


def test_short_questions_each_answered_in_a_paragraph_are_the_tips():
    """A checklist of questions to ask (yourself, or someone you hire): each question is a tip's headline."""
    assert headlines(QUESTION_CHECKLIST) == ["When will I actually go?", "What happens if I move?",
                                             "Is the joining fee negotiable?"]
    assert "Sign only" not in tips.split_text(QUESTION_CHECKLIST).tips[-1].text
    assert headlines(QUESTIONS_FOR_YOU) == ["Who will be on site each day?",
                                            "How will you protect the rest of the house?",
                                            "What are your payment stages?"]
    mixed = QUESTIONS_FOR_YOU.replace("\n\nNone of these", "\n\nPermits matter\nA wall may need approval."
                                      "\n\nNeighbours count\nThey hear every hammer blow.\n\nNone of these")
    assert headlines(mixed) == []  # a few question headings among sections headed by statements: no list
    for name in ("interview", "question-headings-interview"):  # questions to a guest stay an interview
        assert split(name)[1] == []


def test_a_heading_over_the_introduction_is_not_a_section_tip():
    text = """Winter care
Short days and dry radiators are hard on plants from the tropics. A few habits get most through to spring.

Water less often
Roots sit idle in low light and rot in wet compost. Let the top few centimetres dry out first.

Move them closer to the glass
A metre from a window gives a plant a fraction of the light it would get on the sill.

Group them together
Plants standing close raise the humidity around each other, and one tray catches every drip.

Keep them away from radiators
Hot, dry air browns the leaf tips within days."""
    assert headlines(text) == ["Water less often", "Move them closer to the glass", "Group them together",
                               "Keep them away from radiators"]
    essay = text.replace("Winter care\n", "Why winter matters\nThe air indoors is drier than a desert in January."
                         "\n\nCommon problems\nMost losses come from rot, not thirst, and from cold draughts.\n\n")
    assert headlines(essay) == headlines(text)  # sections that explain before the sections that advise
    stated = text.replace("Winter care\n", "The roots are asleep in winter\n")  # a first point stated as a clause
    assert headlines(stated)[0] == "The roots are asleep in winter" and len(headlines(stated)) == 5


def test_point_paragraphs_stop_at_the_conclusion_and_the_comments_under_it():
    text = """When I took over the library it had two chairs and a box of torn paperbacks. A term later children queued.

Label the shelves by topic. Children put books back where they found them when the shelf tells them where.

Keep the corner bright. A cheap lamp does more than a new carpet.

Rotate the books each month. New titles give everyone a reason to look again.

Let the children choose some of the stock. Books they picked get read.

The whole corner cost less than a new desk, and it has done more for reading than any scheme I have tried.

Want to write for us? Read our guidelines first.

Tamsin: Lovely idea, thank you.

Joe: We did the same with a rain gutter as a shelf."""
    assert headlines(text) == ["Label the shelves by topic.", "Keep the corner bright.",
                               "Rotate the books each month.", "Let the children choose some of the stock."]


def test_an_example_paragraph_belongs_to_the_point_before_it():
    text = """Food is the one budget line most families can shrink without feeling any poorer.

Plan the week's meals before you shop. A plan turns a list of wants into a list of needs.

For example, if Monday's roast leaves meat over, Tuesday can be a pie, and nothing extra goes on the list.

Shop after a meal. Hungry shoppers fill the trolley with snacks they never meant to buy.

Buy the shop's own brand. In blind tastings most people cannot tell the difference.

For instance, own-brand tinned tomatoes often come from the same cannery as the famous label.

Check the price per kilo, not the price per pack. Bigger packs are not always cheaper."""
    found = tips.split_text(text).tips
    assert [t.headline for t in found] == ["Plan the week's meals before you shop.", "Shop after a meal.",
                                           "Buy the shop's own brand.",
                                           "Check the price per kilo, not the price per pack."]
    assert "Monday's roast" in found[0].text and "cannery" in found[2].text
    lead_in = text.replace("feeling any poorer.", "feeling any poorer. Try these:")  # a list whose glyphs were lost
    found = tips.split_text(lead_in).tips
    assert [t.headline for t in found][::3] == ["Plan the week's meals before you shop.",
                                                "Check the price per kilo, not the price per pack."]
    assert len(found) == 4 and "Monday's roast" in found[0].text and "lost-glyphs" in found[0].flags


def test_a_nested_list_flattened_by_scraping_stays_inside_its_parent_item():
    """An item ending with a colon and a run of items of another shape under it (a nested <ul>/<ol> the reader
    renders at the same level): sub-points of that item, not tips of their own."""
    for marks in (["• "] * 4 + ["• "] * 3, ["1. ", "2. ", "3. ", "4. "] + ["1. ", "2. ", "3. "]):
        outer, inner = marks[:4], marks[4:]
        text = (f"Four rules keep my bag under seven kilos.\n\n{outer[0]}Pick the bag first. A small bag sets the "
                f"limit.\n{outer[1]}Lay everything out. Then remove a third:\n\n{inner[0]}spare shoes\n{inner[1]}"
                f"the second jumper\n{inner[2]}anything packed just in case\n\n{outer[2]}Wear the heavy things. "
                f"Boots and coat travel on you.\n{outer[3]}Buy toiletries there. Every town sells soap.\n\n"
                "That is all there is to it.")
        found = tips.split_text(text).tips
        assert [t.headline for t in found] == ["Pick the bag first.", "Lay everything out.",
                                               "Wear the heavy things.", "Buy toiletries there."], text
        assert "spare shoes" in found[1].text and "just in case" in found[1].text


def test_a_lost_glyph_item_with_an_unfamiliar_verb_keeps_the_list_going():
    text = """A few of you asked how to begin, so here is what I learned the hard way. Keep these in mind:

Use the proper thread. Ordinary floss splits; the right thread is twisted to stay round.
Pick a loosely woven cloth. If the needle will not take three stitches at once, the fabric is too tight.
Mark your grid lightly. A chalk wheel is enough, and it must wash out.
Load several stitches before pulling. The rhythm comes from rocking the needle.
Leave a little slack at every turn. Pulling tight at the corners puckers the cloth.

That's it really. Next week I will show the pattern I am working on."""
    assert headlines(text)[3:] == ["Load several stitches before pulling.", "Leave a little slack at every turn."]


def test_sharing_widgets_after_the_post_are_no_lead_in_list():
    text = """Here is what a year of no-dig beds taught me.

Start with cardboard, not newspaper. Newspaper blows away; cardboard smothers the grass for a season.

Water the cardboard first. Dry cardboard sheds water like a roof.

Slugs love the edges. A strip of gravel around each bed did more than any trap.

Be patient with the soil. By autumn the turf below had turned to dark crumbly earth.

Next year I am trying squash straight into a pile of leaves. Wish me luck!

Share this:
Twitter Facebook
Like this:
Like Loading...
Related
Saving tomato seed the lazy way
Why my leeks bolted"""
    assert headlines(text) == ["Start with cardboard, not newspaper.", "Water the cardboard first.",
                               "Slugs love the edges.", "Be patient with the soil."]


def test_a_newsletter_contents_list_is_not_a_list_of_tips():
    text = """In this issue:
1. Getting paid on time
2. Why your contact page matters
3. Reader mail and quick links

You receive this because you subscribed on our website."""
    assert headlines(text) == []


def test_one_point_per_line_of_similar_length_is_not_hard_wrapped_text():
    """Lines that each end a sentence, the next opening with a capital, are whole paragraphs however even their
    lengths: joining them as a wrap loses every point."""
    text = """How to sleep better
Set a fixed sleep schedule, even at weekends. Going to bed at one hour trains the body clock.
Build a calm routine before sleep. Put screens away an hour before bed and read paper instead.
Make the bedroom dark and cool. Keep it near seventeen degrees and block the street light.
Watch what you eat and drink at night. Heavy meals and coffee late in the day cost sleep.
Deal with worries before bed. Write them down early in the evening to empty your mind.
Over time these habits tell your body when it is time to rest."""
    assert len(tips.paragraphs(text)) == 7
    assert headlines(text)[0] == "Set a fixed sleep schedule, even at weekends." and len(headlines(text)) == 5


def test_a_question_label_is_no_part_of_a_headline():
    text = ("1. Question: Our lawn is half moss. Should we rake it out? -Kath\nOur expert says: Rake it, then "
            "spike the soil.\n2. Question: Do slugs mind copper tape? -Ron\nOur expert says: A little. Beer traps "
            "work better.\n3. Question: When is garlic ready? -Tom\nOur expert says: When a third of the leaves "
            "are brown.")
    assert headlines(text) == ["Our lawn is half moss.", "Do slugs mind copper tape?", "When is garlic ready?"]


def test_a_numbered_title_line_may_name_its_topic_before_the_number():
    text = """You can halve the bill in small steps, one a week.

Tip #1 - Never Shop Hungry
A full stomach keeps the trolley honest. Feed the children first too.

Grocery Tip #2 - Keep a Running List
Most purchases are made on impulse. A list on the fridge stops that.

Grocery Tip #3 - Try the Shop's Own Brand
It costs less and few people can taste the difference."""
    assert headlines(text) == ["Never Shop Hungry", "Keep a Running List", "Try the Shop's Own Brand"]


def test_qa_pairs_keep_a_credit_line_and_a_numbered_question_title_inside_the_pair():
    """"Question #2" over each "Question:", the reader's name on a line of its own, then "ANSWER:": the first
    pair is no advice column's letter, and the last pair keeps its answer past the name line."""
    text = """Question: My roses have black spots on every leaf. What can I do?

Ines, Porto

ANSWER: Pick off the spotted leaves and water at the base, never over the top.

Question #2

Question: Why do my sweet peas flower for only two weeks?

Dev, Bristol

ANSWER: Keep picking them. Once pods form the plant stops flowering.

Question #3

Question: Can I move a peony in spring?

Rosa, Lyon

ANSWER: Wait for autumn. Peonies moved in spring often sulk for years."""
    found = tips.split_text(text).tips
    # the reader's question is the heading whole, both its sentences (round 3; it was its first sentence)
    assert [t.headline for t in found] == ["My roses have black spots on every leaf. What can I do?",
                                           "Why do my sweet peas flower for only two weeks?",
                                           "Can I move a peony in spring?"]
    assert found[-1].text.endswith("sulk for years.")


def test_ordinal_points_inside_running_paragraphs_are_split_at_their_ordinals():
    text = """A good night's sleep is easy to lose and hard to win back.

A few things help. First, stop coffee after lunch. It stays in the blood for hours. Second, go to bed at the
same time every night, weekends too.

Third, keep the bedroom dark and quiet. Fourth, leave the phone in another room. Its light wakes the brain.

Finally, if you lie awake, get up and read until you feel tired.

With these habits you will be sleeping well within a fortnight."""
    assert headlines(text) == ["Stop coffee after lunch.", "Go to bed at the same time every night, weekends too.",
                               "Keep the bedroom dark and quiet.", "Leave the phone in another room.",
                               "If you lie awake, get up and read until you feel tired."]
    assert "A few things" not in tips.split_text(text).tips[0].text


def test_an_overview_list_restated_by_the_sections_below_is_not_counted_twice():
    """"Follow these four tips:" with four short bullets, then the same four points as numbered sections: the
    overview is a table of contents; the sections are the tips."""
    text = """Here is how to fit a nursery into a box room. Follow these four tips:

• Use the space on the walls
• Choose furniture that does two jobs
• Hang storage on the door
• Decorate to make the room look bigger

Idea #1: Use Wall Space
Shelves and a pegboard above the changing table keep the floor clear.

Idea #2: Furniture That Does Two Jobs
A cot with drawers underneath replaces a chest of drawers.

Idea #3: Door Storage
An over-the-door organiser holds nappies and creams within reach.

Idea #4: Decorate to Look Bigger
Pale walls and one mirror make a small room feel wider."""
    assert headlines(text) == ["Use Wall Space", "Furniture That Does Two Jobs", "Door Storage",
                               "Decorate to Look Bigger"]


def test_a_list_repeated_as_it_is_under_a_second_heading_is_no_overview():
    text = ("Basic model\n\n• Switches on by itself\n• Pairs with every phone\n• Charges in its case\n\n"
            "Deluxe model\n\n• Switches on by itself\n• Pairs with every phone\n• Charges on a mat or a cable")
    assert headlines(text) == ["Switches on by itself", "Pairs with every phone", "Charges in its case",
                               "Charges on a mat or a cable"]


def test_a_short_list_inside_one_point_paragraph_is_part_of_that_point():
    """Point paragraphs, one of which ends "… these to hand:" over three bare lines: the lines are that point's
    sub-points (the over-splitting family: sub-points counted as the article's points)."""
    text = """Moving house with a cat takes planning, and most of it happens before the van arrives.

Keep the cat in one quiet room on moving day. Put its bed, tray and water there and shut the door.

Pack a travel kit the night before. You will want these to hand:
a towel that smells of home
a bag of the usual food
the vet's phone number

Let it explore one room at a time. A whole new house at once is too much.

Keep it indoors for two weeks. It needs time to learn that this is home.

Most cats settle within a month."""
    found = tips.split_text(text).tips
    assert [t.headline for t in found] == ["Keep the cat in one quiet room on moving day.",
                                           "Pack a travel kit the night before.",
                                           "Let it explore one room at a time.", "Keep it indoors for two weeks."]
    assert "vet's phone number" in found[1].text


def test_labelled_questions_with_unlabelled_answers_are_qa_pairs():
    text = """ASK THE GARDENERS

Q. Our hardy mums flower well but never survive the winter. We mulched them with leaves. What are we doing wrong?
Do not mulch mums with leaves: the leaves pack down and smother them. Give them a well-drained soil instead.
Where the ground freezes and thaws, lay evergreen boughs over the plants.

Q. Our cucumbers taste bitter this year. Is it the gourds planted next to them?
No. Bitterness comes from sharp swings of temperature, not from the gourds. Water evenly in hot spells.

Q. How late can I plant tulips?
Until the ground freezes. Plant them deeper than the packet says if the winter is mild."""
    found = tips.split_text(text).tips
    # a question of a line is the heading whole (round 3), even of three sentences (round 9: SPEC's "a question
    # heading is the question whole when it is a line", as two blind hands labelled such lines); a longer letter is
    # headed by its first sentence (tests/stages/tips/test_question_lines.py)
    assert [t.headline for t in found] == ["Our hardy mums flower well but never survive the winter. We mulched them "
                                           "with leaves. What are we doing wrong?",
                                           "Our cucumbers taste bitter this year. Is it the gourds planted next to "
                                           "them?",
                                           "How late can I plant tulips?"]
    assert found[0].text.endswith("over the plants.") and "Bitterness" not in found[0].text


def test_questions_opening_their_own_answer_paragraphs_are_the_tips():
    text = """Before you buy anything, I ask three things at the till.

Where will it live? If I cannot name the shelf, it ends up on a chair and then on the floor.

What will it replace? For every object that comes in, one goes out, or nothing comes in.

Would I pay the full price? Discounts make bad purchases feel clever, and they are not.

Try the three questions for a month and see what stays on the shelf."""
    found = tips.split_text(text).tips
    assert [t.headline for t in found] == ["Where will it live?", "What will it replace?",
                                           "Would I pay the full price?"]
    assert "Try the three" not in found[-1].text


def test_bullets_of_another_glyph_between_items_of_one_list_are_sub_points():
    text = ("Three rules for a light bag.\n\n• Pick the bag first. A small bag sets the limit.\n"
            "• Pack in layers. Choose clothes that go together\n– one warm jumper\n– one rain shell\n"
            "• Wear the heavy things. Boots and coat travel on you.\n\nSafe travels.")
    found = tips.split_text(text).tips
    assert [t.headline for t in found] == ["Pick the bag first.", "Pack in layers.", "Wear the heavy things."]
    assert "rain shell" in found[1].text


def test_a_thread_numbered_one_slash_is_a_numbered_list():
    text = ("Notes from a thread I wrote for my team.\n1/ Describe what you saw. Not what you think it means.\n"
            "2/ Be specific about one thing.\n3/ Give it soon. A month later is archaeology.\nThat's it.")
    assert headlines(text) == ["Describe what you saw.", "Be specific about one thing.", "Give it soon."]
    assert headlines("Mix 1/2 cup flour with 1/4 cup milk.\n3/4 of it goes in the tin.") == []


# One line per branch of tips.GUARD (issue 19: the gate before the regex must let each of them through).
GUARD_LINES = ["About the Author", "Author's Bio", "Author Resource", "Resource Box", "Copyright 2005 Jo",
               "© Jo Smith", "(c) 2004 Jo", "(C) Jo Smith, 2004", "All Rights Reserved", "Share and Enjoy",
               "Tags: sleep", "Leave a Reply", "No Comments", "Post a Comment", "Related Posts", "< Back to Page 1",
               "4 thoughts on \u201cSleep\u201d", "6 replies", "2 Responses to \"Sleep\"", "12 comments:",
               "said Jo. About the author - Jo", "You are free to publish it", "This is licensed under CC BY",
               "It is used with permission.", "ABOUT THE AUTHOR", "ſhare and enjoy", "1.2K Followers"]


@pytest.mark.parametrize("line", GUARD_LINES)
def test_guard_gate_lets_every_guard_branch_through(line):
    body = "Keep a fixed bedtime and a dark room every night.\n" * 4 + line
    assert tips.GUARD.search(body), line
    assert tips.paras.may_guard(body) and tips.paras.has_guard(body)
    assert tips.guard_offset(body) < len(body)


def test_guard_gate_skips_bodies_without_end_matter():
    assert not tips.paras.may_guard("Keep a fixed bedtime.\n1. Smile.\n2. Listen.\n" * 5)


# ------------------------------------------------------------------------------------------------ round 3 (issue 16)

NOUN_PHRASE_POINTS = """A week on a canal boat is slow by design. Before you hire one, weigh up the following:

Where the boat starts. A yard near a ring of waterways lets you loop back without retracing a single lock.

How many locks a day you can face. Each one takes twenty minutes of winding and pushing, more in a queue.

What the galley holds. Some boats have a full oven; others a two-ring hob and a kettle.

Who steers. Two people who can both handle the tiller make every lock half the work.

Get these four right and the rest of the week looks after itself, one bend of the canal at a time."""


def test_noun_phrase_points_after_a_lead_in_are_a_list_whose_glyphs_were_lost():
    """Short noun-phrase leads ("Where the boat starts.", "What the galley holds.") each explained after it, under
    a lead-in: one item per paragraph; the closing sentence after them is no item."""
    assert headlines(NOUN_PHRASE_POINTS) == ["Where the boat starts.", "How many locks a day you can face.",
                                             "What the galley holds.", "Who steers."]
    closing = NOUN_PHRASE_POINTS.replace("Get these four right and the rest of the week looks after itself, one "
                                         "bend of the canal at a time.",
                                         "Book a short trial day before you commit, and ask the yard to show you "
                                         "the engine checks.")
    assert len(headlines(closing)) == 4  # an imperative one-sentence closing is the conclusion, not a fifth point


CLUB_FAQ = """Harbour Choir - questions from new singers

Q1. Do I have to read music?
A. No. Most of our members learn by ear from the practice recordings.

Q2. What if I miss a rehearsal?
A. Listen to that week's recording before the next one and ask your section leader.

Q3. Is there an audition?
A. There is a short, friendly voice check so we know which part suits you.

This page may be passed on as long as it is kept whole."""


def test_a_faq_with_numbered_question_labels_gives_one_tip_per_question():
    assert headlines(CLUB_FAQ) == ["Do I have to read music?", "What if I miss a rehearsal?", "Is there an audition?"]


QUESTION_HEADINGS_FACTS = """A tent is bought once and used for years. Ask yourself three questions before you pay.

Two skins or one?

A double wall keeps condensation off your sleeping bag; a single wall saves weight.

How windy is the site?

Low domes shrug off gusts that flatten tall cabins.

How many nights a year will it see?

Cheap poles bend after a season of regular use."""


def test_question_headings_answered_with_facts_are_tips_when_no_guest_is_asked():
    """Questions headed over plain answers (no "I" or "you" to a guest, no advice verb) are a checklist, not an
    interview; questions put to a guest still are one."""
    assert headlines(QUESTION_HEADINGS_FACTS) == ["Two skins or one?", "How windy is the site?",
                                                  "How many nights a year will it see?"]
    for name in ("interview", "question-headings-interview"):
        assert split(name)[1] == []


def test_a_question_heading_of_two_sentences_is_the_headline_whole():
    text = """Readers ask, our nurse answers.

My toddler skips breakfast most days. Is that a problem?
Rarely. Small children eat in waves, and a good lunch makes up for it.

How much water does a child need in summer?
Offer a drink with every meal and after play; pale urine is the sign it is enough.

Can I give honey for a cough?
Only after the first birthday. Before that it can carry spores a baby cannot fight."""
    assert headlines(text) == ["My toddler skips breakfast most days. Is that a problem?",
                               "How much water does a child need in summer?", "Can I give honey for a cough?"]


PROMISED_SECTIONS = """Most leaks give warning long before the ceiling stains. Look out for these.

The meter turns with every tap off

A moving dial when nothing runs means water is going somewhere you cannot see.

The paint bubbles near the skirting

Damp behind plaster lifts the paint in blisters first.

The bill jumps without a reason

A rise of a third in one quarter is rarely a change in habits."""


def test_as_many_headed_sections_as_the_title_promises_are_the_tips():
    """Sections headed by statements (no advice verb) are the tips when the title promises that many of them."""
    found = tips.split_text(PROMISED_SECTIONS, title="Three Signs Of A Hidden Leak").tips
    assert [t.headline for t in found] == ["The meter turns with every tap off", "The paint bubbles near the skirting",
                                           "The bill jumps without a reason"]
    assert tips.split_text(PROMISED_SECTIONS, title="Our New Bathroom").tips == ()  # no promise: an essay's sections


def test_a_long_advice_heading_over_the_first_section_is_a_section_not_the_title():
    text = """We keep bees on an allotment. Every spring teaches the same lessons again.

Check the stores before you open the hive on a cold day

Heft the box from behind; a light hive needs fondant now, not next week.

Mark the queen

A dab of paint saves an hour of searching every inspection.

Add space early

Colonies swarm when the brood nest is full.

Keep notes

One line per visit shows the trend that memory misses."""
    assert headlines(text)[:2] == ["Check the stores before you open the hive on a cold day", "Mark the queen"]


def test_lettered_roman_and_emoji_markers_are_list_markers_and_no_part_of_the_headline():
    lettered = ("Three habits of tidy kitchens.\n\na) Wipe as you go. A spill is easy while it is wet.\n\n"
                "b) Empty the sink before bed. Morning starts cleaner.\n\nc) Keep one drawer for tools. "
                "Nothing else goes in it.")
    assert headlines(lettered) == ["Wipe as you go.", "Empty the sink before bed.", "Keep one drawer for tools."]
    bracketed = lettered.replace("a) ", "(a) ").replace("b) ", "(b) ").replace("c) ", "(c) ")
    assert headlines(bracketed) == headlines(lettered)
    roman = lettered.replace("a) ", "i. ").replace("b) ", "ii. ").replace("c) ", "iii. ")
    assert headlines(roman) == headlines(lettered)
    emoji = lettered.replace("a) ", "1\ufe0f\u20e3 ").replace("b) ", "2\ufe0f\u20e3 ").replace("c) ", "3\ufe0f\u20e3 ")
    assert headlines(emoji) == headlines(lettered)
    circled = lettered.replace("a) ", "\u2460 ").replace("b) ", "\u2461 ").replace("c) ", "\u2462 ")
    assert headlines(circled) == headlines(lettered)
    # a numbered list with lettered sub-points keeps its own items
    nested = ("1. Clear the worktop. You need room.\n   a) move the kettle\n   b) stack the post\n"
              "2. Wipe it down. Use hot water.\n3. Put back only what you use daily. The rest goes in a cupboard.")
    assert headlines(nested) == ["Clear the worktop.", "Wipe it down.", "Put back only what you use daily."]
    assert headlines("c. 1850 the mill was built.\n\nIt burnt down in 1901.") == []


def test_a_short_lead_before_a_colon_is_the_headline():
    """SPEC: a lead ending in a colon ("Go vertical: a trellis …") is the item's lead, bold or not."""
    text = ("Our balcony is tiny. These tricks made it a room.\n\n1. Go vertical: a ladder shelf holds twenty pots.\n"
            "2. Choose folding furniture, so the table disappears.\n3. Hang a mirror: it doubles the light.\n")
    assert headlines(text) == ["Go vertical", "Choose folding furniture, so the table disappears.", "Hang a mirror"]
    labels = ("Keep it simple.\n\n1. Remember: the soil is cold in March.\n2. Sow thinly in rows.\n"
              "3. My grandmother always said: never water at noon.\n")
    assert headlines(labels) == ["Remember: the soil is cold in March.", "Sow thinly in rows.",
                                 "My grandmother always said: never water at noon."]
    # in a list of colon leads a one-word lead is one too: the items of one list are headed alike
    listed = ("Before the launch, tidy your profile.\n\n• Bio: say what you do in one line.\n"
              "• Profile picture: use a face, not a logo.\n• Pinned post: pick the one that still matters.\n")
    assert headlines(listed) == ["Bio", "Profile picture", "Pinned post"]
    speakers = ("Readers sent their tricks.\n\n1. Maria Lopez: I freeze grapes as ice cubes.\n"
                "2. Tom Baker: I keep a jug of water in the fridge.\n3. Ana Ruiz: My bottle goes to work with me.\n")
    assert headlines(speakers)[0] == "Maria Lopez: I freeze grapes as ice cubes."  # a speaker's words, no lead


def test_point_paragraphs_end_at_the_conclusion_and_the_site_lines_under_it():
    text = """Clutter creeps. A box here, a bag there, and a year later the hall is a storeroom.

Start with the floor. Anything on it either gets a shelf or leaves the house this week.

Give every object one home. When a thing lives in one place, you stop buying it twice.

Keep a charity bag by the door. Fill it as you go and drop it off when it is full.

Put a date on every box in the loft. Unopened after a year, it goes.

None of this needs a weekend, and the space comes back a little every day.

Popular this month: Decluttering Wardrobes Thoroughly Revisited · Is Minimalism Genuinely Worthwhile?
HomeLinks gathers posts from independent writers. Powered by LinkPress."""
    assert headlines(text) == ["Start with the floor.", "Give every object one home.",
                               "Keep a charity bag by the door.", "Put a date on every box in the loft."]


def test_a_title_opening_with_its_count_promises_that_many_headed_points():
    text = """A windowsill is enough for a cook's herbs. These three earn their place.

Basil
It sulks below fifteen degrees, so it wants the sunniest pane.

Mint
A pot of its own, or it strangles everything sharing the trough.

Chives
The flowers are as good in a salad as the leaves."""
    found = tips.split_text(text, title="Three Herbs For A Kitchen Windowsill").tips
    assert [t.headline for t in found] == ["Basil", "Mint", "Chives"]
    days = text.replace("Basil", "Day one").replace("Mint", "Day two").replace("Chives", "Day three")
    assert tips.split_text(days, title="Three Days On A Kitchen Windowsill").tips == ()  # a span of time: a story


def test_an_aggregators_truncated_teasers_under_the_article_are_no_points():
    """Excerpts of other posts cut off with an ellipsis (their "Read more" gone) follow the article's conclusion:
    they are teasers, neither points nor a reason to count the conclusion as one."""
    text = """Rain stops the digging, not the gardening. These are the jobs I save for a wet Saturday.

Sharpen every blade in the shed. A clean cut heals faster than a torn one.

Sort the seed tin. Throw out anything older than three years and note what needs buying.

Wash the pots. Old compost carries last year's diseases into this year's seedlings.

Plan the beds on paper. Moving a plant on paper costs nothing.

By Sunday evening the shed is ready for spring.

Keep the soil covered over winter. Bare ground loses its structure in the rain, so sow a green manure or...

Feed the birds now. A garden full of blue tits in winter is a garden with fewer caterpillars in…

Prune the apple trees before the buds swell. Cut out anything crossing, dead or rubbing..."""
    assert headlines(text) == ["Sharpen every blade in the shed.", "Sort the seed tin.", "Wash the pots.",
                               "Plan the beds on paper."]


def test_a_recipes_closing_serving_note_is_no_method_step():
    """A recipe's method as paragraphs: the one-line "Serve …" note after the last step is no step, as it sits
    under a numbered method's list (the labelled pages agree)."""
    text = """Ingredients
2 leeks
30 g butter
1 litre stock

Method

Wash the leeks well and slice them into thin rings. Grit hides between the layers.

Melt the butter and sweat the leeks for ten minutes without letting them colour.

Pour in the stock and simmer for twenty minutes.

Blend until smooth and season to taste.

Serve hot, with a spoonful of cream on top and plenty of bread."""
    assert headlines(text) == ["Wash the leeks well and slice them into thin rings.",
                               "Melt the butter and sweat the leeks for ten minutes without letting them colour.",
                               "Pour in the stock and simmer for twenty minutes.",
                               "Blend until smooth and season to taste."]
    assert len(headlines(text.replace("Ingredients\n2 leeks\n30 g butter\n1 litre stock\n\nMethod\n\n", ""))) == 5
    explained = text.replace("plenty of bread.", "plenty of bread. It thickens as it stands.")
    assert len(headlines(explained)) == 4  # a note with its reason is still the note


def test_word_processor_bullets_are_list_markers():
    """An "o" (the second-level bullet of word processors, kept as a letter by plain-text exports) and the
    private-use bullet of Symbol fonts are bullets, not part of the headline."""
    text = ("Four habits keep the cash coming in:\n\n  o Invoice the day the work is done.\n"
            "  o State the payment terms on every invoice.\n  o Phone when a bill is a week overdue.\n\n"
            "Small firms that do all three rarely chase money.")
    assert headlines(text) == ["Invoice the day the work is done.", "State the payment terms on every invoice.",
                               "Phone when a bill is a week overdue."]
    assert headlines(text.replace("  o ", "\uf0b7 ")) == headlines(text)
    assert headlines("o dear, it rained.\n\no well, we went anyway.") == []


def test_a_short_whole_sentence_or_a_sign_off_after_noun_phrase_points_closes_the_list():
    text = """Choosing a used car? Look hard at these things before you sign:

The service history. Gaps of more than a year usually mean nobody was looking after it.

The tyres. Four different brands tell you the owner bought the cheapest each time.

The smell inside. Damp carpets mean a leak, and leaks are hard to find.

Buy slowly and the car will repay you."""
    assert headlines(text) == ["The service history.", "The tyres.", "The smell inside."]
    dashed = ("Keep a few things in your hand luggage:\n\nA spare shirt - if the bag goes missing you still look "
              "human.\n\nYour medicines - never in the hold.\n\nA pen - every border form assumes one.\n\n"
              "Safe travels.")
    assert len(headlines(dashed)) == 3  # "Safe travels." signs off


def test_a_closing_paragraph_that_generalises_before_its_advice_is_no_point():
    text = """Coming back to swimming after years away feels harder than learning did.

Forget your old times for a month. Swim by feel, and stop when your stroke falls apart.

Book the quiet sessions. Early mornings and late evenings give you a lane to yourself.

Buy new goggles. Old straps perish and the seal leaks halfway down the pool.

Swim twice a week rather than every day. Your shoulders need the rest.

Most returning swimmers find the water again sooner than they feared. Be patient and you'll be surprised."""
    assert headlines(text)[-1] == "Swim twice a week rather than every day."


def test_a_point_whose_colon_lead_names_no_known_verb_advises_after_the_colon():
    text = """Cold calls still work if you respect the person you are calling.

Research first: know what the company sells before you dial.

Ask for two minutes: people say yes to a short request.

Listen more than you talk: the prospect will tell you what they need.

Follow up in writing: a short e-mail the same day shows you listened.

Done well, a cold call is just a conversation."""
    assert headlines(text) == ["Research first", "Ask for two minutes", "Listen more than you talk",
                               "Follow up in writing"]


def test_capital_letters_with_a_full_stop_number_a_list():
    text = ("Rust comes off cast iron with patience.\n\nA. Scrub to bare metal with steel wool.\n\n"
            "B. Wash it once with hot soapy water.\n\nC. Dry it on a low flame.\n\nCook bacon in it first.")
    assert headlines(text) == ["Scrub to bare metal with steel wool.", "Wash it once with hot soapy water.",
                               "Dry it on a low flame."]


def test_points_led_by_a_colon_stay_a_list_over_a_credit_and_a_permission_note_after_them():
    text = """Our usual writer is away, so a reader who flies a lot with small children takes over this week.

I have flown long-haul with my son six times. Most advice I got was wrong. Here is what I tell friends now.

Book the bulkhead twice: airlines shuffle seats, so ring three days before and check it is still yours.

Pack one bag, not three: a single backpack with nappies, a change of clothes and snacks is all you can carry.

Wrap new toys: cheap, small and wrapped in paper, because unwrapping buys as much time as playing.

You will get some looks on the way. Most people on a plane have been that parent or will be one day soon.

This guest post was written by a reader who writes about travel with children on her own small blog.

Want to share this post? Please ask the author first, as she has not given permission for any copies."""
    assert headlines(text) == ["Book the bulkhead twice", "Pack one bag, not three", "Wrap new toys"]


def test_yes_or_no_questions_to_the_reader_are_a_checklist_not_an_interview():
    text = """Before you book a long walk, ask yourself four things.

Can you walk three hours without a rest?

Not fast, just steadily. The route assumes you can.

Do your boots fit with thick socks?

Blisters start in the first hour.

Do you have a map that works without a signal?

Phones lose their signal in the valleys.

Can you turn back if the weather closes in?

The hill will still be there next month."""
    assert len(headlines(text)) == 4
    for name in ("interview", "question-headings-interview"):
        assert split(name)[1] == []


def test_a_lost_glyph_list_of_line_pairs_gives_one_item_per_pair():
    """Each point a short line with its explanation on the next line, a blank line between points."""
    text = ("Before your first night in a tent, keep the following in mind:\n\nArrive in daylight.\n"
            "Pitching is twice as hard in the dark.\n\nPractise at home.\nOne night in the garden shows what you "
            "forgot.\n\nBring earplugs.\nRain on nylon is loud.\n\nWords and pictures: a reader")
    assert headlines(text) == ["Arrive in daylight.", "Practise at home.", "Bring earplugs."]


def test_markdown_headings_numbered_as_items_are_a_numbered_list():
    text = ("Most offices lose data to accidents.\n\n## 1. Keep three copies\n\nTwo kinds of storage, one off site.\n\n"
            "## 2. Automate it\n\nA backup that needs remembering gets skipped.\n\n## 3. Test a restore\n\n"
            "An untested backup is a hope.")
    assert headlines(text) == ["Keep three copies", "Automate it", "Test a restore"]


def test_a_contents_heading_left_over_a_list_of_explained_items_does_not_hide_them():
    """A page's "Table of contents" line whose entries were dropped sits right above the real list: items with a
    paragraph each are the article's parts, not a contents list (one-line entries under it still are)."""
    text = ("Limescale never quite shifts with normal cleaning.\n\nTable of contents\n\n"
            "✔ Wrap the tap in a vinegar cloth\n\nLeave it for an hour and the crust wipes away.\n\n"
            "✔ Rub the spout with lemon\n\nIt works on light deposits.\n\n"
            "✔ Dry the taps after use\n\nScale is left when water evaporates.")
    assert headlines(text) == ["Wrap the tap in a vinegar cloth", "Rub the spout with lemon", "Dry the taps after use"]
    contents = "In this issue:\n\n• Spring sowing\n• Pruning roses\n• Readers' letters\n\nSpring is early this year."
    assert headlines(contents) == []


def test_step_n_of_m_markers_and_a_tools_list_under_its_cue():
    text = ("Regrouting takes a weekend.\n\nTools you'll need:\n- grout rake\n- bucket and sponge\n- grout float\n\n"
            "Step 1/3 — Rake out the old grout. Go two-thirds deep.\n\nStep 2/3 — Press in the new grout. Work "
            "across the joints.\n\nStep 3/3 — Keep the shower off for a day. Fresh grout needs time.")
    assert headlines(text) == ["Rake out the old grout.", "Press in the new grout.", "Keep the shower off for a day."]
    assert headlines(text.replace("Step 1/3", "Step 1 of 3").replace("Step 2/3", "Step 2 of 3")
                     .replace("Step 3/3", "Step 3 of 3"))[0] == "Rake out the old grout."


def test_arrows_are_bullets():
    text = ("Saving seed is easy.\n\n→ Choose open-pollinated varieties. Hybrids do not come true.\n"
            "→ Pick the best fruit. Leave it until soft.\n→ Ferment the seeds. Three days in water.\n\nTry it.")
    assert headlines(text) == ["Choose open-pollinated varieties.", "Pick the best fruit.", "Ferment the seeds."]


def test_any_pictograph_before_a_space_is_a_bullet_and_like_counts_are_chrome():
    text = ("Podcasts taught me Portuguese.\n\n\U0001f539 Start with a show for learners. Slow speech helps.\n\n"
            "\U0001f539 Listen to each episode three times. Once for the gist.\n\n"
            "\U0001f539 Shadow a minute a day. Say it aloud.\n\nNext month: subtitles.")
    assert headlines(text) == ["Start with a show for learners.", "Listen to each episode three times.",
                               "Shadow a minute a day."]
    assert headlines("\u00a9 2009 Jo Smith\n\u00a9 2010 Jo Smith") == []
    assert tips.paras.CHROME_LINE.match("14 likes · 6 comments · Share")


def test_a_countdown_from_ten_to_one_is_a_numbered_list_headed_by_its_dash_leads():
    """A listicle that counts down to its best point ("10 – …" … "1 – …"), each item a lead, a spaced dash and its
    explanation: one tip per number, headed by the lead as a colon lead would be."""
    items = ["Fix the dripping tap – a washer costs pennies.", "Shorten the shower – four minutes is plenty.",
             "Run full loads – a half-empty machine uses the same water.", "Get a meter – you pay for what you use."]
    text = "My favourite fixes, counting down.\n\n" + "\n\n".join(
        f"{len(items) - k} – {item}" for k, item in enumerate(items)) + "\n\nYour bill will show it."
    assert headlines(text) == ["Fix the dripping tap", "Shorten the shower", "Run full loads", "Get a meter"]
    assert headlines(text.replace("1 – ", "5 – ")) == []  # 4, 3, 2, 5: no sequence
    # one dash in one item of a list is an aside, not the list's way of heading its items
    plain = "Tips:\n\n1. Keep it short – nobody reads long emails.\n\n2. Answer the same day.\n\n3. Sign your name."
    assert headlines(plain)[0] == "Keep it short – nobody reads long emails."


def test_a_title_line_numbered_with_a_hash_after_any_words_starts_an_item():
    """"Reader Letter #1" on its own line, then the letter's title and text: a numbered item like "Tip #1"."""
    text = ("Three letters from the archive.\n\nReader Letter #1\nThe Laundry Escape\nI load the machine and leave "
            "the room.\n-- Karl, Phoenix\n\nReader Letter #2\nOdd Days, Even Days\nEach child had a day to choose "
            "the seat.\n-- Mary, Ohio\n\nReader Letter #3\nPhotos Before Parting\nI photograph things before I "
            "give them away.\n-- Joan, Leeds\n\nKeep writing in!")
    assert headlines(text) == ["The Laundry Escape", "Odd Days, Even Days", "Photos Before Parting"]
    assert headlines("Channel #5 is on at nine. We watched it.\n\nChannel #6 is on at ten. We did not.") == []


def test_a_label_line_repeated_under_each_section_is_part_of_the_section_not_one_of_its_own():
    """"Tip:" (or "Why it works") on its own line under every section labels the section's extra line: the
    sections are the tips, headed by their titles, each with its label and extra line inside."""
    text = ("A few habits make sleep come easier.\n\nKeep the Same Bedtime\nThe body clock likes routine.\nTip:\n"
            "Set a reminder half an hour before bed.\n\nMake the Room Dark\nLight tells the brain it is day.\nTip:\n"
            "Tape over the standby lights.\n\nPut the Phone Away\nScreens keep the mind busy.\nTip:\n"
            "Charge it in another room.\n\nGive it two weeks before judging.")
    found = tips.split_text(text).tips
    assert [t.headline for t in found] == ["Keep the Same Bedtime", "Make the Room Dark", "Put the Phone Away"]
    assert found[0].text.endswith("Tip:\n\nSet a reminder half an hour before bed.")


def test_readers_tips_each_signed_by_their_contributor_are_one_tip_each():
    """A newsletter's mailbag: each reader's tip ends with a credit, after its last sentence ("… -- Liam, Cork")
    or on a line of its own ("Jeff, Bristol"); the introduction and the call for more tips are no tips."""
    tail = ("This week the mailbag overflowed.\n\n"
            "I wrap banana stems in cling film. They last almost a week longer on the counter and still taste "
            "fine. -- Dora P., Ohio\n\n"
            "When a jam jar is nearly empty, I shake warm milk in it and pour it on porridge. Nothing goes to "
            "waste. -- Liam K., Cork\n\n"
            "I cut dryer sheets in half. They work just as well and the box lasts twice as long as before. "
            "-- Priya S., email\n\nGot a tip? Send it in.")
    assert headlines(tail) == ["I wrap banana stems in cling film.", "When a jam jar is nearly empty, I shake warm "
                               "milk in it and pour it on porridge.", "I cut dryer sheets in half."]
    lines = ("Ideas for the food bill.\n\nIf you are paid every fortnight, two months a year have a third payday. "
             "Put those straight into savings.\nJeff, Bristol\n\nI keep cheese in a zip bag with a sugar cube in "
             "the corner and it stays free of mould.\nKaren, Leeds\n\nPut cling film right onto leftover soured "
             "cream before closing the tub, so no air is left.\nCarol, by email")
    assert [t.headline for t in tips.split_text(lines).tips] == [
        "If you are paid every fortnight, two months a year have a third payday.",
        "I keep cheese in a zip bag with a sugar cube in the corner and it stays free of mould.",
        "Put cling film right onto leftover soured cream before closing the tub, so no air is left."]
    sayings = "Our team.\n\n" + "\n\n".join(f"{q}\n\n{n}, Shabka" for q, n in [
        ("Doubt everything.", "Lukas Wank"), ("I am for people.", "Anna Rass"), ("Think twice.", "Paul Winter")])
    assert headlines(sayings) == []  # one-line sayings signed by names: a team page


def test_a_readers_letter_ending_in_a_question_heads_its_answer_among_short_questions():
    """An unlabelled Q&A column: the first reader writes a paragraph ("My roses … What am I doing wrong?"), the
    others ask in a line. The letter heads its answer too, by its first sentence (SPEC: a longer letter)."""
    text = ("My roses have black spots on the leaves and the leaves fall before the end of summer. I spray them "
            "every fortnight with something from the garden centre. What am I doing wrong?\n\n"
            "Black spot lives on fallen leaves. Rake up every leaf in autumn and bin them, and water the soil, "
            "not the leaves.\n\nCan you tell me how to stop pigeons eating my cabbages?\n\n"
            "Net them. Scarers only work for a week or two.\n\nWhen should I move a peony?\n\n"
            "In early autumn, while the soil is still warm, at exactly the same depth.\n\n"
            "Why do my tomatoes split?\n\nUneven watering. Water little and often, and mulch.")
    assert headlines(text) == [
        "My roses have black spots on the leaves and the leaves fall before the end of summer.",
        "Can you tell me how to stop pigeons eating my cabbages?", "When should I move a peony?",
        "Why do my tomatoes split?"]


NEWS_STORY = ("The city council voted on Tuesday to close the old swimming baths at the end of the season, after a "
              "survey found the roof beyond repair. Campaigners said they would appeal. The baths opened in 1911 and "
              "were the first in the county with heated water. Attendance had fallen by a third over ten years, the "
              "council's report said, while repair costs had doubled. ") * 4


def test_a_fact_box_or_a_box_of_links_in_a_news_story_is_no_list_of_tips():
    """A news page carries a short list that is not the article's point: figures, a promotion, links to other
    stories (emoji-bulleted or not). Among prose that never speaks to the reader it gives no tips; the same list in
    advice prose (that says "you") stays a list, and so does one the title promises."""
    story = NEWS_STORY.replace("Campaigners said", "\n\nCampaigners said")
    boxes = ["\U0001f4ca 33% of swimmers came from outside the city\n\U0001f4ca 1911 the year the baths opened\n"
             "\U0001f4ca 40 staff will move to other sites",
             "Read more:\n\u2022 Why the library hours are changing\n\u2022 The bus station plan, explained\n"
             "\u2022 A new mayor for the county"]
    for box in boxes:
        assert headlines(f"{story}\n\n{box}\n\n{story}") == []
    advice = ("If you swim in winter, you will want to plan the trip so you stay warm after you get out. " * 12)
    packing = "Pack these:\n\u2022 A woolly hat for after\n\u2022 A flask of hot tea\n\u2022 Two towels, not one"
    assert len(headlines(f"{advice}\n\n{packing}\n\n{advice}")) == 3


def test_paragraphs_opening_with_a_run_in_head_and_a_dash_are_points_headed_by_it():
    """An old household book typed up: each hint a paragraph opening with its head, a full stop and a dash ("To
    Set the Colour of Prints.—Steep …"), no imperative in the head; one word is a head too among such heads. A log
    of dated entries in the same layout ("October 20: ACCIDENT – …") is no list of points."""
    hints = ["To Whiten Old Linen.—Soak it overnight in cold water with borax, then dry it on the grass.",
             "To Set the Colour of Prints.—Steep the garment in salt water before the first wash.",
             "For Ink on White Cotton.—Cover the spot with salt and squeeze lemon over it at once.",
             "Woollens.—Never wring them; press the water out between towels and dry them flat."]
    text = "These hints will serve every young housekeeper.\n\n" + "\n\n".join(hints) + \
        "\n\nTranscriber's note: the spelling is kept as printed."
    assert headlines(text) == ["To Whiten Old Linen", "To Set the Colour of Prints", "For Ink on White Cotton",
                               "Woollens"]
    log = "Police reports for the week.\n\n" + "\n\n".join(
        f"October {d}: ACCIDENT – A car driven by a man from {town} hit a deer on the county road at night."
        for d, town in [(20, "Pana"), (21, "Ashland"), (22, "Moweaqua"), (23, "Tovey")])
    assert headlines(log) == []


def test_a_bullet_glyph_alone_on_its_line_marks_the_item_under_it():
    """An HTML e-mail's table puts the glyph in one cell and the item in the next: as text, "▸" alone on a line,
    a blank line, then the item. The glyph still marks the item."""
    text = ("After twelve years of club walks, this stays in my bag.\n\n\u25b8\n\nA layer more than you think. The top "
            "is colder.\n\n\u25b8\n\nFood you will eat when tired. Something salty.\n\n\u25b8\n\nA paper map in a bag. "
            "Phones die in the cold.")
    assert headlines(text) == ["A layer more than you think.", "Food you will eat when tired.",
                               "A paper map in a bag."]


@pytest.mark.parametrize("closing", ["Hope this helps someone. Pictures in my album.", "Let me know how you get on!",
                                     "Got a tip of your own? Post it below.", "Do you have any other tricks? Share "
                                     "them in the comments.", "What are your favourite tips?", "Over to you.",
                                     "Give it a try this weekend.", "And that is it: a tidy shed."])
def test_a_forum_or_blog_sign_off_after_the_last_point_is_no_point(closing):
    text = ("Here is what worked for me:\n\nSow in February, not April. Chillies need a long season.\n"
            "Turn the pots every day. Otherwise they lean to the glass.\nPot on in stages. Never straight into a "
            f"big one.\nFeed with tomato food once the flowers appear.\n\n{closing}")
    assert headlines(text) == ["Sow in February, not April.", "Turn the pots every day.", "Pot on in stages.",
                               "Feed with tomato food once the flowers appear."]


def test_checklist_boxes_are_bullets_and_a_two_sentence_question_line_is_a_heading_whole():
    """A tip sheet printed as a checklist ("[ ] Chop it small: …", "☐ …"); a reader's question of one line in two
    sentences, up to twenty words, heads its answer whole (SPEC)."""
    sheet = ("Compost in five habits.\n\n[ ] Balance greens and browns: equal buckets of each.\n"
             "[ ] Chop it small: thumb-sized pieces rot fast.\n[ ] Turn it monthly: air feeds the heap.\n\n"
             "Happy heaps!")
    assert headlines(sheet) == ["Balance greens and browns", "Chop it small", "Turn it monthly"]
    assert headlines(sheet.replace("[ ] ", "\u2610 ")) == headlines(sheet)
    q = ("Readers ask.\n\nMy old collie limps every frosty morning but is fine by lunchtime. Is it just age?\n"
         "Probably stiff joints. Ask the vet about a joint supplement.\n\nShould I walk him less?\n"
         "Shorter, more frequent walks suit old dogs.\n\nIs a coat worth it?\nFor thin-coated dogs, yes.")
    assert headlines(q)[0] == "My old collie limps every frosty morning but is fine by lunchtime. Is it just age?"


def test_lost_glyph_items_end_where_the_indentation_or_a_welcome_ends_them():
    """Items indented under "consider these:" (glyphs lost) end at the first paragraph back at the margin; a
    greeting sign-off ("Welcome to Seoul.") after advice items is no item, its verb notwithstanding."""
    items = ["Rent near a subway line, not near campus: prices drop two stops out.",
             "Eat at the university canteen, where a meal costs little.", "Buy a transit card on day one."]
    indented = "Students manage, consider these:\n\n" + "\n\n".join("  " + i for i in items)
    assert len(headlines(indented + "\n\nKeep a budget book as well. It shows where the money goes.")) == 3
    assert len(headlines("Students manage, consider these:\n\n" + "\n\n".join(items) +
                         "\n\nWelcome to Seoul. It is kinder to your wallet than it looks.")) == 3


def test_a_point_opening_with_a_verb_the_table_lacks_is_known_by_a_possessive_or_a_place_word_after_it():
    """A point paragraph's verb need not be in the table: a possessive ("Match their savings …", "Oil your hinges")
    or a place word ("Insulate beneath you …", "Sweep behind the cooker") after the first word marks it as a verb,
    as "the" or "by" does. A middle point of one sentence stays a point when points follow it."""
    points = ["Insulate beneath you before you worry about the sky. The ground takes more heat than the air.",
              "Pad out your boots with paper overnight. Damp leather stiffens in the frost.",
              "Sweep behind the stove before you pitch the tent, not after.",
              "Match their pace on the climb. A group walks at its slowest member's speed."]
    text = "Cold nights need a plan, and the plan starts at the ground.\n\n" + "\n\n".join(points) + \
        "\n\nThe cold is easier than it sounds."
    assert headlines(text) == ["Insulate beneath you before you worry about the sky.",
                               "Pad out your boots with paper overnight.",
                               "Sweep behind the stove before you pitch the tent, not after.",
                               "Match their pace on the climb."]


COMMENTED_SECTIONS = """A shady yard need not grow only moss. These do well with three hours of sun or less.

Start with ferns
Hart's-tongue and shield ferns like the damp corner that nothing else wants.

Add a hosta or two
Pick the blue-leaved ones: they hold their colour best out of the sun.

Light it with white flowers
Pale petals glow at dusk, when a shady corner is most used.

Feed the soil, not the plant
Leaf mould every autumn does more than any bottle of feed.
{author_box}
{header}
Priya K. — 3 May 2022 at 18:40
My ferns sulked the first year and then took off. Patience!
Reply

Owen says: May 4, 2022 at 7:02 am
Which hosta is the bluest?
Reply
"""


@pytest.mark.parametrize("header", ["3 thoughts on \u201cGardening In The Shade\u201d", "2 replies", "12 Comments",
                                    "2 Responses to \u201cGardening In The Shade\u201d", "5 comments:"])
def test_a_comment_thread_under_headed_sections_gives_no_sections(header):
    """A blog's comments under its post: a count line ("3 thoughts on "…"", "2 replies", "12 Comments") opens the
    thread, and every comment's head (a name, a date and a time) would read as a section title. The count line ends
    the article, as "Leave a Reply" does."""
    text = COMMENTED_SECTIONS.format(author_box="", header=header)
    assert headlines(text) == ["Start with ferns", "Add a hosta or two", "Light it with white flowers",
                               "Feed the soil, not the plant"]
    assert tips.guard_offset("Water the pots daily.\n" * 8 + "6 replies to the survey came back, all positive.") \
        == len("Water the pots daily.\n" * 8 + "6 replies to the survey came back, all positive.")


def test_an_author_box_named_for_the_author_ends_the_article():
    """A WordPress author box under the post is headed "About" and the author's name; its bio would read as one
    more section. The article's author is known, so "About <author>" is end matter."""
    box = "\nAbout Maren Olsen\nMaren writes about small gardens from a basement flat in Bergen.\nView all posts\n"
    article = Article(id="a1", source=Source(path="p.txt", sha256="0" * 64, size=1, format="txt"),
                      text=COMMENTED_SECTIONS.format(author_box=box, header="2 replies"), author="Maren Olsen")
    _, found, _ = tips.split_article(article, tips.TipsConfig())
    assert [t.headline for t in found] == ["Start with ferns", "Add a hosta or two", "Light it with white flowers",
                                           "Feed the soil, not the plant"]


@pytest.mark.parametrize("prompt", ["Want to share this post? Copy the link and send it to your team!",
                                    "Enjoyed this article? Pass it on to a friend who cooks.",
                                    "Found this useful? Share it with your running club.",
                                    "If you liked this post, sign our guest book.",
                                    "Was this article helpful? Tell us with the buttons below.",
                                    "Pin it for later! The image above fits a board.",
                                    "Spread the word: forward this to a friend who rents."])
def test_a_share_prompt_after_the_last_point_is_no_point(prompt):
    """A blog post ends with a call to share it ("Want to share this post? …", "Enjoyed this article? …"): page
    chrome in the post's words, not one more point, though it asks the reader to do something."""
    text = ("Small kitchens reward a few habits. Here's what we tell new renters:\n\n"
            "Clear the counter every night, so the morning starts with space.\n\n"
            "Hang the pans on the wall instead of stacking them in a cupboard.\n\n"
            "Keep one shelf for the things you use every day and box the rest.\n\n" + prompt)
    assert len(headlines(text)) == 3


FAQ_HEADINGS = """{crumb}
How much light does a lemon tree need in winter?
Give it the brightest window you have, and turn it a quarter turn every week.

Leaves curling?
Keep it away from doors that open to the street: cold draughts curl them.

{second}
Water less in winter, and only when the top two centimetres of compost are dry.

Should I feed it?
Wait for the first new shoots in spring, then use a citrus feed.

When should I repot?
Repot in spring, one pot size up, in a gritty citrus compost.
"""


def test_question_headings_keep_a_long_first_question_and_a_two_sentence_one():
    """A FAQ of question headings: a long first question is the first section, not the page's title above them
    (the title is not a question among questions); a question line of two sentences ("It drops leaves when I
    water. Why?") heads its answer whole, as a one-sentence question does."""
    second = "It drops leaves when I water. Why?"
    text = FAQ_HEADINGS.format(crumb="Help / Plants", second=second)
    assert headlines(text) == ["How much light does a lemon tree need in winter?", "Leaves curling?", second,
                               "Should I feed it?", "When should I repot?"]


def test_a_page_break_in_a_printed_list_is_no_part_of_an_item():
    """Text dumped from a printed sheet keeps its page furniture: a footer ("… Page 1 of 2") and a rule of dashes
    between two items of one list. The rule ends a paragraph as a blank line does, the footer belongs to no item,
    and the item after the break is an item of its own."""
    items = ["Bleed every radiator in October, starting with the one\nnearest the boiler.",
             "Check the boiler pressure gauge reads between one and two\nbar.",
             "Fit a thermostatic valve on each radiator except the\nbathroom one.",
             "Book a service before the first cold week, not after it.",
             "Lag the pipes in the loft with foam sleeves from any\nhardware shop."]
    page = "Heating tune-up sheet, printed 03/10/2024                 Page 1 of 2\n" + "-" * 76 + "\n"
    text = ("Autumn jobs that cost little and save a lot on the winter bills, in the\n"
            "order a plumber would do them.\n\n" + "\n\n".join("\u2610 " + i for i in items[:3]) + "\n\n" + page +
            "\n\n".join("\u2610 " + i for i in items[3:]) + "\n\nKeep this sheet with the boiler manual.")
    found = tips.split_text(text).tips
    assert [t.text for t in found] == [tips.normalise(i) for i in items]


SUBTITLED = """{subtitle}

{intro}

Label the jars the day you fill them
Masking tape and a marker: the date and what is inside, nothing more.

One shelf per month, not per kind
You will not remember whether it was chutney or relish. You will remember it was August.

Check the seals in January
Press each lid: one that pops back has failed, and its jar goes to the front.

Give away the oldest first
A jar past two years is safe but tired; friends will not mind.
"""


def test_a_subtitle_over_the_introduction_is_no_section():
    """A blog platform's page keeps the subtitle under the title (a dek: "A pantry system that survives a glut"),
    and the body opens with it over the writer's introduction: a title line and a paragraph, like a section. It
    is no section when it gives no advice and the introduction is the writer's own ("For years my shelves …") or
    announces the rest ("This is the system that ended it."). A first section that states its point as a clause
    and explains it in general terms stays a point."""
    intro = "For years my shelves were a lottery of unlabelled jars. This is the system that ended it."
    text = SUBTITLED.format(subtitle="A pantry system that survives a glut", intro=intro)
    assert headlines(text) == ["Label the jars the day you fill them", "One shelf per month, not per kind",
                               "Check the seals in January", "Give away the oldest first"]
    point = SUBTITLED.format(subtitle="A full jar keeps longer than a half-empty one",
                             intro="Air spoils the top layer of a jar. A full jar has none to spare.")
    assert headlines(point)[0] == "A full jar keeps longer than a half-empty one"


def test_an_introduction_announcing_the_points_makes_the_paragraph_under_it_the_first_point():
    """"… Most did nothing. These did." announces the points: the paragraph under it is the first one when it has
    their shape (a short lead sentence and its explanation), though it states its point rather than giving an order
    ("A cold room is worth more than any gadget. …"). Without the announcement such a paragraph is the
    introduction's."""
    points = ["A cold room is worth more than any gadget. Sixteen degrees is plenty under a good duvet.",
              "Keep the phone in the kitchen overnight. An alarm clock costs less than a bad night.",
              "Get up at the same time every day. The body sets its clock by the morning, not the evening.",
              "Write tomorrow's list before dinner. A worry on paper stops circling at midnight."]
    intro = "Two years of bad sleep taught me which tricks were worth it. Most did nothing. These did."
    assert headlines(intro + "\n\n" + "\n\n".join(points)) == [
        "A cold room is worth more than any gadget.", "Keep the phone in the kitchen overnight.",
        "Get up at the same time every day.", "Write tomorrow's list before dinner."]
    plain = "Two years of bad sleep taught me which tricks were worth it, and most did nothing at all."
    assert headlines(plain + "\n\n" + "\n\n".join(points))[0] == "Keep the phone in the kitchen overnight."


@pytest.mark.parametrize("heads", [("Priya K. \u2014 3 May 2022 at 18:40", "Owen says: May 4, 2022 at 7:02 am"),
                                   ("Priya K. said...", "Owen said\u2026"),
                                   ("Priya K. says:", "Owen \u00b7 May 4, 2022, 7:02 PM")])
def test_comment_heads_under_headed_sections_are_no_sections(heads):
    """Comments under a post without a count line over them: each opens with its head, a name and a date and time
    ("Owen says: May 4, 2022 at 7:02 am", "Priya K. — 3 May 2022 at 18:40") or a name saying ("Priya K. said..."),
    a short line like a section title. Such a line heads no section and ends the one above it."""
    text = COMMENTED_SECTIONS.format(author_box="", header="").replace("Priya K. \u2014 3 May 2022 at 18:40", heads[0])
    text = text.replace("Owen says: May 4, 2022 at 7:02 am", heads[1])
    found = tips.split_text(text).tips
    assert [t.headline for t in found] == ["Start with ferns", "Add a hosta or two", "Light it with white flowers",
                                           "Feed the soil, not the plant"]
    assert found[-1].text.endswith("feed.")


# The gate (pipeline/stages/tips/gate.py) on pages laid out as tips that advise nobody: a deals round-up's priced
# entries and a site's calls to follow it close the page even when its prose says "you"; a page of advice keeps
# its points though one of them names a price (made-up pages, round 25)
_DEAL_POINTS = ["Quillmark Desk Lamp for $24.99\n\nThe brass arm bends both ways and the shade stays cool. You will "
                "not find it cheaper.",
                "Get it at Harbourline for $49.99\n\nTern Wireless Keyboard: its keys are quiet and you can pair it "
                "with three devices.",
                "Pebble Speaker Mini for $19.99\n\nA small speaker with a loud voice and a strap for your bag."]
_CALL_POINTS = ["Want to know more about Mira Okafor? Follow them on Codeberg or Mastodon.",
                "Stay in touch\n\nGet in touch with our team if you have a story for us.",
                "Check back soon, as we add a new interview every week."]
_BUDGET_POINTS = ["Plan your meals before you shop. A list stops the impulse buys at the till.",
                  "Buy the store brand of staples. Flour, rice and oats taste the same for half the price.",
                  "Check the unit price on the shelf label. A big pack for $4.99 is not always cheaper than two small "
                  "ones."]


@pytest.mark.parametrize("opening, points, advising", [
    ("We round up the best prices we spotted this week on gadgets and games, so you can skip the queues at the till "
     "and keep your evenings free.", _DEAL_POINTS, False),
    ("Mira Okafor builds maps for rescue teams at a small studio in Lisbon, and you can see her work on the city's "
     "flood pages.", _CALL_POINTS, False),
    ("A few habits keep the weekly shop cheap without eating worse than before, whatever the size of the "
     "household.", _BUDGET_POINTS, True),
])
def test_the_gate_refuses_priced_entries_and_site_calls_but_not_advice_naming_a_price(opening, points, advising):
    from pipeline.stages.tips.gate import advises

    assert advises("\n\n".join([opening, *points]), points) is advising


# ... and in a language whose advice the rules cannot read (Finnish here), a list that is half lines of data (a
# results table's names and times) is still data, while a list of sentences there is not judged; a product page
# that repeats its one weight measures out nothing, so it is no recipe (made-up pages, round 25)
_RESULT_LINES = ["Aino Virtanen 12,45", "Mikko Laine 12,71", "Sanna Koski 13,02", "Eero Niemi 13,10"]
_GARDEN_SENTENCES = ["Kastele kasvit aamulla, jolloin lehdet ehtivät kuivua ennen iltaa.",
                     "Lisää kompostia penkkeihin keväällä ja syksyllä."]
_PACK_FEATURES = ["The lightest pack of its class, only 68 g", "Folds into a pouch the size of a wallet",
                  "Straps of recycled nylon", "Two mesh pockets for a phone and keys"]


@pytest.mark.parametrize("opening, points, closing, advising", [
    ("Kauden viimeiset kilpailut käytiin lauantaina kaupungin stadionilla, ja sää suosi juoksijoita koko päivän.",
     _RESULT_LINES, "", False),
    ("Puutarha kiittää, kun sitä hoitaa säännöllisesti koko kasvukauden ajan, eikä työ vie paljon aikaa.",
     _GARDEN_SENTENCES, "", True),
    ("The Larkspur day pack weighs 68 g and packs down into its own lid pocket for the trip home.", _PACK_FEATURES,
     "Weight: 68 g. Capacity 12 litres. Shipping weight 68 g in its pouch.", False),
    # (a script without blanks: each sentence is one "word" by blanks, but its full stop says it is no data line)
    ("台所を清潔に保つために、毎日少しずつできることがあります。",
     ["窓を開けて空気を入れ替える。", "流しの水を拭き取る。", "週に一度、排水口を洗う。"], "", True),
])
def test_the_gate_reads_data_in_any_language_and_a_repeated_weight_is_no_recipe(opening, points, closing, advising):
    from pipeline.stages.tips.gate import advises

    assert advises("\n\n".join([opening, *points, closing]).strip(), points) is advising
