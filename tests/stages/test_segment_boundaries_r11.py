"""Where one page's pieces begin (round 11): an issue whose items' heads are boxed between rule lines.

Plain-text ezines and society e-mail digests (read through the ``search`` tool's ``pages`` corpus) set each item's
title, and its byline if it has one, between two rule lines, the item's text under the closing rule; some items are
signed only under the text (a closing, the name, the office), by a bio sentence, or by an "Answered by" line, and
one may be unsigned. A boxed label over one paragraph (a mailbag, a swap corner) or over dated rows (a diary) is
the issue's own. Every page here is written in our own words.
"""

from __future__ import annotations

from pipeline.stages import segment as sg
from tests.conftest import segment_page

BANNER, RULE = "=" * 50, "-" * 50


def _issue(*items: str, tail: str = "") -> str:
    head = (f"{BANNER}\nTHE HEDGEROW NOTES\nIssue 12 -- March 2024\n{BANNER}\n\n"
            "You get this because you joined the orchard group.\n\n")
    return head + "".join(f"{RULE}\n{item}\n" for item in items) + tail


PRUNING = ("PRUNING YOUNG PLUMS\nby Halvard Ruud\n" + RULE + "\n\n"
           "Plums hate a winter cut, so everything here waits for a dry day in early summer when the sap runs.\n\n"
           "Take out anything dead first. It is the easiest cut and shows you the shape that is left.\n\n"
           "Then thin the crossing shoots so the wind can pass through the middle of the tree.\n")
GATE = ("NEWS FROM THE GATE\n" + RULE + "\n\n"
        "The council has promised a new lock for the lower gate, and the old one will be gone by Easter.\n\n"
        "Keys can be collected from the shed on Saturday mornings, one per plot, against a signature.\n\n"
        "Many thanks to the three members who cleared the path last month.\n")
MAILBAG = ("READER MAILBAG\n" + RULE + "\n\n"
           "Thank you to everyone who wrote in about the apple swap; we will print the best letters next time.\n")
DIARY = ("DIARY\n" + RULE + "\nSat 9 Mar  Grafting morning, bring a knife\nSun 24 Mar  Seed swap, hall, 2pm\n")


def test_items_whose_titles_are_boxed_between_rule_lines_are_the_issue_s_pieces():
    ladders = PRUNING.replace("PRUNING YOUNG PLUMS", "LADDERS AND HOW TO TRUST THEM").replace("Halvard Ruud",
                                                                                             "Oona Feeney")
    pieces = segment_page(_issue(PRUNING, ladders, GATE))
    assert [(a.title, a.author) for a in pieces] == [
        ("PRUNING YOUNG PLUMS", "Halvard Ruud"), ("LADDERS AND HOW TO TRUST THEM", "Oona Feeney"),
        ("NEWS FROM THE GATE", None)]


def test_a_boxed_label_over_one_paragraph_or_over_dated_rows_is_the_issue_s_own():
    ladders = PRUNING.replace("PRUNING YOUNG PLUMS", "LADDERS").replace("Halvard Ruud", "Oona Feeney")
    pieces = segment_page(_issue(PRUNING, MAILBAG, ladders, DIARY))
    assert [a.title for a in pieces] == ["PRUNING YOUNG PLUMS", "LADDERS"]


def test_a_title_box_is_one_item_head_but_a_boxed_label_over_a_title_of_its_own_is_not():
    lines = [RULE, "PRUNING YOUNG PLUMS", "by Halvard Ruud", RULE]
    assert sg._title_box(lines, [1, 2])
    assert not sg._title_box(["TITLE", "A sentence of the item's text, as a paragraph opens."], [0, 1])
    assert sg._opens_text(["It began with a leak. The roof over the shed gave way one", "night in March."], [0, 1])
    assert not sg._opens_text(["Stock A Pantry On A Budget", "by Odile Marchetti"], [0, 1])


def test_an_item_signed_under_its_text_with_a_closing_name_and_office_credits_its_writer():
    text = ("The hedge is laid, the pond is dug and the bees came through the winter, which is more than we "
            "hoped for in October.")
    lines = ["A WORD FROM THE CHAIR", text, "See you at the orchard,", "Maren Oyelaran", "Chair"]
    nonblank = list(range(len(lines)))
    assert sg._credits_writer(lines, nonblank, nonblank)
    assert sg._bare_signature(lines, nonblank, 1, 4) == 3


def test_an_answered_by_line_or_a_closing_bio_credits_an_issue_s_item():
    text = "A paragraph of the item, as long as a sentence should be in a piece like this."
    answered = ["Your questions: a loan after a move", "Answered by Teodor Aalto, Member Services", text, text]
    assert sg._credits_writer(answered, [0, 1, 2, 3], [0, 1, 2, 3])
    bio = ["Building a cushion", text, text, "Ilse Varga is a financial counsellor at our Mill Road branch."]
    assert sg._credits_writer(bio, [0, 1, 2, 3], [0, 1, 2, 3])
    assert not sg._credits_writer(["Building a cushion", text, text, text], [0, 1, 2, 3], [0, 1, 2, 3])


DIGEST = ("Send Orchard-Group mailing list submissions to\n\torchard-group@lists.example.org\n\n"
          "Today's Topics:\n\n   1. Re: when to net cherries (Maren Oyelaran)\n   2. grease bands (Teodor Aalto)\n\n"
          "----------------------------------------------------------------------\n\n"
          "Message: 1\nDate: Sun, 3 Mar 2024 10:02:11 +0000\nFrom: Maren Oyelaran <maren@example.org>\n"
          "To: orchard-group@lists.example.org\nSubject: Re: when to net cherries\n\n"
          "Net them the week the first fruit turns from green to cream, not when it is red: by then the "
          "blackbirds have already had a taste and will work the net until they are in.\n\n"
          "Maren\n\n------------------------------\n\n"
          "Message: 2\nDate: Sun, 3 Mar 2024 11:40:00 +0000\nFrom: Teodor Aalto <t.aalto@example.net>\n"
          "To: orchard-group@lists.example.org\nSubject: grease bands\n\n"
          "I put grease bands round the apples in October for the first time last year and the winter moth "
          "caterpillars were a fraction of what they were the spring before.\n\n"
          "--\nTeodor Aalto\n\n------------------------------\n\nEnd of Orchard-Group Digest, Vol 4, Issue 2\n")


def test_a_list_digest_s_messages_are_its_articles_titled_by_their_subjects_and_signed_by_their_senders():
    pieces = segment_page(DIGEST)
    assert [(a.title, a.author) for a in pieces] == [("when to net cherries", "Maren Oyelaran"),
                                                      ("grease bands", "Teodor Aalto")]
    assert "Today's Topics" not in pieces[0].text and "Subject:" not in pieces[1].text


def test_a_mail_saved_alone_keeps_its_subject_out_of_the_title():
    # one message head over a newsletter: the subject names the issue, the items under it have their own titles
    mail = ("From: The Orchard Letter <editor@example.org>\nSubject: Orchard Letter #12 - nets and bands\n\n"
            "GREASE BANDS IN OCTOBER\nby Teodor Aalto\n\nA band of grease round the trunk stops the moths climbing "
            "up to lay their eggs in the branches over winter.\n")
    assert [a.title for a in segment_page(mail)] == ["GREASE BANDS IN OCTOBER"]


def test_a_message_head_needs_a_sender_and_a_subject():
    assert sg.mail_messages(["Date: Sun, 3 Mar 2024", "Subject: grease bands", "", "Text."]) == []
    [head] = sg.mail_messages(["From: \"Teodor Aalto\" <t@example.net>", "Subject: Fwd: Re: [orchard] bands"])
    assert (head.subject, head.sender) == ("bands", "Teodor Aalto")
