"""Peewee models for every record DealerDesk keeps (see DESIGN.md, "Data").

Money is integer cents, dates are `date`, moments are `datetime` in local time.
Derived values that lists sort and filter on (pinyin keys, birthday month-day, last
and next follow-up) are stored beside their source and kept in step by the services in
the same transaction.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import (
    SQL,
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from dealerdesk import clock
from dealerdesk.db.database import db


# SQL defaults as well as Python ones, so that bulk inserts and older code paths that
# leave a column out still satisfy NOT NULL.
def sql_default(value: str) -> list[Any]:
    """A column constraint giving the SQL DEFAULT `value` (an SQL literal)."""
    return [SQL(f"DEFAULT {value}")]


BLANK = sql_default("''")


def _now() -> dt.datetime:
    return clock.now()


class BaseModel(Model):
    """Binds every model to the one database proxy."""

    class Meta:
        database = db
        legacy_table_names = False


class Setting(BaseModel):
    """One shop-wide setting as JSON text (shop name, lead times, levels...)."""

    key = CharField(primary_key=True)
    value = TextField()
    # Raised by set_settings with each change (settings are written whole, INSERT OR
    # REPLACE, so no trigger could carry it over).
    version = IntegerField(default=1, constraints=sql_default('1'))


class Staff(BaseModel):
    """A person who works in the shop; chosen as operator at start."""

    id = AutoField()
    name = CharField()
    phone = CharField(default="", constraints=BLANK)
    active = BooleanField(default=True, constraints=sql_default('1'))
    created_at = DateTimeField(default=_now)
    # "owner" or "salesperson"; the rights of each live in services/access.py
    role = CharField(default="salesperson", constraints=sql_default("'salesperson'"))
    pin_hash = CharField(default="", constraints=BLANK)  # scrypt, hex; "" = no PIN yet
    pin_salt = CharField(default="", constraints=BLANK)
    failed_pins = IntegerField(default=0, constraints=sql_default('0'))  # wrong PINs in a row
    pin_wait_until = DateTimeField(null=True)  # no PIN is checked before this moment


class Customer(BaseModel):
    """A person the shop keeps in touch with: lead, buyer, or both over the years."""

    id = AutoField()
    name = CharField(index=True)
    name_pinyin = CharField(default="", index=True, constraints=BLANK)
    name_initials = CharField(default="", index=True, constraints=BLANK)
    # The everyday reading of a name whose surname or given name reads otherwise in names
    # (单 Shan, everyday dan): "" when it is the same as name_pinyin / name_initials.
    name_pinyin_alt = CharField(default="", index=True, constraints=BLANK)
    name_initials_alt = CharField(default="", index=True, constraints=BLANK)
    phone = CharField(default="", index=True, constraints=BLANK)
    phone2 = CharField(default="", constraints=BLANK)
    wechat = CharField(default="", constraints=BLANK)
    gender = CharField(default="", constraints=BLANK)  # "M", "F" or ""
    birthday = DateField(null=True)
    birthday_md = IntegerField(null=True, index=True)  # month*100+day of the solar birthday
    lunar_birthday = BooleanField(default=False, constraints=sql_default('0'))
    lunar_month = IntegerField(null=True)
    lunar_day = IntegerField(null=True)
    lunar_leap = BooleanField(default=False, constraints=sql_default('0'))  # born in a leap month
    # Born in a leap month and celebrates in the leap month (in years that have it) rather
    # than in the ordinary month of that name, which is the default.
    lunar_leap_kept = BooleanField(default=False, constraints=sql_default('0'))
    address = TextField(default="", constraints=BLANK)
    source = CharField(default="", index=True, constraints=BLANK)
    # Which online platform, or free text for other
    source_detail = CharField(default="", constraints=BLANK)
    referrer = ForeignKeyField("self", null=True, backref="referrals", on_delete="SET NULL")
    level = CharField(default="", index=True, constraints=BLANK)
    status = CharField(default="lead", index=True, constraints=sql_default("'lead'"))
    owner = ForeignKeyField(Staff, null=True, backref="customers", on_delete="SET NULL")
    created_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=_now, index=True)
    updated_at = DateTimeField(default=_now)
    first_followup_at = DateTimeField(null=True)  # the funnel's "followed up within 24 hours"
    last_followup_at = DateTimeField(null=True, index=True)
    next_followup_on = DateField(null=True, index=True)
    intent_model = CharField(default="", constraints=BLANK)
    intent_body_type = CharField(default="", constraints=BLANK)
    budget_min_cents = IntegerField(null=True)
    budget_max_cents = IntegerField(null=True)
    payment = CharField(default="", constraints=BLANK)  # "full", "loan" or ""
    trade_in = CharField(default="", constraints=BLANK)
    # ",vip,friend," so that one tag is found with LIKE '%,tag,%'
    tags = TextField(default="", constraints=BLANK)
    notes = TextField(default="", constraints=BLANK)
    # Language of messages to this customer: "zh_CN", "en", "" = the shop's
    language = CharField(default="", constraints=BLANK)
    marketing_consent = BooleanField(default=False, constraints=sql_default('0'))
    marketing_consent_at = DateTimeField(null=True)
    # Bumped by a database trigger on every change of the row (see VERSIONED_TABLES): a
    # form saves only over the version it opened, so another PC's change is never lost.
    version = IntegerField(default=1, constraints=sql_default('1'))
    # Not indexed: nearly every row is NULL, and an index on it misleads the planner into
    # 100,000 random row lookups instead of one scan.
    deleted_at = DateTimeField(null=True)  # set: in the recycle bin

    class Meta:
        indexes = (
            # The customer table lists live customers in one of these orders; with
            # deleted_at first, each order is read straight from a covering index. The
            # first also serves the funnel: leads recorded in a period, by owner and source.
            (("deleted_at", "created_at", "owner", "source", "first_followup_at"), False),
            (("deleted_at", "name_pinyin"), False),
            (("deleted_at", "last_followup_at"), False),
            (("deleted_at", "next_followup_on"), False),
            # A salesperson's follow-ups due.
            (("owner", "next_followup_on", "deleted_at"), False),
            # Reminders: "not contacted" is a last-contact range per status (created_at for
            # those never contacted); lunar birthdays are found by lunar month.
            # deleted_at first, as SQLite without ANALYZE statistics takes "deleted_at IS
            # NULL" for a narrow match and would otherwise read every live customer.
            (("deleted_at", "status", "last_followup_at", "created_at"), False),
            (("deleted_at", "birthday_md"), False),
            (("deleted_at", "lunar_month", "lunar_day"), False),
        )


class Vehicle(BaseModel):
    """A car a customer bought here, traded in, or simply owns."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="vehicles", on_delete="CASCADE")
    # "bought", "traded_in", "owned"
    relation = CharField(default="owned", constraints=sql_default("'owned'"))
    brand = CharField(default="", constraints=BLANK)
    model = CharField(default="", constraints=BLANK)
    year = IntegerField(null=True)
    vin = CharField(default="", index=True, constraints=BLANK)
    plate = CharField(default="", constraints=BLANK)
    # Upper case, no spaces: what search matches
    plate_key = CharField(default="", index=True, constraints=BLANK)
    colour = CharField(default="", constraints=BLANK)
    registered_on = DateField(null=True)
    deal_on = DateField(null=True)
    deal_price_cents = IntegerField(null=True)
    salesperson = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    mileage_km = IntegerField(null=True)
    compulsory_ins_expiry = DateField(null=True, index=True)
    commercial_ins_expiry = DateField(null=True, index=True)
    inspection_due = DateField(null=True, index=True)
    warranty_expiry = DateField(null=True, index=True)
    next_maintenance_on = DateField(null=True, index=True)
    disposed_on = DateField(null=True)  # sold on or scrapped: no more reminders for it
    notes = TextField(default="", constraints=BLANK)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    # Bumped by a database trigger on every change of the row (see VERSIONED_TABLES): a
    # form saves only over the version it opened, so another PC's change is never lost.
    version = IntegerField(default=1, constraints=sql_default('1'))


class FollowUp(BaseModel):
    """One contact with a customer: what was said, how it went, what comes next."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="followups", on_delete="CASCADE")
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    at = DateTimeField(index=True)
    channel = CharField(default="phone", constraints=sql_default("'phone'"))
    content = TextField(default="", constraints=BLANK)
    outcome = CharField(default="contacted", index=True, constraints=sql_default("'contacted'"))
    lost_reason = CharField(default="", constraints=BLANK)
    next_action = CharField(default="", constraints=BLANK)
    next_action_on = DateField(null=True, index=True)
    vehicle = ForeignKeyField(Vehicle, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = (
            (("customer", "outcome", "at"), False),  # one customer's history
            (("outcome", "at", "customer", "staff"), False),  # the funnel: outcomes in a period
            (("staff", "outcome", "at", "customer"), False),  # the same for one salesperson
        )


class Revisit(BaseModel):
    """An after-sale call scheduled by a deal (3 days, 1 month, 3 months...)."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="revisits", on_delete="CASCADE")
    vehicle = ForeignKeyField(Vehicle, null=True, on_delete="SET NULL")
    due_on = DateField(index=True)
    label = CharField(default="", constraints=BLANK)
    done_followup = ForeignKeyField(FollowUp, null=True, on_delete="SET NULL")
    done_at = DateTimeField(null=True)


class ManualReminder(BaseModel):
    """A reminder a user wrote for one customer ("call about the SUV, 1 March")."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="manual_reminders", on_delete="CASCADE")
    vehicle = ForeignKeyField(Vehicle, null=True, on_delete="SET NULL")
    due_on = DateField(index=True)
    text = TextField()
    created_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=_now)


class ReminderAnswer(BaseModel):
    """A user's answer to one computed reminder occurrence: done, snoozed or stopped."""

    id = AutoField()
    kind = CharField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE")
    vehicle = ForeignKeyField(Vehicle, null=True, on_delete="CASCADE")
    # E.g. the due date; "" for "stop reminding"
    occurrence = CharField(default="", constraints=BLANK)
    action = CharField()  # "done", "snoozed", "stopped"
    snoozed_until = DateField(null=True)
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    at = DateTimeField(default=_now)

    class Meta:
        indexes = (
            (("customer", "kind"), False),
            # Reminders load the answers of their window: by kind and occurrence ("" for
            # "stop reminding"), and snoozes ending lately.
            (("kind", "occurrence"), False),
            (("snoozed_until",), False),
        )


class MembershipLevel(BaseModel):
    """A card level: fee, term, discounts, points rule, benefits, printed colour."""

    id = AutoField()
    name = CharField()
    fee_cents = IntegerField(default=0, constraints=sql_default('0'))
    term_years = IntegerField(default=1, constraints=sql_default('1'))
    parts_discount_pct = IntegerField(default=0, constraints=sql_default('0'))
    labour_discount_pct = IntegerField(default=0, constraints=sql_default('0'))
    points_per_100_yuan = IntegerField(default=0, constraints=sql_default('0'))
    benefits = TextField(default="", constraints=BLANK)
    colour = CharField(default="#888888", constraints=sql_default("'#888888'"))
    sort_order = IntegerField(default=0, constraints=sql_default('0'))
    active = BooleanField(default=True, constraints=sql_default('1'))


class PackageType(BaseModel):
    """A prepaid service package on sale (e.g. five maintenance services)."""

    id = AutoField()
    name = CharField()
    uses = IntegerField()
    price_cents = IntegerField(default=0, constraints=sql_default('0'))
    term_months = IntegerField(default=12, constraints=sql_default('12'))
    active = BooleanField(default=True, constraints=sql_default('1'))


class MembershipCard(BaseModel):
    """A customer's membership card; balances are derived from its ledger."""

    id = AutoField()
    card_no = CharField(unique=True)
    customer = ForeignKeyField(Customer, backref="cards", on_delete="CASCADE")
    level = ForeignKeyField(MembershipLevel, on_delete="RESTRICT")
    issued_on = DateField()
    expires_on = DateField(index=True)
    # Active, frozen, expired, cancelled
    status = CharField(default="active", index=True, constraints=sql_default("'active'"))
    created_at = DateTimeField(default=_now)
    # Bumped by a database trigger on every change of the row (see VERSIONED_TABLES): a
    # form saves only over the version it opened, so another PC's change is never lost.
    version = IntegerField(default=1, constraints=sql_default('1'))

    class Meta:
        # Expiry reminders: active cards by expiry date (without ANALYZE statistics SQLite
        # would take "status = 'active'" alone and read every active card).
        indexes = ((("status", "expires_on"), False),)


class CardPackage(BaseModel):
    """A package sold on a card; uses left are derived from the ledger."""

    id = AutoField()
    card = ForeignKeyField(MembershipCard, backref="packages", on_delete="CASCADE")
    package_type = ForeignKeyField(PackageType, on_delete="RESTRICT")
    name = CharField()
    uses_total = IntegerField()
    sold_on = DateField()
    expires_on = DateField(null=True)


class LedgerEntry(BaseModel):
    """One append-only change of money, points or package uses on a card."""

    id = AutoField()
    card = ForeignKeyField(MembershipCard, backref="ledger", on_delete="RESTRICT")
    at = DateTimeField(default=_now, index=True)
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    kind = CharField()
    # Change of stored balance (+ top-up, - spend)
    amount_cents = IntegerField(default=0, constraints=sql_default('0'))
    # Money received (+) or refunded (-) at the desk
    paid_cents = IntegerField(default=0, constraints=sql_default('0'))
    points = IntegerField(default=0, constraints=sql_default('0'))
    package = ForeignKeyField(CardPackage, null=True, on_delete="RESTRICT")
    uses = IntegerField(default=0, constraints=sql_default('0'))
    balance_after_cents = IntegerField(default=0, constraints=sql_default('0'))
    points_after = IntegerField(default=0, constraints=sql_default('0'))
    # Uses left on `package` after this entry
    uses_after = IntegerField(null=True)
    # The level of an issue / renew / level change
    level = ForeignKeyField(MembershipLevel, null=True, on_delete="RESTRICT")
    note = TextField(default="", constraints=BLANK)
    reverses = ForeignKeyField("self", null=True, unique=True, on_delete="RESTRICT")


class ServiceVisit(BaseModel):
    """A customer's visit to the shop for service (到店消费): maintenance, repair, detailing...

    Paid at the desk, from a card's stored value or as one use of a package; the last two
    are entries in the card's ledger (`ledger_entry`), the one road money takes on a card.
    """

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="service_visits", on_delete="CASCADE")
    vehicle = ForeignKeyField(Vehicle, null=True, on_delete="SET NULL")
    visited_on = DateField()
    mileage_km = IntegerField(null=True)
    kind = CharField()  # a code of domain.value.SERVICE_KINDS or a kind the shop added
    amount_cents = IntegerField(default=0, constraints=sql_default('0'))
    paid_by = CharField(default="cash", constraints=sql_default("'cash'"))
    ledger_entry = ForeignKeyField(LedgerEntry, null=True, on_delete="SET NULL")
    notes = TextField(default="", constraints=BLANK)
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = (
            # One customer's visits; the value figures read (customer, day, amount) from it.
            (("customer", "visited_on", "amount_cents", "kind", "paid_by"), False),
            (("visited_on",), False),  # visits of a period
            (("vehicle", "visited_on"), False),  # a car's mileage history
        )


class ImportBatch(BaseModel):
    """One finished import, kept so that it can be undone as a whole."""

    id = AutoField()
    at = DateTimeField(default=_now)
    file_name = CharField()
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    summary = TextField(default="{}", constraints=sql_default("'{}'"))  # JSON counts
    undone_at = DateTimeField(null=True)
    kind = CharField(default="import", constraints=[SQL("DEFAULT 'import'")])  # or "merge"


class ImportBatchRow(BaseModel):
    """What one import did to one record, with the values it replaced."""

    id = AutoField()
    batch = ForeignKeyField(ImportBatch, backref="rows", on_delete="CASCADE")
    table_name = CharField()
    row_id = IntegerField()
    action = CharField()  # "created" or "updated"
    # JSON of the fields the import changed
    before = TextField(default="{}", constraints=sql_default("'{}'"))
    stamp = DateTimeField(null=True)  # the record's updated_at right after the import


class AuditLog(BaseModel):
    """Who changed which record when, with the values before and after; and who exported,
    printed or copied which list. Written by database triggers (see sqlite_only.py) and
    by services/audit.py; the triggers refuse to change or delete an entry, except the
    erasure of a customer's personal values (see sqlite_only.AUDIT_GUARDS)."""

    id = AutoField()
    at = DateTimeField()
    operator = CharField(default="", constraints=BLANK)
    table_name = CharField()
    row_id = IntegerField()
    # insert, update, delete for records; export, print, copy, sign_in ... for events
    action = CharField()
    via = CharField(default="", constraints=BLANK)  # "cli": made from the command line
    customer_id = IntegerField(null=True)  # the customer the record belongs to, if any
    # JSON {"field": [before, after], ...}; for events {"what": ..., ...}
    changes = TextField(default="{}", constraints=sql_default("'{}'"))
    rows = IntegerField(null=True)  # how many rows an export, print or copy carried
    erased = IntegerField(default=0, constraints=sql_default('0'))  # 1: values tombstoned

    class Meta:
        indexes = (
            (("table_name", "row_id"), False),
            (("customer_id", "id"), False),
            (("at",), False),
        )


class SessionOperator(BaseModel):
    """Who is working in the running program (one row), read by the audit triggers."""

    id = IntegerField(primary_key=True)
    name = CharField(default="", constraints=BLANK)
    via = CharField(default="", constraints=BLANK)  # "cli" for the command line
    staff_id = IntegerField(null=True)
    # Seconds between the program's clock and the computer's (0 except in tests), so that
    # the times the triggers write agree with clock.now().
    clock_shift = IntegerField(default=0, constraints=sql_default('0'))


class Handover(BaseModel):
    """One hand-over of a leaver's customers to colleagues; kept so that it can be undone."""

    id = AutoField()
    at = DateTimeField()
    from_staff = ForeignKeyField(Staff, on_delete="RESTRICT")
    by_name = CharField(default="", constraints=BLANK)
    summary = TextField(default="{}", constraints=sql_default("'{}'"))  # JSON counts
    deactivated = BooleanField(default=False, constraints=sql_default('0'))
    undone_at = DateTimeField(null=True)


class HandoverRow(BaseModel):
    """One record a hand-over moved: which column of which row, from whom to whom."""

    id = AutoField()
    handover = ForeignKeyField(Handover, backref="rows", on_delete="CASCADE")
    table_name = CharField()
    row_id = IntegerField()
    field_name = CharField()
    old_value = IntegerField(null=True)
    new_value = IntegerField(null=True)


ALL_MODELS: list[type[BaseModel]] = [
    Setting,
    Staff,
    Customer,
    Vehicle,
    FollowUp,
    Revisit,
    ManualReminder,
    ReminderAnswer,
    MembershipLevel,
    PackageType,
    MembershipCard,
    CardPackage,
    LedgerEntry,
    ServiceVisit,
    ImportBatch,
    ImportBatchRow,
    AuditLog,
    SessionOperator,
    Handover,
    HandoverRow,
]

# Records whose changes the audit log follows, field by field.
AUDITED_MODELS: list[type[BaseModel]] = [
    Customer,
    Vehicle,
    FollowUp,
    ManualReminder,
    Revisit,
    MembershipCard,
    CardPackage,
    LedgerEntry,
    ServiceVisit,
    Staff,
    Setting,
]

# Columns kept in step by the program (search keys, stamps, derived dates) or counters:
# their changes are not worth an audit entry of their own.
AUDIT_SKIPPED_COLUMNS = frozenset({
    "updated_at", "name_pinyin", "name_initials", "name_pinyin_alt", "name_initials_alt",
    "birthday_md", "plate_key",
    "first_followup_at", "last_followup_at", "next_followup_on", "failed_pins",
    "pin_wait_until", "pin_salt", "version",
})
# Tables whose rows carry a version raised by a trigger on every change of the row.
VERSIONED_TABLES = ("customer", "vehicle", "membership_card")
# Columns whose change is recorded without their values (the salt changes with the hash).
AUDIT_SECRET_COLUMNS = frozenset({"pin_hash"})
# Settings the program keeps for itself (not a person's choice): not in the audit log.
AUDIT_SKIPPED_SETTINGS = frozenset({"database_id"})
# What replaces every value in the audit entries of a customer erased on request; who
# did what to which record and when stays.
AUDIT_TOMBSTONE = "(erased)"
