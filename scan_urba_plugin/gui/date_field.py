"""A date the user types (jj/mm/aaaa) or picks in a calendar, which may stay empty.

QDateEdit and QgsDateEdit edit one section at a time: selecting all and typing « 15/10/2026 »
gave 06/10/2026 (the day dropped, today's kept), silently. A line edit reads the whole text
and says at once, under the field, when it is not a date."""
from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QDate, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import tr

SHOWN = "dd/MM/yyyy"
# what a person types: 15/10/2026, 1/2/2026, 15.10.2026, 15-10-2026, 2026-10-15
READ = ("d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "yyyy-MM-dd")
WRONG_STYLE = "border: 2px solid #c0392b;"
PROBLEM_STYLE = "color: #c0392b;"


def keep_place(widget, lines: int = 0):
    """The widget's place kept while it is hidden (and, for a label, ``lines`` lines of
    height reserved): a message appearing never moves the fields below it, so a click
    meant for one field does not land in the next."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
    if lines:
        widget.setFixedHeight(lines * widget.fontMetrics().lineSpacing() + 2)


def read_date(text: str) -> QDate | None:
    """The date written, QDate() when empty, None when the text is not a date."""
    text = text.strip()
    if not text:
        return QDate()
    for form in READ:
        date = QDate.fromString(text, form)
        if date.isValid() and date.year() >= 1900:
            return date
    return None


class DateField(QWidget):
    """A typed date with a calendar button; an invalid text is shown in red with why."""

    changed = pyqtSignal()

    def __init__(self, parent=None, iso: str = ""):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        line = QHBoxLayout()
        line.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(tr("dd/mm/yyyy (not given)"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self._typed)
        # its red border (a wrong date) never changes its height: the fields below stay put
        self.edit.setFixedHeight(self.edit.sizeHint().height())
        line.addWidget(self.edit, 1)
        self.button = QToolButton(self)
        self.button.setIcon(QgsApplication.getThemeIcon("/mIconFieldDate.svg"))  # in QGIS 3.22+
        self.button.setToolTip(tr("Pick the date in a calendar"))
        self.button.clicked.connect(self.show_calendar)
        line.addWidget(self.button)
        layout.addLayout(line)
        self.problem_label = QLabel("", self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(PROBLEM_STYLE)
        self.problem_label.setVisible(False)
        self.problem_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        keep_place(self.problem_label, 2)
        layout.addWidget(self.problem_label)
        self.calendar = None
        self._problem = ""
        self.setFocusProxy(self.edit)
        self.setDate(QDate.fromString(str(iso or ""), "yyyy-MM-dd"))

    # --- the value -------------------------------------------------------------------------

    def date(self) -> QDate:
        """The date given; QDate() when empty or not a date."""
        date = read_date(self.edit.text())
        return date if date is not None else QDate()

    def setDate(self, date: QDate):  # noqa: N802 (as QDateEdit)
        self.edit.setText(date.toString(SHOWN) if date is not None and date.isValid() else "")

    def isNull(self) -> bool:  # noqa: N802 (as QgsDateEdit)
        return not self.edit.text().strip()

    def iso(self) -> str:
        date = self.date()
        return date.toString("yyyy-MM-dd") if date.isValid() else ""

    def is_valid(self) -> bool:
        """Empty or a date (a text that is not a date is never taken as empty)."""
        return read_date(self.edit.text()) is not None

    # --- what is wrong with it ---------------------------------------------------------------

    def problem(self) -> str:
        if not self.is_valid():
            return tr("« {typed} » is not a date: type it as dd/mm/yyyy (15/10/2026).",
                      typed=self.edit.text().strip())
        return self._problem

    def set_problem(self, problem: str):
        """A problem found beside the field (a receipt before the arrêt), shown under it."""
        self._problem = problem
        self._show()

    def _typed(self, _text):
        self._show()
        self.changed.emit()

    def _show(self):
        problem = self.problem()
        self.edit.setStyleSheet(WRONG_STYLE if problem else "")
        self.problem_label.setText(problem)
        self.problem_label.setToolTip(problem)  # in full, should two lines not hold it
        self.problem_label.setVisible(bool(problem))

    # --- the calendar ----------------------------------------------------------------------

    def show_calendar(self):
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        date = self.date()
        self.calendar.setSelectedDate(date if date.isValid() else QDate.currentDate())
        self.calendar.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.show()
        return self.calendar

    def _picked(self, date: QDate):
        self.setDate(date)
        self.calendar.hide()
