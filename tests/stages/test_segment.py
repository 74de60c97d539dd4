"""Segment: splitting pages into articles, header/trailer parsing, teasers, ids, drops, and no text lost."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.records import Article, Licence, Source, Tip
from pipeline.stages import boilerplate as bp
from pipeline.stages import read
from pipeline.stages import segment as sg
from tests.conftest import RAW, through_stage

CONFIG = sg.SegmentConfig(keep_removed=True)


def seed(prefix: str) -> Article:
    path = next(RAW.glob(f"{prefix}_*.txt"))
    return read.page_to_article(str(path), path.read_bytes(), "txt")


def page(text: str, title: str | None = None) -> Article:
    source = Source(path="p.txt", sha256="ab" * 32, size=len(text), format="txt")
    return Article(id=Article.make_id(source), source=source, text=text, title=title)


def run(records, config=CONFIG):
    return through_stage(sg.STAGE, config, records)


def test_seed_004_is_two_articles_with_their_own_ids():
    record = seed("004")
    stripped = bp.apply(record, bp.BoilerplateConfig())
    parts, stats = run([stripped])
    assert [p.source.part for p in parts] == [0, 1]
    assert parts[0].id == record.id == Article.make_id(record.source)
    assert parts[1].id == Article.make_id(Source(**{**_fields(record.source), "part": 1})) != parts[0].id
    assert [p.author for p in parts] == ["Susan Dunn", "Sharon Housley"]
    assert parts[0].text.startswith("I recall a very unpleasant shopping experience")
    assert parts[0].text.endswith("watch your business grow.")
    assert parts[1].text.startswith("If sending messages immediately")
    assert parts[1].text.endswith("http://www.notepage.net/wctp.htm")
    assert stats.counters["pages_split"] == 1 and stats.counters["articles_from_split"] == 2


def _fields(source: Source) -> dict:
    return {name: getattr(source, name) for name in source.__slots__}


def test_seed_001_teaser_is_kept_once_and_recorded():
    record = seed("001")
    original = record.text
    teaser = original.split("\n")[1]
    (article,), stats = run([record])
    assert teaser not in article.text
    assert "In my opinion, Customer Care is everyone’s business" in article.text
    assert article.removed == {"duplicate_teaser": 1} and stats.counters["duplicate_teaser"] == 1
    (span,) = article.removed_spans
    assert span["text"] == teaser and original[span["start"]: span["end"]] == teaser


def test_no_teaser_when_the_opening_is_not_repeated():
    text = "Author: Ann Lee\nOpening words that are new and say something about service today.\nBody goes on."
    (article,), _ = run([page(text)])
    assert article.removed == {} and article.text.startswith("Opening words")


@pytest.mark.parametrize("marker", ["{n}. ", "{n}) ", "• ", "- ", "Step {n}: "])
def test_item_one_of_a_formulaic_list_is_not_a_teaser(marker):
    items = [f"{marker.format(n=n)}Tip about {topic}: greet every customer with a smile and a kind word "
             f"because it makes each visit to the shop feel welcome."
             for n, topic in enumerate(["greeting", "phoning", "returns", "queues"], 1)]
    text = "Author: Ann Lee\n" + "\n".join(items)
    (article,), _ = run([page(text)])
    assert article.removed == {} and article.text.split("\n") == items


def test_a_teaser_shown_again_in_a_list_item_is_still_removed():
    teaser = "Greet every customer with a smile and a kind word because it makes each visit feel welcome."
    text = f"Author: Ann Lee\n{teaser}\nOur four tips.\n1. {teaser}\n2. Answer the phone by the third ring."
    (article,), _ = run([page(text)])
    assert article.removed == {"duplicate_teaser": 1} and article.text.startswith("Our four tips.")


def test_not_split_without_a_byline_or_when_disabled():
    text = "First Title\nWritten by Ann Lee\nBody one.\nMore body.\nSecond Heading\nWritten by Bob Ray\nBody two."
    parts, _ = run([page(text)])
    assert [p.author for p in parts] == ["Ann Lee", "Bob Ray"]
    (whole,), _ = run([page(text)], sg.SegmentConfig(split=False))
    assert whole.author == "Ann Lee" and "Written by Bob Ray" in whole.text
    (one,), _ = run([page("Title\nBody one.\nA Heading\nBody two.")])
    assert one.title == "Title" and one.text == "Body one.\nA Heading\nBody two."


def test_a_known_title_is_only_removed_when_the_page_repeats_it():
    (article,), _ = run([page("Tips For Staff\n\nBe kind.", title="Tips For Staff")])
    assert (article.title, article.text) == ("Tips For Staff", "Be kind.")
    (article,), _ = run([page("Short Heading\n\nBe kind.", title="From The HTML")])
    assert (article.title, article.text) == ("From The HTML", "Short Heading\n\nBe kind.")


def test_fields_from_earlier_stages_are_kept_when_the_page_has_none():
    record = page("Be kind.\nBe brief.")
    record.author, record.licence = "Given Author", Licence(tag="CC-BY-4.0")
    (article,), _ = run([record])
    assert (article.author, article.licence.tag) == ("Given Author", "CC-BY-4.0")


def test_a_page_with_no_body_is_dropped_with_a_reason():
    record = page("Written by Ann Lee\nCopyright 2009 Ann Lee. All rights reserved.")
    out, stats = run([record])
    assert out == [] and [d.reason for d in stats.drops] == ["no_article_body"]


def test_tips_pass_through():
    tip = Tip(id="1" * 16, article_id="2" * 16, position=1, of=1, headline="h", text="Smile.", form="paragraph",
              source=Source(path="t", sha256="0" * 64, size=1, format="record"))
    assert run([tip])[0] == [tip]


# A CC notice followed by a share bar (issue 16): on the next line or glued to the notice, the licence is still read
# as CC, and neither the notice nor the share bar stays in the body or in the statement.
CC_PAGE = ("Five Ways To Keep Basil Alive\n\nBy Ingrid Solberg\n\nBasil sulks in the cold, so a sunny sill comes "
           "first.\n\n1. Water it from below once the soil is dry.\n2. Pinch out the flower buds.\n3. Turn the pot "
           "every few days.\n\nThis post is licensed under a Creative Commons Attribution 4.0 International "
           "License.{sep}Share this: Facebook Twitter\n")


@pytest.mark.parametrize("sep", ["\n", " "])
def test_a_cc_notice_followed_by_a_share_bar_is_read_as_cc(sep):
    from pipeline.api import clean_text
    records = clean_text(CC_PAGE.format(sep=sep))
    article = next(r for r in records if r.kind == "article")
    assert article.licence.tag == "CC-BY-4.0" and article.reuse == "excerpt-ok"
    assert article.licence.statement == ("This post is licensed under a Creative Commons Attribution 4.0 "
                                         "International License.")
    assert "Share this" not in article.text and "Creative Commons" not in article.text
    tips = [r for r in records if r.kind == "tip"]
    assert len(tips) == 3 and all("Share this" not in t.text and "Creative" not in t.text for t in tips)


# A licence line the trailer scan never reaches (issue 16): page chrome below it, or a dedication under the title.
# It is read all the same when it is a line of its own, and leaves the body; a site's own copyright line is not.
LOOSE_BODY = ("Three Ways To Dry Herbs\n\nBy Tomas Wrobel\n\n{top}Cut them in the morning once the dew is gone.\n\n"
              "1. Hang small bunches upside down in a dark, airy room.\n2. Spread leaves on a screen and turn them "
              "daily.\n3. Use the lowest oven setting with the door ajar.\n\n{bottom}Related Articles:\n"
              "- Growing Basil Indoors\n- Saving Seed From Your Own Plants\n")


@pytest.mark.parametrize("top, bottom, tag", [
    ("", "(C) Tomas Wrobel 2015\n\n", "LicenseRef-all-rights-reserved"),
    ("", "Reprinted with permission.\n\n", "LicenseRef-used-with-permission"),
    ("This article is in the public domain. Use it as you wish.\n\n", "", "LicenseRef-public-domain"),
    ("", "Feel free to use this article in your newsletter as long as the author box stays with it.\n\n",
     "LicenseRef-free-reprint"),
    ("[Reprinted with permission. This piece first appeared in the Valley Grower newsletter.]\n\n", "",
     "LicenseRef-used-with-permission"),
    ("", "© 2015 Green Rows Ltd. All rights reserved. The content of this page may not be reproduced without our "
         "written permission.\n\n", "LicenseRef-all-rights-reserved"),
    ("", "Herb Garden Weekly © 2015\n\n", "NOASSERTION"),  # the site's own line, not the author's
    ("", "Copyright 2004-2015 Herb Garden Weekly. All rights reserved.\n\n",  # no grant, said in words
     "LicenseRef-all-rights-reserved"),
    ("", "", "NOASSERTION"),
])
def test_a_licence_line_the_trailer_never_reaches_is_read(top, bottom, tag):
    [article], _ = sg.segment_record(Article(id="0" * 16, source=Source("p.txt", "0" * 64, 1, "txt"),
                                             text=LOOSE_BODY.format(top=top, bottom=bottom)), sg.SegmentConfig())
    assert article.licence.tag == tag
    if tag != "NOASSERTION":
        line = (top or bottom).strip()
        assert line not in article.text and article.licence.statement == line
    assert article.text.count("Cut them in the morning") == 1 and "Use the lowest oven setting" in article.text


def test_attribution_missing_only_when_the_licence_asks_for_it():
    notice = "You may publish this article in its entirety provided the author's name and bio remain intact."
    (flagged,), _ = run([page(f"Be kind.\n{notice}")])
    assert flagged.flags == ["attribution-missing"] and flagged.licence.tag == "LicenseRef-free-reprint"
    text = f"Written by Ann Lee\nBe kind.\nAbout the Author: Ann Lee coaches shop staff.\n{notice}"
    (complete,), _ = run([page(text)])
    assert complete.flags == [] and complete.author_bio.text == "Ann Lee coaches shop staff."


BODY = st.sampled_from([
    "The customer is the reason you have a job.",
    "Performance Prompts",
    "• Do not anticipate what customers need. Ask them what they need.",
    "1. You chose this job, or it chose you.",
    "Knowledge of people and their emotions is as important to sales as knowledge of products.",
    "Try This",
    "",
])
HEAD = st.sampled_from([[], ["Brush Up Those Customer Care Skills"], ["Author: JoAnna Brandi"],
                        ["It's Still About Customer Service", "", "Written by Susan Dunn, MA Psychology, Coach"]])
TAIL = st.sampled_from([[], ["JoAnna", "Copyright 2008 by JoAnna Brandi. Used with permission."],
                        ["About the Author - Sharon Housley manages marketing for NotePage, Inc. http://x.example.net"],
                        ["©Susan Dunn, MA, http://www.susandunn.cc . Helping people through coaching and ebooks."]])


@settings(max_examples=80, deadline=None)
@given(HEAD, st.lists(BODY, min_size=1, max_size=8), TAIL)
def test_property_no_text_is_lost(head, body, tail):
    """Every line of the page ends up in a body, or in the title, byline, bio, licence or sign-off fields."""
    if not any(line.strip() for line in body):
        body = body + ["Plain closing sentence."]
    text = "\n".join(head + body + tail)
    parts, _ = run([page(text)])
    bodies = "\n".join(p.text for p in parts)
    fields = " ".join(str(v) for p in parts for v in (p.title, p.author, p.author_credentials, p.signoff,
                                                    p.author_bio and p.author_bio.text, p.licence.statement) if v)
    for line in filter(None, (line.strip() for line in text.split("\n"))):
        words = [w for w in line.replace("©", " ").split() if w not in ("Author:", "Written", "by", "About", "the",
                                                                         "Author", "-")]
        assert line in bodies or all(w.strip(",") in fields for w in words), line
    assert all(p.text.strip() for p in parts)
