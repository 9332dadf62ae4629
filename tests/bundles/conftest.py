"""The sample and an English release, each published with all six platform bundles once per
session (in this process: HIGHLIGHTS_WORKERS=0 would do the same through the pool)."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.model import OutputFile
from highlights.pipeline import Pipeline
from highlights.render.job import Prepared, render_format
from highlights.settings import PLATFORMS, RunSettings

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "assets" / "samples" / "zigong-communique.txt"
ENGLISH = ROOT / "tests" / "data" / "corpus" / "en-release" / "06-uk-sizewell-c-funding.txt"
ARTICLES = {"zh": SAMPLE, "en": ENGLISH}


def bundled(path: Path, stage: Path) -> tuple[Prepared, list[OutputFile]]:
    settings = RunSettings(formats=["png"], platforms=list(PLATFORMS))
    prepared = Pipeline(stage.parent, settings).prepare(path)
    files = [*render_format("bundles", prepared, stage, settings),
             *render_format("carousel", prepared, stage, settings)]
    return prepared, files


@pytest.fixture(scope="session", params=sorted(ARTICLES))
def bundles(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
            ) -> tuple[Path, Prepared, list[OutputFile]]:
    stage = tmp_path_factory.mktemp(f"bundles-{request.param}")
    prepared, files = bundled(ARTICLES[request.param], stage)
    return stage, prepared, files
