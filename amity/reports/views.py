"""Back-office report pages: the annual report and the portfolio snapshot, each with
its downloads, and the targets' listing and forms."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList

from amity.tenancy.permissions import Action, access_for
from amity.tenancy.viewsets import (
    ScopedCreateView,
    ScopedDeleteView,
    ScopedEditView,
    UnionScopedViewSet,
)

from . import params as report_params
from . import render as report_render
from . import services
from .forms import AnnualReportForm, PortfolioForm, TargetForm, initial_year
from .models import Target


def _report_page(request, form_class, report: str, template: str, initial: dict):
    """GET only: the form on top, the report under it once the form is valid, or the
    file when `download` names a format."""
    if not access_for(request.user).can_anywhere(Action.VIEW):
        raise Http404
    query = request.GET if "union" in request.GET else None
    form = form_class(query, user=request.user, initial=initial)
    context = {"form": form, "report_kind": report}
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        download = request.GET.get("download", "")
        try:
            params = report_params.parse(
                user=request.user,
                union=data["union"],
                currency=data["currency"].code,
                language=data["lang"],
                format=download or "html",
                year=data.get("year"),
                half=data.get("half"),
                as_of=data.get("as_of"),
                report=report,
            )
        except ValidationError as exc:
            for field, messages in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, messages)
        else:
            result = report_params.build(params)
            if download:
                return report_render.file_response(result, params.format)
            context.update(report_render.context(result))
            query_string = request.GET.copy()
            query_string.pop("download", None)
            context["downloads"] = [
                (fmt.upper(), f"?{query_string.urlencode()}&download={fmt}")
                for fmt in ("xlsx", "pdf", "json")
            ]
    return render(request, template, context)


def annual_report_view(request):
    initial = {"year": initial_year(), "currency": "VND", "lang": get_language()}
    return _report_page(request, AnnualReportForm, "annual", "reports/annual_page.html", initial)


def portfolio_view(request):
    initial = {"currency": "VND", "lang": get_language()}
    return _report_page(request, PortfolioForm, "portfolio", "reports/portfolio_page.html", initial)


class TargetFormMixin:
    def save_with_service(self, form):
        return services.target_save(actor=self.request.user, target=form.instance)


class TargetCreateView(TargetFormMixin, ScopedCreateView):
    pass


class TargetEditView(TargetFormMixin, ScopedEditView):
    pass


class TargetDeleteView(ScopedDeleteView):
    def delete_with_service(self, instance):
        services.target_delete(actor=self.request.user, target=instance)


class TargetViewSet(UnionScopedViewSet):
    model = Target
    name = "targets"
    icon = "pick"
    menu_label = _("Mobilization targets")
    add_view_class = TargetCreateView
    edit_view_class = TargetEditView
    delete_view_class = TargetDeleteView
    list_display = ["union", "year", "amount", "currency", "note"]
    list_filter = ["year", "currency"]
    inspect_view_fields = ["union", "year", "amount", "currency", "note"]
    edit_handler = ObjectList(
        [
            FieldPanel("union"),
            FieldPanel("year"),
            FieldPanel("amount"),
            FieldPanel("currency"),
            FieldPanel("note"),
        ],
        base_form_class=TargetForm,
    )
