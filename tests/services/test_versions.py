"""Saving over another PC's change: versions, the merge of untouched fields, the conflict.
Runs on the file and, with DEALERDESK_TEST_BACKEND=postgresql, on the server."""

import dataclasses
import json
import os
import subprocess
import sys
import textwrap

import pytest

from dealerdesk.domain.errors import EditConflict, ValidationFailed
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services import settings, vehicles
from dealerdesk.services.customers import create_customer, get_customer, input_of, update_customer
from dealerdesk.services.store import close_store


@pytest.fixture
def opened(store, today):
    """A customer as a form opened it: (id, values shown, version)."""
    cid, _ = create_customer(CustomerInput(name="张三", phone="13812345678", notes="old"),
                             today=today)
    record = get_customer(cid)
    return cid, input_of(record), record.version


def test_every_change_raises_the_version(opened, today):
    cid, shown, version = opened
    update_customer(cid, dataclasses.replace(shown, notes="new"), today=today)
    assert get_customer(cid).version == version + 1


def test_saving_over_another_change_to_the_same_field_is_refused_with_both_values(
        opened, today):
    cid, shown, version = opened
    update_customer(cid, dataclasses.replace(shown, notes="theirs"), today=today)  # other PC
    with pytest.raises(EditConflict) as caught:
        update_customer(cid, dataclasses.replace(shown, notes="mine"), today=today,
                        version=version, original=shown)
    conflict = caught.value
    assert isinstance(conflict, ValidationFailed)
    assert [(c.field, c.mine, c.theirs) for c in conflict.conflicts] == [
        ("notes", "mine", "theirs")]
    assert conflict.for_field("notes") is not None
    assert get_customer(cid).notes == "theirs"  # nothing was written
    # Keep mine: save again over the version the conflict reported.
    update_customer(cid, dataclasses.replace(shown, notes="mine"), today=today,
                    version=conflict.version, original=input_of(get_customer(cid)))
    assert get_customer(cid).notes == "mine"


def test_changes_to_different_fields_are_both_kept(opened, today):
    cid, shown, version = opened
    update_customer(cid, dataclasses.replace(shown, address="杭州"), today=today)
    update_customer(cid, dataclasses.replace(shown, notes="mine"), today=today,
                    version=version, original=shown)
    saved = get_customer(cid)
    assert (saved.address, saved.notes) == ("杭州", "mine")


def test_a_vehicle_saved_over_another_change_raises_the_conflict(opened, today):
    cid, _, _ = opened
    vid, _ = vehicles.add_vehicle(cid, VehicleInput(brand="丰田", colour="白"), today=today)
    shown = vehicles.get_vehicle(vid)
    values = VehicleInput(**{f.name: getattr(shown, f.name)
                             for f in dataclasses.fields(VehicleInput)})
    vehicles.update_vehicle(vid, dataclasses.replace(values, colour="黑"), today=today)
    with pytest.raises(EditConflict) as caught:
        vehicles.update_vehicle(vid, dataclasses.replace(values, colour="红"), today=today,
                                version=shown.version, original=values)
    assert caught.value.theirs() == {"colour": "黑"}


def test_a_setting_saved_over_another_change_raises_the_conflict(store):
    opened = settings.setting_versions(["shop_name"])
    settings.set_settings({"shop_name": "东方车行"})
    with pytest.raises(EditConflict) as caught:
        settings.set_settings({"shop_name": "西湖车行"}, versions=opened)
    assert caught.value.theirs() == {"shop_name": "东方车行"}
    settings.set_settings({"shop_name": "西湖车行"},
                          versions=settings.setting_versions(["shop_name"]))
    assert settings.get_setting("shop_name") == "西湖车行"


EDITOR = textwrap.dedent("""
    import dataclasses, datetime as dt, json, sys, time
    from pathlib import Path
    from dealerdesk import clock
    from dealerdesk.domain.errors import EditConflict
    from dealerdesk.services.customers import get_customer, input_of, update_customer
    from dealerdesk.services.store import open_store, set_operator
    location, cid, me, meet = sys.argv[1], int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
    where = location if location.startswith("postgresql") else Path(location)
    with clock.use_clock(clock.fixed_at(dt.datetime(2026, 11, 26, 15, 0))):
        open_store(where, backup_dir=Path(sys.argv[5]))
        set_operator("pc" + me)
        record = get_customer(cid)  # the form opens...
        shown = input_of(record)
        (meet / me).touch()  # ...on both PCs before either saves
        while len(list(meet.iterdir())) < 2:
            time.sleep(0.01)
        try:
            update_customer(cid, dataclasses.replace(shown, notes="from pc" + me),
                            version=record.version, original=shown)
            print(json.dumps(["saved"]))
        except EditConflict as exc:
            print(json.dumps(["conflict", [[c.field, c.mine, c.theirs]
                                           for c in exc.conflicts]]))
""")


def test_two_processes_editing_one_customer_at_once_raise_the_conflict(
        store, opened, tmp_path):
    cid, _, _ = opened
    close_store()
    meet = tmp_path / "meet"
    meet.mkdir()
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    location = str(store)
    procs = [subprocess.Popen([sys.executable, "-c", EDITOR, location, str(cid), str(i),
                               str(meet), str(tmp_path / f"bk{i}")], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for i in range(2)]
    outcomes = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        outcomes.append(json.loads(out.strip().splitlines()[-1]))
    saved = [o for o in outcomes if o[0] == "saved"]
    refused = [o for o in outcomes if o[0] == "conflict"]
    assert len(saved) == 1 and len(refused) == 1
    (field, mine, theirs), = refused[0][1]
    assert field == "notes" and {mine, theirs} == {"from pc0", "from pc1"}
