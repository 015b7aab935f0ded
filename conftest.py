"""What every test of the project shares, the apps' (`amity/`) and the browser's (`e2e/`).

CI runs the suite twice at once, on SQLite and on PostgreSQL (`.ci/run`), on two cores.
A test whose result cannot depend on the database (a browser journey, a benchmark's
smoke run) is marked `one_suite("sqlite")` or `one_suite("postgresql")`: when
`AMITY_SUITES` names both databases, as `.ci/run` sets it, it runs in that suite only
and is skipped, saying where it ran, in the other. A single `make test` runs it
whatever the database."""

import os

import pytest

DATABASES = ("sqlite", "postgresql")


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "one_suite(database): run once when CI runs both suites, in that database's",
    )


def suite_database() -> str:
    url = os.environ.get("DATABASE_URL", "")
    return "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"


def pytest_collection_modifyitems(config, items):
    suites = set(os.environ.get("AMITY_SUITES", "").replace(",", " ").split())
    if not suites >= set(DATABASES):
        return
    here = suite_database()
    for item in items:
        marker = item.get_closest_marker("one_suite")
        if marker is None:
            continue
        (database,) = marker.args
        if database not in DATABASES:
            raise pytest.UsageError(f"{item.nodeid}: one_suite({database!r}) names no suite")
        if database != here:
            item.add_marker(
                pytest.mark.skip(reason=f"runs once, in the {database} suite of this CI run")
            )
