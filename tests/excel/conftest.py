"""Builders for the messy files the Excel tests read: each test writes its own."""

import datetime as dt

import pytest


@pytest.fixture
def write_xlsx(tmp_path):
    """write_xlsx(rows, name=..., title=None, sheet=...) -> path; rows are lists of cell values."""
    import openpyxl

    def write(rows, name="in.xlsx", title=None, sheet="客户", extra_sheets=()):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = sheet
        if title:
            ws.append([title])
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6)
            ws.append([])
        for row in rows:
            ws.append(row)
        for extra in extra_sheets:
            wb.create_sheet(extra).append(["x"])
        path = tmp_path / name
        wb.save(path)
        return path

    return write


@pytest.fixture
def write_csv(tmp_path):
    def write(rows, name="in.csv", encoding="utf-8", delimiter=","):
        text = "\r\n".join(delimiter.join(str(v) for v in row) for row in rows) + "\r\n"
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write


@pytest.fixture
def plan(store, today):
    from dealerdesk.services.imports import plan_import

    def make(path, **kw):
        return plan_import(path, today=today, **kw)

    return make


@pytest.fixture
def do_import(store, today):
    from dealerdesk.services.imports import plan_import, run_import

    def run(path, **kw):
        planned = plan_import(path, today=today, **kw)
        result = run_import(planned, staff_id=None, today=today,
                            now=dt.datetime(2026, 11, 26, 10, 0))
        return planned, result

    return run
