"""The staff home page's "Needs attention" panel: the same alerts as the daily command
and the e-mail digest, for the unions the user sees (certificates have their own panel,
the registry's)."""

from itertools import groupby

from wagtail import hooks
from wagtail.admin.ui.components import Component

from amity.tenancy.selectors import unions_visible_to

from .selectors import AlertKind, alerts_by_union

SHOWN_PER_UNION = 10


def attention_by_union(user, today=None, shown: int = SHOWN_PER_UNION) -> list[dict]:
    """For each union `user` sees that has something to attend to (certificates aside):
    its first `shown` alerts grouped by kind, and how many more there are."""
    unions = unions_visible_to(user).order_by("-is_national", "name")
    rows = []
    for union, alerts in alerts_by_union(unions, today).items():
        alerts = [a for a in alerts if a.kind != AlertKind.CERTIFICATE]
        if not alerts:
            continue
        first = alerts[:shown]
        rows.append(
            {
                "union": union,
                "groups": [
                    (AlertKind(kind).label, list(items))
                    for kind, items in groupby(first, key=lambda a: a.kind)
                ],
                "more": len(alerts) - len(first),
                "total": len(alerts),
            }
        )
    return rows


class NeedsAttentionPanel(Component):
    name = "needs_attention"
    order = 15  # after the registry's certificates (10)
    template_name = "alerts/panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        return {"unions": attention_by_union(self.user)}


@hooks.register("construct_homepage_panels")
def add_needs_attention_panel(request, panels):
    panels.append(NeedsAttentionPanel(request.user))
