"""Seed quotes and outside sources for the aviation regulator's letters to airlines (research §13)."""

from scenarios.evidence.types import S001, Quote, Reference
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
    Quote(
        id="caac_airlines.letters",
        seed=S001,
        text="April 2018,. The Civil Aviation Administration of China sent letters to "
        "international airlines requesting that they recognize Taiwan as part of China.",
        caveat=_(
            "The date is garbled in this copy. The April letters went to thirty-six "
            "foreign airlines and told them to stop implying on their websites that Taiwan, "
            "Hong Kong or Macau are separate from China; earlier letters came in January "
            "and February (AirlineRatings)."
        ),
    ),
    Quote(
        id="caac_airlines.serious_dishonesty",
        seed=S001,
        text="They warned them that the government would “make an official record of your "
        "company’s serious dishonesty” and will take disciplinary action against any who "
        "don’t comply.",
    ),
    Quote(
        id="caac_airlines.all_complied",
        seed=S001,
        text="All of them did.",
        caveat=_(
            "Not confirmed in the sources checked. Later reports said the major airlines "
            "changed their websites by an extended deadline in July; that was not checked "
            "either."
        ),
    ),
    Quote(
        id="caac_airlines.one_pilot",
        seed=S001,
        text="One pilot from the Civil Aviation Industry Credit Measures was responsible for "
        "the pressure on the airlines.",
        caveat=_(
            "Garbled in this copy. The letters invoked the regulator's Civil Aviation "
            "Industry Credit Management Trial Measures (WorldTribune, quoting the letter to "
            "United Airlines)."
        ),
    ),
)

REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="airlineratings-2018-taiwan",
        title="China and US clash over Taiwan directive to airlines",
        outlet="AirlineRatings",
        date="2018-05-07",
        url="https://www.airlineratings.com/news/china-us-clash-taiwan-directive-airlines/",
    ),
    Reference(
        id="mapsofworld-2018-caac-circular",
        title=(
            "US Criticizes Chinese Civil Aviation Administration's New Circular to 36 "
            "Airliners, China Responds"
        ),
        outlet="Mapsofworld",
        date="2018-05 (undated summary)",
        url="https://www.mapsofworld.com/calendar-events/world-news/us-criticizes-chinese-civil-aviation-administrations-new-circular-to-36-airliners-china-responds",
        caveat=_("A short, undated news summary."),
    ),
    Reference(
        id="worldtribune-2018-orwellian",
        title="Trump hits communist China's policy requirement on U.S. airlines as 'Orwellian nonsense'",
        outlet="WorldTribune",
        author="WorldTribune Staff",
        date="2018-05-06",
        url="https://www.worldtribune.com/trump-hits-communist-chinas-policy-requirement-on-u-s-airlines-as-orwellian-nonsense/",
        caveat=_("Quotes the letter to United Airlines as reported; the letter itself was not seen."),
    ),
    Reference(
        id="kinaforum-2018-orwellian",
        title="White House calls China's warning to airlines 'Orwellian nonsense'",
        outlet="Kinaforum (blog)",
        date="2018-05-06",
        url="http://blog.kinaforum.com/2018/05/white-house-calls-chinas-warning-to.html",
    ),
)
