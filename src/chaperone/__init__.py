"""Chaperone: a safeguarding-first communication platform."""

__version__ = "0.1.0"
