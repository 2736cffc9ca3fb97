"""Seed quotes and outside sources for red lists, blacklists and joint punishment (research §10)."""

from scenarios.evidence.types import S001, S002, Quote, Reference, ReferenceKind
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
    Quote(
        id="joint_punishment.enterprise_database",
        seed=S002,
        text="is a database for enterprises that records administrative penalties, various "
        "blacklists and also “red lists” for good deeds such as filing taxes on time.",
        caveat=_(
            "The sentence lost its subject when it was copied. From the context it most "
            "likely means the public Credit China database."
        ),
    ),
    Quote(
        id="joint_punishment.official_blacklist",
        seed=S001,
        text="Reports talk of a blacklist. This is part of the official government’s social "
        "credit system. It means that if you owe money to the government, for instance, you "
        "may lose certain rights.",
        caveat=_(
            "There is not one blacklist but many, each run by a different agency. The court's "
            "list of debtors who refuse to pay is the best known."
        ),
    ),
    Quote(
        id="joint_punishment.positive_rating",
        seed=S001,
        text="a positive rating in some pilots means that they get discounts or other benefits "
        "such as a simplified bureaucratic process.",
    ),
    Quote(
        id="joint_punishment.low_rating_fees",
        seed=S001,
        text="You may be required to complete additional paperwork or pay fees if you have a low rating.",
        caveat=_(
            "The national mechanism works differently. Agencies act against people and "
            "companies that are listed for breaking a law or ignoring a court order, not "
            "against a low score."
        ),
    ),
)

REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="cjo-2022-catalogue-draft",
        title="China Drafts New Catalogue of Public Credit Information",
        outlet="China Justice Observer",
        date="2022-10-17",
        url="https://chinajusticeobserver.com/a/china-drafts-new-catalogue-of-public-credit-information",
    ),
    Reference(
        id="clt-mou-breakdown",
        title="Social Credit MOU breakdown [BETA]",
        outlet="China Law Translate",
        author="Jeremy Daum",
        date="Undated (archived copy)",
        url="https://www.chinalawtranslate.com/en/social-credit-mou-breakdown-beta/",
    ),
    Reference(
        id="trivium-blacklists",
        title="China Social Credit: Blacklists and Redlists",
        outlet="Trivium China",
        date="Undated (archived copy)",
        url="http://socialcredit.triviumchina.com/what-is-social-credit/social-credit-the-big-picture/the-blacklisting-system/",
    ),
    Reference(
        id="creemers-2016-joint-punishment",
        kind=ReferenceKind.OFFICIAL,
        title=(
            "State Council Guiding Opinions concerning Establishing and Perfecting Incentives "
            "for Promise-keeping and Joint Punishment Systems for Trust-breaking "
            "(GuoFa [2016] No. 33)"
        ),
        outlet="China Copyright and Media",
        author="Rogier Creemers",
        date="2016-05-30",
        url="https://chinacopyrightandmedia.wordpress.com/2016/05/30/state-council-guiding-opinions-concerning-establishing-and-perfecting-incentives-for-promise-keeping-and-joint-punishment-systems-for-trust-breaking-and-accelerating-the-construction-of-social-sincer/",
    ),
    Reference(
        id="shnd-2016-joint-discipline",
        kind=ReferenceKind.OFFICIAL,
        title=(
            "Opinions on Accelerating the Construction of Credit Supervision, Warning and "
            "Punishment Mechanisms for Dishonest Persons Subject to Enforcement"
        ),
        outlet="SHND Law",
        date="2016-09",
        url="https://www.shndlaw.com/index.php/post/1234",
    ),
    Reference(
        id="chinadaily-2017-defaulters",
        title="Information of 9 million defaulters made public since 2013",
        outlet="China Daily",
        date="2017-11-08",
        url="https://www.chinadaily.com.cn/a/201711/08/WS5a0d2156a31061a738408f55.html",
    ),
    Reference(
        id="clt-2021-penalty-list",
        kind=ReferenceKind.OFFICIAL,
        title="National List of Basic Penalty Measures for Untrustworthiness (2021 Edition)",
        outlet="China Law Translate",
        date="2021",
        url="https://www.chinalawtranslate.com/en/2021-social-credit-punishments-list/",
    ),
)
