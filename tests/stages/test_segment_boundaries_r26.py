"""Article boundaries and titles on real-shaped pages (round 26, issue 16). Pages written here in our own words
(invented clubs, sites and people).

A plain-text society newsletter whose second item is signed with the writer's initials only ("J.P.") is two
articles, its dates list between them (dated rows, then a note) neither an article nor the first item's end. An
ezine's reader's tip box signed after its quote with a spaced hyphen ('" - NAME, PLACE') is the issue's box, no
article, and the last item's own bare © stands over the issue's reprint line under it. A guestbook (entries of
"Name:" / "Location:" / "Date:" / "Comments:" rows) carries no article. A blog theme's "DATE by handle" line under the
headline marks the headline as the title, not the site's domain line above it.
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
