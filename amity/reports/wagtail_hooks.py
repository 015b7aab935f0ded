from urllib.parse import urlencode

from babel.dates import get_month_names
from django.urls import path, reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy

from amity.core.i18n import babel_locale
from amity.tenancy.menus import ScopedSubmenuMenuItem
from amity.tenancy.policies import UnionPermissionPolicy
from amity.tenancy.selectors import unions_visible_to

from . import charts, views
from .dashboard import dashboard
from .models import Target
from .render import union_chart

register_permission_policy(Target, UnionPermissionPolicy(Target))


@hooks.register("register_admin_urls")
def report_urls():
    return [
        path("reports/annual/", views.annual_report_view, name="reports_annual"),
        path("reports/portfolio/", views.portfolio_view, name="reports_portfolio"),
    ]


@hooks.register("register_admin_viewset")
def register_target_viewset():
    return views.TargetViewSet()


reports_menu = Menu(
    register_hook_name="register_reports_menu_item", construct_hook_name="construct_reports_menu"
)


@hooks.register("register_reports_menu_item")
def annual_report_menu_item():
    return MenuItem(
        gettext_lazy("Annual report"), reverse("reports_annual"), icon_name="table", order=1
    )


@hooks.register("register_reports_menu_item")
def portfolio_menu_item():
    return MenuItem(
        gettext_lazy("Portfolio snapshot"), reverse("reports_portfolio"), icon_name="table", order=2
    )


@hooks.register("register_reports_menu_item")
def targets_menu_item():
    return MenuItem(
        gettext_lazy("Mobilization targets"), reverse("targets:index"), icon_name="pick", order=3
    )


@hooks.register("register_admin_menu_item")
def reports_menu_item():
    return ScopedSubmenuMenuItem(
        gettext_lazy("Reports"), reports_menu, icon_name="table", order=300
    )


class DashboardPanel(Component):
    """The home page's figures: one union's year, or every union side by side."""

    name = "amity_dashboard"
    order = 5
    template_name = "reports/panels/dashboard.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        unions = list(unions_visible_to(self.user).order_by("-is_national", "name"))
        if not unions:
            return {"dashboard": None}
        national = len(unions) > 1
        board = dashboard(unions, national=national)
        report = board.report
        months = get_month_names("abbreviated", locale=babel_locale())
        charts_svg = [
            charts.columns(
                _("Commitments by month, %(year)s") % {"year": report.period.year},
                [months[m] for m, _now, _before in board.months],
                [now for _m, now, _before in board.months],
                report.currency,
            )
        ]
        if report.by_union:
            charts_svg.append(union_chart(report))
        for title, rows in (
            (_("Committed by sector"), report.by_sector[:6]),
            (_("Committed by locality"), report.by_locality[:6]),
        ):
            if rows:
                charts_svg.append(
                    charts.bars(
                        title,
                        [r.label for r in rows],
                        {"committed": (_("Committed"), [r.committed for r in rows])},
                        report.currency,
                    )
                )
        return {
            "dashboard": board,
            "report": report,
            "national": national,
            "months": [(months[m], now, before) for m, now, before in board.months],
            "charts": charts_svg,
            "report_url": reverse("reports_annual")
            + "?"
            + urlencode(
                {
                    "union": "all" if national else unions[0].slug,
                    "year": report.period.year,
                    "currency": "VND",
                    "lang": get_language(),
                }
            ),
        }


@hooks.register("construct_homepage_panels")
def add_dashboard_panel(request, panels):
    panels.insert(0, DashboardPanel(request.user))
