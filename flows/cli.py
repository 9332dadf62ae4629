"""`highlights`: the command line; `publish` runs the Prefect flow, the rest run in-process."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from flows.cli_publish import add_input_options, input_settings
from highlights.errors import HighlightsError, shown
from highlights.settings import ALL_FORMATS, Format, RunSettings

if TYPE_CHECKING:
    from flows.deploy import InboxConfig
    from highlights.publish import ArticleResult

# Prefect's embedded server: offline, quiet, and patient with a cold start (../shared/NOTES.md).
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_UI_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_LOGGING_LEVEL": "WARNING",
}


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
    _add_ops_commands(sub)
    return parser


def _add_ops_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    desk = sub.add_parser("desk", help="the editors' desk: a web app on 127.0.0.1")
    desk.add_argument(
        "--out", type=Path, default=Path("output"), help="output folder (default: output)"
    )
    desk.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default: 8000)")
    desk.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")

    serve = sub.add_parser("serve", help="publish new or changed inbox files on a schedule")
    serve.add_argument("--inbox", type=Path, help="inbox folder ($HIGHLIGHTS_INBOX or inbox)")
    serve.add_argument("--out", type=Path, help="output folder ($HIGHLIGHTS_OUT or output)")
    serve.add_argument("--cron", help="schedule (default: $HIGHLIGHTS_INBOX_CRON or */10 * * * *)")
    serve.add_argument("--once", action="store_true", help="look at the inbox once now, then exit")
    serve.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")

    deploy = sub.add_parser("deploy", help="register a deployment on a Prefect work pool")
    deploy.add_argument("--pool", required=True, help="name of a process work pool")
    deploy.add_argument("--flow", choices=["publish", "inbox"], default="publish")
    deploy.add_argument("--name", help="deployment name (default: the flow's name)")
    deploy.add_argument("--inbox", type=Path, help="inbox folder for --flow inbox")
    deploy.add_argument("--out", type=Path, help="output folder the workers write to")
    deploy.add_argument("--cron", help="schedule (default: none for publish, 10 min for inbox)")
    deploy.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")


def _settings(args: argparse.Namespace) -> RunSettings:
    settings = RunSettings(theme=args.theme)
    settings.normalise.script = args.script
    if getattr(args, "formats", None):
        settings.formats = args.formats
    if getattr(args, "preset", None):
        settings.png.preset = args.preset
    settings.inputs = input_settings(args)
    return settings


def _prefect_env(verbose: bool = False) -> None:
    for key, value in PREFECT_DEFAULTS.items():
        if key == "PREFECT_LOGGING_LEVEL" and verbose:
            continue
        os.environ.setdefault(key, value)


def _publish(args: argparse.Namespace) -> int:
    from flows.cli_publish import publish_command

    return _report(publish_command(args, _settings(args), _prefect_env), args.debug)


def _report(results: list[ArticleResult], debug: bool) -> int:
    """One line per article: its folder, or the reason it failed; non-zero if any failed."""
    failed = 0
    for result in results:
        if result.status == "failed":
            failed += 1
            print(f"error: {result.error}", file=sys.stderr)
            if debug and result.traceback:
                print(result.traceback, file=sys.stderr)
        else:
            note = " (unchanged)" if result.status == "skipped" else ""
            print(f"{result.out_dir}{note}")
    if failed:
        print(f"{failed} of {len(results)} articles failed", file=sys.stderr)
    return 1 if failed else 0


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


def _inbox_config(args: argparse.Namespace) -> InboxConfig:
    from flows.deploy import InboxConfig

    config = InboxConfig()
    changes = {
        "inbox_dir": args.inbox and args.inbox.resolve(),
        "out": args.out and args.out.resolve(),
        "cron": args.cron,
    }
    return replace(config, **{k: v for k, v in changes.items() if v})


def _desk(args: argparse.Namespace) -> int:
    _prefect_env()
    from flows.desk import run_desk

    run_desk(args.out, args.port)
    return 0


def _serve(args: argparse.Namespace) -> int:
    _prefect_env()
    from flows.deploy import serve_inbox

    config = _inbox_config(args)
    if args.once:
        from flows.inbox import inbox

        results: list[ArticleResult] = inbox(**config.parameters())
        return _report(results, args.debug)
    if os.environ.get("PREFECT_API_URL"):
        serve_inbox(config)
        return 0
    # The embedded server has no scheduler: run a local one for as long as we serve.
    from flows.server import local_server

    port = int(os.environ.get("HIGHLIGHTS_PREFECT_PORT", "4200"))
    print(
        f"starting a local Prefect server: UI and run reports at http://127.0.0.1:{port}",
        file=sys.stderr,
    )
    # SIGTERM as an exception, so the server is stopped even during its start-up.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    with local_server(port=port) as api_url:
        os.environ["PREFECT_API_URL"] = api_url
        serve_inbox(config)
    return 0


def _deploy(args: argparse.Namespace) -> int:
    _prefect_env()
    from flows.deploy import deploy_to_pool

    deployment_id = deploy_to_pool(args.pool, args.flow, args.name, _inbox_config(args), args.cron)
    print(f"deployment {args.flow}/{args.name or args.flow}: {deployment_id}")
    return 0


COMMANDS = {
    "publish": _publish,
    "normalise": _normalise,
    "cards": _cards,
    "desk": _desk,
    "serve": _serve,
    "deploy": _deploy,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
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
