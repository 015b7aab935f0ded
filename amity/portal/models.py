"""The public portal's pages: a section's home page, news indexes (one per category) and
articles, each language a translation of the same page (Wagtail i18n)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from .search import plain_text

# What an editor may put in an article's body: no raw HTML, so nothing pasted runs.
BODY_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "image", "blockquote"]


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

    content_panels = [*Page.content_panels, FieldPanel("union"), FieldPanel("intro")]
    subpage_types = ["portal.NewsIndexPage"]

    class Meta:
        verbose_name = _("portal home page")

    def search_parts(self):
        return [self.title, plain_text(self.intro)]

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


class SearchEntry(models.Model):
    """A published page's search text (see `search.py`), kept when it is published and
    dropped when it is unpublished or restricted."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    text = models.TextField()

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
