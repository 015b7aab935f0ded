"""Back-office views of people-to-people diplomacy: thin, they parse forms and call the
services; files are served only through `engagements:file` / `partnerships:document`,
to those who see the record."""

import datetime

from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.dates import WEEKDAYS_ABBR
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from amity.tenancy.menus import ScopedMenuItem
from amity.tenancy.panels import UserInlinePanel
from amity.tenancy.permissions import get_for_user_or_404
from amity.tenancy.viewsets import (
    ScopedIndexView,
    ScopedInspectView,
    UnionScopedViewSet,
    inline_values,
    service_views,
)

from . import services
from .filters import EngagementFilterSet, PartnershipFilterSet
from .forms import EngagementForm, ParticipantForm, PartnershipForm
from .models import Engagement, EngagementFile, EngagementKind, Partnership, Side
from .selectors import month_calendar
from .services import FOLLOW_UP_FIELDS, PARTICIPANT_FIELDS

FILE_FIELDS = ("title", "kind", "file")
TITLE_FIELDS = ("title", "title_vi", "title_en", "title_zh_hans")


def _title_search(queryset, query: str):
    query = query.strip()
    if not query:
        return queryset
    condition = Q()
    for field in TITLE_FIELDS:
        condition |= Q(**{f"{field}__icontains": query})
    return queryset.filter(condition)


# Engagements --------------------------------------------------------------------------


class EngagementIndexView(ScopedIndexView):
    def search_queryset(self, queryset):
        return _title_search(queryset, self.search_query or "")


def _save_engagement(actor, form):
    """The engagement with its participants, follow-up requests, files, aid items and
    articles, through engagement_save() in the transaction Wagtail's view opened."""
    formsets, data = form.formsets, form.cleaned_data
    return services.engagement_save(
        actor=actor,
        engagement=form.instance,
        participants=inline_values(formsets["participants"], PARTICIPANT_FIELDS),
        follow_ups=inline_values(formsets["follow_ups"], FOLLOW_UP_FIELDS),
        files=inline_values(formsets["files"], FILE_FIELDS),
        aid_items=list(data.get("aid_items") or []),
        articles=list(data.get("articles") or []) if "articles" in form.fields else None,
    )


EngagementCreateView, EngagementEditView, EngagementDeleteView = service_views(
    save=_save_engagement,
    delete=lambda actor, record: services.engagement_delete(actor=actor, engagement=record),
)


class EngagementInspectView(ScopedInspectView):
    """The engagement's page: its fields, who took part on each side, what was asked for
    afterwards, its files (checked downloads), its Decision 06 approval and its aid
    items."""

    template_name = "engagements/inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        engagement = self.object
        participants = list(engagement.participants.select_related("organization"))
        context.update(
            ours=[p for p in participants if p.side == Side.OURS],
            theirs=[p for p in participants if p.side == Side.THEIRS],
            follow_ups=engagement.follow_ups.all(),
            files=[(f, reverse("engagements:file", args=[f.pk])) for f in engagement.files.all()],
            decision06=engagement.kind == EngagementKind.CONFERENCE and engagement.is_international,
            aid_items=engagement.aid_items.visible_to(self.request.user).order_by("title"),
            articles=engagement.articles.all(),
            calendar_url=_calendar_url(engagement.start_date),
        )
        return context


def _calendar_url(day: datetime.date) -> str:
    return f"{reverse('engagements:calendar')}?month={day:%Y-%m}"


def _month(value: str | None) -> datetime.date:
    """The first day of the month asked for as YYYY-MM; this month otherwise."""
    if value:
        year, _dash, month = value.partition("-")
        try:
            if 1900 <= int(year) <= 2999:
                return datetime.date(int(year), int(month), 1)
        except ValueError:
            pass
    return timezone.localdate().replace(day=1)


class EngagementCalendarView(WagtailAdminTemplateMixin, TemplateView):
    """A month of the engagements the user sees, each on every day it is under way."""

    template_name = "engagements/calendar.html"
    header_icon = "date"
    page_title = gettext_lazy("Engagement calendar")

    def dispatch(self, request, *args, **kwargs):
        self.first = _month(request.GET.get("month"))
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return date_format(self.first, "YEAR_MONTH_FORMAT")

    def get_context_data(self, **kwargs):
        first = self.first
        previous = (first - datetime.timedelta(days=1)).replace(day=1)
        following = (first + datetime.timedelta(days=32)).replace(day=1)
        engagements = Engagement.objects.visible_to(self.request.user).select_related("union")
        return super().get_context_data(
            first=first,
            weeks=month_calendar(engagements, first.year, first.month),
            weekdays=[WEEKDAYS_ABBR[i] for i in range(7)],
            previous_url=_calendar_url(previous),
            next_url=_calendar_url(following),
            today_url=reverse("engagements:calendar"),
            today=timezone.localdate(),
            **kwargs,
        )


def file_download(request, pk):
    """A document or photo of an engagement, to those who may see the engagement."""
    record = get_object_or_404(EngagementFile.objects.select_related("engagement"), pk=pk)
    get_for_user_or_404(Engagement.objects.all(), request.user, record.engagement_id)
    name = record.file.name.rsplit("/", 1)[-1]
    return FileResponse(record.file.open("rb"), as_attachment=True, filename=name)


class EngagementViewSet(UnionScopedViewSet):
    model = Engagement
    name = "engagements"
    icon = "group"
    menu_label = gettext_lazy("Engagements")
    index_view_class = EngagementIndexView
    add_view_class = EngagementCreateView
    edit_view_class = EngagementEditView
    delete_view_class = EngagementDeleteView
    inspect_view_class = EngagementInspectView
    filterset_class = EngagementFilterSet
    search_fields = ["title"]  # searched by _title_search()
    search_backend_name = None
    list_display = ["label", "kind", "start_date", "end_date", "place_country", "union"]
    inspect_view_fields = [
        "title",
        "title_vi",
        "title_en",
        "title_zh_hans",
        "kind",
        "union",
        "start_date",
        "end_date",
        "place_unit",
        "place_country",
        "venue",
        "partnership",
        "topic",
        "attendees_count",
        "materials",
        "outcomes",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [FieldPanel(name) for name in TITLE_FIELDS], heading=gettext_lazy("Title")
            ),
            MultiFieldPanel(
                [
                    FieldPanel("union"),
                    FieldPanel("kind"),
                    FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                    FieldRowPanel([FieldPanel("place_unit"), FieldPanel("place_country")]),
                    FieldPanel("venue"),
                    FieldPanel("partnership"),
                ],
                heading=gettext_lazy("What, when and where"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("is_international"),
                    FieldPanel("approving_authority"),
                    FieldRowPanel([FieldPanel("decision_number"), FieldPanel("decision_date")]),
                    FieldRowPanel([FieldPanel("report_due"), FieldPanel("report_submitted_on")]),
                ],
                heading=gettext_lazy("Decision 06/2020/QD-TTg (international conferences)"),
            ),
            MultiFieldPanel(
                [FieldPanel("topic"), FieldPanel("attendees_count"), FieldPanel("materials")],
                heading=gettext_lazy("Training course"),
            ),
            UserInlinePanel(
                "participants",
                heading=gettext_lazy("Participants"),
                label=gettext_lazy("Participant"),
                form=ParticipantForm,
                panels=[
                    FieldRowPanel([FieldPanel("side"), FieldPanel("name"), FieldPanel("position")]),
                    FieldRowPanel([FieldPanel("organization"), FieldPanel("organization_name")]),
                ],
            ),
            FieldPanel("outcomes"),
            InlinePanel(
                "follow_ups",
                heading=gettext_lazy("Follow-up requests"),
                label=gettext_lazy("Follow-up request"),
                panels=[
                    FieldPanel("title"),
                    FieldRowPanel(
                        [FieldPanel("owner"), FieldPanel("due_date"), FieldPanel("status")]
                    ),
                ],
            ),
            InlinePanel(
                "files",
                heading=gettext_lazy("Documents and photos"),
                label=gettext_lazy("File"),
                panels=[FieldPanel("title"), FieldPanel("kind"), FieldPanel("file")],
            ),
            FieldPanel("aid_items"),
            FieldPanel("articles"),
        ],
        base_form_class=EngagementForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("calendar/", EngagementCalendarView.as_view(), name="calendar"),
            path("file/<int:pk>/", file_download, name="file"),
        ]


class CalendarMenu:
    """The calendar's entry in the group's menu, for anyone who reads some union."""

    menu_label = gettext_lazy("Calendar")

    def on_register(self):
        pass  # its page is the engagements viewset's `calendar`

    def get_urlpatterns(self):
        return []

    def get_menu_item(self, order=None):
        return ScopedMenuItem(
            self.menu_label,
            reverse("engagements:calendar"),
            name="engagement-calendar",
            icon_name="date",
            order=order or 0,
        )


# Partnerships -------------------------------------------------------------------------


class PartnershipIndexView(ScopedIndexView):
    def search_queryset(self, queryset):
        return _title_search(queryset, self.search_query or "")


def _save_partnership(actor, form):
    return services.partnership_save(
        actor=actor,
        partnership=form.instance,
        aid_items=list(form.cleaned_data.get("aid_items") or []),
    )


PartnershipCreateView, PartnershipEditView, PartnershipDeleteView = service_views(
    save=_save_partnership,
    delete=lambda actor, record: services.partnership_delete(actor=actor, partnership=record),
)


class PartnershipInspectView(ScopedInspectView):
    """The partnership's page: its fields, its signed document, its aid items and the
    engagements held under it."""

    template_name = "engagements/partnership_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        partnership = self.object
        user = self.request.user
        context.update(
            engagements=partnership.engagements.visible_to(user).select_related(
                "place_unit", "place_country"
            ),
            aid_items=partnership.aid_items.visible_to(user).order_by("title"),
            document_url=reverse("partnerships:document", args=[partnership.pk])
            if partnership.document
            else None,
        )
        return context


def partnership_document(request, pk):
    """A partnership's signed document, to those who may see the partnership."""
    partnership = get_for_user_or_404(Partnership.objects.all(), request.user, pk)
    if not partnership.document:
        raise Http404
    name = partnership.document.name.rsplit("/", 1)[-1]
    return FileResponse(partnership.document.open("rb"), as_attachment=True, filename=name)


class PartnershipViewSet(UnionScopedViewSet):
    model = Partnership
    name = "partnerships"
    icon = "link"
    menu_label = gettext_lazy("Partnerships")
    index_view_class = PartnershipIndexView
    add_view_class = PartnershipCreateView
    edit_view_class = PartnershipEditView
    delete_view_class = PartnershipDeleteView
    inspect_view_class = PartnershipInspectView
    filterset_class = PartnershipFilterSet
    search_fields = ["title"]  # searched by _title_search()
    search_backend_name = None
    list_display = ["label", "country", "type", "signed_date", "union"]
    inspect_view_fields = [
        "title",
        "title_vi",
        "title_en",
        "title_zh_hans",
        "country",
        "type",
        "signed_date",
        "union",
        "notes",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [FieldPanel(name) for name in TITLE_FIELDS],
                heading=gettext_lazy("The partner, in its own language and ours"),
            ),
            FieldPanel("union"),
            FieldRowPanel([FieldPanel("country"), FieldPanel("type")]),
            FieldRowPanel([FieldPanel("signed_date"), FieldPanel("document")]),
            FieldPanel("aid_items"),
            FieldPanel("notes"),
        ],
        base_form_class=PartnershipForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("document/<int:pk>/", partnership_document, name="document"),
        ]
