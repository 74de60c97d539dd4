"""Where the segment stage finds an article's licence on pages by other hands (round 7, issue 16's licence row).

Pages written in our own words; each test names the shape it reproduces.
"""

from __future__ import annotations

from pipeline.records import Article, Source
from pipeline.stages import segment as sg
from pipeline.text import licence as lic

POINTS = ("Fit a brush strip to the bottom of every outside door; most of the cold comes in there.\n\n"
          "Close the curtains at dusk, and tuck them behind the radiator, not over it.\n\n"
          "Put a sausage of rolled towel along the sash where the two frames meet.")


def segment(text: str) -> list[Article]:
    source = Source(path="p.txt", sha256="ef" * 32, size=len(text), format="txt")
    record = Article(id=Article.make_id(source), source=source, text=text)
    articles, _ = sg.segment_record(record, sg.SegmentConfig())
    return articles


# Shape: a printed tip sheet saved as text (a PDF dump): its closing leave to copy is hard-wrapped over several lines,
# a word broken with a hyphen at a line's end. The wrapped lines are one notice: the article's free-reprint licence.
SHEET = ("Keeping Warm Without Turning Up The Heating\n\nPrepared by Oluwaseun Adebayo-Clarke, energy adviser\n\n"
         + POINTS + "\n\n{notice}\n")


def test_a_notice_hard_wrapped_over_several_lines_is_read_whole():
    notice = ("This leaflet may be reproduced in its entirety\nfor talks and drop-in sessions, provided that\n"
              "credit is given to the author and the Hollins Energy Ad-\nvice Network.")
    [article] = segment(SHEET.format(notice=notice))
    assert article.licence.tag == lic.FREE_REPRINT
    assert "Hollins Energy Advice Network" in (article.licence.statement or "")
    assert "reproduced" not in article.text  # the notice leaves the body whole


def test_a_two_line_notice_whose_first_line_alone_is_no_notice_is_read_whole():
    notice = ("You are welcome to photocopy this sheet and give it out, as long as\n"
              "it is copied whole and unaltered.")
    [article] = segment(SHEET.format(notice=notice))
    assert article.licence.tag == lic.FREE_REPRINT


def test_a_hard_wrapped_closing_paragraph_with_no_notice_stays_text():
    closing = ("Small changes add up: the three above cost less than a\nweek of heating and last for years, so\n"
               "start with the door.")
    [article] = segment(SHEET.format(notice=closing))
    assert article.licence is None or article.licence.tag == lic.NOASSERTION
    assert "start with the door." in article.text


# Shape: a blog's copy of a piece from a club's newsletter, the editor's note ABOVE the title (in italics on the
# page): the note is set aside with the site's header, and it is still the article's licence.
REPOST = ("Harbour Walks Blog  |  Home  Walks  Contact\n\n{note}\n\nWalking The Sea Wall In Winter\n"
          "Words: Ragnhildur Sigurðardóttir\n\n" + POINTS + "\n")


def test_a_permission_note_above_the_title_is_the_article_s_licence():
    note = ("This essay first ran in the autumn newsletter of the Harbour Ramblers and appears here with the "
            "author's kind permission.")
    [article] = segment(REPOST.format(note=note))
    assert article.licence.tag == lic.USED_WITH_PERMISSION
    assert article.title == "Walking The Sea Wall In Winter" and note not in article.text


def test_a_grant_in_the_site_s_header_is_not_the_article_s():
    [article] = segment(REPOST.format(note="You may reprint any article on this site in your newsletter."))
    assert article.licence is None or article.licence.tag not in (lic.FREE_REPRINT, lic.PUBLIC_DOMAIN)


# Shape: a repost whose note under the byline says where the original lives, in a second sentence on its line.
def test_a_permission_note_naming_where_the_original_lives_is_read_whole():
    text = ("Asking For A Raise\n\nby Ama Owusu-Ansah\n\nShared here with the kind permission of its author. "
            "The original lives on the Harbour Careers site.\n\n" + POINTS + "\n")
    [article] = segment(text)
    assert article.licence.tag == lic.USED_WITH_PERMISSION and "original lives" not in article.text


# Shape: a forum thread's text export: the opening post, then the board's footer row, whose last item says the posts
# stay their writers' ("Posts remain the copyright of their respective authors"): all rights reserved.
THREAD = ("Topic: Sleeping Out Alone For The First Time\n\nby Chidinma Okafor-Reyes\n\n" + POINTS
          + "\n\nPages: [1]\n{footer}\n")


def test_a_forum_footer_row_ending_in_the_posts_copyright_reserves_rights():
    footer = "Hill Walkers Board · Powered by ForumKit 3 · Posts remain the copyright of their respective authors."
    [article] = segment(THREAD.format(footer=footer))
    assert article.licence.tag == lic.ALL_RIGHTS_RESERVED


def test_a_forum_footer_row_crediting_only_the_software_states_nothing():
    footer = "Hill Walkers Board · Community platform by ForumKit® © 2012-2023 ForumKit Ltd."
    [article] = segment(THREAD.format(footer=footer))
    assert article.licence is None or article.licence.tag == lic.NOASSERTION


# Shape: a newspaper's letter to the editor, signed under a dash line, then the page's letters policy (a short
# sentence of its own, then the writers' copyright) and its contact line: the policy is the letter's licence and the
# signature above it is still read.
LETTER = ("The ferry timetable needs fixing\n\nSir,\n\n" + POINTS
          + "\n\n——————————\nGrainne Ní Mhaolagáin\nWest Quay\n\n"
          "{policy}\n\nWrite to us: letters@harbourpost.example. Please include your address.\n")


def test_a_letters_policy_keeping_the_writers_copyright_is_the_letter_s_licence():
    policy = "Letters are printed as sent. Writers keep the copyright in their letters."
    [article] = segment(LETTER.format(policy=policy))
    assert article.licence.tag == lic.ALL_RIGHTS_RESERVED
    assert article.author == "Grainne Ní Mhaolagáin"


def test_a_byline_sentence_before_a_notice_still_names_the_author():
    text = ("Oiling A Door Hinge\n\n" + POINTS + "\n\nWritten by Teodor Vasilescu. Text on this site is CC BY 4.0.\n\n"
            "Tags: doors, hinges\n")
    [article] = segment(text)
    assert article.licence.tag == "CC-BY-4.0" and article.author == "Teodor Vasilescu"


# Shape: a guest column's copyright line under the text, with a personal-use sentence after it on the same line, then
# a rule and the series' next title (the trailer scan stops there): the writer's copyright is the article's.
COLUMN = ("Sun Sense For Gardeners\n\nBy Cathal Mac Giolla Bhríde\n\n" + POINTS + "\n\n{notice}\n\n"
          "----------------------------------------\nNext in Garden Health: Kneeling Without The Creaks\n")


def test_the_writer_s_copyright_with_a_personal_use_sentence_is_the_article_s():
    [article] = segment(COLUMN.format(notice="© Cathal Mac Giolla Bhríde 2019. You may print this page for your "
                                              "personal use."))
    assert article.licence.tag == lic.ALL_RIGHTS_RESERVED and article.licence.holder == "Cathal Mac Giolla Bhríde"
    assert "personal use" not in article.text


def test_a_site_s_copyright_with_the_same_sentence_stays_chrome():
    [article] = segment(COLUMN.format(notice="© 2019 Garden Weekly. You may print this page for your personal use."))
    assert article.licence is None or article.licence.tag == lic.NOASSERTION


# Shape: a recipe blog: the story, the card, the cook's "About me", then her claim on the blog's words with a refusal
# on the same line, then the comments (the trailer scan stops at them). The refusal reserves the rights.
RECIPE = ("Quick Lentil Soup For Weeknights\nRecipe by Nilufar Rahmanova\n\nIngredients\n1 onion\n200 g red lentils\n\n"
          "Method\n1. Soften the onion in oil for five minutes.\n2. Add the lentils and a litre of stock.\n"
          "3. Simmer for twenty minutes and season.\n\nAbout me: Nilufar cooks in a small flat in Tashkent.\n\n"
          "{notice}\n\n3 comments\nDana: Lovely and quick!\nPiet: Can I freeze it?\n")


def test_a_claim_on_the_blog_s_words_before_a_refusal_is_read_with_it():
    notice = ("All the words and photos on this blog are mine. Please don't copy my recipes onto other sites; "
              "a link back is welcome instead.")
    [article] = segment(RECIPE.format(notice=notice))
    assert article.licence.tag == lic.ALL_RIGHTS_RESERVED and "don't copy" not in article.text


def test_a_story_sentence_before_a_site_s_bare_mark_is_not_a_notice():
    notice = "The pots in my kitchen are mine and my mother's. Kitchen Notes © 2020"
    [article] = segment(RECIPE.format(notice=notice))
    assert article.licence is None or article.licence.tag == lic.NOASSERTION


# Shape: a newsletter platform's post saved as text: the post, the subscribe prompt, then the writer's bare copyright
# line and the platform's row of links separated by bullet operators (∙, U+2219): the row is chrome, so the trailer
# scan reaches the copyright line above it.
def test_a_link_row_separated_by_bullet_operators_is_chrome_under_the_copyright_line():
    from pipeline.text.attribution import is_footer_chrome

    assert is_footer_chrome("Privacy ∙ Terms ∙ Collection notice")
    text = ("Feeding A Crowd On A Budget\n\n" + POINTS + "\n\nThanks for reading! Subscribe for free to get new posts."
            "\n\n© 2025 Anahit Grigoryan\nPrivacy ∙ Terms ∙ Collection notice\n")
    [article] = segment(text)
    assert article.licence.tag == lic.ALL_RIGHTS_RESERVED and article.licence.holder == "Anahit Grigoryan"


# Shape: a newspaper site's copy of a syndicated advice column: the answer, the write-in line, the syndicate's bare
# copyright line, then the site's list of more columns (the trailer scan stops there). The syndicate's line is the
# column's notice on whichever site runs it; the site's own bare mark in the same place stays chrome.
ADVICE = ("Husband underfoot since he retired\n\nDEAR ROSALIND: My husband is home all day now. -- CROWDED\n\n"
          "DEAR CROWDED: " + POINTS + "\n\nWrite to Rosalind c/o the syndicate.\n\n{mark}\n\nMORE ADVICE\n"
          "Dear Rosalind: My sister borrowed money and went quiet\nDear Rosalind: Friends bring uninvited guests\n")


def test_a_syndicate_s_copyright_under_a_column_is_the_column_s():
    [article] = segment(ADVICE.format(mark="© 2022 Northshore Features Syndicate"))
    assert article.licence.tag == lic.ALL_RIGHTS_RESERVED and article.licence.holder == "Northshore Features Syndicate"


def test_a_site_s_bare_mark_in_the_same_place_stays_chrome():
    [article] = segment(ADVICE.format(mark="© 2022 Northshore Gazette"))
    assert article.licence is None or article.licence.tag == lic.NOASSERTION


# Shape: a plain-text ezine carrying two articles, its reprint policy at the foot worded for "individual articles"
# (hard-wrapped): every article of the issue may travel, each with its own author's name and box.
EZINE = ("THE PLOT HOLDER'S LETTER    Issue 12\n\nIn this issue:\n 1. Hardening Off Seedlings\n 2. Never Digging Again"
         "\n\n1. HARDENING OFF SEEDLINGS\nby Rosalind Achterberg\n\n" + POINTS + "\n\n-----\n\n"
         "2. NEVER DIGGING AGAIN\nby Bartholomew Nkemelu\n\n" + POINTS + "\n\n-----\n{foot}\n")


def test_a_reprint_policy_for_individual_articles_covers_every_article_of_the_issue():
    foot = ("REPRINT POLICY: Individual articles may be reprinted in your own\nnewsletter or website with the "
            "author's name\nand closing paragraph attached.")
    articles = segment(EZINE.format(foot=foot))
    assert [a.author for a in articles] == ["Rosalind Achterberg", "Bartholomew Nkemelu"]
    assert [a.licence.tag for a in articles] == [lic.FREE_REPRINT, lic.FREE_REPRINT]


def test_a_grant_for_this_article_at_the_foot_still_covers_the_last_one_only():
    foot = "You may reprint this article in your newsletter if the byline stays."
    articles = segment(EZINE.format(foot=foot))
    assert [a.licence.tag for a in articles] == [lic.NOASSERTION, lic.FREE_REPRINT]


# Shape: an e-mailed newsletter whose second article closes with its writer's resource box holding its own reprint
# leave, then the reader mailbag and the issue's copyright (the trailer scan stops at the mailbag): the box's leave
# is that article's licence; the first article has the issue's copyright only.
MAILED = ("THE LANTERN LETTER  Issue 88\n\n1. SLEEP IS A SKILL\nby Carys Penhaligon\n\n" + POINTS + "\n\n-----\n\n"
          "2. THE POLITE ART OF SAYING NO\nby Ramón Echeverría-Soto\n\n" + POINTS + "\n\n{box}\n\n-----\nREADER MAILBAG"
          "\n-----\nThank you to everyone who wrote in about last week's challenge. Jo cleared a whole cupboard!\n\n"
          "Copyright 2014 The Lantern Letter. All rights reserved.\n")


def test_a_reprint_leave_in_the_last_writer_s_box_above_the_mailbag_is_that_article_s():
    box = ("Ramón Echeverría-Soto coaches managers in Valencia. Want to use this article in your own newsletter? "
           "Go ahead, as long as you run it complete and include this paragraph with it.")
    articles = segment(MAILED.format(box=box))
    assert [a.author for a in articles] == ["Carys Penhaligon", "Ramón Echeverría-Soto"]
    assert [a.licence.tag for a in articles] == [lic.ALL_RIGHTS_RESERVED, lic.FREE_REPRINT]


def test_a_box_that_grants_nothing_leaves_the_issue_s_copyright():
    box = "Ramón Echeverría-Soto coaches managers in Valencia. His next workshop is in May."
    articles = segment(MAILED.format(box=box))
    assert [a.licence.tag for a in articles] == [lic.ALL_RIGHTS_RESERVED, lic.ALL_RIGHTS_RESERVED]
