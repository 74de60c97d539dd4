"""Round 21: a licence sentence a page about licensing quotes, shows as an example or talks about is not the
article's licence (the worst error is a false grant); the page's own notice still is. Pages in our own words."""

from __future__ import annotations

import pytest

from bench.labels import clean_through
from pipeline.records import Article
from pipeline.stages.segment import _notice_lines
from pipeline.text import licence as lic

HOW_TO = """Telling Readers What They May Do

By Ines Moreau

Most blogs never say whether a reader may copy a post, so readers guess. A single line settles it.

{example}

Put it where readers look for it, under the last paragraph, and keep it the same on every post.

Think about whether strangers may sell your words before you choose.

{foot}
"""


def licence_tag(tmp_path, example: str, foot: str) -> str:
    path = tmp_path / "page.txt"
    path.write_text(HOW_TO.format(example=example, foot=foot), encoding="utf-8")
    tags = [a.licence.tag for a in clean_through([str(path)], "segment") if isinstance(a, Article)]
    assert len(tags) == 1
    return tags[0]


RESERVED_FOOT = "© 2024 Ines Moreau. All rights reserved."


@pytest.mark.parametrize("example", [
    "To license your blog, paste: This work is licensed under CC BY 4.0",
    'Write a line such as "I place this text in the public domain." under each post.',
    "For example: You may reprint this article freely as long as the bio stays.",
    "A common choice, e.g. This blog is licensed under CC BY-SA 4.0, lets others adapt it.",
    "Add this line: Released under CC0 1.0 Universal.",
    "Add this line to the foot of your post: This post may be reprinted freely with credit.",
    "Here is an example:\n\nThis post may be republished by anyone, provided the credit stays.",
    "```\nThis work is licensed under a Creative Commons Attribution 4.0 International License.\n```",
    "CC BY 4.0 lets others copy and adapt your work as long as they credit you.",
    "CC BY-NC 4.0 means no one may sell what you wrote.",
    "Most bloggers pick CC BY-SA 4.0 for recipes.",
])
def test_a_notice_shown_to_the_reader_is_not_the_articles(tmp_path, example: str) -> None:
    assert licence_tag(tmp_path, example, RESERVED_FOOT) == lic.ALL_RIGHTS_RESERVED
    assert licence_tag(tmp_path, example, "") == lic.NOASSERTION


@pytest.mark.parametrize(("foot", "tag"), [
    ("This article is licensed under CC BY 4.0.", "CC-BY-4.0"),
    ("This post is CC BY-SA 4.0. Credit Ines Moreau.", "CC-BY-SA-4.0"),
    ("You may reprint this article in your newsletter provided this bio stays intact.", lic.FREE_REPRINT),
    ('This guide is licensed under "Creative Commons Attribution 4.0 International".', "CC-BY-4.0"),
])
def test_the_pages_own_notice_under_a_shown_one_still_counts(tmp_path, foot: str, tag: str) -> None:
    example = 'Write a line such as "I place this text in the public domain." under each post.'
    assert licence_tag(tmp_path, example, foot) == tag


def test_a_sentence_that_only_mentions_a_licence_is_no_notice_line() -> None:
    assert _notice_lines(["CC BY 4.0 is what most bloggers pick."]) == []
    assert [s.tag for s in _notice_lines(["This post is CC BY 4.0."])] == ["CC-BY-4.0"]
    assert lic.find_statements("I chose CC BY 4.0 for this blog.")[0].tag == "CC-BY-4.0"
