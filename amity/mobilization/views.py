"""Back-office views of mobilization: programs, calls for sponsorship (and turning a
pledge into an aid item), pledges, appeals, receipts and coordination plans. Thin: they
parse the form and call a service or a selector."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import models
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from amity.core.columns import AmountColumn
from amity.core.i18n import format_day, format_number
from amity.tenancy.permissions import Action, access_for, get_for_user_or_404
from amity.tenancy.viewsets import (
    ScopedIndexView,
    ScopedInspectView,
    UnionScopedViewSet,
    inline_values,
    service_views,
)

from . import services
from .forms import (
    AppealForm,
    CallForm,
    PlanForm,
    PledgeForm,
    ProgramForm,
    ReceiptForm,
    TakeUpForm,
)
from .models import (
    Appeal,
    Call,
    CallStatus,
    CoordinationPlan,
    Pledge,
    Program,
    Receipt,
)
from .selectors import appeal_progress, program_progress

TITLE_PANELS = [
    FieldPanel("title"),
    FieldPanel("title_vi"),
    FieldPanel("title_en"),
    FieldPanel("title_zh_hans"),
]
DESCRIPTION_PANELS = [
    FieldPanel("description"),
    FieldPanel("description_vi"),
    FieldPanel("description_en"),
    FieldPanel("description_zh_hans"),
]
CONVERSION_HELP = gettext_lazy(
    "The VND equivalent is computed on saving, at the rate of this date in the rate table."
)
CONVERTED_FIELDS = ["amount_vnd", "rate", "rate_date", "rate_source"]


def currency_column():
    return Column("currency_id", label=gettext_lazy("Currency"), sort_key="currency")


# Columns and values written the reader's way -------------------------------------------


class DayColumn(Column):
    """A date, written the reader's way (Babel)."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return format_day(value) if value is not None else ""


def yes_no(value: bool) -> str:
    return _("Yes") if value else _("No")


class YesNoColumn(Column):
    def get_value(self, instance):
        return yes_no(super().get_value(instance))


class PledgedToColumn(Column):
    """The call or the appeal a pledge was made to."""

    def get_value(self, instance):
        return (instance.call or instance.appeal).label


class GiverTitleColumn(TitleColumn):
    """A receipt's giver: the registered donor, or the name typed for someone else."""

    def get_value(self, instance):
        return instance.donor.label if instance.donor_id else instance.donor_name


def _linked(url_name: str, record) -> str:
    if record is None:
        return "—"
    return format_html('<a href="{}">{}</a>', reverse(url_name, args=[record.pk]), record.label)


class LocalInspectView(ScopedInspectView):
    """Dates and amounts written through Babel in the reader's language."""

    def get_field_display_value(self, field_name, field):
        if (
            getattr(self, f"get_{field_name}_display_value", None) is None
            and field is not None
            and field.concrete
            and not field.many_to_many
            and not field.choices
        ):
            value = getattr(self.object, field_name)
            if field.many_to_one or field.one_to_one:
                if value is None:
                    return "—"
                return super().get_field_display_value(field_name, field)
            if isinstance(field, models.DateField) and not isinstance(field, models.DateTimeField):
                return format_day(value) if value is not None else "—"
            if isinstance(field, models.DecimalField):
                return format_number(value) if value is not None else "—"
            if isinstance(field, models.BooleanField):
                return yes_no(value)
        return super().get_field_display_value(field_name, field)


# Programs -----------------------------------------------------------------------------


def _save_program(actor, form):
    return services.program_save(
        actor=actor,
        program=form.instance,
        aid_items=list(form.cleaned_data.get("aid_items") or []),
    )


ProgramCreateView, ProgramEditView, ProgramDeleteView = service_views(
    save=_save_program,
    delete=lambda actor, record: services.program_delete(actor=actor, program=record),
)


class ProgramInspectView(LocalInspectView):
    """Also its progress year by year against the union's targets, and its aid items."""

    template_name = "mobilization/program_inspect.html"

    def get_aid_items_display_value(self):
        return str(self.object.aid_items.count())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        program = self.object
        context.update(
            progress=program_progress(program),
            aid_items=program.aid_items.order_by("title"),
            calls=program.calls.order_by("-deadline", "pk"),
        )
        return context


class ProgramViewSet(UnionScopedViewSet):
    model = Program
    name = "mobilization_programs"
    url_prefix = "mobilization-programs"
    icon = "list-ul"
    menu_label = gettext_lazy("Mobilization programs")
    add_view_class = ProgramCreateView
    edit_view_class = ProgramEditView
    delete_view_class = ProgramDeleteView
    inspect_view_class = ProgramInspectView
    search_fields = ["title", "title_vi", "title_en", "title_zh_hans", "decision_number"]
    search_backend_name = None
    ordering = ["-start_year", "pk"]
    list_display = ["label", "start_year", "end_year", "decision_number", "union"]
    inspect_view_fields = [
        "title",
        "title_vi",
        "title_en",
        "title_zh_hans",
        "union",
        "start_year",
        "end_year",
        "decision_number",
        "decision_date",
        "decision_authority",
        "goals",
        "aid_items",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(TITLE_PANELS, heading=gettext_lazy("Title")),
            FieldPanel("union"),
            FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
            MultiFieldPanel(
                [
                    FieldPanel("decision_number"),
                    FieldPanel("decision_date"),
                    FieldPanel("decision_authority"),
                ],
                heading=gettext_lazy("Approving decision"),
            ),
            FieldPanel("goals"),
            FieldPanel("aid_items"),
        ],
        base_form_class=ProgramForm,
    )


# Calls for sponsorship ----------------------------------------------------------------


def _save_call(actor, form):
    return services.call_save(actor=actor, call=form.instance)


CallCreateView, CallEditView, CallDeleteView = service_views(
    save=_save_call,
    delete=lambda actor, record: services.call_delete(actor=actor, call=record),
)


class CallInspectView(LocalInspectView):
    """Also its pledges; while it is published and not taken up, the way to turn one of
    them into an aid item; once taken up, the aid item it became."""

    template_name = "mobilization/call_inspect.html"

    def get_aid_item_display_value(self):
        return _linked("aid_items:inspect", self.object.aid_item)

    def get_program_display_value(self):
        return _linked("mobilization_programs:inspect", self.object.program)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        call = self.object
        access = access_for(self.request.user)
        may_take_up = access.can(Action.CHANGE, call.union_id) and access.can(
            Action.ADD, call.union_id
        )
        open_for_take_up = call.status == CallStatus.PUBLISHED and call.aid_item_id is None
        context.update(
            pledges=call.pledges.select_related("donor", "currency", "aid_item"),
            take_up_url=reverse("calls:take_up", args=[call.pk])
            if may_take_up and open_for_take_up
            else None,
        )
        return context


class CallTakeUpView(WagtailAdminTemplateMixin, FormView):
    """GET: which of the call's pledges becomes an aid item, and of which kind. POST:
    `services.call_take_up`, then the new item's page."""

    template_name = "mobilization/take_up.html"
    header_icon = "resubmit"
    form_class = TakeUpForm

    def dispatch(self, request, *args, **kwargs):
        self.call = get_for_user_or_404(
            Call.objects.all(), request.user, kwargs["pk"], Action.CHANGE
        )
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def call_url(self):
        return reverse("calls:inspect", args=[self.call.pk])

    def get_page_title(self):
        return _("Turn a pledge into an aid item")

    def get_page_subtitle(self):
        return self.call.label

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("calls:index"), "label": capfirst(Call._meta.verbose_name_plural)},
            {"url": self.call_url, "label": self.call.label},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "call": self.call}

    def get_context_data(self, **kwargs):
        return super().get_context_data(call=self.call, call_url=self.call_url, **kwargs)

    def form_valid(self, form):
        try:
            item = services.call_take_up(
                actor=self.request.user,
                call=self.call,
                pledge=form.cleaned_data["pledge"],
                kind=form.cleaned_data["kind"],
            )
        except ValidationError as exc:
            # The service's reasons, beside the field they name or above the form.
            by_field = exc.error_dict if hasattr(exc, "error_dict") else {None: exc.error_list}
            for field, errors in by_field.items():
                target = field if field in form.fields else None
                form.add_error(target, [m for e in errors for m in e.messages])
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("“%(call)s” became the aid item “%(item)s”.")
            % {"call": self.call.label, "item": item.label},
        )
        return redirect(reverse("aid_items:inspect", args=[item.pk]))


class CallViewSet(UnionScopedViewSet):
    model = Call
    name = "calls"
    icon = "mail"
    menu_label = gettext_lazy("Calls for sponsorship")
    add_view_class = CallCreateView
    edit_view_class = CallEditView
    delete_view_class = CallDeleteView
    inspect_view_class = CallInspectView
    search_fields = ["title", "title_vi", "title_en", "title_zh_hans"]
    search_backend_name = None
    list_filter = ["status", "audience"]
    ordering = ["-deadline", "pk"]
    list_display = [
        "label",
        "status",
        DayColumn("deadline", label=gettext_lazy("Deadline"), sort_key="deadline"),
        AmountColumn("amount_sought", label=gettext_lazy("Amount sought")),
        currency_column(),
        "union",
    ]
    inspect_view_fields = [
        "title",
        "title_vi",
        "title_en",
        "title_zh_hans",
        "description",
        "description_vi",
        "description_en",
        "description_zh_hans",
        "union",
        "program",
        "audience",
        "sector",
        "locality",
        "amount_sought",
        "currency",
        "deadline",
        "contact_name",
        "contact_email",
        "contact_phone",
        "status",
        "aid_item",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(TITLE_PANELS, heading=gettext_lazy("Title")),
            MultiFieldPanel(DESCRIPTION_PANELS, heading=gettext_lazy("Description")),
            MultiFieldPanel(
                [
                    FieldPanel("union"),
                    FieldPanel("program"),
                    FieldPanel("audience"),
                    FieldPanel("sector"),
                    FieldPanel("locality"),
                ],
                heading=gettext_lazy("What and where"),
            ),
            FieldRowPanel([FieldPanel("amount_sought"), FieldPanel("currency")]),
            FieldRowPanel([FieldPanel("deadline"), FieldPanel("status")]),
            MultiFieldPanel(
                [
                    FieldPanel("contact_name"),
                    FieldPanel("contact_email"),
                    FieldPanel("contact_phone"),
                ],
                heading=gettext_lazy("Contact"),
            ),
        ],
        base_form_class=CallForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("take-up/<int:pk>/", CallTakeUpView.as_view(), name="take_up"),
        ]


# Pledges ------------------------------------------------------------------------------


def _save_pledge(actor, form):
    return services.pledge_save(actor=actor, pledge=form.instance)


PledgeCreateView, PledgeEditView, PledgeDeleteView = service_views(
    save=_save_pledge,
    delete=lambda actor, record: services.pledge_delete(actor=actor, pledge=record),
)


class PledgeInspectView(LocalInspectView):
    def get_call_display_value(self):
        return _linked("calls:inspect", self.object.call)

    def get_appeal_display_value(self):
        return _linked("appeals:inspect", self.object.appeal)

    def get_aid_item_display_value(self):
        return _linked("aid_items:inspect", self.object.aid_item)


class PledgeViewSet(UnionScopedViewSet):
    model = Pledge
    name = "pledges"
    icon = "tick"
    menu_label = gettext_lazy("Pledges")
    add_view_class = PledgeCreateView
    edit_view_class = PledgeEditView
    delete_view_class = PledgeDeleteView
    inspect_view_class = PledgeInspectView
    search_fields = ["donor__name", "call__title", "appeal__title"]
    search_backend_name = None
    list_filter = ["currency"]
    ordering = ["-date", "-pk"]
    list_display = [
        "donor",
        PledgedToColumn("pledged_to", label=gettext_lazy("Pledged to")),
        DayColumn("date", label=gettext_lazy("Date"), sort_key="date"),
        AmountColumn("amount", label=gettext_lazy("Amount")),
        currency_column(),
        AmountColumn("amount_vnd", label=gettext_lazy("Amount in VND")),
        "union",
    ]
    inspect_view_fields = [
        "donor",
        "call",
        "appeal",
        "amount",
        "currency",
        "date",
        *CONVERTED_FIELDS,
        "conditions",
        "aid_item",
        "union",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [FieldPanel("call"), FieldPanel("appeal")],
                heading=gettext_lazy("Pledged to"),
                help_text=gettext_lazy("A call for sponsorship or an appeal: one of the two."),
            ),
            FieldPanel("donor"),
            FieldRowPanel([FieldPanel("amount"), FieldPanel("currency")]),
            FieldPanel("date", help_text=CONVERSION_HELP),
            FieldPanel("conditions"),
        ],
        base_form_class=PledgeForm,
    )


# Appeals ------------------------------------------------------------------------------


def _save_appeal(actor, form):
    return services.appeal_save(
        actor=actor,
        appeal=form.instance,
        localities=list(form.cleaned_data.get("localities") or []),
    )


AppealCreateView, AppealEditView, AppealDeleteView = service_views(
    save=_save_appeal,
    delete=lambda actor, record: services.appeal_delete(actor=actor, appeal=record),
)


class AppealInspectView(LocalInspectView):
    """Also its progress (received and pledged against the target, by currency), its
    pledges and receipts."""

    template_name = "mobilization/appeal_inspect.html"

    def get_localities_display_value(self):
        return ", ".join(u.name for u in self.object.localities.order_by("name")) or "—"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        appeal = self.object
        context.update(
            progress=appeal_progress(appeal),
            pledges=appeal.pledges.select_related("donor", "currency"),
            receipts=appeal.receipts.select_related("donor", "currency"),
        )
        return context


class AppealViewSet(UnionScopedViewSet):
    model = Appeal
    name = "appeals"
    icon = "warning"
    menu_label = gettext_lazy("Appeals")
    add_view_class = AppealCreateView
    edit_view_class = AppealEditView
    delete_view_class = AppealDeleteView
    inspect_view_class = AppealInspectView
    search_fields = ["title", "title_vi", "title_en", "title_zh_hans"]
    search_backend_name = None
    list_filter = ["is_published"]
    ordering = ["-start_date", "pk"]
    list_display = [
        "label",
        DayColumn("event_date", label=gettext_lazy("Date of the event"), sort_key="event_date"),
        DayColumn("end_date", label=gettext_lazy("Appeal closes"), sort_key="end_date"),
        AmountColumn("target_amount", label=gettext_lazy("Target amount")),
        currency_column(),
        YesNoColumn(
            "is_published", label=gettext_lazy("Published on the portal"), sort_key="is_published"
        ),
        "union",
    ]
    inspect_view_fields = [
        "title",
        "title_vi",
        "title_en",
        "title_zh_hans",
        "description",
        "description_vi",
        "description_en",
        "description_zh_hans",
        "union",
        "event_date",
        "localities",
        "target_amount",
        "currency",
        "start_date",
        "end_date",
        "is_published",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(TITLE_PANELS, heading=gettext_lazy("Title")),
            MultiFieldPanel(DESCRIPTION_PANELS, heading=gettext_lazy("Description")),
            FieldPanel("union"),
            FieldPanel("event_date"),
            FieldPanel("localities"),
            FieldRowPanel([FieldPanel("target_amount"), FieldPanel("currency")]),
            FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            FieldPanel("is_published"),
        ],
        base_form_class=AppealForm,
    )


# Receipts -----------------------------------------------------------------------------


def _save_receipt(actor, form):
    return services.receipt_save(actor=actor, receipt=form.instance)


ReceiptCreateView, ReceiptEditView, ReceiptDeleteView = service_views(
    save=_save_receipt,
    delete=lambda actor, record: services.receipt_delete(actor=actor, receipt=record),
)


class ReceiptIndexView(ScopedIndexView):
    def _get_title_column(self, field_name, column_class=GiverTitleColumn, **kwargs):
        # The first column names who gave: a registered donor or someone named.
        return super()._get_title_column(field_name, GiverTitleColumn, **kwargs)


class ReceiptInspectView(LocalInspectView):
    def get_appeal_display_value(self):
        return _linked("appeals:inspect", self.object.appeal)


class ReceiptViewSet(UnionScopedViewSet):
    model = Receipt
    name = "receipts"
    icon = "download"
    menu_label = gettext_lazy("Receipts")
    index_view_class = ReceiptIndexView
    add_view_class = ReceiptCreateView
    edit_view_class = ReceiptEditView
    delete_view_class = ReceiptDeleteView
    inspect_view_class = ReceiptInspectView
    search_fields = ["donor__name", "donor_name", "appeal__title", "note"]
    search_backend_name = None
    list_filter = ["currency"]
    ordering = ["-date", "-pk"]
    list_display = [
        "donor",
        "appeal",
        DayColumn("date", label=gettext_lazy("Date"), sort_key="date"),
        AmountColumn("amount", label=gettext_lazy("Amount")),
        currency_column(),
        AmountColumn("amount_vnd", label=gettext_lazy("Amount in VND")),
        "union",
    ]
    inspect_view_fields = [
        "appeal",
        "pledge",
        "donor",
        "donor_name",
        "amount",
        "currency",
        "date",
        *CONVERTED_FIELDS,
        "note",
        "union",
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("appeal"),
            FieldPanel("pledge"),
            MultiFieldPanel(
                [FieldPanel("donor"), FieldPanel("donor_name")],
                heading=gettext_lazy("Who gave"),
                help_text=gettext_lazy(
                    "A registered organization, or the name of someone else; the donor of "
                    "the pledge it honours when left empty."
                ),
            ),
            FieldRowPanel([FieldPanel("amount"), FieldPanel("currency")]),
            FieldPanel("date", help_text=CONVERSION_HELP),
            FieldPanel("note"),
        ],
        base_form_class=ReceiptForm,
    )


# Coordination plans -------------------------------------------------------------------


def _save_plan(actor, form):
    return services.plan_save(
        actor=actor,
        plan=form.instance,
        tasks=inline_values(form.formsets["tasks"], services.TASK_FIELDS),
    )


PlanCreateView, PlanEditView, PlanDeleteView = service_views(
    save=_save_plan,
    delete=lambda actor, record: services.plan_delete(actor=actor, plan=record),
)


class PlanInspectView(LocalInspectView):
    """Also its tasks."""

    template_name = "mobilization/plan_inspect.html"

    def get_document_display_value(self):
        if not self.object.document:
            return "—"
        return format_html(
            '<a href="{}">{}</a>',
            reverse("coordination_plans:document", args=[self.object.pk]),
            self.object.document.name.rsplit("/", 1)[-1],
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["tasks"] = self.object.tasks.order_by("due_date", "pk")
        return context


def plan_document_download(request, pk):
    """A plan's signed document, to those who see the plan."""
    plan = get_for_user_or_404(CoordinationPlan.objects.all(), request.user, pk)
    if not plan.document:
        raise Http404
    return FileResponse(
        plan.document.open("rb"),
        as_attachment=True,
        filename=plan.document.name.rsplit("/", 1)[-1],
    )


class PlanViewSet(UnionScopedViewSet):
    model = CoordinationPlan
    name = "coordination_plans"
    url_prefix = "coordination-plans"
    icon = "group"
    menu_label = gettext_lazy("Coordination plans")
    add_view_class = PlanCreateView
    edit_view_class = PlanEditView
    delete_view_class = PlanDeleteView
    inspect_view_class = PlanInspectView
    search_fields = ["title", "title_vi", "title_en", "title_zh_hans", "partner__name"]
    search_backend_name = None
    ordering = ["-start_date", "pk"]
    list_display = [
        "label",
        "partner",
        DayColumn("start_date", label=gettext_lazy("In force from"), sort_key="start_date"),
        DayColumn("end_date", label=gettext_lazy("In force until"), sort_key="end_date"),
        "union",
    ]
    inspect_view_fields = [
        "title",
        "title_vi",
        "title_en",
        "title_zh_hans",
        "union",
        "partner",
        "start_date",
        "end_date",
        "signed_date",
        "document",
        "notes",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(TITLE_PANELS, heading=gettext_lazy("Title")),
            FieldPanel("union"),
            FieldPanel("partner"),
            FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            FieldRowPanel([FieldPanel("signed_date"), FieldPanel("document")]),
            FieldPanel("notes"),
            InlinePanel(
                "tasks",
                heading=gettext_lazy("Tasks"),
                label=gettext_lazy("Task"),
                panels=[
                    FieldPanel("title"),
                    FieldRowPanel([FieldPanel("owner"), FieldPanel("due_date")]),
                    FieldPanel("status"),
                ],
            ),
        ],
        base_form_class=PlanForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("document/<int:pk>/", plan_document_download, name="document"),
        ]
