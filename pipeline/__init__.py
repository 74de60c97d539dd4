"""tipline: turn scraped article-directory pages into clean, attributed, licence-tagged records and tips."""

__version__ = "0.1.0"
