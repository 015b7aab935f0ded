"""Keep the search texts in step with what is published."""

from wagtail.signals import page_published, page_unpublished

from .search import reindex


def _reindex(sender, instance, **kwargs):
    reindex(instance)


def connect() -> None:
    page_published.connect(_reindex, dispatch_uid="portal-search-published")
    page_unpublished.connect(_reindex, dispatch_uid="portal-search-unpublished")
