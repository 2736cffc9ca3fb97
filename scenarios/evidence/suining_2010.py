"""Seed quotes and outside sources for suining 2010 (filled in with its system module)."""

from scenarios.evidence.types import Quote, Reference

QUOTES: tuple[Quote, ...] = ()
REFERENCES: tuple[Reference, ...] = ()
