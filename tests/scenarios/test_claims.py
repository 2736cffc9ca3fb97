import re
from pathlib import Path

import pytest

from scenarios.claims import CLAIMS, Claim, Verdict, claims_about
from scenarios.evidence import QUOTES, REFERENCES
from scenarios.evidence import claims as evidence

SEED_DIR = Path(__file__).resolve().parents[3] / "shared" / "seeds"
SYSTEM_IDS = {
    "rongcheng",
    "sesame",
    "court_list",
    "tencent_credit",
    "tourism_list",
    "air_rail_list",
    "joint_punishment",
    "honest_shanghai",
    "jaywalk_display",
    "debtor_calls",
    "garbage_credit",
    "caac_airlines",
    "unified_code",
    "pboc_credit_report",
    "suining_2010",
    "peer_rating",
    "surveillance",
    "experian",
    "platform_ratings",
    "nosedive",
}
BY_ID = {claim.id: claim for claim in CLAIMS}


def test_claim_ids_are_unique() -> None:
    assert len(BY_ID) == len(CLAIMS)


@pytest.mark.parametrize("claim", CLAIMS, ids=lambda claim: claim.id)
def test_every_claim_quotes_a_seed_and_has_a_verdict(claim: Claim) -> None:
    assert claim.quote_ids, claim.id
    assert all(quote_id in QUOTES for quote_id in claim.quote_ids)
    assert claim.verdict.label
    assert claim.title and claim.record


@pytest.mark.parametrize("claim", CLAIMS, ids=lambda claim: claim.id)
def test_every_verdict_but_right_names_outside_sources(claim: Claim) -> None:
    if claim.verdict is not Verdict.RIGHT:
        assert claim.reference_ids, claim.id
    assert all(ref in REFERENCES for ref in claim.reference_ids)


@pytest.mark.parametrize("claim", CLAIMS, ids=lambda claim: claim.id)
def test_every_claim_names_known_systems(claim: Claim) -> None:
    assert claim.system_ids and set(claim.system_ids) <= SYSTEM_IDS
    assert len(set(claim.system_ids)) == len(claim.system_ids)
    for system_id in claim.system_ids:
        assert claim in claims_about(system_id)


@pytest.mark.parametrize("claim", CLAIMS, ids=lambda claim: claim.id)
def test_titles_and_records_have_no_digits_but_years(claim: Claim) -> None:
    """A year is shown as a date; any other number would need a label a record cannot carry."""
    assert not re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", claim.title + claim.record)), claim.id


@pytest.mark.skipif(not SEED_DIR.exists(), reason="../shared/seeds is not beside this checkout")
@pytest.mark.parametrize("claim", CLAIMS, ids=lambda claim: claim.id)
def test_every_quote_is_verbatim_from_its_seed(claim: Claim) -> None:
    for quote_id in claim.quote_ids:
        quote = QUOTES[quote_id]
        seed = (SEED_DIR / quote.seed).read_text(encoding="utf-8")
        if quote_id.startswith("claim."):  # this module's own quotes: character for character
            assert quote.text in seed, quote_id
        else:  # quotes reused from elsewhere: white space folded, as the shared checker does
            assert fold(quote.text) in fold(seed), quote_id


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def test_the_claim_quotes_are_namespaced_and_the_wrong_ones_say_so() -> None:
    assert all(quote.id.startswith("claim.") for quote in evidence.QUOTES)
    flagged = {
        "claim.officially_scs",
        "claim.soon_compulsory",
        "claim.credit_code",
        "claim.taishan",
        "claim.zhengzhou",
        "claim.merics",
        "claim.recycling_loans",
        "claim.ant_does_not_own",
        "claim.big_up_economy",
        "claim.qq_scs",
        "claim.wechat_users",
        "claim.global_standard",
        "claim.roam_under_heaven",
    }
    assert all(QUOTES[quote_id].caveat for quote_id in flagged)


def test_core_quotes_are_reused_where_they_hold_the_words() -> None:
    assert "frame.mandatory_2020" in BY_ID["compulsory"].quote_ids
    assert "rongcheng.charity_wrong" in BY_ID["charity-points"].quote_ids
    assert "court.liu_hu_for_his_work" in BY_ID["liu-hu-for-his-work"].quote_ids
    assert "sesame.games_24_hours" in BY_ID["games-around-the-clock"].quote_ids


@pytest.mark.parametrize(
    ("claim_id", "verdict"),
    [
        ("one-score", Verdict.WRONG),
        ("no-single-system", Verdict.PARTLY),
        ("compulsory", Verdict.DID_NOT_HAPPEN),
        ("charity-points", Verdict.WRONG),
        ("taishan-billboards", Verdict.UNVERIFIED),
        ("credit-code", Verdict.PARTLY),
        ("liu-hu-for-his-work", Verdict.PARTLY),
        ("zhengzhou-unique", Verdict.PARTLY),
        ("recycling-loans", Verdict.PARTLY),
        ("uighur-faces", Verdict.PARTLY),
        ("sesame-owner", Verdict.PARTLY),
        ("games-around-the-clock", Verdict.WRONG),
        ("praise-the-economy", Verdict.WRONG),
        ("qq-score-is-the-scs", Verdict.WRONG),
        ("wechat-users", Verdict.PARTLY),
        ("merics-cut-short", Verdict.PARTLY),
        ("curtailing-travel", Verdict.PARTLY),
        ("seven-million", Verdict.PARTLY),
        ("global-standard", Verdict.WRONG),
        ("roam-under-heaven", Verdict.PARTLY),
        ("citizens-rate-each-other", Verdict.DID_NOT_HAPPEN),
    ],
)
def test_the_common_claims_are_covered_with_their_verdicts(claim_id: str, verdict: Verdict) -> None:
    assert BY_ID[claim_id].verdict is verdict


def test_the_uighur_claim_is_corrected_and_kept_apart_from_scores() -> None:
    claim = BY_ID["uighur-faces"]
    assert "Sanmenxia" in claim.record and "not an input" in claim.record
    assert "nyt-2019-face-scans" in claim.reference_ids
    assert claim.system_ids == ("surveillance",)


def test_the_one_score_myth_cites_the_record_and_touches_the_fiction() -> None:
    claim = BY_ID["one-score"]
    assert {"mittr-2022-no-score", "fp-2018-rongcheng"} <= set(claim.reference_ids)
    assert "nosedive" in claim.system_ids
    assert claims_about("peer_rating") == (BY_ID["citizens-rate-each-other"],)
