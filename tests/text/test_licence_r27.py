"""Round 27 (issue 16): the article's own statements a site's default licence yields to, line by line, in our own
words (invented people, sites and addresses).
"""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic

DEFAULT = lic.find_cc("Unless otherwise noted, posts on Hive Notes are licensed under CC BY 4.0.")


@pytest.mark.parametrize("line", [
    "The words in this post remain her copyright.",
    "This column stays my own copyright, so please link to it instead.",
    "Please ask her at ilse@hivemail.example before republishing any of it.",
])
def test_a_writer_keeping_her_words_is_a_reservation(line):
    (statement,) = lic.find_statements(line)
    assert statement.tag == lic.ALL_RIGHTS_RESERVED and lic.reserves(statement)


@pytest.mark.parametrize("line", [
    "All photos remain the photographer's copyright.",  # a part's credit, no writer's
    "You can ask her at the show before the judging starts.",
])
def test_other_copyright_and_asking_words_reserve_nothing(line):
    assert lic.find_statements(line) == []


@pytest.mark.parametrize("line, tag", [
    ("He kindly let me share it here with his permission.", lic.USED_WITH_PERMISSION),
    ("I post this recipe with her blessing.", lic.USED_WITH_PERMISSION),
])
def test_a_host_sharing_a_piece_with_its_writers_leave_is_permission(line, tag):
    assert [s.tag for s in lic.find_statements(line)] == [tag]


def test_a_readers_instruction_to_share_with_permission_is_no_leave_given():
    assert all(s.kind != "permission" for s in lic.find_statements("Only share this with permission."))


def test_a_syndicates_all_rights_notice_outranks_the_sites_default():
    agency = lic.find_statements("© 2026 Bienenblatt Verlag GmbH. Alle Rechte vorbehalten.")[0]
    assert lic.own_reservation(agency, DEFAULT)
    assert [s.tag for s in lic.without_yielded([agency, DEFAULT])] == [lic.ALL_RIGHTS_RESERVED]


def test_the_sites_own_all_rights_footer_leaves_its_default_standing():
    footer = lic.find_statements("© 2026 Hive Notes Ltd. All rights reserved.")[0]
    assert not lic.own_reservation(footer, DEFAULT)
    assert lic.combine(lic.without_yielded([footer, DEFAULT])).tag == "CC-BY-4.0"


def test_a_bare_copyright_beside_the_default_names_who_licenses():
    bare = lic.find_statements("© 2026 Ilse Varga-Moreno.")[0]
    assert lic.combine(lic.without_yielded([bare, DEFAULT])).tag == "CC-BY-4.0"
    assert lic.combine(lic.without_yielded([bare, DEFAULT], own=[bare])).tag == lic.ALL_RIGHTS_RESERVED


def test_a_grant_the_post_makes_of_itself_does_not_yield_to_an_all_rights_line():
    own = lic.find_cc("This post is licensed CC BY 4.0.")
    agency = lic.find_statements("© 2026 Bienenblatt Verlag GmbH. Alle Rechte vorbehalten.")[0]
    assert not lic.yields_to(own, agency)
