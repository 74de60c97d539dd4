"""Questions standing on their own lines, each over its answer, head a page's points in any language (SPEC: a page
that is wholly an FAQ of advice gives one tip per advising question), not only in English (issue 16, round 16).
Our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text

ANSWER_PL = "Nie ma pośpiechu. Najlepiej zacząć, gdy miną największe mrozy, zwykle w połowie lutego, i nie ciąć w mróz."
QUESTIONS_PL = ["Kiedy zacząć przycinanie krzewów?", "Czy stare krzewy można ściąć od razu?",
                "Jakie nożyce kupić?", "Co zrobić z obciętymi gałęziami?"]


def test_standing_questions_head_points_in_another_language():
    page = "Czytelnicy pytają, nasz ogrodnik odpowiada.\n\n" + "".join(f"{q}\n\n{ANSWER_PL}\n\n" for q in QUESTIONS_PL)
    assert [t.headline for t in split_text(page).tips] == QUESTIONS_PL


def test_questions_run_into_a_story_are_no_points():
    story = ("Kiedy wróciłam do domu? Późno. Ogród spał, a ja stałam przy furtce i patrzyłam na drzewa, "
             "które sadził jeszcze mój dziadek, zanim wyjechał na zawsze.")
    assert not split_text("\n\n".join([story] * 4)).tips
