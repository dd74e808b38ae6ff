"""Load the FR/EN translations and route the core's tr() through Qt."""
from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .core.i18n import set_translator

I18N = Path(__file__).resolve().parent / "i18n"
_installed = []


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 (the name pylupdate5 looks for)
    """Mark a text of Qt itself (``context``: its class) for our translation file."""
    return text


# Qt's own words in the dialogs the plugin opens (standard buttons, the file dialog), in our
# translation file under Qt's contexts: our translator gives them in French even where QGIS
# found no translation of Qt (Debian ships none without qttranslations5-l10n), so a French
# QGIS never shows « Save » and « Cancel » beside our French labels.
QT_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "&New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Rename"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Delete"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
)


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
