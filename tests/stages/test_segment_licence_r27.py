"""Round 27 (issue 16): a site's default licence ("unless otherwise noted", "except where noted otherwise") yields
to the article's own statement, read on whole pages in our own words (invented sites and people).

- A guest's bare © closing her bio, under a post the host's byline put up, is the piece's own notice: all rights
  reserved over the sidebar's default. The host's own © under his own byline names who licenses: the default
  stands. A page with no © of the piece keeps the default.
- A syndicate's "© ... All rights reserved" in another language under the piece outranks the footer's default;
  the site's own all-rights footer, the site named in its default, does not.
- A guest bio saying the words stay her copyright and asking to be asked first outranks a rel=license footer.
- A host's note sharing a guest piece "with his permission" makes that post used-with-permission on a blog's home
  page; the host's other posts keep the sidebar's default.
"""

from __future__ import annotations

from pipeline.text import licence as lic
from tests.conftest import file_articles, only_article, segment_page

POINTS = ("Pick a sunny corner\nBees warm up slowly, so a hive that catches the morning light is out foraging an hour "
          "earlier than one in the shade.\n\n"
          "Face the entrance away from the wind\nA cold draught straight into the hive costs the colony honey all "
          "winter long, and you will see it in the spring.\n\n"
          "Keep the grass short in front\nLong grass at the entrance slows the foragers down and hides the mice that "
          "move in when the weather turns.\n\n"
          "Check the stand is level\nA hive that leans drips condensation onto the cluster instead of down the walls, "
          "and damp bees are cold bees.\n\n")


def _guest_page(bio: str, byline: str = "Posted by Tobias Renwick on 4 May 2026 | 6 comments") -> str:
    return ("Hive and Hedge\nNotes from a small apiary on the edge of town\n\nHome   About   Hive diary   Contact\n\n"
            "Guest post: Where to Put Your First Beehive\n\n"
            f"{byline}\n\n"
            "A note from Tobias: I am away at the county show this week, so a friend from the club has written "
            "today's post. Over to her. - Tobias\n\n"
            "Hello, readers. Choosing where a hive stands matters more than which hive you buy.\n\n"
            f"{POINTS}"
            f"{bio}\n\n"
            "Tobias Renwick, 4 May 2026 at 08:15\nLovely, thank you for this!\n\n"
            "Load more comments\n\n"
            "SIDEBAR\nAbout this blog: I keep six hives and too many notebooks.\n"
            "Unless otherwise noted, posts on Hive and Hedge are licensed under a Creative Commons Attribution 4.0 "
            "International licence (CC BY 4.0).\n"
            "Archive: May 2026 (2) | April 2026 (4)\n\nPowered by a blogging platform | Theme: Meadow\n")


def test_a_guests_bare_copyright_in_her_bio_outranks_the_sites_default_licence():
    article = only_article(_guest_page("Ilse Varga-Moreno runs the bee club's apiary and teaches the beginners' "
                                       "course every spring. Text © 2026 Ilse Varga-Moreno."))
    assert article.licence.tag == lic.ALL_RIGHTS_RESERVED
    assert article.licence.holder == "Ilse Varga-Moreno"


def test_the_hosts_own_copyright_under_his_own_byline_keeps_the_default_licence():
    article = only_article(_guest_page("Tobias Renwick keeps six hives behind the allotments and writes this blog. "
                                       "Text © 2026 Tobias Renwick.", byline="By Tobias Renwick, 4 May 2026"))
    assert article.licence.tag == "CC-BY-4.0"


def test_a_post_stating_nothing_of_its_own_keeps_the_default_licence():
    article = only_article(_guest_page("Ilse Varga-Moreno runs the bee club's apiary and teaches the beginners' "
                                       "course every spring."))
    assert article.licence.tag == "CC-BY-4.0"


def _partner_page(notice: str) -> str:
    return ("Porch and Plot\nGrow | Build | Cook | Newsletter\n\nPartner content\n\n"
            "Where to Put Your First Beehive\n\nBy Ilse Varga-Moreno | Bienenblatt\nMay 4, 2026 · 5 min read\n\n"
            "Choosing where a hive stands matters more than which hive you buy. These four checks take an afternoon.\n"
            "\nPick a sunny corner: bees warm up slowly, so a hive that catches the morning light is out foraging an "
            "hour earlier than one in the shade.\n\n"
            "Face the entrance away from the wind: a cold draught straight into the hive costs the colony honey all "
            "winter long.\n\n"
            "Keep the grass short in front: long grass at the entrance slows the foragers down and hides mice.\n\n"
            "Check the stand is level: a hive that leans drips condensation onto the cluster, and damp bees are "
            "cold bees.\n\n"
            "Ilse Varga-Moreno keeps bees near Graz and writes a weekly column for Bienenblatt.\n\n"
            f"{notice}\n\n"
            "Tags: bees · spring\n\nMORE FROM GROW\nSowing wildflowers in a lawn\nWhy bees love ivy\n\n"
            "Porch and Plot\n"
            "Unless marked otherwise, articles on Porch and Plot are published under a Creative Commons Attribution "
            "4.0 International licence.\n"
            "About · Advertise · Privacy\n")


def test_a_syndicates_all_rights_notice_in_another_language_outranks_the_footers_default():
    article = only_article(_partner_page("© 2026 Bienenblatt Verlag GmbH. Alle Rechte vorbehalten."))
    assert article.licence.tag == lic.ALL_RIGHTS_RESERVED


def test_the_sites_own_all_rights_line_leaves_its_default_licence_standing():
    article = only_article(_partner_page("© 2026 Porch and Plot Media Ltd. All rights reserved."))
    assert article.licence.tag == "CC-BY-4.0"


def test_a_bare_copyright_of_the_site_leaves_its_default_licence_standing():
    article = only_article(_partner_page("© 2026 Porch and Plot"))
    assert article.licence.tag == "CC-BY-4.0"


def test_a_guest_bio_keeping_the_words_her_copyright_outranks_a_rel_license_footer(tmp_path):
    page = ("<html><head><title>Four checks before your first hive</title>"
            '<link rel="license" href="https://creativecommons.org/licenses/by/4.0/"></head><body>'
            "<article><h1>Four checks before your first hive</h1><p>By admin</p>"
            "<p><em>Editor's note: this week's guest post comes from Ilse Varga-Moreno of the town bee club.</em></p>"
            "<h2>1. Pick a sunny corner</h2><p>Bees warm up slowly, so morning light gets them out earlier.</p>"
            "<h2>2. Face the entrance away from the wind</h2><p>A cold draught costs the colony honey all winter.</p>"
            "<h2>3. Keep the grass short in front</h2><p>Long grass slows the foragers and hides the mice.</p>"
            '<div class="guest-bio"><p><strong>About Ilse:</strong> Ilse Varga-Moreno teaches the beginners\' course. '
            "The words in this post remain her copyright; please ask her at ilse@hivemail.example before "
            "republishing any of it.</p></div></article>"
            "<footer><p>Except where otherwise noted, content on Hive Notes is licensed under a "
            '<a rel="license" href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution 4.0 '
            "International License</a>.</p></footer></body></html>")
    path = tmp_path / "guest.html"
    path.write_text(page, encoding="utf-8")
    (article,) = file_articles(path)
    assert article.licence.tag == lic.ALL_RIGHTS_RESERVED


def _home_page(note: str) -> str:
    post = ("Water first thing in the morning. The leaves dry before the sun is strong and slugs have less to "
            "hide under by evening.\n\nSoak the roots, not the leaves. A long drink twice a week beats a splash "
            "every night.\n\nMulch after watering. A layer of grass clippings keeps the water in the soil.\n\n")
    return ("Muddy Boots Plot\nA half-plot diary\n\n"
            "Tuesday, 9 June 2026\n\nWatering without waste\n\n" + post +
            "Posted by Signe Arvidsson at 8:12 PM  |  3 comments\n\n"
            "Monday, 1 June 2026\n\nWhat the old hands taught me about beans\n\n" + note + "\n\n" + post +
            "Posted by Signe Arvidsson at 7:40 PM  |  1 comment\n\n"
            "Newer Posts   Home   Older Posts\n\n"
            "Except where noted otherwise, the writing on this blog is licensed under a Creative Commons "
            "Attribution-NonCommercial 4.0 International License.\n\n"
            "© 2026 Muddy Boots Plot. Powered by Blogger.\n")


def test_a_guest_piece_shared_with_his_permission_outranks_the_sidebar_default_on_a_home_page():
    note = ("Guest post note: Ruben Achterberg looks after the beans at the plot next to mine and first wrote this "
            "for our society's newsletter. He kindly let me share it here with his permission. - Signe")
    articles = segment_page(_home_page(note))
    assert [a.licence.tag for a in articles] == ["CC-BY-NC-4.0", lic.USED_WITH_PERMISSION]


def test_the_home_pages_posts_without_a_note_keep_the_sidebar_default():
    articles = segment_page(_home_page("A few things I learned the hard way this spring."))
    assert [a.licence.tag for a in articles] == ["CC-BY-NC-4.0", "CC-BY-NC-4.0"]
