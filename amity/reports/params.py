"""What a report is asked for with — from the command line, the API or the back office —
checked in one place, each bad value refused with a message naming its parameter."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from amity.codelists.models import Currency
from amity.finance.services import VND
from amity.tenancy.models import Union
from amity.tenancy.selectors import union_by_slug, unions_visible_to

from .render import FORMATS

ALL = "all"
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@dataclass
class ReportParams:
    unions: list[Union]
    national: bool
    currency: str
    language: str
    format: str
    year: int | None = None
    half: int | None = None
    as_of: datetime.date | None = None


def _unions(slug: str, user) -> tuple[list[Union], bool]:
    """`all` is every union the user sees (every union for the system); another union
    than one's own is as unknown as a misspelt one."""
    queryset = Union.objects.all() if user is None else unions_visible_to(user)
    if slug == ALL:
        unions = list(queryset.order_by("-is_national", "name"))
        if not unions:
            raise ValidationError({"union": _("You may not see any union's reports.")})
        return unions, True
    return [union_by_slug(slug, queryset=queryset)], False


def _integer(value, name: str, low: int, high: int) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        number = None
    if number is None or not low <= number <= high:
        raise ValidationError(
            {name: _("Give a whole number from %(low)s to %(high)s.") % {"low": low, "high": high}}
        )
    return number


def parse(
    *,
    user,
    union: str | None,
    currency: str | None = None,
    language: str | None = None,
    format: str | None = None,
    year=None,
    half=None,
    as_of=None,
    report: str = "annual",
) -> ReportParams:
    """Every problem at once, as {parameter: [messages]}."""
    errors: dict[str, list[str]] = {}

    def check(name, function, *args):
        try:
            return function(*args)
        except ValidationError as exc:
            for field, messages in exc.message_dict.items():
                errors.setdefault(field if field != "__all__" else name, []).extend(messages)
            return None

    def one(name, value, known):
        if value not in known:
            raise ValidationError(
                {
                    name: _("Unknown %(name)s “%(value)s”. Use one of: %(known)s.")
                    % {"name": name, "value": value, "known": ", ".join(known)}
                }
            )
        return value

    def currency_code(value):
        code = (value or VND).strip().upper()
        if not Currency.objects.filter(code=code).exists():
            raise ValidationError(
                {"currency": _("“%(code)s” is not an ISO 4217 currency code.") % {"code": code}}
            )
        return code

    def day(value):
        try:
            return datetime.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValidationError(
                {"as_of": _("Give a date as YYYY-MM-DD, e.g. 2023-08-15.")}
            ) from None

    if not union:
        errors["union"] = [_("Give a union's slug, or “all”.")]
        unions = national = None
    else:
        unions, national = check("union", _unions, union.strip(), user) or (None, None)
    params = ReportParams(
        unions=unions,
        national=national,
        currency=check("currency", currency_code, currency),
        language=check(
            "lang", one, "lang", (language or settings.LANGUAGE_CODE).lower(), LANGUAGES
        ),
        format=check("format", one, "format", (format or "json").lower(), FORMATS),
    )
    if report == "annual":
        if year in (None, ""):
            errors["year"] = [_("Give the report's year, e.g. 2023.")]
        else:
            params.year = check("year", _integer, year, "year", 1990, 2100)
        if half not in (None, ""):
            params.half = check("half", _integer, half, "half", 1, 2)
    else:
        if as_of in (None, ""):
            errors["as_of"] = [_("Give the day of the snapshot, e.g. 2023-08-15.")]
        else:
            params.as_of = check("as_of", day, as_of)
    if errors:
        raise ValidationError(errors)
    return params


def build(params: ReportParams):
    """The report the parameters ask for."""
    from .annual import annual_report
    from .portfolio import portfolio_snapshot

    common = {
        "unions": params.unions,
        "currency": params.currency,
        "language": params.language,
        "national": params.national,
    }
    if params.as_of is not None:
        return portfolio_snapshot(as_of=params.as_of, **common)
    return annual_report(year=params.year, half=params.half, **common)
