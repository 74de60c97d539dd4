"""Round 13: pages wholly in other languages and licence statements in their real forms, read by segment. Each shape
is written here in our own words, with the nearest page the rule must leave alone."""

from __future__ import annotations

from tests.conftest import only_article as only
from tests.conftest import segment_page

COMMENTED = ("Home > Garden\n\nKeeping Basil Alive Indoors\n\nBy Ruth Adeyemi\n\n"
             "Basil wants warmth and light more than water. Put it on the sunniest sill you have.\n\n"
             "Water it at the base in the morning, never in the evening.\n\n"
             "Pinch out the tops every week so it bushes out instead of flowering.\n\n"
             "© 2023 Ruth Adeyemi. All rights reserved.\n\n"
             "Comments (2)\nTomasz K.: Mine died in a week, trying again!\nLeah: The pinching tip works.\n")


def test_the_readers_comments_under_their_heading_end_the_text():
    # the comments under "Comments (2)" are the readers': the notice above them is the article's last line
    article = only(COMMENTED)
    assert article.licence is not None and article.licence.tag == "LicenseRef-all-rights-reserved"
    assert "Tomasz" not in article.text


def test_without_the_heading_the_notice_still_reads():
    article = only(COMMENTED.replace("Comments (2)\n", "").replace("Tomasz K.: Mine died in a week, trying again!\n"
                                                                   "Leah: The pinching tip works.\n", ""))
    assert article.licence is not None and article.licence.tag == "LicenseRef-all-rights-reserved"


ARCHIVE = ("Windowsill Growing\nA small flat, a lot of pots\n\nHome    About me    Archive\n\n"
           "Friday, 10 March 2023\n\nThree Ways To Keep Cress Going\n\n"
           "Cress sulks in a cold kitchen, so keep the tray near the kettle where the air stays warm all day. "
           "Rinse the seeds twice a day and drain them well, since standing water rots them within a night.\n\n"
           "Posted by Mirela Dobre at 08:12    2 comments:\nLabels: cress, kitchen\n\n"
           "Sunday, 5 March 2023\n\nA Walk Round The Market\n\n"
           "We went early and the plant stall had trays of herbs at half price, so of course we came home with far "
           "too many of them and nowhere sensible to put them, which is how most of my projects begin.\n\n"
           "Posted by Mirela Dobre at 19:40    No comments:\nLabels: outings\n\n"
           "Newer Posts    Home    Older Posts\n\n"
           "This work is licensed under a Creative Commons Attribution 4.0 International License.\n")


def test_a_blog_archive_splits_under_each_footer_with_its_labels_and_shares_its_sidebar_licence():

    posts = segment_page(ARCHIVE)
    assert [p.title for p in posts] == ["Three Ways To Keep Cress Going", "A Walk Round The Market"]
    assert [p.licence.tag for p in posts] == ["CC-BY-4.0", "CC-BY-4.0"]

