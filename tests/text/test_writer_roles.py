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
