"""Where one page's pieces begin and end (round 8): shapes that pages by other hands write.

A plain-text e-mail issue wraps every paragraph at 55 to 70 characters with hard returns (read through the
``search`` tool's ``pages`` corpus: ASCII ezine guides ask for a return "at the end of every line", a masthead and
a contents list at the top), so no single line of its editor's note is paragraph-long; and its editor's note is
boxed between rule lines exactly like the pieces under it. Every page here is written in our own words.
"""

from __future__ import annotations

from pipeline.records import Article, Source
from pipeline.stages import segment as sg
from tests.conftest import segment_page as segment
from tests.conftest import through_stage
from tests.conftest import titles_and_authors as fields

RULE = "-" * 48


# a mailed issue, every paragraph hard-wrapped under 60 characters: masthead, a line on why the reader gets it, the
# contents, a boxed editor's note, then two boxed pieces, each with its byline inside the box
WRAPPED_ISSUE = ("=" * 48 + "\n  THE HEDGEROW LETTER\n  Notes for country walkers\n  Issue 58 - March 2011\n"
                 + "=" * 48 + "\n\nYou get this letter because you signed up at\n"
                 "hedgerow.example. To leave the list, see the\n"
                 "foot of this mail.\n\nCONTENTS\n  1. From the editor\n  2. Boots That Last - Maren Holt\n"
                 "  3. Reading A Map In Rain - Tobiah Ekwueme\n\n"
                 f"{RULE}\nFROM THE EDITOR\n{RULE}\n"
                 "The lambs are out on the hill farms and the paths\n"
                 "are muddy again, so this month we stay practical:\n"
                 "what to wear on your feet, and how to find your\n"
                 "way when the cloud comes down.\n\n"
                 f"{RULE}\nBOOTS THAT LAST\nby Maren Holt\n{RULE}\n"
                 "A good pair of boots should see you through ten\n"
                 "years of weekend walking if you treat them well.\n\n"
                 "Dry them slowly, away from the fire, with paper\n"
                 "stuffed inside. Heat cracks the leather.\n\n"
                 "Wax them after every muddy walk, not once a year.\n\n"
                 f"{RULE}\nREADING A MAP IN RAIN\nby Tobiah Ekwueme\n{RULE}\n"
                 "Fold the map to the square you need before you\n"
                 "leave the car, and slide it into a clear bag.\n\n"
                 "Pick a handrail: a wall or a stream you can follow\n"
                 "without looking down every minute.\n\n"
                 f"{RULE}\nTo leave this list, reply with STOP.\n")


def test_a_hard_wrapped_issue_s_boxed_editor_s_note_is_no_piece_and_each_boxed_piece_is_one():
    assert fields(segment(WRAPPED_ISSUE)) == [("BOOTS THAT LAST", "Maren Holt"),
                                              ("READING A MAP IN RAIN", "Tobiah Ekwueme")]


def test_the_editor_s_note_stays_out_of_the_first_piece_s_text():
    first = segment(WRAPPED_ISSUE)[0]
    assert "lambs are out" not in first.text
    assert first.text.lstrip().startswith("A good pair of boots")


def test_a_boxed_first_piece_that_is_signed_stays_a_piece():
    # the same issue whose first boxed item carries a byline: a piece, not an opening
    page = WRAPPED_ISSUE.replace("FROM THE EDITOR\n", "FROM THE EDITOR\nby Ada Quill\n")
    assert fields(segment(page)) == [("FROM THE EDITOR", "Ada Quill"), ("BOOTS THAT LAST", "Maren Holt"),
                                     ("READING A MAP IN RAIN", "Tobiah Ekwueme")]


def test_a_paragraph_s_words_add_up_over_its_wrapped_lines():
    lines = ["Spring came late this year and the lanes", "flooded twice before Easter, so the walks",
             "we planned for March moved to April and", "most of them went ahead in sunshine.", "", "NEXT ITEM"]
    assert not sg._long_paragraph(lines, 1)  # sixteen words so far
    assert sg._long_paragraph(lines, 3)  # thirty over four lines
    assert not sg._long_paragraph(["BOOTS THAT LAST AND THE CARE OF LEATHER", "Wax them after every walk."], 1)
    assert not sg._long_paragraph([RULE, "Wax them after every walk."], 1)


def test_an_opening_hard_wrapped_over_four_lines_is_one_paragraph():
    # three of its wrapped lines end a sentence: still one paragraph, not a piece's three points
    note = sg.Parsed(body=["The lambs are out on the hill farms.", "The paths are muddy again, so this month",
                           "we stay practical: boots, and maps in the rain.", "Thank you all for writing in."])
    assert sg._introduces(note)
    three = sg.Parsed(body=["Water at dawn, when less is lost.", "", "Mulch every bed you can reach.", "",
                            "Feed the pots once a week in summer."])
    assert not sg._introduces(three)


# a members' e-mail newsletter (the shape co-operatives and clubs send): items between rule lines, each headed in
# sentence case as mail tools and many sites write headings, most signed "NAME, ROLE" under their text
MEMBERS_MAIL = ("OAKMOOR GROWERS' SOCIETY\nMembers' letter · Autumn 2023\n\nView this email in your browser\n\n"
                f"{RULE}\n\nNotes from the chair\n\nWhat a season. The new polytunnel went up in June and the "
                "spring plant sale raised more than any year before it, thanks to everyone who potted up seedlings.\n\n"
                f"Halvard Eik, Chair\n\n{RULE}\n\nHow to keep dahlias through the winter\n\n"
                "1. Lift the tubers after the first frost blackens the leaves.\n"
                "2. Dry them upside down for a week so water drains from the stems.\n"
                "3. Store them in dry compost somewhere cool but frost-free.\n\n"
                f"Noor Haddad, Show Secretary\n\n{RULE}\n\nWhat's on at the hut\n\n"
                "The seed library reopens in February, and the pruning morning on the orchard plot is on the first "
                "Sunday of March. Bring your own secateurs and a flask.\n\n"
                f"{RULE}\n\nYou get this letter as a member of Oakmoor Growers' Society.\n")


def test_later_items_of_an_issue_keep_their_headings_written_in_sentence_case():
    assert [a.title for a in segment(MEMBERS_MAIL)] == ["Notes from the chair",
                                                        "How to keep dahlias through the winter",
                                                        "What's on at the hut"]


def test_an_item_s_opening_heading_is_no_sentence_no_menu_and_no_byline():
    assert sg._opening_heading("How to keep dahlias through the winter")
    assert sg._opening_heading("What's on at the hut")
    assert not sg._opening_heading("The seed library reopens in February.")
    assert not sg._opening_heading("Home | Events | Join")
    assert not sg._opening_heading("By Noor Haddad")
    assert not sg._opening_heading("© 2023 Oakmoor Growers' Society")


GUEST_TEXT = ("Bake the loaf until it sounds hollow when you knock on its base, then leave it on a rack for an hour "
              "before you cut it, however good it smells.\n\nA bread knife with a long blade does the rest.\n")


def guest_post(note: str) -> list[Article]:
    # a saved blog page: the markup names the blog's owner as the author of every post (<meta name="author">)
    text = f"{note}\n\n{GUEST_TEXT}"
    source = Source(path="p.html", sha256="7c" * 32, size=len(text), format="html")
    record = Article(id=Article.make_id(source), source=source, text=text, title="A First Loaf at Sixty",
                     author="Rosalind Okafor")
    articles, _ = through_stage(sg.STAGE, sg.SegmentConfig(), [record])
    return articles


def test_the_owner_s_signed_note_handing_a_post_to_a_guest_outweighs_the_markup_s_author():
    (article,) = guest_post("Today's guest post comes from Emeka Nwosu, a retired engineer who started baking "
                            "last winter. Over to you, Emeka! — Rosalind")
    assert article.author == "Emeka Nwosu"


def test_a_note_about_an_earlier_guest_leaves_the_markup_s_author():
    # (merge of r8-titles and r8-authors: an unsigned note that hands THIS post over names the guest too,
    # attribution.guest_credit; a note about an earlier guest post hands nothing over)
    (article,) = guest_post("Last week's guest post by Emeka Nwosu brought in more questions than I can answer, "
                            "so today I answer the three you asked most.")
    assert article.author == "Rosalind Okafor"
