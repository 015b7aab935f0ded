"""The portal's search page: /<language>/search/?q=…"""

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Locale

from .models import SearchEntry
from .search import plain_text, ranked, snippet

PAGE_SIZE = 20


def search_view(request):
    query = request.GET.get("q", "")[:200].strip()
    results = []
    entries = SearchEntry.objects.none().order_by("page_id")
    if query:
        entries = ranked(
            SearchEntry.objects.filter(locale=Locale.get_active(), page__live=True), query
        ).select_related("page")
    paginator = Paginator(entries, PAGE_SIZE)
    listed = paginator.get_page(request.GET.get("page"))
    for entry in listed:
        page = entry.page.specific
        text = " ".join(
            part
            for part in (getattr(page, "lead", ""), plain_text(getattr(page, "body", "")))
            if part
        )
        results.append((page, snippet(text or page.title, query)))
    return render(
        request,
        "portal/search.html",
        {"query": query, "results": results, "listed": listed, "count": paginator.count},
    )
