import datetime

from babel.dates import format_date
from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from amity.core.i18n import babel_locale
from amity.portal.themes import THEME_NAMES, theme_of

register = template.Library()

# The seed pages' date line, as each language writes it: "Thứ Hai, 23/11/2026",
# "Monday, 23 November 2026", "2026年11月23日 星期一".
DATE_LINE = {"vi": "EEEE, dd/MM/y", "en": "EEEE, d MMMM y", "zh_Hans": "y年M月d日 EEEE"}


@register.simple_tag
def date_line(day: datetime.date | None = None) -> str:
    locale = babel_locale()
    day = day or timezone.localdate()
    return format_date(day, DATE_LINE.get(locale, "full"), locale=locale)


@register.simple_tag
def article_time(moment) -> str:
    """An article's date and time in the reader's language."""
    from babel.dates import format_datetime

    return format_datetime(timezone.localtime(moment), "medium", locale=babel_locale(), tzinfo=None)


@register.simple_tag(takes_context=True)
def theme(context) -> str:
    return theme_of(context["request"])


@register.simple_tag
def themes():
    """(theme, the name readers see) pairs."""
    return list(THEME_NAMES.items())


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """For each portal language: the same page in that language, or that language's
    home page when the page has no translation; marks the current one."""
    request = context["request"]
    page = page if isinstance(page, Page) else None  # pages that are not Wagtail's: none
    names = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    site = Site.find_for_request(request)
    root = site.root_page if site else None
    current = get_language()
    links = []
    for locale in Locale.objects.filter(language_code__in=names):
        target = None
        if page is not None:
            target = page.get_translation_or_none(locale)
            if target is not None and not target.live:
                target = None
        if target is None and root is not None:
            target = root.get_translation_or_none(locale)
        url = target.get_url(request) if target is not None else f"/{locale.language_code}/"
        translated = (
            target is not None
            and page is not None
            and target.translation_key == page.translation_key
        )
        match = getattr(request, "routable_resolver_match", None)
        if translated and match is not None and url and hasattr(target.specific, "reverse_subpage"):
            # A routed sub-page (one call, one appeal): the same one in that language.
            url += target.specific.reverse_subpage(
                match.url_name, args=match.args, kwargs=match.kwargs
            )
        links.append(
            {
                "code": locale.language_code,
                "name": names[locale.language_code],
                "url": url,
                "current": locale.language_code == current,
                "translated": translated,
            }
        )
    return links


def _language_home(request):
    """The portal's home page in the current language (None before the portal exists)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return None
    home = site.root_page.get_translation_or_none(locale)
    return home if home is not None and home.live else None


@register.simple_tag(takes_context=True)
def section(context):
    """The section the reader is in: the nearest portal home page above (or at) the page,
    or the language's home page on pages that are not Wagtail's (search, 404)."""
    from amity.portal.models import HomePage

    page = context.get("page")
    if isinstance(page, Page):
        found = HomePage.objects.ancestor_of(page, inclusive=True).order_by("-depth").first()
        if found is not None:
            return found
    home = _language_home(context["request"])
    return home.specific if home is not None else None


@register.simple_tag(takes_context=True)
def absolute(context, url: str) -> str:
    return context["request"].build_absolute_uri(url)
