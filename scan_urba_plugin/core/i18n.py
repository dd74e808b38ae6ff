"""Translation hook for the QGIS-free core.

Core code wraps every user-visible string in ``tr("...")`` so that pylupdate5 collects it
(context ``@default``). The QGIS side installs the real translator with ``set_translator``;
without one the English source text is used.
"""
_translate = None


def set_translator(func):
    """func(text) -> translated text; None restores the source language."""
    global _translate
    _translate = func


def tr(text, **values):
    out = _translate(text) if _translate else text
    return out.format(**values) if values else out


def QT_TR_NOOP(text):  # noqa: N802 (the name pylupdate5 looks for)
    """Mark a string for translation where it is defined; translate it with tr() when shown."""
    return text
