"""Round 17: names as real pages' text gives them. Names here are invented."""

from __future__ import annotations

import pytest

from pipeline.text.attribution import name_line, tidy_name, undoubled


@pytest.mark.parametrize(("text", "name"), [
    ("Marit SolbergMarit Solberg", "Marit Solberg"),  # a profile link's text glued to the name under it
    ("Lucas de la Fuente Lucas de la Fuente", "Lucas de la Fuente"),
    ("Anouk van BeekAnouk van Beek", "Anouk van Beek"),
])
def test_a_name_printed_twice_is_one_name(text, name):
    assert tidy_name(text).name == name
    assert name_line(text) is not None and name_line(text).name == name


@pytest.mark.parametrize("text", ["Bo Bo", "Ann Lee Bo Lind", "Jo-Jo", "Lee Ann Lee"])
def test_other_names_stay_as_written(text):
    assert undoubled(text) == text
