"""Load the FR/EN translations and route the core's tr() through Qt."""
from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .core.i18n import set_translator

I18N = Path(__file__).resolve().parent / "i18n"
_installed = []


def user_language() -> str:
    """'fr' for a French locale (the default of the plugin's users), else 'en'."""
    locale = QgsSettings().value("locale/userLocale", "") or QLocale.system().name()
    return "fr" if str(locale).lower().startswith("fr") else "en"


def install(lang: str | None = None) -> str:
    lang = lang or user_language()
    remove()
    translator = QTranslator()
    if translator.load(str(I18N / f"scan_urba_plugin_{lang}.qm")):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    set_translator(lambda text: QCoreApplication.translate("@default", text), lang)
    return lang


def remove():
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    set_translator(None)
