"""The tips stage's config: which forms to look for and how much evidence each needs (defined in
``pipeline.configs``, which the CLI reads without importing the stage)."""

from __future__ import annotations

from ...configs import TIP_FORMS as FORMS
from ...configs import TipsConfig

__all__ = ["DEFAULT_TIPS", "FORMS", "TipsConfig"]

DEFAULT_TIPS = TipsConfig()  # split_text's default: frozen, so one shared instance is safe
