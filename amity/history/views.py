"""The change history in the back office: for one record, or for all of a union's."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateInput

from amity.tenancy.permissions import get_for_user_or_404

from .models import Change


class ChangeFilterForm(forms.Form):
    user = forms.ModelChoiceField(
        label=_("User"), queryset=get_user_model().objects.none(), required=False
    )
    date_from = forms.DateField(label=_("From"), required=False, widget=AdminDateInput)
    date_to = forms.DateField(label=_("To"), required=False, widget=AdminDateInput)

    def __init__(self, *args, changes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = (
            get_user_model().objects.filter(pk__in=changes.values("actor")).order_by("username")
        )

    def filter(self, changes):
        if not self.is_valid():
            return changes
        data = self.cleaned_data
        if data["user"]:
            changes = changes.filter(actor=data["user"])
        if data["date_from"]:
            changes = changes.filter(at__date__gte=data["date_from"])
        if data["date_to"]:
            changes = changes.filter(at__date__lte=data["date_to"])
        return changes


class ChangeListView(WagtailAdminTemplateMixin, TemplateView):
    """Every change the user may see, newest first, filterable by user and date."""

    template_name = "history/change_list.html"
    page_title = _("Change history")
    header_icon = "history"
    paginate_by = 50

    def get_changes(self):
        return Change.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        changes = self.get_changes()
        form = ChangeFilterForm(self.request.GET or None, changes=changes)
        changes = form.filter(changes).select_related("content_type")
        page = Paginator(changes, self.paginate_by).get_page(self.request.GET.get("p"))
        context.update(filter_form=form, page_obj=page, changes=page.object_list)
        return context


class RecordHistoryView(ChangeListView):
    """The history of one record and the rows that belong to it."""

    model = None
    edit_url_name = None

    def dispatch(self, request, *args, **kwargs):
        self.object = get_for_user_or_404(self.model.objects.all(), request.user, kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object)

    def get_changes(self):
        return Change.objects.for_record(self.object)
