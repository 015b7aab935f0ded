"""Wagtail's search and reference indexes, brought up to date once at the end of a bulk
load instead of on every save.

Each save of a page (created, copied for a translation, given a revision, published)
re-indexes it for search and for references; a loader that saves every page four or
five times spends most of its time there. Inside `indexes_updated_once()`, saves are
only noted; on the way out, each saved object still there is indexed once, with the
same tasks the signal handlers would have run. Deletions are handled as usual."""

import contextlib

from django.db.models.signals import post_save
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler as search_on_save
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import update_reference_index_on_save as references_on_save
from wagtail.tasks import update_reference_index_task


@contextlib.contextmanager
def indexes_updated_once():
    searched = [m for m in get_indexed_models() if getattr(m, "search_auto_update", True)]
    referenced = list(ReferenceIndex.tracked_models)
    saved: dict[type, set] = {}

    def note(sender, instance, raw=False, **kwargs):
        if not raw:
            saved.setdefault(sender, set()).add(instance.pk)

    handlers = [(search_on_save, model) for model in searched]
    handlers += [(references_on_save, model) for model in referenced]
    for handler, model in handlers:
        post_save.disconnect(handler, sender=model)
    for model in {*searched, *referenced}:
        post_save.connect(note, sender=model, weak=False, dispatch_uid="indexes-updated-once")
    try:
        yield
    finally:
        for model in {*searched, *referenced}:
            post_save.disconnect(sender=model, dispatch_uid="indexes-updated-once")
        for handler, model in handlers:
            post_save.connect(handler, sender=model)
    searched, referenced = set(searched), set(referenced)
    for model, pks in saved.items():
        label, name = model._meta.app_label, model._meta.model_name
        for pk in model._base_manager.filter(pk__in=pks).values_list("pk", flat=True):
            if model in searched:
                insert_or_update_object_task.enqueue(label, name, str(pk))
            if model in referenced:
                update_reference_index_task.enqueue(label, name, str(pk))
