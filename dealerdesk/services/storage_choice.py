"""Where this PC keeps the shop's data: the file on this PC, or the shop's server.

The choice belongs to the PC, not to the database (it says which database to open), so it
is a small JSON in the per-user data folder; the server's password is kept in the
operating system's credential store, never in that file.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass

from dealerdesk import paths
from dealerdesk.db import postgres_only

CHOICE_FILE = "storage.json"
THIS_PC, SERVER = "file", "server"


@dataclass(frozen=True)
class StorageChoice:
    """"file" (this PC) or "server", and the server's address (no password)."""

    kind: str = THIS_PC
    host: str = ""
    port: int = 5432
    database: str = "dealerdesk"
    user: str = "dealerdesk"

    def url(self, password: str = "") -> str:
        """The server's postgresql:// address (with `password` when given)."""
        return postgres_only.server_url(host=self.host, port=self.port, database=self.database,
                                        user=self.user, password=password)


def current_choice() -> StorageChoice:
    """This PC's choice; the file on this PC when none was made or it cannot be read."""
    try:
        data = json.loads((paths.data_dir() / CHOICE_FILE).read_text(encoding="utf-8"))
        return StorageChoice(kind=str(data.get("kind", THIS_PC)), host=str(data.get("host", "")),
                             port=int(data.get("port", 5432)),
                             database=str(data.get("database", "dealerdesk")),
                             user=str(data.get("user", "dealerdesk")))
    except (OSError, ValueError, TypeError, AttributeError):
        return StorageChoice()


def save_choice(choice: StorageChoice, password: str | None = None) -> None:
    """Keep the choice for the next start; the password goes to the credential store."""
    if choice.kind == SERVER and password:
        postgres_only.store_password(choice.url(), password)
    target = paths.data_dir() / CHOICE_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps(asdict(choice), indent=1), encoding="utf-8")
    os.replace(tmp, target)
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def check_connection(choice: StorageChoice, password: str = "") -> str | None:
    """None when this PC can use the server as chosen; else why not, in plain words."""
    return postgres_only.try_connection(choice.url(password))


def reachable(url: str) -> bool:
    """True when the server at `url` answers now (a connection of its own, a short wait)."""
    return postgres_only.try_connection(url) is None


def chosen_server() -> tuple[str, str] | None:
    """When this PC works on the shop's server: (its address with the password from the
    credential store, the address without it, to show); else None."""
    choice = current_choice()
    if choice.kind != SERVER or not choice.host:
        return None
    return postgres_only.with_stored_password(choice.url()), choice.url()


def server_address(url: str) -> tuple[str, str]:
    """A postgresql:// address given on the command line: (with the password from the
    credential store when it has none, the address without its password, to show)."""
    shown = postgres_only.hide_password(url)
    return postgres_only.with_stored_password(url), shown
