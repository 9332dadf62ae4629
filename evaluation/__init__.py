"""`make eval`: run the pipeline (ingest → normalise → cards) on the corpus in
`tests/data/corpus/` and score every deck against the one an editor wrote by hand.

The scorer is deliberately independent of the pipeline's own helpers (its own tokens, its
own chrome list), so that a bug in a card rule cannot also hide in the measurement.
"""
