"""The aid item's status workflow (Decree 80/2020/ND-CP, since 8 Dec 2025 Decree
313/2025/ND-CP), written out once: which status may follow which."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AidStatus(models.TextChoices):
    IDENTIFIED = "identified", _("Identified")
    PROPOSED = "proposed", _("Proposed")
    UNDER_APPRAISAL = "under_appraisal", _("Under appraisal")
    APPROVED = "approved", _("Approved")
    UNDER_WAY = "under_way", _("Under way")
    COMPLETED = "completed", _("Completed")
    REJECTED = "rejected", _("Rejected")
    CANCELLED = "cancelled", _("Cancelled")


S = AidStatus
TRANSITIONS: dict[AidStatus, frozenset[AidStatus]] = {
    S.IDENTIFIED: frozenset({S.PROPOSED, S.CANCELLED}),
    S.PROPOSED: frozenset({S.UNDER_APPRAISAL, S.CANCELLED}),
    # An appraisal may send the dossier back to its owner for changes.
    S.UNDER_APPRAISAL: frozenset({S.APPROVED, S.REJECTED, S.PROPOSED}),
    S.APPROVED: frozenset({S.UNDER_WAY, S.CANCELLED}),
    S.UNDER_WAY: frozenset({S.COMPLETED, S.CANCELLED}),
    S.COMPLETED: frozenset(),
    S.REJECTED: frozenset(),
    S.CANCELLED: frozenset(),
}


# The statuses in which an item marked public shows on the portal: decided and going
# ahead. Before approval it is an internal dossier; rejected or cancelled, it is history
# the union has not chosen to tell.
PUBLISHABLE = frozenset({S.APPROVED, S.UNDER_WAY, S.COMPLETED})


def allowed_next(status: str) -> list[AidStatus]:
    """The statuses that may follow `status`, in workflow order."""
    allowed = TRANSITIONS[AidStatus(status)]
    return [s for s in AidStatus if s in allowed]
