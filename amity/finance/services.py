"""Exchange rates: finding the rate for a day, converting to VND, importing the table."""

import csv
import datetime
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import TextIO

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from amity.codelists.models import Currency
from amity.core.i18n import format_day, format_number
from amity.history.services import delete_recorded, record_change, snapshot
from amity.tenancy.permissions import Action, access_for

from .models import ExchangeRate

VND = "VND"
RATE_HEADER = ["date", "currency", "vnd_per_unit"]
# The dong has no minor unit (ISO 4217): equivalents are whole dong.
ONE_DONG = Decimal("1")


@dataclass(frozen=True)
class Conversion:
    """A VND equivalent with what it was computed from, kept beside every figure."""

    amount_vnd: Decimal
    rate: Decimal
    rate_date: datetime.date
    source: str


def rate_for(currency: str, day: datetime.date, *, field: str = "currency") -> ExchangeRate:
    """The latest rate for `currency` on or before `day`."""
    rate = (
        ExchangeRate.objects.filter(currency_id=currency, date__lte=day).order_by("-date").first()
    )
    if rate is None:
        raise ValidationError(
            {
                field: _(
                    "No exchange rate for %(currency)s on or before %(date)s: add one to "
                    "the rate table first."
                )
                % {"currency": currency, "date": format_day(day)}
            },
            code="no_rate",
        )
    return rate


def conversion_at(
    amount: Decimal, rate: Decimal, rate_date: datetime.date, source: str
) -> Conversion:
    """`amount` at `rate` VND per unit, rounded half up to the dong."""
    return Conversion((amount * rate).quantize(ONE_DONG, ROUND_HALF_UP), rate, rate_date, source)


def convert_to_vnd(amount: Decimal, currency: str, day: datetime.date) -> Conversion:
    """`amount` of `currency` on `day` in dong, rounded half up to the dong."""
    if currency == VND:
        return conversion_at(amount, Decimal(1), day, VND)
    rate = rate_for(currency, day)
    return conversion_at(amount, rate.vnd_per_unit, rate.date, rate.source)


# Import -------------------------------------------------------------------------------


@dataclass
class RateImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class RateImportError(Exception):
    """Every bad row of a file, as (line number, message); nothing was imported."""

    problems: list[tuple[int, str]] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(
            _("line %(line)s: %(problem)s") % {"line": line, "problem": problem}
            for line, problem in self.problems
        )


def _parse_row(row: dict, known_currencies: set[str]) -> tuple[tuple, list[str]]:
    problems = []
    day = currency = value = None
    raw_date = (row.get("date") or "").strip()
    try:
        day = datetime.date.fromisoformat(raw_date)
    except ValueError:
        problems.append(
            _("date “%(value)s” is not a date written YYYY-MM-DD") % {"value": raw_date}
        )
    currency = (row.get("currency") or "").strip().upper()
    if currency == VND:
        problems.append(_("a rate for VND itself is always 1"))
    elif currency not in known_currencies:
        problems.append(
            _("currency “%(value)s” is not an ISO 4217 code in use") % {"value": currency}
        )
    raw_value = (row.get("vnd_per_unit") or "").strip()
    if "," in raw_value:
        problems.append(
            _(
                "vnd_per_unit “%(value)s” has a comma: write the number with a "
                "decimal point and no thousands separator"
            )
            % {"value": raw_value}
        )
    else:
        try:
            value = Decimal(raw_value)
            if not value.is_finite() or value <= 0:
                problems.append(
                    _("vnd_per_unit “%(value)s” must be a number above zero") % {"value": raw_value}
                )
            else:
                # What the rate table holds: at most 14 digits before the point, 6 after.
                ExchangeRate._meta.get_field("vnd_per_unit").run_validators(value)
        except InvalidOperation:
            problems.append(_("vnd_per_unit “%(value)s” is not a number") % {"value": raw_value})
        except ValidationError as error:
            problems += [
                _("vnd_per_unit “%(value)s”: %(problem)s") % {"value": raw_value, "problem": m}
                for m in error.messages
            ]
    return (day, currency, value), problems


def read_rates(stream: TextIO) -> list[tuple[int, datetime.date, str, Decimal]]:
    """Check every row of a CSV rate file; raise RateImportError listing all bad rows."""
    reader = csv.DictReader(stream)
    try:
        return _read_rates(reader)
    except csv.Error:
        # A line the CSV reader cannot split (a stray carriage return, a NUL byte…).
        raise RateImportError(
            [
                (
                    reader.line_num + 1,  # the line being read when it failed
                    _(
                        "the line cannot be read as CSV: a line break or a control character "
                        "stands inside a value; save the file again as CSV (UTF-8)"
                    ),
                )
            ]
        ) from None


def _read_rates(reader: csv.DictReader) -> list[tuple[int, datetime.date, str, Decimal]]:
    header = [h.strip().lstrip("\ufeff") for h in (reader.fieldnames or [])]
    if header != RATE_HEADER:
        raise RateImportError(
            [
                (
                    1,
                    _("the header must be “%(expected)s”, not “%(found)s”")
                    % {"expected": ",".join(RATE_HEADER), "found": ",".join(header)},
                )
            ]
        )
    reader.fieldnames = header
    known = set(Currency.objects.values_list("code", flat=True))
    rows, problems, seen = [], [], {}
    for row in reader:
        line = reader.line_num
        if None in row or any(v is None for v in row.values()):
            problems.append((line, _("expected 3 values separated by commas")))
            continue
        (day, currency, value), row_problems = _parse_row(row, known)
        if not row_problems:
            previous = seen.get((currency, day))
            if previous and previous[1] != value:
                row_problems.append(
                    _("%(currency)s on %(date)s already has %(value)s on line %(line)s")
                    % {
                        "currency": currency,
                        "date": format_day(day),
                        "value": format_number(previous[1]),
                        "line": previous[0],
                    }
                )
            seen[(currency, day)] = (line, value)
        problems += [(line, p) for p in row_problems]
        if not row_problems:
            rows.append((line, day, currency, value))
    if problems:
        raise RateImportError(problems)
    if not rows:
        raise RateImportError([(1, _("the file has no rates"))])
    return rows


@transaction.atomic
def rates_import(*, actor, stream: TextIO, source: str) -> RateImportResult:
    """Import a CSV `date,currency,vnd_per_unit` file: all rows or none. Importing the
    same file again changes nothing; a changed value updates that day's rate."""
    rows = read_rates(stream)
    result = RateImportResult()
    existing = {
        (r.currency_id, r.date): r
        for r in ExchangeRate.objects.filter(
            currency_id__in={c for _l, _d, c, _v in rows},
            date__gte=min(d for _l, d, _c, _v in rows),
            date__lte=max(d for _l, d, _c, _v in rows),
        )
    }
    for _line, day, currency, value in rows:
        rate = existing.get((currency, day))
        if rate is not None and rate.vnd_per_unit == value:
            result.unchanged += 1
            continue
        before = snapshot(rate) if rate else None
        rate = rate or ExchangeRate(currency_id=currency, date=day)
        rate.vnd_per_unit, rate.source = value, source
        rate.save()
        record_change(actor=actor, instance=rate, before=before)
        existing[(currency, day)] = rate
        if before is None:
            result.created += 1
        else:
            result.updated += 1
    return result


# The rate table by hand ---------------------------------------------------------------


def may_edit_rates(user) -> bool:
    """The rate table is shared by every union: national staff (and superusers) keep it."""
    return access_for(user).union_ids(Action.CHANGE) is None


def _check_rate_editor(actor) -> None:
    if actor is not None and not may_edit_rates(actor):
        raise PermissionDenied(_("Only national staff change the exchange-rate table."))


@transaction.atomic
def rate_save(*, actor, rate: ExchangeRate) -> ExchangeRate:
    """Add or change one rate by hand. Stored VND equivalents keep the rate they were
    computed with until `amity revalue` is asked for."""
    _check_rate_editor(actor)
    before = snapshot(ExchangeRate.objects.get(pk=rate.pk)) if rate.pk else None
    if rate.currency_id == VND:
        raise ValidationError({"currency": _("a rate for VND itself is always 1")})
    rate.full_clean()
    rate.save()
    record_change(actor=actor, instance=rate, before=before)
    return rate


@transaction.atomic
def rate_delete(*, actor, rate: ExchangeRate) -> None:
    _check_rate_editor(actor)
    delete_recorded(actor=actor, instance=rate)
