"""Ready-to-post bundles per platform (`highlights publish --platforms ...`).

`limits` reads the platforms' limits from `assets/platforms.toml` and checks a bundle against
them; `text` makes the alt text, titles and captions; `images` (the registry's "bundles"
renderer, images lane) and `carousel` (the "carousel" renderer, PDF lane) draw and write them.
"""
