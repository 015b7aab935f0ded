"""Per-language fields: a model keeps `name_vi`, `name_en`, `name_zh_hans` and shows
the one of the active language, falling back through the others."""

import datetime
import functools
from decimal import Decimal

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import parse_pattern
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def field_suffix(language: str) -> str:
    return language.lower().replace("-", "_")


def language_order(language: str | None = None) -> list[str]:
    active = (language or get_language() or settings.LANGUAGE_CODE).lower()
    if active not in LANGUAGE_CODES:
        active = active.split("-")[0]
    order = [active] if active in LANGUAGE_CODES else []
    # English is the most widely read fallback, then Vietnamese, then the rest.
    for code in ("en", "vi", *LANGUAGE_CODES):
        if code not in order:
            order.append(code)
    return order


def localized(obj, field: str, language: str | None = None) -> str:
    """The value of `field_<lang>` for the active language; else the plain `field` (the
    original name, or the Vietnamese one where there is no `field_vi`); else the first
    other language that has one."""

    def value_in(code: str) -> str:
        attr = f"{field}_{field_suffix(code)}"
        if hasattr(obj, attr):
            return getattr(obj, attr) or ""
        return (getattr(obj, field, "") or "") if code == settings.LANGUAGE_CODE else ""

    active, *others = language_order(language)
    return (
        value_in(active)
        or getattr(obj, field, "")
        or next((v for v in map(value_in, others) if v), "")
    )


def choice_label(choices, code: str) -> str:
    """The label of `code` among `choices` (a TextChoices) in the active language:
    translated once per language, not on every call as the lazy label is (history
    rows of an import name tens of thousands of them)."""
    return _choice_label(choices, code, get_language())


@functools.cache
def _choice_label(choices, code: str, language: str | None) -> str:
    return str(choices(code).label)  # `language` is the active one: only the cache's key


def babel_locale(language: str | None = None) -> str:
    """Django's 'zh-hans' is Babel's 'zh_Hans'."""
    code = (language or get_language() or settings.LANGUAGE_CODE).lower()
    if code in ("zh-hans", "zh"):
        return "zh_Hans"
    return code.split("-")[0]


def format_day(value: datetime.date, fmt: str = "medium", language: str | None = None) -> str:
    """A date as the active language writes it ('23 thg 11, 2026', 'Nov 23, 2026')."""
    return format_date(value, format=fmt, locale=babel_locale(language))


def format_moment(value: datetime.datetime, fmt: str = "medium") -> str:
    """A moment in the site's time zone, as the active language writes it."""
    return format_datetime(
        timezone.localtime(value),
        format=fmt,
        tzinfo=timezone.get_current_timezone(),
        locale=babel_locale(),
    )


def format_number(value: Decimal | int, language: str | None = None, *, exact=False) -> str:
    """A number as the active language writes it ('109,84' in Vietnamese, '109.84'):
    Babel's `format_decimal`, rounded to three decimals as the language's pattern has
    it, or with every decimal given when `exact` (a figure quoted back as it was read)."""
    locale, pattern = _number_format(babel_locale(language))
    return pattern.apply(value, locale, decimal_quantization=not exact)


@functools.cache
def _number_format(locale_code: str):
    """The locale and its decimal pattern, parsed once: `format_decimal` parses both on
    every call, most of its time (an import's messages quote tens of thousands of
    amounts)."""
    locale = Locale.parse(locale_code)
    return locale, parse_pattern(locale.decimal_formats[None])
