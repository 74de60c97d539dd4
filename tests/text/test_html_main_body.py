"""Main text of an HTML page: the lines at its edges, headings left over a removed list, the lead set apart by the
theme (own-words pages reproducing shapes seen on trafilatura-eval's development part, see bench/body_study.py)."""

from __future__ import annotations

from pipeline.text.extract import html_to_text

LONG_1 = ("<p>The ferry to the outer islands runs twice a day in summer, once in the morning and once late in "
          "the afternoon, and the morning boat fills up with cyclists well before it leaves the pier.</p>")
LONG_2 = ("<p>Tickets are sold at the kiosk by the harbour wall, and the crew will not take cards on board, so "
          "bring cash or buy a return before you queue with everyone else on the slipway.</p>")
LONG_3 = ("<p>On the islands themselves the roads are narrow and unlit, which makes a front lamp and a bell more "
          "useful than speed, and the one shop closes at six sharp on weekdays.</p>")
LONG_4 = ("<p>Camping is allowed only on the marked field behind the chapel, where a tap and a bin are provided "
          "by the parish, and fires are forbidden everywhere on the dunes in dry weeks.</p>")


# a row of topic links outside the article, as on most news pages: it pulls the page's <body> below the article's
# own element, so the body element is the main content, not the whole page
TOPICS = "<div class='topics'>" + " ".join(
    f"<a href='/t/{word}'>{word} and more news from the islands</a>" for word in
    ("Harbour", "Weather", "Council", "Schools", "Fishing", "Tourism", "Roads", "Events")) + "</div>"


def page(body: str, title: str = "Island Ferries") -> str:
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a>"
            f"</nav>{TOPICS}{body}<footer><p>Harbour Weekly, all rights reserved.</p></footer></body></html>")


def text_of(body: str) -> str:
    return html_to_text(page(body)).text


# --- whole sentences at the article's edges are the article's ---------------------------------------------------


def test_a_closing_sentence_with_a_link_in_it_stays():
    body = ("<div class='content'>" + LONG_1 + LONG_2 + LONG_3
            + "<p>For the winter timetable, see the <a href='/w'>ferry office page</a> before you travel.</p></div>")
    assert "For the winter timetable, see the ferry office page before you travel." in text_of(body)


def test_an_opening_sentence_that_names_a_year_stays():
    body = ("<div class='content'><p>In 2021 the evening boat to the outer islands will not run at all.</p>"
            + LONG_1 + LONG_2 + LONG_3 + "</div>")
    assert text_of(body).startswith("In 2021 the evening boat to the outer islands will not run at all.")


def test_a_closing_cjk_sentence_with_a_link_stays():
    sentence = "島へのフェリーは夏の間は一日に二回運航しますので、時刻表を前もって確認してください。"
    body = ("<div class='content'>" + LONG_1 + LONG_2 + LONG_3
            + f"<p><a href='/t'>時刻表</a>{sentence}</p></div>")
    assert sentence in text_of(body).replace(" ", "")


def test_chrome_lines_at_the_edges_are_still_trimmed():
    body = ("<div class='content'><p>Published on 3 May 2021 by the harbour desk.</p>" + LONG_1 + LONG_2 + LONG_3
            + "<p>Share this story with your friends and neighbours on social media!</p>"
            + "<p><a href='/tag/ferries'>Ferries</a> <a href='/tag/islands'>Islands</a></p></div>")
    text = text_of(body)
    assert "Published on" not in text and "Share this story" not in text and "Islands" not in text.split("\n")[-1]


# --- a heading whose section was all removed goes with it -------------------------------------------------------

LINKS = ("<ul><li><a href='/a'>How the new pier was built in three winters</a></li>"
         "<li><a href='/b'>Why the island shop closes at six on weekdays</a></li>"
         "<li><a href='/c'>Ten quiet beaches you can reach by bicycle</a></li></ul>")


def test_a_heading_over_a_removed_link_list_between_sections_goes():
    body = ("<div class='content'><h2>Getting there</h2>" + LONG_1 + LONG_2 + "<h3>Also worth reading</h3>" + LINKS
            + "<h2>Staying over</h2>" + LONG_3 + LONG_4 + "</div>")
    text = text_of(body)
    assert "Also worth reading" not in text
    assert "Staying over" in text and "Getting there" in text


def test_a_box_of_links_with_its_own_heading_inside_the_article_goes_whole():
    body = ("<div class='content'>" + LONG_1 + LONG_2 + "<div class='box'><h4>More on this</h4>" + LINKS + "</div>"
            + LONG_3 + LONG_4 + "</div>")
    text = text_of(body)
    assert "More on this" not in text
    assert "Camping is allowed" in text


def test_a_short_label_over_a_removed_list_goes():
    body = ("<div class='content'>" + LONG_1 + LONG_2 + "<div class='box'><p>See also:</p>" + LINKS + "</div>"
            + LONG_3 + LONG_4 + "</div>")
    assert "See also:" not in text_of(body)


def test_a_sentence_leading_to_a_removed_list_stays():
    body = ("<div class='content'>" + LONG_1 + LONG_2 + "<div class='box'><p>The full harbour report is here:</p>"
            + LINKS + "</div>" + LONG_3 + LONG_4 + "</div>")
    assert "The full harbour report is here:" in text_of(body)


def test_a_heading_over_kept_text_stays():
    body = "<div class='content'>" + LONG_1 + "<h3>Tickets</h3>" + LONG_2 + "<h3>Roads</h3>" + LONG_3 + "</div>"
    text = text_of(body)
    assert "Tickets" in text and "Roads" in text


# --- the lead the theme puts outside the body's element ---------------------------------------------------------

HEAD = "<h1>Summer Ferries Fill Early</h1>"
LEAD = "Cyclists are advised to book the morning boat a week ahead, as the crew now counts bikes."


def test_a_lead_paragraph_above_the_body_element_is_kept_first():
    body = (f"<div class='article-head'>{HEAD}<p class='intro'>{LEAD}</p></div>"
            f"<div class='article-body'>{LONG_1}{LONG_2}{LONG_3}{LONG_4}</div>")
    doc = html_to_text(page(body))
    assert doc.text.startswith(LEAD)
    assert doc.title == "Summer Ferries Fill Early"


def test_a_deck_in_an_h2_inside_the_header_is_kept_as_a_paragraph():
    body = (f"<article><header>{HEAD}<h2 class='article-deck'>{LEAD}</h2></header>"
            f"<div class='article-body'>{LONG_1}{LONG_2}{LONG_3}{LONG_4}</div></article>")
    doc = html_to_text(page(body))
    assert doc.text.startswith(LEAD + "\n\n")
    assert doc.title == "Summer Ferries Fill Early"


def test_a_teaser_above_the_title_stays_out():
    teaser = "Read how the island council plans to pay for a second ferry next spring and what it will cost."
    body = (f"<div class='strip'><p class='teaser'>{teaser}</p></div><div class='article-head'>{HEAD}</div>"
            f"<div class='article-body'>{LONG_1}{LONG_2}{LONG_3}{LONG_4}</div>")
    assert "second ferry" not in text_of(body)


def test_a_short_kicker_with_a_lead_class_is_not_a_lead():
    body = (f"<div class='article-head'>{HEAD}<p class='intro'>Travel, islands</p></div>"
            f"<div class='article-body'>{LONG_1}{LONG_2}{LONG_3}{LONG_4}</div>")
    assert "Travel, islands" not in text_of(body)


def test_the_title_over_a_removed_list_stays_the_title():
    # a page's own heading comes before any kept text: a link list under it does not make it a leftover heading
    body = ("<div class='content'><h2>Which Ferry For A Bicycle?</h2>" + LINKS + "<h3>The morning boat</h3>"
            + LONG_1 + LONG_2 + LONG_3 + "</div>")
    from pipeline.text.html_main import extract_main

    main = extract_main(page(body))
    assert "Which Ferry For A Bicycle?" in [b.text for b in main.blocks]


def test_a_closing_disclosure_or_call_to_click_is_still_trimmed():
    # whole sentences, but the site's: an affiliate notice and a call to click are not the article's last lines
    body = ("<div class='content'>" + LONG_1 + LONG_2 + LONG_3
            + "<p>This page may contain affiliate links, please read our <a href='/d'>disclosure</a>.</p>"
            + "<p>For the full timetable of every island boat, <a href='/t'>click here</a>.</p></div>")
    text = text_of(body)
    assert "affiliate" not in text and "click here" not in text


# --- boxes a theme sets beside the story, a picture's legend, the reading time ----------------------------------


def test_a_fact_box_inside_the_article_is_set_aside():
    box = ("<div class='art-factbox'><p>Did you know? The island ferry company was founded in 1903 and has run "
           "every winter since then except two.</p></div>")
    body = "<div class='content'>" + LONG_1 + LONG_2 + box + LONG_3 + LONG_4 + "</div>"
    text = text_of(body)
    assert "founded in 1903" not in text and "Camping is allowed" in text


def test_an_inline_text_box_and_a_callout_are_set_aside():
    boxes = ("<div class='inlineTextbox'><p>Order the spring issue now and get the tide tables for free with "
             "your first copy.</p></div><div class='story-callout'><p>The latest on harbour works, from dredging "
             "to the new crane, in one weekly letter.</p></div>")
    text = text_of("<div class='content'>" + LONG_1 + LONG_2 + boxes + LONG_3 + "</div>")
    assert "spring issue" not in text and "weekly letter" not in text


def test_a_picture_legend_and_a_german_caption_are_set_aside():
    pictures = ("<div class='img-legend'><p>The morning boat leaves the pier with forty bicycles on its deck in "
                "July.</p></div><div class='bilduntertitel'><p>Die Fähre am Morgen, voll besetzt mit Fahrrädern "
                "und Gepäck.</p></div>")
    text = text_of("<div class='content'>" + LONG_1 + pictures + LONG_2 + LONG_3 + "</div>")
    assert "forty bicycles" not in text and "Die Fähre am Morgen" not in text


def test_the_reading_time_line_is_set_aside():
    body = "<div class='content'><p class='article-reading-time'>6 minutes of reading</p>" + LONG_1 + LONG_2 + "</div>"
    assert "minutes of reading" not in text_of(body)


# --- a theme's flags say what an element holds, not what it is ----------------------------------------------------


def test_an_article_section_flagged_as_holding_ads_is_still_the_article():
    # the story in two sections, the first flagged because an ad slot sits in it
    body = ("<div class='story'><section class='o-section o-section--has-ads'>" + LONG_1 + LONG_2 + "</section>"
            "<section class='o-section'>" + LONG_3 + LONG_4 + LONG_1.replace("ferry", "boat") + "</section></div>")
    text = text_of(body)
    assert "The ferry to the outer islands" in text and "Camping is allowed" in text


def test_a_part_flagged_without_comments_stays_in_the_article():
    body = ("<div class='story'><div class='intro no-comments'>" + LONG_1 + "</div><div class='rest'>" + LONG_2
            + LONG_3 + LONG_4 + "</div></div>")
    assert "The ferry to the outer islands" in text_of(body)


def test_a_figure_flagged_with_a_caption_is_still_left_out():
    figure = "<figure class='media has-caption'><span>Picture credit Harbour Archive</span></figure>"
    body = "<div class='content'>" + LONG_1 + figure + LONG_2 + LONG_3 + "</div>"
    assert "Picture credit" not in text_of(body)


# --- <noscript>: the post shown to readers without scripts, or a notice ---------------------------------------------


def test_a_post_shown_only_in_noscript_is_the_article():
    # a blog theme that renders the post from a script template, with the same post in <noscript> for the rest
    post = LONG_1 + LONG_2 + LONG_3
    body = ("<div class='post'><h2>Summer Ferries Fill Early</h2><div class='post-body'>"
            f"<script type='text/template'>{post}</script><noscript>{post}</noscript></div></div>")
    text = text_of(body)
    assert "The ferry to the outer islands" in text and "the one shop closes at six" in text


def test_a_noscript_notice_beside_the_article_is_left_out():
    body = ("<div class='content'>" + LONG_1 + LONG_2 + LONG_3 + "<noscript><p>Please turn on JavaScript in your "
            "browser to read and write the comments under this story.</p></noscript></div>")
    text = text_of(body)
    assert "JavaScript" not in text and "Tickets are sold" in text


def test_a_lead_under_a_title_set_in_an_h3_is_kept():
    # no <h1> on the page: the title is the last heading above the text that is not itself the lead
    body = (f"<div class='news'><div class='header'><h3>Summer Ferries Fill Early</h3></div>"
            f"<div class='teaser-text'><p>{LEAD}</p></div><div class='news-text'>{LONG_1}{LONG_2}{LONG_3}{LONG_4}"
            "</div><div class='back'><a href='/news'>Back to all the news from the harbour</a></div></div>")
    assert text_of(body).startswith(LEAD)


# --- the publisher's calls inside the article's paragraphs -----------------------------------------------------------


def test_calls_to_subscribe_join_or_get_the_app_inside_the_article_go():
    calls = ("<p>To read every story in full, please subscribe to the Harbour Weekly.</p>"
             "<p>Become a member and get the tide tables each Friday.</p>"
             "<p>For breaking news on the go, download our free app today.</p>"
             "<p>Jetzt abonnieren und nichts mehr verpassen!</p>")
    body = "<div class='content'>" + LONG_1 + LONG_2 + calls + LONG_3 + LONG_4 + "</div>"
    text = text_of(body)
    assert "please subscribe" not in text and "Become a member" not in text
    assert "download our free app" not in text and "Jetzt abonnieren" not in text
    assert "Camping is allowed" in text


def test_a_sentence_about_subscribers_is_the_article():
    line = "<p>The ferry company says its season-ticket subscribers rose by a third this year.</p>"
    body = "<div class='content'>" + LONG_1 + line + LONG_2 + LONG_3 + "</div>"
    assert "season-ticket subscribers rose by a third" in text_of(body)


def test_an_article_inside_a_wrapper_named_for_its_sidebar_layout_is_found():
    # the theme names the wrapper after its layout; the page also has an unrelated box of prose beside it
    about = ("<div class='about-the-islands'>" + LONG_4 + "<p>The islands' own history society meets in the chapel "
             "hall on the first Monday of each month and welcomes visitors who want to hear about the old "
             "ferrymen.</p></div>")
    body = ("<div class='post-wrap cb-sidebar-right'><article class='post'>" + LONG_1 + LONG_2 + LONG_3
            + "</article></div>" + about)
    text = text_of(body)
    assert "The ferry to the outer islands" in text and "the one shop closes at six" in text


# --- chrome words are whole words (round 8): "advert" is chrome, "advertise" in a tip's heading is not ----------

SHORT_STEPS = ("<h3>1. Book the hall early</h3><p>Halls in town are booked months ahead for the spring.</p>"
               "<h3>2. Line up helpers before you advertise</h3><p>Four people who can mend a zip are plenty.</p>"
               "<h3>3. Photograph nothing without asking</h3><p>Some visitors would rather not be seen online.</p>"
               "<h3>4. Following up is half the work</h3><p>Write to everyone who came within the week.</p>")


def test_a_heading_after_the_long_prose_that_only_contains_a_chrome_word_stays():
    # the steps are short paragraphs, so the intro is the last long prose and the steps are the article's tail
    text = text_of("<div class='content'>" + LONG_1 + SHORT_STEPS + "</div>")
    for heading in ("2. Line up helpers before you advertise", "4. Following up is half the work"):
        assert heading in text


def test_the_whole_chrome_words_at_the_edges_still_go():
    body = ("<div class='content'><p>Advertisement</p>" + LONG_1 + LONG_2 + LONG_3
            + "<p>Photos: harbour desk</p><p>Follow us for more island news</p></div>")
    text = text_of(body)
    assert "Advertisement" not in text and "Photos:" not in text and "Follow us" not in text


def test_chrome_cues_match_words_not_parts_of_words():
    from pipeline.text.html_main import CHROME_LINE, TAIL_LINE

    for line in ("Recruit fixers before you advertise", "An incredible view of the bay", "Stop at the laptop shop",
                 "Homemade imagery of unlikely places"):
        assert not CHROME_LINE.search(line) and not TAIL_LINE.search(line), line
    for line in ("Advertisement", "Share this", "Categories: Garden", "Subscribers only", "Image credit: Ann Lee",
                 "Back to top", "© 2020 Island Weekly", "Unsubscribe"):
        assert CHROME_LINE.search(line), line
