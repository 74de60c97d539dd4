"""Round 22's mends of round 21's licence rules, each found by a read-only review: a Tajik dedication denied on its
helper verb, a quoted condition or a refusal after an example's cue blanked as if cited, a Tibetan leave word read
inside a longer word, a grant conditioned on asking first, a quantifier's negation read past "except". Lines
written in our own words (invented names and sites), each beside the grant it must not disturb."""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic

PD, NONE, REPRINT = lic.PUBLIC_DOMAIN, lic.NOASSERTION, lic.FREE_REPRINT
ARR = "LicenseRef-all-rights-reserved"


def tag_of(line: str) -> str:
    return lic.combine(lic.find_statements(line)).tag


# 1. Tajik negates the helper verb after a participle ("given ... has not been"): the dedication is denied
@pytest.mark.parametrize("line", [
    "Ин матн ба мулки умум дода нашудааст.",
    "Ин навишта ба мулки умум гузошта нашудааст; ҳамаи ҳуқуқҳо ҳифз шудаанд.",
    "Ин мақола ба мулки умум супурда намешавад.",
    "Ин тарҷума моликияти умумӣ нест.",
])
def test_a_tajik_dedication_with_its_helper_verb_negated_is_no_dedication(line):
    assert tag_of(line) != PD


def test_the_same_tajik_dedication_affirmed_still_stands():
    assert tag_of("Ин матн ба мулки умум дода шудааст.") == PD


# 2. what an example's cue or a quotation blanks is a grant shown, never the page's own refusal, limit or condition
@pytest.mark.parametrize("line, plain", [
    ('You may reprint this article on a single condition: "it may not be sold or changed at all."',
     "You may reprint this article on a single condition: it may not be sold or changed at all."),
    ("Feel free to reprint this article in print, such as parish bulletins; online reposting is not allowed.",
     "Feel free to reprint this article in print, in parish bulletins; online reposting is not allowed."),
    ("For instance, this article may not be reprinted without our written permission.",
     "This article may not be reprinted without our written permission."),
])
def test_a_refusal_or_condition_after_a_cue_or_in_quotes_is_the_pages_own(line, plain):
    assert tag_of(line) == tag_of(plain) == ARR


@pytest.mark.parametrize("line", [
    'To license your recipes, add a line such as "You may reprint this recipe in your newsletter."',
    "Write a notice below your post, for example: You may republish this article on your blog.",
])
def test_a_grant_shown_as_an_example_still_licenses_nothing(line):
    assert tag_of(line) == NONE


# 3. a Tibetan leave word is a whole word: the first syllable of the noun "permission" gives no leave
@pytest.mark.parametrize("line", [
    "ཡིག་ཆ་འདི་འདྲ་བཤུས་བྱེད་ན་ཆོག་མཆན་ཞུ་དགོས།",  # (to copy it, ask permission)
    "ཡིག་ཆ་འདི་འདྲ་བཤུས་བྱེད་ཆོག་གི་མ་རེད།",  # (spoken: may not copy)
])
def test_a_tibetan_line_asking_leave_or_refusing_it_frees_nothing(line):
    assert tag_of(line) != REPRINT


@pytest.mark.parametrize("line", [
    "ཡིག་ཆ་འདི་འདྲ་བཤུས་བྱེད་ཆོག་གི་རེད།",  # (spoken: may copy)
    "ཡིག་ཆ་འདི་འདྲ་བཤུས་བྱེད་ཆོག།",
])
def test_a_tibetan_leave_closing_its_verb_still_frees_the_reprint(line):
    assert tag_of(line) == REPRINT


# 7. a grant whose condition is asking the page first grants nothing: its reuse is asked (ask-permission), in
# English and in the rows' words
@pytest.mark.parametrize("line", [
    "You may print this article in your club bulletin, but only with our written permission.",
    "You may republish this guide on your website if you ask us first.",
    "Our newsletter articles may be reprinted once you have asked the editor.",
    "You may reprint this article, say in a parish paper, but never without asking us first.",
])
def test_an_english_grant_conditioned_on_asking_us_first_is_no_grant(line):
    assert tag_of(line) in (ARR, NONE, lic.USED_WITH_PERMISSION)


@pytest.mark.parametrize("line", [
    "You may print this article in your club bulletin, but only with our written permission.",
    "You may republish this guide on your website if you ask us first.",
])
def test_the_asked_condition_reserves_the_text(line):
    assert tag_of(line) == ARR


@pytest.mark.parametrize("line", [
    "Mushobora gusubiramo iyi nkuru ari uko mubanje kutubaza.",  # rw: only if you first ask us
    "Mushobora gusubiramo iyi nkuru keretse ku mbuga z'ubucuruzi.",  # rw: except on commercial sites
    "ଏହି ଲେଖା ଅନୁମତି ନେଇ ପ୍ରକାଶ କରିପାରିବେ।",  # or: may publish after taking leave
    # ug: after the editor's leave
    "بۇ ماقالىنى تەھرىرنىڭ رۇخسىتىنى ئالغاندىن كېيىن قايتا ئېلان قىلىشقا رۇخسەت قىلىنىدۇ.",
    "Ин мақоларо пас аз розигии муаллиф нашр карда метавонед.",  # tg: after the writer's consent
    "Maqaalkan waad daabici kartaa haddii aad na weydiiso.",  # so: if you ask us
    "ነዚ ጽሑፍ ምስ ኣፍለጥኩምና ክትሕትሙ ትኽእሉ።",  # ti: once you have told us
])
def test_a_grant_in_the_rows_words_conditioned_on_leave_is_no_grant(line):
    assert tag_of(line) != REPRINT


@pytest.mark.parametrize("line", [
    "You may republish this guide on your website, and you need not ask us first.",
    "Mushobora gusubiramo iyi nkuru.",
    "Ин мақоларо нашр карда метавонед.",
    "Maqaalkan waad daabici kartaa.",
])
def test_the_same_grants_unconditioned_still_stand(line):
    assert tag_of(line) == REPRINT


# 8. a quantifier's negation ends at its exception: what the exception names is stated
@pytest.mark.parametrize("line, tag", [
    ("Nothing on this site is CC BY 4.0 except this recipe, which is CC BY 4.0.", "CC-BY-4.0"),
    ("None of these notes are in the public domain except this one, which I place in the public domain.", PD),
])
def test_what_a_quantifiers_exception_names_is_stated(line, tag):
    assert tag_of(line) == tag


@pytest.mark.parametrize("line", [
    "Nothing on this site is CC BY 4.0.",
    "None of these notes are CC BY 4.0 except this one, which is not CC BY 4.0 either.",
])
def test_the_quantifier_still_denies_before_its_exception_or_without_one(line):
    assert tag_of(line) == NONE
