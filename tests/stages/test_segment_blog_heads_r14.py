"""Blog platforms' post heads saved as text (round 14): the writer's profile block above the title.

Site builders (Wix and its kind) print the writer's name, the badge the platform gives the site's owner ("Admin",
"Site owner"), the date, the reading time and an "Updated" line ABOVE the post's title, under the site's menu; a
scrape often keeps no blank line at all. The badge is no forum rank (a forum prints no reading time), and the title
is the line under the block, never the menu's last entry ("Search"). Pages written here in our own words.
"""

from __future__ import annotations

from pipeline.stages import segment as sg
from tests.conftest import only_article

POST = ("Skip to content\nThe Windowsill Kitchen\nHome\nAbout\nBlog\nContact\nAll posts\nSoups\nBreads\nSearch\n"
        "{name}\n{badge}\n12 May 2022\n{reading}\nUpdated: 14 May 2022\n{title}\n"
        "Every spring I promise myself the seedlings will survive, and every year the windowsill wins. This year I "
        "kept notes, and these are the changes that made the difference for a north-facing flat.\n"
        "1. Turn the trays every morning\nSeedlings lean to the glass; a half turn keeps them upright and sturdy.\n"
        "2. Water from below\nA saucer of water under the tray keeps the surface dry and the mould away.\n"
        "3. Brush the tops with your hand\nA light stroke each evening makes the stems thicker, as wind would.\n"
        "That is all it took. Try one this week and tell me how it goes.\n")


def test_the_title_under_a_writer_s_profile_block_is_the_post_s_and_the_name_its_writer():
    for badge, reading in (("Admin", "4 min read"), ("Site owner", "4 Min. Lesezeit"), ("Admin", "6 min de lectura")):
        page = only_article(POST.format(name="Henrike Achterberg", badge=badge, reading=reading,
                                        title="Seedlings on a Cold Sill: What Finally Worked"))
        assert (page.title, page.author) == ("Seedlings on a Cold Sill: What Finally Worked", "Henrike Achterberg")


def test_a_reading_time_under_a_name_and_its_badge_is_a_blog_s_head_not_a_forum_post():
    lines = ["Henrike Achterberg", "Admin", "12 May 2022", "4 min read", "Seedlings", "Text."]
    assert not sg._ranked_poster(lines, list(range(len(lines))), 0)
    lines[3] = "Joined: May 2014"
    assert sg._ranked_poster(lines, list(range(len(lines))), 0)


def test_reading_times_in_several_languages():
    assert all(sg.READING_TIME.search(t) for t in ("4 min read", "4 Min. Lesezeit", "8 min de lectura",
                                                   "Lesezeit: 3 Minuten", "7 мин чтения", "5 minuti di lettura"))
    assert not any(sg.READING_TIME.search(t) for t in ("Read the 4 minutes guide", "Admin", "12 May 2022"))


# Story platforms (Medium and its kind) saved as text: the app's chrome, the title over its dek, the writer's name,
# "Follow", "Published in" over the publication's name, the reading time and date, counts and buttons, then a photo
# credit over the text. The publication and the picture's credit name no writer; the name under the dek does.
STORY = ("Open in app\nSign up\nSign in\nWrite\n\nWhy My Seedlings Kept Falling Over\n"
         "Three changes to the windowsill that fixed it for good\nTeodora Vasilescu\nFollow\nPublished in\n"
         "The Patient Gardener\n5 min read\n·\nMar 4, 2024\n--\n9\nListen\nShare\n{picture}\n"
         "Every spring my tomato seedlings grew tall and thin and then fell over. I blamed the seed, then the compost,"
         " and finally found that it was the window all along.\n"
         "Turn the tray every morning\nSeedlings lean to the glass; a half turn keeps them upright.\n"
         "Brush the tops every evening\nA light stroke of the hand makes the stems thicker, as wind would.\n"
         "Move them off the sill at night\nThe glass is coldest before dawn and the roots sulk.\n"
         "Written by Teodora Vasilescu\n1.2K Followers\nMore from Teodora Vasilescu and The Patient Gardener\n")


def test_a_story_platform_s_title_and_writer_over_its_publication_and_a_photo_credit():
    for picture in ("Photo by Jonas Brandt on Unsplash", "Image: Jonas Brandt"):
        page = only_article(STORY.format(picture=picture))
        assert (page.title, page.author) == ("Why My Seedlings Kept Falling Over", "Teodora Vasilescu")


def test_picture_credits_and_publication_lines_name_no_writer():
    assert sg._picture_credit("Photo by Jonas Brandt on Unsplash") and not sg._picture_credit("Jonas Brandt")
    texts = {0: "Teodora Vasilescu", 1: "Published in", 2: "The Patient Gardener"}
    assert sg._publication_of([0, 1, 2], texts) and not sg._publication_of([0, 2], texts)


# A newsletter platform's post saved as text without blank lines: its share card shows the title once, then the
# subscription box ("Discover more from NAME", the tagline, "Over N subscribers", "Subscribe", "Continue reading"),
# then the post's own head: the title, its dek, the writer in capitals, the date, counts.
LETTER = ("Crumb and Kettle\nSubscribe\nSign in\nShare this post\nCrumb and Kettle\nTen Loaves From One Bag of Flour\n"
          "Copy link\nFacebook\nEmail\nMore\nDiscover more from Crumb and Kettle\n"
          "A fortnightly letter about baking with what is in the cupboard. Mostly bread.\nOver 1,400 subscribers\n"
          "Subscribe\nContinue reading\nSign in\nTen Loaves From One Bag of Flour\n"
          "And a note on keeping a starter through a holiday\nMAGNHILD SØRENSEN\nAPR 2, 2024\n14\n3\nShare\n"
          "Hello again, bakers.\nOne bag of strong flour is sixteen hundred grams, and this month I made it last.\n"
          "1. Weigh everything: cups lie, and a loaf needs the same flour every time.\n"
          "2. Bake two small loaves: a small loaf finishes before it goes stale.\n"
          "3. Freeze the second one: sliced, so you can take out two at a time.\n"
          "That's all for this fortnight.\n")


def test_a_subscription_box_without_blank_lines_is_read_through_to_the_post_s_head():
    page = only_article(LETTER)
    assert (page.title, page.author) == ("Ten Loaves From One Bag of Flour", "Magnhild Sørensen")
