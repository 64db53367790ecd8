from dealerdesk.app import main

raise SystemExit(main())
