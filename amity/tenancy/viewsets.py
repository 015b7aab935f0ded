"""Wagtail admin views that know the tenant: every listing, object page and save goes
through the tenancy policy and the app's services."""

from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from amity.core.exports import SafeSpreadsheetMixin
from amity.history.models import Change
from amity.history.views import RecordHistoryView

from .permissions import Action, get_for_user_or_404


def inline_rows(formset, fields) -> list[tuple[object, dict]]:
    """The rows of an inline formset that are kept (not marked deleted), as pairs of
    child form and {field: value, "id": pk or None}."""
    rows = []
    for child in formset.forms:
        data = getattr(child, "cleaned_data", None)
        if not data or data.get("DELETE"):
            continue
        row = {f: data.get(f) for f in fields}
        row["id"] = child.instance.pk
        rows.append((child, row))
    return rows


def inline_values(formset, fields) -> list[dict]:
    """The kept rows of an inline formset as {field: value, "id": pk or None}: what the
    services' child-row lists take."""
    return [row for _child, row in inline_rows(formset, fields)]


def add_service_errors(form, exc: ValidationError) -> None:
    """Put a service's ValidationError on the form: on the field it names when the form
    has that field, above the inline rows it names (donors, contacts…), else at the
    top."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            formset = getattr(form, "formsets", {}).get(field)
            if formset is not None:
                formset.non_form_errors().extend(m for e in errors for m in e.messages)
                form.add_error(None, [m for e in errors for m in e.messages])
                continue
            target = field if field in form.fields else None
            for error in errors:
                form.add_error(
                    target,
                    error.messages
                    if target
                    else [
                        f"{field}: {m}" if field != NON_FIELD_ERRORS else m for m in error.messages
                    ],
                )
    else:
        form.add_error(None, exc.messages)


class ScopedObjectMixin:
    object_action = Action.VIEW

    def get_object(self, queryset=None):
        if getattr(self, "object", None) is not None:
            return self.object
        pk = unquote(str(self.kwargs[self.pk_url_kwarg]))
        return get_for_user_or_404(
            self.model.objects.all(), self.request.user, pk, self.object_action
        )


class ServiceFormMixin:
    """Saves through `self.save_with_service()`; a ValidationError from the service goes
    back to the form, and the transaction Wagtail opened is rolled back."""

    def save_instance(self):
        return self.save_with_service(self.form)

    def save_with_service(self, form):
        raise NotImplementedError

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as exc:
            self.handle_service_error(form, exc)
            # What Wagtail's validate_form() sets when the form itself is invalid.
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)

    def handle_service_error(self, form, exc):
        add_service_errors(form, exc)


class ScopedIndexView(SafeSpreadsheetMixin, generic.IndexView):
    def get_base_queryset(self):
        queryset = super().get_base_queryset().visible_to(self.request.user)
        # The model's queryset knows what its rows show (no N+1 in the listing).
        if hasattr(queryset, "with_related"):
            queryset = queryset.with_related()
        return queryset


class ScopedCreateView(ServiceFormMixin, generic.CreateView):
    pass


class ScopedEditView(ScopedObjectMixin, ServiceFormMixin, generic.EditView):
    object_action = Action.CHANGE


class ScopedDeleteView(ScopedObjectMixin, generic.DeleteView):
    object_action = Action.DELETE

    def get_usage_url(self):
        # What may not be deleted is the service's rule, said in its own words; Wagtail's
        # reference index would refuse with a bare "no permission" instead.
        return None

    def delete_with_service(self, instance):
        raise NotImplementedError

    def delete_action(self):
        self.delete_with_service(self.object)

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(self.request, message)
            return redirect(self.get_success_url())


def service_views(*, save, delete):
    """The create, edit and delete views of a record written by its app's services:
    `save(actor, form)` saves the form's record (and what else the form holds),
    `delete(actor, record)` deletes it."""

    class Saving:
        def save_with_service(self, form):
            return save(self.request.user, form)

    class CreateView(Saving, ScopedCreateView):
        pass

    class EditView(Saving, ScopedEditView):
        pass

    class DeleteView(ScopedDeleteView):
        def delete_with_service(self, instance):
            delete(self.request.user, instance)

    return CreateView, EditView, DeleteView


class ScopedInspectView(ScopedObjectMixin, generic.InspectView):
    """The record's page: its fields, then its latest changes and a link to them all."""

    object_action = Action.VIEW
    template_name = "tenancy/inspect.html"
    history_url_name = None
    recent_changes_shown = 10

    def get_history_url(self):
        return reverse(self.history_url_name, args=(quote(self.object.pk),))

    @cached_property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            Button(_("History"), url=self.get_history_url(), icon_name="history", priority=30),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        changes = Change.objects.for_record(self.object).select_related("content_type")
        context["recent_changes"] = changes[: self.recent_changes_shown]
        context["history_url"] = self.get_history_url()
        return context


class ScopedUsageView(ScopedObjectMixin, generic.UsageView):
    object_action = Action.VIEW


class UnionScopedViewSet(ModelViewSet):
    """A ModelViewSet for union-owned records; subclasses name their views."""

    index_view_class = ScopedIndexView
    add_view_class = ScopedCreateView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    inspect_view_class = ScopedInspectView
    usage_view_class = ScopedUsageView
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            history_url_name=self.get_url_name("history"), **kwargs
        )

    @property
    def history_view(self):
        view_class = type(
            f"{self.model.__name__}HistoryView", (RecordHistoryView,), {"model": self.model}
        )
        return view_class.as_view()

    @property
    def history_results_view(self):
        return self.history_view
