"""Predict, then reveal: read a guess from the query string and shape it for a page.

The logic lives in `scenarios.predict`; this module only reads `request.GET`.
A comparison's guess never fails (unknown ids are dropped). The claims page is
stricter, because a claim id or a verdict names one thing: an unknown one is a
404 or 400 with a clear message.
"""

from collections import Counter
from dataclasses import dataclass

from django.http import QueryDict
from django.utils.translation import gettext as _

from scenarios.claims import CLAIMS, Claim, Verdict
from scenarios.compare import Comparison
from scenarios.engine import AnySystem
from scenarios.predict import ClaimGuess, Mark, Reveal, agrees, parse_claim_guess, parse_guess, reveal

CLAIM_IDS = {claim.id: claim for claim in CLAIMS}


def comparison_reveal(query: QueryDict, comparison: Comparison) -> Reveal | None:
    """The guess beside the answer, or None while the visitor has not asked to see it."""
    if "revealed" not in query and "guess" not in query:
        return None
    every = tuple(answer.system.id for answer in comparison.answers)
    seeing = frozenset(answer.system.id for answer in comparison.seen_by)
    return reveal(parse_guess(query.getlist("guess"), every), seeing, every)


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    system: AnySystem
    mark: Mark


def rows(result: Reveal, comparison: Comparison) -> dict[str, list[Row]]:
    """One row per system, as "seen" and "dark"; guessed ones first on each side."""
    order = (Mark.RIGHT, Mark.MISSED, Mark.FALSE_ALARM, Mark.DARK)
    found = [Row(system=a.system, mark=result.mark(a.system.id)) for a in comparison.answers]
    found.sort(key=lambda row: order.index(row.mark))
    return {"seen": [r for r in found if r.mark.seen], "dark": [r for r in found if not r.mark.seen]}


class BadClaimsQuery(ValueError):
    """The claims page's query names no claim, answer or verdict that exists."""

    def __init__(self, status: int, title: str, message: str) -> None:
        super().__init__(title)
        self.status, self.title, self.message = status, title, message


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimsQuery:
    claim: Claim | None = None  # the claim the visitor guessed or asked to see
    guess: ClaimGuess | None = None
    verdict: Verdict | None = None  # show only these claims (which tells their verdict)
    all: bool = False  # every verdict shown, for teachers


@dataclass(frozen=True, slots=True, kw_only=True)
class Card:
    claim: Claim
    revealed: bool
    guess: ClaimGuess | None = None
    agrees: bool = False
    current: bool = False  # the card the visitor just answered: its record opens

    @property
    def feedback(self) -> str:
        """The guess beside the verdict, in one calm sentence."""
        if self.guess is None:
            return ""
        if self.guess is ClaimGuess.NOT_SURE:
            return (
                _("You were not sure, and no source found settles it either.")
                if self.agrees
                else _("You were not sure. The record is clearer: read it below.")
            )
        said = {"answer": _(self.guess.label)}
        if self.agrees:
            return _("You said “%(answer)s”. That fits the record.") % said
        return _("You said “%(answer)s”. The record says something else.") % said


def _one(query: QueryDict, key: str) -> str:
    values = query.getlist(key)
    if len(values) > 1:
        raise BadClaimsQuery(
            400,
            _("This link asks two things at once"),
            _("The link has the same setting twice. Go back to the claims and choose again."),
        )
    return values[0] if values else ""


def claims_query(query: QueryDict) -> ClaimsQuery:
    """Read `?claim=<id>&guess=<answer>`, `?verdict=<verdict>` and `?all=1`."""
    claim_id, guess, verdict = _one(query, "claim"), _one(query, "guess"), _one(query, "verdict")
    claim = CLAIM_IDS.get(claim_id) if claim_id else None
    if claim_id and claim is None:
        raise BadClaimsQuery(
            404,
            _("There is no such claim"),
            _("The list of claims has none by that name. The link may be older than the list."),
        )
    parsed = parse_claim_guess(guess) if guess else None
    if (guess and parsed is None) or (guess and claim is None):
        raise BadClaimsQuery(
            400,
            _("That is not one of the answers"),
            _("A guess is right, partly right, wrong or not sure, about one claim. Go back and choose one."),
        )
    if verdict and verdict not in Verdict:
        raise BadClaimsQuery(
            400,
            _("There is no such verdict"),
            _("The claims can be shown by verdict only with the links at the top of the page."),
        )
    chosen = Verdict(verdict) if verdict else None
    return ClaimsQuery(claim=claim, guess=parsed, verdict=chosen, all=_one(query, "all") == "1")


def card(claim: Claim, asked: ClaimsQuery) -> Card:
    current = asked.claim is claim
    guess = asked.guess if current else None
    return Card(
        claim=claim,
        revealed=current or asked.all or asked.verdict is not None,
        guess=guess,
        agrees=guess is not None and agrees(guess, claim.verdict),
        current=current,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Filter:
    verdict: Verdict
    count: int


def claims_context(asked: ClaimsQuery) -> dict[str, object]:
    """The index, the filter by verdict with its counts, and one card per claim shown."""
    counts = Counter(claim.verdict for claim in CLAIMS)
    shown = [c for c in CLAIMS if asked.verdict is None or c.verdict is asked.verdict]
    return {
        "total": len(CLAIMS),
        "cards": [card(claim, asked) for claim in shown],
        "filters": [Filter(verdict=v, count=counts[v]) for v in Verdict if counts[v]],
        "asked": asked,
        "guesses": list(ClaimGuess),
    }
