"""Article boundaries and titles on real-shaped pages (round 26, issue 16). Pages written here in our own words
(invented clubs, sites and people).

A plain-text society newsletter whose second item is signed with the writer's initials only ("J.P.") is two
articles, its dates list between them (dated rows, then a note) neither an article nor the first item's end. An
ezine's reader's tip box signed after its quote with a spaced hyphen ('" - NAME, PLACE') is the issue's box, no
article, and the last item's own bare © stands over the issue's reprint line under it. A guestbook (entries of
"Name:" / "Location:" / "Date:" / "Comments:" rows) carries no article. A blog theme's "DATE by handle" line under the
headline marks the headline as the title, not the site's domain line above it. A series name with its counter
("Pantry Notes #12:") is a label; a series index page printing one part whole is titled by the part's heading under
its counter, not the markup's series title; a block of "Label: NAME" credit rows under the headline and a promotion
line glued under the site's menu are never the title (the block's first row credits the writer); a board's
thread title over its labelled counts row ("Risposte: 3 Visite: 2.104") loses its topic word. A carousel saved as
text ("1/5" ... "5/5") is titled by its caption's emoji-framed line after the poster's handle; a "Last reviewed:
MONTH YEAR" stamp is a date row, never the title.
"""

from __future__ import annotations

from tests.conftest import segment_page, titles_and_authors

RULE = "-" * 60


def test_a_newsletter_item_signed_with_initials_is_an_article_and_its_dates_list_is_none():
    page = (
        "THE LANTERN\nIssue 9   Hollin Vale Walking Club   March 2031\n\n"
        f"{RULE}\n\nHello walkers! Spring is nearly here and the stiles are mended. See you on the hill.\nMaud\n\n"
        f"{RULE}\n\nFOUR HABITS FOR SAFER WINTER WALKS\n\n"
        "Most of our falls happen on the way down, when legs are tired and the light is going. Some habits help:\n\n"
        "1. Start early. Plan to be off the tops an hour before sunset, whatever the forecast says.\n\n"
        "2. Carry a head torch. A phone's light drains the battery you need for calls.\n\n"
        "3. Shorten your poles for the climb. Lengthen them again for the descent.\n\n"
        "4. Tell someone your route. Leave a note on the kitchen table if nothing else.\n\n"
        "Write to the club if you have a habit of your own to add to the list.\n\n"
        "Edwin Stallbrass\n\n"
        f"{RULE}\n\nCLUB NEWS\n- 12 April: Annual dinner, The Drovers Inn, 7pm\n- 26 April: Ridge walk, meet at the "
        "church\n- Membership cards for the new year are at the outdoor shop.\n\n"
        f"{RULE}\n\nLooking After Boots\n\n"
        "Good boots last ten years if you treat them kindly. This is what I do after every muddy walk:\n\n"
        " • Rinse the mud off with cold water, never hot, and leave the laces out.\n"
        " • Stuff them with newspaper and dry them away from the fire.\n"
        " • Wax the leather once they are dry, working it into the seams.\n\n"
        "J.P.\n\n"
        f"{RULE}\n\n(c) Hollin Vale Walking Club 2031\n")
    assert titles_and_authors(segment_page(page)) == [("FOUR HABITS FOR SAFER WINTER WALKS", "Edwin Stallbrass"),
                                                      ("Looking After Boots", "J.P.")]


def test_an_ezine_reader_tip_box_signed_with_a_spaced_hyphen_is_no_article():
    page = (
        "=" * 60 + "\nTHE TIDY NEST | Issue #88\n2 February 2031\n" + "=" * 60 + "\n\n"
        "Hi all,\n\nA short one this week. On with it!\n\n-- Bea\n\n"
        "IN THIS ISSUE\n1. Sorting A Spice Drawer\n2. Quieter Radiators\n3. Reader Tip Of The Week\n\n"
        f"{RULE}\n\nSORTING A SPICE DRAWER\nby Odile Marchetti-Haas\n\n"
        "A spice drawer fills with half-used jars faster than any other corner of the kitchen. Start here.\n\n"
        "* Empty it onto the table. You will find three jars of the same thing.\n\n"
        "* Smell each jar. Ground spices that smell of nothing go in the bin.\n\n"
        "* Label the lids. You look down into a drawer, not at the sides of the jars.\n\n"
        "Odile Marchetti-Haas writes about small kitchens from a flat in Lyon.\n\n"
        f"{RULE}\n\nQUIETER RADIATORS\nby Kwabena Ashworth-Yeo\n\n"
        "A knocking radiator is usually trapped air or a loose bracket, and both are easy to fix.\n\n"
        "1. Bleed the radiator while it is cold. Hold a cloth under the key.\n\n"
        "2. Tighten the brackets. A quarter turn is often enough.\n\n"
        "3. Check the pressure gauge on the boiler afterwards and top it up.\n\n"
        "Kwabena Ashworth-Yeo is a heating engineer in Bristol. (c) 2031 Kwabena Ashworth-Yeo.\n\n"
        f"{RULE}\n\nREADER TIP OF THE WEEK\n\"Keep a spare bleed key taped inside the airing cupboard door.\" - "
        "Fenna, Leeds\n\n"
        f"{RULE}\nREPRINT POLICY: You may reprint any article in this issue in your own newsletter as long as the "
        "author's bio stays with it unchanged.\nCopyright 2031 Tidy Nest Media. All rights reserved.\n"
        + "=" * 60 + "\n")
    articles = segment_page(page)
    assert titles_and_authors(articles) == [("SORTING A SPICE DRAWER", "Odile Marchetti-Haas"),
                                            ("QUIETER RADIATORS", "Kwabena Ashworth-Yeo")]
    assert articles[0].licence.tag == "LicenseRef-free-reprint"  # the reprint line covers the first item
    assert articles[1].licence.tag == "LicenseRef-all-rights-reserved"  # the writer's own bare © stands (SPEC)


def test_a_guestbook_page_carries_no_article():
    entries = "".join(
        f"{RULE}\nName: {name}\nLocation: {place}\nDate: {day} May 2030 10:{day}\nComments:\n{said}\n"
        for name, place, day, said in (
            ("Ottilie", "Kendal", 21, "Lovely pictures of the hens! Mine stop laying in winter, is that normal?"),
            ("Baz Okonjo", "Hull", 18, "Tip for anyone new: put a golf ball in the nest box and they learn where to "
                                       "lay. Worked for us."),
            ("Rhiannon", "Bala", 12, "Found you through the poultry forum. Keep it up!"),
            ("Sven", "Malmö", 3, "Greetings from Sweden. We close the pop hole at dusk every night, foxes "
                                 "everywhere here.")))
    page = ("~ ~ PEBBLE LANE HENS ~ ~\nHome | Our Hens | Eggs | Guestbook\n\n*** GUESTBOOK ***\nSign our guestbook "
            "and tell us about your own flock!\n\n" + entries + f"{RULE}\n\nYou are visitor number 10233\n"
            "(c) Pebble Lane Hens 2030\n")
    assert segment_page(page) == []


def test_a_headline_over_a_theme_s_date_and_handle_line_is_the_title_not_the_domain_above():
    page = ("HomeGrownBits.example\nVeg | Fruit | Herbs | Tools\nPopular: Growing garlic | Best tomato feeds\n\n"
            "Six Ways To Keep Slugs Off Your Lettuce\nMay 2, 2030 by homegrownbits\n\n"
            "Slugs eat more lettuce than anybody in my house, and pellets are not the answer. These work for me.\n\n"
            "1. Water in the morning. A bed that is dry by dusk is a bed slugs cross less.\n\n"
            "2. Go out with a torch. Ten minutes after dark finds most of them.\n\n"
            "3. Grow under fleece while the plants are small.\n")
    assert segment_page(page)[0].title == "Six Ways To Keep Slugs Off Your Lettuce"


def test_a_weekly_series_name_and_its_counter_before_the_title_are_a_label():
    page = ("Thrifty Kettle\n\nPantry Notes #12: four cheap swaps I made this month\nPosted on 3 May 2030 by "
            "Ines Vorhagen\n\nA short round-up of what saved us money this month, with a line on each.\n\n"
            "Buy oats in the big sack. It keeps for months in a tin and costs half as much per bowl.\n")
    assert segment_page(page)[0].title == "four cheap swaps I made this month"


def test_a_series_index_page_printing_one_part_is_titled_by_the_part_s_own_heading():
    from pipeline.records import Article, Source
    from pipeline.stages import segment as sg

    text = ("Five short guides to a quieter garden shed, one a week through the spring.\n\n"
            "Series edited by Tove Harkness\n\nSHED SENSE · PART 1 OF 5\n\nHang the long tools\n\n"
            "Rakes and hoes left leaning in a corner fall over, rust at the tips and trip you in the dark. "
            "A rail along one wall fixes all three problems in an afternoon.\n\n"
            "Screw a batten at shoulder height. Use two screws per stud and check it is level.\n")
    source = Source(path="p.html", sha256="cd" * 32, size=len(text), format="html")
    record = Article(id=Article.make_id(source), source=source, text=text,
                     title="Shed Sense: a quieter shed in five weeks")  # the markup's h1 names the series
    articles, _ = sg.segment_record(record, sg.SegmentConfig())
    assert [a.title for a in articles] == ["Hang the long tools"]


def test_a_credit_block_under_the_headline_and_a_promo_line_under_the_menu_are_no_title():
    page = ("Valley Star | the district's weekly\nHome   News   Health   Sport   Write to us\nLog in\n"
            "Read the paper online: 1 month for 90 coins.\n\n12.01.2031 | 09:15\n\n"
            "Keep warm in the deep frost: 5 tips\n\nTekstas: Aina KORVALD\nNuotrauka: Bram LUNDE\n\n"
            "This week the frost will reach forty below, the weather office says, and the schools will close.\n\n"
            "1. Wear layers. Three thin ones keep you warmer than one thick coat.\n\n"
            "2. Eat before you go out. A hot meal keeps you warm for hours.\n")
    assert titles_and_authors(segment_page(page)) == [("Keep warm in the deep frost: 5 tips", "Aina Korvald")]


def test_a_board_s_thread_title_over_its_labelled_counts_loses_its_topic_word():
    page = ("Orchard Board\n\nLog in   Register   FAQ   Search\nBoard index ‹ Fruit ‹ Young trees\n\n"
            "Argomento: When should I prune a young plum?\nRisposte: 3 Visite: 2.104\n\n"
            "I planted two plums last spring and they are growing fast. When is the right time to cut them back, "
            "and how much should I take off? Thanks in advance.\n")
    assert segment_page(page)[0].title == "When should I prune a young plum?"


def test_a_carousel_saved_as_text_is_titled_by_its_caption_s_framed_line():
    cards = "".join(f"{k}/5\n{head}\n{line}\n\n" for k, head, line in (
        (1, "SEEDS COST TOO MUCH?", "5 tricks that work"),
        (2, "SWAP AT THE LIBRARY", "Most towns have a seed library now. Take a packet, bring one back."),
        (3, "SAVE YOUR OWN BEANS", "Leave a few pods to dry on the plant and shell them in autumn."),
        (4, "SPLIT THE BIG PACKETS", "One packet of lettuce is enough for three gardens. Share it."),
        (5, "SAVE THIS FOR SPRING", "Follow for a garden tip every week")))
    page = ("Pixboard\nLog in Sign up\n\nmo.grows.cheap\nMo Adeyemi-Hart\nFollow\n\n" + cards
            + "mo.grows.cheap 🌱 3 ways to stop overpaying for seeds 🌱\n\nYou asked for this one after last week. "
              "Which will you try first?\n\n#gardening #budget\n\n1,204 likes\n")
    assert segment_page(page)[0].title == "3 ways to stop overpaying for seeds"


def test_a_last_reviewed_stamp_under_the_heading_is_no_title():
    page = ("Greenvale Health Service\nHome | Services | Health A-Z | Contact\n\nKeeping cool in a heatwave\n\n"
            "Last reviewed: March 2031\n\nHot weather is hard on the very young and the very old. Check on "
            "neighbours who live alone, and keep curtains closed on the sunny side of the house.\n\n"
            "Drink water through the day, before you feel thirsty, and keep out of the sun at midday.\n")
    assert segment_page(page)[0].title == "Keeping cool in a heatwave"
