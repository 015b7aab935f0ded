"""Amounts and percentages as each language writes them in a report's prose:
'VND 109.84 billion', '109,84 tỷ đồng', '1098.41亿越南盾'. Numbers go through Babel."""

from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_decimal, format_percent, get_currency_name

from amity.core.i18n import babel_locale

# (size, word) from the largest; each language names big amounts in its own steps.
UNITS = {
    "en": [(Decimal(10**9), "billion"), (Decimal(10**6), "million")],
    "vi": [(Decimal(10**9), "tỷ"), (Decimal(10**6), "triệu")],
    "zh_Hans": [(Decimal(10**8), "亿"), (Decimal(10**4), "万")],
}


def _number(value: Decimal, locale: str, places: int) -> str:
    pattern = "#,##0" + ("." + "0" * places if places else "")
    # Chinese writes the mantissa of 亿 / 万 without grouping: 1098.41亿.
    return format_decimal(value, format=pattern, locale=locale, group_separator=locale != "zh_Hans")


def _currency_word(currency: str, locale: str) -> str:
    if locale == "zh_Hans":
        return get_currency_name(currency, locale=locale)
    if locale == "vi" and currency == "VND":
        return "đồng"
    return currency


def amount_in_words(amount: Decimal, currency: str, language: str | None = None) -> str:
    """A large amount in the language's units, two decimals; smaller ones in full."""
    locale = babel_locale(language)
    units = UNITS.get(locale, UNITS["en"])
    word = _currency_word(currency, locale)
    size, unit = next(((s, u) for s, u in units if abs(amount) >= s), (None, ""))
    if size is not None:
        scaled = _number((amount / size).quantize(Decimal("0.01"), ROUND_HALF_UP), locale, 2)
    else:
        scaled = _number(amount, locale, 0 if currency == "VND" else 2)
    if locale == "zh_Hans":
        return f"{scaled}{unit}{word}"
    if locale == "vi":
        return f"{scaled} {unit} {word}".replace("  ", " ")
    return f"{word} {scaled} {unit}".rstrip()


def compact(amount: Decimal, language: str | None = None) -> str:
    """A chart's tick: the amount in the language's units, no currency ('25 tỷ', '25亿',
    '25 billion'), at most two decimals."""
    locale = babel_locale(language)
    units = UNITS.get(locale, UNITS["en"])
    size, unit = next(((s, u) for s, u in units if abs(amount) >= s), (Decimal(1), ""))
    number = format_decimal(amount / size, format="#,##0.##", locale=locale)
    if not unit:
        return number
    return f"{number}{unit}" if locale == "zh_Hans" else f"{number} {unit}"


def currency_word(currency: str, language: str | None = None) -> str:
    """How the language names the currency after an amount: 'đồng', '越南盾', 'VND'."""
    return _currency_word(currency, babel_locale(language))


def percent(value: Decimal | None, language: str | None = None) -> str:
    """70.8% / 70,8%: one decimal, as the reports state their percentages."""
    if value is None:
        return "—"
    # Babel's percent pattern: the locale's own percent sign and its place.
    return format_percent(value / 100, format="#,##0.0%", locale=babel_locale(language))


def amount(value: Decimal, currency: str, language: str | None = None) -> str:
    """An amount in full for tables: '109.841.000.000' in Vietnamese, two decimals
    except for the dong."""
    places = 0 if currency == "VND" else 2
    return format_decimal(
        value,
        format="#,##0" + ("." + "0" * places if places else ""),
        locale=babel_locale(language),
    )
