import base64

from django import template

from amity.reports import money_words

register = template.Library()


@register.filter
def money(value, currency):
    """An amount in full, as the active language writes it."""
    return "" if value is None else money_words.amount(value, currency)


@register.filter
def in_words(value, currency):
    return "" if value is None else money_words.amount_in_words(value, currency)


@register.filter
def percent(value):
    return money_words.percent(value)


@register.filter
def get_item(mapping, key):
    return mapping.get(key)


@register.filter
def svg_data_uri(svg: str) -> str:
    """An SVG document as an <img> source: the same markup on the page and in the PDF."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
