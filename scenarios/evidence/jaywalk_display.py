"""Seed quotes and outside sources for jaywalk display (filled in with its system module)."""

from scenarios.evidence.types import Quote, Reference

QUOTES: tuple[Quote, ...] = ()
REFERENCES: tuple[Reference, ...] = ()
