"""`python -m dealerdesk COMMAND ...`: the scriptable surface (see cli)."""

from dealerdesk.cli import main

raise SystemExit(main())
