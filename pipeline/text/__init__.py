"""Text helpers the stages share; none of them is a stage (no NAME, no run).

- ``extract``: decoding bytes, HTML to text (with ``html_main``, the per-page main content, and ``html_meta``,
  the page's metadata);
- ``attribution``: bylines, bios, sign-offs and person names;
- ``dates``: month and weekday names per language, the date patterns (a date line, a date glued before a title,
  dates in running text, a paragraph that opens with one) and dates read into ISO 8601;
- ``licence``: licence statements into a ``Licence`` (~90 patterns, compiled when a stage that reads statements
  first imports it);
- ``terms``: the one answer to what a licence asks (attribution, reuse, the credit line, licence flags), apart
  from ``licence`` so `check`, `tips` and the CLI's start load none of its patterns (``licence`` re-exports it).
"""
