"""Staff screens: sign-in glue, the idle lock, rights shown on screens, hand-over, audit."""
