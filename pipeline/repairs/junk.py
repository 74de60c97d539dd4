"""Inline page junk: ad labels, feed buttons and "Read More" links that the scrape ran into the text.

Whole blocks of boilerplate (share buttons, comment forms) are the boilerplate stage's work; this fix removes
only the short labels that sit inside or between sentences, and only in the places such labels occupy.
"""

from __future__ import annotations

import re

from .base import FixResult, substitute

_LABELS = r"Advertisements?|ADVERTISEMENTS?|Sponsored Links?|SPONSORED LINKS?|Add to My Yahoo!|Add to Google"
_JUNK = re.compile(
    # a line of its own
    rf"^[ \t]*(?:{_LABELS}|Read More|Read more|Continue [Rr]eading)[ \t]*(?:»|>>|→)?[ \t]*(?:\n|\Z)"
    rf"|(?<=[.!?”\"])[ \t]+(?:{_LABELS})(?=[ \t]+[A-Z“\"])"  # between two sentences
    r"|[ \t]*Add to My Yahoo!"  # anywhere: no sentence says this
    r"|(?:(?<=…)|(?<=\.\.\.))[ \t]*\[?Read [Mm]ore\]?[ \t]*(?:»|>>|→)?(?=[ \t]*$)"  # "… Read More" ending a teaser
    r"|[ \t]*\[Read [Mm]ore\][ \t]*(?:»|>>|→)?(?=[ \t]*$)|[ \t]+Read [Mm]ore[ \t]*(?:»|>>|→)(?=[ \t]*$)",
    re.M,
)

_TRIGGERS = ("Advert", "ADVERT", "Sponsored", "SPONSORED", "Add to My Yahoo!", "Add to Google", "Read More",
             "Read more",
             "Continue Reading", "Continue reading")


def fix_page_junk(text: str) -> FixResult:
    """Remove ``Advertisement``, ``Sponsored Links``, ``Add to My Yahoo!`` and ``… Read More`` labels.

    >>> fix_page_junk("Smile. Advertisement Then listen.\\nSponsored Links\\nThe best way to care… Read More")[0]
    'Smile. Then listen.\\nThe best way to care…'
    >>> fix_page_junk("Advertisement is how shops grow. You should read more.\\nRead more about it in the guide.")[1]
    []
    >>> [c.name for c in fix_page_junk("Sow thinly and water well.\\nRead more »\\nAdvertisement\\n")[1]]
    ['jump_link', 'page_junk']
    """
    if not any(word in text for word in _TRIGGERS):
        return text, []
    return substitute(_JUNK, text, lambda m: (JUMP_LINK if _READ_MORE.search(m.group(0)) else "page_junk", ""))


# The change a "Read more" link's removal is logged under: a post cut short at its jump break. Segment reads the
# count (``Article.repairs``): a page whose every post was cut so carries teasers only, no article (SPEC).
JUMP_LINK = "jump_link"
_READ_MORE = re.compile(r"Read [Mm]ore|Continue [Rr]eading")
