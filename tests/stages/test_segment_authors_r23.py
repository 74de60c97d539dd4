"""Round 23 (issue 16): authors on real-shaped pages: a forum table's column header, a byline's role element glued
after the name, a blog front page whose markup names the site's account, the reply a thread marks as its solution
signed with a full name under its handle, and an old board's signature framed in tildes.
Our own words (invented sites and people).

A wrong name is worse than none for a republisher: each rule has a test that the look-alike names nobody.
"""

from __future__ import annotations

from tests.conftest import file_articles, html_author
from tests.conftest import only_article as only

POINTS = ("1) Wrap the outdoor tap in a foam jacket before the first frost, and tape the seams shut.\n\n"
          "2) Find the stop tap now, while it is light and dry, and check that it turns all the way.\n\n"
          "3) Leave the loft hatch open on the coldest nights so a little warm air reaches the tank.\n\n")


def _board(header: str, signature: str) -> str:
    return ("Frostline Forum :: View topic - Keeping pipes from freezing\nFrostline Forum\n\n"
            "FAQ   Search   Memberlist   Register\n\n"
            "Frostline Forum Index -> Winter Jobs\n\nKeeping pipes from freezing\n\n" + header +
            "drippytap\nJoined: 02 Feb 2005\nPosts: 611\n"
            "\tPosted: Mon Nov 13, 2006 8:02 pm    Post subject: Keeping pipes from freezing\n\n" + POINTS +
            "That's all it takes in most houses.\n\n" + signature +
            "Back to top\n\nwinterwren\nJoined: 09 Oct 2006\nPosts: 4\n"
            "\tPosted: Tue Nov 14, 2006 7:10 am    Post subject: Re: Keeping pipes from freezing\n\n"
            "Thank you, doing the tap jacket tonight.\nBack to top\n\nPowered by phpBB\n")


def test_a_forum_table_s_column_header_names_nobody():
    article = only(_board("Author\tMessage\n", ""))
    assert article.author != "Author Message"


def test_an_old_board_s_signature_framed_in_tildes_names_the_poster():
    signature = "_________________\n~~ Osric Penhallow-Birch ~~ plumber in Truro since 1988 ~~\n"
    assert only(_board("Author\tMessage\n", signature)).author == "Osric Penhallow-Birch"


def test_a_tilde_framed_signature_of_no_person_names_nobody():
    signature = "_________________\n~~ Keep Calm And Lag Pipes ~~ since 1988 ~~\n"
    assert only(_board("", signature)).author != "Keep Calm And Lag Pipes"


def _thread(signature: str) -> str:
    return ("Tailwag Community\nHome › Forums › Training\n\n[SOLVED] Puppy chews the skirting boards\n"
            "Page 1 of 1 · 4 posts\n\n--------------------\nbusy_bea\nJunior Member · Joined: May 2025 · Posts: 2\n"
            "Posted 3 Jun 2025, 10:02\n\nHe is four months old and has started on the skirting. What do I do?\n\n"
            "--------------------\nhollyoak\nModerator · Joined: Jan 2012 · Posts: 7,301\nPosted 3 Jun 2025, 12:40\n"
            "✔ Marked as solution by busy_bea\n\n"
            "Give him something better to chew. A frozen carrot or a rubber toy stuffed with food beats a skirting "
            "board every time, so keep two in every room he uses.\n\n"
            "Block what you cannot watch. A baby gate across the hallway keeps him off the worst of it while he "
            "learns, and it saves you from saying no forty times a day.\n\n"
            "Swap, never scold. Take the board away from his mouth, hand him the toy, and praise him the moment "
            "he chews the right thing.\n\n" + signature +
            "--------------------\nbusy_bea\nJunior Member · Posts: 3\nPosted 4 Jun 2025, 08:00\n\n"
            "Thank you, the frozen carrot worked!\n\n--------------------\nQuick Reply\n")


def test_the_reply_marked_as_solution_is_by_the_name_signed_under_its_handle():
    article = only(_thread("--\nPerpetua Ní Bhraonáin\nTrainer, Riverside Dog Club\n\n"))
    assert article.author == "Perpetua Ní Bhraonáin"


def test_an_unsigned_reply_marked_as_solution_is_by_its_handle_not_the_asker():
    assert only(_thread("")).author == "hollyoak"


def _page(byline: str, ld_author: str) -> str:
    return ("<html><head><title>Re-seal a bath - Fixit Weekly</title>"
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo",'
            f'"name":"How to re-seal a bath","author":{{"@type":"Person","name":"{ld_author}"}}}}</script></head>'
            '<body><article><h1>How to re-seal a bath</h1>'
            f'<div class="byline">{byline} | Updated 2 May 2024</div>'
            "<div class=\"editor-note\">Fact checked by Dorcas Penwright</div>"
            "<p>Old silicone goes black and lets water behind the tiles. Replacing it takes an afternoon and a "
            "steady hand, and the bath must not be used for a day afterwards.</p>"
            "<p>Cut the old bead out with a sharp blade, clean the joint with spirit and let it dry overnight.</p>"
            "</article></body></html>")


def test_a_byline_s_role_element_glued_after_the_name_leaves_the_name():
    byline = 'by <span class="author-name">Nguyễn Thu Hà</span> <span class="role">Contributing Writer</span>'
    assert html_author(_page(byline, "Dorcas Penwright")) == "Nguyễn Thu Hà"


def test_a_surname_that_is_a_job_word_stays_in_the_name():
    byline = 'by <span class="author-name">Hester Mae Cook</span>'
    assert html_author(_page(byline, "Hester Mae Cook")) == "Hester Mae Cook"


POSTS = (("Chillies on a cold windowsill", "Solveig Aalto-Brennan",
          ("Chillies want more warmth than a north window gives, so every trick here is about heat and light.",
           "Stand the pots on a tray of gravel over the radiator shelf, where the warm air rises past them.",
           "Turn each pot a quarter every other day so the stems grow straight instead of leaning at the glass.",
           "Feed weekly once the first flowers open, with a tomato feed mixed at half the strength on the bottle.",
           "Tickle the open flowers with a soft brush, because no bee will find them behind the window.")),
         ("Herbs that forgive you", "Teodor Wilk",
          ("Some herbs cope with a missed watering and some never do, so start with the forgiving ones.",
           "Mint, chives and thyme shrug off a dry weekend, which basil and coriander will not survive.",
           "Plant the three together in one long trough so a single watering reaches all of them at once.",
           "Cut them often and from the top, since a herb that is picked keeps making new soft shoots.",
           "Add the fussier herbs only once the watering routine has stuck for a month or so.")),
         ("Pots from the kitchen", "Mirela Dumbravă",
          ("Most seed pots can come out of the recycling bin rather than the garden centre.",
           "Yoghurt pots make fine seed pots once you punch three holes in the base with a skewer.",
           "Stand them in an old baking tray so the water that runs through them does not reach the sill.",
           "Write each sowing on the side in pencil, because felt pen fades in a fortnight of sun.",
           "Throw them away after a season, as the plastic turns brittle and splits when you lift it.")))


def _front_page(login: str) -> str:
    posts = "".join(
        f'<article class="post type-post"><header class="entry-header"><h2 class="entry-title"><a href="/{k}/" '
        f'rel="bookmark">{title}</a></h2><div class="entry-meta">Posted on <time datetime="2024-05-0{k + 1}">'
        f'{k + 1} May 2024</time> by <span class="author vcard"><a class="url fn n" href="/author/{k}/">{name}</a>'
        f'</span> in <a href="/c/">Indoors</a></div></header><div class="entry-content">'
        + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></article>\n"
        for k, (title, name, paragraphs) in enumerate(POSTS))
    return (f'<!DOCTYPE html><html><head><title>Windowsill Growers | three growers, one blog</title>'
            f'<meta name="author" content="{login}"></head><body class="home blog"><header class="site-header">'
            f'<p class="site-title"><a href="/">Windowsill Growers</a></p></header><main id="main">{posts}</main>'
            f'<footer class="site-footer"><p>© 2024 Windowsill Growers</p></footer></body></html>')


def test_a_front_page_whose_markup_names_the_site_s_account_credits_its_first_post_to_its_byline(tmp_path):
    page = tmp_path / "front.html"
    page.write_text(_front_page("windowsill-admin"), encoding="utf-8")
    authors = [a.author for a in file_articles(page)]
    assert authors == ["Solveig Aalto-Brennan", "Teodor Wilk", "Mirela Dumbravă"]


def test_a_double_given_name_in_the_markup_is_no_account_login():
    from pipeline.text.html_meta import LOGIN

    assert LOGIN.fullmatch("windowsill-admin") and LOGIN.fullmatch("teo-wilk")
    assert not LOGIN.fullmatch("Ann-Mari") and not LOGIN.fullmatch("Solveig Aalto-Brennan")


def _blog(byline: str, closing: str) -> str:
    return ("THE COPPER KETTLE\nthrift for people who hate budgets\nHome  About  Archive\n\nMoney & Home\n\n"
            "Make a Week of Lunches From One Roast\n\n" + byline + "\n\n"
            "A roast on Sunday can feed a household until Thursday if you plan the leftovers before you carve it, "
            "so here is how we stretch one bird across the week without anyone noticing.\n\n"
            "Carve it all at once. Slice every scrap of meat off while it is warm and box it by meal.\n\n"
            "Boil the carcass the same night. An hour in a pot with an onion gives a stock for two soups.\n\n"
            "Freeze one box straight away. A box you cannot see on Wednesday is a box nobody picks at.\n\n"
            + closing + "\n\n© 2023 The Copper Kettle\n")


def test_a_byline_s_pen_name_is_the_author_where_the_page_calls_it_a_pen_name():
    closing = ("About me: The Copper Magpie is the pen name of Ines Vaccaro-Lund, a school bursar in Sligo who "
               "has written about money since her first payslip.")
    article = only(_blog("Posted on 8 March 2023 by The Copper Magpie — 14 Comments", closing))
    assert article.author == "The Copper Magpie"


def test_a_byline_naming_no_person_and_no_declared_pen_name_names_nobody():
    closing = "The Copper Magpie is our newsletter: sign up for it below."
    article = only(_blog("Posted on 8 March 2023 by The Copper Magpie — 14 Comments", closing))
    assert article.author is None


def test_a_co_writer_credited_with_the_writer_is_a_co_author():
    article = only(_blog("By 박지우 with Ottoline Férez-Amaral", ""))
    assert article.author == "박지우 and Ottoline Férez-Amaral"


def test_additional_reporting_after_with_is_no_co_author():
    article = only(_blog("By Ottoline Férez-Amaral with additional reporting by Bo Lindahl", ""))
    assert article.author == "Ottoline Férez-Amaral"


def _owner_post(postscript: str) -> str:
    return ("Kettle and Crank\nnotes from a year-round cyclist\n\nHome | Routes | About Me\n\n"
            "Monday, 6 November 2023\n\n"
            "Five Things to Fix Before the Clocks Go Back\n\n"
            "The dark evenings catch everybody out, so this week is a short list of jobs for the weekend before.\n\n"
            "Check the lights. Charge both and carry a spare rear one in the saddle bag.\n\n"
            "Look at the brake pads. Wet grit wears them to the metal faster than a whole summer.\n\n"
            "Fit mudguards. Your back and your colleagues will thank you by the first wet Monday.\n\n"
            + postscript + "\n\nPosted by Aled at 07:40     2 comments\n\nABOUT ME\nAled Pryce-Morgan\n"
            "Riding to work in all weathers since 2015. View my complete profile\n\n"
            "© 2023 Aled Pryce-Morgan. Powered by Blogger.\n")


def test_a_postscript_in_which_the_writer_names_herself_credits_her_over_the_blog_s_owner():
    postscript = ("P.S. Aled is away this month, so this post was written by me, his sister and fellow commuter "
                  "Bethan Ruiz-Whitlock, from his notes.")
    assert only(_owner_post(postscript)).author == "Bethan Ruiz-Whitlock"


def test_a_postscript_without_such_a_credit_leaves_the_blog_s_owner():
    postscript = "P.S. Thanks to Bethan Ruiz-Whitlock for lending me her track pump this week."
    assert only(_owner_post(postscript)).author == "Aled Pryce-Morgan"


def test_a_byline_element_running_on_into_a_weekday_and_date_leaves_the_name():
    byline = 'By <a href="/col/">Uncle Hawthorn</a> <time datetime="2025-10-09">Thursday 9 October 2025</time>'
    assert html_author(_page(byline, "Dorcas Penwright")) == "Uncle Hawthorn"


def _paper(scan_note: str) -> str:
    return ("Skip to main content\nMillbrook Ledger\n" + scan_note + "\nDonate    Newsletters    Search\n"
            "News  |  Homes  |  Money  |  About us\n\nHOMES\n\n"
            "Stop a Dripping Tap Tonight\n\nA washer costs pennies and the job takes twenty minutes\n\n"
            "by Ysolde Kaczmarek-Reyes, Millbrook Ledger\nMarch 3, 2025\n\n"
            "A tap that drips once a second wastes a bathful of water every week, and the fix is nearly always a "
            "worn washer that costs less than a stamp. Here is how to change one without flooding the kitchen.\n\n"
            "Turn the water off under the sink. Open the tap afterwards to let the pipe drain.\n\n"
            "Take the handle off. A cap on top hides the screw that holds it.\n\n"
            "Swap the washer. Take the old one to the shop so the new one matches.\n\n"
            "© 2025 Millbrook Ledger Trust. All rights reserved.\n")


def test_a_byline_left_in_the_text_under_a_tagline_sentence_names_the_writer():
    article = only(_paper("Local news for the Millbrook valley. Free to read, paid for by readers."))
    assert article.author == "Ysolde Kaczmarek-Reyes"


def test_a_byline_quoted_in_a_republish_box_under_the_text_names_nobody_new():
    page = _paper("Local news for the valley. Free to read.").replace(
        "by Ysolde Kaczmarek-Reyes, Millbrook Ledger\n", "")
    page = page.replace("© 2025", "Republish this story: credit it as by Odile Brandt, Millbrook Ledger.\n\n© 2025")
    assert only(page).author != "Odile Brandt"


def test_a_footer_link_row_under_the_site_s_copyright_line_signs_nothing():
    page = _paper("").replace("by Ysolde Kaczmarek-Reyes, Millbrook Ledger\n", "").replace(
        "All rights reserved.\n", "All rights reserved.\nKakor   Integritet\n")
    assert only(page).author != "Kakor Integritet"
