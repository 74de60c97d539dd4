"""Round 26's speed steps (issue 19) keep their answers: the tables' grant test searches its three parts rarest
first (the same answer in any order), and the tips gate asks each point whether it is a shop's entry once."""

from __future__ import annotations

import pytest

from pipeline.stages.tips import gate
from pipeline.text import licence as lic


@pytest.mark.parametrize(("text", "grants"), [
    ("Denna artikel får fritt publiceras i er tidning.", True),  # the text named, leave given, a reuse named
    ("Ce texte peut être reproduit librement.", True),
    ("Du får gärna publicera bilder här.", False),  # no text of the page named
    ("Denna artikel får inte publiceras utan tillstånd.", False),  # leave refused
    ("Artikeln publiceras i morgon.", False),  # no leave given
])
def test_the_tables_grant_reads_as_before(text: str, grants: bool) -> None:
    assert lic._table_grant(text) is grants


def test_the_gate_asks_each_point_once_whether_it_is_a_shops_entry() -> None:
    points = ["Oskar Lund", "Mira Falk", "Ivo Brandt"]
    body = "The rowing club met last week and thanked its volunteers of the season.\n\n" + "\n\n".join(points)
    gate._shop_entry.cache_clear()
    assert gate.advises(body, points) is False  # a list of names under a report: nobody is advised
    asked = gate._shop_entry.cache_info()
    assert asked.misses == len(points)  # each point searched once; asked again by _point_advises, answered kept
    assert asked.hits == len(points)
