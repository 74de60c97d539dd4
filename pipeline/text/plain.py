"""What the plain-text stages share with the HTML reader, apart from it: the keys read records sources under,
the read error, and two line tidiers.

The HTML modules (``extract``, ``html_main``, ``html_meta``) compile several hundred patterns and load selectolax
when imported; a chain that reads JSONL never uses them, yet segment and boilerplate need these few names. They
live here, so importing those stages (and ``read-jsonl``) does not import the HTML reader (issue 19: start-up).
Every module imports them from here (``extract`` and ``html_meta`` use them; they re-export none).
"""

from __future__ import annotations

from collections.abc import Iterable

# Where read records, beside a page-wide licence, the headings of the posts the page carries from other writers
# (``extract.carried_posts``): segment gives the site's licence to none of them.
CARRIED = "carried-posts"

# What read records as the source of a licence the markup links (rel=license) outside every one of the page's
# several articles (a blog front page's licence widget in the sidebar): the page's licence, so each post's
# (segment gives it to the posts that state none of their own).
PAGE_WIDE_LICENCE = "rel-license-page"

# The source recorded for a title that is the heading the page's text opened with (taken out of the text)
LEAD_HEADING = "lead-heading"


class ExtractError(ValueError):
    """Bytes that are not a text document; ``reason`` is a snake_case code."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def normalise_newlines(text: str) -> str:
    r"""Turn CRLF and lone CR into LF.

    >>> normalise_newlines("a\r\nb\rc\n")
    'a\nb\nc\n'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def tidy_blank_lines(lines: Iterable[str]) -> str:
    """Join lines, turning whitespace-only lines into blank ones and runs of blank lines into one.

    >>> tidy_blank_lines(["", "a", "\\u00a0 ", "", "b", ""])
    'a\\n\\nb'
    """
    out: list[str] = []
    for line in lines:
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
        else:
            out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)
