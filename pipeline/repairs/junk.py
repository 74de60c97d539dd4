"""Inline page junk: ad labels, feed buttons and "Read More" links that the scrape ran into the text.

Whole blocks of boilerplate (share buttons, comment forms) are the boilerplate stage's work; this fix removes
only the short labels that sit inside or between sentences, and only in the places such labels occupy.
"""

from __future__ import annotations

import re

from .base import FixResult, substitute

_LABELS = r"Advertisements?|ADVERTISEMENTS?|Sponsored Links?|SPONSORED LINKS?|Add to My Yahoo!|Add to Google"
# A template's slot the page was published without filling ("{{ad_slot_inline_2}}", "{share_buttons}"): a name in
# snake case in single or double braces. Alone on a line it is the theme's debris, never the writer's words (a
# help page's "fill in {invoice_number}" sits inside a sentence and stays).
_PLACEHOLDER = r"\{\{?[a-z][a-z0-9]*(?:_[a-z0-9]+)+\}\}?"
_JUNK = re.compile(
    # a line of its own
    rf"^[ \t]*(?:{_LABELS}|Read More|Read more|Continue [Rr]eading)[ \t]*(?:»|>>|→)?[ \t]*(?:\n|\Z)"
    rf"|^[ \t]*{_PLACEHOLDER}(?:[ \t]+{_PLACEHOLDER})*[ \t]*(?:\n|\Z)"
    rf"|(?<=[.!?”\"])[ \t]+(?:{_LABELS})(?=[ \t]+[A-Z“\"])"  # between two sentences
    r"|[ \t]*Add to My Yahoo!"  # anywhere: no sentence says this
    r"|(?:(?<=…)|(?<=\.\.\.))[ \t]*\[?Read [Mm]ore\]?[ \t]*(?:»|>>|→)?(?=[ \t]*$)"  # "… Read More" ending a teaser
    r"|[ \t]*\[Read [Mm]ore\][ \t]*(?:»|>>|→)?(?=[ \t]*$)|[ \t]+Read [Mm]ore[ \t]*(?:»|>>|→)(?=[ \t]*$)",
    re.M,
)

_TRIGGERS = ("Advert", "ADVERT", "Sponsored", "SPONSORED", "Add to My Yahoo!", "Add to Google", "Read More",
             "Read more",
             "Continue Reading", "Continue reading", "_")


def fix_page_junk(text: str) -> FixResult:
    """Remove ``Advertisement``, ``Sponsored Links``, ``Add to My Yahoo!`` and ``… Read More`` labels, and lines of
    unfilled template slots (``{{ad_slot_2}}``).

    >>> fix_page_junk("Smile. Advertisement Then listen.\\nSponsored Links\\nThe best way to care… Read More")[0]
    'Smile. Then listen.\\nThe best way to care…'
    >>> fix_page_junk("Advertisement is how shops grow. You should read more.\\nRead more about it in the guide.")[1]
    []
    >>> [c.name for c in fix_page_junk("Sow thinly and water well.\\nRead more »\\nAdvertisement\\n")[1]]
    ['jump_link', 'page_junk']
    >>> fix_page_junk("Sow thinly.\\n{{ad_slot_2}}\\nWater well.\\nType {order_id} in the box.\\n{tag_list}")[0]
    'Sow thinly.\\nWater well.\\nType {order_id} in the box.\\n'
    """
    if not any(word in text for word in _TRIGGERS):
        return text, []
    return substitute(_JUNK, text, lambda m: (JUMP_LINK if _READ_MORE.search(m.group(0)) else "page_junk", ""))


# The change a "Read more" link's removal is logged under: a post cut short at its jump break. Segment reads the
# count (``Article.repairs``): a page whose every post was cut so carries teasers only, no article (SPEC).
JUMP_LINK = "jump_link"
_READ_MORE = re.compile(r"Read [Mm]ore|Continue [Rr]eading")
