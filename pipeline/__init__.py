"""tipline: turn scraped article-directory pages into clean, attributed, licence-tagged records and tips.

>>> from tipline import Pipeline, clean_text  # doctest: +SKIP
"""

__version__ = "0.1.0"

from .api import DEFAULT_STAGES, Manifest, Pipeline, Step, clean_text  # noqa: E402  (api imports __version__)

__all__ = ["DEFAULT_STAGES", "Manifest", "Pipeline", "Step", "clean_text", "__version__"]
