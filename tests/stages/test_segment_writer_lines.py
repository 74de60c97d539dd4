"""Segment: the writer's line in the shapes fresh hands' pages brought (issue 16, round 4), each page our own words:
a profile block (name, role, date) above the title, a name with its role under the title, a role line under a bare
name, a hard-wrapped first paragraph right under the header."""

from __future__ import annotations

from pipeline.records import Article
from tests.conftest import segment_page


def segment(text: str) -> Article:
    """The one article segment makes of a page holding ``text``."""
    (article,) = segment_page(text)
    return article


BODY = ("Most loading docks waste an hour a day on the same three mistakes, and none of them is the people.\n\n"
        "First, label the bays. A driver who has to ask where to go has already cost you ten minutes.\n")


def test_a_profile_block_above_the_title_names_the_writer():
    page = ("Profiles  Jobs  Messages\n\nIngrid Solberg-Vik\nLogistics Coordinator | Cold Chain | Bergen\n"
            "Published Mar 3, 2022\n+ Follow\n\nThree Mistakes That Slow Every Loading Dock\n\n" + BODY)
    article = segment(page)
    assert (article.title, article.author) == ("Three Mistakes That Slow Every Loading Dock", "Ingrid Solberg-Vik")


def test_a_blogs_name_over_a_date_line_is_no_profile():
    page = "Dockside Notes\nTuesday, 4 April 2017\n\nThree Mistakes That Slow Every Loading Dock\n\n" + BODY
    article = segment(page)
    assert (article.title, article.author) == ("Three Mistakes That Slow Every Loading Dock", None)


def test_a_name_with_its_role_under_the_title():
    page = ("Blog / Warehouse tips\n\nThree Mistakes That Slow Every Loading Dock\n"
            "Emeka Obi-Lawson, Head of Operations at Crateway\n6 min read · May 2021\n\n" + BODY)
    article = segment(page)
    assert (article.title, article.author) == ("Three Mistakes That Slow Every Loading Dock", "Emeka Obi-Lawson")


def test_a_role_line_under_the_bare_name_and_a_hard_wrapped_paragraph():
    page = ("School of Logistics · Short Guides\nThree Mistakes That Slow Every Loading Dock\n\n"
            "Emeka Obi-Lawson, PhD\nLecturer in Supply Chains\n\n"
            "Most loading docks waste an hour a day on the same three\nmistakes, and none of them is the people.\n\n"
            "First, label the bays. A driver who has to ask where to go\nhas already cost you ten minutes.\n")
    article = segment(page)
    assert (article.title, article.author) == ("Three Mistakes That Slow Every Loading Dock", "Emeka Obi-Lawson")


def test_a_credit_label_over_the_title_under_the_sites_menu():
    page = ("Dock Notes · Warehousing · Shop\n\nАвтор / Author: Вера Соколова\n14.03.2023\n\n"
            "Three Mistakes That Slow Every Loading Dock\n\n" + BODY)
    article = segment(page)
    assert (article.title, article.author) == ("Three Mistakes That Slow Every Loading Dock", "Вера Соколова")


def test_a_recipe_credit_over_its_facts():
    page = ("Home  Recipes  About\n\nGinger Rice Porridge\nRecipe and photos: Nomvula Dube\nServes 2 · 25 minutes\n\n"
            "This is the porridge we make when someone has a cold, and it is ready before the kettle cools down.\n")
    article = segment(page)
    assert (article.title, article.author) == ("Ginger Rice Porridge", "Nomvula Dube")


def test_a_translators_note_names_the_writer_not_the_translator():
    page = ("Three Mistakes That Slow Every Loading Dock\n\nTranslator's note: this first ran in Norwegian in 2020. "
            "It is reproduced here with the kind permission of its author, Sigrid Aasen-Moe. — Paul Grey\n\n" + BODY)
    article = segment(page)
    assert article.author == "Sigrid Aasen-Moe"


LETTER = ("Sir,\n\nYour piece on market stalls praised their low prices. I have sold pottery at those markets for nine "
          "years, and low prices mean the maker is paid less than the cleaner.\n\nI ask only that you stop calling it "
          "a bargain.\n\n")


def test_a_letter_signed_under_a_rule_line():
    page = ("Readers' Letters\n\nPottery Is Not A Bargain\n\n" + LETTER
            + "——————\n鈴木花子\nNagoya\n\nLetters may be cut.\n")
    assert segment(page).author == "鈴木花子"


def test_a_bare_name_over_its_copyright_line():
    # (a holder's name with a particle, "(C) Inês Moura da Costa 2016", is licence.py's to read: helper licence4)
    page = "Pottery Is Not A Bargain\n\n" + LETTER + "Inês Moura-Costa\n(C) Inês Moura-Costa 2016\n"
    article = segment(page)
    assert article.author == "Inês Moura-Costa"
    assert article.licence.tag == "LicenseRef-all-rights-reserved"


THREAD_POST = ("Plenty of new members ask the same thing, so here is what I tell everyone who writes to me.\n\n"
               "- Start with one bell of a moderate weight.\n- Learn the hinge before the swing.\n\n")


def test_a_forum_post_without_a_number_signed_with_the_posters_name():
    page = ("Iron Forums > Training > Beginners\nRegister | Log in | Search\n\n"
            "Sticky | Guide\nFirst Steps With A Kettlebell\n\n"
            "swing_sanna\nJoined: Mar 2019  Posts: 1,208\nPosted: 02 Feb 2021, 19:44\n\n" + THREAD_POST
            + "— Sanna Virtanen\n\nRe: First Steps With A Kettlebell\nbig_dave  Posted: 02 Feb 2021, 20:10\nThanks!\n")
    article = segment(page)
    assert (article.title, article.author) == ("First Steps With A Kettlebell", "Sanna Virtanen")


def test_a_forum_post_numbered_first_with_a_signature_under_the_rule():
    page = ("Grow Forums > Vegetables\n\nThread: [GUIDE] Beans in the wet season\n\n#1   Old 06-14-2015, 07:22 AM\n"
            "abena_g\nSenior Member\nJoin Date: Feb 2012\nPosts: 2,318\n\n[GUIDE] Beans in the wet season\n\n"
            + THREAD_POST + "__________________\nAbena Gyamfi | growing on a rooftop since 2009\n\n"
            "#2   Old 06-14-2015, 09:05 AM\nfarm_kid\nMember\nJoin Date: Jan 2014\nPosts: 12\n\nGreat guide.\n")
    article = segment(page)
    assert (article.title, article.author) == ("[GUIDE] Beans in the wet season", "Abena Gyamfi")


POST = ("A north-facing window gets no direct sun in winter. That does not mean the sill has to stay empty.\n\n"
        "Chives, mint and parsley all carry on slowly in the cold, and they ask for little water.\n\n")


def test_an_author_box_headed_by_the_name_completes_a_handle_byline():
    page = ("Window Green\n\nHerbs On A Cold Sill\n\nPosted on 3 November 2021 by marit_s\n\n" + POST
            + "About Marit Sæther\nMarit grows herbs on a fourth-floor sill in Trondheim.\nView all posts by marit_s\n")
    assert segment(page).author == "Marit Sæther"


def test_a_profile_under_about_me_completes_a_first_name_footer():
    page = ("Herbs On A Cold Sill\n\n" + POST + "Posted by Zeynep at 9:14 PM\nLabels: herbs, winter\n\n"
            "3 comments:\nDeniz said... Lovely!\n\nAbout Me\nZeynep Aydoğan\nTeacher and balcony gardener.\n")
    assert segment(page).author == "Zeynep Aydoğan"


def test_about_us_names_no_writer():
    page = "Herbs On A Cold Sill\n\n" + POST + "About Us\nWindow Green is a small seed shop in Leeds.\n"
    assert segment(page).author is None


GROUT = ("Dirty grout makes a clean bathroom look neglected. You need a paste, a brush and some patience.\n\n"
         "Mix three parts baking soda to one part water into a thick paste.\n")


def test_a_cookie_notice_and_an_advertisement_label_over_the_title():
    page = ("We use cookies to make this site work. By browsing on you agree to our use of cookies. [Accept] [Settings]"
            "\n\nHOMEFIXHUB\nCleaning | Kitchen | Bathroom | Deals\n\nAdvertisement\n\nHow To Get Grout White Again\n\n"
            + GROUT)
    assert segment(page).title == "How To Get Grout White Again"


def test_a_printouts_title_label_and_a_pdfs_page_furniture():
    page = "[Print this page]   [Close window]\n\nTitle : How To Get Grout White Again\nBy : Ana Ruiz\n\n" + GROUT
    assert (segment(page).title, segment(page).author) == ("How To Get Grout White Again", "Ana Ruiz")
    page = "GROUT CARE CHECKLIST\n\nFor tenants and landlords                         Page 1 of 2\n\n" + GROUT
    assert segment(page).title == "GROUT CARE CHECKLIST"


def test_a_web_archives_toolbar_and_an_old_sites_bracket_menu():
    page = ("The Wayback Machine - http://web.archive.org/web/20040101000000/http://www.tiles.example/col.html\n\n"
            "12 captures\n3 Jan 2004 - 9 Feb 2010\n\nTILE TALK ONLINE\n[ Home ] [ Column ] [ Shop ] [ Mail us ]\n\n"
            "How To Get Grout White Again\nAstrid Nygård writes from Bergen\n\n" + GROUT)
    article = segment(page)
    assert (article.title, article.author) == ("How To Get Grout White Again", "Astrid Nygård")


def test_a_headline_over_its_dek_and_a_title_over_a_dek_sentence():
    page = ("FOR IMMEDIATE RELEASE\n\nMedia contact: Ciara Byrne, Communications Officer\n\n"
            "CITY TILE COUNCIL URGES TENANTS TO CLEAN GROUT MONTHLY\n\n"
            "Two simple habits could halve mould in rented bathrooms, council says\n\n" + GROUT)
    assert segment(page).title == "CITY TILE COUNCIL URGES TENANTS TO CLEAN GROUT MONTHLY"
    page = ("BLOG  ›  HOW-TO\n\nHow To Get Grout White Again\nA short guide for new tenants.\n"
            "Written by Ana Ruiz, Head of Content\n8 min read\n\n" + GROUT)
    assert segment(page).title == "How To Get Grout White Again"


def test_a_byline_over_the_title_under_a_sections_head():
    page = "TILE CORNER  |  Tenants' Section\n\nBY ANA RUIZ\n\nHow To Get Grout White Again\n\n" + GROUT
    article = segment(page)
    assert (article.title, article.author) == ("How To Get Grout White Again", "Ana Ruiz")


RELEASE_BODY = ("HARBOUR TOWN, 3 April 2023 — The club will run free learn-to-row weeks this summer for adults "
                "who have never sat in a boat.\n\n\"We want the river to be for everyone,\" said club captain "
                "Ines Tavares.\n\n")


def test_a_news_release_is_written_by_its_issuer_not_its_media_contact():
    page = ("FOR IMMEDIATE RELEASE\n\nRowing Club Opens Free Weeks For Adults\n\n" + RELEASE_BODY
            + "Media contact:\nOwen Price, Communications Officer\npress@rowing.example\n\n"
            "Issued by the Harbour Town Rowing Association. This release may be reproduced in full.\n###\n")
    assert segment(page).author == "Harbour Town Rowing Association"


def test_a_news_releases_masthead_named_again_in_the_text():
    page = ("HARBOUR RESCUE SERVICE\nNEWS RELEASE  ·  No. 2024-007  ·  19 January 2024\n\n"
            "Stay Off The Ice Until It Is Ready\n\nWith hard frost forecast, Harbour Rescue Service is reminding "
            "residents that frozen ponds are rarely as safe as they look.\n\n-ends-\n")
    assert segment(page).author == "Harbour Rescue Service"


def test_an_issued_by_line_outside_a_release_names_no_one():
    page = "Rowing Club Opens Free Weeks For Adults\n\n" + RELEASE_BODY + "Issued by the Harbour Town Rowing Club.\n"
    assert segment(page).author is None


# Round 7 (issue 16): pages by other hands put more lines between the writer's bare name under the title and the
# text: the translator's credit, the syndicate carrying a column, a row of reaction counts, the platform showing the
# name twice above a role ending in "Lead". None of them is the writer; the name above them is.
def test_a_name_over_its_translators_credit_and_a_permission_note():
    page = ("Harbour Kitchen\n\nSalting Fish The Old Way\n\nМарина Соколова\nTranslated from the Russian by Ed Price\n"
            "Translated and shared here with the writer's permission.\n\n" + BODY)
    article = segment(page)
    assert (article.title, article.author) == ("Salting Fish The Old Way", "Марина Соколова")


def test_a_column_name_over_its_syndicate_line_under_a_label():
    page = ("Home > Advice\n\nASK NELL\nMy brother borrows and never returns\n\nNell Abernathy\n"
            "Northgate Features Syndicate\nPublished 9:14 a.m. ET March 2, 2021\n\n" + BODY)
    article = segment(page)
    assert (article.title, article.author) == ("My brother borrows and never returns", "Nell Abernathy")


def test_a_name_shown_twice_over_a_role_ending_in_lead():
    page = ("Feed   Network   Jobs\n\nWhat Our Night Shift Taught Us\n\nTomasz Brzęczek-Hall\nTomasz Brzęczek-Hall\n"
            "Warehouse Lead at Northrail | Mentor\nPublished Jan 9, 2024\n+ Follow\n\n" + BODY)
    article = segment(page)
    assert (article.title, article.author) == ("What Our Night Shift Taught Us", "Tomasz Brzęczek-Hall")


def test_a_row_of_reaction_counts_under_the_name():
    page = ("Quiet Rooms\n\nHow We Cut Our Heating Bill\n\nHaruto Mbeki\nFeb 2, 2024\n\n♥ 48   💬 12   ↻ Share\n\n"
            + BODY)
    article = segment(page)
    assert (article.title, article.author) == ("How We Cut Our Heating Bill", "Haruto Mbeki")
    assert "Share" not in article.text


def test_a_closing_recipe_credit_under_the_method():
    page = ("Red Lentil Soup\n\nA cheap soup that freezes well and feeds four on a cold night.\n\n"
            "Ingredients\n1 onion\n150 g red lentils\n\nMethod\n"
            "1. Soften the onion in oil for eight minutes.\n2. Add the lentils and stock and simmer until soft.\n\n"
            "Recipe and photos by Farah Nasser.\n\nPlease link to this page rather than copying the recipe.\n")
    article = segment(page)
    assert (article.title, article.author) == ("Red Lentil Soup", "Farah Nasser")


# Round 7 (issue 16): a closing paragraph about the writer in the shapes other hands wrote: the columnist who
# "writes the ... column" under a first-name sign-off, and the host's "Our guest this week, NAME, is ..." over the
# site's call for more guest writers.
def test_a_columnists_closing_line_under_a_first_name_signoff():
    page = ("Ask Bogdan - questions about money\n\n\"How do I start saving?\" - Leah, Hull\n\n" + BODY +
            "\nBogdan\n\nBogdan Petrescu writes the Ask Bogdan column for Coinwise every Thursday. Send your "
            "question through the form below.\n")
    assert segment(page).author == "Bogdan Petrescu"


def test_a_hosts_closing_line_about_this_weeks_guest():
    page = ("Guest post: Rainy Walks With Toddlers\n\n" + BODY +
            "\nOur guest this week, Mirela Kovač, is a childminder in Split and writes at rainywalks.example.\n\n"
            "Want to write for Little Muddy Boots? Read our guidelines.\n")
    assert segment(page).author == "Mirela Kovač"


# Round 7 (issue 16): a body credited under the title: a printable leaflet "Produced by" its service (the title is
# the line above the credit, not the credit), a FAQ "By the ... volunteers"; a news release's boilerplate paragraph
# "About X: the X supplies ..." names its issuer even when it runs long.
def test_a_leaflet_produced_by_a_service():
    page = ("[Print this page]   [Download PDF]\n\nTARNSIDE FIRE & RESCUE SERVICE\nSafer Homes · Leaflet 7\n\n"
            "Kitchen Fire Safety Checklist\n\nProduced by Tarnside Fire & Rescue Service\n\n" + BODY +
            "\n© 2024 Tarnside Fire & Rescue Service\n")
    article = segment(page)
    assert (article.title, article.author) == ("Kitchen Fire Safety Checklist", "Tarnside Fire & Rescue Service")


def test_a_faq_by_a_librarys_volunteers():
    page = ("Common questions about borrowing tools\n\nBy the Millbrook Tool Library volunteers · updated May 2024\n\n"
            + BODY)
    assert segment(page).author == "Millbrook Tool Library"


def test_a_release_issuer_in_a_long_about_paragraph():
    page = ("FOR IMMEDIATE RELEASE\n3 June 2024\n\nSix Ways To Save Water This Summer\n\n" + BODY +
            "\nAbout Fenmoor Water Board: the Board supplies drinking water to 400,000 homes across the fens and is "
            "owned by the councils it serves, which appoint its members every four years after a public vote on "
            "the budget and the plans for new reservoirs.\n")
    assert segment(page).author == "Fenmoor Water Board"


def test_a_blog_footer_with_a_first_name_only():
    page = ("Keeping Cool Without A Fan\n\n" + BODY + "\nPosted by Rosalind at 4:37 PM\nLabels: home, summer\n\n"
            "2 comments:\n\nBea said...\nThanks!\n")
    article = segment(page)
    assert article.author == "Rosalind" and "Bea said" not in article.text


def test_a_profiles_full_name_completes_a_first_name_footer():
    page = ("Keeping Cool Without A Fan\n\n" + BODY + "\nPosted by Rosalind at 4:37 PM\n\nAbout Me\n"
            "Rosalind Achterberg\nI write about small houses.\n")
    assert segment(page).author == "Rosalind Achterberg"


# Round 7 (issue 16): a Q&A page's answer card: "answered DATE" over the answerer's name, tagline and reputation,
# then the comments; the answerer wrote the piece.
def test_a_qa_answer_card_names_the_answerer():
    page = ("Why does my kitchen drain smell in summer?\n\n" + BODY +
            "\nanswered Jun 2 '21 at 09:12\nKemal Aydın-Roth\nPlumber, 20 years in homes\n"
            "8.1k ● 2 ● 30\n\nComments:\n- Fixed it, thanks! – asker\n")
    assert segment(page).author == "Kemal Aydın-Roth"


# Round 7 (issue 16): a labelled credit glued before the licence on the last line ("This post: NAME. You can reuse
# it under CC BY ...") names the writer; the licence is still read.
def test_a_labelled_credit_before_the_licence_on_the_last_line():
    page = ("Finding Newts Without Harm\n\n" + BODY + "\nThis post: Sigrid Aaltonen. You can reuse it under a Creative "
            "Commons Attribution 4.0 licence; please credit me and link back.\n")
    article = segment(page)
    assert article.author == "Sigrid Aaltonen" and article.licence.tag == "CC-BY-4.0"
    assert "Sigrid" not in article.text
