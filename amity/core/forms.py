"""The Wagtail document form's base (`WAGTAILDOCS_DOCUMENT_FORM_BASE`): a document's
file is checked like every other upload (`core/uploads.py`); its title is checked by the
model (`core/textcheck.py`)."""

from django.conf import settings
from wagtail.documents.forms import BaseDocumentForm

from amity.core.uploads import check_upload


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is not None and hasattr(upload, "content_type"):
            check_upload(upload, extensions=settings.WAGTAILDOCS_EXTENSIONS)
        return upload
