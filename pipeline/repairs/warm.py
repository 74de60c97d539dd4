"""Load repair's data once in the worker pool's forkserver (``StageKind.preload``).

Workers are forked from the forkserver, so what it holds they start with (shared copy-on-write) instead of each
loading its own: the language model (0.5 s to decompress, 0.15-0.2 s from the cache, see language.py) and the
English word lists (about 0.2 s). Importing this module does the loading; nothing else imports it.
"""

from __future__ import annotations

from .language import _identifier
from .lexicon import _known_words, common_words

_identifier()
_known_words()
common_words()
