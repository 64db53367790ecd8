"""DealerDesk: customer care for a small used-car dealer (车商客户管家)."""

__version__ = "0.1.0"
APP_NAME = "DealerDesk"
APP_NAME_ZH = "车商客户管家"
