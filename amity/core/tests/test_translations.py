"""Every string of ours is translated into Vietnamese and Chinese, and no translation
loses a placeholder."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

AMITY = Path(__file__).resolve().parents[2]
CATALOGS = sorted(AMITY.glob("locale*/*/LC_MESSAGES/django.po"))
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]|%[sdif]|\{\w*\}")


def placeholders(text: str) -> set[str]:
    return {m.group(0) for m in PLACEHOLDER.finditer(text)}


def catalog(path: Path):
    with path.open("rb") as f:
        return read_po(f)


def test_there_are_catalogs_for_vietnamese_and_chinese():
    languages = {p.parent.parent.name for p in CATALOGS}
    assert {"vi", "zh_Hans"} <= languages


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: str(p.relative_to(AMITY)))
def test_every_message_is_translated_and_keeps_its_placeholders(path):
    problems = []
    for message in catalog(path):
        if not message.id:
            continue
        singular, plural = message.id if isinstance(message.id, tuple) else (message.id, message.id)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings) or message.fuzzy:
            problems.append(f"untranslated: {singular!r}")
            continue
        for string in strings:
            # One plural form (vi, zh) serves every count, so it must carry the plural's
            # placeholders ("%(count)s pages") and may use nothing else.
            got = placeholders(string)
            if not placeholders(plural) <= got <= placeholders(singular) | placeholders(plural):
                problems.append(f"placeholders differ: {singular!r} -> {string!r}")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.skipif(not shutil.which("xgettext"), reason="needs GNU gettext's xgettext")
def test_the_catalogs_hold_every_string_in_the_code(tmp_path):
    """Extract our strings afresh (as `make messages` does) and compare."""
    copy = tmp_path / "amity"
    shutil.copytree(AMITY, copy, ignore=shutil.ignore_patterns("locale_wagtail", "*.pyc"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "django",
            "makemessages",
            "--locale",
            "vi",
            "--no-obsolete",
            "--ignore",
            "demo/data.py",
            "--settings",
            "config.settings.test",
        ],
        cwd=copy,
        check=True,
        capture_output=True,
        env={"PYTHONPATH": str(AMITY.parent), "PATH": "/usr/bin:/bin"},
    )
    fresh = {m.id for m in catalog(copy / "locale/vi/LC_MESSAGES/django.po") if m.id}
    committed = {m.id for m in catalog(AMITY / "locale/vi/LC_MESSAGES/django.po") if m.id}
    assert fresh - committed == set(), "run `make messages` and translate the new strings"
