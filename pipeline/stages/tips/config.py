"""The tips stage's config: which forms to look for and how much evidence each needs."""

from __future__ import annotations

from dataclasses import dataclass

FORMS = ("numbered", "bullet", "headed", "paragraph")


@dataclass(frozen=True, slots=True)
class TipsConfig:
    min_tips: int = 2  # one numbered line is not a list; an article with fewer tips yields none
    forms: tuple[str, ...] = FORMS  # forms to look for; leave one out to never emit it
    min_paragraph_tips: int = 3  # paragraph tips are the weakest evidence, so they need more points
    min_inline_run: int = 3  # numbers inside prose need a longer 1, 2, 3 run than numbers at line start
    min_headed_sections: int = 3  # one or two headings are an essay's sections, not a list of tips
    min_lead_in_items: int = 3  # a colon then two paragraphs is as often a quotation as a list without glyphs

    def __post_init__(self) -> None:
        unknown = [f for f in self.forms if f not in FORMS]
        if unknown or not self.forms:
            raise ValueError(f"unknown tip form(s) {', '.join(unknown) or '(none given)'}; "
                             f"choose from {', '.join(FORMS)}")
        for name in ("min_tips", "min_paragraph_tips", "min_inline_run", "min_headed_sections", "min_lead_in_items"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)}")


DEFAULT_TIPS = TipsConfig()  # split_text's default: frozen, so one shared instance is safe
