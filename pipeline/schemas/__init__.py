"""JSON Schemas of the records tipline writes (see ``tipline schema NAME``)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

NAMES = ("article", "tip", "manifest")


def text(name: str) -> str:
    """Return the text of the shipped JSON Schema ``name`` (article, tip or manifest).

    >>> json.loads(text("tip"))["$id"]
    'urn:tipline:schema:tip:1'
    """
    if name not in NAMES:
        raise ValueError(f"unknown schema {name!r} (expected one of {', '.join(NAMES)})")
    return resources.files(__name__).joinpath(f"{name}.schema.json").read_text(encoding="utf-8")


@cache
def load(name: str) -> dict[str, Any]:
    """Return the shipped JSON Schema ``name`` as a dict (cached; do not mutate it)."""
    return json.loads(text(name))
