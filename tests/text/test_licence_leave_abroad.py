"""Round 12 (issue 16): a page carrying a text by its holder's leave says so in its own language ("reproduzido aqui
com autorização do autor", "dimuat ulang atas izin penulis", "Αναδημοσιεύεται με την άδεια του εκδότη"), and the
credit-line patterns of a few languages each wanted their own verb right before the phrase. The leave's phrase now
comes from the language tables (``permission``) with whose leave it is (``holder``), wherever the verb stands.
Written in our own words, in languages no labelled page used for it, with the nearest refusals and story
sentences the rule must leave alone."""

from __future__ import annotations

import pytest

from pipeline.text.licence import find_statements


def _tags(text: str) -> list[str]:
    return [s.tag for s in find_statements(text)]


@pytest.mark.parametrize("line", [
    "Článek přetištěn se svolením autorky.",  # Czech, the verb first
    "Bu yazı yazarın izniyle yayımlanmıştır.",  # Turkish, the verb last
    "Articol preluat de pe blogul Grădina Mică cu permisiunea autorului.",  # Romanian, a place between
    "Julkaistu tässä kirjoittajan luvalla.",  # Finnish, one word for the leave
    "Tulisan ini dimuat kembali dengan izin penerbit.",  # Indonesian, another phrase than the labelled page's
])
def test_a_credit_by_the_holders_leave_is_used_with_permission(line):
    assert "LicenseRef-used-with-permission" in _tags(line)


@pytest.mark.parametrize("line", [
    "Przedruk tylko za zgodą redakcji.",  # "only with": a refusal, not a credit
    "Vervielfältigung ohne Genehmigung des Verlags ist nicht gestattet.",  # "without"
    "Jede weitere Nutzung mit Genehmigung der Autorin.",  # a condition on any further use
    "Ustawę przyjęto za zgodą Senatu po długiej debacie.",  # a story's sentence: nobody's leave over the text
])
def test_a_refusal_a_condition_or_a_story_sentence_is_no_credit(line):
    assert "LicenseRef-used-with-permission" not in _tags(line)


def test_a_long_paragraph_of_running_text_is_not_read_for_a_credit():
    words = "Der Rat tagte lange und die Mitglieder stritten über jeden einzelnen Punkt der Vorlage. " * 6
    assert "LicenseRef-used-with-permission" not in _tags(words + "Am Ende kam es mit Zustimmung der Autorin durch.")
