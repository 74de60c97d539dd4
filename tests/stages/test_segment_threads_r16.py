"""A forum thread nobody voted on or chose (issue 16, round 16): one article, titled by its question, credited to
the reply that holds the thread's points; its signature rules never split it."""

from __future__ import annotations

from pipeline.records import Article, Source
from pipeline.stages import segment as sg
from tests.conftest import through_stage

CONFIG = sg.SegmentConfig(keep_removed=True)


def page(text: str) -> Article:
    source = Source(path="t.txt", sha256="cd" * 32, size=len(text), format="txt")
    return Article(id=Article.make_id(source), source=source, text=text)


def post(number: int, who: str, body: list[str], signature: str | None = None) -> list[str]:
    head = [f"Old 03-04-2012, 0{number}:15 PM   #{number}", who, "Member", "Join Date: May 2010", "Posts: 52", ""]
    return head + body + (["__________________", signature] if signature else []) + [""]


THREAD = (["Home Brew Talk > Kit beers", "Airlock stopped bubbling after two days", "Page 1 of 1", ""]
          + post(1, "hopsmith_9", ["Airlock stopped bubbling after two days",
                                   "My first kit went quiet on day two. Is it ruined or just finished early?"],
                 "Cheers in advance, Rob")
          + post(2, "Lidia Karvonen", ["Almost certainly fine. Go through these before you worry:", "",
                                       "1. Take a gravity reading with the hydrometer today.",
                                       "2. Take a second one two days later and compare the two.",
                                       "3. Keep the bucket somewhere warm and steady, away from the door.", ""],
                 "Lidia | brewing since 1994")
          + post(3, "hopsmith_9", ["Readings match, so it finished. Thanks!"], "Cheers in advance, Rob")
          + post(4, "maltmonkey", ["Glad it worked out. Patience is the secret ingredient."])
          + ["« Previous Thread | Next Thread »", "© 2012 Home Brew Talk"])


def test_a_thread_whose_posts_carry_signatures_stays_one_article_under_its_question():
    parts, _ = through_stage(sg.STAGE, CONFIG, [page("\n".join(THREAD))])
    assert len(parts) == 1
    assert parts[0].title == "Airlock stopped bubbling after two days"


def test_a_thread_with_no_vote_is_credited_to_the_reply_holding_its_points():
    parts, _ = through_stage(sg.STAGE, CONFIG, [page("\n".join(THREAD))])
    assert parts[0].author == "Lidia Karvonen"


def test_the_starter_who_posts_the_points_keeps_the_thread():
    # the first post holds the list itself: the starter is sharing advice, and no reply outranks it
    lines = list(THREAD)
    at = lines.index("My first kit went quiet on day two. Is it ruined or just finished early?")
    lines[at + 1:at + 1] = ["", "1. Clean the bucket.", "2. Rinse it twice.", "3. Dry it.", "4. Store it open.", ""]
    assert sg._pointed_reply(lines) is None
    assert sg._pointed_reply(THREAD).name == "Lidia Karvonen"


def test_the_forums_own_copyright_line_is_its_mark_not_a_persons():
    parts, _ = through_stage(sg.STAGE, CONFIG, [page("\n".join(THREAD))])
    assert parts[0].licence is None or parts[0].licence.tag == "NOASSERTION"


# A label page of a blog whose every post is cut at its jump break ("Read more »", which repair takes away and logs
# as a jump link): teasers only, no article (SPEC, round 13).
def test_a_label_page_of_cut_posts_carries_no_article():
    from pipeline.repairs.junk import fix_page_junk

    post = ("{date}\n\n{title}\n\nThe first lines of the post, long enough to read as a paragraph of its own text,\n"
            "and then the break comes before the rest.\n\nRead more »\n\nPosted by Ines Faro at 09:{m}   2 comments\n"
            "Labels: bread\n\n")
    text = ("Crumb Notes\n\nShowing posts with label bread. Show all posts\n\n"
            + post.format(date="Monday, 3 June 2024", title="Rye, slowly", m="10")
            + post.format(date="Friday, 10 May 2024", title="Why my loaf sank", m="40")
            + "Newer Posts   Home   Older Posts\n")
    repaired, changes = fix_page_junk(text)
    record = page(repaired)
    record.repairs = {"jump_link": sum(c.name == "jump_link" for c in changes)}
    assert record.repairs["jump_link"] == 2
    parts, _ = through_stage(sg.STAGE, CONFIG, [record])
    assert parts == []
    whole, _ = through_stage(sg.STAGE, CONFIG, [page(repaired)])  # the same posts, not cut: two articles
    assert len(whole) == 2
