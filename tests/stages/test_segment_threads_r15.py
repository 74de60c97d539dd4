"""Round 15 (issue 16): threads and community help pages as people post them, in several languages. SPEC reads a
thread for the reply its asker or the board chose (its writer is the author) and titles it by its question: a
board's name, a count line ("3 REPLIES") or a status badge ("SOLVED") is never the title. Pages written here in our
own words after the shapes of real boards (SMF-like and Khoros-like help communities)."""

from __future__ import annotations

import pytest

from tests.conftest import only_article, segment_page

# a board's thread: the software prints each post's card (online status, name, rank, stars, post count), the reply's
# subject "Re: TITLE", the post's date, and marks the chosen reply at the top of its text
BOARD = ("Balcony Growers Forum\n\nHome | Help | Search | Login\n\n"
         "Balcony Growers Forum » Fruit » Figs » [{solved}] Why does my potted fig drop its leaves in July?\n\n"
         "Offline pim_k\n\n    Seedling\n    *\n    {posts}: 12\n\n"
         "[{solved}] Why does my potted fig drop its leaves in July?\n« on: 3 July 2024, 09:12:40 »\n"
         "It is three years old, in a 30 cm pot on a west balcony. The lower leaves yellow and fall. Any idea?\n\n"
         "Offline Rosa Delgado-Brandt\n\n    Global Moderator\n    *****\n    {posts}: 4120\n\n"
         "Re: Why does my potted fig drop its leaves in July?\n« Reply #1 on: 3 July 2024, 13:47:55 »\n"
         "{mark}\n\n"
         "Figs in pots shed leaves when the roots dry out between waterings. Water every evening in a heatwave, "
         "shade the pot itself, and feed every two weeks until August.\n\n"
         "Offline pim_k\n\n    Seedling\n    *\n    {posts}: 12\n\n"
         "Re: Why does my potted fig drop its leaves in July?\n« Reply #2 on: 9 July 2024, 18:20:03 »\n"
         "Thanks, it was thirst. Marked as solved.\n\n"
         "SMF 2.1 © 2023, Simple Machines\nBalcony Growers Forum © 2008–2024\n")


# a community help page: each card is the member's name, a rank in the site's own words and the stamp with a time;
# the count of replies stands over the first reply; the mark of acceptance stands under the chosen reply's text
HELP = ("Skip to content\nLumenet Community\nSign in\nRegister\nSearch the community\n\n"
        "This site uses cookies. By using it you agree to their use under your browser settings. Accept | Settings\n\n"
        "Lumenet Community\nHome internet\nWi-Fi\n"
        "My TV box drops the connection every evening – what can I check?\nOptions\nBookmark\nPrint\n\n"
        "My TV box drops the connection every evening – what can I check?\n{badge}\njonas_w7\nNewcomer\n"
        "03-02-2025 20:14\n\n"
        "Every evening around eight the TV box loses the network for a minute or two. The laptop is fine. "
        "What can I try myself before I call?\n\n"
        "Like\nReply\n{count}\nStaff_Lena\nModerator\n04-02-2025 08:05\n\n"
        "Hello, thanks for writing. Does it happen at the same time every day? I will pass this to our experts.\n\n"
        "Like\nReply\nNoor Hadjiev-Lindgren\nCommunity Expert\n04-02-2025 10:22\n\n"
        "Evening drops usually mean a crowded channel. Move the box to the 5 GHz network and pick a fixed channel "
        "instead of Auto. Update the box's software from its settings menu too.\n\n"
        "{accepted}\n14 people found this helpful\nLike\nReply\njonas_w7\nNewcomer\n05-02-2025 19:03\n\n"
        "Thank you, the fixed channel did it.\n\n"
        "Terms | Privacy | Cookies\n© 2025 Lumenet Ltd\n")


# a link-sharing community's thread saved as text: a flair line over the title, the community in brackets after it,
# "submitted ... by NAME" under it, a pinned bot notice first, then comments with their votes; the site's footer
# sentence on its terms runs into its copyright line
SHARED = ("jump to content\nmy communities\nPOPULAR - ALL - RANDOM | AskHere - news - HomeHeat - more »\n\n"
          "HomeHeat comments\nwant to join? Log in or sign up in seconds.|\n\n"
          "Question\nWhich small habit cut your heating bill the most? (self.HomeHeat)\n"
          "submitted 2 months ago by fen_walker\n\n"
          "A small terraced house, two of us, the bill doubled last winter. We already turned the boiler down. "
          "What else actually helped you?\n\n"
          "share\nsave\nreport\n\n88% upvoted\nall 64 comments\nsorted by: best\n\n"
          "[–]HelperBot[M] 1 point 2 months ago - stickied comment\n\n"
          "Thanks for posting! Please keep referral links out of your replies. I am a bot.\n\n"
          "[–]{top} {top_votes} points 2 months ago* (6 children)\n\n"
          "Retired heating engineer here. What made the difference in our own house:\n\n"
          "Bleed the radiators before the cold comes. Trapped air keeps the top of each one cold.\n\n"
          "Close the curtains at dusk, not at bedtime. The glass loses most of the heat in the early evening.\n\n"
          "Fit a foil sheet behind the radiators on outside walls. It throws the heat back into the room.\n\n"
          "[–]fen_walker[S] 96 points 2 months ago\n\nThe curtains one is so simple, doing it tonight.\n\n"
          "[–]{other} {other_votes} points 2 months ago\n\n"
          "Wear a jumper. Honestly that is the whole trick for us, and a hot water bottle at night.\n\n"
          "load more comments (58 replies)\n\nabout\nhelp\nsite rules\n\n"
          "Use of this site constitutes acceptance of our User Agreement and Privacy Policy. "
          "© 2025 Linkmoor, Inc. All rights reserved.\n")


@pytest.mark.parametrize(("top", "top_votes", "other", "other_votes"), [
    ("old_boiler_bill", "512", "tamsin_k", "140"),
    ("old_boiler_bill", "1.2k", "tamsin_k", "980"),
])
def test_a_shared_post_is_titled_over_its_submitted_line_and_written_by_its_top_comment(top, top_votes, other,
                                                                                       other_votes):
    (article,) = segment_page(SHARED.format(top=top, top_votes=top_votes, other=other, other_votes=other_votes))
    assert article.title == "Which small habit cut your heating bill the most?"
    assert article.author == "old_boiler_bill"
    assert article.licence.tag == "LicenseRef-all-rights-reserved"


THREADS = [
    # a board's thread is titled by its replies' subject and written by the chosen reply, in the board's language
    pytest.param(BOARD.format(solved="Solved", posts="Posts", mark="✔ Best answer (chosen by pim_k)"),
                 "Why does my potted fig drop its leaves in July?", "Rosa Delgado-Brandt", id="board-en"),
    pytest.param(BOARD.format(solved="SOLUCIONADO", posts="Mensajes", mark="✔ Mejor respuesta (elegida por pim_k)"),
                 "Why does my potted fig drop its leaves in July?", "Rosa Delgado-Brandt", id="board-es"),
    pytest.param(BOARD.format(solved="Gelöst", posts="Beiträge", mark="✔ Beste Antwort"),
                 "Why does my potted fig drop its leaves in July?", "Rosa Delgado-Brandt", id="board-de"),
    # a help page is titled by its question and written by the accepted reply, in the site's language
    pytest.param(HELP.format(badge="SOLVED", count="3 REPLIES", accepted="✓ Solution accepted by the topic author"),
                 "My TV box drops the connection every evening – what can I check?", "Noor Hadjiev-Lindgren",
                 id="help-page-en"),
    pytest.param(HELP.format(badge="ROZWIĄZANE", count="3 ODPOWIEDZI",
                             accepted="✓ Rozwiązanie zaakceptowane przez autora wątku"),
                 "My TV box drops the connection every evening – what can I check?", "Noor Hadjiev-Lindgren",
                 id="help-page-pl"),
    pytest.param(HELP.format(badge="RESUELTO", count="3 RESPUESTAS", accepted="✓ Solución aceptada"),
                 "My TV box drops the connection every evening – what can I check?", "Noor Hadjiev-Lindgren",
                 id="help-page-es"),
]


@pytest.mark.parametrize(("page", "title", "author"), THREADS)
def test_a_thread_is_titled_by_its_question_and_written_by_the_chosen_reply(page, title, author):
    article = only_article(page)
    assert article.title == title
    assert article.author == author


NEAREST = [
    # the nearest thing: no reply is marked, so nothing outranks the first post's card
    pytest.param(HELP.format(badge="", count="3 REPLIES", accepted=""), "jonas_w7", id="no-mark-of-acceptance"),
    # the nearest thing: the comment sorted second has the most votes, so it is the top comment
    pytest.param(SHARED.format(top="old_boiler_bill", top_votes="140", other="tamsin_k", other_votes="512"),
                 "tamsin_k", id="most-voted-comment-sorted-second"),
]


@pytest.mark.parametrize(("page", "author"), NEAREST)
def test_the_nearest_thing_keeps_the_writer_it_should(page, author):
    assert only_article(page).author == author
