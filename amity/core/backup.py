"""Backing up and restoring everything Amity keeps: the database and the media files.

A backup is one tar file: `database.sqlite3` (SQLite's online backup, a consistent copy
taken while the app runs) or `database.dump` (`pg_dump`'s custom format, one snapshot),
the `media/` tree, and `manifest.json` with the database's vendor, when it was taken and
each table's row count. Restoring checks the manifest first (a file that is not a
backup, or one of the other database, is refused with the reason and changes nothing),
puts the database back (SQLite's backup API into the live file; `pg_restore` in one
transaction), replaces the media, and compares every table's row count with the
manifest's."""

import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection, connections, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

MANIFEST = "manifest.json"
MEDIA = "media"
FORMAT = 1  # of the archive; a newer one is refused by an older Amity


class BackupError(Exception):
    """The backup or the restore could not be done; the message says why."""


@dataclass
class BackupResult:
    path: Path
    vendor: str
    tables: dict[str, int]
    media_files: int


def table_counts() -> dict[str, int]:
    """Rows of every table Amity's database holds, by table name."""
    with connection.cursor() as cursor:
        names = sorted(connection.introspection.table_names(cursor))
        counts = {}
        for name in names:
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(name)}")
            counts[name] = cursor.fetchone()[0]
    return counts


def backup_create(output: Path | None = None) -> BackupResult:
    """Write a backup of the database and the media files to `output` (default: a new
    file under var/backups/) and return what it holds."""
    vendor = connection.vendor
    if vendor not in ("sqlite", "postgresql"):
        raise BackupError(_("Backups are made of SQLite and PostgreSQL databases only."))
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    output = Path(output or Path(settings.VAR_DIR) / "backups" / f"amity-{stamp}.tar")
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="amity-backup-") as scratch:
        scratch = Path(scratch)
        if vendor == "sqlite":
            database = scratch / "database.sqlite3"
            _sqlite_copy(Path(connection.settings_dict["NAME"]), database)
            tables = _sqlite_counts(database)  # of the copy: the app may write meanwhile
        else:
            database = scratch / "database.dump"
            tables = _pg_dump(database)
        media_root = Path(settings.MEDIA_ROOT)
        media_files = (
            [p for p in media_root.rglob("*") if p.is_file()] if media_root.is_dir() else []
        )
        manifest = {
            "format": FORMAT,
            "vendor": vendor,
            "taken_at": timezone.now().isoformat(),
            "tables": tables,
            "media_files": len(media_files),
        }
        partial = output.with_name(f"{output.name}.partial")
        with tarfile.open(partial, "w") as archive:
            _add_bytes(archive, MANIFEST, json.dumps(manifest, indent=1).encode())
            archive.add(database, arcname=database.name)
            for path in media_files:
                archive.add(path, arcname=f"{MEDIA}/{path.relative_to(media_root)}")
        os.replace(partial, output)  # a backup cut short never takes the real name
    return BackupResult(output, vendor, tables, len(media_files))


def backup_restore(path: Path) -> BackupResult:
    """Put the database and media of the backup at `path` back in place, then check
    every table's row count against the backup's manifest."""
    path = Path(path)
    manifest = _manifest(path)
    vendor = connection.vendor
    if manifest["vendor"] != vendor:
        raise BackupError(
            _("%(file)s is a backup of a %(theirs)s database; this one is %(ours)s.")
            % {"file": path.name, "theirs": manifest["vendor"], "ours": vendor}
        )
    with tempfile.TemporaryDirectory(prefix="amity-restore-") as scratch:
        scratch = Path(scratch)
        with tarfile.open(path) as archive:
            archive.extractall(scratch, filter="data")  # no paths outside, no devices
        media_root = Path(settings.MEDIA_ROOT)
        if vendor == "sqlite":
            _sqlite_restore(scratch / "database.sqlite3")
        else:
            connections.close_all()
            _run(
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                    "--exit-on-error",
                    f"--dbname={_pg_dbname()}",
                    str(scratch / "database.dump"),
                ]
            )
        _replace_media(scratch / MEDIA, media_root)
    connections.close_all()
    found = table_counts()
    wrong = {
        name: (rows, found.get(name))
        for name, rows in manifest["tables"].items()
        if found.get(name) != rows
    }
    if wrong:
        details = ", ".join(f"{name} {had} → {now}" for name, (had, now) in sorted(wrong.items()))
        raise BackupError(
            _("The restored database differs from the backup: %(tables)s.") % {"tables": details}
        )
    return BackupResult(path, vendor, found, manifest["media_files"])


def _manifest(path: Path) -> dict:
    if not path.is_file():
        raise BackupError(_("%(file)s: no such file.") % {"file": path})
    try:
        with tarfile.open(path) as archive:
            manifest = json.load(archive.extractfile(MANIFEST))
    except (tarfile.TarError, KeyError, AttributeError, ValueError, OSError):
        raise BackupError(
            _("%(file)s is not an Amity backup (no manifest could be read).") % {"file": path.name}
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(
            _("%(file)s is a backup of another format than this Amity reads.") % {"file": path.name}
        )
    return manifest


def _pg_dump(target: Path) -> dict[str, int]:
    """`pg_dump` of the database into `target`, and the row counts it holds: both read
    in one snapshot (exported by a transaction that stays open while pg_dump runs), so
    that writes meanwhile are in neither."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        cursor.execute("SELECT pg_export_snapshot()")
        (snapshot,) = cursor.fetchone()
        tables = table_counts()
        _run(
            [
                "pg_dump",
                "--format=custom",
                "--no-owner",
                f"--snapshot={snapshot}",
                f"--file={target}",
                _pg_dbname(),
            ]
        )
    return tables


def _sqlite_counts(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as copy:
        names = [
            name
            for (name,) in copy.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {
            name: copy.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in names
        }
    copy.close()
    return dict(sorted(counts.items()))


def _sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite database (the online backup API)."""
    with sqlite3.connect(source) as live, sqlite3.connect(target) as copy:
        live.backup(copy)
    copy.close()
    live.close()


def _sqlite_restore(backup: Path) -> None:
    """The backup's pages into the live database, in one step SQLite makes atomic."""
    connections.close_all()
    live = Path(connection.settings_dict["NAME"])
    with sqlite3.connect(backup) as source, sqlite3.connect(live) as target:
        source.backup(target)
    source.close()
    target.close()


def _replace_media(restored: Path, media_root: Path) -> None:
    """The backup's media in place of the current ones, swapped in whole."""
    media_root.parent.mkdir(parents=True, exist_ok=True)
    incoming = media_root.with_name(f"{media_root.name}.restoring")
    shutil.rmtree(incoming, ignore_errors=True)
    if restored.is_dir():
        shutil.copytree(restored, incoming)
    else:
        incoming.mkdir()
    outgoing = media_root.with_name(f"{media_root.name}.replaced")
    shutil.rmtree(outgoing, ignore_errors=True)
    if media_root.exists():
        media_root.rename(outgoing)
    incoming.rename(media_root)
    shutil.rmtree(outgoing, ignore_errors=True)


def _pg_dbname() -> str:
    """Django's PostgreSQL database as a libpq connection string, without the password
    (which goes to the tools through the environment, not their command line)."""
    db = connection.settings_dict
    parts = {
        "dbname": db["NAME"],
        "user": db.get("USER") or "",
        "host": db.get("HOST") or "",
        "port": str(db.get("PORT") or ""),
    }
    return " ".join(f"{key}={_quoted(value)}" for key, value in parts.items() if value)


def _quoted(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _run(command: list[str]) -> None:
    env = dict(os.environ)
    if connection.settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = connection.settings_dict["PASSWORD"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env)
    except FileNotFoundError:
        raise BackupError(
            _("%(tool)s is not installed: it comes with PostgreSQL's client tools.")
            % {"tool": command[0]}
        ) from None
    if done.returncode:
        raise BackupError(
            _("%(tool)s failed: %(error)s") % {"tool": command[0], "error": done.stderr.strip()}
        )


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))
