"""Back-office pages of the IATI interchange: import a file, and the imports done (each
with its summary and every problem, by line)."""

from django.http import Http404
from django.shortcuts import redirect, render
from wagtail.admin import messages

from amity.tenancy.permissions import Action, access_for, get_for_user_or_404

from .export import export_response
from .forms import ExportForm, ImportForm
from .liveness import mark_ended
from .models import IatiImport, ImportOutcome
from .services import iati_import, summary_lines


def import_view(request):
    if not access_for(request.user).can_anywhere(Action.ADD):
        raise Http404
    form = ImportForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        record = iati_import(
            upload,
            union=form.cleaned_data["union"],
            actor=request.user,
            file_name=upload.name,
            dry_run=form.cleaned_data["dry_run"],
        )
        if record.dry_run:
            # Nothing was stored: the summary is shown on this page.
            return render(
                request,
                "iati/import_page.html",
                {"form": form, "trial": record, "lines": summary_lines(record)},
            )
        if record.outcome == ImportOutcome.REFUSED:
            messages.error(request, summary_lines(record)[0])
        else:
            messages.success(request, summary_lines(record)[0])
        return redirect("iati_import_detail", pk=record.pk)
    return render(request, "iati/import_page.html", {"form": form})


def import_list_view(request):
    if not access_for(request.user).can_anywhere(Action.VIEW):
        raise Http404
    imports = list(
        IatiImport.objects.visible_to(request.user).select_related("union", "user")[:200]
    )
    mark_ended(imports)
    return render(request, "iati/import_list.html", {"imports": imports})


def import_detail_view(request, pk: int):
    record = get_for_user_or_404(
        IatiImport.objects.select_related("union", "user"), request.user, pk
    )
    mark_ended([record])
    return render(
        request, "iati/import_detail.html", {"record": record, "summary": summary_lines(record)[0]}
    )


def export_view(request):
    if not access_for(request.user).can_anywhere(Action.VIEW):
        raise Http404
    form = ExportForm(request.GET if "union" in request.GET else None, user=request.user)
    if form.is_bound and form.is_valid():
        return export_response(form.cleaned_data["union"], actor=request.user)
    return render(request, "iati/export_page.html", {"form": form})
