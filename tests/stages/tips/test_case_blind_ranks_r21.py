"""Round 21's mend: a counter or ordinal spelt with a Turkish dotted capital I ("NİNE,", "THİRD,") is matched
case-blind as the ASCII word, but "İ".lower() is two characters (i and a combining dot), so its rank's lookup raised
KeyError and the whole run stopped (exit 70, no output). Both detectors now fold the word before lower-casing it.
Pages written in our own words."""

from __future__ import annotations

import json

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.stages.tips import TipsConfig
from pipeline.stages.tips.detect import Context, case_blind_lower, ordinal_sentences, spoken_counters
from pipeline.stages.tips.paras import paragraphs

ORDINALS = ("A short guide to planning a small bed at home this spring, in three steps. First, measure the bed and "
            "note where the sun falls. Second, choose plants that suit the light you have. THİRD, water them in the "
            "morning so the leaves dry.")
SPOKEN = ("Number one, count the days before payday.\n\nNumber two, cook at home on weekdays.\n\n"
          "NUMBER THREE, cancel what you never use.\n\nNUMBER FOUR, keep the receipts.\n\nNİNE, sleep on it.")


def test_the_fold_reads_each_case_blind_letter_as_its_ascii_letter():
    assert [case_blind_lower(w) for w in ("NİNE", "THİRD", "ſecond", "fırst", "\u212aEEP")] == [
        "nine", "third", "second", "first", "keep"]


def test_an_ordinal_with_a_dotted_capital_i_is_ranked():
    items = ordinal_sentences(paragraphs(ORDINALS), Context(text=ORDINALS, config=TipsConfig()))
    assert len(items) == 3


def test_a_spoken_counter_with_a_dotted_capital_i_is_ranked_not_a_crash():
    items = spoken_counters(paragraphs(SPOKEN), Context(text=SPOKEN, config=TipsConfig()))
    assert len(items) == 4  # one to four run on; nine does not follow four


def test_the_whole_run_on_such_a_page_ends_well(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "garden.txt").write_text("How To Plan A Garden\n\n" + ORDINALS + "\n\nThat is all.\n", encoding="utf-8")
    (raw / "talk.txt").write_text("Talk: Saving Money\n\n" + SPOKEN + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["--no-progress", "--workers", "1", "run", str(raw), str(out)])
    assert result.exit_code == 0, result.output
    tips = [json.loads(line) for line in (out / "tips.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(tips) >= 7
