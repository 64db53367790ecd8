"""A UI context on the test database, and a messy sheet to import."""

import datetime as dt

import pytest


@pytest.fixture
def ctx(store, qtbot):
    from dealerdesk.ui.app_signals import AppSignals
    from dealerdesk.ui.context import UiContext

    return UiContext(signals=AppSignals(), db_path=store)


@pytest.fixture
def messy_sheet(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2024客户"
    ws.append(["鑫达二手车行 客户登记表（2024年）"])
    ws.merge_cells("A1:H1")
    ws.append(["制表：张经理"])
    ws.append([])
    ws.append(["序号", "客户名称", "联系电话", "出生日期", "车牌", "上牌时间", "客户来源",
               "跟进情况"])
    ws.append([1, "李建国", "+8619709145341", "1982.04.18", "沪C6F2J7", "3/25/2021", "瓜子",
               "想换SUV"])
    ws.append([2, "王秀英", "184-0640-2752", "1968年4月20日", "皖D 2dg0f", "2020/10/25", "电话",
               "已成交"])
    ws.append([3, "张磊", 18971769569, dt.datetime(1977, 5, 9), "苏BB6HKG", 43413, "抖音", None])
    ws.append([None, "王秀英", 18406402752, None, None, None, None, "重复录入"])
    ws.append([4, "孤零零", None, None, None, None, None, None])
    ws.append([5, "错日期", "13812345678", "明年", None, None, None, None])
    ws.append([None, "合计", None, None, None, None, None, "5人"])
    path = tmp_path / "客户登记表.xlsx"
    wb.save(path)
    return path
