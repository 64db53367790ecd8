"""Use cases: plain values in, plain values (and a Changes record) out; no Qt here."""
