"""Rich text is cleaned before it is stored, whatever its way in (the editor, a paste, the
API, a script): only the tags and attributes Wagtail's own rich-text format uses survive.
Draftail already drops most things, but a page saved any other way would not pass
through it; Ammonia (`nh3`) is the safelist sanitizer that does not let a clever paste
through."""

import re

import nh3

TAGS = {
    "p", "br", "h2", "h3", "h4", "b", "i", "strong", "em", "u", "ol", "ul", "li",
    "blockquote", "a", "embed", "hr",
}  # fmt: skip
ATTRIBUTES = {
    # Wagtail keeps internal links as <a linktype="page" id="…"> and images as
    # <embed embedtype="image" id="…" format="…" alt="…">, expanded when shown.
    "a": {"href", "linktype", "id"},
    "embed": {"embedtype", "id", "format", "alt", "url"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
# nh3 writes void elements the HTML way, `<embed …>`; Wagtail's rewriter only expands the
# self-closed `<embed …/>` of its storage format.
_OPEN_EMBED = re.compile(r"<embed\b([^>]*?)\s*/?>")


def clean_rich_text(html: str) -> str:
    if not html:
        return html
    cleaned = nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,  # rel is added when shown where needed, not stored
        strip_comments=True,
    )
    return _OPEN_EMBED.sub(r"<embed\1/>", cleaned)
