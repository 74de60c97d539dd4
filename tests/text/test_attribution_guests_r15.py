"""A host's "today's guest is NAME" note names the guest who wrote the post (round 15). Own words."""

from __future__ import annotations

from pipeline.text.attribution import guest_credit


def test_todays_guest_is_names_the_writer():
    assert guest_credit("Today's guest is Oona Ferriter, who pickles for the whole street.").name == "Oona Ferriter"
    assert guest_credit("Our guest this week is Oona Ferriter.").name == "Oona Ferriter"
    assert guest_credit("Today's guest is a jar of beans that went wrong.") is None
