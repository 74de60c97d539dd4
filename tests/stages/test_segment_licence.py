"""Where the segment stage finds an article's licence and hands a page's licence to its articles (issue 16, round 2).

Every page here is written in our own words; each test names the shape it reproduces.
"""

from __future__ import annotations

import pytest

from pipeline.records import Article, Licence, Source
from pipeline.stages import segment as sg
from pipeline.text import html_meta
from pipeline.text import licence as lic

PARAGRAPH = ("Most leaks start where two materials meet, so look at the joints before you blame the pipe itself. "
             "A torch and a dry tissue find more drips than any gadget.")
OTHER = ("A pantry works best when the things you use every week sit at eye level and the rest goes up high or "
         "down low, out of the way.")


def segment(text: str, licence: Licence | None = None) -> list[Article]:
    source = Source(path="p.txt", sha256="cd" * 32, size=len(text), format="txt")
    record = Article(id=Article.make_id(source), source=source, text=text, licence=licence)
    articles, _ = sg.segment_record(record, sg.SegmentConfig())
    return articles


# Shape: a syndicated copy on a blog: the permission line under the article, then the comments, then the site's own
# copyright line at the very foot. The trailer scan stops at the comments; the permission line above them is still
# the article's, and it wins over the site's bare copyright line.
SYNDICATED = ("Finding A Slow Leak\n\nTadhg Ó Briain\n\n" + PARAGRAPH + "\n\n{notice}\n\nPosted in: Home, Repairs\n"
              "2 Comments\n  Maire says: This saved me a plumber's visit.\n  Bren says: What about copper joints?\n"
              "Leave a Comment\n{footer}\n")


@pytest.mark.parametrize("notice, footer, tag", [
    ("Reprinted by kind permission of the author; it first ran on his own blog in 2012.",
     "© 2015 Kettle and Crumb. Theme by Plainpress.", lic.USED_WITH_PERMISSION),
    ("Shared here with the writer's permission.", "Copyright 2015 Kettle and Crumb", lic.USED_WITH_PERMISSION),
    # traps: a share prompt is no notice, so the footer's line stands alone, and a site's bare mark under an article
    # a person wrote says nothing about the article (SPEC, round 8): NOASSERTION; with words reserving rights it is
    # the site's reservation
    ("Feel free to share this post with your neighbours.", "© 2015 Kettle and Crumb. Theme by Plainpress.",
     lic.NOASSERTION),
    ("Feel free to share this post with your neighbours.", "© 2015 Kettle and Crumb. All rights reserved.",
     lic.ALL_RIGHTS_RESERVED),
])
def test_a_notice_above_the_comments_beats_the_site_s_copyright_below_them(notice, footer, tag):
    [article] = segment(SYNDICATED.format(notice=notice, footer=footer))
    assert article.licence.tag == tag
    if tag == lic.USED_WITH_PERMISSION:
        assert notice not in article.text and lic.reuse(article.licence).answer == "ask-permission"


def test_the_holder_comes_from_the_notice_above_the_comments_not_the_site_s_line():
    notice = "© 2012 Tadhg Ó Briain. Reprinted with permission."
    [article] = segment(SYNDICATED.format(notice=notice, footer="Copyright © Kettle and Crumb"))
    assert (article.licence.tag, article.licence.holder, article.licence.year) == (
        lic.USED_WITH_PERMISSION, "Tadhg Ó Briain", 2012)


# Shape: an article directory page: the article, a closing bio sentence with no heading, the source link, the
# directory's reprint terms worded for all its articles (no "you may reprint this article"), then more links and the
# directory's copyright. The terms are the article's licence, not "all rights reserved".
DIRECTORY = ("Home > Family > Kitchens\n\nMaking A Small Pantry Work\n\n" + OTHER + "\n\n"
             "Wendelin Abara helps families in Leeds sort out their homes. Her checklists are at "
             "www.tidyhouse.example.\n\nSource: http://www.pagestack.example/making-a-small-pantry-work\n\n"
             "{terms}\n\nOther articles by this author:\n  Ten Minutes A Day Of Decluttering\n"
             "Rate | Report | Print\nCopyright 2004-2011 PageStack. All trademarks belong to their owners.\n")


@pytest.mark.parametrize("terms, tag", [
    ("Reprint terms: articles in this archive may be reproduced free of charge as long as the author's resource box "
     "and its links stay with them.", lic.FREE_REPRINT),
    ("Articles on this site may be republished by any website or newsletter provided the text is not changed.",
     lic.FREE_REPRINT),
    # traps: terms that ask first, or keep copies private, grant nothing
    ("Articles in this archive may be reproduced with the author's permission.", lic.USED_WITH_PERMISSION),
    # (round 14: the directory's bare "Copyright 2004-2011 PageStack" is the site's mark, SPEC's NOASSERTION, even
    # where the writer is read from no byline; terms that keep copies private state nothing more)
    ("Articles on this site may be printed for personal use only.", lic.NOASSERTION),
])
def test_a_directory_s_reprint_terms_under_a_bare_bio_are_the_article_s_licence(terms, tag):
    [article] = segment(DIRECTORY.format(terms=terms))
    assert article.licence.tag == tag
    assert "Making A Small Pantry Work" not in article.text and OTHER in article.text


# Shape: a newsletter issue carrying two articles, each under a numbered title and a byline, with one statement at
# the foot of the issue. Worded for the whole issue (or an issue footer's copyright held by the newsletter), it
# covers every article; worded for one article, or held by the last article's author, it covers that one only. An
# article's own statement is never widened by the issue's.
ISSUE = ("THE WORKBENCH LETTER    No. 31\n\nIn this issue:\n 1. Finding A Slow Leak\n 2. Making A Small Pantry Work"
         "\n\n1. FINDING A SLOW LEAK\nby Tadhg Ó Briain\n\n" + PARAGRAPH + "\n\n{first_own}-----\n\n"
         "2. MAKING A SMALL PANTRY WORK\nby Wendelin Abara\n\n" + OTHER + "\n\n-----\n{foot}\n")


@pytest.mark.parametrize("first_own, foot, tags", [
    ("", "Editors: every article in this issue may be reprinted in your own newsletter, as long as each stays whole "
         "with its byline.", [lic.FREE_REPRINT, lic.FREE_REPRINT]),
    ("", "(c) 2011 The Workbench Letter. All rights reserved.", [lic.ALL_RIGHTS_RESERVED] * 2),
    ("", "All material in this newsletter is licensed under CC BY-SA 4.0.", ["CC-BY-SA-4.0"] * 2),
    # one article's own words cover that article only
    ("", "You may reprint this article in your newsletter if the byline stays.", [lic.NOASSERTION, lic.FREE_REPRINT]),
    ("", "(C) Wendelin Abara 2011", [lic.NOASSERTION, lic.ALL_RIGHTS_RESERVED]),
    # a bare mark of the newsletter's at the foot says nothing about either article (SPEC: the site's or
    # publisher's bare mark over articles persons wrote)
    ("", "The Workbench Letter © 2011", [lic.NOASSERTION, lic.NOASSERTION]),
    # a grant for one article that mentions the newsletter's other articles is still that article's only
    ("", "You may reprint this article in your newsletter if the byline stays. Our other articles are online.",
     [lic.NOASSERTION, lic.FREE_REPRINT]),
    # the first article's own line is kept, never widened by the issue's grant
    ("(C) Tadhg Ó Briain 2011\n\n", "Editors: every article in this issue may be reprinted in your own newsletter, "
     "as long as each stays whole with its byline.", [lic.ALL_RIGHTS_RESERVED, lic.FREE_REPRINT]),
])
def test_an_issue_wide_statement_at_the_foot_covers_every_article(first_own, foot, tags):
    articles = segment(ISSUE.format(first_own=first_own, foot=foot))
    assert [a.author for a in articles] == ["Tadhg Ó Briain", "Wendelin Abara"]
    assert [a.licence.tag for a in articles] == tags


# Shape: an HTML page whose markup names a Creative Commons licence (rel=license) while the text shows only the
# author's copyright line: the licence wins over the bare line; a permission line in the text wins over both.
@pytest.mark.parametrize("tail, tag", [
    ("© 2019 Tadhg Ó Briain", "CC-BY-4.0"),
    ("Republished with permission from the author's newsletter.", lic.USED_WITH_PERMISSION),
    ("", "CC-BY-4.0"),
])
def test_the_markup_s_licence_is_weighed_with_the_text_s_statements(tail, tag):
    markup = lic.combine([lic.find_cc("https://creativecommons.org/licenses/by/4.0/")])
    [article] = segment(f"By Tadhg Ó Briain\n\n{PARAGRAPH}\n\n{tail}\n", licence=markup)
    assert article.licence.tag == tag


# Shape: a recipe blog's notice under the recipe card, with a word of thanks on its line, then the comment form. The
# notice is the article's licence and leaves the text; the thanks do not keep it there.
def test_a_notice_with_a_word_of_thanks_on_its_line_is_read():
    text = ("Pear And Walnut Loaf\n\nBy Isolde Brannagh\n\n" + OTHER + "\n\nMethod\n1. Butter the tin.\n"
            "2. Bake for fifty minutes.\n\nPlease do not republish this recipe or its photos; link to this page "
            "instead. Thanks!\n\nLeave a Reply\nYour email address will not be shown.\n")
    [article] = segment(text)
    assert article.licence.tag == lic.ALL_RIGHTS_RESERVED and "republish" not in article.text


# Shape: a round-up carrying two syndicated pieces, each with its own note under it; the second note says where the
# piece first ran before its copyright line, and the page's closing call for submissions sits below. Each piece keeps
# its own note, and the copyright line held by the second piece's author covers that piece only.
def test_each_piece_of_a_round_up_keeps_its_own_note():
    text = ("Finding A Slow Leak\nBy Tadhg Ó Briain\n\n" + PARAGRAPH + "\n\nReprinted with the author's permission.\n"
            "\n---\n\nMaking A Small Pantry Work\nBy Wendelin Abara\n\n" + OTHER + "\n\nThis piece first ran on the "
            "writer's own blog. © 2019 Wendelin Abara.\n\n---\n\nSeen something we should share? Tell our desk.\n")
    articles = segment(text)
    assert [a.author for a in articles] == ["Tadhg Ó Briain", "Wendelin Abara"]
    assert [a.licence.tag for a in articles] == [lic.USED_WITH_PERMISSION, lic.ALL_RIGHTS_RESERVED]
    assert articles[1].licence.holder == "Wendelin Abara" and "first ran" not in articles[1].text


# Shape: an issue whose notice stands at the top, under the masthead ("Unless noted, all material in this newsletter
# is © ... All rights reserved."), and an HTML issue whose footer line ("All articles © their authors. Please ask
# before reprinting any of them.") extraction trimmed into the page's licence: each covers every article.
def test_an_issue_wide_notice_at_the_top_or_in_the_trimmed_footer_covers_every_article():
    top = ("THE WORKBENCH LETTER    No. 31\n\nUnless noted otherwise, all material in this newsletter is copyright "
           "(C) 2011 Workbench Press. All rights reserved.\n\n")
    articles = segment(top + ISSUE.split("\n\n", 1)[1].format(first_own="", foot=""))
    assert [a.licence.tag for a in articles if a.author] == [lic.ALL_RIGHTS_RESERVED] * 2  # (the masthead aside)
    assert all("Workbench Press" not in a.text for a in articles)
    footer = "All articles © their authors. Please ask before reprinting any of them."
    markup = lic.combine([html_meta.trimmed_rights([footer])])
    articles = segment(ISSUE.format(first_own="", foot=""), licence=markup)
    assert [a.licence.tag for a in articles] == [lic.ALL_RIGHTS_RESERVED] * 2


# Shape: a syndicated copy on a WordPress blog: the permission line right under the byline, the author's own
# copyright line under the text, then a share bar, related posts, comments and the site's footer line. The copy is
# used with permission and the author, not the site, holds the copyright.
def test_a_permission_line_under_the_byline_and_the_author_s_copyright_above_the_comments():
    text = ("Kettle and Crumb\nHome | Recipes | About\n\nFinding A Slow Leak\n\nPosted on 4 May 2016 by Tadhg Ó Briain"
            "\n\nReprinted with permission from the Harbour Plumbers' newsletter, where it first ran in April.\n\n"
            + PARAGRAPH + "\n\nCopyright 2016 Tadhg Ó Briain.\n\nShare this:\nFacebook\nTwitter\n\nRelated\n"
            "Bleeding A Radiator\n\n2 thoughts on this post\nMaire: Worked for me.\n\nLeave a Reply\n"
            "© 2016 Kettle and Crumb. Powered by WordPress.\n")
    [article] = segment(text)
    assert (article.licence.tag, article.licence.holder) == (lic.USED_WITH_PERMISSION, "Tadhg Ó Briain")
    assert "Reprinted" not in article.text and "Copyright" not in article.text


# Shape (round 4b): an HTML issue whose footer line, trimmed into the page's licence, is the club's copyright with a
# refusal in words ("© 2023 Club and the authors. Please don't pass articles on without asking us first."): it
# covers every article, as the same line at the foot of a text issue does; a bare "© 2011 Club" does not.
@pytest.mark.parametrize(("footer", "tags"), [
    ("© 2011 The Workbench Club and the authors. Please don't reprint articles in other publications without "
     "asking us first.", [lic.ALL_RIGHTS_RESERVED] * 2),
    ("© 2011 The Workbench Club and the authors.", [lic.NOASSERTION] * 2),
])
def test_a_trimmed_footer_reserving_rights_covers_every_article(footer, tags):
    trimmed = html_meta.trimmed_rights([footer])
    markup = lic.combine([trimmed]) if trimmed is not None else None
    articles = segment(ISSUE.format(first_own="", foot=""), licence=markup)
    assert [a.licence.tag for a in articles] == tags
