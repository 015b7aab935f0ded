from django.db import models

from .permissions import Action, union_filter


class UnionScopedQuerySet(models.QuerySet):
    """QuerySet of records that belong to a union. `union_field` is the lookup path."""

    union_field = "union"

    def for_union(self, union):
        return self.filter(**{self.union_field: union})

    def visible_to(self, user, action: Action = Action.VIEW):
        return self.filter(union_filter(user, action, self.union_field))
