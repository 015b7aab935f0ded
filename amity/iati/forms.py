"""The back office's IATI forms: a file to import into one of the user's unions."""

from django import forms
from django.utils.translation import gettext_lazy as _

from amity.core.uploads import validate_iati_upload
from amity.tenancy.permissions import Action
from amity.tenancy.selectors import unions_visible_to


class ImportForm(forms.Form):
    union = forms.ModelChoiceField(label=_("Union"), queryset=None, to_field_name="slug")
    file = forms.FileField(
        label=_("IATI file"),
        help_text=_("An IATI activity file, .xml or .xml.gz, version 1.0x or 2.0x."),
        validators=[validate_iati_upload],
    )
    dry_run = forms.BooleanField(
        label=_("Trial run"),
        required=False,
        help_text=_("Read the file and report what it would do, without writing anything."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the unions the user may add records to.
        self.fields["union"].queryset = unions_visible_to(user, Action.ADD).order_by(
            "-is_national", "name"
        )


class ExportForm(forms.Form):
    union = forms.ModelChoiceField(label=_("Union"), queryset=None, to_field_name="slug")

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["union"].queryset = unions_visible_to(user).order_by("-is_national", "name")
