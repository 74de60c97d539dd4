"""Who wrote it, read from the role lines and credit lines real profiles and bylines put around a name (issue 16,
round 4): a name followed by its job, a bilingual author label, and the role words that credit someone other than
the writer. Every line here is our own wording of a shape seen on real pages."""

from __future__ import annotations

import pytest

from pipeline.text import attribution as at


# Shape: company blogs, LinkedIn/Medium exports and small-business columns write the name, then the job after a
# comma or a dash on the same line.
@pytest.mark.parametrize("line, name", [
    ("Tove Lindqvist, Head of Partnerships at Pollenbox", "Tove Lindqvist"),
    ("Ramón Iglesias Vidal — owner, Panadería La Espiga, Zaragoza", "Ramón Iglesias Vidal"),
    ("Hattie Okafor – senior nurse educator", "Hattie Okafor"),
    ("Joost de Wilde, lecturer in soil science", "Joost de Wilde"),
])
def test_a_name_line_with_the_writers_role_names_the_writer(line, name):
    assert at.name_line(line).name == name


@pytest.mark.parametrize("line", [
    "Cheap Heat At Home, Part Two",
    "Department of Food Science · Handouts",
    "Friends of Moor Lane Park",
    "Seed Swaps, Plant Sales And Other Spring Fixtures",
])
def test_titles_and_bodies_are_no_name_with_a_role(line):
    assert at.name_line(line) is None


@pytest.mark.parametrize("line, role", [
    ("Warehouse Operations Manager | Lean | Safety First", True),
    ("HR Business Partner | Talent & Retention | Budapest", True),
    ("Lecturer in Human Nutrition", True),
    ("Head of Growth at a Seed-Stage Startup", True),
    ("News | Events | What's On | Classifieds", False),
    ("Food | Travel | Home", False),
    ("Why every coach needs a notebook.", False),
    ("Part Two", False),
])
def test_role_lines(line, role):
    assert at.is_role(line) is role


# Shape: credit labels under or over a title, bilingual on pages for two audiences, a writing word beside a
# picture word, a column's name with its writer after a comma, and credit verbs with a noun or "up" before "by".
@pytest.mark.parametrize("line, name", [
    ("Автор / Author: Вера Соколова", "Вера Соколова"),
    ("Autorin / Author: Greta Lindqvist", "Greta Lindqvist"),
    ("Recipe and photos: Nomvula Dube", "Nomvula Dube"),
    ("Text & Fotos: Jonas Weber", "Jonas Weber"),
    ("Dear Ottilie, by Ottilie Fairweather-Nkemelu", "Ottilie Fairweather-Nkemelu"),
    ("Straight Answers — by Tomás Ó Riada", "Tomás Ó Riada"),
])
def test_credit_labels_and_trailing_bylines(line, name):
    assert at.name_line(line).name == name


@pytest.mark.parametrize("line, name", [
    ("Written up by Chidi Eze-Morgan for the Harbour Rowers newsletter.", "Chidi Eze-Morgan"),
    ("Answers compiled by Yuki Arai, trail leader, from members' questions.", "Yuki Arai"),
    ("A guest post by Meral Aydın", "Meral Aydın"),
    ("Notes written by Pia Holm", "Pia Holm"),
])
def test_credit_verbs_with_a_noun_before_by(line, name):
    assert at.parse_byline(line).name == name


# Shape: the desk's other roles credited beside the writer, in several languages: a translator, a reviewer, a
# photographer, an illustrator, the press office's contact, a narrator. None of them wrote the piece.
@pytest.mark.parametrize("line", [
    "Translated by Lena Vogt", "Übersetzung: Lena Vogt", "Traducción: Lena Vogt", "Перевод: Лена Фогт",
    "Reviewed by Lena Vogt", "Medically reviewed by Lena Vogt", "Photo: Lena Vogt", "Foto: Lena Vogt",
    "Fotos: Lena Vogt", "Illustrations by Lena Vogt", "Media contact: Lena Vogt", "Press contact: Lena Vogt",
    "Narrated by Lena Vogt", "Styling: Lena Vogt", "Proofreading: Lena Vogt",
])
def test_other_roles_credit_no_writer(line):
    assert at.name_line(line) is None and at.parse_byline(line) is None


# Shape: a note that hands the piece to its writer without an apposition; the note's own signature (a translator's,
# an editor's) is not the writer.
@pytest.mark.parametrize("text, name", [
    ("This is a guest contribution from Oskar Lindgren. Want to write for us? Read the guidelines.", "Oskar Lindgren"),
    ("I put it into English and it appears here with the kind permission of its author, Amaia Goikoetxea. — Ben Hale",
     "Amaia Goikoetxea"),
    ("This is a guest post from our archive, first shared in 2014.", None),
    ("Read the earlier post from March, then come back.", None),
])
def test_notes_that_hand_the_piece_to_its_writer(text, name):
    credit = at.intro_credit(text)
    assert (credit.name if credit else None) == name
