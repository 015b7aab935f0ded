"""Helpers for tests that read pages the way a person does."""

import re


def login(client, user):
    """Sign `client` in as `user`, or out when `user` is None."""
    client.logout()
    if user is not None:
        client.force_login(user)
    return client


def text(response) -> str:
    return response.content.decode()


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
