"""Seed quotes and outside sources for Suining county's 2010 rating (research §3).

No seed names Suining. Seed 001 mentions early rural pilots before the 2014 plan; the
caveat says that Suining is the earliest county pilot the reports describe.
"""

from scenarios.evidence.types import S001, Quote, Reference
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
    Quote(
        id="suining_2010.early_rural_pilots",
        seed=S001,
        text="She says that some of the early pilots of the new social credit system, which preceded the "
        "2014 major policy plan, were actually creating a rural social credit system.",
        speaker="Mareike Ohlberg, Mercator Institute for China Studies",
        caveat=_(
            "The seed names no place. Suining county in Jiangsu, which began rating its residents in "
            "2010, is the earliest county pilot the reports describe. It rated conduct as well as "
            "money: traffic offences and extra births cost points too."
        ),
    ),
)

REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="chinadaily-2010-suining",
        title="New law allows public posting of citizens' credit records",
        outlet="China Daily",
        date="2010-03-30",
        url="http://formacion-profesional-a-distancia.com/china/2010-03/30/content_19711839.htm",
        caveat=_("Read from a mirror of the China Daily article."),
    ),
    Reference(
        id="globalvoices-2010-suining",
        title="China: County citizens subject to moral appraisal",
        outlet="Global Voices",
        date="2010-04-04",
        url="https://globalvoices.org/2010/04/04/china-county-citizens-subject-to-moral-appraisal/",
        caveat=_("A summary of Chinese reports and blogs; medium confidence."),
    ),
    Reference(
        id="globalinst-suining-new-deal",
        title="On Suining's 'New Deal'",
        outlet="Global Institute",
        author="Yuxin Hou",
        date="Undated (filed under 2017)",
        url="http://www.global-inst.com/ideas-for-tomorrow/article/2017/on-suinings-new-deal",
        caveat=_("An opinion piece whose date is unclear; medium confidence."),
    ),
    Reference(
        id="wired-2017-suining",
        title="Inside China's Vast New Experiment in Social Ranking",
        outlet="Wired",
        author="Mara Hvistendahl",
        date="2017-12-14",
        url="http://asiacruisenews.com/news/China-is-about-to-reveal-important-economic-data-at-a-very-"
        "pivotal-time-for-the-country/",
        caveat=_("Read from an excerpt on a mirror site."),
    ),
)
