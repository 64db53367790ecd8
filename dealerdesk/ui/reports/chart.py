"""Report charts: the funnel of a period's new leads (painted), plain bars, and bars month
by month (Qt Charts)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

STAGE_COLOURS = ["#93b4f5", "#6b96f0", "#3f76ea", "#2563eb"]


class FunnelChart(QWidget):
    """Where a period's new leads went, drawn as a funnel a dealer reads at a glance.

    Each step is a centred band as wide as its share of the new leads, with the step's
    name on the left and "count · share" on the right; the title says whose leads they
    are and the note under it says what is counted outside the funnel.
    """

    ROW = (40, 72)  # smallest and largest height of one step, spacing included
    LABEL_W = 0.32  # share of the width for the step names
    FIGURE_W = 0.18  # share of the width for "count · share"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(360, 260)
        self.steps: list[tuple[str, int]] = []
        self.title = ""
        self.note = ""

    def set_funnel(self, steps: list[tuple[str, int]], title: str = "", note: str = "") -> None:
        """(label, count) from the top down; every count is part of the one above."""
        self.steps, self.title, self.note = list(steps), title, note
        self.update()

    def figure_text(self, count: int) -> str:
        """"8 · 73%": the count and its share of the first step."""
        first = self.steps[0][1] if self.steps else 0
        share = f" · {count * 100 / first:.0f}%" if first else ""
        return f"{count}{share}"

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        margin = 16
        area = self.rect().adjusted(margin, margin, -margin, -margin)
        top = area.top()
        if self.title:
            bold = QFont(self.font())
            bold.setBold(True)
            bold.setPointSizeF(self.font().pointSizeF() * 1.1)
            painter.setFont(bold)
            painter.setPen(QColor("#1f2933"))
            box = QRect(area.left(), top, area.width(), 48)
            used = painter.boundingRect(box, Qt.TextFlag.TextWordWrap, self.title)
            painter.drawText(box, Qt.TextFlag.TextWordWrap, self.title)
            top += used.height() + 14
        painter.setFont(self.font())
        label_w = int(area.width() * self.LABEL_W)
        figure_w = int(area.width() * self.FIGURE_W)
        band_left, band_w = area.left() + label_w, area.width() - label_w - figure_w
        first = max(self.steps[0][1], 1) if self.steps else 1
        note_room = 3 * self.fontMetrics().height() if self.note else 0
        room = (area.bottom() - top - note_room) // max(len(self.steps), 1)
        row = max(self.ROW[0], min(self.ROW[1], room))
        for i, (label, count) in enumerate(self.steps):
            y = top + i * row
            height = row - 12
            width = max(4, int(band_w * min(count, first) / first)) if count else 0
            colour = QColor(STAGE_COLOURS[min(i, len(STAGE_COLOURS) - 1)])
            if width:
                band = QRect(band_left + (band_w - width) // 2, y, width, height)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(band, 4, 4)
            painter.setPen(QColor("#1f2933"))
            painter.drawText(QRect(area.left(), y, label_w - 8, height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                             | Qt.TextFlag.TextWordWrap, label)
            painter.drawText(QRect(band_left + band_w + 8, y, figure_w - 8, height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.figure_text(count))
        if self.note:
            y = top + len(self.steps) * row + 6
            painter.setPen(QColor("#667085"))
            painter.drawText(QRect(area.left(), y, area.width(), area.bottom() - y),
                             Qt.TextFlag.TextWordWrap, self.note)
        painter.end()


class BarChart(QChartView):
    """Plain horizontal bars (lost reasons, segments)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 220)
        self._chart = QChart()
        self._chart.legend().hide()
        self._chart.setMargins(QMargins(4, 4, 4, 4))
        self.setChart(self._chart)

    def set_bars(self, bars: list[tuple[str, int]], title: str = "",
                 colour: str = "#c62828") -> None:
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        series = QHorizontalBarSeries()
        values = QBarSet("n")
        values.setColor(QColor(colour))
        values.setBorderColor(QColor(colour))
        for _label, n in reversed(bars):
            values.append(n)
        series.append(values)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([label for label, _ in reversed(bars)] or [""])
        axis = QValueAxis()
        axis.setRange(0, max([n for _, n in bars] + [1]) * 1.15)
        axis.applyNiceNumbers()
        axis.setLabelFormat("%d")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(axis)


class MonthChart(QChartView):
    """Bars month by month, one colour per figure (the pool's in- and out-flow, the trends,
    the moves between tiers)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 200)
        self._chart = QChart()
        self._chart.setMargins(QMargins(4, 4, 4, 4))
        self.setChart(self._chart)

    def set_bars(self, title: str, months: list[str],
                 series_list: list[tuple[str, str, list[int]]]) -> None:
        """One group of bars per month ("YYYY-MM"), one bar per (label, colour, values).

        Past 12 months a month name comes back each year, so the labels carry the year
        ("25-03"), upright to fit; an empty slot at each end keeps the first and last month's
        labels, which Qt hides when upright labels meet the plot's edge."""
        self.clear(title)
        chart = self._chart
        pad = [0] if len(months) > 12 else []
        series = QBarSeries()
        for label, colour, values in series_list:
            bars = QBarSet(label)
            bars.setColor(QColor(colour))
            bars.setBorderColor(QColor(colour))
            for number in pad + list(values) + pad:
                bars.append(number)
            series.append(bars)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        if pad:
            categories.append([" "] + [m[2:] for m in months] + ["  "])
            categories.setLabelsAngle(-90)
            categories.setTruncateLabels(False)
        else:
            categories.append([m[5:] for m in months] or [""])
        axis = QValueAxis()
        axis.setRange(0, max([max(v, default=0) for _l, _c, v in series_list] + [1]) * 1.1)
        axis.applyNiceNumbers()
        axis.setLabelFormat("%d")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(axis)

    def clear(self, title: str = "") -> None:
        """No bars and no axes, only `title` (e.g. while the figures are computed)."""
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)

    def categories(self) -> list[str]:
        """The labels under the bars, one per month."""
        return [label for axis in self._chart.axes(Qt.Orientation.Horizontal)
                if isinstance(axis, QBarCategoryAxis) for label in axis.categories()
                if label.strip()]

    def series_count(self) -> int:
        """How many figures the chart shows (bar sets of its series)."""
        return sum(len(s.barSets()) for s in self._chart.series())
