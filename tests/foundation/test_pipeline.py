"""The pipeline object without Prefect: a typed result per article, progress as a callback,
and the same freshness rule as the unchanged scan."""

from __future__ import annotations

from pathlib import Path

from highlights.pipeline import Pipeline, Step
from highlights.records import Manifest
from highlights.render.pool import RenderPool
from highlights.settings import RunSettings
from highlights.unchanged import split_unchanged


def test_execute_gives_a_typed_result_and_reports_each_step(
    tmp_path: Path, sample_path: Path
) -> None:
    steps: list[Step] = []
    settings = RunSettings(formats=["epub"])
    pipeline = Pipeline(tmp_path / "out", settings, progress=steps.append)
    with RenderPool(workers=0) as renders:
        first = pipeline.execute(sample_path, renders)
        again = pipeline.execute(sample_path, renders)
    assert first.status == "published" and first.error is None, first.error
    assert set(first.timings) == {"prepare", "render", "finish"}
    assert all(seconds > 0 for seconds in first.timings.values())
    manifest = Manifest.read(Path(str(first.out_dir)))
    assert manifest is not None and first.outputs == [f.path for f in manifest.files]
    assert any(path.endswith(".epub") for path in first.outputs)
    assert [s.stage for s in steps[:3]] == [
        "reading, normalising and splitting", "rendering epub", "done"
    ]
    assert str(steps[0]) == f"[1/1] {sample_path.name}: reading, normalising and splitting"
    # Unchanged: the pipeline's freshness check and the unchanged scan agree.
    assert again.status == "skipped" and again.slug == first.slug
    todo, done = split_unchanged([sample_path], tmp_path / "out", settings)
    assert todo == [] and done[sample_path].slug == first.slug
    other = RunSettings(formats=["epub"], theme="neutral")
    assert not Pipeline(tmp_path / "out", other).is_fresh(pipeline.prepare(sample_path))
    assert split_unchanged([sample_path], tmp_path / "out", other)[0] == [sample_path]


def test_a_bad_article_fails_with_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    steps: list[Step] = []
    result = Pipeline(tmp_path / "out", progress=steps.append).execute(empty)
    assert result.status == "failed" and result.error and "\n" not in result.error
    assert result.error.startswith(f"{empty}: ")
    assert "prepare" in result.timings and steps[-1].stage == "failed"
