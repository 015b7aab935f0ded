"""RSS and Atom feeds of the portal's news, one per language and one per category:
/<language>/feed/rss/, /<language>/feed/atom/, /<language>/feed/<category id>/rss/ and
/<language>/feed/<category id>/atom/. The language comes from the URL's prefix, so a
feed never mixes languages."""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Site

from .models import ArticlePage, NewsIndexPage

FEED_SIZE = 20


@dataclass(frozen=True)
class FeedSource:
    """What one feed is of: a language's news, or one category's. It carries the
    request because Django calls the item methods with the item alone."""

    request: HttpRequest
    locale: Locale
    home: Page | None
    category: NewsIndexPage | None = None

    def articles(self):
        articles = ArticlePage.objects.live().public().filter(locale=self.locale)
        if self.category is not None:
            articles = articles.child_of(self.category)
        return articles.order_by("-published_at", "-pk").prefetch_related("tags")[:FEED_SIZE]


@dataclass(frozen=True)
class FeedEntry:
    article: ArticlePage
    link: str


def home_in(request, locale: Locale) -> Page | None:
    """The site's home page in that language, if it is published."""
    site = Site.find_for_request(request)
    home = site.root_page.get_translation_or_none(locale) if site else None
    return home if home is not None and home.live else None


class ArticleRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, category_id=None):
        locale = Locale.get_active()
        category = None
        if category_id is not None:
            # Another language's category, a draft or a restricted one: not this feed.
            category = get_object_or_404(
                NewsIndexPage.objects.live().public().filter(locale=locale), pk=category_id
            )
        return FeedSource(request, locale, home_in(request, locale), category)

    def get_feed(self, source, request):
        feed = super().get_feed(source, request)
        # The language of the pages, whatever Django's active language turned out to be.
        feed.feed["language"] = source.locale.language_code
        return feed

    def title(self, source):
        if source.category is not None:
            if source.home is None:
                return source.category.title
            return _("%(home)s – %(category)s") % {
                "home": source.home.title,
                "category": source.category.title,
            }
        return source.home.title if source.home is not None else _("News")

    def description(self, source):
        if source.category is not None:
            return _("The latest articles in %(category)s.") % {"category": source.category.title}
        return _("The latest articles of the portal.")

    def link(self, source):
        page = source.category or source.home
        url = page.get_full_url(source.request) if page is not None else None
        return url or f"/{source.locale.language_code}/"

    def items(self, source):
        entries = []
        for article in source.articles():
            link = article.get_full_url(source.request)
            if link is not None:  # not under any site: nothing a reader could open
                entries.append(FeedEntry(article, link))
        return entries

    def item_title(self, entry):
        return entry.article.title

    def item_description(self, entry):
        return entry.article.lead

    def item_link(self, entry):
        return entry.link

    def item_pubdate(self, entry):
        return entry.article.published_at

    def item_updateddate(self, entry):
        return entry.article.last_published_at or entry.article.published_at

    def item_author_name(self, entry):
        return entry.article.author or None

    def item_categories(self, entry):
        return sorted(tag.name for tag in entry.article.tags.all())


class ArticleAtomFeed(ArticleRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, source):
        """Atom has no description; its subtitle says the same."""
        return self.description(source)
