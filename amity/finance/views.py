"""Back-office views of money: every transaction the user may see, with totals of what
is listed, and the exchange-rate table."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy

from amity.core.columns import AmountColumn
from amity.core.exports import SafeSpreadsheetMixin
from amity.tenancy.permissions import Action, access_for
from amity.tenancy.viewsets import (
    ScopedDeleteView,
    ScopedIndexView,
    ServiceFormMixin,
    UnionScopedViewSet,
)

from . import services
from .filters import RateAdminFilter, TransactionAdminFilter
from .models import ExchangeRate, Transaction, TransactionType
from .selectors import totals_in, totals_vnd


class TransactionIndexView(ScopedIndexView):
    """The listing, and above it the totals of every row that matches (not only this
    page's): in VND, and in a chosen currency."""

    results_template_name = "finance/transaction_results.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = self.get_queryset()
        labels = dict(TransactionType.choices)
        totals = [("VND", totals_vnd(rows))]
        chosen = self.filters.form.cleaned_data.get("totals_in") if self.is_filtering else None
        if chosen is not None and chosen.code != "VND":
            try:
                totals.append((chosen.code, totals_in(rows, chosen.code)))
            except ValidationError as exc:
                context["totals_error"] = " ".join(exc.messages)
        context["totals"] = [
            (currency, [(labels[t], amounts[t]) for t in TransactionType.values])
            for currency, amounts in totals
        ]
        return context


class ReadOnlyPolicy(BasePermissionPolicy):
    """Transactions are read here and written on their aid item's form."""

    def user_has_permission(self, user, action):
        return action == Action.VIEW and access_for(user).can_anywhere(Action.VIEW)

    def user_has_permission_for_instance(self, user, action, instance):
        return action == Action.VIEW and access_for(user).can(Action.VIEW, instance.union_id)

    def instances_user_has_any_permission_for(self, user, actions):
        if Action.VIEW not in actions:
            return self.model.objects.none()
        return self.model.objects.visible_to(user)


class TransactionViewSet(UnionScopedViewSet):
    model = Transaction
    name = "transactions"
    icon = "table"
    menu_label = _("Transactions")
    index_view_class = TransactionIndexView
    filterset_class = TransactionAdminFilter
    inspect_view_enabled = False
    list_display = [
        "date",
        "type",
        "item",
        AmountColumn("amount", label=_("Amount")),
        "currency",
        AmountColumn("amount_vnd", label=_("Amount in VND")),
        AmountColumn("rate", label=_("Rate (VND per unit)")),
        "rate_date",
        "union",
    ]
    list_export = [
        "date",
        "type",
        "item",
        "amount",
        "currency",
        "amount_vnd",
        "rate",
        "rate_date",
        "rate_source",
        "union",
    ]
    ordering = ["-date", "-pk"]
    # Never offered (the policy grants only viewing); Wagtail wants a form to exist.
    form_fields = ["type", "date", "amount", "currency", "description"]


class RatePolicy(BasePermissionPolicy):
    """Every member reads the rate table; national staff change it."""

    def user_has_permission(self, user, action):
        if action == Action.VIEW:
            return access_for(user).can_anywhere(Action.VIEW)
        return action in (Action.ADD, Action.CHANGE, Action.DELETE) and services.may_edit_rates(
            user
        )

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def instances_user_has_any_permission_for(self, user, actions):
        if any(self.user_has_permission(user, a) for a in actions):
            return self.model.objects.all()
        return self.model.objects.none()


class RateFormMixin(ServiceFormMixin):
    def save_with_service(self, form):
        return services.rate_save(actor=self.request.user, rate=form.instance)


class RateCreateView(RateFormMixin, generic.CreateView):
    pass


class RateEditView(RateFormMixin, generic.EditView):
    pass


class RateDeleteView(ScopedDeleteView):
    def get_object(self, queryset=None):
        return generic.DeleteView.get_object(self, queryset)

    def delete_with_service(self, instance):
        services.rate_delete(actor=self.request.user, rate=instance)


class RateIndexView(SafeSpreadsheetMixin, generic.IndexView):
    pass


class RateViewSet(ModelViewSet):
    model = ExchangeRate
    name = "rates"
    icon = "order"
    menu_label = _("Exchange rates")
    index_view_class = RateIndexView
    add_view_class = RateCreateView
    edit_view_class = RateEditView
    delete_view_class = RateDeleteView
    filterset_class = RateAdminFilter
    copy_view_enabled = False
    list_display = [
        "date",
        "currency",
        AmountColumn("vnd_per_unit", label=_("VND per unit")),
        "source",
    ]
    list_export = ["date", "currency", "vnd_per_unit", "source"]
    ordering = ["currency", "-date"]
    edit_handler = ObjectList(
        [
            FieldPanel("currency"),
            FieldPanel("date"),
            FieldPanel("vnd_per_unit"),
            FieldPanel("source"),
        ]
    )
