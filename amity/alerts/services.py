"""The daily digest: each union's staff get what needs attention in their union, by
e-mail, in their own language, through Django's mail settings."""

import datetime

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import ngettext

from amity.tenancy.models import Membership, Role

from .selectors import alerts_for

RECIPIENT_ROLES = (Role.ADMIN, Role.STAFF)


def _language(user) -> str:
    profile = getattr(user, "wagtail_userprofile", None)
    chosen = getattr(profile, "preferred_language", "") or ""
    known = {code for code, _name in settings.LANGUAGES}
    return chosen if chosen in known else settings.LANGUAGE_CODE


def _recipients(union) -> list:
    memberships = (
        Membership.objects.filter(union=union, role__in=RECIPIENT_ROLES, user__is_active=True)
        .exclude(user__email="")
        .select_related("user", "user__wagtail_userprofile")
        .order_by("user__username")
    )
    return [m.user for m in memberships]


def digest_message(union, user, today: datetime.date) -> EmailMessage | None:
    """The digest `user` gets for `union` on `today`, in the user's language; None when
    nothing needs attention."""
    with translation.override(_language(user)):
        alerts = alerts_for([union], today)
        if not alerts:
            return None
        subject = ngettext(
            "[Amity] %(union)s: %(count)s thing needs attention",
            "[Amity] %(union)s: %(count)s things need attention",
            len(alerts),
        ) % {"union": union.label, "count": len(alerts)}
        body = render_to_string(
            "alerts/digest.txt",
            {
                "union": union,
                "user": user,
                "alerts": alerts,
                "today": today,
                "base_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
            },
        )
    return EmailMessage(subject, body, to=[user.email])


def digests_send(*, unions, today: datetime.date | None = None, connection=None) -> int:
    """E-mail each union's administrators and staff their union's digest; returns how
    many messages went. A union with nothing to report sends nothing."""
    today = today or timezone.localdate()
    messages = [
        message
        for union in unions
        for user in _recipients(union)
        if (message := digest_message(union, user, today)) is not None
    ]
    if not messages:
        return 0
    return (connection or get_connection()).send_messages(messages) or 0
