"""What the gate can be told: the rules by name (what ``ignore`` may list) and :class:`CheckConfig`, its thresholds
and switches, read from ``[tool.tipline.check]`` in pyproject.toml or the ``--max-…`` options."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from typing import Any

from .. import io, quality


@dataclass(frozen=True, slots=True)
class CheckConfig:
    """Thresholds and switches of the gate (``[tool.tipline.check]`` in pyproject.toml, or ``--max-…`` options)."""

    # Share of articles whose licence is NOASSERTION (or absent) above which the run fails. The seeds state a licence
    # on 3 of their 6 articles (0.5); a licence stage that misses one more, or did not run, goes over 0.6.
    max_noassertion_share: float = 0.6
    # Share of articles that are duplicates (dropped or kept with duplicate_of) above which the run fails: more than
    # half the corpus being copies points at a dedup threshold gone loose, or at a scrape of mirrors.
    max_duplicate_rate: float = 0.5
    # Share of records with no letters or digits in their text; a stage that empties records is broken, so the
    # tolerance is small but not zero (one stray record in a large corpus should not block a release).
    max_empty_rate: float = 0.01
    ignore: tuple[str, ...] = ()  # rule names not to run
    markers: tuple[str, ...] = quality.DEFAULT_MARKERS  # site markers that replaced a word (repparttar, ...)
    min_foreign_run: int = quality.MIN_FOREIGN_RUN  # letters of another script that count as spam
    limit: int = 100  # findings listed per rule; all are counted


# Every rule, by name, with what it asserts (the order of the report and of `tipline check --help`).
RULES: dict[str, str] = {
    "json": "every line is a JSON object and the path holds tipline output",
    "schema": "every record (and the manifest) validates against the JSON Schema tipline ships",
    "repparttar": "no site marker that replaced a word is left (repparttar and its counter)",
    "stripped-com": "no word is left with its 'com' stripped (.pany, .puter), decided with the wordfreq lexicon",
    "mojibake": "no mojibake, by ftfy's badness heuristic",
    "foreign-spam": "English records hold no run of another script outside quotes or brackets (…-巴雷特m82a1)",
    "control-chars": "no control or invisible characters other than tab and newline",
    "bidi-controls": "no bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069) is left",
    "attribution-missing": "no record is flagged attribution-missing, unless dedup credited the original's author",
    "tip-attribution": "tips whose licence requires attribution name their author in `attribution`",
    "reuse": "a record's `reuse` answer is never more permissive than its licence allows and lists the licence's "
             "terms in `reuse_conditions` (the licence module's `reuse`)",
    "duplicate-id": "no id occurs twice",
    "orphan-tip": "every tip's article_id names an article of the checked output",
    "noassertion-share": "the share of articles with a NOASSERTION (or no) licence is at most --max-noassertion-share",
    "duplicate-rate": "the share of duplicate articles (dropped or kept) is at most --max-duplicate-rate",
    "empty-text-rate": "the share of records whose text has no letters or digits is at most --max-empty-rate",
    "manifest-accounting": "the manifest accounts for every input (inputs = emitted + duplicate + rejected) and "
                           "every article; a duplicate's canonical is a record here, or (dedup --index) one an "
                           "earlier run published",
    "manifest-sha256": "every output file matches the sha256, size and record count the manifest gives",
}


def config_from_mapping(values: dict[str, Any], origin: str, base: CheckConfig | None = None) -> CheckConfig:
    """Build a config from ``[tool.tipline.check]``-style keys (``max-noassertion-share``; ``_`` works too).

    Raises ``ValueError`` naming the key, its origin and what is expected.

    >>> config_from_mapping({"max-noassertion-share": 1, "ignore": ["mojibake"]}, "x").max_noassertion_share
    1.0
    >>> config_from_mapping({"max-dupes": 1}, "pyproject.toml")
    Traceback (most recent call last):
    ...
    ValueError: pyproject.toml: unknown key 'max-dupes' in [tool.tipline.check]; known: ignore, limit, markers, \
max-duplicate-rate, max-empty-rate, max-noassertion-share, min-foreign-run
    """
    base = base or CheckConfig()
    known = {f.name: f for f in fields(CheckConfig)}
    changes: dict[str, Any] = {}
    for key, value in values.items():
        name = key.replace("-", "_")
        if name not in known:
            listed = ", ".join(sorted(k.replace("_", "-") for k in known))
            raise ValueError(f"{origin}: unknown key {key!r} in [tool.tipline.check]; known: {listed}")
        changes[name] = _coerce(name, getattr(base, name), value, f"{origin}: {key}")
    merged = {f: getattr(base, f) for f in known} | changes
    return CheckConfig(**merged)


def _coerce(name: str, default: Any, value: Any, where: str) -> Any:
    if isinstance(default, tuple):
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{where}: expected a list of strings, got {value!r}")
        if name == "ignore":
            unknown = [v for v in value if v not in RULES]
            if unknown:
                raise ValueError(f"{where}: unknown rule(s) {', '.join(unknown)}; rules: {', '.join(RULES)}")
        return tuple(value)
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise ValueError(f"{where}: expected a share between 0 and 1, got {value!r}")
        return float(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{where}: expected a whole number >= 0, got {value!r}")
    return value


def find_pyproject(start: str) -> str | None:
    """Return the nearest ``pyproject.toml`` at or above ``start``, or None."""
    here = os.path.abspath(start)
    while True:
        candidate = os.path.join(here, "pyproject.toml")
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def load_config(pyproject: str | None) -> tuple[CheckConfig, str | None]:
    """Return the config from ``[tool.tipline.check]`` of ``pyproject`` (defaults when absent) and its origin."""
    if pyproject is None:
        return CheckConfig(), None
    data = io.read_toml(pyproject)
    section = data.get("tool", {}).get("tipline", {}).get("check")
    if section is None:
        return CheckConfig(), None
    if not isinstance(section, dict):
        raise ValueError(f"{pyproject}: [tool.tipline.check] must be a table")
    return config_from_mapping(section, pyproject), pyproject


def rules_help() -> str:
    """The rules, one per line, for ``tipline check --help`` and the README.

    >>> rules_help().splitlines()[0]
    'json                  every line is a JSON object and the path holds tipline output'
    """
    return "\n".join(f"{name:<21} {summary}" for name, summary in RULES.items())
