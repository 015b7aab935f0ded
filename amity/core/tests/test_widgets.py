"""The quick select boxes write what Django's own write, character for character."""

import pytest
from django import forms

from amity.core.widgets import QuickSelect, QuickSelectMultiple, with_quick_options
from amity.geo.models import AdministrativeUnit

CHOICES = [
    ("", "---------"),
    ("1", "Đồng Nai"),
    ("2", 'Lào Cai <b>"&"</b>'),
    ("Miền Bắc", [("3", "Hà Nội"), ("4", "老街")]),
    (5, "five"),
]


@pytest.mark.parametrize(
    ("quick", "plain", "value"),
    [
        (QuickSelect, forms.Select, "2"),
        (QuickSelect, forms.Select, None),
        (QuickSelect, forms.Select, 5),
        (QuickSelectMultiple, forms.SelectMultiple, ["1", "4"]),
        (QuickSelectMultiple, forms.SelectMultiple, []),
    ],
)
def test_the_markup_is_djangos(quick, plain, value):
    attrs = {"id": "id_unit", "class": "a&b", "required": True, "disabled": False}
    expected = plain(attrs=attrs, choices=CHOICES).render("unit", value)
    assert quick(attrs=attrs, choices=CHOICES).render("unit", value) == expected
    assert 'label="Miền Bắc"' in expected and "&lt;b&gt;&quot;&amp;&quot;&lt;/b&gt;" in expected


@pytest.mark.django_db
def test_a_model_field_keeps_its_choices_and_its_rendering():
    units = AdministrativeUnit.objects.filter(structure="2025", level="province").order_by("code")

    class Form(forms.Form):
        one = forms.ModelChoiceField(queryset=units)
        many = forms.ModelMultipleChoiceField(queryset=units, required=False)

    chosen = list(units[:2])
    plain = Form(initial={"one": chosen[0].pk, "many": [u.pk for u in chosen]})
    quick = Form(initial={"one": chosen[0].pk, "many": [u.pk for u in chosen]})
    for name in ("one", "many"):
        with_quick_options(quick.fields[name])
    assert isinstance(quick.fields["one"].widget, QuickSelect)
    assert isinstance(quick.fields["many"].widget, QuickSelectMultiple)
    for name in ("one", "many"):
        assert str(quick[name]) == str(plain[name])
        assert str(quick[name]).count("<option") == units.count() + (name == "one")
    # Choices still come from the field: a later queryset is the one offered.
    quick.fields["one"].queryset = units[:3]
    assert str(quick["one"]).count("<option") == 4
    bound = Form(data={"one": str(chosen[1].pk)})
    with_quick_options(bound.fields["one"])
    assert bound.is_valid(), bound.errors
    assert bound.cleaned_data["one"] == chosen[1]
