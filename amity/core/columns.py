"""Columns of back-office listings."""

from wagtail.admin.ui.tables import Column

from .i18n import format_number


class AmountColumn(Column):
    """A sum of money, written the reader's way (Babel)."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return format_number(value) if value is not None else ""
