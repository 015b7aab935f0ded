"""The public portal's pages: a section's home page (the national union's, or a provincial
union's nested under it) with its banners, news indexes (one per category), articles, and
the public aid dashboard and NGO directory, the open calls for sponsorship and the
disaster appeals; each language a translation of the same page
(Wagtail i18n)."""

import re

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from .sanitize import clean_rich_text
from .search import plain_text

# What an editor may put in an article's body: no raw HTML, so nothing pasted runs.
BODY_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "image", "blockquote"]
_EMBED = re.compile(r"<embed\b[^>]*>")
_IMAGE_ID = re.compile(r'\bid="(\d+)"')


def first_embedded_image(html: str):
    from wagtail.images import get_image_model

    for tag in _EMBED.findall(html or ""):
        found = _IMAGE_ID.search(tag)
        if 'embedtype="image"' in tag and found:
            return get_image_model().objects.filter(pk=found.group(1)).first()
    return None


class HomePage(Page):
    """A section of the portal: the national union's, or a provincial union's."""

    union = models.ForeignKey(
        "tenancy.Union",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("union"),
    )
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [
        *Page.content_panels,
        FieldPanel("union"),
        FieldPanel("intro"),
        InlinePanel("banners", heading=_("Featured banners"), label=_("banner")),
    ]
    parent_page_types = ["wagtailcore.Page", "portal.HomePage"]
    subpage_types = [
        "portal.NewsIndexPage",
        "portal.HomePage",
        "portal.AidDashboardPage",
        "portal.NgoDirectoryPage",
        "portal.SponsorshipCallsPage",
        "portal.AppealsPage",
    ]

    class Meta:
        verbose_name = _("portal home page")

    def clean(self):
        super().clean()
        self.intro = clean_rich_text(self.intro)

    def search_parts(self):
        return [self.title, plain_text(self.intro)]

    def unions(self):
        """The unions this section speaks for: the national union's section covers every
        union; a provincial section its own."""
        from amity.tenancy.models import Union

        if self.union is None:
            return []
        if self.union.is_national:
            return list(Union.objects.order_by("-is_national", "slug"))
        return [self.union]

    def parent_section(self):
        """The section this one is part of (the national portal), if any."""
        parent = self.get_parent()
        if parent is None or parent.specific_class is not HomePage or not parent.live:
            return None
        return parent.specific

    def menu(self):
        """The section's own pages for its navigation: categories, aid pages, sub-sections."""
        return self.get_children().live().public().specific()

    def latest_articles(self, count: int = 10):
        return (
            ArticlePage.objects.live()
            .public()
            .descendant_of(self)
            .order_by("-published_at")[:count]
        )


class NewsIndexPage(Page):
    """A category of news, with "see more" paging."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["portal.ArticlePage"]

    PAGE_SIZE = 10

    class Meta:
        verbose_name = _("news index")

    def clean(self):
        super().clean()
        self.intro = clean_rich_text(self.intro)

    def search_parts(self):
        return [self.title, plain_text(self.intro)]

    def articles(self):
        return ArticlePage.objects.live().public().child_of(self).order_by("-published_at")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        try:
            shown = max(1, int(request.GET.get("page", 1)))
        except ValueError:
            shown = 1
        articles = self.articles()
        # "See more" grows the list, the way the seed pages page their news.
        context["articles"] = articles[: shown * self.PAGE_SIZE]
        context["next_page"] = shown + 1 if articles.count() > shown * self.PAGE_SIZE else None
        return context


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "portal.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(Page):
    lead = models.TextField(_("lead"), blank=True)
    body = RichTextField(_("body"), blank=True, features=BODY_FEATURES)
    author = models.CharField(_("author"), max_length=255, blank=True)
    published_at = models.DateTimeField(_("published"), default=timezone.now)
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("tags"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        FieldPanel("body"),
        FieldPanel("author"),
        FieldPanel("published_at"),
        FieldPanel("tags"),
    ]
    parent_page_types = ["portal.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def clean(self):
        super().clean()
        self.body = clean_rich_text(self.body)

    def first_image(self):
        """The first picture of the body, for Open Graph (None when there is none)."""
        return first_embedded_image(self.body)

    def search_parts(self):
        return [
            self.title,
            self.lead,
            plain_text(self.body),
            self.author,
            " ".join(self.tags.values_list("name", flat=True)),
        ]

    def related(self, count: int = 5):
        """Related news: live, public articles in the same language that share a tag or
        the category, newest first, never the article itself."""
        tags = list(self.tagged_items.values_list("tag_id", flat=True))
        same_category = models.Q(path__startswith=self.get_parent().path, depth=self.depth)
        return (
            ArticlePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .filter(models.Q(tagged_items__tag_id__in=tags) | same_category)
            .exclude(pk=self.pk)
            .distinct()
            .order_by("-published_at")[:count]
        )


class HomeBanner(Orderable):
    """One picture of the home page's featured strip, with its caption and alt text in
    the page's language (each translation of the home page has its own)."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="banners")
    image = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.PROTECT, related_name="+", verbose_name=_("image")
    )
    title = models.CharField(_("title"), max_length=255)
    caption = models.CharField(_("caption"), max_length=500, blank=True)
    alt = models.CharField(
        _("alt text"),
        max_length=255,
        help_text=_("What the picture shows, for readers who cannot see it."),
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("links to"),
    )

    panels = [
        FieldPanel("image"),
        FieldPanel("title"),
        FieldPanel("caption"),
        FieldPanel("alt"),
        FieldPanel("link_page"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("banner")
        verbose_name_plural = _("banners")

    def link(self):
        """The linked page when readers may see it; a draft or restricted page is no link."""
        if self.link_page_id is None:
            return None
        return Page.objects.live().public().filter(pk=self.link_page_id).first()


class PublicAidPage(Page):
    """Base of the section's public aid pages: they speak for the section's unions and show
    only published aid items (`AidItem.objects.published()`)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = []

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        self.intro = clean_rich_text(self.intro)

    def section(self):
        return self.get_parent().specific

    def search_parts(self):
        return [self.title, plain_text(self.intro)]


class AidDashboardPage(PublicAidPage):
    """What the section's unions mobilized by year, sector and province: the reports'
    figures (`reports.annual`), for published aid items only."""

    class Meta:
        verbose_name = _("public aid dashboard")

    def get_context(self, request, *args, **kwargs):
        from . import public

        context = super().get_context(request, *args, **kwargs)
        context.update(public.dashboard(self.section(), request.GET.get("year")))
        return context


class NgoDirectoryPage(PublicAidPage):
    """The foreign NGOs working with the section's unions on published aid items."""

    class Meta:
        verbose_name = _("NGO directory")

    def search_parts(self):
        from . import public

        return [*super().search_parts(), *public.directory_search_parts(self.section())]

    def get_context(self, request, *args, **kwargs):
        from . import public

        context = super().get_context(request, *args, **kwargs)
        context["organizations"] = public.directory(self.section())
        return context


class SponsorshipCallsPage(RoutablePageMixin, PublicAidPage):
    """The section's unions' open calls for sponsorship (`Call.objects.published()`),
    filtered by sector and province; `<pk>/` is one call. Never a pledge or a donor."""

    class Meta:
        verbose_name = _("calls for sponsorship page")

    @path("")
    def index(self, request):
        from . import mobilization

        return self.render(request, context_overrides=mobilization.calls_index(self, request))

    @path("<int:pk>/", name="call")
    def call(self, request, pk):
        from . import mobilization

        return self.render(
            request,
            context_overrides=mobilization.call_detail(self, pk),
            template="portal/sponsorship_call.html",
        )


class AppealsPage(RoutablePageMixin, PublicAidPage):
    """The section's unions' published disaster appeals with how far each has come;
    `<pk>/` is one appeal: the event, the localities, the period and its progress."""

    class Meta:
        verbose_name = _("appeals page")

    @path("")
    def index(self, request):
        from . import mobilization

        return self.render(request, context_overrides=mobilization.appeals_index(self, request))

    @path("<int:pk>/", name="appeal")
    def appeal(self, request, pk):
        from . import mobilization

        return self.render(
            request,
            context_overrides=mobilization.appeal_detail(self, request, pk),
            template="portal/appeal.html",
        )


class SearchEntry(models.Model):
    """A published page's search text (see `search.py`), kept when it is published and
    dropped when it is unpublished or restricted."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    text = models.TextField()
    # The title's terms alone, to put pages whose title matches first.
    title_text = models.TextField(default="")

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
