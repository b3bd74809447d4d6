"""The Microsoft Teams edge: Teams activities in, neutral events out, Adaptive Cards back (the Teams SDK)."""
