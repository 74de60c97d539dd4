"""Real lines from the seed pages, for the repair tests."""

from __future__ import annotations

from functools import lru_cache

from pipeline.repairs import repair_text
from tests.conftest import RAW


def seed_lines(stem_prefix: str) -> list[str]:
    """The lines of the seed page whose name starts with ``stem_prefix`` (e.g. ``"004"``)."""
    path = next(p for p in sorted(RAW.iterdir()) if p.name.startswith(stem_prefix))
    return path.read_text(encoding="utf-8").split("\n")


def seed_line(stem_prefix: str, containing: str) -> str:
    """The first line of a seed page that contains ``containing``."""
    return next(line for line in seed_lines(stem_prefix) if containing in line)


@lru_cache(maxsize=1)
def clean_paragraphs() -> tuple[str, ...]:
    """The paragraphs of the seed pages after repair: real, clean English text."""
    out = []
    for path in sorted(RAW.iterdir()):
        fixed, _ = repair_text(path.read_text(encoding="utf-8"))
        out += [p for p in fixed.split("\n") if p.strip()]
    return tuple(out)
