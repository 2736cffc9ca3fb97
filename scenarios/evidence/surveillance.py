"""Seed quotes and outside sources for the surveillance context around the systems."""

from scenarios.evidence.types import S000, S001, S002, Quote, Reference
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
    Quote(
        id="surveillance.bbc_test",
        seed=S001,
        text="Chinese officials, working with BBC News, demonstrated how they could locate and "
        "find one of their reporters in just seven minutes. As the nation’s 170 million CCTV "
        "cameras were leveraged to track John Sudworth, his movements were also monitored.",
    ),
    Quote(
        id="surveillance.uighur_faces",
        seed=S001,
        text="More than 500,000 faces of Uighurs were scanned.",
        caveat=_(
            "Misleading. The New York Times (14 April 2019) reported 500,000 face scans in one "
            "month by police in Sanmenxia, a city in Henan province, checking whether residents "
            "were Uighurs. It was not in Xinjiang, and the figure counts checks, not people."
        ),
    ),
    Quote(
        id="surveillance.hku_deletions",
        seed=S001,
        text="Researchers at the University of Hong Kong discovered that Weibo’s and Wechat’s "
        "critical posts were deleted ahead of the 30th anniversary of the Tiananmen square protests.",
        caveat=_("The study was not found. The exhibit shows it only as the source text reports it."),
    ),
    Quote(
        id="surveillance.one_aspect",
        seed=S001,
        text="China’s social credit program is in development, but it’s only one aspect of its "
        "surveillance state.",
    ),
    Quote(
        id="surveillance.nowhere_to_hide",
        seed=S000,
        text="Facial recognition technology means there's nowhere to hide.",
        speaker="Murong Xuecun, writer",
        caveat=_(
            "An opinion. No source found shows street cameras feeding a personal social "
            "credit score (Shazeda Ahmed, Logic, 2019)."
        ),
    ),
    Quote(
        id="surveillance.cameras_measure",
        seed=S002,
        text="A massive network of surveillance cameras will also help to record and measure "
        "citizen behaviour.",
        caveat=_(
            "A forecast. No source found shows the camera network feeding a personal social credit score."
        ),
    ),
)

REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="hindustantimes-2017-sudworth",
        title="BBC journalist tries to 'evade' China's CCTV surveillance network, here's what happened",
        outlet="Hindustan Times",
        date="2017-12-14",
        url="http://www.hindustantimes.com/world-news/bbc-journalist-tries-to-evade-china-s-cctv-surveillance-network-here-s-what-happened/story-K5VqhdMaSrY94kL7aSNw2K.html",
    ),
    Reference(
        id="nyt-2019-face-scans",
        title="One Month, 500,000 Face Scans: How China Is Using A.I. to Profile a Minority",
        outlet="The New York Times",
        author="Paul Mozur",
        date="2019-04-14",
        url="https://www.sfgate.com/business/article/One-month-500-000-face-scans-How-China-is-using-13783271.php",
        caveat=_("Read through a copy syndicated by SFGate."),
    ),
    Reference(
        id="logic-2019-messy-truth",
        title="The Messy Truth About Social Credit",
        outlet="Logic",
        author="Shazeda Ahmed",
        date="2019",
        url="https://logicmag.io/07-the-messy-truth-about-social-credit",
    ),
)
