"""Claims and the record: what the seeds say, set beside what the record shows.

Each claim quotes a seed verbatim and gives a verdict with the outside sources
behind it. A system's page lists the claims that name its id.
"""

from dataclasses import dataclass
from enum import StrEnum

from scenarios.i18n import _


class Verdict(StrEnum):
    WRONG = "wrong"  # the record contradicts it
    DID_NOT_HAPPEN = "did_not_happen"  # a forecast or plan that did not come true
    UNVERIFIED = "unverified"  # no source found either way
    PARTLY = "partly"  # right in part, wrong or garbled in part
    RIGHT = "right"  # the record agrees

    @property
    def label(self) -> str:
        return VERDICT_LABELS[self]


VERDICT_LABELS = {
    Verdict.WRONG: _("The record says otherwise"),
    Verdict.DID_NOT_HAPPEN: _("Did not happen"),
    Verdict.UNVERIFIED: _("Not confirmed by any source found"),
    Verdict.PARTLY: _("Partly right"),
    Verdict.RIGHT: _("The record agrees"),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """A claim in a seed, quoted, and what the record shows about it."""

    id: str
    title: str  # the claim in a few plain words: "One score for every citizen"
    quote_ids: tuple[str, ...]  # the seed's own words, verbatim
    verdict: Verdict
    record: str  # what the record shows, in plain words
    reference_ids: tuple[str, ...]  # the outside sources behind `record`
    system_ids: tuple[str, ...] = ()  # systems whose page lists this claim


CLAIMS: tuple[Claim, ...] = (
    # The framing: one score, compulsory, a code for everyone.
    Claim(
        id="one-score",
        title=_("One score for every citizen"),
        quote_ids=(
            "claim.comprehensive_rating",
            "claim.score_each_citizen",
            "claim.rate_each_citizen",
            "claim.officially_scs",
        ),
        verdict=Verdict.WRONG,
        record=_(
            "China has no single score for every citizen, and no source found uses the name "
            "“Social Credit Score”. What exists is a patchwork: blacklists and red lists kept by "
            "courts and agencies, mostly about companies, plus local pilot schemes and private "
            "company scores."
        ),
        reference_ids=("mittr-2022-no-score", "fp-2018-rongcheng", "trivium-blacklists"),
        system_ids=("rongcheng", "sesame", "tencent_credit", "court_list", "joint_punishment", "nosedive"),
    ),
    Claim(
        id="no-single-system",
        title=_("There is no single social credit system"),
        quote_ids=("frame.no_single_system", "claim.no_national_system", "frame.record_not_score"),
        verdict=Verdict.PARTLY,
        record=_(
            "Partly right. There is no single score: courts, ministries and cities keep their own "
            "lists and records, and company scores such as Sesame Credit run separately. But the "
            "parts are joined up more than “no single system” suggests. A national platform "
            "shares credit records, agencies sign agreements to act on each other's blacklists, "
            "a national catalogue (from 2021) limits what may go on a credit record and a national "
            "list (from 2021) limits the penalties. A draft national law was published in November "
            "2022; as of December 2026 the exhibit found no record that it has passed."
        ),
        reference_ids=(
            "trivium-blacklists",
            "clt-mou-breakdown",
            "clt-2021-penalty-list",
            "mittr-2022-no-score",
            "peoplesdaily-2025-opinions",
        ),
        system_ids=(
            "rongcheng",
            "sesame",
            "tencent_credit",
            "court_list",
            "joint_punishment",
            "honest_shanghai",
        ),
    ),
    Claim(
        id="compulsory",
        title=_("Taking part would soon be compulsory"),
        quote_ids=("frame.mandatory_2020", "claim.soon_compulsory"),
        verdict=Verdict.DID_NOT_HAPPEN,
        record=_(
            "No compulsory score for everyone came in. What is compulsory is being recorded: "
            "court judgments and penalties from regulators go on file whether you agree or not. "
            "Rongcheng's later rules made its points depend on a person's consent, and Sesame "
            "Credit stayed opt-in."
        ),
        reference_ids=(
            "mittr-2022-no-score",
            "clt-rongcheng-experience",
            "clt-2017-list",
            "trivium-blacklists",
        ),
        system_ids=("rongcheng", "sesame", "court_list"),
    ),
    Claim(
        id="credit-code",
        title=_("A credit code for every citizen"),
        quote_ids=("claim.credit_code", "claim.poor_credit_code", "claim.unified_social_code"),
        verdict=Verdict.PARTLY,
        record=_(
            "Partly right. The 2014 national plan does give individuals a credit code: it is based "
            "on the ID card number each citizen already has, as another source text says. The "
            "new code set by a national standard is for companies and other "
            "organisations. What is wrong is the “poor credit code”: a code identifies a person or "
            "a company and holds no rating, so no code is good or poor. What can cost a job or a "
            "loan is a listing, such as the court's list of dishonest debtors."
        ),
        reference_ids=(
            "clt-2014-planning-outline",
            "chinesestandard-gb32100",
            "wikipedia-uscc",
            "cjo-2018-debtor-list-tips",
        ),
        system_ids=("unified_code",),
    ),
    Claim(
        id="roam-under-heaven",
        title=_("“Roam everywhere under heaven”"),
        quote_ids=("claim.roam_under_heaven",),
        verdict=Verdict.PARTLY,
        record=_(
            "The line is widely quoted as official, but which document it comes from could not "
            "be confirmed. It is about rewarding the trustworthy and restricting the "
            "untrustworthy; no source ties it to a single score called the SCS."
        ),
        reference_ids=("wired-2019-west-got-it-wrong",),
        system_ids=("joint_punishment", "court_list"),
    ),
    Claim(
        id="global-standard",
        title=_("A step towards a global standard"),
        quote_ids=("claim.global_standard",),
        verdict=Verdict.WRONG,
        record=_(
            "A rewording error. The Wired UK article this text copies says the system is not a "
            "world first, but that when complete it will be unique. Researchers do compare it "
            "with rating systems elsewhere, such as credit checks and app ratings."
        ),
        reference_ids=("wired-2019-complicated-truth", "eui-2019-model-for-others"),
        system_ids=("experian", "platform_ratings"),
    ),
    Claim(
        id="pilots-green-light",
        title=_("Companies and cities given the green light for pilots"),
        quote_ids=("claim.eight_companies",),
        verdict=Verdict.RIGHT,
        record=_(
            "The record agrees in outline. The companies were the private firms the central bank "
            "let prepare personal credit scoring, Sesame Credit among them; it later shelved "
            "their licences. The cities were candidates for social credit demonstration "
            "projects, and fewer of them became official."
        ),
        reference_ids=(
            "chinainternetwatch-sesame-credit",
            "reuters-2017-licences",
            "clt-2019-demonstration-city",
        ),
        system_ids=("sesame", "tencent_credit", "rongcheng"),
    ),
    Claim(
        id="rural-pilots",
        title=_("The earliest pilots were rural"),
        quote_ids=("claim.rural_pilots",),
        verdict=Verdict.PARTLY,
        record=_(
            "County schemes did come before the national plan: Suining county in Jiangsu rated "
            "its residents with points and letter grades. But they were not only about money. "
            "Suining also counted extra births and petitioning against people, and drew "
            "criticism across China."
        ),
        reference_ids=("chinadaily-2010-suining", "globalvoices-2010-suining"),
        system_ids=("suining_2010",),
    ),
    Claim(
        id="citizens-rate-each-other",
        title=_("Citizens will rate each other"),
        quote_ids=("peer_rating.rate_each_other", "peer_rating.doctors"),
        verdict=Verdict.DID_NOT_HAPPEN,
        record=_(
            "A forecast that did not come true. It was reported in 2015, when the national plan was "
            "new. No later national text found, from the 2014 plan to the 2025 opinions, sets up "
            "ratings of people by people, their doctors or companies. The systems that exist are "
            "lists and records kept by courts and agencies, and scores kept by companies."
        ),
        reference_ids=("bestvpn-2015-moral-behaviour", "mittr-2022-no-score", "peoplesdaily-2025-opinions"),
        system_ids=("peer_rating", "platform_ratings"),
    ),
    # Rongcheng and the cities.
    Claim(
        id="charity-points",
        title=_("A good deed earns as many points as you start with"),
        quote_ids=("rongcheng.charity_wrong", "rongcheng.start"),
        verdict=Verdict.WRONG,
        record=_(
            "A rewording error. Every other source gives that figure as the starting balance "
            "each resident receives. A good deed adds a few points."
        ),
        reference_ids=("fp-2018-rongcheng", "npr-2018-rongcheng"),
        system_ids=("rongcheng",),
    ),
    Claim(
        id="jaywalk-points",
        title=_("Jaywalkers lose rating points"),
        quote_ids=("claim.jaywalk_points",),
        verdict=Verdict.UNVERIFIED,
        record=_(
            "No source found gives a points value for jaywalking in any named city's scheme; any "
            "such value in this exhibit is illustrative. What is documented is public display: "
            "Shenzhen shows jaywalkers caught by face recognition on a screen at the crossing."
        ),
        reference_ids=("nextshark-2017-jaywalkers", "logic-2019-messy-truth"),
        system_ids=("jaywalk_display", "rongcheng"),
    ),
    Claim(
        id="taishan-billboards",
        title=_("Taishan shows jaywalkers on video billboards"),
        quote_ids=("claim.taishan",),
        verdict=Verdict.UNVERIFIED,
        record=_(
            "No source found confirms this for Taishan. The documented case is Shenzhen, in the "
            "same province of Guangdong, where traffic police put jaywalkers' faces on a public "
            "screen. The source text may have meant Shenzhen or another city."
        ),
        reference_ids=("nextshark-2017-jaywalkers",),
        system_ids=("jaywalk_display",),
    ),
    Claim(
        id="shanghai-records",
        title=_("Shanghai records jaywalking, unsorted rubbish and missed visits to parents"),
        quote_ids=("claim.shanghai_records",),
        verdict=Verdict.PARTLY,
        record=_(
            "Some of these are recorded somewhere: the railways' credit rules cover travelling "
            "without a ticket, and Zhejiang province records unsorted rubbish in credit files. "
            "Shanghai's own app rates people from government records. But no source found shows "
            "one Shanghai rule listing all of these, or that skipping visits to parents is recorded."
        ),
        reference_ids=("npr-2017-honest-shanghai", "shanghaiist-2018-zhejiang-garbage"),
        system_ids=("honest_shanghai", "garbage_credit", "air_rail_list"),
    ),
    Claim(
        id="recycling-loans",
        title=_("Good recyclers get better access to bank loans"),
        quote_ids=("claim.recycling_loans",),
        verdict=Verdict.PARTLY,
        record=_(
            "The documented rule runs mostly the other way. Zhejiang province records failures "
            "to sort rubbish in credit files, which could hurt the chance of a bank loan. It says "
            "those who follow the rules will be rewarded, but not how. No loan benefit for "
            "recycling was found."
        ),
        reference_ids=("ecns-2018-zhejiang-garbage", "shanghaiist-2018-zhejiang-garbage"),
        system_ids=("garbage_credit",),
    ),
    # Courts, debtors and blacklists.
    Claim(
        id="liu-hu-for-his-work",
        title=_("A journalist blacklisted for his work"),
        quote_ids=("court.liu_hu_for_his_work", "claim.liu_hu_rumour"),
        verdict=Verdict.PARTLY,
        record=_(
            "Liu Hu is a journalist, and he was on the court's list. But the listing came from a "
            "separate civil case: a court ruled against him for defamation and ordered an "
            "apology. He paid what he believed settled it; the court wanted more. He learned he "
            "was listed only when a booking system refused him a plane ticket."
        ),
        reference_ids=("globe-2018-liu-hu",),
        system_ids=("court_list",),
    ),
    Claim(
        id="seven-million",
        title=_("Millions on government blacklists"),
        quote_ids=("court.seven_million",),
        verdict=Verdict.PARTLY,
        record=_(
            "About right in size, but the measure is unclear. The Supreme People's Court's own "
            "count at the time was of everyone listed since its list began, including people "
            "who had since paid and left it; how many were listed at one moment was not found. "
            "There are many blacklists, not one. And paying what the court ordered takes a "
            "person off its list."
        ),
        reference_ids=("chinadaily-2017-defaulters", "trivium-blacklists", "clt-2017-list"),
        system_ids=("court_list", "joint_punishment"),
    ),
    Claim(
        id="curtailing-travel",
        title=_("Punishments include curtailing travel"),
        quote_ids=("court.private_schools",),
        verdict=Verdict.PARTLY,
        record=_(
            "The court's list bars costly travel only: flights, soft sleepers and high-speed "
            "trains. Ordinary trains and buses stay open. Children of listed debtors may not "
            "attend high-fee private schools, as the text says."
        ),
        reference_ids=("clt-2015-spending",),
        system_ids=("court_list", "air_rail_list"),
    ),
    Claim(
        id="lose-travel-rights",
        title=_("Jaywalking or loud music can cost you train and plane tickets"),
        quote_ids=("court.lose_rights",),
        verdict=Verdict.PARTLY,
        record=_(
            "Not paying what a court ordered can: the court's list bars flights and high-speed "
            "trains. Some bad behaviour on board, such as smoking or carrying banned items, can "
            "put a passenger on the separate air and rail passenger lists for a set time. No "
            "source found links jaywalking to a travel ban."
        ),
        reference_ids=("clt-2015-spending", "globaltimes-2019-travel-bans"),
        system_ids=("court_list", "air_rail_list", "jaywalk_display"),
    ),
    Claim(
        id="zhengzhou-unique",
        title=_("Zhengzhou's unique phone announcement for debtors"),
        quote_ids=("claim.zhengzhou",),
        verdict=Verdict.PARTLY,
        record=_(
            "Callers to some debtors did hear a recorded warning, but courts ran it, not the "
            "city, and it was not unique. Courts in Henan, the province around Zhengzhou, used "
            "it on listed debtors; a court in Jiangsu did the same that summer, and its message "
            "came off only once the debt was paid in full."
        ),
        reference_ids=("chinadaily-2017-debtor-ringtones", "globaltimes-2017-debtor-calls"),
        system_ids=("debtor_calls", "court_list"),
    ),
    Claim(
        id="merics-cut-short",
        title=_("A research institute's warning, cut short"),
        quote_ids=("claim.merics",),
        verdict=Verdict.PARTLY,
        record=_(
            "The words are real, but the sentence stops early. The report goes on: the "
            "behaviour “of natural and legal persons”, companies as well as people. The same "
            "report found that, as of its writing in December 2017, putting the system in place "
            "nationally was at an early stage."
        ),
        reference_ids=("merics-2017-central-planning",),
        system_ids=("court_list", "joint_punishment"),
    ),
    # Company scores.
    Claim(
        id="sesame-owner",
        title=_("Who owns Sesame Credit"),
        quote_ids=("sesame.scale", "claim.ant_does_not_own", "sesame.run_by_ant", "claim.sesame_of_ant"),
        verdict=Verdict.PARTLY,
        record=_(
            "Sesame Credit is a business unit of Ant Financial, and Ant is an affiliate of "
            "Alibaba, not a subsidiary. The texts that say “affiliate” are right; the one that "
            "says “subsidiary” is wrong, and the closing note that Ant does not own Sesame is "
            "most likely a garbled correction."
        ),
        reference_ids=("chinadaily-2015-sesame-unit", "technode-2015-sesame"),
        system_ids=("sesame",),
    ),
    Claim(
        id="games-around-the-clock",
        title=_("Playing video games around the clock lowers your score"),
        quote_ids=("sesame.games_24_hours", "sesame.factor_behaviour"),
        verdict=Verdict.WRONG,
        record=_(
            "Exaggerated. Sesame's technology director gave a much shorter example, the one "
            "another source text quotes, as a sign of an “idle person”. He described how "
            "behaviour might be read; Sesame never published how much any habit counts."
        ),
        reference_ids=("bbc-2015-sesame",),
        system_ids=("sesame",),
    ),
    Claim(
        id="praise-the-economy",
        title=_("Praising the economy online raises your score"),
        quote_ids=("claim.big_up_economy",),
        verdict=Verdict.WRONG,
        record=_(
            "Sesame told the BBC that only financial and shopping activity counts, and that "
            "social media posts do not affect scores. Relationships are one of Sesame's factors, "
            "but no source found shows that praising the economy raises a score."
        ),
        reference_ids=("bbc-2015-sesame", "chinanews-2017-bikes"),
        system_ids=("sesame",),
    ),
    Claim(
        id="alibaba-runs-the-system",
        title=_("Alibaba will help run the state's system"),
        quote_ids=("sesame.voluntary", "sesame.not_official"),
        verdict=Verdict.PARTLY,
        record=_(
            "Sesame Credit stayed a private score and never ran the state's system: the central "
            "bank shelved plans to license it and the other private scorers, citing conflicts of "
            "interest. But it does enforce one part of that system. It is connected to the "
            "Supreme People's Court's list of dishonest debtors: listed people's scores are "
            "cut and they may not buy high-priced items on Taobao and Tmall. Cities also worked "
            "with it on deposit-free services."
        ),
        reference_ids=(
            "reuters-2017-licences",
            "chinadaily-2015-sesame-court",
            "spc-2016-sesame-enforcement",
            "xinhua-2018-deposit-free",
        ),
        system_ids=("sesame", "pboc_credit_report"),
    ),
    Claim(
        id="qq-score-is-the-scs",
        title=_("Tencent's QQ score is the national system"),
        quote_ids=("claim.qq_scs",),
        verdict=Verdict.WRONG,
        record=_(
            "The range and the five categories match Tencent's own score, Tencent Credit. But "
            "that was a private company score, tested with some QQ users, then opened to the "
            "public through WeChat for about a day before it closed. It was never the "
            "government's system."
        ),
        reference_ids=(
            "paypers-2017-tencent-credit",
            "caixin-2017-tencent-credit",
            "ejinsight-2018-tencent-credit",
        ),
        system_ids=("tencent_credit",),
    ),
    Claim(
        id="wechat-users",
        title=_("WeChat's users, and who runs the score"),
        quote_ids=("claim.wechat_users", "claim.rapid_finance_partner"),
        verdict=Verdict.PARTLY,
        record=_(
            "The user count was out of date: reports that year gave a higher number of monthly "
            "users. And the sentence joins two separate companies. WeChat belongs to Tencent; "
            "China Rapid Finance is a lender, and no source found links it to Tencent's score."
        ),
        reference_ids=("paypers-2017-tencent-credit", "ejinsight-2018-tencent-credit"),
        system_ids=("tencent_credit",),
    ),
    # Surveillance.
    Claim(
        id="uighur-faces",
        title=_("Uighurs' faces scanned in Xinjiang"),
        quote_ids=("surveillance.uighur_faces",),
        verdict=Verdict.PARTLY,
        record=_(
            "The figure is real but describes something else. The New York Times reported that "
            "police in Sanmenxia, a city in Henan province in central China, ran that many face "
            "checks for Uighurs in a single month. It counts checks, not people. And it is police "
            "surveillance, not an input to any social credit score."
        ),
        reference_ids=("nyt-2019-face-scans", "logic-2019-messy-truth"),
        system_ids=("surveillance",),
    ),
    Claim(
        id="cameras-feed-the-score",
        title=_("Surveillance cameras feed the score"),
        quote_ids=("surveillance.cameras_measure", "surveillance.nowhere_to_hide"),
        verdict=Verdict.UNVERIFIED,
        record=_(
            "Cameras do record some behaviour: Shenzhen, for example, shows jaywalkers caught on "
            "camera on a public screen. But no source found shows the camera network feeding a "
            "personal social credit score, and researchers warn against assuming that all "
            "surveillance feeds one database."
        ),
        reference_ids=("logic-2019-messy-truth", "nextshark-2017-jaywalkers"),
        system_ids=("surveillance", "jaywalk_display"),
    ),
)


def claims_about(system_id: str) -> tuple[Claim, ...]:
    return tuple(claim for claim in CLAIMS if system_id in claim.system_ids)
