"""What a text field of a record may hold: one rule for every form, serializer and
service that saves one.

- A single line (a `CharField`: names, titles, codes) holds no control character at
  all: no tab, no line break, nothing below U+0020, no DEL, no C1 control.
- A multi-line text (a `TextField`: descriptions, notes, rich text) may hold tabs and
  line breaks, nothing else of those, and at most `AMITY_TEXT_MAX_CHARS` characters (a
  single line has its own `max_length`).
- Neither holds a bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069):
  stored in a name, one would reorder the text shown after it on every page and in
  every export (the "Trojan Source" trick). Vietnamese, English and Chinese never need
  them; the left-to-right and right-to-left marks (U+200E, U+200F) stay allowed.

Such text is refused, with the character's code and place named, never silently
changed: what a person typed is stored as typed or not at all. Text that arrives in
files from others (IATI activities) is cleaned instead by `clean_imported`, so one stray
character does not cost the publisher's activity.

`guard_models()` (called once by `core.apps`) puts the validators on every text field
of Amity's own models and on the titles of Wagtail's pages, images and documents; the
model validators are what `full_clean` runs (services, the back office's model forms)
and what DRF's model serializers copy, so the three doors refuse alike. They are added
when the apps load, not declared on each field, so no migration carries them and a new
model is covered without anyone remembering to."""

import re
from collections.abc import Iterator
from typing import NamedTuple

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext as _

from amity.core.i18n import format_number

BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
# Every C0 control, DEL and the C1 controls; then the same less tab, LF and CR.
_SINGLE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI_CONTROLS}]")
_MULTI_LINE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{BIDI_CONTROLS}]")
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")


@deconstructible
class TextCheck:
    """Refuses control characters and bidirectional controls in a text, and (multi-line)
    a text longer than `AMITY_TEXT_MAX_CHARS`."""

    def __init__(self, multiline: bool = False) -> None:
        self.multiline = multiline
        self.pattern = _MULTI_LINE if multiline else _SINGLE_LINE

    def passes(self, value) -> bool:
        """True when `__call__` would not refuse `value` (the bulk writers' fast test)."""
        if not isinstance(value, str):
            return True
        if self.multiline and len(value) > max_chars():
            return False
        return self.pattern.search(value) is None

    def __call__(self, value) -> None:
        if not isinstance(value, str):
            return
        if self.multiline and len(value) > max_chars():
            raise ValidationError(
                _("This text has %(count)s characters; at most %(limit)s are allowed.")
                % {"count": format_number(len(value)), "limit": format_number(max_chars())},
                code="text_too_long",
            )
        found = self.pattern.search(value)
        if found is None:
            return
        character = found.group()
        params = {"code": f"U+{ord(character):04X}", "position": format_number(found.start() + 1)}
        if _BIDI.match(character):
            message = _(
                "This text holds a character that reverses the direction of the text "
                "(%(code)s) at character %(position)s; remove it."
            )
        elif character in "\t\n\r":
            message = _(
                "This text holds a tab or line break (%(code)s) at character %(position)s; "
                "it must be one line."
            )
        else:
            message = _(
                "This text holds an invisible control character (%(code)s) at character "
                "%(position)s; remove it."
            )
        raise ValidationError(message % params, code="text_control")

    def __eq__(self, other) -> bool:
        return isinstance(other, TextCheck) and other.multiline == self.multiline


def max_chars() -> int:
    return getattr(settings, "AMITY_TEXT_MAX_CHARS", 100_000)


single_line = TextCheck(multiline=False)
multi_line = TextCheck(multiline=True)


def check_for(field: models.Field) -> TextCheck | None:
    """The check a model field gets, or None for fields it does not apply to (choices,
    slugs, e-mail addresses and links have their own validation)."""
    if field.choices or isinstance(field, (models.SlugField, models.EmailField, models.URLField)):
        return None
    if isinstance(field, models.TextField):
        return multi_line
    if isinstance(field, models.CharField):
        return single_line
    return None


# Wagtail's own text fields that the portal and the back office show as names.
WAGTAIL_FIELDS = {
    "wagtailcore.Page": ("title", "seo_title", "search_description"),
    "wagtailimages.Image": ("title",),
    "wagtaildocs.Document": ("title",),
}


def guard_models() -> None:
    """Put the check on every text field of the models of Amity's own apps, and on the
    titles of Wagtail's pages, images and documents."""
    fields = [
        field
        for config in apps.get_app_configs()
        if config.name.startswith("amity.")
        for model in config.get_models()
        for field in model._meta.local_fields
    ]
    for label, names in WAGTAIL_FIELDS.items():
        model = apps.get_model(label)
        fields += [model._meta.get_field(name) for name in names]
    for field in fields:
        check = check_for(field)
        if check is not None and check not in field.validators:
            # `validators` is worked out once per field and kept: this list is the one
            # full_clean and the serializers read.
            field.validators.append(check)


_IMPORT_DROP = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{BIDI_CONTROLS}]")


def clean_imported(value: str, *, multiline: bool = True) -> str:
    """Text read from another's file, made storable: bidirectional and control
    characters dropped (a single line's tabs and line breaks become spaces)."""
    value = _IMPORT_DROP.sub("", value)
    if not multiline:
        value = re.sub(r"\s*[\t\n\r]\s*", " ", value)
    return value


# Text stored before the check ------------------------------------------------------


class StoredText(NamedTuple):
    """A stored value the check would refuse now, and what cleaning makes of it."""

    model: type
    pk: object
    field: str
    value: str
    cleaned: str
    problem: str  # the check's own words


def stored_text_faults(models_=None) -> Iterator[StoredText]:
    """Every stored value of a checked field (`guard_models`) that the check would
    refuse now: text saved before the check existed, or written around the services.
    Read model by model, a few columns at a time."""
    for model, fields in _checked_fields(models_):
        names = [field.attname for field, _check in fields]
        rows = model._base_manager.order_by("pk").values_list("pk", *names)
        for pk, *values in rows.iterator(chunk_size=2000):
            for (field, check), value in zip(fields, values, strict=True):
                if check.passes(value):
                    continue
                try:
                    check(value)
                except ValidationError as error:
                    problem = " ".join(error.messages)
                    yield StoredText(model, pk, field.name, value, _cleaned(value, check), problem)


def _cleaned(value: str, check: TextCheck) -> str:
    cleaned = clean_imported(value, multiline=check.multiline)
    if check.multiline and len(cleaned) > max_chars():
        cleaned = cleaned[: max_chars()]
    return cleaned


def _checked_fields(models_=None):
    """(model, [(field, its check)]) for every concrete model with checked fields; a
    field inherited from a concrete parent (a page's title) is read on the parent."""
    for model in models_ or apps.get_models():
        fields = [
            (field, check)
            for field in model._meta.local_concrete_fields
            for check in field.validators
            if isinstance(check, TextCheck)
        ]
        if fields and not model._meta.proxy:
            yield model, fields


def stored_text_clean(faults: list[StoredText]) -> int:
    """Store the cleaned value of each fault, with a history row per record naming the
    change ("via" the text check), in one transaction. Returns how many records."""
    from amity.history.services import recorded_via, records_changed

    by_record: dict[tuple, dict] = {}
    for fault in faults:
        by_record.setdefault((fault.model, fault.pk), {})[fault.field] = fault
    history = []
    with transaction.atomic(), recorded_via(_("text check")):
        for (model, pk), fields in by_record.items():
            model._base_manager.filter(pk=pk).update(
                **{name: fault.cleaned for name, fault in fields.items()}
            )
            record = model._base_manager.get(pk=pk)
            changes = {name: [fault.value, fault.cleaned] for name, fault in fields.items()}
            history.append((record, *_owners(record), changes))
        records_changed(actor=None, rows=history)
    return len(by_record)


def _owners(record) -> tuple:
    """The record's union and, for a row of another record (a donor of an aid item),
    that record: where its history is shown."""
    if hasattr(type(record), "union_id"):
        return record.union, None
    for field in record._meta.concrete_fields:
        if field.many_to_one and hasattr(field.related_model, "union_id"):
            parent = getattr(record, field.name)
            if parent is not None:
                return parent.union, parent
    return None, None
