"""Learned line roles (issue 16): candidates, features, inference and the shipped table."""

from __future__ import annotations

import math

import pytest

from pipeline.stages import segment as sg
from pipeline.text import line_roles as roles
from pipeline.text import line_roles_table as table
from tests.conftest import through_stage
from tests.stages.test_segment import page

PARAGRAPH = ("Keeping a sourdough starter alive is easier than most people think, and it takes only a few minutes "
             "a day to feed it well.")


def _features_of(candidates, value):
    return [set(c.features) for c in candidates if c.value == value]


def test_name_spans_keep_particles_inside_and_letters_as_written():
    names = {s[2] for s in roles.name_spans("Written by María de los Ángeles Vega, Sevilla")}
    assert "María de los Ángeles Vega" in names
    assert not any(n.endswith((" de", " los")) or n.startswith("de ") for n in names)
    assert not any("Sevilla" in n and "Vega" in n for n in names)  # the comma ends the span


def test_name_spans_of_a_long_line_start_within_its_lead():
    line = "Ann Lee grows vegetables on a windy hillside and writes about it for the Parish News every month"
    spans = roles.name_spans(line, lead=roles.LONG_LINE_LEAD)
    assert (0, 2, "Ann Lee") in spans and all(a < roles.LONG_LINE_LEAD for a, _, _ in spans)


def test_a_name_in_capitals_is_normalised_like_the_rules_do():
    assert "Jane Doe" in {s[2] for s in roles.name_spans("BY JANE DOE")}


def test_author_candidates_describe_the_words_around_the_span():
    cands = roles.author_candidates(["Six Habits", "By Ann Lee | 3 May 2019", "", PARAGRAPH])
    (feats,) = _features_of(cands, "Ann Lee")
    assert {"prev=by", "next=|", "head|byline", "head|dated", "headpos=1", "person"} <= feats
    assert "rules=1" not in feats


def test_author_candidates_count_where_the_name_recurs():
    lines = ["Six Habits", "", PARAGRAPH, "", "Ann Lee", "", "Ann Lee keeps bees. © 2019 Ann Lee"]
    cands = roles.author_candidates(lines)
    signature = next(f for f in _features_of(cands, "Ann Lee") if "tail|whole" in f)
    assert {"recur=3", "in_copyright", "tailpos=1", "blank_above"} <= signature
    assert not any("head|whole" in f for f in _features_of(cands, "Ann Lee"))  # nearer the end: the tail's


def test_the_rules_answer_is_marked_only_for_the_arbiter():
    lines = ["Six Habits", "By Ann Lee", "", PARAGRAPH]
    alone = roles.author_candidates(lines, rules="Ann Lee")
    judged = roles.author_candidates(lines, rules="Ann Lee", arbiter=True)
    assert not any("rules=1" in c.features for c in alone)
    assert all("rules=1" in c.features for c in judged if c.value == "Ann Lee")
    extra = roles.author_candidates(lines, rules="Bo Sand", arbiter=True)  # an answer from elsewhere is added
    assert [c.features[:2] for c in extra if c.value == "Bo Sand"] == [("src=rules", "rules=1")]


def test_the_markup_author_is_a_candidate_of_its_own():
    cands = roles.author_candidates(["Six Habits", "", PARAGRAPH], markup_author="JANE DOE")
    assert [c.value for c in cands if "src=meta" in c.features] == ["Jane Doe"]


def test_title_candidates_describe_position_shape_and_markup():
    lines = ["Home | Blog | About", "Six Habits Of Good Gardeners", "By Ann Lee", "", PARAGRAPH]
    cands = roles.title_candidates(lines, markup_title="Six Habits Of Good Gardeners | Ann's Garden")
    feats = _features_of(cands, "Six Habits Of Good Gardeners")[0]
    assert {"pos=1", "over_byline", "under_nav", "looks_like_title", "markup=inside", "capital_share=high"} <= feats
    nav = _features_of(cands, "Home | Blog | About")[0]
    assert "nav" in nav and "may_be_title" not in nav
    assert any("src=meta" in c.features for c in cands)


def test_choose_takes_the_best_value_and_says_none_under_the_threshold():
    weights = {"prev=by": 4.0, "nav": -3.0}
    cands = [roles.Candidate("Home", ("nav",)), roles.Candidate("Ann Lee", ("prev=by",))]
    value, p = roles.choose(cands, weights, -1.0, 0.5)
    assert value == "Ann Lee" and p == pytest.approx(1 / (1 + math.exp(-3.0)))
    assert roles.choose(cands, weights, -5.0, 0.5)[0] is None
    assert roles.choose([], weights, 0.0, 0.5) == (None, 0.0)


def test_the_shipped_table_is_a_model_of_finite_weights():
    for role_table in (table.AUTHOR, table.TITLE):
        assert set(role_table) == {"model", "arbiter"}
        for bias, threshold, weights in role_table.values():
            assert math.isfinite(bias) and 0 < threshold < 1 and weights
            assert all(math.isfinite(w) and w != 0 for w in weights.values())
    assert "rules=1" not in table.AUTHOR["model"][2] and table.AUTHOR["arbiter"][2]["rules=1"] > 0
    assert all(0 < t < 1 for t in table.FALLBACK_THRESHOLD.values())


def test_the_table_was_trained_on_the_labels_as_they_are_now():
    from bench.train_line_roles import labels_checksum

    assert table.TRAINING_CHECKSUM == labels_checksum(), "labels changed: python -m bench.train_line_roles"


@pytest.mark.slow
def test_the_table_is_what_the_training_script_writes():
    from bench.train_line_roles import TABLE, train

    assert TABLE.read_text(encoding="utf-8") == train(), "stale table: python -m bench.train_line_roles"


def _segment(text, mode):
    (article,), _ = through_stage(sg.STAGE, sg.SegmentConfig(line_roles=mode), [page(text)])
    return article


def test_the_rules_alone_are_the_default():
    """The fallbacks stay off until their changes on real text are mostly right (round 26, every change read:
    titles filled 39 right of 237, authors named 19 right of 50; README, "Learned line roles"): the labelled sets
    alone did not show it. Round 28's "page-fallback" (the fallback on pages only) was right 9 times in 14 on the
    real texts but failed eight of the project's precision tests as a default (a salutation as a title, a sponsor,
    a quoted byline, a profile card). Round 30 narrowed its author fallback until those pass as a default (a line
    the rules read themselves, the site's header, a page crediting a body: ``tests/text/test_line_roles_r30.py``)
    with the tuned gains kept (titles +6, authors +6), but 5 of its 14 real-text changes stay wrong (a banner and a
    widget's label as titles, a letter's signatory, a quoted CEO, one writer of three): still a setting."""
    assert sg.SegmentConfig().line_roles == "off"


def test_the_fallback_never_names_page_furniture():
    text = (f"Moving Day Without Tears\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\nRelated Posts\n\nPacking The Kitchen\n"
            "Labels That Last")
    assert _segment(text, "author-fallback").author is None


@pytest.mark.parametrize(("heading", "language"), [
    ("Related Posts", "en"), ("Sony Music", "en"), ("True Detective", "en"),  # "True": a given name in the lexicon
    ("Weitere Informationen", "de"), ("Allgemeine Hinweise", "de"), ("Die Förderung", "de"),
    ("Verwandte Artikel", "de"), ("Story Timeline", "en"),
])
def test_the_name_lexicon_tells_headings_and_brands_from_names(heading, language):
    # (the shape test takes most of them: two capitalised words; since round 16 it refuses a phrase of common
    # English words none of which is a given name, "Related Posts", "Story Timeline", itself)
    assert not roles.knows_name(heading, language)


@pytest.mark.parametrize(("name", "language"), [
    ("Susan Dunn", "en"), ("Thomas Müller", "de"), ("Hans Koch", "de"), ("Anna Fischer", "de"),  # surnames as words
    ("Nikole Hannah-Jones", "en"), ("Małgorzata Średnicka", "pl"), ("Андрей Рудьков", "ru"), ("Jane B. Doe", "en"),
    ("王晓梅", "zh"), ("آسيا العتروس", "ar"),  # scripts the lexicon does not cover keep the shape tests
])
def test_the_name_lexicon_takes_persons_names_in_many_languages(name, language):
    assert roles.knows_name(name, language)


def test_the_fallback_names_no_heading_of_the_page_language():
    text = (f"Umzug ohne Tränen\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\nWeitere Informationen\n\nKisten packen\n"
            "Etiketten")
    (article,), _ = through_stage(sg.STAGE, sg.SegmentConfig(line_roles="author-fallback"), [page(text)])
    assert article.author is None


@pytest.mark.parametrize("tail", [
    "— Ann Lee (@annlee_bakes) March 3, 2019",  # an embedded post's signature: someone quoted
    "7. Ann Lee",  # an item of a ranking
    "• Ann Lee: the starter's keeper",
    "(Reporting desk; Editing by Ann Lee)",  # another share of the work
    "Übersetzerin: Ann Lee",
    "Bildquelle: Ann Lee",
])
def test_the_fallback_names_no_one_quoted_listed_or_credited_for_other_work(tail):
    lines = ["Feeding A Starter", "", PARAGRAPH, "", PARAGRAPH, "", tail]
    assert "Ann Lee" not in [c.value for c in roles.author_candidates(lines, fallback=True, title="Feeding A Starter")]


@pytest.mark.parametrize("tail", [
    "Starters, Ovens and Flour. Second edition. Edited by Ann Lee. 2010.",  # a book's editor, cited
    "Why a starter needs feeding (Ann Lee — The Baking Review)",  # a linked story's credit in brackets
])
def test_the_fallback_names_no_one_cited_for_other_work(tail):
    lines = ["Feeding A Starter", "", PARAGRAPH, "", PARAGRAPH, "", tail]
    assert "Ann Lee" not in [c.value for c in roles.author_candidates(lines, fallback=True, title="Feeding A Starter")]


@pytest.mark.parametrize("tail", [
    "19.11.2022 - Ann Lee & The Starters - Town Hall",  # an act's name on a concert list
    "Lee, Ann K.; Lind, Bo (2017). Feeding wild yeasts. Journal of Baking 4.",  # an inverted citation
])
def test_the_fallback_names_no_act_and_no_name_cut_after_an_initial(tail):
    lines = ["Feeding A Starter", "", PARAGRAPH, "", PARAGRAPH, "", tail]
    assert not {"Ann Lee", "Ann K"} & {c.value for c in roles.author_candidates(lines, fallback=True,
                                                                                title="Feeding A Starter")}


@pytest.mark.parametrize("around", [
    ["“Our customers found us through the starter guide, and half of them came back to buy flour from the shop.”",
     "Ann Lee", "Shop Owner"],
    ["Ann Lee", "Baker",
     "\"Feeding a starter every morning is the calmest part of my day, and the bread shows it in the end.\""],
])
def test_the_fallback_names_no_one_who_signs_a_quotation(around):
    """A testimonial's or a pull quote's speaker, named beside the quotation, did not write the page."""
    lines = ["Feeding A Starter", "", PARAGRAPH, "", PARAGRAPH, "", *around]
    assert "Ann Lee" not in [c.value for c in roles.author_candidates(lines, fallback=True, title="Feeding A Starter")]


@pytest.mark.parametrize("tail", ["— Ann Lee", "— Ann Lee, Leeds", "Text: Ann Lee"])
def test_a_signature_or_a_text_credit_is_still_a_fallback_candidate(tail):
    lines = ["Feeding A Starter", "", PARAGRAPH, "", PARAGRAPH, "", tail]
    assert "Ann Lee" in [c.value for c in roles.author_candidates(lines, fallback=True, title="Feeding A Starter")]


def test_the_name_lexicon_is_read_only_when_the_fallback_asks():
    import subprocess
    import sys

    code = "import sys, pipeline.text.line_roles; print('pipeline.text.names_table' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_the_fallback_never_names_a_credential_or_a_job_title():
    text = (f"Feeding A Starter\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\nMA Psychology, Emotional Intelligence Coach\n\n"
            "http://www.example.org")
    assert _segment(text, "author-fallback").author is None


@pytest.mark.parametrize("tail", [
    "Copyright notes by Ann Lee. Then the sentence goes on and on about the other things a starter needs every day",
    "Written by Ann Lee http://www.example.org who bakes and writes about the other things a starter needs every day",
])
def test_the_fallback_takes_no_name_from_inside_a_running_sentence(tail):
    assert _segment(f"Feeding A Starter\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n{tail}", "author-fallback").author is None


def test_a_fallback_candidate_is_a_person_standing_where_pages_credit_writers():
    page = roles._Page(["Bad Day", "", "It was a bad day for the customer.", "Susan Dunn, MA Psychology"])
    assert [roles.may_name(v, page) for v in ("Susan Dunn", "MA Psychology", "By Author", "Bad Day")] == [
        True, False, False, False]
    footer = "Posted by Ann Lee on 3 March 2019 in Baking, Bread and Sourdough Starters".split()
    assert roles.credited_span(" ".join(footer), footer, 2, 4, False)  # a blog footer's credit
    assert not roles.credited_span(" ".join(footer), footer, 10, 11, False)  # a category, not a credit
    bio = "About the Author - Ann Lee runs a bakery in Leeds and writes guides to bread"
    assert roles.credited_span(bio, bio.split(), 4, 6, False)


def test_the_fallback_describes_no_line_of_a_page_that_credits_nobody():
    lines = ["Feeding A Starter", "", PARAGRAPH, "", PARAGRAPH, "", "Share and Enjoy:", "Leave a Comment"]
    assert roles.author_candidates(lines, fallback=True, title="Feeding A Starter") == []
    assert roles.author_candidates(lines)  # the model alone still sees "Feeding A Starter" and the rest


def test_author_fallback_names_only_authors_the_rules_leave_unnamed():
    signed = (f"Feeding A Starter\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\nMarta Kowalczyk\n\n"
              "Marta Kowalczyk bakes bread in Gdańsk.")
    assert _segment(signed, "author-fallback").author == "Marta Kowalczyk"
    pager = f"Home | Memories | Add yours\n\nVoices From Harbour Street\n\n« Previous | Next »\n\n{PARAGRAPH}"
    assert _segment(pager, "off").title is None
    assert _segment(pager, "author-fallback").title is None  # titles stay the rules'
    assert _segment(pager, "fallback").title is None  # the collection's name the rules read as the site's header


def test_fallback_names_a_bare_signature_the_rules_leave_unread():
    text = (f"Feeding A Starter\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\nMarta Kowalczyk\n\n"
            "Marta Kowalczyk bakes bread in Gdańsk.")
    assert _segment(text, "off").author is None
    found = _segment(text, "fallback")
    assert (found.author, found.title) == ("Marta Kowalczyk", "Feeding A Starter")


def test_fallback_keeps_the_rules_answers_where_they_have_one():
    text = f"Feeding A Starter\nBy Marta Kowalczyk\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\nThanks for reading, Ola Nowak"
    off, fallback = _segment(text, "off"), _segment(text, "fallback")
    assert (fallback.author, fallback.title) == (off.author, off.title) == ("Marta Kowalczyk", "Feeding A Starter")


def test_a_page_of_one_huge_word_is_described_in_linear_time():
    import time

    word = "abcdefghij" * 20_000  # 200 kB without a space or an "@": a quadratic e-mail scan takes minutes here
    start = time.process_time()
    roles.author_candidates(["Tips", "", PARAGRAPH, "", word + "@x", "", "Ann Lee"])
    assert time.process_time() - start < 2.0


@pytest.mark.parametrize("mention", [
    "Last spring the baker Ann Lee showed us how she keeps her rye starter alive through a cold and damp winter.",
    "Nobody feeds a starter like her, so we asked Ann Lee, who has kept hers going since her first year of baking.",
    "It is the oldest shop in town. Ann Lee took it over in 1998 and has baked there every morning since, rain or sun.",
])
def test_the_fallback_names_no_one_the_text_writes_about(mention):
    """A name inside the running text's sentences is the article's subject, interviewee or expert: the same name
    standing alone at the foot is their card, not the writer's signature."""
    lines = ["Feeding A Starter", "", mention, "", PARAGRAPH, "", "Ann Lee"]
    assert "Ann Lee" not in [c.value for c in roles.author_candidates(lines, fallback=True, title="Feeding A Starter")]


def test_the_fallback_names_no_one_the_text_calls_by_their_surname():
    mention = "The oldest bakery in town feeds the starter it began with, and Lee keeps the jar on the windowsill."
    lines = ["Feeding A Starter", "", mention, "", PARAGRAPH, "", "Ann Lee"]
    assert "Ann Lee" not in [c.value for c in roles.author_candidates(lines, fallback=True, title="Feeding A Starter")]


@pytest.mark.parametrize("mention", [
    "Why a starter needs flour and water every day, and what happens when it does not get them. By Ann Lee.",
    "Dear Mrs. Lee: my starter smells of nail varnish every morning and my bread no longer rises. What went wrong?",
    "Ann Lee has baked bread for twenty years and writes about starters, ovens and flour for bakers at home.",
])
def test_a_writer_signing_or_introduced_in_the_text_is_still_a_fallback_candidate(mention):
    lines = ["Feeding A Starter", "", mention, "", PARAGRAPH, "", "Ann Lee"]
    assert "Ann Lee" in [c.value for c in roles.author_candidates(lines, fallback=True, title="Feeding A Starter")]


@pytest.mark.parametrize("above, below", [
    ("Ansprechpartnerin", "Share this page"),  # a contact under its label
    ("", "Pressesprecherin Gartenbau"),  # ... over the press desk's job
    ("", "Press Officer"),
    ("", "Mill Lane 4"),  # an imprint's owner over a street
])
def test_the_fallback_names_no_one_from_a_card(above, below):
    """A press contact or an imprint's owner is a card the page lists, not its writer."""
    lines = ["Feeding A Starter", "", PARAGRAPH, "", PARAGRAPH, "", above, "Ann Lee", below, "", "Share this page"]
    assert "Ann Lee" not in [c.value for c in roles.author_candidates(lines, fallback=True, title="Feeding A Starter")]


@pytest.mark.parametrize("below", [
    "3 March 2019",
    "Leeds",  # a letter's or a column's signature over its town
    "Music Director",  # ... or its writer's role
    "The starter keeps for a week in a cool place, so feed it then.",
])
def test_a_bare_name_over_a_date_a_town_or_a_role_is_still_a_fallback_candidate(below):
    lines = ["Feeding A Starter", "", PARAGRAPH, "", PARAGRAPH, "", "Ann Lee", below]
    assert "Ann Lee" in [c.value for c in roles.author_candidates(lines, fallback=True, title="Feeding A Starter")]


def test_the_fallback_names_no_one_credited_for_the_pictures():
    caption = ["Feeding A Starter", "", "面包师在厨房里喂养酵头 李明 摄", "", PARAGRAPH, "", PARAGRAPH]
    assert not [c for c in roles.author_candidates(caption, fallback=True, title="Feeding A Starter")
                if "李明" in c.value]
    pictures = ["Feeding A Starter", "", "© Ann Lee", PARAGRAPH, "", "© Ann Lee", PARAGRAPH, "", "© Ann Lee"]
    assert "Ann Lee" not in [c.value for c in roles.author_candidates(pictures, fallback=True,
                                                                      title="Feeding A Starter")]
    text = ["Feeding A Starter", "", PARAGRAPH, "", PARAGRAPH, "", "© Ann Lee"]  # the text's own copyright
    assert "Ann Lee" in [c.value for c in roles.author_candidates(text, fallback=True, title="Feeding A Starter")]


def test_the_title_fallback_never_takes_a_line_the_rules_read_as_the_sites_header():
    share = f"Share  |  Tweet  |  Pin  |  Email\n\n{PARAGRAPH}\n\n{PARAGRAPH}"
    assert _segment(share, "fallback").title is None
    pager = f"Home | Stories | Yours\n\nTales From Mill Lane\n\n« previous story | next story »\n\n{PARAGRAPH}"
    assert _segment(pager, "fallback").title is None


def test_the_title_fallback_never_takes_a_line_under_the_first_paragraph():
    letter = ("\"My landlord keeps the deposit every year and says the oven was dirty, although we cleaned it twice "
              "and have the photos to prove it. What can we do?\" - Jonas, Bristol")
    text = f"{letter}\n\nJonas, you have more power here than you think.\n\n{PARAGRAPH}\n\nGrete\n"
    assert _segment(text, "off").title is None
    assert _segment(text, "fallback").title is None  # the sign-off's first name is no title


def test_the_title_fallback_still_finds_a_heading_under_an_advert_line():
    text = ("GadgetDesk | Phones | Laptops | Deals\nSponsored: cheap watches, free shipping, click here now!!!\n\n"
            f"Eight Ways to Make a Laptop Battery Last\n\n{PARAGRAPH}\n\n{PARAGRAPH}")
    assert _segment(text, "fallback").title == "Eight Ways to Make a Laptop Battery Last"


def test_fallback_head_keeps_each_lines_own_neighbours():
    lines = ["home | mending | knitting", "Darning A Wool Sock", "Ana Belén Cortés", "3 March 2021", "",
             f"{PARAGRAPH} {PARAGRAPH}"]
    head = [0, 1, 2, 3, 5]
    assert [lines[i] for i in roles.fallback_head(lines, head)] == lines[1:3]  # no navigation, no date
    gated = {c.value: set(c.features) for c in roles.title_candidates(lines, fallback=True)}
    whole = {c.value: set(c.features) for c in roles.title_candidates(lines)}
    assert "home | mending | knitting" not in gated
    assert gated["Darning A Wool Sock"] == whole["Darning A Wool Sock"]  # (under the navigation, over the name)


@pytest.mark.parametrize("line", ["By Ana Belén Cortés", "3 March 2021", "Posted in Mending | 4 comments"])
def test_the_title_fallback_never_takes_a_byline_a_date_or_a_posts_facts(line):
    lines = ["Mending Notes", "", line, "", f"{PARAGRAPH} {PARAGRAPH}"]
    assert [lines[i] for i in roles.fallback_head(lines, [0, 2, 4])] == ["Mending Notes"]


@pytest.mark.parametrize("line", ["Ask Greta - money questions from readers", "Ask the Vet", "Dear Margit",
                                  "Frag Dr. Becker"])
def test_the_title_fallback_never_takes_an_advice_columns_name(line):
    assert roles.column_name(line)
    lines = [line, "", f"{PARAGRAPH} {PARAGRAPH}"]
    assert roles.fallback_head(lines, [0, 2]) == []


@pytest.mark.parametrize("line", ["Ask Amy: Wife wonders what comes next", "Ask Yourself These Questions",
                                  "Dear John, it is over", "Ask Better Questions"])
def test_a_headline_opening_with_ask_or_dear_is_still_a_title_candidate(line):
    assert not roles.column_name(line)


def test_the_title_fallback_never_takes_one_word_or_the_first_line_of_a_wrapped_sentence():
    lines = ["Labels", "In a world where every watt must be counted and managed",
             "carefully, the firm shows its new meters.", "", f"{PARAGRAPH} {PARAGRAPH}"]
    heads = roles.fallback_head(lines, [0, 1, 2, 4])
    assert 0 not in heads and 1 not in heads  # not the one word, not the wrapped sentence's first line


@pytest.mark.parametrize("line", ["ask me anything", "Dear john", "liebe anna"])
def test_a_columns_name_names_someone_in_capitals(line):
    """COLUMN_NAME is case-blind for its opener ("ASK", "Dear") but the name after it starts with a capital: "Dear
    john" is a greeting, not a column (under the case-blind flag ``\\p{Lu}`` matched any letter: the review's D3)."""
    assert not roles.column_name(line)
    assert roles.column_name(line.replace("john", "John").replace("me anything", "Margit").replace("anna", "Anna"))


LONG_PARAGRAPH = " ".join([PARAGRAPH] * 2)


def test_title_candidates_say_where_they_stand_relative_to_the_first_paragraph():
    lines = ["Garden Notes", "", "Winter Pruning Made Simple", "By Odile Marchetti", "", LONG_PARAGRAPH, "",
             "Share this: Email Print", "Leave a comment"]
    feats = {c.value: set(c.features) for c in roles.title_candidates(lines)}
    assert "para_above=2" in feats["Winter Pruning Made Simple"]  # over a byline, then the text
    assert "para_above=3" in feats["Garden Notes"]
    assert "para=below" in feats["Share this: Email Print"] and "para=below" in feats["Leave a comment"]
    no_text = {c.value: set(c.features) for c in roles.title_candidates(["Contact Us", "Opening hours"])}
    assert "para=none" in no_text["Contact Us"]


def test_a_short_line_of_text_is_no_first_paragraph():
    """A one-line notice or a heading in sentence case stands above the text; a list of links is no prose."""
    assert roles.first_paragraph(["Read our notice about cookies and the new privacy settings.", LONG_PARAGRAPH]) == 1
    assert roles.first_paragraph(["Home | Shop | Blog | About | Contact | Privacy | Terms"] * 5) is None


def test_title_shape_tells_counters_labels_tags_and_recurring_chrome():
    lines = ["♥ 12 · 4 · ↗ Share", "Topic: Storing Apples Through Winter", "[Pinned] A Guide to Seed Swaps",
             "Archive", "Cheap Cold Frames", LONG_PARAGRAPH, "Archive"]
    feats = {c.value: set(c.features) for c in roles.title_candidates(lines)}
    counter = next(f for v, f in feats.items() if v.startswith(("♥", "12 ·")))  # (round 19: a framing symbol dropped)
    assert "noletter=many" in counter
    assert "label_colon" in feats["Topic: Storing Apples Through Winter"]
    assert "bracket_tag" in feats["[Pinned] A Guide to Seed Swaps"]
    assert "recur=2" in feats["Archive"] and "recur=1" in feats["Cheap Cold Frames"]
    plain = feats["Cheap Cold Frames"]
    assert "noletter=0" in plain and not {"label_colon", "bracket_tag"} & plain


def test_a_title_in_a_script_without_capitals_is_not_read_as_lower_case():
    lines = ["冬の野菜の育て方", "ナス を 育てる", "Six habits of a good gardener"]
    feats = {c.value: set(c.features) for c in roles.title_candidates(lines)}
    assert "capital_share=uncased" in feats["冬の野菜の育て方"] and "capital_share=uncased" in feats["ナス を 育てる"]
    assert "capital_share=low" in feats["Six habits of a good gardener"]


def test_author_candidates_flag_names_the_lexicon_knows():
    """A heading in a person's shape ("Frost Dates", "Compost Corner") has no known given name."""
    lines = ["Frost Dates", "Compost Corner", "", LONG_PARAGRAPH, "", "Margarethe Olsen"]
    feats = {c.value: set(c.features) for c in roles.author_candidates(lines)}
    assert "known_name" in feats["Margarethe Olsen"] and "para=below" in feats["Margarethe Olsen"]
    assert "known_name" not in feats["Frost Dates"] and "known_name" not in feats["Compost Corner"]
    assert "para_above=2" in feats["Frost Dates"]


def test_a_title_inside_a_forum_label_a_tag_a_counter_or_symbols_is_a_candidate_too():
    lines = ["Subject: Re: Netting brassicas against pigeons", "[Pinned] Frost Cloth, Fleece or Nothing?",
             "~~ The Bean Trench Method ~~", "«Ein Beet für Faule» (4 Antworten)", "Why: A Question Worth Asking"]
    got = {c.value: set(c.features) for c in roles.title_candidates(lines)}
    assert "variant=tag" in got["Frost Cloth, Fleece or Nothing?"]
    assert "variant=wrapped" in got["The Bean Trench Method"]
    assert "variant=counter+wrapped" in got["Ein Beet für Faule"]
    assert any(f.startswith("variant=label") for f in got["Netting brassicas against pigeons"])
    # the whole line stays a candidate: a title may own its colon
    assert "Why: A Question Worth Asking" in got and "A Question Worth Asking" in got


def test_no_title_variant_without_a_wrapper_or_with_one_word_left():
    assert roles.title_variants("Cheap Cold Frames for Small Plots") == []
    assert roles.title_variants("Pages: [1]") == [] and roles.title_variants("- Ann Lee, Leeds") == []
    assert roles.title_variants("Tomatoes (2)") == []


def test_the_model_trains_on_every_tuned_part_and_never_on_a_validation_or_sealed_one():
    from bench.line_roles import BLIND, TRAINING, TUNABLE, TUNED
    from bench.real_pages import LATER_SEALED, SEALED, VALIDATION

    assert set(TRAINING) == set(TUNED) == set(TUNABLE) | set(BLIND)
    assert not set(TUNED) & {*VALIDATION, SEALED, *LATER_SEALED}
    assert {"holdout3", "holdout11", "holdout12"} <= set(BLIND)


def test_the_fallback_threshold_folds_deal_parts_round_robin():
    from bench.line_roles import Example
    from bench.train_line_roles import MAX_FOLDS, folds

    def example(part):
        return Example(part, "p", 0, {}, {}, {})

    parts = [f"part{k}" for k in range(7)]
    got = folds([example(p) for p in parts for _ in range(2)])
    assert len(got) == MAX_FOLDS and set().union(*got) == set(parts)
    assert got[0] == {"part0", "part4"} and sum(map(len, got)) == len(parts)
    assert folds([example("a"), example("b")]) == [{"a"}, {"b"}]  # fewer parts than folds: one part each


def test_the_fallback_takes_no_name_opening_a_long_line_inside_the_running_text():
    """A longer line opening with a name inside the text quotes or describes that person; a bio stands at the
    article's end, opens it, or follows a bio box's heading."""
    quoted = ("Henrike Vossberg, Vorsitzende des Kleingartenvereins, sagte, die Warteliste sei so lang wie nie und "
              "die Stadt müsse endlich neue Flächen ausweisen, bevor noch mehr Familien aufgeben.")
    bio = ("Teodora Marinescu has kept bees on the edge of the moor for twenty years and writes the association's "
           "monthly notes for beginners and anyone else who will listen to her.")
    lines = ["Waiting Lists and Wasted Plots", "", LONG_PARAGRAPH, "", quoted, "", LONG_PARAGRAPH, "",
             LONG_PARAGRAPH, "", bio]
    names = {c.value for c in roles.author_candidates(lines, fallback=True)}
    assert "Teodora Marinescu" in names and "Henrike Vossberg" not in names
    # the same quoted line opening the article, or under a bio heading, may be a bio
    opening = {c.value for c in roles.author_candidates([bio, "", LONG_PARAGRAPH, "", LONG_PARAGRAPH], fallback=True)}
    assert "Teodora Marinescu" in opening
    boxed = lines[:-1] + ["About the author", bio.replace("Teodora", "Ilinca"), "", "Comments are closed."]
    assert "Ilinca Marinescu" in {c.value for c in roles.author_candidates(boxed, fallback=True)}


def test_title_mode_fills_a_missing_title_and_never_names_anyone():
    """"title" mode: the model speaks on titles only, where the rules found none (round 17: its titles over the
    rules' lost on held-out parts, its fills gained)."""
    signed = (f"Feeding A Starter\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\nMarta Kowalczyk\n\n"
              "Marta Kowalczyk bakes bread in Gdańsk.")
    off, titled = _segment(signed, "off"), _segment(signed, "title")
    assert titled.author == off.author is None  # the fallback names her: the title mode names nobody
    assert _segment(signed, "fallback").author == "Marta Kowalczyk"
    assert titled.title == off.title == "Feeding A Starter"
    pager = f"Home | Memories | Add yours\n\nVoices From Harbour Street\n\n« Previous | Next »\n\n{PARAGRAPH}"
    assert _segment(pager, "title").title is None  # the collection's name the rules read as the site's header


def test_the_title_fallback_takes_no_line_ending_as_a_sentence():
    """A lead, a standfirst or a caption ends with a full stop; no labelled title of the tuned parts does (round 28)."""
    lines = ["Bakery news", "The bakery reopened.", "", PARAGRAPH]
    assert [lines[i] for i in roles.fallback_head(lines, range(4))] == ["Bakery news"]
    assert roles.ends_as_sentence("The bakery on Mill Lane reopened.")
    assert not roles.ends_as_sentence("Breakfast at 6 a.m.") and not roles.ends_as_sentence("Muffins & Co.")


def test_the_title_fallback_takes_a_headline_that_ends_with_a_stop():
    """A headline may end with a full stop: one in Title Case, or a short one standing alone under the site's menu
    and over the text (a label between); a bare text's short first sentence, or a long one under the menu, is the
    text's lead, still refused."""
    menu = "Home | Bread | Cakes"
    short = ["Menu", menu, "", "We baked nine loaves. One rose.", "", "filed in Bread", "", PARAGRAPH]
    assert "We baked nine loaves. One rose." in [short[i] for i in roles.fallback_head(short, range(1, 8))]
    titled = [menu, "", "Stop Proving Your Dough Too Long.", "", PARAGRAPH]
    assert [titled[i] for i in roles.fallback_head(titled, range(5))] == [titled[2]]
    assert roles.fallback_head(["We baked nine loaves. One rose.", "", PARAGRAPH], range(3)) == []  # no menu
    long = [menu, "", "We baked nine loaves in the old oven before the bakery opened.", "", PARAGRAPH]
    assert roles.fallback_head(long, range(5)) == []  # a lead sentence under the menu


def test_the_title_fallback_looks_no_further_than_a_lead_sentence():
    lead = "The village bakery on Mill Lane reopened this week after the flood."
    lines = [lead, "Feeding A Starter Through Winter", "", PARAGRAPH]
    assert roles.fallback_head(lines, range(4)) == []  # a line under the text's first sentence is inside the text
    cookie = "We use cookies to give you the best experience on our site."
    lines = [cookie, "Feeding A Starter Through Winter", "", PARAGRAPH]
    assert [lines[i] for i in roles.fallback_head(lines, range(4), chrome={cookie})] == [lines[1]]  # the site's


def test_the_title_fallback_counts_no_bullet_as_a_word():
    lines = ["• Advert", "", PARAGRAPH]
    assert roles.fallback_head(lines, range(3)) == []


def test_page_fallback_fills_nothing_on_a_bare_body():
    """"page-fallback": the fallback on a record that shows it is a page (markup, furniture removed upstream, a
    site header or footer the rules set aside), never on an article's bare body, where the model's fills on real
    texts were mostly a lead sentence or a quoted person (round 28)."""
    body = f"{PARAGRAPH}\n\n{PARAGRAPH}\n\nMarta Kowalczyk\n\nMarta Kowalczyk bakes bread in Gdańsk."
    assert _segment(body, "fallback").author == "Marta Kowalczyk"
    assert _segment(body, "page-fallback").author is None


def test_page_fallback_fills_a_page_that_shows_its_chrome():
    text = (f"Home | Recipes | Shop | Contact\n\nFeeding A Starter\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n"
            "Marta Kowalczyk\n\nMarta Kowalczyk bakes bread in Gdańsk.")
    assert _segment(text, "off").author is None
    assert _segment(text, "page-fallback").author == "Marta Kowalczyk"  # the menu the rules set aside shows a page
    record = page(f"{PARAGRAPH}\n\n{PARAGRAPH}\n\nMarta Kowalczyk\n\nMarta Kowalczyk bakes bread in Gdańsk.")
    record.removed.update(site_nav=1, share_links=1)  # boilerplate took a menu and a share row off it: a page's
    (article,), _ = through_stage(sg.STAGE, sg.SegmentConfig(line_roles="page-fallback"), [record])  # text
    assert article.author == "Marta Kowalczyk"


def test_page_fallback_takes_one_removed_share_row_for_no_page():
    """One line of furniture removed (a share row under an article mailed or pasted on its own) is too weak a sign
    of a page: the body stays bare, and the fallback fills nothing (a reviewer's round 28)."""
    record = page(f"{PARAGRAPH}\n\n{PARAGRAPH}\n\nMarta Kowalczyk\n\nMarta Kowalczyk bakes bread in Gdańsk.")
    record.removed["share_links"] = 1
    (article,), _ = through_stage(sg.STAGE, sg.SegmentConfig(line_roles="page-fallback"), [record])
    assert article.author is None


def test_page_fallback_takes_one_removed_line_under_a_pages_own_furniture_for_a_page():
    """One removed line counts where the text's top shows the page's own furniture the rules left in it (a skip
    link, a cookie notice, account controls): a council's page, not an article passed on."""
    assert _segment(f"Sign in\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\nMarta Kowalczyk\n\nMarta Kowalczyk bakes bread.",
                    "page-fallback").author is None  # (nothing removed: the rules read no header here)
    record = page(f"Sign in\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\nMarta Kowalczyk\n\n"
                  "Marta Kowalczyk bakes bread in Gdańsk.")
    record.removed["blogger_footer"] = 1
    (article,), _ = through_stage(sg.STAGE, sg.SegmentConfig(line_roles="page-fallback"), [record])
    assert article.author == "Marta Kowalczyk"
