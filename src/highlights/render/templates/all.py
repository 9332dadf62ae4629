"""The template of the `all` lane's workers: warmed up on import."""

from highlights.render.templates import warm_lane

warm_lane("all")
