"""Round 12: a site's licence for its own writing reaches each of its posts, never a post it carries from another
writer (a reblog, a repost, a cross-post): a wrong grant is worse than none. Pages written in our own words."""

from __future__ import annotations

from bench.labels import clean_through
from pipeline.records import Article
from pipeline.text.extract import html_to_text

PARAS = ("<p>Start with the smallest job on the list so the afternoon has a win in it early, then move on.</p>"
         "<p>Keep the tools you used in one tray, and put the tray back on its shelf before you stop for tea.</p>"
         "<p>Write down what you would do differently next time while it is still fresh in your head.</p>"
         "<p>Leave the door open for an hour afterwards so the damp goes out with the dust and the smell.</p>")


def post(heading: str, head_line: str = "", body: str = PARAS) -> str:
    return (f"<article class='entry'>{head_line}<h2>{heading}</h2><p>This one is about {heading.lower()}, "
            f"which took me most of a wet weekend to get right.</p>{body}</article>")


def page(header: str, posts: list[str], footer: str = "") -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Shed Notes</title></head><body>"
            f"<header><h1><a href='/'>Shed Notes</a></h1>{header}</header><main>{''.join(posts)}</main>"
            f"<footer>{footer}</footer></body></html>")


def tags(html: str, tmp_path) -> list[str]:
    path = tmp_path / "front.html"
    path.write_text(html, encoding="utf-8")
    articles = sorted((r for r in clean_through([str(path)], "segment") if isinstance(r, Article)),
                      key=lambda a: a.source.part)
    return [a.licence.tag for a in articles]


# The blog's description licenses the owner's writing; the second post is a repost from someone else (the shape
# seen first on a reblog stream, here reposted and in second place).
def test_a_repost_below_the_owner_s_post_does_not_take_the_blog_s_licence(tmp_path):
    html = page("<p>Everything I write on this blog is CC BY-SA 4.0: copy it, change it, credit me.</p>",
                [post("Sharpening a garden hoe"),
                 post("Oiling wooden handles",
                      "<div class='src'>shedwren reposted from <a href='#'>oakbench</a></div>")])
    assert tags(html, tmp_path) == ["CC-BY-SA-4.0", "NOASSERTION"]


# The licence in the footer, the carried post first, marked "Cross-posted from ...".
def test_a_cross_post_first_and_the_licence_in_the_footer(tmp_path):
    html = page("<p>Notes from a small shed.</p>",
                [post("Oiling wooden handles", "<p class='via'>Cross-posted from Ilse Bram's workshop diary</p>"),
                 post("Sharpening a garden hoe"), post("Storing seed over winter")],
                "<p>Posts on this site are licensed under CC BY 4.0 unless a post says otherwise.</p>")
    assert tags(html, tmp_path) == ["NOASSERTION", "CC-BY-4.0", "CC-BY-4.0"]


# A feed shown as a page: a "Rights:" line above the entries speaks for every entry.
def test_a_rights_line_above_several_entries_is_every_entry_s(tmp_path):
    html = page("<p>Rights: this feed's entries are published under CC BY-NC 4.0.</p>",
                [post("Sharpening a garden hoe"), post("Oiling wooden handles"), post("Storing seed over winter")])
    assert tags(html, tmp_path) == ["CC-BY-NC-4.0"] * 3


# Nearest thing not to take: a post whose own text mentions reposting in a sentence is still the owner's post.
def test_a_sentence_about_reposting_inside_a_post_does_not_mark_it_carried(tmp_path):
    body = ("<p>Years ago I reposted from a forum a long thread about hoes, and I have regretted it ever since, "
            "because half of what it said was wrong and people still quote it back at me.</p>" + PARAS)
    html = page("<p>My writing here is CC BY 4.0.</p>", [post("Sharpening a garden hoe", body=body),
                                                         post("Oiling wooden handles")])
    assert tags(html, tmp_path) == ["CC-BY-4.0", "CC-BY-4.0"]


# Nor does a site's bare copyright outside the posts become every post's licence: only a CC licence is page-wide.
def test_a_footer_copyright_is_not_made_page_wide(tmp_path):
    html = page("<p>Notes from a small shed.</p>", [post("Sharpening a garden hoe"), post("Oiling wooden handles")],
                "<p>© 2024 Shed Notes</p>")
    doc = html_to_text(html)
    assert doc.meta.sources.get("licence") != "rel-license-page"
    assert "NOASSERTION" in tags(html, tmp_path)
