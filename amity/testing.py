"""Helpers for tests that read pages the way a person does."""

import re
from html.parser import HTMLParser


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
