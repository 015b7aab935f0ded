"""Select boxes with thousands of options (the 4,114 administrative units national staff
choose from) written in Python rather than by a template each.

Django's `Select` renders every option with two templates (`select_option.html`, which
includes `attrs.html`): for a unit list that is more than half a second a form, and over
a megabyte-and-a-half page once the empty inline row repeats it. The markup here is the
same, character for character (tested against Django's own widgets), from one pass of
`format_html`."""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html
from django.utils.safestring import mark_safe


def options_html(optgroups) -> str:
    """The `<option>`s (in their `<optgroup>`s) of a ChoiceWidget's `optgroups()`, laid
    out as Django's `select.html` lays them out."""
    out = []
    for group_name, group_choices, _index in optgroups:
        if group_name:
            out.append(format_html('\n  <optgroup label="{}">', group_name))
        for option in group_choices:
            out.append(
                format_html(
                    '\n  <option value="{}"{}>{}</option>\n',
                    str(option["value"]),
                    flatatt(option["attrs"]),  # a Select's options: `selected` at most
                    option["label"],
                )
            )
        if group_name:
            out.append("\n  </optgroup>")
    return mark_safe("".join(out))  # noqa: S308 (every part escaped by format_html)


class _QuickOptions:
    template_name = "amity/widgets/select.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["options_html"] = options_html(context["widget"]["optgroups"])
        return context


class QuickSelect(_QuickOptions, forms.Select):
    pass


class QuickSelectMultiple(_QuickOptions, forms.SelectMultiple):
    pass


def with_quick_options(field: forms.ChoiceField) -> None:
    """Give `field` (a ModelChoiceField or ModelMultipleChoiceField of a long list, with
    Django's plain select box) the quick one of its kind, keeping its attributes and
    choices."""
    widget = field.widget
    quick = {forms.Select: QuickSelect, forms.SelectMultiple: QuickSelectMultiple}.get(type(widget))
    if quick is None:  # another kind of widget (checkboxes, a chooser): left as it is
        return
    replacement = quick(attrs=widget.attrs)
    replacement.is_required = widget.is_required
    replacement.choices = widget.choices
    field.widget = replacement
