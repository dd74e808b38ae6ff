"""Translation hook for the QGIS-free core.

Core code wraps every user-visible string in ``tr("...")`` so that pylupdate5 collects it
(context ``@default``). The QGIS side installs the real translator with ``set_translator``;
without one the English source text is used.
"""
_translate = None
_language = "en"


def set_translator(func, language: str = "en"):
    """func(text) -> translated text; None restores the source language."""
    global _translate, _language
    _translate = func
    _language = language if func is not None else "en"


def plural(n, one: str, many: str) -> str:
    """The word for ``n`` things, translated: « 1 opportunité », « 2 opportunités »; 0 is
    singular in French (« 0 constat »), plural in English ("0 findings")."""
    single = n == 1 or (n == 0 and _language == "fr")
    return tr(one if single else many)


_SMALL_NUMBERS = {
    "fr": ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
}


def count_words(n) -> str:
    """A count in running text: in words up to ten (« les cinq supports »), in digits above."""
    n = int(n)
    words = _SMALL_NUMBERS.get(_language, _SMALL_NUMBERS["en"])
    return words[n] if 0 <= n < len(words) else str(n)


def tr(text, **values):
    out = _translate(text) if _translate else text
    return out.format(**values) if values else out


def listed(words, separator: str = ", ") -> str:
    """« a », « a et b », « a, b et c » (``separator`` between all but the last two)."""
    return words[0] if len(words) == 1 else \
        separator.join(words[:-1]) + tr(" and ") + words[-1]


def QT_TR_NOOP(text):  # noqa: N802 (the name pylupdate5 looks for)
    """Mark a string for translation where it is defined; translate it with tr() when shown."""
    return text
