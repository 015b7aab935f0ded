"""Checking new records' fields as `Model.full_clean` does, at a fraction of its cost,
for the bulk writers of imports.

`full_clean` runs every field's `clean()` on every record: a conversion, the null,
blank and choice checks and each validator, through several calls a field (about a
seventh of an import's writing time under cProfile; no gain in wall time has been
measured yet). Here each field's
plan is worked out once per model: a value that plainly passes (a str within its
`max_length` and among its choices, a date, a bool, a finite Decimal its validators
accept) is taken as it is, which is what
`clean()` would return for it; any other value goes through the field's own `clean()`,
so errors, their messages and conversions are Django's own."""

import datetime
import functools
from decimal import Decimal

from django.core import validators
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.expressions import DatabaseDefault

from amity.core.textcheck import TextCheck

_TEXT_TYPES = {"CharField", "TextField"}


def full_clean_fields(instance: models.Model, *, exclude=()) -> None:
    """`instance.full_clean(exclude=exclude, validate_unique=False,
    validate_constraints=False)`: each field cleaned (values converted in place as
    `clean_fields` does), then the model's own `clean()`; a ValidationError by field
    when any fails."""
    errors = _field_errors(
        type(instance),
        exclude,
        instance,
        lambda name: getattr(instance, name),
        lambda name, value: setattr(instance, name, value),
    )
    if errors:
        raise ValidationError(errors)
    instance.clean()


def check_values(model, values: dict, *, exclude=()) -> None:
    """What `full_clean_fields` checks, on a new row given as plain values (attname →
    value) instead of an instance, for bulk writers that build no instance: the values
    are converted in place; a ValidationError by field when any fails. Only for models
    without a `clean()` of their own, which would need an instance."""
    if model.clean is not models.Model.clean:
        raise ValueError(f"{model.__name__} has a clean() of its own: check an instance")
    errors = _field_errors(model, exclude, None, values.get, values.__setitem__)
    if errors:
        raise ValidationError(errors)


def _field_errors(model, exclude, instance, get, put) -> dict:
    errors = {}
    for field, passes in _plan(model, frozenset(exclude)):
        raw = get(field.attname)
        # clean_fields' own skips, in its order, then the plain values.
        if field.blank and raw in field.empty_values:
            continue
        if isinstance(raw, DatabaseDefault):
            continue
        if passes is not None and passes(raw):
            continue
        try:
            put(field.attname, field.clean(raw, instance))
        except ValidationError as error:
            errors[field.name] = error.error_list
    return errors


@functools.cache
def _plan(model, exclude: frozenset) -> tuple:
    """(field, test that a value passes as it is, or None) for the fields
    `clean_fields` checks, in its order."""
    return tuple(
        (field, _passes(field))
        for field in model._meta.fields
        if field.name not in exclude and not field.generated
    )


def _passes(field: models.Field):
    """A test true only for values the field's `clean()` returns unchanged without an
    error; None where every value goes through `clean()`."""
    internal = field.get_internal_type()
    if internal in _TEXT_TYPES and all(
        isinstance(v, (validators.MaxLengthValidator, TextCheck)) for v in field.validators
    ):
        limit = field.max_length
        allowed = frozenset(value for value, _label in field.flatchoices) if field.choices else None
        blank = field.blank
        # The control-character check (core/textcheck.py), by its own fast test.
        checks = tuple(v for v in field.validators if isinstance(v, TextCheck))

        def text(value) -> bool:
            return (
                type(value) is str
                and (limit is None or len(value) <= limit)
                and (allowed is None or value in allowed)
                and (blank or value != "")
                and all(check.passes(value) for check in checks)
            )

        return text
    if internal == "DecimalField" and not field.choices:
        checks = tuple(field.validators)  # the digits and places, and any bounds

        def decimal(value) -> bool:
            # clean() gives a finite Decimal back as it is: only its validators can fail.
            if type(value) is not Decimal or not value.is_finite():
                return False
            try:
                for check in checks:
                    check(value)
            except ValidationError:
                return False
            return True

        return decimal
    if field.validators or field.choices:
        return None
    if internal == "DateField":
        return lambda value: type(value) is datetime.date
    if internal == "BooleanField":
        return lambda value: type(value) is bool
    return None
