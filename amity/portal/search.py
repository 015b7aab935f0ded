"""Portal search that understands Vietnamese and Chinese, the same on SQLite and
PostgreSQL: every published page keeps a search text of *terms*, and a query is turned
into terms by the same rule.

- Latin-script words (Vietnamese, English…) are folded: lower case, no diacritics, đ → d
  (`core.text.fold`). So "Đồng Nai", "đồng nai" and "dong nai" give the same terms,
  and "dong" finds "đồng" because both fold to "dong" — a rule, not luck.
- Chinese (and other CJK) text has no spaces between words: each run of CJK characters
  becomes its overlapping two-character pieces (the bigrams Lucene's CJK analyzer uses),
  or the character itself when it stands alone. "非政府组织" is 非政 政府 府组 组织, and
  a text holds all four exactly when it holds the phrase's pieces; "援助" is one piece.

A page matches when its text holds every term of the query. Pages whose title holds
them all come first: a reader who types a story's words expects that story on top."""

import html
import re

from django.db import models, transaction
from django.utils.html import strip_tags

from amity.core.text import fold

CJK = (
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han
    "\u3040-\u30ff"  # kana
    "\uac00-\ud7af"  # Hangul
)
_CJK_RUN = re.compile(f"[{CJK}]+")
MAX_TERMS = 32  # a query longer than this is cut, not refused


def terms(text: str) -> list[str]:
    """The search terms of a text, in order (repeats kept)."""
    found: list[str] = []
    position = 0
    for run in _CJK_RUN.finditer(text):
        found += fold(text[position : run.start()]).split()
        chars = run.group()
        found += [chars] if len(chars) == 1 else [chars[i : i + 2] for i in range(len(chars) - 1)]
        position = run.end()
    found += fold(text[position:]).split()
    return found


def search_text(*parts: str) -> str:
    """What is stored: every term once, space-separated, with a space at both ends so a
    term is matched whole (" dong " is not inside " dongnai ")."""
    unique = dict.fromkeys(term for part in parts for term in terms(part))
    return " " + " ".join(unique) + " "


def query_terms(query: str) -> list[str]:
    return list(dict.fromkeys(terms(query[:1000])))[:MAX_TERMS]


def matching(queryset: models.QuerySet, query: str, field: str = "text") -> models.QuerySet:
    wanted = query_terms(query)
    if not wanted:
        return queryset.none()
    for term in wanted:
        queryset = queryset.filter(**{f"{field}__contains": f" {term} "})
    return queryset


def ranked(queryset: models.QuerySet, query: str) -> models.QuerySet:
    """Matching entries, those whose title holds every term first, then newest first."""
    in_title = models.Q()
    for term in query_terms(query):
        in_title &= models.Q(title_text__contains=f" {term} ")
    return (
        matching(queryset, query)
        .annotate(
            in_title=models.Case(
                models.When(in_title, then=1), default=0, output_field=models.IntegerField()
            )
        )
        .order_by("-in_title", "-page__first_published_at", "page_id")
    )


def plain_text(rich_text: str) -> str:
    return html.unescape(strip_tags(rich_text or "")).replace("\xa0", " ")


def snippet(text: str, query: str, width: int = 220) -> str:
    """An escaped extract of `text` around the first match, the matched words marked
    with <mark>."""
    wanted = set(query_terms(query))
    if not wanted:
        return html.escape(text[:width])
    spans = []
    # Latin words: a word matches when its folded form is a wanted term.
    for word in re.finditer(r"\w+", text):
        if _CJK_RUN.search(word.group()):
            continue
        if fold(word.group()) in wanted:
            spans.append((word.start(), word.end()))
    # CJK: a stretch matches when all its pieces are wanted, e.g. the whole query phrase.
    for phrase in _CJK_RUN.findall(query):
        for found in re.finditer(re.escape(phrase), text):
            spans.append((found.start(), found.end()))
    if not spans:
        return html.escape(text[:width]) + ("…" if len(text) > width else "")
    spans.sort()
    start = max(0, spans[0][0] - width // 3)
    end = min(len(text), start + width)
    out, cursor = [], start
    for span_start, span_end in spans:
        if span_start < cursor or span_end > end:
            continue
        out.append(html.escape(text[cursor:span_start]))
        out.append(f"<mark>{html.escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    out.append(html.escape(text[cursor:end]))
    return ("…" if start else "") + "".join(out) + ("…" if end < len(text) else "")


def reindex(page) -> None:
    """Store (or drop) a page's search text: only live pages that anyone may read."""
    from .models import SearchEntry

    specific = page.specific
    readable = specific.live and not specific.get_view_restrictions().exists()
    with transaction.atomic():
        SearchEntry.objects.filter(page_id=page.pk).delete()
        if readable and hasattr(specific, "search_parts"):
            SearchEntry.objects.create(
                page=page,
                locale_id=specific.locale_id,
                text=search_text(*specific.search_parts()),
                title_text=search_text(specific.title),
            )
