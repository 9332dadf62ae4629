"""`highlights`: the command line; `publish` runs the Prefect flow, the rest run in-process."""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from flows import ops
from flows.cli_publish import add_input_options, add_platform_option, input_settings
from flows.cli_server import add_server_command, server
from flows.console import prefect_env, report
from flows.ops import add_ops_commands
from highlights.errors import HighlightsError, shown
from highlights.settings import ALL_FORMATS, Format, RunSettings


def _formats(value: str) -> list[Format]:
    chosen = [part.strip() for part in value.split(",") if part.strip()]
    unknown = [part for part in chosen if part not in ALL_FORMATS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(
            f"unknown format {', '.join(unknown) or value!r}: choose from {','.join(ALL_FORMATS)}"
        )
    return [f for f in ALL_FORMATS if f in chosen]


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--script",
        choices=["keep", "hans", "hant", "tw", "hk"],
        default="keep",
        help="convert the Chinese script with OpenCC (default: keep the source's)",
    )
    parser.add_argument(
        "--theme",
        default="auto",
        help="theme name in assets/themes (default: auto: formal for official "
        "Chinese texts, neutral otherwise)",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="highlights",
        description="Turn scraped articles into key-point cards, PDF, EPUB and PNG images.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    pub = sub.add_parser("publish", help="publish articles through the Prefect flow")
    pub.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=".txt, .md or .html files")
    pub.add_argument(
        "--out", type=Path, default=Path("output"), help="output folder (default: output)"
    )
    pub.add_argument(
        "--formats",
        type=_formats,
        default=list(ALL_FORMATS),
        help="comma-separated subset of pdf,epub,png (default: all)",
    )
    pub.add_argument(
        "--preset",
        choices=["4:5", "3:4", "1:1"],
        default="4:5",
        help="card image size: 4:5 1080x1350 (default), 3:4 1080x1440, 1:1 1080x1080",
    )
    pub.add_argument(
        "--cards",
        type=Path,
        dest="override",
        metavar="FILE",
        help="use this deck (cards.json or Markdown with --- between cards) as given",
    )
    add_platform_option(pub)
    pub.add_argument("--verbose", action="store_true", help="show Prefect's own log lines")
    _add_run_options(pub)
    add_input_options(pub)

    norm = sub.add_parser("normalise", help="print the normalised text of an article")
    norm.add_argument("path", type=Path, metavar="PATH")
    norm.add_argument(
        "--report", action="store_true", help="print the normalisation report as JSON"
    )
    _add_run_options(norm)

    cards = sub.add_parser("cards", help="print the deck of key-point cards as JSON")
    cards.add_argument("path", type=Path, metavar="PATH")
    _add_run_options(cards)
    add_ops_commands(sub)
    add_server_command(sub)
    return parser


def _settings(args: argparse.Namespace) -> RunSettings:
    settings = RunSettings(theme=args.theme)
    settings.normalise.script = args.script
    if getattr(args, "formats", None):
        settings.formats = args.formats
    if getattr(args, "preset", None):
        settings.png.preset = args.preset
    if getattr(args, "platforms", None):
        settings.platforms = args.platforms
    settings.inputs = input_settings(args)
    return settings


def _publish(args: argparse.Namespace) -> int:
    from flows.cli_publish import publish_command
    from flows.warm_client import HostInternalError

    try:
        results = publish_command(args, _settings(args), prefect_env)
    except HostInternalError as exc:  # shown as main() shows the cold path's own
        if args.debug:
            print(exc.trace, file=sys.stderr)
        print(f"error: internal error: {exc} (rerun with --debug)", file=sys.stderr)
        return 1
    return report(results, args.debug)


def _normalise(args: argparse.Namespace) -> int:
    from highlights.ingest import read_source
    from highlights.normalise import normalise

    article = normalise(read_source(args.path), _settings(args).normalise)
    if args.report:
        data = {
            "meta": article.meta.model_dump(mode="json"),
            "report": article.report.model_dump(mode="json"),
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(article.body_text())
    return 0


def _cards(args: argparse.Namespace) -> int:
    from highlights.publish import prepare

    prepared = prepare(args.path, _settings(args))
    print(prepared.deck.model_dump_json(indent=2))
    return 0


COMMANDS = {
    "publish": _publish,
    "normalise": _normalise,
    "cards": _cards,
    "desk": ops.desk,
    "serve": ops.serve,
    "deploy": ops.deploy,
    "server": server,
}


def _terminate(signum: int, _frame: object) -> None:
    """SIGTERM as an exception: `with` blocks close (render workers, Prefect's temporary
    server) on the way out, as for Ctrl-C."""
    raise SystemExit(128 + signum)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    signal.signal(signal.SIGTERM, _terminate)
    try:
        return COMMANDS[args.command](args)
    except HighlightsError as exc:
        print(f"error: {exc.line()}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f"{shown(str(exc.filename))}: " if exc.filename else ""
        print(
            f"error: {where}{exc.strerror or exc} (check the path and its permissions)",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if args.debug:
            raise
        print(
            f"error: internal error: {type(exc).__name__}: {exc} (rerun with --debug)",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
