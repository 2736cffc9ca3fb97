"""Seed quotes and outside sources for the Honest Shanghai app (research §11).

Seed 002's list of Shanghai infractions is not confirmed as one Shanghai rule, and
"credit expert Hu" could not be identified. The caveats say what the record shows.
"""

from scenarios.evidence.types import S000, S002, Quote, Reference
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
    Quote(
        id="honest_shanghai.dozens_of_cities",
        seed=S002,
        text="Dozens of cities are testing their own social credit systems.",
    ),
    Quote(
        id="honest_shanghai.recorded_infractions",
        seed=S002,
        text="In Shanghai, jaywalking, traffic violations, refusing to visit elderly parents, not sorting "
        "out garbage into the appropriate bins or dodging train fares could all be recorded on social "
        "credit files.",
        caveat=_(
            "Not confirmed as one Shanghai rule. Some parts have support elsewhere: fare dodgers can be "
            "barred from trains under the national rail list, and Zhejiang ties garbage sorting to "
            "credit files. No source confirms that skipping visits to elderly parents was ever scored."
        ),
    ),
    Quote(
        id="honest_shanghai.hu_scrub",
        seed=S002,
        text="Credit expert Hu said these infractions should be scrubbed from records after a few years.",
        speaker="Credit expert Hu, as the seed names him",
        caveat=_(
            "Hu could not be identified. The record: the central bank deletes negative financial "
            "records after five years (rules of 2013). National rules in force from April 2026 publish "
            "a serious breach for one to three years and a general one for three months to a year."
        ),
    ),
    Quote(
        id="honest_shanghai.natkin_recourse",
        seed=S000,
        text="“There’s a question of who decides what goes in your profile, and what recourse you have if "
        "you feel there’s information that was unfairly included,”",
        speaker="Mark Natkin, Marbridge Consulting",
    ),
)

REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="npr-2017-honest-shanghai",
        title="What's Your 'Public Credit Score'? The Shanghai Government Can Tell You",
        outlet="NPR (Morning Edition)",
        author="Rob Schmitz",
        date="2017-01-03",
        url="http://physics.csbsju.edu/tk/360/data/npr/morning/2017/2017-01-03/507983933.htm",
        caveat=_("Read from a copy of the broadcast transcript."),
    ),
    Reference(
        id="xinhua-2017-yangtze-delta",
        title="China plans social credit system pilot",
        outlet="Xinhua",
        date="2017-01-01",
        url="http://xinhuanet.com/english/2017-01/01/c_135948174.htm",
    ),
    Reference(
        id="cailianshe-2025-credit-repair",
        title="National Development and Reform Commission measures on credit repair (Cailianshe report)",
        outlet="Cailianshe (via a mirror)",
        date="2025-11-26",
        url="http://www.jnyxfs.com/news/79c1199909.html",
        caveat=_("Read from a mirror whose text is scrambled; the figures were legible. Medium confidence."),
    ),
)
