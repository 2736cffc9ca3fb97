"""Seed quotes and outside sources for the unified social credit code (research §14)."""

from scenarios.evidence.types import S001, S003, Quote, Reference, ReferenceKind
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
    Quote(
        id="unified_code.unified_social_code",
        seed=S001,
        text="The government system should eventually be national, with all citizens and "
        "businesses being given an “unified social code” and citizens having an identity "
        "number. All of this will be linked to a permanent record.",
        caveat=_(
            "Partly right. The unified code is for companies and other organisations. "
            "People keep the national ID number they already have. No source found "
            "describes a permanent record."
        ),
    ),
    Quote(
        id="unified_code.pull_up_records",
        seed=S001,
        text="Hoffman explains that if you are able to access a credit China website and have "
        "a credit code for an entity, you can use this code to pull up credit records.",
    ),
    Quote(
        id="unified_code.id_linked",
        seed=S001,
        text="Individuals will have ID-linked code.",
        caveat=_(
            "People get no new code. Court lists, for example, publish a company's code but "
            "a person's name and ID number (China Justice Observer)."
        ),
    ),
    Quote(
        id="unified_code.citizen_credit_code",
        seed=S003,
        text="The government aims to have the system fully functioning and for each citizen "
        "to have their 'credit code' by 2020.",
        caveat=_(
            "This did not happen. No citizen has a credit code: the code is for "
            "organisations, and people are identified by their ID number."
        ),
    ),
    Quote(
        id="unified_code.poor_credit_code",
        seed=S003,
        text="A poor credit code could result in citizens being unable to apply for certain "
        "jobs, housing or credit to start a company.",
        caveat=_(
            "Wrong. A code only identifies an organisation; it cannot be good or poor. Bans "
            "come from being put on a list."
        ),
    ),
)

REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="wikipedia-uscc",
        title="Unified Social Credit Identifier",
        outlet="Wikipedia (mirror)",
        date="Undated (archived copy)",
        url="https://db0nus869y26v.cloudfront.net/en/Unified_Social_Credit_Identifier",
        caveat=_("Read through a mirror of the Wikipedia article."),
    ),
    Reference(
        id="chinesestandard-gb32100",
        kind=ReferenceKind.OFFICIAL,
        title=(
            "GB 32100-2015: Coding rule of the unified social credit identifier for legal "
            "entities and other organizations"
        ),
        outlet="ChineseStandard.net",
        date="2015-09-17 (issued); in force 2015-10-01",
        url="https://www.chinesestandard.net/PDF/English.aspx/GB32100-2015",
    ),
    Reference(
        id="techintroduce-uscc",
        title="Legal and Other Organizations Unified Social Credit Code",
        outlet="TechIntroduce",
        date="Undated",
        url="https://www.techintroduce.com/technology/legal-and-other-organizations-unified-social-credit-code/",
        caveat=_("A secondary summary of the standard and its history, not the standard itself."),
    ),
    Reference(
        id="hicom-social-credit-codes",
        title="Social credit codes (glossary)",
        outlet="Hicom Asia",
        date="Undated",
        url="https://translate.hicom-asia.com/area/social-credit-codes/library/1",
        caveat=_("The title describes the glossary page."),
    ),
    Reference(
        id="cjo-2018-debtor-list-tips",
        title="7 Tips on the List of Dishonest Judgment Debtors in Chinese Courts",
        outlet="China Justice Observer",
        date="2018-08-12",
        url="https://www.chinajusticeobserver.com/a/7-tips-on-the-list-of-dishonest-judgment-debtors-in-chinese-courts",
    ),
    Reference(
        id="clt-2024-action-plan",
        kind=ReferenceKind.OFFICIAL,
        title="2024-2025 Action Plan for the Establishment of the Social Credit System",
        outlet="China Law Translate",
        date="2024 (the plan is dated 2024-05-20)",
        url="https://www.chinalawtranslate.com/en/2024-2025social-credit-plan/",
    ),
)
