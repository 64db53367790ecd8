from tests.ui.test_walkthrough import *  # noqa


def _t(w, text):
    e = getattr(w, "edit", w)
    e.setText(text)
    if hasattr(e, "textEdited"):
        e.textEdited.emit(text)
    if hasattr(e, "editingFinished"):
        e.editingFinished.emit()


def test_probe_vehicle(qtbot, window, type_text, dialogs):
    screen, cid = add_first_customer(qtbot, window, type_text)
    v = screen.page.vehicles
    def bad(d):
        u = d.ui
        _t(u.brandEdit, "丰田")
        for name, val in [("registeredEdit", "2023-02-30"), ("dealPriceEdit", "-5"),
                          ("mileageEdit", "-100"), ("yearEdit", "3000"), ("compulsoryEdit", "明天"),
                          ("vinEdit", "123"), ("plateEdit", "ABC")]:
            _t(getattr(u, name), val)
        ok = d.save()
        print("save", ok, {f: d.errors.text(f) for f in ("registered_on", "deal_price_cents", "mileage_km", "year", "compulsory_ins_expiry", "vin", "plate")})
    dialogs.then(bad)
    dialogs.then(lambda box: print("ASK", box.text()[:120]) or box.reject())
    v.add_vehicle()
    print("vehicles", Vehicle.select().count(), dialogs.handlers)
