"""Text helpers the stages share; none of them is a stage (no NAME, no run).

- ``extract``: decoding bytes, HTML to text (with ``html_main``, the per-page main content, and ``html_meta``,
  the page's metadata);
- ``attribution``: bylines, bios, sign-offs and person names;
- ``licence``: licence statements into a ``Licence``, and the one answer to what a licence asks (attribution,
  reuse, the credit line, licence flags).
"""
