"""Round 21's mend: a question about the service itself (booking, paying, its timetable) is no advice question; a
reader's own question that only says "with us" ("How do I get my teenager to talk with us?") or asks when the world
does something ("When does the frost usually start in my area?") is one."""

from __future__ import annotations

import pytest

from pipeline.stages.tips.patterns import SERVICE_QUESTION


@pytest.mark.parametrize("question", [
    "How do I get my teenager to talk with us?",
    "What should I do when my dog won't walk with us?",
    "When does the frost usually start in my area?",
    "When are the swallows back from their winter?",
])
def test_a_readers_advice_question_is_no_service_question(question):
    assert not SERVICE_QUESTION.match(question)


@pytest.mark.parametrize("question", [
    "Can I book a lesson with you?", "Can I pay for the course through you?", "Do I have to sign up with you first?",
    "When does the next course start?", "When does your shop open?", "How much does a lesson cost?",
    "When does the Sunday morning beginners' walk leave?",
])
def test_a_question_about_the_service_still_is(question):
    assert SERVICE_QUESTION.match(question)
