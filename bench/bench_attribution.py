"""Per-field accuracy of attribution, licence tagging and boilerplate removal against hand labels.

Three labelled sets: the development fixtures (written alongside the code), the held-out fixtures (written and
labelled after the code was frozen; the honest estimate), and the five seed pages (tests/golden). Each page goes
through the default chain up to ``segment`` (so repair runs too, once it is in the chain).
"""

from __future__ import annotations

import json
from pathlib import Path

from bench.labels import FIELDS, FIXTURES, GOLDEN, ROOT, accuracy, evaluate
from bench.util import table

TITLE = "Attribution and licence accuracy (labelled fixtures)"
HELDOUT = ROOT / "tests" / "fixtures" / "heldout"
RAW = ROOT / "raw"


def seed_labels() -> dict[str, dict]:
    """The golden expectations of the seeds, in the label format (no gone/kept: the tests check those)."""
    labels = {}
    for path in sorted(GOLDEN.glob("*.json")):
        golden = json.loads(path.read_text(encoding="utf-8"))
        labels[golden["page"]] = {"articles": golden["articles"]}
    return labels


def _load(directory: Path) -> dict[str, dict]:
    return json.loads((directory / "labels.json").read_text(encoding="utf-8"))


def run(smoke: bool) -> str:
    groups = {
        "development": evaluate(_load(FIXTURES), FIXTURES),
        "held-out": evaluate(_load(HELDOUT), HELDOUT),
        "seeds": evaluate(seed_labels(), RAW),
    }
    scores = {name: accuracy(results) for name, results in groups.items()}

    def cell(group: str, field: str) -> str:
        if field not in scores[group]:
            return "–"
        correct, total = scores[group][field]
        return f"{correct}/{total} ({correct / total:.0%})"

    pages = {name: len(results) for name, results in groups.items()}
    rows = [[field] + [cell(group, field) for group in groups] for field in FIELDS]
    header = ["field"] + [f"{name} ({pages[name]} pages)" for name in groups]
    misses = [f"- {group}: `{page}` {field} ({where}): expected `{want}`, got `{got}`"
              for group, results in groups.items() for page, result in results.items()
              for field, where, ok, want, got in result if not ok]
    text = table(header, rows)
    text += "\n\n`articles`: pages split into the labelled number of articles; `gone`/`kept`: labelled boilerplate "
    text += "strings absent from / body sentences present in the article text; `bio`: bio text starts as labelled.\n"
    text += "\nMisses:\n\n" + ("\n".join(misses) if misses else "- none") + "\n"
    return text
