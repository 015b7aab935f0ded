"""Per-language fields: a model keeps `name_vi`, `name_en`, `name_zh_hans` and shows
the one of the active language, falling back through the others."""

from django.conf import settings
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
    """The value of `field_<lang>` for the active language, or the first non-empty one."""
    for code in language_order(language):
        attr = f"{field}_{field_suffix(code)}"
        if hasattr(obj, attr):
            value = getattr(obj, attr)
        else:
            # A model without `name_vi` keeps its Vietnamese in the plain field.
            value = getattr(obj, field, "") if code == settings.LANGUAGE_CODE else ""
        if value:
            return value
    return getattr(obj, field, "") or ""


def babel_locale(language: str | None = None) -> str:
    """Django's 'zh-hans' is Babel's 'zh_Hans'."""
    code = (language or get_language() or settings.LANGUAGE_CODE).lower()
    if code in ("zh-hans", "zh"):
        return "zh_Hans"
    return code.split("-")[0]
