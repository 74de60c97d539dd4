"""Round 26's review mends in segment (pages written here in our own words: invented clubs, sites and people).

A page of "Name:" rows is a guestbook only where its entries are signed visits (a place, a date or the comment's
label under each name) or its head names the guestbook: a recipe page of "Name:" / "Time:" cards and a club's contacts
page of "Name:" / "Email:" blocks keep their article. An issue's footer that reserves its articles and credits its
cartoons "used with permission" keeps the reservation for the items it covers.
"""

from __future__ import annotations

import pytest

from pipeline.stages import segment as sg
from pipeline.text import licence as lic
from tests.conftest import segment_page

RULE = "-" * 50


def _cards(field: str, rows: tuple[tuple[str, str, str], ...]) -> str:
    return "".join(f"Name: {name}\n{field}: {value}\n{said}\n\n" for name, value, said in rows)


RECIPES = "Four Suppers From One Tray\n\n" + _cards("Time", (
    ("Baked Leeks", "30 minutes", "Split the leeks lengthways, lay them cut side up and bake them under a spoon of "
                                  "cream until they are soft right through."),
    ("Crisp Chickpeas", "25 minutes", "Dry the chickpeas on a cloth first, then roast them with cumin until they "
                                      "rattle on the tray."),
    ("Squash Wedges", "40 minutes", "Leave the skin on the wedges, it holds them together, and turn them once "
                                    "halfway through the roasting."),
))

CONTACTS = "Orchard Society: Who To Ask\n\n" + _cards("Email", (
    ("Iris Vantongeren", "iris@orchard.example", "Iris looks after the grafting days; cut your scions in winter "
                                                 "and keep them wrapped in the fridge until spring."),
    ("Dov Achterberg", "dov@orchard.example", "Dov runs the pest watch; hang your grease bands in autumn, before "
                                              "the moths start climbing the trunks."),
    ("Pilar Oyelaran", "pilar@orchard.example", "Pilar keeps the pruning rota; prune plums in summer only, a "
                                                "winter cut lets the silver leaf in."),
))


@pytest.mark.parametrize("page", [RECIPES, CONTACTS], ids=["recipe-cards", "club-contacts"])
def test_name_rows_over_a_time_or_an_address_are_no_guestbook(page):
    (article,) = segment_page(page)
    assert article.title == page.split("\n")[0]
    assert not sg._entries_only(page.split("\n"))


def test_a_guestbook_signed_by_place_and_date_still_carries_no_article():
    entries = "".join(f"{RULE}\nName: {name}\nLocation: {place}\nDate: {day} June 2031\nComments:\n{said}\n"
                      for name, place, day, said in (
                          ("Gudrun", "Whitby", 9, "Lovely pages on the goats! Ours escape every week."),
                          ("Femi A", "Derby", 6, "My tip: a second catch on the gate, goats learn latches fast."),
                          ("Noor", "Ely", 2, "Found you through the smallholders' forum, keep writing!")))
    page = "BRACKEN FOLD GOATS\nHome | Herd | Cheese\n\nSign our book and say hello!\n\n" + entries + RULE + "\n"
    assert segment_page(page) == []


def test_contact_rows_count_as_entries_under_a_guestbook_head():
    visits = "".join(f"Name: {name}\nEmail: {name.lower()}@mail.example\n{said}\n\n" for name, said in (
        ("Kasimir", "Great site about the canal boats, thanks!"),
        ("Lottie", "Came past your mooring last week, lovely paintwork."),
        ("Rufus", "Hello from a fellow boater on the Grand Union.")))
    assert segment_page("Narrowboat Wren\n\nOur Guestbook\n\n" + visits) == []
    assert len(segment_page("Narrowboat Wren\n\nCrew list\n\n" + visits)) == 1  # the same rows, no such head


ISSUE = ("Fernbank Cycling Club Bulletin - Autumn 2031\n\nCHAIN CARE\nby Oona Castellet\n\n"
         "Wipe the chain after every wet ride, before the grit dries into the links.\n\n"
         "Oil each roller once, then wipe the outside again so dust has nothing to stick to.\n\n"
         "Change the chain before it stretches, and the cassette lasts twice as long.\n\n"
         "WINTER TYRES\nby Piet Hallgrimsson\n\n"
         "Drop the pressure a little in the cold so the tyre grips the wet road better.\n\n"
         "Check the tread for flints after each ride and pick them out with a small pin.\n\n"
         "Carry a spare tube as well as patches, cold fingers make patching slow work.\n\n"
         "© 2031 Fernbank Cycling Club. No article may be copied without the editor's consent; {credit}.\n")


def test_a_cartoon_credit_on_the_issue_footer_leaves_its_reservation_standing():
    articles = segment_page(ISSUE.format(credit="cartoons used with permission"))
    assert [a.title for a in articles] == ["CHAIN CARE", "WINTER TYRES"]
    assert [a.licence.tag if a.licence else None for a in articles] == ["LicenseRef-all-rights-reserved"] * 2


def test_a_permission_for_the_text_itself_is_still_read_where_a_cartoon_credit_is_not():
    kinds = {line: [s.kind for s in lic.find_statements(line)] for line in (
        "© 2031 Fern Club. No copying; cartoons used with permission.",
        "© 2031 Fern Club. No copying; used with permission of the author.",
        "© 2031 Fern Club. No copying; the articles used with permission.")}
    assert list(kinds.values()) == [["copyright"], ["permission", "copyright"], ["permission", "copyright"]]
