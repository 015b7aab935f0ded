"""Compile every amity/locale*/ catalog to .mo with Babel (no system gettext needed).

Babel's own `pybabel compile` refuses a one-plural-form translation (vi, zh) of a
Wagtail string whose plural names a count its singular does not ("1 page" /
"%(count)s pages"), although it is right; the placeholder check lives in the tests
instead (amity/core/tests/test_translations.py)."""

import os
import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent / "amity"

for po_path in sorted(ROOT.glob("locale*/*/LC_MESSAGES/django.po")):
    with po_path.open("rb") as f:
        catalog = read_po(f)
    # Written aside, then moved into place: a test run reading the catalogs while
    # another compiles them (CI runs SQLite and PostgreSQL side by side) never sees
    # half a file.
    mo_path = po_path.with_suffix(".mo")
    partial = mo_path.with_name(f"{mo_path.name}.{os.getpid()}.tmp")
    with partial.open("wb") as f:
        write_mo(f, catalog)
    os.replace(partial, mo_path)
    total = sum(1 for m in catalog if m.id)
    done = sum(
        1 for m in catalog if m.id and m.string and (isinstance(m.string, str) or all(m.string))
    )
    print(f"{po_path.relative_to(ROOT.parent)}: {done} of {total} translated", file=sys.stderr)
