"""Set one translation in amity/locale/LANG and clear its fuzzy mark, keeping the file's
layout as makemessages writes it. Usage: scripts/translate.py LANG MSGID MSGSTR"""

import re
import sys
from pathlib import Path

lang, msgid, msgstr = sys.argv[1:4]
path = Path(__file__).resolve().parent.parent / "amity/locale" / lang / "LC_MESSAGES/django.po"
text = path.read_text(encoding="utf-8")
entry = re.compile(
    r'(?:#, fuzzy(?P<flags>(?:, [\w-]+)*)\n)?(?:#\| msgid "[^\n]*"\n)?'
    r'msgid "' + re.escape(msgid) + r'"\nmsgstr "[^\n]*"'
)


def replace(match):
    flags = match.group("flags")
    head = f"#{flags[1:]}\n" if flags else ""
    return f'{head}msgid "{msgid}"\nmsgstr "{msgstr}"'


text, count = entry.subn(replace, text)
if count != 1:
    sys.exit(f"{msgid!r}: found {count} entries in {path}")
path.write_text(text, encoding="utf-8")
