"""The record's building blocks: the five seed texts, quotes from them, outside sources.

Kept apart from the registry in `scenarios.evidence` so that each system's evidence module can build
its quotes and references without importing the registry that collects them.
"""

from dataclasses import dataclass
from enum import StrEnum

from scenarios.i18n import _


@dataclass(frozen=True, slots=True, kw_only=True)
class Seed:
    """One of the five source documents."""

    file: str
    title: str
    outlet: str
    author: str
    date: str
    caveat: str = ""
    url: str = ""  # where the original was found; "" when it was not
    identified: str = ""  # how sure the identification of the original is, and why


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """Verbatim words from a seed. `speaker` is who the seed says is talking."""

    id: str
    seed: str
    text: str
    speaker: str = ""
    caveat: str = ""

    @property
    def source(self) -> Seed:
        return SEEDS[self.seed]


class ReferenceKind(StrEnum):
    """What an outside source is: the acting body's own text, or a report about it."""

    OFFICIAL = "official"  # a law, a court's, ministry's or regulator's own document (or its translation)
    REPORT = "report"  # a news report, study, explainer or blog about the record


@dataclass(frozen=True, slots=True, kw_only=True)
class Reference:
    """An outside source behind a fact (from shared/research/pilot-rules.md)."""

    id: str
    title: str
    outlet: str
    date: str
    url: str
    author: str = ""
    caveat: str = ""
    kind: ReferenceKind = ReferenceKind.REPORT


SEEDS: dict[str, Seed] = {
    seed.file: seed
    for seed in (
        Seed(
            file="000_dde7dddeec0369e3.txt",
            title="Big Brother is coming: Inside China's plan to rate its 1.3 billion citizens",
            outlet="SBS News",
            author="Katrina Yu",
            date="2018-01-31",
            url="https://www.sbs.com.au/news/big-brother-is-coming-inside-china-s-plan-to-rate-its-1-3-billion-citizens/b769570f-bfc0-4e0f-92d4-667cf0134613",
            identified=_("Sure: an archived copy matches the text, with its byline and date."),
        ),
        Seed(
            file="001_2e2bf279fbb7c48d.txt",
            title="The complex truth about China's social-credit system",
            outlet="Unnamed website (a reworded copy of Nicole Kobie's article for Wired UK)",
            author="Unnamed; after Nicole Kobie",
            date="2019",
            caveat=_(
                "A reworded copy of a Wired UK article. The rewording added errors and "
                "garbled some quotes; the exhibit flags each one it shows."
            ),
            url="https://redef.com/item/600bcb6425061154e02dea68?curator=TechREDEF",
            identified=_(
                "Sure of the original (Wired UK, by Nicole Kobie, updated in June 2019; the link "
                "is a copy of it). Who made the reworded copy, and when, is unknown."
            ),
        ),
        Seed(
            file="002_6ec45d08b7c09002.txt",
            title="Social Credit System in China: Turning Big Data Into Mass Surveillance",
            outlet="Medium",
            author="Yuneui (Yunnie) Choi",
            date="Undated (after 2017)",
            identified=_("Unsure: the author is named in the text; the date and address were not found."),
        ),
        Seed(
            file="003_90ffdd06f89c03ea.txt",
            title="Citizen Surveillance System for China",
            outlet="Deep Blue Sky (blog)",
            author="Deep Blue Sky",
            date="Undated (follows 2015 reporting)",
            identified=_(
                "Unsure: a digital agency's blog post. Its quotes match news reports from "
                "2015, so it was probably written then. The address was not found."
            ),
        ),
        Seed(
            file="004_a0974c2f30ea49b3.txt",
            title="China Is Set to Implement a System of Ranking Its Citizens",
            outlet="Interesting Engineering",
            author="Jessica Miley",
            date="Undated (about late 2017)",
            identified=_(
                "Fairly sure of the outlet and author, named in the text. What it reports fits "
                "August to November 2017. The address was not found."
            ),
        ),
    )
}

S000, S001, S002, S003, S004 = sorted(SEEDS)
