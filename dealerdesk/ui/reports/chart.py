"""A funnel chart drawn with Qt Charts: centred horizontal bars, widest stage on top."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

ACCENT = "#2563eb"
STAGE_COLOURS = ["#93b4f5", "#6b96f0", "#3f76ea", "#2563eb"]


class FunnelChart(QChartView):
    """Stages as centred bars whose width is the stage's count (a funnel)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 260)
        self._chart = QChart()
        self._chart.legend().hide()
        self._chart.setMargins(QMargins(4, 4, 4, 4))
        self._chart.setBackgroundRoundness(0)
        self.setChart(self._chart)

    def set_stages(self, stages: list[tuple[str, int]], title: str = "") -> None:
        """(label, count) from the top of the funnel down."""
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        widest = max([n for _, n in stages] + [1])
        series = QHorizontalStackedBarSeries()
        pad, bar = QBarSet("pad"), QBarSet("count")
        pad.setColor(QColor(0, 0, 0, 0))
        pad.setBorderColor(QColor(0, 0, 0, 0))
        bar.setColor(QColor(ACCENT))
        bar.setBorderColor(QColor(ACCENT))
        bar.setLabelColor(QColor("white"))
        for _label, n in reversed(stages):  # a horizontal chart draws its first category last
            pad.append((widest - n) / 2)
            bar.append(n)
        series.append(pad)
        series.append(bar)
        series.setBarWidth(0.55)  # bars, not blocks: white space between the stages
        series.setLabelsVisible(False)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([f"{label}  {n}" for label, n in reversed(stages)])
        categories.setGridLineVisible(False)
        values = QValueAxis()
        values.setRange(0, widest)
        values.setVisible(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)


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
