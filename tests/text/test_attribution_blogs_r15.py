"""Round 15: a host's note naming the guest herself ("Today's guest is NAME, who ...") hands the piece to her as
"Today's guest post comes from NAME" does. In our own words."""

from pipeline.text.attribution import guest_credit


def test_today_s_guest_named_in_the_host_s_note():
    assert guest_credit("Today's guest is Oskar Lindqvist, who rides cargo bikes in Malmö.").name == "Oskar Lindqvist"
    assert guest_credit("This week's guest writer is Ilse Brouwer. Over to her!").name == "Ilse Brouwer"


def test_a_guest_who_is_no_name_is_no_credit():
    assert guest_credit("Today's guest is a cat, who sat on the keyboard.") is None
    assert guest_credit("Last week's guest is Ilse Brouwer's neighbour.") is None
