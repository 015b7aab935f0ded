"""Write .po skeletons of the Wagtail admin strings that Wagtail's own Vietnamese and
Chinese catalogs leave untranslated, into amity/locale_wagtail/. Existing translations
there are kept. Run: .venv/bin/python scripts/wagtail_gaps.py"""

from pathlib import Path

import wagtail
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

WAGTAIL = Path(wagtail.__file__).parent
APPS = ["admin", ".", "users", "documents", "images", "search"]
TARGET = Path(__file__).resolve().parent.parent / "amity" / "locale_wagtail"


def read(path: Path) -> Catalog | None:
    if not path.exists():
        return None
    with path.open("rb") as f:
        return read_po(f)


for lang in ["vi", "zh_Hans"]:
    out_path = TARGET / lang / "LC_MESSAGES" / "django.po"
    existing = read(out_path)
    out = Catalog(locale=lang, project="Amity (Wagtail supplement)", fuzzy=False)
    for app in APPS:
        source = read(WAGTAIL / app / "locale" / "en" / "LC_MESSAGES" / "django.po")
        translated = read(WAGTAIL / app / "locale" / lang / "LC_MESSAGES" / "django.po")
        for message in source:
            if not message.id:
                continue
            done = translated and translated.get(message.id, message.context)
            if done and (done.string if isinstance(done.string, str) else any(done.string)):
                continue
            previous = existing and existing.get(message.id, message.context)
            string = previous.string if previous else ("" if isinstance(message.id, str) else ("",))
            if out.get(message.id, message.context) is None:
                out.add(
                    message.id, string, context=message.context, auto_comments=[f"wagtail/{app}"]
                )
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("wb") as f:
        write_po(f, out, width=0, omit_header=False)
    print(lang, len(out), "entries", out_path)
