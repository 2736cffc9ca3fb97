"""Seed quotes and outside sources for garbage credit (filled in with its system module)."""

from scenarios.evidence.types import Quote, Reference

QUOTES: tuple[Quote, ...] = ()
REFERENCES: tuple[Reference, ...] = ()
