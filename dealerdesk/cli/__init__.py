"""`python -m dealerdesk COMMAND --db PATH ...`: the services without the window.

Each feature module registers its own sub-commands (see COMMAND_MODULES). Errors are one
clear line on stderr and a non-zero exit; nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from dealerdesk import APP_NAME, __version__
from dealerdesk.cli.common import CommandError, common_options
from dealerdesk.db.database import StorageError
from dealerdesk.domain.errors import ValidationFailed

# Feature modules under dealerdesk.cli, each with register(subparsers, parent).
COMMAND_MODULES = ["core", "excel", "printing", "members", "reminders"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dealerdesk", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parent = common_options()
    for name in COMMAND_MODULES:
        importlib.import_module(f"dealerdesk.cli.{name}").register(sub, parent)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the process exit code."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except ValidationFailed as exc:
        print(f"dealerdesk: {'; '.join(e.message for e in exc.errors)}", file=sys.stderr)
    except (CommandError, StorageError) as exc:
        print(f"dealerdesk: {exc}", file=sys.stderr)
    except BrokenPipeError:
        # The reader went away (`dealerdesk members list | head`): not an error of ours.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("dealerdesk: interrupted", file=sys.stderr)
        return 130
    finally:
        from dealerdesk.services.access import set_actor
        from dealerdesk.services.store import close_store

        close_store()
        set_actor(None)
    return 1
