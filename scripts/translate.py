"""Set one translation in amity/locale/LANG and clear its fuzzy mark, keeping the file's
layout as makemessages writes it. Usage: scripts/translate.py LANG MSGID MSGSTR"""

import ast
import sys
from pathlib import Path


def joined(lines: list[str]) -> str:
    return "".join(
        ast.literal_eval(line.split(" ", 1)[1] if line.startswith("msg") else line)
        for line in lines
    )


def set_translation(path: Path, msgid: str, msgstr: str) -> None:
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    found = 0
    for i, block in enumerate(blocks):
        lines = block.split("\n")
        ids = [n for n, line in enumerate(lines) if line.startswith("msgid ")]
        strs = [n for n, line in enumerate(lines) if line.startswith("msgstr")]
        if not ids or not strs:
            continue
        if joined(lines[ids[0] : strs[0]]) != msgid:
            continue
        kept = []
        for line in lines[: ids[0]]:
            if line.startswith("#|"):
                continue  # the previous msgid of a fuzzy match
            if line.startswith("#,"):
                flags = [f.strip() for f in line[2:].split(",") if f.strip() != "fuzzy"]
                if not flags:
                    continue
                line = "#, " + ", ".join(flags)
            kept.append(line)
        escaped = msgstr.replace("\\", "\\\\").replace('"', '\\"')
        blocks[i] = "\n".join([*kept, *lines[ids[0] : strs[0]], f'msgstr "{escaped}"'])
        found += 1
    if found != 1:
        sys.exit(f"{msgid!r}: found {found} entries in {path}")
    path.write_text("\n\n".join(blocks), encoding="utf-8")


if __name__ == "__main__":
    lang, msgid, msgstr = sys.argv[1:4]
    root = Path(__file__).resolve().parent.parent
    set_translation(root / "amity/locale" / lang / "LC_MESSAGES/django.po", msgid, msgstr)
