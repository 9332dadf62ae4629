"""The editors' desk: a small web app over the output folder. It never imports Prefect."""

from highlights.desk.app import create_app
from highlights.desk.jobs import Progress, PublishFn

__all__ = ["Progress", "PublishFn", "create_app"]
