"""This month's funnel figures as tiles (a row, or a grid for the Today screen's side panel)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from dealerdesk.domain.funnel import period_of
from dealerdesk.services import reports
from dealerdesk.ui.followups.common import COLORS, fmt_rate


class FigureTile(QFrame):
    """One number with its caption and a small note under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureTile")
        self.setStyleSheet(f"#figureTile {{ background: white; border: 1px solid "
                           f"{COLORS['border']}; border-radius: 6px; }}")
        self.caption, self.value, self.note = QLabel(), QLabel(), QLabel()
        self.caption.setStyleSheet(f"color: {COLORS['muted']};")
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.note.setStyleSheet(f"color: {COLORS['muted']};")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        for label in (self.caption, self.value, self.note):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(label)

    def set_figure(self, caption: str, value: str, note: str = "") -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.note.setText(note)


class MonthFigures(QWidget):
    """Leads, 24-hour follow-up, visits, deals, revisits on time and lost: this month so far."""

    def __init__(self, ctx, parent: QWidget | None = None, *, staff_id: int | None = None,
                 columns: int = 6) -> None:
        super().__init__(parent)
        self.ctx, self.staff_id = ctx, staff_id
        self.tiles = [FigureTile() for _ in range(6)]
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for i, tile in enumerate(self.tiles):
            layout.addWidget(tile, i // columns, i % columns)
        for column in range(columns):
            layout.setColumnStretch(column, 1)  # tiles of one width, whatever their words
        ctx.signals.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes) -> None:
        if changes.touches("followups", "customers", "revisits"):
            self.refresh()

    def refresh(self) -> None:
        r = reports.funnel_report(period=period_of("month", self.ctx.today()),
                                  staff_id=self.staff_id, today=self.ctx.today())
        rates = {s.stage: s.rate for s in r.stages()}
        figures = [
            (self.tr("Leads this month"), str(r.leads),
             self.tr("{n} by referral").format(n=r.referrals)),
            (self.tr("Followed up in 24 h"), fmt_rate(rates["followed_24h"]),
             self.tr("{n} of {leads} new leads").format(n=r.followed_24h, leads=r.leads)),
            (self.tr("Came to the shop"), str(r.visits),
             self.tr("{n} of {leads} new leads ({rate})").format(
                 n=r.leads_visited, leads=r.leads, rate=fmt_rate(rates["visits"]))),
            (self.tr("Deals"), str(r.deals), self.tr("{rate} of those who came").format(
                rate=fmt_rate(rates["deals"]))),
            (self.tr("Revisits on time"), fmt_rate(r.revisit_rate),
             self.tr("{done} of {due}").format(done=r.revisits_on_time, due=r.revisits_due)),
            (self.tr("Lost"), str(sum(f.count for f in r.lost)),
             self.tr("{n} repeat purchases").format(n=r.repeat_purchases)),
        ]
        for tile, (caption, value, note) in zip(self.tiles, figures, strict=True):
            tile.set_figure(caption, value, note)
