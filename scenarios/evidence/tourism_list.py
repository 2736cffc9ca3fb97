"""Seed quotes and outside sources for the tourism authority's blacklist (research §9, V1-V5)."""

from scenarios.evidence.types import S002, Quote, Reference
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
    Quote(
        id="tourism_list.blacklist",
        seed=S002,
        text="The National Tourism Administration’s blacklist for “uncivilized behaviors” names "
        "tourists and operators who misbehave, for instance, destroying cultural relics or causing "
        "trouble on a flight.",
    ),
)

REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="soranews-2015-tourist-blacklist",
        title="China begins blacklisting tourists caught engaged in uncivilized behavior, four names so far",
        outlet="SoraNews24",
        date="2015-05-14",
        url="https://soranews24.com/2015/05/14/china-begins-blacklisting-tourists-caught-engaged-in-uncivilized-behavior-four-names-so-far/",
    ),
    Reference(
        id="shanghaidaily-2015-tourist-blacklist",
        title="Blacklist for tourists who give China a bad name",
        outlet="Shanghai Daily",
        date="Undated (reports the 2015 rules)",
        url="https://archive.shine.cn/nation/Blacklist-for-tourists-who-give-China-a-bad-name/shdaily.shtml",
    ),
    Reference(
        id="nation-2015-tourist-blacklist",
        title="Report on China's tourist blacklist, citing China Daily (headline not recorded)",
        outlet="The Nation (Thailand)",
        date="Undated (reports the 2015 rules)",
        url="https://www.nationthailand.com/life/30258066",
        caveat=_("The headline was not recorded. The article reports what China Daily said."),
    ),
    Reference(
        id="chinadaily-2015-red-army-statue",
        title="Tourist blacklisted for climbing Red Army statue",
        outlet="China Daily",
        date="2015-05-06",
        url="http://yuzhongnet.com/travel/2015-05/06/content_20637555.htm",
        caveat=_(
            "Read through a mirror of the China Daily article. The ten-year listing it reports "
            "sits oddly with the two-year rule then in force."
        ),
    ),
    Reference(
        id="chinadaily-2016-tourist-blacklist-revised",
        title="Opinion on the revised tourist blacklist regulation (headline not recorded)",
        outlet="China Daily (opinion)",
        date="2016-06-07",
        url="https://global.chinadaily.com.cn/opinion/2016-06/07/content_25632799.htm",
        caveat=_("An opinion column that summarises the revised regulation."),
    ),
)
