"""The article body's picture format: the picture with its caption under it, as the seed
pages show them. The caption is the image's title in the image library, so an editor
writes it once per picture; the alt text is the one given where the picture is placed."""

from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.images.formats import Format, register_image_format


class CaptionedFormat(Format):
    def image_to_html(self, image, alt_text, extra_attributes=None):
        img = super().image_to_html(image, alt_text, extra_attributes)
        if extra_attributes is not None:  # in the editor: the bare picture
            return img
        return format_html(
            '<figure class="captioned">{}<figcaption>{}</figcaption></figure>', img, image.title
        )


register_image_format(
    CaptionedFormat("captioned", _("Full width with caption"), "full-width", "width-960")
)
