"""`highlights publish`: every input checked and bounded here, before Prefect, its temporary
server or any render worker starts; only the files that pass go to the flow."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from highlights.settings import PLATFORMS, InputSettings, Platform, RunSettings

if TYPE_CHECKING:
    from highlights.records import ArticleResult

_LIMITS = (
    ("--max-bytes", "max_bytes", "HIGHLIGHTS_MAX_BYTES", "size of a file in bytes"),
    ("--max-lines", "max_lines", "HIGHLIGHTS_MAX_LINES", "lines (paragraphs) of article text"),
    ("--max-chars", "max_chars", "HIGHLIGHTS_MAX_CHARS", "characters of article text"),
    ("--max-pages", "max_pages", "HIGHLIGHTS_MAX_PAGES", "pages of the PDF"),
)


def add_input_options(parser: argparse.ArgumentParser) -> None:
    defaults = InputSettings()
    for option, field, env, what in _LIMITS:
        parser.add_argument(
            option,
            type=int,
            dest=field,
            metavar="N",
            help=f"limit on the {what} (default: ${env} or {getattr(defaults, field)})",
        )
    parser.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="read files given as symbolic links (refused by default)",
    )
    parser.add_argument(
        "--allow-empty",
        action="store_true",
        help="publish an article that yields no key-point card (refused by default)",
    )


def platforms(value: str) -> list[Platform]:
    """`xhs,x` → the platforms in table order; `all` → every one; an unknown name is refused."""
    chosen = [part.strip().lower() for part in value.split(",") if part.strip()]
    if chosen == ["all"]:
        return list(PLATFORMS)
    unknown = [part for part in chosen if part not in PLATFORMS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(
            f"unknown platform {', '.join(unknown) or value!r}: choose from "
            f"{','.join(PLATFORMS)} or all"
        )
    return [p for p in PLATFORMS if p in chosen]


def add_platform_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--platforms",
        type=platforms,
        metavar="LIST",
        help=f"also write ready-to-post bundles into <slug>/platforms/<name>/: comma-separated "
        f"{','.join(PLATFORMS)} or all (limits in assets/platforms.toml; docs/bundles.md)",
    )


def input_settings(args: argparse.Namespace) -> InputSettings:
    chosen = {field: getattr(args, field, None) for _, field, _, _ in _LIMITS}
    settings = InputSettings(**{k: v for k, v in chosen.items() if v is not None})
    if getattr(args, "follow_symlinks", False):
        settings.follow_symlinks = True
    if getattr(args, "allow_empty", False):
        settings.allow_empty = True
    return settings


def publish_command(
    args: argparse.Namespace, settings: RunSettings, prefect_env: Callable[[bool], None]
) -> list[ArticleResult]:
    """One result per path, in order: refused ones from the checks, unchanged ones from the
    manifests, the rest from the flow (started only when something is left to publish)."""
    from highlights.batch import plan_batch
    from highlights.precheck import check_run

    check_run(settings, args.out)  # a bad --theme is one line, before anything starts
    if args.override:
        from highlights.inputs import read_input

        read_input(args.override, settings.inputs)  # a pipe or a link is one line too
    batch = plan_batch(list(args.paths), args.out, settings, skip_unchanged=not args.override)
    flown: list[ArticleResult] = []
    if batch.pending:
        from flows.warm_client import publish_warm

        warm = publish_warm(batch.pending, args.out, settings, args.override, args.verbose)
        if warm is not None:  # the warm host ran it: no Prefect import here
            return batch.results(warm)
        prefect_env(args.verbose)  # before Prefect is imported: it reads them once
        from flows.launch import run_flow

        flown = run_flow(batch.pending, args.out, settings, args.override, args.verbose)
    return batch.results(flown)
