"""Back-office views of the aid portfolio: thin, they parse forms and call services."""

from contextlib import suppress
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import DecimalField, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from amity.core.columns import AmountColumn
from amity.finance.models import Transaction, TransactionType
from amity.finance.selectors import item_transactions, totals_in, totals_vnd
from amity.finance.transactions import TransactionRowsError, transactions_sync
from amity.history.services import last_change_id
from amity.tenancy.panels import UserInlinePanel
from amity.tenancy.permissions import Action, access_for, get_for_user_or_404
from amity.tenancy.viewsets import (
    ScopedCreateView,
    ScopedDeleteView,
    ScopedEditView,
    ScopedIndexView,
    ScopedInspectView,
    UnionScopedViewSet,
    add_service_errors,
    inline_rows,
)

from . import services
from .filters import AidItemAdminFilter, aid_item_search
from .forms import AidItemForm, DonorForm, LocalityForm, TransactionForm, TransitionForm
from .models import AidItem, AidItemDocument, AidKind
from .workflow import AidStatus, allowed_next

TRANSACTION_FIELDS = ["type", "date", "amount", "currency", "description"]


class AidItemIndexView(ScopedIndexView):
    def get_base_queryset(self):
        commitments = (
            Transaction.objects.filter(item=OuterRef("pk"), type=TransactionType.COMMITMENT)
            .values("item")
            .annotate(total=Sum("amount_vnd"))
            .values("total")
        )
        money = DecimalField(max_digits=24, decimal_places=0)
        return (
            super()
            .get_base_queryset()
            .annotate(
                committed_vnd=Coalesce(
                    Subquery(commitments, output_field=money), Value(0), output_field=money
                )
            )
        )

    def search_queryset(self, queryset):
        return aid_item_search(queryset, self.search_query or "")


class AidItemFormMixin:
    """Saves the item with its donors, localities, sectors and documents through
    aid_item_save(), then its transactions through transactions_sync(), in the one
    database transaction Wagtail's view opened."""

    def save_with_service(self, form):
        formsets = form.formsets
        item = services.aid_item_save(
            actor=self.request.user,
            item=form.instance,
            seen_change=getattr(self, "seen_change", None),
            donors=[
                (row["organization"], row["role"])
                for _c, row in inline_rows(formsets["donors"], ["organization", "role"])
            ],
            localities=[
                (row["unit"], row["share"])
                for _c, row in inline_rows(formsets["localities"], ["unit", "share"])
            ],
            sectors=[
                (row["sector"], row["share"])
                for _c, row in inline_rows(formsets["sectors"], ["sector", "share"])
            ],
            documents=[
                row for _c, row in inline_rows(formsets["documents"], ["title", "kind", "file"])
            ],
        )
        self.transaction_forms = inline_rows(formsets["transactions"], TRANSACTION_FIELDS)
        transactions_sync(
            actor=self.request.user,
            item=item,
            rows=[row for _c, row in self.transaction_forms],
        )
        return item

    def handle_service_error(self, form, exc):
        if isinstance(exc, TransactionRowsError):
            for position, error in exc.rows.items():
                add_service_errors(self.transaction_forms[position][0], error)
            form.add_error(None, _("Some transactions could not be saved: see below."))
        else:
            add_service_errors(form, exc)


class AidItemCreateView(AidItemFormMixin, ScopedCreateView):
    pass


SEEN = "seen"  # the query parameter of the edit form's action: the history row it was opened at


class AidItemEditView(AidItemFormMixin, ScopedEditView):
    """The form posts back the history row the item was at when it was opened, so that a
    save after someone else's is refused, saying what they changed (never a silent
    overwrite). Refused, the form keeps the editor's values and now carries the newer
    row: saving again, having read theirs, keeps the editor's."""

    refused_at = None  # the newest history row when a save was refused for it

    def posted_seen(self) -> int | None:
        value = self.request.GET.get(SEEN, "")
        return int(value) if value.isdigit() else None

    def save_with_service(self, form):
        self.seen_change = self.posted_seen()
        return super().save_with_service(form)

    def handle_service_error(self, form, exc):
        if getattr(exc, "code", None) == "changed_since":
            self.refused_at = last_change_id(self.object)
        super().handle_service_error(form, exc)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.refused_at is not None:
            seen = self.refused_at
        elif self.request.method == "POST":
            seen = self.posted_seen()
        else:
            seen = last_change_id(self.object)
        if seen is not None:
            context["action_url"] = f"{context['action_url']}?{urlencode({SEEN: seen})}"
        return context


class AidItemDeleteView(ScopedDeleteView):
    def delete_with_service(self, instance):
        services.aid_item_delete(actor=self.request.user, item=instance)


class AidItemInspectView(ScopedInspectView):
    """The item's page: its fields, its workflow with the buttons to move it on, its
    money with the rates used, its documents and its latest changes."""

    template_name = "aid/inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        item = self.object
        can_change = access_for(self.request.user).can(Action.CHANGE, item.union_id)
        money = item_transactions(item)
        own_currencies = set(money.values_list("currency_id", flat=True))
        context.update(
            next_steps=[
                (status, reverse("aid_items:transition", args=[item.pk, status.value]))
                for status in allowed_next(item.status)
            ]
            if can_change
            else [],
            status_changes=item.status_changes.select_related("actor"),
            transactions=item.transactions.select_related("currency"),
            projects=item.projects.all() if item.kind == AidKind.PROGRAM else None,
            totals=self.money_totals(money, own_currencies),
            documents=item.documents.all(),
        )
        return context

    def money_totals(self, money, currencies) -> list[dict]:
        """Totals in VND, and in the item's one foreign currency when it has one."""
        rows = [{"currency": "VND", "totals": totals_vnd(money)}]
        foreign = currencies - {"VND"}
        if len(foreign) == 1:
            currency = foreign.pop()
            # Without a rate for some day, the VND totals alone are still right.
            with suppress(ValidationError):
                rows.append({"currency": currency, "totals": totals_in(money, currency)})
        labels = dict(TransactionType.choices)
        return [
            {
                "currency": row["currency"],
                "cells": [(labels[t], row["totals"][t]) for t in TransactionType.values],
            }
            for row in rows
        ]


class AidItemTransitionView(WagtailAdminTemplateMixin, FormView):
    """One step through the workflow: a note, and the decision when approving."""

    template_name = "aid/transition.html"
    header_icon = "resubmit"
    form_class = TransitionForm

    def dispatch(self, request, *args, **kwargs):
        self.item = get_for_user_or_404(
            AidItem.objects.all(), request.user, kwargs["pk"], Action.CHANGE
        )
        self.to = AidStatus(kwargs["to"]) if kwargs["to"] in AidStatus.values else None
        if self.to is None:
            messages.error(request, _("Unknown status “%(to)s”.") % {"to": kwargs["to"]})
            return redirect(self.item_url)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def item_url(self):
        return reverse("aid_items:inspect", args=[self.item.pk])

    def get_page_title(self):
        return _("Move to “%(status)s”") % {"status": self.to.label}

    def get_page_subtitle(self):
        return self.item.label

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "asks_decision": self.to == AidStatus.APPROVED}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            item=self.item, to=self.to, item_url=self.item_url, **kwargs
        )

    def form_valid(self, form):
        data = form.cleaned_data
        decision = None
        if self.to == AidStatus.APPROVED:
            decision = services.Decision(
                data["decision_number"], data["decision_date"], data["decision_authority"]
            )
        try:
            with transaction.atomic():
                services.aid_item_transition(
                    actor=self.request.user,
                    item=self.item,
                    to=self.to,
                    note=data["note"],
                    decision=decision,
                )
        except ValidationError as exc:
            add_service_errors(form, exc)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("“%(item)s” is now “%(status)s”.")
            % {"item": self.item.label, "status": self.to.label},
        )
        return redirect(self.item_url)


def document_download(request, pk):
    """A document of an item, to those who may see the item."""
    document = get_object_or_404(AidItemDocument.objects.select_related("item"), pk=pk)
    get_for_user_or_404(AidItem.objects.all(), request.user, document.item_id)
    return FileResponse(document.file.open("rb"), as_attachment=True, filename=document.filename)


class AidItemViewSet(UnionScopedViewSet):
    model = AidItem
    name = "aid_items"
    url_prefix = "aid-items"
    icon = "clipboard-list"
    menu_label = gettext_lazy("Aid items")
    index_view_class = AidItemIndexView
    add_view_class = AidItemCreateView
    edit_view_class = AidItemEditView
    delete_view_class = AidItemDeleteView
    inspect_view_class = AidItemInspectView
    filterset_class = AidItemAdminFilter
    search_fields = ["title"]  # searched by aid_item_search()
    search_backend_name = None
    list_display = [
        "label",
        "kind",
        "status",
        "planned_start",
        AmountColumn("committed_vnd", label=gettext_lazy("Committed (VND)")),
        "union",
    ]
    inspect_view_fields = [
        "title",
        "title_vi",
        "title_en",
        "title_zh_hans",
        "kind",
        "parent",
        "union",
        "owner",
        "status",
        "legal_basis",
        "spending_nature",
        "implementer",
        "beneficiaries_count",
        "beneficiaries_description",
        "planned_start",
        "planned_end",
        "actual_start",
        "actual_end",
        "decision_number",
        "decision_date",
        "decision_authority",
        "description_vi",
        "description_en",
        "description_zh_hans",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("title"),
                    FieldPanel("title_vi"),
                    FieldPanel("title_en"),
                    FieldPanel("title_zh_hans"),
                ],
                heading=gettext_lazy("Title"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("union"),
                    FieldRowPanel([FieldPanel("kind"), FieldPanel("parent")]),
                    FieldPanel("owner"),
                    FieldPanel("legal_basis"),
                    FieldPanel("is_public"),
                    FieldRowPanel([FieldPanel("spending_nature"), FieldPanel("implementer")]),
                ],
                heading=gettext_lazy("What and who"),
            ),
            UserInlinePanel(
                "donors",
                heading=gettext_lazy("Donors"),
                label=gettext_lazy("Donor"),
                form=DonorForm,
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("planned_start"), FieldPanel("planned_end")]),
                    FieldRowPanel([FieldPanel("actual_start"), FieldPanel("actual_end")]),
                ],
                heading=gettext_lazy("Dates"),
            ),
            UserInlinePanel(
                "localities",
                heading=gettext_lazy("Localities"),
                label=gettext_lazy("Locality"),
                form=LocalityForm,
                help_text=gettext_lazy("Shares add up to 100 %."),
            ),
            UserInlinePanel(
                "sectors",
                heading=gettext_lazy("Sectors"),
                label=gettext_lazy("Sector"),
                help_text=gettext_lazy("Shares add up to 100 %."),
            ),
            MultiFieldPanel(
                [FieldPanel("beneficiaries_count"), FieldPanel("beneficiaries_description")],
                heading=gettext_lazy("Beneficiaries"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("description_vi"),
                    FieldPanel("description_en"),
                    FieldPanel("description_zh_hans"),
                ],
                heading=gettext_lazy("Description"),
            ),
            UserInlinePanel(
                "transactions",
                heading=gettext_lazy("Transactions"),
                label=gettext_lazy("Transaction"),
                form=TransactionForm,
                panels=[
                    FieldRowPanel(
                        [FieldPanel("type"), FieldPanel("date")],
                    ),
                    FieldRowPanel([FieldPanel("amount"), FieldPanel("currency")]),
                    FieldPanel("description"),
                ],
                help_text=gettext_lazy(
                    "The VND equivalent is computed on saving, at the rate of the "
                    "transaction's date in the rate table."
                ),
            ),
            UserInlinePanel(
                "documents", heading=gettext_lazy("Documents"), label=gettext_lazy("Document")
            ),
        ],
        base_form_class=AidItemForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "transition/<int:pk>/<str:to>/",
                AidItemTransitionView.as_view(),
                name="transition",
            ),
            path("document/<int:pk>/", document_download, name="document"),
        ]
