"""highlights: scraped articles to key-point cards, PDF, EPUB and PNG.

Stages, each a plain function over the model in :mod:`highlights.model`:
ingest → normalise → cards → render (pdf, epub, png). The library never imports Prefect.
"""

__version__ = "0.1.0"
