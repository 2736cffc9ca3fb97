"""Consequences as a persona meets them: the screen, the letter, the words at a counter.

A step that brings a consequence shows it first as a scene, one large card in the
story's terms ("The booking site: Not qualified"), with the system's rule one tap
away. The words are the exhibit's reconstruction unless `quote_id` names the seed
quote they come from; the card labels them either way.
"""

from dataclasses import dataclass

from scenarios.i18n import _


@dataclass(frozen=True, slots=True, kw_only=True)
class Scene:
    """Where the persona meets a consequence, and what they see or hear there."""

    consequence_id: str
    where: str  # "The airline's booking site"
    says: str  # the words on the screen or in the letter
    quote_id: str = ""  # the seed quote the words come from, if they do


def _scene(consequence_id: str, where: str, says: str, quote_id: str = "") -> Scene:
    return Scene(consequence_id=consequence_id, where=where, says=says, quote_id=quote_id)


_SCENES = (
    # The court's list and what it brings.
    _scene(
        "court_list.flight_refused",
        _("The airline's booking site"),
        _("Not qualified. The passenger is on the court's list and may not buy this ticket."),
        quote_id="court.liu_hu_listed",
    ),
    _scene(
        "court_list.train_refused",
        _("The ticket window at the station"),
        _("The clerk hands back the ID card: no high-speed tickets for people on the court's list."),
    ),
    _scene(
        "court_list.no_flights",
        _("A letter from the court"),
        _("You are on the list of dishonest debtors. While listed, you may not buy plane tickets."),
    ),
    _scene(
        "court_list.no_fast_trains",
        _("A letter from the court"),
        _(
            "While listed, you may not ride high-speed trains or book soft sleepers. "
            "Ordinary trains are allowed."
        ),
    ),
    _scene(
        "court_list.no_property",
        _("A letter from the court"),
        _("While listed, you may not buy property or take out a loan."),
    ),
    _scene(
        "court_list.no_private_school",
        _("A letter from the court"),
        _("While listed, your children may not attend high-fee private schools."),
    ),
    _scene(
        "court_list.sum_paid",
        _("The court's enforcement office"),
        _("Payment received in full. The case is closed."),
    ),
    _scene(
        "joint_punishment.no_executive_posts",
        _("The public list of dishonest debtors"),
        _("Name, ID number, the sum owed. Listed people may not lead a company."),
    ),
    _scene(
        "joint_punishment.no_government_jobs",
        _("A government job advert"),
        _("Applicants on the list of dishonest debtors will not be considered."),
    ),
    _scene(
        "joint_punishment.banks_told",
        _("A bank's loan screen"),
        _("This applicant appears on the court's list. Loan not approved while the listing stands."),
    ),
    _scene(
        "debtor_calls.callers_hear",
        _("A friend's phone, before the ringing"),
        _("A recorded voice: the person you are calling is on the court's list and should pay."),
        quote_id="claim.zhengzhou",
    ),
    _scene(
        "debtor_calls.wording",
        _("The recording, word for word"),
        _("The person you are calling has been listed by the court as a debtor who has not paid."),
    ),
    # The passenger lists and the tourism list.
    _scene(
        "air_rail_list.no_flights",
        _("A notice from the airline"),
        _("After the crew's report, you are on the no-fly list for one year."),
    ),
    _scene(
        "air_rail_list.no_trains",
        _("The railway's list, posted online"),
        _("Her name and part of her ID number: barred from buying train tickets for half a year."),
    ),
    _scene(
        "air_rail_list.flight_refused",
        _("The airline's booking site"),
        _("This passenger may not buy a ticket: she is on the no-fly list."),
    ),
    _scene(
        "air_rail_list.train_refused",
        _("The railway's booking app"),
        _("Ticket refused. The passenger is on the train list until January."),
    ),
    _scene(
        "tourism_list.named",
        _("The tourism authority's website"),
        _("Her name, and what she did: shouted at the crew and refused to sit down."),
    ),
    _scene(
        "tourism_list.shared",
        _("The tourism authority's record"),
        _("The entry is shared with the police, customs, border control and credit bodies."),
    ),
    # Scores, perks and deposits.
    _scene(
        "sesame.flat_deposit_waived",
        _("Her Sesame page in Alipay"),
        _("Good news: partner landlords now rent to you without a deposit."),
    ),
    _scene(
        "sesame.deposit_saved",
        _("The rental app in Alipay"),
        _("Deposit: none. Your Sesame score is above the landlord's line."),
    ),
    _scene(
        "sesame.deposit_paid",
        _("The rental app in Alipay"),
        _("Deposit: two months' rent. Your Sesame score is below the landlord's line."),
    ),
    _scene(
        "sesame.hotel_deposit_waived",
        _("A partner hotel's front desk"),
        _("No deposit needed: the guest's Sesame score is above the hotel's line."),
    ),
    _scene(
        "sesame.shopping_ban",
        _("Taobao, at the checkout"),
        _("This purchase is not available: the buyer is on the court's list of dishonest debtors."),
    ),
    _scene(
        "honest_shanghai.bad_rating",
        _("The Honest Shanghai app"),
        _("Your public credit rating: bad. The app does not say which record, or for how long."),
    ),
    # Records at home and at work.
    _scene(
        "garbage_credit.told_to_correct",
        _("The inspector, at the bins"),
        _("These bags are mixed. Sort your rubbish properly: this goes on your credit file."),
    ),
    _scene(
        "garbage_credit.loan_risk",
        _("Her credit file"),
        _("A garbage-sorting violation, recorded in May. A bank may see it when she asks for a loan."),
    ),
    _scene(
        "pboc_credit_report.negative_on_file",
        _("The central bank's credit report"),
        _("Repayment missed. A negative entry, kept for five years after the debt is paid."),
    ),
    _scene(
        "pboc_credit_report.listing_on_file",
        _("The central bank's credit report"),
        _("Court enforcement: listed as a dishonest debtor. Any lender who checks the report sees it."),
    ),
    _scene(
        "pboc_credit_report.lender_sees",
        _("The loan officer's desk"),
        _("She turns the screen and points: your credit report, with every repayment on it."),
    ),
    _scene(
        "experian.lenders_see",
        _("Her credit file"),
        _("September: payment missed. Lenders who run a credit check will see it."),
    ),
    _scene(
        "suining_2010.published",
        _("The local paper"),
        _("A list of residents: each name, village and the points gained or lost."),
    ),
    _scene(
        "jaywalk_display.name_and_id_on_screen",
        _("The big screen at the crossing"),
        _("Her photo, her family name and part of her ID number, above the traffic."),
    ),
    _scene(
        "jaywalk_display.named_online",
        _("The traffic police's webpage"),
        _("Recent jaywalkers: her photo, with part of her name and ID number."),
    ),
    # Businesses.
    _scene(
        "unified_code.records_public",
        _("The new business licence"),
        _("One code of eighteen letters and digits. Anyone who has it can look up the records."),
    ),
    _scene(
        "joint_punishment.red_list_incentives",
        _("A letter from the tax office"),
        _("Little Swallow Noodles is on the tax red list. Agencies may make its paperwork simpler."),
    ),
    _scene(
        "joint_punishment.penalty_published",
        _("The public credit website"),
        _("Little Swallow Noodles: fined by the market regulator for storing raw pork above cooked food."),
    ),
    _scene(
        "caac_airlines.letter_received",
        _("A letter from China's aviation regulator"),
        _("Change how your website names Taiwan, or we will record your company's serious dishonesty."),
        quote_id="caac_airlines.serious_dishonesty",
    ),
    _scene(
        "caac_airlines.disciplinary_action",
        _("A second letter from the regulator"),
        _("The company's serious dishonesty is now on record. Disciplinary action will follow."),
        quote_id="caac_airlines.serious_dishonesty",
    ),
)

SCENES: dict[str, Scene] = {scene.consequence_id: scene for scene in _SCENES}


def scene_for(consequence_id: str) -> Scene | None:
    return SCENES.get(consequence_id)
