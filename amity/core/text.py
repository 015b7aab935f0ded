"""Text helpers shared by every app: name matching that ignores case, diacritics and
the generic words Vietnamese documents put in front of names."""

import re
import unicodedata

# Words that describe what a name is rather than which one it is
# ("Tổ chức Oxfam" is Oxfam). Compared after diacritics are removed.
GENERIC_PREFIXES = (
    "to chuc phi chinh phu",
    "to chuc",
    "quy",
    "organisation",
    "organization",
    "the",
)
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def strip_diacritics(text: str) -> str:
    """'Đồng Nai' -> 'Dong Nai'. Leaves CJK and other scripts alone."""
    decomposed = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lower-case, diacritic-free, punctuation-free form of a text for comparison."""
    folded = strip_diacritics(unicodedata.normalize("NFKC", text)).casefold()
    return " ".join(_NON_WORD.sub(" ", folded).split())


def name_keys(name: str) -> set[str]:
    """The keys under which an organization's name is matched.

    'Tổ chức Oxfam', 'OXFAM' and 'Oxfam' all give {'oxfam'}; 'WWO/Hoa Kỳ' (the
    ACRONYM/Country form of Vietnamese documents) also gives 'wwo'.
    """
    keys: set[str] = set()
    variants = [name]
    if "/" in name:
        variants.append(name.split("/", 1)[0])
    for variant in variants:
        key = fold(variant)
        for prefix in GENERIC_PREFIXES:
            if key.startswith(prefix + " "):
                key = key[len(prefix) + 1 :]
                break
        # Chinese names carry no spaces; fold() keeps them whole.
        key = key.replace(" ", "")
        if key:
            keys.add(key)
    return keys
