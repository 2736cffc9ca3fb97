"""Seed quotes for the UK credit check the source text compares with (seed 001 only)."""

from scenarios.evidence.types import S001, Quote, Reference

QUOTES: tuple[Quote, ...] = (
    Quote(
        id="experian.credit_checks",
        seed=S001,
        text="British people are familiar with credit checks. Data brokers like Experian track "
        "the time we pay our debts and give us a score that can be used by lenders or mortgage "
        "providers.",
    ),
    Quote(
        id="experian.extends_idea",
        seed=S001,
        text="China’s social credit system extends this idea to all aspects, judging citizens’ "
        "trustworthiness and behavior.",
    ),
)

# The research file holds no outside source on Experian: the module rests on seed 001 alone.
REFERENCES: tuple[Reference, ...] = ()
