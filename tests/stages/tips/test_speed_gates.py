"""Exact gates in the tips stage (issue 19): work skipped only where its answer cannot change the result."""

from __future__ import annotations

from pipeline.configs import TipsConfig
from pipeline.stages.tips import detect
from pipeline.stages.tips.paras import Para
from pipeline.stages.tips.split import split_text

BODY = ("Most sheds fill up with things nobody uses.\n\n"
        "* a rake\n\n"
        "A tidy shed saves an hour every weekend, or so the saying goes.\n\n"
        "Photo: the shed\n\n"
        "Sweep the floor first. Dust gets everywhere.\n\n"
        "Hang the tools on the wall. They stay dry there.\n\n"
        "Label every box. You will find things faster.\n\n"
        "Keep a bin by the door. Rubbish leaves at once.\n")


def test_a_block_too_short_for_points_is_not_asked_its_language(monkeypatch) -> None:
    """paragraph_tips asks reads_english of no block shorter than min_paragraph_tips (both point readers answer []
    for one), and the tips are the same."""
    asked: list[str] = []
    real = detect.reads_english
    monkeypatch.setattr(detect, "reads_english", lambda text, *args: asked.append(text) or real(text, *args))
    tips = [t.headline for t in split_text(BODY).tips]
    minimum = TipsConfig().min_paragraph_tips
    paragraphs = [p for p in BODY.split("\n\n") if p.strip()]
    assert not any(text.strip() in paragraphs[:4] for text in asked), asked  # the single paragraphs up top
    assert tips == ["Sweep the floor first.", "Hang the tools on the wall.", "Label every box.",
                    "Keep a bin by the door."]
    assert minimum >= 2


def test_both_point_readers_say_nothing_of_a_short_block() -> None:
    """The property the gate rests on: fewer than ``minimum`` paragraphs are never points, English or not."""
    config = TipsConfig()
    texts = ["Sweep the floor first. Dust gets everywhere.", "Po pierwsze, zamiataj podłogę.",
             "Po drugie, powieś narzędzia.", "Keep a bin by the door."]
    for size in range(1, config.min_paragraph_tips):
        for start in range(len(texts) - size + 1):
            block, at = [], 0
            for text in texts[start:start + size]:
                block.append(Para(at, at + len(text), text))
                at += len(text) + 2
            assert detect._point_block(block, config) == []
            assert detect._sequenced_points(block, config.min_paragraph_tips) == []
