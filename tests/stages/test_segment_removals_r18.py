"""Lines segment takes out before it reads the parts are recorded as every removal is (round 18: nothing lost,
nothing silent): a mail's header lines, and the date line over a blog front page's next post."""

from __future__ import annotations

from pipeline.records import Article, Source
from pipeline.stages import segment as sg
from tests.conftest import segment_page, through_stage

PARAGRAPH = ("A paragraph of the post that runs well past a tagline's length, telling how the bed was dug, what "
             "the slugs did the first week and what the writer would sow again next spring.")

# A list digest of two messages (own words): each message's head holds five header lines
DIGEST = ("Hedge-Layers digest, issue 9\n\n"
          "Message: 1\nDate: Mon, 4 Mar 2024 08:10:00 +0000\nFrom: Oskar Lindvall <oskar@example.org>\n"
          "To: hedges@lists.example.org\nSubject: pleachers too thick\n\n"
          "Cut the pleacher further down than feels right: a thick one snaps at the hinge, and a thin one bends "
          "and keeps growing for years after.\n\n------------------------------\n\n"
          "Message: 2\nDate: Mon, 4 Mar 2024 09:30:00 +0000\nFrom: Wren Abernathy <wren@example.net>\n"
          "To: hedges@lists.example.org\nSubject: stakes\n\n"
          "Hazel stakes a forearm apart hold the layered hedge far better than any bought stake, and they rot "
          "away just as the hedge no longer needs them.\n")


def test_a_digest_s_message_heads_are_recorded_as_removed():
    pieces = segment_page(DIGEST)
    assert [(p.title, p.author) for p in pieces] == [("pleachers too thick", "Oskar Lindvall"),
                                                      ("stakes", "Wren Abernathy")]
    assert [p.removed.get(sg.MAIL_HEAD) for p in pieces] == [5, 5]


def test_the_date_over_the_next_post_s_heading_is_recorded_with_that_post():
    text = (f"Rooftop Beds\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\nWednesday, 6 January 2021\n\n"
            f"Slugs And Copper Tape\n\n{PARAGRAPH}\n")
    source = Source(path="p.html", sha256="ef" * 32, size=len(text), format="html")
    record = Article(id=Article.make_id(source), source=source, text=text, title="Rooftop Beds",
                     html_starts=["Slugs And Copper Tape"])
    config = sg.SegmentConfig(keep_removed=True)
    parts, _ = through_stage(sg.STAGE, config, [record])
    assert [p.title for p in parts] == ["Rooftop Beds", "Slugs And Copper Tape"]
    assert all("Wednesday" not in p.text for p in parts)
    assert parts[1].removed.get(sg.NEXT_POST_DATE) == 1 and sg.NEXT_POST_DATE not in parts[0].removed
    [span] = [s for s in parts[1].removed_spans if s["rule"] == sg.NEXT_POST_DATE]
    assert text[span["start"]:span["end"]] == "Wednesday, 6 January 2021"
