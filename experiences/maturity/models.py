"""The coordination's decisions on a write-up's validated maturity."""
