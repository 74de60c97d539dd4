"""The licence wording study (issue 16, round 6): how real pages state rights, read by tipline's licence rules.

Both parts of ``bench.licence_study`` side by side: the development part (tuned on) and the set-apart part (written
first, never tuned on, scored once at round 6's end; seen since). Each wording is read alone by the licence rules
(statement), at the foot of a plain text article through the chain (page), and as the last paragraph of an HTML
article (html). Smoke size reads the first few wordings of each part.
"""

from __future__ import annotations

from bench.licence_study import DEV, READINGS, SET_APART, load, score, table

TITLE = "Licence wording study: real pages' wordings (issue 16, round 6)"
SMOKE_WORDINGS = 6  # enough to run every reading; the numbers mean nothing at this size


def run(smoke: bool) -> str:
    parts = {name: load(path)[:SMOKE_WORDINGS] if smoke else load(path)
             for name, path in (("dev", DEV), ("set-apart", SET_APART))}
    text = table({name: score(items) for name, items in parts.items()})
    sizes = ", ".join(f"{name} {len(items)}" for name, items in parts.items())
    text += (f"\n\nWordings: {sizes} ({len(READINGS)} readings each). Class = the licence tag a careful editor gives "
             "the wording; a false grant is a reuse answer more permissive than the label. Misses of the development "
             "part: `python -m bench.licence_study --misses`.\n")
    return text
