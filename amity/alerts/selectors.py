"""What needs attention in a union, on a day: one list, read the same way by the daily
command, the e-mail digest and the staff home page."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import TextChoices
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from amity.aid.models import AidItem
from amity.aid.selectors import stuck_in_workflow
from amity.core.i18n import format_day, format_number
from amity.engagements.models import Engagement, FollowUp
from amity.mobilization.models import Call, PlanTask
from amity.registry.models import CertificateStatus, RegistrationCertificate


class AlertKind(TextChoices):
    CERTIFICATE = "certificate", _("Certificates expiring or expired")
    REPORT_DUE = "report_due", _("Decision 06 reports due")
    TASK_OVERDUE = "task_overdue", _("Tasks overdue")
    STUCK = "stuck", _("Aid items waiting in the workflow")
    CALL_PAST_DEADLINE = "call_past_deadline", _("Calls for sponsorship past their deadline")


@dataclass(frozen=True)
class Alert:
    kind: str
    union_id: int
    title: str  # the record, as people know it
    day: datetime.date  # what the alert is about: expiry, due date, deadline, since
    detail: str  # what is wrong, in the active language
    url: str | None  # its page in the back office

    @property
    def kind_label(self) -> str:
        return AlertKind(self.kind).label


def _url(name: str, pk) -> str | None:
    # A record type whose back-office pages are not registered has no link.
    try:
        return reverse(name, args=[pk])
    except NoReverseMatch:
        return None


def _overdue_by(day: datetime.date, today: datetime.date) -> str:
    days = (today - day).days
    return ngettext("Due %(day)s, %(count)s day ago.", "Due %(day)s, %(count)s days ago.", days) % {
        "day": format_day(day),
        "count": format_number(days),
    }


def _certificates(unions, today):
    certificates = (
        RegistrationCertificate.objects.filter(union__in=unions)
        .with_status_in([CertificateStatus.EXPIRING, CertificateStatus.EXPIRED], today)
        .select_related("organization")
        .order_by("expiry_date")
    )
    for c in certificates:
        expired = c.current_status == CertificateStatus.EXPIRED
        detail = (_("Expired on %(day)s.") if expired else _("Expires on %(day)s.")) % {
            "day": format_day(c.expiry_date)
        }
        yield Alert(
            AlertKind.CERTIFICATE,
            c.union_id,
            f"{c.number} · {c.organization.label}",
            c.expiry_date,
            detail,
            _url("certificates:inspect", c.pk),
        )


def _reports_due(unions, today):
    horizon = settings.AMITY_ALERT_HORIZON_DAYS
    for e in Engagement.objects.filter(union__in=unions).reports_due(today, horizon):
        if e.report_due < today:
            detail = _overdue_by(e.report_due, today)
        else:
            detail = _("The report is due on %(day)s.") % {"day": format_day(e.report_due)}
        yield Alert(
            AlertKind.REPORT_DUE,
            e.union_id,
            e.label,
            e.report_due,
            detail,
            _url("engagements:inspect", e.pk),
        )


def _tasks_overdue(unions, today):
    plan_tasks = PlanTask.objects.filter(plan__union__in=unions).overdue(today)
    follow_ups = FollowUp.objects.filter(engagement__union__in=unions).overdue(today)
    for task, parent, url_name in [
        *((t, t.plan, "coordination_plans:inspect") for t in plan_tasks.select_related("plan")),
        *(
            (t, t.engagement, "engagements:inspect")
            for t in follow_ups.select_related("engagement")
        ),
    ]:
        yield Alert(
            AlertKind.TASK_OVERDUE,
            parent.union_id,
            f"{task.title} · {parent.label}",
            task.due_date,
            _("%(owner)s. %(overdue)s")
            % {"owner": task.owner, "overdue": _overdue_by(task.due_date, today)},
            _url(url_name, parent.pk),
        )


def _stuck(unions, today):
    now = timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))
    days = settings.AMITY_STUCK_AFTER_DAYS
    for item in stuck_in_workflow(AidItem.objects.filter(union__in=unions), days, now):
        since = timezone.localdate(item.since)
        yield Alert(
            AlertKind.STUCK,
            item.union_id,
            item.label,
            since,
            ngettext(
                "%(status)s since %(day)s (%(count)s day).",
                "%(status)s since %(day)s (%(count)s days).",
                (today - since).days,
            )
            % {
                "status": item.get_status_display(),
                "day": format_day(since),
                "count": format_number((today - since).days),
            },
            _url("aid_items:inspect", item.pk),
        )


def _calls(unions, today):
    for call in Call.objects.filter(union__in=unions).past_deadline(today).order_by("deadline"):
        yield Alert(
            AlertKind.CALL_PAST_DEADLINE,
            call.union_id,
            call.label,
            call.deadline,
            _("Still published; the deadline was %(day)s: close or extend it.")
            % {"day": format_day(call.deadline)},
            _url("calls:inspect", call.pk),
        )


SOURCES = (_certificates, _reports_due, _tasks_overdue, _stuck, _calls)


def alerts_for(unions, today: datetime.date | None = None) -> list[Alert]:
    """Everything that needs attention in `unions` on `today`, by kind, then day."""
    today = today or timezone.localdate()
    unions = list(unions)
    order = {kind: position for position, kind in enumerate(AlertKind.values)}
    alerts = [alert for source in SOURCES for alert in source(unions, today)]
    return sorted(alerts, key=lambda a: (order[a.kind], a.day, a.title))


def alerts_by_union(unions, today: datetime.date | None = None) -> dict:
    """{union: [its alerts]}, for every union given, in the given order."""
    unions = list(unions)
    by_id = {union.pk: [] for union in unions}
    for alert in alerts_for(unions, today):
        by_id[alert.union_id].append(alert)
    return {union: by_id[union.pk] for union in unions}
