"""Helpers for tests that read pages the way a person does."""

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path


def login(client, user):
    """Sign `client` in as `user`, or out when `user` is None."""
    client.logout()
    if user is not None:
        client.force_login(user)
    return client


def text(response) -> str:
    return response.content.decode()


def refused(response) -> bool:
    """Refused: a 403, or Wagtail's 'permission denied' redirect to the admin home."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response["Location"] == "/admin/"


def listing_table(response) -> str:
    """The page's listing table only (not filters, menus or messages)."""
    match = re.search(r'<table class="listing[^"]*".*?</table>', text(response), re.S)
    return match.group(0) if match else ""


def empty_inlines(*prefixes: str) -> dict[str, str]:
    """The management fields of Wagtail inline panels posted with no rows."""
    data = {}
    for prefix in prefixes:
        data |= {
            f"{prefix}-TOTAL_FORMS": "0",
            f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-MIN_NUM_FORMS": "0",
            f"{prefix}-MAX_NUM_FORMS": "1000",
        }
    return data


class _FormFields(HTMLParser):
    """The values a browser would submit for the page's edit form: inputs (checked
    boxes only), selects (selected options) and textareas. The empty templates of
    inline formsets (`__prefix__`) are left out, as a browser never submits them."""

    def __init__(self):
        super().__init__()
        self.fields: dict[str, list[str]] = {}
        self._select = None
        self._textarea = None
        self._text = []

    def _add(self, name, value):
        if name and "__prefix__" not in name and name != "csrfmiddlewaretoken":
            self.fields.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        name = a.get("name")
        if tag == "input":
            kind = a.get("type", "text")
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    self._add(name, a.get("value", "on"))
                elif name:
                    self.fields.setdefault(name, [])
                return
            self._add(name, a.get("value", ""))
        elif tag == "select":
            self._select = name
            if name:
                self.fields.setdefault(name, [])
        elif tag == "option" and self._select and "selected" in a:
            self._add(self._select, a.get("value", ""))
        elif tag == "textarea":
            self._textarea = name
            self._text = []

    def handle_data(self, data):
        if self._textarea is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            self._add(self._textarea, "".join(self._text).lstrip("\n"))
            self._textarea = None


def form_data(response, **overrides) -> dict:
    """What the rendered form would post, with `overrides` applied."""
    assert response.status_code == 200, response.status_code
    parser = _FormFields()
    parser.feed(response.content.decode())
    data = {}
    for name, values in parser.fields.items():
        if len(values) == 1:
            data[name] = values[0]
        elif values:
            data[name] = values
        # Unchecked boxes and empty multi-selects send nothing.
    data.pop("q", None)
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


# Processes of their own, on a database of their own (the `own_database` fixture) --------

REPO = Path(__file__).resolve().parent.parent

# What a process needs before it can import or report: the schema, the codelists and
# units, Dong Nai's union and a dollar rate from 2023.
OWN_DATABASE_SETUP = """
import datetime
from django.core.management import call_command
from amity.codelists.services import codelists_load
from amity.finance.models import ExchangeRate
from amity.finance.services import rate_save
from amity.geo.models import AdministrativeUnit
from amity.geo.services import admin_units_load
from amity.tenancy.services import union_upsert
call_command("migrate", verbosity=0)
codelists_load()
admin_units_load()
union_upsert(actor=None, slug="dong-nai", name="Dong Nai",
             province=AdministrativeUnit.objects.get(structure="2025", code="75"))
rate_save(actor=None, rate=ExchangeRate(currency_id="USD", date=datetime.date(2023, 1, 1),
                                        vnd_per_unit=24000, source="test"))
"""


def python(env: dict, code: str) -> str:
    """Run `code` with Django set up, in a process of its own with `env`; its output."""
    prelude = "import django\ndjango.setup()\n"
    done = subprocess.run(
        [sys.executable, "-c", prelude + code], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def amity(env: dict, *args: str) -> subprocess.CompletedProcess:
    """The `amity` command in a process of its own with `env`."""
    command = [sys.executable, "-m", "amity.cli", *args]
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
