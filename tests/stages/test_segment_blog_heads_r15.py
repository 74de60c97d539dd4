"""Blog and workspace pages' heads saved as text (round 15). Pages written here in our own words.

A newsletter platform copied as text sets the title and its subtitle as one block, both in sentence case, the
writer's name and the date under them: the title is the upper, shorter line, whatever the casing says. A public
workspace page (a wiki, a shared notes page) sets its properties under the title, one label line over its value
("Owner" over a name): the label is the field's, never the page's title.
"""

from __future__ import annotations

from pipeline.stages import segment as sg
from tests.conftest import only_article

BODY = ("Every spring I promise myself the seedlings will survive, and every year the windowsill wins. This year I "
        "kept notes, and these are the changes that made the difference.\n\n"
        "Turn the trays every morning. Seedlings lean to the glass; a half turn keeps them upright.\n\n"
        "Water from below. A saucer under the tray keeps the surface dry and the mould away.\n\n"
        "Brush the tops with your hand. A light stroke each evening makes the stems thicker.\n\n"
        "That is all it took, and the tomatoes made it to the allotment in May.\n")

NEWSLETTER = ("The Cold Sill\nSubscribe\nSign in\n\n{title}\n{dek}\n\nHenrike Achterberg\nMay 12, 2025\n\n" + BODY)


def test_a_sentence_case_title_over_its_longer_subtitle_is_the_title():
    page = only_article(NEWSLETTER.format(
        title="Keep your seedlings alive on a cold sill",
        dek="Three small habits that finally got my tomatoes through a north-facing spring"))
    assert (page.title, page.author) == ("Keep your seedlings alive on a cold sill", "Henrike Achterberg")
    assert "north-facing spring" not in page.text  # the subtitle is the head's, not the text's


def test_a_shorter_second_line_is_no_subtitle():
    assert not sg._sentence_title_over_dek("Three small habits that got my tomatoes through a cold spring",
                                           "Keep seedlings alive")
    assert not sg._sentence_title_over_dek("Seedlings", "Three small habits that got my tomatoes through spring")


WORKSPACE = ("Tern Studio\n/\nHandbooks\n/\nNew starter handbook\nSearch\n\n📘\n\nNew starter handbook\n\n"
             "{label}\nMaren Olsen\nTags\nHandbook\nLast edited\nMay 2, 2025\n\n" + BODY)


def test_a_property_label_over_the_owner_s_name_is_not_the_title():
    for label in ("Owner", "Created by", "Autor", "Propriétaire"):
        page = only_article(WORKSPACE.format(label=label))
        assert (page.title, page.author) == ("New starter handbook", "Maren Olsen"), label


def test_property_labels_are_field_names_only():
    assert sg.PERSON_FIELD.fullmatch("Owner") and sg.PERSON_FIELD.fullmatch("Written by:")
    assert sg.PERSON_FIELD.fullmatch("この記事を書いている人 - WRITER -")  # a theme's writer box over the name
    assert not sg.PERSON_FIELD.fullmatch("Owner of a small shop")
