"""Writes of engagements and partnerships: policy checks, the rules of each kind
(Decision 06/2020/QD-TTg for international conferences), history of every row."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from amity.history.services import children_sync, delete_recorded, record_change, snapshot
from amity.tenancy.permissions import Action, check_actor

from .models import (
    Engagement,
    EngagementFile,
    EngagementKind,
    FollowUp,
    Participant,
    Partnership,
)

VIETNAM = "VN"
PARTICIPANT_FIELDS = ("side", "name", "position", "organization", "organization_name")
FOLLOW_UP_FIELDS = ("title", "owner", "due_date", "status")


def decision06_report_days() -> int:
    """Days after an international conference by which its report is due, unless the
    record says otherwise."""
    return settings.AMITY_DECISION06_REPORT_DAYS


def _begin(actor, record):
    """The policy for a new or changed record, and its snapshot before the change."""
    if record.pk is None:
        check_actor(actor, Action.ADD, union=record.union)
        return None
    stored = type(record).objects.get(pk=record.pk)
    check_actor(actor, Action.CHANGE, obj=stored)
    if stored.union_id != record.union_id:
        raise ValidationError({"union": _("A record stays in its union.")})
    check_actor(actor, Action.CHANGE, union=record.union)
    return snapshot(stored)


def _add(errors: dict, field: str, message: str) -> None:
    errors.setdefault(field, []).append(message)


# Partnerships -------------------------------------------------------------------------


@transaction.atomic
def partnership_save(*, actor, partnership: Partnership, aid_items=None) -> Partnership:
    """Create or change a partnership; `aid_items`, when given, become the aid items
    that belong to it (of the same union)."""
    before = _begin(actor, partnership)
    partnership.full_clean()
    errors = {}
    if partnership.country_id == VIETNAM:
        _add(errors, "country", _("A partner locality is abroad."))
    for item in aid_items or []:
        if item.union_id != partnership.union_id:
            _add(
                errors, "aid_items", _("%(item)s belongs to another union.") % {"item": item.label}
            )
    if errors:
        raise ValidationError(errors)
    partnership.save()
    if aid_items is not None:
        partnership.aid_items.set(aid_items)
    record_change(actor=actor, instance=partnership, before=before, union=partnership.union)
    return partnership


@transaction.atomic
def partnership_delete(*, actor, partnership: Partnership) -> None:
    check_actor(actor, Action.DELETE, obj=partnership)
    delete_recorded(actor=actor, instance=partnership, union=partnership.union)


# Engagements --------------------------------------------------------------------------


def _default_report_due(engagement: Engagement) -> datetime.date:
    return engagement.last_day + datetime.timedelta(days=decision06_report_days())


def _set_report_due(engagement: Engagement) -> None:
    """Only an international conference reports under Decision 06. Its due date follows
    the end of the event, unless someone set another: a due date that was the default
    for the stored dates moves with them."""
    if not (engagement.kind == EngagementKind.CONFERENCE and engagement.is_international):
        engagement.report_due = None
        return
    if engagement.pk is not None and engagement.report_due is not None:
        stored = Engagement.objects.get(pk=engagement.pk)
        untouched = engagement.report_due == stored.report_due
        if (
            untouched
            and stored.is_international
            and stored.report_due == _default_report_due(stored)
        ):
            engagement.report_due = None
    if engagement.report_due is None:
        engagement.report_due = _default_report_due(engagement)


def _engagement_errors(engagement: Engagement, aid_items) -> dict:
    errors: dict[str, list[str]] = {}
    if engagement.place_unit_id is None and engagement.place_country_id is None:
        _add(errors, "place_unit", _("Say where it took place: a place in Vietnam or a country."))
    if engagement.kind == EngagementKind.OUTGOING and engagement.place_unit_id is not None:
        _add(errors, "place_unit", _("An outgoing delegation travels abroad: give the country."))
    if engagement.place_country_id == VIETNAM:
        _add(errors, "place_country", _("For a place in Vietnam, choose its province or commune."))
    if engagement.is_international and engagement.kind != EngagementKind.CONFERENCE:
        _add(
            errors,
            "is_international",
            _("Only a conference or seminar is marked international (Decision 06/2020)."),
        )
    if engagement.kind == EngagementKind.CONFERENCE and engagement.is_international:
        for name in ("approving_authority", "decision_number", "decision_date"):
            if not getattr(engagement, name):
                field = Engagement._meta.get_field(name)
                _add(
                    errors,
                    name,
                    _("An international conference needs its %(field)s (Decision 06/2020/QD-TTg).")
                    % {"field": field.verbose_name},
                )
        if engagement.decision_date and engagement.decision_date > engagement.start_date:
            _add(
                errors,
                "decision_date",
                _("The conference is approved before it takes place."),
            )
    if engagement.report_submitted_on and engagement.report_submitted_on < engagement.start_date:
        _add(errors, "report_submitted_on", _("The report comes after the event."))
    if engagement.partnership_id and engagement.partnership.union_id != engagement.union_id:
        _add(errors, "partnership", _("The partnership belongs to another union."))
    for item in aid_items or []:
        if item.union_id != engagement.union_id:
            _add(
                errors, "aid_items", _("%(item)s belongs to another union.") % {"item": item.label}
            )
    return errors


def _participant_errors(engagement: Engagement, participants) -> dict:
    errors: dict[str, list[str]] = {}
    for position, row in enumerate(participants or [], start=1):
        organization = row.get("organization")
        if (
            not (row.get("name") or "").strip()
            and organization is None
            and not (row.get("organization_name") or "").strip()
        ):
            _add(
                errors,
                "participants",
                _("Row %(row)s: give a person's name or an organization.") % {"row": position},
            )
        if organization is not None and organization.union_id != engagement.union_id:
            _add(
                errors,
                "participants",
                _("Row %(row)s: %(name)s is not one of this union's organizations.")
                % {"row": position, "name": organization.label},
            )
    return errors


@transaction.atomic
def engagement_save(
    *,
    actor,
    engagement: Engagement,
    participants: list[dict] | None = None,
    follow_ups: list[dict] | None = None,
    files: list[dict] | None = None,
    aid_items=None,
    articles=None,
) -> Engagement:
    """Create or change an engagement. `participants` are dicts of `id` (None for a new
    one) and PARTICIPANT_FIELDS, `follow_ups` of `id` and FOLLOW_UP_FIELDS, `files` of
    `id`, `title`, `kind`, `file`; each list, when given, becomes the engagement's
    rows. An international conference carries its approval (authority, decision
    number and date) and its report is due AMITY_DECISION06_REPORT_DAYS after it
    ends, unless a due date is given."""
    before = _begin(actor, engagement)
    _set_report_due(engagement)
    engagement.full_clean()
    errors = _engagement_errors(engagement, aid_items)
    for field, messages in _participant_errors(engagement, participants).items():
        errors.setdefault(field, []).extend(messages)
    if errors:
        raise ValidationError(errors)
    engagement.save()
    if aid_items is not None:
        engagement.aid_items.set(aid_items)
    if articles is not None:
        engagement.articles.set(articles)
    record_change(actor=actor, instance=engagement, before=before, union=engagement.union)
    for model, rows in (
        (Participant, participants),
        (FollowUp, follow_ups),
        (EngagementFile, files),
    ):
        if rows is not None:
            _sync(actor, engagement, model, rows)
    return engagement


def _sync(actor, engagement, model, rows):
    children_sync(
        actor=actor,
        parent=engagement,
        union=engagement.union,
        model=model,
        fk="engagement",
        rows=rows,
        key=("id",),
        clean=True,
    )


@transaction.atomic
def engagement_delete(*, actor, engagement: Engagement) -> None:
    check_actor(actor, Action.DELETE, obj=engagement)
    delete_recorded(actor=actor, instance=engagement, union=engagement.union)
