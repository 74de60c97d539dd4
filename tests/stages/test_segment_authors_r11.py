"""Segment: round 11's author rules for the foot of an article (issue 16), each shape met on a page by a hand the
code had never read, each page here written in our own words."""

from __future__ import annotations

from tests.conftest import only_article as only

TEXT = ("The orchard gate has been rehung at last, so the evening struggle with the padlock should be over by the "
        "end of the month.\n\n"
        "We also welcome nine new members this spring, more than in any year since the waiting list began; say hello "
        "when you meet a new face by the water butts.\n\n")


# Shape: a society's e-mail bulletin, its chair's note signed with a closing line in the writer's own words, the
# name, and the writer's office on the line under it.
def test_a_closing_line_over_a_name_and_its_office_signs_the_note():
    article = only(f"FROM THE CHAIR\n\n{TEXT}See you at the spring dig,\nMáirtín Ó Cadhla\nChair\n")
    assert article.author == "Máirtín Ó Cadhla"
    assert article.signoff == "See you at the spring dig, Máirtín Ó Cadhla Chair"


def test_a_label_over_a_name_does_not_sign_it():
    # "Coming up:" is no goodbye: a name under it may be a list's first item
    assert only(f"FROM THE CHAIR\n\n{TEXT}Coming up:\nMáirtín Ó Cadhla\nChair\n").author is None


# Shape: a mailing-list archive's message: the letter signed under a dash rule with the name and a role line, then the
# archive's own lines (a scrubbed attachment's note, its address, previous/next links, the list's footer).
ARCHIVE_FOOT = ("\n-------------- next part --------------\n"
                "An HTML attachment was scrubbed...\n"
                "URL: <http://lists.example.org/pipermail/orchard/attachments/20240311/1a2b/attachment.html>\n\n"
                "    * Previous message: [orchard] Ladders left by the shed\n"
                "    * Next message: [orchard] April rota\n\n"
                "More information about the orchard mailing list\n")


def test_a_rule_signature_over_a_list_archives_chrome_names_the_writer():
    page = (f"A NOTE FOR THE NEW PRUNERS\n\n{TEXT}------------------------------\nΕλένη Παπαδάκη\n"
            f"Pruning team, Mill Lane Orchard\n{ARCHIVE_FOOT}")
    article = only(page)
    assert article.author == "Ελένη Παπαδάκη"
    assert "Previous message" not in article.text and "scrubbed" not in article.text


def test_a_byline_over_a_sites_footer_lines_names_the_writer():
    page = (f"A NOTE FOR THE NEW PRUNERS\n\n{TEXT}By Tomasz Wierzbicki\n\nShare this page\nPrint\n"
            "Back to the top\nAll notices\nOur newsletter\nThe committee\n")
    assert only(page).author == "Tomasz Wierzbicki"


def test_chrome_naming_someone_stops_the_scan():
    # a line with a name's shape between the signature and the foot may itself be the writer's: nothing is passed
    page = (f"A NOTE FOR THE NEW PRUNERS\n\n{TEXT}------------------------------\nΕλένη Παπαδάκη\n\n"
            "Photos by the orchard team\nWith thanks to Piotr Nowacki and Ruth Abara\nPrint\nShare\nAll notices\n")
    article = only(page)
    assert article.author is None
    assert "With thanks to Piotr Nowacki and Ruth Abara" in article.text


def test_a_heading_in_capitals_over_a_short_list_is_no_signature():
    # a news report's "UP NEXT" over two short lines: a heading with a name's shape, not a writer's name
    page = (f"Harriers Edge Past the Rovers\n\n{TEXT}UP NEXT\n\nHarriers: Host the Lions on Friday.\n\n"
            "Rovers: Visit the Comets on Sunday.\n\n___\n")
    assert only(page).author is None


def test_a_list_under_a_heading_is_not_passed_as_chrome():
    page = (f"Testing the New Rod\n\n{TEXT}Merkmale der Testrute\n- Länge: 2,44 Meter\n- Gewicht: 186 Gramm\n"
            "- Preis: 159,90 Euro\n- Griff: hochverdichtetes EVA\n")
    article = only(page)
    assert article.author is None
    assert "Preis: 159,90 Euro" in article.text


def test_a_bare_name_over_a_place_line_signs_a_letter():
    page = f"Rates Are Too High\n\n{TEXT}Ingrid Solberg-Hale\nClayton\n"
    assert only(page).author == "Ingrid Solberg-Hale"


# Shape: a blog reprinting a club newsletter's piece: the writer named only in the bracketed editor's note ("this piece
# by NAME first ran in ..."), the blog's own name (two capitalised words) as masthead and in the footer's ©.
REPRINT = ("HILL GRIND\ncycling up things, slowly\nHome | About | Archive\n\n"
           "Climbing In The Wet Without Sliding Back\nMay 4, 2019 · 2 Comments\n\n"
           "[Editor's note: this piece by Guðrún Pálsdóttir first ran in the summer issue of a club newsletter, and is "
           "reprinted here with her kind permission.]\n\n"
           f"{TEXT}"
           "Stay seated on a wet climb. Standing moves your weight forward and the back wheel loses its grip.\n\n"
           "© 2019 Hill Grind · Powered by a blog engine\n")


def test_an_editors_note_naming_the_pieces_writer_outranks_the_sites_own_copyright():
    assert only(REPRINT).author == "Guðrún Pálsdóttir"


def test_a_copyright_in_the_writers_own_name_still_names_the_writer():
    page = REPRINT.replace("[Editor's note: this piece by Guðrún Pálsdóttir first ran in the summer issue of a club "
                           "newsletter, and is reprinted here with her kind permission.]\n\n", "")
    page = page.replace("HILL GRIND", "SIGRÚN HALL").replace("© 2019 Hill Grind", "© 2019 Sigrún Hall")
    assert only(page).author == "Sigrún Hall"


def test_a_credential_line_over_an_address_is_no_signature():
    # a bio box's credential line and its link at the foot: the foot scan passes no address to reach a "name"
    page = f"Feeding A Starter\n\n{TEXT}MA Psychology, Emotional Intelligence Coach\n\nhttp://www.example.org\n"
    assert only(page).author is None
