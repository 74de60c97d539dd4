"""tipline: turn scraped article-directory pages into clean, attributed, licence-tagged records and tips.

>>> from tipline import Pipeline, clean_text  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

__all__ = ["DEFAULT_STAGES", "Manifest", "Pipeline", "Step", "clean_text", "__version__"]
_API_NAMES = frozenset(__all__) - {"__version__"}


def __getattr__(name: str) -> Any:
    """The public names of ``pipeline.api``, imported on first use (PEP 562): the api imports every stage and
    their libraries, which ``tipline --help`` or a lone ``import pipeline.records`` need not pay for. A submodule's
    name imports that submodule (``import tipline; tipline.api.through``, which worked when this module imported
    the api itself)."""
    if name in _API_NAMES:
        return getattr(importlib.import_module(".api", __name__), name)
    if not name.startswith("_"):
        try:
            return importlib.import_module(f".{name}", __name__)
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
