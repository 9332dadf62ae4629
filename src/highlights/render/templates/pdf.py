"""The template of the `pdf` lane's workers: warmed up on import."""

from highlights.render.templates import warm_lane

warm_lane("pdf")
