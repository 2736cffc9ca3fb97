"""Seed quotes and outside sources for Rongcheng's points ledger."""

from scenarios.evidence.types import S001, Quote, Reference, ReferenceKind
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
    # Rongcheng.
    Quote(
        id="rongcheng.start",
        seed=S001,
        text="One city, Rongcheng gives residents 1,000 points to get started. "
        "Bad behaviour, such as traffic violations, is deducted by the authorities.",
    ),
    Quote(
        id="rongcheng.charity_wrong",
        seed=S001,
        text="Good behaviour, such as giving to charity, gets you 1,000 points.",
        caveat=_(
            "Wrong. This is a rewording error: every other source has 1,000 as "
            "the starting balance, and good deeds add a few points each."
        ),
    ),
    Quote(
        id="rongcheng.perks_and_fees",
        seed=S001,
        text="Although it can vary from program to programme, a positive rating "
        "in some pilots means that they get discounts or other benefits such as a "
        "simplified bureaucratic process. You may be required to complete "
        "additional paperwork or pay fees if you have a low rating.",
    ),
    Quote(
        id="rongcheng.caught_first",
        seed=S001,
        text="You’ll need to be caught first, or reported by someone else.",
    ),
)

REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="fp-2018-rongcheng",
        title="Life Inside China's Social Credit Laboratory",
        outlet="Foreign Policy",
        author="Simina Mistreanu",
        date="2018-04-03",
        url="https://foreignpolicy.com/2018/04/03/life-inside-chinas-social-credit-laboratory/",
        caveat=_(
            "Read through a secondary summary; the point values it gives could "
            "not be checked against Rongcheng's own catalogue."
        ),
    ),
    Reference(
        id="npr-2018-rongcheng",
        title="China's Brave New World (The Indicator from Planet Money)",
        outlet="NPR",
        date="2018-10",
        url="https://www.npr.org/transcripts/656627240",
        caveat=_("Grade bands as quoted from the broadcast in a secondary essay."),
    ),
    Reference(
        id="clt-rongcheng-measures",
        kind=ReferenceKind.OFFICIAL,
        title="Rongcheng Municipal Measures on Personal Credit Rewards and Punishments",
        outlet="China Law Translate",
        date="2018 (translation)",
        url="https://www.chinalawtranslate.com/en/rongcheng-personal-credit-reward-and-punishment-measures/",
    ),
    Reference(
        id="clt-rongcheng-experience",
        title="The Rongcheng Experience",
        outlet="China Law Translate",
        date="Undated (describes the current rules)",
        url="https://www.chinalawtranslate.com/en/rongcheng-social-credit-experience/",
    ),
    Reference(
        id="clt-demonstration-cities",
        kind=ReferenceKind.OFFICIAL,
        title=(
            "Notice on the Release of the List of the First Batch of Demonstration Cities "
            "for the Establishment of the Social Credit System"
        ),
        outlet="China Law Translate",
        date="2018-01",
        url="https://www.chinalawtranslate.com/en/notice-on-the-release-of-the-list-of-the-first-batch-of-demonstration-cities-for-the-establishment-of-the-social-credit-system/",
    ),
)
