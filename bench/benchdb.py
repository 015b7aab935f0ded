"""What the benchmarks share: a new, empty database for each run."""

import os
import shutil
import tempfile
from urllib.parse import urlsplit


def create_database(database_url: str | None, keep: bool, name: str):
    """Point DATABASE_URL at a new, empty database; returns what drops it afterwards.
    SQLite: a file in a new temporary folder. PostgreSQL: the database `name` on the
    server of `database_url` (dropped first if an earlier run left it)."""
    if database_url and database_url.startswith(("postgres://", "postgresql://")):
        import psycopg

        server = urlsplit(database_url)
        maintenance = server._replace(path="/postgres").geturl()

        def execute(sql):
            with psycopg.connect(maintenance, autocommit=True) as conn:
                conn.execute(sql)

        execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        execute(f"CREATE DATABASE {name}")
        os.environ["DATABASE_URL"] = server._replace(path=f"/{name}").geturl()
        where = f"PostgreSQL database {name} on {server.hostname}"

        def drop():
            execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    else:
        folder = tempfile.mkdtemp(prefix="amity-bench-")
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
        where = f"{folder}/bench.sqlite3"

        def drop():
            shutil.rmtree(folder, ignore_errors=True)

    if keep:
        print(f"keeping {where}")
        return lambda: None
    return drop
