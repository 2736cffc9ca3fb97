"""Seed quotes and outside sources for experian (filled in with its system module)."""

from scenarios.evidence.types import Quote, Reference

QUOTES: tuple[Quote, ...] = ()
REFERENCES: tuple[Reference, ...] = ()
