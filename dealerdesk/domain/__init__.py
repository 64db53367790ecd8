"""Pure business rules and data shapes: standard library only, no Qt, no database."""
